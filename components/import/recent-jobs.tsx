"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useId } from "react";
import { formatArticleDate } from "@/lib/format-date";
import { importErrorMessage, importJobsQuery, jobSourceLabel } from "@/lib/import-client";
import { handled, JOB_STATUS_LABELS } from "./job-progress";
import { card } from "./styles";

/** The newest import jobs, each a link to its own view (?job=ID); the open one is marked. */
export function RecentJobs({ current }: { current: number | null }) {
  const ids = useId();
  const { data: jobs, error, isPending } = useQuery(importJobsQuery());
  return (
    <section aria-labelledby={`${ids}-h`} className={`${card} space-y-3`}>
      <h2 id={`${ids}-h`} className="text-lg font-semibold">
        Recent imports
      </h2>
      {error ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          Could not load the recent imports: {importErrorMessage(error)}
        </p>
      ) : isPending ? (
        <p className="text-sm text-muted" aria-busy="true">
          Loading…
        </p>
      ) : jobs.length === 0 ? (
        <p className="text-sm text-muted">No files have been imported yet.</p>
      ) : (
        <ul className="divide-y divide-line">
          {jobs.map((job) => {
            const here = job.id === current;
            return (
              <li key={job.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2 text-sm">
                <div className="min-w-0">
                  <Link
                    href={`/admin/import?job=${job.id}`}
                    scroll={false}
                    aria-current={here ? "page" : undefined}
                    className={`break-all text-accent underline underline-offset-2 ${here ? "font-semibold" : ""}`}
                  >
                    Job {job.id}
                  </Link>
                  <span className="text-muted"> · {jobSourceLabel(job.source)}</span>
                  <p className="text-xs text-muted">
                    {formatArticleDate(job.createdAt)}
                    {job.createdBy && <> · {job.createdBy}</>}
                  </p>
                </div>
                <p className="text-xs text-muted tabular-nums">
                  <span className="font-medium text-ink">{JOB_STATUS_LABELS[job.status]}</span> · {handled(job)} of {job.total} · {job.counts.imported} imported,{" "}
                  {job.counts.duplicate} duplicate, {job.counts.failed} failed
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
