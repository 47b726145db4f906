import { countExportClaims, exportClaimBatches } from "@/db/queries/exports";
import { siteUrlOf } from "@/lib/claimreview";
import { ANNO_CONTENT_TYPE, COLLECTION_TAIL, collectionHead, toWebAnnotation } from "@/lib/exports/annotations";
import { attachment, streamText } from "@/lib/exports/stream";
import { handle } from "@/lib/http";
import { exportScopeOf } from "../scope";

export const dynamic = "force-dynamic";

/**
 * GET /api/exports/annotations[?event={id}]: every claim (not dismissed) of the archive, or of one event, as a
 * W3C Web Annotation collection (JSON-LD). Claims with a published verdict are "assessing", others "highlighting".
 */
export async function GET(request: Request) {
  return handle(() => {
    const scope = exportScopeOf(request);
    const site = siteUrlOf(request);
    const id = `${site}/api/exports/annotations${scope.eventId ? `?event=${scope.eventId}` : ""}`;
    const label = scope.eventId ? `Parallax: the claims of event ${scope.eventId}` : "Parallax: the claims of the archive";
    const head = collectionHead(id, label, countExportClaims(scope));
    let first = true;
    const chunks = (function* () {
      for (const batch of exportClaimBatches(scope)) {
        const text = batch.map((c) => JSON.stringify(toWebAnnotation(c, site))).join(",");
        yield (first ? "" : ",") + text;
        first = false;
      }
    })();
    return new Response(streamText(head, chunks, COLLECTION_TAIL), {
      headers: {
        "content-type": ANNO_CONTENT_TYPE,
        "content-disposition": attachment(scope.eventId ? `parallax-annotations-event-${scope.eventId}.jsonld` : "parallax-annotations.jsonld"),
        "cache-control": "no-store",
      },
    });
  });
}
