// Query options for the JSON API: one factory per resource, shared by hooks, server prefetching and
// invalidation so that they always agree on the key.
import { queryOptions } from "@tanstack/react-query";
import type { ApiErrorBody, ArticleView, EventComparison, EventDetail, EventSummary } from "./views";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ApiErrorBody | null;
    throw new ApiError(
      response.status,
      body?.error.code ?? "http_error",
      body?.error.message ?? `The server answered ${response.status}.`,
    );
  }
  return (await response.json()) as T;
}

export const eventsQuery = () =>
  queryOptions({
    queryKey: ["events"],
    queryFn: () => fetchJson<{ events: EventSummary[] }>("/api/events").then((r) => r.events),
  });

export const eventQuery = (id: number) =>
  queryOptions({
    queryKey: ["events", id],
    queryFn: () => fetchJson<{ event: EventDetail }>(`/api/events/${id}`).then((r) => r.event),
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
  });
