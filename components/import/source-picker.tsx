"use client";

import { useRef, type KeyboardEvent } from "react";

export const SOURCES = [
  { id: "text", label: "Paste text" },
  { id: "html", label: "Paste HTML" },
  { id: "url", label: "From a URL" },
  { id: "files", label: "Upload files" },
] as const;
export type SourceKind = (typeof SOURCES)[number]["id"];

export const sourceTabId = (base: string, kind: SourceKind) => `${base}-tab-${kind}`;
export const sourcePanelId = (base: string, kind: SourceKind) => `${base}-panel-${kind}`;

/** Tabs for where the articles come from; arrow keys, Home and End move between them (WAI-ARIA tabs pattern). */
export function SourcePicker({ base, value, onChange }: { base: string; value: SourceKind; onChange: (kind: SourceKind) => void }) {
  const list = useRef<HTMLDivElement>(null);
  const move = (e: KeyboardEvent) => {
    const i = SOURCES.findIndex((s) => s.id === value);
    const next =
      e.key === "ArrowRight" ? (i + 1) % SOURCES.length : e.key === "ArrowLeft" ? (i - 1 + SOURCES.length) % SOURCES.length : e.key === "Home" ? 0 : e.key === "End" ? SOURCES.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const kind = SOURCES[next]!.id;
    onChange(kind);
    list.current?.querySelector<HTMLElement>(`#${CSS.escape(sourceTabId(base, kind))}`)?.focus();
  };
  return (
    <div ref={list} role="tablist" aria-label="Import from" onKeyDown={move} className="grid grid-cols-2 gap-1 rounded-lg border border-line bg-surface p-1 sm:flex">
      {SOURCES.map((s) => {
        const selected = s.id === value;
        return (
          <button
            key={s.id}
            id={sourceTabId(base, s.id)}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={sourcePanelId(base, s.id)}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChange(s.id)}
            className={`flex-1 whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium ${selected ? "bg-accent text-accent-ink" : "text-muted hover:bg-page hover:text-ink"}`}
          >
            {s.label}
          </button>
        );
      })}
    </div>
  );
}
