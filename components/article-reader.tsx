"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { articleQuery } from "@/lib/api-client";
import { ArticleBody } from "./article-body";
import { ArticleMeta } from "./article-meta";
import { OutletLabel } from "./outlet-label";
import { QueryError } from "./query-error";

/** One article, clean, with its place in an event. */
export function ArticleReader({ articleId }: { articleId: number }) {
  const { data: article, error } = useQuery(articleQuery(articleId));
  if (error) return <QueryError error={error} />;
  if (!article) return <p aria-busy="true">Loading…</p>;
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-3">
        <OutletLabel name={article.outlet.name} />
        <h1 className="text-2xl font-semibold leading-tight sm:text-3xl">{article.title}</h1>
        {article.subtitle && <p className="text-lg italic text-muted">{article.subtitle}</p>}
        <ArticleMeta article={article} />
        {article.event && (
          <p className="text-sm">
            Part of{" "}
            <Link href={`/events/${article.event.id}`} className="text-accent underline underline-offset-2">
              {article.event.title}
            </Link>
          </p>
        )}
        {article.url && (
          <p className="text-sm text-muted">
            Source:{" "}
            <a href={article.url} rel="noopener noreferrer" className="underline underline-offset-2">
              {article.url}
            </a>
          </p>
        )}
      </header>
      <ArticleBody paragraphs={article.paragraphs} />
    </article>
  );
}
