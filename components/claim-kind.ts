import type { ClaimView } from "@/lib/views";

/** How each kind of claim is named and coloured; the name is always shown, colour is never the only signal. */
export const CLAIM_KIND_STYLE: Record<ClaimView["kind"], { label: string; className: string }> = {
  blame: { label: "Blame", className: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200" },
  statement: { label: "Statement", className: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200" },
  finding: { label: "Finding", className: "bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-200" },
  denial: { label: "Denial", className: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200" },
  report: { label: "Report", className: "bg-teal-100 text-teal-900 dark:bg-teal-950 dark:text-teal-200" },
  assertion: { label: "Assertion", className: "bg-stone-200 text-stone-900 dark:bg-stone-800 dark:text-stone-100" },
  opinion: { label: "Opinion", className: "bg-pink-100 text-pink-900 dark:bg-pink-950 dark:text-pink-200" },
};

export const QUOTE_LABEL: Record<ClaimView["quote"], string | null> = {
  direct: "direct quote",
  indirect: "paraphrase",
  mixed: "partly quoted",
  none: null,
};

export const SECTION_LABEL: Record<ClaimView["section"], string | null> = {
  title: "Headline",
  subtitle: "Subheadline",
  body: null,
};

// A headline's "X: …" attributes by punctuation alone; say so in words.
const cueLabel = (cue: string | null) => (cue === ":" ? "headline" : cue);

/** Who a claim is attributed to, as a badge reads: "WikiLeaks · tweeted", "The outlet itself". */
export function sourceBadge(claim: ClaimView): string {
  if (!claim.source) return "The outlet itself";
  const cue = cueLabel(claim.cue);
  return cue ? `${claim.source.name} · ${cue}` : claim.source.name;
}
