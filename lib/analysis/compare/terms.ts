// What a claim is about, as weighted terms: stemmed content words, and one term per entity it mentions, so that
// "Assange" and "Julian Assange" in two outlets count as the same word.
import lemmatizer from "wink-lemmatizer";
import stem from "wink-porter2-stemmer";
import type { ExtractedClaim, Mention } from "../types";
import { ON_AIR_TERM, mentionsOnAir } from "./broadcast";
import { foldName, type EntityLinks } from "./entity-links";
import { countryOf } from "./places";

const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between
  both but by can could did do does doing down during each few for from further had has have having he her here
  hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off
  on once only or other our ours out over own same she should so some such than that the their theirs them then
  there these they this those through to too under until up very was we were what when where which while who whom
  why will with would you your yours yourself yet last next new one two first monday tuesday wednesday thursday
  friday saturday sunday week month year today yesterday said says say saying told tell according mr mrs ms
  dr later earlier still even much many may might must shall us it's he's she's that's there's
  reportedly allegedly purportedly apparently supposedly ostensibly presumably indeed however meanwhile actually
  moreover furthermore nonetheless nevertheless`.split(/\s+/),
);
// Hedges and discourse markers ("reportedly", "in fact") say how a thing is claimed, not what: they are left out
// of the terms, so that a hedged and an asserted version of one claim still match (hedging is a difference).
const NOT_CONTENT = /\b(?:in fact|of course|in short)\b/gi;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;

// Stems are asked for the same words again and again; the cache is dropped when it grows past this.
const STEM_CACHE_LIMIT = 50_000;
const stems = new Map<string, string>();

/** Irregular verb forms to their base ("misled" → "mislead"), then the Porter stem ("misleading" → "mislead"). */
function stemOf(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    s = stem(lemmatizer.lemmatizeVerb(word));
    stems.set(word, s);
  }
  return s;
}

export interface ClaimTerms {
  /** Term → count. Entity terms start with "#". */
  counts: Map<string, number>;
  /** Event-wide ids of the entities the claim mentions (its source included). */
  entities: Set<string>;
  /** Event-wide id of the source, or null for the outlet's own voice. */
  source: string | null;
}

/** Content words of a text: lower-case stems (countries as one term), stopwords and one-letter words left out. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const m of text.replace(NOT_CONTENT, " ").matchAll(WORD)) {
    // (A single quotation mark closing a word is no part of it: "'reckless'" is "reckless".)
    const w = m[0].toLowerCase().replace(/['’]+$/, "").replace(/['’]s$/, "").replace(/’/g, "'");
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    const country = countryOf(w);
    out.push(country ? `#country:${country}` : /^\d/.test(w) ? w : stemOf(w));
  }
  return out;
}

/** Terms of one claim: entity mentions inside its span become entity terms, the other words stems. */
export function claimTerms(article: number, claim: ExtractedClaim, mentions: readonly Mention[], text: string, links: EntityLinks): ClaimTerms {
  const counts = new Map<string, number>();
  const add = (t: string) => counts.set(t, (counts.get(t) ?? 0) + 1);
  const entities = new Set<string>();
  const inside = mentions.filter((m) => m.start >= claim.start && m.end <= claim.end).sort((a, b) => a.start - b.start);
  let at = claim.start;
  for (const m of inside) {
    if (m.start < at) continue;
    for (const w of contentStems(text.slice(at, m.start))) add(w);
    const id = links.globalId(article, m.entityKey);
    entities.add(id);
    const country = countryOf(foldName(links.nameOf(id)));
    add(country ? `#country:${country}` : `#${id}`);
    at = m.end;
  }
  for (const w of contentStems(text.slice(at, claim.end))) add(w);
  if (mentionsOnAir(text.slice(claim.start, claim.end))) add(ON_AIR_TERM);
  const source = claim.source ? links.globalId(article, claim.source.entityKey) : null;
  if (source) entities.add(source);
  for (const b of claim.blamed) if (b.entityKey) entities.add(links.globalId(article, b.entityKey));
  return { counts, entities, source };
}
