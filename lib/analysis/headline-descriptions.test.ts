import { describe, expect, it } from "vitest";
import { analyzeBody, sourceName } from "./test-helpers";

/** The canonical source of the headline's claim, for a body and a headline. */
function headlineSource(body: string, title: string): string | null {
  const r = analyzeBody(body, title);
  return sourceName(r, r.claims.find((c) => c.section === "title"));
}

describe("a headline's description of a body", () => {
  it("is the body the article is about (\"Carmaker admits …\", \"Fitness app maker admits …\")", () => {
    expect(headlineSource("Vetta Motors said it was sorry. The carmaker said the breach was small. Vetta Motors fixed it.", "Carmaker admits breach exposed data")).toBe("Vetta Motors");
    expect(headlineSource("Pulsetrack, the app maker, said it was sorry. Pulsetrack fixed it. Halcyon Capital backs Pulsetrack.", "Fitness app maker admits breach exposed data")).toBe(
      "Pulsetrack",
    );
  });

  it("stays a description when no one body stands out, or none speaks", () => {
    // (Two companies named as often as each other.)
    expect(headlineSource("Apple and Google met. Google said so. Apple said so.", "Tech giant admits breach")).toBe("tech giant");
    // (Named twice, but never speaking.)
    expect(headlineSource("Vetta Motors was hacked. Investors sold Vetta Motors shares.", "Carmaker admits breach exposed data")).toBe("carmaker");
  });

  it("leaves a body the headline names alone", () => {
    expect(headlineSource("Vetta Motors said it was sorry. Vetta Motors fixed it.", "Kelvra admits breach exposed data")).toBe("Kelvra");
  });
});
