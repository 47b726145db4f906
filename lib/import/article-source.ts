// A file's or a paste's content as the text cleaner's input: HTML is reduced to its article first, and what the
// page declares (headline, byline, date, site) becomes hints.
import path from "node:path";
import { classifyFurniture, htmlToArticle, looksLikeHtml, type IngestHints } from "@/lib/ingest";

export interface ArticleSource {
  text: string;
  hints: IngestHints;
  siteName: string | null;
}

export function articleSource(content: string, fileName?: string): ArticleSource {
  const ext = fileName ? path.extname(fileName).toLowerCase() : "";
  if (ext === ".html" || ext === ".htm" || looksLikeHtml(content)) {
    const page = htmlToArticle(content);
    return {
      // The headline leads the text, as in a text file: otherwise the cleaner may take the first paragraph for one.
      text: page.title ? `${page.title}\n\n${page.text}` : page.text,
      hints: { title: page.title, author: page.author, publishedAt: page.publishedAt },
      siteName: page.siteName,
    };
  }
  return { text: content, hints: {}, siteName: null };
}

/** The first non-empty line of a text that is not page furniture: the title of a plain-text article unless one is given. */
export function firstLine(text: string): string | null {
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.replace(/[\s\u00a0]+/g, " ").trim();
    // Page furniture above the headline ("Article Lead Image", a photo credit) is not the title.
    if (trimmed && classifyFurniture(trimmed) === null) return trimmed;
  }
  return null;
}
