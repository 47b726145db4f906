import { factCheckHistory, getFactCheck } from "@/db/queries/fact-checks";
import { userFromRequest } from "@/lib/auth/request";
import { canAnnotate } from "@/lib/auth/roles";
import { notFound } from "@/lib/errors";
import { handle, requireId } from "@/lib/http";

/** GET /api/fact-checks/{id}/history: every saved version, newest first (fact-checkers and admins for unpublished). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(() => {
    const factCheckId = requireId(id, "Fact-check");
    const annotator = canAnnotate(userFromRequest(request));
    if (!getFactCheck(factCheckId, { includeUnpublished: annotator })) throw notFound(`Fact-check ${id}`);
    // Readers see the published versions only: drafts in between are the newsroom's.
    const revisions = factCheckHistory(factCheckId).filter((r) => annotator || r.status === "published");
    return { revisions };
  });
}
