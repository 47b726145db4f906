// SQL injection through every parameter the API reads from a URL or a sign-in body. The real route handlers run
// against a real SQLite file holding the sample archive, users of every role, a published fact-check and the audit
// log. Classic payloads must never cause a 500, never leak a password hash or SQL error text, never change a row,
// and must be taken literally: a search for `' OR 1=1 --` finds what a search for the words "OR 1 1" finds.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/db/test-support/temp-db";
import type { Role } from "./auth/roles";

const LONG = "x".repeat(100_000);
const PAYLOADS = [
  "' OR 1=1 --",
  "' OR '1'='1",
  "1 OR 1=1",
  "1; DROP TABLE articles",
  "%' UNION SELECT password_hash FROM users --",
  "' UNION SELECT email, password_hash, 1, 1, 1 FROM users --",
  '"; DELETE FROM claims; --',
  "1) OR (1=1",
  "\u0000",
  "a\u0000' OR 1=1 --",
  "%",
  "_",
  "\\",
  "'",
  "-1",
  "0",
  "99999999999999999999999",
  "1e3",
  "0x10",
  "١٢",
  "😀".repeat(50),
  LONG,
  `${LONG}' OR 1=1 --`,
];
// FTS5 query syntax, which search must take as words (or nothing), never as a query.
const FTS_SYNTAX = ['"unterminated', "NEAR(", "NEAR(flynn wikileaks, 2)", "*", "flynn*", "^flynn", "-flynn", "flynn OR wikileaks", "flynn AND NOT wikileaks", "title:flynn", "{title body}: flynn", "(flynn", "flynn)", '""', "'", ":", "+", "a b c d e f g h i j k l m n o p q r s t"];

const SQL_ERROR = /SqliteError|SQLITE_|syntax error|no such (table|column|function)|unrecognized token|fts5|malformed MATCH|near "/i;

let temp: ReturnType<typeof createTempDb>;
let db: Db;
const tokens: Partial<Record<Role, string>> = {};
const emails: Partial<Record<Role, string>> = {};
let hashes: string[] = [];
let sampleEventId: number;

/** A count of every row of every table: equal before and after means nothing was added or removed. */
function fingerprint(): string {
  const tables = db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name").all() as { name: string }[];
  return tables.map(({ name }) => `${name}:${(db.$client.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n}`).join(" ");
}

/** Rows the handlers' own connection (getDb) has inserted, updated or deleted since it opened: catches an UPDATE too. */
async function handlerWrites(): Promise<number> {
  const { getDb } = await import("@/db/client");
  return (getDb().$client.prepare("SELECT total_changes() AS n").get() as { n: number }).n;
}

function request(method: string, url: string, options: { role?: Role; body?: unknown } = {}): Request {
  const headers = new Headers({ "content-type": "application/json", host: "parallax.test" });
  if (options.role) headers.set("cookie", `parallax_session=${tokens[options.role]}`);
  const body = method === "GET" ? undefined : JSON.stringify(options.body ?? {});
  return new Request(`http://parallax.test${url}`, { method, headers, body });
}

type Handler = (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
const API_DIR = path.join(process.cwd(), "app", "api");
const routeModule = async (key: string) => (await import(path.join(API_DIR, key, "route.ts"))) as Record<string, Handler>;
const route = async (key: string, method: string) => (await routeModule(key))[method]!;
const noParams = { params: Promise.resolve({}) };

const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** The answer's text, after checking it is no server error and gives nothing away. */
async function safeText(response: Response, what: string): Promise<string> {
  const text = await response.text();
  expect(response.status, `${what}: ${text.slice(0, 300)}`).toBeLessThan(500);
  expect(text, what).not.toMatch(SQL_ERROR);
  expect(text, what).not.toMatch(/scrypt\$/);
  for (const hash of hashes) expect(text.includes(hash), `${what}: a password hash`).toBe(false);
  expect(text, `${what}: a stack trace`).not.toMatch(/\n\s+at .+:\d+:\d+/);
  return text;
}

const short = (payload: string) => JSON.stringify(payload.length > 40 ? `${payload.slice(0, 30)}…(${payload.length})` : payload);

beforeAll(async () => {
  temp = createTempDb();
  db = temp.db;
  process.env.DATABASE_PATH = temp.file;
  const { loadSampleData } = await import("@/lib/import/sample-data");
  loadSampleData(db);
  const { createSession, createUser } = await import("@/db/queries/users");
  const ids: Partial<Record<Role, number>> = {};
  for (const role of ["reader", "fact_checker", "admin"] as Role[]) {
    emails[role] = `${role}@test.example`;
    const user = await createUser({ email: emails[role]!, password: "long enough password", role }, null, db);
    ids[role] = user.id;
    tokens[role] = createSession(user.id, null, db).token;
  }
  hashes = (db.$client.prepare("SELECT password_hash AS h FROM users").all() as { h: string }[]).map((r) => r.h);
  expect(hashes).toHaveLength(3);
  sampleEventId = (db.$client.prepare("SELECT id FROM events").get() as { id: number }).id;
  // A published verdict (for the exports) and a draft (for the queue's status filter).
  const { createFactCheck, listRatings } = await import("@/db/queries/fact-checks");
  const claimIds = (db.$client.prepare("SELECT id FROM claims ORDER BY id LIMIT 2").all() as { id: number }[]).map((r) => r.id);
  const ratingId = listRatings(db)[0]!.id;
  createFactCheck({ claimId: claimIds[0]! }, { ratingId, explanation: "Checked.", evidence: [], status: "published" }, ids.fact_checker!, db);
  createFactCheck({ claimId: claimIds[1]! }, { ratingId: null, explanation: "", evidence: [], status: "draft" }, ids.fact_checker!, db);
});

afterAll(() => {
  const cache = globalThis as unknown as { __parallaxDb?: Map<string, Db> };
  cache.__parallaxDb?.get(path.resolve(temp.file))?.$client.close();
  cache.__parallaxDb?.delete(path.resolve(temp.file));
  temp.cleanup();
});

describe("SQL injection through the API's parameters", () => {
  it("the test archive has rows in the tables an injection would empty", () => {
    for (const table of ["articles", "claims", "users", "events", "fact_checks", "audit_log"]) {
      expect((db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBeGreaterThan(0);
    }
  });

  it("GET /api/search?q= takes every payload and every FTS5 operator as plain words", async () => {
    const GET = await route("search", "GET");
    const search = async (q: string) => {
      const response = await GET(request("GET", `/api/search?${query({ q })}`), noParams);
      return { status: response.status, body: JSON.parse(await safeText(response, `search ${short(q)}`)) };
    };
    // A control: the search finds the sample archive.
    const flynn = await search("flynn");
    expect(flynn.status).toBe(200);
    expect(flynn.body.results.claims.length).toBeGreaterThan(0);

    const before = fingerprint();
    const writes = await handlerWrites();
    for (const q of [...PAYLOADS, ...FTS_SYNTAX]) {
      const { status, body } = await search(q);
      const what = `search ${short(q)}`;
      if (q.trim().length === 0 || q.trim().length > 200) {
        expect(status, what).toBe(400);
        expect(body.error.code, what).toBe("invalid_input");
        continue;
      }
      expect(status, what).toBe(200);
      // Taken literally: the same answer as a search for just its words (none: nothing found).
      const words = (q.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
      const plain = words ? (await search(words)).body.results : { articles: [], claims: [] };
      expect(body.results.articles, what).toEqual(plain.articles);
      expect(body.results.claims, what).toEqual(plain.claims);
    }
    // "flynn OR wikileaks" means both words, not either: no more results than "flynn" alone.
    const or = await search("flynn OR wikileaks");
    expect(or.body.results.claims.length).toBeLessThanOrEqual(flynn.body.results.claims.length);
    expect(fingerprint()).toBe(before);
    expect(await handlerWrites()).toBe(writes);
  });

  it("GET /api/queue refuses payloads in event, outlet, status, assignee, limit and offset (or reads them as numbers)", async () => {
    const GET = await route("queue", "GET");
    const all = await GET(request("GET", "/api/queue", { role: "fact_checker" }), noParams);
    const everything = JSON.parse(await safeText(all, "queue"));
    expect(all.status).toBe(200);
    expect(everything.total).toBeGreaterThan(0);

    const before = fingerprint();
    const writes = await handlerWrites();
    for (const param of ["event", "outlet", "status", "assignee", "limit", "offset"]) {
      for (const payload of PAYLOADS) {
        const what = `queue ${param}=${short(payload)}`;
        const response = await GET(request("GET", `/api/queue?${query({ [param]: payload })}`, { role: "fact_checker" }), noParams);
        const body = JSON.parse(await safeText(response, what));
        expect([200, 400], what).toContain(response.status);
        if (response.status === 400) {
          expect(body.error.code, what).toBe("invalid_input");
          continue;
        }
        // status takes only its own words; the rest only numbers (0x10, 1e3 are read as such): a narrower (or
        // equal) page of the same queue, never more.
        expect(param, what).not.toBe("status");
        expect(Number.isFinite(Number(payload)), what).toBe(true);
        expect(body.total, what).toBeLessThanOrEqual(everything.total);
      }
    }
    expect(fingerprint()).toBe(before);
    expect(await handlerWrites()).toBe(writes);
  });

  it("GET /api/audit takes action as a literal prefix and before and user only as ids", async () => {
    const GET = await route("audit", "GET");
    const all = JSON.parse(await safeText(await GET(request("GET", "/api/audit", { role: "admin" }), noParams), "audit"));
    expect(all.entries.length).toBeGreaterThan(0);

    const before = fingerprint();
    const writes = await handlerWrites();
    for (const payload of PAYLOADS) {
      // action: a prefix compared as a value. No action starts with these, so nothing is found (an interpolated
      // `' OR 1=1 --` would have listed everything).
      const action = await GET(request("GET", `/api/audit?${query({ action: payload })}`, { role: "admin" }), noParams);
      const actionBody = JSON.parse(await safeText(action, `audit action=${short(payload)}`));
      if (payload.trim().length > 100) {
        expect(action.status, `action=${short(payload)}`).toBe(400);
      } else {
        expect(action.status, `action=${short(payload)}`).toBe(200);
        if (payload.trim()) expect(actionBody.entries, `action=${short(payload)}`).toEqual([]);
      }
      for (const param of ["before", "user"]) {
        const what = `audit ${param}=${short(payload)}`;
        const response = await GET(request("GET", `/api/audit?${query({ [param]: payload })}`, { role: "admin" }), noParams);
        const body = JSON.parse(await safeText(response, what));
        expect([200, 400], what).toContain(response.status);
        if (response.status === 200) {
          expect(Number.isFinite(Number(payload)), what).toBe(true);
          expect(body.entries.length, what).toBeLessThanOrEqual(all.entries.length);
        }
      }
    }
    expect(fingerprint()).toBe(before);
    expect(await handlerWrites()).toBe(writes);
  });

  it("the exports' ?event= is an event id or a 400/404", async () => {
    const before = fingerprint();
    const writes = await handlerWrites();
    for (const key of ["exports/claims.csv", "exports/annotations"]) {
      const GET = await route(key, "GET");
      const whole = await GET(request("GET", `/api/${key}?event=${sampleEventId}`), noParams);
      await safeText(whole, key);
      expect(whole.status).toBe(200);
      for (const payload of [...PAYLOADS, `${sampleEventId} OR 1=1`, `${sampleEventId}; DROP TABLE articles`]) {
        const what = `${key}?event=${short(payload)}`;
        const response = await GET(request("GET", `/api/${key}?${query({ event: payload })}`), noParams);
        await safeText(response, what);
        expect([400, 404], what).toContain(response.status);
      }
    }
    expect(fingerprint()).toBe(before);
    expect(await handlerWrites()).toBe(writes);
  });

  it("every route with an id in its path answers a payload id with 400 or 404, whatever the method, and changes nothing", async () => {
    const routeFiles = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        return entry.isDirectory() ? routeFiles(full) : entry.name === "route.ts" ? [full] : [];
      });
    const keys = routeFiles(API_DIR)
      .map((file) => path.relative(API_DIR, path.dirname(file)).split(path.sep).join("/"))
      .filter((key) => /\[id\]/.test(key));
    expect(keys).toContain("events/[id]");

    // A control: the sample event by its real id.
    const event = await (await route("events/[id]", "GET"))(request("GET", `/api/events/${sampleEventId}`), { params: Promise.resolve({ id: String(sampleEventId) }) });
    expect(event.status).toBe(200);

    const before = fingerprint();
    const writes = await handlerWrites();
    const ids = [`${sampleEventId} OR 1=1`, `${sampleEventId}; DROP TABLE articles`, `${sampleEventId}' --`, ...PAYLOADS.filter((p) => !/^\d+$/.test(p))];
    for (const key of keys) {
      const mod = await routeModule(key);
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => typeof mod[m] === "function")) {
        for (const id of ids) {
          const what = `${method} /api/${key} with id ${short(id)}`;
          const url = `/api/${key.replace("[id]", encodeURIComponent(id))}`;
          const response = await mod[method]!(request(method, url, { role: "admin" }), { params: Promise.resolve({ id }) });
          await safeText(response, what);
          expect([400, 404], what).toContain(response.status);
        }
      }
    }
    expect(fingerprint()).toBe(before);
    expect(await handlerWrites()).toBe(writes);
  });

  it("POST /api/session signs no one in with a payload email or password", async () => {
    const POST = await route("session", "POST");
    const before = fingerprint();
    const writes = await handlerWrites();
    const attempts: { email: string; password: string }[] = [];
    for (const payload of PAYLOADS) {
      attempts.push({ email: payload, password: payload });
      attempts.push({ email: `${emails.admin}${payload}`, password: "not the password" });
    }
    // An interpolated query would take these as "the admin, and never mind the rest".
    attempts.push({ email: `${emails.admin}' --`, password: "x" });
    attempts.push({ email: `${emails.admin}'/*`, password: "x" });
    attempts.push({ email: "' OR role = 'admin' --", password: "' OR '1'='1" });
    for (const { email, password } of attempts) {
      const what = `sign in as ${short(email)} / ${short(password)}`;
      const response = await POST(request("POST", "/api/session", { body: { email, password } }), noParams);
      await safeText(response, what);
      expect([400, 401, 429], what).toContain(response.status);
      expect(response.headers.get("set-cookie"), what).toBeNull();
    }
    // A payload password for a real account (its own throttle key): refused, not a 500.
    for (const password of PAYLOADS.slice(0, 4)) {
      const response = await POST(request("POST", "/api/session", { body: { email: emails.reader, password } }), noParams);
      await safeText(response, `reader / ${short(password)}`);
      expect([401, 429]).toContain(response.status);
      expect(response.headers.get("set-cookie")).toBeNull();
    }
    expect(fingerprint()).toBe(before);
    expect(await handlerWrites()).toBe(writes);
  });
});
