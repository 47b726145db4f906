import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe("splitSentences", () => {
  it("keeps a closing quote with its sentence", () => {
    expect(split("“We will win.” The crowd cheered.")).toEqual(["“We will win.”", "The crowd cheered."]);
  });
  it("does not split after titles, months or initials", () => {
    expect(split("Sen. Jane Roe met Dr. Alan Poe on Jan. 5 with John Q. Public. They talked.")).toEqual([
      "Sen. Jane Roe met Dr. Alan Poe on Jan. 5 with John Q. Public.",
      "They talked.",
    ]);
  });
  it("reads “No.” as an abbreviation only before a number", () => {
    expect(split("The bill, No. 2 on the list, passed. They would vote no. The letter says so.")).toEqual([
      "The bill, No. 2 on the list, passed.",
      "They would vote no.",
      "The letter says so.",
    ]);
  });
  it("splits after U.S. or a.m. only before a sentence starter", () => {
    expect(split("The U.S. Senate voted at 9 a.m. Tuesday. It passed.")).toEqual(["The U.S. Senate voted at 9 a.m. Tuesday.", "It passed."]);
    expect(split("He moved to the U.S. The move was hard.")).toEqual(["He moved to the U.S.", "The move was hard."]);
  });
  it("treats every line as its own sentence (headlines without a full stop)", () => {
    expect(split("Mayor quits after vote\nThe mayor resigned.")).toEqual(["Mayor quits after vote", "The mayor resigned."]);
  });
  it("does not split at em-dashes or question marks inside quotes followed by lower case", () => {
    expect(split("“Why now?” she asked—and left.")).toEqual(["“Why now?” she asked—and left."]);
  });
  it("keeps a quoted question with its tag after it, but not when the question had its own tag before it", () => {
    expect(split("“Will you resign?” Tom Holt asked. He left.")).toEqual(["“Will you resign?” Tom Holt asked.", "He left."]);
    expect(split("The reporter asked, “Will you resign?” Holt said no.")).toEqual([
      "The reporter asked, “Will you resign?”",
      "Holt said no.",
    ]);
    expect(split('Ann Kerr shouted: "Stop!" Tom Holt said nothing.')).toEqual(['Ann Kerr shouted: "Stop!"', "Tom Holt said nothing."]);
  });
  it("returns exact offsets and handles empty input", () => {
    const t = "  One.  Two!  ";
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end).trim()).toBe(t.slice(s.start, s.end));
    expect(splitSentences("")).toEqual([]);
  });

  it("keeps a dateline with a state's abbreviation in its sentence (\"SAN ISIDRO, Ariz. (MP) — …\"), but ends a sentence at one elsewhere", () => {
    const text = "SAN ISIDRO, Ariz. (MP) — A Border Patrol agent shot a man. He lives in Nev. Then he left.";
    expect(splitSentences(text).map((x) => text.slice(x.start, x.end))).toEqual([
      "SAN ISIDRO, Ariz. (MP) — A Border Patrol agent shot a man.",
      "He lives in Nev.",
      "Then he left.",
    ]);
  });

  it("ends a sentence after a code that ends in a capital letter after digits (“Form 35B.”), not after an initial", () => {
    expect(split("He lost, according to Form 35B. About 70 percent will go. John Q. Smith said so.")).toEqual(["He lost, according to Form 35B.", "About 70 percent will go.", "John Q. Smith said so."]);
  });
});

describe("a councillor's title cut short (session 44)", () => {
  it("ends no sentence after “Coun.” or “Cllr.” (“Coun. Rhonda Tilbury, who voted against, said”)", () => {
    expect(split("The vote was 5-4. Coun. Rhonda Tilbury, who voted against, said it was wrong. Cllr. Ann Holt agreed.")).toEqual(["The vote was 5-4.", "Coun. Rhonda Tilbury, who voted against, said it was wrong.", "Cllr. Ann Holt agreed."]);
  });
});
