import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/request";
import { handle, readJson } from "@/lib/http";
import { oneArticleRequestSchema } from "@/lib/import/article-input";
import { importLimits } from "@/lib/import/limits";
import { previewImport } from "@/lib/import/pipeline";

/** POST /api/imports/preview: what importing one article would store (admins). Writes nothing. */
export async function POST(request: Request) {
  return handle(async () => {
    requireRole(request, "admin");
    const limits = importLimits();
    const input = await readJson(request, oneArticleRequestSchema, { maxBytes: limits.maxJsonBytes });
    return { preview: await previewImport(getDb(), input, { maxBytes: limits.maxBytes }) };
  });
}
