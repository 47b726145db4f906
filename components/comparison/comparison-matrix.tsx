"use client";

import { useMemo, useState } from "react";
import { articleLabelsById } from "@/lib/article-labels";
import type { ArticleView, ClaimView, EventComparison, PropositionView } from "@/lib/views";
import { ComparisonFilters, NO_FILTER, type ComparisonFilter } from "./filters";
import { CATEGORY_LABEL, CATEGORY_ORDER } from "./labels";
import { PropositionRow } from "./proposition-row";

function matches(p: PropositionView, f: ComparisonFilter, claimById: Map<number, ClaimView>): boolean {
  if (f.category && p.category !== f.category) return false;
  if (f.difference && !p.differences.some((d) => !d.dismissed && d.type === f.difference && d.articleIds.length > 1)) return false;
  if (f.source) {
    const sources = p.claimIds.map((id) => claimById.get(id)?.source?.name ?? "own");
    if (!sources.includes(f.source)) return false;
  }
  return true;
}

/** The comparison matrix: one row per proposition, one column per outlet, grouped by category, filterable. */
export function ComparisonMatrix({ articles, comparison }: { articles: ArticleView[]; comparison: EventComparison }) {
  const [filter, setFilter] = useState<ComparisonFilter>(NO_FILTER);
  const claimById = useMemo(() => new Map(articles.flatMap((a) => a.claims.map((c) => [c.id, c] as const))), [articles]);
  const labels = useMemo(() => articleLabelsById(articles), [articles]);
  const sources = useMemo(
    () => [...new Set(articles.flatMap((a) => a.claims.flatMap((c) => (c.source ? [c.source.name] : []))))].sort((x, y) => x.localeCompare(y)),
    [articles],
  );
  const shown = comparison.propositions.filter((p) => matches(p, filter, claimById));
  // Shared propositions first within a category, then the order the engine gave.
  const byCategory = CATEGORY_ORDER.map((category) => ({
    category,
    rows: shown.filter((p) => p.category === category).sort((a, b) => b.articleIds.length - a.articleIds.length),
  })).filter((g) => g.rows.length > 0);

  return (
    <div className="space-y-6" style={{ "--outlets": articles.length } as React.CSSProperties}>
      <ComparisonFilters value={filter} onChange={setFilter} sources={sources} shown={shown.length} total={comparison.propositions.length} />
      {articles.length > 1 && (
        <div aria-hidden="true" className="hidden gap-3 px-4 md:grid md:[grid-template-columns:repeat(var(--outlets),minmax(0,1fr))]">
          {articles.map((a) => (
            <p key={a.id} className="truncate text-sm font-semibold">
              {labels.get(a.id)}
            </p>
          ))}
        </div>
      )}
      {byCategory.length === 0 && <p className="rounded-md border border-line bg-surface p-4">No proposition matches these filters.</p>}
      {byCategory.map(({ category, rows }) => (
        <section key={category} aria-labelledby={`category-${category}`} className="space-y-3">
          <h2 id={`category-${category}`} className="text-lg font-semibold">
            {CATEGORY_LABEL[category]} <span className="text-sm font-normal text-muted">({rows.length})</span>
          </h2>
          {rows.map((p) => (
            <PropositionRow
              key={p.id}
              proposition={p}
              articles={articles}
              claimById={claimById}
              labels={labels}
              propositions={comparison.propositions}
              eventId={comparison.eventId}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
