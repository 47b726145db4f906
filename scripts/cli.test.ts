// The CLI as a person runs it: a real process, real files, a real database file.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
let dir: string;
let dbFile: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-cli-"));
  dbFile = path.join(dir, "cli.db");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync(TSX, ["scripts/cli.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: dbFile },
    encoding: "utf8",
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function write(name: string, content: string | Uint8Array) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

function articleCount(): number {
  if (!fs.existsSync(dbFile)) return 0;
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare("select count(*) as n from articles").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const ARTICLE = [
  "Council approves new harbour wall",
  "",
  "By Jo Writer",
  "",
  "The city council on Monday approved a new harbour wall after two winters of flooding.",
  "",
  "Share this article",
  "",
  "“We cannot wait another year,” the mayor said.",
].join("\n");

describe("npm run cli -- import", () => {
  it("imports a text file into a new event and reports what it stored", () => {
    const file = write("harbour.txt", ARTICLE);
    const { code, out } = cli("import", file, "--outlet", "Harbour Gazette", "--event", "Harbour wall");
    expect(code).toBe(0);
    expect(out).toMatch(/Imported article \d+: "Council approves new harbour wall" \(Harbour Gazette/);
    expect(out).toContain('"Harbour wall"');
    expect(articleCount()).toBe(1);
  });

  it("recognises the same file imported again and stores nothing", () => {
    const file = write("harbour-again.txt", ARTICLE.replace(/\n/g, "\r\n"));
    const { code, out } = cli("import", file, "--outlet", "Harbour Gazette");
    expect(code).toBe(0);
    expect(out).toMatch(/Already imported as article \d+/);
    expect(articleCount()).toBe(1);
  });

  it.each([
    ["a missing file", () => path.join(dir, "nope.txt"), /File not found/],
    ["an empty file", () => write("empty.txt", ""), /empty/i],
    ["a binary file", () => write("image.bin", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0])), /not a text file|binary/i],
    ["a file that is not UTF-8", () => write("latin1.txt", new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x65, 0x77, 0x73])), /UTF-8/],
  ])("refuses %s with a clear message and stores nothing", (_name, makeFile, message) => {
    const before = articleCount();
    const { code, err } = cli("import", makeFile(), "--outlet", "Harbour Gazette");
    expect(code).not.toBe(0);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect(articleCount()).toBe(before);
  });

  it("asks for the outlet and the file", () => {
    const noOutlet = cli("import", write("x.txt", ARTICLE));
    expect(noOutlet.code).toBe(2);
    expect(noOutlet.err).toMatch(/--outlet/);
    const noFile = cli("import", "--outlet", "X");
    expect(noFile.code).toBe(2);
    expect(noFile.err).toMatch(/Name the file/);
  });

  it("re-analyses stored articles only when asked or when the engine changed", () => {
    const pending = cli("reanalyze");
    expect(pending.code).toBe(0);
    expect(pending.out).toMatch(/already analysed by engine/);
    const all = cli("reanalyze", "--all");
    expect(all.code).toBe(0);
    expect(all.out).toMatch(/Analysed 1 article with engine [\d.]+: \d+ claims stored/);
    const bad = cli("reanalyze", "--article", "abc");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--article takes an article id/);
  });

  it("imports a folder as a job: one line per item off a terminal, failures named, exit code 1, no duplicates on a re-run", () => {
    const folder = path.join(dir, "feed");
    fs.mkdirSync(folder);
    const story = (n: number, what: string) =>
      JSON.stringify({ title: `Ferry timetable change ${n}`, body: `The ferry operator said on Friday that ${what} would change from May.\n\n“We listened to passengers,” a spokesman said.` });
    fs.writeFileSync(path.join(folder, "feed.ndjson"), [story(1, "morning sailings"), "{broken", story(2, "evening sailings")].join("\n"));
    fs.writeFileSync(path.join(folder, "notes.md"), "not imported: wrong extension"); // skipped when walking a folder
    fs.writeFileSync(path.join(folder, "letter.txt"), "Council names new harbour master\n\nThe council on Monday named a new harbour master, who starts in June.\n");
    const before = articleCount();

    const first = cli("import", folder, "--outlet", "Island Post");
    expect(first.code).toBe(1);
    expect(first.out).toMatch(/Import job \d+: 4 items from 2 files/);
    expect(first.out).toMatch(/\[\d\/3\] imported +.*feed\.ndjson line 1/);
    expect(first.out).toMatch(/3 imported, 0 duplicate, 1 failed/);
    expect(first.out).toMatch(/failed +.*feed\.ndjson line 2: Line 2 is not valid JSON/);
    expect(articleCount()).toBe(before + 3);

    const again = cli("import", folder, "--outlet", "Island Post");
    expect(again.out).toMatch(/0 imported, 3 duplicate, 1 failed/);
    expect(articleCount()).toBe(before + 3);
  });

  it("resumes an interrupted job and refuses options that only fit one article", () => {
    const job = Number(/Import job (\d+)/.exec(cli("import", path.join(dir, "feed")).out)?.[1]);
    expect(job).toBeGreaterThan(0);
    // Everything in it is already done: resuming finds nothing left and reports the same results.
    const resumed = cli("import", "--resume", String(job));
    expect(resumed.out).toMatch(new RegExp(`Import job ${job}: 4 items`));
    const missing = cli("import", "--resume", "99999");
    expect(missing.code).not.toBe(0);
    expect(missing.err).toMatch(/Import job 99999 was not found/);
    const tooMany = cli("import", path.join(dir, "feed"), "--title", "One title");
    expect(tooMany.code).toBe(2);
    expect(tooMany.err).toMatch(/apply to one article/);
  });

  it("rejects an unknown command with the usage", () => {
    const { code, err } = cli("frobnicate");
    expect(code).toBe(2);
    expect(err).toMatch(/Unknown command "frobnicate"/);
    expect(err).toMatch(/import <file>/);
  });
});
