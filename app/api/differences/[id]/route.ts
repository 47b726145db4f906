import { requireRole } from "@/lib/auth/request";
import { z } from "zod";
import { setDifferenceDismissed } from "@/db/queries/propositions";
import { handle, readJson, requireId } from "@/lib/http";

const bodySchema = z.object({ dismissed: z.boolean({ error: "Say whether the difference is dismissed (true or false)." }) });

/** PATCH /api/differences/{id} {dismissed}: dismiss a difference, or bring it back. */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(async () => {
    const user = requireRole(request, "fact_checker");
    const differenceId = requireId(id, "Difference");
    const { dismissed } = await readJson(request, bodySchema);
    setDifferenceDismissed(differenceId, dismissed, user.id);
    return { differenceId, dismissed };
  });
}
