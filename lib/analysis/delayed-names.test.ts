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
