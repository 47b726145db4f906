import { z } from "zod";
import { restoreFactCheck } from "@/db/queries/fact-checks";
import { requireRole } from "@/lib/auth/request";
import { handle, readJson, requireId } from "@/lib/http";

const bodySchema = z.object({
  revision: z.number({ error: "Say which version to restore (revision)." }).int().positive(),
  version: z.number({ error: "Say which version you are replacing (version)." }).int().positive(),
});

/** POST /api/fact-checks/{id}/restore {revision, version}: the old revision becomes a new current version. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(async () => {
    const user = requireRole(request, "fact_checker");
    const factCheckId = requireId(id, "Fact-check");
    const { revision, version } = await readJson(request, bodySchema);
    return { factCheck: restoreFactCheck(factCheckId, revision, version, user.id) };
  });
}
