// Claims by hand: a fact-checker adds a claim the engine missed, edits what the engine found, or dismisses a claim
// (kept, marked dismissed, restorable). Re-analysis keeps all three (storeAnalysis keeps manual, edited and
// dismissed claims). Each change is one transaction with its audit entry and the event comparison recomputed.
import { and, eq } from "drizzle-orm";
import { AppError, notFound } from "../../lib/errors";
import { checkWorthiness } from "../../lib/analysis/check-worthiness";
import { findHedges } from "../../lib/analysis/hedges";
import type { ClaimView } from "../../lib/views";
import { articles, claims, entities, entityAliases, CLAIM_KINDS, CLAIM_SECTIONS, QUOTE_TYPES, type Article, type Claim } from "../schema";
import { getDb, type Db, type DbOrTx } from "../client";
import { recordAudit } from "./audit";
import { getClaimsForArticles } from "./claims";
import { storeEventComparison } from "./comparison";
import { normalizeAlias, resolveEntity } from "./entities";

type Section = (typeof CLAIM_SECTIONS)[number];
type Kind = (typeof CLAIM_KINDS)[number];
type Quote = (typeof QUOTE_TYPES)[number];

export interface ManualClaimInput {
  section: Section;
  start: number;
  end: number;
  kind: Kind;
  /** Who says it, by name ("Ann Lee"); null or empty for the outlet's own voice. */
  source?: string | null;
  cue?: string | null;
  quote?: Quote;
  hedged?: boolean;
}

export interface ClaimChanges {
  kind?: Kind;
  source?: string | null;
  cue?: string | null;
  quote?: Quote;
  hedged?: boolean;
  content?: string;
}

const SECTION_NAME: Record<Section, string> = { title: "headline", subtitle: "subheadline", body: "body" };

function sectionText(article: Article, section: Section): string | null {
  return section === "title" ? article.title : section === "subtitle" ? article.subtitle : article.body;
}

/** The exact words of a span, or an invalid_input AppError saying what is wrong with it. */
export function spanText(text: string | null, section: Section, start: number, end: number): string {
  if (text === null) throw new AppError("invalid_input", `This article has no ${SECTION_NAME[section]}.`);
  if (Number.isInteger(start) && start === end) throw new AppError("invalid_input", "The selected text is empty: select the words of the claim.");
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new AppError(
      "invalid_input",
      `The selected text must lie inside the ${SECTION_NAME[section]} (characters 0–${text.length}); got ${start}–${end}.`,
    );
  }
  const exact = text.slice(start, end);
  if (!exact.trim()) throw new AppError("invalid_input", "The selected text is empty: select the words of the claim.");
  if (exact !== exact.trim()) throw new AppError("invalid_input", "The selected text must not start or end with white space.");
  if (exact.includes("\n\n")) throw new AppError("invalid_input", "A claim must lie within one paragraph.");
  return exact;
}

const clean = (value: string | null | undefined) => {
  const v = value?.replace(/\s+/g, " ").trim();
  return v ? v : null;
};

/** The stored entity a typed source name stands for: a known one by name or alias, otherwise a new one. */
function sourceEntityId(db: DbOrTx, name: string | null): number | null {
  if (!name) return null;
  const normalized = normalizeAlias(name);
  if (!normalized) throw new AppError("invalid_input", "The source needs a name made of letters or digits.");
  const known = db
    .selectDistinct({ id: entities.id, kind: entities.kind })
    .from(entityAliases)
    .innerJoin(entities, eq(entities.id, entityAliases.entityId))
    .where(eq(entityAliases.normalized, normalized))
    .all();
  // Several entities by that name: prefer a person or organisation, as a typed source mostly is.
  const best = known.find((e) => e.kind === "person") ?? known.find((e) => e.kind === "organization") ?? known[0];
  if (best) return best.id;
  return resolveEntity(db, { key: "manual", name, kind: "other", aliases: [] }).id;
}

/** What is claimed, without quotation marks around it. */
const contentOf = (exact: string) => exact.replace(/^[\s"“”‘’']+|[\s"“”‘’']+$/g, "") || exact;

function hedgesOf(exact: string, hedged: boolean): string[] {
  return hedged ? findHedges(exact) : [];
}

function articleOf(db: DbOrTx, id: number): Article {
  const article = db.select().from(articles).where(eq(articles.id, id)).get();
  if (!article) throw notFound(`Article ${id}`);
  return article;
}

function claimRow(db: DbOrTx, id: number): Claim {
  const claim = db.select().from(claims).where(eq(claims.id, id)).get();
  if (!claim) throw notFound(`Claim ${id}`);
  return claim;
}

function recompare(db: DbOrTx, articleId: number): void {
  const { eventId } = db.select({ eventId: articles.eventId }).from(articles).where(eq(articles.id, articleId)).get()!;
  if (eventId) storeEventComparison(db, eventId);
}

/** One claim as the reader shows it, dismissed or not; null when there is no such claim. */
export function getClaimView(claimId: number, db: DbOrTx = getDb()): ClaimView | null {
  const row = db.select({ articleId: claims.articleId, dismissedAt: claims.dismissedAt }).from(claims).where(eq(claims.id, claimId)).get();
  if (!row) return null;
  const list = getClaimsForArticles([row.articleId], db, { dismissed: row.dismissedAt !== null }).get(row.articleId) ?? [];
  return list.find((c) => c.id === claimId) ?? null;
}

/** The dismissed claims of an article (for fact-checkers, who may restore them). */
export function getDismissedClaims(articleId: number, db: DbOrTx = getDb()): ClaimView[] {
  articleOf(db, articleId);
  return getClaimsForArticles([articleId], db, { dismissed: true }).get(articleId) ?? [];
}

/** Adds a claim the engine missed. The span indexes its section's text (the body: paragraphs joined by "\n\n"). */
export function addManualClaim(articleId: number, input: ManualClaimInput, userId: number | null, db: Db = getDb()): ClaimView {
  const id = db.transaction((tx) => {
    const article = articleOf(tx, articleId);
    const exact = spanText(sectionText(article, input.section), input.section, input.start, input.end);
    const duplicate = tx
      .select({ id: claims.id, dismissedAt: claims.dismissedAt })
      .from(claims)
      .where(
        and(
          eq(claims.articleId, articleId),
          eq(claims.section, input.section),
          eq(claims.start, input.start),
          eq(claims.end, input.end),
        ),
      )
      .get();
    if (duplicate) {
      throw new AppError(
        "conflict",
        duplicate.dismissedAt
          ? "A dismissed claim covers exactly this text: restore it instead."
          : "A claim covers exactly this text already: edit it instead.",
        { claimId: duplicate.id },
      );
    }
    const hedged = input.hedged ?? false;
    const source = clean(input.source);
    const { id } = tx
      .insert(claims)
      .values({
        articleId,
        section: input.section,
        start: input.start,
        end: input.end,
        exact,
        kind: input.kind,
        sourceEntityId: sourceEntityId(tx, source),
        sourceText: source,
        sourceRole: null,
        cue: clean(input.cue),
        content: contentOf(exact),
        quoteType: input.quote ?? "none",
        hedged,
        hedges: hedgesOf(exact, hedged),
        checkWorthiness: checkWorthiness(input.kind, exact, hedged),
        origin: "manual",
        createdBy: userId,
      })
      .returning({ id: claims.id })
      .get();
    recordAudit(tx, {
      action: "claim.add",
      subjectType: "claim",
      subjectId: id,
      userId,
      details: { articleId, section: input.section, start: input.start, end: input.end, kind: input.kind, source },
    });
    recompare(tx, articleId);
    return id;
  });
  return getClaimView(id, db)!;
}

/** Changes what a claim says about itself; the claim is then marked edited, so re-analysis keeps it as it is. */
export function editClaim(claimId: number, changes: ClaimChanges, userId: number | null, db: Db = getDb()): ClaimView {
  db.transaction((tx) => {
    const claim = claimRow(tx, claimId);
    const set: Partial<Claim> = {};
    if (changes.kind !== undefined) set.kind = changes.kind;
    if (changes.cue !== undefined) set.cue = clean(changes.cue);
    if (changes.quote !== undefined) set.quoteType = changes.quote;
    if (changes.hedged !== undefined && changes.hedged !== claim.hedged) {
      set.hedged = changes.hedged;
      set.hedges = hedgesOf(claim.exact, changes.hedged);
    }
    if (changes.content !== undefined) {
      const content = clean(changes.content);
      if (!content) throw new AppError("invalid_input", "What is claimed cannot be empty.");
      set.content = content;
    }
    if (changes.source !== undefined) {
      const source = clean(changes.source);
      set.sourceText = source;
      set.sourceEntityId = sourceEntityId(tx, source);
      if (source !== claim.sourceText) set.sourceRole = null;
    }
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(set)) {
      const old = claim[key as keyof Claim];
      if (JSON.stringify(old) === JSON.stringify(value)) continue;
      before[key] = old;
      after[key] = value;
    }
    if (Object.keys(after).length === 0) return;
    const kind = set.kind ?? claim.kind;
    const hedged = set.hedged ?? claim.hedged;
    const now = new Date().toISOString();
    tx.update(claims)
      .set({ ...set, checkWorthiness: checkWorthiness(kind, claim.exact, hedged), editedAt: now, updatedAt: now })
      .where(eq(claims.id, claimId))
      .run();
    recordAudit(tx, { action: "claim.edit", subjectType: "claim", subjectId: claimId, userId, details: { before, after } });
    recompare(tx, claim.articleId);
  });
  return getClaimView(claimId, db)!;
}

/** Dismisses a claim (hidden from readers and the comparison, kept) or restores it. */
export function setClaimDismissed(claimId: number, dismissed: boolean, userId: number | null, db: Db = getDb()): ClaimView {
  db.transaction((tx) => {
    const claim = claimRow(tx, claimId);
    if ((claim.dismissedAt !== null) === dismissed) return;
    const now = new Date().toISOString();
    tx.update(claims)
      .set({ dismissedAt: dismissed ? now : null, updatedAt: now })
      .where(eq(claims.id, claimId))
      .run();
    recordAudit(tx, { action: dismissed ? "claim.dismiss" : "claim.restore", subjectType: "claim", subjectId: claimId, userId });
    recompare(tx, claim.articleId);
  });
  return getClaimView(claimId, db)!;
}
