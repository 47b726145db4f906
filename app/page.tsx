import { HydrationBoundary } from "@tanstack/react-query";
import { listEvents } from "@/db/queries/events";
import { eventsQuery } from "@/lib/api-client";
import { dehydrateData } from "@/lib/query-client";
import { EventList } from "@/components/event-list";

// Reads the live database on every request: never prerendered at build time.
export const dynamic = "force-dynamic";

export default function HomePage() {
  const state = dehydrateData([{ queryKey: eventsQuery().queryKey, data: listEvents() }]);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold sm:text-3xl">Events</h1>
        <p className="max-w-2xl text-muted">
          Each event is one story as several outlets covered it. Open one to read their articles side by side.
        </p>
      </header>
      <HydrationBoundary state={state}>
        <EventList />
      </HydrationBoundary>
    </div>
  );
}
