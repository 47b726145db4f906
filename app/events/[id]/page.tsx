import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HydrationBoundary } from "@tanstack/react-query";
import { getDb } from "@/db/client";
import { getEventComparison } from "@/db/queries/comparison";
import { getEvent } from "@/db/queries/events";
import { eventComparisonQuery, eventQuery } from "@/lib/api-client";
import { parseId } from "@/lib/http";
import { dehydrateData } from "@/lib/query-client";
import { EventComparison } from "@/components/event-comparison";

// The comparison page is the one readers share and load most: rendered on first request, then served from
// Next's cache and rendered again in the background at most every 5 seconds (never prerendered at build time).
// A page can therefore be up to 5 seconds behind the database; the JSON API never is.
export const revalidate = 5;
/** No event page is built ahead of time (there is no database at build time): each is made on its first request. */
export function generateStaticParams() {
  return [];
}

interface Props {
  params: Promise<{ id: string }>;
}

function loadEvent(rawId: string) {
  const id = parseId(rawId);
  return id === null ? null : getEvent(id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = loadEvent((await params).id);
  return { title: event?.title ?? "Event not found" };
}

export default async function EventPage({ params }: Props) {
  const event = loadEvent((await params).id);
  if (!event) notFound();
  const state = dehydrateData([
    { queryKey: eventQuery(event.id).queryKey, data: event },
    { queryKey: eventComparisonQuery(event.id).queryKey, data: getEventComparison(getDb(), event.id) },
  ]);
  return (
    <HydrationBoundary state={state}>
      <EventComparison eventId={event.id} />
    </HydrationBoundary>
  );
}
