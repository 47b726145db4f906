// The layering rules of docs/architecture.md, checked on the source: components never reach the database,
// and the analysis engine stays free of framework and I/O code.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");

function sourceFiles(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith(".test.ts"))
    .map((f) => path.join(dir, f));
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  return [...text.matchAll(/^\s*import\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']/gm)].map((m) => m[1]!);
}

describe("layering", () => {
  it("components never import the database layer", () => {
    const offenders = sourceFiles("components").flatMap((file) =>
      importsOf(file).filter((spec) => /(^@\/db\b|\/db\/|^drizzle-orm|^better-sqlite3)/.test(spec)).map((spec) => `${file} -> ${spec}`),
    );
    expect(sourceFiles("components").length).toBeGreaterThan(0);
    expect(offenders).toEqual([]);
  });

  it.each([
    ["lib/analysis", /^(next|react|@\/db|drizzle-orm|better-sqlite3|node:(fs|http|https|net|child_process))\b/],
    // ingest may fetch URLs (the importer), but knows nothing of the web app or the database.
    ["lib/ingest", /^(next|react|@\/db|drizzle-orm|better-sqlite3)\b/],
  ])("%s imports no framework or database code", (dir, forbidden) => {
    const offenders = sourceFiles(dir).flatMap((file) =>
      importsOf(file)
        .filter((spec) => forbidden.test(spec))
        .map((spec) => `${file} -> ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
