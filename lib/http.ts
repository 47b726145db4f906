// Helpers for the JSON API: id parsing and the one error shape every route answers with.
import { z } from "zod";
import { AppError } from "./errors";
import { formatSize } from "./ingest/decode";
import type { ApiErrorBody } from "./views";

const idSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A positive integer id from a URL segment, or null when the segment is not one. */
export function parseId(raw: string): number | null {
  if (!/^\d+$/.test(raw)) return null;
  const parsed = idSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    // Details (the current version on a 409, for one) travel beside the code and message.
    const details = error.details && typeof error.details === "object" ? error.details : {};
    const body: ApiErrorBody = { error: { ...details, code: error.code, message: error.message } };
    const headers = new Headers();
    if (error.retryAfterSeconds) headers.set("retry-after", String(error.retryAfterSeconds));
    return Response.json(body, { status: error.status, headers });
  }
  console.error(error);
  const body: ApiErrorBody = {
    error: { code: "internal", message: "Something went wrong on our side. Please try again." },
  };
  return Response.json(body, { status: 500 });
}

/** Runs a route handler body, turning thrown errors into the JSON error shape. */
export async function handle(run: () => unknown | Promise<unknown>): Promise<Response> {
  try {
    const result = await run();
    return result instanceof Response ? result : Response.json(result);
  } catch (error) {
    return errorResponse(error);
  }
}

// The JSON bodies the API takes are a few ids and a sentence: anything far larger is a mistake or an attack.
const MAX_JSON_BODY = 100_000;

/**
 * The JSON body of a request validated by `schema`, or an invalid_input AppError saying what is wrong. A route that
 * takes whole articles raises the limit with `maxBytes`; a body over it is then refused with 413.
 */
export async function readJson<T>(request: Request, schema: z.ZodType<T>, options: { maxBytes?: number } = {}): Promise<T> {
  if (options.maxBytes !== undefined) return parseJsonBody(await readBody(request, options.maxBytes), schema);
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > MAX_JSON_BODY) throw new AppError("invalid_input", "The request body is too large (at most 100 KB).");
  return parseJsonBody(bytes, schema);
}

/**
 * The request's body, refused with 413 as soon as it passes `maxBytes`: the declared length is checked first, and the
 * bytes are counted as they arrive, so a body sent without a length (chunked) cannot slip past the limit.
 */
export async function readBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = () => new AppError("too_large", `The request is too large; the limit is ${formatSize(maxBytes)}.`);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

function parseJsonBody<T>(bytes: ArrayBuffer | Uint8Array, schema: z.ZodType<T>): T {
  let text: string;
  try {
    // Fatal: a body in another encoding is refused, not stored with replacement characters.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("invalid_input", "The request body must be UTF-8 text.");
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("invalid_input", "The request body must be JSON.");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join(" "));
  return parsed.data;
}

/** A route's id segment as a positive integer, or a not-found AppError naming what was looked for. */
export function requireId(raw: string, what: string): number {
  const id = parseId(raw);
  if (id === null) throw new AppError("not_found", `${what} ${raw} was not found.`);
  return id;
}
