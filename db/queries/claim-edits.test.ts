import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { analyzeArticle } from "../../lib/analysis";
import { reanalyzeArticles } from "../../lib/import/reanalyze";
import { appErrorOf } from "../test-support/app-error";
import { createTempDb } from "../test-support/temp-db";
import type { Db } from "../client";
import { getArticle, storeArticle } from "./articles";
import { addManualClaim, editClaim, getClaimView, getDismissedClaims, setClaimDismissed } from "./claim-edits";

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTempDb()));
afterEach(() => cleanup());

const count = (sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;

const TITLE = "Mayor says bridge will reopen in May";
const BODY =
  "The Elm Street bridge closed on Friday after the storm damaged its supports.\n\n" +
  "Mayor Ann Lee said the bridge would reopen in May. Lee blamed the storm for the delay.\n\n" +
  "Engineers inspected the river bed on Sunday. The repairs will cost about $2 million.";
const OTHER_BODY =
  "The Elm Street bridge will reopen in May, Mayor Ann Lee said on Monday.\n\n" +
  "The storm damaged the bridge supports on Friday, engineers said. Repairs will cost $2 million.";

function store(title: string, body: string, outlet: string, hash: string) {
  const stored = storeArticle(
    {
      outlet: { name: outlet },
      event: { title: "Elm Street bridge" },
      title,
      body,
      contentHash: hash,
      analysis: analyzeArticle({ title, subtitle: null, body }),
    },
    db,
  );
  if (stored.status !== "imported") throw new Error("expected an import");
  return stored.article;
}

function setup() {
  const article = store(TITLE, BODY, "Gazette", "h1");
  store("Elm Street bridge to reopen in May", OTHER_BODY, "Herald", "h2");
  return article;
}

const span = (text: string, words: string) => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in the text`);
  return { start, end: start + words.length };
};

const inComparison = (claimId: number) => count(`select count(*) n from proposition_claims where claim_id = ${claimId}`);

describe("adding a claim by hand", () => {
  it("stores the span with its exact words, the source resolved to a known entity, and an audit entry", () => {
    const article = setup();
    const words = "the storm damaged its supports";
    const claim = addManualClaim(article.id, { section: "body", ...span(BODY, words), kind: "statement", source: "ann lee", cue: "said" }, null, db);
    expect(claim.exact).toBe(words);
    expect(BODY.slice(claim.start, claim.end)).toBe(words);
    expect(claim.origin).toBe("manual");
    expect(claim.source?.name).toBe("Ann Lee");
    expect(claim.cue).toBe("said");
    expect(claim.dismissed).toBe(false);
    expect(claim.checkWorthiness).toBeGreaterThan(0);
    expect(count("select count(*) n from entities where lower(name) = 'ann lee'")).toBe(1);
    expect(count(`select count(*) n from audit_log where action = 'claim.add' and subject_id = ${claim.id}`)).toBe(1);
    expect(getArticle(article.id, db)!.claims.map((c) => c.id)).toContain(claim.id);
  });

  it("creates an entity for a source no one has named before, and takes headline spans", () => {
    const article = setup();
    const claim = addManualClaim(article.id, { section: "title", ...span(TITLE, "bridge will reopen in May"), kind: "report", source: "City Hall" }, null, db);
    expect(claim.section).toBe("title");
    expect(claim.exact).toBe("bridge will reopen in May");
    expect(claim.source?.name).toBe("City Hall");
    expect(count("select count(*) n from entities where name = 'City Hall'")).toBe(1);
  });

  it("refuses bad spans with a clear message and writes nothing", () => {
    const article = setup();
    const before = [count("select count(*) n from claims"), count("select count(*) n from audit_log"), count("select count(*) n from entities")];
    const bad = [
      { start: 10, end: 10, message: /empty/ },
      { start: 12, end: 10, message: /inside the body/ },
      { start: -1, end: 5, message: /inside the body/ },
      { start: 0, end: BODY.length + 1, message: /inside the body/ },
      { start: BODY.indexOf("\n\n"), end: BODY.indexOf("\n\n") + 2, message: /empty/ },
      { start: BODY.indexOf("Mayor") - 1, end: BODY.indexOf("Mayor") + 5, message: /white space/ },
      { ...span(BODY, "supports.\n\nMayor"), message: /one paragraph/ },
    ];
    for (const b of bad) {
      const error = appErrorOf(() => addManualClaim(article.id, { section: "body", start: b.start, end: b.end, kind: "statement", source: "Nobody Known" }, null, db));
      expect(error.code).toBe("invalid_input");
      expect(error.message).toMatch(b.message);
    }
    expect(appErrorOf(() => addManualClaim(article.id, { section: "subtitle", start: 0, end: 3, kind: "statement" }, null, db)).message).toMatch(/no subheadline/);
    expect(appErrorOf(() => addManualClaim(999, { section: "body", start: 0, end: 3, kind: "statement" }, null, db)).code).toBe("not_found");
    expect([count("select count(*) n from claims"), count("select count(*) n from audit_log"), count("select count(*) n from entities")]).toEqual(before);
  });

  it("refuses a second claim on exactly the same span", () => {
    const article = setup();
    const existing = getArticle(article.id, db)!.claims.find((c) => c.section === "body")!;
    const error = appErrorOf(() => addManualClaim(article.id, { section: "body", start: existing.start, end: existing.end, kind: "opinion" }, null, db));
    expect(error.code).toBe("conflict");
  });

  it("joins the event comparison", () => {
    const article = setup();
    const claim = addManualClaim(article.id, { section: "body", ...span(BODY, "The repairs will cost about $2 million"), kind: "assertion" }, null, db);
    expect(inComparison(claim.id)).toBe(1);
  });
});

describe("editing and dismissing", () => {
  it("edits an engine claim, marks it edited and audits before and after", () => {
    const article = setup();
    const target = getArticle(article.id, db)!.claims.find((c) => c.origin === "auto" && c.section === "body")!;
    const edited = editClaim(target.id, { kind: "opinion", source: "City engineers", cue: "argued", quote: "direct", hedged: true }, null, db);
    expect(edited).toMatchObject({ kind: "opinion", cue: "argued", quote: "direct", hedged: true, edited: true });
    expect(edited.source?.name).toBe("City engineers");
    const audit = db.$client.prepare(`select details from audit_log where action = 'claim.edit' and subject_id = ?`).get(target.id) as { details: string };
    expect(JSON.parse(audit.details).after).toMatchObject({ kind: "opinion", cue: "argued" });
    // Saving the same values again changes nothing and records nothing.
    editClaim(target.id, { kind: "opinion" }, null, db);
    expect(count(`select count(*) n from audit_log where action = 'claim.edit' and subject_id = ${target.id}`)).toBe(1);
  });

  it("removes the source when it is cleared, and refuses empty content", () => {
    const article = setup();
    const target = getArticle(article.id, db)!.claims.find((c) => c.source !== null)!;
    expect(editClaim(target.id, { source: "" }, null, db).source).toBeNull();
    expect(appErrorOf(() => editClaim(target.id, { content: "  " }, null, db)).code).toBe("invalid_input");
    expect(appErrorOf(() => editClaim(123456, { kind: "opinion" }, null, db)).code).toBe("not_found");
  });

  it("dismisses a claim (hidden, kept, out of the comparison) and restores it", () => {
    const article = setup();
    const target = getArticle(article.id, db)!.claims.find((c) => inComparison(c.id) === 1)!;
    const dismissed = setClaimDismissed(target.id, true, null, db);
    expect(dismissed.dismissed).toBe(true);
    expect(getArticle(article.id, db)!.claims.map((c) => c.id)).not.toContain(target.id);
    expect(getDismissedClaims(article.id, db).map((c) => c.id)).toEqual([target.id]);
    expect(getClaimView(target.id, db)?.dismissed).toBe(true);
    expect(inComparison(target.id)).toBe(0);

    const restored = setClaimDismissed(target.id, false, null, db);
    expect(restored.dismissed).toBe(false);
    expect(getArticle(article.id, db)!.claims.map((c) => c.id)).toContain(target.id);
    expect(getDismissedClaims(article.id, db)).toEqual([]);
    expect(inComparison(target.id)).toBe(1);
    expect(count(`select count(*) n from audit_log where action in ('claim.dismiss', 'claim.restore') and subject_id = ${target.id}`)).toBe(2);
  });
});

describe("re-analysis", () => {
  it("keeps the claim added by hand, the edit and the dismissal", () => {
    const article = setup();
    const engine = getArticle(article.id, db)!.claims.filter((c) => c.origin === "auto" && c.section === "body");
    expect(engine.length).toBeGreaterThanOrEqual(2);
    const [toEdit, toDismiss] = engine as [typeof engine[0], typeof engine[0]];
    const added = addManualClaim(article.id, { section: "body", ...span(BODY, "Engineers inspected the river bed"), kind: "finding", source: "Engineers" }, null, db);
    editClaim(toEdit.id, { kind: "opinion", cue: "argued" }, null, db);
    setClaimDismissed(toDismiss.id, true, null, db);

    const summary = reanalyzeArticles({ articleIds: [article.id] }, db);
    expect(summary.articles).toBe(1);
    expect(summary.kept).toBe(3);

    const after = getArticle(article.id, db)!.claims;
    expect(after.find((c) => c.id === added.id)).toMatchObject({ origin: "manual", kind: "finding", exact: "Engineers inspected the river bed" });
    expect(after.find((c) => c.id === toEdit.id)).toMatchObject({ kind: "opinion", cue: "argued", edited: true });
    // The dismissed claim stays dismissed, and the engine does not find it again on the same span.
    expect(after.some((c) => c.start === toDismiss.start && c.end === toDismiss.end && c.section === toDismiss.section)).toBe(false);
    expect(getDismissedClaims(article.id, db).map((c) => c.id)).toEqual([toDismiss.id]);
    // Exactly one claim per kept span.
    expect(after.filter((c) => c.start === toEdit.start && c.end === toEdit.end && c.section === "body")).toHaveLength(1);
  });
});
