import { describe, expect, it } from "vitest";
import { analyzeBody, claimWith, sourceName } from "./test-helpers";

describe("attribution", () => {
  it("finds sources before and after the cue", () => {
    const r = analyzeBody(
      "“We will appeal,” Maria Lopez said on Monday. “It was unfair,” said Tom Reed. Lopez later said that the ruling was wrong.",
    );
    const a = claimWith(r, "We will appeal")!;
    expect([a.kind, sourceName(r, a), a.cue, a.quote]).toEqual(["statement", "Maria Lopez", "said", "direct"]);
    expect(sourceName(r, claimWith(r, "It was unfair"))).toBe("Tom Reed");
    const c = claimWith(r, "ruling was wrong")!;
    expect([sourceName(r, c), c.quote, c.content]).toEqual(["Maria Lopez", "indirect", "the ruling was wrong."]);
  });
  it("splits coordinated denials with different sources", () => {
    const r = analyzeBody("The Acme Corporation has denied polluting the river, and Mayor Jan Holm has denied taking donations from it.");
    const denials = r.claims.filter((c) => c.kind === "denial");
    expect(denials.map((c) => sourceName(r, c))).toEqual(["Acme Corporation", "Jan Holm"]);
  });
  it("separates an outlet's report in a fronted clause from the main clause", () => {
    const r = analyzeBody("After a Springfield Herald article revealed the payments in May, Governor Ada Lind appeared on television and flatly denied any wrongdoing.");
    expect(r.claims.map((c) => [c.kind, sourceName(r, c)])).toEqual([
      ["report", "Springfield Herald"],
      ["denial", "Ada Lind"],
    ]);
  });
  it("resolves descriptions and pronouns", () => {
    const r = analyzeBody(
      "The Green Valley Foundation published its accounts. “Nothing is missing,” the organization wrote. " +
        "The Springfield Herald questioned the figures. The newspaper also reported that two donors withdrew. " +
        "Treasurer Paul Varga disagreed. “The numbers add up,” he said.",
    );
    expect(sourceName(r, claimWith(r, "Nothing is missing"))).toBe("Green Valley Foundation");
    expect(sourceName(r, claimWith(r, "two donors withdrew"))).toBe("Springfield Herald");
    expect(sourceName(r, claimWith(r, "The numbers add up"))).toBe("Paul Varga");
  });
  it("handles according to, findings, blame and the headline colon", () => {
    const r = analyzeBody(
      "The factory closed, according to the Springfield Herald. The Environmental Protection Agency concluded that the spill was avoidable. " +
        "The Dock Workers Union blamed a campaign by managers and investors for the closure.",
      "Union: Plant closed due to pressure by investors",
    );
    const head = r.claims[0]!;
    expect([head.kind, sourceName(r, head), head.cue]).toEqual(["blame", "Union", ":"]);
    expect(head.blamed.map((b) => b.text)).toEqual(["investors"]);
    expect(sourceName(r, claimWith(r, "factory closed"))).toBe("Springfield Herald");
    expect(claimWith(r, "spill was avoidable")?.kind).toBe("finding");
    const blame = claimWith(r, "Union blamed")!;
    expect(blame.kind).toBe("blame");
    expect(blame.blamed.map((b) => b.text)).toEqual(["managers", "investors"]);
  });
  it("names a campaign or administration after the person it belongs to", () => {
    const r = analyzeBody(
      "Later, the Varga campaign said that the new budget would close two schools. The Lee administration denied the claim. " +
        "Varga campaign spokeswoman Ann Holt said the figures were public.",
    );
    expect(sourceName(r, claimWith(r, "Varga campaign said"))).toBe("Varga campaign");
    expect(claimWith(r, "Lee administration denied")?.kind).toBe("denial");
    expect(sourceName(r, claimWith(r, "Lee administration denied"))).toBe("Lee administration");
    expect(sourceName(r, claimWith(r, "figures were public"))).toBe("Ann Holt");
  });
  it("keeps abbreviations whole in the list of who is blamed", () => {
    const r = analyzeBody("Port director Ann Lee blamed the spill on a campaign by U.K. regulators, dock owners and “E.U. officials.”");
    const blame = claimWith(r, "blamed the spill")!;
    expect(blame.kind).toBe("blame");
    expect(blame.blamed.map((b) => b.text)).toEqual(["U.K. regulators", "dock owners", "E.U. officials"]);
  });
  it("keeps unattributed sentences in the outlet's voice with hedges", () => {
    const r = analyzeBody("The mayor reportedly met the donor twice. The deal is sure to raise eyebrows. Many have noted, critics said, that the park is empty.");
    const a = claimWith(r, "reportedly")!;
    expect([a.kind, a.source, a.hedged, a.hedges]).toEqual(["assertion", null, true, ["reportedly"]]);
    expect(claimWith(r, "raise eyebrows")?.kind).toBe("opinion");
    expect(sourceName(r, claimWith(r, "critics said"))).toBe("critics");
  });
  it("attributes unnamed reports and anonymous sources", () => {
    const r = analyzeBody("The coach quit after reports emerged that he hid injuries. Anonymous sources within the club said the board knew.");
    const rep = claimWith(r, "reports emerged")!;
    expect([rep.kind, sourceName(r, rep), rep.hedged]).toEqual(["report", "unnamed reports", true]);
    const anon = claimWith(r, "board knew")!;
    expect(r.entities.find((e) => e.key === anon.source?.entityKey)?.kind).toBe("anonymous");
  });
  it("gives continuing quotation sentences to the last speaker", () => {
    const r = analyzeBody("“We are ready,” coach Dana Birch said. “The season starts now.”");
    expect(sourceName(r, claimWith(r, "season starts now"))).toBe("Dana Birch");
  });
});
