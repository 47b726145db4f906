import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HydrationBoundary } from "@tanstack/react-query";
import { getArticle } from "@/db/queries/articles";
import { articleQuery } from "@/lib/api-client";
import { parseId } from "@/lib/http";
import { dehydrateData } from "@/lib/query-client";
import { ArticleReader } from "@/components/article-reader";

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
  const state = dehydrateData([{ queryKey: articleQuery(article.id).queryKey, data: article }]);
  return (
    <HydrationBoundary state={state}>
      <ArticleReader articleId={article.id} />
    </HydrationBoundary>
  );
}
