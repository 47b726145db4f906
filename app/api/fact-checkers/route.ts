import { listAssignableUsers } from "@/db/queries/users";
import { requireRole } from "@/lib/auth/request";
import { handle } from "@/lib/http";

/** GET /api/fact-checkers: who fact-checks can be assigned to ({people: [{id, name}]}; fact-checkers and admins). */
export async function GET(request: Request) {
  return handle(() => {
    requireRole(request, "fact_checker");
    return { people: listAssignableUsers() };
  });
}
