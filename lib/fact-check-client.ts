// Query options and calls for fact-checks, the rating scale and the queue, over the JSON API (client-safe).
import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "./api-client";
import type { FactCheckInput } from "./fact-check-input";
import type { FactCheckRevisionView, FactCheckView, PersonView, QueueItemView, RatingView } from "./views";

/** What a fact-check editor is about. */
export type EditorTarget = { type: "claim"; id: number } | { type: "proposition"; id: number };

const targetPath = (target: EditorTarget) => `/api/${target.type === "claim" ? "claims" : "propositions"}/${target.id}/fact-checks`;

export const ratingsQuery = () =>
  queryOptions({
    queryKey: ["ratings"],
    queryFn: () => fetchJson<{ ratings: RatingView[] }>("/api/ratings").then((r) => r.ratings),
    staleTime: 5 * 60_000,
  });

/** Who a fact-check can be assigned to (fact-checkers and admins). */
export const assignableQuery = () =>
  queryOptions({
    queryKey: ["fact-checkers"],
    queryFn: () => fetchJson<{ people: PersonView[] }>("/api/fact-checkers").then((r) => r.people),
    staleTime: 5 * 60_000,
  });

/** The fact-checks of a claim or a proposition, newest first (drafts only for fact-checkers and admins). */
export const targetFactChecksQuery = (target: EditorTarget) =>
  queryOptions({
    queryKey: ["fact-checks", target.type, target.id],
    queryFn: () => fetchJson<{ factChecks: FactCheckView[] }>(targetPath(target)).then((r) => r.factChecks),
  });

export const factCheckHistoryQuery = (id: number) =>
  queryOptions({
    queryKey: ["fact-checks", id, "history"],
    queryFn: () => fetchJson<{ revisions: FactCheckRevisionView[] }>(`/api/fact-checks/${id}/history`).then((r) => r.revisions),
  });

/** Claims on one page of the queue. */
export const QUEUE_PAGE_SIZE = 50;

export interface QueueParams {
  event?: number;
  outlet?: number;
  status?: "unchecked" | "draft" | "in_review" | "published";
  /** A user id, "me" or "none". */
  assignee?: number | "me" | "none";
  limit?: number;
  offset?: number;
}

export interface QueueResponse {
  items: QueueItemView[];
  total: number;
  limit: number;
  offset: number;
  options: { events: { id: number; title: string }[]; outlets: { id: number; name: string }[]; assignees: PersonView[] };
}

/** The query string of a queue request: only the parameters that are set, in a fixed order. */
export function queueSearch(params: QueueParams): string {
  const search = new URLSearchParams();
  for (const key of ["event", "outlet", "status", "assignee", "limit", "offset"] as const) {
    const value = params[key];
    if (value !== undefined) search.set(key, String(value));
  }
  return search.toString();
}

export const queueQuery = (params: QueueParams) =>
  queryOptions({
    queryKey: ["queue", queueSearch(params)],
    queryFn: () => fetchJson<QueueResponse>(`/api/queue?${queueSearch(params)}`),
  });

export type FactCheckPayload = Omit<FactCheckInput, "assigneeId"> & { assigneeId?: number | null };

export const createFactCheck = (target: EditorTarget, input: FactCheckPayload) =>
  fetchJson<{ factCheck: FactCheckView }>(targetPath(target), { method: "POST", body: input }).then((r) => r.factCheck);

export const updateFactCheck = (id: number, version: number, input: FactCheckPayload) =>
  fetchJson<{ factCheck: FactCheckView }>(`/api/fact-checks/${id}`, { method: "PUT", body: { ...input, version } }).then((r) => r.factCheck);

export const restoreFactCheck = (id: number, revision: number, version: number) =>
  fetchJson<{ factCheck: FactCheckView }>(`/api/fact-checks/${id}/restore`, { method: "POST", body: { revision, version } }).then((r) => r.factCheck);

const QUEUE_STATUS_VALUES = ["unchecked", "draft", "in_review", "published"] as const;
const positiveInt = (raw: string | undefined) => (raw && /^\d{1,15}$/.test(raw) && Number(raw) > 0 ? Number(raw) : undefined);

/** The queue's filters from a page's search parameters; values that make no sense are left out, not errors. */
export function queueParamsFrom(get: (name: string) => string | undefined): QueueParams & { claim?: number } {
  const status = get("status");
  const assignee = get("assignee");
  const offset = get("offset");
  return {
    event: positiveInt(get("event")),
    outlet: positiveInt(get("outlet")),
    status: (QUEUE_STATUS_VALUES as readonly string[]).includes(status ?? "") ? (status as QueueParams["status"]) : undefined,
    assignee: assignee === "me" || assignee === "none" ? assignee : positiveInt(assignee),
    offset: offset && /^\d{1,9}$/.test(offset) ? Number(offset) : undefined,
    claim: positiveInt(get("claim")),
  };
}
