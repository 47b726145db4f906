// Query options for the JSON API: one factory per resource, shared by hooks, server prefetching and
// invalidation so that they always agree on the key.
import { queryOptions } from "@tanstack/react-query";
import type { UserView } from "./auth/roles";
import type { ApiErrorBody, ArticleView, EventComparison, EventDetail, EventSummary } from "./views";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The whole error object the API sent (a 409 carries `current`, the version saved meanwhile). */
    readonly body: ApiErrorBody["error"] | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Calls the JSON API: GET by default; `body` is sent as JSON. Errors become ApiError with the API's message. */
export async function fetchJson<T>(url: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(url, {
    method: init.method ?? "GET",
    headers: { accept: "application/json", ...(init.body !== undefined ? { "content-type": "application/json" } : {}) },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ApiErrorBody | null;
    throw new ApiError(
      response.status,
      body?.error.code ?? "http_error",
      body?.error.message ?? `The server answered ${response.status}.`,
      body?.error ?? null,
    );
  }
  return (await response.json()) as T;
}

/** Who is signed in (null for an anonymous visitor, who reads as a reader). */
export const sessionQuery = () =>
  queryOptions({
    queryKey: ["session"],
    queryFn: () => fetchJson<{ user: UserView | null }>("/api/session").then((r) => r.user),
    staleTime: 60_000,
  });

export const eventsQuery = () =>
  queryOptions({
    queryKey: ["events"],
    queryFn: () => fetchJson<{ events: EventSummary[] }>("/api/events").then((r) => r.events),
  });

// The event page is served from a cache up to 5 s old (revalidate = 5): what it hands over is refetched on mount
// once older than that, so a reload after a change shows the change.
const EVENT_PAGE_STALE_MS = 5_000;

export const eventQuery = (id: number) =>
  queryOptions({
    queryKey: ["events", id],
    queryFn: () => fetchJson<{ event: EventDetail }>(`/api/events/${id}`).then((r) => r.event),
    staleTime: EVENT_PAGE_STALE_MS,
  });

export const articleQuery = (id: number) =>
  queryOptions({
    queryKey: ["articles", id],
    queryFn: () => fetchJson<{ article: ArticleView }>(`/api/articles/${id}`).then((r) => r.article),
  });

export const eventComparisonQuery = (id: number) =>
  queryOptions({
    queryKey: ["events", id, "comparison"],
    queryFn: () => fetchJson<{ comparison: EventComparison }>(`/api/events/${id}/comparison`).then((r) => r.comparison),
    staleTime: EVENT_PAGE_STALE_MS,
  });

/** Every account (admins only). */
export const usersQuery = () =>
  queryOptions({
    queryKey: ["users"],
    queryFn: () => fetchJson<{ users: UserView[] }>("/api/users").then((r) => r.users),
  });
