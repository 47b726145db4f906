// Event grouping and the stored comparison, through the real import pipeline on a real SQLite file.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { analyzeArticle } from "../../lib/analysis";
import { importText } from "../../lib/import/import-text";
import { createTempDb } from "../test-support/temp-db";
import type { Db } from "../client";
import { getArticleText, storeReanalysis } from "./articles";
import { getClaimsForArticles } from "./claims";
import { getEventComparison, getEventComparisonJson } from "./comparison";
import { addDifference, mergePropositions, moveArticle, setDifferenceDismissed, splitProposition } from "./propositions";

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTempDb()));
afterEach(() => cleanup());

const HERALD =
  "Harbour director resigns over dredging contract\n\n" +
  "Harbour director Ann Holt resigned on Friday after reports emerged that she misled the port board about the dredging contract.\n\n" +
  "The contractor, Dockside Ltd, has denied paying bribes to port officials.\n\n" +
  "Police said 12 people were questioned about the dredging contract.";
const GAZETTE =
  "Holt quits in dredging contract scandal\n\n" +
  "Without a hint of irony, harbour director Ann Holt resigned on Friday for misleading the port board about the dredging contract.\n\n" +
  "Dockside chief executive Paul Varga has repeatedly denied paying bribes to port officials over the dredging contract.\n\n" +
  "Police said 15 people were questioned.";
const FESTIVAL =
  "Jazz festival returns to the riverside park\n\n" +
  "The summer jazz festival will return to the riverside park in July, organisers said.\n\n" +
  "Tickets for the three-day festival go on sale next week, and the line-up includes twenty bands from across the region.";

function load(text: string, outlet: string, publishedAt = "2025-03-07") {
  const r = importText({ text, outlet, publishedAt }, db);
  if (r.status !== "imported") throw new Error("expected an import");
  return r.article;
}

const count = (sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;
const claimId = (articleId: number, fragment: string) =>
  (db.$client.prepare("select id from claims where article_id = ? and exact like ?").get(articleId, `%${fragment}%`) as { id: number }).id;

function propositionWith(eventId: number, claim: number) {
  return getEventComparison(db, eventId)!.propositions.find((p) => p.claimIds.includes(claim))!;
}

describe("event grouping on import", () => {
  it("puts a second outlet's story in the first one's event and a different story in a new one", () => {
    const herald = load(HERALD, "Springfield Herald");
    const gazette = load(GAZETTE, "Shelbyville Gazette", "2025-03-08");
    const festival = load(FESTIVAL, "Springfield Herald");
    expect(gazette.event?.id).toBe(herald.event?.id);
    expect(festival.event?.id).not.toBe(herald.event?.id);
    expect(herald.event?.title).toBe("Harbour director resigns over dredging contract");
  });

  it("starts a new event for the same words a month later", () => {
    const herald = load(HERALD, "Springfield Herald", "2025-03-07");
    const later = load(GAZETTE, "Shelbyville Gazette", "2025-04-20");
    expect(later.event?.id).not.toBe(herald.event?.id);
  });
});

describe("stored comparison", () => {
  it("groups the outlets' claims into propositions with their differences", () => {
    const herald = load(HERALD, "Springfield Herald");
    const gazette = load(GAZETTE, "Shelbyville Gazette");
    const eventId = herald.event!.id;
    const comparison = getEventComparison(db, eventId)!;
    // Every live claim of the event is in exactly one proposition.
    const all = comparison.propositions.flatMap((p) => p.claimIds);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(count(`select count(*) as n from claims where dismissed_at is null`));

    const denial = propositionWith(eventId, claimId(herald.id, "denied paying"));
    expect(denial.claimIds).toContain(claimId(gazette.id, "denied paying"));
    expect(denial.category).toBe("denials");
    expect(denial.differences.map((d) => d.type)).toContain("attribution");
    const police = propositionWith(eventId, claimId(herald.id, "12 people"));
    const contradiction = police.differences.find((d) => d.type === "contradiction")!;
    // Outlets are compared in alphabetical order, as the event page shows them.
    expect(contradiction.explanation).toBe("Shelbyville Gazette says 15 people; Springfield Herald says 12 people.");
    expect(contradiction.articleIds.sort()).toEqual([herald.id, gazette.id].sort());
    expect(contradiction.diff?.some((t) => t.op === "added" && t.text === "12")).toBe(true);
  });

  it("tells apart two articles of one outlet in the differences it explains", () => {
    const first = load(HERALD, "Springfield Herald", "2025-03-07");
    const followUp = load(GAZETTE, "Springfield Herald", "2025-03-08");
    const eventId = first.event!.id;
    expect(followUp.event?.id).toBe(eventId);
    const explanations = getEventComparison(db, eventId)!.propositions.flatMap((p) => p.differences.map((d) => d.explanation));
    expect(explanations.length).toBeGreaterThan(0);
    expect(explanations).toContain("Springfield Herald (7 Mar 2025) says 12 people; Springfield Herald (8 Mar 2025) says 15 people.");
    expect(explanations).toContain("Only Springfield Herald (8 Mar 2025) reports this; Springfield Herald (7 Mar 2025) does not.");
    expect(explanations.some((e) => /Springfield Herald (?!\()/.test(e))).toBe(false);
  });

  it("keeps people's merges, splits, added and dismissed differences when the engine runs again", () => {
    const herald = load(HERALD, "Springfield Herald");
    const gazette = load(GAZETTE, "Shelbyville Gazette");
    const eventId = herald.event!.id;
    const resignation = propositionWith(eventId, claimId(herald.id, "resigned on Friday"));
    const police = propositionWith(eventId, claimId(gazette.id, "15 people"));
    expect(resignation.id).not.toBe(police.id);

    const merged = mergePropositions([resignation.id, police.id], undefined, db);
    const added = addDifference(merged, { type: "framing", explanation: "The Gazette calls it a scandal." }, undefined, db);
    const denial = propositionWith(eventId, claimId(herald.id, "denied paying"));
    const attribution = denial.differences.find((d) => d.type === "attribution")!;
    setDifferenceDismissed(attribution.id, true, undefined, db);
    const split = splitProposition(denial.id, [claimId(gazette.id, "denied paying")], undefined, db);

    // The engine runs again over both articles (as `reanalyze --all` does).
    for (const a of [herald, gazette]) storeReanalysis(a.id, analyzeArticle(getArticleText(a.id, db)!), db);

    const after = getEventComparison(db, eventId)!;
    const m = after.propositions.find((p) => p.id === merged)!;
    expect(m.origin).toBe("manual");
    expect(m.claimIds).toEqual(expect.arrayContaining([claimId(herald.id, "resigned on Friday"), claimId(gazette.id, "15 people")]));
    expect(m.differences.find((d) => d.id === added)?.explanation).toBe("The Gazette calls it a scandal.");
    const alone = after.propositions.find((p) => p.id === split)!;
    expect(alone.claimIds).toEqual([claimId(gazette.id, "denied paying")]);
    // The Herald's denial is now on its own too, so no attribution difference is left to show; the dismissal
    // is remembered for when the two are merged again.
    mergePropositions([propositionWith(eventId, claimId(herald.id, "denied paying")).id, split], undefined, db);
    const rejoined = propositionWith(eventId, claimId(herald.id, "denied paying"));
    expect(rejoined.differences.find((d) => d.type === "attribution")?.dismissed).toBe(true);
  });

  it("keeps the ids of the propositions a merge or split elsewhere in the event leaves as they were", () => {
    const herald = load(HERALD, "Springfield Herald");
    const gazette = load(GAZETTE, "Shelbyville Gazette");
    const eventId = herald.event!.id;
    const before = getEventComparison(db, eventId)!;
    const denial = propositionWith(eventId, claimId(herald.id, "denied paying"));
    splitProposition(denial.id, [claimId(gazette.id, "denied paying")], undefined, db);
    const after = getEventComparison(db, eventId)!;
    const untouched = before.propositions.filter((p) => p.id !== denial.id);
    expect(untouched.length).toBeGreaterThan(0);
    for (const p of untouched) expect(after.propositions.find((q) => q.id === p.id)?.claimIds).toEqual(p.claimIds);
  });

  it("moves an article to another event, taking its claims out of the old event's propositions", () => {
    const herald = load(HERALD, "Springfield Herald");
    const gazette = load(GAZETTE, "Shelbyville Gazette");
    const festival = load(FESTIVAL, "Springfield Herald");
    moveArticle(gazette.id, festival.event!.id, undefined, db);
    const old = getEventComparison(db, herald.event!.id)!;
    expect(old.propositions.every((p) => p.articleIds.every((a) => a === herald.id))).toBe(true);
    const now = getEventComparison(db, festival.event!.id)!;
    expect(new Set(now.propositions.flatMap((p) => p.articleIds))).toEqual(new Set([festival.id, gazette.id]));
  });

  it("serves the API's JSON from a cache that every change invalidates", () => {
    const herald = load(HERALD, "Springfield Herald");
    const eventId = herald.event!.id;
    const parse = () => JSON.parse(getEventComparisonJson(db, eventId)!).comparison as ReturnType<typeof getEventComparison>;
    expect(parse()).toEqual(getEventComparison(db, eventId));
    const gazette = load(GAZETTE, "Shelbyville Gazette");
    expect(parse()!.propositions.some((p) => p.articleIds.includes(gazette.id))).toBe(true);
    const difference = parse()!.propositions.flatMap((p) => p.differences).find((d) => d.articleIds.length === 2)!;
    setDifferenceDismissed(difference.id, true, undefined, db);
    expect(parse()!.propositions.flatMap((p) => p.differences).find((d) => d.id === difference.id)?.dismissed).toBe(true);
    const proposition = parse()!.propositions[0]!;
    const added = addDifference(proposition.id, { type: "detail", explanation: "Noted." }, undefined, db);
    expect(parse()!.propositions[0]!.differences.some((d) => d.id === added)).toBe(true);
    expect(getEventComparisonJson(db, 999999)).toBeNull();
  });

  it("refuses merges across events and splits of claims that are not there, changing nothing", () => {
    const herald = load(HERALD, "Springfield Herald");
    const festival = load(FESTIVAL, "Springfield Herald");
    const a = getEventComparison(db, herald.event!.id)!.propositions[0]!;
    const b = getEventComparison(db, festival.event!.id)!.propositions[0]!;
    const before = count("select count(*) as n from propositions");
    expect(() => mergePropositions([a.id, b.id], undefined, db)).toThrow(/same event/);
    expect(() => splitProposition(a.id, [999999], undefined, db)).toThrow(/not in proposition/);
    expect(count("select count(*) as n from propositions")).toBe(before);
  });
});

describe("an article with more claims than SQLite binds parameters in one statement", () => {
  it("is stored, compared and read back whole (every list of claim ids is queried in slices)", () => {
    // 34,000 one-sentence paragraphs: one claim each, past SQLite's 32,766 bound parameters.
    const body = Array.from({ length: 34_000 }, (_, i) => `Ann Holt said pier ${i} was safe.`).join("\n\n");
    const article = load(`Holt says every pier is safe\n\n${body}`, "Herald");
    const stored = count(`select count(*) as n from claims where article_id = ${article.id}`);
    expect(stored).toBeGreaterThan(32_766);
    expect(getClaimsForArticles([article.id], db).get(article.id)).toHaveLength(stored);
    expect(getEventComparison(db, article.event!.id)!.propositions.length).toBeGreaterThan(0);
  }, 120_000);
});
