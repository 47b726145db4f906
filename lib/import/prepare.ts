// One article's source -> the article as it would be stored: cleaned text and metadata, each value with where it
// came from. Pure apart from jsdom; fetching a URL happens before (pipeline.ts), storing after.
import { AppError } from "@/lib/errors";
import {
  canonicalUrl,
  cleanArticleText,
  formatSize,
  htmlToArticle,
  IngestError,
  type CleanArticle,
} from "@/lib/ingest";
import type { ImportPreview, MetadataOrigin } from "@/lib/views";
import { jsonArticleParts, type ArticleSourceInput, type ImportMetadata } from "./article-input";

/** The article as it would be stored: the preview's article (without its word count) plus its body and origins. */
export interface PreparedArticle extends Omit<ImportPreview["article"], "wordCount"> {
  /** paragraphs joined by blank lines, as stored. */
  body: string;
  removed: string[];
  origins: ImportPreview["origins"];
  source: ImportPreview["source"];
}

type Field = keyof ImportPreview["origins"];

/** The first value present, with where it came from. */
function pick<T>(...candidates: [T | null | undefined, MetadataOrigin][]): [T | null, MetadataOrigin | undefined] {
  for (const [value, origin] of candidates) {
    if (value !== null && value !== undefined && value !== "") return [value, origin];
  }
  return [null, undefined];
}

/** IngestError -> the API's error: empty and unreadable input is a 400, too large a 413, no article a 422. */
export function ingestFailure(error: unknown): unknown {
  if (!(error instanceof IngestError)) return error;
  const code = error.code === "too_large" ? "too_large" : error.code === "no_article" ? "unprocessable" : "invalid_input";
  return new AppError(code, error.message);
}

// Share of control characters above which pasted text is taken for binary data (as for files, lib/ingest/decode.ts).
const MAX_CONTROL_SHARE = 0.1;

/** Refuses pasted text that is empty, larger than the limit, or binary data decoded as text. */
export function checkPastedText(text: string, maxBytes: number, what = "The text"): void {
  if (!text.trim()) throw new AppError("invalid_input", `${what} is empty.`);
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > maxBytes) {
    throw new AppError("too_large", `${what} is too large (${formatSize(bytes)}); the limit is ${formatSize(maxBytes)} per article.`);
  }
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || c === 0xfffd) throw new AppError("invalid_input", `${what} looks like binary data or a file in another encoding, not UTF-8 text.`);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) controls++;
  }
  if (controls / text.length > MAX_CONTROL_SHARE) throw new AppError("invalid_input", `${what} looks like binary data, not text.`);
}

interface Draft {
  clean: CleanArticle;
  /** What the HTML reader dropped before the text cleaner saw the text. */
  removedFromPage?: string[];
  subtitle?: string | null;
  meta: Partial<Record<Field, [string | null, MetadataOrigin]>>;
  source: ImportPreview["source"];
}

function clean(text: string, hints: { title?: string | null; author?: string | null; publishedAt?: string | null }): CleanArticle {
  try {
    return cleanArticleText(text, hints);
  } catch (error) {
    throw ingestFailure(error);
  }
}

function draftOf(source: Exclude<ArticleSourceInput, { kind: "url" }>, given: ImportMetadata, fetchedFrom: string | null): Draft {
  const hints = { title: given.title, author: given.author, publishedAt: given.publishedAt };
  switch (source.kind) {
    case "text":
      return { clean: clean(source.text, hints), meta: {}, source: { kind: fetchedFrom ? "url" : "text", fetchedFrom } };
    case "html": {
      let page;
      try {
        page = htmlToArticle(source.html, { url: fetchedFrom ?? given.url ?? undefined });
      } catch (error) {
        throw ingestFailure(error);
      }
      const origins = page.origins;
      // The headline leads the text, as in a text file: otherwise the cleaner may take the first paragraph for one.
      const headline = hints.title ?? page.title;
      const text = clean(headline ? `${headline}\n\n${page.text}` : page.text, {
        title: headline,
        author: hints.author ?? page.author,
        publishedAt: hints.publishedAt ?? page.publishedAt,
      });
      return {
        clean: text,
        removedFromPage: page.removed,
        subtitle: page.subtitle ?? text.subtitle,
        meta: {
          title: [page.title, origins.title ?? "meta"],
          outlet: [page.outlet, origins.outlet ?? "meta"],
          author: [page.author, origins.author ?? "meta"],
          publishedAt: [page.publishedAt, origins.publishedAt ?? "meta"],
          modifiedAt: [page.modifiedAt, origins.modifiedAt ?? "meta"],
          url: [page.url, origins.url ?? "meta"],
        },
        source: { kind: fetchedFrom ? "url" : "html", fetchedFrom },
      };
    }
    case "article": {
      const parts = jsonArticleParts(source.article);
      // The headline leads the text, as in a text file, so that the cleaner reads the same shape.
      const headline = hints.title ?? parts.title;
      const text = clean([headline, ...parts.paragraphs].join("\n\n"), {
        title: headline,
        author: hints.author ?? parts.author,
        publishedAt: hints.publishedAt ?? parts.publishedAt,
      });
      return {
        clean: text,
        subtitle: parts.subtitle,
        meta: {
          title: [parts.title, "given"],
          outlet: [parts.outlet, "given"],
          author: [parts.author, "given"],
          publishedAt: [parts.publishedAt, "given"],
          modifiedAt: [parts.modifiedAt, "given"],
          url: [parts.url, "given"],
        },
        source: { kind: "article", fetchedFrom },
      };
    }
  }
}

/**
 * The article a source holds, with metadata in this order: what the admin gave, what the page declares (JSON-LD,
 * OpenGraph, meta tags), what the text says (the ingest heuristics). `fetchedFrom`: the URL it was fetched from.
 */
export function prepareArticle(
  source: Exclude<ArticleSourceInput, { kind: "url" }>,
  given: ImportMetadata,
  options: { maxBytes: number; fetchedFrom?: string | null },
): PreparedArticle {
  const content = source.kind === "text" ? source.text : source.kind === "html" ? source.html : jsonArticleParts(source.article).paragraphs.join("\n\n");
  checkPastedText(content, options.maxBytes, source.kind === "html" ? "The page" : "The article");
  const draft = draftOf(source, given, options.fetchedFrom ?? null);
  const { clean: c, meta } = draft;
  const origins: ImportPreview["origins"] = {};
  const field = <T extends string>(name: Field, ...rest: [T | null | undefined, MetadataOrigin][]): T | null => {
    const [value, origin] = pick<T>([given[name as keyof ImportMetadata] as T | undefined, "given"], ...((meta[name] ? [meta[name]] : []) as [T | null, MetadataOrigin][]), ...rest);
    if (origin) origins[name] = origin;
    return value;
  };
  const title = field("title", [c.title, "text"]);
  if (!title) throw new AppError("unprocessable", "No headline was found; give the title.");
  const author = field("author", [c.author, "text"]);
  const publishedAt = field("publishedAt", [c.publishedAt, "text"]);
  const modifiedAt = field("modifiedAt", [c.updatedAt, "text"]);
  const rawUrl = field("url", [options.fetchedFrom, "url"]);
  const url = rawUrl ? canonicalUrl(rawUrl) : null;
  if (rawUrl && !url) throw new AppError("invalid_input", `The article's address is not a valid http or https URL: ${rawUrl}`);
  const outlet = field("outlet");
  return {
    title,
    subtitle: draft.subtitle !== undefined ? draft.subtitle : c.subtitle,
    outlet,
    author,
    publishedAt,
    modifiedAt,
    url,
    paragraphs: c.paragraphs,
    body: c.body,
    removed: [...(draft.removedFromPage ?? []), ...c.removed],
    origins,
    source: draft.source,
  };
}
