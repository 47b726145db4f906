// Server-side hydration: put data the server already read into a QueryClient and hand its state to the
// client, so the first render needs no request and later refetches go through the JSON API.
import { dehydrate, QueryClient, type DehydratedState, type QueryKey } from "@tanstack/react-query";

export function dehydrateData(entries: { queryKey: QueryKey; data: unknown }[]): DehydratedState {
  const queryClient = new QueryClient();
  for (const { queryKey, data } of entries) queryClient.setQueryData(queryKey, data);
  return dehydrate(queryClient);
}
