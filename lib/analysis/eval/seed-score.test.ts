// Scoring against SMALL MADE-UP gold and hand-built results (no engine involved).
import { describe, expect, it } from "vitest";
import type { AnalysisInput } from "../types";
import { parseGoldFile, type GoldFile } from "./gold-schema";
import { evaluateSeeds } from "./run";
import { scoreSeedArticle, seedFigures, sumSeedCounts, type SeedIssue } from "./seed-score";
import { allTargetsMet, seedTargetRows } from "./targets";
import { fakeResult, type FakeClaim } from "./test-support";

const gold: GoldFile = parseGoldFile({
  entities: {
    "Acme Corp": ["Acme", "ACME Corporation"],
    "Jane Doe": ["Doe", "Jane Doe"],
    "unnamed critics": ["critics"],
  },
  articles: [
    {
      file: "made-up.txt",
      outlet: "The Example",
      boilerplate: ["Share this article", "Photo: Example Wire"],
      claims: [
        { id: "T", exact: "Acme blames rain for delay", kind: "blame", source: "Acme Corp", cue: "blames", quote: "none", hedged: false, required: false },
        { id: "A1", exact: "Acme on Monday blamed the rain for the delay.", kind: "blame", source: "Acme Corp", cue: "blamed", quote: "none", hedged: false, required: true, alt_kinds: ["statement"] },
        { id: "A2", exact: "Doe said the plan was sound", kind: "statement", source: "Jane Doe", cue: "said", quote: "indirect", hedged: false, required: true },
        { id: "A3", exact: "the plan reportedly cost millions.", kind: "assertion", source: null, cue: null, quote: "none", hedged: true, required: true },
        { id: "A4", exact: "Critics called it a farce.", kind: "statement", source: "unnamed critics", cue: "called", quote: "none", hedged: false, required: false },
        { id: "A5", exact: "Acme denied any wrongdoing.", kind: "denial", source: "Acme Corp", cue: "denied", quote: "indirect", hedged: false, required: true },
      ],
    },
  ],
});
const article = gold.articles[0]!;

// Cleaned article as ingest would give it; one furniture line survived into the body.
const input: AnalysisInput = {
  title: "Acme blames rain for delay",
  subtitle: null,
  body: [
    "Acme on Monday blamed the rain for the delay.",
    "Doe said the plan was sound, but the plan reportedly cost millions.",
    "Critics called it a farce. Acme denied any wrongdoing.",
    "Share this article",
  ].join("\n\n"),
};

const PERFECT: FakeClaim[] = [
  { exact: "Acme on Monday blamed the rain for the delay.", kind: "blame", source: "Acme Corp" },
  { exact: "Doe said the plan was sound", kind: "statement", source: "Jane Doe", quote: "indirect" },
  { exact: "the plan reportedly cost millions.", kind: "assertion", hedged: true },
  { exact: "Acme denied any wrongdoing.", kind: "denial", source: "Acme Corp", quote: "indirect" },
];

const score = (claims: FakeClaim[], inp: AnalysisInput = input) => scoreSeedArticle(article, gold.entities, fakeResult(inp, claims));
const ofType = <T extends SeedIssue["type"]>(issues: SeedIssue[], type: T) =>
  issues.filter((i): i is Extract<SeedIssue, { type: T }> => i.type === type);

describe("scoreSeedArticle", () => {
  it("scores a perfect system 1.0 everywhere", () => {
    const s = score(PERFECT);
    expect(s.counts).toMatchObject({ requiredAttributed: 3, requiredAttributedFound: 3, systemClaims: 4, falsePositives: 0, boilerplateClaims: 0 });
    expect(s.figures).toMatchObject({ recall: 1, precision: 1, f1: 1, sourceAccuracy: 1, kindAccuracy: 1, hedgeAccuracy: 1, quoteAccuracy: 1 });
    expect(s.counts.goldLocated).toBe(6);
    expect(s.issues).toEqual([]);
  });

  it("does not count a claim with the wrong source for recall, and reports it", () => {
    const claims = PERFECT.map((c) => (c.exact.startsWith("Doe said") ? { ...c, source: "Acme Corp" } : c));
    const s = score(claims);
    expect(s.counts.requiredAttributedFound).toBe(2);
    expect(s.figures.recall).toBeCloseTo(2 / 3);
    expect(s.figures.precision).toBe(1); // it still overlaps a gold claim
    expect(s.figures.sourceAccuracy).toBeCloseTo(2 / 3);
    expect(ofType(s.issues, "wrong_source")).toMatchObject([{ goldId: "A2", expected: "Jane Doe", system: { source: "Acme Corp" } }]);
    expect(ofType(s.issues, "miss")).toMatchObject([{ goldId: "A2", located: true, got: [{ source: "Acme Corp" }] }]);
  });

  it("matches source names to gold aliases case-insensitively, through the entity's name or its aliases", () => {
    const byName = score(PERFECT.map((c) => (c.source === "Acme Corp" ? { ...c, source: "acme corporation" } : c)));
    expect(byName.figures.recall).toBe(1);
    const byAlias = score(PERFECT.map((c) => (c.source === "Jane Doe" ? { ...c, source: "Dr. J. Doe", aliases: ["DOE"] } : c)));
    expect(byAlias.figures.recall).toBe(1);
  });

  it("does not accept an unresolved description as a source", () => {
    const s = score(PERFECT.map((c) => (c.source === "Acme Corp" ? { ...c, source: "the company" } : c)));
    expect(s.counts.requiredAttributedFound).toBe(1);
    expect(ofType(s.issues, "miss").map((m) => m.goldId)).toEqual(["A1", "A5"]);
  });

  it("finds a gold claim through any overlapping claim that names the source", () => {
    // One claim covers the whole sentence, attributed to Doe; A3 (outlet's voice) is also overlapped by it.
    const s = score([...PERFECT.filter((c) => !c.exact.startsWith("Doe") && !c.exact.startsWith("the plan")), {
      exact: "Doe said the plan was sound, but the plan reportedly cost millions.", kind: "statement", source: "Jane Doe", quote: "indirect",
    }]);
    expect(s.figures.recall).toBe(1);
    expect(s.figures.precision).toBe(1);
  });

  it("judges a claim against the gold claim it overlaps most", () => {
    // "Critics called it a farce. Acme denied" overlaps A4 (26 chars) more than A5 (11 chars).
    const s = score([{ exact: "Critics called it a farce. Acme denied", kind: "denial", source: "Acme Corp", quote: "indirect" }]);
    expect(ofType(s.issues, "wrong_kind")).toMatchObject([{ goldId: "A4", expected: ["statement"] }]);
    expect(ofType(s.issues, "wrong_source")).toMatchObject([{ goldId: "A4", expected: "unnamed critics" }]);
    expect(s.counts.requiredAttributedFound).toBe(1); // A5: overlapping and naming Acme is enough for recall
  });

  it("counts a claim overlapping a boilerplate line as a false positive and a boilerplate claim", () => {
    const s = score([...PERFECT, { exact: "Share this article", kind: "statement", source: "Acme Corp" }]);
    expect(s.counts).toMatchObject({ systemClaims: 5, falsePositives: 1, boilerplateClaims: 1 });
    expect(s.figures.precision).toBeCloseTo(4 / 5);
    expect(ofType(s.issues, "false_positive")).toMatchObject([{ reason: "boilerplate", boilerplate: "Share this article" }]);
    expect(seedTargetRows(s.figures, s.counts).find((r) => r.measure === "boilerplate claims")?.ok).toBe(false);
  });

  it("counts a claim that overlaps no gold claim as a false positive", () => {
    const extra: AnalysisInput = { ...input, body: `${input.body}\n\nUnlabelled words here.` };
    const s = score([...PERFECT, { exact: "Unlabelled words here.", kind: "assertion" }], extra);
    expect(s.counts).toMatchObject({ falsePositives: 1, boilerplateClaims: 0 });
    expect(ofType(s.issues, "false_positive")).toMatchObject([{ reason: "no_gold" }]);
  });

  it("ignores overlaps of punctuation and spaces only", () => {
    // Ends inside ", but": shares ", " with nothing labelled and "but" with nothing either → A3 not overlapped.
    const s = score([{ exact: "Doe said the plan was sound, ", kind: "statement", source: "Jane Doe", quote: "indirect" }]);
    expect(s.counts.requiredCovered).toBe(1);
  });

  it("accepts alt_kinds and reports other kinds and hedges", () => {
    const s = score([
      { exact: "Acme on Monday blamed the rain for the delay.", kind: "statement", source: "Acme Corp" }, // alt kind
      { exact: "the plan reportedly cost millions.", kind: "opinion", hedged: false },
    ]);
    expect(s.counts).toMatchObject({ kindJudged: 2, kindRight: 1, hedgeJudged: 2, hedgeRight: 1 });
    expect(ofType(s.issues, "wrong_kind")).toMatchObject([{ goldId: "A3", expected: ["assertion"], system: { kind: "opinion" } }]);
    expect(ofType(s.issues, "wrong_hedge")).toMatchObject([{ goldId: "A3", expected: true, got: false }]);
  });

  it("does not judge the source of a claim in the outlet's voice", () => {
    const s = score([{ exact: "the plan reportedly cost millions.", kind: "assertion", hedged: true }]);
    expect(s.counts.sourceJudged).toBe(0);
    expect(s.figures.sourceAccuracy).toBeNull();
  });

  it("does not count a missed non-required claim", () => {
    const s = score(PERFECT); // A4 and T are not required and not found
    expect(ofType(s.issues, "miss")).toEqual([]);
  });

  it("reports a gold claim whose text is not in the analysed document, and counts it missed", () => {
    const shorter: AnalysisInput = { ...input, body: input.body.replace(" Acme denied any wrongdoing.", "") };
    const s = score(PERFECT.filter((c) => c.kind !== "denial"), shorter);
    expect(s.counts.goldLocated).toBe(5);
    expect(ofType(s.issues, "unlocated")).toMatchObject([{ goldId: "A5", required: true }]);
    expect(ofType(s.issues, "miss")).toMatchObject([{ goldId: "A5", located: false }]);
  });

  it("locates gold text across no-break spaces and re-wrapped lines", () => {
    const wrapped: AnalysisInput = { ...input, body: input.body.replace("Doe said the plan", "Doe said\u00A0the\nplan") };
    const s = score(PERFECT.map((c) => (c.exact.startsWith("Doe said") ? { ...c, exact: "Doe said\u00A0the\nplan was sound" } : c)), wrapped);
    expect(s.figures.recall).toBe(1);
    expect(s.issues).toEqual([]);
  });

  it("reports claims whose offsets do not match their text, and scores them by their text", () => {
    const s = score(PERFECT.map((c) => (c.kind === "denial" ? { ...c, start: 3 } : c)));
    expect(ofType(s.issues, "bad_offsets")).toHaveLength(1);
    expect(s.figures.recall).toBe(1);
  });

  it("reports a source that points to no entity", () => {
    const result = fakeResult(input, PERFECT);
    result.claims[0]!.source!.entityKey = "nope";
    const s = scoreSeedArticle(article, gold.entities, result);
    expect(ofType(s.issues, "unknown_entity")).toMatchObject([{ entityKey: "nope" }]);
    expect(s.counts.requiredAttributedFound).toBe(2);
  });

  it("gives no ratio when there is nothing to measure, and a missing ratio fails its target", () => {
    const s = score([]);
    expect(s.figures).toMatchObject({ recall: 0, precision: null, f1: null, kindAccuracy: null, boilerplateClaims: 0 });
    expect(allTargetsMet(seedTargetRows(s.figures, s.counts))).toBe(false);
  });
});

describe("totals", () => {
  it("sums counts over articles before dividing (micro-average)", () => {
    const a = score(PERFECT).counts;
    const b = score(PERFECT.slice(0, 1)).counts; // finds 1 of 3
    const total = sumSeedCounts([a, b]);
    expect(total.requiredAttributed).toBe(6);
    expect(seedFigures(total).recall).toBeCloseTo(4 / 6);
  });
});

describe("evaluateSeeds", () => {
  const raw = [
    "Acme blames rain for delay",
    "",
    "Photo: Example Wire",
    "",
    "Acme on Monday blamed the rain for the delay.",
    "",
    "Doe said the plan was sound, but the plan reportedly cost millions.",
    "",
    "Critics called it a farce. Acme denied any wrongdoing.",
  ].join("\n");

  it("cleans the raw text as the app does and scores what the engine returns", () => {
    const seen: AnalysisInput[] = [];
    const report = evaluateSeeds(gold, new Map([["made-up.txt", raw]]), (inp) => {
      seen.push(inp);
      return fakeResult(inp, PERFECT);
    });
    expect(seen[0]?.title).toBe("Acme blames rain for delay");
    expect(report.figures.recall).toBe(1);
    expect(report.articles[0]?.counts.goldLocated).toBe(6);
  });

  it("scores an engine that throws as finding nothing, and says so", () => {
    const report = evaluateSeeds(gold, new Map([["made-up.txt", raw]]), () => {
      throw new Error("boom");
    });
    expect(report.figures.recall).toBe(0);
    expect(report.articles[0]?.issues[0]).toEqual({ type: "engine_error", message: "boom" });
  });

  it("insists on the raw text of every gold article", () => {
    expect(() => evaluateSeeds(gold, new Map(), () => fakeResult(input, []))).toThrow(/made-up\.txt/);
  });
});

describe("parseGoldFile", () => {
  it("defaults required to true and alt_kinds to []", () => {
    const g = parseGoldFile({
      entities: {},
      articles: [{ file: "f", outlet: "o", claims: [{ id: "x", exact: "y", kind: "assertion", source: null, quote: "none", hedged: false }] }],
    });
    expect(g.articles[0]?.claims[0]).toMatchObject({ required: true, alt_kinds: [] });
  });

  it("rejects a source that is not a canonical entity, and bad kinds, with clear messages", () => {
    const withClaims = (claims: unknown[]) => ({ entities: { Acme: [] }, articles: [{ file: "f", outlet: "o", claims }] });
    const claim = { id: "x", exact: "y", kind: "statement", source: "Acme", quote: "none", hedged: false };
    expect(() => parseGoldFile(withClaims([claim]))).not.toThrow();
    expect(() => parseGoldFile(withClaims([{ ...claim, source: "Acne" }]))).toThrow(/source "Acne" of claim x is not a canonical name/);
    expect(() => parseGoldFile(withClaims([claim, claim]))).toThrow(/duplicate claim id "x"/);
    expect(() => parseGoldFile(withClaims([{ ...claim, kind: "gossip" }]))).toThrow(/kind/);
    expect(() => parseGoldFile({ articles: [] })).toThrow(/entities/);
  });
});
