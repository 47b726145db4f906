import type { Article, Event, Outlet } from "../schema";
import type { ArticleView, ClaimView } from "../../lib/views";

export type { ArticleView };

export function toArticleView(
  article: Article,
  outlet: Outlet,
  event: Event | null,
  claims: ClaimView[] = [],
): ArticleView {
  return {
    id: article.id,
    title: article.title,
    subtitle: article.subtitle,
    author: article.author,
    publishedAt: article.publishedAt,
    sourceUpdatedAt: article.sourceUpdatedAt,
    url: article.url,
    wordCount: article.wordCount,
    importedAt: article.importedAt,
    outlet: { id: outlet.id, name: outlet.name, domain: outlet.domain },
    event: event ? { id: event.id, title: event.title } : null,
    paragraphs: splitParagraphs(article.body),
    claims,
  };
}

/** The stored body keeps paragraphs apart with one blank line. */
export function splitParagraphs(body: string): string[] {
  return body.split("\n\n").filter((p) => p.length > 0);
}
