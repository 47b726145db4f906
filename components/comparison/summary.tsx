import type { ArticleView, EventComparison } from "@/lib/views";
import { DIFFERENCE_ORDER, DIFFERENCE_STYLE } from "./labels";

/** The event at a glance: outlets, claims, shared propositions, differences by type. */
export function ComparisonSummary({ articles, comparison }: { articles: ArticleView[]; comparison: EventComparison }) {
  const outlets = [...new Set(articles.map((a) => a.outlet.name))];
  const claims = comparison.propositions.reduce((n, p) => n + p.claimIds.length, 0);
  const shared = comparison.propositions.filter((p) => p.articleIds.length > 1).length;
  const counts = new Map<string, number>();
  for (const p of comparison.propositions)
    for (const d of p.differences) if (!d.dismissed && p.articleIds.length > 1) counts.set(d.type, (counts.get(d.type) ?? 0) + 1);
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="comparison-summary">
      <div className="rounded-md border border-line bg-surface p-3">
        <dt className="text-xs text-muted">Outlets</dt>
        <dd className="font-semibold">{outlets.join(", ") || "none"}</dd>
      </div>
      <div className="rounded-md border border-line bg-surface p-3">
        <dt className="text-xs text-muted">Claims</dt>
        <dd className="text-lg font-semibold">{claims}</dd>
      </div>
      <div className="rounded-md border border-line bg-surface p-3">
        <dt className="text-xs text-muted">Shared propositions</dt>
        <dd className="text-lg font-semibold">
          {shared} <span className="text-sm font-normal text-muted">of {comparison.propositions.length}</span>
        </dd>
      </div>
      <div className="col-span-2 rounded-md border border-line bg-surface p-3 sm:col-span-1">
        <dt className="text-xs text-muted">Differences on shared propositions</dt>
        <dd className="text-sm">
          {DIFFERENCE_ORDER.filter((t) => counts.get(t)).map((t) => `${DIFFERENCE_STYLE[t].label} ${counts.get(t)}`).join(" · ") || "none"}
        </dd>
      </div>
    </dl>
  );
}
