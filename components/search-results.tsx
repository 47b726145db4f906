import Link from "next/link";
import type { SearchResults } from "@/lib/views";
import { CLAIM_KIND_STYLE } from "./claim-kind";

/** A snippet with the matched words (marked [[…]] by the database) in <mark>. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/\[\[|\]\]/);
  return (
    <>
      {parts.map((part, i) => (i % 2 === 1 ? <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-ink dark:bg-amber-700 dark:text-white">{part}</mark> : <span key={i}>{part}</span>))}
    </>
  );
}

export function SearchResultsView({ results }: { results: SearchResults }) {
  const none = results.articles.length === 0 && results.claims.length === 0;
  return (
    <div className="space-y-8">
      {none && <p className="rounded-md border border-line bg-surface p-4">Nothing matches “{results.query}”.</p>}
      {results.claims.length > 0 && (
        <section aria-labelledby="claims-results" className="space-y-3">
          <h2 id="claims-results" className="text-lg font-semibold">Claims ({results.claims.length})</h2>
          <ul className="space-y-3">
            {results.claims.map((c) => (
              <li key={c.id} className="space-y-1 rounded-md border border-line bg-surface p-3" data-testid="claim-result">
                <p className="flex flex-wrap items-center gap-2 text-xs">
                  <span className={`rounded px-1.5 py-0.5 font-semibold ${CLAIM_KIND_STYLE[c.kind].className}`}>{CLAIM_KIND_STYLE[c.kind].label}</span>
                  <span className="font-semibold uppercase tracking-wider text-accent">{c.outlet}</span>
                </p>
                <p className="font-serif">
                  <Link href={`/articles/${c.articleId}#claim-${c.id}`} className="hover:underline focus-visible:underline">
                    <Snippet text={c.snippet} />
                  </Link>
                </p>
                <p className="text-xs text-muted">in “{c.articleTitle}”</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {results.articles.length > 0 && (
        <section aria-labelledby="article-results" className="space-y-3">
          <h2 id="article-results" className="text-lg font-semibold">Articles ({results.articles.length})</h2>
          <ul className="space-y-3">
            {results.articles.map((a) => (
              <li key={a.id} className="space-y-1 rounded-md border border-line bg-surface p-3" data-testid="article-result">
                <p className="text-xs font-semibold uppercase tracking-wider text-accent">{a.outlet}</p>
                <Link href={`/articles/${a.id}`} className="font-semibold hover:underline">{a.title}</Link>
                <p className="font-serif text-sm text-muted"><Snippet text={a.snippet} /></p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
