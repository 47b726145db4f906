// Public API of the claim engine: pure functions, plain data in and out.
export * from "./types";
export { composeDocument, sectionAt, toSectionOffsets } from "./document";
export { ANALYZER_VERSION, analyzeArticle } from "./analyze";
export { tokenize, type TokenSpan } from "./tokenize";
