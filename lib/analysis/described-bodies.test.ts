import { describe, expect, it } from "vitest";
import { analyzeBody, claimWith, sourceName } from "./test-helpers";

describe("a body described before it is named", () => {
  it("is the first body named right after with a description of the same kind", () => {
    const r = analyzeBody(
      "Two satellites collided, a private tracking company said. The crash came at dawn, according to SkyLedger, a U.S.-based firm that tracks debris. " +
        "Paris-based operator Astréa Orbital lost contact. But a consumer group said the maker had known. Patients for Safe Medicines, a Washington-based advocacy group, said so.",
    );
    expect(sourceName(r, claimWith(r, "Two satellites collided"))).toBe("SkyLedger");
    expect(sourceName(r, claimWith(r, "maker had known"))).toBe("Patients for Safe Medicines");
  });

  it("stays described when no body of that kind is named right after", () => {
    const r = analyzeBody("Two satellites collided, a private tracking company said. Debris spread. The Harbor Union, a group of dockers, met.");
    expect(sourceName(r, claimWith(r, "Two satellites collided"))).toBe("a private tracking company");
  });
});

describe("a panel a body formed (session 48)", () => {
  it("gives “The committee recommended …” to the body that formed the committee, and nothing to a committee no body formed", () => {
    const r = analyzeBody("The five-member committee formed by the Directorate General of Health Services said in its report that dialysers were reused. The committee recommended that the owner be prosecuted.");
    expect(sourceName(r, claimWith(r, "owner be prosecuted"))).toBe("Directorate General of Health Services");
    const none = analyzeBody("The Directorate General of Health Services opened an inquiry. The committee recommended that the owner be prosecuted.");
    expect(sourceName(none, claimWith(none, "owner be prosecuted"))).not.toBe("Directorate General of Health Services");
  });
});

describe("a described body's document (session 52)", () => {
  it("gives “The panel’s report said” and “The panel’s written reasons, published …, said” to the panel the article only described", () => {
    const r = analyzeBody(
      "A disciplinary tribunal found that the striker had not been registered. The tribunal’s report said the club had ignored two emails. " +
        "The tribunal’s written reasons, published on the league website, said the secretary had left in March.",
    );
    expect(sourceName(r, claimWith(r, "ignored two emails"))).toBe("a disciplinary tribunal");
    expect(sourceName(r, claimWith(r, "secretary had left"))).toBe("a disciplinary tribunal");
  });

  it("leaves them alone when a body named with that word is known", () => {
    const r = analyzeBody("A disciplinary tribunal found that the striker had not been registered. The Sports Tribunal of Wales met later. The tribunal’s report said the club had ignored two emails.");
    expect(sourceName(r, claimWith(r, "ignored two emails"))).not.toBe("a disciplinary tribunal");
  });
});
