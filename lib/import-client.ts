// Query options and calls for the admin import routes (docs/api.md, "Imports (admin)"), client-safe.
import { queryOptions } from "@tanstack/react-query";
import { ApiError, fetchJson } from "./api-client";
import type { ApiErrorBody, ArticleView, ImportJobStatus, ImportJobSummaryView, ImportJobView, ImportPreview } from "./views";

/** The file types an upload accepts, as the file picker's `accept`. */
export const IMPORT_FILE_ACCEPT = ".txt,.html,.htm,.json,.ndjson,.jsonl";
const IMPORT_FILE_EXTENSION = /\.(txt|html?|json|ndjson|jsonl)$/i;

export const isImportFile = (name: string) => IMPORT_FILE_EXTENSION.test(name);

/** How often a running job is asked for its progress. */
export const JOB_POLL_MS = 700;

/** How a job was started, in words: "upload" is the import page, "cli" the command line. */
export const jobSourceLabel = (source: string) => ({ upload: "uploaded files", cli: "command line" })[source] ?? source;

export const isJobActive = (status: ImportJobStatus | undefined) => status === "queued" || status === "running";

/** An article already split into its parts: what the import page previews again and saves after a preview. */
export interface ImportArticleInput {
  title: string;
  subtitle: string | null;
  paragraphs: string[];
  outlet: string | null;
  author: string | null;
  published: string | null;
  /** When the page says it was last changed; kept from the first preview. */
  modified: string | null;
  url: string | null;
}

/** One article's source: exactly one of these. */
export type ImportSource = { text: string } | { html: string } | { url: string } | { article: ImportArticleInput };

/** Which event a saved article joins: the archive's choice, one by id, or the event of a title (new or not). */
export type ImportEventChoice = { kind: "auto" } | { kind: "existing"; eventId: number } | { kind: "new"; title: string };

export interface ImportDuplicate {
  articleId: number;
  title: string;
  reason: "url" | "content";
}

/** The 20 newest import jobs. */
export const importJobsQuery = () =>
  queryOptions({
    queryKey: ["imports"],
    queryFn: () => fetchJson<{ jobs: ImportJobSummaryView[] }>("/api/imports").then((r) => r.jobs),
    staleTime: 0,
    // Keep the list's statuses and counts moving while one of its jobs runs.
    refetchInterval: (query) => (query.state.data?.some((j) => isJobActive(j.status)) ? 2_000 : false),
  });

/** One job with its items, polled while it is queued or running and left alone once it has finished. */
export const importJobQuery = (id: number) =>
  queryOptions({
    queryKey: ["imports", id],
    queryFn: () => fetchJson<{ job: ImportJobView }>(`/api/imports/${id}`).then((r) => r.job),
    staleTime: 0,
    refetchInterval: (query) => (query.state.status !== "error" && (query.state.data === undefined || isJobActive(query.state.data.status)) ? JOB_POLL_MS : false),
  });

/** What importing one article would store; nothing is written. */
export const previewImport = (source: ImportSource) =>
  fetchJson<{ preview: ImportPreview }>("/api/imports/preview", { method: "POST", body: source }).then((r) => r.preview);

/** Stores one article (after a preview); a duplicate throws an ApiError with status 409 (see duplicateOf). */
export function saveImport(article: ImportArticleInput, event: ImportEventChoice) {
  const body = {
    article,
    ...(event.kind === "existing" ? { eventId: event.eventId } : event.kind === "new" ? { eventTitle: event.title.trim() } : {}),
  };
  return fetchJson<{ status: "imported"; article: ArticleView }>("/api/imports", { method: "POST", body }).then((r) => r.article);
}

/** The stored article a 409 from POST /api/imports names, if that is what `error` is. */
export function duplicateOf(error: unknown): ImportDuplicate | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const d = error.body?.duplicate as Partial<ImportDuplicate> | undefined;
  return d && typeof d.articleId === "number" ? { articleId: d.articleId, title: String(d.title ?? ""), reason: d.reason === "url" ? "url" : "content" } : null;
}

/** Uploads files as one import job (multipart: repeated `files`, optional default `outlet`); answers 202 {job}. */
export async function uploadImportFiles(files: File[], outlet: string): Promise<ImportJobView> {
  const form = new FormData();
  for (const file of files) form.append("files", file, file.name);
  if (outlet.trim()) form.append("outlet", outlet.trim());
  const response = await fetch("/api/imports", { method: "POST", headers: { accept: "application/json" }, body: form });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ApiErrorBody | null;
    throw new ApiError(response.status, body?.error.code ?? "http_error", body?.error.message ?? `The server answered ${response.status}.`, body?.error ?? null);
  }
  return ((await response.json()) as { job: ImportJobView }).job;
}

/** The API's message, or a plain one when the server could not be reached. */
export const importErrorMessage = (e: unknown) => (e instanceof ApiError ? e.message : "Could not reach Parallax. Try again.");
