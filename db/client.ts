// One better-sqlite3 connection per database file per process, migrated on open.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** A transaction handle or the database itself: query functions accept either. */
export type DbOrTx = Pick<Db, "select" | "selectDistinct" | "insert" | "update" | "delete" | "$count" | "query">;

// The database path comes from the environment at run time; the turbopackIgnore comments tell the bundler not
// to trace the whole project because of it.
export const DEFAULT_DATABASE_PATH = "data/parallax.db";
const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

export function databasePath(): string {
  return process.env.DATABASE_PATH?.trim() || DEFAULT_DATABASE_PATH;
}

/** Opens (creating if needed) and migrates a database file. `:memory:` works too. */
export function openDatabase(file: string = databasePath()): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  // Waits for a concurrent writer (CLI import while the app runs) instead of failing with SQLITE_BUSY.
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const db = drizzle(sqlite, { schema }) as Db;
  // Transactions take the write lock when they begin (BEGIN IMMEDIATE). A deferred one that read and then wrote
  // would fail at once with "database is locked" when another process (the CLI, while the app runs) wrote in
  // between; an immediate one waits for the lock within the busy timeout instead.
  const transaction = db.transaction.bind(db);
  db.transaction = ((run, config) => transaction(run, { behavior: "immediate", ...config })) as Db["transaction"];
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return db;
}

// Cached on globalThis so that Next's dev-mode module reloading does not open a connection per edit.
const cache = globalThis as unknown as { __parallaxDb?: Map<string, Db> };

/** The process-wide connection to the database at DATABASE_PATH. */
export function getDb(): Db {
  const file = path.resolve(/*turbopackIgnore: true*/ databasePath());
  cache.__parallaxDb ??= new Map();
  let db = cache.__parallaxDb.get(file);
  if (!db) {
    db = openDatabase(file);
    cache.__parallaxDb.set(file, db);
  }
  return db;
}
