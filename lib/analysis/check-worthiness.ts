// Check-worthiness: a transparent score of how much a fact-checker should look at a claim.
// Specific, factual, consequential claims score high; opinion and vague talk score low.

import type { ClaimKind } from "./types";

const BASE: Record<ClaimKind, number> = {
  assertion: 0.45, report: 0.5, finding: 0.55, statement: 0.4, denial: 0.45, blame: 0.5, opinion: 0.15,
};
const NUMBER = /\d|\b(?:hundreds?|thousands?|millions?|billions?|percent|dozens?|half|twice|tens of)\b/i;
const DATE = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|last (?:week|month|year)|(?:19|20)\d\d)\b/i;
const LEGAL = /\b(?:law|laws|illegal|unlawful|violat\w*|crim\w*|fraud\w*|charged|indict\w*|lawsuit|sued|convict\w*|arrest\w*|brib\w*|collu\w*|obstruct\w*|sanction\w*|hack\w*|leak\w*|fired|resign\w*|investigat\w*|subpoena\w*|perjury|lied|misled|misleading|stole\w*|stolen|kill\w*|died|dead|deaths?|attack\w*)\b/i;
const CAUSAL = /\b(?:because|due to|led to|caused?|result(?:ed)? in|in order to|to help|meant to|intended to)\b/i;
const VAGUE = /\b(?:some|many|several|various|certain|things?|stuff|somehow|perhaps|maybe)\b/i;
const CAPITALISED = /(?:^|[\s(“"‘])\p{Lu}\p{Ll}+/gu;

export function checkWorthiness(kind: ClaimKind, text: string, hedged: boolean): number {
  let score = BASE[kind];
  if (kind !== "opinion") {
    if (NUMBER.test(text)) score += 0.1;
    if (DATE.test(text)) score += 0.05;
    if (LEGAL.test(text)) score += 0.12;
    if (CAUSAL.test(text)) score += 0.06;
    const names = Math.min(3, (text.match(CAPITALISED)?.length ?? 1) - 1);
    score += 0.04 * Math.max(0, names);
    if (hedged) score += 0.05;
    if (VAGUE.test(text)) score -= 0.05;
  }
  const words = text.split(/\s+/).length;
  if (words < 6) score -= 0.1;
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}
