// HTML page -> the article's text, with the metadata the page declares. Readability finds the article in the
// page; block elements become paragraphs so that the text cleaner sees the same shape as a pasted text.
import { Readability } from "@mozilla/readability";
import { JSDOM } from "jsdom";
import { IngestError } from "./errors";

export interface HtmlArticle {
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  siteName: string | null;
  /** Paragraphs separated by blank lines. */
  text: string;
}

// Fewer words than this is navigation or an error page, not an article.
const MIN_ARTICLE_WORDS = 25;

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td";

function meta(document: Document, ...names: string[]): string | null {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = element?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return null;
}

function blockText(html: string): string {
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  const blocks = [...document.body.querySelectorAll(BLOCKS)].filter(
    (el) => !el.querySelector(BLOCKS), // innermost blocks only, so nested text is not repeated
  );
  const parts = (blocks.length > 0 ? blocks : [document.body])
    .map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter(Boolean);
  return parts.join("\n\n");
}

/** Looks like an HTML document rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(text);
}

export function htmlToArticle(html: string): HtmlArticle {
  // No scripts, no resource loading: the page is only read.
  const dom = new JSDOM(html, { url: "https://article.invalid/" });
  const { document } = dom.window;
  const metadata = {
    title: meta(document, "og:title", "twitter:title", "headline"),
    author: meta(document, "author", "article:author", "byl"),
    publishedAt: meta(document, "article:published_time", "datePublished", "date", "pubdate"),
    siteName: meta(document, "og:site_name", "application-name"),
  };
  const parsed = new Readability(document).parse();
  const text = parsed?.content ? blockText(parsed.content) : "";
  if (text.split(/\s+/).filter(Boolean).length < MIN_ARTICLE_WORDS) {
    throw new IngestError("no_article", "No article text was found in this HTML page.");
  }
  return {
    title: parsed?.title?.trim() || metadata.title,
    author: parsed?.byline?.trim() || metadata.author,
    publishedAt: parsed?.publishedTime?.trim() || metadata.publishedAt,
    siteName: parsed?.siteName?.trim() || metadata.siteName,
    text,
  };
}
