import { getFactCheck, updateFactCheck } from "@/db/queries/fact-checks";
import { requireRole, userFromRequest } from "@/lib/auth/request";
import { canAnnotate } from "@/lib/auth/roles";
import { notFound } from "@/lib/errors";
import { factCheckUpdateSchema } from "@/lib/fact-check-input";
import { handle, readJson, requireId } from "@/lib/http";

type Params = { params: Promise<{ id: string }> };

/** GET /api/fact-checks/{id}: published for everyone; drafts and reviews for fact-checkers and admins. */
export async function GET(request: Request, { params }: Params) {
  const { id } = await params;
  return handle(() => {
    const factCheck = getFactCheck(requireId(id, "Fact-check"), { includeUnpublished: canAnnotate(userFromRequest(request)) });
    if (!factCheck) throw notFound(`Fact-check ${id}`);
    return { factCheck };
  });
}

/** PUT /api/fact-checks/{id} {version, ratingId, explanation, evidence, status}: a new version; 409 when stale. */
export async function PUT(request: Request, { params }: Params) {
  const { id } = await params;
  return handle(async () => {
    const user = requireRole(request, "fact_checker");
    const factCheckId = requireId(id, "Fact-check");
    const { version, ...input } = await readJson(request, factCheckUpdateSchema);
    return { factCheck: updateFactCheck(factCheckId, version, input, user.id) };
  });
}
