// `npm start`: migrate and seed the database, build the app if its sources changed since the last build, then
// serve the production build on PORT.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { readEnv } from "@/lib/env";
import { prepareDatabase } from "./prepare-db";

const ROOT = process.cwd();
const NEXT_BIN = path.join(ROOT, "node_modules", ".bin", "next");
const BUILD_ID = path.join(ROOT, ".next", "BUILD_ID");
const SOURCES = ["app", "components", "db", "lib", "next.config.ts", "postcss.config.mjs", "package.json", "tsconfig.json"];

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

function main(): void {
  const env = readEnv();
  prepareDatabase(env.DATABASE_PATH);

  if (buildIsStale()) {
    console.log("Building the app (first start, or sources changed)…");
    const build = spawnSync(NEXT_BIN, ["build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const server = spawn(NEXT_BIN, ["start", "-p", String(env.PORT)], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_PATH: env.DATABASE_PATH },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
