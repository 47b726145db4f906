import { describe, expect, it } from "vitest";
import { findHeader, looksLikeHeadline, parseBareByline, parseByLine, parseHeaderBar, sameTitle, type HeaderUnit } from "./header";

const content = (...texts: string[]): HeaderUnit[] => texts.map((text) => ({ text, kind: "content" }));

describe("parseByLine", () => {
  it.each([
    ["By Jane Doe", ["Jane Doe"]],
    ["By Jane Doe and John Roe", ["Jane Doe", "John Roe"]],
    ["By Jane Doe, John Roe & Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"]],
    ["BY JANE DOE, Associated Press", ["Jane Doe"]],
    ["By Jane Doe | Staff Writer", ["Jane Doe"]],
    ["By Michael T. Flynn Jr.", ["Michael T. Flynn Jr."]],
    ["By Ludwig van Beethoven", ["Ludwig van Beethoven"]],
    ["By: Mary O’Brien-Smith", ["Mary O’Brien-Smith"]],
    ["By The Associated Press", ["The Associated Press"]],
    ["By Jane Doe, CNN", ["Jane Doe"]],
    ["By Jane Doe in Washington", ["Jane Doe"]],
    ["Posted by KTVR 7 News Staff", ["KTVR 7 News Staff"]],
    ["Analysis by Stavros Kallergis", ["Stavros Kallergis"]],
  ])("%s -> %j", (line, authors) => {
    expect(parseByLine(line)?.authors).toEqual(authors);
  });

  it("splits off dates printed on the byline", () => {
    const by = parseByLine("By Jane Doe | Feb 14, 2017 11:17 am EST");
    expect(by?.authors).toEqual(["Jane Doe"]);
    expect(by?.dates[0]?.role).toBe("published");
    expect(parseByLine("By Jane Doe on Feb 14, 2017")?.dates).toHaveLength(1);
  });

  it("rejects sentences that start with By", () => {
    expect(parseByLine("By contrast, the Senate moved quickly.")).toBeNull();
    expect(parseByLine("By the time Flynn resigned, the story had spread.")).toBeNull();
    expect(parseByLine("by the time Flynn resigned")).toBeNull();
    expect(parseByLine("by Congress")).toBeNull();
  });

  it("reads the bylines of blogs and wires: lower-case \"by\", \"Posted by … | date\", an outlet's brand after a comma", () => {
    expect(parseByLine("by Brett Calloway")?.authors).toEqual(["Brett Calloway"]);
    expect(parseByLine("Posted by Jess Kowalski | October 9, 2024")?.authors).toEqual(["Jess Kowalski"]);
    expect(parseByLine("By Marcus Bell, NewsNet24")?.authors).toEqual(["Marcus Bell"]);
  });

  it("reads where the writer files from after the name (\"By Ade Ogun, Ibadan\"), only after an explicit \"By\"", () => {
    expect(parseByLine("By Ade Ogun, Ibadan")?.authors).toEqual(["Ade Ogun"]);
    expect(parseBareByline("Ade Ogun, Ibadan")).toBeNull();
  });
});

describe("parseBareByline", () => {
  it("accepts a name with the writer's beat and job after it", () => {
    expect(parseBareByline("Harriet Quayle Health correspondent")?.authors).toEqual(["Harriet Quayle"]);
    expect(parseBareByline("Leonard Achebe-Strand, Regional Correspondent")?.authors).toEqual(["Leonard Achebe-Strand"]);
    expect(parseBareByline("Harriet Quayle Senior political reporter")?.authors).toEqual(["Harriet Quayle"]);
    // (A markets or companies desk's job, capitalised: set 37.)
    expect(parseBareByline("Nomvula Dlamini-Hart Markets Writer")?.authors).toEqual(["Nomvula Dlamini-Hart"]);
  });
  it("accepts a line that is only names", () => {
    expect(parseBareByline("Andrew Couts")?.authors).toEqual(["Andrew Couts"]);
    expect(parseBareByline("Jane Doe and John Roe")?.authors).toEqual(["Jane Doe", "John Roe"]);
    expect(parseBareByline("Jane Doe, Staff Writer")?.authors).toEqual(["Jane Doe"]);
    expect(parseBareByline("Jane Doe in Washington")?.authors).toEqual(["Jane Doe"]);
  });

  it("rejects section labels, single words and sentences", () => {
    expect(parseBareByline("Breaking News")).toBeNull();
    expect(parseBareByline("National Security")).toBeNull();
    expect(parseBareByline("Politics")).toBeNull();
    expect(parseBareByline("Flynn resigned.")).toBeNull();
    expect(parseBareByline("After helping destabilize the 2016 election, WikiLeaks has theories.")).toBeNull();
  });
});

describe("findHeader", () => {
  it("takes the first unit as headline and does not guess a dek without a byline or date block", () => {
    expect(findHeader(content("Title", "Para one.", "Para two."))).toMatchObject({
      titleIndex: 0,
      subtitleIndex: null,
      bodyStart: 1,
    });
  });

  it("finds the dek between the headline and the byline/date block", () => {
    const units: HeaderUnit[] = [
      ...content("Headline", "A dek sentence.", "Jane Doe"),
      { text: "Feb 14, 2017", kind: "date" },
      ...content("Body one.", "Body two."),
    ];
    expect(findHeader(units)).toMatchObject({ titleIndex: 0, subtitleIndex: 1, bylineIndexes: [2], authors: ["Jane Doe"], bodyStart: 4 });
  });

  it("drops a masthead in capitals right above the byline, keeping the dek (\"THE TUESDAY BRIEF\")", () => {
    const units = content("Headline", "A dek sentence.", "THE TUESDAY BRIEF", "By Jane Doe", "Body one.", "Body two.");
    expect(findHeader(units)).toMatchObject({ titleIndex: 0, subtitleIndex: 1, bylineIndexes: [2, 3], authors: ["Jane Doe"], bodyStart: 4 });
  });

  it("reads an outlet's bureau under the byline as the byline's (\"Ledger Capitol Bureau\")", () => {
    const units = content("Headline", "By Jane Doe", "Ledger Capitol Bureau", "Body one.", "Body two.");
    expect(findHeader(units)).toMatchObject({ bylineIndexes: [1, 2], bodyStart: 3 });
  });

  it("does not make a dek of the only paragraph when the meta block ends the text", () => {
    const units: HeaderUnit[] = [...content("Headline", "The only paragraph."), { text: "Updated at 9 a.m.", kind: "date" }];
    expect(findHeader(units)).toMatchObject({ subtitleIndex: null, bodyStart: 1 });
  });

  it("with a title hint, treats text that starts with prose as body only", () => {
    expect(findHeader(content("Flynn resigned on Monday.", "He apologized."), "Flynn resigns")).toMatchObject({
      titleIndex: null,
      bodyStart: 0,
    });
    expect(findHeader(content("FLYNN RESIGNS", "Flynn resigned on Monday."), "Flynn resigns")).toMatchObject({ titleIndex: 0, bodyStart: 1 });
  });

  it("accepts a By line before the headline", () => {
    expect(findHeader(content("By Jane Doe", "Headline", "Body."))).toMatchObject({ titleIndex: 1, bylineIndexes: [0], bodyStart: 2 });
  });
});

describe("looksLikeHeadline", () => {
  it("accepts headlines and rejects prose and datelines", () => {
    expect(looksLikeHeadline("WikiLeaks: Flynn leaving due to ‘destabilization campaign’ by Dems, media")).toBe(true);
    expect(looksLikeHeadline("Who is Michael Flynn?")).toBe(true);
    expect(looksLikeHeadline("Flynn resigned on Monday.")).toBe(false);
    expect(looksLikeHeadline("WASHINGTON (Reuters) - Michael Flynn resigned")).toBe(false);
    expect(looksLikeHeadline("NEW YORK — Stocks rose")).toBe(false);
    expect(looksLikeHeadline("Washington (CNN) National security adviser Michael Flynn resigned")).toBe(false);
  });
});

describe("sameTitle", () => {
  it("ignores case, whitespace, quote style and trailing punctuation", () => {
    expect(sameTitle("WikiLeaks blames Flynn’s resignation", "wikileaks  blames flynn's resignation.")).toBe(true);
    expect(sameTitle("Flynn resigns", "Flynn stays")).toBe(false);
  });
});

describe("parseHeaderBar", () => {
  it.each([
    ["The Riviera Dispatch | Transport | By Marta Oddone | 12 May 2025, 16:05", ["Marta Oddone"], 1],
    ["FINISH LINE | Athletics | 15 July 2025 | By Diego Arana", ["Diego Arana"], 1],
    ["Gangetic Chronicle News Service | Lucknow | Updated: June 18, 2024, 21:15 IST", [], 1],
    ["Interview by Rhodri Pryce-Jenkins | Fieldnotes Magazine, Science & Environment | 9 September 2024", ["Rhodri Pryce-Jenkins"], 1],
    ["ANALYSIS | The Meridian Ledger | Asia desk", [], 0],
    ["Education | Carmarthen & Teifi Gazette", [], 0],
    ["Words by Isabel Marchetti | Photographs by Tomas Ruiz-Tagle", ["Isabel Marchetti"], 0],
  ])("%s is a bar of header facts", (line, authors, dates) => {
    const bar = parseHeaderBar(line);
    expect([bar?.authors, bar?.dates.length]).toEqual([authors, dates]);
  });

  it.each(["Prices rose sharply | the minister said she was sorry", "Lucknow | Kanpur", "Home | News | Sport and the weekend ahead, said Holt."])("%s is no bar", (line) => {
    expect(parseHeaderBar(line)).toBeNull();
  });

  it("takes a bar for the byline, so the line above it is the dek and a bare name under it the author", () => {
    const h = findHeader(content("Schools need improvement, inspectors find", "Head teacher says school is on the right path", "Education | Carmarthen & Teifi Gazette", "Eleri Vaughan", "Inspectors visited in January."));
    expect([h.subtitleIndex, h.bylineIndexes, h.authors, h.bodyStart]).toEqual([1, [2, 3], ["Eleri Vaughan"], 4]);
  });
});

describe("set 16's bylines (session 35)", () => {
  it("reads “From <name>, <place>”, the place required and never an author", () => {
    expect(parseBareByline("From Chidi Eze, Port Harcourt")?.authors).toEqual(["Chidi Eze"]);
    expect(parseBareByline("From Chidi Eze")).toBeNull();
    expect(parseBareByline("From Monday, Lagos")).toBeNull();
    // (Nor a place, nor a newsroom's label.)
    expect(parseBareByline("From Port Harcourt, Rivers State")).toBeNull();
    expect(parseBareByline("From Our Correspondent, Port Harcourt")).toBeNull();
    const h = findHeader(content("Students protest fees hike", "Police deny firing live rounds", "From Chidi Eze, Enugu", "Students blocked the road on Monday."));
    expect([h.subtitleIndex, h.bylineIndexes, h.authors, h.bodyStart]).toEqual([1, [2], ["Chidi Eze"], 3]);
  });

  it("reads a live blog's byline with its writers' shifts", () => {
    expect(parseBareByline("Ana Ruiz (now) and Tom Holt (earlier)")?.authors).toEqual(["Ana Ruiz", "Tom Holt"]);
    expect(parseByLine("By Ana Ruiz (now) and Tom Holt (earlier)")?.authors).toEqual(["Ana Ruiz", "Tom Holt"]);
    expect(parseBareByline("Ana Ruiz (the mayor)")).toBeNull();
  });
});

describe("set 20's bylines (session 37)", () => {
  it("reads a name with its outlet and stamp after spaced slashes (“Ann Holt / BTN / Updated: …”), and no section labels so split", () => {
    const by = parseBareByline("Raghavendra S. Kulkarni / BTN / Updated: Mar 17, 2026, 08:41 IST");
    expect([by?.authors, by?.dates.map((d) => d.role)]).toEqual([["Raghavendra S. Kulkarni"], ["updated"]]);
    expect(parseBareByline("Ann Holt / Reuters")?.authors).toEqual(["Ann Holt"]);
    expect(parseBareByline("Crime / Justice")).toBeNull();
    expect(parseBareByline("Shares / Bonds / Updated: Mar 17, 2026")).toBeNull();
  });
});

describe("blind set 22's bylines (session 38)", () => {
  it("reads a byline with the writer's address in brackets, or a job of two beats after a comma", () => {
    expect(parseByLine("By Han Mi-rae (mirae.han@ledger.example)")?.authors).toEqual(["Han Mi-rae"]);
    expect(parseByLine("By Ann Holt, Industrial and Labour Reporter")?.authors).toEqual(["Ann Holt"]);
    expect(parseByLine("By Ann Holt, Health & Science Editor")?.authors).toEqual(["Ann Holt"]);
  });

  it("keeps the third writer of a list, and reads no sentence with an address in brackets", () => {
    expect(parseByLine("By Jane Doe, Tom Holt and Ann Poe")?.authors).toEqual(["Jane Doe", "Tom Holt", "Ann Poe"]);
    expect(parseByLine("By email (tips@ledger.example) the council replied.")).toBeNull();
  });

  it("reads a byline under the label “Author”, names only after it", () => {
    expect(parseBareByline("Author Hanna Szabo")?.authors).toEqual(["Hanna Szabo"]);
    expect(parseBareByline("Authors: Ann Holt and Tom Reed")?.authors).toEqual(["Ann Holt", "Tom Reed"]);
    expect(parseBareByline("Author Ann Holt speaks in Denver")).toBeNull();
    expect(parseBareByline("Author of the report")).toBeNull();
  });
});

describe("set 21's bylines (session 38, furn21)", () => {
  it("takes an outlet's name right above the dates for the byline's, not the dek", () => {
    const units: HeaderUnit[] = [...content("Governor vows to fight lawsuit", "Harbor News Digital"), { text: "March 9, 2026", kind: "date" }, ...content("The Legislature sued the governor on Monday.")];
    const h = findHeader(units);
    expect([h.subtitleIndex, h.bylineIndexes, h.bodyStart]).toEqual([null, [1], 3]);
  });

  it("keeps a dek that is no outlet's name, and “Breaking News” is no outlet", () => {
    const units: HeaderUnit[] = [...content("Governor vows to fight lawsuit", "Breaking News"), { text: "March 9, 2026", kind: "date" }, ...content("The Legislature sued the governor on Monday.")];
    expect(findHeader(units).subtitleIndex).toBe(1);
  });
});

describe("set 27's bylines (session 42, furn27)", () => {
  it("reads a byline with the writer's outlet in brackets", () => {
    expect(parseByLine("By Ann Holt-Okafor (Harbor Public Radio)")?.authors).toEqual(["Ann Holt-Okafor"]);
    expect(parseByLine("By Ann Holt and Tom Reed (The Alden Courier)")?.authors).toEqual(["Ann Holt", "Tom Reed"]);
  });

  it("reads no sentence with a name in brackets after “by”", () => {
    expect(parseByLine("By then the council (Labour) had voted.")).toBeNull();
    expect(parseByLine("by the mayor (Ann Holt)")).toBeNull();
  });
});

describe("set 34's bylines (session 48)", () => {
  it("reads a bare byline of a name and the one place the writer files from, right above the dates", () => {
    expect(parseBareByline("Tahmina Akter Chowdhury, Chattogram", true)?.authors).toEqual(["Tahmina Akter Chowdhury"]);
    expect(parseBareByline("Tahmina Akter Chowdhury, Chattogram")).toBeNull();
    expect(parseBareByline("Ann Holt, Tom Reed")?.authors).toEqual(["Ann Holt", "Tom Reed"]);
  });
});

describe("a name and a place in the dek's slot: guard from session 48's review", () => {
  it("takes no title-case dek right under the headline for a byline, but a name of three words and a place", () => {
    const header = (lines: string[]) => findHeader(lines.map((text) => ({ text, kind: /^(?:Published|Updated)/.test(text) ? "date" : "content" }) as HeaderUnit));
    expect(header(["Referendum fails", "Voters Say No, Again", "Published: 12 March 2025", "The vote failed."]).authors).toEqual([]);
    expect(header(["Clinic shut after outbreak", "Tahmina Akter Chowdhury, Chattogram", "Updated: 12 March 2025", "The clinic shut."]).authors).toEqual(["Tahmina Akter Chowdhury"]);
  });
});
