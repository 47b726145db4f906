import type { ArticleView, ClaimView, PropositionView } from "@/lib/views";
import { ClaimCell } from "./claim-cell";
import { DifferenceList } from "./difference-list";
import { PropositionFactCheck } from "../fact-check/proposition-fact-check";
import { PropositionEdit } from "./proposition-edit";
import { VerdictChip } from "../fact-check/verdict-chip";

/**
 * One proposition across the outlets: a cell per outlet with its wording (or the fact that it does not report
 * it), then the differences. Columns on wide screens, stacked blocks on a phone.
 */
export function PropositionRow({
  proposition,
  articles,
  claimById,
  labels,
  propositions,
  eventId,
}: {
  proposition: PropositionView;
  articles: ArticleView[];
  claimById: Map<number, ClaimView>;
  /** What to call each article (its outlet, told apart when one outlet has several), by id. */
  labels: Map<number, string>;
  /** Every proposition of the event, for merging; with `eventId`, fact-checkers may merge and split. */
  propositions?: PropositionView[];
  eventId?: number;
}) {
  const anchor = `p-${proposition.id}`;
  const claims = proposition.claimIds.map((id) => claimById.get(id)).filter((c): c is ClaimView => !!c);
  const outletOf = (articleId: number) => labels.get(articleId) ?? "another outlet";
  const differences = proposition.differences.filter((d) => !d.dismissed);
  return (
    <section
      id={anchor}
      aria-labelledby={`${anchor}-title`}
      tabIndex={-1}
      className="scroll-mt-4 outline-none space-y-3 rounded-lg border border-line bg-surface p-4 target:ring-2 target:ring-accent"
      data-testid="proposition"
    >
      <header className="flex items-start justify-between gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <h3 id={`${anchor}-title`} className="font-semibold leading-snug">
            {proposition.label}
          </h3>
          {proposition.verdict && <VerdictChip verdict={proposition.verdict} />}
        </div>
        <a href={`#${anchor}`} className="shrink-0 text-xs text-muted underline-offset-2 hover:underline">
          Link<span className="sr-only"> to this proposition</span>
        </a>
      </header>
      <div className="grid gap-3 md:[grid-template-columns:repeat(var(--outlets),minmax(0,1fr))]">
        {articles.map((article) => {
          const mine = claims.filter((c) => c.articleId === article.id);
          return (
            <div key={article.id} className="min-w-0 space-y-3 border-l-4 border-line pl-3" data-testid="outlet-cell" data-outlet={article.outlet.name}>
              <p className="text-xs font-semibold uppercase tracking-wider text-accent">{outletOf(article.id)}</p>
              {mine.length ? (
                mine.map((c) => <ClaimCell key={c.id} claim={c} />)
              ) : (
                <p className="text-sm italic text-muted">Not reported by {outletOf(article.id)}</p>
              )}
            </div>
          );
        })}
      </div>
      <DifferenceList differences={differences} outletOf={outletOf} />
      <PropositionFactCheck propositionId={proposition.id} />
      {propositions && eventId !== undefined && (
        <PropositionEdit proposition={proposition} claims={claims} propositions={propositions} labels={labels} eventId={eventId} />
      )}
    </section>
  );
}
