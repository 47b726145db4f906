import { formatArticleDate } from "@/lib/format-date";
import type { ArticleView } from "@/lib/views";

/** Byline and dates, as the outlet gave them. */
export function ArticleMeta({ article }: { article: ArticleView }) {
  const published = formatArticleDate(article.publishedAt);
  const updated = formatArticleDate(article.sourceUpdatedAt);
  return (
    <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-muted">
      <span>{article.author ? `By ${article.author}` : "No byline"}</span>
      {published && (
        <span>
          Published <time dateTime={article.publishedAt ?? undefined}>{published}</time>
        </span>
      )}
      {updated && (
        <span>
          Updated <time dateTime={article.sourceUpdatedAt ?? undefined}>{updated}</time>
        </span>
      )}
    </p>
  );
}
