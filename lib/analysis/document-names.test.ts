// Documents of no known owner are named by what they are; a report's own words may give its author.
import { describe, expect, it } from "vitest";
import { describingWords, introducedDocumentName } from "./document-names";
import { analyzeBody, claimWith, sourceName } from "./test-helpers";

describe("document names", () => {
  it("keeps the words that say what a document is, and none for a name, a number or a possessive", () => {
    expect(describingWords(["internal"])).toEqual(["internal"]);
    expect(describingWords(["latest", "staff"])).toEqual(["staff"]);
    expect(describingWords(["61-page"])).toEqual([]);
    expect(describingWords(["town's", "planning"])).toEqual([]);
    expect(describingWords(["Pentagon"])).toEqual([]);
    expect(introducedDocumentName("The agency sat on an internal review showing costs rose. Later, ", "review", 60)).toBe("internal review");
    expect(introducedDocumentName("The agency sat on a review showing costs rose. Later, ", "review", 50)).toBeNull();
  });

  it("names a report or review by its own describing words, or by those of the one introduced before", () => {
    const r = analyzeBody(
      "The mill flooded twice, according to a forensic report released Tuesday under a court order. The report found that the pumps had failed. " +
        "The county sat on an internal review showing the dam was weak. The review, dated March 2024, concluded that repairs were overdue.",
    );
    expect(sourceName(r, claimWith(r, "according to a forensic report"))).toBe("forensic report");
    expect(sourceName(r, claimWith(r, "The report found"))).toBe("forensic report");
    expect(sourceName(r, claimWith(r, "The review, dated"))).toBe("internal review");
  });

  it("reads what a staff report, and “it” after it, says as its findings", () => {
    const r = analyzeBody("The staff report estimated that a third of the pipes were old. It warned that leaks were getting worse. The mayor said she would act.");
    for (const f of ["The staff report", "It warned"]) {
      const c = claimWith(r, f)!;
      expect([sourceName(r, c), c.kind], f).toEqual(["staff report", "finding"]);
    }
    expect(claimWith(r, "The mayor said")!.kind).toBe("statement");
  });

  it("reads “It states” after a sentence that opens with the report that spoke as the report's, not a person it quoted", () => {
    const r = analyzeBody(
      "The board published a preliminary report on Monday. The pilot told investigators that she was tired, according to the report. " +
        "The report does not assign a cause. It states that investigators are examining crew rosters.",
    );
    const c = claimWith(r, "It states")!;
    expect([sourceName(r, c), c.kind]).toEqual(["preliminary report", "finding"]);
  });

  it("gives a document opening the sentence to who signed or sent it, named in an aside before its verb (session 39)", () => {
    const r = analyzeBody(
      "The two-page memo, dated April 9 and signed by Lawrence Pettibone, the deputy under secretary, directs facility directors to “reset the clock” whenever a veteran asks to move an appointment. " +
        "It says the change will “align VA metrics.”",
    );
    expect(["The two-page memo", "It says"].map((f) => sourceName(r, claimWith(r, f)))).toEqual(["Lawrence Pettibone", "Lawrence Pettibone"]);
    const lawyers = analyzeBody("A career scientist said the finding was cut. The letter, sent to the committee by lawyers for the scientist, whose name was redacted, says that an appointee ordered the cut.");
    expect(sourceName(lawyers, claimWith(lawyers, "The letter, sent"))).toBe("a career scientist");
    // Not an aside that names no signer, nor "directs" of anything but a document telling people to do something.
    const dated = analyzeBody("The letter, dated May 2, says the school will close. Tom Reyes directs the choir.");
    expect(sourceName(dated, claimWith(dated, "The letter, dated"))).toBe("letter");
    expect(claimWith(dated, "Tom Reyes directs")!.source).toBeNull();
  });

  it("gives a report to who concluded or said something in it, named right before the verb (session 39)", () => {
    const r = analyzeBody(
      "A former agency official ignored warnings, Special counsel Howard Esterline concluded in a report released Tuesday, but he found insufficient evidence to charge her. " +
        "The 412-page report found that the official overruled three reviews.",
    );
    expect(["he found insufficient", "The 412-page report"].map((f) => sourceName(r, claimWith(r, f)))).toEqual(["Howard Esterline", "Howard Esterline"]);
  });

  it("gives a report with its page count to the author its own words name", () => {
    const r = analyzeBody("The 48-page report, prepared for the ministry by the consultancy Brackenfield Partners, found that the tender was rigged. It found no evidence of bribes.");
    expect(sourceName(r, claimWith(r, "The 48-page report"))).toBe("Brackenfield Partners");
    expect(sourceName(r, claimWith(r, "It found no evidence"))).toBe("Brackenfield Partners");
  });

  it("gives “the report” to the body whose report, past words that say which, was named before", () => {
    const r = analyzeBody("The Civil Aviation Authority's preliminary report found no evidence of engine failure. The plane was overloaded, the report said.");
    expect(sourceName(r, claimWith(r, "the report said"))).toBe("Civil Aviation Authority");
  });

  it("leaves news reports, a report of people named, and a report that says nothing of what it is as they were", () => {
    const r = analyzeBody("Hackers stole the data, according to reports. A police report said the driver was speeding. A newspaper report said costs rose.");
    expect(sourceName(r, claimWith(r, "according to reports"))).toBe("unnamed reports");
    expect(sourceName(r, claimWith(r, "A police report"))).toBe("police");
    // (News is no document: "a newspaper report" is unnamed reports, a report as news is, and no finding.)
    const news = claimWith(r, "A newspaper report")!;
    expect([sourceName(r, news), news.kind]).toEqual(["unnamed reports", "statement"]);
    const latest = analyzeBody("The latest report said costs rose.");
    expect(sourceName(latest, latest.claims[0])).toBe("unnamed reports");
    // (Nor is a verb a document's introduction: "An officer would review the case.")
    expect(introducedDocumentName("An officer would review the case. ", "review", 34)).toBeNull();
  });

  it("reads a memo set off by what saw it as the source of what it shows", () => {
    const r = analyzeBody("A leaked internal memo, seen by this newspaper, shows managers were told to cut the list.");
    const memo = claimWith(r, "leaked internal memo")!;
    expect([memo.kind, sourceName(r, memo)]).toEqual(["finding", "leaked internal memo"]);
  });
});


describe("a document's owner is never the object of a preposition (session 48)", () => {
  it("gives no report to the person an award went to: “The award to Alasdair Pen, disclosed in the annual report, …. The report said …”", () => {
    const r = analyzeBody("The award to Alasdair Pen, disclosed in the annual report published on Wednesday, took his pay to £2.9 million. The report said the bonus reflected progress.");
    expect(sourceName(r, claimWith(r, "The report said"))).not.toBe("Alasdair Pen");
  });
});

describe("a document of no known issuer before an aside on who saw it (session 52)", () => {
  it("speaks as itself: “A letter, seen by the Courier, says”, “An enforcement notice, obtained by the Courier, says”", () => {
    const r = analyzeBody("A letter, seen by the Courier, says the fence breaches the rules. An enforcement notice, obtained by the Courier, says the hot tub must go.");
    expect(sourceName(r, claimWith(r, "fence breaches"))).toBe("a letter");
    expect(sourceName(r, claimWith(r, "hot tub must go"))).toBe("an enforcement notice");
  });

  it("gives a notice to its issuer named in the aside, and a statement its lawyer released to no document", () => {
    const r = analyzeBody("A planning notice, issued by Leeds City Council, says the extension must go. A statement, released by his lawyer on Thursday, said the actor denied the allegations.");
    expect(sourceName(r, claimWith(r, "extension must go"))).toBe("Leeds City Council");
    expect(sourceName(r, claimWith(r, "denied the allegations"))).not.toBe("a statement");
  });
});

describe("a letter's writer named in its aside (session 52)", () => {
  it("gives “A letter opposing the bill, signed by 41 lawmakers and written by state Rep. Ann Morales (D), called it …” to its writer, not the party's letter", () => {
    const r = analyzeBody("A letter opposing the bill, signed by 41 Democratic lawmakers and written by state Rep. Ann Morales (D), called it “a license to steal.”");
    expect(sourceName(r, claimWith(r, "license to steal"))).toBe("Ann Morales");
    expect(r.entities.map((e) => e.name)).not.toContain("D");
  });
});
