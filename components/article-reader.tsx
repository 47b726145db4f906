"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { articleQuery } from "@/lib/api-client";
import { ArticleBody } from "./article-body";
import { ArticleMeta } from "./article-meta";
import { ClaimList } from "./claim-card";
import { OutletLabel } from "./outlet-label";
import { QueryError } from "./query-error";

/** One article, clean, with its place in an event and the claims found in it. */
export function ArticleReader({ articleId }: { articleId: number }) {
  const { data: article, error } = useQuery(articleQuery(articleId));
  if (error) return <QueryError error={error} />;
  if (!article) return <p aria-busy="true">Loading…</p>;
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <article className="space-y-6">
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
      <section aria-labelledby="claims-heading" className="space-y-3">
        <h2 id="claims-heading" className="text-lg font-semibold">
          Claims <span className="font-normal text-muted">({article.claims.length})</span>
        </h2>
        <ClaimList claims={article.claims} label="Claims in this article" />
      </section>
    </div>
  );
}
