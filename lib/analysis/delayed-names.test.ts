// A speaker named only after her words is who said them.
import { describe, expect, it } from "vitest";
import { analyzeBody, claimWith, sourceName } from "./test-helpers";

describe("delayed names", () => {
  it("gives what “she” said, and her words quoted on, to the woman a later sentence names", () => {
    const r = analyzeBody(
      "A woman waits at the gate of her farm in Petorca province.\n\n“When I was a girl we swam down there,” she says. “Now the river is gone.”\n\nHer name is Rosa Cifuentes. She is 67.",
    );
    for (const f of ["we swam down there", "Now the river is gone"]) expect(sourceName(r, claimWith(r, f)), f).toBe("Rosa Cifuentes");
    expect(r.entities.find((e) => e.name === "Petorca")?.kind).toBe("place");
  });

  it("leaves “she” who is someone named before, and a man's words, as they were", () => {
    const r = analyzeBody("Ann Holt runs the farm. “The river is gone,” she says. His name is Tom Reyes. “We have no water,” he says.");
    expect(sourceName(r, claimWith(r, "The river is gone"))).toBe("Ann Holt");
  });
});

describe("a lede that names its subject in the next paragraph (session 36)", () => {
  it("gives “A nursing assistant … testified that …” to the person the next paragraph opens with, who speaks later", () => {
    const r = analyzeBody(
      "A nursing assistant who worked the night shift testified Wednesday that she asked for fans four times.\n\nTamika Hargrove, 31, was the ninth witness.\n\nHargrove said the hallway read 91 degrees.",
    );
    expect(sourceName(r, claimWith(r, "fans four times"))).toBe("Tamika Hargrove");
  });
  it("leaves it to the description when that person never speaks, or when a spokesman is described", () => {
    const dead = analyzeBody("A neighbour said she heard two shots after midnight.\n\nTom Holt, 45, was found dead at the house.\n\nPolice are appealing for witnesses.");
    expect(sourceName(dead, claimWith(dead, "two shots"))).not.toBe("Tom Holt");
    const spokesman = analyzeBody("A spokesman said the plant would close.\n\nAnn Kerr, the plant's owner, bought it in 2019.\n\nKerr said she was sorry.");
    expect(sourceName(spokesman, claimWith(spokesman, "plant would close"))).not.toBe("Ann Kerr");
    // (Nor to the accused, nor to someone with a title, whom the next paragraph names for their own part.)
    const accused = analyzeBody("A woman told a jury that her former partner locked her in their flat.\n\nDarren Price, 38, of Hull Road, York, denies false imprisonment.\n\nPrice told police she was free to leave.");
    expect(sourceName(accused, claimWith(accused, "locked her"))).not.toBe("Darren Price");
    const judge = analyzeBody("A father of three told the High Court that he had been evicted unlawfully.\n\nJudge Mary Walsh, 61, adjourned the case.\n\n\"I will rule on Friday,\" Judge Walsh said.");
    expect(sourceName(judge, claimWith(judge, "evicted"))).not.toBe("Mary Walsh");
  });
});

