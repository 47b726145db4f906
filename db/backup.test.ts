// Backup and restore on real SQLite files: consistent copies while another connection writes, refusals that
// leave everything as it was, and a round trip that brings back exactly what was backed up.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importText } from "../lib/import/import-text";
import type { FactCheckInput } from "../lib/fact-check-input";
import { appErrorOf } from "./test-support/app-error";
import { backupDatabase, backupDatabaseFile, inspectDatabaseFile, knownMigrations, restoreDatabase } from "./backup";
import { openDatabase, type Db } from "./client";
import { createFactCheck, factCheckHistory, getFactCheck, listRatings, updateFactCheck } from "./queries/fact-checks";
import { createUser } from "./queries/users";

let dir: string;
let file: string;
let db: Db;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-backup-"));
  file = path.join(dir, "live.db");
  db = openDatabase(file);
});
afterEach(() => {
  if (db.$client.open) db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const story = (n: number) =>
  `Harbour director ${n} resigns over dredging contract\n\n` +
  `Harbour director Ann Holt resigned on Friday after reports emerged that she misled the port board about dredging contract ${n}.\n\n` +
  `Police said ${n + 10} people were questioned about the dredging contract.`;

const importStory = (n: number, into: Db = db) => {
  const result = importText({ text: story(n), outlet: "Herald", publishedAt: "2025-03-07" }, into);
  if (result.status !== "imported") throw new Error("expected an import");
};

function readOnly<T>(f: string, read: (db: Database.Database) => T): T {
  const conn = new Database(f, { readonly: true, fileMustExist: true });
  try {
    return read(conn);
  } finally {
    conn.close();
  }
}

const count = (f: string, table: string) => readOnly(f, (c) => (c.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n);

/** Row counts of every table, the FTS shadow tables and sqlite_sequence included. */
const tableCounts = (conn: Database.Database) =>
  Object.fromEntries(
    (conn.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[]).map(({ name }) => [
      name,
      (conn.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n,
    ]),
  );

const errorOf = async (run: () => Promise<unknown>) => {
  try {
    await run();
  } catch (error) {
    return appErrorOf(() => {
      throw error;
    });
  }
  throw new Error("expected an error");
};

describe("backup", () => {
  it("copies exactly the rows there were when it ran, as one checked file, and refuses to overwrite without force", async () => {
    importStory(1);
    importStory(2);
    const backup = path.join(dir, "copy.db");
    const result = await backupDatabaseFile(file, backup);
    importStory(3); // after the backup: not in it

    expect(result).toMatchObject({ file: backup, articles: 2, factChecks: 0 });
    expect(result.bytes).toBe(fs.statSync(backup).size);
    expect(count(backup, "articles")).toBe(2);
    expect(count(file, "articles")).toBe(3);
    // One self-contained file: rollback journal, nothing beside it, no partial file left.
    expect(readOnly(backup, (c) => c.pragma("journal_mode", { simple: true }))).toBe("delete");
    expect(fs.readdirSync(dir).filter((f) => f.startsWith("copy.db"))).toEqual(["copy.db"]);
    expect(inspectDatabaseFile(backup)).toMatchObject({ articles: 2, migrations: { applied: knownMigrations().length, unknown: 0 } });

    const existing = await errorOf(() => backupDatabaseFile(file, backup));
    expect(existing.message).toMatch(/already exists; pass --force/);
    expect(count(backup, "articles")).toBe(2);
    await backupDatabaseFile(file, backup, { force: true });
    expect(count(backup, "articles")).toBe(3);
  });

  it("stays consistent while another connection writes between its steps", async () => {
    for (let n = 1; n <= 3; n++) importStory(n);
    const writer = openDatabase(file);
    let steps = 0;
    let written = 0;
    try {
      const result = await backupDatabase(db.$client, path.join(dir, "during.db"), {
        pagesPerStep: 5,
        onProgress: () => {
          steps++;
          // Write from the other connection after each of the first steps: SQLite restarts the copy, so it ends
          // with every row committed before it finished, never half of one.
          if (written < 3) {
            importStory(100 + written, writer);
            written++;
          }
        },
      });
      expect(written).toBe(3);
      expect(steps).toBeGreaterThan(3); // the writes really fell between steps
      expect(result.articles).toBe(6);
      expect(readOnly(path.join(dir, "during.db"), tableCounts)).toEqual(tableCounts(writer.$client));
    } finally {
      writer.$client.close();
    }
    expect(inspectDatabaseFile(path.join(dir, "during.db")).articles).toBe(6);
  });

  it("explains what is wrong and leaves no file that looks complete", async () => {
    db.$client.close();
    expect((await errorOf(() => backupDatabaseFile(path.join(dir, "none.db"), path.join(dir, "x.db")))).message).toMatch(/There is no database at .*none\.db yet/);
    expect((await errorOf(() => backupDatabaseFile(file, path.join(dir, "missing", "x.db")))).message).toMatch(/The folder .*missing does not exist/);
    expect((await errorOf(() => backupDatabaseFile(file, file, { force: true }))).message).toMatch(/is the database itself/);

    const other = path.join(dir, "other.db");
    writePlain(other, (c) => c.exec("create table notes (id integer primary key, body text)"));
    const notParallax = await errorOf(() => backupDatabaseFile(other, path.join(dir, "other-copy.db")));
    expect(notParallax.message).toMatch(/The backup was not kept: .*other\.db is not a Parallax database: it has no articles table/);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith("other-copy"))).toEqual([]);
  });
});

/** Opens a fresh, writable plain SQLite file (no migrations). */
function writePlain(f: string, write: (db: Database.Database) => void): void {
  const conn = new Database(f);
  try {
    write(conn);
  } finally {
    conn.close();
  }
}

describe("restore", () => {
  const draft = (explanation: string, extra: Partial<FactCheckInput> = {}): FactCheckInput => ({ ratingId: null, explanation, evidence: [], status: "draft", ...extra });

  it("brings back exactly what was backed up, and keeps the database it replaced", async () => {
    const alice = (await createUser({ email: "alice@example.org", password: "long enough password", role: "fact_checker" }, null, db)).id;
    importStory(1);
    const claimId = (db.$client.prepare("select id from claims where exact like '%11 people%'").get() as { id: number }).id;
    const fc = createFactCheck({ claimId }, draft("Looking into it."), alice, db);
    const falseRating = listRatings(db).find((r) => r.label === "False")!.id;
    updateFactCheck(fc.id, 1, draft("The police said 15.", { ratingId: falseRating, evidence: [{ url: "https://police.example/s", note: "Statement" }] }), alice, db);
    const before = { counts: tableCounts(db.$client), history: factCheckHistory(fc.id, db), factCheck: getFactCheck(fc.id, { includeUnpublished: true }, db) };
    expect(before.history).toHaveLength(2);

    const backup = path.join(dir, "backup.db");
    await backupDatabaseFile(file, backup);
    // Change the original after the backup: another article, another revision.
    importStory(2);
    updateFactCheck(fc.id, 2, draft("Changed after the backup."), alice, db);
    const changed = tableCounts(db.$client);
    expect(changed).not.toEqual(before.counts);
    db.$client.close();

    const result = await restoreDatabase(backup, file, { now: new Date("2025-03-07T09:15:02.123Z") });
    expect(result).toMatchObject({ articles: 1, factChecks: 1, target: file, migrated: 0 });
    expect(result.savedAs).toBe(`${file}.before-restore-2025-03-07T09-15-02.123Z`);

    db = openDatabase(file);
    expect(tableCounts(db.$client)).toEqual(before.counts);
    expect(factCheckHistory(fc.id, db)).toEqual(before.history);
    expect(getFactCheck(fc.id, { includeUnpublished: true }, db)).toEqual(before.factCheck);
    expect(db.$client.pragma("integrity_check", { simple: true })).toBe("ok");
    // The database it replaced, as it was (with the changes made after the backup).
    expect(readOnly(result.savedAs!, tableCounts)).toEqual(changed);
    expect(fs.existsSync(`${file}.restoring`)).toBe(false);
  });

  it("migrates a backup from an older version forward", async () => {
    const old = path.join(dir, "old.db");
    const folder = path.join(dir, "old-migrations");
    fs.cpSync(path.join(process.cwd(), "db", "migrations"), folder, { recursive: true });
    const journalFile = path.join(folder, "meta", "_journal.json");
    const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: unknown[] };
    fs.writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, -1) }));
    const conn = new Database(old);
    migrate(drizzle(conn), { migrationsFolder: folder });
    conn.close();
    db.$client.close();

    const result = await restoreDatabase(old, file);
    expect(result.migrated).toBe(1);
    expect(count(file, "__drizzle_migrations")).toBe(knownMigrations().length);
  });

  describe("refuses, leaving the database as it was", () => {
    let backup: string;
    beforeEach(async () => {
      importStory(1);
      backup = path.join(dir, "good.db");
      await backupDatabaseFile(file, backup);
      importStory(2);
      db.$client.close();
    });
    afterEach(() => {
      expect(count(file, "articles")).toBe(2);
      expect(fs.readdirSync(dir).filter((f) => f.includes(".restoring") || f.includes("before-restore"))).toEqual([]);
    });

    const variant = (name: string, change: (f: string) => void) => {
      const f = path.join(dir, name);
      fs.copyFileSync(backup, f);
      change(f);
      return f;
    };

    it("a folder or a file that is not there", async () => {
      expect((await errorOf(() => restoreDatabase(dir, file))).message).toMatch(/is not a file/);
      expect((await errorOf(() => restoreDatabase(path.join(dir, "nope.db"), file))).message).toMatch(/File not found/);
    });

    it("a file that is not SQLite", async () => {
      const text = path.join(dir, "notes.txt");
      fs.writeFileSync(text, "SQLite format 2 — close, but no.\n".repeat(10));
      const error = await errorOf(() => restoreDatabase(text, file));
      expect(error.message).toBe(`${text}: This is not a SQLite database.`);
    });

    it("a damaged database (bytes overwritten in the middle of a full page)", async () => {
      // Fill a table so that it has full pages: the middle of a full page holds cells, not free space.
      const corrupt = variant("corrupt.db", (f) => {
        writePlain(f, (c) => {
          const insert = c.prepare("insert into outlets (name, domain) values (?, ?)");
          c.transaction(() => {
            for (let i = 0; i < 400; i++) insert.run(`Outlet number ${i}`, `outlet-${i}.example`);
          })();
        });
        const page = readOnly(f, (c) =>
          c.prepare("select pageno, pgsize from dbstat where name = 'outlets' and pagetype = 'leaf' and unused < pgsize / 10 order by pageno limit 1").get(),
        ) as { pageno: number; pgsize: number };
        const bytes = fs.readFileSync(f);
        const middle = (page.pageno - 1) * page.pgsize + page.pgsize / 2;
        bytes.fill(0xff, middle - 32, middle + 32);
        fs.writeFileSync(f, bytes);
      });
      const error = await errorOf(() => restoreDatabase(corrupt, file));
      expect(error.message).toMatch(new RegExp(`^${corrupt.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is damaged: the SQLite integrity check failed \\(.+\\)\\.$`));
    });

    it("a SQLite database that is not Parallax's", async () => {
      const other = path.join(dir, "other.db");
      writePlain(other, (c) => c.exec("create table fact_checks (id integer primary key)"));
      expect((await errorOf(() => restoreDatabase(other, file))).message).toBe(`${other} is not a Parallax database: it has no articles table.`);
      const noHistory = variant("no-history.db", (f) => writePlain(f, (c) => c.exec("drop table __drizzle_migrations")));
      expect((await errorOf(() => restoreDatabase(noHistory, file))).message).toMatch(/has no migration history/);
    });

    it("a backup from a newer version", async () => {
      const newer = variant("newer.db", (f) =>
        writePlain(f, (c) => c.prepare("insert into __drizzle_migrations (hash, created_at) values ('future', ?)").run(Math.max(...knownMigrations()) + 1000)),
      );
      const error = await errorOf(() => restoreDatabase(newer, file));
      expect(error.message).toMatch(/comes from a newer version of Parallax: it has 1 migration this version does not know/);
    });

    it("while another connection (the app) has the database open", async () => {
      const app = openDatabase(file);
      try {
        app.$client.prepare("select count(*) from articles").get();
        const error = await errorOf(() => restoreDatabase(backup, file));
        expect(error.message).toMatch(/is in use by another process \(is the app running\?\)\. Stop the app, then restore/);
      } finally {
        app.$client.close();
      }
    });
  });
});
