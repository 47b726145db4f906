// The fact-checking queue: every claim not dismissed, most check-worthy first, with where it appeared and the
// state of its newest fact-check ("unchecked" when it has none).
import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { FactCheckStatus, PersonView, QueueItemView } from "../../lib/views";
import { articles, claims, entities, events, factChecks, outlets, ratings, users } from "../schema";
import { getDb, type DbOrTx } from "../client";

export const QUEUE_STATUSES = ["unchecked", "draft", "in_review", "published"] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export interface QueueFilter {
  eventId?: number;
  outletId?: number;
  status?: QueueStatus;
  /** A user's id, or "none" for claims nobody is assigned to (unchecked claims included). */
  assignee?: number | "none";
  limit?: number;
  offset?: number;
}

export interface QueuePage {
  items: QueueItemView[];
  /** How many claims match the filter (all pages). */
  total: number;
}

export const MAX_QUEUE_LIMIT = 200;

const assignees = alias(users, "assignees");

// The newest fact-check of a claim, as the editor sees it: last saved first (listFactChecks' order).
const newestFactCheck = sql`${factChecks.id} = (
  select f.id from fact_checks f where f.claim_id = ${claims.id} order by f.updated_at desc, f.id desc limit 1
)`;

function conditions(filter: QueueFilter): SQL {
  const on: (SQL | undefined)[] = [isNull(claims.dismissedAt)];
  if (filter.eventId !== undefined) on.push(eq(articles.eventId, filter.eventId));
  if (filter.outletId !== undefined) on.push(eq(articles.outletId, filter.outletId));
  if (filter.status === "unchecked") on.push(isNull(factChecks.id));
  else if (filter.status !== undefined) on.push(eq(factChecks.status, filter.status));
  if (filter.assignee === "none") on.push(isNull(factChecks.assigneeId));
  else if (filter.assignee !== undefined) on.push(eq(factChecks.assigneeId, filter.assignee));
  return and(...on)!;
}

/** One page of the queue. */
export function listQueue(filter: QueueFilter = {}, db: DbOrTx = getDb()): QueuePage {
  const where = conditions(filter);
  const limit = Math.min(Math.max(filter.limit ?? 50, 1), MAX_QUEUE_LIMIT);
  const offset = Math.max(filter.offset ?? 0, 0);
  const rows = db
    .select({
      claimId: claims.id,
      exact: claims.exact,
      kind: claims.kind,
      sourceName: entities.name,
      sourceText: claims.sourceText,
      checkWorthiness: claims.checkWorthiness,
      articleId: articles.id,
      articleTitle: articles.title,
      articleUrl: articles.url,
      outletId: outlets.id,
      outletName: outlets.name,
      eventId: events.id,
      eventTitle: events.title,
      factCheckId: factChecks.id,
      version: factChecks.version,
      status: factChecks.status,
      ratingLabel: ratings.label,
      ratingColor: ratings.color,
      assigneeId: assignees.id,
      assigneeName: assignees.name,
      assigneeEmail: assignees.email,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .innerJoin(outlets, eq(outlets.id, articles.outletId))
    .leftJoin(events, eq(events.id, articles.eventId))
    .leftJoin(entities, eq(entities.id, claims.sourceEntityId))
    .leftJoin(factChecks, newestFactCheck)
    .leftJoin(ratings, eq(ratings.id, factChecks.ratingId))
    .leftJoin(assignees, eq(assignees.id, factChecks.assigneeId))
    .where(where)
    .orderBy(desc(claims.checkWorthiness), asc(claims.id))
    .limit(limit)
    .offset(offset)
    .all();
  const total =
    db
      .select({ n: count() })
      .from(claims)
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .leftJoin(factChecks, newestFactCheck)
      .where(where)
      .get()?.n ?? 0;
  const items = rows.map((r): QueueItemView => {
    const assignee: PersonView | null = r.assigneeId !== null ? { id: r.assigneeId, name: r.assigneeName ?? r.assigneeEmail ?? "" } : null;
    return {
      claimId: r.claimId,
      exact: r.exact,
      kind: r.kind,
      source: r.sourceName ?? r.sourceText,
      checkWorthiness: r.checkWorthiness,
      article: { id: r.articleId, title: r.articleTitle, url: r.articleUrl },
      outlet: { id: r.outletId, name: r.outletName },
      event: r.eventId !== null && r.eventTitle !== null ? { id: r.eventId, title: r.eventTitle } : null,
      status: (r.status as FactCheckStatus | null) ?? "unchecked",
      factCheck:
        r.factCheckId !== null
          ? {
              id: r.factCheckId,
              version: r.version!,
              verdict: r.ratingLabel !== null && r.ratingColor !== null ? { label: r.ratingLabel, color: r.ratingColor } : null,
              assignee,
            }
          : null,
    };
  });
  return { items, total };
}

export interface QueueFilterOptions {
  events: { id: number; title: string }[];
  outlets: { id: number; name: string }[];
  /** Who fact-checks can be assigned to: active fact-checkers and admins. */
  assignees: PersonView[];
}

/** What the queue's filters offer. */
export function queueFilterOptions(db: DbOrTx = getDb()): QueueFilterOptions {
  return {
    events: db.select({ id: events.id, title: events.title }).from(events).orderBy(asc(events.title), asc(events.id)).all(),
    outlets: db.select({ id: outlets.id, name: outlets.name }).from(outlets).orderBy(asc(outlets.name)).all(),
    assignees: db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(and(inArray(users.role, ["fact_checker", "admin"]), isNull(users.disabledAt)))
      .orderBy(asc(sql`coalesce(${users.name}, ${users.email})`))
      .all()
      .map((u) => ({ id: u.id, name: u.name ?? u.email })),
  };
}
