import { and, eq, sql } from "drizzle-orm";
import { entities, entityAliases, type Entity } from "../schema";
import type { DbOrTx } from "../client";
import type { EntityRef } from "../../lib/analysis/types";

/** Lookup form of a name: case, accents, punctuation and a leading "the" folded away. */
export function normalizeAlias(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

function entitiesWithAlias(db: DbOrTx, normalized: string): Entity[] {
  return db
    .selectDistinct({ entity: entities })
    .from(entityAliases)
    .innerJoin(entities, eq(entities.id, entityAliases.entityId))
    .where(eq(entityAliases.normalized, normalized))
    .all()
    .map((r) => r.entity);
}

function addAliases(db: DbOrTx, entityId: number, names: string[]): void {
  const seen = new Set<string>();
  for (const alias of names) {
    const normalized = normalizeAlias(alias);
    if (!normalized || seen.has(normalized)) continue;
    seen.add(normalized);
    db.insert(entityAliases).values({ entityId, alias, normalized }).onConflictDoNothing().run();
  }
}

/**
 * The stored entity an article's entity stands for, created when there is none. Matching across articles goes
 * by the canonical name; a one-word name ("Flynn") joins an entity only when exactly one entity is known by it,
 * so that two different people who share a surname are not merged.
 */
export function resolveEntity(db: DbOrTx, ref: EntityRef): Entity {
  const normalized = normalizeAlias(ref.name);
  const candidates = entitiesWithAlias(db, normalized);
  const sameKind = candidates.filter((c) => c.kind === ref.kind);
  const pool = sameKind.length > 0 ? sameKind : candidates;
  const oneWord = !normalized.includes(" ");
  let entity = oneWord ? (pool.length === 1 ? pool[0] : undefined) : pool[0];
  if (!entity) {
    entity = db
      .insert(entities)
      .values({ name: ref.name, kind: ref.kind })
      .onConflictDoNothing()
      .returning()
      .get();
    // A same-named entity of this kind exists but was not chosen (an ambiguous one-word name): reuse it.
    entity ??= db
      .select()
      .from(entities)
      .where(and(eq(entities.kind, ref.kind), sql`lower(${entities.name}) = lower(${ref.name})`))
      .get()!;
  }
  addAliases(db, entity.id, [ref.name, ...ref.aliases]);
  return entity;
}
