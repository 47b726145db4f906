// Alignment: claims of different articles that state the same thing become one proposition. Claims are TF-IDF
// vectors over their terms (IDF from the event's own claims, so words every claim shares weigh little); pairs
// from different articles are merged best-first while the average similarity between the two groups stays high
// (average linkage stops one loose pair from chaining unrelated claims together).
import { ATTRIBUTED_KINDS, type ClaimKind } from "../types";
import type { ClaimTerms } from "./terms";

/**
 * Two mutual best matches must be at least this similar to start a merge… (On 80 cross-outlet pairs of the BASIL
 * dev events read by hand, pairs below 0.2 were the same proposition 1 time in 5; raising this and
 * GROUP_THRESHOLD from 0.15 and 0.12 to 0.2 took out an estimated 305 wrong pairs and 70 right ones of 1,296.)
 */
export const EDGE_THRESHOLD = 0.2;
/** …and any pair this similar starts one. */
export const STRONG_EDGE = 0.35;
/** …and two groups are merged only while their cross-article pairs average at least this. */
export const GROUP_THRESHOLD = 0.2;

export interface AlignItem {
  article: number;
  terms: ClaimTerms;
  kind: ClaimKind;
}

/** Events smaller than this many claims never leave a term out of the pairing. */
const COMMON_TERM_FLOOR = 50;
/** A term in more claims than this pairs nothing, however large the event: the pairing stays linear in its size. */
const COMMON_TERM_CEILING = 400;
/**
 * One article says one thing a few times at most (headline, lead, a later recap): alignment never puts more of its
 * claims than this into one proposition (claims that refer back to another, "a claim which Pence repeated", join
 * their claim's proposition afterwards). Without a bound, text that repeats itself makes propositions of hundreds
 * of claims, and every step after alignment grows with their square.
 */
export const MAX_CLAIMS_PER_ARTICLE = 4;

/** Terms two claims must share to be compared at all (fewer when a claim has fewer terms). */
const MIN_SHARED_TERMS = 2;
/**
 * Stems of light verbs and general nouns ("make", "time", "people"): they turn up in claims about anything, so
 * sharing them is no sign of sharing a subject. They still weigh in the similarity; they only do not count towards
 * MIN_SHARED_TERMS. (On 240 cross-outlet pairs of the BASIL dev events labelled by hand, this took out 14 pairs
 * that were not the same proposition and 3 that were: Rand Paul's "Had I been president at the time, … you did not
 * read the cables" no longer pairs with Clinton's "I take responsibility…" through "time" and "read".)
 */
const GENERIC_STEMS = new Set(
  `make take get go come time think look know want need use part way thing put keep show give find see ask call
  work seem feel tri leav turn start help talk mean let lot kind peopl`.split(/\s+/),
);

/** Two claims of the same attributed kind (both denials, both findings) more likely state the same thing… */
const SAME_KIND_BONUS = 0.05;
/** Two claims the outlets attribute to the same source, likewise. */
const SAME_SOURCE_BONUS = 0.08;

function bonus(a: AlignItem, b: AlignItem): number {
  const sameKind = a.kind === b.kind && ATTRIBUTED_KINDS.includes(a.kind);
  const sameSource = a.terms.source !== null && a.terms.source === b.terms.source;
  return (sameKind ? SAME_KIND_BONUS : 0) + (sameSource ? SAME_SOURCE_BONUS : 0);
}

type Vector = Map<string, number>;

/** Unit-length TF-IDF vectors of the items. */
export function tfidfVectors(items: readonly AlignItem[]): Vector[] {
  const df = new Map<string, number>();
  for (const it of items) for (const t of it.terms.counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = items.length;
  return items.map((it) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [t, c] of it.terms.counts) {
      const w = (1 + Math.log(c)) * Math.log(1 + n / df.get(t)!);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

/**
 * Similarity of every pair of items from different articles that share a term (found through an inverted index):
 * the cosine of their vectors, plus a little when they are claims of the same kind from the same source.
 */
export function crossArticleSimilarities(items: readonly AlignItem[], vectors: readonly Vector[]): Map<number, number> {
  const n = items.length;
  // Terms in most claims of a large event (say "million" in every claim of a budget story) pair everything with
  // everything while weighing almost nothing: above this many claims, such a term is left out of the pairing.
  const tooCommon = Math.max(COMMON_TERM_FLOOR, Math.min(n / 2, COMMON_TERM_CEILING));
  const postings = new Map<string, { item: number; weight: number }[]>();
  vectors.forEach((v, i) => {
    for (const [t, weight] of v) {
      if (!postings.has(t)) postings.set(t, []);
      postings.get(t)!.push({ item: i, weight });
    }
  });
  const terms = vectors.map((v) => [...v].filter(([t]) => postings.get(t)!.length <= tooCommon).map(([t, w]) => [t, w, GENERIC_STEMS.has(t)] as const));
  const specific = vectors.map((v) => [...v.keys()].filter((t) => !GENERIC_STEMS.has(t)).length);
  const sharedAny = new Uint32Array(n);
  // One row at a time, summed in a dense array: far cheaper than a map entry per shared term.
  const row = new Float64Array(n);
  const shared = new Uint32Array(n);
  const touched: number[] = [];
  const sims = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    for (const [t, wi, generic] of terms[i]!) {
      for (const { item: j, weight: wj } of postings.get(t)!) {
        if (j <= i || items[i]!.article === items[j]!.article) continue;
        if (row[j] === 0) touched.push(j);
        row[j] = row[j]! + wi * wj;
        sharedAny[j]!++;
        if (!generic) shared[j]!++;
      }
    }
    for (const j of touched) {
      // One shared word is no evidence of one proposition ("I didn't approve them" and "Congress has approved
      // less than was requested"), unless it is all a claim has; light verbs and general nouns are not counted.
      // A claim made of nothing but generic words is held to every word it shares, as before they were set apart.
      const plain = specific[i]! === 0 || specific[j]! === 0;
      const needed = plain ? Math.min(MIN_SHARED_TERMS, vectors[i]!.size, vectors[j]!.size) : Math.min(MIN_SHARED_TERMS, specific[i]!, specific[j]!);
      if ((plain ? sharedAny[j]! : shared[j]!) >= needed) sims.set(i * n + j, row[j]! + bonus(items[i]!, items[j]!));
      row[j] = 0;
      shared[j] = 0;
      sharedAny[j] = 0;
    }
    touched.length = 0;
  }
  return sims;
}

/**
 * Groups item indexes into propositions. `fixed` items (pinned groups, claims people set apart) are left out;
 * every other item ends in exactly one group.
 */
export function alignItems(
  items: readonly AlignItem[],
  fixed: ReadonlySet<number> = new Set(),
  sims: Map<number, number> = crossArticleSimilarities(items, tfidfVectors(items)),
): number[][] {
  const n = items.length;
  const simOf = (i: number, j: number) => sims.get(Math.min(i, j) * n + Math.max(i, j)) ?? 0;

  const groupOf = items.map((_, i) => i);
  const members = new Map<number, number[]>(items.map((_, i) => [i, [i]]));
  // Each group's claims per article, to keep to MAX_CLAIMS_PER_ARTICLE.
  const perArticle = new Map<number, Map<number, number>>(items.map((it, i) => [i, new Map([[it.article, 1]])]));
  // Each item's best match in every other article: an edge counts only between mutual best matches, unless
  // it is strong on its own (one claim may then match several, like a headline and the sentence it sums up).
  const best = new Map<string, number>();
  for (const [key, s] of sims) {
    const i = Math.floor(key / n);
    const j = key % n;
    if (fixed.has(i) || fixed.has(j)) continue;
    for (const [from, to] of [[i, j], [j, i]] as const) {
      const k = `${from}:${items[to]!.article}`;
      if (s > (best.get(k) ?? 0)) best.set(k, s);
    }
  }
  const mutual = (i: number, j: number, s: number) =>
    s >= (best.get(`${i}:${items[j]!.article}`) ?? 0) && s >= (best.get(`${j}:${items[i]!.article}`) ?? 0);
  const edges = [...sims]
    .map(([key, s]) => ({ i: Math.floor(key / n), j: key % n, s }))
    .filter((e) => e.s >= STRONG_EDGE || (e.s >= EDGE_THRESHOLD && mutual(e.i, e.j, e.s)))
    .filter((e) => !fixed.has(e.i) && !fixed.has(e.j))
    .sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);

  // Two groups that failed to merge fail again until one of them grows (a group is its id and its size): without
  // this, every further edge between two large groups would redo the same sum.
  const rejected = new Set<string>();
  for (const { i, j } of edges) {
    const gi = groupOf[i]!;
    const gj = groupOf[j]!;
    if (gi === gj) continue;
    const a = members.get(gi)!;
    const b = members.get(gj)!;
    const state = gi < gj ? `${gi}.${a.length}|${gj}.${b.length}` : `${gj}.${b.length}|${gi}.${a.length}`;
    if (rejected.has(state)) continue;
    const countsA = perArticle.get(gi)!;
    const countsB = perArticle.get(gj)!;
    if ([...countsB].some(([article, k]) => (countsA.get(article) ?? 0) + k > MAX_CLAIMS_PER_ARTICLE)) {
      rejected.add(state);
      continue;
    }
    let total = 0;
    let pairs = 0;
    for (const x of a) {
      for (const y of b) {
        if (items[x]!.article === items[y]!.article) continue;
        total += simOf(x, y);
        pairs++;
      }
    }
    if (pairs === 0 || total / pairs < GROUP_THRESHOLD) {
      rejected.add(state);
      continue;
    }
    for (const y of b) groupOf[y] = gi;
    a.push(...b);
    members.delete(gj);
    for (const [article, k] of countsB) countsA.set(article, (countsA.get(article) ?? 0) + k);
    perArticle.delete(gj);
  }
  return [...members.values()].filter((g) => !g.some((i) => fixed.has(i))).map((g) => g.sort((x, y) => x - y));
}
