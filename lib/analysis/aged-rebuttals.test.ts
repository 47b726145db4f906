import { describe, expect, it } from "vitest";
import { analyzeBody, claimWith, sourceName } from "./test-helpers";

describe("a person described by age who rejects what was just said (blind sets 36 and 37)", () => {
  it("gives “The 58-year-old former parks director rejected that” to the one answering, not the one just quoted", () => {
    const r = analyzeBody(
      "Secretary Ann Holt told the committee that the contractor had cut its staff.\n\n" +
        "Rep. Tom Reed, who chairs the committee, said the department had signed off on the tests.\n\n" +
        "“You don't get to hand the bill to a vendor,” Reed said.\n\n" +
        "The 58-year-old former parks director rejected that, saying the department had approved the plan on the contractor's assurance.",
    );
    expect(sourceName(r, claimWith(r, "approved the plan"))).toBe("Ann Holt");
  });
  it("leaves one described by age who says something of their own, and one who rejects another's plan", () => {
    const own = analyzeBody("Secretary Ann Holt spoke first. “The plan failed,” Tom Reed said.\n\nThe 58-year-old former parks director said the plan had been rushed.");
    expect(sourceName(own, claimWith(own, "been rushed"))).not.toBe("Ann Holt");
    const plan = analyzeBody("Secretary Ann Holt spoke first. “We will build it,” Tom Reed said.\n\nThe 58-year-old mayor rejected the plan on Monday, saying it cost too much.");
    expect(sourceName(plan, claimWith(plan, "cost too much"))).not.toBe("Ann Holt");
  });
});

describe("guards from session 51's second review", () => {
  it("leaves one described by age who answers as themselves: “The 58-year-old mayor rejected the accusation”, “The 52-year-old trustee denied that the board …”", () => {
    const mayor = analyzeBody("Councillor Ross Eadie said the mayor had misled council.\n\n“I never misled anyone,” Mayor Scott Gillingham said.\n\nThe 58-year-old mayor rejected the accusation, saying the report was public.");
    expect(sourceName(mayor, claimWith(mayor, "report was public"))).not.toBe("Ross Eadie");
    const trustee = analyzeBody("Parent Laura Chen said the board had hidden the budget shortfall.\n\nTrustee Paul Grady said the board had published every figure. “Nothing was hidden,” Grady said.\n\nThe 52-year-old trustee denied that the board had been slow to act, saying meetings were held weekly.");
    expect(sourceName(trustee, claimWith(trustee, "held weekly"))).not.toBe("Laura Chen");
  });
});

describe("an aged rebuttal of a blame", () => {
  it("gives “The 58-year-old former teacher rejected that” after “Joe Kim accused Mayor Ann Holt of waste” to the one accused", () => {
    const r = analyzeBody("Council member Joe Kim accused Mayor Ann Holt of waste. The 58-year-old former teacher rejected that, saying the budget was balanced.");
    expect(sourceName(r, claimWith(r, "budget was balanced"))).toBe("Ann Holt");
  });
});
