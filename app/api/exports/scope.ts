import { eventExists, type ExportScope } from "@/db/queries/exports";
import { AppError, notFound } from "@/lib/errors";
import { parseId } from "@/lib/http";

/** The archive, or one event with `?event={id}` (400 when it is not an id, 404 when there is no such event). */
export function exportScopeOf(request: Request): ExportScope {
  const rawEvent = new URL(request.url).searchParams.get("event");
  if (rawEvent === null) return {};
  const eventId = parseId(rawEvent);
  if (eventId === null) throw new AppError("invalid_input", "event must be an event id.");
  if (!eventExists(eventId)) throw notFound(`Event ${eventId}`);
  return { eventId };
}
