import type { Metadata } from "next";
import Link from "next/link";
import { listPublishedFactChecks } from "@/db/queries/fact-checks";
import { formatArticleDate } from "@/lib/format-date";
import { VerdictChip } from "@/components/fact-check/verdict-chip";
import { quoted } from "./page-helpers";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Fact-checks",
  description: "Every fact-check Parallax has published, newest first, and the archive's open-data exports.",
};

const EXPORTS = [
  { href: "/api/exports/claimreviews", label: "ClaimReviews (JSON)", note: "every published fact-check as schema.org ClaimReview" },
  { href: "/api/exports/annotations", label: "Claims as Web Annotations (JSON-LD)", note: "every claim as a W3C Web Annotation of its article" },
  { href: "/api/exports/claims.csv", label: "Claims (CSV)", note: "one row per claim, with its verdict when one is published" },
];

export default function FactChecksPage() {
  const factChecks = listPublishedFactChecks().reverse();
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Fact-checks</h1>
        <p className="text-muted">Verdicts Parallax’s fact-checkers have published on claims in the news, newest first.</p>
      </header>

      {factChecks.length === 0 ? (
        <p className="text-muted">No fact-check has been published yet.</p>
      ) : (
        <ol className="space-y-3" data-testid="fact-check-list">
          {factChecks.map((f) => {
            const t = f.target;
            const claim = t.type === "claim" ? quoted(t.exact) : t.label;
            return (
              <li key={f.id} className="space-y-2 rounded-lg border border-line bg-surface p-4" data-testid="fact-check-item">
                <p className="flex flex-wrap items-center gap-2 text-xs text-muted">
                  {f.rating && <VerdictChip verdict={{ factCheckId: f.id, label: f.rating.label, color: f.rating.color }} />}
                  <span>{t.type === "claim" ? `${t.source ?? "Unattributed"} in ${t.outlet}` : "Proposition across outlets"}</span>
                  {f.publishedAt && <span>Published {formatArticleDate(f.publishedAt)}</span>}
                </p>
                <h2 className="font-serif leading-relaxed">
                  <Link href={`/fact-checks/${f.id}`} className="hover:underline focus-visible:underline">
                    {claim.length > 220 ? `${claim.slice(0, 219).trimEnd()}…` : claim}
                  </Link>
                </h2>
              </li>
            );
          })}
        </ol>
      )}

      <section aria-labelledby="exports-title" className="space-y-2 border-t border-line pt-6">
        <h2 id="exports-title" className="text-lg font-semibold">
          Open data
        </h2>
        <p className="text-sm text-muted">Published work only; drafts and fact-checks in review never appear here.</p>
        <ul className="space-y-1 text-sm">
          {EXPORTS.map((e) => (
            <li key={e.href}>
              <a href={e.href} download className="font-medium text-accent underline underline-offset-2">
                {e.label}
              </a>
              <span className="text-muted">: {e.note}</span>
            </li>
          ))}
        </ul>
        <p className="text-xs text-muted">
          In the annotations, <code>TextPositionSelector</code> offsets count UTF-16 code units into the text of the claim’s section as Parallax
          stores it (the headline, the subheadline or the body, paragraphs joined by a blank line), named by <code>parallax:section</code>; anchor on
          the outlet’s own page with the <code>TextQuoteSelector</code>. Add <code>?event=ID</code> to the annotation or CSV export for one event.
        </p>
      </section>
    </div>
  );
}
