// People or a panel acting for a body the article names speak as that body.
import { describe, expect, it } from "vitest";
import { analyzeBody, claimWith, sourceName } from "./test-helpers";

describe("acting for bodies", () => {
  it("gives what inspectors found to the one inspectorate the article names, and to no body when it names none or two", () => {
    const one = analyzeBody("The report by Estyn, the education and training inspectorate for Wales, says leaders failed. Inspectors found that teaching was weak.");
    expect(sourceName(one, claimWith(one, "Inspectors found"))).toBe("Estyn");
    const none = analyzeBody("The school was visited in May. Inspectors found that teaching was weak.");
    expect(sourceName(none, claimWith(none, "Inspectors found"))).toBe("inspectors");
    const two = analyzeBody("The Care Inspectorate and the Schools Inspectorate visited. Inspectors found that teaching was weak.");
    expect(sourceName(two, claimWith(two, "Inspectors found"))).toBe("inspectors");
  });

  it("gives a body's panel, and “the panel” after it, to the body, as its findings", () => {
    const r = analyzeBody(
      "The Court of Arbitration for Sport (CAS) dismissed the appeal. In its ruling, the three-member CAS panel found that she had failed to explain it. The panel also noted that the batch had been opened.",
    );
    for (const f of ["the three-member CAS panel", "The panel also noted"]) {
      const c = claimWith(r, f)!;
      expect([sourceName(r, c), c.kind], f).toEqual(["Court of Arbitration for Sport", "finding"]);
    }
    // (A panel of no body named, or of a body the article does not know, stays the panel.)
    const unknown = analyzeBody("The appeal failed. The panel also noted that the batch had been opened.");
    expect(sourceName(unknown, claimWith(unknown, "The panel"))).toBe("panel");
  });

  it("names any other body's panel as a body of its own, after “after a” or a fronted phrase too (session 47)", () => {
    const r = analyzeBody(
      "The Jockey Racing Authority said the rules were clear. Harris was fined after a Jockey Racing Authority disciplinary panel found that he ran the horse while lame. In its written reasons, the three-member panel, chaired by Ann Lowe KC, said Harris had been warned.",
    );
    expect(sourceName(r, claimWith(r, "ran the horse"))).toBe("Jockey Racing Authority disciplinary panel");
    const reasons = claimWith(r, "had been warned")!;
    expect([sourceName(r, reasons), reasons.kind]).toEqual(["Jockey Racing Authority disciplinary panel", "finding"]);
    expect(sourceName(r, claimWith(r, "rules were clear"))).toBe("Jockey Racing Authority");
  });
});
