// Export and import of everything in a Parallax database as one JSON file (the `export` CLI command, and `import`
// given such a file).
//
// The export is table by table, row by row, every column as stored: articles, claims, entities, propositions,
// differences and people's decisions on them, fact-checks with their evidence and full revision history, ratings,
// users, import jobs and the audit log. Nothing is left out except what can be rebuilt or must not travel:
// sign-in sessions, the full-text indexes (rebuilt from the rows by their triggers) and drizzle's migration table
// (recorded as the list of migrations instead). Password hashes stay out unless asked for; users imported without
// one cannot sign in until an admin sets a password (`user password`).
//
// Reading is one read transaction (a snapshot, so the app may keep writing meanwhile) streamed to the file; an
// import is one write transaction that either brings in every row with its id and the autoincrement counters,
// or, on any error, nothing. Foreign keys are checked before it commits.
import fs from "node:fs";
import Database from "better-sqlite3";
import { z } from "zod";
import { AppError } from "../lib/errors";
import { knownMigrations } from "./backup";
import type { Db } from "./client";

export const ARCHIVE_FORMAT = "parallax-export";
export const ARCHIVE_VERSION = 1;
/** Never exported: live sign-in tokens are secrets of this server, not data. */
const NEVER_EXPORTED = new Set(["sessions", "__drizzle_migrations"]);
/** Rows a fresh database already holds (the default rating scale): an import replaces them without --replace. */
const SEEDED_TABLES = new Set(["ratings"]);
/** Stored for a user imported without a password hash: matches no password (it is not a scrypt hash). */
export const NO_PASSWORD = "!no-password";

type Row = Record<string, unknown>;

export interface ArchiveCounts {
  /** Rows per table, in the file's order. */
  tables: Record<string, number>;
  passwordHashes: boolean;
}

export interface ImportArchiveResult extends ArchiveCounts {
  /** Users who came without a password hash and need a new password before they can sign in. */
  usersWithoutPassword: string[];
  /** Rows deleted first (with --replace). */
  replaced: number;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

type Client = Database.Database;

/**
 * The tables an archive holds, parents before children (by foreign keys, so the file reads top-down), skipping
 * SQLite's own tables, virtual tables and their shadow tables (as SQLite itself marks them), and the
 * never-exported ones.
 */
export function archivedTables(client: Client): string[] {
  const listed = client.pragma("table_list") as { schema: string; name: string; type: string }[];
  const tables = listed
    .filter((t) => t.schema === "main" && t.type === "table" && !t.name.startsWith("sqlite_") && !NEVER_EXPORTED.has(t.name))
    .map((t) => t.name)
    .sort();
  const parents = new Map(
    tables.map((name) => [
      name,
      (client.prepare(`PRAGMA foreign_key_list(${quote(name)})`).all() as { table: string }[]).map((fk) => fk.table).filter((t) => t !== name && tables.includes(t)),
    ]),
  );
  const ordered: string[] = [];
  const visit = (name: string, path: string[]) => {
    if (ordered.includes(name) || path.includes(name)) return;
    for (const parent of parents.get(name) ?? []) visit(parent, [...path, name]);
    ordered.push(name);
  };
  for (const name of tables) visit(name, []);
  return ordered;
}

function rowCount(client: Client, table: string): number {
  return (client.prepare(`SELECT count(*) AS n FROM ${quote(table)}`).get() as { n: number }).n;
}

function columnsOf(client: Client, table: string): string[] {
  return (client.prepare(`PRAGMA table_info(${quote(table)})`).all() as { name: string }[]).map((c) => c.name);
}

function sequences(client: Client, tables: string[]): Record<string, number> {
  const exists = client.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").get();
  if (!exists) return {};
  const rows = client.prepare("SELECT name, seq FROM sqlite_sequence").all() as { name: string; seq: number }[];
  return Object.fromEntries(rows.filter((r) => tables.includes(r.name)).map((r) => [r.name, r.seq]));
}

/** Rows written between two turns of the event loop: an export in the server never holds other requests long. */
const ROWS_PER_TURN = 2_000;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes the whole database at `databaseFile` to `file` as JSON, streamed row by row from one snapshot, on a
 * read-only connection of its own: the app's connection keeps serving (and writing) while the export runs, and
 * the export yields to other work every few thousand rows. The file is written beside its name, readable by its
 * owner only (it holds email addresses, maybe hashes), and renamed when complete.
 */
export async function exportArchive(
  databaseFile: string,
  file: string,
  { passwordHashes = false, force = false, rowsPerTurn = ROWS_PER_TURN } = {},
): Promise<ArchiveCounts> {
  if (!force && fs.existsSync(file)) throw new AppError("conflict", `${file} already exists; pass --force to replace it.`);
  const partial = `${file}.${process.pid}.partial`;
  let fd: number;
  try {
    fd = fs.openSync(partial, "wx", 0o600);
  } catch (error) {
    throw new AppError("invalid_input", `Cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? "error"}): is the folder there and writable?`);
  }
  const client = new Database(databaseFile, { readonly: true, fileMustExist: true });
  client.pragma("busy_timeout = 5000");
  const counts: Record<string, number> = {};
  try {
    const write = (text: string) => fs.writeSync(fd, text);
    // One read transaction: every table from the same moment, whatever the app writes meanwhile.
    client.exec("BEGIN");
    const tables = archivedTables(client);
    const header = { format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, exportedAt: new Date().toISOString(), migrations: migrationsIn(client), passwordHashes };
    write(`${JSON.stringify(header).slice(0, -1)},\n"sequences":${JSON.stringify(sequences(client, tables))},\n"tables":{`);
    for (const [t, table] of tables.entries()) {
      write(`${t ? "," : ""}\n${JSON.stringify(table)}:[`);
      let n = 0;
      // Each turn reads the next rows by rowid: no statement stays open across the pause.
      for (let after = -Infinity; ; ) {
        const rows = client.prepare(`SELECT rowid AS "__rowid", * FROM ${quote(table)} WHERE rowid > ? ORDER BY rowid LIMIT ?`).all(after, rowsPerTurn) as Row[];
        for (const row of rows) {
          after = row.__rowid as number;
          delete row.__rowid;
          if (table === "users" && !passwordHashes) delete row.password_hash;
          write(`${n ? "," : ""}\n${JSON.stringify(row)}`);
          n++;
        }
        if (rows.length < rowsPerTurn) break;
        await nextTurn();
      }
      write(n ? "\n]" : "]");
      counts[table] = n;
    }
    write("\n}}\n");
    client.exec("COMMIT");
    fs.closeSync(fd);
    fs.renameSync(partial, file);
  } catch (error) {
    try {
      fs.closeSync(fd);
    } catch {
      // already closed
    }
    fs.rmSync(partial, { force: true });
    if ((error as NodeJS.ErrnoException).code?.startsWith("E")) {
      throw new AppError("invalid_input", `Cannot write ${file} (${(error as NodeJS.ErrnoException).code}).`);
    }
    throw error;
  } finally {
    client.close();
  }
  return { tables: counts, passwordHashes };
}

/** The migrations recorded in the database (drizzle's created_at), oldest first. */
function migrationsIn(client: Client): number[] {
  return (client.prepare("SELECT created_at AS at FROM __drizzle_migrations ORDER BY created_at").all() as { at: number }[]).map((r) => Number(r.at));
}

/** Node strings stop at about 512 MB: a larger export cannot be read in one piece. */
const MAX_ARCHIVE_BYTES = 500 * 2 ** 20;

const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const archiveSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT, { error: "This is not a Parallax export." }),
  version: z.literal(ARCHIVE_VERSION, { error: `This export's format version is not ${ARCHIVE_VERSION}, the one this Parallax reads.` }),
  exportedAt: z.string(),
  migrations: z.array(z.number()),
  passwordHashes: z.boolean(),
  sequences: z.record(z.string(), z.number().int().nonnegative()),
  tables: z.record(z.string(), z.array(z.record(z.string(), cell))),
});
export type Archive = z.infer<typeof archiveSchema>;

/** True when the start of a file looks like a Parallax export (so `import` knows it is not an article). */
export function looksLikeArchive(start: string): boolean {
  return new RegExp(`^\\s*\\{\\s*"format"\\s*:\\s*"${ARCHIVE_FORMAT}"`).test(start);
}

/** Reads and checks an export file: its shape, and that it was written by this version of the schema. */
export function readArchive(file: string): Archive {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new AppError("invalid_input", `File not found: ${file}`);
  if (stat.size > MAX_ARCHIVE_BYTES) {
    throw new AppError("unprocessable", `${file} is ${Math.round(stat.size / 2 ** 20)} MB: exports over ${MAX_ARCHIVE_BYTES / 2 ** 20} MB cannot be imported (restore a backup instead).`);
  }
  let text: string;
  try {
    // Fatal: a damaged byte must stop the import, not become "�" in someone's fact-check.
    text = new TextDecoder("utf-8", { fatal: true }).decode(fs.readFileSync(file));
  } catch {
    throw new AppError("unprocessable", `${file} is not UTF-8 text: it is damaged, or not a Parallax export.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new AppError("unprocessable", `${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = archiveSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // The format and version checks have their own words; anything else means a part is missing or wrong.
    const own = issue.path.length === 1 && (issue.path[0] === "format" || issue.path[0] === "version");
    const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
    throw new AppError("unprocessable", own ? `${file}: ${issue.message}` : `${file} is not a whole Parallax export (${where}${issue.message}).`);
  }
  const known = knownMigrations();
  const theirs = parsed.data.migrations;
  if (theirs.length !== known.length || theirs.some((m, i) => m !== known[i])) {
    const newer = theirs.some((m) => !known.includes(m));
    throw new AppError(
      "unprocessable",
      newer
        ? `${file} was exported by a newer version of Parallax (${theirs.length} migrations; this one knows ${known.length}). Import it with that version.`
        : `${file} was exported by an older version of Parallax (${theirs.length} of ${known.length} migrations). Import it with that version and upgrade the database, or restore a backup instead.`,
    );
  }
  return parsed.data;
}

/**
 * Brings an export into the database in one transaction: every row with its id, and the autoincrement counters.
 * Refuses a database that holds anything (beyond the default rating scale) unless `replace`, which deletes it
 * all first, in the same transaction.
 */
export function importArchive(db: Db, archive: Archive, { replace = false } = {}): ImportArchiveResult {
  const client = db.$client;
  const tables = archivedTables(client);
  const unknown = Object.keys(archive.tables).filter((t) => !tables.includes(t));
  if (unknown.length) throw new AppError("unprocessable", `The export has tables this database does not: ${unknown.join(", ")}.`);
  const columns = new Map(tables.map((t) => [t, new Set(columnsOf(client, t))]));
  for (const [table, rows] of Object.entries(archive.tables)) {
    const known = columns.get(table)!;
    rows.forEach((row, i) => {
      const odd = Object.keys(row).filter((c) => !known.has(c));
      if (odd.length) throw new AppError("unprocessable", `Row ${i + 1} of ${table} has columns this database does not: ${odd.join(", ")}.`);
    });
  }

  const usersWithoutPassword: string[] = [];
  let replaced = 0;
  client.transaction(() => {
    // Parents and children arrive in file order; the foreign keys are checked once, below, before the commit.
    client.pragma("defer_foreign_keys = ON");
    const held = tables.filter((t) => rowCount(client, t) > 0);
    const content = held.filter((t) => !SEEDED_TABLES.has(t));
    if (content.length && !replace) {
      throw new AppError("conflict", `The database is not empty (it holds ${content.join(", ")}): import into a new database, or pass --replace to delete everything in it first.`);
    }
    for (const table of [...held].reverse()) {
      const deleted = client.prepare(`DELETE FROM ${quote(table)}`).run().changes;
      if (!SEEDED_TABLES.has(table)) replaced += deleted;
    }
    client.prepare("DELETE FROM sessions").run();

    const inserts = new Map<string, Database.Statement<unknown[]>>();
    for (const table of tables) {
      (archive.tables[table] ?? []).forEach((row, i) => {
        const values: Row = { ...row };
        if (table === "users" && values.password_hash == null) {
          values.password_hash = NO_PASSWORD;
          usersWithoutPassword.push(String(values.email));
        }
        const names = Object.keys(values);
        const sql = `INSERT INTO ${quote(table)} (${names.map(quote).join(", ")}) VALUES (${names.map(() => "?").join(", ")})`;
        let insert = inserts.get(sql);
        if (!insert) inserts.set(sql, (insert = client.prepare(sql)));
        try {
          insert.run(...names.map((n) => toSqlite(values[n])));
        } catch (error) {
          if (!(error instanceof Error && (error as { code?: string }).code?.startsWith("SQLITE_"))) throw error;
          throw new AppError("unprocessable", `Row ${i + 1} of ${table} cannot be stored (${error.message}). Nothing was imported.`);
        }
      });
    }
    // The counters exactly as exported (ids of deleted rows are not handed out again).
    const hasSequences = client.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").get();
    if (hasSequences) {
      for (const table of tables) client.prepare("DELETE FROM sqlite_sequence WHERE name = ?").run(table);
      for (const [table, seq] of Object.entries(archive.sequences)) {
        if (tables.includes(table)) client.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)").run(table, seq);
      }
    }
    const broken = client.pragma("foreign_key_check") as { table: string; rowid: number; parent: string }[];
    if (broken.length) {
      const first = broken[0]!;
      throw new AppError("unprocessable", `The export is inconsistent: ${broken.length} row(s) point at rows it does not hold (first: ${first.table} row ${first.rowid} → ${first.parent}). Nothing was imported.`);
    }
  }).immediate();
  const counts = Object.fromEntries(tables.filter((t) => t in archive.tables).map((t) => [t, archive.tables[t]!.length]));
  return { tables: counts, passwordHashes: archive.passwordHashes, usersWithoutPassword, replaced };
}

/** JSON booleans become SQLite's 0/1; everything else is stored as it came. */
const toSqlite = (value: unknown) => (typeof value === "boolean" ? Number(value) : value);

/** Rows per exported table right now (for the admin's data page). */
export function tableCounts(db: Db): Record<string, number> {
  return Object.fromEntries(archivedTables(db.$client).map((t) => [t, rowCount(db.$client, t)]));
}
