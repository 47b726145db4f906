import { listPublishedFactChecks, listRatings } from "@/db/queries/fact-checks";
import { siteUrlOf } from "@/lib/claimreview";
import { CLAIMREVIEWS_FILENAME, claimReviewsExport } from "@/lib/exports/claimreviews";
import { attachment } from "@/lib/exports/stream";
import { handle } from "@/lib/http";

export const dynamic = "force-dynamic";

/** GET /api/exports/claimreviews: every published fact-check as a schema.org ClaimReview, one JSON array. */
export async function GET(request: Request) {
  return handle(() => {
    const reviews = claimReviewsExport(listPublishedFactChecks(), listRatings(), siteUrlOf(request));
    return new Response(JSON.stringify(reviews, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": attachment(CLAIMREVIEWS_FILENAME),
        "cache-control": "no-store",
      },
    });
  });
}
