import fs from "node:fs";
import { AppError } from "@/lib/errors";
import { decodeTextBuffer, IngestError } from "@/lib/ingest";

/** A text or HTML file as text, or an AppError a person understands (missing, a folder, empty, binary, not UTF-8). */
export function readArticleFile(file: string): string {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new AppError("invalid_input", `File not found: ${file}`);
  if (stat.isDirectory()) throw new AppError("invalid_input", `${file} is a folder, not a file.`);
  try {
    return decodeTextBuffer(fs.readFileSync(file));
  } catch (error) {
    if (error instanceof IngestError) throw new AppError("unprocessable", `${file}: ${error.message}`);
    throw error;
  }
}

/** parseArgs with its errors turned into usage errors. */
export function usageError(error: unknown, usage: string): AppError {
  return new AppError("invalid_input", `${(error as Error).message}\nUsage: npm run cli -- ${usage}`);
}
