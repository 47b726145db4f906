import { describe, expect, it } from "vitest";
import { analyzeBody, claimWith, sourceName } from "./test-helpers";

describe("a headline's description, by the body's claim it sums up (session 37)", () => {
  it("reads “Regulator says bank failed customers” as the body that said the bank had failed its customers", () => {
    const r = analyzeBody("The Central Bank of Nigeria said the bank had failed its customers. Zenora Bank said it would appeal.", "Regulator says bank failed customers");
    expect(sourceName(r, claimWith(r, "Regulator says"))).toBe("Central Bank of Nigeria");
  });
  it("leaves it alone when the body's claim is by someone of another kind, or shares too few words, or two share as many", () => {
    const union = analyzeBody("The Marches Farmers' Union said the new scheme was fairer to upland farms.", "Government insists new scheme is fairer");
    expect(sourceName(union, claimWith(union, "Government insists"))).not.toBe("Marches Farmers' Union");
    const few = analyzeBody("The Central Bank of Nigeria said inflation had slowed.", "Regulator says bank failed customers");
    expect(sourceName(few, claimWith(few, "Regulator says"))).not.toBe("Central Bank of Nigeria");
    const two = analyzeBody("The Central Bank of Nigeria said the bank had failed its customers. The Securities and Exchange Commission said the bank had failed its customers too.", "Regulator says bank failed customers");
    expect(sourceName(two, claimWith(two, "Regulator says"))).not.toBe("Central Bank of Nigeria");
  });
});

describe("a participle after when it was done (session 37)", () => {
  it("reads “filed a complaint with the FEC on Tuesday alleging” as the filer's, but “pointed to Holt saying” as Holt's", () => {
    const r = analyzeBody("The Campaign Integrity Project filed a complaint with the Federal Election Commission on Tuesday alleging that a contractor paid donors. Critics pointed to Holt saying the plan was flawed.");
    expect(sourceName(r, claimWith(r, "paid donors"))).toBe("Campaign Integrity Project");
    expect(sourceName(r, claimWith(r, "plan was flawed"))).toBe("Holt");
  });
});
