import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "../../lib/errors";
import { createTempDb } from "../test-support/temp-db";
import type { Db } from "../client";
import { getArticle, storeArticle, type StoreArticleInput } from "./articles";
import { getEvent, listEvents } from "./events";
import { findOrCreateOutlet } from "./outlets";

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTempDb()));
afterEach(() => cleanup());

const count = (table: string) =>
  (db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

function article(overrides: Partial<StoreArticleInput> = {}): StoreArticleInput {
  return {
    outlet: { name: "Example Times", domain: "example.com" },
    event: { title: "Bridge closes after storm" },
    title: "Storm closes the old bridge",
    author: "Ada Reporter",
    publishedAt: "2024-03-01",
    body: "The bridge closed on Friday.\n\nOfficials said it would reopen in May.",
    contentHash: "hash-1",
    ...overrides,
  };
}

describe("storeArticle", () => {
  it("stores the article with a new outlet and event, and audits it", () => {
    const result = storeArticle(article(), db);
    expect(result.status).toBe("imported");
    if (result.status !== "imported") return;
    expect(result.article.outlet.name).toBe("Example Times");
    expect(result.article.paragraphs).toEqual([
      "The bridge closed on Friday.",
      "Officials said it would reopen in May.",
    ]);
    expect(result.article.wordCount).toBe(12);
    expect(result.article.event?.title).toBe("Bridge closes after storm");
    expect(count("audit_log")).toBe(1);
  });

  it("puts articles naming the same event title (any case) into one event", () => {
    storeArticle(article(), db);
    storeArticle(
      article({ outlet: { name: "Other Post" }, contentHash: "hash-2", event: { title: "BRIDGE closes after storm" } }),
      db,
    );
    expect(count("events")).toBe(1);
    const [event] = listEvents(db);
    expect(event).toMatchObject({ articleCount: 2, outlets: ["Example Times", "Other Post"] });
  });

  it("starts a new event named after the article when none is given", () => {
    const result = storeArticle(article({ event: null }), db);
    expect(result.status === "imported" && result.article.event?.title).toBe("Storm closes the old bridge");
  });

  it("recognises the same content or the same URL and stores nothing twice", () => {
    storeArticle(article({ url: "https://example.com/a" }), db);
    const sameText = storeArticle(article({ title: "Other title" }), db);
    expect(sameText).toMatchObject({ status: "duplicate", reason: "content" });
    const sameUrl = storeArticle(article({ contentHash: "hash-9", url: "https://example.com/a" }), db);
    expect(sameUrl).toMatchObject({ status: "duplicate", reason: "url" });
    const overHttp = storeArticle(article({ contentHash: "hash-10", url: "http://example.com/a" }), db);
    expect(overHttp).toMatchObject({ status: "duplicate", reason: "url" });
    expect(storeArticle(article({ contentHash: "hash-11", url: "https://example.com/b" }), db).status).toBe("imported");
    expect(count("articles")).toBe(2);
    expect(count("audit_log")).toBe(2);
  });

  it("leaves nothing behind when a part of the write fails", () => {
    expect(() => storeArticle(article({ event: { id: 4242 } }), db)).toThrow(AppError);
    // The outlet is created before the event lookup fails: the transaction must undo it.
    expect(count("outlets")).toBe(0);
    expect(count("articles")).toBe(0);
    expect(count("audit_log")).toBe(0);
  });

  it("rejects an article without body, title or outlet", () => {
    expect(() => storeArticle(article({ body: "  " }), db)).toThrow(/no body text/);
    expect(() => storeArticle(article({ title: "" }), db)).toThrow(/needs a title/);
    expect(() => storeArticle(article({ outlet: { name: " " } }), db)).toThrow(/needs an outlet/);
    expect(count("articles")).toBe(0);
  });
});

describe("reading", () => {
  it("returns an event with its articles ordered by outlet name", () => {
    storeArticle(article({ outlet: { name: "Zeta News" }, contentHash: "z" }), db);
    const second = storeArticle(article({ outlet: { name: "Alpha Daily" }, contentHash: "a" }), db);
    const eventId = second.status === "imported" ? second.article.event!.id : -1;
    const event = getEvent(eventId, db);
    expect(event?.articles.map((a) => a.outlet.name)).toEqual(["Alpha Daily", "Zeta News"]);
  });

  it("returns null for unknown ids", () => {
    expect(getEvent(99, db)).toBeNull();
    expect(getArticle(99, db)).toBeNull();
  });

  it("lists events newest first, with events that have no articles too", () => {
    storeArticle(article({ publishedAt: "2020-01-01", event: { title: "Old" }, contentHash: "o" }), db);
    storeArticle(article({ publishedAt: "2024-01-01", event: { title: "New" }, contentHash: "n" }), db);
    db.$client.exec("insert into events (title, created_at) values ('Empty', '2010-01-01T00:00:00Z')");
    expect(listEvents(db).map((e) => [e.title, e.articleCount])).toEqual([
      ["New", 1],
      ["Old", 1],
      ["Empty", 0],
    ]);
  });

  it("finds outlets by name regardless of case and fills in a missing domain", () => {
    const first = findOrCreateOutlet(db, { name: "The Hill" });
    const again = findOrCreateOutlet(db, { name: "the hill", domain: "thehill.com" });
    expect(again.id).toBe(first.id);
    expect(again.domain).toBe("thehill.com");
    expect(count("outlets")).toBe(1);
  });

  it("keeps a domain with the outlet that has it when a second name publishes at the same host", () => {
    const wire = findOrCreateOutlet(db, { name: "Syndicated Wire", domain: "shared.example" });
    const other = findOrCreateOutlet(db, { name: "Local Reprint", domain: "shared.example" });
    expect(other.id).not.toBe(wire.id);
    expect(other.domain).toBeNull();
    const filled = findOrCreateOutlet(db, { name: "Local Reprint", domain: "shared.example" });
    expect(filled.domain).toBeNull();
    expect(findOrCreateOutlet(db, { name: "syndicated wire" }).domain).toBe("shared.example");
  });
});
