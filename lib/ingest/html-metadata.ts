// What an HTML page says about its article: headline, outlet, authors, dates, canonical address and
// description, each with where it was read from.
//
// Sources, first found wins, field by field:
// 1. JSON-LD: every <script type="application/ld+json"> (invalid JSON is skipped), top-level arrays and @graph
//    lists, "@id" references resolved; the article node is the first one typed as an Article (NewsArticle,
//    BlogPosting, …), else a WebPage with a headline;
// 2. OpenGraph: og:title, og:site_name, article:author (names only, not profile URLs), article:published_time,
//    article:modified_time (og:updated_time), og:url, og:description;
// 3. other meta tags: author/byl/parsely-author/sailthru.author/DC.creator, date/pubdate/DC.date/
//    parsely-pub-date/sailthru.date and microdata datePublished, <link rel="canonical">, <title> (minus a
//    " | Outlet" suffix), application-name, description.
// Dates are kept as given when they are ISO 8601 ("2024-05-14T06:30:00-04:00"; a space before the time becomes
// "T"); other readable stamps ("May 14, 2024 6:30 AM EDT") are converted to ISO; anything else is dropped.
// The canonical address is resolved against the page's own address and put in canonical form (url.ts).
import type { MetadataOrigin } from "@/lib/views";
import { formatStamp, parseDateText } from "./dates";
import { parseByLine } from "./header";
import { canonicalUrl } from "./url";

export type MetadataField = "title" | "outlet" | "author" | "publishedAt" | "modifiedAt" | "url";
export type PageMetadataOrigin = Extract<MetadataOrigin, "json-ld" | "opengraph" | "meta">;

export interface PageMetadata {
  title: string | null;
  /** A dek declared as such (JSON-LD alternativeHeadline); descriptions are not taken for one. */
  subtitle: string | null;
  outlet: string | null;
  authors: string[];
  publishedAt: string | null;
  modifiedAt: string | null;
  /** Canonical address (tracking parameters and fragment dropped). */
  url: string | null;
  description: string | null;
  origins: Partial<Record<MetadataField, PageMetadataOrigin>>;
}

interface Candidate {
  title: string | null;
  subtitle: string | null;
  outlet: string | null;
  authors: string[];
  publishedAt: string | null;
  modifiedAt: string | null;
  url: string | null;
  description: string | null;
}

const EMPTY: Candidate = {
  title: null,
  subtitle: null,
  outlet: null,
  authors: [],
  publishedAt: null,
  modifiedAt: null,
  url: null,
  description: null,
};

// --- text helpers ------------------------------------------------------------------------------------------

const ENTITY_RE = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

/** Whitespace collapsed, HTML entities decoded (JSON-LD and double-encoded attributes carry them). */
function cleanText(document: Document, value: unknown): string | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  let text = String(value);
  if (ENTITY_RE.test(text)) {
    // A <textarea>'s content is text, not markup: entities are decoded and nothing is parsed or run.
    const box = document.createElement("textarea");
    box.innerHTML = text;
    text = box.value;
  }
  text = text.replace(/[\s\u00a0\u200b]+/g, " ").trim();
  return text || null;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** An ISO date kept as given (trimmed), another readable stamp as ISO, anything else null. */
export function pageDate(value: string | null): string | null {
  if (!value) return null;
  const text = value.trim();
  const iso = ISO_RE.exec(text);
  if (iso) {
    const [, y, m, d, h, mi, s] = iso;
    const month = Number(m);
    const day = Number(d);
    const daysIn = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
    if (month < 1 || month > 12 || day < 1 || day > daysIn) return null;
    if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59))) return null;
    return text.replace(" ", "T");
  }
  const stamp = parseDateText(text);
  return stamp ? formatStamp(stamp) : null;
}

/** A person's name: "By " stripped; URLs, handles and e-mail addresses are not names. */
function authorName(value: string | null): string | null {
  if (!value) return null;
  const name = value.replace(/^by[:\s]\s*/i, "").trim();
  if (!name || name.length > 120) return null;
  if (/^(?:https?:\/\/|www\.)|^@|@\S+\.\S+|^\/\S*$/i.test(name)) return null;
  return name;
}

/** "Jane Doe and John Roe" -> both names, when every part reads as a name; otherwise the string as it is. */
function splitAuthors(name: string): string[] {
  if (!/,|&|;|\sand\s/i.test(name)) return [name];
  const byline = parseByLine(`By ${name}`);
  return byline && byline.authors.length > 1 ? byline.authors : [name];
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function resolveUrl(value: string | null, pageUrl: string | undefined): string | null {
  if (!value) return null;
  try {
    return canonicalUrl(new URL(value.trim(), pageUrl).href);
  } catch {
    return null;
  }
}

// --- JSON-LD ---------------------------------------------------------------------------------------------

type Node = Record<string, unknown>;

const ARTICLE_TYPES = new Set(
  [
    "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
    "ReviewNewsArticle", "AskPublicNewsArticle", "Article", "BlogPosting", "LiveBlogPosting", "Report",
    "SatiricalArticle", "ScholarlyArticle", "TechArticle",
  ].map((t) => t.toLowerCase()),
);
const PAGE_TYPES = new Set(["webpage", "itempage", "collectionpage"]);

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typesOf(node: Node): string[] {
  const raw = node["@type"];
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((t): t is string => typeof t === "string")
    .map((t) => t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, "").toLowerCase());
}

function parseJsonLd(text: string): unknown {
  const body = text
    .trim()
    .replace(/^<!--|-->$/g, "")
    .replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, "")
    .trim();
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** Every node of every JSON-LD block: top-level items, @graph members, and nested objects (for @id lookups). */
function jsonLdNodes(document: Document): { top: Node[]; byId: Map<string, Node> } {
  const top: Node[] = [];
  const byId = new Map<string, Node>();
  const index = (value: unknown, depth: number) => {
    if (depth > 8) return;
    if (Array.isArray(value)) {
      for (const item of value) index(item, depth + 1);
      return;
    }
    if (!isNode(value)) return;
    const id = value["@id"];
    // A bare reference ({"@id": …}) must not shadow the node it refers to.
    if (typeof id === "string" && Object.keys(value).length > 1 && !byId.has(id)) byId.set(id, value);
    for (const [key, child] of Object.entries(value)) if (key !== "@context") index(child, depth + 1);
  };
  for (const script of document.querySelectorAll("script")) {
    const type = (script.getAttribute("type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (type !== "application/ld+json") continue;
    const data = parseJsonLd(script.textContent ?? "");
    if (data === undefined) continue;
    const items = Array.isArray(data) ? data : [data];
    for (const item of items) {
      if (!isNode(item)) continue;
      const graph = item["@graph"];
      if (Array.isArray(graph)) top.push(...graph.filter(isNode));
      if (item["@type"]) top.push(item);
    }
    index(data, 0);
  }
  return { top, byId };
}

function deref(value: unknown, byId: Map<string, Node>): unknown {
  if (isNode(value) && typeof value["@id"] === "string" && Object.keys(value).length === 1) {
    return byId.get(value["@id"]) ?? value;
  }
  return value;
}

function pickArticleNode(top: Node[]): Node | null {
  const article = top.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t)));
  if (article) return article;
  // A WebPage whose main entity is an article, or a WebPage that itself has a headline.
  for (const page of top.filter((n) => typesOf(n).some((t) => PAGE_TYPES.has(t)))) {
    const main = page.mainEntity;
    if (isNode(main) && typesOf(main).some((t) => ARTICLE_TYPES.has(t))) return main;
  }
  return top.find((n) => typesOf(n).some((t) => PAGE_TYPES.has(t)) && typeof n.headline === "string") ?? null;
}

function ldString(document: Document, value: unknown, byId: Map<string, Node>): string | null {
  const v = deref(Array.isArray(value) ? value[0] : value, byId);
  if (isNode(v)) return cleanText(document, v.name ?? v["@value"]);
  return cleanText(document, v);
}

function ldAuthors(document: Document, value: unknown, byId: Map<string, Node>): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of list) {
    const node = deref(item, byId);
    const name = isNode(node) ? cleanText(document, node.name) : cleanText(document, node);
    const clean = authorName(name);
    if (clean) names.push(...splitAuthors(clean));
  }
  return names;
}

function ldUrl(value: unknown, byId: Map<string, Node>): string | null {
  const v = deref(Array.isArray(value) ? value[0] : value, byId);
  if (typeof v === "string") return v;
  if (isNode(v)) {
    if (typeof v.url === "string") return v.url;
    if (typeof v["@id"] === "string") return v["@id"];
  }
  return null;
}

function fromJsonLd(document: Document, pageUrl: string | undefined): Candidate {
  const { top, byId } = jsonLdNodes(document);
  const node = pickArticleNode(top);
  if (!node) return EMPTY;
  const title = ldString(document, node.headline, byId) ?? ldString(document, node.name, byId);
  const alternative = ldString(document, node.alternativeHeadline, byId);
  let outlet = ldString(document, node.publisher, byId) ?? ldString(document, node.sourceOrganization, byId);
  if (!outlet) {
    // No publisher on the article: the site the page belongs to.
    const site = top.find((n) => typesOf(n).includes("website") && typeof n.name === "string");
    outlet = site ? cleanText(document, site.name) : null;
  }
  const url = resolveUrl(ldUrl(node.url, byId), pageUrl) ?? resolveUrl(ldUrl(node.mainEntityOfPage, byId), pageUrl);
  return {
    title,
    subtitle: alternative && alternative !== title ? alternative : null,
    outlet,
    authors: dedupe(ldAuthors(document, node.author, byId).concat(node.author ? [] : ldAuthors(document, node.creator, byId))),
    publishedAt: pageDate(ldString(document, node.datePublished, byId) ?? ldString(document, node.dateCreated, byId)),
    modifiedAt: pageDate(ldString(document, node.dateModified, byId)),
    url,
    description: ldString(document, node.description, byId),
  };
}

// --- meta tags ---------------------------------------------------------------------------------------------

/** Every <meta> value by lower-cased name/property/itemprop, in page order. */
function metaTags(document: Document): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  const add = (key: string | null, value: string | null) => {
    const k = key?.trim().toLowerCase();
    const v = cleanText(document, value);
    if (!k || !v) return;
    tags.set(k, [...(tags.get(k) ?? []), v]);
  };
  for (const meta of document.querySelectorAll("meta")) {
    const content = meta.getAttribute("content");
    for (const attr of ["property", "name", "itemprop"]) {
      // property="og:title article:author" is rare but legal: several names in one attribute.
      for (const key of (meta.getAttribute(attr) ?? "").split(/\s+/)) add(key, content);
    }
  }
  // Microdata on visible elements: <time itemprop="datePublished" datetime="…">, <span itemprop="author">…
  for (const el of document.querySelectorAll("[itemprop]:not(meta)")) {
    const value = el.getAttribute("datetime") ?? el.getAttribute("content") ?? el.textContent;
    for (const key of (el.getAttribute("itemprop") ?? "").split(/\s+/)) {
      if (key === "datePublished" || key === "dateModified") add(`itemprop:${key}`, value);
    }
  }
  return tags;
}

function first(tags: Map<string, string[]>, ...names: string[]): string | null {
  for (const name of names) {
    const value = tags.get(name)?.[0];
    if (value) return value;
  }
  return null;
}

function firstDate(tags: Map<string, string[]>, ...names: string[]): string | null {
  for (const name of names) {
    for (const value of tags.get(name) ?? []) {
      const date = pageDate(value);
      if (date) return date;
    }
  }
  return null;
}

function authorsFromTags(tags: Map<string, string[]>, ...names: string[]): string[] {
  for (const name of names) {
    const found = (tags.get(name) ?? []).map(authorName).filter((n): n is string => !!n).flatMap(splitAuthors);
    if (found.length) return dedupe(found);
  }
  return [];
}

function fromOpenGraph(tags: Map<string, string[]>, pageUrl: string | undefined): Candidate {
  return {
    title: first(tags, "og:title"),
    subtitle: null,
    outlet: first(tags, "og:site_name"),
    authors: authorsFromTags(tags, "article:author"),
    publishedAt: firstDate(tags, "article:published_time"),
    modifiedAt: firstDate(tags, "article:modified_time", "og:updated_time"),
    url: resolveUrl(first(tags, "og:url"), pageUrl),
    description: first(tags, "og:description"),
  };
}

function canonicalLink(document: Document): string | null {
  for (const link of document.querySelectorAll("link[rel][href]")) {
    const rels = (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    if (rels.includes("canonical")) return link.getAttribute("href");
  }
  return null;
}

function fromMeta(document: Document, tags: Map<string, string[]>, pageUrl: string | undefined): Candidate {
  const documentTitle = cleanText(document, document.querySelector("head title, title")?.textContent ?? null);
  return {
    title: first(tags, "parsely-title", "sailthru.title", "dc.title", "twitter:title", "title") ?? documentTitle,
    subtitle: null,
    outlet: first(tags, "application-name", "dc.publisher", "publisher", "parsely-section-publisher"),
    authors: authorsFromTags(tags, "author", "byl", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator"),
    publishedAt: firstDate(
      tags,
      "itemprop:datepublished",
      "datepublished",
      "parsely-pub-date",
      "sailthru.date",
      "article.published",
      "pubdate",
      "publishdate",
      "publish-date",
      "dc.date.issued",
      "dcterms.issued",
      "dc.date",
      "dcterms.created",
      "date",
    ),
    modifiedAt: firstDate(tags, "itemprop:datemodified", "datemodified", "article.updated", "dc.date.modified", "dcterms.modified", "last-modified"),
    url: resolveUrl(canonicalLink(document), pageUrl) ?? resolveUrl(first(tags, "parsely-link"), pageUrl),
    description: first(tags, "description", "twitter:description", "dc.description"),
  };
}

/** " | Outlet", " - Outlet", " — Outlet" at the end of a <title> goes, when the outlet is known. */
function withoutOutletSuffix(title: string, outlet: string | null): string {
  if (!outlet) return title;
  const lower = title.toLowerCase();
  const name = outlet.toLowerCase();
  for (const sep of [" | ", " - ", " – ", " — ", " :: ", " · "]) {
    if (lower.endsWith(`${sep}${name}`) && title.length > sep.length + name.length) {
      return title.slice(0, title.length - sep.length - name.length).trim();
    }
  }
  return title;
}

/** The page's own metadata, JSON-LD first, then OpenGraph, then other meta tags, each value with its origin. */
export function readPageMetadata(document: Document, pageUrl?: string): PageMetadata {
  const tags = metaTags(document);
  const sources: [PageMetadataOrigin, Candidate][] = [
    ["json-ld", fromJsonLd(document, pageUrl)],
    ["opengraph", fromOpenGraph(tags, pageUrl)],
    ["meta", fromMeta(document, tags, pageUrl)],
  ];
  const origins: PageMetadata["origins"] = {};
  const pick = <K extends "title" | "outlet" | "publishedAt" | "modifiedAt" | "url">(field: K, origin: MetadataField) => {
    for (const [from, candidate] of sources) {
      const value = candidate[field];
      if (value) {
        origins[origin] = from;
        return value;
      }
    }
    return null;
  };
  const outlet = pick("outlet", "outlet");
  const rawTitle = pick("title", "title");
  const title = rawTitle && origins.title === "meta" ? withoutOutletSuffix(rawTitle, outlet) : rawTitle;
  let authors: string[] = [];
  for (const [from, candidate] of sources) {
    if (candidate.authors.length) {
      authors = candidate.authors;
      origins.author = from;
      break;
    }
  }
  return {
    title,
    subtitle: sources[0]![1].subtitle,
    outlet,
    authors,
    publishedAt: pick("publishedAt", "publishedAt"),
    modifiedAt: pick("modifiedAt", "modifiedAt"),
    url: pick("url", "url"),
    description: sources.map(([, c]) => c.description).find((d) => !!d) ?? null,
    origins,
  };
}
