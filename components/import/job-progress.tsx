"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useId, useRef } from "react";
import { importErrorMessage, importJobQuery, importJobsQuery, isJobActive, jobSourceLabel } from "@/lib/import-client";
import { formatArticleDate } from "@/lib/format-date";
import { IMPORT_ITEM_STATUS_LABELS, type ImportItemStatus, type ImportItemView, type ImportJobStatus, type ImportJobSummaryView } from "@/lib/views";
import { card, link } from "./styles";

export const JOB_STATUS_LABELS: Record<ImportJobStatus, string> = {
  queued: "Queued",
  running: "Running",
  done: "Finished",
  failed: "Stopped",
};

/** Each item status with a symbol as well as a colour, so that neither is the only signal. */
export const ITEM_STATUS_STYLE: Record<ImportItemStatus, { symbol: string; className: string }> = {
  imported: { symbol: "✓", className: "border-green-700 text-green-900 dark:border-green-400 dark:text-green-200" },
  duplicate: { symbol: "=", className: "border-amber-700 text-amber-900 dark:border-amber-400 dark:text-amber-200" },
  failed: { symbol: "✕", className: "border-red-700 text-red-900 dark:border-red-400 dark:text-red-300" },
  pending: { symbol: "…", className: "border-line text-muted" },
};

export function ItemStatus({ status }: { status: ImportItemStatus }) {
  const style = ITEM_STATUS_STYLE[status];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${style.className}`}>
      <span aria-hidden="true">{style.symbol}</span>
      {IMPORT_ITEM_STATUS_LABELS[status]}
    </span>
  );
}

const COUNT_ORDER: ImportItemStatus[] = ["imported", "duplicate", "failed", "pending"];

/** Items handled so far (everything not waiting) out of all of them. */
export const handled = (job: ImportJobSummaryView) => job.total - job.counts.pending;

/** A live view of one import job: progress, counts, and every item's outcome; polls while the job runs. */
export function JobProgress({ id, onClose }: { id: number; onClose: () => void }) {
  const ids = useId();
  const queryClient = useQueryClient();
  const { data: job, error, isPending } = useQuery(importJobQuery(id));
  const active = isJobActive(job?.status);

  // When the job finishes, the recent list (and the events, which gained articles) are out of date.
  const wasActive = useRef(false);
  useEffect(() => {
    if (active) wasActive.current = true;
    else if (job && wasActive.current) {
      wasActive.current = false;
      void queryClient.invalidateQueries({ queryKey: importJobsQuery().queryKey, exact: true });
      void queryClient.invalidateQueries({ queryKey: ["events"] });
    }
  }, [active, job, queryClient]);

  return (
    <section aria-labelledby={`${ids}-h`} className={`${card} space-y-4`} data-testid="import-job">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${ids}-h`} className="text-lg font-semibold">
          Import job {id}
        </h2>
        <button type="button" onClick={onClose} className={`${link} text-sm`}>
          Close<span className="sr-only"> import job {id}</span>
        </button>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          Could not load import job {id}: {importErrorMessage(error)}
        </p>
      ) : isPending || !job ? (
        <p className="text-sm text-muted" aria-busy="true">
          Loading the job…
        </p>
      ) : (
        <>
          <p className="text-sm text-muted">
            <span className="break-all">{jobSourceLabel(job.source)}</span> · started {formatArticleDate(job.createdAt)}
            {job.createdBy && <> by {job.createdBy}</>}
            {job.finishedAt && <> · finished {formatArticleDate(job.finishedAt)}</>}
          </p>
          <JobBar job={job} />
          <ul className="grid grid-cols-2 gap-2 text-sm sm:flex sm:flex-wrap" aria-label="Counts">
            {COUNT_ORDER.map((s) => (
              <li key={s} className="rounded-md border border-line bg-page px-3 py-1.5" data-testid={`count-${s}`}>
                <span className="font-semibold tabular-nums">{job.counts[s]}</span> {IMPORT_ITEM_STATUS_LABELS[s].toLowerCase()}
              </li>
            ))}
          </ul>
          <ItemsTable items={job.items} />
        </>
      )}
    </section>
  );
}

function JobBar({ job }: { job: ImportJobSummaryView }) {
  const done = handled(job);
  const percent = job.total ? Math.round((done / job.total) * 100) : 100;
  const text = `${done} of ${job.total}`;
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <p aria-live="polite">
          <span className="font-semibold">{JOB_STATUS_LABELS[job.status]}</span>
          {job.status === "failed" && " before every item was handled"}
        </p>
        <p className="tabular-nums text-muted">{text}</p>
      </div>
      <div
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={job.total}
        aria-valuenow={done}
        aria-valuetext={text}
        className="h-3 w-full overflow-hidden rounded-full border border-line bg-page"
      >
        <div className={`h-full rounded-full bg-accent ${isJobActive(job.status) ? "transition-[width] duration-500" : ""}`} style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

function ItemsTable({ items }: { items: ImportItemView[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left text-base font-semibold">Items</caption>
        <thead className="border-b border-line text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              Item
            </th>
            <th scope="col" className="hidden py-2 pr-3 font-medium sm:table-cell">
              Status
            </th>
            <th scope="col" className="py-2 font-medium">
              Result
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {items.map((item) => (
            <tr key={item.position} data-testid="import-item" data-status={item.status} className="align-top">
              <td className="w-1/2 py-2 pr-3 [overflow-wrap:anywhere] sm:w-auto">
                {item.label}
                {/* On a phone the status sits under the item's name. */}
                <span className="mt-1 block sm:hidden">
                  <ItemStatus status={item.status} />
                </span>
              </td>
              <td className="hidden py-2 pr-3 sm:table-cell">
                <ItemStatus status={item.status} />
              </td>
              <td className="py-2 [overflow-wrap:anywhere]">
                <ItemResult item={item} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ItemResult({ item }: { item: ImportItemView }) {
  return (
    <div className="space-y-0.5">
      {item.article && (
        <p>
          {item.status === "duplicate" && <span className="text-muted">Already stored: </span>}
          <Link href={`/articles/${item.article.id}`} className={link}>
            {item.article.title}
          </Link>
        </p>
      )}
      {item.message && <p className={item.status === "failed" ? "text-red-800 dark:text-red-300" : "text-muted"}>{item.message}</p>}
      {!item.article && !item.message && <span className="text-muted">—</span>}
    </div>
  );
}
