// Runs the engine over the evaluation material and scores it. Pure apart from calling the engine: the caller
// reads the files (scripts/eval.ts, seed-targets.test.ts) and passes the engine in.
import { cleanArticleText } from "@/lib/ingest";
import { composeDocument } from "../document";
import type { AnalysisInput, AnalysisResult } from "../types";
import {
  basilFigures,
  basilLayout,
  basilQuoteSpans,
  countLexSpans,
  scoreBasilArticle,
  sumBasilCounts,
  type BasilAnnotationFile,
  type BasilArticle,
  type BasilCounts,
  type BasilFigures,
  type BasilIssue,
} from "./basil-score";
import { compareArticles } from "../compare";
import { scoreAlignment, type AlignmentReport } from "./alignment-score";
import { scoreClustering, scoreLoadedLanguage, type ClusteringReport, type LoadedLanguageReport } from "./basil-comparison";
import type { GoldFile } from "./gold-schema";
import { scoreSeedArticle, seedFigures, sumSeedCounts, type SeedArticleScore, type SeedCounts, type SeedFigures } from "./seed-score";

export type Analyze = (input: AnalysisInput) => AnalysisResult;

export interface SeedReport {
  articles: SeedArticleScore[];
  counts: SeedCounts;
  figures: SeedFigures;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What the engine returns when it throws: the document and no claims, so that everything counts as missed. */
function nothingFound(input: AnalysisInput): AnalysisResult {
  return { analyzerVersion: "error", document: composeDocument(input), entities: [], mentions: [], claims: [] };
}

/**
 * Cleans each seed as the app does (cleanArticleText), analyses it and scores it against the gold.
 * `raws` maps each gold article's `file` to the raw seed text.
 */
export function evaluateSeeds(gold: GoldFile, raws: ReadonlyMap<string, string>, analyze: Analyze): SeedReport {
  const articles = gold.articles.map((article) => {
    const raw = raws.get(article.file);
    if (raw === undefined) throw new Error(`No raw text was given for the seed "${article.file}".`);
    const clean = cleanArticleText(raw);
    const input: AnalysisInput = { title: clean.title, subtitle: clean.subtitle, body: clean.body };
    try {
      return scoreSeedArticle(article, gold.entities, analyze(input));
    } catch (error) {
      const score = scoreSeedArticle(article, gold.entities, nothingFound(input));
      score.issues.unshift({ type: "engine_error", message: messageOf(error) });
      return score;
    }
  });
  const counts = sumSeedCounts(articles.map((a) => a.counts));
  return { articles, counts, figures: seedFigures(counts) };
}

/** Analyses the seeds as the app does, compares them as one event and scores the comparison against the gold groups. */
export function evaluateAlignment(gold: GoldFile, raws: ReadonlyMap<string, string>, analyze: Analyze): AlignmentReport {
  const results = gold.articles.map((article) => {
    const raw = raws.get(article.file);
    if (raw === undefined) throw new Error(`No raw text was given for the seed "${article.file}".`);
    const clean = cleanArticleText(raw);
    return analyze({ title: clean.title, subtitle: clean.subtitle, body: clean.body });
  });
  const comparison = compareArticles(gold.articles.map((a, i) => ({ outlet: a.outlet, analysis: results[i]! })));
  return scoreAlignment(gold, results, comparison);
}

export interface BasilItem {
  /** How the article is named in reports, e.g. "2010/<uuid>_1". */
  id: string;
  article: BasilArticle;
  annotations: BasilAnnotationFile;
}

export interface BasilReport {
  counts: BasilCounts;
  figures: BasilFigures;
  issues: BasilIssue[];
}

export function evaluateBasil(items: readonly BasilItem[], analyze: Analyze): BasilReport {
  const all: BasilCounts[] = [];
  const issues: BasilIssue[] = [];
  for (const item of items) {
    const annotations = item.annotations["phrase-level-annotations"];
    const layout = basilLayout(item.article);
    const spans = basilQuoteSpans(layout, annotations);
    let result: AnalysisResult;
    let failed = 0;
    try {
      result = analyze(layout.input);
    } catch (error) {
      issues.push({ type: "engine_error", article: item.id, message: messageOf(error) });
      result = nothingFound(layout.input);
      failed = 1;
    }
    const score = scoreBasilArticle(item.id, spans, layout.text, result);
    all.push({ ...score.counts, failed, lexSpans: countLexSpans(annotations) });
    issues.push(...score.issues);
  }
  const counts = sumBasilCounts(all);
  return { counts, figures: basilFigures(counts), issues };
}

export interface BasilComparisonReport {
  clustering: ClusteringReport;
  /**
   * The same clustering run on each year's events alone ("2010/…"): smaller archives with none of the other years'
   * stories to lean on, a check that the figure is no artefact of the one archive the engine was developed on.
   */
  byYear: { year: string; clustering: ClusteringReport }[];
  loaded: LoadedLanguageReport;
}

/** Event clustering with no labels given (all events, and each year's alone), and loaded-language detection. */
export function evaluateBasilComparison(items: readonly BasilItem[]): BasilComparisonReport {
  const years = [...new Set(items.map((it) => it.id.split("/")[0]!))].sort();
  const byYear = years.length > 1 ? years.map((year) => ({ year, clustering: scoreClustering(items.filter((it) => it.id.startsWith(`${year}/`))) })) : [];
  return { clustering: scoreClustering(items), byYear, loaded: scoreLoadedLanguage(items) };
}
