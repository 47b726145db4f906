// Alignment: claims of different articles that state the same thing become one proposition. Claims are TF-IDF
// vectors over their terms (IDF from the event's own claims, so words every claim shares weigh little); pairs
// from different articles are merged best-first while the average similarity between the two groups stays high
// (average linkage stops one loose pair from chaining unrelated claims together).
import { ATTRIBUTED_KINDS, type ClaimKind } from "../types";
import type { ClaimTerms } from "./terms";

/** Two mutual best matches must be at least this similar to start a merge… */
export const EDGE_THRESHOLD = 0.15;
/** …and any pair this similar starts one. */
export const STRONG_EDGE = 0.35;
/** …and two groups are merged only while their cross-article pairs average at least this. */
export const GROUP_THRESHOLD = 0.12;

export interface AlignItem {
  article: number;
  terms: ClaimTerms;
  kind: ClaimKind;
}

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
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const t of v.keys()) {
      if (!postings.has(t)) postings.set(t, []);
      postings.get(t)!.push(i);
    }
  });
  const n = items.length;
  const sims = new Map<number, number>();
  for (const [t, list] of postings) {
    for (let x = 0; x < list.length; x++) {
      const i = list[x]!;
      for (let y = x + 1; y < list.length; y++) {
        const j = list[y]!;
        if (items[i]!.article === items[j]!.article) continue;
        const key = i * n + j;
        sims.set(key, (sims.get(key) ?? 0) + vectors[i]!.get(t)! * vectors[j]!.get(t)!);
      }
    }
  }
  for (const [key, s] of sims) sims.set(key, s + bonus(items[Math.floor(key / n)]!, items[key % n]!));
  return sims;
}

/**
 * Groups item indexes into propositions. `fixed` items (pinned groups, claims people set apart) are left out;
 * every other item ends in exactly one group.
 */
export function alignItems(items: readonly AlignItem[], fixed: ReadonlySet<number> = new Set()): number[][] {
  const n = items.length;
  const vectors = tfidfVectors(items);
  const sims = crossArticleSimilarities(items, vectors);
  const simOf = (i: number, j: number) => sims.get(Math.min(i, j) * n + Math.max(i, j)) ?? 0;

  const groupOf = items.map((_, i) => i);
  const members = new Map<number, number[]>(items.map((_, i) => [i, [i]]));
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

  for (const { i, j } of edges) {
    const gi = groupOf[i]!;
    const gj = groupOf[j]!;
    if (gi === gj) continue;
    const a = members.get(gi)!;
    const b = members.get(gj)!;
    let total = 0;
    let pairs = 0;
    for (const x of a) {
      for (const y of b) {
        if (items[x]!.article === items[y]!.article) continue;
        total += simOf(x, y);
        pairs++;
      }
    }
    if (pairs === 0 || total / pairs < GROUP_THRESHOLD) continue;
    for (const y of b) groupOf[y] = gi;
    a.push(...b);
    members.delete(gj);
  }
  return [...members.values()].filter((g) => !g.some((i) => fixed.has(i))).map((g) => g.sort((x, y) => x - y));
}
