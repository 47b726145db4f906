// Key expectations on the two seed articles (read from ../shared; skipped when it is missing).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanArticleText } from "@/lib/ingest";
import { analyzeArticle } from "./analyze";
import { claimWith, invariantViolations, sourceName } from "./test-helpers";

const SEEDS = path.resolve(__dirname, "../../../shared/seeds");
const HILL = path.join(SEEDS, "000_52d309ecec5a74ff.txt");
const DOT = path.join(SEEDS, "001_32dc72878ba5e20e.txt");
const present = fs.existsSync(HILL) && fs.existsSync(DOT);
if (!present) console.warn(`seed tests skipped: ${SEEDS} not found`);

const load = (file: string) => {
  const c = cleanArticleText(fs.readFileSync(file, "utf8"));
  return analyzeArticle({ title: c.title, subtitle: c.subtitle, body: c.body });
};

describe.skipIf(!present)("seed articles", () => {
  it("The Hill: descriptions, the denials, the headline colon", () => {
    const r = load(HILL);
    expect(invariantViolations(r)).toEqual([]);
    const head = r.claims[0]!;
    expect([head.kind, sourceName(r, head), head.cue]).toEqual(["blame", "WikiLeaks", ":"]);
    const tweet = claimWith(r, "the organization tweeted")!;
    expect([sourceName(r, tweet), tweet.source?.text, tweet.quote]).toEqual(["WikiLeaks", "the organization", "direct"]);
    const denials = r.claims.filter((c) => c.kind === "denial");
    // Flynn saying he did not discuss sanctions is a denial too, and so is WikiLeaks insisting it is not partisan (the
    // gold accepts either kind for both).
    expect(denials.map((c) => sourceName(r, c))).toEqual(["Michael Flynn", "Russia", "WikiLeaks", "WikiLeaks"]);
    const finding = claimWith(r, "concluded that Russia")!;
    expect([finding.kind, sourceName(r, finding)]).toEqual(["finding", "U.S. intelligence community"]);
    const apology = claimWith(r, "sincerely apologized")!;
    expect([sourceName(r, apology), apology.quote]).toEqual(["Michael Flynn", "direct"]);
    expect(claimWith(r, "purportedly")?.hedged).toBe(true);
  });
  it("The Daily Dot: the publication, the fronted report, hedges and opinion", () => {
    const r = load(DOT);
    expect(invariantViolations(r)).toEqual([]);
    const pub = claimWith(r, "the publication also reported")!;
    expect([pub.kind, sourceName(r, pub)]).toEqual(["report", "Washington Post"]);
    const oped = claimWith(r, "op-ed revealed")!;
    expect([oped.kind, sourceName(r, oped)]).toEqual(["report", "Washington Post"]);
    const pence = claimWith(r, "categorically denied")!;
    expect([pence.kind, sourceName(r, pence)]).toEqual(["denial", "Mike Pence"]);
    const assange = claimWith(r, "founder Julian Assange said")!;
    expect(assange.source?.role).toBe("WikiLeaks founder");
    expect(claimWith(r, "is believed to")?.hedges).toEqual(["is believed to"]);
    expect(claimWith(r, "raise eyebrows")?.kind).toBe("opinion");
    const observers = claimWith(r, "many have noted")!;
    expect(sourceName(r, observers)).toBe("unnamed observers");
  });
});
