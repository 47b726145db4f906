// A lede that gives a person's post before their name: the claim is the person's named with that post just after.
import { describe, expect, it } from "vitest";
import { analyzeBody, claimWith, sourceName } from "./test-helpers";

describe("posts in the lede named in the next paragraphs", () => {
  it("gives the lede's claim, and the headline's word for the post, to the person named with it", () => {
    const r = analyzeBody(
      "The chief executive of Harbour General Hospital has denied that managers hid the waiting figures.\n\nThe count was taken on Monday morning.\n\nChief executive Ann Morrow said the claim was false.",
      "Hospital chief denies cover-up",
    );
    expect(["denies cover-up", "has denied", "claim was false"].map((f) => sourceName(r, claimWith(r, f)))).toEqual(["Ann Morrow", "Ann Morrow", "Ann Morrow"]);
    expect(claimWith(r, "has denied")?.source?.text).toBe("The chief executive of Harbour General Hospital");
    const town = analyzeBody("The mayor of a small coastal town has accused the state government of abandoning flooded families.\n\nPort Ellis Mayor Tom Reyes said the offers were too low.");
    expect(sourceName(town, claimWith(town, "has accused"))).toBe("Tom Reyes");
  });

  it("leaves the claim with the body when no one is named with that post, or the post speaks for the body", () => {
    const r = analyzeBody("The chief executive of Harbour General Hospital has denied that managers hid the waiting figures.\n\nNurse Ann Morrow said the claim was true.");
    expect(sourceName(r, claimWith(r, "has denied"))).toBe("Harbour General Hospital");
    const spoken = analyzeBody("A spokesman for Harbour General Hospital said the figures were accurate.\n\nHospital spokesman Ben Holt said the count was fair.");
    expect(sourceName(spoken, claimWith(spoken, "figures were accurate"))).toBe("Harbour General Hospital");
  });
});
