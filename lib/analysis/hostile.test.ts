// Property-based tests of the claim engine and the comparison engine with random and adversarial text (issue 8,
// hostile input): every script, RTL and bidirectional marks, combining marks, emoji, control characters, lone
// surrogates, only quotes, 1 MB lines. Nothing may throw; every span the engine gives indexes the text it read;
// every value is one of the allowed ones. The work done grows with the input: k copies of a paragraph give k times
// the sentences and claims (the timings themselves are printed by scripts/bench-hostile.ts, never asserted).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanArticleText } from "@/lib/ingest/clean-article";
import { IngestError } from "@/lib/ingest/errors";
import { HOSTILE_SEED, NEWS_PARAGRAPH, hostileArticle, hostileText, hostileTitle, largeText, newsSentence } from "@/lib/test-support/hostile-text";
import { segmentDocument } from "./analyze";
import { compareArticles, type CompareArticle, type Comparison } from "./compare";
import { composeDocument } from "./document";
import { analyzeArticle } from "./index";
import { invariantViolations } from "./test-helpers";
import {
  CLAIM_KINDS,
  DIFFERENCE_TYPES,
  ENTITY_KINDS,
  PROPOSITION_CATEGORIES,
  QUOTE_TYPES,
  type AnalysisInput,
  type AnalysisResult,
} from "./types";

const params = (numRuns: number): fc.Parameters<unknown> => ({ seed: HOSTILE_SEED, numRuns });

/** The section a span lies wholly in, or null. */
function sectionOf(r: AnalysisResult, start: number, end: number) {
  return r.document.sections.find((s) => start >= s.start && end <= s.end)?.section ?? null;
}

/** Every promise of AnalysisResult (types.ts) for this input; returns the broken ones. */
function analysisViolations(input: AnalysisInput, r: AnalysisResult): string[] {
  const out = invariantViolations(r);
  const { text, sections } = r.document;
  // The document is the non-empty parts joined by blank lines, each section where it says.
  const parts = (["title", "subtitle", "body"] as const).filter((k) => input[k]);
  if (JSON.stringify(sections.map((s) => s.section)) !== JSON.stringify(parts)) out.push("sections do not match the input's parts");
  if (text !== parts.map((k) => input[k]).join("\n\n")) out.push("document text is not the parts joined by blank lines");
  for (const s of sections) if (text.slice(s.start, s.end) !== input[s.section]) out.push(`section ${s.section} misplaced`);
  for (const c of r.claims) {
    const at = JSON.stringify(c.exact.slice(0, 80));
    if (!(Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.start < c.end && c.end <= text.length)) out.push(`claim offsets ${c.start}-${c.end} invalid: ${at}`);
    if (sectionOf(r, c.start, c.end) !== c.section) out.push(`claim section ${c.section} wrong: ${at}`);
    if (!CLAIM_KINDS.includes(c.kind)) out.push(`claim kind ${c.kind}`);
    if (!QUOTE_TYPES.includes(c.quote)) out.push(`claim quote ${c.quote}`);
    if (typeof c.content !== "string") out.push(`claim content not a string: ${at}`);
    if (!Number.isFinite(c.checkWorthiness)) out.push(`checkWorthiness ${c.checkWorthiness}`);
  }
  for (const m of r.mentions) {
    if (!(m.start >= 0 && m.start < m.end && m.end <= text.length)) out.push(`mention offsets ${m.start}-${m.end} invalid: ${m.text}`);
    if (sectionOf(r, m.start, m.end) !== m.section) out.push(`mention section ${m.section} wrong: ${m.text}`);
  }
  for (const e of r.entities) {
    if (!ENTITY_KINDS.includes(e.kind)) out.push(`entity kind ${e.kind}`);
    if (!e.name) out.push(`entity ${e.key} without a name`);
  }
  return out;
}

function analyze(input: AnalysisInput): AnalysisResult {
  const r = analyzeArticle(input);
  expect(analysisViolations(input, r)).toEqual([]);
  return r;
}

describe("analyzeArticle on hostile text", () => {
  it("never throws, and every claim and mention indexes the document in its own section", () => {
    fc.assert(
      fc.property(hostileTitle, hostileTitle, hostileText, (title, subtitle, body) => {
        analyze({ title, subtitle, body });
      }),
      params(200),
    );
  });

  it("keeps its promises on what the text cleaner makes of hostile text (the import path)", () => {
    fc.assert(
      fc.property(hostileArticle, (raw) => {
        let clean;
        try {
          clean = cleanArticleText(raw);
        } catch (error) {
          if (error instanceof IngestError) return;
          throw error;
        }
        analyze({ title: clean.title, subtitle: clean.subtitle, body: clean.body });
      }),
      params(100),
    );
  });

  it("holds on 1 MB inputs: one long line, only quotes, stacked marks (and 256 KB of mixed scripts, no spaces, prose)", () => {
    for (const kind of ["line", "quotes", "marks", "mixed", "nospace", "prose"] as const) {
      const body = largeText(kind, kind === "line" || kind === "quotes" || kind === "marks" ? 1 << 20 : 1 << 18);
      const r = analyze({ title: body.slice(0, 200), subtitle: null, body });
      if (kind === "line") expect(r.claims.length).toBeGreaterThan(10_000);
      if (kind === "prose") expect(r.claims.length).toBeGreaterThan(2_500);
    }
  });

  it("does k times the work for k copies of a paragraph: k times the sentences and the claims", () => {
    const paragraph = fc.oneof(fc.array(newsSentence, { minLength: 1, maxLength: 6 }).map((a) => a.join(" ")), hostileArticle);
    fc.assert(
      fc.property(paragraph, fc.integer({ min: 2, max: 6 }), (p, k) => {
        const body = (n: number) => Array.from({ length: n }, () => p).join("\n\n");
        const sentences = (n: number) => segmentDocument(composeDocument({ title: null, subtitle: null, body: body(n) })).length;
        const claims = (n: number) => analyzeArticle({ title: null, subtitle: null, body: body(n) }).claims.length;
        expect(sentences(k)).toBe(k * sentences(1));
        expect(claims(k)).toBe(k * claims(1));
      }),
      params(100),
    );
    // And on a known paragraph, up to 200 copies (about 80 KB).
    const one = analyzeArticle({ title: null, subtitle: null, body: NEWS_PARAGRAPH }).claims.length;
    expect(one).toBeGreaterThan(3);
    for (const k of [10, 200]) {
      expect(analyzeArticle({ title: null, subtitle: null, body: Array(k).fill(NEWS_PARAGRAPH).join("\n\n") }).claims.length).toBe(k * one);
    }
  });

  it("reads the names of every object's own properties as plain words (“The constructor said”)", () => {
    const names = Object.getOwnPropertyNames(Object.prototype);
    for (const w of names) {
      const body =
        `Ann Holt spoke. The ${w} said the pier was safe. ${w} said it again. Critics ${w} that the ${w}'s campaign said so. ` +
        `According to the ${w}, the ${w} ${w} the harbour. Added ${w}: “It is safe.”`;
      const r = analyze({ title: `${w} Says Pier Is Safe`, subtitle: null, body });
      expect(() => compareArticles([{ outlet: "A", analysis: r }, { outlet: "B", analysis: r }])).not.toThrow();
    }
  });

  it("survives malformed input from untyped callers", () => {
    for (const input of [{}, { body: 42 }, { title: ["x"], subtitle: {}, body: null }, null, undefined]) {
      const r = analyzeArticle(input as unknown as AnalysisInput);
      expect(r.claims).toEqual([]);
    }
  });

  // Found by this suite: a "sentence" of punctuation or quote marks alone ("....!!!???", "“”“”", "* * *", the
  // section break many articles use) used to become an own-voice claim in the fact-checkers' queue.
  it("makes no claim of punctuation or quote marks alone", () => {
    for (const body of ["....!!!???", "“”“”“”. „«»", "* * *", "Ann Holt said the bridge is safe.\n\n* * *\n\nPolice said 12 people were questioned."]) {
      const r = analyzeArticle({ title: null, subtitle: null, body });
      expect(r.claims.filter((c) => !/[\p{L}\p{N}]/u.test(c.exact)).map((c) => c.exact)).toEqual([]);
    }
  });
});

/** Every promise of a Comparison over these articles; returns the broken ones. */
function comparisonViolations(articles: readonly CompareArticle[], c: Comparison): string[] {
  const out: string[] = [];
  const valid = (r: { article: number; claim: number }) =>
    Number.isInteger(r.article) && r.article >= 0 && r.article < articles.length && Number.isInteger(r.claim) && r.claim >= 0 && r.claim < articles[r.article]!.analysis.claims.length;
  const seen = new Map<string, number>();
  for (const p of c.propositions) {
    if (p.claims.length === 0) out.push("empty proposition");
    if (!PROPOSITION_CATEGORIES.includes(p.category)) out.push(`category ${p.category}`);
    if (typeof p.topic !== "string") out.push("topic not a string");
    for (const r of p.claims) {
      if (!valid(r)) out.push(`invalid claim ref ${JSON.stringify(r)}`);
      const key = `${r.article}:${r.claim}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    for (const d of p.differences) {
      if (!DIFFERENCE_TYPES.includes(d.type)) out.push(`difference type ${d.type}`);
      if (!d.explanation.trim()) out.push(`difference ${d.type} without an explanation`);
      if (!d.articles.every((a) => Number.isInteger(a) && a >= 0 && a < articles.length)) out.push(`difference article out of range`);
      if (!d.claims.every(valid)) out.push(`difference claim ref invalid`);
      if (d.diff && !d.diff.every((t) => typeof t.text === "string" && ["same", "removed", "added"].includes(t.op))) out.push("bad diff token");
    }
  }
  // Each claim of each article is in exactly one proposition.
  articles.forEach((a, ai) =>
    a.analysis.claims.forEach((_, ci) => {
      const n = seen.get(`${ai}:${ci}`) ?? 0;
      if (n !== 1) out.push(`claim ${ai}:${ci} is in ${n} propositions`);
    }),
  );
  return out;
}

describe("compareArticles on analyses of hostile text", () => {
  // Two outlets: some news sentences in common, each with its own hostile text around them.
  const pair = fc
    .tuple(fc.array(newsSentence, { maxLength: 6 }), hostileTitle, hostileTitle, hostileText, hostileText)
    .map(([shared, t1, t2, own1, own2]): CompareArticle[] => [
      { outlet: "Outlet A", analysis: analyzeArticle({ title: t1, subtitle: null, body: `${shared.join(" ")}\n\n${own1}` }) },
      { outlet: "Outlet\u202e B", analysis: analyzeArticle({ title: t2, subtitle: null, body: `${own2}\n\n${[...shared].reverse().join("\n")}` }) },
    ]);

  it("never throws, and puts each claim in exactly one well-formed proposition", () => {
    fc.assert(
      fc.property(pair, (articles) => {
        expect(comparisonViolations(articles, compareArticles(articles))).toEqual([]);
      }),
      params(100),
    );
  });

  it("keeps that promise with pinned and single claims, including references to claims that do not exist", () => {
    const ref = fc.record({ article: fc.integer({ min: -1, max: 2 }), claim: fc.integer({ min: -1, max: 12 }) });
    const unique = (refs: { article: number; claim: number }[]) => [...new Map(refs.map((r) => [`${r.article}:${r.claim}`, r])).values()];
    fc.assert(
      fc.property(pair, fc.array(ref, { maxLength: 6 }), fc.array(ref, { maxLength: 4 }), (articles, pinned, single) => {
        const group = unique(pinned);
        const c = compareArticles(articles, { pinned: [group], single: unique(single) });
        expect(comparisonViolations(articles, c)).toEqual([]);
      }),
      params(60),
    );
  });

  it("compares an article with itself, with nothing at all, and three outlets of long text", () => {
    const a = analyzeArticle({ title: "“”", subtitle: null, body: NEWS_PARAGRAPH });
    for (const articles of [[], [{ outlet: "", analysis: a }], [{ outlet: "A", analysis: a }, { outlet: "A", analysis: a }]]) {
      expect(comparisonViolations(articles, compareArticles(articles))).toEqual([]);
    }
    // Big but bounded: the comparison of every claim of two 16 KB articles and a third of only quote marks.
    const big = (kind: "prose" | "mixed" | "quotes") => analyzeArticle({ title: null, subtitle: null, body: largeText(kind, 16 * 1024) });
    const articles = [
      { outlet: "Prose", analysis: big("prose") },
      { outlet: "Mixed", analysis: big("mixed") },
      { outlet: "Quotes", analysis: big("quotes") },
    ];
    expect(comparisonViolations(articles, compareArticles(articles))).toEqual([]);
  });
});
