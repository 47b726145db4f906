// The comparison of an event's articles, stored: propositions, their claims and the differences between outlets.
// Recomputed (lib/analysis/compare) whenever the event's articles or claims change, inside the same transaction.
// People's decisions survive: a proposition someone made or that carries a fact-check keeps its claims, a
// difference someone added stays, and one they dismissed stays dismissed.
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { ANALYZER_VERSION, composeDocument, type AnalysisResult, type EntityRef, type ExtractedClaim, type Mention } from "../../lib/analysis";
import { asPhrases, compareArticles, type ClaimRef, type CompareArticle } from "../../lib/analysis/compare";
import {
  articles,
  claimBlamed,
  claims,
  differenceDismissals,
  differences,
  entities,
  entityMentions,
  events,
  factChecks,
  outlets,
  propositionClaims,
  propositions,
} from "../schema";
import type { DbOrTx } from "../client";
import { framingMeasures } from "../../lib/analysis/framing";
import { chunks, selectInChunks } from "./chunks";
import { articleLabels } from "../../lib/article-labels";
import { publishedVerdicts } from "./fact-checks";
import type { DiffTokenView, EventComparison, FramingView } from "../../lib/views";

interface LoadedEvent {
  compareInput: CompareArticle[];
  articleIds: number[];
  /** claimIds[article][claim index] = the stored claim's id. */
  claimIds: number[][];
  /** The same claims by where they are ("articleId:section:start:end"): stable when re-analysis renews the ids. */
  claimSpans: string[][];
}

const entityKey = (id: number) => `e${id}`;

/** The event's articles as the comparison engine reads them, rebuilt from what is stored (dismissed claims left out). */
export function loadEventForComparison(db: DbOrTx, eventId: number): LoadedEvent {
  const rows = db
    .select({ article: articles, outlet: outlets.name })
    .from(articles)
    .innerJoin(outlets, eq(outlets.id, articles.outletId))
    .where(eq(articles.eventId, eventId))
    .orderBy(asc(outlets.name), asc(articles.publishedAt), asc(articles.id))
    .all();
  const ids = rows.map((r) => r.article.id);
  if (!ids.length) return { compareInput: [], articleIds: [], claimIds: [], claimSpans: [] };
  const claimRows = db
    .select()
    .from(claims)
    .where(and(inArray(claims.articleId, ids), isNull(claims.dismissedAt)))
    .orderBy(asc(claims.articleId), asc(claims.section), asc(claims.start), asc(claims.id))
    .all();
  const blamedRows = claimRows.length
    ? selectInChunks(claimRows.map((c) => c.id), (part) => db.select().from(claimBlamed).where(inArray(claimBlamed.claimId, part)).orderBy(asc(claimBlamed.position)).all())
    : [];
  const mentionRows = db.select().from(entityMentions).where(inArray(entityMentions.articleId, ids)).all();
  const entityIds = new Set<number>([
    ...mentionRows.map((m) => m.entityId),
    ...claimRows.flatMap((c) => (c.sourceEntityId ? [c.sourceEntityId] : [])),
    ...blamedRows.flatMap((b) => (b.entityId ? [b.entityId] : [])),
  ]);
  const entityRows = selectInChunks([...entityIds], (part) => db.select().from(entities).where(inArray(entities.id, part)).all());
  const entityById = new Map(entityRows.map((e) => [e.id, e]));

  const compareInput: CompareArticle[] = [];
  const claimIds: number[][] = [];
  const claimSpans: string[][] = [];
  const labels = articleLabels(rows.map(({ article, outlet }) => ({ id: article.id, outlet, publishedAt: article.publishedAt })));
  for (const [index, { article }] of rows.entries()) {
    const document = composeDocument({ title: article.title, subtitle: article.subtitle, body: article.body });
    const offset = new Map(document.sections.map((s) => [s.section, s.start]));
    const at = (section: "title" | "subtitle" | "body", pos: number) => (offset.get(section) ?? 0) + pos;
    const mine = claimRows.filter((c) => c.articleId === article.id && offset.has(c.section));
    const used = new Set<number>();
    const extracted: ExtractedClaim[] = mine.map((c) => {
      if (c.sourceEntityId) used.add(c.sourceEntityId);
      const blamed = blamedRows.filter((b) => b.claimId === c.id);
      for (const b of blamed) if (b.entityId) used.add(b.entityId);
      return {
        section: c.section,
        start: at(c.section, c.start),
        end: at(c.section, c.end),
        exact: c.exact,
        kind: c.kind,
        source: c.sourceEntityId ? { entityKey: entityKey(c.sourceEntityId), text: c.sourceText ?? "", role: c.sourceRole } : null,
        cue: c.cue,
        content: c.content,
        quote: c.quoteType,
        hedged: c.hedged,
        hedges: c.hedges,
        blamed: blamed.map((b) => ({ text: b.text, entityKey: b.entityId ? entityKey(b.entityId) : null })),
        checkWorthiness: c.checkWorthiness,
      };
    });
    const mentions: Mention[] = mentionRows
      .filter((m) => m.articleId === article.id && offset.has(m.section))
      .map((m) => {
        used.add(m.entityId);
        return { entityKey: entityKey(m.entityId), section: m.section, start: at(m.section, m.start), end: at(m.section, m.end), text: m.text, role: m.role };
      });
    const refs: EntityRef[] = [...used].flatMap((id) => {
      const e = entityById.get(id);
      return e ? [{ key: entityKey(id), name: e.name, kind: e.kind, aliases: [] }] : [];
    });
    const analysis: AnalysisResult = { analyzerVersion: article.analyzerVersion ?? "", document, entities: refs, mentions, claims: extracted };
    compareInput.push({ outlet: labels[index]!, analysis });
    claimIds.push(mine.map((c) => c.id));
    claimSpans.push(mine.map((c) => `${c.articleId}:${c.section}:${c.start}:${c.end}`));
  }
  return { compareInput, articleIds: ids, claimIds, claimSpans };
}

/** What a dismissal is remembered by: the type and where the compared claims are. */
export const differenceKey = (type: string, spans: readonly string[]) => `${type}|${[...spans].sort().join(",")}`;

export interface StoredDifferenceDetail {
  articleIds: number[];
  diff: DiffTokenView[] | null;
  claimSpans: string[];
}

/** The ids of an event's propositions, as a subquery to filter by. */
function eventPropositionIds(db: DbOrTx, eventId: number) {
  return db.select({ id: propositions.id }).from(propositions).where(eq(propositions.eventId, eventId));
}

/** Recomputes and stores the comparison of one event, keeping people's decisions. Run it inside a transaction. */
export function storeEventComparison(db: DbOrTx, eventId: number): { propositions: number; differences: number } {
  const loaded = loadEventForComparison(db, eventId);
  const existing = db.select().from(propositions).where(eq(propositions.eventId, eventId)).all();
  const existingIds = existing.map((p) => p.id);
  // The event's propositions as a subquery, not a list of ids: an event can have more than SQLite binds at once.
  const ofEvent = eventPropositionIds(db, eventId);
  const checked = new Set(db.select({ id: factChecks.propositionId }).from(factChecks).where(inArray(factChecks.propositionId, ofEvent)).all().map((r) => r.id!));
  const kept = existing.filter((p) => p.origin === "manual" || checked.has(p.id));
  const keptIds = new Set(kept.map((p) => p.id));
  const members = db.select().from(propositionClaims).where(inArray(propositionClaims.propositionId, ofEvent)).all();
  const dismissed = new Map(
    db
      .select()
      .from(differenceDismissals)
      .where(eq(differenceDismissals.eventId, eventId))
      .all()
      .map((d) => [d.key, d.dismissedAt] as const),
  );

  // The engine's previous propositions by their exact claims: one the engine makes again keeps its id, so links to
  // it (#p-{id}) survive a merge, split or re-grouping elsewhere in the event.
  const claimSetKey = (ids: number[]) => [...ids].sort((a, b) => a - b).join(",");
  const previousIdOf = new Map<string, number>();
  for (const p of existing) {
    if (!keptIds.has(p.id)) previousIdOf.set(claimSetKey(members.filter((m) => m.propositionId === p.id).map((m) => m.claimId)), p.id);
  }

  // Forget the engine's previous output: its propositions, and its differences on the propositions kept.
  const dropped = existingIds.filter((id) => !keptIds.has(id));
  for (const part of chunks(dropped)) db.delete(propositions).where(inArray(propositions.id, part)).run();
  for (const part of chunks([...keptIds])) db.delete(differences).where(and(inArray(differences.propositionId, part), eq(differences.origin, "auto"))).run();

  const refOf = new Map<number, ClaimRef>();
  loaded.claimIds.forEach((ids, article) => ids.forEach((id, claim) => refOf.set(id, { article, claim })));
  const pinnedOwner = new Map<string, number>();
  const pinned: ClaimRef[][] = [];
  for (const p of kept) {
    const refs = members.filter((m) => m.propositionId === p.id).flatMap((m) => (refOf.has(m.claimId) ? [refOf.get(m.claimId)!] : []));
    if (!refs.length) {
      // A group people made whose claims have all gone (moved, dismissed): nothing left to keep, unless fact-checked.
      if (!checked.has(p.id)) db.delete(propositions).where(eq(propositions.id, p.id)).run();
      continue;
    }
    pinned.push(refs);
    pinnedOwner.set(refs.map((r) => `${r.article}:${r.claim}`).join(" "), p.id);
  }

  const comparison = compareArticles(loaded.compareInput, { pinned });
  const claimIdOf = (r: ClaimRef) => loaded.claimIds[r.article]![r.claim]!;
  let storedDifferences = 0;
  for (const p of comparison.propositions) {
    let propositionId = p.pinned ? pinnedOwner.get(p.claims.map((r) => `${r.article}:${r.claim}`).join(" ")) : undefined;
    if (propositionId === undefined) {
      const key = claimSetKey(p.claims.map(claimIdOf));
      const previousId = previousIdOf.get(key);
      previousIdOf.delete(key);
      propositionId = db
        .insert(propositions)
        .values({ ...(previousId !== undefined ? { id: previousId } : {}), eventId, label: p.topic, category: p.category, origin: "auto", analyzerVersion: ANALYZER_VERSION })
        .returning({ id: propositions.id })
        .get().id;
      db.insert(propositionClaims)
        .values(p.claims.map((r) => ({ propositionId: propositionId!, claimId: claimIdOf(r), origin: "auto" as const })))
        .run();
    }
    for (const d of p.differences) {
      const ids = d.claims.map(claimIdOf);
      const spans = d.claims.map((r) => loaded.claimSpans[r.article]![r.claim]!);
      const detail: StoredDifferenceDetail = { articleIds: d.articles.map((a) => loaded.articleIds[a]!), diff: d.diff, claimSpans: spans };
      db.insert(differences)
        .values({
          propositionId,
          type: d.type,
          explanation: d.explanation,
          claimIds: ids,
          detail,
          origin: "auto",
          analyzerVersion: ANALYZER_VERSION,
          dismissedAt: dismissed.get(differenceKey(d.type, spans)) ?? null,
        })
        .run();
      storedDifferences++;
    }
  }
  bumpComparisonVersion(db, eventId);
  return { propositions: comparison.propositions.length, differences: storedDifferences };
}

/**
 * Marks an event's stored comparison as changed: caches of it are keyed by this version, so anything that changes
 * what getEventComparison returns must call it (storeEventComparison does).
 */
export function bumpComparisonVersion(db: DbOrTx, eventId: number): void {
  db.update(events).set({ comparisonVersion: sql`${events.comparisonVersion} + 1` }).where(eq(events.id, eventId)).run();
}

// The API's JSON of each event's comparison, by version: a busy event is serialised once per change, not once per
// request. Bounded: cleared when it holds this many events.
const JSON_CACHE_LIMIT = 200;
const jsonCache = new Map<number, { version: number; json: string }>();

/** `{"comparison": …}` as the API sends it, or null when there is no such event. */
export function getEventComparisonJson(db: DbOrTx, eventId: number): string | null {
  const row = db.select({ version: events.comparisonVersion }).from(events).where(eq(events.id, eventId)).get();
  if (!row) return null;
  const hit = jsonCache.get(eventId);
  if (hit && hit.version === row.version) return hit.json;
  const json = JSON.stringify({ comparison: getEventComparison(db, eventId) });
  if (jsonCache.size >= JSON_CACHE_LIMIT) jsonCache.clear();
  jsonCache.set(eventId, { version: row.version, json });
  return json;
}

/** The stored comparison of an event, for pages and the API; null when there is no such event. */
export function getEventComparison(db: DbOrTx, eventId: number): EventComparison | null {
  if (!db.select({ id: events.id }).from(events).where(eq(events.id, eventId)).get()) return null;
  const props = db.select().from(propositions).where(eq(propositions.eventId, eventId)).orderBy(asc(propositions.id)).all();
  const ids = props.map((p) => p.id);
  const members = ids.length
    ? db
        .select({ propositionId: propositionClaims.propositionId, claimId: propositionClaims.claimId, articleId: claims.articleId, section: claims.section, start: claims.start })
        .from(propositionClaims)
        .innerJoin(claims, eq(claims.id, propositionClaims.claimId))
        .where(inArray(propositionClaims.propositionId, eventPropositionIds(db, eventId)))
        .orderBy(asc(claims.articleId), asc(claims.section), asc(claims.start))
        .all()
    : [];
  const diffs = ids.length
    ? db.select().from(differences).where(inArray(differences.propositionId, eventPropositionIds(db, eventId))).orderBy(asc(differences.id)).all()
    : [];
  const verdicts = publishedVerdicts("proposition", ids, db);
  const loaded = loadEventForComparison(db, eventId);
  const framing = loaded.compareInput.map(({ analysis }, i): FramingView => {
    const { headline, loaded: phrases, ...shares } = framingMeasures(analysis);
    const sectionOf = (pos: number) => analysis.document.sections.find((s) => pos >= s.start && pos <= s.end)!;
    return {
      articleId: loaded.articleIds[i]!,
      ...shares,
      loaded: phrases.map((p) => {
        const s = sectionOf(p.start);
        return { section: s.section, start: p.start - s.start, end: p.end - s.start, text: p.text, reason: p.reason };
      }),
      headline: headline && {
        hedged: headline.hedged,
        attributed: headline.attributed,
        loaded: headline.loaded,
        supportedByBody: headline.supportedByBody,
        dropsBodyHedges: headline.dropsBodyHedges,
      },
    };
  });
  return {
    eventId,
    framing,
    propositions: props.map((p) => {
      const mine = members.filter((m) => m.propositionId === p.id);
      return {
        id: p.id,
        label: p.label,
        category: p.category,
        origin: p.origin,
        claimIds: mine.map((m) => m.claimId),
        articleIds: [...new Set(mine.map((m) => m.articleId))],
        differences: diffs
          .filter((d) => d.propositionId === p.id)
          .map((d) => {
            const detail = (d.detail ?? {}) as Partial<StoredDifferenceDetail>;
            return {
              id: d.id,
              type: d.type,
              explanation: d.explanation,
              origin: d.origin,
              dismissed: d.dismissedAt !== null,
              claimIds: d.claimIds,
              articleIds: detail.articleIds ?? [],
              diff: detail.diff ? asPhrases(detail.diff) : null,
            };
          }),
        verdict: verdicts.get(p.id) ?? null,
      };
    }),
  };
}
