// Import jobs against a real SQLite file: one bad item never stops the others, a re-run stores nothing twice, a job
// interrupted by a crash resumes from the database alone, and an item is finished in the same transaction as its
// article (so an item someone else finished stores nothing).
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openDatabase, type Db } from "@/db/client";
import { createImportJob, finishItem, getImportJob, nextPendingItem, setJobStatus, unfinishedJobIds, type NewImportItem } from "@/db/queries/import-jobs";
import { createTempDb } from "@/db/test-support/temp-db";
import { itemsFromFile, type ItemDefaults } from "./files";
import { ensureJobRunning, resumeUnfinishedJobs, runImportItem, runImportJobSync, type JobProgress } from "./jobs";

const fixture = (name: string) => fs.readFileSync(path.join(process.cwd(), "lib", "ingest", "fixtures", name));
const LIMITS = { maxBytes: 2 * 1024 * 1024, maxFeedBytes: 50 * 1024 * 1024 };
const bytes = (text: string) => new TextEncoder().encode(text);
const count = (db: Db, table: string) => (db.$client.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;

const HARBOUR = [
  "Harbour wall approved after two winters of flooding",
  "The city council of Port Elm on Monday approved a new harbour wall after two winters of flooding damaged dozens of homes.",
  "“We cannot wait another year,” said Mayor Ruth Adeyemi, adding that work would start in the spring.",
].join("\n\n");
const FERRY = { title: "Ferry timetable changes from next month", body: "The ferry to Oster Isle will leave at seven from next month, the operator said on Friday.\n\nSundays are unchanged.", outlet: "Harbour Gazette" };
const SCHOOL = { title: "School roof repairs to finish before autumn term", paragraphs: ["Repairs to the roof of Hill Street primary school will finish in August, the education department said."] };

/** Six items from five files: four importable, one that fails when run (a page with no article), one that
 * fails while the file is read (line 2 of the feed is not JSON). */
function files(defaults: ItemDefaults = { outlet: "Elm Gazette" }): NewImportItem[] {
  return [
    ...itemsFromFile("harbour.txt", bytes(HARBOUR), LIMITS, defaults),
    ...itemsFromFile("library.html", fixture("opengraph-only.html"), LIMITS, defaults),
    ...itemsFromFile("login.html", fixture("no-article.html"), LIMITS, defaults),
    ...itemsFromFile("feed.ndjson", bytes([JSON.stringify(FERRY), "{oops", JSON.stringify(SCHOOL)].join("\n")), LIMITS, defaults),
  ];
}
const GOOD = 4;

let temp: ReturnType<typeof createTempDb>;
let others: Db[] = [];
beforeEach(() => {
  temp = createTempDb();
  others = [];
});
afterEach(() => {
  for (const db of others) if (db.$client.open) db.$client.close();
  temp.cleanup();
});

function job(db: Db, items = files()) {
  return createImportJob(db, { source: "upload", createdBy: null, items });
}

describe("import jobs", () => {
  it("imports every good item; a bad one fails with its reason and stops nothing", () => {
    const id = job(temp.db);
    const seen: JobProgress[] = [];
    runImportJobSync(temp.db, id, (p) => seen.push(p));

    const view = getImportJob(id, temp.db)!;
    expect(view.status).toBe("done");
    expect(view.finishedAt).not.toBeNull();
    expect(view.total).toBe(6);
    expect(view.counts).toEqual({ pending: 0, imported: GOOD, duplicate: 0, failed: 2 });
    expect(view.items.map((i) => [i.label, i.status])).toEqual([
      ["harbour.txt", "imported"],
      ["library.html", "imported"],
      ["login.html", "failed"],
      ["feed.ndjson line 1", "imported"],
      ["feed.ndjson line 2", "failed"],
      ["feed.ndjson line 3", "imported"],
    ]);
    expect(view.items[2]!.message).toMatch(/article/i);
    expect(view.items[2]!.article).toBeNull();
    expect(view.items[4]!.message).toMatch(/^Line 2 is not valid JSON/);
    expect(view.items[0]!.article).toMatchObject({ title: "Harbour wall approved after two winters of flooding" });
    expect(view.items[0]!.article!.eventId).toEqual(expect.any(Number));
    // Only the items still pending were run, in order; the one that failed while read was not.
    expect(seen.map((p) => [p.item.label, p.outcome])).toEqual([
      ["harbour.txt", "imported"],
      ["library.html", "imported"],
      ["login.html", "failed"],
      ["feed.ndjson line 1", "imported"],
      ["feed.ndjson line 3", "imported"],
    ]);

    expect(count(temp.db, "articles")).toBe(GOOD);
    // The job's default outlet is used only when the article names none.
    const outlets = temp.db.$client.prepare("SELECT a.title, o.name FROM articles a JOIN outlets o ON o.id = a.outlet_id ORDER BY a.id").all() as { title: string; name: string }[];
    expect(outlets.map((r) => r.name)).toEqual(["Elm Gazette", "Eastside Ledger", "Harbour Gazette", "Elm Gazette"]);
    // A finished item no longer keeps its input.
    expect(count(temp.db, "import_items")).toBe(6);
    expect((temp.db.$client.prepare("SELECT count(*) AS n FROM import_items WHERE payload IS NOT NULL").get() as { n: number }).n).toBe(0);
  });

  it("re-running the same files as a new job reports duplicates and stores no article", () => {
    runImportJobSync(temp.db, job(temp.db));
    const articles = count(temp.db, "articles");
    const claims = count(temp.db, "claims");
    expect(articles).toBe(GOOD);

    const again = job(temp.db);
    runImportJobSync(temp.db, again);
    const view = getImportJob(again, temp.db)!;
    expect(view.counts).toEqual({ pending: 0, imported: 0, duplicate: GOOD, failed: 2 });
    for (const item of view.items.filter((i) => i.status === "duplicate")) {
      expect(item.article?.id).toEqual(expect.any(Number));
      expect(item.message).toMatch(/Already imported/);
    }
    expect(count(temp.db, "articles")).toBe(articles);
    expect(count(temp.db, "claims")).toBe(claims);
  });

  it("joins the event the job names", () => {
    const id = job(temp.db, files({ outlet: "Elm Gazette", eventTitle: "Port Elm news" }));
    runImportJobSync(temp.db, id);
    const events = temp.db.$client.prepare("SELECT DISTINCT e.title FROM articles a JOIN events e ON e.id = a.event_id").all();
    expect(events).toEqual([{ title: "Port Elm news" }]);
  });

  it("fails an item that names no outlet, with the reason, when the job gives none", () => {
    const id = job(temp.db, itemsFromFile("harbour.txt", bytes(HARBOUR), LIMITS));
    runImportJobSync(temp.db, id);
    const [item] = getImportJob(id, temp.db)!.items;
    expect(item).toMatchObject({ status: "failed", article: null });
    expect(item!.message).toMatch(/outlet/);
    expect(count(temp.db, "articles")).toBe(0);
  });

  it("fails an item whose stored input is not an article, without stopping", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const id = job(temp.db, [{ label: "broken", payload: { source: { kind: "pdf" } } }, ...itemsFromFile("harbour.txt", bytes(HARBOUR), LIMITS, { outlet: "Elm Gazette" })]);
    runImportJobSync(temp.db, id);
    error.mockRestore();
    const view = getImportJob(id, temp.db)!;
    expect(view.items.map((i) => i.status)).toEqual(["failed", "imported"]);
    expect(view.items[0]!.message).toBe("The stored item is not a valid article.");
  });

  it("resumes after a crash from the database alone, storing nothing twice", () => {
    const id = job(temp.db);
    // The first item runs, then the process dies.
    const first = nextPendingItem(temp.db, id)!;
    expect(first.label).toBe("harbour.txt");
    expect(runImportItem(temp.db, first, null)).toBe("imported");
    temp.db.$client.close();

    const reopened = openDatabase(temp.file);
    others.push(reopened);
    expect(unfinishedJobIds(reopened)).toEqual([id]);
    expect(getImportJob(id, reopened)!.counts).toEqual({ pending: 4, imported: 1, duplicate: 0, failed: 1 });
    runImportJobSync(reopened, id);

    const view = getImportJob(id, reopened)!;
    expect(view.counts).toEqual({ pending: 0, imported: GOOD, duplicate: 0, failed: 2 });
    expect(count(reopened, "articles")).toBe(GOOD);
    const titles = reopened.$client.prepare("SELECT count(*) AS n, count(DISTINCT content_hash) AS distinct_hashes FROM articles").get();
    expect(titles).toEqual({ n: GOOD, distinct_hashes: GOOD });
    expect(unfinishedJobIds(reopened)).toEqual([]);
  });

  it("stores no article for an item another runner finished first: the item's transaction rolls back", () => {
    const id = job(temp.db);
    const item = nextPendingItem(temp.db, id)!;
    expect(finishItem(temp.db, item.id, { status: "failed", error: "Finished elsewhere." })).toBe(true);
    const before = { articles: count(temp.db, "articles"), claims: count(temp.db, "claims"), events: count(temp.db, "events"), outlets: count(temp.db, "outlets"), audit: count(temp.db, "audit_log") };

    expect(runImportItem(temp.db, item, null)).toBe("skipped");
    expect({ articles: count(temp.db, "articles"), claims: count(temp.db, "claims"), events: count(temp.db, "events"), outlets: count(temp.db, "outlets"), audit: count(temp.db, "audit_log") }).toEqual(before);
    expect(before.articles).toBe(0);
    // The other runner's result stands.
    expect(getImportJob(id, temp.db)!.items[0]).toMatchObject({ status: "failed", message: "Finished elsewhere." });
    // Finishing twice is refused.
    expect(finishItem(temp.db, item.id, { status: "imported" })).toBe(false);
  });

  it("a duplicate item another runner finished first is skipped too", () => {
    runImportJobSync(temp.db, job(temp.db));
    const id = job(temp.db);
    const item = nextPendingItem(temp.db, id)!;
    finishItem(temp.db, item.id, { status: "failed", error: "Finished elsewhere." });
    expect(runImportItem(temp.db, item, null)).toBe("skipped");
    expect(getImportJob(id, temp.db)!.items[0]).toMatchObject({ status: "failed", message: "Finished elsewhere." });
  });

  it("runs a job in the background until it is done, and resumes unfinished jobs", async () => {
    const id = job(temp.db);
    const idle = job(temp.db, [{ label: "unreadable", payload: null, error: "Not a text file." }]);
    const resumed = resumeUnfinishedJobs(temp.db);
    expect(resumed).toContain(id);
    expect(resumed).toContain(idle); // never marked done: it is now
    ensureJobRunning(temp.db, id); // already running: no second runner
    // Every resumed job (earlier tests leave some) must end before the database closes.
    const active = () => resumed.some((j) => ["queued", "running"].includes(getImportJob(j, temp.db)!.status));
    for (let i = 0; i < 500 && active(); i++) await new Promise((r) => setTimeout(r, 10));
    expect(active()).toBe(false);
    const view = getImportJob(id, temp.db)!;
    expect(view.status).toBe("done");
    expect(view.counts).toEqual({ pending: 0, imported: GOOD, duplicate: 0, failed: 2 });
    expect(count(temp.db, "articles")).toBe(GOOD);
    expect(getImportJob(idle, temp.db)!).toMatchObject({ status: "done", counts: { pending: 0, failed: 1 } });
  });

  // A job with nothing pending is marked done when asked for, or the import page would poll it for ever.
  it("a job whose every item failed while read is done", async () => {
    const unreadable = job(temp.db, [{ label: "scan.pdf", payload: null, error: "Only .txt files can be imported." }]);
    ensureJobRunning(temp.db, unreadable);
    await new Promise((r) => setTimeout(r, 20));
    expect(getImportJob(unreadable, temp.db)!.status).toBe("done");
  });

  it("a job that crashed after its last item (before it was marked done) is done when asked for again", async () => {
    const crashed = job(temp.db, itemsFromFile("harbour.txt", bytes(HARBOUR), LIMITS, { outlet: "Elm Gazette" }));
    setJobStatus(temp.db, crashed, "running");
    runImportItem(temp.db, nextPendingItem(temp.db, crashed)!, null); // the last item, then the process died
    ensureJobRunning(temp.db, crashed);
    await new Promise((r) => setTimeout(r, 20));
    expect(getImportJob(crashed, temp.db)!.status).toBe("done");
  });
});
