import { describe, expect, it } from "vitest";
import { ANALYZER_VERSION, analyzeArticle } from "./index";
import { analyzeBody, invariantViolations } from "./test-helpers";

const SAMPLE =
  "“The bridge is safe,” Transport Minister Ola Berg said on Tuesday, after the Coastal Times reported cracks. " +
  "Engineers at the Highway Agency concluded that repairs were needed, and Berg has denied ignoring them. " +
  "He added: “We acted fast.” The bridge reportedly carries 40,000 cars a day.";

describe("analyzeArticle", () => {
  it("returns the version, the composed document and consistent claims", () => {
    const r = analyzeArticle({ title: "Minister: bridge is safe", subtitle: "Cracks found", body: SAMPLE });
    expect(r.analyzerVersion).toBe(ANALYZER_VERSION);
    expect(r.document.sections.map((s) => s.section)).toEqual(["title", "subtitle", "body"]);
    expect(invariantViolations(r)).toEqual([]);
    expect(r.claims.length).toBeGreaterThanOrEqual(5);
  });
  it("leaves the dateline opening the article out of its first claim and its entities", () => {
    for (const [dateline, body] of [
      ["WASHINGTON — ", "Representative Tom Weiss denied sending the photo."],
      ["AMHERST, N.H. (AP) -- ", "Legally binding rules were announced by Gov. Ann Holt on Tuesday."],
      ["KANSAS CITY, Mo. — ", "Leaders of the harbour pilots' union accused the port board on Tuesday of hiding the contract."],
    ]) {
      const r = analyzeBody(`${dateline}${body}\n\nHe spoke to reporters.`);
      expect(r.claims[0]!.exact).toBe(body);
      expect(r.entities.map((e) => e.name)).not.toContainEqual(expect.stringMatching(/WASHINGTON|AMHERST|N\.H\.|Legally/));
    }
    // A body in capitals opening the sentence, with a dash and lower case after it, is the subject.
    const nato = analyzeBody("NATO — the alliance of 32 countries — said on Tuesday it would expand.");
    expect(nato.claims[0]!.exact).toMatch(/^NATO — /);
  });
  it("leaves editors' labels, pointers to lost links and bare dates out of the claims", () => {
    const r = analyzeBody("UPDATE:\n\nAnn Holt said the pier was safe. Details here.\n\nUPDATE 2:52 p.m. -- New records revealed that costs rose.\n\n" +
      "Correction: December 1, 2010\n\nSite Mobile Navigation\n\nUpdated figures show the fee rose.");
    expect(r.claims.map((c) => c.exact)).toEqual(["Ann Holt said the pier was safe.", "New records revealed that costs rose.", "Updated figures show the fee rose."]);
    expect(invariantViolations(r)).toEqual([]);
  });

  it("never throws and keeps invariants on hostile input", () => {
    const inputs = [
      "",
      "“”“”“",
      "\"\"\"''' ’’’ ‘‘",
      "🙂🙂 said 🙂. “🙂,” he said.",
      "قال المتحدث إن الوضع مستقر. “שלום,” she said.",
      "\u0000\u0001\u0007 said \u001b[0m. \r\n\r\n\t—",
      "Mr. . . Dr. U.S. a.m. — : , ; “ ” ‘ ’",
      ", and , but ; — according to said said said",
      "X".repeat(5000),
      ("Senator Jo Ray said “yes,” and the group denied it. ").repeat(200),
    ];
    for (const body of inputs) {
      for (const r of [analyzeBody(body), analyzeBody(body, body.slice(0, 80), body.slice(0, 40))]) expect(invariantViolations(r)).toEqual([]);
    }
    // Malformed input from untyped callers.
    expect(() => analyzeArticle({ title: null, subtitle: null, body: undefined as unknown as string })).not.toThrow();
  });
  // Time is measured, not asserted (scripts/bench-hostile.ts prints it per input size); here: a 1 MB line is read
  // whole and correctly, and the work done grows with the input (lib/analysis/hostile.test.ts counts it).
  it("reads a 1 MB line without breaking its invariants", () => {
    const line = "The agency said the plan, which Mr. Holt backed, would cost $3 million and critics denied it ".repeat(11000);
    expect(line.length).toBeGreaterThan(1_000_000);
    const r = analyzeBody(line);
    expect(invariantViolations(r)).toEqual([]);
    expect(r.claims.length).toBeGreaterThan(0);
  });
});

describe("an explainer's question headings (session 34)", () => {
  it("reads no claim from a short question or question-word line standing alone, but does from a sentence opening so", () => {
    const r = analyzeBody("What critics say\n\nSome researchers doubt the rule will work.\n\nWhat has the EU agreed?\n\nThe deal covers chatbots.\n\nWhat happened next shocked everyone.\n\nThe end.");
    const exacts = r.claims.map((c) => c.exact);
    expect(exacts).not.toContain("What critics say");
    expect(exacts).not.toContain("What has the EU agreed?");
    expect(exacts).toContain("What happened next shocked everyone.");
  });
});

describe("crossheads naming what follows (session 36)", () => {
  it("reads no claim from a name or two joined by “and”, or a determiner and one word, standing alone between paragraphs", () => {
    const body = [
      "The regional papers split over the port deal.",
      "Portugal",
      "In Lisbon, the business daily welcomed the deal.",
      "Spain and Morocco",
      "Madrid's papers were cooler.",
      "Verdict",
      "The deal holds, for now.",
      "The background",
      "Talks began in 2019.",
    ].join("\n\n");
    const exacts = analyzeBody(body).claims.map((c) => c.exact);
    for (const heading of ["Portugal", "Spain and Morocco", "Verdict", "The background"]) expect(exacts).not.toContain(heading);
    expect(exacts).toContain("Madrid's papers were cooler.");
  });

  it("still reads a claim from a headline's clause, a speaker's line, a short sentence or an answer standing alone", () => {
    const body = [
      "The storm hit the coast on Sunday.",
      "Talks Collapse",
      "Ferry crews walked out on Monday.",
      "Minister: we will act",
      "The minister spoke in Parliament.",
      "Prices rise",
      "Fuel costs went up by a tenth.",
      "Who pays for the repairs?",
      "Nobody",
      "The council has no budget left.",
      "Yes",
      "The mayor agreed.",
    ].join("\n\n");
    const exacts = analyzeBody(body).claims.map((c) => c.exact);
    for (const line of ["Talks Collapse", "Minister: we will act", "Prices rise", "Nobody", "Yes"]) expect(exacts).toContain(line);
  });

  it("still reads a word a line introduces: a post after a colon, a verdict read out (session 36 review)", () => {
    const body = ["Senator Ruth Ames posted a one-word reaction on Sunday night:", "Disgraceful", "Her spokesman said she stood by it.", "The foreman stood and read the verdict.", "Guilty", "The judge thanked the jury."].join("\n\n");
    const exacts = analyzeBody(body).claims.map((c) => c.exact);
    for (const line of ["Disgraceful", "Guilty"]) expect(exacts).toContain(line);
  });
});

describe("a crosshead opening the body under a headline that asks (session 54)", () => {
  it("reads no claim from “The claim” though the headline above it ends with a question mark", () => {
    const r = analyzeArticle({ title: "Did the waiver reach 42 lakh farmers, as the chief minister claimed?", subtitle: null, body: "The claim\n\nThe chief minister said the scheme reached 42 lakh farmers.\n\nThe facts\n\nThe dashboard shows 26.8 lakh." });
    expect(r.claims.map((c) => c.exact)).not.toContain("The claim");
  });
});
