// `backup` and `restore` as a person runs them: real processes, real database files.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/client";
import { importText } from "../lib/import/import-text";

const ROOT = path.resolve(__dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
let dir: string;
let dbFile: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-backup-cli-"));
  dbFile = path.join(dir, "live.db");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync(TSX, ["scripts/cli.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: dbFile },
    encoding: "utf8",
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function articleTitles(): string[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare("select title from articles order by id").all() as { title: string }[]).map((r) => r.title);
  } finally {
    db.close();
  }
}

/** Imports in this process (the CLI's own import is tested in cli.test.ts), closing the connection after. */
function importArticle(title: string) {
  const db = openDatabase(dbFile);
  try {
    importText({ text: `${title}\n\nThe city council on Monday approved ${title.toLowerCase()} after two winters of flooding.`, outlet: "Harbour Gazette" }, db);
  } finally {
    db.$client.close();
  }
}

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at .*:\d+/);

/** A stand-in for the running app: another process with the database open in WAL mode, until `close`. */
async function standInApp(): Promise<{ close: () => Promise<void> }> {
  const app = spawn(process.execPath, ["-e", `
    const Database = require(${JSON.stringify(path.join(ROOT, "node_modules", "better-sqlite3"))});
    const db = new Database(${JSON.stringify(dbFile)});
    db.pragma("journal_mode = WAL");
    db.prepare("select count(*) from articles").get();
    console.log("open");
    process.stdin.on("end", () => db.close()).resume();
  `], { stdio: ["pipe", "pipe", "inherit"] });
  const exited = new Promise<void>((resolve) => app.once("exit", () => resolve()));
  const close = async () => {
    app.stdin.end();
    await exited;
  };
  try {
    await new Promise<void>((resolve, reject) => {
      app.stdout.once("data", () => resolve());
      app.once("exit", (code) => reject(new Error(`the stand-in app exited with ${code}`)));
    });
  } catch (error) {
    await close();
    throw error;
  }
  return { close };
}

const backup = () => path.join(dir, "backup.db");

// Each CLI run is a fresh tsx process: slow on a loaded machine, so these tests get more time than usual.
describe("npm run cli -- backup / restore", { timeout: 90_000 }, () => {
  it("backs up while the app has the database open, and refuses to restore until it is stopped", async () => {
    importArticle("Council approves new harbour wall");
    const app = await standInApp();
    try {
      const made = cli("backup", backup());
      expect(made.code).toBe(0);
      expect(made.out).toMatch(new RegExp(`^Backed up 1 article, 0 fact-checks \\(\\d+\\.\\d MB\\) to ${backup().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.\\n$`));

      const refused = cli("restore", backup());
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(/is in use by another process \(is the app running\?\)\. Stop the app, then restore\./);
      noStackTrace(refused.err);
    } finally {
      await app.close();
    }
  });

  it("restores exactly what was backed up, keeping the database it replaced", () => {
    importArticle("Council delays new ferry terminal");
    expect(articleTitles()).toHaveLength(2);

    const restored = cli("restore", backup());
    expect(restored.code).toBe(0);
    expect(restored.out).toMatch(/^Restored 1 article, 0 fact-checks from .*backup\.db to .*live\.db\./);
    expect(restored.out).toMatch(/The database it replaced is saved as .*live\.db\.before-restore-[\dT.Z-]+\. Start the app again now\./);
    expect(articleTitles()).toEqual(["Council approves new harbour wall"]);
    const saved = fs.readdirSync(dir).filter((f) => f.startsWith("live.db.before-restore-"));
    expect(saved).toHaveLength(1);
    const db = new Database(path.join(dir, saved[0]!), { readonly: true });
    try {
      expect(db.prepare("select count(*) as n from articles").get()).toEqual({ n: 2 });
    } finally {
      db.close();
    }
  });

  it("refuses to overwrite a backup without --force", () => {
    const before = fs.readFileSync(backup());
    const again = cli("backup", backup());
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/backup\.db already exists; pass --force to replace it\./);
    noStackTrace(again.err);
    expect(fs.readFileSync(backup()).equals(before)).toBe(true);
  });

  it("refuses to restore a file that is not a SQLite database, and changes nothing", () => {
    const text = path.join(dir, "notes.txt");
    fs.writeFileSync(text, "Not a database at all.\n");
    const before = articleTitles();
    const result = cli("restore", text);
    expect(result.code).toBe(1);
    expect(result.err).toBe(`Error: ${text}: This is not a SQLite database.\n`);
    noStackTrace(result.err);
    expect(articleTitles()).toEqual(before);
  });

  it("says in the usage that the app must be stopped to restore", () => {
    const result = cli("restore");
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/stop the app first/);
  });
});
