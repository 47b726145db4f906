"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { eventsQuery } from "@/lib/api-client";
import { formatArticleDate } from "@/lib/format-date";
import { QueryError } from "./query-error";

/** Every event, with the outlets that cover it. */
export function EventList() {
  const { data: events, error } = useQuery(eventsQuery());
  if (error) return <QueryError error={error} />;
  if (!events) return <p aria-busy="true">Loading…</p>;
  if (events.length === 0) {
    return (
      <p className="rounded-md border border-line bg-surface p-4">
        No events yet. Import an article with <code>npm run cli -- import FILE --outlet NAME</code>.
      </p>
    );
  }
  return (
    <ul className="grid gap-4" aria-label="Events">
      {events.map((event) => (
        <li key={event.id}>
          <Link
            href={`/events/${event.id}`}
            className="block rounded-lg border border-line bg-surface p-5 transition-colors hover:border-accent"
          >
            <h2 className="text-lg font-semibold leading-snug">{event.title}</h2>
            {event.summary && <p className="mt-1 text-sm text-muted">{event.summary}</p>}
            <p className="mt-3 flex flex-wrap gap-x-3 gap-y-1 text-sm text-muted">
              <span>
                {event.articleCount} {event.articleCount === 1 ? "article" : "articles"}
              </span>
              <span>{event.outlets.length > 0 ? event.outlets.join(", ") : "no outlets yet"}</span>
              {event.latestPublishedAt && <span>{formatArticleDate(event.latestPublishedAt)}</span>}
            </p>
          </Link>
        </li>
      ))}
    </ul>
  );
}
