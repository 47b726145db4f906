// The import pipeline for one article: source (fetched if it is a URL) -> prepared article -> claims -> stored
// with its event, in one transaction. `previewImport` runs every step but the last and writes nothing.
import { eq, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { articles, events } from "@/db/schema";
import { findDuplicate, storeArticle, type StoreArticleInput, type StoreArticleResult } from "@/db/queries/articles";
import { articleSignature, matchEvent } from "@/db/queries/event-grouping";
import { findOutletByHost } from "@/db/queries/outlets";
import { analyzeArticle } from "@/lib/analysis";
import { readEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { contentHash } from "@/lib/ingest";
import type { ImportPreview, PreviewClaimView } from "@/lib/views";
import type { ArticleSourceInput, ImportMetadata, OneArticleRequest } from "./article-input";
import { fetchPage } from "./fetch-page";
import { prepareArticle, type PreparedArticle } from "./prepare";

export interface ImportOptions {
  maxBytes?: number;
  /** For tests: options passed to the page fetcher (allowlist, timeout, DNS lookup). */
  fetch?: Parameters<typeof fetchPage>[1];
}

/** The source as text or HTML: a URL is fetched (guarded: lib/import/fetch-page.ts). */
async function resolveSource(source: ArticleSourceInput, options: ImportOptions) {
  if (source.kind !== "url") return { source, fetchedFrom: null };
  const page = await fetchPage(source.url, { maxBytes: options.maxBytes, ...options.fetch });
  const isHtml = /html/i.test(page.contentType) || /^\s*</.test(page.body);
  const resolved: Exclude<ArticleSourceInput, { kind: "url" }> = isHtml ? { kind: "html", html: page.body } : { kind: "text", text: page.body };
  return { source: resolved, fetchedFrom: page.url };
}

/** Fetches (if need be) and prepares one article. */
export async function prepareRequest(request: OneArticleRequest, options: ImportOptions = {}): Promise<PreparedArticle> {
  const maxBytes = options.maxBytes ?? readEnv().IMPORT_MAX_BYTES;
  const { source, fetchedFrom } = await resolveSource(request.source, options);
  return prepareArticle(source, request.metadata, { maxBytes, fetchedFrom });
}

function hostOf(url: string | null): string | null {
  return url ? new URL(url).hostname.toLowerCase().replace(/^www\./, "") : null;
}

/** The outlet's name: as given or declared by the page, else the stored outlet that publishes at the URL's host. */
function outletName(db: DbOrTx, article: PreparedArticle): string | null {
  if (article.outlet) return article.outlet;
  const host = hostOf(article.url);
  return host ? (findOutletByHost(db, host)?.name ?? null) : null;
}

function hashOf(article: PreparedArticle): string {
  return contentHash({ title: article.title, body: article.body });
}

function eventChoice(metadata: Pick<ImportMetadata, "eventId" | "eventTitle">): StoreArticleInput["event"] {
  if (metadata.eventId) return { id: metadata.eventId };
  if (metadata.eventTitle) return { title: metadata.eventTitle };
  return null;
}

/** Stores a prepared article with its claims; a duplicate is reported, not stored. */
export function storePrepared(
  db: Db,
  article: PreparedArticle,
  metadata: Pick<ImportMetadata, "eventId" | "eventTitle">,
  importedBy: number | null,
  within?: Parameters<typeof storeArticle>[2],
): StoreArticleResult {
  // Without an outlet the article cannot be stored, but a duplicate is still reported as one (storeArticle).
  const outlet = outletName(db, article) ?? "";
  const analysis = analyzeArticle({ title: article.title, subtitle: article.subtitle, body: article.body });
  return storeArticle(
    {
      outlet: { name: outlet, domain: hostOf(article.url) },
      event: eventChoice(metadata),
      title: article.title,
      subtitle: article.subtitle,
      author: article.author,
      publishedAt: article.publishedAt,
      sourceUpdatedAt: article.modifiedAt,
      url: article.url,
      body: article.body,
      contentHash: hashOf(article),
      importedBy,
      analysis,
    },
    db,
    within,
  );
}

/** Imports one article (fetching it first when the source is a URL). */
export async function importOne(
  db: Db,
  request: OneArticleRequest,
  importedBy: number | null,
  options: ImportOptions = {},
): Promise<StoreArticleResult> {
  const article = await prepareRequest(request, options);
  return storePrepared(db, article, request.metadata, importedBy);
}

/** The stored article a duplicate result points at, for messages: "Already imported as “…”". */
export function duplicateDetails(db: DbOrTx, result: Extract<StoreArticleResult, { status: "duplicate" }>) {
  const row = db.select({ title: articles.title }).from(articles).where(eq(articles.id, result.articleId)).get();
  return { articleId: result.articleId, title: row?.title ?? "", reason: result.reason };
}

/** The event a prepared article would join: the one chosen, or the one the archive's grouping finds. */
function wouldJoin(db: DbOrTx, article: PreparedArticle, metadata: ImportMetadata): ImportPreview["event"] {
  if (metadata.eventId) {
    const event = db.select({ id: events.id, title: events.title }).from(events).where(eq(events.id, metadata.eventId)).get();
    if (!event) throw new AppError("not_found", `Event ${metadata.eventId} was not found.`);
    return event;
  }
  if (metadata.eventTitle) {
    return (
      db
        .select({ id: events.id, title: events.title })
        .from(events)
        .where(sql`lower(${events.title}) = lower(${metadata.eventTitle})`)
        .get() ?? null
    );
  }
  const grouping = { title: article.title, body: article.body, published: article.publishedAt };
  const match = matchEvent(db, grouping, articleSignature(db, grouping));
  if (match.eventId === null) return null;
  return db.select({ id: events.id, title: events.title }).from(events).where(eq(events.id, match.eventId)).get() ?? null;
}

/** Everything importing would store, without storing it. */
export async function previewImport(db: Db, request: OneArticleRequest, options: ImportOptions = {}): Promise<ImportPreview> {
  const article = await prepareRequest(request, options);
  const analysis = analyzeArticle({ title: article.title, subtitle: article.subtitle, body: article.body });
  const entityNames = new Map(analysis.entities.map((e) => [e.key, e.name]));
  // Offsets relative to the claim's own section (headline, dek or body), as stored claims have them.
  const sectionStart = new Map(analysis.document.sections.map((s) => [s.section, s.start]));
  const claims: PreviewClaimView[] = analysis.claims.map((c) => ({
    section: c.section,
    start: c.start - (sectionStart.get(c.section) ?? 0),
    end: c.end - (sectionStart.get(c.section) ?? 0),
    exact: c.exact,
    kind: c.kind,
    source: c.source ? (entityNames.get(c.source.entityKey) ?? c.source.text) : null,
    cue: c.cue,
    quote: c.quote,
    hedged: c.hedged,
    hedges: c.hedges,
    checkWorthiness: c.checkWorthiness,
  }));
  const duplicate = findDuplicate(db, { contentHash: hashOf(article), url: article.url });
  const outlet = outletName(db, article);
  return {
    article: {
      title: article.title,
      subtitle: article.subtitle,
      outlet,
      author: article.author,
      publishedAt: article.publishedAt,
      modifiedAt: article.modifiedAt,
      url: article.url,
      paragraphs: article.paragraphs,
      wordCount: article.body.split(/\s+/).filter(Boolean).length,
    },
    origins: { ...article.origins, ...(outlet && !article.outlet ? { outlet: "url" as const } : {}) },
    source: article.source,
    claims,
    event: wouldJoin(db, article, request.metadata),
    duplicate: duplicate ? duplicateDetails(db, { status: "duplicate", ...duplicate }) : null,
    removed: article.removed,
  };
}
