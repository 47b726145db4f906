import { describe, expect, it } from "vitest";
import { analyzeBody, claimWith, sourceName } from "./test-helpers";

describe("a body or a person speaking through someone named (session 38)", () => {
  it("gives “said through its general secretary, Timo Rasmussen-Berg, that …” to the person named", () => {
    const r = analyzeBody("The SPD, which came third, said through its general secretary, Timo Rasmussen-Berg, that the party would not be a spare tyre. Fathom Audio said through a spokesperson, Lauren Michaelides, that it stood by the host.");
    expect(sourceName(r, claimWith(r, "spare tyre"))).toBe("Timo Rasmussen-Berg");
    expect(sourceName(r, claimWith(r, "stood by the host"))).toBe("Lauren Michaelides");
  });

  it("leaves a claim said through people unnamed to whoever said it (“Kwon said through his lawyers that …”)", () => {
    const r = analyzeBody("Kwon Hyuk-jae said through his lawyers that he was innocent.");
    expect(sourceName(r, r.claims[0])).toBe("Kwon Hyuk-jae");
  });
});
