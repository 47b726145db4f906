import { exportClaimBatches } from "@/db/queries/exports";
import { siteUrlOf } from "@/lib/claimreview";
import { CLAIMS_CSV_HEADER, claimCsvRow } from "@/lib/exports/claims";
import { CSV_BOM, csvRow } from "@/lib/exports/csv";
import { attachment, streamText } from "@/lib/exports/stream";
import { handle } from "@/lib/http";
import { exportScopeOf } from "../scope";

export const dynamic = "force-dynamic";

/** GET /api/exports/claims.csv[?event={id}]: one row per claim (not dismissed), with its published verdict. */
export async function GET(request: Request) {
  return handle(() => {
    const scope = exportScopeOf(request);
    const site = siteUrlOf(request);
    const chunks = (function* () {
      for (const batch of exportClaimBatches(scope)) yield batch.map((c) => claimCsvRow(c, site)).join("");
    })();
    return new Response(streamText(CSV_BOM + csvRow(CLAIMS_CSV_HEADER), chunks, ""), {
      headers: {
        "content-type": "text/csv; charset=utf-8; header=present",
        "content-disposition": attachment(scope.eventId ? `parallax-claims-event-${scope.eventId}.csv` : "parallax-claims.csv"),
        "cache-control": "no-store",
      },
    });
  });
}
