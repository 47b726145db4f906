import { auditLog } from "../schema";
import type { DbOrTx } from "../client";

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
