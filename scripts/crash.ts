// `npm run crash`: kills the production server with SIGKILL in the middle of a bulk import and again in the middle
// of a stream of fact-check saves, and proves that nothing acknowledged was lost and nothing was half stored. On a
// temporary database (sample data, an admin, two fact-checkers), from the existing production build:
//   1. an admin uploads 40 small articles as one import job; once some are imported, SIGKILL;
//   2. the database (opened directly) passes `PRAGMA integrity_check`; every article has its event and exactly the
//      claims the engine finds in its text; every imported item points at its article and no article is stored
//      without its item;
//   3. restarted on the same file, the job resumes and finishes: one article per distinct input, no duplicates;
//      the same upload again as a new job finds every item a duplicate and stores nothing;
//   4. fact-checkers save fact-checks as fast as they can; SIGKILL in the middle; every acknowledged save is in the
//      database with its content, and a restarted server serves it.
// Prints every check with ok or FAILED and exits 1 when one failed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { analyzeArticle } from "@/lib/analysis";
import {
  checkDatabaseFile,
  Checks,
  childPids,
  missingAcknowledged,
  finish,
  prepareDatabase,
  printSamples,
  processName,
  Recorder,
  requireBuild,
  runAsScript,
  signIn,
  sleep,
  startServer,
  stopServer,
  usage,
  type AckedSave,
  type Answer,
  type Server,
} from "./load";

const USAGE = "npm run crash [-- --keep]";
const ARTICLES = 40;
const OUTLET = "Pressure Test Wire";
const EVENT_TITLE = "Harbour strike enters its third week";

interface JobView {
  id: number;
  status: string;
  total: number;
  counts: { pending: number; imported: number; duplicate: number; failed: number };
  items: { position: number; label: string; status: string; article: { id: number } | null; message: string | null }[];
}

// A small seeded generator, so that every run uploads the same articles.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = ["Ann Holt", "Paul Varga", "Rita Moreno", "Sam Okafor", "Lee Chan", "Maria Lopez", "Tom Becker", "Nina Patel", "the port authority", "the dockworkers' union"];
const VERBS = ["said", "told reporters", "denied", "confirmed", "claimed", "insisted", "warned"];
const THINGS = ["container backlog", "overtime bill", "fuel subsidy", "crane contract", "pension fund", "night shift", "pilot boats", "grain terminal", "cold store", "ferry timetable"];

/** Article `i`: a headline and about a dozen attributed sentences, none the same as in any other article. */
function articleText(i: number): string {
  const rand = rng(1000 + i);
  const pickOne = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const lines = [`Harbour strike, day ${i + 1}: talks over the ${pickOne(THINGS)} stall at pier ${i + 3}`, ""];
  for (let s = 0; s < 12; s++) {
    const n = Math.floor(rand() * 900) + 10;
    lines.push(`${pickOne(PEOPLE)} ${pickOne(VERBS)} that the ${pickOne(THINGS)} at pier ${i + 3} had cost ${n} thousand dollars by day ${i + 1}.`, "");
  }
  return lines.join("\n");
}

function uploadForm(): FormData {
  const form = new FormData();
  for (let i = 0; i < ARTICLES; i++) form.append("files", new Blob([articleText(i)], { type: "text/plain" }), `strike-day-${String(i + 1).padStart(2, "0")}.txt`);
  form.append("outlet", OUTLET);
  form.append("eventTitle", EVENT_TITLE);
  return form;
}

/** SIGKILL to the server process itself (and any child it has), then proof with `ps` that none is left. */
async function killServer(checks: Checks, server: Server): Promise<void> {
  const name = processName(server.pid);
  const children = childPids(server.pid);
  process.kill(server.pid, "SIGKILL");
  for (const pid of children) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  await new Promise<void>((resolve) => (server.child.exitCode !== null || server.child.signalCode !== null ? resolve() : server.child.once("exit", () => resolve())));
  const left = [server.pid, ...children].filter((pid) => processName(pid) !== null);
  checks.check(
    "SIGKILL: the server process is gone",
    server.child.signalCode === "SIGKILL" && left.length === 0 && /next-server|next/.test(name ?? ""),
    `pid ${server.pid} (ps: "${name}"${children.length ? `, children ${children.join(", ")}` : ", no children"}) ended by ${server.child.signalCode}; ${left.length ? `still running: ${left.join(", ")}` : "ps shows nothing left"}`,
  );
}

async function getJob(rec: Recorder, cookie: string, id: number): Promise<JobView> {
  const answer = await rec.request("GET /api/imports/{id}", `/api/imports/${id}`, { cookie });
  if (answer.status !== 200) throw new Error(`GET /api/imports/${id} answered ${answer.status}.`);
  return (answer.body as { job: JobView }).job;
}

async function waitForJob(rec: Recorder, cookie: string, id: number, seconds = 180): Promise<JobView> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const job = await getJob(rec, cookie, id);
    if (job.status === "done" || job.status === "failed" || Date.now() > deadline) return job;
    await sleep(100);
  }
}

/** Articles, their claims and the import items, straight from the file after the crash. */
export function checkArchive(checks: Checks, file: string, jobId: number): { articles: number; imported: number; pending: number } {
  const db = new Database(file);
  try {
    const articles = db.prepare("SELECT id, title, subtitle, body, event_id AS eventId FROM articles ORDER BY id").all() as { id: number; title: string; subtitle: string | null; body: string; eventId: number | null }[];
    const claimSpans = db.prepare("SELECT section, start, \"end\" FROM claims WHERE article_id = ? ORDER BY section, start, \"end\"");
    const halfStored: string[] = [];
    let claims = 0;
    for (const a of articles) {
      const stored = (claimSpans.all(a.id) as { section: string; start: number; end: number }[]).map((c) => `${c.section}:${c.start}-${c.end}`);
      const analysis = analyzeArticle({ title: a.title, subtitle: a.subtitle, body: a.body });
      const sectionStart = new Map(analysis.document.sections.map((s) => [s.section, s.start]));
      const expected = analysis.claims.map((c) => `${c.section}:${c.start - (sectionStart.get(c.section) ?? 0)}-${c.end - (sectionStart.get(c.section) ?? 0)}`);
      const same = stored.length === expected.length && [...stored].sort().join() === [...expected].sort().join();
      claims += stored.length;
      if (a.eventId === null || stored.length === 0 || !same) halfStored.push(`article ${a.id}: event ${a.eventId}, ${stored.length} claims stored, ${expected.length} found by the engine`);
    }
    checks.check("no half-stored article: each has its event and exactly the claims the engine finds in it", halfStored.length === 0, halfStored.length ? halfStored.slice(0, 3).join("; ") : `${articles.length} articles, ${claims} claims`);
    const items = db.prepare("SELECT i.position, i.status, i.article_id AS articleId, a.id AS found FROM import_items i LEFT JOIN articles a ON a.id = i.article_id WHERE i.job_id = ?").all(jobId) as {
      position: number;
      status: string;
      articleId: number | null;
      found: number | null;
    }[];
    const imported = items.filter((i) => i.status === "imported");
    const pending = items.filter((i) => i.status === "pending").length;
    const dangling = imported.filter((i) => i.found === null);
    checks.check("every item marked imported points at a stored article", dangling.length === 0, `${imported.length} imported, ${pending} pending${dangling.length ? `, ${dangling.length} pointing nowhere` : ""}`);
    const fromJob = (db.prepare("SELECT count(*) AS n FROM articles WHERE title LIKE 'Harbour strike, day %'").get() as { n: number }).n;
    checks.check("no article stored without its item finished", fromJob === imported.length, `${fromJob} articles from the upload, ${imported.length} items imported`);
    return { articles: articles.length, imported: imported.length, pending };
  } finally {
    db.close();
  }
}

interface Saver {
  id: number;
  cookie: string;
  n: number;
}

/** Fact-checkers create and save fact-checks until `stop()`; every acknowledged save is kept. */
function saveStream(rec: Recorder, savers: Saver[], claimIds: number[], acks: AckedSave[]) {
  let running = true;
  let inFlight = 0;
  let lastSentAt = 0;
  const loops = savers.map(async (me) => {
    let mine: { id: number; version: number } | null = null;
    let seq = 0;
    while (running) {
      seq++;
      const explanation = `Crash stream: checker ${me.n}, save ${seq}, ${Math.random().toString(36).slice(2)}`;
      const input = { ratingId: null, explanation, evidence: [], status: "draft" };
      inFlight++;
      lastSentAt = Date.now();
      const answer: Answer = mine && (seq + me.n) % 8 !== 0
        ? await rec.request("PUT /api/fact-checks/{id}", `/api/fact-checks/${mine.id}`, { method: "PUT", body: { version: mine.version, ...input }, cookie: me.cookie })
        : await rec.request("POST /api/claims/{id}/fact-checks", `/api/claims/${claimIds[(me.n * 7 + seq) % claimIds.length]}/fact-checks`, { method: "POST", body: input, cookie: me.cookie });
      inFlight--;
      if (answer.status === 200 || answer.status === 201) {
        const fc: { id: number; version: number } = (answer.body as { factCheck: { id: number; version: number } }).factCheck;
        acks.push({ factCheckId: fc.id, version: fc.version, explanation, editorId: me.id });
        mine = { id: fc.id, version: fc.version };
      } else if (answer.status === 0) {
        break; // the server is gone
      }
    }
  });
  return {
    inFlight: () => inFlight,
    sinceLastSend: () => Date.now() - lastSentAt,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({ args: process.argv.slice(2), options: { keep: { type: "boolean", default: false } } }));
  } catch (error) {
    usage((error as Error).message, USAGE);
  }
  requireBuild();
  const startedAt = Date.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-crash-"));
  const log = path.join(dir, "server.log");
  const data = await prepareDatabase(dir, 2);
  const sampleArticles = 2;
  console.log(`Database ${data.file}: sample data, 1 admin, 2 fact-checkers. Server log: ${log}.`);
  const checks = new Checks();
  const allSamples: Recorder["samples"] = [];
  let server: Server | null = null;
  try {
    // 1. A bulk import, killed half way.
    console.log(`\n1. Bulk import of ${ARTICLES} articles, SIGKILL in the middle`);
    server = await startServer(data.file, log);
    let rec = new Recorder(server.base);
    const admin = await signIn(rec, data.admin.email);
    const upload = await rec.request("POST /api/imports", "/api/imports", { method: "POST", form: uploadForm(), cookie: admin });
    if (upload.status !== 202) throw new Error(`The upload answered ${upload.status}: ${JSON.stringify(upload.body).slice(0, 300)}`);
    const jobId = (upload.body as { job: JobView }).job.id;
    let seen: JobView | null = null;
    const pollStart = Date.now();
    while (Date.now() - pollStart < 120_000) {
      seen = await getJob(rec, admin, jobId);
      if (seen.counts.imported >= 5 || seen.status === "done") break;
      await sleep(20);
    }
    console.log(`  job ${jobId}: ${seen?.counts.imported} imported, ${seen?.counts.pending} pending at the last poll before the kill`);
    await killServer(checks, server);
    allSamples.push(...rec.samples);
    server = null;
    checks.check("the kill came in the middle of the job", !!seen && seen.counts.imported > 0 && seen.counts.pending > 0, `${seen?.counts.imported} of ${ARTICLES} imported before the kill`);

    // 2. The database as the crash left it.
    console.log("\n2. The database after the kill (opened directly)");
    checkDatabaseFile(checks, data.file);
    const afterKill = checkArchive(checks, data.file, jobId);
    checks.check("the job was interrupted with items still pending", afterKill.pending > 0, `${afterKill.imported} imported, ${afterKill.pending} pending in the file`);

    // 3. Restart: the job resumes and finishes; the same upload again stores nothing.
    console.log("\n3. Restart on the same database");
    server = await startServer(data.file, log);
    rec = new Recorder(server.base);
    const resumedStart = Date.now();
    const finished = await waitForJob(rec, admin, jobId);
    const resumedAtStart = fs.readFileSync(log, "utf8").includes(`Resuming import job ${jobId}`);
    if (resumedAtStart) console.log(`  the server log says: "Resuming import job ${jobId}." (instrumentation.ts, at start)`);
    console.log(`  job ${jobId} ${finished.status} ${((Date.now() - resumedStart) / 1000).toFixed(1)} s after the restart: ${JSON.stringify(finished.counts)}`);
    checks.check("the job resumed and finished", finished.status === "done" && finished.counts.pending === 0, `status ${finished.status}, ${finished.counts.pending} pending`);
    checks.check("every input imported once", finished.counts.imported === ARTICLES && finished.counts.failed === 0 && finished.counts.duplicate === 0, `${finished.counts.imported} imported, ${finished.counts.duplicate} duplicates, ${finished.counts.failed} failed`);
    const articleIds = finished.items.map((i) => i.article?.id).filter((id): id is number => id !== undefined);
    checks.check("each item has its own article", new Set(articleIds).size === ARTICLES, `${new Set(articleIds).size} distinct articles for ${finished.items.length} items`);
    const countArticles = () => {
      const db = new Database(data.file, { readonly: true });
      try {
        return db.prepare("SELECT count(*) AS n, count(DISTINCT content_hash) AS hashes, count(DISTINCT title) AS titles FROM articles").get() as { n: number; hashes: number; titles: number };
      } finally {
        db.close();
      }
    };
    const total = countArticles();
    checks.check("total articles = distinct inputs (no duplicates)", total.n === sampleArticles + ARTICLES && total.hashes === total.n && total.titles === total.n, `${total.n} articles (${sampleArticles} sample + ${ARTICLES} uploaded), ${total.hashes} distinct texts`);
    const again = await rec.request("POST /api/imports", "/api/imports", { method: "POST", form: uploadForm(), cookie: admin });
    const againId = (again.body as { job: JobView }).job?.id;
    const rerun = againId ? await waitForJob(rec, admin, againId) : null;
    checks.check("the same upload again: every item a duplicate", !!rerun && rerun.status === "done" && rerun.counts.duplicate === ARTICLES, rerun ? `job ${rerun.id}: ${JSON.stringify(rerun.counts)}` : `the upload answered ${again.status}`);
    const afterRerun = countArticles();
    checks.check("… and no new article", afterRerun.n === total.n, `${afterRerun.n} articles`);
    checkArchive(checks, data.file, jobId);

    // 4. Fact-check saves, killed in the middle.
    console.log("\n4. A stream of fact-check saves, SIGKILL in the middle");
    const savers: Saver[] = [];
    for (const [i, user] of data.factCheckers.entries()) savers.push({ id: user.id, n: i + 1, cookie: await signIn(rec, user.email) });
    // Two loops per fact-checker: four saves in flight at any time.
    const acks: AckedSave[] = [];
    const stream = saveStream(rec, [...savers, ...savers.map((s) => ({ ...s, n: s.n + 10 }))], data.claimIds, acks);
    const streamStart = Date.now();
    while (acks.length < 150 && Date.now() - streamStart < 30_000) await sleep(10);
    const inFlight = stream.inFlight();
    await killServer(checks, server);
    server = null;
    await stream.stop();
    allSamples.push(...rec.samples);
    console.log(`  ${acks.length} saves acknowledged in ${((Date.now() - streamStart) / 1000).toFixed(1)} s; ${inFlight} in flight when the server was killed (unacknowledged: they may or may not be stored)`);
    checks.check("saves were in flight at the kill", inFlight > 0, `${inFlight}`);
    checkDatabaseFile(checks, data.file);
    const db = new Database(data.file);
    try {
      const missing = missingAcknowledged(db, acks);
      checks.check("every acknowledged save in the database with its content", acks.length > 0 && missing.length === 0, missing.length ? `${missing.length} missing: ${missing.slice(0, 3).join("; ")}` : `${acks.length} of ${acks.length}`);
      const gaps = db.prepare("SELECT f.id FROM fact_checks f WHERE (SELECT count(*) FROM fact_check_revisions r WHERE r.fact_check_id = f.id) <> f.version OR NOT EXISTS (SELECT 1 FROM fact_check_revisions r WHERE r.fact_check_id = f.id AND r.version = f.version)").all();
      checks.check("every fact-check has all its revisions, 1 to its version", gaps.length === 0, `${(db.prepare("SELECT count(*) AS n FROM fact_checks").get() as { n: number }).n} fact-checks`);
    } finally {
      db.close();
    }

    // 5. Restart: the saves are served, the import is still done.
    console.log("\n5. Restart after the second kill");
    server = await startServer(data.file, log);
    rec = new Recorder(server.base);
    const latest = new Map<number, AckedSave>();
    for (const a of acks) if ((latest.get(a.factCheckId)?.version ?? 0) < a.version) latest.set(a.factCheckId, a);
    let served = 0;
    for (const ack of latest.values()) {
      const answer = await rec.request("GET /api/fact-checks/{id}", `/api/fact-checks/${ack.factCheckId}`, { cookie: savers[0]!.cookie });
      const fc = (answer.body as { factCheck?: { version: number } }).factCheck;
      if (answer.status === 200 && fc && fc.version >= ack.version) served++;
    }
    checks.check("the restarted server serves every acknowledged fact-check at its version or later", served === latest.size, `${served} of ${latest.size} fact-checks`);
    const jobAfter = await getJob(rec, admin, jobId);
    checks.check("the import job is still done, nothing re-imported", jobAfter.status === "done" && countArticles().n === total.n, `${JSON.stringify(jobAfter.counts)}`);
    const stopped = await stopServer(server);
    allSamples.push(...rec.samples);
    server = null;
    console.log(`  server stopped with SIGTERM (exit code ${stopped.code ?? "none"})`);
    checkDatabaseFile(checks, data.file);
  } catch (error) {
    checks.check("the run completed", false, error instanceof Error ? error.message : String(error));
  } finally {
    if (server) await stopServer(server);
  }

  const fiveHundreds = allSamples.filter((s) => s.status >= 500).length;
  checks.check("no 5xx answers in the whole run", fiveHundreds === 0, `${fiveHundreds} of ${allSamples.length}`);
  printSamples(allSamples, null);
  finish(checks, startedAt, dir, values.keep);
}

runAsScript(import.meta.url, main);
