// Event grouping over the stored archive (the rules are lib/analysis/events.ts): the archive's term frequencies
// live in term_stats, each event's centroid in event_terms (indexed by term), so placing a new article reads only
// the rows of its own terms and of the few events that share them.
import { and, count, eq, inArray, sql } from "drizzle-orm";
import {
  candidateEvents,
  dayOf,
  JOIN_THRESHOLD,
  signatureOf,
  similarityToEvent,
  termCounts,
  withinDays,
  type EventArticle,
  type Signature,
} from "../../lib/analysis/events";
import { articles, events, eventTerms, termStats } from "../schema";
import type { DbOrTx } from "../client";
import { chunks } from "./chunks";

/** How many of an article's terms, its most distinctive, choose the events it is compared with. */
const CANDIDATE_TERMS = 24;
/** A term in more articles than this says little about which story an article tells: it chooses no candidates. */
const MAX_PROBE_DF = 200;

/** An article's terms and its signature against the stored archive. */
export interface ArticleGrouping {
  counts: Map<string, number>;
  signature: Signature;
  /** The archive's document frequency of each of the article's terms (absent: in no stored article). */
  df: Map<string, number>;
}

export function articleSignature(db: DbOrTx, article: EventArticle): ArticleGrouping {
  const counts = termCounts(article);
  const df = new Map<string, number>();
  for (const part of chunks([...counts.keys()])) {
    for (const r of db.select().from(termStats).where(inArray(termStats.term, part)).all()) df.set(r.term, r.df);
  }
  const documents = db.select({ n: count() }).from(articles).get()?.n ?? 0;
  return { counts, df, signature: signatureOf(counts, (t) => df.get(t) ?? 0, documents) };
}

/** The stored event an article belongs to, or null when it starts a new one. */
export function matchEvent(
  db: DbOrTx,
  article: EventArticle,
  { signature, df }: Pick<ArticleGrouping, "signature" | "df">,
): { eventId: number | null; similarity: number } {
  const terms = [...signature.keys()];
  if (!terms.length) return { eventId: null, similarity: 0 };
  // Candidates come from the article's most distinctive terms only: a common word is in nearly every event, and
  // reading its postings would make each placement grow with the archive. The cosine is then taken in full, over
  // every term, for the candidates alone.
  const ranked = [...signature].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CANDIDATE_TERMS * 4);
  const distinctive = ranked.filter(([t]) => (df.get(t) ?? 0) <= MAX_PROBE_DF);
  // An article made only of common words still gets candidates, from its rarest terms.
  const chosen = distinctive.length ? distinctive : [...ranked].sort((a, b) => (df.get(a[0]) ?? 0) - (df.get(b[0]) ?? 0));
  const probe = new Map(chosen.slice(0, CANDIDATE_TERMS));
  const byTerm = new Map<string, number[]>();
  const postings = db
    .select({ eventId: eventTerms.eventId, term: eventTerms.term })
    .from(eventTerms)
    .where(inArray(eventTerms.term, [...probe.keys()]))
    .all();
  for (const r of postings) {
    const list = byTerm.get(r.term);
    if (list) list.push(r.eventId);
    else byTerm.set(r.term, [r.eventId]);
  }
  const candidates = candidateEvents(probe, (t) => byTerm.get(t) ?? []);
  if (!candidates.length) return { eventId: null, similarity: 0 };
  const weights = new Map<string, number>();
  for (const part of chunks(terms)) {
    const rows = db
      .select()
      .from(eventTerms)
      .where(and(inArray(eventTerms.eventId, candidates), inArray(eventTerms.term, part)))
      .all();
    for (const r of rows) weights.set(`${r.eventId}|${r.term}`, r.weight);
  }
  const day = dayOf(article.published);
  const meta = db
    .select({ id: events.id, norm: events.centroidNorm, firstDay: events.firstDay, lastDay: events.lastDay })
    .from(events)
    .where(inArray(events.id, candidates))
    .all();
  let best: { eventId: number | null; similarity: number } = { eventId: null, similarity: 0 };
  for (const e of meta) {
    if (!withinDays(day, e.firstDay, e.lastDay)) continue;
    const similarity = similarityToEvent(signature, (t) => weights.get(`${e.id}|${t}`) ?? 0, e.norm);
    if (similarity > best.similarity) best = { eventId: e.id, similarity };
  }
  return best.similarity >= JOIN_THRESHOLD ? best : { eventId: null, similarity: best.similarity };
}

/** Adds an article's signature to an event's centroid (negative `sign` takes it out), and its day to the event's span. */
export function addToCentroid(db: DbOrTx, eventId: number, signature: readonly [string, number][], sign: 1 | -1 = 1): void {
  for (const part of chunks(signature)) {
    db.insert(eventTerms)
      .values(part.map(([term, weight]) => ({ eventId, term, weight: sign * weight })))
      .onConflictDoUpdate({ target: [eventTerms.eventId, eventTerms.term], set: { weight: sql`${eventTerms.weight} + excluded.weight` } })
      .run();
  }
  if (sign < 0) db.delete(eventTerms).where(sql`${eventTerms.eventId} = ${eventId} and ${eventTerms.weight} <= 1e-9`).run();
  refreshEventShape(db, eventId);
}

/** Recomputes an event's centroid length and its span of publication days from its rows and articles. */
export function refreshEventShape(db: DbOrTx, eventId: number): void {
  const norm = db
    .select({ sq: sql<number>`coalesce(sum(${eventTerms.weight} * ${eventTerms.weight}), 0)` })
    .from(eventTerms)
    .where(eq(eventTerms.eventId, eventId))
    .get()!.sq;
  const days = db
    .select({ published: articles.publishedAt })
    .from(articles)
    .where(eq(articles.eventId, eventId))
    .all()
    .map((r) => dayOf(r.published))
    .filter((d): d is number => d !== null);
  db.update(events)
    .set({
      centroidNorm: Math.sqrt(norm),
      firstDay: days.length ? Math.min(...days) : null,
      lastDay: days.length ? Math.max(...days) : null,
    })
    .where(eq(events.id, eventId))
    .run();
}

/** Counts a new article's terms into the archive's document frequencies. */
export function countTerms(db: DbOrTx, counts: Map<string, number>): void {
  for (const part of chunks([...counts.keys()])) {
    db.insert(termStats)
      .values(part.map((term) => ({ term, df: 1 })))
      .onConflictDoUpdate({ target: termStats.term, set: { df: sql`${termStats.df} + 1` } })
      .run();
  }
}
