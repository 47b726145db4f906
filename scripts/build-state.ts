// Whether the production build is older than the sources (`npm start` and the page bench rebuild it then).
import fs from "node:fs";
import path from "node:path";

const ROOT = process.cwd();
export const NEXT_BIN = path.join(ROOT, "node_modules", ".bin", "next");
const BUILD_ID = path.join(ROOT, ".next", "BUILD_ID");
const SOURCES = ["app", "components", "db", "lib", "next.config.ts", "instrumentation.ts", "instrumentation-client.ts", "postcss.config.mjs", "package.json", "tsconfig.json"];

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** A build is needed when there is none, or when any source is newer than it. */
export function buildIsStale(): boolean {
  const built = fs.statSync(BUILD_ID, { throwIfNoEntry: false });
  if (!built) return true;
  return SOURCES.some((s) => newestMtime(path.join(ROOT, s)) > built.mtimeMs);
}
