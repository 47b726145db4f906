import { listEvents } from "@/db/queries/events";
import { handle } from "@/lib/http";

/** GET /api/events: every event with its outlets and article count. */
export function GET() {
  return handle(() => ({ events: listEvents() }));
}
