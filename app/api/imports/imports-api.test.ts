// The import API through its real route handlers and a real SQLite file: one article (JSON) imported at once or
// refused with the right status, files (multipart) run as a background job polled through GET /api/imports/{id}.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/db/test-support/temp-db";

type Handler = (request: Request, context?: unknown) => Promise<Response>;

const fixture = (name: string) => fs.readFileSync(path.join(process.cwd(), "lib", "ingest", "fixtures", name), "utf8");

const HARBOUR = [
  "Harbour wall approved after two winters of flooding",
  "The city council of Port Elm on Monday approved a new harbour wall after two winters of flooding damaged dozens of homes.",
  "“We cannot wait another year,” said Mayor Ruth Adeyemi, adding that work would start in the spring.",
].join("\n\n");
const FERRY = { title: "Ferry timetable changes from next month", body: "The ferry to Oster Isle will leave at seven from next month, the operator said on Friday.\n\nSundays are unchanged.", outlet: "Harbour Gazette" };

let temp: ReturnType<typeof createTempDb>;
let adminToken = "";
let readerToken = "";
let imports: { GET: Handler; POST: Handler };
let preview: { POST: Handler };
let job: { GET: (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response> };
let server: http.Server;
let base = "";

// A count of every row of every table: equal before and after means nothing was written.
function fingerprint(db: Db): string {
  const tables = db.$client
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name")
    .all() as { name: string }[];
  return tables.map(({ name }) => `${name}:${(db.$client.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n}`).join(" ");
}
const articleCount = () => (temp.db.$client.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;

function post(url: string, body: unknown, token = adminToken): Request {
  const headers = new Headers({ "content-type": "application/json", host: "parallax.test", cookie: `parallax_session=${token}` });
  return new Request(`http://parallax.test${url}`, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) });
}

function upload(files: File[], fields: Record<string, string> = {}, headers: Record<string, string> = {}): Request {
  const form = new FormData();
  for (const file of files) form.append("files", file);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return new Request("http://parallax.test/api/imports", {
    method: "POST",
    headers: { host: "parallax.test", cookie: `parallax_session=${adminToken}`, ...headers },
    body: form,
  });
}

function getJob(id: number | string): Promise<Response> {
  const request = new Request(`http://parallax.test/api/imports/${id}`, { headers: { host: "parallax.test", cookie: `parallax_session=${adminToken}` } });
  return job.GET(request, { params: Promise.resolve({ id: String(id) }) });
}

async function untilDone(id: number) {
  for (let i = 0; i < 500; i++) {
    const response = await getJob(id);
    expect(response.status).toBe(200);
    const { job: view } = await response.json();
    if (view.status === "done") return view;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`job ${id} did not finish`);
}

/** Runs `run` with environment variables set, restoring them after. */
async function withEnv<T>(vars: Record<string, string | undefined>, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  for (const [k, v] of Object.entries(vars)) if (v === undefined) delete process.env[k];
  try {
    return await run();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

beforeAll(async () => {
  temp = createTempDb();
  process.env.DATABASE_PATH = temp.file;
  delete process.env.IMPORT_MAX_BYTES;
  delete process.env.IMPORT_ALLOW_HOSTS;
  const { createSession, createUser } = await import("@/db/queries/users");
  const admin = await createUser({ email: "admin@test.example", password: "long enough password", role: "admin" }, null, temp.db);
  adminToken = createSession(admin.id, null, temp.db).token;
  const reader = await createUser({ email: "reader@test.example", password: "long enough password", role: "reader" }, null, temp.db);
  readerToken = createSession(reader.id, null, temp.db).token;
  imports = (await import("./route")) as unknown as typeof imports;
  preview = (await import("./preview/route")) as unknown as typeof preview;
  job = (await import("./[id]/route")) as unknown as typeof job;

  server = http.createServer((req, res) => {
    if (req.url?.startsWith("/library")) {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      return res.end(fixture("opengraph-only.html"));
    }
    res.writeHead(404, { "Content-Type": "text/plain" });
    res.end("not here");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(() => {
  // Every test leaves the environment as it found it.
  expect(process.env.IMPORT_MAX_BYTES).toBeUndefined();
  expect(process.env.IMPORT_ALLOW_HOSTS).toBeUndefined();
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  const cache = globalThis as unknown as { __parallaxDb?: Map<string, Db> };
  cache.__parallaxDb?.get(path.resolve(temp.file))?.$client.close();
  cache.__parallaxDb?.delete(path.resolve(temp.file));
  temp.cleanup();
});

describe("POST /api/imports and /api/imports/preview (one article)", () => {
  it("previews without writing, then imports (201), then refuses the same article (409 with the duplicate)", async () => {
    const before = fingerprint(temp.db);
    const previewed = await preview.POST(post("/api/imports/preview", { text: HARBOUR, outlet: "Elm Gazette" }));
    expect(previewed.status).toBe(200);
    const { preview: p } = await previewed.json();
    expect(p.article.title).toBe("Harbour wall approved after two winters of flooding");
    expect(p.claims.length).toBeGreaterThan(0);
    expect(p.duplicate).toBeNull();
    expect(fingerprint(temp.db)).toBe(before);

    const created = await imports.POST(post("/api/imports", { text: HARBOUR, outlet: "Elm Gazette", url: "https://elm.example/wall?utm_source=x" }));
    expect(created.status).toBe(201);
    const body = await created.json();
    expect(body.status).toBe("imported");
    expect(body.article).toMatchObject({ title: "Harbour wall approved after two winters of flooding", url: "https://elm.example/wall", outlet: { name: "Elm Gazette" } });
    expect(body.article.claims.length).toBeGreaterThan(0);
    const count = articleCount();

    const again = await imports.POST(post("/api/imports", { text: HARBOUR, outlet: "Elm Gazette" }));
    expect(again.status).toBe(409);
    const { error } = await again.json();
    expect(error.code).toBe("conflict");
    expect(error.duplicate).toEqual({ articleId: body.article.id, title: body.article.title, reason: "content" });

    const sameUrl = await imports.POST(post("/api/imports", { text: HARBOUR.replace("Monday", "Tuesday"), outlet: "Elm Gazette", url: "https://elm.example/wall#top" }));
    expect(sameUrl.status).toBe(409);
    expect((await sameUrl.json()).error.duplicate).toMatchObject({ articleId: body.article.id, reason: "url" });
    expect(articleCount()).toBe(count);

    const previewAgain = await preview.POST(post("/api/imports/preview", { text: HARBOUR, outlet: "Elm Gazette" }));
    expect((await previewAgain.json()).preview.duplicate).toMatchObject({ articleId: body.article.id, reason: "content" });
  });

  it("imports a JSON article (201)", async () => {
    const created = await imports.POST(post("/api/imports", { article: FERRY }));
    expect(created.status).toBe(201);
    expect((await created.json()).article).toMatchObject({ title: FERRY.title, outlet: { name: "Harbour Gazette" } });
  });

  it("answers bad input with 400 and writes nothing", async () => {
    const before = fingerprint(temp.db);
    const cases: unknown[] = [
      { text: "" },
      { text: "   \n\n  ", outlet: "X" },
      { text: `Title\n\nBody\u0000`, outlet: "X" },
      { text: "A", html: "<p>A</p>" },
      {},
      { text: HARBOUR.replace("Harbour wall", "Sea wall") }, // no outlet
      { text: HARBOUR, outlet: "X", eventId: 1, eventTitle: "Y" },
      "not json",
    ];
    for (const body of cases) {
      const response = await imports.POST(post("/api/imports", body));
      expect(response.status, JSON.stringify(body)).toBe(400);
      const { error } = await response.json();
      expect(error.code).toBe("invalid_input");
      expect(error.message.length).toBeGreaterThan(0);
    }
    expect(fingerprint(temp.db)).toBe(before);
  });

  it("answers 422 for an HTML page with no article", async () => {
    for (const route of [imports.POST, preview.POST]) {
      const response = await route(post("/api/imports", { html: fixture("no-article.html"), outlet: "Harbour Gazette" }));
      expect(response.status).toBe(422);
      expect((await response.json()).error.code).toBe("unprocessable");
    }
  });

  it("answers 413 for an article or a body over IMPORT_MAX_BYTES", async () => {
    const before = fingerprint(temp.db);
    await withEnv({ IMPORT_MAX_BYTES: "1000" }, async () => {
      // The article is over the limit (the request itself is within the JSON allowance).
      const article = `Long article title\n\n${"The council met again on Monday to talk. ".repeat(60)}`;
      const tooLong = await imports.POST(post("/api/imports", { text: article, outlet: "X" }));
      expect(tooLong.status).toBe(413);
      expect((await tooLong.json()).error).toMatchObject({ code: "too_large", message: expect.stringMatching(/limit is 1000 bytes/) });
      const previewed = await preview.POST(post("/api/imports/preview", { text: article, outlet: "X" }));
      expect(previewed.status).toBe(413);
      // The request body itself is over what a one-article request may be.
      const huge = await imports.POST(post("/api/imports", { text: "x".repeat(80_000), outlet: "X" }));
      expect(huge.status).toBe(413);
    });
    // And with the default limit the same article is fine.
    const ok = await imports.POST(post("/api/imports", { text: `Long article title\n\n${"The council met again on Monday to talk. ".repeat(60)}`, outlet: "X" }));
    expect(ok.status).toBe(201);
    expect(fingerprint(temp.db)).not.toBe(before);
  });

  it("fetches a URL on an allowed host (201), and refuses it (400) when the allowlist does not name the host", async () => {
    const refused = await imports.POST(post("/api/imports", { url: `${base}/library` }));
    expect(refused.status).toBe(400);
    expect(articleCount()).toBeGreaterThan(0);
    const count = articleCount();
    const created = await withEnv({ IMPORT_ALLOW_HOSTS: "127.0.0.1" }, () => imports.POST(post("/api/imports", { url: `${base}/library?utm_source=feed` })));
    expect(created.status).toBe(201);
    expect((await created.json()).article).toMatchObject({ title: "Library opening hours cut at four branches", url: `${base}/local/2024/library-hours-cut`, outlet: { name: "Eastside Ledger" } });
    expect(articleCount()).toBe(count + 1);
  });

  it("refuses readers (403) and anonymous callers (401)", async () => {
    expect((await imports.POST(post("/api/imports", { text: HARBOUR, outlet: "X" }, readerToken))).status).toBe(403);
    expect((await imports.POST(post("/api/imports", { text: HARBOUR, outlet: "X" }, "nope"))).status).toBe(401);
  });
});

describe("POST /api/imports (files) and GET /api/imports/{id}", () => {
  it("runs uploaded files as a job (202) that the admin polls until done", async () => {
    const before = articleCount();
    const response = await imports.POST(
      upload(
        [
          new File([fixture("boilerplate-heavy.html")], "bins.html", { type: "text/html" }),
          new File([`${JSON.stringify({ title: "School roof repairs to finish before autumn term", paragraphs: ["Repairs to the roof of Hill Street primary school will finish in August, the education department said."] })}\n{broken\n`], "feed.ndjson"),
          new File([fixture("no-article.html")], "login.html"),
          new File(["Lighthouse festival returns\n\nThe lighthouse festival returns in July with a bigger programme, organisers said on Sunday."], "festival.txt"),
          new File([Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])], "scan.txt"),
        ],
        { outlet: "Harbour Gazette" },
      ),
    );
    expect(response.status).toBe(202);
    const { job: started } = await response.json();
    expect(started).toMatchObject({ id: expect.any(Number), total: 6, source: "upload" });
    expect(started.items.map((i: { label: string }) => i.label)).toEqual(["bins.html", "feed.ndjson line 1", "feed.ndjson line 2", "login.html", "festival.txt", "scan.txt"]);
    // Items that could not be read failed at once; the rest are waiting.
    expect(started.counts.failed).toBe(2);

    const done = await untilDone(started.id);
    expect(done.counts).toEqual({ pending: 0, imported: 3, duplicate: 0, failed: 3 });
    expect(done.items.map((i: { status: string }) => i.status)).toEqual(["imported", "imported", "failed", "failed", "imported", "failed"]);
    expect(done.items[2].message).toMatch(/^Line 2 is not valid JSON/);
    expect(done.items[5].message).toMatch(/PDF/);
    expect(done.items[0].article).toMatchObject({ title: "City to test four-day week for bin crews" });
    expect(articleCount()).toBe(before + 3);

    // The same files again: duplicates, nothing new.
    const again = await imports.POST(upload([new File([fixture("boilerplate-heavy.html")], "bins.html")], { outlet: "Harbour Gazette" }));
    expect(again.status).toBe(202);
    const second = await untilDone((await again.json()).job.id);
    expect(second.items).toEqual([expect.objectContaining({ status: "duplicate", article: expect.objectContaining({ id: done.items[0].article.id }) })]);
    expect(articleCount()).toBe(before + 3);

    // The job list shows the newest first.
    const list = await imports.GET(new Request("http://parallax.test/api/imports", { headers: { host: "parallax.test", cookie: `parallax_session=${adminToken}` } }));
    expect((await list.json()).jobs.map((j: { id: number }) => j.id).slice(0, 2)).toEqual([second.id, done.id]);
  });

  it("refuses an upload with no files (400), and one whose declared size is over the limit (413)", async () => {
    const empty = await imports.POST(upload([], { outlet: "X" }));
    expect(empty.status).toBe(400);
    await withEnv({ IMPORT_MAX_BYTES: "1000" }, async () => {
      const tooBig = await imports.POST(upload([new File(["x"], "a.txt")], {}, { "content-length": "30000" }));
      expect(tooBig.status).toBe(413);
    });
  });

  // The bytes are counted as they arrive: a request without Content-Length (chunked) is held to the limit too.
  it("refuses an upload over the limit even when it does not declare its size (413)", async () => {
    await withEnv({ IMPORT_MAX_BYTES: "1000" }, async () => {
      // Each file within the per-article limit (and quick: an article with no text fails as it is read).
      const files = Array.from({ length: 30 }, (_, i) => new File([`{"title": "Story ${i}"${" ".repeat(950)}}`], `s${i}.json`));
      expect(files.every((f) => f.size <= 1000)).toBe(true);
      expect(files.reduce((n, f) => n + f.size, 0)).toBeGreaterThan(25 * 1000);
      const response = await imports.POST(upload(files, { outlet: "X" }));
      expect(response.status).toBe(413);
    });
  });

  // Nothing pending: the job is done at once, so the import page stops polling it.
  it("a job whose every file failed to read is done at once", async () => {
    const response = await imports.POST(upload([new File(["%PDF-1.7 ..."], "scan.txt"), new File(["[]"], "empty.json")], { outlet: "X" }));
    expect(response.status).toBe(202);
    const { job: started } = await response.json();
    expect(started.counts).toEqual({ pending: 0, imported: 0, duplicate: 0, failed: 2 });
    const polled = await (await getJob(started.id)).json();
    expect(polled.job.status).toBe("done");
  });

  it("answers 404 for a job that does not exist", async () => {
    for (const id of ["99999", "abc", "0"]) {
      const response = await getJob(id);
      expect(response.status, id).toBe(404);
      expect((await response.json()).error.code).toBe("not_found");
    }
  });
});
