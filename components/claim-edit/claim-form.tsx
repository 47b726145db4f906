"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { ClaimView } from "@/lib/views";
import { CLAIM_KIND_STYLE, SECTION_LABEL } from "../claim-kind";
import type { ClaimFields } from "./client";

const QUOTE_OPTIONS: [ClaimView["quote"], string][] = [
  ["none", "Not quoted"],
  ["direct", "Direct quote"],
  ["indirect", "Paraphrase"],
  ["mixed", "Partly quoted"],
];

const input = "mt-1 w-full rounded-md border border-line bg-page px-2 py-1.5 text-sm text-ink";

/** The fields of a claim by hand (add or edit): the selected words read-only, then source, cue, kind, quote, hedging. */
export function ClaimForm({
  title,
  exact,
  section,
  initial,
  sources,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  title: string;
  exact: string;
  section: ClaimView["section"];
  initial: ClaimFields;
  /** Sources already named in the article, offered as suggestions. */
  sources: string[];
  submitLabel: string;
  busy: boolean;
  error: string | null;
  onSubmit: (fields: ClaimFields) => void;
  onCancel: () => void;
}) {
  const uid = useId();
  const [fields, setFields] = useState(initial);
  const set = (change: Partial<ClaimFields>) => setFields((f) => ({ ...f, ...change }));
  const ref = useRef<HTMLFormElement>(null);
  // Opened from the text (perhaps far above on a phone): bring the form into view and start at its first field.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
    ref.current?.querySelector<HTMLElement>("input, select")?.focus({ preventScroll: true });
  }, []);
  return (
    <form
      ref={ref}
      aria-labelledby={`${uid}-title`}
      data-testid="claim-form"
      className="space-y-3 rounded-lg border-2 border-accent bg-surface p-4"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(fields);
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
    >
      <h3 id={`${uid}-title`} className="font-semibold">
        {title}
      </h3>
      <figure className="space-y-1">
        <figcaption className="text-xs font-semibold text-muted">{SECTION_LABEL[section] ?? "Article text"}</figcaption>
        <blockquote className="max-h-32 overflow-y-auto border-l-4 border-line pl-3 font-serif text-[0.95rem] leading-relaxed" data-testid="claim-form-exact">
          {exact}
        </blockquote>
      </figure>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
        <div>
          <label htmlFor={`${uid}-source`} className="block text-sm font-semibold">
            Source
          </label>
          <input
            id={`${uid}-source`}
            value={fields.source}
            list={`${uid}-sources`}
            maxLength={200}
            autoComplete="off"
            aria-describedby={`${uid}-source-hint`}
            onChange={(e) => set({ source: e.target.value })}
            className={input}
          />
          <datalist id={`${uid}-sources`}>
            {sources.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          <p id={`${uid}-source-hint`} className="mt-1 text-xs text-muted">
            Who says it. Empty: the outlet itself.
          </p>
        </div>
        <div>
          <label htmlFor={`${uid}-cue`} className="block text-sm font-semibold">
            Cue
          </label>
          <input
            id={`${uid}-cue`}
            value={fields.cue}
            maxLength={100}
            autoComplete="off"
            placeholder="said, tweeted, according to"
            onChange={(e) => set({ cue: e.target.value })}
            className={input}
          />
        </div>
        <div>
          <label htmlFor={`${uid}-kind`} className="block text-sm font-semibold">
            Kind
          </label>
          <select id={`${uid}-kind`} value={fields.kind} onChange={(e) => set({ kind: e.target.value as ClaimFields["kind"] })} className={input}>
            {(Object.keys(CLAIM_KIND_STYLE) as ClaimFields["kind"][]).map((k) => (
              <option key={k} value={k}>
                {CLAIM_KIND_STYLE[k].label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${uid}-quote`} className="block text-sm font-semibold">
            Quotation
          </label>
          <select id={`${uid}-quote`} value={fields.quote} onChange={(e) => set({ quote: e.target.value as ClaimFields["quote"] })} className={input}>
            {QUOTE_OPTIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={fields.hedged} onChange={(e) => set({ hedged: e.target.checked })} className="size-4 accent-[var(--color-accent)]" />
        Hedged (“reportedly”, “is believed to”)
      </label>
      {error && (
        <p role="alert" className="rounded-md border border-red-700 px-2 py-1 text-sm text-red-800 dark:border-red-400 dark:text-red-300">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={busy} className="rounded-md bg-accent px-4 py-1.5 text-sm font-semibold text-accent-ink disabled:opacity-60">
          {busy ? "Saving…" : submitLabel}
        </button>
        <button type="button" onClick={onCancel} className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-semibold">
          Cancel
        </button>
      </div>
    </form>
  );
}
