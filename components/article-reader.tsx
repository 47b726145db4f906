"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { articleQuery, eventComparisonQuery, eventQuery } from "@/lib/api-client";
import { articleLabelsById } from "@/lib/article-labels";
import type { ArticleView } from "@/lib/views";
import { ArticleMeta } from "./article-meta";
import { ClaimList } from "./claim-card";
import { CLAIM_KIND_STYLE } from "./claim-kind";
import { ClaimDetail, type SameElsewhere } from "./claim-detail";
import { HighlightedBody } from "./highlighted-body";
import { useClaimEditing } from "./claim-edit/use-claim-editing";
import { OutletLabel } from "./outlet-label";
import { QueryError } from "./query-error";

/** For each claim of the article: the same proposition's claims in the event's other articles. */
function useElsewhere(article: ArticleView | undefined) {
  const eventId = article?.event?.id ?? 0;
  const { data: event } = useQuery({ ...eventQuery(eventId), enabled: eventId > 0 });
  const { data: comparison } = useQuery({ ...eventComparisonQuery(eventId), enabled: eventId > 0 });
  return useMemo(() => {
    const elsewhere = new Map<number, SameElsewhere[]>();
    const others = (event?.articles ?? []).filter((a) => a.id !== article?.id);
    const missing = new Map<number, string[]>();
    if (!article || !comparison) return { elsewhere, missing };
    // (Another article of the same outlet is told apart by its date: "Pulsepoint (8 Mar 2025)".)
    const labels = articleLabelsById(event?.articles ?? []);
    for (const p of comparison.propositions) {
      const mine = article.claims.filter((c) => p.claimIds.includes(c.id));
      if (!mine.length) continue;
      const same = others.flatMap((a) =>
        a.claims.filter((c) => p.claimIds.includes(c.id)).map((claim) => ({ outlet: labels.get(a.id) ?? a.outlet.name, articleId: a.id, claim })),
      );
      const absent = others.filter((a) => !p.articleIds.includes(a.id)).map((a) => labels.get(a.id) ?? a.outlet.name);
      for (const c of mine) {
        elsewhere.set(c.id, same);
        missing.set(c.id, absent);
      }
    }
    return { elsewhere, missing };
  }, [article, event, comparison]);
}

/** One article, clean, with each claim highlighted in place and what other outlets say about it. */
export function ArticleReader({ articleId }: { articleId: number }) {
  const { data: article, error } = useQuery(articleQuery(articleId));
  const [activeId, setActiveId] = useState<number | null>(null);
  const { elsewhere, missing } = useElsewhere(article);
  const editing = useClaimEditing(article, setActiveId);
  // A link to /articles/{id}#claim-{claimId} opens with that claim active.
  useEffect(() => {
    const m = /^#claim-(\d+)$/.exec(window.location.hash);
    if (m) setActiveId(Number(m[1]));
  }, []);
  if (error) return <QueryError error={error} />;
  if (!article) return <p aria-busy="true">Loading…</p>;
  const active = article.claims.find((c) => c.id === activeId) ?? null;
  const kinds = [...new Set(article.claims.map((c) => c.kind))];
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <article ref={editing.rootRef} className="relative space-y-6">
        <header className="space-y-3">
          <OutletLabel name={article.outlet.name} />
          <h1 className="text-2xl font-semibold leading-tight sm:text-3xl" data-section="title">
            {article.title}
          </h1>
          {article.subtitle && (
            <p className="text-lg italic text-muted" data-section="subtitle">
              {article.subtitle}
            </p>
          )}
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
          {kinds.length > 0 && (
            <p className="flex flex-wrap items-center gap-1.5 text-xs" aria-label="Claim colours">
              <span className="text-muted">Claims:</span>
              {kinds.map((k) => (
                <span key={k} className={`rounded px-1.5 py-0.5 font-semibold ${CLAIM_KIND_STYLE[k].className}`}>
                  {CLAIM_KIND_STYLE[k].label}
                </span>
              ))}
            </p>
          )}
        </header>
        <HighlightedBody paragraphs={article.paragraphs} claims={article.claims} activeId={activeId} onActivate={setActiveId} />
        {editing.floating}
      </article>
      <aside aria-labelledby="claims-heading" className="space-y-3">
        <div className="space-y-3 lg:sticky lg:top-4">
          {editing.panel}
          <ClaimDetail
            claim={active}
            elsewhere={active ? (elsewhere.get(active.id) ?? []) : []}
            alone={active ? (missing.get(active.id) ?? []) : []}
            actions={editing.actionsFor(active)}
          />
        </div>
        <h2 id="claims-heading" className="text-lg font-semibold">
          Claims <span className="font-normal text-muted">({article.claims.length})</span>
        </h2>
        <ClaimList claims={article.claims} label="Claims in this article" />
      </aside>
    </div>
  );
}
