import { eq, inArray, sql } from "drizzle-orm";
import { articles, events, outlets } from "../schema";
import { getDb, type Db, type DbOrTx } from "../client";
import { AppError } from "../../lib/errors";
import { schemeForms } from "../../lib/ingest/url";
import { recordAudit } from "./audit";
import { storeEventComparison } from "./comparison";
import { addToCentroid, articleSignature, countTerms, matchEvent } from "./event-grouping";
import { createEvent, findOrCreateEvent } from "./events";
import { findOrCreateOutlet, type OutletInput } from "./outlets";
import { toArticleView, type ArticleView } from "./article-view";
import { getClaimsForArticles, storeAnalysis } from "./claims";
import type { AnalysisResult } from "../../lib/analysis/types";

export interface StoreArticleInput {
  outlet: OutletInput;
  /** An existing event by id, or one found or created by title; none: the event the article covers (found by event
   * grouping), or a new one named after the article. */
  event?: { id: number } | { title: string; summary?: string | null } | null;
  title: string;
  subtitle?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  sourceUpdatedAt?: string | null;
  url?: string | null;
  body: string;
  contentHash: string;
  importedBy?: number | null;
  /** What the claim engine found in it, stored in the same transaction. */
  analysis?: AnalysisResult;
}

export type StoreArticleResult =
  | { status: "imported"; article: ArticleView }
  | { status: "duplicate"; articleId: number; reason: "content" | "url" };

/** One article with its outlet and event; null when there is no such article. */
export function getArticle(id: number, db: DbOrTx = getDb()): ArticleView | null {
  const row = db
    .select({ article: articles, outlet: outlets, event: events })
    .from(articles)
    .innerJoin(outlets, eq(outlets.id, articles.outletId))
    .leftJoin(events, eq(events.id, articles.eventId))
    .where(eq(articles.id, id))
    .get();
  if (!row) return null;
  const claims = getClaimsForArticles([row.article.id], db).get(row.article.id);
  return toArticleView(row.article, row.outlet, row.event, claims);
}

/** The stored article with the same content hash or URL, if any. */
export function findDuplicate(db: DbOrTx, input: Pick<StoreArticleInput, "contentHash" | "url">) {
  const sameContent = db
    .select({ id: articles.id })
    .from(articles)
    .where(eq(articles.contentHash, input.contentHash))
    .get();
  if (sameContent) return { articleId: sameContent.id, reason: "content" as const };
  if (input.url) {
    // The same address over http and over https is one article (as sameArticleUrl says).
    const sameUrl = db.select({ id: articles.id }).from(articles).where(inArray(articles.url, schemeForms(input.url))).get();
    if (sameUrl) return { articleId: sameUrl.id, reason: "url" as const };
  }
  return null;
}

export function countWords(text: string): number {
  const words = text.trim().split(/\s+/u);
  return words[0] === "" ? 0 : words.length;
}

/**
 * Stores an article with its outlet and event in one transaction: all of it lands, or nothing does.
 * An article already stored (same content hash or same URL) is reported as a duplicate and not stored again.
 */
export function storeArticle(
  input: StoreArticleInput,
  db: Db = getDb(),
  /** Runs inside the same transaction with the result (an import job finishes its item here); throw to roll back. */
  within?: (tx: DbOrTx, result: StoreArticleResult) => void,
): StoreArticleResult {
  if (!input.body.trim()) throw new AppError("unprocessable", "The article has no body text.");
  if (!input.title.trim()) throw new AppError("invalid_input", "The article needs a title.");

  return db.transaction((tx) => {
    const result = storeInTransaction(tx, input);
    within?.(tx, result);
    return result;
  });
}

function storeInTransaction(tx: DbOrTx, input: StoreArticleInput): StoreArticleResult {
  const duplicate = findDuplicate(tx, input);
  if (duplicate) return { status: "duplicate", ...duplicate };
  if (!input.outlet.name.trim()) {
    throw new AppError("invalid_input", "The article needs an outlet: neither the page nor the text names one, so give the outlet's name.");
  }

  const outlet = findOrCreateOutlet(tx, input.outlet);
  const groupingArticle = { title: input.title, body: input.body, published: input.publishedAt ?? null };
  const grouping = articleSignature(tx, groupingArticle);
  let event;
  if (input.event && "id" in input.event) {
    event = tx.select().from(events).where(eq(events.id, input.event.id)).get();
    if (!event) throw new AppError("not_found", `Event ${input.event.id} was not found.`);
  } else if (input.event) {
    event = findOrCreateEvent(tx, input.event);
  } else {
    // No event named: the story it covers, or a new one named after the article.
    const match = matchEvent(tx, groupingArticle, grouping);
    event = match.eventId !== null ? tx.select().from(events).where(eq(events.id, match.eventId)).get()! : createEvent(tx, { title: input.title });
  }

  const article = tx
    .insert(articles)
    .values({
      outletId: outlet.id,
      eventId: event.id,
      title: input.title.trim(),
      subtitle: input.subtitle ?? null,
      author: input.author ?? null,
      publishedAt: input.publishedAt ?? null,
      sourceUpdatedAt: input.sourceUpdatedAt ?? null,
      url: input.url ?? null,
      body: input.body,
      contentHash: input.contentHash,
      wordCount: countWords(input.body),
      importedBy: input.importedBy ?? null,
      analyzerVersion: input.analysis?.analyzerVersion ?? null,
      signature: [...grouping.signature],
    })
    .returning()
    .get();
  const stored = input.analysis ? storeAnalysis(tx, article.id, input.analysis) : null;
  countTerms(tx, grouping.counts);
  addToCentroid(tx, event.id, [...grouping.signature]);
  storeEventComparison(tx, event.id);
  tx.update(events).set({ updatedAt: article.importedAt }).where(eq(events.id, event.id)).run();
  recordAudit(tx, {
    action: "article.import",
    subjectType: "article",
    subjectId: article.id,
    userId: input.importedBy,
    details: { outlet: outlet.name, eventId: event.id, title: article.title, claims: stored?.claims ?? 0 },
  });
  const claims = getClaimsForArticles([article.id], tx).get(article.id);
  return { status: "imported", article: toArticleView(article, outlet, event, claims) };
}

/** Ids of the articles the engine of this version has not analysed yet (all of them with `all`). */
export function articlesToAnalyze(version: string, options: { all?: boolean } = {}, db: DbOrTx = getDb()): number[] {
  return db
    .select({ id: articles.id })
    .from(articles)
    .where(options.all ? undefined : sql`${articles.analyzerVersion} is not ${version}`)
    .orderBy(articles.id)
    .all()
    .map((r) => r.id);
}

/** The stored text of an article, as the engine reads it. */
export function getArticleText(id: number, db: DbOrTx = getDb()) {
  return (
    db
      .select({ title: articles.title, subtitle: articles.subtitle, body: articles.body })
      .from(articles)
      .where(eq(articles.id, id))
      .get() ?? null
  );
}

/** Replaces an article's engine output in one transaction (people's claims are kept; see storeAnalysis). */
export function storeReanalysis(articleId: number, analysis: AnalysisResult, db: Db = getDb()) {
  return db.transaction((tx) => {
    const stored = storeAnalysis(tx, articleId, analysis);
    const article = tx.update(articles).set({ analyzerVersion: analysis.analyzerVersion }).where(eq(articles.id, articleId)).returning().get();
    if (article?.eventId) storeEventComparison(tx, article.eventId);
    recordAudit(tx, {
      action: "article.reanalyze",
      subjectType: "article",
      subjectId: articleId,
      details: { analyzerVersion: analysis.analyzerVersion, ...stored },
    });
    return stored;
  });
}
