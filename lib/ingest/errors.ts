// Errors raised while turning raw input into an article. Messages are written for the person who supplied
// the input: callers show them as they are.
export type IngestErrorCode = "empty" | "binary" | "encoding" | "too_large" | "no_article";

export class IngestError extends Error {
  readonly code: IngestErrorCode;

  constructor(code: IngestErrorCode, message: string) {
    super(message);
    this.name = "IngestError";
    this.code = code;
  }
}
