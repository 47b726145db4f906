import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { exportArchive } from "@/db/archive";
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { requireRole } from "@/lib/auth/request";
import { attachment } from "@/lib/exports/stream";
import { handle } from "@/lib/http";

export const dynamic = "force-dynamic";

/**
 * GET /api/exports/everything (admins): the whole database as a Parallax export (db/archive.ts), the same file as
 * `npm run cli -- export`, without password hashes (those only ever leave through the command line). The export
 * is written to a temporary file from one snapshot, then streamed; the download is recorded in the audit log.
 */
export async function GET(request: Request) {
  return handle(() => {
    const admin = requireRole(request, "admin");
    const db = getDb();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-export-"));
    const file = path.join(dir, "parallax.json");
    let fd: number;
    try {
      const result = exportArchive(db, file);
      recordAudit(db, { action: "export.download", subjectType: "database", userId: admin.id, details: { rows: Object.values(result.tables).reduce((a, b) => a + b, 0) } });
      fd = fs.openSync(file, "r");
    } finally {
      // The open descriptor keeps the file readable until the download ends; the name is gone at once.
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const bytes = fs.fstatSync(fd).size;
    const body = Readable.toWeb(fs.createReadStream("", { fd })) as ReadableStream<Uint8Array>;
    const day = new Date().toISOString().slice(0, 10);
    return new Response(body, {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-length": String(bytes),
        "content-disposition": attachment(`parallax-export-${day}.json`),
        "cache-control": "no-store",
      },
    });
  });
}
