// A round-up's labelled reactions: "Title Name: “…”" is that person's quotation.
import { describe, expect, it } from "vitest";
import { analyzeBody, claimWith, sourceName } from "./test-helpers";

describe("labelled quotations (session 52)", () => {
  it("gives “Road Haulage Association chief executive Ann Quayle: “…”” to the person the label ends with, quoted directly", () => {
    const r = analyzeBody("Here is more reaction from business groups:\n\nRoad Haulage Association chief executive Ann Quayle: “A 5p rise lands on every lorry. This is a hammer blow.”");
    const first = claimWith(r, "lands on every lorry")!;
    expect([sourceName(r, first), first.cue, first.quote]).toEqual(["Ann Quayle", ":", "direct"]);
    expect(sourceName(r, claimWith(r, "hammer blow"))).toBe("Ann Quayle");
    // (A trade no list holds, by its ending: "chief meteorologist".)
    const met = analyzeBody("Met Office chief meteorologist Ann Holt: “Travel only if necessary.”");
    expect(sourceName(met, claimWith(met, "Travel only"))).toBe("Ann Holt");
  });

  it("leaves a label with a verb of saying, or one ending in no one, alone", () => {
    const r = analyzeBody("The warning was plain: “Leave now.”\n\nAnn Quayle said this: “Leave now.”");
    expect(sourceName(r, claimWith(r, "The warning was plain"))).toBeNull();
    // (Nor a label that says what the quotation is, about or to whom: not the person it names.)
    for (const label of ["From the complaint against Tom Reid", "A message to Prime Minister Ann Holt", "Former teammate Tom Reid on Ann Holt", "Mother of victim Tom Reid", "Dear Ann Holt", "Ann Holt and Tom Reid"]) {
      const q = analyzeBody(`Tom Reid and Ann Holt met in May.\n\n${label}: “He diverted the funds.”`);
      expect(sourceName(q, claimWith(q, "diverted the funds")), label).toBeNull();
    }
  });
});
