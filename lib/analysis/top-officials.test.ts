import { describe, expect, it } from "vitest";
import { analyzeBody, claimWith, sourceName } from "./test-helpers";

describe("the nation's top official of a field (session 47)", () => {
  it("gives “The nation's top transportation official” to the Transportation Secretary named next", () => {
    const r = analyzeBody("WASHINGTON - The nation's top transportation official on Monday blamed airlines for the delays.\n\nTransportation Secretary Ana Okafor told senators that carriers had oversold flights.");
    expect(sourceName(r, claimWith(r, "blamed airlines"))).toBe("Ana Okafor");
  });

  it("reads a field whose office has another name: law enforcement, elections", () => {
    const r = analyzeBody("Attorney General Tom Reyes said he was appalled. The nation's top law enforcement officer said the bureau had failed. Secretary of State Mia Holt certified the count. The state's top election official said turnout was high.");
    expect(sourceName(r, claimWith(r, "bureau had failed"))).toBe("Tom Reyes");
    expect(sourceName(r, claimWith(r, "turnout was high"))).toBe("Mia Holt");
  });

  it("gives it to no one when two hold such an office, or only a deputy does", () => {
    const two = analyzeBody("Transportation Secretary Ana Okafor spoke first. Former Transportation Secretary Ian Moss disagreed. Transportation Commissioner Lee Park was silent. The nation's top transportation official said airlines were to blame.");
    expect(sourceName(two, claimWith(two, "airlines were to blame"))).not.toBe("Ana Okafor");
    const deputy = analyzeBody("Deputy Transportation Secretary Ana Okafor spoke first. The nation's top transportation official said airlines were to blame.");
    expect(sourceName(deputy, claimWith(deputy, "airlines were to blame"))).not.toBe("Ana Okafor");
  });
});
