import { z } from "zod";
import { editClaim, getClaimView, setClaimDismissed } from "@/db/queries/claim-edits";
import { CLAIM_KINDS, QUOTE_TYPES } from "@/db/schema";
import { getDb } from "@/db/client";
import { requireRole, userFromRequest } from "@/lib/auth/request";
import { canAnnotate } from "@/lib/auth/roles";
import { AppError, notFound } from "@/lib/errors";
import { handle, readJson, requireId } from "@/lib/http";

type Params = { params: Promise<{ id: string }> };

const claimPatchSchema = z.strictObject({
  kind: z.enum(CLAIM_KINDS).optional(),
  source: z.string().max(200).nullish(),
  cue: z.string().max(100).nullish(),
  quote: z.enum(QUOTE_TYPES).optional(),
  hedged: z.boolean().optional(),
  content: z.string().max(5000).optional(),
  dismissed: z.boolean().optional(),
});

/** GET /api/claims/{id}: one claim; a dismissed one only for fact-checkers and admins. */
export async function GET(request: Request, { params }: Params) {
  const { id } = await params;
  return handle(() => {
    const claim = getClaimView(requireId(id, "Claim"));
    if (!claim || (claim.dismissed && !canAnnotate(userFromRequest(request)))) throw notFound(`Claim ${id}`);
    return { claim };
  });
}

/** PATCH /api/claims/{id} {kind?, source?, cue?, quote?, hedged?, content?, dismissed?}: edit, dismiss or restore. */
export async function PATCH(request: Request, { params }: Params) {
  const { id } = await params;
  return handle(async () => {
    const user = requireRole(request, "fact_checker");
    const claimId = requireId(id, "Claim");
    const { dismissed, ...changes } = await readJson(request, claimPatchSchema);
    if (dismissed === undefined && Object.keys(changes).length === 0) throw new AppError("invalid_input", "Nothing to change.");
    // The edit and the dismissal land together or not at all.
    const db = getDb();
    const claim = db.transaction(() => {
      let view = Object.keys(changes).length ? editClaim(claimId, changes, user.id, db) : null;
      if (dismissed !== undefined) view = setClaimDismissed(claimId, dismissed, user.id, db);
      return view!;
    });
    return { claim };
  });
}
