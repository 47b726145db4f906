import { eq, sql } from "drizzle-orm";
import { outlets, type Outlet } from "../schema";
import type { DbOrTx } from "../client";

export interface OutletInput {
  name: string;
  domain?: string | null;
}

/** The outlet with this name (case-insensitive), created if new. A known domain fills in a missing one. */
export function findOrCreateOutlet(db: DbOrTx, input: OutletInput): Outlet {
  const name = input.name.trim();
  const existing = db
    .select()
    .from(outlets)
    .where(sql`lower(${outlets.name}) = lower(${name})`)
    .get();
  if (existing) {
    if (!existing.domain && input.domain) {
      db.update(outlets).set({ domain: input.domain }).where(eq(outlets.id, existing.id)).run();
      return { ...existing, domain: input.domain };
    }
    return existing;
  }
  return db
    .insert(outlets)
    .values({ name, domain: input.domain ?? null })
    .returning()
    .get();
}

/** The outlet whose known domain is this host or its parent ("www.thehill.com" -> "thehill.com"), if any. */
export function findOutletByHost(db: DbOrTx, host: string): Outlet | null {
  const bare = host.toLowerCase().replace(/^www\./, "");
  return (
    db
      .select()
      .from(outlets)
      .where(sql`lower(${outlets.domain}) in (${bare}, ${`www.${bare}`})`)
      .get() ?? null
  );
}
