import { getDb } from "@/db/client";
import { createImportJob, getImportJob, listImportJobs } from "@/db/queries/import-jobs";
import { requireRole } from "@/lib/auth/request";
import { AppError } from "@/lib/errors";
import { handle, readBody, readJson } from "@/lib/http";
import { oneArticleRequestSchema } from "@/lib/import/article-input";
import { itemsFromFile } from "@/lib/import/files";
import { ensureJobRunning } from "@/lib/import/jobs";
import { importLimits, MAX_FILES_PER_UPLOAD } from "@/lib/import/limits";
import { duplicateDetails, importOne } from "@/lib/import/pipeline";

/** GET /api/imports: the newest import jobs (admins). */
export async function GET(request: Request) {
  return handle(() => {
    requireRole(request, "admin");
    return { jobs: listImportJobs(getDb()) };
  });
}

/** Files (multipart) become a background job: 202 with the job. */
async function importFiles(request: Request, adminId: number): Promise<Response> {
  const limits = importLimits();
  const body = await readBody(request, limits.maxUploadBytes);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new AppError("invalid_input", "The upload could not be read as multipart form data.");
  }
  const files = form.getAll("files").filter((f): f is File => typeof f === "object" && f !== null && "arrayBuffer" in f);
  if (!files.length) throw new AppError("invalid_input", "Choose at least one file to import (the form field is \"files\").");
  if (files.length > MAX_FILES_PER_UPLOAD) {
    throw new AppError("invalid_input", `Import at most ${MAX_FILES_PER_UPLOAD} files at a time (got ${files.length}).`);
  }
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" && value.trim() ? value.trim() : undefined;
  };
  const defaults = { outlet: field("outlet"), eventTitle: field("eventTitle") };
  const items = [];
  for (const file of files) {
    items.push(...itemsFromFile(file.name || "file", new Uint8Array(await file.arrayBuffer()), limits, defaults));
  }
  const db = getDb();
  const jobId = createImportJob(db, { source: "upload", createdBy: adminId, items, options: defaults });
  ensureJobRunning(db, jobId);
  return Response.json({ job: getImportJob(jobId, db) }, { status: 202 });
}

/** POST /api/imports: one article (JSON) is imported at once; files (multipart) run as a job (admins). */
export async function POST(request: Request) {
  return handle(async () => {
    const admin = requireRole(request, "admin");
    if (/^multipart\/form-data/i.test(request.headers.get("content-type") ?? "")) return importFiles(request, admin.id);
    const limits = importLimits();
    const input = await readJson(request, oneArticleRequestSchema, { maxBytes: limits.maxJsonBytes });
    const db = getDb();
    const result = await importOne(db, input, admin.id, { maxBytes: limits.maxBytes });
    if (result.status === "duplicate") {
      const duplicate = duplicateDetails(db, result);
      const same = duplicate.reason === "url" ? "the same address" : "the same text";
      throw new AppError("conflict", `This article is already in the archive (“${duplicate.title}”, with ${same}); nothing was stored.`, { duplicate });
    }
    return Response.json(result, { status: 201 });
  });
}
