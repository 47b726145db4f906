import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { outlets } from "./schema";
import { createTempDb } from "./test-support/temp-db";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe("openDatabase", () => {
  it("creates the file, applies every migration and sets the pragmas", () => {
    const temp = createTempDb();
    cleanup = temp.cleanup;
    const sqlite = temp.db.$client;
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(sqlite.pragma("busy_timeout", { simple: true })).toBe(5000);
    const tables = sqlite
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'")
      .all()
      .map((r) => (r as { name: string }).name);
    for (const table of ["outlets", "events", "articles", "entities", "entity_aliases", "claims", "propositions", "proposition_claims", "differences", "fact_checks", "fact_check_revisions", "users", "sessions", "import_jobs", "import_items", "audit_log"]) {
      expect(tables).toContain(table);
    }
  });

  it("takes the write lock when a transaction begins, so another process waits instead of failing mid-way", () => {
    const temp = createTempDb();
    cleanup = temp.cleanup;
    const other = openDatabase(temp.file);
    other.$client.pragma("busy_timeout = 0");
    try {
      temp.db.transaction((tx) => {
        // Nothing written yet, but the lock is already held: another connection cannot start writing.
        tx.select().from(outlets).all();
        expect(() => other.$client.exec("BEGIN IMMEDIATE")).toThrow(/locked|busy/i);
      });
      other.$client.exec("BEGIN IMMEDIATE; ROLLBACK");
    } finally {
      other.$client.close();
    }
  });

  it("opens an existing database again without re-running migrations", () => {
    const temp = createTempDb();
    cleanup = temp.cleanup;
    temp.db.$client.exec("insert into outlets (name) values ('Kept')");
    const again = openDatabase(temp.file);
    expect(again.$client.prepare("select count(*) as n from outlets").get()).toEqual({ n: 1 });
    again.$client.close();
  });

  it("has an index whose first column is every foreign key column", () => {
    const temp = createTempDb();
    cleanup = temp.cleanup;
    const sqlite = temp.db.$client;
    const tables = sqlite
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'")
      .all() as { name: string }[];
    const unindexed: string[] = [];
    let foreignKeys = 0;
    for (const { name } of tables) {
      const leading = new Set(
        (sqlite.prepare(`pragma index_list("${name}")`).all() as { name: string }[]).map(
          (index) => (sqlite.prepare(`pragma index_info("${index.name}")`).all() as { name: string | null }[])[0]?.name,
        ),
      );
      for (const fk of sqlite.prepare(`pragma foreign_key_list("${name}")`).all() as { from: string }[]) {
        foreignKeys++;
        if (!leading.has(fk.from)) unindexed.push(`${name}.${fk.from}`);
      }
    }
    expect(foreignKeys).toBeGreaterThan(20);
    expect(unindexed).toEqual([]);
  });
});
