import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze";
import { framingMeasures, loadedPhrases } from "./framing";

const phrases = (text: string) => loadedPhrases(text).map((p) => [p.text, p.reason]);

describe("loadedPhrases", () => {
  it("finds editorial asides and strongly valenced or combative words, with their offsets", () => {
    const text = "Without a hint of irony, the mayor slammed the plan as terrible.";
    const found = loadedPhrases(text);
    expect(found.map((p) => [p.text, p.reason])).toEqual([
      ["Without a hint of irony", "editorial"],
      ["slammed", "loaded"],
      ["terrible", "loaded"],
    ]);
    for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it("does not count modals of obligation as loaded wording", () => {
    expect(phrases("The council should vote on the budget, and the mayor ought to sign it.")).toEqual([]);
  });

  it("leaves plain reporting alone", () => {
    expect(phrases("The council voted 7-2 on Tuesday to approve the budget.")).toEqual([]);
  });

  it("does not count words that report what happened, or words inside a name", () => {
    expect(phrases("Two people were killed and the driver was found guilty; the mayor won the vote.")).toEqual([]);
    expect(phrases("The Supreme Court heard Dick Lane, who shops at Best Buy.")).toEqual([]);
    // The same words in the outlet's own wording still count, also at the start of a sentence or quotation.
    expect(phrases("Great news. The ruling was a “Terrible blow” and a scandal.")).toEqual([
      ["Great", "loaded"],
      ["Terrible", "loaded"],
      ["scandal", "loaded"],
    ]);
  });
});

describe("framingMeasures", () => {
  it("still reads a sentence with “should” in the outlet's voice as opinion", () => {
    const r = analyzeArticle({ title: "Budget passes", subtitle: null, body: "The council voted on Tuesday. The mayor should sign the budget." });
    expect(r.claims.find((c) => c.exact.includes("should"))?.kind).toBe("opinion");
    expect(framingMeasures(r).loaded).toEqual([]);
  });
});
