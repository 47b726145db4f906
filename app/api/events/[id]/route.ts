import { getEvent } from "@/db/queries/events";
import { notFound } from "@/lib/errors";
import { handle, parseId } from "@/lib/http";

/** GET /api/events/{id}: the event with its articles. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(() => {
    const eventId = parseId(id);
    const event = eventId === null ? null : getEvent(eventId);
    if (!event) throw notFound(`Event ${id}`);
    return { event };
  });
}
