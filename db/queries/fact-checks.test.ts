// Fact-checks on a real SQLite file: versions, revisions, stale saves, restore, publishing rules, the scale.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importText } from "../../lib/import/import-text";
import type { FactCheckInput } from "../../lib/fact-check-input";
import { appErrorOf } from "../test-support/app-error";
import { createTempDb } from "../test-support/temp-db";
import type { Db } from "../client";
import {
  createFactCheck,
  factCheckHistory,
  getFactCheck,
  listFactChecks,
  listRatings,
  publishedVerdicts,
  restoreFactCheck,
  saveRatingScale,
  updateFactCheck,
} from "./fact-checks";
import { createUser } from "./users";

let db: Db;
let cleanup: () => void;
let alice: number;
let bob: number;
let claimId: number;
let eventId: number;

const ARTICLE =
  "Harbour director resigns over dredging contract\n\n" +
  "Harbour director Ann Holt resigned on Friday after reports emerged that she misled the port board about the dredging contract.\n\n" +
  "Police said 12 people were questioned about the dredging contract.";

beforeEach(async () => {
  ({ db, cleanup } = createTempDb());
  alice = (await createUser({ email: "alice@example.org", password: "long enough password", role: "fact_checker" }, null, db)).id;
  bob = (await createUser({ email: "bob@example.org", password: "long enough password", role: "fact_checker" }, null, db)).id;
  const imported = importText({ text: ARTICLE, outlet: "Herald", publishedAt: "2025-03-07" }, db);
  if (imported.status !== "imported") throw new Error("expected an import");
  const row = db.$client.prepare("select c.id, a.event_id as eventId from claims c join articles a on a.id = c.article_id where c.exact like '%12 people%'").get() as { id: number; eventId: number };
  claimId = row.id;
  eventId = row.eventId;
});
afterEach(() => cleanup());

const rating = (label: string) => listRatings(db).find((r) => r.label === label)!.id;
const draft = (explanation: string, extra: Partial<FactCheckInput> = {}): FactCheckInput => ({
  ratingId: null,
  explanation,
  evidence: [],
  status: "draft",
  ...extra,
});
const version = () => (db.$client.prepare("select comparison_version as v from events where id = ?").get(eventId) as { v: number }).v;

describe("fact-checks", () => {
  it("start with the default scale, truest first", () => {
    expect(listRatings(db).map((r) => r.label)).toEqual(["True", "Mostly true", "Half true", "Misleading", "False", "Unverifiable"]);
  });

  it("keep every saved version with its editor, and evidence in order", () => {
    const first = createFactCheck({ claimId }, draft("Looking into it."), alice, db);
    expect(first.version).toBe(1);
    const evidence = [
      { url: "https://police.example/statement", note: "Police statement: 15 people" },
      { url: "https://port.example/minutes", note: "" },
    ];
    const second = updateFactCheck(first.id, 1, draft("The police said 15.", { ratingId: rating("False"), evidence }), bob, db);
    expect(second.version).toBe(2);
    expect(second.evidence).toEqual(evidence);
    expect(second.author?.name).toBe("alice@example.org");
    const history = factCheckHistory(first.id, db);
    expect(history.map((h) => [h.version, h.editor?.name, h.explanation])).toEqual([
      [2, "bob@example.org", "The police said 15."],
      [1, "alice@example.org", "Looking into it."],
    ]);
    expect(history[0]!.rating?.label).toBe("False");
  });

  it("refuse a stale save, write nothing, and hand back the current version", () => {
    const fc = createFactCheck({ claimId }, draft("v1"), alice, db);
    updateFactCheck(fc.id, 1, draft("Alice's v2"), alice, db);
    const error = appErrorOf(() => updateFactCheck(fc.id, 1, draft("Bob's edit of v1"), bob, db));
    expect(error.code).toBe("conflict");
    expect(error.message).toMatch(/saved by someone else/);
    expect((error.details as { current: { version: number; explanation: string } }).current).toMatchObject({ version: 2, explanation: "Alice's v2" });
    expect(getFactCheck(fc.id, { includeUnpublished: true }, db)?.explanation).toBe("Alice's v2");
    expect(factCheckHistory(fc.id, db)).toHaveLength(2);
  });

  it("restore an old revision as a new version, losing nothing", () => {
    const fc = createFactCheck({ claimId }, draft("first thoughts"), alice, db);
    updateFactCheck(fc.id, 1, draft("second thoughts", { ratingId: rating("True") }), alice, db);
    const restored = restoreFactCheck(fc.id, 1, 2, bob, db);
    expect(restored).toMatchObject({ version: 3, explanation: "first thoughts", rating: null });
    expect(factCheckHistory(fc.id, db).map((h) => h.explanation)).toEqual(["first thoughts", "second thoughts", "first thoughts"]);
    expect(appErrorOf(() => restoreFactCheck(fc.id, 9, 3, bob, db)).code).toBe("not_found");
  });

  it("publish only with a verdict and an explanation, and show published ones to readers only", () => {
    expect(appErrorOf(() => createFactCheck({ claimId }, draft("Because.", { status: "published" }), alice, db)).message).toMatch(/Choose a verdict/);
    expect(appErrorOf(() => createFactCheck({ claimId }, draft(" ", { status: "published", ratingId: rating("False") }), alice, db)).message).toMatch(/explanation/);
    const fc = createFactCheck({ claimId }, draft("Police said 15, not 12."), alice, db);
    expect(listFactChecks({ claimId }, {}, db)).toHaveLength(0);
    expect(getFactCheck(fc.id, {}, db)).toBeNull();
    expect(publishedVerdicts("claim", [claimId], db).size).toBe(0);

    const before = version();
    const published = updateFactCheck(fc.id, 1, draft("Police said 15, not 12.", { status: "published", ratingId: rating("False") }), alice, db);
    expect(published.publishedAt).not.toBeNull();
    expect(version()).toBeGreaterThan(before);
    expect(listFactChecks({ claimId }, {}, db).map((f) => f.id)).toEqual([fc.id]);
    expect(publishedVerdicts("claim", [claimId], db).get(claimId)).toMatchObject({ factCheckId: fc.id, label: "False" });

    // Unpublishing takes it away again.
    updateFactCheck(fc.id, 2, draft("Police said 15, not 12.", { status: "in_review", ratingId: rating("False") }), alice, db);
    expect(getFactCheck(fc.id, {}, db)).toBeNull();
  });

  it("refuse unknown targets, ratings and assignees with clear messages", () => {
    expect(appErrorOf(() => createFactCheck({ claimId: 999_999 }, draft("x"), alice, db)).message).toBe("Claim 999999 was not found.");
    expect(appErrorOf(() => createFactCheck({ propositionId: 999_999 }, draft("x"), alice, db)).code).toBe("not_found");
    expect(appErrorOf(() => createFactCheck({ claimId }, draft("x", { ratingId: 4242 }), alice, db)).message).toMatch(/not on the scale/);
    expect(appErrorOf(() => createFactCheck({ claimId }, draft("x", { assigneeId: 4242 }), alice, db)).message).toMatch(/Assign/);
    expect(db.$client.prepare("select count(*) as n from fact_checks").get()).toEqual({ n: 0 });
  });
});

describe("the rating scale", () => {
  it("changes, adds and retires ratings; retired ones stay for old verdicts", () => {
    const scale = listRatings(db);
    const falseId = rating("False");
    const fc = createFactCheck({ claimId }, draft("x", { ratingId: falseId }), alice, db);
    const next = saveRatingScale(
      [
        ...scale.filter((r) => r.label !== "False").map((r) => (r.label === "True" ? { ...r, label: "Correct", color: "#00aa00" } : r)),
        { label: "Pants on fire", color: "#ff0000", value: -1 },
      ],
      alice,
      db,
    );
    expect(next.find((r) => r.label === "Correct")?.color).toBe("#00aa00");
    expect(next.find((r) => r.label === "False")?.retired).toBe(true);
    expect(listRatings(db).map((r) => r.label)).not.toContain("False");
    expect(listRatings(db).at(-1)?.label).toBe("Pants on fire");
    expect(getFactCheck(fc.id, { includeUnpublished: true }, db)?.rating?.label).toBe("False");
  });

  it("swaps two labels, and refuses duplicates and an empty scale", () => {
    const [a, b] = listRatings(db);
    saveRatingScale([{ ...a!, label: b!.label }, { ...b!, label: a!.label }, ...listRatings(db).slice(2)], alice, db);
    expect(listRatings(db).find((r) => r.id === a!.id)?.label).toBe(b!.label);
    expect(appErrorOf(() => saveRatingScale([{ label: "X", color: "#000000", value: 1 }, { label: "x", color: "#000000", value: 2 }], alice, db)).message).toMatch(/same label/);
    expect(appErrorOf(() => saveRatingScale([{ ...a!, retired: true }], alice, db)).message).toMatch(/at least one/);
  });
});
