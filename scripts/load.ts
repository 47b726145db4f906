// `npm run load [-- --seconds 20] [-- --readers 16] [-- --checkers 4]`: readers and fact-checkers together against
// the production server on loopback, then proof that nothing was lost. A temporary database gets the sample data,
// one admin and the fact-checkers; the server runs from the existing production build (`npm run build`) for a
// fixed time while readers load the comparison page, its JSON API and search, and fact-checkers create fact-checks
// and save new versions of them: several open the same fact-check and save it at once (one wins, the others get
// 409), and some saves name a version already replaced (these must be 409). Every answer is recorded. Then the
// server is stopped and the database checked: no 5xx, every acknowledged save stored with its content, no version
// acknowledged twice, every stale save answered 409, `PRAGMA integrity_check` ok. Exits 1 when a check fails.
// The helpers below (server, requests, sign-in, checks) are shared with scripts/crash.ts.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { openDatabase } from "@/db/client";
import { createUser } from "@/db/queries/users";
import { loadSampleData } from "@/lib/import/sample-data";
import { NEXT_BIN } from "./build-state";

// ---------------------------------------------------------------------------------------------------------------
// Shared with scripts/crash.ts

export const PASSWORD = "pressure-test-password";
const E2E_PORT = 3107;

export interface Server {
  child: ChildProcess;
  pid: number;
  port: number;
  base: string;
  logFile: string;
}

/** The production build, or a clear message when there is none (these scripts never build). */
export function requireBuild(): void {
  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    throw new Error("There is no production build in .next: run `npm run build` first.");
  }
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once("exit", () => resolve()));
}

/**
 * Starts `next start` on the database file, on a random loopback port, and waits until it answers. `next` is
 * spawned directly (no npm or shell in between), so the child's pid is the server's own.
 */
export async function startServer(dbFile: string, logFile: string): Promise<Server> {
  for (let attempt = 0; attempt < 5; attempt++) {
    let port = 0;
    while (port === 0 || port === E2E_PORT) port = 3300 + Math.floor(Math.random() * 1500);
    const out = fs.openSync(logFile, "a");
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: dbFile, NODE_ENV: "production" };
    delete env.PORT;
    const child = spawn(NEXT_BIN, ["start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", out, out] });
    fs.closeSync(out);
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    while (child.exitCode === null && child.signalCode === null && Date.now() < deadline) {
      try {
        const res = await fetch(`${base}/api/session`, { signal: AbortSignal.timeout(5000) });
        await res.arrayBuffer();
        if (res.ok) return { child, pid: child.pid!, port, base, logFile };
      } catch {
        // not listening yet
      }
      await sleep(200);
    }
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGKILL");
      throw new Error(`The server on port ${port} did not answer within 60 s (log: ${logFile}).`);
    }
    // It stopped: most likely the port was taken. Try another.
  }
  throw new Error(`The server would not start (log: ${logFile}).`);
}

/** Stops the server with SIGTERM (SIGKILL after 15 s) and waits until it has exited. */
export async function stopServer(server: Server): Promise<{ code: number | null; signal: string | null }> {
  server.child.kill("SIGTERM");
  const timer = setTimeout(() => server.child.kill("SIGKILL"), 15_000);
  await exited(server.child);
  clearTimeout(timer);
  return { code: server.child.exitCode, signal: server.child.signalCode };
}

/** The command name `ps` shows for a pid, or null when no such process exists. */
export function processName(pid: number): string | null {
  const ps = spawnSync("ps", ["-o", "args=", "-p", String(pid)], { encoding: "utf8" });
  return ps.status === 0 && ps.stdout.trim() ? ps.stdout.trim() : null;
}

/** Pids of the process's children (`ps --ppid`). */
export function childPids(pid: number): number[] {
  const ps = spawnSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" });
  return ps.stdout.split(/\s+/).filter(Boolean).map(Number);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface Answer {
  status: number; // 0: no answer (connection refused or reset, timeout)
  ms: number;
  body: unknown;
  headers: Headers | null;
  error?: string;
}

export interface Sample {
  route: string;
  status: number;
  ms: number;
}

/** Sends requests and keeps every answer's route, status and time. */
export class Recorder {
  readonly samples: Sample[] = [];
  readonly failures: string[] = [];

  constructor(readonly base: string) {}

  async request(route: string, pathname: string, init: { method?: string; body?: unknown; cookie?: string; form?: FormData } = {}): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (init.cookie) headers.cookie = init.cookie;
    let body: BodyInit | undefined;
    if (init.form) body = init.form;
    else if (init.body !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(init.body);
    }
    const started = performance.now();
    try {
      const res = await fetch(this.base + pathname, { method: init.method ?? "GET", headers, body, signal: AbortSignal.timeout(60_000) });
      const text = await res.text();
      const ms = performance.now() - started;
      let parsed: unknown = text;
      if ((res.headers.get("content-type") ?? "").includes("json")) {
        try {
          parsed = JSON.parse(text);
        } catch {
          // keep the text
        }
      }
      this.samples.push({ route, status: res.status, ms });
      if (res.status >= 500) this.failures.push(`${route} ${pathname} → ${res.status}: ${text.slice(0, 200)}`);
      return { status: res.status, ms, body: parsed, headers: res.headers };
    } catch (error) {
      const ms = performance.now() - started;
      this.samples.push({ route, status: 0, ms });
      return { status: 0, ms, body: null, headers: null, error: (error as Error).cause ? String((error as Error).cause) : String(error) };
    }
  }
}

/** Signs in and returns the session cookie ("parallax_session=…"), as a browser would keep it. */
export async function signIn(rec: Recorder, email: string): Promise<string> {
  const answer = await rec.request("POST /api/session", "/api/session", { method: "POST", body: { email, password: PASSWORD } });
  const cookie = answer.headers?.getSetCookie().find((c) => c.startsWith("parallax_session="));
  if (answer.status !== 200 || !cookie) throw new Error(`Signing in as ${email} failed (${answer.status}).`);
  return cookie.split(";")[0]!;
}

/** A temporary database with the sample data, an admin and `checkers` fact-checkers. */
export async function prepareDatabase(dir: string, checkers: number) {
  const file = path.join(dir, "parallax.db");
  const db = openDatabase(file);
  try {
    loadSampleData(db);
    const admin = await createUser({ email: "admin@pressure.test", password: PASSWORD, role: "admin", name: "Admin" }, null, db);
    const factCheckers = [];
    for (let i = 1; i <= checkers; i++) {
      factCheckers.push(await createUser({ email: `checker${i}@pressure.test`, password: PASSWORD, role: "fact_checker", name: `Checker ${i}` }, null, db));
    }
    const claimIds = (db.$client.prepare("SELECT id FROM claims WHERE dismissed_at IS NULL ORDER BY id").all() as { id: number }[]).map((r) => r.id);
    const eventIds = (db.$client.prepare("SELECT id FROM events ORDER BY id").all() as { id: number }[]).map((r) => r.id);
    return { file, admin, factCheckers, claimIds, eventIds };
  } finally {
    db.$client.close();
  }
}

export class Checks {
  readonly results: { name: string; ok: boolean; detail: string }[] = [];

  check(name: string, ok: boolean, detail = ""): boolean {
    this.results.push({ name, ok, detail });
    console.log(`  ${ok ? "ok    " : "FAILED"}  ${name}${detail ? `: ${detail}` : ""}`);
    return ok;
  }

  get failed(): number {
    return this.results.filter((r) => !r.ok).length;
  }
}

/** `PRAGMA integrity_check` and `PRAGMA foreign_key_check` of a database file, opened directly. */
export function checkDatabaseFile(checks: Checks, file: string): void {
  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (error) {
    checks.check("the database opens", false, (error as Error).message);
    return;
  }
  try {
    const integrity = (db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check);
    checks.check("PRAGMA integrity_check", integrity.length === 1 && integrity[0] === "ok", integrity.slice(0, 3).join("; "));
    const fk = db.pragma("foreign_key_check") as unknown[];
    checks.check("PRAGMA foreign_key_check", fk.length === 0, fk.length ? `${fk.length} rows point nowhere` : "no dangling references");
  } catch (error) {
    checks.check("PRAGMA integrity_check", false, (error as Error).message);
  } finally {
    db.close();
  }
}

export interface AckedSave {
  factCheckId: number;
  version: number;
  explanation: string;
  editorId: number;
}

/**
 * Every acknowledged save is in the database: the revision of that version with the same explanation and editor,
 * and the fact-check at that version or later. Returns the problems (at most a few, and how many).
 */
export function missingAcknowledged(db: Database.Database, acks: AckedSave[]): string[] {
  const revision = db.prepare("SELECT json_extract(snapshot, '$.explanation') AS explanation, editor_id AS editorId FROM fact_check_revisions WHERE fact_check_id = ? AND version = ?");
  const current = db.prepare("SELECT version FROM fact_checks WHERE id = ?");
  const problems: string[] = [];
  for (const ack of acks) {
    const row = revision.get(ack.factCheckId, ack.version) as { explanation: string; editorId: number } | undefined;
    const fc = current.get(ack.factCheckId) as { version: number } | undefined;
    if (!row) problems.push(`fact-check ${ack.factCheckId} v${ack.version}: no revision`);
    else if (row.explanation !== ack.explanation) problems.push(`fact-check ${ack.factCheckId} v${ack.version}: explanation differs`);
    else if (row.editorId !== ack.editorId) problems.push(`fact-check ${ack.factCheckId} v${ack.version}: editor ${row.editorId}, not ${ack.editorId}`);
    else if (!fc || fc.version < ack.version) problems.push(`fact-check ${ack.factCheckId}: at v${fc?.version ?? "none"}, acknowledged v${ack.version}`);
  }
  return problems;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Prints rows as an aligned table (numbers right-aligned). */
export function printTable(header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => "  " + r.map((c, i) => (i > 0 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ");
  console.log(line(header));
  console.log("  " + widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of cells.slice(1)) console.log(line(r));
}

/** Requests by route and status, and latency per route. */
export function printSamples(samples: Sample[], seconds: number | null): void {
  const routes = [...new Set(samples.map((s) => s.route))];
  const statuses = [...new Set(samples.map((s) => s.status))].sort((a, b) => a - b);
  console.log("\nRequests by route and status (0 = no answer):");
  printTable(
    ["route", ...statuses.map(String), "total", ...(seconds ? ["req/s"] : [])],
    routes.map((route) => {
      const mine = samples.filter((s) => s.route === route);
      return [route, ...statuses.map((st) => mine.filter((s) => s.status === st).length), mine.length, ...(seconds ? [(mine.length / seconds).toFixed(1)] : [])];
    }),
  );
  console.log("\nLatency per route (ms, answered requests):");
  printTable(
    ["route", "p50", "p95", "p99", "max"],
    routes.map((route) => {
      const ms = samples.filter((s) => s.route === route && s.status !== 0).map((s) => s.ms).sort((a, b) => a - b);
      if (!ms.length) return [route, "-", "-", "-", "-"];
      return [route, percentile(ms, 50).toFixed(1), percentile(ms, 95).toFixed(1), percentile(ms, 99).toFixed(1), ms[ms.length - 1]!.toFixed(1)];
    }),
  );
}

export function usage(message: string, text: string): never {
  console.error(`${message}\nUsage: ${text}`);
  process.exit(2);
}

export function positiveInt(name: string, raw: string, text: string, min = 1): number {
  if (!/^\d+$/.test(raw) || Number(raw) < min) usage(`--${name} takes a whole number of at least ${min}, not "${raw}".`, text);
  return Number(raw);
}

/** Prints the tally, keeps the folder when a check failed (or when asked), and exits 1 on any failure. */
export function finish(checks: { results: unknown[]; failed: number }, startedAt: number, dir: string, keep: boolean | undefined): never {
  const took = (Date.now() - startedAt) / 1000;
  console.log(`\n${checks.results.length - checks.failed} of ${checks.results.length} checks passed; ${took.toFixed(1)} s in all.`);
  if (checks.failed || keep) console.log(`Database and server log kept in ${dir}.`);
  else fs.rmSync(dir, { recursive: true, force: true });
  process.exit(checks.failed ? 1 : 0);
}

/** Runs `main` when the file is run as a script (not imported), exiting 1 with the message on an error. */
export function runAsScript(url: string, main: () => Promise<void>): void {
  // Compared as file URLs of the real path: a checkout path with spaces or symlinks still matches.
  if (!process.argv[1] || url !== pathToFileURL(fs.realpathSync(process.argv[1])).href) return;
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The load run

const USAGE = "npm run load [-- --seconds 20] [-- --readers 16] [-- --checkers 4] [-- --keep]";

const SEARCHES = ["Flynn", "WikiLeaks", "sanctions", "Pence resignation", "destabilization campaign", "Kislyak", "\"national security\"", "Russia OR Trump", "spies*", "ambassador to the United States"];

interface Shared {
  /** Fact-checks created, with the newest version anyone was told about (acknowledged). */
  factChecks: { id: number; acked: number }[];
}

interface FactCheckBody {
  factCheck: { id: number; version: number; explanation: string };
}
interface ConflictBody {
  error: { code: string; current?: { version: number } };
}

interface Tally {
  acks: (AckedSave & { base: number | null })[];
  created: number;
  racingConflicts: number;
  staleSent: { factCheckId: number; sent: number; known: number; status: number }[];
  unexpected: string[];
}

function pick<T>(items: T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

async function reader(rec: Recorder, eventIds: number[], until: number): Promise<void> {
  while (Date.now() < until) {
    const r = Math.random();
    const eventId = pick(eventIds);
    if (r < 0.4) await rec.request("GET /events/{id}", `/events/${eventId}`);
    else if (r < 0.75) await rec.request("GET /api/events/{id}/comparison", `/api/events/${eventId}/comparison`);
    else await rec.request("GET /api/search?q=", `/api/search?q=${encodeURIComponent(pick(SEARCHES))}`);
  }
}

async function factChecker(
  rec: Recorder,
  me: { id: number; n: number; cookie: string },
  claimIds: number[],
  ratingIds: number[],
  shared: Shared,
  tally: Tally,
  until: number,
): Promise<void> {
  let seq = 0;
  const content = (what: string) => {
    seq++;
    const status = pick(["draft", "draft", "in_review", "published"] as const);
    return {
      ratingId: status === "published" || Math.random() < 0.5 ? pick(ratingIds) : null,
      explanation: `Checker ${me.n}, save ${seq} (${what}) at ${new Date().toISOString()}: ${Math.random().toString(36).slice(2)}`,
      evidence: Math.random() < 0.5 ? [{ url: `https://example.org/source/${me.n}/${seq}`, note: `Source ${seq}` }] : [],
      status,
    };
  };
  while (Date.now() < until) {
    const r = Math.random();
    const staleable = shared.factChecks.filter((f) => f.acked >= 2);
    if (shared.factChecks.length < 2 || r < 0.15) {
      const input = content("new");
      const answer = await rec.request("POST /api/claims/{id}/fact-checks", `/api/claims/${pick(claimIds)}/fact-checks`, { method: "POST", body: input, cookie: me.cookie });
      if (answer.status === 201) {
        const fc = (answer.body as FactCheckBody).factCheck;
        tally.acks.push({ factCheckId: fc.id, version: fc.version, explanation: input.explanation, editorId: me.id, base: null });
        tally.created++;
        shared.factChecks.push({ id: fc.id, acked: fc.version });
      } else tally.unexpected.push(`POST fact-check → ${answer.status}`);
    } else if (r < 0.3 && staleable.length) {
      // A save over a version that an acknowledged save already replaced: it must be refused.
      const target = pick(staleable);
      const known = target.acked;
      const sent = 1 + Math.floor(Math.random() * (known - 1));
      const answer = await rec.request("PUT /api/fact-checks/{id}", `/api/fact-checks/${target.id}`, { method: "PUT", body: { version: sent, ...content("stale") }, cookie: me.cookie });
      tally.staleSent.push({ factCheckId: target.id, sent, known, status: answer.status });
      if (answer.status === 200) {
        const fc = (answer.body as FactCheckBody).factCheck;
        tally.acks.push({ factCheckId: fc.id, version: fc.version, explanation: fc.explanation, editorId: me.id, base: sent });
      }
    } else {
      // Open one of the newest fact-checks (the others are working on them too) and save a new version.
      const target = pick(shared.factChecks.slice(-3));
      const opened = await rec.request("GET /api/fact-checks/{id}", `/api/fact-checks/${target.id}`, { cookie: me.cookie });
      if (opened.status !== 200) {
        tally.unexpected.push(`GET fact-check → ${opened.status}`);
        continue;
      }
      const base = (opened.body as FactCheckBody).factCheck.version;
      await sleep(Math.random() * 5);
      const input = content("edit");
      const answer = await rec.request("PUT /api/fact-checks/{id}", `/api/fact-checks/${target.id}`, { method: "PUT", body: { version: base, ...input }, cookie: me.cookie });
      if (answer.status === 200) {
        const fc = (answer.body as FactCheckBody).factCheck;
        tally.acks.push({ factCheckId: fc.id, version: fc.version, explanation: input.explanation, editorId: me.id, base });
        if (fc.version !== base + 1) tally.unexpected.push(`PUT over v${base} answered v${fc.version}`);
        target.acked = Math.max(target.acked, fc.version);
      } else if (answer.status === 409) {
        tally.racingConflicts++;
        const error = (answer.body as ConflictBody).error;
        if (error?.code !== "conflict" || !error.current || error.current.version <= base) {
          tally.unexpected.push(`409 over v${base} without a newer current version (${JSON.stringify(error).slice(0, 120)})`);
        }
      } else tally.unexpected.push(`PUT fact-check → ${answer.status}`);
    }
  }
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        seconds: { type: "string", default: "20" },
        readers: { type: "string", default: "16" },
        checkers: { type: "string", default: "4" },
        keep: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    usage((error as Error).message, USAGE);
  }
  const seconds = positiveInt("seconds", values.seconds, USAGE);
  const readers = positiveInt("readers", values.readers, USAGE, 0);
  const checkers = positiveInt("checkers", values.checkers, USAGE, 2);
  requireBuild();

  const startedAt = Date.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-load-"));
  const data = await prepareDatabase(dir, checkers);
  console.log(`Database ${data.file}: sample data (${data.claimIds.length} claims, ${data.eventIds.length} event), 1 admin, ${checkers} fact-checkers.`);
  const server = await startServer(data.file, path.join(dir, "server.log"));
  console.log(`Server: next start on ${server.base} (pid ${server.pid}, ${processName(server.pid)}).`);

  const checks = new Checks();
  let stopped: Awaited<ReturnType<typeof stopServer>> | null = null;
  const rec = new Recorder(server.base);
  const tally: Tally = { acks: [], created: 0, racingConflicts: 0, staleSent: [], unexpected: [] };
  let loadSeconds = seconds;
  try {
    const ratings = await rec.request("GET /api/ratings", "/api/ratings");
    const ratingIds = (ratings.body as { ratings: { id: number; retired: boolean }[] }).ratings.filter((r) => !r.retired).map((r) => r.id);
    const people = [];
    for (const [i, user] of data.factCheckers.entries()) people.push({ id: user.id, n: i + 1, cookie: await signIn(rec, user.email) });
    // Warm the page cache and the comparison once, so the run measures steady state, not the first render.
    for (const id of data.eventIds) {
      await rec.request("GET /events/{id}", `/events/${id}`);
      await rec.request("GET /api/events/{id}/comparison", `/api/events/${id}/comparison`);
    }
    console.log(`Running ${readers} readers and ${checkers} fact-checkers for ${seconds} s…`);
    const loadStart = performance.now();
    const until = Date.now() + seconds * 1000;
    const shared: Shared = { factChecks: [] };
    await Promise.all([
      ...Array.from({ length: readers }, () => reader(rec, data.eventIds, until)),
      ...people.map((me) => factChecker(rec, me, data.claimIds, ratingIds, shared, tally, until)),
    ]);
    loadSeconds = (performance.now() - loadStart) / 1000;
  } finally {
    stopped = await stopServer(server);
  }
  console.log(`Server stopped with SIGTERM (exit code ${stopped.code ?? "none"}${stopped.signal ? `, signal ${stopped.signal}` : ""}).`);

  printSamples(rec.samples, loadSeconds);
  const byKey = new Map<string, number>();
  for (const a of tally.acks) byKey.set(`${a.factCheckId}:${a.version}`, (byKey.get(`${a.factCheckId}:${a.version}`) ?? 0) + 1);
  const doubles = [...byKey].filter(([, n]) => n > 1);
  const stale409 = tally.staleSent.filter((s) => s.status === 409).length;
  const stale200 = tally.staleSent.filter((s) => s.status === 200).length;
  const total = rec.samples.length;
  console.log(
    `\n${total} requests in ${loadSeconds.toFixed(1)} s (${(total / loadSeconds).toFixed(0)}/s). Writes acknowledged: ${tally.acks.length} ` +
      `(${tally.created} fact-checks created, ${tally.acks.length - tally.created} new versions) on ${new Set(tally.acks.map((a) => a.factCheckId)).size} fact-checks. ` +
      `Conflicts: ${tally.racingConflicts} between checkers saving the same version at once, ${tally.staleSent.length} deliberately stale saves (${stale409} answered 409).`,
  );

  console.log("\nChecks:");
  const fiveHundreds = rec.samples.filter((s) => s.status >= 500);
  checks.check("no 5xx answers", fiveHundreds.length === 0, `${fiveHundreds.length} of ${total}${rec.failures.length ? `; first: ${rec.failures[0]}` : ""}`);
  const unanswered = rec.samples.filter((s) => s.status === 0).length;
  checks.check("every request answered", unanswered === 0, `${unanswered} without an answer`);
  const readerRoutes = ["GET /events/{id}", "GET /api/events/{id}/comparison", "GET /api/search?q=", "GET /api/ratings", "POST /api/session"];
  const readerNot200 = rec.samples.filter((s) => readerRoutes.includes(s.route) && s.status !== 200).length;
  checks.check("every read and sign-in answered 200", readerNot200 === 0, `${readerNot200} other answers`);
  checks.check("fact-checkers got only the answers expected (201, 200, 409 with the newer version)", tally.unexpected.length === 0, tally.unexpected.slice(0, 3).join("; ") || `${tally.acks.length + tally.racingConflicts + tally.staleSent.length} writes`);
  checks.check("conflicts happened (checkers saved the same version at once)", tally.racingConflicts > 0, `${tally.racingConflicts} answered 409`);
  checks.check("every deliberately stale save answered 409", tally.staleSent.length > 0 && stale409 === tally.staleSent.length, `${stale409} of ${tally.staleSent.length}`);
  checks.check("no stale save answered 200", stale200 === 0, `${stale200}`);
  checks.check("no version acknowledged twice (no lost update)", doubles.length === 0, doubles.length ? doubles.slice(0, 3).map(([k]) => k).join(", ") : `${byKey.size} distinct versions`);

  const db = new Database(data.file);
  try {
    const missing = missingAcknowledged(db, tally.acks);
    checks.check("every acknowledged write in the database with its content", missing.length === 0, missing.length ? `${missing.length} missing, e.g. ${missing.slice(0, 3).join("; ")}` : `${tally.acks.length} of ${tally.acks.length}`);
    // Every request was answered, so the database holds exactly what was acknowledged: no write nobody was told of.
    const ids = [...new Set(tally.acks.map((a) => a.factCheckId))];
    const rows = db.prepare("SELECT f.id, f.version, f.explanation, (SELECT count(*) FROM fact_check_revisions r WHERE r.fact_check_id = f.id) AS revisions FROM fact_checks f").all() as {
      id: number;
      version: number;
      explanation: string;
      revisions: number;
    }[];
    const exact = rows.filter((row) => {
      const mine = tally.acks.filter((a) => a.factCheckId === row.id);
      const last = mine.reduce((a, b) => (b.version > a.version ? b : a), mine[0]!);
      return mine.length > 0 && row.version === last.version && row.revisions === mine.length && row.explanation === last.explanation;
    });
    checks.check("the database holds exactly the acknowledged versions, the newest as current", rows.length === ids.length && exact.length === rows.length, `${exact.length} of ${rows.length} fact-checks`);
  } finally {
    db.close();
  }
  checkDatabaseFile(checks, data.file);

  finish(checks, startedAt, dir, values.keep);
}

runAsScript(import.meta.url, main);
