// Files -> job items: what each kind of file becomes, and how what cannot be read is reported (one failed item per
// problem, the others still importable).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { NewImportItem } from "@/db/queries/import-jobs";
import { itemPayloadSchema, itemsFromFile, type FileLimits } from "./files";

const LIMITS: FileLimits = { maxBytes: 2 * 1024 * 1024, maxFeedBytes: 50 * 1024 * 1024 };
const bytes = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string) => fs.readFileSync(path.join(process.cwd(), "lib", "ingest", "fixtures", name));

const TEXT = "Harbour wall approved\n\nThe city council on Monday approved a new harbour wall after two winters of flooding.";
const ARTICLE = { title: "Harbour wall approved", body: "The council approved it.\n\nWork starts in spring.", outlet: "Harbour Gazette" };

/** The item is importable: it has a payload the job runner accepts, and no error. */
function importable(item: NewImportItem) {
  expect(item.error ?? null, `${item.label}: ${item.error}`).toBeNull();
  expect(item.payload).not.toBeNull();
  return itemPayloadSchema.parse(item.payload);
}

function failedItem(item: NewImportItem): string {
  expect(item.payload).toBeNull();
  expect(typeof item.error).toBe("string");
  return item.error!;
}

describe("itemsFromFile", () => {
  it("a .txt file is one text article", () => {
    const items = itemsFromFile("story.txt", bytes(TEXT), LIMITS);
    expect(items).toHaveLength(1);
    expect(items[0]!.label).toBe("story.txt");
    expect(importable(items[0]!).source).toEqual({ kind: "text", text: TEXT });
  });

  it("a .html (and .htm) file is one HTML article, and a .txt file holding a page is read as HTML", () => {
    const page = fixture("jsonld-news.html");
    for (const name of ["page.html", "page.HTM", "saved.txt"]) {
      const items = itemsFromFile(name, page, LIMITS);
      expect(items).toHaveLength(1);
      expect(importable(items[0]!).source).toEqual({ kind: "html", html: page.toString("utf8") });
    }
  });

  it("a .json object is one article", () => {
    const items = itemsFromFile("one.json", bytes(JSON.stringify(ARTICLE)), LIMITS);
    expect(items).toHaveLength(1);
    expect(items[0]!.label).toBe("one.json");
    const payload = importable(items[0]!);
    expect(payload.source.kind).toBe("article");
    expect(payload.source.kind === "article" && payload.source.article).toMatchObject(ARTICLE);
  });

  it("a .json list is one item per article, each labelled by its position, a bad one failing alone", () => {
    const list = [ARTICLE, { title: "No text here", outlet: "X" }, { ...ARTICLE, title: "Second", body: undefined, paragraphs: ["One.", "Two."] }];
    const items = itemsFromFile("feed.json", bytes(JSON.stringify(list)), LIMITS);
    expect(items.map((i) => i.label)).toEqual(["feed.json item 1", "feed.json item 2", "feed.json item 3"]);
    importable(items[0]!);
    expect(failedItem(items[1]!)).toMatch(/body, text or paragraphs/);
    const third = importable(items[2]!);
    expect(third.source.kind === "article" && third.source.article.paragraphs).toEqual(["One.", "Two."]);
  });

  it("a .json empty list, and a .json file that is not JSON, fail with the reason", () => {
    const [empty, ...rest] = itemsFromFile("empty.json", bytes("[]"), LIMITS);
    expect(rest).toEqual([]);
    expect(failedItem(empty!)).toMatch(/empty list/);

    const [broken, ...more] = itemsFromFile("broken.json", bytes('{"title": "x", "body": '), LIMITS);
    expect(more).toEqual([]);
    expect(broken!.label).toBe("broken.json");
    expect(failedItem(broken!)).toMatch(/not valid JSON/);
  });

  it("a JSON article needs a title and its text", () => {
    const [noTitle] = itemsFromFile("a.json", bytes(JSON.stringify({ body: "Text." })), LIMITS);
    expect(failedItem(noTitle!)).toMatch(/title/);
    const [noBody] = itemsFromFile("b.json", bytes(JSON.stringify({ title: "T" })), LIMITS);
    expect(failedItem(noBody!)).toMatch(/body, text or paragraphs/);
    const [notObject] = itemsFromFile("c.json", bytes("42"), LIMITS);
    failedItem(notObject!);
  });

  it(".ndjson: one article per line; a malformed line fails named by its line number, the others import; blank lines are skipped", () => {
    const lines = [
      JSON.stringify({ ...ARTICLE, title: "First" }),
      "",
      "   ",
      "{not json",
      JSON.stringify({ ...ARTICLE, title: "Fifth" }),
      JSON.stringify({ title: "Sixth" }),
      "",
    ];
    const items = itemsFromFile("feed.ndjson", bytes(lines.join("\r\n")), LIMITS);
    expect(items.map((i) => i.label)).toEqual(["feed.ndjson line 1", "feed.ndjson line 4", "feed.ndjson line 5", "feed.ndjson line 6"]);
    const first = importable(items[0]!);
    expect(first.source.kind === "article" && first.source.article.title).toBe("First");
    expect(failedItem(items[1]!)).toMatch(/^Line 4 is not valid JSON/);
    const fifth = importable(items[2]!);
    expect(fifth.source.kind === "article" && fifth.source.article.title).toBe("Fifth");
    expect(failedItem(items[3]!)).toMatch(/body, text or paragraphs/);
  });

  it(".jsonl is read like .ndjson", () => {
    const items = itemsFromFile("feed.jsonl", bytes(`${JSON.stringify(ARTICLE)}\n${JSON.stringify({ ...ARTICLE, title: "B" })}\n`), LIMITS);
    expect(items.map((i) => i.label)).toEqual(["feed.jsonl line 1", "feed.jsonl line 2"]);
    items.forEach(importable);
  });

  it("refuses other file types", () => {
    for (const name of ["report.pdf", "notes.md", "README", "data.csv"]) {
      const items = itemsFromFile(name, bytes(TEXT), LIMITS);
      expect(items).toHaveLength(1);
      expect(items[0]!.label).toBe(name);
      expect(failedItem(items[0]!)).toMatch(/Only .*\.txt.*files can be imported/);
    }
  });

  it("refuses binary, UTF-16 and non-UTF-8 bytes, and an empty file, as one failed item each", () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ["image.txt", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), /PNG image/],
      ["nul.txt", Uint8Array.from([0x41, 0x42, 0x00, 0x43, 0x44]), /binary/],
      ["controls.html", Uint8Array.from([1, 2, 3, 4, 5, 6, 0x41, 0x42]), /binary/],
      ["utf16.txt", Uint8Array.from([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]), /UTF-16/],
      ["latin1.txt", Uint8Array.from([...bytes("Caf"), 0xe9, ...bytes(" au lait, said the mayor.")]), /not valid UTF-8/],
      ["latin1.ndjson", Uint8Array.from([...bytes('{"title":"Caf'), 0xe9, ...bytes('","body":"x"}')]), /not valid UTF-8/],
      ["empty.txt", new Uint8Array(0), /empty/],
      ["blank.ndjson", bytes("\n  \n\t\n"), /empty|blank/],
      ["empty.json", new Uint8Array(0), /empty/],
    ];
    for (const [name, data, reason] of cases) {
      const items = itemsFromFile(name, data, LIMITS);
      expect(items, name).toHaveLength(1);
      expect(items[0]!.label).toBe(name);
      expect(failedItem(items[0]!), name).toMatch(reason);
    }
  });

  it("refuses an article over the per-article limit; a feed may be larger as long as each article is not", () => {
    const small: FileLimits = { maxBytes: 200, maxFeedBytes: 5000 };
    const long = `Headline\n\n${"word ".repeat(60)}`; // over 200 bytes
    const [tooBig] = itemsFromFile("long.txt", bytes(long), small);
    expect(failedItem(tooBig!)).toMatch(/too large|larger than/);

    const short = { title: "Short", body: "A short body.", outlet: "X" };
    const big = { title: "Big", body: "word ".repeat(60), outlet: "X" };
    const feed = [short, big, short].map((a) => JSON.stringify(a)).join("\n");
    expect(bytes(feed).byteLength).toBeGreaterThan(small.maxBytes);
    const items = itemsFromFile("feed.ndjson", bytes(feed), small);
    expect(items).toHaveLength(3);
    importable(items[0]!);
    expect(failedItem(items[1]!)).toMatch(/too large.*limit is 200 bytes per article/);
    importable(items[2]!);

    const [listItem1, listItem2] = itemsFromFile("feed.json", bytes(JSON.stringify([short, big])), small);
    importable(listItem1!);
    expect(failedItem(listItem2!)).toMatch(/too large/);

    const [feedTooBig] = itemsFromFile("huge.ndjson", bytes(Array(100).fill(JSON.stringify(short)).join("\n")), small);
    expect(failedItem(feedTooBig!)).toMatch(/too large|larger than/);
  });

  it("carries the job's defaults (outlet, event title) into every payload", () => {
    const defaults = { outlet: "Harbour Gazette", eventTitle: "Harbour wall" };
    const items = [
      ...itemsFromFile("a.txt", bytes(TEXT), LIMITS, defaults),
      ...itemsFromFile("b.ndjson", bytes(JSON.stringify(ARTICLE)), LIMITS, defaults),
    ];
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(importable(item)).toMatchObject({ defaultOutlet: "Harbour Gazette", eventTitle: "Harbour wall" });
    }
    const plain = importable(itemsFromFile("a.txt", bytes(TEXT), LIMITS)[0]!);
    expect(plain.defaultOutlet).toBeUndefined();
    expect(plain.eventTitle).toBeUndefined();
  });

  it("stores payloads that survive the database's JSON round trip", () => {
    const items = itemsFromFile("feed.json", bytes(JSON.stringify([{ ...ARTICLE, author: ["Ana", "Tomás"], published: "2024-05-14" }])), LIMITS, { outlet: "O" });
    const roundTripped = JSON.parse(JSON.stringify(items[0]!.payload));
    const payload = itemPayloadSchema.parse(roundTripped);
    expect(payload.source.kind === "article" && payload.source.article).toMatchObject({ author: ["Ana", "Tomás"], published: "2024-05-14" });
  });
});
