// The comparison page under load, for `npm run bench`: a generated event of 20 outlets with about 60 claims each,
// added to a stored archive (the 10,000-article one the grouping benchmark built) or to an empty temporary
// database, the production server on loopback, 20 concurrent connections (autocannon) on the page, its JSON API
// and search, and the JavaScript the page loads (gzipped).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { openDatabase } from "@/db/client";
import { importText } from "@/lib/import/import-text";
import { buildIsStale, NEXT_BIN } from "./build-state";
import { startServer, stopServer } from "./load";
const OUTLETS = 20;
const CLAIMS_PER_ARTICLE = 60;

const PEOPLE = ["Ann Holt", "Paul Varga", "Rita Moreno", "Sam Okafor", "Lee Chan", "Maria Lopez", "Tom Becker", "Nina Patel"];
const VERBS = ["said", "told reporters", "denied", "confirmed", "claimed", "insisted"];
const THINGS = ["contract", "budget", "tender", "audit", "ferry", "pier", "crane", "dredger", "warehouse", "lighthouse"];
const PLACES = ["north", "south", "east", "west", "old", "new"];

/**
 * One outlet's article: the same 60 facts as every other outlet (each about its own thing, so they line up into
 * 60 propositions), attributed to varying people and now and then with another figure.
 */
export function article(outlet: number): string {
  const lines = [`Harbour contract dispute deepens (${outlet + 1})`, ""];
  for (let i = 0; i < CLAIMS_PER_ARTICLE; i++) {
    const who = PEOPLE[(i + (outlet % 3)) % PEOPLE.length];
    const verb = VERBS[(i + outlet) % VERBS.length];
    const thing = `the ${PLACES[i % PLACES.length]} ${THINGS[Math.floor(i / PLACES.length) % THINGS.length]} number ${i + 1}`;
    const n = 10 + i + (outlet % 4 === 0 ? 5 : 0);
    lines.push(`${who} ${verb} that ${thing} cost ${n} million dollars.`, "");
  }
  return lines.join("\n");
}

async function load(url: string, seconds: number) {
  const result = await autocannon({ url, connections: 20, duration: seconds });
  return {
    p50: result.latency.p50,
    p95: percentile95(result),
    p99: result.latency.p99,
    rps: result.requests.average,
    errors: result.errors + result.non2xx,
  };
}

/** autocannon reports p90, p97.5 and p99 but not p95: read it from between them (the histogram is not kept). */
function percentile95(result: autocannon.Result): number {
  const { p90, p97_5 } = result.latency;
  return p90 + ((p97_5 - p90) * (95 - 90)) / (97.5 - 90);
}

/** Gzipped size of the JavaScript a page's HTML loads. */
async function pageJavaScript(base: string, pagePath: string): Promise<number> {
  const html = await (await fetch(base + pagePath)).text();
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((m) => m[1]!))];
  let total = 0;
  for (const src of scripts) total += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  return total;
}

/** `archive`: a database already holding that many articles, to add the event to (the caller deletes it). */
export async function pageBench(seconds: number, archive?: { file: string; articles: number }) {
  if (buildIsStale()) {
    const build = spawnSync(NEXT_BIN, ["build"], { stdio: "ignore" });
    if (build.status !== 0) throw new Error("The production build failed; run `npm run build` to see why.");
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-page-bench-"));
  const file = archive?.file ?? path.join(dir, "bench.db");
  const db = openDatabase(file);
  let eventId = 0;
  let claims = 0;
  for (let i = 0; i < OUTLETS; i++) {
    const r = importText({ text: article(i), outlet: `Outlet ${String(i + 1).padStart(2, "0")}`, event: "Harbour contract dispute", publishedAt: "2025-03-07" }, db);
    if (r.status === "imported") {
      eventId = r.article.event!.id;
      claims += r.article.claims.length;
    }
  }
  const archived = (db.$client.prepare("select count(*) as n from articles").get() as { n: number }).n;
  db.$client.close();
  const server = await startServer(file, path.join(dir, "server.log"));
  const { base } = server;
  try {
    const pagePath = `/events/${eventId}`;
    const page = await load(base + pagePath, seconds);
    const api = await load(`${base}/api/events/${eventId}/comparison`, seconds);
    const search = await load(`${base}/api/search?q=${encodeURIComponent("harbour contract")}`, seconds);
    const js = await pageJavaScript(base, pagePath);
    return { outlets: OUTLETS, claims, archivedArticles: archived, page, api, search, jsGzipBytes: js };
  } finally {
    await stopServer(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
