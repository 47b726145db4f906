// The two seed articles in ../shared/seeds (beside the project, also in CI). Expected values follow
// ../shared/gold/seed-gold.json: its `boilerplate` lines must be gone, the headline and dek kept as such.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanArticleText } from "./clean-article";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const seedDir = path.resolve(projectRoot, "../shared/seeds");
const haveSeeds = existsSync(seedDir);
const read = (file: string) => readFileSync(path.join(seedDir, file), "utf8");

describe.skipIf(!haveSeeds)(`seed articles${haveSeeds ? "" : " (skipped: ../shared/seeds not found beside the project)"}`, () => {
  describe("The Hill", () => {
    const raw = haveSeeds ? read("000_52d309ecec5a74ff.txt") : "";

    it("keeps the headline and the body and nothing else", () => {
      const article = cleanArticleText(raw);
      expect(article.title).toBe("WikiLeaks: Flynn leaving due to ‘destabilization campaign’ by Dems, media");
      expect(article.subtitle).toBeNull();
      expect(article.author).toBeNull();
      expect(article.publishedAt).toBeNull();
      // The seed has 11 body paragraphs between these two (one per non-furniture line).
      expect(article.paragraphs).toHaveLength(11);
      expect(article.paragraphs[0]).toMatch(/^WikiLeaks on Tuesday blamed/);
      expect(article.paragraphs[3]).toMatch(/^“I have sincerely apologized/);
      expect(article.paragraphs.at(-1)).toMatch(/^NBC News reported last month/);
      expect(article.body).toBe(article.paragraphs.join("\n\n"));
    });

    it("drops every furniture line", () => {
      const { paragraphs, removed } = cleanArticleText(raw);
      for (const p of paragraphs) {
        for (const junk of ["Getty Images", "{mosads}", "Updated at", "Tags", "comment section", "Most Popular", "Load more", "See all Video", "\u00A0"]) {
          expect(p).not.toContain(junk);
        }
      }
      expect(removed).toEqual([
        "Getty Images",
        "{mosads}",
        "— Updated at 8:59 a.m.",
        "Tags Hillary Clinton Mike Pence Russia Wikileaks",
        "The Hill has removed its comment section, as there are many other forums for readers to participate in the conversation. We invite you to join the discussion on Facebook and Twitter.",
        "Most Popular",
        "Load more",
        "See all Video",
      ]);
    });

    it("dates the update only when the publication date is known", () => {
      expect(cleanArticleText(raw).updatedAt).toBeNull();
      expect(cleanArticleText(raw, { publishedAt: "2017-02-14" }).updatedAt).toBe("2017-02-14T08:59:00");
    });
  });

  describe("The Daily Dot", () => {
    const raw = haveSeeds ? read("001_32dc72878ba5e20e.txt") : "";

    it("finds headline, dek, author and dates", () => {
      const article = cleanArticleText(raw);
      expect(article.title).toBe("WikiLeaks blames Flynn’s resignation on ‘destabilization campaign’");
      expect(article.subtitle).toBe("After helping destabilize the 2016 election, WikiLeaks has some theories about Flynn's departure.");
      expect(article.author).toBe("Andrew Couts");
      expect(article.publishedAt).toBe("2017-02-14T11:17:00-06:00");
      expect(article.updatedAt).toBe("2021-05-25T00:15:00-05:00");
    });

    it("keeps the body and drops the furniture", () => {
      const { paragraphs, body, removed } = cleanArticleText(raw);
      expect(paragraphs).toHaveLength(13);
      expect(body.startsWith("Without a hint of irony")).toBe(true);
      expect(body.endsWith("as the “real story.”")).toBe(true);
      for (const junk of ["Article Lead Image", "Flickr", "Share this article", "First Published", "Andrew Couts", "Posted on", "\u00A0"]) {
        expect(body).not.toContain(junk);
      }
      expect(removed).toEqual([
        "Article Lead Image",
        "Cancillería Ecuador/Flickr (CC-BY-SA)",
        "Andrew Couts",
        "Posted on Feb 14, 2017",
        "Updated on May 25, 2021, 12:15 am CDT",
        "Share this article",
        "*First Published: Feb 14, 2017, 11:17 am CST",
      ]);
    });
  });
});
