// The archive's claims as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), JSON-LD: each claim is
// an annotation of its article. Its target names the article (the outlet's URL, or the Parallax reader when there
// is none) and selects the claim's words twice: by quote with some context (TextQuoteSelector), and by position
// (TextPositionSelector). Positions are offsets into the text of the claim's *section* as Parallax stores it (the
// headline, the subheadline, or the body: paragraphs joined by a blank line), named by "parallax:section"; a
// consumer anchoring on the outlet's own page should use the quote selector.
import { articleAddress, factCheckAddress, type ExportClaim } from "./claims";

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const ANNO_CONTENT_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
/** Characters of context on each side of the quote. */
export const CONTEXT_CHARS = 32;

export interface TextualBody {
  type: "TextualBody";
  purpose: "tagging" | "describing" | "assessing";
  value: string;
  format: "text/plain";
}

export interface WebAnnotation {
  "@context"?: typeof ANNO_CONTEXT;
  id: string;
  type: "Annotation";
  motivation: "assessing" | "highlighting";
  created: string;
  generator: { id: string; type: "Software"; name: "Parallax" };
  body: (TextualBody | { id: string; type: "Text"; format: "text/html"; purpose: "assessing" })[];
  target: {
    source: string;
    "parallax:section": ExportClaim["section"];
    selector: [
      { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string },
      { type: "TextPositionSelector"; start: number; end: number },
    ];
  };
}

const text = (purpose: TextualBody["purpose"], value: string): TextualBody => ({ type: "TextualBody", purpose, value, format: "text/plain" });

// Cut context at whole code points: never leave half of a surrogate pair at either end.
function prefixOf(section: string, start: number): string {
  let from = Math.max(0, start - CONTEXT_CHARS);
  if (from > 0 && /[\uDC00-\uDFFF]/.test(section[from] ?? "")) from++;
  return section.slice(from, start);
}
function suffixOf(section: string, end: number): string {
  let to = Math.min(section.length, end + CONTEXT_CHARS);
  if (to < section.length && /[\uD800-\uDBFF]/.test(section[to - 1] ?? "")) to--;
  return section.slice(end, to);
}

/** The annotation of one claim; `standalone` adds the @context (for one annotation outside a collection). */
export function toWebAnnotation(claim: ExportClaim, siteUrl: string, { standalone = false } = {}): WebAnnotation {
  const base = siteUrl.replace(/\/+$/, "");
  const sliced = claim.sectionText.slice(claim.start, claim.end);
  // The stored quote is the slice; if the two ever disagreed, the slice is what the offsets really select.
  const exact = sliced.length > 0 ? sliced : claim.exact;
  const body: WebAnnotation["body"] = [text("tagging", claim.kind)];
  if (claim.source) body.push(text("describing", `Source: ${claim.source}`));
  if (claim.cue) body.push(text("describing", `Cue: ${claim.cue}`));
  if (claim.hedged) body.push(text("describing", "Hedged"));
  if (claim.verdict) {
    body.push(text("assessing", claim.verdict.label));
    body.push({ id: factCheckAddress(claim.verdict.factCheckId, base), type: "Text", format: "text/html", purpose: "assessing" });
  }
  return {
    ...(standalone ? { "@context": ANNO_CONTEXT } : {}),
    id: `${base}/articles/${claim.articleId}#claim-${claim.claimId}`,
    type: "Annotation",
    motivation: claim.verdict ? "assessing" : "highlighting",
    created: claim.createdAt,
    generator: { id: `${base}/`, type: "Software", name: "Parallax" },
    body,
    target: {
      source: articleAddress(claim, base),
      "parallax:section": claim.section,
      selector: [
        { type: "TextQuoteSelector", exact, prefix: prefixOf(claim.sectionText, claim.start), suffix: suffixOf(claim.sectionText, claim.end) },
        { type: "TextPositionSelector", start: claim.start, end: claim.end },
      ],
    },
  };
}

/** The opening of an AnnotationCollection whose one page's items follow (see annotationCollection). */
export function collectionHead(id: string, label: string, total: number): string {
  const head = {
    "@context": ANNO_CONTEXT,
    id,
    type: "AnnotationCollection",
    label,
    total,
    first: { id: `${id}#page-1`, type: "AnnotationPage", startIndex: 0, items: [] as unknown[] },
  };
  const json = JSON.stringify(head);
  // Everything up to the items' "[": the items and "]}}" are written after it.
  return json.slice(0, json.lastIndexOf("[]") + 1);
}
export const COLLECTION_TAIL = "]}}";

/** A whole collection in one string (small archives, tests); the route streams the same text. */
export function annotationCollection(claims: ExportClaim[], siteUrl: string, id: string, label: string): string {
  return collectionHead(id, label, claims.length) + claims.map((c) => JSON.stringify(toWebAnnotation(c, siteUrl))).join(",") + COLLECTION_TAIL;
}
