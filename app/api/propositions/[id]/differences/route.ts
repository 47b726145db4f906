import { requireRole } from "@/lib/auth/request";
import { z } from "zod";
import { DIFFERENCE_TYPES } from "@/lib/analysis/types";
import { addDifference } from "@/db/queries/propositions";
import { handle, readJson, requireId } from "@/lib/http";

const bodySchema = z.object({
  type: z.enum(DIFFERENCE_TYPES, { error: `The type must be one of ${DIFFERENCE_TYPES.join(", ")}.` }),
  explanation: z.string().trim().min(1, "Explain the difference in a sentence.").max(2000, "Keep the explanation under 2,000 characters."),
  claimIds: z.array(z.number().int().positive()).optional(),
});

/** POST /api/propositions/{id}/differences {type, explanation, claimIds?}: a difference a person names. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(async () => {
    const user = requireRole(request, "fact_checker");
    const propositionId = requireId(id, "Proposition");
    const input = await readJson(request, bodySchema);
    return Response.json({ differenceId: addDifference(propositionId, input, user.id) }, { status: 201 });
  });
}
