import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importText } from "../../lib/import/import-text";
import { createTempDb } from "../test-support/temp-db";
import type { Db } from "../client";
import { ftsQuery, searchArchive } from "./search";

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTempDb()));
afterEach(() => cleanup());

describe("ftsQuery", () => {
  it("makes every word a phrase, the last a prefix, and drops operators", () => {
    expect(ftsQuery("harbour  contract")).toBe('"harbour" "contract"*');
    expect(ftsQuery('NEAR(a b) OR "x" AND -y*')).toBe('"NEAR" "a" "b" "OR" "x" "AND" "y"*');
    expect(ftsQuery("  ?! ")).toBeNull();
  });
});

describe("searchArchive", () => {
  it("finds claims and articles by their words, stemmed, and follows edits and deletions", () => {
    const r = importText(
      {
        text: "Harbour director resigns\n\nHarbour director Ann Holt resigned on Friday, the port board said.\n\nThe library will reopen in March.",
        outlet: "Springfield Herald",
      },
      db,
    );
    if (r.status !== "imported") throw new Error("expected an import");
    const found = searchArchive(db, "resignation");
    expect(found.articles.map((a) => a.id)).toEqual([r.article.id]);
    expect(found.claims.some((c) => c.snippet.includes("[[resigned]]"))).toBe(true);
    expect(searchArchive(db, "libr").claims.map((c) => c.snippet)).toEqual([expect.stringContaining("[[library]]")]);
    expect(searchArchive(db, '"unbalanced').claims).toEqual([]);

    db.$client.prepare("update claims set dismissed_at = 'now' where exact like '%library%'").run();
    expect(searchArchive(db, "library").claims).toEqual([]);
    db.$client.prepare("delete from articles").run();
    expect(searchArchive(db, "harbour").articles).toEqual([]);
    expect(searchArchive(db, "harbour").claims).toEqual([]);
  });
});
