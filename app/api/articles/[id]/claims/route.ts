import { z } from "zod";
import { addManualClaim, getDismissedClaims } from "@/db/queries/claim-edits";
import { CLAIM_KINDS, CLAIM_SECTIONS, QUOTE_TYPES } from "@/db/schema";
import { requireRole } from "@/lib/auth/request";
import { AppError } from "@/lib/errors";
import { handle, readJson, requireId } from "@/lib/http";

type Params = { params: Promise<{ id: string }> };

const offset = z.number().int().min(0).max(10_000_000);
const manualClaimSchema = z.strictObject({
  section: z.enum(CLAIM_SECTIONS),
  start: offset,
  end: offset,
  kind: z.enum(CLAIM_KINDS),
  source: z.string().max(200).nullish(),
  cue: z.string().max(100).nullish(),
  quote: z.enum(QUOTE_TYPES).optional(),
  hedged: z.boolean().optional(),
});

/** GET /api/articles/{id}/claims?dismissed=1: the claims fact-checkers dismissed (fact-checkers and admins). */
export async function GET(request: Request, { params }: Params) {
  const { id } = await params;
  return handle(() => {
    requireRole(request, "fact_checker");
    if (new URL(request.url).searchParams.get("dismissed") !== "1") {
      throw new AppError("invalid_input", "Ask for ?dismissed=1; the article's visible claims come with GET /api/articles/{id}.");
    }
    return { claims: getDismissedClaims(requireId(id, "Article")) };
  });
}

/** POST /api/articles/{id}/claims {section, start, end, kind, source?, cue?, quote?, hedged?}: a claim by hand. */
export async function POST(request: Request, { params }: Params) {
  const { id } = await params;
  return handle(async () => {
    const user = requireRole(request, "fact_checker");
    const articleId = requireId(id, "Article");
    const input = await readJson(request, manualClaimSchema);
    return Response.json({ claim: addManualClaim(articleId, input, user.id) }, { status: 201 });
  });
}
