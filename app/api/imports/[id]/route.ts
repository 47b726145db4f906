import { getDb } from "@/db/client";
import { getImportJob } from "@/db/queries/import-jobs";
import { requireRole } from "@/lib/auth/request";
import { notFound } from "@/lib/errors";
import { handle, requireId } from "@/lib/http";
import { ensureJobRunning } from "@/lib/import/jobs";

/** GET /api/imports/{id}: a job's progress and items (admins). A job interrupted by a restart resumes here. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    requireRole(request, "admin");
    const id = requireId((await params).id, "Import job");
    const db = getDb();
    ensureJobRunning(db, id);
    const job = getImportJob(id, db);
    if (!job) throw notFound(`Import job ${id}`);
    return { job };
  });
}
