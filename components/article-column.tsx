import Link from "next/link";
import type { ArticleView } from "@/lib/views";
import { ArticleBody } from "./article-body";
import { ArticleMeta } from "./article-meta";
import { ClaimList } from "./claim-card";
import { OutletLabel } from "./outlet-label";

export type ColumnView = "text" | "claims";

/** One outlet's article in the side-by-side view of an event: its text, or the claims found in it. */
export function ArticleColumn({ article, view }: { article: ArticleView; view: ColumnView }) {
  const headingId = `article-${article.id}-title`;
  return (
    <article
      aria-labelledby={headingId}
      data-testid="outlet-column"
      data-outlet={article.outlet.name}
      className="flex min-w-0 flex-col gap-4 rounded-lg border border-line bg-surface p-5 sm:p-6"
    >
      <header className="space-y-2 border-b border-line pb-4">
        <OutletLabel name={article.outlet.name} />
        <h2 id={headingId} className="text-xl font-semibold leading-snug sm:text-2xl">
          {article.title}
        </h2>
        {article.subtitle && <p className="text-base italic text-muted">{article.subtitle}</p>}
        <ArticleMeta article={article} />
      </header>
      {view === "text" ? (
        <ArticleBody paragraphs={article.paragraphs} />
      ) : (
        <ClaimList claims={article.claims} label={`Claims in ${article.outlet.name}`} />
      )}
      <footer className="mt-auto border-t border-line pt-3 text-sm">
        <Link href={`/articles/${article.id}`} className="text-accent underline-offset-2 hover:underline">
          Read this article on its own
          <span className="sr-only"> ({article.outlet.name})</span>
        </Link>
        <span className="ml-2 text-muted">
          · {article.wordCount} words · {article.claims.length} claims
        </span>
      </footer>
    </article>
  );
}
