// How much one import may hold, from IMPORT_MAX_BYTES (2 MB per article by default).
import { readEnv } from "@/lib/env";

export const MAX_FILES_PER_UPLOAD = 500;

export function importLimits() {
  const maxBytes = readEnv().IMPORT_MAX_BYTES;
  return {
    /** One article: a text or HTML file, a pasted text or page, a JSON article, a fetched page. */
    maxBytes,
    /** A JSON request for one article: the article, escaped, plus its metadata. */
    maxJsonBytes: 2 * maxBytes + 64 * 1024,
    /** A feed file (.json list, .ndjson) and a whole upload. */
    maxFeedBytes: 25 * maxBytes,
    maxUploadBytes: 25 * maxBytes,
  };
}
