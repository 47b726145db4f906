// BASIL speaker scoring on a MADE-UP article in BASIL's format (the real data is never copied here).
import { describe, expect, it } from "vitest";
import {
  basilLayout,
  basilQuoteSpans,
  groupRoleMatches,
  isNamedSpeakerQuote,
  isPersonSpeaker,
  locateAnnotation,
  scoreBasilArticle,
  speakerMatches,
  surnameMatches,
  type BasilAnnotation,
  type BasilArticle,
} from "./basil-score";
import { evaluateBasil, evaluateBasilComparison, type BasilItem } from "./run";
import { basilComparisonRows, basilTargetRows } from "./targets";
import { fakeResult } from "./test-support";

const article: BasilArticle = {
  title: "Senator Quill: “We will not yield”",
  "body-paragraphs": [
    ["Senator Anna Quill spoke on Tuesday.", "“We will not yield,” Quill said."],
    ["Governor Bo Park disagreed.", "“This is reckless,” Park said, adding that the bill was “a disaster.”"],
    ["The vote is set for Friday."],
  ],
};

const ann = (a: Partial<BasilAnnotation> & { txt: string }): BasilAnnotation => ({ quote: "yes", speaker: "", bias: "inf", ...a });
const annotations: BasilAnnotation[] = [
  ann({ id: "p1", txt: "We will not yield", speaker: "Anna_Quill", start: 1, end: 18 }), // sentence 2 of paragraph 1
  ann({ id: "p2", txt: "This is reckless", speaker: "Bo_Park", start: 1, end: 17 }),
  ann({ id: "p3", txt: "a disaster.", speaker: "Bo_Park", start: 57, end: 68 }),
  ann({ id: "p4", txt: "The vote is set for Friday.", speaker: "Anna_Quill" }), // no offsets: found by text
  ann({ id: "p5", txt: "reckless", speaker: "other_anti", start: 9, end: 17 }),
  ann({ id: "p6", txt: "disagreed", quote: "no", speaker: "", bias: "lex" }),
];

describe("speakerMatches", () => {
  it("reads First_Last as a name, case-insensitively", () => {
    expect(speakerMatches("Michael_Steele", ["Michael Steele"])).toBe(true);
    expect(speakerMatches("Michael_Steele", ["michael steele"])).toBe(true);
  });

  it("accepts a fuller name holding the first and last name, or an alias", () => {
    expect(speakerMatches("Michael_Steele", ["RNC Chairman Michael S. Steele"])).toBe(true);
    expect(speakerMatches("Michael_Steele", ["Steele", "Michael Steele"])).toBe(true);
  });

  it("does not accept the surname alone, or another person", () => {
    expect(speakerMatches("Michael_Steele", ["Steele"])).toBe(false);
    expect(speakerMatches("Michael_Steele", ["Michael Jordan"])).toBe(false);
    expect(speakerMatches("Michael_Steele", [])).toBe(false);
    expect(surnameMatches("Michael_Steele", ["Steele"])).toBe(true);
  });

  it("matches one-word and group speakers by their words", () => {
    expect(speakerMatches("NAACP", ["the NAACP"])).toBe(true);
    expect(speakerMatches("Obama_campaign", ["Obama campaign"])).toBe(true);
    expect(speakerMatches("Obama_campaign", ["Barack Obama"])).toBe(false);
  });
});

describe("spans", () => {
  it("keeps quoted spans with a named speaker only", () => {
    expect(annotations.filter(isNamedSpeakerQuote).map((a) => a.id)).toEqual(["p1", "p2", "p3", "p4"]);
    expect(isNamedSpeakerQuote(ann({ txt: "x", speaker: "other_neutral" }))).toBe(false);
    expect(isNamedSpeakerQuote(ann({ txt: "x", speaker: "  " }))).toBe(false);
  });

  it("builds the body from paragraphs and sentences and locates spans by their sentence offsets", () => {
    const layout = basilLayout(article);
    expect(layout.input.body).toBe(
      "Senator Anna Quill spoke on Tuesday. “We will not yield,” Quill said.\n\nGovernor Bo Park disagreed. “This is reckless,” Park said, adding that the bill was “a disaster.”\n\nThe vote is set for Friday.",
    );
    for (const a of annotations.slice(0, 4)) {
      const span = locateAnnotation(layout, a)!;
      expect(layout.text.slice(span.start, span.end)).toBe(a.txt);
    }
    // "We will not yield" is also in the title; the offsets pick the body sentence.
    expect(locateAnnotation(layout, annotations[0]!)!.start).toBeGreaterThan(layout.input.title!.length);
  });

  it("locates a span in the title", () => {
    const layout = basilLayout(article);
    expect(locateAnnotation(layout, ann({ txt: "Senator Quill", start: 0, end: 13 }))).toEqual({ start: 0, end: 13 });
  });
});

describe("scoreBasilArticle", () => {
  const layout = basilLayout(article);
  const spans = basilQuoteSpans(layout, annotations);

  it("counts right, covered and uncovered spans; an uncovered span counts as wrong", () => {
    const result = fakeResult(layout.input, [
      { exact: "“We will not yield,” Quill said.", kind: "statement", source: "Anna Quill" },
      { exact: "“This is reckless,” Park said", kind: "statement", source: "Park" }, // surname only
      { exact: "adding that the bill was “a disaster.”", kind: "statement", source: "Bo Park" },
      { exact: "The vote is set for Friday.", kind: "assertion" }, // outlet's voice: covers nothing
    ]);
    const { counts, issues } = scoreBasilArticle("made-up", spans, layout.text, result);
    expect(counts).toMatchObject({ spans: 4, covered: 3, right: 2, rightBySurname: 3, unlocated: 0 });
    expect(issues).toMatchObject([
      { type: "wrong_speaker", id: "p2", speaker: "Bo_Park", got: ["Park"] },
      { type: "uncovered", id: "p4", located: true },
    ]);
  });

  it("accepts the speaker through the entity's aliases", () => {
    const result = fakeResult(layout.input, [
      { exact: "“We will not yield,” Quill said.", kind: "statement", source: "Quill", aliases: ["Senator Anna Quill"] },
    ]);
    expect(scoreBasilArticle("made-up", spans.slice(0, 1), layout.text, result).counts.right).toBe(1);
  });

  it("re-locates spans by text when the engine's document differs from the layout", () => {
    const input = { ...layout.input, title: "Another headline" };
    const result = fakeResult(input, [{ exact: "“This is reckless,” Park said", kind: "statement", source: "Bo Park" }]);
    const { counts } = scoreBasilArticle("made-up", spans.filter((s) => s.id === "p2"), layout.text, result);
    expect(counts).toMatchObject({ covered: 1, right: 1 });
  });
});

describe("evaluateBasil", () => {
  it("sums articles, counts lex spans, and scores an engine error as nothing covered", () => {
    const items = [
      { id: "a", article, annotations: { "phrase-level-annotations": annotations } },
      { id: "b", article, annotations: { "phrase-level-annotations": annotations } },
    ];
    let calls = 0;
    const report = evaluateBasil(items, (input) => {
      calls++;
      if (calls === 2) throw new Error("boom");
      return fakeResult(input, [{ exact: "“We will not yield,” Quill said.", kind: "statement", source: "Anna Quill" }]);
    });
    expect(report.counts).toMatchObject({ articles: 2, failed: 1, spans: 8, covered: 1, right: 1, lexSpans: 2 });
    expect(report.figures.speakerAccuracy).toBeCloseTo(1 / 8);
    expect(report.figures.accuracyCovered).toBe(1);
    expect(report.issues).toContainEqual({ type: "engine_error", article: "b", message: "boom" });
    expect(basilTargetRows(report.figures, report.counts)[0]).toMatchObject({ measure: "speaker accuracy", ok: false });
  });
});

describe("speaker labels", () => {
  it("accepts a one-word canonical surname only when the article never gives the full name", () => {
    expect(speakerMatches("Barack_Obama", ["Obama"], { surnameSuffices: true })).toBe(true);
    expect(speakerMatches("Barack_Obama", ["Obama"])).toBe(false);
    expect(speakerMatches("Barack_Obama", ["Michelle Obama", "Obama"], { surnameSuffices: true })).toBe(false);
    expect(speakerMatches("NAACP", ["NAACP"])).toBe(true);
  });

  it("recognises a group's spokesperson by the role the article gives them", () => {
    expect(groupRoleMatches("Obama_campaign", ["a spokeswoman for the Obama campaign"])).toBe(true);
    expect(groupRoleMatches("NAACP", ["NAACP President"])).toBe(true);
    expect(groupRoleMatches("Republican_Lawmakers", ["Sen."])).toBe(false);
    expect(groupRoleMatches("Obama_campaign", ["Romney campaign adviser"])).toBe(false);
    // Party and office, as the article gives them.
    expect(groupRoleMatches("Democratic_Lawmakers", ["Rep., D-Md."])).toBe(true);
    expect(groupRoleMatches("Republican_Lawmakers", ["Sen., R-Ky."])).toBe(true);
    expect(groupRoleMatches("Republican_Lawmakers", ["Rep., D-Md."])).toBe(false);
    expect(groupRoleMatches("senate_Democrats", ["Representative, Democrat of Massachusetts"])).toBe(false);
    expect(groupRoleMatches("Democrats", ["Representative, Democrat of Massachusetts"])).toBe(true);
  });

  it("tells one person from a group", () => {
    expect(isPersonSpeaker("Michael_Steele")).toBe(true);
    expect(isPersonSpeaker("Obama_campaign")).toBe(false);
    expect(isPersonSpeaker("Republican_Lawmakers")).toBe(false);
    expect(isPersonSpeaker("NAACP")).toBe(false);
  });
});

describe("evaluateBasilComparison", () => {
  it("clusters all events, and each year's events alone", () => {
    const story = (uuid: string, title: string, body: string, date: string) =>
      ({ id: `${date.slice(0, 4)}/${uuid}`, article: { title, date, "triplet-uuid": uuid, "body-paragraphs": [[body]] }, annotations: { "phrase-level-annotations": [] } }) as BasilItem;
    const items = [
      story("a", "Harbour board approves pier fee", "The harbour board approved the pier fee on Monday after a long fight over the pier.", "2010-03-01"),
      story("a", "Pier fee passes harbour board", "The pier fee passed the harbour board on Monday, ending the long fight over the pier.", "2010-03-01"),
      story("b", "Governor vetoes school budget", "Governor Bo Park vetoed the school budget, citing costs to the schools.", "2011-06-02"),
      story("b", "School budget vetoed by governor", "The school budget was vetoed by Governor Bo Park, who cited the schools' costs.", "2011-06-02"),
    ];
    const r = evaluateBasilComparison(items);
    expect(r.clustering.ari).toBe(1);
    expect(r.byYear.map((y) => [y.year, y.clustering.articles])).toEqual([["2010", 2], ["2011", 2]]);
    expect(basilComparisonRows(r.clustering, r.loaded, r.byYear).map((row) => row.measure)).toContain("  2011's events alone");
  });
});
