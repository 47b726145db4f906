"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { eventComparisonQuery, eventQuery } from "@/lib/api-client";
import { ArticleColumn } from "./article-column";
import { ComparisonMatrix } from "./comparison/comparison-matrix";
import { FramingPanel } from "./comparison/framing-panel";
import { ComparisonSummary } from "./comparison/summary";
import { ViewSwitch } from "./view-switch";
import { QueryError } from "./query-error";

type EventView = "compare" | "framing" | "text" | "claims";

/** An event's coverage: the claim-by-claim comparison, the framing of each outlet, or the articles side by side. */
export function EventComparison({ eventId }: { eventId: number }) {
  const { data: event, error } = useQuery(eventQuery(eventId));
  const { data: comparison, error: comparisonError } = useQuery(eventComparisonQuery(eventId));
  const [view, setView] = useState<EventView>("compare");
  if (error || comparisonError) return <QueryError error={(error ?? comparisonError)!} />;
  if (!event || !comparison) return <p aria-busy="true">Loading…</p>;

  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <p className="text-sm text-muted">Event</p>
        <h1 className="text-2xl font-semibold leading-tight sm:text-3xl">{event.title}</h1>
        {event.summary && <p className="max-w-3xl text-muted">{event.summary}</p>}
        <ComparisonSummary articles={event.articles} comparison={comparison} />
      </header>
      <ViewSwitch
        label="Show"
        value={view}
        onChange={setView}
        options={[
          { value: "compare", label: "Compare" },
          { value: "framing", label: "Framing" },
          { value: "text", label: "Articles" },
          { value: "claims", label: "Claims" },
        ]}
      />
      {event.articles.length === 0 ? (
        <p className="rounded-md border border-line bg-surface p-4">This event has no articles yet.</p>
      ) : view === "compare" ? (
        <ComparisonMatrix articles={event.articles} comparison={comparison} />
      ) : view === "framing" ? (
        <FramingPanel articles={event.articles} framing={comparison.framing} />
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
