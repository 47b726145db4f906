"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { ApiError, fetchJson } from "@/lib/api-client";
import type { RatingView } from "@/lib/views";
import { FormStatus } from "./form-status";

interface Row {
  key: string;
  id?: number;
  label: string;
  color: string;
  /** As typed, so that "-" on the way to "-2" is allowed. */
  value: string;
  retired: boolean;
}

const HEX = /^#[0-9a-fA-F]{6}$/;
const field = "w-full rounded-md border border-line bg-page px-2 py-1.5 text-sm";

const toRows = (ratings: RatingView[]): Row[] =>
  [...ratings]
    .sort((a, b) => b.value - a.value || a.id - b.id)
    .map((r) => ({ key: `r${r.id}`, id: r.id, label: r.label, color: r.color, value: String(r.value), retired: r.retired }));

const sameAs = (a: Row | undefined, b: Row) =>
  a !== undefined && a.label === b.label && a.color === b.color && a.value === b.value && a.retired === b.retired;

/** Black or white, whichever reads better on `hex`. */
export function inkOn(hex: string): string {
  if (!HEX.test(hex)) return "#000000";
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return luminance > 0.179 ? "#000000" : "#ffffff";
}

/** A rating as readers see it: its label on its colour. */
export function RatingChip({ label, color, retired = false }: { label: string; color: string; retired?: boolean }) {
  const ok = HEX.test(color);
  return (
    <span
      className={`inline-block max-w-full truncate rounded-full px-2.5 py-0.5 text-xs font-semibold ${retired ? "line-through opacity-60" : ""}`}
      style={{ backgroundColor: ok ? color : "transparent", color: ok ? inkOn(color) : undefined, border: ok ? undefined : "1px dashed currentColor" }}
    >
      {label.trim() || "Untitled"}
    </span>
  );
}

/** Edits the whole scale at once and saves it with PUT /api/ratings. */
export function RatingScaleEditor({ initial }: { initial: RatingView[] }) {
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<Row[]>(() => toRows(initial));
  // The scale as last saved: a retired rating nobody touched is left out of the save (it stays retired), so
  // old ratings do not count against the API's limit of 30.
  const [saved, setSaved] = useState<Row[]>(() => toRows(initial));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const counter = useRef(0);
  const ids = useId();

  const update = (key: string, patch: Partial<Row>) => {
    setDone(null);
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  };

  const add = () => {
    counter.current += 1;
    const values = rows.map((r) => Number(r.value)).filter(Number.isFinite);
    const lowest = values.length ? Math.min(...values) : 1;
    const key = `new${counter.current}`;
    setDone(null);
    setRows((rs) => [...rs, { key, label: "", color: "#6b7280", value: String(Math.max(-100, lowest - 1)), retired: false }]);
    // Focus the new rating's label once it is on the page.
    requestAnimationFrame(() => document.getElementById(`${ids}-${key}-label`)?.focus());
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setDone(null);
    const bad = rows.find((r) => !/^-?\d+$/.test(r.value.trim()));
    if (bad) {
      setError(`The value of ${bad.label.trim() || "a new rating"} must be a whole number from -100 to 100.`);
      return;
    }
    setSaving(true);
    try {
      const { ratings } = await fetchJson<{ ratings: RatingView[] }>("/api/ratings", {
        method: "PUT",
        body: {
          ratings: rows.filter((r) => !r.retired || !sameAs(saved.find((s) => s.key === r.key), r)).map((r) => ({
            ...(r.id !== undefined ? { id: r.id } : {}),
            label: r.label,
            color: r.color,
            value: Number(r.value),
            retired: r.retired,
          })),
        },
      });
      setRows(toRows(ratings));
      setSaved(toRows(ratings));
      setDone(`Saved the scale: ${ratings.filter((r) => !r.retired).length} ratings in use.`);
      await queryClient.invalidateQueries({ queryKey: ["ratings"] });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Could not reach Parallax. Try again.");
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={save} className="space-y-4">
      <ul className="space-y-3">
        {rows.map((r) => {
          const id = `${ids}-${r.key}`;
          const name = r.label.trim() || "new rating";
          return (
            <li
              key={r.key}
              data-testid="rating-row"
              className={`grid grid-cols-2 gap-3 rounded-lg border border-line bg-surface p-3 sm:grid-cols-[10rem_minmax(0,1fr)_auto_6rem_auto] sm:items-end ${r.retired ? "opacity-75" : ""}`}
            >
              <div className="col-span-2 flex items-center sm:col-span-1 sm:h-9">
                <RatingChip label={r.label} color={r.color} retired={r.retired} />
              </div>
              <div className="col-span-2 space-y-1 sm:col-span-1">
                <label htmlFor={`${id}-label`} className="block text-xs font-medium text-muted">
                  Label
                </label>
                <input id={`${id}-label`} required maxLength={60} value={r.label} onChange={(e) => update(r.key, { label: e.target.value })} className={field} />
              </div>
              <fieldset className="space-y-1">
                <legend className="mb-1 text-xs font-medium text-muted">
                  Colour<span className="sr-only"> of {name}</span>
                </legend>
                <div className="flex items-center gap-2">
                  <input
                    type="color"
                    aria-label={`Pick the colour of ${name}`}
                    value={HEX.test(r.color) ? r.color.toLowerCase() : "#000000"}
                    onChange={(e) => update(r.key, { color: e.target.value })}
                    className="h-9 w-10 shrink-0 cursor-pointer rounded border border-line bg-page p-0.5"
                  />
                  <input
                    aria-label={`Hex colour of ${name}`}
                    required
                    pattern="#[0-9a-fA-F]{6}"
                    title="A hex colour such as #1a7f37"
                    value={r.color}
                    onChange={(e) => update(r.key, { color: e.target.value.trim() })}
                    className="w-full min-w-0 rounded-md border border-line bg-page px-2 py-1.5 font-mono text-sm sm:w-24"
                  />
                </div>
              </fieldset>
              <div className="space-y-1">
                <label htmlFor={`${id}-value`} className="block text-xs font-medium text-muted">
                  Value
                </label>
                <input
                  id={`${id}-value`}
                  type="number"
                  required
                  min={-100}
                  max={100}
                  step={1}
                  value={r.value}
                  onChange={(e) => update(r.key, { value: e.target.value })}
                  className={field}
                />
              </div>
              <div className="col-span-2 flex items-center gap-3 sm:col-span-1 sm:h-9">
                {r.id !== undefined ? (
                  <label className="flex items-center gap-2 text-sm">
                    <input type="checkbox" checked={r.retired} onChange={(e) => update(r.key, { retired: e.target.checked })} className="size-4" />
                    Retired
                  </label>
                ) : (
                  <button
                    type="button"
                    onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                    className="rounded-md border border-line px-2 py-1 text-sm hover:bg-page"
                  >
                    Remove <span className="sr-only">{name}</span>
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={add} className="rounded-md border border-line px-3 py-1.5 text-sm font-medium hover:bg-surface">
          Add a rating
        </button>
        <button type="submit" disabled={saving} className="rounded-md bg-accent px-4 py-1.5 text-sm font-semibold text-accent-ink disabled:opacity-60">
          {saving ? "Saving…" : "Save the scale"}
        </button>
        <p className="text-sm text-muted">Ratings are listed by value when saved: higher is truer.</p>
      </div>
      <FormStatus error={error} done={done} />
    </form>
  );
}
