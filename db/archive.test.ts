// Export and import of everything: a database with people's work in every table goes out as JSON and comes back
// identical, row for row; bad or foreign files are refused and leave the database as it was.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "../lib/auth/password";
import { loadSampleData } from "../lib/import/sample-data";
import { ARCHIVE_FORMAT, archivedTables, exportArchive, importArchive, looksLikeArchive, NO_PASSWORD, readArchive, type Archive } from "./archive";
import { openDatabase, type Db } from "./client";
import { createFactCheck, factCheckHistory, listRatings, updateFactCheck } from "./queries/fact-checks";
import { createImportJob } from "./queries/import-jobs";
import { addDifference, setDifferenceDismissed, splitProposition } from "./queries/propositions";
import { searchArchive } from "./queries/search";
import { createSession, createUser } from "./queries/users";
import { appErrorOf } from "./test-support/app-error";

let dir: string;
let source: Db;
const opened: Db[] = [];

const open = (name: string) => {
  const db = openDatabase(path.join(dir, name));
  opened.push(db);
  return db;
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-archive-"));
  source = open("source.db");
});
afterEach(() => {
  for (const db of opened.splice(0)) if (db.$client.open) db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every row of every table, in rowid order, plus the autoincrement counters: what "without loss" means. */
function everything(db: Db, { withHashes = true } = {}) {
  const rows = Object.fromEntries(
    archivedTables(db.$client).map((t) => {
      const all = db.$client.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all() as Record<string, unknown>[];
      return [t, withHashes ? all : all.map(({ password_hash: _, ...rest }) => rest)];
    }),
  );
  const sequences = db.$client.prepare("SELECT name, seq FROM sqlite_sequence ORDER BY name").all();
  return { rows, sequences };
}

/** Work in every corner: articles and claims, users, fact-checks with revisions and evidence, merges and splits,
 * added and dismissed differences, an import job, the audit log, and a deleted row (its id must not come back). */
async function fillWithWork(db: Db) {
  loadSampleData(db);
  const admin = await createUser({ email: "ada@example.org", role: "admin", password: "correct horse battery" }, null, db);
  const checker = await createUser({ email: "cy@example.org", name: "Cy", role: "fact_checker", password: "correct horse battery" }, admin.id, db);
  createSession(checker.id, "test", db);
  const [claim, other] = db.$client.prepare("SELECT id FROM claims ORDER BY id LIMIT 2").all() as { id: number }[];
  const rating = listRatings(db).find((r) => r.label === "False")!.id;
  const fc = createFactCheck({ claimId: claim!.id }, { ratingId: null, explanation: "Looking into it.", evidence: [], status: "draft" }, checker.id, db);
  updateFactCheck(fc.id, 1, { ratingId: rating, explanation: "The record says otherwise: “ü” 🙂", evidence: [{ url: "https://example.org/r", note: "Record" }], status: "published" }, checker.id, db);
  createFactCheck({ claimId: other!.id }, { ratingId: null, explanation: "", evidence: [], status: "draft" }, checker.id, db);
  const shared = db.$client.prepare("SELECT proposition_id AS p, claim_id AS c FROM proposition_claims WHERE proposition_id IN (SELECT proposition_id FROM proposition_claims GROUP BY proposition_id HAVING count(*) > 1) LIMIT 1").get() as { p: number; c: number };
  splitProposition(shared.p, [shared.c], checker.id, db);
  const difference = db.$client.prepare("SELECT id FROM differences LIMIT 1").get() as { id: number };
  setDifferenceDismissed(difference.id, true, checker.id, db);
  addDifference(shared.p, { type: "framing", explanation: "One says “scandal”." }, checker.id, db);
  createImportJob(db, { source: "cli", createdBy: admin.id, items: [{ label: "bad.txt", payload: null, error: "Not UTF-8." }] });
  const doomed = await createUser({ email: "gone@example.org", role: "reader", password: "correct horse battery" }, admin.id, db);
  db.$client.prepare("DELETE FROM users WHERE id = ?").run(doomed.id);
  return { factCheckId: fc.id, checker };
}

describe("export and import", () => {
  it("round-trips every row of every table, the counters and the search index, without password hashes by default", async () => {
    const { factCheckId } = await fillWithWork(source);
    const file = path.join(dir, "export.json");
    const exported = await exportArchive(source.$client.name, file);
    expect(exported.passwordHashes).toBe(false);
    for (const table of ["articles", "claims", "entities", "propositions", "differences", "difference_dismissals", "fact_checks", "fact_check_revisions", "fact_check_evidence", "users", "import_jobs", "import_items", "audit_log"]) {
      expect(exported.tables[table], table).toBeGreaterThan(0);
    }
    const text = fs.readFileSync(file, "utf8");
    expect(looksLikeArchive(text.slice(0, 64))).toBe(true);
    expect(text).not.toContain("scrypt$");
    expect(text).not.toContain("sessions");
    expect(fs.statSync(file).mode & 0o077).toBe(0);

    const target = open("target.db");
    const result = importArchive(target, readArchive(file));
    expect(result.usersWithoutPassword.sort()).toEqual(["ada@example.org", "cy@example.org"]);
    expect(everything(target, { withHashes: false })).toEqual(everything(source, { withHashes: false }));
    expect(factCheckHistory(factCheckId, target)).toEqual(factCheckHistory(factCheckId, source));
    // A second export of the copy is the same file, but for its time, also when read a few rows per turn.
    const again = path.join(dir, "again.json");
    await exportArchive(target.$client.name, again, { rowsPerTurn: 7 });
    const strip = (f: string) => ({ ...(JSON.parse(fs.readFileSync(f, "utf8")) as Archive), exportedAt: "" });
    expect(strip(again)).toEqual(strip(file));
    // The next user gets a new id, not the deleted one's.
    const next = await createUser({ email: "new@example.org", role: "reader", password: "correct horse battery" }, null, target);
    const nextInSource = await createUser({ email: "new@example.org", role: "reader", password: "correct horse battery" }, null, source);
    expect(next.id).toBe(nextInSource.id);
    // Full-text search was rebuilt from the rows.
    const query = "destabilization";
    expect(searchArchive(target, query).articles.map((a) => a.id)).toEqual(searchArchive(source, query).articles.map((a) => a.id));
    expect(searchArchive(target, query).articles.length).toBeGreaterThan(0);
    // Without a hash no password signs in; no session came along.
    const hash = (target.$client.prepare("SELECT password_hash AS h FROM users WHERE email = 'cy@example.org'").get() as { h: string }).h;
    expect(hash).toBe(NO_PASSWORD);
    expect(await verifyPassword("correct horse battery", hash)).toBe(false);
    expect(target.$client.prepare("SELECT count(*) AS n FROM sessions").get()).toEqual({ n: 0 });
    expect(target.$client.pragma("integrity_check", { simple: true })).toBe("ok");

  });

  it("carries password hashes when asked, so everyone signs in as before", async () => {
    await fillWithWork(source);
    const file = path.join(dir, "with-hashes.json");
    expect((await exportArchive(source.$client.name, file, { passwordHashes: true })).passwordHashes).toBe(true);
    const target = open("target.db");
    expect(importArchive(target, readArchive(file)).usersWithoutPassword).toEqual([]);
    expect(everything(target)).toEqual(everything(source));
    const hash = (target.$client.prepare("SELECT password_hash AS h FROM users WHERE email = 'cy@example.org'").get() as { h: string }).h;
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
  });

  it("exports every table but sessions, the migrations and the search index, so a new table cannot be forgotten", () => {
    const all = (source.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((r) => r.name);
    const left = all.filter((t) => !archivedTables(source.$client).includes(t)).sort();
    const searchIndex = ["articles_fts", "claims_fts"].flatMap((v) => [v, ...["config", "data", "docsize", "idx"].map((s) => `${v}_${s}`)]);
    expect(left).toEqual(["__drizzle_migrations", ...searchIndex, "sessions"].sort());
    // Parents come before the rows that point at them.
    const order = archivedTables(source.$client);
    expect(order.indexOf("articles")).toBeLessThan(order.indexOf("claims"));
    expect(order.indexOf("fact_checks")).toBeLessThan(order.indexOf("fact_check_revisions"));
  });

  it("refuses a database that already holds articles unless told to replace them, and then replaces everything", async () => {
    await fillWithWork(source);
    const file = path.join(dir, "export.json");
    await exportArchive(source.$client.name, file);
    const target = open("target.db");
    loadSampleData(target);
    await createUser({ email: "someone@example.org", role: "reader", password: "correct horse battery" }, null, target);
    const before = everything(target);
    const refused = appErrorOf(() => importArchive(target, readArchive(file)));
    expect(refused.code).toBe("conflict");
    expect(refused.message).toMatch(/not empty .*articles.*--replace/);
    expect(everything(target)).toEqual(before);

    const replaced = importArchive(target, readArchive(file), { replace: true });
    expect(replaced.replaced).toBeGreaterThan(0);
    expect(everything(target, { withHashes: false })).toEqual(everything(source, { withHashes: false }));
  });

  it("refuses files that are not whole, consistent exports of this version, and imports nothing from them", async () => {
    await fillWithWork(source);
    const file = path.join(dir, "export.json");
    await exportArchive(source.$client.name, file);
    const archive = JSON.parse(fs.readFileSync(file, "utf8")) as Archive;
    const write = (name: string, content: unknown) => {
      const f = path.join(dir, name);
      fs.writeFileSync(f, typeof content === "string" ? content : JSON.stringify(content));
      return f;
    };
    const target = open("target.db");
    const empty = everything(target);
    const refusal = (f: string) => appErrorOf(() => importArchive(target, readArchive(f)));

    expect(refusal(write("cut.json", fs.readFileSync(file, "utf8").slice(0, 5000))).message).toMatch(/is not valid JSON/);
    expect(refusal(write("article.json", { title: "A", body: "B" })).message).toMatch(/not a Parallax export/);
    const { exportedAt: _at, ...undated } = archive;
    expect(refusal(write("undated.json", undated)).message).toMatch(/is not a whole Parallax export \(exportedAt: /);
    const damaged = path.join(dir, "damaged.json");
    fs.writeFileSync(damaged, Buffer.concat([Buffer.from(fs.readFileSync(file, "utf8").slice(0, 200)), Buffer.from([0xff, 0xfe]), Buffer.from("}")]));
    expect(refusal(damaged).message).toMatch(/damaged\.json is not UTF-8 text/);
    expect(refusal(write("newer.json", { ...archive, migrations: [...archive.migrations, Date.now()] })).message).toMatch(/newer version of Parallax/);
    expect(refusal(write("older.json", { ...archive, migrations: archive.migrations.slice(0, -1) })).message).toMatch(/older version of Parallax/);
    expect(refusal(write("table.json", { ...archive, tables: { ...archive.tables, gossip: [] } })).message).toMatch(/tables this database does not: gossip/);
    const oddColumn = { ...archive, tables: { ...archive.tables, outlets: [{ ...archive.tables.outlets![0], mood: "sunny" }] } };
    expect(refusal(write("column.json", oddColumn)).message).toMatch(/Row 1 of outlets has columns this database does not: mood/);
    // Claims whose article is missing: caught before anything is committed.
    const orphans = { ...archive, tables: { ...archive.tables, articles: archive.tables.articles!.slice(1) } };
    const orphaned = refusal(write("orphans.json", orphans));
    expect(orphaned.message).toMatch(/inconsistent: .* point at rows it does not hold .*Nothing was imported/);
    const { title: _, ...untitled } = archive.tables.articles![0]!;
    const noTitle = { ...archive, tables: { ...archive.tables, articles: [untitled, ...archive.tables.articles!.slice(1)] } };
    expect(refusal(write("untitled.json", noTitle)).message).toMatch(/Row 1 of articles cannot be stored \(NOT NULL constraint failed: articles\.title\)\. Nothing was imported\./);
    expect(everything(target)).toEqual(empty);
    expect(refusal(path.join(dir, "missing.json")).message).toMatch(/File not found/);
    expect(archive.format).toBe(ARCHIVE_FORMAT);
  });

  it("refuses to overwrite an existing file unless forced, and leaves no partial file behind", async () => {
    loadSampleData(source);
    const file = path.join(dir, "export.json");
    fs.writeFileSync(file, "keep me");
    await expect(exportArchive(source.$client.name, file)).rejects.toThrow(/already exists/);
    expect(fs.readFileSync(file, "utf8")).toBe("keep me");
    await exportArchive(source.$client.name, file, { force: true });
    expect(readArchive(file).tables.articles).toHaveLength(2);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".partial"))).toEqual([]);
    await expect(exportArchive(source.$client.name, path.join(dir, "no-such-folder", "x.json"))).rejects.toThrow(/Cannot write .*x\.json \(ENOENT\): is the folder there and writable\?/);
  });
});
