// The comparison side of BASIL: event clustering (do the articles fall into their triplets with no labels given?)
// and loaded-language detection against the `lex` spans (loaded wording) annotators marked.
import { adjustedRandIndex, clusterArticles } from "../events";
import { loadedPhrases } from "../framing";
import { basilLayout, locateAnnotation, type BasilAnnotationFile, type BasilArticle } from "./basil-score";
import { ratio } from "./seed-score";
import { overlaps, type Span } from "./text-match";

export interface BasilComparisonItem {
  id: string;
  article: BasilArticle;
  annotations: BasilAnnotationFile;
}

export interface ClusteringReport {
  articles: number;
  events: number;
  trueEvents: number;
  ari: number;
  /** Articles put with another triplet's articles, or apart from their own: "2012/<uuid>_1: …". */
  issues: string[];
}

export interface LoadedLanguageReport {
  lexSpans: number;
  lexFound: number;
  predicted: number;
  predictedRight: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function scoreClustering(items: readonly BasilComparisonItem[]): ClusteringReport {
  const articles = items.map((it) => {
    const layout = basilLayout(it.article);
    return { title: layout.input.title, body: layout.input.body, published: it.article.date ?? null };
  });
  const groups = clusterArticles(articles);
  const predicted = new Array<number>(items.length);
  groups.forEach((g, gi) => g.forEach((i) => (predicted[i] = gi)));
  const labels = new Map<string, number>();
  const truth = items.map((it) => {
    const t = it.article["triplet-uuid"] ?? it.id;
    if (!labels.has(t)) labels.set(t, labels.size);
    return labels.get(t)!;
  });
  const issues: string[] = [];
  for (const g of groups) {
    const triplets = new Set(g.map((i) => truth[i]));
    const whole = g.length === truth.filter((t) => t === truth[g[0]!]).length;
    if (triplets.size > 1 || !whole) issues.push(`event of ${g.length}: ${g.map((i) => `${items[i]!.id} (${items[i]!.article.title.slice(0, 50)})`).join("; ")}`);
  }
  return { articles: items.length, events: groups.length, trueEvents: labels.size, ari: adjustedRandIndex(predicted, truth), issues };
}

/** A predicted phrase is right when it overlaps a lex span; a lex span is found when a predicted phrase overlaps it. */
export function scoreLoadedLanguage(items: readonly BasilComparisonItem[]): LoadedLanguageReport {
  let lexSpans = 0;
  let lexFound = 0;
  let predicted = 0;
  let predictedRight = 0;
  for (const it of items) {
    const layout = basilLayout(it.article);
    const lex = it.annotations["phrase-level-annotations"]
      .filter((a) => a.bias === "lex")
      .map((a) => locateAnnotation(layout, a))
      .filter((s): s is Span => s !== null);
    const phrases = loadedPhrases(layout.text);
    lexSpans += lex.length;
    lexFound += lex.filter((l) => phrases.some((p) => overlaps(layout.text, l, p))).length;
    predicted += phrases.length;
    predictedRight += phrases.filter((p) => lex.some((l) => overlaps(layout.text, l, p))).length;
  }
  const precision = ratio(predictedRight, predicted);
  const recall = ratio(lexFound, lexSpans);
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : null;
  return { lexSpans, lexFound, predicted, predictedRight, precision, recall, f1 };
}
