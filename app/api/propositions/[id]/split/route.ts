import { requireRole } from "@/lib/auth/request";
import { z } from "zod";
import { splitProposition } from "@/db/queries/propositions";
import { handle, readJson, requireId } from "@/lib/http";

const bodySchema = z.object({ claimIds: z.array(z.number().int().positive()).min(1, "Name the claims to split off.") });

/** POST /api/propositions/{id}/split {claimIds}: those claims become a proposition of their own. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(async () => {
    const user = requireRole(request, "fact_checker");
    const propositionId = requireId(id, "Proposition");
    const { claimIds } = await readJson(request, bodySchema);
    return Response.json({ propositionId: splitProposition(propositionId, claimIds, user.id) }, { status: 201 });
  });
}
