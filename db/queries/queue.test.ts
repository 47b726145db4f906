// The fact-checking queue on a real SQLite file: order, filters, the newest fact-check's state, dismissed claims.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTempDb } from "../test-support/temp-db";
import type { Db } from "../client";
import { articles, claims, events, outlets } from "../schema";
import { createFactCheck, listRatings, updateFactCheck } from "./fact-checks";
import { listQueue, queueFilterOptions } from "./queue";
import { createUser } from "./users";

let db: Db;
let cleanup: () => void;
let alice: number;
let bob: number;
let reader: number;
let herald: number;
let gazette: number;
let harbour: number;
let bridge: number;
/** Claim ids by a short name. */
const c = {} as Record<"low" | "high" | "mid" | "dismissed" | "bridge" | "tie", number>;

function article(outletId: number, eventId: number | null, title: string): number {
  return db
    .insert(articles)
    .values({ outletId, eventId, title, body: `${title} body.`, contentHash: title, wordCount: 3 })
    .returning({ id: articles.id })
    .get().id;
}

function claim(articleId: number, exact: string, checkWorthiness: number, dismissed = false): number {
  return db
    .insert(claims)
    .values({ articleId, start: 0, end: exact.length, exact, content: exact, kind: "statement", checkWorthiness, dismissedAt: dismissed ? "2025-01-01T00:00:00Z" : null })
    .returning({ id: claims.id })
    .get().id;
}

beforeEach(async () => {
  ({ db, cleanup } = createTempDb());
  alice = (await createUser({ email: "alice@example.org", name: "Alice", password: "long enough password", role: "fact_checker" }, null, db)).id;
  bob = (await createUser({ email: "bob@example.org", password: "long enough password", role: "admin" }, null, db)).id;
  reader = (await createUser({ email: "rita@example.org", password: "long enough password", role: "reader" }, null, db)).id;
  herald = db.insert(outlets).values({ name: "Herald" }).returning().get().id;
  gazette = db.insert(outlets).values({ name: "Gazette" }).returning().get().id;
  harbour = db.insert(events).values({ title: "Harbour contract" }).returning().get().id;
  bridge = db.insert(events).values({ title: "Bridge closure" }).returning().get().id;
  const a1 = article(herald, harbour, "Herald on the harbour");
  const a2 = article(gazette, harbour, "Gazette on the harbour");
  const a3 = article(gazette, bridge, "Gazette on the bridge");
  c.low = claim(a1, "The harbour opened in 1901.", 0.2);
  c.high = claim(a1, "Police said 12 people were questioned.", 0.9);
  c.mid = claim(a2, "The contract cost 4 million.", 0.5);
  c.dismissed = claim(a2, "Most worthy of all, but dismissed.", 1, true);
  c.bridge = claim(a3, "The bridge will reopen in May.", 0.7);
  c.tie = claim(a3, "Another claim as worthy as the contract.", 0.5);
});
afterEach(() => cleanup());

const ids = (filter: Parameters<typeof listQueue>[0] = {}) => listQueue(filter, db).items.map((i) => i.claimId);
const rating = (label: string) => listRatings(db).find((r) => r.label === label)!.id;

describe("the fact-checking queue", () => {
  it("lists claims that are not dismissed, most check-worthy first (ties by id), with where they appeared", () => {
    expect(ids()).toEqual([c.high, c.bridge, c.mid, c.tie, c.low]);
    const page = listQueue({}, db);
    expect(page.total).toBe(5);
    const high = page.items[0]!;
    expect(high).toMatchObject({
      exact: "Police said 12 people were questioned.",
      article: { title: "Herald on the harbour" },
      outlet: { id: herald, name: "Herald" },
      event: { id: harbour, title: "Harbour contract" },
      status: "unchecked",
      factCheck: null,
    });
  });

  it("pages with limit and offset, and counts every match", () => {
    expect(ids({ limit: 2 })).toEqual([c.high, c.bridge]);
    expect(ids({ limit: 2, offset: 2 })).toEqual([c.mid, c.tie]);
    expect(listQueue({ limit: 2, offset: 4 }, db)).toMatchObject({ total: 5, items: [{ claimId: c.low }] });
  });

  it("filters by event and by outlet", () => {
    expect(ids({ eventId: harbour })).toEqual([c.high, c.mid, c.low]);
    expect(ids({ eventId: bridge })).toEqual([c.bridge, c.tie]);
    expect(ids({ outletId: gazette })).toEqual([c.bridge, c.mid, c.tie]);
    expect(ids({ eventId: harbour, outletId: gazette })).toEqual([c.mid]);
    expect(listQueue({ outletId: gazette }, db).total).toBe(3);
  });

  it("shows the newest fact-check's status, verdict and assignee, and filters by status", () => {
    const draft = createFactCheck({ claimId: c.high }, { ratingId: null, explanation: "Looking", evidence: [], status: "draft", assigneeId: alice }, alice, db);
    createFactCheck({ claimId: c.mid }, { ratingId: rating("False"), explanation: "It cost 2 million.", evidence: [], status: "published" }, bob, db);
    createFactCheck({ claimId: c.low }, { ratingId: null, explanation: "", evidence: [], status: "in_review" }, bob, db);

    const high = listQueue({}, db).items.find((i) => i.claimId === c.high)!;
    expect(high.status).toBe("draft");
    expect(high.factCheck).toMatchObject({ id: draft.id, version: 1, verdict: null, assignee: { id: alice, name: "Alice" } });
    const mid = listQueue({}, db).items.find((i) => i.claimId === c.mid)!;
    expect(mid).toMatchObject({ status: "published", factCheck: { verdict: { label: "False" }, assignee: null } });

    expect(ids({ status: "unchecked" })).toEqual([c.bridge, c.tie]);
    expect(ids({ status: "draft" })).toEqual([c.high]);
    expect(ids({ status: "in_review" })).toEqual([c.low]);
    expect(ids({ status: "published" })).toEqual([c.mid]);

    // A new save moves the claim to its new status; a second, newer fact-check is the one that counts.
    updateFactCheck(draft.id, 1, { ratingId: rating("True"), explanation: "Confirmed.", evidence: [], status: "published" }, alice, db);
    expect(ids({ status: "published" })).toEqual([c.high, c.mid]);
    expect(listQueue({ status: "published" }, db).items[0]!.factCheck).toMatchObject({ version: 2, verdict: { label: "True" } });
    db.$client.prepare("update fact_checks set updated_at = '2000-01-01T00:00:00Z' where id = ?").run(draft.id);
    createFactCheck({ claimId: c.high }, { ratingId: null, explanation: "Second look", evidence: [], status: "in_review" }, bob, db);
    expect(ids({ status: "published" })).toEqual([c.mid]);
    expect(ids({ status: "in_review" })).toEqual([c.high, c.low]);
  });

  it("filters by assignee, and 'none' takes unassigned and unchecked claims", () => {
    createFactCheck({ claimId: c.high }, { ratingId: null, explanation: "", evidence: [], status: "draft", assigneeId: alice }, alice, db);
    createFactCheck({ claimId: c.bridge }, { ratingId: null, explanation: "", evidence: [], status: "draft", assigneeId: bob }, bob, db);
    createFactCheck({ claimId: c.mid }, { ratingId: null, explanation: "", evidence: [], status: "draft" }, bob, db);
    expect(ids({ assignee: alice })).toEqual([c.high]);
    expect(ids({ assignee: bob })).toEqual([c.bridge]);
    expect(ids({ assignee: "none" })).toEqual([c.mid, c.tie, c.low]);
    expect(ids({ assignee: "none", status: "unchecked" })).toEqual([c.tie, c.low]);
    expect(ids({ assignee: reader })).toEqual([]);
  });

  it("never lists a dismissed claim, whatever the filter", () => {
    createFactCheck({ claimId: c.dismissed }, { ratingId: null, explanation: "", evidence: [], status: "draft", assigneeId: alice }, alice, db);
    for (const filter of [{}, { status: "draft" as const }, { assignee: alice }, { outletId: gazette }, { eventId: harbour }]) {
      expect(ids(filter)).not.toContain(c.dismissed);
    }
    expect(listQueue({ status: "draft" }, db).total).toBe(0);
  });

  it("offers events, outlets and the active fact-checkers and admins as filters", () => {
    const options = queueFilterOptions(db);
    expect(options.events.map((e) => e.title)).toEqual(["Bridge closure", "Harbour contract"]);
    expect(options.outlets.map((o) => o.name)).toEqual(["Gazette", "Herald"]);
    expect(options.assignees.map((a) => a.id).sort()).toEqual([alice, bob].sort());
  });
});
