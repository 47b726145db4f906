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

describe("the level of a top official (session 47's review)", () => {
  it("never gives a city's or county's top official to a state's or the nation's, nor the nation's to a state's attorney general", () => {
    const city = analyzeBody("The city's top transportation official said bus routes would be cut. State Transportation Secretary Delia Okonkwo said the state would not step in.");
    expect(sourceName(city, claimWith(city, "bus routes"))).not.toBe("Delia Okonkwo");
    const nation = analyzeBody("The nation's top law enforcement officer said the bank had misled regulators. Minnesota Attorney General Keith Ellison said his office would join the case.");
    expect(sourceName(nation, claimWith(nation, "misled regulators"))).not.toBe("Keith Ellison");
    const state = analyzeBody("The state's top transportation official said the bridge was safe.\n\nTransportation Secretary Ann Boyd and federal Transportation Secretary Pete Buttigieg toured the site.");
    expect(sourceName(state, claimWith(state, "bridge was safe"))).toBe("Ann Boyd");
  });
});
