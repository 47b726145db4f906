// Every published fact-check as schema.org ClaimReview, in one JSON array (the format fact-check aggregators read).
import { toClaimReview, type ClaimReviewJson } from "../claimreview";
import type { FactCheckView, RatingView } from "../views";

export const CLAIMREVIEWS_FILENAME = "parallax-claimreviews.json";

/** The ClaimReviews of the published ones among `factChecks` (drafts and reviews never leave Parallax). */
export function claimReviewsExport(factChecks: FactCheckView[], scale: RatingView[], siteUrl: string): ClaimReviewJson[] {
  return factChecks.filter((f) => f.status === "published").map((f) => toClaimReview(f, scale, siteUrl));
}

/**
 * JSON to embed in a <script type="application/ld+json"> element: every "<" written as \u003c (so no "</script>"
 * or "<!--" in a claim can end the element early), and the two line separators JavaScript once refused in strings.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
