// The one-article pipeline against a real, migrated SQLite file: preview (writes nothing), import (article and
// claims in one transaction), duplicates by canonical URL and by content, and the event an article would join.
// Pages "fetched by URL" are served by a node:http server on 127.0.0.1, reached through the allowlist.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTempDb } from "@/db/test-support/temp-db";
import { AppError } from "@/lib/errors";
import { oneArticleRequestSchema } from "./article-input";
import { importOne, previewImport, type ImportOptions } from "./pipeline";

const fixture = (name: string) => fs.readFileSync(path.join(process.cwd(), "lib", "ingest", "fixtures", name), "utf8");
const sample = (name: string) => fs.readFileSync(path.join(process.cwd(), "db", "sample-data", name), "utf8");

// A count of every row of every table: equal before and after means nothing was written.
function fingerprint(db: Db): string {
  const tables = db.$client
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name")
    .all() as { name: string }[];
  return tables.map(({ name }) => `${name}:${(db.$client.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n}`).join(" ");
}
const count = (db: Db, table: string) => (db.$client.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;

const request = (body: unknown) => oneArticleRequestSchema.parse(body);

/** The AppError a promise rejects with. */
async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

const HARBOUR = [
  "Harbour wall approved after two winters of flooding",
  "The city council of Port Elm on Monday approved a new harbour wall after two winters of flooding damaged dozens of homes.",
  "“We cannot wait another year,” said Mayor Ruth Adeyemi, adding that work would start in the spring.",
  "The wall will cost 40 million pounds, according to the council's own estimate.",
].join("\n\n");

// A third report of the sample data's story (WikiLeaks on Michael Flynn's resignation), written for this test.
const FLYNN_THIRD = [
  "WikiLeaks says spies and Democrats forced out Flynn",
  "WikiLeaks said on Tuesday that national security adviser Michael Flynn resigned after a destabilization campaign by US spies, Democrats and the press.",
  "Flynn resigned late Monday after reports that he misled Vice President Mike Pence about his conversations with the Russian ambassador Sergey Kislyak about sanctions.",
  "“I have sincerely apologized to the president and the vice president,” Flynn said in his resignation letter.",
  "WikiLeaks released emails stolen from the Democratic National Committee and from Hillary Clinton campaign chairman John Podesta during the presidential campaign.",
].join("\n\n");

// --- a local web server for the URL source ---
const pages = new Map<string, { type: string; body: string }>();
let server: http.Server;
let base: string;
const fetchOptions: ImportOptions = { fetch: { allowHosts: "127.0.0.1" } };

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const page = pages.get(req.url ?? "/") ?? pages.get((req.url ?? "/").split("?")[0]!);
    if (!page) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      return res.end("not here");
    }
    res.writeHead(200, { "Content-Type": page.type });
    res.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  pages.set("/library", { type: "text/html; charset=utf-8", body: fixture("opengraph-only.html") });
  pages.set("/nothing", { type: "text/html; charset=utf-8", body: fixture("no-article.html") });
  // One address, two versions of the text (the second one corrected): the query decides which is served.
  pages.set("/notes?utm_source=newsletter", { type: "text/plain; charset=utf-8", body: HARBOUR });
  pages.set("/notes?fbclid=xyz&utm_medium=social", {
    type: "text/plain; charset=utf-8",
    body: HARBOUR.replace("40 million pounds", "42 million pounds"),
  });
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

let temp: ReturnType<typeof createTempDb>;
beforeEach(() => {
  temp = createTempDb();
});
afterEach(() => temp.cleanup());

describe("previewImport", () => {
  it("reports the article, its claims and a new event, and writes nothing", async () => {
    const before = fingerprint(temp.db);
    const preview = await previewImport(temp.db, request({ text: HARBOUR, outlet: "Elm Gazette", publishedAt: "2024-03-04" }));
    expect(fingerprint(temp.db)).toBe(before);
    expect(count(temp.db, "articles")).toBe(0);
    expect(preview.article).toMatchObject({ title: "Harbour wall approved after two winters of flooding", outlet: "Elm Gazette", publishedAt: "2024-03-04" });
    expect(preview.article.paragraphs).toHaveLength(3);
    expect(preview.article.wordCount).toBeGreaterThan(30);
    expect(preview.origins).toMatchObject({ title: "text", outlet: "given", publishedAt: "given" });
    expect(preview.claims.length).toBeGreaterThan(0);
    const quote = preview.claims.find((c) => c.exact.includes("We cannot wait another year"));
    expect(quote, JSON.stringify(preview.claims.map((c) => c.exact))).toBeDefined();
    expect(quote!.source).toMatch(/Adeyemi/);
    expect(preview.event).toBeNull();
    expect(preview.duplicate).toBeNull();
  });

  it("finds the claims that importing stores", async () => {
    const preview = await previewImport(temp.db, request({ text: HARBOUR, outlet: "Elm Gazette" }));
    const result = await importOne(temp.db, request({ text: HARBOUR, outlet: "Elm Gazette" }), null);
    expect(result.status).toBe("imported");
    if (result.status !== "imported") return;
    expect(result.article.claims.map((c) => [c.section, c.exact, c.kind])).toEqual(preview.claims.map((c) => [c.section, c.exact, c.kind]));
    expect(count(temp.db, "claims")).toBe(preview.claims.length);
  });

  // Offsets into the claim's section (title, subtitle or body), as ClaimView and stored claims have them, not into
  // the whole analysed document.
  it("gives claim offsets into the claim's section, as stored claims have them", async () => {
    const preview = await previewImport(temp.db, request({ text: HARBOUR, outlet: "Elm Gazette" }));
    const sections = { title: preview.article.title, subtitle: preview.article.subtitle ?? "", body: preview.article.paragraphs.join("\n\n") };
    const body = preview.claims.filter((c) => c.section === "body");
    expect(body.length).toBeGreaterThan(0);
    for (const claim of preview.claims) expect(sections[claim.section].slice(claim.start, claim.end)).toBe(claim.exact);
  });

  it("after an import, reports the duplicate, still writing nothing", async () => {
    const first = await importOne(temp.db, request({ text: HARBOUR, outlet: "Elm Gazette" }), null);
    expect(first.status).toBe("imported");
    const before = fingerprint(temp.db);
    const preview = await previewImport(temp.db, request({ text: HARBOUR, outlet: "Another Outlet" }));
    expect(preview.duplicate).toEqual({ articleId: first.status === "imported" ? first.article.id : -1, title: "Harbour wall approved after two winters of flooding", reason: "content" });
    expect(fingerprint(temp.db)).toBe(before);
  });

  it("names the event a report of a stored story would join, and none for an unrelated article", async () => {
    const hill = await importOne(temp.db, request({ text: sample("the-hill-wikileaks-flynn.txt"), outlet: "The Hill", publishedAt: "2017-02-14" }), null);
    const dot = await importOne(temp.db, request({ text: sample("daily-dot-wikileaks-flynn.txt"), outlet: "The Daily Dot", publishedAt: "2017-02-14" }), null);
    expect(hill.status).toBe("imported");
    expect(dot.status).toBe("imported");
    if (hill.status !== "imported" || dot.status !== "imported") return;
    // The archive groups the two reports of the same story.
    expect(dot.article.event?.id).toBe(hill.article.event?.id);
    const event = hill.article.event!;

    const before = fingerprint(temp.db);
    const third = await previewImport(temp.db, request({ text: FLYNN_THIRD, outlet: "Wire Daily", publishedAt: "2017-02-15" }));
    expect(third.event).toEqual({ id: event.id, title: event.title });

    const unrelated = await previewImport(temp.db, request({ html: fixture("opengraph-only.html") }));
    expect(unrelated.event).toBeNull();

    // An event chosen by the admin is the one named; a title not yet used starts a new event (null).
    expect((await previewImport(temp.db, request({ text: HARBOUR, outlet: "X", eventId: event.id }))).event).toEqual({ id: event.id, title: event.title });
    expect((await previewImport(temp.db, request({ text: HARBOUR, outlet: "X", eventTitle: event.title.toUpperCase() }))).event).toEqual({ id: event.id, title: event.title });
    expect((await previewImport(temp.db, request({ text: HARBOUR, outlet: "X", eventTitle: "Harbour wall" }))).event).toBeNull();
    expect((await rejection(previewImport(temp.db, request({ text: HARBOUR, outlet: "X", eventId: 9999 })))).code).toBe("not_found");
    expect(fingerprint(temp.db)).toBe(before);

    // And importing the third report puts it where the preview said.
    const stored = await importOne(temp.db, request({ text: FLYNN_THIRD, outlet: "Wire Daily", publishedAt: "2017-02-15" }), null);
    expect(stored.status === "imported" && stored.article.event?.id).toBe(event.id);
  });

  it("fetches a URL, reads the page's metadata and resolves its canonical link, and writes nothing", async () => {
    const before = fingerprint(temp.db);
    const preview = await previewImport(temp.db, request({ url: `${base}/library?utm_source=x` }), fetchOptions);
    expect(fingerprint(temp.db)).toBe(before);
    expect(preview.source).toEqual({ kind: "url", fetchedFrom: `${base}/library?utm_source=x` });
    expect(preview.article).toMatchObject({ title: "Library opening hours cut at four branches", outlet: "Eastside Ledger", url: `${base}/local/2024/library-hours-cut` });
    expect(preview.origins).toMatchObject({ title: "opengraph", outlet: "opengraph" });
  });

  it("refuses a page with no article (422) and a loopback URL that the allowlist does not name", async () => {
    expect((await rejection(previewImport(temp.db, request({ url: `${base}/nothing` }), fetchOptions))).code).toBe("unprocessable");
    const refused = await rejection(previewImport(temp.db, request({ url: `${base}/library` }), { fetch: { allowHosts: "" } }));
    expect(refused.code).toBe("invalid_input");
    expect(count(temp.db, "articles")).toBe(0);
  });
});

describe("importOne", () => {
  it("stores the article with its outlet, event and claims", async () => {
    const result = await importOne(temp.db, request({ text: HARBOUR, outlet: "Elm Gazette", author: "Jo Writer", url: "https://elm.example/wall?utm_campaign=x#c" }), null);
    expect(result.status).toBe("imported");
    if (result.status !== "imported") return;
    expect(result.article).toMatchObject({
      title: "Harbour wall approved after two winters of flooding",
      author: "Jo Writer",
      url: "https://elm.example/wall",
      outlet: { name: "Elm Gazette" },
      event: { title: "Harbour wall approved after two winters of flooding" },
    });
    expect(result.article.claims.length).toBeGreaterThan(0);
    expect(count(temp.db, "articles")).toBe(1);
    expect(count(temp.db, "claims")).toBe(result.article.claims.length);
    expect(count(temp.db, "events")).toBe(1);
    const row = temp.db.$client.prepare("SELECT url, body FROM articles").get() as { url: string; body: string };
    expect(row.url).toBe("https://elm.example/wall");
    expect(row.body.split("\n\n")).toHaveLength(3);
  });

  it("recognises the same canonical URL, fetched with other tracking parameters, as a duplicate (url)", async () => {
    const first = await importOne(temp.db, request({ url: `${base}/notes?utm_source=newsletter`, outlet: "Elm Gazette" }), null, fetchOptions);
    expect(first.status).toBe("imported");
    if (first.status !== "imported") return;
    expect(first.article.url).toBe(`${base}/notes`);
    const before = fingerprint(temp.db);
    // A different text (corrected figure) at the same address: the URL, not the content, makes it a duplicate.
    const second = await importOne(temp.db, request({ url: `${base}/notes?fbclid=xyz&utm_medium=social`, outlet: "Elm Gazette" }), null, fetchOptions);
    expect(second).toEqual({ status: "duplicate", articleId: first.article.id, reason: "url" });
    expect(fingerprint(temp.db)).toBe(before);
  });

  it("recognises the same address given with text, whatever its tracking parameters", async () => {
    await importOne(temp.db, request({ text: HARBOUR, outlet: "Elm Gazette", url: "https://elm.example/wall?utm_source=a" }), null);
    const second = await importOne(temp.db, request({ text: FLYNN_THIRD, outlet: "Elm Gazette", url: "https://ELM.example/wall#top" }), null);
    expect(second).toMatchObject({ status: "duplicate", reason: "url" });
    expect(count(temp.db, "articles")).toBe(1);
  });

  it("recognises the same text as a duplicate (content), even from another outlet or address", async () => {
    const first = await importOne(temp.db, request({ text: HARBOUR, outlet: "Elm Gazette" }), null);
    const before = fingerprint(temp.db);
    const second = await importOne(temp.db, request({ text: `  ${HARBOUR}\n\n`, outlet: "Other Paper", url: "https://other.example/x" }), null);
    expect(second).toEqual({ status: "duplicate", articleId: first.status === "imported" ? first.article.id : -1, reason: "content" });
    expect(fingerprint(temp.db)).toBe(before);
  });

  it("refuses an article with no outlet (400) and stores nothing", async () => {
    const before = fingerprint(temp.db);
    const error = await rejection(importOne(temp.db, request({ text: HARBOUR }), null));
    expect(error.code).toBe("invalid_input");
    expect(error.message).toMatch(/outlet/);
    expect(fingerprint(temp.db)).toBe(before);
  });

  it("takes the outlet from a stored outlet that publishes at the article's host", async () => {
    await importOne(temp.db, request({ text: HARBOUR, outlet: "Elm Gazette", url: "https://www.elm.example/wall" }), null);
    const previewed = await previewImport(temp.db, request({ text: FLYNN_THIRD, url: "https://elm.example/flynn" }));
    expect(previewed.article.outlet).toBe("Elm Gazette");
    expect(previewed.origins.outlet).toBe("url");
    const second = await importOne(temp.db, request({ text: FLYNN_THIRD, url: "https://elm.example/flynn" }), null);
    expect(second.status === "imported" && second.article.outlet.name).toBe("Elm Gazette");
  });

  it("stores nothing for bad input: empty, binary, too large, no article", async () => {
    const before = fingerprint(temp.db);
    expect((await rejection(importOne(temp.db, request({ text: " \n ", outlet: "X" }), null))).code).toBe("invalid_input");
    expect((await rejection(importOne(temp.db, request({ text: "Title\n\n\u0000\u0001", outlet: "X" }), null))).code).toBe("invalid_input");
    expect((await rejection(importOne(temp.db, request({ text: HARBOUR, outlet: "X" }), null, { maxBytes: 100 }))).code).toBe("too_large");
    expect((await rejection(importOne(temp.db, request({ html: fixture("no-article.html"), outlet: "X" }), null))).code).toBe("unprocessable");
    expect(fingerprint(temp.db)).toBe(before);
  });
});
