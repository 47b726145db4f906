// One article's source -> the article as it would be stored (prepareArticle), and the request shape that names the
// source (oneArticleRequestSchema). No database: the pipeline's storing half is tested in pipeline.test.ts.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { appErrorOf } from "@/db/test-support/app-error";
import { AppError } from "@/lib/errors";
import { analyzeArticle } from "@/lib/analysis";
import { htmlToArticle, IngestError } from "@/lib/ingest";
import { jsonArticleSchema, oneArticleRequestSchema } from "./article-input";
import { checkPastedText, ingestFailure, prepareArticle } from "./prepare";

const fixture = (name: string) => fs.readFileSync(path.join(process.cwd(), "lib", "ingest", "fixtures", name), "utf8");
const MB = 2 * 1024 * 1024;

const TEXT = [
  "Harbour wall approved after two winters of flooding",
  "By Jo Writer",
  "March 1, 2024",
  "The city council on Monday approved a new harbour wall after two winters of flooding that damaged dozens of homes.",
  "“We cannot wait another year,” the mayor said, adding that work would start in the spring.",
].join("\n\n");

/** The messages of a failed parse, joined. */
function refusal(body: unknown): string {
  const parsed = oneArticleRequestSchema.safeParse(body);
  expect(parsed.success, JSON.stringify(body)).toBe(false);
  return parsed.error!.issues.map((i) => i.message).join(" ");
}

describe("oneArticleRequestSchema", () => {
  it("takes exactly one source", () => {
    expect(oneArticleRequestSchema.parse({ text: "A" }).source).toEqual({ kind: "text", text: "A" });
    expect(oneArticleRequestSchema.parse({ html: "<p>A</p>" }).source).toEqual({ kind: "html", html: "<p>A</p>" });
    expect(oneArticleRequestSchema.parse({ article: { title: "T", body: "B" } }).source).toMatchObject({ kind: "article", article: { title: "T", body: "B" } });
    expect(refusal({ text: "A", html: "<p>A</p>" })).toMatch(/one source, not text and html/);
    expect(refusal({ text: "A", article: { title: "T", body: "B" } })).toMatch(/one source/);
    expect(refusal({})).toMatch(/Give the article/);
    expect(refusal({ title: "Only metadata", outlet: "X" })).toMatch(/Give the article/);
  });

  it("a url alone is the page to fetch, and is not kept as metadata", () => {
    const { source, metadata } = oneArticleRequestSchema.parse({ url: "https://example.com/a", outlet: "Example" });
    expect(source).toEqual({ kind: "url", url: "https://example.com/a" });
    expect(metadata.url).toBeUndefined();
    expect(metadata.outlet).toBe("Example");
  });

  it("a url with text or html is the page's address, not fetched", () => {
    const { source, metadata } = oneArticleRequestSchema.parse({ text: "A", url: "https://example.com/a" });
    expect(source.kind).toBe("text");
    expect(metadata.url).toBe("https://example.com/a");
  });

  it("refuses an event chosen both by id and by title, and an id that is not a positive whole number", () => {
    expect(refusal({ text: "A", eventId: 3, eventTitle: "Flood" })).toMatch(/eventId.*eventTitle.*not both/);
    refusal({ text: "A", eventId: "3" });
    refusal({ text: "A", eventId: 0 });
    refusal({ text: "A", eventId: 1.5 });
    expect(oneArticleRequestSchema.parse({ text: "A", eventId: 3 }).metadata.eventId).toBe(3);
    expect(oneArticleRequestSchema.parse({ text: "A", eventTitle: " Flood " }).metadata.eventTitle).toBe("Flood");
  });

  it("blank metadata counts as not given", () => {
    const { metadata } = oneArticleRequestSchema.parse({ text: "A", title: "  ", outlet: "", author: null });
    expect(metadata).toEqual({});
  });

  it("a JSON article needs a title and its text (body, text or paragraphs)", () => {
    expect(jsonArticleSchema.safeParse({ title: "T", body: "B" }).success).toBe(true);
    expect(jsonArticleSchema.safeParse({ title: "T", text: "B" }).success).toBe(true);
    expect(jsonArticleSchema.safeParse({ title: "T", paragraphs: ["B"] }).success).toBe(true);
    expect(jsonArticleSchema.safeParse({ title: "  ", body: "B" }).error?.issues[0]?.message).toMatch(/title/);
    expect(jsonArticleSchema.safeParse({ body: "B" }).error?.issues[0]?.message).toMatch(/title/);
    expect(jsonArticleSchema.safeParse({ title: "T" }).error?.issues[0]?.message).toMatch(/body, text or paragraphs/);
    expect(jsonArticleSchema.safeParse({ title: "T", paragraphs: [1, 2] }).success).toBe(false);
    expect(refusal({ article: { title: "T" } })).toMatch(/body, text or paragraphs/);
  });
});

describe("prepareArticle: metadata", () => {
  it("reads a JSON-LD page: its metadata with origins, its canonical URL without tracking parameters", () => {
    const article = prepareArticle({ kind: "html", html: fixture("jsonld-news.html") }, {}, { maxBytes: MB });
    expect(article).toMatchObject({
      title: "Port authority’s dredging plan splits river towns",
      subtitle: "Upstream mayors say deeper channel will cost them their moorings",
      outlet: "The Meridian Courier",
      author: "Ana Lindqvist, Tomás Reyes",
      publishedAt: "2024-05-14T06:30:00-04:00",
      modifiedAt: "2024-05-14T09:12:00-04:00",
      url: "https://www.meridiancourier.example/2024/05/14/port-dredging-plan-river-towns/?page=2",
      origins: { title: "json-ld", outlet: "json-ld", author: "json-ld", publishedAt: "json-ld", modifiedAt: "json-ld", url: "json-ld" },
      source: { kind: "html", fetchedFrom: null },
    });
    expect(article.paragraphs).toHaveLength(7);
    expect(article.paragraphs[0]).toMatch(/^The Meridian port authority on Monday published its plan/);
    expect(article.body).toContain("Mayors of three upstream towns");
    expect(article.body).not.toContain("All rights reserved");
    expect(article.body).not.toContain("window.analytics");
  });

  it("reads an OpenGraph-only page; a relative canonical link resolves against the page's address", () => {
    const article = prepareArticle({ kind: "html", html: fixture("opengraph-only.html") }, {}, { maxBytes: MB, fetchedFrom: "https://eastsideledger.example/x?utm_source=feed" });
    expect(article).toMatchObject({
      title: "Library opening hours cut at four branches",
      outlet: "Eastside Ledger",
      author: "Priya Natarajan",
      publishedAt: "2024-02-03T08:15:00+00:00",
      url: "https://eastsideledger.example/local/2024/library-hours-cut",
      source: { kind: "url", fetchedFrom: "https://eastsideledger.example/x?utm_source=feed" },
    });
    expect(article.origins).toMatchObject({ title: "opengraph", outlet: "opengraph", publishedAt: "opengraph" });
    expect(article.paragraphs).toHaveLength(6);
  });

  it("keeps only the story of a page heavy with boilerplate", () => {
    const article = prepareArticle({ kind: "html", html: fixture("boilerplate-heavy.html") }, {}, { maxBytes: MB });
    expect(article.title).toBe("City to test four-day week for bin crews");
    expect(article.outlet).toBe("Northport Daily News");
    expect(article.paragraphs[0]).toMatch(/^Northport will let its sanitation crews/);
    expect(article.paragraphs.at(-1)).toMatch(/^The union representing the workers/);
    for (const boilerplate of ["We use cookies", "Advertisement", "Share on Facebook", "Related stories", "Sign up for the Morning Brief", "riverside_dad", "Most read", "All rights reserved"]) {
      expect(article.body).not.toContain(boilerplate);
    }
  });

  // The page's lead paragraph must not be taken for a headline (the JSON-LD fixture's ends with "by 2026.").
  it("loses no paragraph of the page: every paragraph the HTML reader kept is in the text or reported as removed", () => {
    for (const name of ["jsonld-news.html", "opengraph-only.html", "boilerplate-heavy.html"]) {
      const html = fixture(name);
      const page = htmlToArticle(html);
      const article = prepareArticle({ kind: "html", html }, {}, { maxBytes: MB });
      for (const paragraph of page.text.split("\n\n")) {
        expect(article.paragraphs.includes(paragraph) || article.removed.includes(paragraph), `${name}: ${paragraph.slice(0, 60)}`).toBe(true);
      }
    }
  });

  it("an embedded post in a page is kept with its signature, so the analysis gives the post to its author", () => {
    const lead = "The harbour council on Monday approved a new sea wall after two winters of flooding that damaged dozens of homes.";
    const post = "Forty million pounds for a wall that will not stop the next storm is a scandal.";
    const html = `<html><head><title>Sea wall approved</title></head><body><article><h1>Sea wall approved</h1><p>${lead}</p>
      <p>A local campaigner replied within the hour:</p>
      <blockquote class="twitter-tweet"><p>${post}</p>&mdash; Jo Campaigner (@jocampaigns) <a href="/t">March 4, 2024</a></blockquote>
      <p>The council said the wall would be finished by 2026. <a href="/more">Read more</a></p></article></body></html>`;
    const article = prepareArticle({ kind: "html", html }, {}, { maxBytes: MB });
    expect(article.paragraphs).toContain("— Jo Campaigner (@jocampaigns) March 4, 2024");
    expect(article.paragraphs.at(-1)).toBe("The council said the wall would be finished by 2026.");
    const claims = analyzeArticle({ title: article.title!, subtitle: null, body: article.body }).claims;
    const ofPost = claims.find((c) => c.exact === post);
    expect(ofPost?.source?.text).toBe("Jo Campaigner");
    expect(claims.some((c) => /Read more|@jocampaigns/.test(c.exact))).toBe(false);
  });

  it("what the admin gives wins over the page, and is reported as given", () => {
    const article = prepareArticle(
      { kind: "html", html: fixture("jsonld-news.html") },
      { title: "Dredging row", outlet: "Courier Weekly", author: "Desk", publishedAt: "2024-05-15", url: "https://courier.example/d?utm_medium=x#top" },
      { maxBytes: MB },
    );
    expect(article).toMatchObject({
      title: "Dredging row",
      outlet: "Courier Weekly",
      author: "Desk",
      publishedAt: "2024-05-15",
      modifiedAt: "2024-05-14T09:12:00-04:00",
      url: "https://courier.example/d",
      origins: { title: "given", outlet: "given", author: "given", publishedAt: "given", url: "given", modifiedAt: "json-ld" },
    });
  });

  it("plain text: metadata from the text itself, unless given", () => {
    const fromText = prepareArticle({ kind: "text", text: TEXT }, {}, { maxBytes: MB });
    expect(fromText).toMatchObject({
      title: "Harbour wall approved after two winters of flooding",
      author: "Jo Writer",
      publishedAt: "2024-03-01",
      outlet: null,
      url: null,
      origins: { title: "text", author: "text", publishedAt: "text" },
      source: { kind: "text", fetchedFrom: null },
    });
    expect(fromText.origins.outlet).toBeUndefined();
    expect(fromText.paragraphs).toHaveLength(2);
    expect(fromText.paragraphs[0]).toMatch(/^The city council on Monday/);
    expect(fromText.removed).toEqual(expect.arrayContaining(["By Jo Writer"]));

    const given = prepareArticle({ kind: "text", text: TEXT }, { author: "Ann Other", outlet: "Gazette" }, { maxBytes: MB });
    expect(given).toMatchObject({ author: "Ann Other", outlet: "Gazette", origins: { title: "text", author: "given", outlet: "given" } });
  });

  it("a fetched text page takes the address it was fetched from, canonicalised", () => {
    const article = prepareArticle({ kind: "text", text: TEXT }, {}, { maxBytes: MB, fetchedFrom: "https://News.Example/story?id=4&fbclid=abc&utm_source=x#comments" });
    expect(article.url).toBe("https://news.example/story?id=4");
    expect(article.origins.url).toBe("url");
    expect(article.source).toEqual({ kind: "url", fetchedFrom: "https://News.Example/story?id=4&fbclid=abc&utm_source=x#comments" });
  });

  it("a JSON article: its own fields are the given metadata", () => {
    const article = prepareArticle(
      {
        kind: "article",
        article: jsonArticleSchema.parse({
          title: "Ferry timetable changes",
          body: "The ferry will leave at seven from next month, the operator said on Friday.\n\nSundays are unchanged.",
          outlet: "Harbour Gazette",
          url: "https://gazette.example/ferry?gclid=1",
          author: ["Jo Writer", "Sam Roe"],
          published: "2024-04-02",
        }),
      },
      {},
      { maxBytes: MB },
    );
    expect(article).toMatchObject({
      title: "Ferry timetable changes",
      outlet: "Harbour Gazette",
      url: "https://gazette.example/ferry",
      author: "Jo Writer, Sam Roe",
      publishedAt: "2024-04-02",
      paragraphs: ["The ferry will leave at seven from next month, the operator said on Friday.", "Sundays are unchanged."],
      origins: { title: "given", outlet: "given", url: "given", author: "given", publishedAt: "given" },
      source: { kind: "article", fetchedFrom: null },
    });
  });

  it("refuses an address that is not http(s)", () => {
    const error = appErrorOf(() => prepareArticle({ kind: "text", text: TEXT }, { url: "ftp://example.com/a" }, { maxBytes: MB }));
    expect(error.code).toBe("invalid_input");
    expect(error.message).toMatch(/not a valid http or https URL/);
  });
});

describe("prepareArticle: bad input", () => {
  const prepare = (text: string, maxBytes = MB) => appErrorOf(() => prepareArticle({ kind: "text", text }, {}, { maxBytes }));

  it("refuses empty input (400)", () => {
    for (const text of ["", "   \n\n\t  "]) {
      const error = prepare(text);
      expect(error.code).toBe("invalid_input");
      expect(error.status).toBe(400);
      expect(error.message).toMatch(/empty/);
    }
    expect(appErrorOf(() => prepareArticle({ kind: "html", html: "  " }, {}, { maxBytes: MB })).message).toMatch(/The page is empty/);
    expect(appErrorOf(() => prepareArticle({ kind: "article", article: jsonArticleSchema.parse({ title: "T", paragraphs: [] }) }, {}, { maxBytes: MB })).code).toBe("invalid_input");
  });

  it("refuses binary data: a NUL, a replacement character, many control characters (400)", () => {
    for (const text of [`Headline\n\nBody\u0000text.`, `Headline\n\nCaf\uFFFD au lait.`, `Headline\n\n${"\u0001\u0002\u0003".repeat(10)}ok`]) {
      const error = prepare(text);
      expect(error.code, JSON.stringify(text)).toBe("invalid_input");
      expect(error.message).toMatch(/binary/);
    }
    // A few stray control characters in real text are not binary.
    expect(prepareArticle({ kind: "text", text: `${TEXT}\u0007` }, {}, { maxBytes: MB }).title).toMatch(/^Harbour wall/);
  });

  it("refuses more than the limit, counted in UTF-8 bytes (413)", () => {
    const text = "Título\n\n" + "é".repeat(60); // 68 characters, 130 bytes
    expect(text.length).toBeLessThan(100);
    const error = prepare(text, 100);
    expect(error.code).toBe("too_large");
    expect(error.status).toBe(413);
    expect(error.message).toMatch(/too large.*limit is 100 bytes/);
    const html = appErrorOf(() => prepareArticle({ kind: "html", html: fixture("jsonld-news.html") }, {}, { maxBytes: 1000 }));
    expect(html.code).toBe("too_large");
    expect(() => checkPastedText(text, 200)).not.toThrow();
  });

  it("refuses an HTML page with no article in it (422)", () => {
    const error = appErrorOf(() => prepareArticle({ kind: "html", html: fixture("no-article.html") }, {}, { maxBytes: MB }));
    expect(error.code).toBe("unprocessable");
    expect(error.status).toBe(422);
  });

  it("refuses text with no headline unless the title is given (422)", () => {
    const bodyOnly = "The council approved the plan on Monday after a long debate.\n\nWork starts in the spring, officials said.";
    const error = prepare(bodyOnly);
    expect(error.code).toBe("unprocessable");
    expect(error.message).toMatch(/headline/);
    const titled = prepareArticle({ kind: "text", text: bodyOnly }, { title: "Plan approved" }, { maxBytes: MB });
    expect(titled.title).toBe("Plan approved");
    expect(titled.paragraphs).toEqual(["The council approved the plan on Monday after a long debate.", "Work starts in the spring, officials said."]);
  });

  it("maps the ingest errors onto API errors and passes others through", () => {
    expect((ingestFailure(new IngestError("too_large", "x")) as AppError).code).toBe("too_large");
    expect((ingestFailure(new IngestError("no_article", "x")) as AppError).code).toBe("unprocessable");
    for (const code of ["empty", "binary", "encoding"] as const) expect((ingestFailure(new IngestError(code, "x")) as AppError).code).toBe("invalid_input");
    const other = new Error("boom");
    expect(ingestFailure(other)).toBe(other);
  });
});
