// Import jobs: many articles imported one at a time in the background. A job stores every item's input when it
// is created, so that it can resume from the database alone after a crash; each item is then finished in the same
// transaction that stores its article (lib/import/jobs.ts).
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { articles, importItems, importJobs, users } from "../schema";
import { getDb, type Db, type DbOrTx } from "../client";
import { recordAudit } from "./audit";
import type { ImportItemStatus, ImportItemView, ImportJobSummaryView, ImportJobView } from "../../lib/views";

export interface NewImportItem {
  label: string;
  /** The item's input (lib/import/jobs.ts reads it), or null when it already failed (`error`). */
  payload: Record<string, unknown> | null;
  error?: string | null;
}

/** Creates a job and its items in one transaction; items that failed while being read are stored as failed. */
export function createImportJob(
  db: Db,
  input: { source: string; createdBy: number | null; items: NewImportItem[]; options?: Record<string, unknown> },
): number {
  return db.transaction((tx) => {
    const job = tx
      .insert(importJobs)
      .values({ source: input.source, total: input.items.length, createdBy: input.createdBy, options: input.options ?? null })
      .returning({ id: importJobs.id })
      .get();
    input.items.forEach((item, position) => {
      tx.insert(importItems)
        .values({
          jobId: job.id,
          position,
          label: item.label,
          status: item.payload ? "pending" : "failed",
          payload: item.payload,
          error: item.payload ? null : (item.error ?? "This item could not be read."),
        })
        .run();
    });
    recordAudit(tx, {
      action: "import.job",
      subjectType: "import_job",
      subjectId: job.id,
      userId: input.createdBy,
      details: { source: input.source, items: input.items.length },
    });
    return job.id;
  });
}

export interface PendingItem {
  id: number;
  jobId: number;
  position: number;
  label: string;
  payload: Record<string, unknown>;
}

/** The job's next item still to import, in upload order; null when none is left. */
export function nextPendingItem(db: DbOrTx, jobId: number): PendingItem | null {
  const row = db
    .select({ id: importItems.id, jobId: importItems.jobId, position: importItems.position, label: importItems.label, payload: importItems.payload })
    .from(importItems)
    .where(and(eq(importItems.jobId, jobId), eq(importItems.status, "pending")))
    .orderBy(asc(importItems.position))
    .limit(1)
    .get();
  return row ? { ...row, payload: row.payload ?? {} } : null;
}

/**
 * Finishes an item: its status, the article stored (or the one it duplicates), the reason it failed. Its input is
 * dropped. Returns false when the item was no longer pending (another runner finished it): the caller rolls back.
 */
export function finishItem(
  db: DbOrTx,
  itemId: number,
  result: { status: Exclude<ImportItemStatus, "pending">; articleId?: number | null; error?: string | null },
): boolean {
  const changed = db
    .update(importItems)
    .set({
      status: result.status,
      articleId: result.articleId ?? null,
      error: result.error ?? null,
      payload: null,
      updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
    })
    .where(and(eq(importItems.id, itemId), eq(importItems.status, "pending")))
    .run();
  return changed.changes > 0;
}

/** Who started the job: the articles it imports are theirs. */
export function jobCreator(db: DbOrTx, jobId: number): number | null {
  return db.select({ createdBy: importJobs.createdBy }).from(importJobs).where(eq(importJobs.id, jobId)).get()?.createdBy ?? null;
}

export function setJobStatus(db: DbOrTx, jobId: number, status: "running" | "done" | "failed"): void {
  db.update(importJobs)
    .set({ status, finishedAt: status === "running" ? null : sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
    .where(eq(importJobs.id, jobId))
    .run();
}

/** Marks a queued or running job done (its items are all finished); a job already ended is left as it is. */
export function finishIdleJob(db: DbOrTx, jobId: number): void {
  db.update(importJobs)
    .set({ status: "done", finishedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
    .where(and(eq(importJobs.id, jobId), inArray(importJobs.status, ["queued", "running"])))
    .run();
}

/** Jobs with items still to import, or not marked ended: after a crash, these resume. */
export function unfinishedJobIds(db: DbOrTx = getDb()): number[] {
  const withPending = db
    .selectDistinct({ jobId: importItems.jobId })
    .from(importItems)
    .where(eq(importItems.status, "pending"))
    .all()
    .map((r) => r.jobId);
  // And jobs never marked done (the process stopped after their last item).
  const notEnded = db
    .select({ id: importJobs.id })
    .from(importJobs)
    .where(inArray(importJobs.status, ["queued", "running"]))
    .all()
    .map((r) => r.id);
  return [...new Set([...withPending, ...notEnded])].sort((a, b) => a - b);
}

function emptyCounts(): Record<ImportItemStatus, number> {
  return { pending: 0, imported: 0, duplicate: 0, failed: 0 };
}

function countsByJob(db: DbOrTx, jobIds: number[]): Map<number, Record<ImportItemStatus, number>> {
  const out = new Map<number, Record<ImportItemStatus, number>>();
  if (!jobIds.length) return out;
  const rows = db
    .select({ jobId: importItems.jobId, status: importItems.status, n: sql<number>`count(*)` })
    .from(importItems)
    .where(inArray(importItems.jobId, jobIds))
    .groupBy(importItems.jobId, importItems.status)
    .all();
  for (const r of rows) {
    const counts = out.get(r.jobId) ?? emptyCounts();
    counts[r.status] = r.n;
    out.set(r.jobId, counts);
  }
  return out;
}

function summaries(db: DbOrTx, where: ReturnType<typeof eq> | undefined, limit: number): ImportJobSummaryView[] {
  const rows = db
    .select({ job: importJobs, createdBy: sql<string | null>`coalesce(${users.name}, ${users.email})` })
    .from(importJobs)
    .leftJoin(users, eq(users.id, importJobs.createdBy))
    .where(where)
    .orderBy(desc(importJobs.id))
    .limit(limit)
    .all();
  const counts = countsByJob(db, rows.map((r) => r.job.id));
  return rows.map(({ job, createdBy }) => ({
    id: job.id,
    status: job.status,
    source: job.source,
    total: job.total,
    counts: counts.get(job.id) ?? emptyCounts(),
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
    createdBy,
  }));
}

/** The newest jobs first. */
export function listImportJobs(db: DbOrTx = getDb(), limit = 20): ImportJobSummaryView[] {
  return summaries(db, undefined, limit);
}

/** One job with every item and the article each one stored or duplicates; null when there is no such job. */
export function getImportJob(jobId: number, db: DbOrTx = getDb()): ImportJobView | null {
  const [summary] = summaries(db, eq(importJobs.id, jobId), 1);
  if (!summary) return null;
  const items: ImportItemView[] = db
    .select({
      position: importItems.position,
      label: importItems.label,
      status: importItems.status,
      error: importItems.error,
      articleId: articles.id,
      articleTitle: articles.title,
      eventId: articles.eventId,
    })
    .from(importItems)
    .leftJoin(articles, eq(articles.id, importItems.articleId))
    .where(eq(importItems.jobId, jobId))
    .orderBy(asc(importItems.position))
    .all()
    .map((r) => ({
      position: r.position,
      label: r.label,
      status: r.status,
      article: r.articleId !== null ? { id: r.articleId, title: r.articleTitle ?? "", eventId: r.eventId } : null,
      message: r.error,
    }));
  return { ...summary, items };
}
