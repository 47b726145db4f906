import { FACT_CHECK_STATUS_LABELS } from "@/lib/fact-check-input";
import type { FactCheckStatus } from "@/lib/views";

/** A rating's colour as a swatch; the label is always written beside it, so colour is never the only signal. */
export function ColorSwatch({ color }: { color: string }) {
  return <span aria-hidden="true" className="inline-block h-3.5 w-3.5 shrink-0 rounded-full border border-black/20 dark:border-white/30" style={{ backgroundColor: color }} />;
}

export function RatingChip({ rating }: { rating: { label: string; color: string } | null }) {
  if (!rating) return <span className="text-sm text-muted">No verdict yet</span>;
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full border border-line bg-page px-2 py-0.5 text-sm font-semibold text-ink" data-testid="rating-chip">
      <ColorSwatch color={rating.color} />
      {rating.label}
    </span>
  );
}

const STATUS_STYLE: Record<FactCheckStatus | "unchecked", string> = {
  unchecked: "border-line text-muted",
  draft: "border-amber-700 text-amber-900 dark:border-amber-300 dark:text-amber-200",
  in_review: "border-sky-700 text-sky-900 dark:border-sky-300 dark:text-sky-200",
  published: "border-green-700 bg-green-50 text-green-900 dark:border-green-400 dark:bg-green-950 dark:text-green-200",
};

export const STATUS_LABEL: Record<FactCheckStatus | "unchecked", string> = { unchecked: "Unchecked", ...FACT_CHECK_STATUS_LABELS };

export function StatusBadge({ status }: { status: FactCheckStatus | "unchecked" }) {
  return <span className={`inline-block rounded border px-1.5 py-0.5 text-xs font-semibold ${STATUS_STYLE[status]}`}>{STATUS_LABEL[status]}</span>;
}

/** A saved time in the reader's own clock ("23 Nov 2026, 15:40"). Call on the client only. */
export function formatSavedTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
}
