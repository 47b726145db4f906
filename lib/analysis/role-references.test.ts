import { describe, expect, it } from "vitest";
import { analyzeBody, claimWith, sourceName } from "./test-helpers";

describe("a title standing for the person given it", () => {
  it("never reads “the president”, an office no one named holds, as the person named last (a former holder may be)", () => {
    const r = analyzeBody(
      "The president on Thursday pardoned Harlan Voss, a Houston developer. “He paid his debt,” the president told reporters. " +
        "In 2009, the editors chose a photo of Sarah Palin in shorts, which the former governor called “sexist.” President Ann Holt met Tom Reyes. The president said talks went well.",
    );
    expect(sourceName(r, claimWith(r, "paid his debt"))).toBe("president");
    expect(sourceName(r, claimWith(r, "former governor called"))).toBe("Sarah Palin");
    expect(sourceName(r, claimWith(r, "talks went well"))).not.toBe("president");
    // (A holder named without the title is still the one meant: "Joe Biden signed …. The president said".)
    const named = analyzeBody("Joe Biden signed the bill on Monday. The president said it would lower costs. Ann Holt, who was elected mayor in 2019, toured the streets. The mayor said the city would rebuild.");
    expect(named.claims.map((c) => sourceName(named, c)).filter(Boolean)).toEqual(["Joe Biden", "Ann Holt"]);
  });
  it("reads “the DM” as the person titled District Magistrate in full, and the capitalised “the Minister” as the one titled so", () => {
    const r = analyzeBody(
      "District Magistrate Sonal Mehra said the road was shut. “I have ordered an inquiry,” the DM said. " +
        "The Minister for Health, Áine Ní Bhriain, has insisted that the merger is safe. “I understand,” the Minister said on Monday.",
    );
    expect(sourceName(r, claimWith(r, "ordered an inquiry"))).toBe("Sonal Mehra");
    expect(sourceName(r, claimWith(r, "I understand"))).toBe("Áine Ní Bhriain");
  });

  it("leaves an acronym the article names in full, or no one holds, to itself", () => {
    const r = analyzeBody("The Federal Bureau of Investigation (FBI) said it would look. “No,” the FBI said. “Later,” the CMO said.");
    expect(sourceName(r, claimWith(r, "No,"))).toBe("Federal Bureau of Investigation");
    expect(sourceName(r, claimWith(r, "Later"))).toBe("CMO");
  });

  it("joins a Gaelic surname with its particle to the full name (“Ó Dálaigh” is Séamus Ó Dálaigh)", () => {
    const r = analyzeBody("Independent TD Séamus Ó Dálaigh accused the Government of neglect. Ó Dálaigh said the vote was close.");
    expect(sourceName(r, claimWith(r, "vote was close"))).toBe("Séamus Ó Dálaigh");
    expect(r.entities.filter((e) => e.kind === "person").map((e) => e.name)).toEqual(["Séamus Ó Dálaigh"]);
  });
  it("reads a lede's title alone as the person named without a title opening the next sentence (“The Minister for Health has insisted …. Áine Ní Bhriain said …”)", () => {
    const r = analyzeBody(
      "The Minister for Health has insisted that the merger is safe.\n\nÁine Ní Bhriain said the plan would bring more consultants.\n\n“I understand,” the Minister said on Monday.",
      "Minister: merger ‘not a closure by the back door’",
    );
    expect(r.claims.filter((c) => c.source).map((c) => sourceName(r, c))).toEqual(["Áine Ní Bhriain", "Áine Ní Bhriain", "Áine Ní Bhriain", "Áine Ní Bhriain"]);
    const titled = analyzeBody("The Minister for Health has insisted that the merger is safe.\n\nHealth Secretary Tom Reed said the plan was fine.");
    expect(sourceName(titled, claimWith(titled, "merger is safe"))).toBe("Minister for Health");
  });
  it("reads “Finance Minister Hon. Claudette Frederick-Baptiste” as titled, and a headline's closing “: Finance Minister” and “the Minister” as her", () => {
    const r = analyzeBody(
      "Hurricane Odalys caused EC$1.1 billion in damage, Finance Minister Hon. Claudette Frederick-Baptiste told Parliament. " +
        "Presenting the assessment, the Minister said housing accounted for half.",
      "Odalys damage put at EC$1.1 billion: Finance Minister",
    );
    expect(r.claims.filter((c) => c.source).map((c) => sourceName(r, c))).toEqual(["Claudette Frederick-Baptiste", "Claudette Frederick-Baptiste", "Claudette Frederick-Baptiste"]);
    const topic = analyzeBody("Prices rose in May. The Central Bank said so.", "Rates and inflation in May: The Outlook");
    expect(topic.claims[0]!.source).toBeNull();
  });
  it("never reads a party's acronym as a leader whose role ends in lower case, nor a lede's title as whoever answers it", () => {
    const party = analyzeBody("Scottish National Party leader John Swinney said independence was closer. The SNP said in a statement that it would campaign.");
    // (The party, by its name's capitals since session 47, never its leader.)
    expect(sourceName(party, claimWith(party, "it would campaign"))).toBe("Scottish National Party");
    const answer = analyzeBody("The Minister for Health has insisted that waiting lists are falling. Róisín Shortall said the figures were a fiction.");
    expect(sourceName(answer, claimWith(answer, "waiting lists are falling"))).not.toBe("Róisín Shortall");
  });
});

describe("“the office of the …” (session 52)", () => {
  it("reads “The office of the attorney general said” as “the attorney general’s office” is read: the person given the title, else the office", () => {
    const named = analyzeBody("Attorney General Dana Ruiz opened an inquiry in May. The office of the attorney general said the inquiry was closed.");
    expect(sourceName(named, claimWith(named, "inquiry was closed"))).toBe("Dana Ruiz");
    const unnamed = analyzeBody("The inquiry opened in May. The office of the state auditor said the inquiry was closed.");
    expect(sourceName(unnamed, claimWith(unnamed, "inquiry was closed"))).toBe("the office of the state auditor");
  });
});

describe("a shadow minister (session 52)", () => {
  it("is not “the chancellor”, but is “the shadow chancellor”", () => {
    const r = analyzeBody("Shadow chancellor Marcus Hale responded in the Commons. The chancellor has confirmed that fuel duty will rise. The shadow chancellor said drivers would pay.");
    expect(sourceName(r, claimWith(r, "fuel duty will rise"))).not.toBe("Marcus Hale");
    expect(sourceName(r, claimWith(r, "drivers would pay"))).toBe("Marcus Hale");
    // (A title of more words the same: "Shadow Health Secretary Ann Holt" is "the shadow health secretary", not "the health secretary".)
    const health = analyzeBody("Shadow Health Secretary Ann Holt spoke first. The health secretary said lists were long. The shadow health secretary said that was untrue.");
    expect(sourceName(health, claimWith(health, "lists were long"))).not.toBe("Ann Holt");
    expect(sourceName(health, claimWith(health, "that was untrue"))).toBe("Ann Holt");
  });
});
