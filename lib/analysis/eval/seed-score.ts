// Scores the engine's claims for one seed article against its gold labels (../shared/gold/README.md).
//
// Pairing (by characters of overlap, see text-match.ts):
// - recall: a required gold claim of an attributed kind is found when ANY system claim overlapping it names the
//   same source entity (the gold canonical name or an alias equals the system entity's name or an alias);
// - precision: a system claim is a false positive when it overlaps no gold claim (of any kind, required or
//   not) or overlaps a boilerplate line;
// - source / kind / hedge / quote accuracy: each other system claim is paired with the gold claim it overlaps
//   most and judged against it (source only when both sides are attributed).
import { ATTRIBUTED_KINDS, type AnalysisResult, type ClaimKind, type ExtractedClaim } from "../types";
import { goldNames, type GoldArticle, type GoldClaim, type GoldEntities } from "./gold-schema";
import { indexText, locate, locateAll, namesMatch, overlapLength, overlaps, type Span, type TextIndex } from "./text-match";

export interface SeedCounts {
  goldClaims: number;
  /** Gold claims whose text was found in the analysed document. */
  goldLocated: number;
  /** Required gold claims (any kind) and how many some system claim overlaps. */
  required: number;
  requiredCovered: number;
  /** Required gold claims of an attributed kind, and how many were found with the right source. */
  requiredAttributed: number;
  requiredAttributedFound: number;
  systemClaims: number;
  falsePositives: number;
  boilerplateClaims: number;
  sourceJudged: number;
  sourceRight: number;
  kindJudged: number;
  kindRight: number;
  hedgeJudged: number;
  hedgeRight: number;
  quoteJudged: number;
  quoteRight: number;
}

export interface SeedFigures {
  recall: number | null;
  precision: number | null;
  f1: number | null;
  sourceAccuracy: number | null;
  kindAccuracy: number | null;
  hedgeAccuracy: number | null;
  quoteAccuracy: number | null;
  /** Share of required gold claims (any kind) some system claim overlaps. */
  coverage: number | null;
  boilerplateClaims: number;
}

interface SystemRef {
  /** The system claim's text, trimmed to 160 characters. */
  text: string;
  kind: ClaimKind;
  /** The source's entity name (or its wording when the entity is unknown); null for the outlet's voice. */
  source: string | null;
}

export type SeedIssue =
  | { type: "miss"; goldId: string; exact: string; expectedSource: string; located: boolean; got: SystemRef[] }
  | { type: "unlocated"; goldId: string; exact: string; required: boolean }
  | { type: "false_positive"; reason: "no_gold" | "boilerplate"; system: SystemRef; boilerplate?: string }
  | { type: "wrong_source"; goldId: string; expected: string; system: SystemRef }
  | { type: "wrong_kind"; goldId: string; expected: ClaimKind[]; system: SystemRef }
  | { type: "wrong_hedge"; goldId: string; expected: boolean; got: boolean; system: SystemRef }
  | { type: "wrong_quote"; goldId: string; expected: string; got: string; system: SystemRef }
  | { type: "bad_offsets"; system: SystemRef; detail: string }
  | { type: "unknown_entity"; entityKey: string; system: SystemRef }
  | { type: "engine_error"; message: string };

export interface SeedArticleScore {
  file: string;
  outlet: string;
  counts: SeedCounts;
  figures: SeedFigures;
  issues: SeedIssue[];
}

export function emptySeedCounts(): SeedCounts {
  return {
    goldClaims: 0,
    goldLocated: 0,
    required: 0,
    requiredCovered: 0,
    requiredAttributed: 0,
    requiredAttributedFound: 0,
    systemClaims: 0,
    falsePositives: 0,
    boilerplateClaims: 0,
    sourceJudged: 0,
    sourceRight: 0,
    kindJudged: 0,
    kindRight: 0,
    hedgeJudged: 0,
    hedgeRight: 0,
    quoteJudged: 0,
    quoteRight: 0,
  };
}

export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function seedFigures(c: SeedCounts): SeedFigures {
  const recall = ratio(c.requiredAttributedFound, c.requiredAttributed);
  const precision = ratio(c.systemClaims - c.falsePositives, c.systemClaims);
  const f1 =
    recall === null || precision === null ? null : recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  return {
    recall,
    precision,
    f1,
    sourceAccuracy: ratio(c.sourceRight, c.sourceJudged),
    kindAccuracy: ratio(c.kindRight, c.kindJudged),
    hedgeAccuracy: ratio(c.hedgeRight, c.hedgeJudged),
    quoteAccuracy: ratio(c.quoteRight, c.quoteJudged),
    coverage: ratio(c.requiredCovered, c.required),
    boilerplateClaims: c.boilerplateClaims,
  };
}

/** Sums the counts of several articles (micro-average). */
export function sumSeedCounts(all: readonly SeedCounts[]): SeedCounts {
  const total = emptySeedCounts();
  for (const counts of all) for (const key of Object.keys(total) as (keyof SeedCounts)[]) total[key] += counts[key];
  return total;
}

const isAttributedKind = (kind: ClaimKind) => ATTRIBUTED_KINDS.includes(kind);

function clip(text: string, max = 160): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

interface SystemClaim {
  claim: ExtractedClaim;
  span: Span | null;
  /** Entity name and aliases of its source; empty for the outlet's voice or an unknown entity. */
  names: string[];
  ref: SystemRef;
}

function prepareSystemClaims(result: AnalysisResult, index: TextIndex, issues: SeedIssue[]): SystemClaim[] {
  const entities = new Map(result.entities.map((e) => [e.key, e]));
  return result.claims.map((claim) => {
    const entity = claim.source ? entities.get(claim.source.entityKey) : undefined;
    const ref: SystemRef = {
      text: clip(claim.exact),
      kind: claim.kind,
      source: claim.source ? (entity?.name ?? claim.source.text) : null,
    };
    if (claim.source && !entity) issues.push({ type: "unknown_entity", entityKey: claim.source.entityKey, system: ref });
    const names = entity ? [entity.name, ...entity.aliases] : [];

    let span: Span | null = { start: claim.start, end: claim.end };
    if (result.document.text.slice(claim.start, claim.end) !== claim.exact) {
      span = locate(index, claim.exact, { near: claim.start });
      issues.push({
        type: "bad_offsets",
        system: ref,
        detail: span
          ? `document.text.slice(${claim.start}, ${claim.end}) is not the claim's exact text; found it at ${span.start}-${span.end}`
          : `document.text.slice(${claim.start}, ${claim.end}) is not the claim's exact text, which is not in the document at all`,
      });
    }
    return { claim, span, names, ref };
  });
}

/** Gold claims located in the analysed text, in reading order (gold offsets are into the raw file, so only their order is used). */
export function locateGoldClaims(gold: GoldArticle, index: TextIndex): { claim: GoldClaim; span: Span | null }[] {
  const ordered = gold.claims
    .map((claim, i) => ({ claim, i }))
    .sort((a, b) => (a.claim.start ?? a.i) - (b.claim.start ?? b.i) || a.i - b.i)
    .map((x) => x.claim);
  const golds: { claim: GoldClaim; span: Span | null }[] = [];
  let cursor = 0;
  for (const claim of ordered) {
    const span = locate(index, claim.exact, { from: cursor });
    if (span) cursor = span.start;
    golds.push({ claim, span });
  }
  return golds;
}

/** Scores one article. `result` is the engine's analysis of the cleaned seed article. */
export function scoreSeedArticle(gold: GoldArticle, entities: GoldEntities, result: AnalysisResult): SeedArticleScore {
  const text = result.document.text;
  const index = indexText(text);
  const issues: SeedIssue[] = [];
  const counts = emptySeedCounts();

  const golds = locateGoldClaims(gold, index);
  const located = golds.filter((g): g is { claim: GoldClaim; span: Span } => g.span !== null);

  // Boilerplate lines still in the analysed text (ingest normally drops them), outside any gold claim.
  const boilerplate = gold.boilerplate.flatMap((line) =>
    locateAll(index, line)
      .filter((span) => !located.some((g) => overlapLength(g.span, span) > 0))
      .map((span) => ({ line, span })),
  );

  const system = prepareSystemClaims(result, index, issues);
  counts.systemClaims = system.length;

  for (const s of system) {
    const span = s.span;
    const junk = span ? boilerplate.find((b) => overlaps(text, span, b.span)) : undefined;
    if (junk) {
      counts.falsePositives++;
      counts.boilerplateClaims++;
      issues.push({ type: "false_positive", reason: "boilerplate", system: s.ref, boilerplate: junk.line });
      continue;
    }
    let best: { claim: GoldClaim; shared: number } | null = null;
    if (span) {
      for (const g of located) {
        if (!overlaps(text, span, g.span)) continue;
        const shared = overlapLength(span, g.span);
        if (!best || shared > best.shared) best = { claim: g.claim, shared };
      }
    }
    if (!best) {
      counts.falsePositives++;
      issues.push({ type: "false_positive", reason: "no_gold", system: s.ref });
      continue;
    }
    const g = best.claim;
    const { claim } = s;

    const accepted = [g.kind, ...g.alt_kinds];
    counts.kindJudged++;
    if (accepted.includes(claim.kind)) counts.kindRight++;
    else issues.push({ type: "wrong_kind", goldId: g.id, expected: accepted, system: s.ref });

    counts.hedgeJudged++;
    if (claim.hedged === g.hedged) counts.hedgeRight++;
    else issues.push({ type: "wrong_hedge", goldId: g.id, expected: g.hedged, got: claim.hedged, system: s.ref });

    counts.quoteJudged++;
    if (claim.quote === g.quote) counts.quoteRight++;
    else issues.push({ type: "wrong_quote", goldId: g.id, expected: g.quote, got: claim.quote, system: s.ref });

    const systemAttributed = claim.source !== null || isAttributedKind(claim.kind);
    if (systemAttributed && g.source !== null) {
      counts.sourceJudged++;
      if (s.names.length && namesMatchGold(s.names, entities, g.source)) counts.sourceRight++;
      else issues.push({ type: "wrong_source", goldId: g.id, expected: g.source, system: s.ref });
    }
  }

  counts.goldClaims = golds.length;
  counts.goldLocated = located.length;
  for (const { claim: g, span } of golds) {
    if (!span) issues.push({ type: "unlocated", goldId: g.id, exact: clip(g.exact), required: g.required });
    const over = span ? system.filter((s) => s.span && overlaps(text, s.span, span)) : [];
    if (!g.required) continue;
    counts.required++;
    if (over.length) counts.requiredCovered++;
    if (!isAttributedKind(g.kind) || g.source === null) continue;
    counts.requiredAttributed++;
    const source = g.source;
    if (over.some((s) => s.names.length && namesMatchGold(s.names, entities, source))) counts.requiredAttributedFound++;
    else {
      issues.push({
        type: "miss",
        goldId: g.id,
        exact: clip(g.exact),
        expectedSource: source,
        located: span !== null,
        got: over.map((s) => s.ref),
      });
    }
  }

  return { file: gold.file, outlet: gold.outlet, counts, figures: seedFigures(counts), issues };
}

function namesMatchGold(names: readonly string[], entities: GoldEntities, canonical: string): boolean {
  return namesMatch(names, goldNames(entities, canonical));
}
