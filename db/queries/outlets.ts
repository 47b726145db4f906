import { eq, sql } from "drizzle-orm";
import { outlets, type Outlet } from "../schema";
import type { DbOrTx } from "../client";

export interface OutletInput {
  name: string;
  domain?: string | null;
}

/** Whether another outlet already publishes at this domain (a domain names one outlet). */
function domainTaken(db: DbOrTx, domain: string): boolean {
  return !!db.select({ id: outlets.id }).from(outlets).where(sql`lower(${outlets.domain}) = lower(${domain})`).get();
}

/**
 * The outlet with this name (case-insensitive), created if new. A known domain fills in a missing one, unless
 * another outlet already has it (two names at one host: a syndicating site, or a test server).
 */
export function findOrCreateOutlet(db: DbOrTx, input: OutletInput): Outlet {
  const name = input.name.trim();
  const domain = input.domain && !domainTaken(db, input.domain) ? input.domain : null;
  const existing = db
    .select()
    .from(outlets)
    .where(sql`lower(${outlets.name}) = lower(${name})`)
    .get();
  if (existing) {
    if (!existing.domain && domain) {
      db.update(outlets).set({ domain }).where(eq(outlets.id, existing.id)).run();
      return { ...existing, domain };
    }
    return existing;
  }
  return db.insert(outlets).values({ name, domain }).returning().get();
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
