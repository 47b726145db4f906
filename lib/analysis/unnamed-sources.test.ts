// Unnamed sources keep the words that tell them apart ("a city official", "two state election officials").
import { describe, expect, it } from "vitest";
import { analyzeBody, claimWith, sourceName } from "./test-helpers";

describe("unnamed sources told apart by their words", () => {
  it("names a counted source with its modifiers, and “the official” after it is that source", () => {
    const r = analyzeBody(
      "A harbour official who spoke on condition of anonymity said the pier would stay shut. Officials said the ferry would run. The official said repairs would take a year. Two county planning officials, speaking on condition of anonymity, said the plan was late.",
    );
    expect(["pier would stay", "ferry would run", "repairs would take", "plan was late"].map((f) => sourceName(r, claimWith(r, f)))).toEqual([
      "a harbour official",
      "officials",
      "a harbour official",
      "two county planning officials",
    ]);
    // (Also under the name without its count, as an article may name them again.)
    expect(r.entities.find((e) => e.name === "two county planning officials")?.aliases).toContain("county planning officials");
  });

  it("keeps a bare noun's generic name, and a time phrase opening the sentence is no one", () => {
    const r = analyzeBody("The official said the pier would reopen. Hours earlier, a senior port official also pushed back, saying the report was wrong.");
    expect(sourceName(r, claimWith(r, "pier would reopen"))).toBe("an official");
    expect(sourceName(r, claimWith(r, "pushed back"))).toBe("a senior port official");
  });

  it("names people by what they know past a possessive (“two people familiar with the company’s finances”)", () => {
    const r = analyzeBody("Revenue fell short, according to two people familiar with the company’s finances. The manager's job is under review, according to two people close to the club's board.");
    expect(["Revenue fell", "under review"].map((f) => sourceName(r, claimWith(r, f)))).toEqual(["two people familiar with the company’s finances", "two people close to the club's board"]);
  });

  it("names people of a trade or sources by what they know, before the verb or after “according to”, and “the aides” next is them", () => {
    const r = analyzeBody(
      "The audit is late, according to two harbour board aides familiar with the inquiry. The aides said the draft ran to 90 pages. " +
        "Senior officials briefed on the plan said the pier would close. The ferry will stop, according to people familiar with the talks. " +
        "The fee will rise, according to sources close to the board. The letter asks for data, according to two people who have seen it.",
    );
    expect(["audit is late", "90 pages", "pier would close", "ferry will stop", "fee will rise", "asks for data"].map((f) => sourceName(r, claimWith(r, f)))).toEqual([
      "two harbour board aides familiar with the inquiry",
      "two harbour board aides familiar with the inquiry",
      "senior officials briefed on the plan",
      "people familiar with the talks",
      "sources close to the board",
      "two people who have seen it",
    ]);
  });

  it("credits the whole sentence to people named by a long phrase of what they know at its end", () => {
    const r = analyzeBody("The harbour master, Ann Kerr, resigned on Friday after a review found that she had ignored the warnings, according to three port authority officials familiar with the decision.");
    expect(r.claims.map((c) => sourceName(r, c))).toEqual(["three port authority officials familiar with the decision"]);
  });

  it("takes “the province's wildfire service” for the one body named with those words, and keeps one no body is named with", () => {
    const r = analyzeBody("The Manitoba Wildfire Service closed the road. The province's wildfire service said it was busy. The state's health department said no.");
    expect(["was busy", "said no"].map((f) => sourceName(r, claimWith(r, f)))).toEqual(["Manitoba Wildfire Service", "the state's health department"]);
  });

  it("reads staff as people who speak and accuse, and whoever accuses in a passive, but not a noun before the phrase's head", () => {
    const r = analyzeBody(
      "Hospital management has been accused by staff of moving patients into corridors. The 58-year-old is also accused by the Crown of paying for a racehorse. " +
        "Both leaders will return, according to staff in both caucuses. A task force released a report that called for guards or staff members in every school, and urged states to act.",
    );
    expect(["moving patients", "racehorse", "leaders will return"].map((f) => [sourceName(r, claimWith(r, f)), claimWith(r, f)?.kind])).toEqual([
      ["staff", "blame"],
      ["Crown", "blame"],
      ["staff", "statement"],
    ]);
    expect(r.claims.filter((c) => c.exact.includes("urged")).map((c) => sourceName(r, c))).not.toContain("staff");
  });

  it("keeps the words opening the sentence that say which unnamed people speak, but not a side or a people", () => {
    const r = analyzeBody("Outside experts cautioned against over-reading it. Democratic officials said no. Orlenian officials said yes. Critics say it is bad.");
    expect(["over-reading", "said no", "said yes", "it is bad"].map((f) => sourceName(r, claimWith(r, f)))).toEqual(["outside experts", "officials", "officials", "critics"]);
  });

  it("reads people named in “-men” and people with a participle's phrase before the verb", () => {
    const r = analyzeBody("Local fishermen say the losses could be felt for years. Evacuees staying in Winnipeg hotels told reporters they had little information. The tree standing near the road fell on Monday.");
    expect(["losses could", "little information"].map((f) => sourceName(r, claimWith(r, f)))).toEqual(["Local fishermen", "evacuees"]);
    expect(claimWith(r, "tree standing")?.source).toBeNull();
  });

  it("reads a rejected characterisation, in British spelling, as a denial", () => {
    const r = analyzeBody("Housing Minister Grant Tulloch rejected the mayor’s characterisation.");
    expect([sourceName(r, r.claims[0]), r.claims[0]?.kind]).toEqual(["Grant Tulloch", "denial"]);
  });

  it("reads “One of the employees” as the employees, and not whom a relative clause says they spoke to", () => {
    const r = analyzeBody("One of the employees said morale fell. One of the nurses who spoke to The Western Examiner said the count was wrong. One of the reasons for the cuts said nothing.");
    expect(["morale fell", "count was wrong"].map((f) => sourceName(r, claimWith(r, f)))).toEqual(["employees", "nurses"]);
    expect(claimWith(r, "reasons")?.source).toBeNull();
  });

  it("names people after “according to” by what they know (“a person with knowledge of the matter”)", () => {
    const r = analyzeBody("The firm was hired, according to a person with knowledge of the matter. It failed, according to a person at the firm.");
    expect(["was hired", "It failed"].map((f) => sourceName(r, claimWith(r, f)))).toEqual(["a person with knowledge of the matter", "a person"]);
  });

  it("keeps to words that say which (cases the review of session 31 found)", () => {
    const r = analyzeBody(
      "In a statement officials said the road would reopen. Hours later officials said it was over. UN officials said the talks would go on. French officials said maybe. " +
        "The chief of staff said the talks were over. According to a staff member, the ward was full. One of the houses said to be haunted was sold. " +
        "A survey of residents living near the plant found that most wanted it closed. At least one GOP insider told the Herald that Holt would run. " +
        "“We will not go back,” said a senior administration official.",
    );
    expect(
      ["road would reopen", "it was over", "talks would go on", "maybe", "talks were over", "ward was full", "haunted", "most wanted", "would run", "go back"].map((f) => sourceName(r, claimWith(r, f))),
    ).toEqual(["officials", "officials", "officials", "officials", "the chief of staff", "a staff member", null, null, "one GOP insider", "a senior administration official"]);
  });

  it("takes “the club” for the football club the article names, and a hospice for a body that speaks", () => {
    const r = analyzeBody("Castlebridge United have suspended their striker. In a statement, the club said his comments were unacceptable. The United Nations said it was worried. The hospice, which cares for 900 patients a year, said it had changed its controls.");
    expect(["comments were", "worried", "controls"].map((f) => sourceName(r, claimWith(r, f)))).toEqual(["Castlebridge United", "United Nations", "hospice"]);
    expect(r.entities.find((e) => e.name === "Castlebridge United")?.kind).toBe("organization");
  });

  it("reads “one said” after a group spoke as one of that group (since session 47), and “Another said” as the group, with the words that name the one", () => {
    const r = analyzeBody(
      "Three current and former employees, who spoke on condition of anonymity, said staff received short calls. “I was still on the call when my laptop logged me out,” one said. Another described the process as “brutal”. A third said nothing had changed.",
    );
    expect(["logged me out", "brutal", "nothing had changed"].map((f) => [sourceName(r, claimWith(r, f)), claimWith(r, f)?.source?.text])).toEqual([
      ["one of three current and former employees", "one"],
      ["Three current and former employees", "Another"],
      ["Three current and former employees", "A third"],
    ]);
    // (Not a count of no group that spoke: "One of Ryan’s best lines came when he sought to explain …", "Another day passed".)
    const none = analyzeBody("Fans flooded social media with messages. One wrote on X: “Kira deserves better.” Another day passed.");
    expect(none.claims.map((c) => sourceName(none, c))).not.toContain("Three current and former employees");
    expect(sourceName(none, claimWith(none, "day passed"))).toBeNull();
  });

  it("reads “One said” without a quotation as no one of the group that spoke (review of session 31)", () => {
    const r = analyzeBody("Police arrested three men. Officers said two had been released. One said he was innocent.");
    expect(sourceName(r, claimWith(r, "innocent"))).not.toBe("officers");
  });
});

describe("people “aware of” the matter (session 45)", () => {
  it("reads “People aware of the matter said” and “A person aware of the talks said” as unnamed people who know", () => {
    const r = analyzeBody("The airline met its lessors on Monday. People aware of the matter said the airline had missed two months of rent.");
    expect(sourceName(r, claimWith(r, "missed two months"))).toBe("people aware of the matter");
    const one = analyzeBody("The airline met its lessors on Monday. A person aware of the talks said the lessors refused.");
    expect(sourceName(one, claimWith(one, "lessors refused"))).toBe("a person aware of the talks");
  });
});

describe("where a person described is, named as a person's name would be (session 48)", () => {
  it("gives “A fuel dealer in the Northeast Kingdom, whose trucks deliver to homes, said” to the dealer, not to “Northeast Kingdom”", () => {
    for (const body of ["A fuel dealer in the Northeast Kingdom said prices were rising.", "A third-generation fuel dealer in the Northeast Kingdom, whose trucks deliver to 2,200 homes, said prices were rising."]) {
      const r = analyzeBody(body);
      expect(sourceName(r, claimWith(r, "prices were rising"))).toMatch(/^a (?:third-generation )?fuel dealer in the Northeast Kingdom$/);
    }
  });
});

describe("“accused of” and “blamed for” with nothing between (session 48)", () => {
  it("reads a headline's “Team Aotearoa accused of spying” and “Police accused of racism” as no one accusing", () => {
    for (const title of ["Team Aotearoa accused of spying on rival's foils", "Police accused of racism"]) {
      const r = analyzeBody("Léman Racing said the team spied. The team denied it.", title);
      expect(r.claims.find((c) => c.section === "title")!.source).toBeNull();
    }
    const active = analyzeBody("Holt accused Reed of lying.");
    expect(sourceName(active, claimWith(active, "Holt accused"))).toBe("Holt");
  });
});

describe("sources at a body, a plain word told apart by its clause, a lawsuit's filer past a headline's bare “suit” (session 48)", () => {
  it("reads “Sources at CMCH said” and “Sources in the LVP said” as sources at the body, not the body", () => {
    for (const [body, name] of [["Sources at CMCH said the unit had a waiting list.", "sources at CMCH"], ["The Lok Vikas Party (LVP) met. Sources in the LVP said it would complain.", "sources in the LVP"]] as const) {
      const r = analyzeBody(body);
      expect(sourceName(r, claimWith(r, "Sources"))).toBe(name);
    }
  });
  it("reads “said the woman who chairs the parent council” as someone new, not the woman named last", () => {
    const r = analyzeBody("Councillor Morag Sutherland said the decision was hard. “My daughter is five,” said the woman who chairs the parent council, “and the road is ice.”");
    expect(sourceName(r, claimWith(r, "My daughter"))).not.toBe("Morag Sutherland");
    const plain = analyzeBody("Morag Sutherland said the decision was hard. The woman said the road was ice.");
    expect(sourceName(plain, claimWith(plain, "road was ice"))).toBe("Morag Sutherland");
  });
  it("gives “The lawsuit, filed in federal court in Macon, says” to who sued, past a headline's “county calls suit …”", () => {
    const r = analyzeBody("The Justice Department sued a Georgia county on Thursday.\n\nThe lawsuit, filed in federal court in Macon, says the county closed 11 precincts.", "Justice Department sues Georgia county", "county calls suit 'political theater'");
    expect(sourceName(r, claimWith(r, "closed 11 precincts"))).toBe("Justice Department");
    const other = analyzeBody("The Justice Department sued a Georgia county on Thursday. A separate lawsuit, filed in Atlanta, says the county closed 11 precincts.");
    expect(sourceName(other, claimWith(other, "closed 11 precincts"))).not.toBe("Justice Department");
  });
  it("reads a party tag closing an “including” aside as part of it: “Critics, including Sen. Tom Reed (D-Ohio), said”", () => {
    const r = analyzeBody("Critics, including Sen. Tom Reed (D-Ohio), said the program was bad.");
    expect(sourceName(r, claimWith(r, "program was bad"))).toBe("critics");
  });
});

describe("people described up to a clause of their own (session 48)", () => {
  it("reads “according to four former workers who spoke on condition of anonymity” as those workers'", () => {
    const r = analyzeBody("Staff learned of the closing from a post, according to four former workers who spoke on condition of anonymity.");
    expect(sourceName(r, claimWith(r, "Staff learned"))).toBe("four former workers");
  });
  it("reads “…,” said the acoustic ecologist who led the study, as the ecologist's", () => {
    const r = analyzeBody("“Cod are not deaf,” said the acoustic ecologist who led the study, adding that females moved north.");
    expect(sourceName(r, claimWith(r, "Cod are not deaf"))).toBe("acoustic ecologist");
  });
});

describe("an anonymous source named without the clause on why (session 48)", () => {
  it("names “a person familiar with the negotiations who was not authorized to discuss them publicly” as “a person familiar with the negotiations”, but keeps “two people who have seen it”", () => {
    const r = analyzeBody("The firm has asked for a new deal, according to a person familiar with the negotiations who was not authorized to discuss them publicly.");
    expect(sourceName(r, claimWith(r, "asked for a new deal"))).toBe("a person familiar with the negotiations");
    const seen = analyzeBody("The agency sent a letter asking for data, according to two people who have seen it.");
    expect(sourceName(seen, claimWith(seen, "sent a letter"))).toBe("two people who have seen it");
  });
});
