import { describe, expect, it } from "vitest";
import { checkWorthiness } from "./check-worthiness";
import { findHedges } from "./hedges";
import { ALL_FAMILIES, DIGITS, keywordFamilies, keywordFamily, phraseTest, textFamilies } from "./keywords";
import { wordsOf } from "./text-units";

const families = (text: string) => keywordFamilies(wordsOf(text, 0, text.length));

describe("keyword families", () => {
  const WORDS = keywordFamily(["zebra"], ["quokk"]);

  it("finds whole words and prefixes, ignoring case, inside hyphenated or accented words", () => {
    expect(families("A Zebra ran.") & WORDS).toBe(WORDS);
    expect(families("Quokkas smile.") & WORDS).toBe(WORDS);
    expect(families("the zebra-like coat") & WORDS).toBe(WORDS);
    expect(families("ézebra") & WORDS).toBe(WORDS);
    expect(families("zebras and quok") & WORDS).toBe(0);
    expect(families("in 2016") & DIGITS).toBe(DIGITS);
  });

  it("reads a text's families from its characters as from its words", () => {
    for (const t of ["A Zebra ran.", "Quokkas smile.", "the zebra-like coat", "ézebra", "zebras and quok", "in 2016", "“Zebra,” he said"]) {
      expect(textFamilies(t)).toBe(families(t));
    }
    // (A long s or a Kelvin sign may match "s" or "k" in a pattern that ignores case: every family may occur.)
    expect(textFamilies("the ſeal")).toBe(ALL_FAMILIES);
    expect(textFamilies("5 \u212Aelvin")).toBe(ALL_FAMILIES);
  });

  it("gives the same answers as running every pattern", () => {
    const texts = [
      "Acme Corp was charged with fraud on March 3 after losing $4 million.",
      "Some things are sure to raise eyebrows, reportedly because officials were investigating.",
      "The mayor is believed to have stolen thousands, sources said, and may have lied last week.",
      "It was reported that the KILLINGS were unconfirmed; the council met on Monday.",
      "Nothing here at all.",
    ];
    for (const t of texts) {
      for (const kind of ["assertion", "statement", "opinion"] as const) {
        expect(checkWorthiness(kind, t, false, families(t))).toBe(checkWorthiness(kind, t, false, ALL_FAMILIES));
      }
      expect(findHedges(t, [], families(t))).toEqual(findHedges(t));
    }
  });
});

describe("phraseTest", () => {
  const framing = phraseTest(
    [
      ["comfort consolation", String.raw`\b(?:cold|scant)\s+(?:comfort|consolation)\b`],
      ["persuasive compelling", String.raw`\bone\s+of\s+the\s+most\s+(?:persuasive|compelling)\b`],
    ],
    "iu",
  );

  it("finds a phrase of any part, whatever its case", () => {
    expect(framing("The ruling will be cold comfort to the families.")).toBe(true);
    expect(framing("It is One of the Most Compelling books of the year.")).toBe(true);
  });

  it("finds nothing where no part's phrase is, though its words are", () => {
    expect(framing("The comfort of the families came first; the most persuasive witness spoke last.")).toBe(false);
  });

  it("runs every part where the text holds a letter the flags read as another (the long s as “s”)", () => {
    const seize = phraseTest([["seize", String.raw`\bquick\s+to\s+seize\s+on\b`]], "iu");
    expect(/\bseize\b/iu.test("quick to \u017feize on")).toBe(true);
    expect(seize("quick to \u017feize on")).toBe(true);
  });
});
