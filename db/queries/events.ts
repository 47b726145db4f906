import { asc, count, desc, eq, inArray, max, sql } from "drizzle-orm";
import { articles, events, outlets, type Event } from "../schema";
import { getDb, type DbOrTx } from "../client";
import { toArticleView } from "./article-view";
import { getClaimsForArticles } from "./claims";
import type { EventDetail, EventSummary } from "../../lib/views";

/** Every event with its outlets and article count, most recently published first. */
export function listEvents(db: DbOrTx = getDb()): EventSummary[] {
  const latest = max(articles.publishedAt);
  const rows = db
    .select({
      id: events.id,
      title: events.title,
      summary: events.summary,
      articleCount: count(articles.id),
      latestPublishedAt: latest,
    })
    .from(events)
    .leftJoin(articles, eq(articles.eventId, events.id))
    .groupBy(events.id)
    .orderBy(desc(sql`coalesce(${latest}, ${events.createdAt})`), desc(events.id))
    .all();
  if (rows.length === 0) return [];

  const outletRows = db
    .selectDistinct({ eventId: articles.eventId, name: outlets.name })
    .from(articles)
    .innerJoin(outlets, eq(outlets.id, articles.outletId))
    .where(
      inArray(
        articles.eventId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(outlets.name))
    .all();
  const outletsByEvent = new Map<number, string[]>();
  for (const { eventId, name } of outletRows) {
    if (eventId === null) continue;
    outletsByEvent.set(eventId, [...(outletsByEvent.get(eventId) ?? []), name]);
  }
  return rows.map((r) => ({ ...r, outlets: outletsByEvent.get(r.id) ?? [] }));
}

/** One event with its articles, one per column, ordered by outlet name; null when there is no such event. */
export function getEvent(id: number, db: DbOrTx = getDb()): EventDetail | null {
  const event = db.select().from(events).where(eq(events.id, id)).get();
  if (!event) return null;
  const rows = db
    .select({ article: articles, outlet: outlets })
    .from(articles)
    .innerJoin(outlets, eq(outlets.id, articles.outletId))
    .where(eq(articles.eventId, id))
    .orderBy(asc(outlets.name), asc(articles.publishedAt), asc(articles.id))
    .all();
  const claimsByArticle = getClaimsForArticles(rows.map((r) => r.article.id), db);
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    createdAt: event.createdAt,
    articles: rows.map(({ article, outlet }) =>
      toArticleView(article, outlet, event, claimsByArticle.get(article.id)),
    ),
  };
}

/** The event with exactly this title (case-insensitive), created if there is none. */
export function findOrCreateEvent(
  db: DbOrTx,
  input: { title: string; summary?: string | null },
): Event {
  const title = input.title.trim();
  const existing = db
    .select()
    .from(events)
    .where(sql`lower(${events.title}) = lower(${title})`)
    .get();
  if (existing) return existing;
  return createEvent(db, { title, summary: input.summary });
}

/** A new event. */
export function createEvent(db: DbOrTx, input: { title: string; summary?: string | null }): Event {
  return db
    .insert(events)
    .values({ title: input.title.trim(), summary: input.summary ?? null })
    .returning()
    .get();
}
