"use client";

import type { PropositionView } from "@/lib/views";
import { CATEGORY_LABEL, CATEGORY_ORDER, DIFFERENCE_ORDER, DIFFERENCE_STYLE } from "./labels";

export interface ComparisonFilter {
  category: PropositionView["category"] | "";
  difference: PropositionView["differences"][number]["type"] | "";
  /** A source's name, "own" for the outlets' own voice, or "" for any. */
  source: string;
}

export const NO_FILTER: ComparisonFilter = { category: "", difference: "", source: "" };

const selectClass = "mt-1 block w-full rounded-md border border-line bg-surface px-2 py-1.5 text-sm";

/** Filters of the comparison: by category, by type of difference, by source. */
export function ComparisonFilters({
  value,
  onChange,
  sources,
  shown,
  total,
}: {
  value: ComparisonFilter;
  onChange: (value: ComparisonFilter) => void;
  sources: string[];
  shown: number;
  total: number;
}) {
  const set = (patch: Partial<ComparisonFilter>) => onChange({ ...value, ...patch });
  return (
    <form role="search" aria-label="Filter the comparison" className="grid gap-3 sm:grid-cols-4 sm:items-end" onSubmit={(e) => e.preventDefault()}>
      <div className="text-sm font-medium">
        <label htmlFor="filter-category">Category</label>
        <select id="filter-category" className={selectClass} value={value.category} onChange={(e) => set({ category: e.target.value as ComparisonFilter["category"] })}>
          <option value="">All categories</option>
          {CATEGORY_ORDER.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABEL[c]}
            </option>
          ))}
        </select>
      </div>
      <div className="text-sm font-medium">
        <label htmlFor="filter-difference">Difference</label>
        <select id="filter-difference" className={selectClass} value={value.difference} onChange={(e) => set({ difference: e.target.value as ComparisonFilter["difference"] })}>
          <option value="">Any or none</option>
          {DIFFERENCE_ORDER.map((d) => (
            <option key={d} value={d}>
              {DIFFERENCE_STYLE[d].label}
            </option>
          ))}
        </select>
      </div>
      <div className="text-sm font-medium">
        <label htmlFor="filter-source">Source</label>
        <select id="filter-source" className={selectClass} value={value.source} onChange={(e) => set({ source: e.target.value })}>
          <option value="">Any source</option>
          <option value="own">The outlets’ own voice</option>
          {sources.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <p className="text-sm text-muted" aria-live="polite">
        {shown === total ? `${total} propositions` : `${shown} of ${total} propositions`}
        {shown !== total && (
          <button type="button" className="ml-2 text-accent underline underline-offset-2" onClick={() => onChange(NO_FILTER)}>
            Clear filters
          </button>
        )}
      </p>
    </form>
  );
}
