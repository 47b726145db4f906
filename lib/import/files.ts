// Uploaded or named files -> the items of an import job: a text or HTML file is one article, a .json file one
// article or a list of them, a .ndjson file one article per line. What cannot be read becomes a failed item with
// the reason (a line that is not JSON is named by its line number); one bad item never stops the others.
import path from "node:path";
import { z } from "zod";
import type { NewImportItem } from "@/db/queries/import-jobs";
import { decodeTextBuffer, formatSize, IngestError, looksLikeHtml } from "@/lib/ingest";
import { jsonArticleSchema, type ArticleSourceInput } from "./article-input";

export const IMPORT_FILE_EXTENSIONS = [".txt", ".html", ".htm", ".json", ".ndjson", ".jsonl"] as const;

/** What a job item holds until it is imported (stored as JSON in `import_items.payload`). */
export const itemPayloadSchema = z.object({
  source: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("text"), text: z.string() }),
    z.object({ kind: z.literal("html"), html: z.string() }),
    z.object({ kind: z.literal("article"), article: jsonArticleSchema }),
  ]),
  /** The outlet for an article that does not name its own. */
  defaultOutlet: z.string().optional(),
  /** The event to join (found or created by title); without it, the archive chooses. */
  eventTitle: z.string().optional(),
});
export type ItemPayload = z.infer<typeof itemPayloadSchema> & { source: Exclude<ArticleSourceInput, { kind: "url" }> };

export interface FileLimits {
  /** Per article (a text or HTML file, a JSON article). */
  maxBytes: number;
  /** Per feed file (.json list, .ndjson). */
  maxFeedBytes: number;
}

function failed(label: string, error: string): NewImportItem {
  return { label, payload: null, error };
}

/** What applies to every item of a job: the outlet when an article names none, the event to join. */
export interface ItemDefaults {
  outlet?: string;
  eventTitle?: string;
}

function item(label: string, source: ItemPayload["source"], defaults: ItemDefaults): NewImportItem {
  const payload: Record<string, unknown> = { source };
  if (defaults.outlet) payload.defaultOutlet = defaults.outlet;
  if (defaults.eventTitle) payload.eventTitle = defaults.eventTitle;
  return { label, payload };
}

function issues(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join(" ");
}

function articleItem(label: string, value: unknown, defaults: ItemDefaults, maxBytes: number): NewImportItem {
  const parsed = jsonArticleSchema.safeParse(value);
  if (!parsed.success) return failed(label, issues(parsed.error));
  const size = Buffer.byteLength(JSON.stringify(value), "utf8");
  if (size > maxBytes) return failed(label, `The article is too large (${formatSize(size)}); the limit is ${formatSize(maxBytes)} per article.`);
  return item(label, { kind: "article", article: parsed.data }, defaults);
}

function ndjsonItems(name: string, text: string, defaults: ItemDefaults, maxBytes: number): NewImportItem[] {
  const out: NewImportItem[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const label = `${name} line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      out.push(failed(label, `Line ${index + 1} is not valid JSON (${(error as Error).message}).`));
      return;
    }
    out.push(articleItem(label, value, defaults, maxBytes));
  });
  if (!out.length) return [failed(name, "The file has no articles: every line is blank.")];
  return out;
}

function jsonItems(name: string, text: string, defaults: ItemDefaults, maxBytes: number): NewImportItem[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [failed(name, `The file is not valid JSON (${(error as Error).message}).`)];
  }
  if (!Array.isArray(value)) return [articleItem(name, value, defaults, maxBytes)];
  if (!value.length) return [failed(name, "The file holds an empty list: there is no article in it.")];
  return value.map((v, i) => articleItem(`${name} item ${i + 1}`, v, defaults, maxBytes));
}

/** The job items one file holds. */
export function itemsFromFile(name: string, bytes: Uint8Array, limits: FileLimits, defaults: ItemDefaults = {}): NewImportItem[] {
  const ext = path.extname(name).toLowerCase();
  if (!(IMPORT_FILE_EXTENSIONS as readonly string[]).includes(ext)) {
    return [failed(name, `Only ${IMPORT_FILE_EXTENSIONS.join(", ")} files can be imported.`)];
  }
  const feed = ext === ".json" || ext === ".ndjson" || ext === ".jsonl";
  let text: string;
  try {
    text = decodeTextBuffer(bytes, { maxBytes: feed ? limits.maxFeedBytes : limits.maxBytes });
  } catch (error) {
    if (error instanceof IngestError) return [failed(name, error.message)];
    throw error;
  }
  if (ext === ".ndjson" || ext === ".jsonl") return ndjsonItems(name, text, defaults, limits.maxBytes);
  if (ext === ".json") return jsonItems(name, text, defaults, limits.maxBytes);
  const html = ext === ".html" || ext === ".htm" || looksLikeHtml(text);
  return [item(name, html ? { kind: "html", html: text } : { kind: "text", text }, defaults)];
}
