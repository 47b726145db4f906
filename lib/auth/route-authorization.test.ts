// Every route handler checks the role itself. This test finds every app/api route, and for each method it calls
// the real handler against a real database: anonymous, as each role below the one the route needs, and from
// another origin. Each must be refused with the right status and change nothing. A new route must be added to
// ACCESS below, or this test fails: no route is left unchecked by accident.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/db/test-support/temp-db";
import type { Role } from "./roles";

type Access = "public" | Role;
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

// Who may call each route (by its path under app/api and method). "public": anyone, signed in or not.
const ACCESS: Record<string, Partial<Record<(typeof METHODS)[number], Access>>> = {
  "[...unknown]": { GET: "public", POST: "public", PUT: "public", PATCH: "public", DELETE: "public" },
  session: { GET: "public", POST: "public", DELETE: "public" },
  events: { GET: "public" },
  "events/[id]": { GET: "public" },
  "events/[id]/comparison": { GET: "public" },
  "articles/[id]": { GET: "public", PATCH: "admin" },
  "articles/[id]/claims": { GET: "fact_checker", POST: "fact_checker" },
  "claims/[id]": { GET: "public", PATCH: "fact_checker" },
  "claims/[id]/fact-checks": { GET: "public", POST: "fact_checker" },
  "propositions/merge": { POST: "fact_checker" },
  "propositions/[id]/split": { POST: "fact_checker" },
  "propositions/[id]/differences": { POST: "fact_checker" },
  "propositions/[id]/fact-checks": { GET: "public", POST: "fact_checker" },
  "differences/[id]": { PATCH: "fact_checker" },
  "fact-checks/[id]": { GET: "public", PUT: "fact_checker" },
  "fact-checks/[id]/history": { GET: "public" },
  "fact-checks/[id]/restore": { POST: "fact_checker" },
  "fact-checks/[id]/claimreview": { GET: "public" },
  ratings: { GET: "public", PUT: "admin" },
  users: { GET: "admin", POST: "admin" },
  "users/[id]": { PATCH: "admin" },
  audit: { GET: "admin" },
  imports: { GET: "admin", POST: "admin" },
  "imports/preview": { POST: "admin" },
  "imports/[id]": { GET: "admin" },
  queue: { GET: "fact_checker" },
  "fact-checkers": { GET: "fact_checker" },
  search: { GET: "public" },
  "exports/claimreviews": { GET: "public" },
  "exports/annotations": { GET: "public" },
  "exports/claims.csv": { GET: "public" },
  "exports/everything": { GET: "admin" },
};

const API_DIR = path.join(process.cwd(), "app", "api");

function routeFiles(dir = API_DIR): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

const routeKey = (file: string) => path.relative(API_DIR, path.dirname(file)).split(path.sep).join("/");

// What a handler receives as its second argument: every dynamic segment set to 1.
function contextFor(key: string) {
  const params: Record<string, string | string[]> = {};
  for (const m of key.matchAll(/\[(\.\.\.)?([^\]]+)\]/g)) params[m[2]!] = m[1] ? ["x"] : "1";
  return { params: Promise.resolve(params) };
}

const RANK: Role[] = ["reader", "fact_checker", "admin"];
const rolesBelow = (min: Role) => RANK.slice(0, RANK.indexOf(min));

let temp: ReturnType<typeof createTempDb>;
const tokens: Partial<Record<Role, string>> = {};

// A count of every row of every table: equal before and after means nothing was written.
function fingerprint(db: Db): string {
  const tables = db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name").all() as { name: string }[];
  return tables.map(({ name }) => `${name}:${(db.$client.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n}`).join(" ");
}

function request(method: string, url: string, options: { role?: Role; origin?: string } = {}): Request {
  const headers = new Headers({ "content-type": "application/json", host: "parallax.test" });
  if (options.role) headers.set("cookie", `parallax_session=${tokens[options.role]}`);
  if (options.origin) headers.set("origin", options.origin);
  return new Request(`http://parallax.test${url}`, { method, headers, body: method === "GET" ? undefined : "{}" });
}

beforeAll(async () => {
  temp = createTempDb();
  process.env.DATABASE_PATH = temp.file;
  const { createSession, createUser } = await import("@/db/queries/users");
  for (const role of RANK) {
    const user = await createUser({ email: `${role}@test.example`, password: "long enough password", role }, null, temp.db);
    tokens[role] = createSession(user.id, null, temp.db).token;
  }
});

afterAll(() => {
  const cache = globalThis as unknown as { __parallaxDb?: Map<string, Db> };
  cache.__parallaxDb?.get(path.resolve(temp.file))?.$client.close();
  cache.__parallaxDb?.delete(path.resolve(temp.file));
  temp.cleanup();
});

/** Source files of the app, for the server-action check. */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("route authorisation", () => {
  const files = routeFiles();

  // Every change goes through the API routes checked below. A server action ("use server") would be a door this
  // matrix does not see: adding one must come with its own role checks and tests, and an entry here.
  it("has no server actions", () => {
    const withActions = ["app", "components", "lib"]
      .flatMap((d) => sourceFiles(path.join(process.cwd(), d)))
      .filter((f) => /^\s*["']use server["']/m.test(fs.readFileSync(f, "utf8")));
    expect(withActions.map((f) => path.relative(process.cwd(), f))).toEqual([]);
  });

  it("knows who may call every route and method", async () => {
    for (const file of files) {
      const key = routeKey(file);
      const mod = (await import(file)) as Record<string, unknown>;
      const exported = METHODS.filter((m) => typeof mod[m] === "function");
      expect(ACCESS[key], `app/api/${key} is missing from ACCESS`).toBeDefined();
      expect(Object.keys(ACCESS[key]!).sort(), `methods of app/api/${key}`).toEqual([...exported].sort());
    }
  });

  it("lists no route that does not exist", () => {
    const keys = new Set(files.map(routeKey));
    expect(Object.keys(ACCESS).filter((key) => !keys.has(key))).toEqual([]);
  });

  for (const file of files) {
    const key = routeKey(file);
    for (const [method, access] of Object.entries(ACCESS[key] ?? {})) {
      if (access === "public") continue;
      it(`${method} /api/${key} needs ${access}`, async () => {
        const handler = (await import(file))[method] as (r: Request, c: unknown) => Promise<Response>;
        const url = `/api/${key.replace(/\[\.\.\.[^\]]+\]/g, "x").replace(/\[[^\]]+\]/g, "1")}`;
        const before = fingerprint(temp.db);

        const anonymous = await handler(request(method, url), contextFor(key));
        expect(anonymous.status).toBe(401);
        expect((await anonymous.json()).error.code).toBe("unauthorized");
        for (const role of rolesBelow(access)) {
          const refused = await handler(request(method, url, { role }), contextFor(key));
          expect(refused.status, `as ${role}`).toBe(403);
          expect((await refused.json()).error.code).toBe("forbidden");
        }
        if (method !== "GET") {
          const crossSite = await handler(request(method, url, { role: "admin", origin: "https://evil.example" }), contextFor(key));
          expect(crossSite.status).toBe(403);
          expect((await crossSite.json()).error.message).toMatch(/another site/);
        }
        expect(fingerprint(temp.db)).toBe(before);

        // The role it needs gets past the check (to validation or not-found: the test database is empty).
        const allowed = await handler(request(method, url, { role: access }), contextFor(key));
        expect([401, 403]).not.toContain(allowed.status);
      });
    }
  }
});
