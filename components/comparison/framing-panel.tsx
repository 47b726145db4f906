import { articleLabelsById } from "@/lib/article-labels";
import type { ArticleView, FramingView } from "@/lib/views";

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** A bar for the eye (hidden from screen readers); the figure beside it is the text everyone gets. */
function Bar({ label, value, className }: { label: string; value: number; className: string }) {
  return (
    <div className="grid grid-cols-[9rem_1fr_3rem] items-center gap-2 text-sm">
      <span className="text-muted">{label}</span>
      <span aria-hidden="true" className="h-2.5 overflow-hidden rounded-full bg-line">
        <span className={`block h-full rounded-full ${className}`} style={{ width: pct(value) }} />
      </span>
      <span className="text-right tabular-nums">{pct(value)}</span>
    </div>
  );
}

/** Per outlet: how much is attributed, to whom, how much is hedged, and the loaded words it uses. */
export function FramingPanel({ articles, framing }: { articles: ArticleView[]; framing: FramingView[] }) {
  const labels = articleLabelsById(articles);
  return (
    <div className="grid gap-4 [grid-template-columns:repeat(auto-fit,minmax(min(100%,20rem),1fr))]" data-testid="framing-panel">
      {articles.map((article) => {
        const f = framing.find((x) => x.articleId === article.id);
        if (!f) return null;
        const words = [...new Set(f.loaded.map((l) => l.text))];
        return (
          <section key={article.id} aria-labelledby={`framing-${article.id}`} className="space-y-2 rounded-lg border border-line bg-surface p-4">
            <h3 id={`framing-${article.id}`} className="text-xs font-semibold uppercase tracking-wider text-accent">
              {labels.get(article.id)} <span className="font-normal normal-case tracking-normal text-muted">· {f.claims} claims</span>
            </h3>
            <Bar label="Attributed" value={f.attributed} className="bg-sky-600 dark:bg-sky-400" />
            <Bar label="Own voice" value={f.unattributed} className="bg-stone-500 dark:bg-stone-300" />
            <Bar label="Anonymous or unnamed" value={f.anonymousOrUnnamed} className="bg-violet-600 dark:bg-violet-400" />
            <Bar label="Hedged" value={f.hedged} className="bg-amber-600 dark:bg-amber-400" />
            <p className="text-sm">
              <span className="text-muted">Loaded or editorial words ({words.length}): </span>
              {words.length ? words.map((w) => `“${w}”`).join(", ") : "none found"}
            </p>
            {f.headline && (
              <p className="text-sm text-muted">
                Headline: {f.headline.attributed ? "attributed" : "in the outlet’s own voice"}
                {f.headline.hedged ? ", hedged" : ""}; {pct(f.headline.supportedByBody)} of its words recur in the body
                {f.headline.dropsBodyHedges ? "; states outright what the body hedges" : ""}.
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}
