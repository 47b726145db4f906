import { requireRole } from "@/lib/auth/request";
import { z } from "zod";
import { getArticle } from "@/db/queries/articles";
import { moveArticle } from "@/db/queries/propositions";
import { notFound } from "@/lib/errors";
import { handle, parseId, readJson, requireId } from "@/lib/http";

/** GET /api/articles/{id}: one article with its outlet and event. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(() => {
    const articleId = parseId(id);
    const article = articleId === null ? null : getArticle(articleId);
    if (!article) throw notFound(`Article ${id}`);
    return { article };
  });
}

const patchSchema = z.object({ eventId: z.number({ error: "Name the event to move the article to (eventId)." }).int().positive() });

/** PATCH /api/articles/{id} {eventId}: move the article to another event (an admin's correction of the grouping). */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(async () => {
    const user = requireRole(request, "admin");
    const articleId = requireId(id, "Article");
    const { eventId } = await readJson(request, patchSchema);
    moveArticle(articleId, eventId, user.id);
    return { article: getArticle(articleId) };
  });
}
