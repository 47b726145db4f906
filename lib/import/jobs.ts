// Running import jobs: each pending item is prepared, analysed and stored, and finished in the same transaction as
// its article, so a crash leaves every item either done (with its article) or pending (with nothing stored). A job
// resumes by running its pending items again. In the server, jobs run in the background between requests.
import type { Db } from "@/db/client";
import { finishIdleJob, finishItem, jobCreator, nextPendingItem, setJobStatus, unfinishedJobIds, type PendingItem } from "@/db/queries/import-jobs";
import { readEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { itemPayloadSchema } from "./files";
import { storePrepared } from "./pipeline";
import { prepareArticle } from "./prepare";

/** Thrown inside an item's transaction when another runner finished the item first: rolls the article back. */
class ItemTaken extends Error {}

export type ItemOutcome = "imported" | "duplicate" | "failed" | "skipped";

/** Imports one pending item; a failure is recorded on the item, never thrown. */
export function runImportItem(db: Db, item: PendingItem, importedBy: number | null, maxBytes = readEnv().IMPORT_MAX_BYTES): ItemOutcome {
  try {
    const payload = itemPayloadSchema.parse(item.payload);
    const article = prepareArticle(payload.source, {}, { maxBytes });
    if (!article.outlet && payload.defaultOutlet) {
      article.outlet = payload.defaultOutlet;
      article.origins.outlet = "given";
    }
    const result = storePrepared(db, article, { eventTitle: payload.eventTitle }, importedBy, (tx, stored) => {
      const finished =
        stored.status === "imported"
          ? finishItem(tx, item.id, { status: "imported", articleId: stored.article.id })
          : finishItem(tx, item.id, {
              status: "duplicate",
              articleId: stored.articleId,
              error: stored.reason === "url" ? "Already imported: an article with the same address is stored." : "Already imported: an article with the same text is stored.",
            });
      if (!finished) throw new ItemTaken();
    });
    return result.status;
  } catch (error) {
    if (error instanceof ItemTaken) return "skipped";
    const message =
      error instanceof AppError
        ? error.message
        : error instanceof Error && error.name === "ZodError"
          ? "The stored item is not a valid article."
          : "Something went wrong importing this item; it was not stored.";
    if (!(error instanceof AppError)) console.error(`Import job ${item.jobId}, item ${item.position}:`, error);
    return finishItem(db, item.id, { status: "failed", error: message }) ? "failed" : "skipped";
  }
}

export interface JobProgress {
  item: PendingItem;
  outcome: ItemOutcome;
}

/** Runs a job's pending items to the end, synchronously (the CLI). */
export function runImportJobSync(db: Db, jobId: number, onItem?: (p: JobProgress) => void): void {
  const importedBy = jobCreator(db, jobId);
  setJobStatus(db, jobId, "running");
  for (let item = nextPendingItem(db, jobId); item; item = nextPendingItem(db, jobId)) {
    const outcome = runImportItem(db, item, importedBy);
    onItem?.({ item, outcome });
  }
  setJobStatus(db, jobId, "done");
}

// Jobs running in this process (kept on globalThis so that dev-mode module reloading does not start a second runner).
const state = globalThis as unknown as { __parallaxImportRunners?: Set<number> };
const running = (state.__parallaxImportRunners ??= new Set());

/** Between items the server answers other requests: each item is one synchronous step. */
const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

async function runInBackground(db: Db, jobId: number): Promise<void> {
  const importedBy = jobCreator(db, jobId);
  try {
    setJobStatus(db, jobId, "running");
    // The request that started the job answers first; each item then runs in its own turn of the event loop.
    await nextTick();
    for (let item = nextPendingItem(db, jobId); item; item = nextPendingItem(db, jobId)) {
      runImportItem(db, item, importedBy);
      await nextTick();
    }
    setJobStatus(db, jobId, "done");
  } catch (error) {
    console.error(`Import job ${jobId} stopped:`, error);
    try {
      setJobStatus(db, jobId, "failed");
    } catch {
      // The database itself is gone (closed, shutting down): the job resumes on the next start.
    }
  } finally {
    running.delete(jobId);
  }
}

/**
 * Starts the job in the background unless it is already running here. A job with nothing left to import is marked
 * done: every item failed while being read, or the process stopped between the last item and marking the job.
 */
export function ensureJobRunning(db: Db, jobId: number): void {
  if (running.has(jobId)) return;
  if (!nextPendingItem(db, jobId)) {
    finishIdleJob(db, jobId);
    return;
  }
  running.add(jobId);
  void runInBackground(db, jobId);
}

/** After a restart: every job with items left resumes. */
export function resumeUnfinishedJobs(db: Db): number[] {
  const ids = unfinishedJobIds(db);
  for (const id of ids) ensureJobRunning(db, id);
  return ids;
}
