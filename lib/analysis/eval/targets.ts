// The figures CI holds the engine to (`npm run eval -- --check`, seed-targets.test.ts).
import type { AlignmentReport } from "./alignment-score";
import type { ClusteringReport, LoadedLanguageReport } from "./basil-comparison";
import type { BasilCounts, BasilFigures } from "./basil-score";
import type { SeedCounts, SeedFigures } from "./seed-score";

export interface TargetRow {
  measure: string;
  value: number | null;
  /** "≥ 0.95", "= 0", or "" for a figure shown for information only. */
  target: string;
  /** null: informational; a missing value (nothing to measure) fails a target. */
  ok: boolean | null;
  /** The counts behind a ratio: "19/20". */
  detail?: string;
}

export const SEED_TARGETS = { recall: 0.95, precision: 0.9, kindAccuracy: 0.9, hedgeAccuracy: 0.9, boilerplateClaims: 0 } as const;
export const BASIL_TARGETS = { speakerAccuracy: 0.85 } as const;
export const ALIGNMENT_TARGETS = { f1: 0.85, differenceRecall: 0.85 } as const;
export const CLUSTERING_TARGETS = { ari: 0.95 } as const;

const atLeast = (measure: string, value: number | null, min: number, detail?: string): TargetRow => ({
  measure,
  value,
  target: `≥ ${min.toFixed(2)}`,
  ok: value !== null && value >= min,
  detail,
});
const info = (measure: string, value: number | null, detail?: string): TargetRow => ({ measure, value, target: "", ok: null, detail });
const of = (part: number, whole: number) => `${part}/${whole}`;

export function seedTargetRows(f: SeedFigures, c: SeedCounts): TargetRow[] {
  return [
    atLeast("attribution recall", f.recall, SEED_TARGETS.recall, of(c.requiredAttributedFound, c.requiredAttributed)),
    atLeast("precision", f.precision, SEED_TARGETS.precision, of(c.systemClaims - c.falsePositives, c.systemClaims)),
    info("F1", f.f1),
    info("source accuracy", f.sourceAccuracy, of(c.sourceRight, c.sourceJudged)),
    atLeast("kind accuracy", f.kindAccuracy, SEED_TARGETS.kindAccuracy, of(c.kindRight, c.kindJudged)),
    atLeast("hedge accuracy", f.hedgeAccuracy, SEED_TARGETS.hedgeAccuracy, of(c.hedgeRight, c.hedgeJudged)),
    info("quote-type accuracy", f.quoteAccuracy, of(c.quoteRight, c.quoteJudged)),
    info("required-claim coverage", f.coverage, of(c.requiredCovered, c.required)),
    { measure: "boilerplate claims", value: f.boilerplateClaims, target: "= 0", ok: f.boilerplateClaims === SEED_TARGETS.boilerplateClaims },
  ];
}

export function basilTargetRows(f: BasilFigures, c: BasilCounts): TargetRow[] {
  return [
    atLeast("speaker accuracy", f.speakerAccuracy, BASIL_TARGETS.speakerAccuracy, of(c.right, c.spans)),
    info("coverage", f.coverage, of(c.covered, c.spans)),
    info("accuracy among covered", f.accuracyCovered, of(c.right, c.covered)),
    info("accuracy, surname alone accepted", f.accuracyBySurname, of(c.rightBySurname, c.spans)),
    info("accuracy, one-person speakers", f.personAccuracy, of(c.personRight, c.personSpans)),
    info("accuracy, a group's member or spokesperson accepted", f.accuracyWithSpokesperson, of(c.rightWithSpokesperson, c.spans)),
  ];
}

export function alignmentTargetRows(r: AlignmentReport): TargetRow[] {
  return [
    info("alignment precision (pairs)", r.precision, of(r.rightPairs, r.systemPairs)),
    info("alignment recall (pairs)", r.recall, of(r.foundGoldPairs, r.goldPairs)),
    atLeast("alignment F1", r.f1, ALIGNMENT_TARGETS.f1),
    atLeast("difference-type recall", r.differenceRecall, ALIGNMENT_TARGETS.differenceRecall, of(r.differencesFound, r.differences)),
  ];
}

export function basilComparisonRows(c: ClusteringReport, l: LoadedLanguageReport, byYear: readonly { year: string; clustering: ClusteringReport }[] = []): TargetRow[] {
  return [
    atLeast("event clustering ARI", c.ari, CLUSTERING_TARGETS.ari, `${c.events} events for ${c.trueEvents}`),
    ...byYear.map(({ year, clustering: y }) => info(`  ${year}'s events alone`, y.ari, `${y.events} events for ${y.trueEvents}`)),
    info("loaded-language precision", l.precision, of(l.predictedRight, l.predicted)),
    info("loaded-language recall", l.recall, of(l.lexFound, l.lexSpans)),
    info("loaded-language F1", l.f1),
  ];
}

export const allTargetsMet = (rows: readonly TargetRow[]) => rows.every((r) => r.ok !== false);
