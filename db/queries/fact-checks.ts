// Fact-checks: a verdict on a claim or a proposition, with explanation, evidence and status. Every save is a new
// version with its revision kept (who, when, what); a save names the version it started from and is refused when
// someone saved since (optimistic concurrency), so no one's work is silently overwritten.
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { AppError } from "../../lib/errors";
import { publishProblem, type FactCheckInput } from "../../lib/fact-check-input";
import type { FactCheckRevisionView, FactCheckTarget, FactCheckView, PersonView, RatingView, VerdictView } from "../../lib/views";
import {
  articles,
  claims,
  entities,
  factCheckEvidence,
  factCheckRevisions,
  factChecks,
  outlets,
  propositions,
  ratings,
  users,
  type FactCheck,
  type FactCheckSnapshot,
  type Rating,
} from "../schema";
import { getDb, type Db, type DbOrTx } from "../client";
import { recordAudit } from "./audit";
import { selectInChunks } from "./chunks";
import { bumpComparisonVersion } from "./comparison";

export type FactCheckTargetRef = { claimId: number } | { propositionId: number };

const toRatingView = (r: Rating): RatingView => ({ id: r.id, label: r.label, color: r.color, value: r.value, retired: r.retiredAt !== null });

function person(db: DbOrTx, id: number | null): PersonView | null {
  if (id === null) return null;
  const u = db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.id, id)).get();
  return u ? { id: u.id, name: u.name ?? u.email } : null;
}

function ratingById(db: DbOrTx, id: number | null): RatingView | null {
  if (id === null) return null;
  const r = db.select().from(ratings).where(eq(ratings.id, id)).get();
  return r ? toRatingView(r) : null;
}

function targetOf(db: DbOrTx, row: FactCheck): FactCheckTarget {
  if (row.claimId !== null) {
    const c = db
      .select({
        exact: claims.exact,
        source: entities.name,
        sourceKind: entities.kind,
        sourceText: claims.sourceText,
        articleId: articles.id,
        title: articles.title,
        url: articles.url,
        author: articles.author,
        publishedAt: articles.publishedAt,
        eventId: articles.eventId,
        outlet: outlets.name,
      })
      .from(claims)
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .innerJoin(outlets, eq(outlets.id, articles.outletId))
      .leftJoin(entities, eq(entities.id, claims.sourceEntityId))
      .where(eq(claims.id, row.claimId))
      .get()!;
    return {
      type: "claim",
      claimId: row.claimId,
      exact: c.exact,
      source: c.source ?? c.sourceText,
      sourceIsPerson: c.sourceKind === "person",
      articleId: c.articleId,
      articleTitle: c.title,
      articleUrl: c.url,
      outlet: c.outlet,
      author: c.author,
      publishedAt: c.publishedAt,
      eventId: c.eventId,
    };
  }
  const p = db.select().from(propositions).where(eq(propositions.id, row.propositionId!)).get()!;
  return { type: "proposition", propositionId: p.id, label: p.label, eventId: p.eventId };
}

function evidenceOf(db: DbOrTx, factCheckId: number) {
  return db
    .select({ url: factCheckEvidence.url, note: factCheckEvidence.note })
    .from(factCheckEvidence)
    .where(eq(factCheckEvidence.factCheckId, factCheckId))
    .orderBy(asc(factCheckEvidence.position))
    .all();
}

function toView(db: DbOrTx, row: FactCheck): FactCheckView {
  return {
    id: row.id,
    version: row.version,
    target: targetOf(db, row),
    rating: ratingById(db, row.ratingId),
    explanation: row.explanation,
    evidence: evidenceOf(db, row.id),
    status: row.status,
    author: person(db, row.authorId),
    assignee: person(db, row.assigneeId),
    publishedAt: row.publishedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

// ---------------------------------------------------------------- the rating scale

export function listRatings(db: DbOrTx = getDb(), { includeRetired = false } = {}): RatingView[] {
  return db
    .select()
    .from(ratings)
    .where(includeRetired ? undefined : isNull(ratings.retiredAt))
    .orderBy(desc(ratings.value), asc(ratings.id))
    .all()
    .map(toRatingView);
}

export interface RatingInput {
  id?: number;
  label: string;
  color: string;
  value: number;
  retired?: boolean;
}

/**
 * Replaces the scale with `scale`: ratings with an id are changed, ratings without one are added, and ratings
 * left out are retired (kept for the fact-checks that use them, no longer offered).
 */
export function saveRatingScale(scale: RatingInput[], actorId: number | null, db: Db = getDb()): RatingView[] {
  const labels = scale.map((r) => r.label.trim().toLowerCase());
  if (new Set(labels).size !== labels.length) throw new AppError("invalid_input", "Two ratings have the same label.");
  if (!scale.some((r) => !r.retired)) throw new AppError("invalid_input", "The scale needs at least one rating.");
  return db.transaction((tx) => {
    const existing = tx.select().from(ratings).all();
    const now = new Date().toISOString();
    const kept = new Set<number>();
    // Labels are unique: rename everything out of the way first so that swapping two labels works.
    for (const r of scale) if (r.id !== undefined) tx.update(ratings).set({ label: `\u0000${r.id}` }).where(eq(ratings.id, r.id)).run();
    for (const r of scale) {
      const values = { label: r.label.trim(), color: r.color, value: r.value, retiredAt: r.retired ? now : null };
      if (r.id !== undefined) {
        if (!existing.some((e) => e.id === r.id)) throw new AppError("not_found", `Rating ${r.id} was not found.`);
        tx.update(ratings).set(values).where(eq(ratings.id, r.id)).run();
        kept.add(r.id);
      } else {
        const clash = tx.select().from(ratings).where(sql`lower(${ratings.label}) = ${values.label.toLowerCase()}`).get();
        if (clash) throw new AppError("invalid_input", `There is already a rating called ${values.label}.`);
        kept.add(tx.insert(ratings).values(values).returning({ id: ratings.id }).get().id);
      }
    }
    for (const e of existing) if (!kept.has(e.id) && e.retiredAt === null) tx.update(ratings).set({ retiredAt: now }).where(eq(ratings.id, e.id)).run();
    recordAudit(tx, { action: "rating_scale.save", subjectType: "rating_scale", userId: actorId, details: { scale: scale.map((r) => ({ ...r, label: r.label.trim() })) } });
    return listRatings(tx, { includeRetired: true });
  });
}

// ---------------------------------------------------------------- reading

/** One fact-check; unpublished ones only when `includeUnpublished` (fact-checkers and admins). */
export function getFactCheck(id: number, { includeUnpublished = false } = {}, db: DbOrTx = getDb()): FactCheckView | null {
  const row = db.select().from(factChecks).where(eq(factChecks.id, id)).get();
  if (!row || (!includeUnpublished && row.status !== "published")) return null;
  return toView(db, row);
}

/** The fact-checks of a claim or a proposition, newest first. */
export function listFactChecks(target: FactCheckTargetRef, { includeUnpublished = false } = {}, db: DbOrTx = getDb()): FactCheckView[] {
  assertTargetExists(db, target);
  const on = "claimId" in target ? eq(factChecks.claimId, target.claimId) : eq(factChecks.propositionId, target.propositionId);
  return db
    .select()
    .from(factChecks)
    .where(includeUnpublished ? on : and(on, eq(factChecks.status, "published")))
    .orderBy(desc(factChecks.updatedAt), desc(factChecks.id))
    .all()
    .map((row) => toView(db, row));
}

/** Every published fact-check, oldest first (the exports). */
export function listPublishedFactChecks(db: DbOrTx = getDb()): FactCheckView[] {
  return db
    .select()
    .from(factChecks)
    .where(eq(factChecks.status, "published"))
    .orderBy(asc(factChecks.publishedAt), asc(factChecks.id))
    .all()
    .map((row) => toView(db, row));
}

/** Every saved version, newest first. */
export function factCheckHistory(id: number, db: DbOrTx = getDb()): FactCheckRevisionView[] {
  return db
    .select()
    .from(factCheckRevisions)
    .where(eq(factCheckRevisions.factCheckId, id))
    .orderBy(desc(factCheckRevisions.version))
    .all()
    .map((r) => ({
      version: r.version,
      rating: ratingById(db, r.snapshot.ratingId),
      explanation: r.snapshot.explanation,
      evidence: r.snapshot.evidence,
      status: r.snapshot.status,
      editor: person(db, r.editorId),
      createdAt: r.createdAt,
    }));
}

/** The newest published verdict of each of these claims (or propositions), by id. */
export function publishedVerdicts(kind: "claim" | "proposition", ids: number[], db: DbOrTx = getDb()): Map<number, VerdictView> {
  const verdicts = new Map<number, VerdictView>();
  if (ids.length === 0) return verdicts;
  const column = kind === "claim" ? factChecks.claimId : factChecks.propositionId;
  // A target's fact-checks all fall in one slice of ids, newest last.
  const rows = selectInChunks(ids, (part) =>
    db
      .select({ targetId: column, factCheckId: factChecks.id, label: ratings.label, color: ratings.color })
      .from(factChecks)
      .innerJoin(ratings, eq(ratings.id, factChecks.ratingId))
      .where(and(inArray(column, part), eq(factChecks.status, "published")))
      .orderBy(asc(factChecks.publishedAt), asc(factChecks.id))
      .all(),
  );
  for (const r of rows) verdicts.set(r.targetId!, { factCheckId: r.factCheckId, label: r.label, color: r.color });
  return verdicts;
}

// ---------------------------------------------------------------- writing

function assertTargetExists(db: DbOrTx, target: FactCheckTargetRef): void {
  if ("claimId" in target) {
    if (!db.select({ id: claims.id }).from(claims).where(eq(claims.id, target.claimId)).get()) throw new AppError("not_found", `Claim ${target.claimId} was not found.`);
  } else if (!db.select({ id: propositions.id }).from(propositions).where(eq(propositions.id, target.propositionId)).get()) {
    throw new AppError("not_found", `Proposition ${target.propositionId} was not found.`);
  }
}

function checkInput(db: DbOrTx, input: FactCheckInput): void {
  if (input.ratingId !== null) {
    const rating = db.select().from(ratings).where(eq(ratings.id, input.ratingId)).get();
    if (!rating) throw new AppError("invalid_input", `Rating ${input.ratingId} is not on the scale.`);
  }
  if (input.assigneeId) {
    const assignee = db.select().from(users).where(eq(users.id, input.assigneeId)).get();
    if (!assignee || assignee.role === "reader" || assignee.disabledAt) throw new AppError("invalid_input", "Assign fact-checks only to active fact-checkers or admins.");
  }
  if (input.status === "published") {
    const problem = publishProblem(input);
    if (problem) throw new AppError("invalid_input", problem);
  }
}

// The event whose comparison shows this fact-check's verdict: its cached comparison must be rebuilt.
function eventOf(db: DbOrTx, row: FactCheck): number | null {
  if (row.propositionId !== null) return db.select({ e: propositions.eventId }).from(propositions).where(eq(propositions.id, row.propositionId)).get()?.e ?? null;
  return (
    db.select({ e: articles.eventId }).from(claims).innerJoin(articles, eq(articles.id, claims.articleId)).where(eq(claims.id, row.claimId!)).get()?.e ?? null
  );
}

function writeContent(tx: DbOrTx, row: FactCheck, input: FactCheckInput, editorId: number): void {
  tx.delete(factCheckEvidence).where(eq(factCheckEvidence.factCheckId, row.id)).run();
  input.evidence.forEach((e, position) => tx.insert(factCheckEvidence).values({ factCheckId: row.id, position, url: e.url, note: e.note }).run());
  const snapshot: FactCheckSnapshot = { ratingId: input.ratingId, explanation: input.explanation, status: input.status, evidence: input.evidence };
  tx.insert(factCheckRevisions).values({ factCheckId: row.id, version: row.version, snapshot, editorId }).run();
}

/** Starts a fact-check on a claim or a proposition (version 1). */
export function createFactCheck(target: FactCheckTargetRef, input: FactCheckInput, userId: number, db: Db = getDb()): FactCheckView {
  return db.transaction((tx) => {
    assertTargetExists(tx, target);
    checkInput(tx, input);
    const now = new Date().toISOString();
    const row = tx
      .insert(factChecks)
      .values({
        ...("claimId" in target ? { claimId: target.claimId } : { propositionId: target.propositionId }),
        ratingId: input.ratingId,
        explanation: input.explanation,
        status: input.status,
        authorId: userId,
        assigneeId: input.assigneeId ?? null,
        publishedAt: input.status === "published" ? now : null,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    writeContent(tx, row, input, userId);
    recordAudit(tx, { action: "fact_check.create", subjectType: "fact_check", subjectId: row.id, userId, details: { ...target, status: input.status, ratingId: input.ratingId } });
    const eventId = input.status === "published" ? eventOf(tx, row) : null;
    if (eventId !== null) bumpComparisonVersion(tx, eventId);
    return toView(tx, row);
  });
}

/**
 * Saves a new version over `expectedVersion`. When someone saved since, nothing is written and a conflict error
 * carries the current version (`details.current`) so the editor can show both.
 */
export function updateFactCheck(id: number, expectedVersion: number, input: FactCheckInput, userId: number, db: Db = getDb(), action = "fact_check.save"): FactCheckView {
  return db.transaction((tx) => {
    const before = tx.select().from(factChecks).where(eq(factChecks.id, id)).get();
    if (!before) throw new AppError("not_found", `Fact-check ${id} was not found.`);
    if (before.version !== expectedVersion) {
      const current = toView(tx, before);
      const by = current.author && before.updatedAt ? ` at ${before.updatedAt.slice(0, 16).replace("T", " ")} UTC` : "";
      throw new AppError(
        "conflict",
        `This fact-check was saved by someone else (version ${before.version}${by}) after you opened version ${expectedVersion}. Your changes were not saved: compare the two versions, then save again.`,
        { current },
      );
    }
    checkInput(tx, input);
    const now = new Date().toISOString();
    const row = tx
      .update(factChecks)
      .set({
        ratingId: input.ratingId,
        explanation: input.explanation,
        status: input.status,
        ...(input.assigneeId !== undefined ? { assigneeId: input.assigneeId } : {}),
        version: before.version + 1,
        publishedAt: input.status === "published" ? (before.publishedAt ?? now) : before.status === "published" ? null : before.publishedAt,
        updatedAt: now,
      })
      .where(and(eq(factChecks.id, id), eq(factChecks.version, expectedVersion)))
      .returning()
      .get();
    writeContent(tx, row, input, userId);
    recordAudit(tx, {
      action,
      subjectType: "fact_check",
      subjectId: id,
      userId,
      details: { version: row.version, status: [before.status, row.status], ratingId: [before.ratingId, row.ratingId] },
    });
    if (before.status === "published" || row.status === "published") {
      const eventId = eventOf(tx, row);
      if (eventId !== null) bumpComparisonVersion(tx, eventId);
    }
    return toView(tx, row);
  });
}

/** Makes an earlier revision the current content again, as a new version (nothing in the history is lost). */
export function restoreFactCheck(id: number, revision: number, expectedVersion: number, userId: number, db: Db = getDb()): FactCheckView {
  const old = db.select().from(factCheckRevisions).where(and(eq(factCheckRevisions.factCheckId, id), eq(factCheckRevisions.version, revision))).get();
  if (!old) throw new AppError("not_found", `Fact-check ${id} has no version ${revision}.`);
  const { ratingId, explanation, status, evidence } = old.snapshot;
  return updateFactCheck(id, expectedVersion, { ratingId, explanation, status, evidence }, userId, db, "fact_check.restore");
}
