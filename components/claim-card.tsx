import type { ClaimView } from "@/lib/views";
import { CLAIM_KIND_STYLE, QUOTE_LABEL, SECTION_LABEL, sourceBadge } from "./claim-kind";
import { VerdictChip } from "./fact-check/verdict-chip";

/** One claim: its kind, who it is attributed to and how, whether it is hedged, and its exact words. */
export function ClaimCard({ claim }: { claim: ClaimView }) {
  const kind = CLAIM_KIND_STYLE[claim.kind];
  const quote = QUOTE_LABEL[claim.quote];
  const section = SECTION_LABEL[claim.section];
  const worded =
    claim.source && claim.sourceText && claim.sourceText.toLowerCase() !== claim.source.name.toLowerCase()
      ? claim.sourceText
      : null;
  return (
    <li className="space-y-2 rounded-md border border-line p-3" data-testid="claim" data-kind={claim.kind}>
      <p className="flex flex-wrap items-center gap-2 text-xs">
        <span className={`rounded px-1.5 py-0.5 font-semibold ${kind.className}`}>{kind.label}</span>
        {section && <span className="text-muted">{section}</span>}
        {quote && <span className="text-muted">{quote}</span>}
        {claim.hedged && (
          <span className="rounded border border-current px-1.5 py-0.5 font-medium text-amber-800 dark:text-amber-300">
            Hedged{claim.hedges.length > 0 ? `: ${claim.hedges.join(", ")}` : ""}
          </span>
        )}
        {claim.verdict && <VerdictChip verdict={claim.verdict} />}
      </p>
      <p className="text-sm font-medium" data-testid="claim-source">
        {sourceBadge(claim)}
        {worded && <span className="font-normal text-muted"> (“{worded}”)</span>}
        {claim.sourceRole && <span className="font-normal text-muted">, {claim.sourceRole}</span>}
      </p>
      <blockquote className="font-serif text-[0.95rem] leading-relaxed">{claim.exact}</blockquote>
      {claim.blamed.length > 0 && (
        <p className="text-xs text-muted">Blames: {claim.blamed.join(", ")}</p>
      )}
    </li>
  );
}

export function ClaimList({ claims, label }: { claims: ClaimView[]; label: string }) {
  if (claims.length === 0) return <p className="text-sm text-muted">No claims found in this article.</p>;
  return (
    <ul className="space-y-3" aria-label={label}>
      {claims.map((claim) => (
        <ClaimCard key={claim.id} claim={claim} />
      ))}
    </ul>
  );
}
