import { requireRole } from "@/lib/auth/request";
import { z } from "zod";
import { mergePropositions } from "@/db/queries/propositions";
import { handle, readJson } from "@/lib/http";

const bodySchema = z.object({
  propositionIds: z.array(z.number().int().positive()).min(2, "Name at least two propositions to merge."),
});

/** POST /api/propositions/merge {propositionIds}: one proposition of them all (the first keeps its id). */
export async function POST(request: Request) {
  return handle(async () => {
    const user = requireRole(request, "fact_checker");
    const { propositionIds } = await readJson(request, bodySchema);
    return { propositionId: mergePropositions(propositionIds, user.id) };
  });
}
