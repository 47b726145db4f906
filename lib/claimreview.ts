// schema.org ClaimReview for a published fact-check (https://schema.org/ClaimReview), the format search engines
// and fact-checking aggregators read.
import type { FactCheckView, RatingView } from "./views";

export const ORGANIZATION_NAME = "Parallax";

export interface ClaimReviewJson {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  datePublished: string | null;
  dateModified: string;
  author: { "@type": "Organization"; name: string; url: string };
  itemReviewed: {
    "@type": "Claim";
    author?: { "@type": "Person" | "Organization"; name: string };
    datePublished?: string;
    appearance?: { "@type": "NewsArticle"; url?: string; headline: string; publisher: { "@type": "Organization"; name: string } }[];
  };
  reviewRating: { "@type": "Rating"; ratingValue: number; bestRating: number; worstRating: number; alternateName: string };
  reviewBody: string;
}

/** The ClaimReview of `factCheck`; `siteUrl` is where Parallax is served, `scale` the rating scale in use. */
export function toClaimReview(factCheck: FactCheckView, scale: RatingView[], siteUrl: string): ClaimReviewJson {
  const base = siteUrl.replace(/\/+$/, "");
  const target = factCheck.target;
  const values = [...scale.filter((r) => !r.retired), ...(factCheck.rating ? [factCheck.rating] : [])].map((r) => r.value);
  const claimReviewed = target.type === "claim" ? target.exact : target.label;
  const item: ClaimReviewJson["itemReviewed"] = { "@type": "Claim" };
  if (target.type === "claim") {
    // The claim's author is its source when the article attributes it, otherwise the outlet itself.
    item.author = target.source ? { "@type": target.sourceIsPerson ? "Person" : "Organization", name: target.source } : { "@type": "Organization", name: target.outlet };
    if (target.publishedAt) item.datePublished = target.publishedAt;
    item.appearance = [
      {
        "@type": "NewsArticle",
        ...(target.articleUrl ? { url: target.articleUrl } : { url: `${base}/articles/${target.articleId}` }),
        headline: target.articleTitle,
        publisher: { "@type": "Organization", name: target.outlet },
      },
    ];
  }
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${base}/fact-checks/${factCheck.id}`,
    claimReviewed,
    datePublished: factCheck.publishedAt,
    dateModified: factCheck.updatedAt,
    author: { "@type": "Organization", name: ORGANIZATION_NAME, url: `${base}/` },
    itemReviewed: item,
    reviewRating: {
      "@type": "Rating",
      ratingValue: factCheck.rating?.value ?? 0,
      bestRating: Math.max(...values),
      worstRating: Math.min(...values),
      alternateName: factCheck.rating?.label ?? "Unrated",
    },
    reviewBody: factCheck.explanation,
  };
}

/** The origin Parallax is served at for this request (behind a proxy: X-Forwarded-Proto/Host). */
export function siteUrlOf(request: Request): string {
  const url = new URL(request.url);
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? url.protocol.replace(":", "");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? url.host;
  return `${proto}://${host}`;
}
