"use client";

import { useEffect, useRef, type ReactNode } from "react";
import type { FactCheckForm } from "@/lib/fact-check-draft";
import { withoutBlankEvidence } from "@/lib/fact-check-draft";
import type { FactCheckView, PersonView, RatingView } from "@/lib/views";
import { RatingChip, STATUS_LABEL, formatSavedTime } from "./rating-chip";

interface Side {
  rating: { label: string; color: string } | null;
  status: FactCheckForm["status"];
  explanation: string;
  evidence: { url: string; note: string }[];
  assignee: string | null;
}

function Field({ label, differs, children }: { label: string; differs: boolean; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <dt className="flex items-center gap-2 text-xs font-semibold uppercase tracking-wide text-muted">
        {label}
        {differs && <span className="rounded bg-amber-100 px-1 py-px text-[11px] normal-case tracking-normal text-amber-900 dark:bg-amber-950 dark:text-amber-200">differs</span>}
      </dt>
      <dd className="text-sm">{children}</dd>
    </div>
  );
}

function Column({ heading, side, other, testId }: { heading: string; side: Side; other: Side; testId: string }) {
  const evidenceKey = (s: Side) => JSON.stringify(s.evidence);
  return (
    <section aria-label={heading} data-testid={testId} className="min-w-0 space-y-3 rounded-md border border-line bg-surface p-3">
      <h4 className="font-semibold">{heading}</h4>
      <dl className="space-y-3">
        <Field label="Verdict" differs={side.rating?.label !== other.rating?.label}>
          <RatingChip rating={side.rating} />
        </Field>
        <Field label="Status" differs={side.status !== other.status}>
          {STATUS_LABEL[side.status]}
        </Field>
        <Field label="Explanation" differs={side.explanation !== other.explanation}>
          {side.explanation.trim() ? (
            <p className="max-h-60 overflow-y-auto whitespace-pre-wrap break-words font-serif" data-testid="compare-explanation">
              {side.explanation}
            </p>
          ) : (
            <span className="text-muted">None</span>
          )}
        </Field>
        <Field label="Evidence" differs={evidenceKey(side) !== evidenceKey(other)}>
          {side.evidence.length ? (
            <ul className="list-disc space-y-1 pl-5">
              {side.evidence.map((e, i) => (
                <li key={i} className="break-all">
                  {e.url}
                  {e.note && <span className="break-normal text-muted"> — {e.note}</span>}
                </li>
              ))}
            </ul>
          ) : (
            <span className="text-muted">None</span>
          )}
        </Field>
        <Field label="Assigned to" differs={side.assignee !== other.assignee}>
          {side.assignee ?? <span className="text-muted">Nobody</span>}
        </Field>
      </dl>
    </section>
  );
}

/**
 * Someone saved the fact-check after this person started editing: their version and this person's changes side
 * by side, and a choice. Nothing is discarded until the person chooses.
 */
export function ConflictPanel({
  theirs,
  mine,
  ratings,
  people,
  message,
  busy,
  onKeepMine,
  onTakeTheirs,
}: {
  theirs: FactCheckView;
  mine: FactCheckForm;
  ratings: RatingView[];
  people: PersonView[];
  message: string | null;
  busy: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Bring the choice into view and to the keyboard's attention when it appears.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: "nearest" });
    ref.current?.focus({ preventScroll: true });
  }, [theirs.id, theirs.version]);
  const cleanMine = withoutBlankEvidence(mine);
  const theirSide: Side = {
    rating: theirs.rating,
    status: theirs.status,
    explanation: theirs.explanation,
    evidence: theirs.evidence,
    assignee: theirs.assignee?.name ?? null,
  };
  const rating = ratings.find((r) => r.id === cleanMine.ratingId) ?? null;
  const mySide: Side = {
    rating: rating ?? (cleanMine.ratingId !== null && theirs.rating?.id === cleanMine.ratingId ? theirs.rating : null),
    status: cleanMine.status,
    explanation: cleanMine.explanation,
    evidence: cleanMine.evidence,
    assignee: cleanMine.assigneeId === null ? null : (people.find((p) => p.id === cleanMine.assigneeId)?.name ?? `User ${cleanMine.assigneeId}`),
  };
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="region"
      aria-labelledby="fact-check-conflict-heading"
      data-testid="fact-check-conflict"
      className="space-y-3 rounded-lg border-2 border-amber-600 bg-amber-50 p-3 dark:border-amber-400 dark:bg-amber-950/40"
    >
      <h4 id="fact-check-conflict-heading" className="font-semibold">
        Someone else saved this fact-check while you were editing
      </h4>
      <p className="text-sm" role="alert">
        {message ??
          `Version ${theirs.version} was saved${theirs.updatedAt ? ` at ${formatSavedTime(theirs.updatedAt)}` : ""} after you started. Your changes are kept below and have not been saved.`}
      </p>
      <div className="grid gap-3 md:grid-cols-2">
        <Column heading={`Saved by someone else (version ${theirs.version})`} side={theirSide} other={mySide} testId="conflict-theirs" />
        <Column heading="Your changes" side={mySide} other={theirSide} testId="conflict-mine" />
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={busy} onClick={onKeepMine} className="rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-accent-ink disabled:opacity-60">
          Keep mine and save over version {theirs.version}
        </button>
        <button type="button" disabled={busy} onClick={onTakeTheirs} className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-semibold disabled:opacity-60">
          Take theirs
        </button>
      </div>
      <p className="text-xs text-muted">“Take theirs” replaces your changes in the form with version {theirs.version}. You can also edit the form first and then keep yours.</p>
    </div>
  );
}
