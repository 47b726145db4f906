// Re-runs the claim engine over stored articles, one transaction per article.
import { analyzeArticle, ANALYZER_VERSION } from "@/lib/analysis";
import { articlesToAnalyze, getArticleText, storeReanalysis } from "@/db/queries/articles";
import { getDb, type Db } from "@/db/client";

export interface ReanalyzeSummary {
  articles: number;
  claims: number;
  kept: number;
}

export function reanalyzeArticles(
  options: { all?: boolean; articleIds?: number[]; onProgress?: (done: number, total: number) => void } = {},
  db: Db = getDb(),
): ReanalyzeSummary {
  const ids = options.articleIds ?? articlesToAnalyze(ANALYZER_VERSION, { all: options.all }, db);
  const summary: ReanalyzeSummary = { articles: 0, claims: 0, kept: 0 };
  for (const id of ids) {
    const text = getArticleText(id, db);
    if (!text) continue;
    const stored = storeReanalysis(id, analyzeArticle(text), db);
    summary.articles++;
    summary.claims += stored.claims;
    summary.kept += stored.kept;
    options.onProgress?.(summary.articles, ids.length);
  }
  return summary;
}
