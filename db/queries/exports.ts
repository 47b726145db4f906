// Reads for the public exports (CSV, Web Annotations): the archive's claims, a batch of articles at a time, with
// the text their offsets index and their published verdicts. A fixed number of queries per batch, never per claim.
import { and, asc, count, eq, gt, inArray, isNull } from "drizzle-orm";
import type { ExportClaim } from "../../lib/exports/claims";
import { articles, claims, entities, events, outlets } from "../schema";
import { getDb, type DbOrTx } from "../client";
import { publishedVerdicts } from "./fact-checks";

export interface ExportScope {
  /** Only this event's articles; all articles when absent. */
  eventId?: number;
}

const articleFilter = (scope: ExportScope) => (scope.eventId !== undefined ? eq(articles.eventId, scope.eventId) : undefined);

/** How many claims (not dismissed) the export of `scope` holds. */
export function countExportClaims(scope: ExportScope = {}, db: DbOrTx = getDb()): number {
  return (
    db
      .select({ n: count() })
      .from(claims)
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .where(and(isNull(claims.dismissedAt), articleFilter(scope)))
      .get()?.n ?? 0
  );
}

/** The claims of `scope` in batches of about `articlesPerBatch` articles: by article id, then in reading order. */
export function* exportClaimBatches(scope: ExportScope = {}, db: DbOrTx = getDb(), articlesPerBatch = 200): Generator<ExportClaim[]> {
  let after = 0;
  for (;;) {
    const batch = db
      .select({
        id: articles.id,
        title: articles.title,
        subtitle: articles.subtitle,
        body: articles.body,
        url: articles.url,
        eventId: articles.eventId,
        eventTitle: events.title,
        outlet: outlets.name,
      })
      .from(articles)
      .innerJoin(outlets, eq(outlets.id, articles.outletId))
      .leftJoin(events, eq(events.id, articles.eventId))
      .where(and(gt(articles.id, after), articleFilter(scope)))
      .orderBy(asc(articles.id))
      .limit(articlesPerBatch)
      .all();
    if (batch.length === 0) return;
    after = batch[batch.length - 1]!.id;
    const byId = new Map(batch.map((a) => [a.id, a]));
    const rows = db
      .select({ claim: claims, source: entities.name })
      .from(claims)
      .leftJoin(entities, eq(entities.id, claims.sourceEntityId))
      .where(and(inArray(claims.articleId, [...byId.keys()]), isNull(claims.dismissedAt)))
      .orderBy(asc(claims.articleId), asc(claims.section), asc(claims.start), asc(claims.id))
      .all();
    const verdicts = publishedVerdicts("claim", rows.map((r) => r.claim.id), db);
    const sectionOrder = { title: 0, subtitle: 1, body: 2 } as const;
    rows.sort((a, b) => a.claim.articleId - b.claim.articleId || sectionOrder[a.claim.section] - sectionOrder[b.claim.section] || a.claim.start - b.claim.start || a.claim.id - b.claim.id);
    const out: ExportClaim[] = rows.map(({ claim, source }) => {
      const a = byId.get(claim.articleId)!;
      return {
        claimId: claim.id,
        eventId: a.eventId,
        eventTitle: a.eventTitle,
        outlet: a.outlet,
        articleId: a.id,
        articleTitle: a.title,
        articleUrl: a.url,
        section: claim.section,
        start: claim.start,
        end: claim.end,
        sectionText: claim.section === "title" ? a.title : claim.section === "subtitle" ? (a.subtitle ?? "") : a.body,
        exact: claim.exact,
        kind: claim.kind,
        source: source ?? claim.sourceText,
        cue: claim.cue,
        quote: claim.quoteType,
        hedged: claim.hedged,
        checkWorthiness: claim.checkWorthiness,
        createdAt: claim.createdAt,
        verdict: verdicts.get(claim.id) ?? null,
      };
    });
    if (out.length) yield out;
  }
}

/** Whether an event exists (an export of a missing event is a 404, not an empty file). */
export function eventExists(eventId: number, db: DbOrTx = getDb()): boolean {
  return !!db.select({ id: events.id }).from(events).where(eq(events.id, eventId)).get();
}
