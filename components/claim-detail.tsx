import Link from "next/link";
import type { ClaimView } from "@/lib/views";
import { CLAIM_KIND_STYLE, QUOTE_LABEL, sourceBadge } from "./claim-kind";
import { ClaimFactChecks } from "./fact-check/claim-fact-checks";
import { VerdictChip } from "./fact-check/verdict-chip";

export interface SameElsewhere {
  outlet: string;
  articleId: number;
  claim: ClaimView;
}

/** The active claim: kind, source and cue, hedging, and where other outlets carry the same proposition. */
export function ClaimDetail({
  claim,
  elsewhere,
  alone,
  actions,
}: {
  claim: ClaimView | null;
  elsewhere: SameElsewhere[];
  alone: string[];
  /** Edit and Dismiss, for fact-checkers (components/claim-edit). */
  actions?: React.ReactNode;
}) {
  return (
    <div id="claim-detail" aria-live="polite" className="space-y-2 rounded-lg border border-line bg-surface p-4" data-testid="claim-detail">
      {!claim ? (
        <p className="text-sm text-muted">Point at or focus a highlighted claim to see who it is attributed to and which other outlets carry it.</p>
      ) : (
        <>
          <p className="flex flex-wrap items-center gap-2 text-xs">
            <span className={`rounded px-1.5 py-0.5 font-semibold ${CLAIM_KIND_STYLE[claim.kind].className}`}>{CLAIM_KIND_STYLE[claim.kind].label}</span>
            {QUOTE_LABEL[claim.quote] && <span className="text-muted">{QUOTE_LABEL[claim.quote]}</span>}
            {claim.hedged && <span className="rounded border border-current px-1.5 py-0.5 text-amber-800 dark:text-amber-300">Hedged{claim.hedges.length > 0 ? `: ${claim.hedges.join(", ")}` : ""}</span>}
            {claim.verdict && <VerdictChip verdict={claim.verdict} />}
          </p>
          <p className="text-sm font-semibold">{sourceBadge(claim)}</p>
          {claim.sourceRole && <p className="text-sm text-muted">Described as {claim.sourceRole}</p>}
          {actions}
          {elsewhere.length > 0 ? (
            <div className="space-y-1 text-sm">
              <p className="font-medium">Also in</p>
              <ul className="space-y-1">
                {elsewhere.map((e) => (
                  <li key={e.claim.id}>
                    <Link href={`/articles/${e.articleId}#claim-${e.claim.id}`} className="text-accent underline underline-offset-2">
                      {e.outlet}
                    </Link>
                    : <span className="font-serif">{e.claim.exact.length > 140 ? `${e.claim.exact.slice(0, 139)}…` : e.claim.exact}</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            alone.length > 0 && <p className="text-sm text-muted">Not reported by {alone.join(" or ")}.</p>
          )}
          <ClaimFactChecks claim={claim} />
        </>
      )}
    </div>
  );
}
