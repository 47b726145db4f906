// HTML page -> the article's text, with the metadata the page declares.
//
// 1. The page's own metadata (JSON-LD, OpenGraph, meta tags: html-metadata.ts) is read first, before anything
//    changes the document; Readability's guesses only fill what the page does not declare.
// 2. Page boilerplate that Readability tends to keep (newsletter boxes, ad slots, related-story lists, author
//    bios, cookie banners, comments) is removed by its class/id/role, unless the element holds the article.
// 3. Readability finds the article; block elements become paragraphs, so that the text cleaner sees the same
//    shape as a pasted text.
// 4. Paragraphs that repeat the headline or dek, bylines, date lines and one-line furniture ("Advertisement",
//    "Share this article") are dropped and listed in `removed`.
// A page without at least MIN_ARTICLE_WORDS words of prose (text outside links) has no article.
//
// The page is only read: jsdom runs no scripts and loads no resources (its defaults, kept here on purpose).
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import type { MetadataOrigin } from "@/lib/views";
import { parseDateLine } from "./dates";
import { IngestError } from "./errors";
import { classifyFurniture, isEmbedSignature } from "./furniture";
import { parseByLine, sameTitle } from "./header";
import { pageDate, readPageMetadata, type MetadataField } from "./html-metadata";

export interface HtmlArticle {
  /** Headline: page metadata first, then Readability's. */
  title: string | null;
  /** Dek, only when the page declares one (JSON-LD alternativeHeadline); otherwise null. */
  subtitle: string | null;
  outlet: string | null;
  authors: string[];
  /** authors joined with ", "; null when there are none. */
  author: string | null;
  /** ISO 8601 as the page gives it. */
  publishedAt: string | null;
  modifiedAt: string | null;
  /** Canonical address of the article (tracking parameters and fragment dropped), if the page names one. */
  url: string | null;
  /** The page's description (og:description, meta description): a summary, not a dek. */
  description: string | null;
  /** Where each value came from: "json-ld", "opengraph", "meta", or "text" (Readability's reading of the page). */
  origins: Partial<Record<MetadataField, MetadataOrigin>>;
  /** Paragraphs separated by blank lines. */
  text: string;
  /** Paragraphs dropped from the text as headline repeats, bylines, date lines or furniture, in order. */
  removed: string[];
  /** The same as `outlet` (older name). */
  siteName: string | null;
}

export interface HtmlArticleOptions {
  /** The page's own address: relative canonical links are resolved against it. */
  url?: string;
}

// Fewer words of prose than this is navigation, a form or an error page, not an article.
const MIN_ARTICLE_WORDS = 25;

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, caption, td, dt, dd";
const PROSE_BLOCKS = new Set(["P", "LI", "BLOCKQUOTE", "PRE", "TD", "DD"]);

// Boilerplate by class or id, matched on whole "-"/"_"-separated segments ("newsletter-signup", "ad_slot").
const BOILERPLATE_CLASS_RE =
  /(?:^|[-_])(?:newsletter|signup|sign-up|subscribe|subscription|cookies?|consent|gdpr|ads?|adslot|advert|adverts|advertisement|sponsored|promo|paywall|bio|author-bio|related|recommended|recirc|more-stories|most-(?:read|popular|viewed|shared)|trending|comments?|disqus|tags|tag-list|topics|breadcrumbs?|share|sharing|social|toolbar|modal|popup)(?:$|[-_])/i;
const BOILERPLATE_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"]);

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

const BOILERPLATE_TAGS = new Set(["NAV", "ASIDE", "FOOTER", "FORM", "DIALOG", "BUTTON", "NOSCRIPT", "TEMPLATE", "IFRAME", "SVG"]);

function isBoilerplate(el: Element): boolean {
  if (BOILERPLATE_TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute("role")?.toLowerCase();
  if (role && BOILERPLATE_ROLES.has(role)) return true;
  if (el.getAttribute("aria-hidden") === "true" || el.hasAttribute("hidden")) return true;
  const names = `${el.getAttribute("class") ?? ""} ${el.id}`.split(/\s+/).filter(Boolean);
  return names.some((name) => BOILERPLATE_CLASS_RE.test(name));
}

/**
 * Removes boilerplate elements, except those that hold the article: a <main> or articleBody inside,
 * or at least half of the page's paragraph words (a wrapper whose class happens to say "social"). Linear in the
 * size of the page: word counts are summed bottom-up once.
 */
function removeBoilerplate(document: Document): void {
  const body = document.body;
  if (!body) return;
  const all = [...body.querySelectorAll("*")]; // document order: parents before children
  const pWords = new Map<Element, number>();
  const holdsArticleTag = new Set<Element>();
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    let n = pWords.get(el) ?? 0;
    if (el.tagName === "P") n = words(el.textContent ?? "");
    // Not <article>: comment threads mark up each comment as one.
    if (el.tagName === "MAIN" || el.getAttribute("itemprop") === "articleBody") holdsArticleTag.add(el);
    pWords.set(el, n);
    const parent = el.parentElement;
    if (parent && parent !== body) {
      pWords.set(parent, (pWords.get(parent) ?? 0) + n);
      if (holdsArticleTag.has(el)) holdsArticleTag.add(parent);
    }
  }
  let pageWords = 0;
  for (const child of body.children) pageWords += pWords.get(child) ?? 0;
  const removed = new Set<Element>();
  for (const el of all) {
    if (el.parentElement && removed.has(el.parentElement)) {
      removed.add(el); // inside an element already removed
      continue;
    }
    const holdsArticle = holdsArticleTag.has(el) || (pageWords > 0 && (pWords.get(el) ?? 0) >= pageWords / 2);
    if (!holdsArticle && isBoilerplate(el)) {
      el.remove();
      removed.add(el);
    }
  }
}

interface Block {
  text: string;
  /** Words outside links, for prose blocks; 0 for headings and captions. */
  proseWords: number;
  /** Call-to-action links dropped from its end ("Read more"). */
  calls: string[];
  /** The quotation (an embedded post's <blockquote>) it is in, if any. */
  post: Element | null;
}

/** What a link says when it only asks the reader to go on: "Read more", "Continue reading »", "click here". */
/** The words of a call to action, alone: "Read more", "click here". */
const CALL_WORDS = "read more|read on|continue reading|click here|learn more|find out more|full story|more here|see more";
const CALL_TO_ACTION_RE =
  new RegExp(String.raw`^(?:${CALL_WORDS}|read the (?:full|whole) (?:story|article|report|statement)|continue reading the (?:main )?(?:story|article)|click here (?:for|to) [\p{L} ]{1,40})$`, "iu");

function isCallToAction(link: Element): boolean {
  const text = (link.textContent ?? "").replace(/\s+/g, " ").replace(/[\s»›>→…]+$|^[\s«‹<←]+/g, "").trim();
  return CALL_TO_ACTION_RE.test(text);
}

/** An inline element that wraps nothing but one link (<strong><a>Read more</a></strong>). */
function onlyLinkIn(el: Element): Element | null {
  if (el.tagName === "A") return el;
  const links = el.querySelectorAll("a");
  return links.length === 1 && (links[0]!.textContent ?? "").trim() === (el.textContent ?? "").trim() ? links[0]! : null;
}

const BETWEEN_LINKS_RE = /^[\s()[\].,;:!?»›|-]*$/;

/**
 * A block's nodes without the call-to-action links at its end ("… said Tuesday. Read more", "(click here)."), which
 * pages append to a paragraph and which would otherwise read as a sentence of the article; `end` is the sentence's
 * closing mark that stood after such a link, `calls` the links' words. A link is dropped only where it stands apart
 * from the sentence, after its full stop, a bracket or a colon: "… in a post on <a>Facebook</a>." keeps its last word.
 */
function withoutTrailingCalls(nodes: Node[]): { kept: Node[]; end: string; calls: string[] } {
  const kept = [...nodes];
  const calls: string[] = [];
  let tail = "";
  for (;;) {
    let n = kept.length;
    while (n > 0 && kept[n - 1]!.nodeType === 3 && BETWEEN_LINKS_RE.test(kept[n - 1]!.textContent ?? "")) n--;
    const last = kept[n - 1];
    const link = last?.nodeType === 1 ? onlyLinkIn(last as Element) : null;
    if (!link || !isCallToAction(link)) break;
    const before = kept.slice(0, n - 1).map((node) => node.textContent ?? "").join("").trim();
    if (before && !/[.!?:…"”’)([\]]$/.test(before)) break;
    calls.unshift((link.textContent ?? "").trim());
    tail = kept.slice(n).map((node) => node.textContent ?? "").join("") + tail;
    kept.length = n - 1;
  }
  return { kept, end: /[.!?]/.exec(tail)?.[0] ?? "", calls };
}

/**
 * A call to action left as plain words after a sentence's end, where the page's link was taken apart before it was read
 * ("… was rushed. click here", from a "javascript:" link): group 1 is the sentence's end.
 */
const TRAILING_CALL_TEXT_RE = new RegExp(String.raw`([.!?…"”’)])\s+(?:${CALL_WORDS})[\s»›>→…]*$`, "iu");

function blockOf(nodes: Node[], isProse: boolean, container: Element | null): Block {
  const { kept, end, calls } = withoutTrailingCalls(nodes);
  let text = kept.map((n) => n.textContent ?? "").join("").replace(/\s+/g, " ").trim();
  const leftover = TRAILING_CALL_TEXT_RE.exec(text);
  if (leftover) {
    calls.push(text.slice(leftover.index + leftover[1]!.length).trim());
    text = text.slice(0, leftover.index + leftover[1]!.length);
  }
  if (kept.length < nodes.length) {
    // The bracket or colon the link sat in goes with it; the sentence keeps its full stop.
    text = text.replace(/\s*[([:]$/, "");
    if (end && text && !/[.!?"”'’)]$/.test(text)) text += end;
  }
  const linkText = kept
    .flatMap((n) => (n.nodeType !== 1 ? [] : (n as Element).tagName === "A" ? [n as Element] : [...(n as Element).querySelectorAll("a")]))
    .map((a) => a.textContent ?? "")
    .join(" ");
  const all = words(text);
  const inLinks = words(linkText);
  const prose = isProse && inLinks / Math.max(all, 1) < 0.5;
  return { text, proseWords: prose ? all - inLinks : 0, calls, post: container };
}

/** Table structure: text loose in it (header cells) is no paragraph of the article. */
const TABLE_PARTS = new Set(["TABLE", "THEAD", "TBODY", "TFOOT", "TR"]);

/**
 * The content's blocks in reading order: innermost block elements, and the loose text a block holds beside its
 * inner blocks (an embedded post's "— Name (@handle) date" line after its <p> inside the <blockquote>). Each block
 * knows the quotation it is in, if any (`post`), so that a signature is kept only under its own post.
 */
function blocksOf(content: Element): Block[] {
  const blocks: Block[] = [];
  const visit = (el: Element, isRoot: boolean): void => {
    const isProse = PROSE_BLOCKS.has(el.tagName) || isRoot;
    const post = el.closest("blockquote");
    if (!el.querySelector(BLOCKS)) {
      blocks.push(blockOf([...el.childNodes], isProse, post));
      return;
    }
    let run: Node[] = [];
    const flush = () => {
      if (run.length && !isRoot && !TABLE_PARTS.has(el.tagName)) blocks.push(blockOf(run, isProse, post));
      run = [];
    };
    for (const child of el.childNodes) {
      const holdsBlock = child.nodeType === 1 && ((child as Element).matches(BLOCKS) || (child as Element).querySelector(BLOCKS));
      if (holdsBlock) {
        flush();
        visit(child as Element, false);
      } else run.push(child);
    }
    flush();
  };
  visit(content, true);
  return blocks.filter((b) => b.text || b.calls.length);
}

/** Looks like an HTML document rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(text);
}

/** "By Jane Doe", "Jane Doe and John Roe" (the page's authors), "Jane Doe · 3 February 2024". */
function isByline(text: string, authorKeys: Set<string>): boolean {
  if (parseByLine(text)) return true;
  if (authorKeys.size === 0) return false;
  if (text.split(/\s*(?:,|\band\b|&)\s*/i).every((n) => authorKeys.has(n.toLowerCase()))) return true;
  const lower = text.toLowerCase();
  return [...authorKeys].some((a) => lower.startsWith(a)) && !!parseByLine(`By ${text}`);
}

/** A post's text, not a bare link or picture address: three words or more. */
const POST_TEXT_RE = /\p{L}{2,}\S*(?:\s+\S+){2,}/u;

// How far into the text a repeated headline, dek or byline is looked for.
const HEADER_REACH = 4;

// A UTF-16 surrogate without its partner. Decoded bytes never hold one, but a JS string (from JSON) can, and the
// HTML parser (parse5 7) throws a RangeError on two low surrogates in a row ("\udc00\udc00").
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Deeper than any real page (they stay under a hundred or so); the parser slows with the square of the depth. */
const MAX_NESTING = 1000;
const TOO_DEEP = "This HTML page is nested too deeply to read (thousands of elements inside one another).";
/** Start and end tags of elements the parser nests (void and implicitly closed elements left out). */
const NESTING_TAG = /<(\/?)(?!(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr|p|li|dt|dd|option|optgroup|tr|td|th|thead|tbody|tfoot|colgroup|html|head|body)\b)([a-z][a-z0-9-]*)\b[^>]*?(\/?)>/gi;
const IGNORED_CONTENT = /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>/gi;

/**
 * Whether the page nests elements deeper than MAX_NESTING, by one pass over its tags. Checked before parsing: the
 * HTML parser takes about a minute over 20,000 nested elements before it fails.
 */
function nestedTooDeep(html: string): boolean {
  let depth = 0;
  for (const m of html.replace(IGNORED_CONTENT, "").matchAll(NESTING_TAG)) {
    if (m[3]) continue;
    depth += m[1] ? -1 : 1;
    if (depth > MAX_NESTING) return true;
  }
  return false;
}

export function htmlToArticle(html: string, options: HtmlArticleOptions = {}): HtmlArticle {
  if (nestedTooDeep(html)) throw new IngestError("no_article", TOO_DEEP);
  try {
    return readHtmlArticle(html, options);
  } catch (error) {
    // Elements nested thousands deep exhaust the stack of the HTML parser and of Readability, which walk the tree
    // recursively: such a page is refused, like any page with no readable article.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new IngestError("no_article", TOO_DEEP);
    }
    throw error;
  }
}

function readHtmlArticle(html: string, options: HtmlArticleOptions): HtmlArticle {
  // No scripts, no resource loading: the page is only read. Parse errors (bad CSS, …) are not printed. Lone
  // surrogates become U+FFFD, as decoding bytes would make them.
  const wellFormed = html.replace(LONE_SURROGATE, "\uFFFD");
  const dom = new JSDOM(wellFormed, { url: "https://article.invalid/", virtualConsole: new VirtualConsole() });
  const { document } = dom.window;
  try {
    const page = readPageMetadata(document, options.url);
    removeBoilerplate(document);
    const parsed = new Readability<Element>(document, { serializer: (node) => node as Element }).parse();
    const blocks = parsed?.content ? blocksOf(parsed.content) : [];
    if (blocks.reduce((n, b) => n + b.proseWords, 0) < MIN_ARTICLE_WORDS) {
      throw new IngestError("no_article", "No article text was found in this HTML page.");
    }

    const origins: HtmlArticle["origins"] = { ...page.origins };
    const title = page.title ?? (parsed?.title?.trim() || null);
    if (!page.title && title) origins.title = "text";
    let authors = page.authors;
    if (authors.length === 0 && parsed?.byline?.trim()) {
      // Readability's byline is the text of a byline element: only names read from it are kept.
      const byline = parsed.byline.trim();
      authors = parseByLine(/^by\b/i.test(byline) ? byline : `By ${byline}`)?.authors ?? [];
      if (authors.length) origins.author = "text";
    }
    let publishedAt = page.publishedAt;
    if (!publishedAt && parsed?.publishedTime) {
      publishedAt = pageDate(parsed.publishedTime);
      if (publishedAt) origins.publishedAt = "meta";
    }
    const outlet = page.outlet ?? (parsed?.siteName?.trim() || null);
    if (!page.outlet && outlet) origins.outlet = "meta";

    const removed: string[] = [];
    const paragraphs: string[] = [];
    const authorKeys = new Set(authors.map((a) => a.toLowerCase()));
    let previous: Block | null = null;
    blocks.forEach((block, index) => {
      const { text } = block;
      removed.push(...block.calls);
      if (!text) return;
      const early = index < HEADER_REACH;
      const repeatsHeader =
        early &&
        ((title && sameTitle(text, title)) ||
          (parsed?.title && sameTitle(text, parsed.title)) ||
          (page.subtitle && sameTitle(text, page.subtitle)));
      const byline = early && isByline(text, authorKeys);
      // An embedded post's signature right under the post's own text, in the same <blockquote>, is left for the text
      // cleaner, which keeps it there (the analysis then gives the post to its author); anywhere else it is furniture.
      const signatureOfPost = isEmbedSignature(text) && block.post !== null && previous?.post === block.post && POST_TEXT_RE.test(previous.text);
      const drop = repeatsHeader || byline || parseDateLine(text) || (!signatureOfPost && classifyFurniture(text));
      if (drop) removed.push(text);
      else paragraphs.push(text);
      previous = drop ? null : block;
    });

    return {
      title,
      subtitle: page.subtitle,
      outlet,
      authors,
      author: authors.length ? authors.join(", ") : null,
      publishedAt,
      modifiedAt: page.modifiedAt,
      url: page.url,
      description: page.description,
      origins,
      text: paragraphs.join("\n\n"),
      removed,
      siteName: outlet,
    };
  } finally {
    dom.window.close();
  }
}
