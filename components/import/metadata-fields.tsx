"use client";

import { useId } from "react";
import { formatArticleDate } from "@/lib/format-date";
import type { ImportPreview, MetadataOrigin } from "@/lib/views";
import { field } from "./styles";

/** The editable metadata of a previewed article, as typed (empty string: none). */
export interface MetadataDraft {
  title: string;
  subtitle: string;
  outlet: string;
  author: string;
  published: string;
  url: string;
}

export const draftFromPreview = (a: ImportPreview["article"]): MetadataDraft => ({
  title: a.title,
  subtitle: a.subtitle ?? "",
  outlet: a.outlet ?? "",
  author: a.author ?? "",
  published: a.publishedAt ?? "",
  url: a.url ?? "",
});

export const sameDraft = (a: MetadataDraft, b: MetadataDraft) => (Object.keys(a) as (keyof MetadataDraft)[]).every((k) => a[k].trim() === b[k].trim());

const ORIGIN_NOTE: Record<MetadataOrigin, string> = {
  given: "as entered",
  "json-ld": "from the page's JSON-LD",
  opengraph: "from OpenGraph",
  meta: "from the page's meta tags",
  text: "from the text",
  url: "from the address",
};

type Key = keyof MetadataDraft;
const FIELDS: { key: Key; label: string; origin?: keyof ImportPreview["origins"]; type?: string; required?: boolean; placeholder?: string; wide?: boolean }[] = [
  { key: "title", label: "Headline", origin: "title", required: true, wide: true },
  { key: "subtitle", label: "Subheadline", wide: true },
  { key: "outlet", label: "Outlet", origin: "outlet", required: true, placeholder: "e.g. The Guardian" },
  { key: "author", label: "Author", origin: "author" },
  { key: "published", label: "Published", origin: "publishedAt", placeholder: "2017-02-14T08:59:00-05:00" },
  { key: "url", label: "Address (URL)", origin: "url", type: "url", placeholder: "https://…" },
];

/** Headline, outlet, author, date and address, each editable and with a note of where the importer found it. */
export function MetadataFields({
  draft,
  onChange,
  preview,
  disabled,
}: {
  draft: MetadataDraft;
  onChange: (draft: MetadataDraft) => void;
  preview: ImportPreview;
  disabled?: boolean;
}) {
  const ids = useId();
  const note = (key: Key, origin: keyof ImportPreview["origins"] | undefined): string | null => {
    if (key === "outlet" && !draft.outlet.trim()) return "Not found on the page: type the outlet.";
    const parts: string[] = [];
    const found = draftFromPreview(preview.article)[key].trim();
    const from = origin ? preview.origins[origin] : undefined;
    if (draft[key].trim() !== found) parts.push(found ? `edited (was “${found}”${from ? `, ${ORIGIN_NOTE[from]}` : ""})` : "edited");
    else if (from && found) parts.push(ORIGIN_NOTE[from]);
    else if (origin && !found) parts.push("not found");
    if (key === "published") {
      const shown = formatArticleDate(draft.published.trim());
      if (shown && shown !== draft.published.trim()) parts.push(`reads as ${shown}`);
      if (preview.article.modifiedAt) parts.push(`updated ${formatArticleDate(preview.article.modifiedAt)}${preview.origins.modifiedAt ? ` (${ORIGIN_NOTE[preview.origins.modifiedAt]})` : ""}`);
    }
    if (key === "url" && preview.source.fetchedFrom && preview.source.fetchedFrom !== draft.url.trim()) parts.push(`fetched from ${preview.source.fetchedFrom}`);
    return parts.length ? parts.join("; ") : null;
  };
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {FIELDS.map((f) => {
        const id = `${ids}-${f.key}`;
        const text = note(f.key, f.origin);
        return (
          <div key={f.key} className={`min-w-0 space-y-1 ${f.wide ? "sm:col-span-2" : ""}`}>
            <label htmlFor={id} className="block text-sm font-medium">
              {f.label}
              {!f.required && <span className="font-normal text-muted"> (optional)</span>}
            </label>
            <input
              id={id}
              type={f.type ?? "text"}
              value={draft[f.key]}
              required={f.required}
              disabled={disabled}
              placeholder={f.placeholder}
              autoComplete="off"
              aria-describedby={text ? `${id}-note` : undefined}
              onChange={(e) => onChange({ ...draft, [f.key]: e.target.value })}
              className={field}
            />
            {text && (
              <p id={`${id}-note`} className="break-words text-xs text-muted">
                {text}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
