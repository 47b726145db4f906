import { describe, expect, it } from "vitest";
import { foldText, normalizeWhitespace } from "./normalize";

describe("normalizeWhitespace", () => {
  it("turns no-break, narrow, thin, en and em spaces and tabs into plain spaces and collapses runs", () => {
    expect(normalizeWhitespace("a\u00A0b\u202Fc\u2009d\u2002e\u2003f\tg  \u00A0 h")).toBe("a b c d e f g h");
  });

  it("drops zero-width characters, the BOM and soft hyphens", () => {
    expect(normalizeWhitespace("\uFEFFzero\u200Bwidth\u200C\u200D\u2060 text\u00AD")).toBe("zerowidth text");
  });

  it("converts CRLF and CR line endings, trims every line and keeps at most one blank line", () => {
    expect(normalizeWhitespace("  Title \r\n\r\n\r\n\r\n  Para one. \rPara two.\n\n\n")).toBe("Title\n\nPara one.\nPara two.");
  });

  it("trims the whole text and leaves already clean text alone", () => {
    expect(normalizeWhitespace("\n\n Title\n\nPara one.\n\nPara two.  ")).toBe("Title\n\nPara one.\n\nPara two.");
    expect(normalizeWhitespace("Clean.\n\nText.")).toBe("Clean.\n\nText.");
  });

  it("returns an empty string for whitespace-only input", () => {
    expect(normalizeWhitespace(" \u00A0\t\r\n\u200B ")).toBe("");
  });
});

describe("foldText", () => {
  it("folds case and all whitespace to single spaces", () => {
    expect(foldText("  Hello\u00A0\n\nWORLD\t!")).toBe("hello world !");
  });
});
