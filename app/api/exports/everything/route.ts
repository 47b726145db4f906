import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { exportArchive } from "@/db/archive";
import { databasePath, getDb } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { requireRole } from "@/lib/auth/request";
import { AppError } from "@/lib/errors";
import { attachment } from "@/lib/exports/stream";
import { handle } from "@/lib/http";

export const dynamic = "force-dynamic";

/**
 * GET /api/exports/everything (admins): the whole database as a Parallax export (db/archive.ts), the same file as
 * `npm run cli -- export`, without password hashes (those only ever leave through the command line). The export
 * is written to a temporary file from one snapshot on a connection of its own, then streamed; the download is
 * recorded in the audit log.
 */
export async function GET(request: Request) {
  return handle(async () => {
    const admin = requireRole(request, "admin");
    // A link on another site must not start an export in an admin's browser (the cookie would go with it).
    const site = request.headers.get("sec-fetch-site");
    if (site === "cross-site" || site === "same-site") throw new AppError("forbidden", "Start the export from Parallax itself.");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-export-"));
    const file = path.join(dir, "parallax.json");
    let fd: number;
    try {
      const result = await exportArchive(databasePath(), file);
      recordAudit(getDb(), { action: "export.download", subjectType: "database", userId: admin.id, details: { rows: Object.values(result.tables).reduce((a, b) => a + b, 0) } });
      fd = fs.openSync(file, "r");
    } finally {
      // The open descriptor keeps the file readable until the download ends; the name is gone at once.
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const day = new Date().toISOString().slice(0, 10);
    return new Response(fileStream(fd, request.signal), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-length": String(fs.fstatSync(fd).size),
        "content-disposition": attachment(`parallax-export-${day}.json`),
        "cache-control": "no-store",
      },
    });
  });
}

/** HEAD would run a whole export for nothing (and leave it open): not offered. */
export function HEAD() {
  return new Response(null, { status: 405, headers: { allow: "GET" } });
}

/** The file behind `fd` as a stream that closes it at the end, when the reader cancels, or when the client leaves. */
function fileStream(fd: number, signal: AbortSignal): ReadableStream<Uint8Array> {
  let open = true;
  const close = () => {
    if (open) fs.closeSync(fd);
    open = false;
  };
  signal.addEventListener("abort", close, { once: true });
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = Buffer.alloc(64 * 1024);
      const read = open ? fs.readSync(fd, chunk) : 0;
      if (read === 0) {
        close();
        controller.close();
        return;
      }
      controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, read));
    },
    cancel: close,
  });
}
