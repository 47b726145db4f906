import { describe, expect, it } from "vitest";
import { foldSpaces, indexText, locate, locateAll, namesMatch, overlapLength, overlaps } from "./text-match";

describe("locate", () => {
  it("finds a string across no-break spaces and folded whitespace, with offsets into the original", () => {
    const text = "Intro.\n\nFlynn\u00A0said  it was\nfine. Done.";
    const found = locate(indexText(text), "Flynn said it was fine.");
    expect(found).toMatchObject({ mode: "exact" });
    expect(text.slice(found!.start, found!.end)).toBe("Flynn\u00A0said  it was\nfine.");
  });

  it("folds no-break spaces in the needle too, and trims it", () => {
    const text = "He said it was fine.";
    const found = locate(indexText(text), "  said\u00A0it ");
    expect(text.slice(found!.start, found!.end)).toBe("said it");
  });

  it("falls back to a loose match (case, curly quotes, dashes)", () => {
    const text = "WikiLeaks blames Flynn’s resignation on ‘destabilization campaign’ – again";
    const found = locate(indexText(text), "wikileaks blames Flynn's resignation on 'destabilization campaign' - again");
    expect(found).toMatchObject({ mode: "loose", start: 0, end: text.length });
  });

  it("picks the occurrence at or after `from`, else the one nearest `near`, else the first", () => {
    const text = "he said. she said. he said.";
    const index = indexText(text);
    expect(locate(index, "he said")!.start).toBe(0);
    expect(locate(index, "he said", { from: 1 })!.start).toBe(10); // inside "she said": a plain string search
    expect(locate(index, "he said.", { from: 11 })!.start).toBe(19);
    expect(locate(index, "he said.", { near: 25 })!.start).toBe(19);
    expect(locate(index, "he said.", { from: 100 })!.start).toBe(0);
  });

  it("returns null when the text is not there, even loosely", () => {
    expect(locate(indexText("Flynn resigned."), "Pence resigned.")).toBeNull();
    expect(locate(indexText("Flynn resigned."), "   ")).toBeNull();
  });

  it("lists every occurrence", () => {
    expect(locateAll(indexText("Load more. Load  more."), "Load more").map((s) => s.start)).toEqual([0, 11]);
  });

  it("maps offsets correctly past characters outside the BMP", () => {
    const text = "😀 x\u00A0y";
    const found = locate(indexText(text), "x y");
    expect(text.slice(found!.start, found!.end)).toBe("x\u00A0y");
  });
});

describe("overlap", () => {
  const text = "Russia denied it, and WikiLeaks denied it.";
  it("counts shared characters", () => {
    expect(overlapLength({ start: 0, end: 10 }, { start: 5, end: 20 })).toBe(5);
    expect(overlapLength({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0);
  });

  it("needs a shared letter or digit: sharing only ', ' is not overlapping", () => {
    const russia = { start: 0, end: 18 }; // "Russia denied it, "
    const wikileaks = { start: 16, end: text.length }; // ", and WikiLeaks…"
    expect(overlapLength(russia, wikileaks)).toBe(2);
    expect(overlaps(text, russia, wikileaks)).toBe(false);
    expect(overlaps(text, { start: 0, end: 25 }, wikileaks)).toBe(true);
  });
});

describe("names", () => {
  it("compares case-insensitively, ignoring a leading article and quote style", () => {
    expect(namesMatch(["WIKILEAKS"], ["WikiLeaks"])).toBe(true);
    expect(namesMatch(["Washington Post"], ["The Washington Post"])).toBe(true);
    expect(namesMatch(["an independent audit"], ["independent audit"])).toBe(true);
    expect(namesMatch(["Anne Holt"], ["Holt"])).toBe(false);
    expect(namesMatch(["O’Brien"], ["O'Brien"])).toBe(true);
    expect(namesMatch(["the organization"], ["WikiLeaks", "Wikileaks"])).toBe(false);
    expect(namesMatch([], ["WikiLeaks"])).toBe(false);
  });

  it("folds spaces", () => {
    expect(foldSpaces("  a\u00A0\u00A0b\n c ")).toBe("a b c");
  });
});
