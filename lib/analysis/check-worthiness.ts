// Check-worthiness: a transparent score of how much a fact-checker should look at a claim.
// Specific, factual, consequential claims score high; opinion and vague talk score low.

import { ALL_FAMILIES, DIGITS, keywordFamily, type Families } from "./keywords";
import { isWhite } from "./text-units";
import type { ClaimKind } from "./types";

const BASE: Record<ClaimKind, number> = {
  assertion: 0.45, report: 0.5, finding: 0.55, statement: 0.4, denial: 0.45, blame: 0.5, opinion: 0.15,
};
const NUMBER = /\d|\b(?:hundreds?|thousands?|millions?|billions?|percent|dozens?|half|twice|tens of)\b/i;
const DATE = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|last (?:week|month|year)|(?:19|20)\d\d)\b/i;
const LEGAL = /\b(?:law|laws|illegal|unlawful|violat\w*|crim\w*|fraud\w*|charged|indict\w*|lawsuit|sued|convict\w*|arrest\w*|brib\w*|collu\w*|obstruct\w*|sanction\w*|hack\w*|leak\w*|fired|resign\w*|investigat\w*|subpoena\w*|perjury|lied|misled|misleading|stole\w*|stolen|kill\w*|died|dead|deaths?|attack\w*)\b/i;
const CAUSAL = /\b(?:because|due to|led to|caused?|result(?:ed)? in|in order to|to help|meant to|intended to)\b/i;
const ASKS = /\?[”"’)]*(?:\s|$)/;
const VAGUE = /\b(?:some|many|several|various|certain|things?|stuff|somehow|perhaps|maybe)\b/i;
// The words every match of each pattern above contains (see keywords.ts); keep them in step with the patterns.
const NUMBER_WORDS = keywordFamily("hundred hundreds thousand thousands million millions billion billions percent dozen dozens half twice tens".split(" "));
const DATE_WORDS = keywordFamily("monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december last".split(" "));
const LEGAL_WORDS = keywordFamily(
  "law laws illegal unlawful charged lawsuit sued fired perjury lied misled misleading stolen died dead death deaths".split(" "),
  "violat crim fraud indict convict arrest brib collu obstruct sanction hack leak resign investigat subpoena stole kill attack".split(" "),
);
const CAUSAL_WORDS = keywordFamily("because due led cause caused result resulted order help meant intended".split(" "));
const VAGUE_WORDS = keywordFamily("some many several various certain thing things stuff somehow perhaps maybe".split(" "));

/** `families`: the keyword families that can occur in `text` (keywords.ts); patterns of absent ones are not run. */
export function checkWorthiness(kind: ClaimKind, text: string, hedged: boolean, families: Families = ALL_FAMILIES): number {
  let score = BASE[kind];
  if (kind !== "opinion") {
    if ((families & (NUMBER_WORDS | DIGITS)) !== 0 && NUMBER.test(text)) score += 0.1;
    if ((families & (DATE_WORDS | DIGITS)) !== 0 && DATE.test(text)) score += 0.05;
    if ((families & LEGAL_WORDS) !== 0 && LEGAL.test(text)) score += 0.12;
    if ((families & CAUSAL_WORDS) !== 0 && CAUSAL.test(text)) score += 0.06;
    const names = Math.min(3, capitalisedWords(text, 4) - 1);
    score += 0.04 * Math.max(0, names);
    if (hedged) score += 0.05;
    if ((families & VAGUE_WORDS) !== 0 && VAGUE.test(text)) score -= 0.05;
  }
  // A question asks more than it states.
  if (ASKS.test(text)) score -= 0.15;
  // Fewer than six words (`text.split(/\s+/).length < 6`): fewer than five runs of white space.
  if (whiteRuns(text, 5) < 5) score -= 0.1;
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}

/**
 * Matches of /(?:^|[\s(“"‘])\p{Lu}\p{Ll}+/gu in `text`, counting no further than `max`; at least 1 (as `match()?.length ?? 1`).
 * A scan instead of the regex: only a word start (the text start or after one of its lead characters) can match.
 */
function capitalisedWords(text: string, max: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < max; i++) {
    if ((i === 0 || isCapitalisedLead(text.charCodeAt(i - 1))) && upperThenLower(text, i)) n++;
  }
  return Math.max(1, n);
}

const UPPER_THEN_LOWER = /\p{Lu}\p{Ll}/uy;

/** An upper-case letter followed by a lower-case one at `i` (ASCII decided inline, the rest by regex). */
function upperThenLower(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if (c < 65 || c > 90) return false;
    const d = text.charCodeAt(i + 1);
    if (d < 128) return d >= 97 && d <= 122;
  }
  UPPER_THEN_LOWER.lastIndex = i;
  return UPPER_THEN_LOWER.test(text);
}

/** The characters that pattern accepts before a name: white space, "(" and opening quotes. */
function isCapitalisedLead(c: number): boolean {
  return isWhite(c) || c === 40 || c === 0x201c || c === 34 || c === 0x2018;
}

/** The number of runs of white space (as `\s` matches it) in `text`, counting no further than `max`. */
function whiteRuns(text: string, max: number): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length && runs < max; i++) {
    const white = isWhite(text.charCodeAt(i));
    if (white && !inRun) runs++;
    inRun = white;
  }
  return runs;
}
