// The import pipeline for one plain-text article: ingest (clean text + metadata) -> analysis (claims) ->
// store (article, claims and entities in one transaction).
import { z } from "zod";
import { cleanArticleText, contentHash, IngestError } from "@/lib/ingest";
import { AppError } from "@/lib/errors";
import { analyzeArticle } from "@/lib/analysis";
import { storeArticle, type StoreArticleResult } from "@/db/queries/articles";
import type { Db } from "@/db/client";

const optionalText = z
  .string()
  .trim()
  .transform((s) => s || undefined)
  .optional();

export const importTextInputSchema = z.object({
  text: z.string(),
  outlet: z.string().trim().min(1, "Name the outlet the article comes from."),
  outletDomain: optionalText,
  /** Title of the event to join (found or created); without it, or eventId, the article starts a new event. */
  event: optionalText,
  /** Summary for an event this import creates. */
  eventSummary: optionalText,
  eventId: z.number().int().positive().optional(),
  title: optionalText,
  author: optionalText,
  publishedAt: optionalText,
  url: z.url({ protocol: /^https?$/, error: "The URL must be a valid http or https address." }).optional(),
  importedBy: z.number().int().positive().optional(),
});
export type ImportTextInput = z.input<typeof importTextInputSchema>;

/** Cleans and stores one article. Throws AppError with a message a person understands on bad input. */
export function importText(input: ImportTextInput, db?: Db): StoreArticleResult {
  const parsed = importTextInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("invalid_input", parsed.error.issues.map((i) => i.message).join(" "));
  }
  const meta = parsed.data;

  let clean;
  try {
    clean = cleanArticleText(meta.text, {
      title: meta.title,
      author: meta.author,
      publishedAt: meta.publishedAt,
    });
  } catch (error) {
    if (error instanceof IngestError) {
      throw new AppError(error.code === "empty" ? "invalid_input" : "unprocessable", error.message);
    }
    throw error;
  }
  const title = meta.title ?? clean.title;
  if (!title) throw new AppError("unprocessable", "No headline was found in the text; give the title.");

  const analysis = analyzeArticle({ title, subtitle: clean.subtitle, body: clean.body });
  return storeArticle(
    {
      outlet: { name: meta.outlet, domain: meta.outletDomain },
      event: meta.eventId ? { id: meta.eventId } : meta.event
        ? { title: meta.event, summary: meta.eventSummary }
        : null,
      title,
      subtitle: clean.subtitle,
      author: meta.author ?? clean.author,
      publishedAt: meta.publishedAt ?? clean.publishedAt,
      sourceUpdatedAt: clean.updatedAt,
      url: meta.url,
      body: clean.body,
      contentHash: contentHash({ title, body: clean.body }),
      importedBy: meta.importedBy,
      analysis,
    },
    db,
  );
}
