import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HydrationBoundary } from "@tanstack/react-query";
import { getDb } from "@/db/client";
import { getArticle } from "@/db/queries/articles";
import { getEventComparison } from "@/db/queries/comparison";
import { getEvent } from "@/db/queries/events";
import { articleQuery, eventComparisonQuery, eventQuery } from "@/lib/api-client";
import { parseId } from "@/lib/http";
import { dehydrateData } from "@/lib/query-client";
import { ArticleReader } from "@/components/article-reader";

// Reads the live database on every request: never prerendered at build time.
export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
}

function loadArticle(rawId: string) {
  const id = parseId(rawId);
  return id === null ? null : getArticle(id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = loadArticle((await params).id);
  return { title: article ? `${article.title} (${article.outlet.name})` : "Article not found" };
}

export default async function ArticlePage({ params }: Props) {
  const article = loadArticle((await params).id);
  if (!article) notFound();
  const eventId = article.event?.id;
  const state = dehydrateData([
    { queryKey: articleQuery(article.id).queryKey, data: article },
    // The event's other articles and comparison: what other outlets say about each claim.
    ...(eventId
      ? [
          { queryKey: eventQuery(eventId).queryKey, data: getEvent(eventId) },
          { queryKey: eventComparisonQuery(eventId).queryKey, data: getEventComparison(getDb(), eventId) },
        ]
      : []),
  ]);
  return (
    <HydrationBoundary state={state}>
      <ArticleReader articleId={article.id} />
    </HydrationBoundary>
  );
}
