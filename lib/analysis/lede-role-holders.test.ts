// A lede that gives a person's post before their name: the claim is the person's named with that post just after.
import { describe, expect, it } from "vitest";
import { analyzeBody, claimWith, sourceName } from "./test-helpers";

describe("posts in the lede named in the next paragraphs", () => {
  it("gives the lede's claim, and the headline's word for the post, to the person named with it", () => {
    const r = analyzeBody(
      "The chief executive of Harbour General Hospital has denied that managers hid the waiting figures.\n\nThe count was taken on Monday morning.\n\nChief executive Ann Morrow said the claim was false.",
      "Hospital chief denies cover-up",
    );
    expect(["denies cover-up", "has denied", "claim was false"].map((f) => sourceName(r, claimWith(r, f)))).toEqual(["Ann Morrow", "Ann Morrow", "Ann Morrow"]);
    expect(claimWith(r, "has denied")?.source?.text).toBe("The chief executive of Harbour General Hospital");
    const town = analyzeBody("The mayor of a small coastal town has accused the state government of abandoning flooded families.\n\nPort Ellis Mayor Tom Reyes said the offers were too low.");
    expect(sourceName(town, claimWith(town, "has accused"))).toBe("Tom Reyes");
  });

  it("reads a post after a possessive, and one of a body named after the post, and a headline's body and role after “but” (session 39)", () => {
    const r = analyzeBody(
      "Acme Bank’s chief executive has told a Senate inquiry he is sorry for customers’ losses.\n\nThe chief executive of Acme Bank, Tom Reyes, said the bank was not liable.",
      "Acme Bank boss sorry for losses but rejects blame",
    );
    expect(["has told", "rejects blame"].map((f) => sourceName(r, claimWith(r, f)))).toEqual(["Tom Reyes", "Tom Reyes"]);
    expect(claimWith(r, "rejects blame")!.kind).toBe("denial");
    // "blame" refused is a noun, not a verb whose subject is "rejects".
    const own = analyzeBody("The report was published on Monday.", "Minister rejects blame for delays");
    expect(sourceName(own, claimWith(own, "rejects blame"))).not.toBe("rejects");
  });

  it("takes the holder of the post of what a description names for a lede's post after a possessive (session 39 second review)", () => {
    const r = analyzeBody("Harlow Bank's chairman has told shareholders that talks are over.\n\nThe chairman of the lender, Sir Tom Reyes, said the offer was too low.");
    expect(sourceName(r, claimWith(r, "has told shareholders"))).toBe("Tom Reyes");
  });

  it("takes no holder of the same post of another body for a lede's post after a possessive (session 39 review)", () => {
    const r = analyzeBody("Ridgeway Water's chief executive has told MPs that bills must rise.\n\nThe chief executive of Ofwat, David Mills, said the regulator would decide.");
    expect(sourceName(r, claimWith(r, "has told MPs"))).not.toBe("David Mills");
  });

  it("leaves the claim with the body when no one is named with that post, or the post speaks for the body", () => {
    const r = analyzeBody("The chief executive of Harbour General Hospital has denied that managers hid the waiting figures.\n\nNurse Ann Morrow said the claim was true.");
    expect(sourceName(r, claimWith(r, "has denied"))).toBe("Harbour General Hospital");
    const spoken = analyzeBody("A spokesman for Harbour General Hospital said the figures were accurate.\n\nHospital spokesman Ben Holt said the count was fair.");
    expect(sourceName(spoken, claimWith(spoken, "figures were accurate"))).toBe("Harbour General Hospital");
  });

  it("takes no one whose title is another post, one of two, a post of another place, nor for an indefinite post or another headline", () => {
    const lede = "The chief executive of Harbour General Hospital has denied that managers hid the waiting figures.\n\n";
    const sourceOfLede = (after: string, title: string | null = null, start = lede) => {
      const r = analyzeBody(`${start}${after}`, title);
      return sourceName(r, r.claims.find((c) => c.section === "body"));
    };
    expect(sourceOfLede("Former chief executive Tom Reyes said the claim was false.")).toBe("Harbour General Hospital");
    expect(sourceOfLede("Executive director Tom Reyes said the claim was false.")).toBe("Harbour General Hospital");
    const port = "The mayor of Port Ellis has accused the state of abandoning flooded families.\n\n";
    expect(sourceOfLede("Deputy mayor Tom Reyes said the offers were too low.", null, port)).toBe("Port Ellis");
    expect(sourceOfLede("Neighbouring Bayside Mayor Ann Holt said her town was spared.", null, port)).toBe("Port Ellis");
    expect(sourceOfLede("Chief executive Ann Morrow said the claim was false.", null, "A senior executive at Harbour General Hospital said the figures were accurate.\n\n")).not.toBe("Ann Morrow");
    const headline = analyzeBody(`${lede}Chief executive Ann Morrow said the claim was false.`, "Police chief says thefts are rising");
    expect(sourceName(headline, headline.claims[0])).not.toBe("Ann Morrow");
  });
});

describe("“the head of” a body, named later with the title the body gives its head (blind sets 31 and 32)", () => {
  it("gives the lede to the one who holds the body's top title, by its name or its initials", () => {
    const r = analyzeBody("The head of the Harbour Safety Agency admitted on Thursday that families had waited too long. HSA Administrator Priya Raman told senators that the agency had failed.");
    expect(sourceName(r, claimWith(r, "waited too long"))).toBe("Priya Raman");
    const t = analyzeBody("The head of the Coast Guard Service acknowledged on Tuesday that her crews had failed. Coast Guard Service Director Ann Kerr told the committee that the pier was empty.");
    expect(sourceName(t, claimWith(t, "crews had failed"))).toBe("Ann Kerr");
  });

  it("never to a deputy or a former holder, nor to a title of no body named", () => {
    for (const body of [
      "The head of the Harbour Safety Agency admitted that families had waited. Deputy Administrator Tom Reed said the agency had failed.",
      "The head of the Harbour Safety Agency admitted that families had waited. Former HSA Administrator Ann Holt said the agency had failed.",
      "The head of the Harbour Safety Agency admitted that families had waited. Administrator Ann Holt said the agency had failed.",
    ]) {
      const r = analyzeBody(body);
      expect(sourceName(r, claimWith(r, "families had waited"))).toBe("Harbour Safety Agency");
    }
  });
});

describe("a lede's post past its dateline (blind set 31)", () => {
  it("reads “Washington (UCN) - The head of the …” as the post of the one named next", () => {
    const r = analyzeBody("Washington (UCN) - The head of the Harbour Safety Agency admitted on Thursday that families had waited. HSA Administrator Priya Raman told senators that the agency had failed.");
    expect(sourceName(r, claimWith(r, "families had waited"))).toBe("Priya Raman");
  });
});

describe("“the head of” never another body's post (session 46's second review)", () => {
  it("keeps the body when the title named next is of a body that only shares a word, or is a minister's", () => {
    for (const body of [
      "The head of the National Health Service warned on Monday that waiting lists would grow. Health Secretary Jane Doe said more money was coming.",
      "The head of the Department of Transportation said on Friday that the bridge was unsafe. Port Director Ann Smith said the port was open.",
      "The chief of the Army said on Monday that recruitment had fallen. Army Secretary Claire Holt said pay would rise.",
    ]) {
      const r = analyzeBody(body);
      expect(["person"]).not.toContain(r.entities.find((e) => e.key === r.claims[0]!.source?.entityKey)?.kind);
    }
  });
});

describe("the head of a body, titled later as running it (session 48)", () => {
  const body = "The head of the US Coast Guard on Tuesday blamed the shipyard for delays. Coast Guard Commandant Adm. Harriet Lind told senators the ship was late. Sen. Maureen Till, the Republican who chairs the committee, said the delay hurt.";
  it("gives “The head of the US Coast Guard … blamed” to the commandant, and the headline's “Coast Guard chief” too", () => {
    const r = analyzeBody(body, "Coast Guard chief blames shipbuilder for delays");
    expect(sourceName(r, claimWith(r, "The head of the US Coast Guard"))).toBe("Harriet Lind");
    expect(sourceName(r, r.claims.find((c) => c.section === "title"))).toBe("Harriet Lind");
  });
  it("keeps the body when no one is titled so", () => {
    const r = analyzeBody("The head of the US Coast Guard on Tuesday blamed the shipyard for delays. Sen. Maureen Till said the delay hurt.");
    expect(sourceName(r, claimWith(r, "The head of the US Coast Guard"))).toBe("Coast Guard");
  });
});

describe("a lede's described person, by the headline's named claim it repeats (session 50)", () => {
  const body = "The Cabinet official in charge of the nation's harbors on Wednesday blamed two dredging firms for the port closures that stranded 40 ships. Harbors Secretary Ann Holt told the committee the firms ignored warnings. Sen. Tom Reed said the closures cost millions.";
  it("gives “The Cabinet official in charge of … blamed two dredging firms for the port closures” to the headline's named secretary", () => {
    const r = analyzeBody(body, "Harbors secretary blames dredging firms for port closures");
    expect(sourceName(r, claimWith(r, "The Cabinet official"))).toBe("Ann Holt");
  });
  it("leaves it when the headline says something else, or is another kind of claim", () => {
    const other = analyzeBody(body, "Harbors secretary says ships will sail by Friday");
    expect(sourceName(other, claimWith(other, "The Cabinet official"))).not.toBe("Ann Holt");
    const denial = analyzeBody(body, "Harbors secretary denies dredging firms caused port closures");
    expect(sourceName(denial, claimWith(denial, "The Cabinet official"))).not.toBe("Ann Holt");
  });
  it("leaves one who says the opposite, one set against the headline's person, one who held a post before, and a description that is no title of theirs (review of session 50)", () => {
    const against = analyzeBody("An opposition lawmaker said on Monday that the harbor fee will not pay for itself, contradicting the finance minister.\n\nFinance Minister Ann Holt said the fee would pay for itself.", "Finance minister says harbor fee will pay for itself");
    expect(sourceName(against, claimWith(against, "An opposition lawmaker"))).not.toBe("Ann Holt");
    const former = analyzeBody("A former harbor official on Thursday blamed the state for the dredging delays, echoing remarks by the mayor.\n\nMayor Ann Holt said the state had starved the port.", "Mayor blames state for dredging delays");
    expect(sourceName(former, claimWith(former, "A former harbor official"))).not.toBe("Ann Holt");
    const advocate = analyzeBody("A consumer advocate on Monday also blamed the dredging firms for the port closures.\n\nHarbors Minister Ann Holt told reporters the firms ignored warnings.", "Harbors minister blames dredging firms for port closures");
    expect(sourceName(advocate, claimWith(advocate, "A consumer advocate"))).not.toBe("Ann Holt");
  });
});
