import { getEventComparisonJson } from "@/db/queries/comparison";
import { getDb } from "@/db/client";
import { handle, requireId } from "@/lib/http";
import { notFound } from "@/lib/errors";

/** GET /api/events/{id}/comparison: the event's propositions with their claims and the differences between outlets. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(() => {
    const json = getEventComparisonJson(getDb(), requireId(id, "Event"));
    if (json === null) throw notFound(`Event ${id}`);
    return new Response(json, { headers: { "content-type": "application/json" } });
  });
}
