// Backup and restore of the database file (the `backup` and `restore` CLI commands).
//
// A backup is taken with SQLite's online backup API from a connection of its own, so it is consistent while the
// app keeps reading and writing: the copy is one snapshot of the database, written to `<file>.partial`, switched
// to a single self-contained file (rollback journal instead of WAL), checked, and only then renamed to `<file>`.
// A restore checks the file first (SQLite, intact, Parallax, not from a newer version), saves the current
// database beside itself with the same backup, and swaps the file in by rename; openDatabase then migrates it.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { AppError } from "../lib/errors";
import { openDatabase } from "./client";

const SQLITE_HEADER = Buffer.from("SQLite format 3\0", "latin1");
/** Tables every Parallax database has had since its first migration; checked in this order. */
const PARALLAX_TABLES = ["articles", "fact_checks"] as const;
const MIGRATIONS_TABLE = "__drizzle_migrations";
const JOURNAL = path.join(process.cwd(), "db", "migrations", "meta", "_journal.json");

export interface DatabaseSummary {
  articles: number;
  factChecks: number;
  /** Migrations recorded in the file, and how many of them this code does not know (from a newer version). */
  migrations: { applied: number; unknown: number };
}

export interface BackupResult extends DatabaseSummary {
  file: string;
  bytes: number;
}

export interface RestoreResult {
  /** What the restored database holds after openDatabase migrated it. */
  articles: number;
  factChecks: number;
  target: string;
  /** Where the database it replaced was saved, or null when there was none. */
  savedAs: string | null;
  /** Migrations applied on open because the backup came from an older version. */
  migrated: number;
}

const sidecars = (file: string) => [`${file}-wal`, `${file}-shm`, `${file}-journal`];

function removeWithSidecars(file: string): void {
  for (const f of [file, ...sidecars(file)]) fs.rmSync(f, { force: true });
}

/** The creation times (drizzle's `created_at`) of the migrations this code ships, oldest first. */
export function knownMigrations(): number[] {
  const journal = JSON.parse(fs.readFileSync(JOURNAL, "utf8")) as { entries: { when: number }[] };
  return journal.entries.map((e) => e.when);
}

/** Refuses anything but an existing regular file that starts with the SQLite header. */
export function checkSqliteFile(file: string, name = file): void {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new AppError("invalid_input", `File not found: ${name}`);
  if (!stat.isFile()) throw new AppError("invalid_input", `${name} is not a file.`);
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = fs.openSync(file, "r");
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < header.length || !header.equals(SQLITE_HEADER)) {
    throw new AppError("unprocessable", `${name}: This is not a SQLite database.`);
  }
}

const isSqliteError = (error: unknown): error is Error & { code: string } => {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === "string" && code.startsWith("SQLITE_");
};

const damaged = (file: string, why: string) =>
  new AppError("unprocessable", `${file} is damaged: the SQLite integrity check failed (${why}).`);

/**
 * Checks a database file, read-only: SQLite, `PRAGMA integrity_check` ok, the Parallax tables and a
 * migration history; with `checkVersion`, no migration this code does not know (a newer version's database).
 * An older database passes: openDatabase migrates it forward. Throws AppError with a message for a person.
 * (Opened read-only, a file in WAL mode gets empty -wal and -shm files beside it; callers check their own copies.)
 */
export function inspectDatabaseFile(
  file: string,
  { checkVersion = true, name = file }: { checkVersion?: boolean; /** What messages call the file. */ name?: string } = {},
): DatabaseSummary {
  checkSqliteFile(file, name);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    if (isSqliteError(error)) throw new AppError("unprocessable", `${name} cannot be opened: ${error.message}.`);
    throw error;
  }
  try {
    let problems: string[];
    try {
      problems = (db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check);
    } catch (error) {
      if (isSqliteError(error)) throw damaged(name, error.message);
      throw error;
    }
    if (problems.length !== 1 || problems[0] !== "ok") {
      const lines = problems.flatMap((p) => p.split("\n")).filter((line) => line && !line.startsWith("***"));
      throw damaged(name, lines.slice(0, 3).join("; "));
    }

    const tables = new Set(
      (db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((r) => r.name),
    );
    for (const table of PARALLAX_TABLES) {
      if (!tables.has(table)) throw new AppError("unprocessable", `${name} is not a Parallax database: it has no ${table} table.`);
    }
    if (!tables.has(MIGRATIONS_TABLE)) {
      throw new AppError("unprocessable", `${name} is not a Parallax database: it has no migration history (${MIGRATIONS_TABLE}).`);
    }
    const applied = (db.prepare(`select created_at as at from ${MIGRATIONS_TABLE}`).all() as { at: number | string | null }[]).map((r) => Number(r.at));
    if (applied.length === 0) {
      throw new AppError("unprocessable", `${name} is not a Parallax database: its migration history (${MIGRATIONS_TABLE}) is empty.`);
    }
    const known = new Set(knownMigrations());
    const unknown = applied.filter((at) => !known.has(at));
    if (checkVersion && unknown.length > 0) {
      const latestKnown = Math.max(...known);
      const newer = unknown.some((at) => !(at <= latestKnown)); // NaN (a malformed row) counts as unknown too
      throw new AppError(
        "unprocessable",
        newer
          ? `${name} comes from a newer version of Parallax: it has ${unknown.length} migration${unknown.length === 1 ? "" : "s"} this version does not know. Upgrade Parallax, then restore it.`
          : `${name} comes from a different version of Parallax: it has ${unknown.length} migration${unknown.length === 1 ? "" : "s"} this version does not know.`,
      );
    }
    const count = (table: string) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    return { articles: count("articles"), factChecks: count("fact_checks"), migrations: { applied: applied.length, unknown: unknown.length } };
  } finally {
    db.close();
  }
}

/**
 * The live database for a backup: a plain connection (no migrations, which are not the backup's business) that
 * waits for a writer instead of failing. Refuses a database that does not exist yet.
 */
export function openSourceDatabase(file: string): Database.Database {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) {
    throw new AppError("not_found", `There is no database at ${file} yet (DATABASE_PATH): nothing to back up.`);
  }
  if (!stat.isFile()) throw new AppError("invalid_input", `The database path ${file} (DATABASE_PATH) is not a file.`);
  checkSqliteFile(file);
  const db = new Database(file, { fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  return db;
}

function sameFile(a: string, b: string): boolean {
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

function checkDestination(destination: string, source: string, force: boolean): void {
  const dir = path.dirname(destination);
  const dirStat = fs.statSync(dir, { throwIfNoEntry: false });
  if (!dirStat?.isDirectory()) throw new AppError("invalid_input", `The folder ${dir} does not exist.`);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new AppError("invalid_input", `Cannot write to the folder ${dir}.`);
  }
  for (const f of [source, ...sidecars(source)]) {
    if (sameFile(destination, f)) throw new AppError("invalid_input", `${destination} is the database itself; choose another file for the backup.`);
  }
  const stat = fs.statSync(destination, { throwIfNoEntry: false });
  if (stat?.isDirectory()) throw new AppError("invalid_input", `${destination} is a folder; name a file for the backup.`);
  if (stat && !force) throw new AppError("conflict", `${destination} already exists; pass --force to replace it.`);
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, "r+");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function fsyncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, "r");
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Not every platform can fsync a folder; the rename is still atomic.
  }
}

export interface BackupOptions {
  /** Replace an existing file at the destination. */
  force?: boolean;
  /**
   * Pages copied per step of the backup API. By default everything after the first step is copied in one step,
   * under one read transaction: a write by another connection between small steps makes SQLite restart the
   * backup, which under steady writes could go on for ever. Small steps are for tests.
   */
  pagesPerStep?: number;
  /** Called after each step (the backup API's progress). */
  onProgress?: (progress: { totalPages: number; remainingPages: number }) => void;
  /** Check the copy (integrity, Parallax tables) before it gets its name; on by default. */
  verify?: boolean;
}

/**
 * A consistent copy of `source` at `destination`, safe while other connections (the app) read and write.
 * Written to `<destination>.partial` and renamed when complete and checked, so a failure never leaves a file
 * that looks like a finished backup.
 */
export async function backupDatabase(source: Database.Database, destination: string, options: BackupOptions = {}): Promise<BackupResult> {
  const target = path.resolve(destination);
  checkDestination(target, source.name, options.force ?? false);
  const partial = `${target}.partial`;
  removeWithSidecars(partial);
  try {
    try {
      await source.backup(partial, {
        progress: (progress) => {
          options.onProgress?.(progress);
          return options.pagesPerStep ?? 0x7fffffff;
        },
      });
    } catch (error) {
      if (isSqliteError(error) || error instanceof TypeError) {
        throw new AppError("internal", `The backup to ${destination} failed: ${error.message}`);
      }
      throw error;
    }
    // The copy carries the source's WAL mode in its header; as a rollback-journal database it is one file that
    // can be moved, copied and opened read-only without -wal and -shm files appearing beside it.
    const copy = new Database(partial, { fileMustExist: true });
    try {
      copy.pragma("journal_mode = DELETE");
    } finally {
      copy.close();
    }
    const summary = options.verify === false
      ? { articles: 0, factChecks: 0, migrations: { applied: 0, unknown: 0 } }
      : inspectDatabaseFile(partial, { checkVersion: false, name: source.name });
    fsyncFile(partial);
    fs.renameSync(partial, target);
    fsyncDir(path.dirname(target));
    return { ...summary, file: target, bytes: fs.statSync(target).size };
  } catch (error) {
    removeWithSidecars(partial);
    if (error instanceof AppError && error.code === "unprocessable") {
      throw new AppError("unprocessable", `The backup was not kept: ${error.message}`);
    }
    throw error;
  }
}

/** Backs up the database file at `databaseFile` (DATABASE_PATH) to `destination`. */
export async function backupDatabaseFile(databaseFile: string, destination: string, options: BackupOptions = {}): Promise<BackupResult> {
  const source = openSourceDatabase(databaseFile);
  try {
    return await backupDatabase(source, destination, options);
  } finally {
    source.close();
  }
}

/** A file-name-safe UTC timestamp: 2025-03-07T09-15-02.123Z. */
export const fileStamp = (now: Date) => now.toISOString().replace(/:/g, "-");

/**
 * Replaces the database at `target` with the backup `file`, after checking it. The current database is first
 * saved as `<target>.before-restore-<timestamp>`. The app must be stopped: a database another process has open
 * is refused (switching it out of WAL mode needs it to be the only connection), and the restored file is
 * opened with openDatabase, which migrates it to this version.
 */
export async function restoreDatabase(file: string, target: string, { now = new Date() }: { now?: Date } = {}): Promise<RestoreResult> {
  checkSqliteFile(file);
  const targetPath = path.resolve(target);
  if (sameFile(file, targetPath)) throw new AppError("invalid_input", `${file} is the database itself; name a backup file.`);
  const wal = fs.statSync(`${file}-wal`, { throwIfNoEntry: false });
  if (wal && wal.size > 0) {
    throw new AppError(
      "unprocessable",
      `${file} has a write-ahead log beside it (${file}-wal), so the file alone may be missing recent changes. Restore a file made by \`npm run cli -- backup\` instead.`,
    );
  }
  fs.mkdirSync(path.dirname(targetPath), { recursive: true });

  // Check a copy beside the target (the same file system, so the final rename is atomic) rather than the file
  // itself: what is checked is exactly what is swapped in, and opening it leaves nothing beside the original.
  const incoming = `${targetPath}.restoring`;
  removeWithSidecars(incoming);
  let savedAs: string | null = null;
  let applied: number;
  try {
    fs.copyFileSync(file, incoming);
    applied = inspectDatabaseFile(incoming, { name: file }).migrations.applied;
    for (const f of sidecars(incoming)) fs.rmSync(f, { force: true });
    const copy = new Database(incoming, { fileMustExist: true });
    try {
      copy.pragma("journal_mode = DELETE");
    } finally {
      copy.close();
    }
    fsyncFile(incoming);

    if (fs.existsSync(targetPath)) savedAs = await saveCurrent(targetPath, now);
    for (const f of sidecars(targetPath)) fs.rmSync(f, { force: true });
    fs.renameSync(incoming, targetPath);
    fsyncDir(path.dirname(targetPath));
  } catch (error) {
    removeWithSidecars(incoming);
    throw error;
  }

  const db = openDatabase(targetPath);
  try {
    const count = (table: string) => (db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    return { articles: count("articles"), factChecks: count("fact_checks"), target: targetPath, savedAs, migrated: count(MIGRATIONS_TABLE) - applied };
  } finally {
    db.$client.close();
  }
}

/** Saves the database about to be replaced beside itself, refusing when another process has it open. */
async function saveCurrent(targetPath: string, now: Date): Promise<string> {
  let current: Database.Database;
  try {
    current = new Database(targetPath, { fileMustExist: true });
  } catch (error) {
    if (isSqliteError(error)) throw cannotSave(targetPath, error.message);
    throw error;
  }
  try {
    current.pragma("busy_timeout = 1000");
    try {
      // Leaving WAL mode needs every other connection closed: a running app keeps one open, so this is how the
      // CLI knows it is still running.
      current.pragma("journal_mode = DELETE");
    } catch (error) {
      if (isSqliteError(error) && error.code.startsWith("SQLITE_BUSY")) {
        throw new AppError(
          "conflict",
          `The database ${targetPath} is in use by another process (is the app running?). Stop the app, then restore.`,
        );
      }
      if (isSqliteError(error)) throw cannotSave(targetPath, error.message);
      throw error;
    }
    const savedAs = `${targetPath}.before-restore-${fileStamp(now)}`;
    try {
      await backupDatabase(current, savedAs, { verify: false });
    } catch (error) {
      if (error instanceof AppError && error.code !== "internal") throw error;
      throw cannotSave(targetPath, error instanceof Error ? error.message : String(error));
    }
    return savedAs;
  } finally {
    current.close();
  }
}

const cannotSave = (targetPath: string, why: string) =>
  new AppError(
    "internal",
    `Could not save the current database ${targetPath} before replacing it (${why}), so nothing was restored. Move it away by hand if it is beyond saving, then restore again.`,
  );
