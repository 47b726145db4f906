import { describe, expect, it } from "vitest";
import { clearDrafts, draftKey, formFromView, loadDraft, sameForm, saveDraft, type DraftStorage, type FactCheckForm } from "./fact-check-draft";
import type { FactCheckView } from "./views";

/** localStorage's behaviour over a Map; `full` makes every write throw as a full quota does. */
function memoryStorage(full = false): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if (full) throw new DOMException("quota", "QuotaExceededError");
      map.set(k, String(v));
    },
    removeItem: (k) => void map.delete(k),
  };
}

const claim12 = { type: "claim" as const, id: 12 };
const form = (explanation: string, extra: Partial<FactCheckForm> = {}): FactCheckForm => ({
  ratingId: null,
  explanation,
  evidence: [],
  status: "draft",
  assigneeId: null,
  ...extra,
});

describe("local fact-check drafts", () => {
  it("are keyed by target, fact-check and base version", () => {
    expect(draftKey(claim12, { factCheckId: null, version: null })).toBe("parallax:fact-check-draft:claim:12:new:0");
    expect(draftKey({ type: "proposition", id: 3 }, { factCheckId: 7, version: 4 })).toBe("parallax:fact-check-draft:proposition:3:7:4");
  });

  it("come back as written, with when they were written", () => {
    const storage = memoryStorage();
    expect(saveDraft(storage, claim12, { factCheckId: 7, version: 2 }, form("half-written", { evidence: [{ url: "https://a.example", note: "" }] }), new Date("2026-01-02T03:04:05Z"))).toBe(true);
    expect(loadDraft(storage, claim12)).toEqual({
      base: { factCheckId: 7, version: 2 },
      form: form("half-written", { evidence: [{ url: "https://a.example", note: "" }] }),
      savedAt: "2026-01-02T03:04:05.000Z",
    });
    expect(loadDraft(storage, { type: "claim", id: 1 })).toBeNull();
    // Claim 1 is not claim 12's prefix-sibling 1x.
    saveDraft(storage, { type: "claim", id: 1 }, { factCheckId: null, version: null }, form("other"));
    expect(loadDraft(storage, claim12)!.form.explanation).toBe("half-written");
  });

  it("give the newest draft of a target, even one started from an older version", () => {
    const storage = memoryStorage();
    saveDraft(storage, claim12, { factCheckId: 7, version: 2 }, form("older"), new Date("2026-01-01T00:00:00Z"));
    saveDraft(storage, claim12, { factCheckId: 7, version: 1 }, form("newer"), new Date("2026-01-03T00:00:00Z"));
    expect(loadDraft(storage, claim12)).toMatchObject({ base: { version: 1 }, form: { explanation: "newer" } });
  });

  it("ignore entries that are not drafts, and are cleared for their target only", () => {
    const storage = memoryStorage();
    storage.setItem("parallax:fact-check-draft:claim:12:7:9", "{not json");
    storage.setItem("parallax:fact-check-draft:claim:12:7:8", JSON.stringify({ savedAt: "x", base: {}, form: { explanation: 3 } }));
    expect(loadDraft(storage, claim12)).toBeNull();
    saveDraft(storage, claim12, { factCheckId: 7, version: 2 }, form("mine"));
    saveDraft(storage, { type: "claim", id: 13 }, { factCheckId: null, version: null }, form("another claim"));
    clearDrafts(storage, claim12);
    expect(loadDraft(storage, claim12)).toBeNull();
    expect([...storage.map.keys()]).toEqual(["parallax:fact-check-draft:claim:13:new:0"]);
  });

  it("report a refused write instead of throwing", () => {
    expect(saveDraft(memoryStorage(true), claim12, { factCheckId: null, version: null }, form("x"))).toBe(false);
  });

  it("compare forms ignoring blank evidence rows", () => {
    expect(sameForm(form("a"), form("a", { evidence: [{ url: " ", note: "" }] }))).toBe(true);
    expect(sameForm(form("a"), form("b"))).toBe(false);
    expect(sameForm(form("a"), form("a", { ratingId: 2 }))).toBe(false);
    expect(sameForm(form("a", { evidence: [{ url: "https://x.example", note: "" }] }), form("a", { evidence: [{ url: "https://x.example", note: "n" }] }))).toBe(false);
  });

  it("fill the form from a saved fact-check", () => {
    const view = {
      rating: { id: 5, label: "False", color: "#cf222e", value: 1, retired: false },
      explanation: "No.",
      evidence: [{ url: "https://x.example", note: "report" }],
      status: "in_review",
      assignee: { id: 2, name: "Ann" },
    } as unknown as FactCheckView;
    expect(formFromView(view)).toEqual({ ratingId: 5, explanation: "No.", evidence: [{ url: "https://x.example", note: "report" }], status: "in_review", assigneeId: 2 });
    expect(formFromView(null)).toEqual(form(""));
  });
});
