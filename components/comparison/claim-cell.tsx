import Link from "next/link";
import type { ClaimView } from "@/lib/views";
import { CLAIM_KIND_STYLE, QUOTE_LABEL, SECTION_LABEL, sourceBadge } from "../claim-kind";
import { VerdictChip } from "../fact-check/verdict-chip";

/** One outlet's wording of a proposition, with its source, quote type and hedging. */
export function ClaimCell({ claim }: { claim: ClaimView }) {
  const kind = CLAIM_KIND_STYLE[claim.kind];
  const quote = QUOTE_LABEL[claim.quote];
  const section = SECTION_LABEL[claim.section];
  return (
    <div className="space-y-1.5" data-testid="claim-cell" data-claim-id={claim.id}>
      <p className="flex flex-wrap items-center gap-1.5 text-xs">
        <span className="rounded-full border border-line bg-page px-2 py-0.5 font-semibold" data-testid="source-badge">
          {sourceBadge(claim)}
        </span>
        <span className={`rounded px-1.5 py-0.5 font-semibold ${kind.className}`}>{kind.label}</span>
        {section && <span className="text-muted">{section}</span>}
        {quote && <span className="text-muted">{quote}</span>}
        {claim.hedged && (
          <span className="rounded border border-current px-1.5 py-0.5 font-medium text-amber-800 dark:text-amber-300" data-testid="hedge-marker">
            Hedged{claim.hedges.length ? `: ${claim.hedges.join(", ")}` : ""}
          </span>
        )}
        {claim.verdict && <VerdictChip verdict={claim.verdict} />}
      </p>
      <blockquote className="font-serif text-[0.95rem] leading-relaxed">
        <Link href={`/articles/${claim.articleId}#claim-${claim.id}`} className="hover:underline focus-visible:underline">
          {claim.exact}
        </Link>
      </blockquote>
    </div>
  );
}
