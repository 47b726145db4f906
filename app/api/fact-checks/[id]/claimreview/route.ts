import { getFactCheck, listRatings } from "@/db/queries/fact-checks";
import { siteUrlOf, toClaimReview } from "@/lib/claimreview";
import { notFound } from "@/lib/errors";
import { handle, requireId } from "@/lib/http";

/** GET /api/fact-checks/{id}/claimreview: the schema.org ClaimReview (JSON-LD) of a published fact-check. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(() => {
    const factCheck = getFactCheck(requireId(id, "Fact-check"));
    if (!factCheck) throw notFound(`Published fact-check ${id}`);
    return Response.json(toClaimReview(factCheck, listRatings(), siteUrlOf(request)), {
      headers: { "content-type": "application/ld+json; charset=utf-8" },
    });
  });
}
