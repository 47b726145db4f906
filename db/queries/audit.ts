import { and, desc, eq, lt, sql } from "drizzle-orm";
import type { AuditEntryView } from "../../lib/views";
import { auditLog, users } from "../schema";
import { getDb, type DbOrTx } from "../client";

export interface AuditInput {
  action: string;
  subjectType: string;
  subjectId?: number | null;
  userId?: number | null;
  details?: Record<string, unknown>;
}

/** Records a change. Call it inside the transaction that makes the change, so both land or neither. */
export function recordAudit(db: DbOrTx, entry: AuditInput): void {
  db.insert(auditLog)
    .values({
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId ?? null,
      userId: entry.userId ?? null,
      details: entry.details ?? null,
    })
    .run();
}

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  /** Only entries older than this id (the "older" page). */
  before?: number;
  /** Only actions starting with this, e.g. "user." or "fact_check". */
  action?: string;
  /** Only changes made by this user. */
  userId?: number;
  limit?: number;
}

/** The audit log, newest first, one page at a time; `older` is the `before` of the next page, or null. */
export function listAudit(filter: AuditFilter = {}, db: DbOrTx = getDb()): { entries: AuditEntryView[]; older: number | null } {
  const limit = filter.limit ?? AUDIT_PAGE_SIZE;
  const action = filter.action?.trim();
  const rows = db
    .select({ entry: auditLog, email: users.email, name: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(
      and(
        filter.before !== undefined ? lt(auditLog.id, filter.before) : undefined,
        action ? sql`substr(${auditLog.action}, 1, ${action.length}) = ${action}` : undefined,
        filter.userId !== undefined ? eq(auditLog.userId, filter.userId) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(limit + 1)
    .all();
  const entries = rows.slice(0, limit).map(({ entry, email, name }) => ({
    id: entry.id,
    at: entry.at,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    user: entry.userId !== null && email !== null ? { id: entry.userId, email, name } : null,
    details: entry.details ?? null,
  }));
  return { entries, older: rows.length > limit ? entries[entries.length - 1]!.id : null };
}
