import { describe, expect, it } from "vitest";
import { findHedges } from "./hedges";

describe("findHedges", () => {
  it("finds hedge words and phrases", () => {
    expect(findHedges("The mayor reportedly met the donor.")).toEqual(["reportedly"]);
    expect(findHedges("Files the group is believed to have stolen.")).toEqual(["is believed to"]);
    expect(findHedges("She quit after reports emerged that she lied.")).toEqual(["after reports emerged"]);
    expect(findHedges("Funds allegedly went missing and may have been spent.")).toEqual(["allegedly", "may have been"]);
    expect(findHedges("The video appears to have been taken by a hidden camera.")).toEqual(["appears to"]);
    expect(findHedges("He seemed to mouth an apology.")).toEqual(["seemed to"]);
  });
  it("finds unnamed sources telling, and judgements held widely with no one named", () => {
    expect(findHedges("Meanwhile, multiple sources tell the Herald that they believe Holt will drop out.")).toEqual(["sources tell"]);
    expect(findHedges("The pier will close, according to sources.")).toEqual(["according to sources"]);
    expect(findHedges("Holt is widely considered the favourite.")).toEqual(["widely considered"]);
    expect(findHedges("The vote was widely seen as a rebuke.")).toEqual(["widely seen as"]);
    // Not a source named, nor a classification.
    expect(findHedges("Two sources of funding were cut.")).toEqual([]);
    expect(findHedges("Theft is considered a felony in the state.")).toEqual([]);
  });
  it("ignores plain statements and hedges inside quoted ranges", () => {
    expect(findHedges("The council approved the budget on Monday.")).toEqual([]);
    expect(findHedges("The mayor appeared before the council.")).toEqual([]);
    expect(findHedges("The mayor appears today before the council.")).toEqual([]);
    const t = "He said “it apparently works” yesterday.";
    expect(findHedges(t, [{ start: 8, end: 29 }])).toEqual([]);
  });
});
