"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { eventComparisonQuery, eventQuery, fetchJson, sessionQuery } from "@/lib/api-client";
import { canAnnotate } from "@/lib/auth/roles";
import type { ClaimView, PropositionView } from "@/lib/views";
import { CATEGORY_LABEL, CATEGORY_ORDER } from "./labels";

const input = "mt-1 w-full rounded-md border border-line bg-page px-2 py-1.5 text-sm text-ink";
const button = "rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-accent-ink disabled:cursor-not-allowed disabled:opacity-50";

/** The first words of a claim, for a label that stays on one or two lines. */
function firstWords(text: string, count = 9): string {
  const words = text.trim().split(/\s+/);
  return words.length > count ? `${words.slice(0, count).join(" ").replace(/[\s,;:.\u2013\u2014-]+$/, "")}…` : words.join(" ");
}

/** Shows a proposition after the comparison reloaded: its row is the target, scrolled to and focused. */
// The refetched comparison may render a frame or two after the mutation settles: look for the row for up to about
// a second before giving up.
function goTo(propositionId: number, framesLeft = 60) {
  const anchor = `p-${propositionId}`;
  requestAnimationFrame(() => {
    const row = document.getElementById(anchor);
    if (!row) {
      if (framesLeft > 0) goTo(propositionId, framesLeft - 1);
      return;
    }
    if (window.location.hash !== `#${anchor}`) window.location.hash = anchor;
    row.scrollIntoView({ block: "start" });
    row.focus({ preventScroll: true });
  });
}

/**
 * For fact-checkers, at the end of a proposition row: merge another proposition of the event into this one, or
 * split some of its claims off into a proposition of their own. Re-analysing the event keeps both decisions.
 */
export function PropositionEdit({
  proposition,
  claims,
  propositions,
  labels,
  eventId,
}: {
  proposition: PropositionView;
  /** This proposition's claims, in row order. */
  claims: ClaimView[];
  /** Every proposition of the event (this one included). */
  propositions: PropositionView[];
  /** What to call each article (its outlet, told apart when one outlet has several), by id. */
  labels: Map<number, string>;
  eventId: number;
}) {
  const { data: user } = useQuery(sessionQuery());
  const queryClient = useQueryClient();
  const uid = useId();
  const details = useRef<HTMLDetailsElement>(null);
  const [mergeWith, setMergeWith] = useState("");
  const [picked, setPicked] = useState<number[]>([]);

  const outletOf = (articleId: number) => labels.get(articleId) ?? "Another outlet";
  const done = async (propositionId: number) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: eventComparisonQuery(eventId).queryKey }),
      queryClient.invalidateQueries({ queryKey: eventQuery(eventId).queryKey, exact: true }),
    ]);
    setMergeWith("");
    setPicked([]);
    merge.reset();
    split.reset();
    if (details.current) details.current.open = false;
    goTo(propositionId);
  };
  const merge = useMutation({
    mutationFn: (otherId: number) =>
      fetchJson<{ propositionId: number }>("/api/propositions/merge", { method: "POST", body: { propositionIds: [proposition.id, otherId] } }),
    onSuccess: ({ propositionId }) => done(propositionId),
  });
  const split = useMutation({
    mutationFn: (claimIds: number[]) =>
      fetchJson<{ propositionId: number }>(`/api/propositions/${proposition.id}/split`, { method: "POST", body: { claimIds } }),
    onSuccess: ({ propositionId }) => done(propositionId),
  });

  if (!canAnnotate(user)) return null;

  const others = propositions.filter((p) => p.id !== proposition.id);
  const optionText = (p: PropositionView) => {
    const outlets = [...new Set(p.articleIds.map(outletOf))].sort((a, b) => a.localeCompare(b));
    return `${p.label} (${outlets.join(", ") || "no outlet"})`;
  };
  const busy = merge.isPending || split.isPending;
  const error = merge.error ?? split.error;
  const canSplit = picked.length > 0 && picked.length < proposition.claimIds.length;

  return (
    <details ref={details} className="rounded-md border border-line" data-testid="proposition-edit">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium">Merge or split</summary>
      <div className="space-y-4 border-t border-line p-3">
        {others.length > 0 && (
          <form
            className="space-y-2"
            onSubmit={(e) => {
              e.preventDefault();
              if (!mergeWith) return;
              split.reset();
              merge.mutate(Number(mergeWith));
            }}
          >
            <label htmlFor={`${uid}-merge`} className="block text-sm font-semibold">
              Merge with…
            </label>
            <p id={`${uid}-merge-hint`} className="text-xs text-muted">
              The proposition you choose joins this one: its claims and fact-checks move here.
            </p>
            <div className="flex flex-wrap items-end gap-2">
              <select
                id={`${uid}-merge`}
                aria-describedby={`${uid}-merge-hint`}
                value={mergeWith}
                onChange={(e) => setMergeWith(e.target.value)}
                className={`${input} min-w-0 flex-1 basis-64`}
              >
                <option value="">Choose a proposition</option>
                {CATEGORY_ORDER.map((category) => {
                  const group = others.filter((p) => p.category === category);
                  return group.length ? (
                    <optgroup key={category} label={CATEGORY_LABEL[category]}>
                      {group.map((p) => (
                        <option key={p.id} value={p.id}>
                          {optionText(p)}
                        </option>
                      ))}
                    </optgroup>
                  ) : null;
                })}
              </select>
              <button type="submit" disabled={!mergeWith || busy} className={button}>
                {merge.isPending ? "Merging…" : "Merge"}
              </button>
            </div>
          </form>
        )}
        {claims.length >= 2 && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (!canSplit) return;
              merge.reset();
              split.mutate(picked);
            }}
          >
            <fieldset className="space-y-2" aria-describedby={`${uid}-split-hint`}>
              <legend className="text-sm font-semibold">Split off</legend>
              <p id={`${uid}-split-hint`} className="text-xs text-muted">
                The claims you tick become a proposition of their own. Leave at least one here.
              </p>
              <ul className="space-y-1.5">
                {claims.map((c) => (
                  <li key={c.id}>
                    <label className="flex items-start gap-2 text-sm">
                      <input
                        type="checkbox"
                        checked={picked.includes(c.id)}
                        onChange={(e) => setPicked((now) => (e.target.checked ? [...now, c.id] : now.filter((id) => id !== c.id)))}
                        className="mt-0.5 size-4 shrink-0 accent-[var(--color-accent)]"
                        data-claim-id={c.id}
                      />
                      <span className="min-w-0">
                        <span className="font-semibold">{outletOf(c.articleId)}:</span> “{firstWords(c.exact)}”
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
              <button type="submit" disabled={!canSplit || busy} className={button}>
                {split.isPending ? "Splitting…" : "Split into a new proposition"}
              </button>
            </fieldset>
          </form>
        )}
        {others.length === 0 && claims.length < 2 && <p className="text-sm text-muted">Nothing to merge with, and only one claim to keep.</p>}
        {error && (
          <p role="alert" className="rounded-md border border-red-700 px-2 py-1 text-sm text-red-800 dark:border-red-400 dark:text-red-300">
            {error.message}
          </p>
        )}
      </div>
    </details>
  );
}
