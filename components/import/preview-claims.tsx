import { CLAIM_KIND_STYLE, QUOTE_LABEL, SECTION_LABEL } from "@/components/claim-kind";
import type { PreviewClaimView } from "@/lib/views";

const SECTION_ORDER: Record<PreviewClaimView["section"], number> = { title: 0, subtitle: 1, body: 2 };

/** Claims in reading order: headline, subheadline, then the body by position. */
export const byReadingOrder = (claims: PreviewClaimView[]) =>
  [...claims].sort((a, b) => SECTION_ORDER[a.section] - SECTION_ORDER[b.section] || a.start - b.start || a.end - b.end);

/** The claims the engine would store, each with its kind, who says it, the cue and whether it is hedged. */
export function PreviewClaims({ claims, headingId }: { claims: PreviewClaimView[]; headingId: string }) {
  if (claims.length === 0) return <p className="text-sm text-muted">The engine found no claims in this text.</p>;
  return (
    <ol
      tabIndex={0}
      aria-labelledby={headingId}
      className="max-h-[32rem] space-y-2 overflow-y-auto rounded-md border border-line bg-page p-2"
      data-testid="preview-claims"
    >
      {byReadingOrder(claims).map((c) => {
        const kind = CLAIM_KIND_STYLE[c.kind];
        const quote = QUOTE_LABEL[c.quote];
        const section = SECTION_LABEL[c.section];
        return (
          <li key={`${c.section}-${c.start}-${c.end}`} className="space-y-1.5 rounded-md border border-line bg-surface p-3">
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
              <span className={`rounded-full px-2 py-0.5 font-semibold ${kind.className}`}>{kind.label}</span>
              <span className="font-medium">{c.source ?? "The outlet's own voice"}</span>
              {c.cue && (
                <span className="text-muted">
                  cue: <span className="text-ink">{c.cue === ":" ? "headline colon" : c.cue}</span>
                </span>
              )}
              {quote && <span className="text-muted">{quote}</span>}
              {c.hedged && (
                <span className="rounded-full border border-amber-700 px-2 py-0.5 font-medium text-amber-900 dark:border-amber-400 dark:text-amber-200" title={c.hedges.join(", ")}>
                  Hedged{c.hedges.length ? `: ${c.hedges.join(", ")}` : ""}
                </span>
              )}
              {section && <span className="text-muted">in the {section.toLowerCase()}</span>}
            </p>
            <blockquote className="border-l-2 border-line pl-3 font-serif text-sm">{c.exact}</blockquote>
          </li>
        );
      })}
    </ol>
  );
}
