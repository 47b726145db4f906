"use client";

import dynamic from "next/dynamic";
import type { ClaimView } from "@/lib/views";

// Loaded when a claim is first opened, not with the article.
const FactCheckEditor = dynamic(() => import("./fact-check-editor").then((m) => m.FactCheckEditor), {
  loading: () => <p className="text-sm text-muted" aria-busy="true">Loading the fact-check…</p>,
});

/** The active claim's fact-check in the article reader: the editor for fact-checkers, the verdicts for readers. */
export function ClaimFactChecks({ claim }: { claim: ClaimView }) {
  return (
    <section aria-labelledby={`fact-check-heading-${claim.id}`} aria-live="off" className="space-y-3 border-t border-line pt-3" data-testid="claim-fact-checks">
      <h3 id={`fact-check-heading-${claim.id}`} className="text-sm font-semibold">
        Fact-check
      </h3>
      {/* The claim panel stays in view beside the article: on wide screens the editor scrolls within it. */}
      <div className="lg:max-h-[55vh] lg:overflow-y-auto lg:pr-1">
        <FactCheckEditor key={claim.id} target={{ type: "claim", id: claim.id }} />
      </div>
    </section>
  );
}
