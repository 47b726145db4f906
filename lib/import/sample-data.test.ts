import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTempDb } from "@/db/test-support/temp-db";
import type { Db } from "@/db/client";
import { listEvents } from "@/db/queries/events";
import { loadSampleData, loadSampleDataIfEmpty } from "./sample-data";

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTempDb()));
afterEach(() => cleanup());

describe("sample data", () => {
  it("imports the two sample articles into one event, cleaned", () => {
    const results = loadSampleData(db);
    expect(results.map((r) => r.result.status)).toEqual(["imported", "imported"]);
    const [event] = listEvents(db);
    expect(event).toMatchObject({ articleCount: 2, outlets: ["The Daily Dot", "The Hill"] });
    for (const { result } of results) {
      if (result.status !== "imported") continue;
      const text = result.article.paragraphs.join("\n");
      expect(text).not.toMatch(/Getty Images|\{mosads\}|Share this article|Most Popular|Load more|See all Video/);
      expect(text).not.toContain("\u00a0");
    }
  });

  it("is idempotent: a second run stores nothing new", () => {
    loadSampleData(db);
    const again = loadSampleData(db);
    expect(again.map((r) => r.result.status)).toEqual(["duplicate", "duplicate"]);
    expect(listEvents(db)).toHaveLength(1);
    expect(listEvents(db)[0]?.articleCount).toBe(2);
  });

  it("loads only into a database with no articles", () => {
    expect(loadSampleDataIfEmpty(db)).toHaveLength(2);
    expect(loadSampleDataIfEmpty(db)).toEqual([]);
  });
});
