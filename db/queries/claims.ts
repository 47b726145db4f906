import { and, asc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { claimBlamed, claims, entities, entityMentions } from "../schema";
import { getDb, type DbOrTx } from "../client";
import { toSectionOffsets } from "../../lib/analysis/document";
import type { AnalysisResult } from "../../lib/analysis/types";
import type { ClaimView } from "../../lib/views";
import { selectInChunks } from "./chunks";
import { resolveEntity } from "./entities";
import { publishedVerdicts } from "./fact-checks";

export interface StoredAnalysis {
  claims: number;
  entities: number;
  mentions: number;
  kept: number;
}

/**
 * Stores what the engine found in an article: its entities (matched to stored ones across articles), mentions
 * and claims. Engine claims from an earlier run are replaced, except those a person dismissed, edited,
 * fact-checked or grouped by hand, and claims people added; a new engine claim on the same span as a kept claim is not stored again.
 * Call it inside the transaction that stores the article, so that both land or neither.
 */
export function storeAnalysis(db: DbOrTx, articleId: number, result: AnalysisResult): StoredAnalysis {
  db.delete(claims)
    .where(
      and(
        eq(claims.articleId, articleId),
        eq(claims.origin, "auto"),
        isNull(claims.dismissedAt),
        isNull(claims.editedAt),
        // A claim someone fact-checked or grouped by hand is their work too.
        sql`not exists (select 1 from fact_checks f where f.claim_id = ${claims.id})`,
        sql`not exists (select 1 from proposition_claims p where p.claim_id = ${claims.id} and p.origin = 'manual')`,
      ),
    )
    .run();
  db.delete(entityMentions).where(eq(entityMentions.articleId, articleId)).run();

  const kept = db
    .select({ section: claims.section, start: claims.start, end: claims.end })
    .from(claims)
    .where(eq(claims.articleId, articleId))
    .all();
  const keptSpans = new Set(kept.map((k) => `${k.section}:${k.start}:${k.end}`));

  const entityIds = new Map<string, number>();
  for (const ref of result.entities) entityIds.set(ref.key, resolveEntity(db, ref).id);
  const idOf = (key: string | null | undefined) => (key ? (entityIds.get(key) ?? null) : null);

  for (const mention of result.mentions) {
    const entityId = idOf(mention.entityKey);
    if (entityId === null) continue;
    const span = toSectionOffsets(result.document, mention);
    db.insert(entityMentions)
      .values({ articleId, entityId, ...span, text: mention.text, role: mention.role, analyzerVersion: result.analyzerVersion })
      .run();
  }

  let stored = 0;
  for (const claim of result.claims) {
    const span = toSectionOffsets(result.document, claim);
    if (keptSpans.has(`${span.section}:${span.start}:${span.end}`)) continue;
    const { id } = db
      .insert(claims)
      .values({
        articleId,
        ...span,
        exact: claim.exact,
        kind: claim.kind,
        sourceEntityId: idOf(claim.source?.entityKey),
        sourceText: claim.source?.text ?? null,
        sourceRole: claim.source?.role ?? null,
        cue: claim.cue,
        content: claim.content,
        quoteType: claim.quote,
        hedged: claim.hedged,
        hedges: claim.hedges,
        checkWorthiness: claim.checkWorthiness,
        origin: "auto",
        analyzerVersion: result.analyzerVersion,
      })
      .returning({ id: claims.id })
      .get();
    claim.blamed.forEach((blamed, position) => {
      db.insert(claimBlamed).values({ claimId: id, position, text: blamed.text, entityId: idOf(blamed.entityKey) }).run();
    });
    stored++;
  }
  return { claims: stored, entities: entityIds.size, mentions: result.mentions.length, kept: kept.length };
}

/** The claims of these articles, in reading order (title, subtitle, body; then by position), by article id. */
export function getClaimsForArticles(
  articleIds: number[],
  db: DbOrTx = getDb(),
  /** `dismissed: true`: the dismissed claims only (fact-checkers restore them), instead of the visible ones. */
  options: { dismissed?: boolean } = {},
): Map<number, ClaimView[]> {
  const byArticle = new Map<number, ClaimView[]>(articleIds.map((id) => [id, []]));
  if (articleIds.length === 0) return byArticle;
  const rows = db
    .select({ claim: claims, source: { id: entities.id, name: entities.name, kind: entities.kind } })
    .from(claims)
    .leftJoin(entities, eq(entities.id, claims.sourceEntityId))
    .where(and(inArray(claims.articleId, articleIds), options.dismissed ? isNotNull(claims.dismissedAt) : isNull(claims.dismissedAt)))
    .orderBy(
      asc(claims.articleId),
      sql`case ${claims.section} when 'title' then 0 when 'subtitle' then 1 else 2 end`,
      asc(claims.start),
      asc(claims.id),
    )
    .all();
  const blamedRows = rows.length
    ? selectInChunks(rows.map((r) => r.claim.id), (part) =>
        db
          .select({ claimId: claimBlamed.claimId, text: claimBlamed.text, name: entities.name })
          .from(claimBlamed)
          .leftJoin(entities, eq(entities.id, claimBlamed.entityId))
          .where(inArray(claimBlamed.claimId, part))
          .orderBy(asc(claimBlamed.claimId), asc(claimBlamed.position))
          .all(),
      )
    : [];
  const verdicts = publishedVerdicts("claim", rows.map((r) => r.claim.id), db);
  const blamedBy = new Map<number, string[]>();
  for (const b of blamedRows) blamedBy.set(b.claimId, [...(blamedBy.get(b.claimId) ?? []), blamedLabel(b.text, b.name)]);

  for (const { claim, source } of rows) {
    byArticle.get(claim.articleId)?.push({
      id: claim.id,
      articleId: claim.articleId,
      section: claim.section,
      start: claim.start,
      end: claim.end,
      exact: claim.exact,
      kind: claim.kind,
      source: source && source.id !== null ? source : null,
      sourceText: claim.sourceText,
      sourceRole: claim.sourceRole,
      cue: claim.cue,
      content: claim.content,
      quote: claim.quoteType,
      hedged: claim.hedged,
      hedges: claim.hedges,
      blamed: blamedBy.get(claim.id) ?? [],
      checkWorthiness: claim.checkWorthiness,
      origin: claim.origin,
      verdict: verdicts.get(claim.id) ?? null,
      dismissed: claim.dismissedAt !== null,
      edited: claim.editedAt !== null,
    });
  }
  return byArticle;
}

/** Who is blamed as the article words it, with whom the words mean when they do not say it: "his (Michael Steele)". */
export function blamedLabel(text: string, entityName: string | null): string {
  return entityName && !text.toLowerCase().includes(entityName.toLowerCase()) ? `${text} (${entityName})` : text;
}
