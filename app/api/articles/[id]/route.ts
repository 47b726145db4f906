import { getArticle } from "@/db/queries/articles";
import { notFound } from "@/lib/errors";
import { handle, parseId } from "@/lib/http";

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
