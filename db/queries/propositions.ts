// What people decide about the comparison: merge propositions, split claims off, add or dismiss a difference, move
// an article to another event. Each runs in one transaction, is audited, and survives re-running the engine
// (db/queries/comparison.ts keeps manual propositions, manual differences and dismissals).
import { and, eq, inArray } from "drizzle-orm";
import { AppError } from "../../lib/errors";
import type { DifferenceType } from "../../lib/analysis";
import { articles, claims, differenceDismissals, differences, events, factChecks, propositionClaims, propositions } from "../schema";
import { getDb, type Db } from "../client";
import { recordAudit } from "./audit";
import { bumpComparisonVersion, differenceKey, storeEventComparison, type StoredDifferenceDetail } from "./comparison";
import { addToCentroid } from "./event-grouping";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

function propositionsOf(tx: Tx, ids: readonly number[]) {
  const rows = tx.select().from(propositions).where(inArray(propositions.id, [...ids])).all();
  const missing = ids.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length) {
    throw new AppError("not_found", missing.length === 1 ? `Proposition ${missing[0]} was not found.` : `Propositions ${missing.join(", ")} were not found.`);
  }
  return rows;
}

/** Merges propositions of one event into the first: their claims and fact-checks move to it, and it becomes manual. */
export function mergePropositions(ids: readonly number[], userId?: number, db: Db = getDb()): number {
  const unique = [...new Set(ids)];
  if (unique.length < 2) throw new AppError("invalid_input", "Name at least two propositions to merge.");
  return db.transaction((tx) => {
    const rows = propositionsOf(tx, unique);
    const eventIds = new Set(rows.map((r) => r.eventId));
    if (eventIds.size > 1) throw new AppError("invalid_input", "Only propositions of the same event can be merged.");
    const [target, ...others] = unique;
    const otherIds = others as number[];
    tx.update(propositionClaims).set({ propositionId: target!, origin: "manual", createdBy: userId ?? null }).where(inArray(propositionClaims.propositionId, otherIds)).run();
    tx.update(propositionClaims).set({ origin: "manual" }).where(eq(propositionClaims.propositionId, target!)).run();
    tx.update(factChecks).set({ propositionId: target! }).where(inArray(factChecks.propositionId, otherIds)).run();
    tx.update(differences).set({ propositionId: target! }).where(and(inArray(differences.propositionId, otherIds), eq(differences.origin, "manual"))).run();
    tx.delete(propositions).where(inArray(propositions.id, otherIds)).run();
    tx.update(propositions).set({ origin: "manual", createdBy: userId ?? null, updatedAt: new Date().toISOString() }).where(eq(propositions.id, target!)).run();
    storeEventComparison(tx, rows[0]!.eventId);
    recordAudit(tx, { action: "proposition.merge", subjectType: "proposition", subjectId: target!, userId, details: { merged: otherIds } });
    return target!;
  });
}

/** Takes claims out of a proposition into a new proposition of their own, which people own from then on. */
export function splitProposition(id: number, claimIds: readonly number[], userId?: number, db: Db = getDb()): number {
  const unique = [...new Set(claimIds)];
  if (!unique.length) throw new AppError("invalid_input", "Name the claims to split off.");
  return db.transaction((tx) => {
    const [p] = propositionsOf(tx, [id]);
    const members = tx.select().from(propositionClaims).where(eq(propositionClaims.propositionId, id)).all();
    const foreign = unique.filter((c) => !members.some((m) => m.claimId === c));
    if (foreign.length) throw new AppError("invalid_input", `Claim ${foreign.join(", ")} is not in proposition ${id}.`);
    if (unique.length === members.length) throw new AppError("invalid_input", "Leave at least one claim in the proposition.");
    const created = tx
      .insert(propositions)
      .values({ eventId: p!.eventId, label: p!.label, category: p!.category, origin: "manual", createdBy: userId ?? null })
      .returning({ id: propositions.id })
      .get().id;
    tx.update(propositionClaims)
      .set({ propositionId: created, origin: "manual", createdBy: userId ?? null })
      .where(and(eq(propositionClaims.propositionId, id), inArray(propositionClaims.claimId, unique)))
      .run();
    storeEventComparison(tx, p!.eventId);
    recordAudit(tx, { action: "proposition.split", subjectType: "proposition", subjectId: id, userId, details: { claims: unique, into: created } });
    return created;
  });
}

/** A difference a person adds to a proposition. */
export function addDifference(
  propositionId: number,
  input: { type: DifferenceType; explanation: string; claimIds?: number[] },
  userId?: number,
  db: Db = getDb(),
): number {
  const explanation = input.explanation.trim();
  if (!explanation) throw new AppError("invalid_input", "Explain the difference in a sentence.");
  return db.transaction((tx) => {
    const [p] = propositionsOf(tx, [propositionId]);
    const members = tx.select().from(propositionClaims).where(eq(propositionClaims.propositionId, propositionId)).all();
    const foreign = (input.claimIds ?? []).filter((c) => !members.some((m) => m.claimId === c));
    if (foreign.length) throw new AppError("invalid_input", `Claim ${foreign.join(", ")} is not in proposition ${propositionId}.`);
    const id = tx
      .insert(differences)
      .values({ propositionId, type: input.type, explanation, claimIds: input.claimIds ?? [], origin: "manual", createdBy: userId ?? null })
      .returning({ id: differences.id })
      .get().id;
    bumpComparisonVersion(tx, p!.eventId);
    recordAudit(tx, { action: "difference.add", subjectType: "difference", subjectId: id, userId, details: { propositionId, type: input.type } });
    return id;
  });
}

/** Dismisses a difference (or brings it back): re-running the engine keeps the decision. */
export function setDifferenceDismissed(id: number, dismissed: boolean, userId?: number, db: Db = getDb()): void {
  db.transaction((tx) => {
    const row = tx.select().from(differences).where(eq(differences.id, id)).get();
    if (!row) throw new AppError("not_found", `Difference ${id} was not found.`);
    const at = dismissed ? new Date().toISOString() : null;
    tx.update(differences).set({ dismissedAt: at }).where(eq(differences.id, id)).run();
    const { eventId } = tx.select({ eventId: propositions.eventId }).from(propositions).where(eq(propositions.id, row.propositionId)).get()!;
    bumpComparisonVersion(tx, eventId);
    const spans = (row.detail as StoredDifferenceDetail | null)?.claimSpans;
    if (row.origin === "auto" && spans) {
      // Remembered by what it compares, so that the engine's next run does not bring it back.
      const key = differenceKey(row.type, spans);
      if (at) tx.insert(differenceDismissals).values({ eventId, key, dismissedAt: at, dismissedBy: userId ?? null }).onConflictDoNothing().run();
      else tx.delete(differenceDismissals).where(and(eq(differenceDismissals.eventId, eventId), eq(differenceDismissals.key, key))).run();
    }
    recordAudit(tx, { action: dismissed ? "difference.dismiss" : "difference.restore", subjectType: "difference", subjectId: id, userId });
  });
}

/** Moves an article to another event: its grouping signature and its claims go with it; both comparisons are redone. */
export function moveArticle(articleId: number, eventId: number, userId?: number, db: Db = getDb()): void {
  db.transaction((tx) => {
    const article = tx.select().from(articles).where(eq(articles.id, articleId)).get();
    if (!article) throw new AppError("not_found", `Article ${articleId} was not found.`);
    if (!tx.select({ id: events.id }).from(events).where(eq(events.id, eventId)).get()) {
      throw new AppError("not_found", `Event ${eventId} was not found.`);
    }
    const from = article.eventId;
    if (from === eventId) return;
    // The article's claims leave the old event's propositions (people's groups there included).
    const claimIds = tx.select({ id: claims.id }).from(claims).where(eq(claims.articleId, articleId)).all().map((c) => c.id);
    if (claimIds.length) tx.delete(propositionClaims).where(inArray(propositionClaims.claimId, claimIds)).run();
    tx.update(articles).set({ eventId }).where(eq(articles.id, articleId)).run();
    const signature = article.signature ?? [];
    if (from !== null) {
      addToCentroid(tx, from, signature, -1);
      storeEventComparison(tx, from);
    }
    addToCentroid(tx, eventId, signature);
    storeEventComparison(tx, eventId);
    recordAudit(tx, { action: "article.move", subjectType: "article", subjectId: articleId, userId, details: { from, to: eventId } });
  });
}
