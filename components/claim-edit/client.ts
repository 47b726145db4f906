// Client side of claims by hand: the API calls and what to refetch after them.
import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api-client";
import type { SectionSpan } from "@/lib/selection-offsets";
import type { ClaimView } from "@/lib/views";

export interface ClaimFields {
  kind: ClaimView["kind"];
  source: string;
  cue: string;
  quote: ClaimView["quote"];
  hedged: boolean;
}

/** The claims fact-checkers dismissed in an article (fact-checkers and admins only). */
export const dismissedClaimsQuery = (articleId: number) =>
  queryOptions({
    queryKey: ["articles", articleId, "dismissed-claims"],
    queryFn: () => fetchJson<{ claims: ClaimView[] }>(`/api/articles/${articleId}/claims?dismissed=1`).then((r) => r.claims),
  });

export const addClaim = (articleId: number, span: SectionSpan, fields: ClaimFields) =>
  fetchJson<{ claim: ClaimView }>(`/api/articles/${articleId}/claims`, { method: "POST", body: { ...span, ...fields } }).then((r) => r.claim);

export const patchClaim = (claimId: number, changes: Partial<ClaimFields> & { dismissed?: boolean }) =>
  fetchJson<{ claim: ClaimView }>(`/api/claims/${claimId}`, { method: "PATCH", body: changes }).then((r) => r.claim);

/** The article (with its dismissed claims), its event and the event's comparison all change with a claim. */
export async function invalidateClaimViews(client: QueryClient, articleId: number, eventId: number | null | undefined) {
  await Promise.all([
    client.invalidateQueries({ queryKey: ["articles", articleId] }),
    eventId ? client.invalidateQueries({ queryKey: ["events", eventId] }) : null,
  ]);
}

/** The form's fields for a claim as stored. */
export const fieldsOf = (claim: ClaimView): ClaimFields => ({
  kind: claim.kind,
  source: claim.source?.name ?? claim.sourceText ?? "",
  cue: claim.cue ?? "",
  quote: claim.quote,
  hedged: claim.hedged,
});

/** Only what changed, so that an unchanged source keeps the article's own wording of it. */
export function changedFields(before: ClaimFields, after: ClaimFields): Partial<ClaimFields> {
  const out: Partial<ClaimFields> = {};
  for (const key of Object.keys(after) as (keyof ClaimFields)[]) {
    const a = after[key];
    const b = before[key];
    if (typeof a === "string" ? a.trim() !== String(b).trim() : a !== b) (out as Record<string, unknown>)[key] = a;
  }
  return out;
}
