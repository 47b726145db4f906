import { describe, expect, it } from "vitest";
import { countTokens, tokenize } from "./tokenize";

describe("tokenize", () => {
  it("finds words with exact offsets, keeping inner apostrophes, dots and hyphens", () => {
    const t = "Don’t cite the U.S. poll, Wasserman-Schultz said — 42%.";
    const words = tokenize(t).map((s) => t.slice(s.start, s.end));
    expect(words).toEqual(["Don’t", "cite", "the", "U.S", "poll", "Wasserman-Schultz", "said", "42"]);
    expect(countTokens(t)).toBe(words.length);
  });
  it("handles empty and non-word input", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize("“” — 🙂")).toEqual([]);
  });
});
