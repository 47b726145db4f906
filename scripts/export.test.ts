// `export`, `import <export.json>` and `user password` as a person runs them: real processes, real database files.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/client";
import { createUser } from "../db/queries/users";
import { verifyPassword } from "../lib/auth/password";
import { importText } from "../lib/import/import-text";

const ROOT = path.resolve(__dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
let dir: string;
const live = () => path.join(dir, "live.db");
const copy = () => path.join(dir, "copy.db");
const exported = () => path.join(dir, "everything.json");

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-export-cli-"));
  const db = openDatabase(live());
  try {
    importText({ text: "Council approves new harbour wall\n\nThe city council on Monday approved a new harbour wall, the mayor said.", outlet: "Harbour Gazette" }, db);
    await createUser({ email: "ana@example.org", role: "fact_checker", password: "correct horse battery" }, null, db);
  } finally {
    db.$client.close();
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cli(database: string, ...args: string[]) {
  const result = spawnSync(TSX, ["scripts/cli.ts", ...args], { cwd: ROOT, env: { ...process.env, DATABASE_PATH: database }, encoding: "utf8" });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function read<T>(file: string, sql: string): T {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).get() as T;
  } finally {
    db.close();
  }
}

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at .*:\d+/);

describe("npm run cli -- export / import <export.json> / user password", { timeout: 90_000 }, () => {
  it("exports everything and imports it into a new database, where the user needs a new password", async () => {
    const out = cli(live(), "export", exported());
    expect(out.code, out.err).toBe(0);
    expect(out.out).toMatch(/^Exported \d+ rows from \d+ tables to .*everything\.json: 1 articles, \d+ claims, .* 1 users \(without password hashes\)\.\n$/);

    const imported = cli(copy(), "import", exported());
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).toMatch(/^Imported \d+ rows from .*everything\.json: 1 articles, \d+ claims/);
    expect(imported.out).toMatch(/1 user\(s\) came without a password .*user password --email E/);
    expect(read(copy(), "select title from articles")).toEqual({ title: "Council approves new harbour wall" });
    expect(read(copy(), "select count(*) as n from claims")).toEqual(read(live(), "select count(*) as n from claims"));

    const passwordFile = path.join(dir, "pw.txt");
    fs.writeFileSync(passwordFile, "a brand new passphrase\n");
    const set = cli(copy(), "user", "password", "--email", "ana@example.org", "--password-file", passwordFile);
    expect(set.code, set.err).toBe(0);
    expect(set.out).toMatch(/^Set a new password for ana@example\.org \(user \d+\)/);
    const { h } = read<{ h: string }>(copy(), "select password_hash as h from users where email = 'ana@example.org'");
    expect(await verifyPassword("a brand new passphrase", h)).toBe(true);
  });

  it("refuses a database that is not empty, imports with --replace, and refuses options that do not fit", () => {
    const again = cli(copy(), "import", exported());
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/^Error: The database is not empty \(it holds .*\): import into a new database, or pass --replace/);
    noStackTrace(again.err);

    const withOutlet = cli(copy(), "import", exported(), "--outlet", "X");
    expect(withOutlet.code).toBe(2);
    expect(withOutlet.err).toMatch(/is a Parallax export: --outlet do(es)? not apply to it/);

    const replaced = cli(copy(), "import", exported(), "--replace");
    expect(replaced.code, replaced.err).toBe(0);
    expect(replaced.out).toMatch(/in place of \d+ deleted/);
    // The password set above went with the rest: the export had none.
    expect(read(copy(), "select password_hash as h from users")).toEqual({ h: "!no-password" });
  });

  it("refuses to overwrite an export, and an unknown user, with clear messages", () => {
    const overwrite = cli(live(), "export", exported());
    expect(overwrite.code).toBe(1);
    expect(overwrite.err).toMatch(/everything\.json already exists; pass --force to replace it\./);
    const nobody = cli(copy(), "user", "password", "--email", "nobody@example.org", "--password-file", exported());
    expect(nobody.code).toBe(1);
    expect(nobody.err).toBe("Error: There is no user nobody@example.org.\n");
  });
});
