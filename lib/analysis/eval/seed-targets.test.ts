// The real pipeline (cleanArticleText -> analyzeArticle) on the two seed articles, held to the seed targets
// (the same ones `npm run eval -- --check` enforces). Needs ../shared/gold and ../shared/seeds beside the
// project: skipped without them on a developer's machine, but a failure in CI (CI is set), where they must be.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis";
import { parseGoldFile } from "./gold-schema";
import { describeSeedIssue } from "./report";
import { evaluateAlignment, evaluateSeeds, type SeedReport } from "./run";
import { alignmentTargetRows, seedTargetRows } from "./targets";

const projectRoot = fileURLToPath(new URL("../../..", import.meta.url));
const goldPath = path.resolve(projectRoot, "../shared/gold/seed-gold.json");
const seedDir = path.resolve(projectRoot, "../shared/seeds");
const haveGold = existsSync(goldPath) && existsSync(seedDir);
const inCI = !!process.env.CI && !["0", "false"].includes(process.env.CI.toLowerCase());

describe.skipIf(!haveGold && !inCI)(
  `seed targets${haveGold || inCI ? "" : " (skipped: ../shared/gold or ../shared/seeds not found beside the project)"}`,
  () => {
    let report: SeedReport | undefined;
    const missing = `the gold labels are missing (CI is set, so they must be there): expected ${goldPath} and ${seedDir}`;

    beforeAll(() => {
      if (!haveGold) return;
      const gold = parseGoldFile(JSON.parse(readFileSync(goldPath, "utf8")), goldPath);
      const raws = new Map(gold.articles.map((a) => [a.file, readFileSync(path.join(seedDir, a.file), "utf8")]));
      report = evaluateSeeds(gold, raws, analyzeArticle);
    });

    it("finds the gold labels", () => {
      expect(haveGold, missing).toBe(true);
    });

    // One test per target, so that a regression names the measure; the message lists what went wrong.
    it.each(["attribution recall", "precision", "kind accuracy", "hedge accuracy", "boilerplate claims"])("meets the %s target", (measure) => {
      if (!report) throw new Error(missing);
      const row = seedTargetRows(report.figures, report.counts).find((r) => r.measure === measure)!;
      const issues = report.articles
        .flatMap((a) => a.issues.filter((i) => i.type !== "wrong_quote").map((i) => `${a.file}: ${describeSeedIssue(i)}`))
        .join("\n");
      expect(row.ok, `${measure} = ${row.value} (${row.detail ?? ""}), target ${row.target}\n${issues}`).toBe(true);
    });

    // The comparison's targets (alignment F1 and difference-type recall), as `npm run eval -- --check` holds them.
    it("meets the cross-outlet alignment and difference-recall targets", () => {
      if (!haveGold) throw new Error(missing);
      const gold = parseGoldFile(JSON.parse(readFileSync(goldPath, "utf8")), goldPath);
      const raws = new Map(gold.articles.map((a) => [a.file, readFileSync(path.join(seedDir, a.file), "utf8")]));
      const alignment = evaluateAlignment(gold, raws, analyzeArticle);
      const issues = alignment.issues.map((i) => `${i.type}: ${i.detail}`).join("\n");
      for (const row of alignmentTargetRows(alignment).filter((r) => r.target)) {
        expect(row.ok, `${row.measure} = ${row.value} (${row.detail ?? ""}), target ${row.target}\n${issues}`).toBe(true);
      }
    });
  },
);
