"use client";

import { useId } from "react";
import { FormStatus } from "../admin/form-status";
import { card, field, primary } from "./styles";

export type SingleSourceKind = "text" | "html" | "url";

const COPY: Record<SingleSourceKind, { label: string; hint: string }> = {
  text: {
    label: "Article text",
    hint: "The headline on the first line, then the article. Bylines, share buttons and similar page furniture are dropped.",
  },
  html: {
    label: "Page HTML",
    hint: "The whole page's source: the article is found in it, with the headline, outlet, author and date from its JSON-LD, OpenGraph or meta tags.",
  },
  url: {
    label: "Article address",
    hint: "Parallax fetches the page (HTML or plain text) and reads it like pasted HTML.",
  },
};

/** Where a single article comes from: a big text box, or an address; then Preview. */
export function SourceForm({
  kind,
  value,
  onChange,
  onSubmit,
  pending,
  error,
}: {
  kind: SingleSourceKind;
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  pending: boolean;
  error: string | null;
}) {
  const id = useId();
  const copy = COPY[kind];
  return (
    <form
      className={`${card} space-y-3`}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium">
          {copy.label}
        </label>
        <p id={`${id}-hint`} className="text-xs text-muted">
          {copy.hint}
        </p>
        {kind === "url" ? (
          <input
            id={id}
            type="url"
            required
            inputMode="url"
            autoComplete="off"
            placeholder="https://www.example.com/news/2017/02/14/story"
            value={value}
            onChange={(e) => onChange(e.target.value)}
            aria-describedby={`${id}-hint`}
            className={field}
          />
        ) : (
          <textarea
            id={id}
            required
            rows={14}
            spellCheck={false}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            aria-describedby={`${id}-hint`}
            className={`${field} min-h-48 resize-y ${kind === "html" ? "font-mono text-xs" : ""}`}
          />
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={primary} disabled={pending || !value.trim()}>
          {pending ? (kind === "url" ? "Fetching…" : "Reading…") : "Preview"}
        </button>
        <p className="text-xs text-muted">Nothing is saved until you choose Save article.</p>
      </div>
      <FormStatus error={error} done={null} />
    </form>
  );
}
