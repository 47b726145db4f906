// Whitespace normalisation shared by every other step: scraped pages are full of no-break spaces,
// zero-width characters and Windows line endings that make identical text compare unequal.

// Characters that render as a space (tab, NBSP, Ogham space, en/em/thin/hair spaces, narrow NBSP,
// medium mathematical space, ideographic space).
const SPACE_LIKE = /[\t\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Characters that render as nothing: zero-width space/non-joiner/joiner, word joiner, BOM, soft hyphen.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** Plain spaces and "\n" only; runs of spaces collapsed, lines trimmed, at most one blank line in a row. */
export function normalizeWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\f\u0085\u2028]/g, "\n")
    .replace(/\u2029/g, "\n\n")
    .replace(INVISIBLE, "")
    .replace(SPACE_LIKE, " ")
    .replace(/ {2,}/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** One line of text for comparisons and hashing: NFC, all whitespace folded to single spaces, lower case. */
export function foldText(text: string): string {
  return normalizeWhitespace(text.normalize("NFC")).replace(/\s+/g, " ").trim().toLowerCase();
}
