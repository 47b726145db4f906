import { z } from "zod";
import { listAudit } from "@/db/queries/audit";
import { requireRole } from "@/lib/auth/request";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http";

const filterSchema = z.object({
  before: z.coerce.number().int().positive().optional(),
  action: z.string().trim().max(100).optional(),
  user: z.coerce.number().int().positive().optional(),
});

/** GET /api/audit?before=&action=&user=: the audit log, newest first, 50 at a time (admins). */
export async function GET(request: Request) {
  return handle(() => {
    requireRole(request, "admin");
    const params = new URL(request.url).searchParams;
    const parsed = filterSchema.safeParse({
      before: params.get("before") || undefined,
      action: params.get("action") || undefined,
      user: params.get("user") || undefined,
    });
    if (!parsed.success) throw new AppError("invalid_input", "before and user must be ids; action is a prefix such as user. or fact_check.");
    const { before, action, user } = parsed.data;
    return listAudit({ before, action, userId: user });
  });
}
