// The handlers behind GET/POST /api/claims/{id}/fact-checks and /api/propositions/{id}/fact-checks.
import { createFactCheck, listFactChecks, type FactCheckTargetRef } from "../db/queries/fact-checks";
import { requireRole, userFromRequest } from "./auth/request";
import { canAnnotate } from "./auth/roles";
import { factCheckInputSchema } from "./fact-check-input";
import { handle, readJson, requireId } from "./http";

type Params = { params: Promise<{ id: string }> };

export function factCheckRoutes(kind: "claim" | "proposition") {
  const what = kind === "claim" ? "Claim" : "Proposition";
  const target = (id: number): FactCheckTargetRef => (kind === "claim" ? { claimId: id } : { propositionId: id });
  return {
    /** The fact-checks on it: published ones for everyone, all of them for fact-checkers and admins. */
    async GET(request: Request, { params }: Params) {
      const { id } = await params;
      return handle(() => {
        const includeUnpublished = canAnnotate(userFromRequest(request));
        return { factChecks: listFactChecks(target(requireId(id, what)), { includeUnpublished }) };
      });
    },
    /** Starts a fact-check on it (fact-checkers and admins). */
    async POST(request: Request, { params }: Params) {
      const { id } = await params;
      return handle(async () => {
        const user = requireRole(request, "fact_checker");
        const targetId = requireId(id, what);
        const input = await readJson(request, factCheckInputSchema);
        return Response.json({ factCheck: createFactCheck(target(targetId), input, user.id) }, { status: 201 });
      });
    },
  };
}
