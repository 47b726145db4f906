// What an admin may hand the importer for one article, validated: a source (text, an HTML page, a URL to fetch,
// or an article already split into its parts, as in a .json file) and metadata that overrides what the source says.
import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .nullish()
  .transform((s) => s || undefined);

/** A JSON article (`.json`, a `.ndjson` line, and what the import page saves after a preview). */
export const jsonArticleSchema = z
  .object({
    title: z.string({ error: "The article needs a title." }).trim().min(1, "The article needs a title."),
    subtitle: optionalText,
    body: z.string().nullish(),
    text: z.string().nullish(),
    paragraphs: z.array(z.string(), { error: "paragraphs must be a list of strings." }).nullish(),
    outlet: optionalText,
    url: optionalText,
    author: z.union([z.string(), z.array(z.string())]).nullish(),
    published: optionalText,
    publishedAt: optionalText,
    modified: optionalText,
    modifiedAt: optionalText,
  })
  .refine((a) => a.body != null || a.text != null || a.paragraphs != null, {
    error: "The article needs its text: give body, text or paragraphs.",
  });
export type JsonArticle = z.output<typeof jsonArticleSchema>;

/** The parts of a JSON article, with its body as paragraphs and its byline as one string. */
export function jsonArticleParts(a: JsonArticle) {
  const paragraphs = a.paragraphs ?? (a.body ?? a.text ?? "").split(/\n\s*\n/);
  const author = Array.isArray(a.author) ? a.author.map((s) => s.trim()).filter(Boolean).join(", ") : a.author?.trim();
  return {
    title: a.title,
    subtitle: a.subtitle ?? null,
    paragraphs: paragraphs.map((p) => p.trim()).filter(Boolean),
    outlet: a.outlet ?? null,
    url: a.url ?? null,
    author: author || null,
    publishedAt: a.publishedAt ?? a.published ?? null,
    modifiedAt: a.modifiedAt ?? a.modified ?? null,
  };
}

/** Metadata that overrides what the source says, and the event to join. */
export const importMetadataSchema = z.object({
  title: optionalText,
  outlet: optionalText,
  author: optionalText,
  publishedAt: optionalText,
  /** With text or html: the page's address (not fetched). Alone: the page to fetch. */
  url: optionalText,
  eventId: z.number({ error: "eventId must be a number." }).int().positive().optional(),
  eventTitle: optionalText,
});
export type ImportMetadata = Partial<z.output<typeof importMetadataSchema>>;

export type ArticleSourceInput =
  | { kind: "text"; text: string }
  | { kind: "html"; html: string }
  | { kind: "url"; url: string }
  | { kind: "article"; article: JsonArticle };

export interface OneArticleRequest {
  source: ArticleSourceInput;
  metadata: ImportMetadata;
}

/** The JSON body of `POST /api/imports` and `/api/imports/preview` for one article. */
export const oneArticleRequestSchema = importMetadataSchema
  .extend({
    text: z.string().optional(),
    html: z.string().optional(),
    article: jsonArticleSchema.optional(),
  })
  .superRefine((body, ctx) => {
    const given = (["text", "html", "article"] as const).filter((k) => body[k] !== undefined);
    if (given.length > 1) ctx.addIssue({ code: "custom", message: `Give one source, not ${given.join(" and ")}.` });
    if (given.length === 0 && !body.url) {
      ctx.addIssue({ code: "custom", message: "Give the article: text, html, article, or a url to fetch." });
    }
    if (body.eventId !== undefined && body.eventTitle !== undefined) {
      ctx.addIssue({ code: "custom", message: "Choose an existing event (eventId) or name one (eventTitle), not both." });
    }
  })
  .transform((body): OneArticleRequest => {
    const { text, html, article, ...metadata } = body;
    const source: ArticleSourceInput =
      text !== undefined
        ? { kind: "text", text }
        : html !== undefined
          ? { kind: "html", html }
          : article !== undefined
            ? { kind: "article", article }
            : { kind: "url", url: body.url! };
    // A URL to fetch is the source, not an override: the page's own canonical address is kept.
    if (source.kind === "url") delete metadata.url;
    return { source, metadata };
  });
