// Event grouping: which articles cover the same story. Each article becomes a TF-IDF signature of its headline and
// body; an event keeps the centroid of its articles. A new article joins the most similar event published within
// a few days of it, or starts a new one. An inverted index from terms to events means a new article is compared
// only with the events that share its strongest terms, never with the whole archive.
import { contentStems } from "./compare/terms";

/** Similarity (cosine of signatures) from which an article joins an event. */
export const JOIN_THRESHOLD = 0.15;
/** Articles more than this many days from an event's articles cover another story. */
export const MAX_DAYS_APART = 7;
/** Terms kept per signature: the rest weigh little and only slow the look-ups. */
const SIGNATURE_TERMS = 40;
/** Events looked at per new article: those sharing the most weight with it. */
const CANDIDATE_EVENTS = 25;
/**
 * IDF treats an archive smaller than this as this large, with the words it has not seen yet in no article. In a
 * tiny archive every shared word looks common: the second article about a story in a new database lost "Benghazi"
 * and "Clinton" from its signature to words no other article used. (BASIL dev triplets, each alone in a fresh
 * archive: 36 of 40 stayed whole before, 39 after; the 120-article clustering is unchanged.)
 */
const MIN_ARCHIVE = 20;
/** The headline says what the story is: its words count this many times. */
const TITLE_WEIGHT = 3;

export interface EventArticle {
  title: string | null;
  body: string;
  /** ISO date (or date-time) the article was published, when known. */
  published: string | null;
}

export type Signature = Map<string, number>;

export interface EventSnapshot {
  id: number;
  /** Centroid: term → weight (not normalised); a snapshot can be stored and loaded back. */
  centroid: [string, number][];
  articles: number;
  /** Day numbers (days since 1970) of the articles with a date: earliest and latest. */
  firstDay: number | null;
  lastDay: number | null;
}

/** Term counts of an article: headline words weigh more. */
export function termCounts(a: EventArticle): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of contentStems(a.title ?? "")) counts.set(t, (counts.get(t) ?? 0) + TITLE_WEIGHT);
  for (const t of contentStems(a.body)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** Day number (days since 1970) of an ISO date or date-time, or null. */
export function dayOf(iso: string | null): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.slice(0, 10));
  return Number.isNaN(t) ? null : Math.floor(t / 86_400_000);
}

function normalise(v: Signature): Signature {
  let norm = 0;
  for (const w of v.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  const out: Signature = new Map();
  for (const [t, w] of v) out.set(t, w / norm);
  return out;
}

/**
 * An article's signature: its strongest terms by TF-IDF against an archive of `documents` articles whose
 * document frequencies `df` gives, as a unit vector.
 */
export function signatureOf(counts: Map<string, number>, df: (term: string) => number, documents: number): Signature {
  const n = Math.max(documents, MIN_ARCHIVE) + 1;
  const weighted = [...counts].map(([t, c]) => [t, (1 + Math.log(c)) * Math.log(1 + n / (df(t) + 1))] as [string, number]);
  weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return normalise(new Map(weighted.slice(0, SIGNATURE_TERMS)));
}

/** Whether an article of day `day` may belong to an event spanning [first, last] (undated: always). */
export function withinDays(day: number | null, first: number | null, last: number | null): boolean {
  if (day === null || first === null || last === null) return true;
  return day >= first - MAX_DAYS_APART && day <= last + MAX_DAYS_APART;
}

/** Cosine of a signature with an event centroid, given the centroid's weights for the signature's terms and its norm. */
export function similarityToEvent(sig: Signature, centroidWeight: (term: string) => number, centroidNorm: number): number {
  let dot = 0;
  for (const [t, w] of sig) dot += w * centroidWeight(t);
  return centroidNorm > 0 ? dot / centroidNorm : 0;
}

/** The events sharing the most signature weight with an article, strongest first: the only ones worth comparing. */
export function candidateEvents(sig: Signature, eventsWithTerm: (term: string) => Iterable<number>): number[] {
  const shared = new Map<number, number>();
  for (const [t, w] of sig) for (const e of eventsWithTerm(t)) shared.set(e, (shared.get(e) ?? 0) + w);
  return [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATE_EVENTS).map(([id]) => id);
}

/** The events of an archive, for assigning articles one at a time. */
export class EventIndex {
  private documents = 0;
  private df = new Map<string, number>();
  private events = new Map<number, { centroid: Signature; norm: number; articles: number; firstDay: number | null; lastDay: number | null }>();
  private postings = new Map<string, Set<number>>();
  private nextId = 1;

  /** Restores an index from stored state (document frequencies and event snapshots). */
  static from(state: { documents: number; df: Iterable<[string, number]>; events: readonly EventSnapshot[] }): EventIndex {
    const index = new EventIndex();
    index.documents = state.documents;
    index.df = new Map(state.df);
    for (const e of state.events) index.putEvent(e.id, new Map(e.centroid), e.articles, e.firstDay, e.lastDay);
    return index;
  }

  signature(counts: Map<string, number>): Signature {
    return signatureOf(counts, (t) => this.df.get(t) ?? 0, this.documents);
  }

  /** The event an article belongs to (or null for a new story), with the similarity that decided it. */
  match(article: EventArticle, counts = termCounts(article)): { eventId: number | null; similarity: number } {
    const sig = this.signature(counts);
    const day = dayOf(article.published);
    let best: { eventId: number | null; similarity: number } = { eventId: null, similarity: 0 };
    for (const id of candidateEvents(sig, (t) => this.postings.get(t) ?? [])) {
      const e = this.events.get(id)!;
      if (!withinDays(day, e.firstDay, e.lastDay)) continue;
      const similarity = similarityToEvent(sig, (t) => e.centroid.get(t) ?? 0, e.norm);
      if (similarity > best.similarity) best = { eventId: id, similarity };
    }
    return best.similarity >= JOIN_THRESHOLD ? best : { eventId: null, similarity: best.similarity };
  }

  /** Adds an article: to `eventId` when given (an admin's choice), else to its matching event or a new one. */
  add(article: EventArticle, eventId?: number): number {
    // As the stored archive does (db/queries/event-grouping.ts): one signature, taken before the article counts.
    const counts = termCounts(article);
    const sig = this.signature(counts);
    const id = eventId ?? this.match(article, counts).eventId ?? this.nextId;
    for (const t of counts.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.documents++;
    const day = dayOf(article.published);
    const e = this.events.get(id);
    const centroid = new Map(e?.centroid ?? []);
    for (const [t, w] of sig) centroid.set(t, (centroid.get(t) ?? 0) + w);
    const first = e?.firstDay ?? null;
    const last = e?.lastDay ?? null;
    this.putEvent(
      id,
      centroid,
      (e?.articles ?? 0) + 1,
      day === null ? first : first === null ? day : Math.min(first, day),
      day === null ? last : last === null ? day : Math.max(last, day),
    );
    return id;
  }

  snapshot(id: number): EventSnapshot | null {
    const e = this.events.get(id);
    return e ? { id, centroid: [...e.centroid], articles: e.articles, firstDay: e.firstDay, lastDay: e.lastDay } : null;
  }

  get size(): number {
    return this.events.size;
  }

  private putEvent(id: number, centroid: Signature, articles: number, firstDay: number | null, lastDay: number | null) {
    let norm = 0;
    for (const w of centroid.values()) norm += w * w;
    this.events.set(id, { centroid, norm: Math.sqrt(norm) || 1, articles, firstDay, lastDay });
    for (const t of centroid.keys()) {
      if (!this.postings.has(t)) this.postings.set(t, new Set());
      this.postings.get(t)!.add(id);
    }
    if (id >= this.nextId) this.nextId = id + 1;
  }
}

/** Groups articles into events, in publication order (undated last), as the app would on import. Returns indexes. */
export function clusterArticles(articles: readonly EventArticle[]): number[][] {
  const order = articles.map((_, i) => i).sort((a, b) => {
    const da = articles[a]!.published ?? "9999";
    const db = articles[b]!.published ?? "9999";
    return da < db ? -1 : da > db ? 1 : a - b;
  });
  const index = new EventIndex();
  const groups = new Map<number, number[]>();
  for (const i of order) {
    const id = index.add(articles[i]!);
    if (!groups.has(id)) groups.set(id, []);
    groups.get(id)!.push(i);
  }
  return [...groups.values()].map((g) => g.sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}

/** Adjusted Rand index of a clustering against true labels (1 = identical, ~0 = chance). */
export function adjustedRandIndex(predicted: readonly number[], truth: readonly number[]): number {
  const n = predicted.length;
  const choose2 = (x: number) => (x * (x - 1)) / 2;
  const table = new Map<string, number>();
  const rows = new Map<number, number>();
  const cols = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const key = `${predicted[i]}|${truth[i]}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rows.set(predicted[i]!, (rows.get(predicted[i]!) ?? 0) + 1);
    cols.set(truth[i]!, (cols.get(truth[i]!) ?? 0) + 1);
  }
  let index = 0;
  for (const v of table.values()) index += choose2(v);
  let a = 0;
  for (const v of rows.values()) a += choose2(v);
  let b = 0;
  for (const v of cols.values()) b += choose2(v);
  const expected = (a * b) / choose2(n);
  const max = (a + b) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}
