// Public API of lib/ingest: raw scraped article text (or file bytes) -> clean article.
export { cleanArticleText, type CleanArticle, type IngestHints } from "./clean-article";
export { normalizeWhitespace } from "./normalize";
export { contentHash } from "./hash";
export { IngestError, type IngestErrorCode } from "./errors";
export { decodeTextBuffer, formatSize, DEFAULT_MAX_BYTES } from "./decode";
export { htmlToArticle, looksLikeHtml, type HtmlArticle, type HtmlArticleOptions } from "./html";
export { readPageMetadata, type PageMetadata, type MetadataField } from "./html-metadata";
export { canonicalUrl, sameArticleUrl, schemeForms, isTrackingParam } from "./url";
export { classifyFurniture, type FurnitureKind } from "./furniture";
