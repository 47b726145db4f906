"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { eventQuery } from "@/lib/api-client";
import { ArticleColumn, type ColumnView } from "./article-column";
import { ViewSwitch } from "./view-switch";
import { QueryError } from "./query-error";

/** An event's articles side by side: one column per outlet, stacked on narrow screens. */
export function EventComparison({ eventId }: { eventId: number }) {
  const { data: event, error } = useQuery(eventQuery(eventId));
  const [view, setView] = useState<ColumnView>("text");
  if (error) return <QueryError error={error} />;
  if (!event) return <p aria-busy="true">Loading…</p>;

  const outletCount = new Set(event.articles.map((a) => a.outlet.id)).size;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-muted">Event</p>
        <h1 className="text-2xl font-semibold leading-tight sm:text-3xl">{event.title}</h1>
        {event.summary && <p className="max-w-3xl text-muted">{event.summary}</p>}
        <p className="text-sm text-muted">
          {outletCount} {outletCount === 1 ? "outlet" : "outlets"} · {event.articles.length}{" "}
          {event.articles.length === 1 ? "article" : "articles"} ·{" "}
          {event.articles.reduce((n, a) => n + a.claims.length, 0)} claims
        </p>
      </header>
      <ViewSwitch
        label="Show"
        value={view}
        onChange={setView}
        options={[
          { value: "text", label: "Articles" },
          { value: "claims", label: "Claims" },
        ]}
      />
      {event.articles.length === 0 ? (
        <p className="rounded-md border border-line bg-surface p-4">This event has no articles yet.</p>
      ) : (
        <div className="grid items-start gap-6 [grid-template-columns:repeat(auto-fit,minmax(min(100%,22rem),1fr))]">
          {event.articles.map((article) => (
            <ArticleColumn key={article.id} article={article} view={view} />
          ))}
        </div>
      )}
    </div>
  );
}
