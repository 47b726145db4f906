// Public API of lib/ingest: raw scraped article text (or file bytes) -> clean article.
export { cleanArticleText, type CleanArticle, type IngestHints } from "./clean-article";
export { normalizeWhitespace } from "./normalize";
export { contentHash } from "./hash";
export { IngestError, type IngestErrorCode } from "./errors";
export { decodeTextBuffer } from "./decode";
export { htmlToArticle, looksLikeHtml, type HtmlArticle } from "./html";
export { classifyFurniture, type FurnitureKind } from "./furniture";
