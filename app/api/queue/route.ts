import { z } from "zod";
import { listQueue, QUEUE_STATUSES, queueFilterOptions } from "@/db/queries/queue";
import { requireRole } from "@/lib/auth/request";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http";

const id = (what: string) => z.coerce.number({ error: `${what} must be an id.` }).int(`${what} must be an id.`).positive(`${what} must be an id.`);
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

const querySchema = z.object({
  event: z.preprocess(blankToUndefined, id("event").optional()),
  outlet: z.preprocess(blankToUndefined, id("outlet").optional()),
  status: z.preprocess(blankToUndefined, z.enum(QUEUE_STATUSES, { error: `status must be one of ${QUEUE_STATUSES.join(", ")}.` }).optional()),
  assignee: z.preprocess(
    blankToUndefined,
    z.union([z.literal("me"), z.literal("none"), id("assignee")], { error: 'assignee must be a user id, "me" or "none".' }).optional(),
  ),
  limit: z.preprocess(blankToUndefined, z.coerce.number().int().min(1, "limit must be 1 to 200.").max(200, "limit must be 1 to 200.").default(50)),
  offset: z.preprocess(blankToUndefined, z.coerce.number().int().min(0, "offset must be 0 or more.").default(0)),
});

/**
 * GET /api/queue?event=&outlet=&status=&assignee=&limit=&offset= (fact-checkers and admins): claims not
 * dismissed, most check-worthy first, each with its newest fact-check's status, verdict and assignee; with what
 * the filters offer.
 */
export async function GET(request: Request) {
  return handle(() => {
    const user = requireRole(request, "fact_checker");
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const parsed = querySchema.safeParse(params);
    if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues.map((i) => i.message).join(" "));
    const { event, outlet, status, assignee, limit, offset } = parsed.data;
    const page = listQueue({ eventId: event, outletId: outlet, status, assignee: assignee === "me" ? user.id : assignee, limit, offset });
    return { ...page, limit, offset, options: queueFilterOptions() };
  });
}
