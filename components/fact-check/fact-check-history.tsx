"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { factCheckHistoryQuery } from "@/lib/fact-check-client";
import { RatingChip, STATUS_LABEL, formatSavedTime } from "./rating-chip";

const excerpt = (text: string, max = 180) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** Every saved version of a fact-check, newest first, each restorable as a new version. */
export function FactCheckHistory({
  factCheckId,
  currentVersion,
  canRestore,
  restoring,
  onRestore,
}: {
  factCheckId: number;
  currentVersion: number;
  canRestore: boolean;
  restoring: number | null;
  onRestore: (revision: number) => void;
}) {
  const [open, setOpen] = useState(false);
  const { data: revisions, error, isPending } = useQuery({ ...factCheckHistoryQuery(factCheckId), enabled: open });
  return (
    <details className="rounded-md border border-line" onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="fact-check-history">
      <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">
        History <span className="font-normal text-muted">({currentVersion} {currentVersion === 1 ? "version" : "versions"})</span>
      </summary>
      <div className="border-t border-line px-3 py-2">
        {error ? (
          <p role="alert" className="text-sm">
            Could not load the history: {error.message}
          </p>
        ) : isPending ? (
          <p className="text-sm text-muted" aria-busy="true">
            Loading the history…
          </p>
        ) : (
          <ol className="divide-y divide-line">
            {revisions!.map((r) => (
              <li key={r.version} className="space-y-1 py-2 text-sm" data-testid="history-entry">
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <span className="font-semibold">Version {r.version}</span>
                  {r.version === currentVersion && <span className="text-xs text-muted">(current)</span>}
                  <span className="text-muted">
                    {r.editor?.name ?? "Someone"}, {formatSavedTime(r.createdAt)}
                  </span>
                </p>
                <p className="flex flex-wrap items-center gap-2">
                  <RatingChip rating={r.rating} />
                  <span className="text-xs text-muted">{STATUS_LABEL[r.status]}</span>
                </p>
                {r.explanation.trim() && <p className="font-serif text-muted">{excerpt(r.explanation)}</p>}
                {r.version !== currentVersion && (
                  <button
                    type="button"
                    disabled={!canRestore || restoring !== null}
                    onClick={() => onRestore(r.version)}
                    className="rounded-md border border-line bg-surface px-2 py-1 text-xs font-semibold disabled:opacity-60"
                    aria-label={`Restore this version: version ${r.version}`}
                  >
                    {restoring === r.version ? "Restoring…" : "Restore this version"}
                  </button>
                )}
              </li>
            ))}
          </ol>
        )}
        {!canRestore && <p className="pt-1 text-xs text-muted">Save or discard your unsaved changes before restoring an older version.</p>}
      </div>
    </details>
  );
}
