// Text matching for the evaluation: gold labels and the system are compared by TEXT, not by offsets (gold
// offsets point into the raw scraped file, system offsets into the analysed document). Both sides are
// normalised (no-break spaces read as spaces, runs of whitespace folded) and gold strings are located in the
// analysed text to get comparable spans.

export interface Span {
  start: number;
  end: number;
}

export type MatchMode = "exact" | "loose";

export interface Located extends Span {
  /** "exact": equal after whitespace folding; "loose": only after also folding case, quotes and dashes. */
  mode: MatchMode;
}

interface Normalised {
  text: string;
  /** For each UTF-16 unit of `text`: where the character it came from starts and ends in the original. */
  from: number[];
  to: number[];
}

/** A text prepared once for many look-ups. */
export interface TextIndex {
  text: string;
  exact: Normalised;
  loose: Normalised;
}

const WHITESPACE = /\s/u; // \s covers U+00A0 and the other Unicode spaces
const LOOSE_CHARS: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u02BC": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u201F": '"',
  "\u2033": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
};
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/u;

function normalise(text: string, loose: boolean): Normalised {
  let out = "";
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of text) {
    const start = i;
    i += ch.length;
    if (INVISIBLE.test(ch)) continue;
    if (WHITESPACE.test(ch)) {
      if (out.endsWith(" ")) continue;
      out += " ";
      from.push(start);
      to.push(i);
      continue;
    }
    let mapped = ch;
    if (loose) {
      mapped = LOOSE_CHARS[ch] ?? ch;
      const lower = mapped.toLowerCase();
      if (lower.length === mapped.length) mapped = lower;
    }
    out += mapped;
    for (let k = 0; k < mapped.length; k++) {
      from.push(start);
      to.push(i);
    }
  }
  return { text: out, from, to };
}

/** Whitespace folded to single spaces (no-break spaces included), trimmed; for comparing short strings. */
export function foldSpaces(text: string): string {
  return normalise(text.normalize("NFC"), false).text.trim();
}

export function indexText(text: string): TextIndex {
  return { text, exact: normalise(text, false), loose: normalise(text, true) };
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

export interface LocateOptions {
  /** Prefer the first occurrence starting at or after this offset of the original text (reading order). */
  from?: number;
  /** Otherwise prefer the occurrence nearest to this offset of the original text. */
  near?: number;
}

/**
 * Where `needle` occurs in the indexed text, as offsets into the original text; null when it does not occur
 * even loosely. Among several occurrences: the first at/after `from`, else the one nearest `near`, else the first.
 */
export function locate(index: TextIndex, needle: string, options: LocateOptions = {}): Located | null {
  const hits = locateAll(index, needle);
  if (hits.length === 0) return null;
  const { from, near } = options;
  const after = from === undefined ? undefined : hits.find((h) => h.start >= from);
  if (after) return after;
  if (near === undefined) return hits[0]!;
  return hits.reduce((best, h) => (Math.abs(h.start - near) < Math.abs(best.start - near) ? h : best));
}

/** Characters two spans share. */
export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether two spans of `text` overlap in substance: the shared stretch holds at least one letter or digit, so
 * that two neighbouring claims that both take the ", " or closing quote between them do not count as overlapping.
 */
export function overlaps(text: string, a: Span, b: Span): boolean {
  if (overlapLength(a, b) === 0) return false;
  return WORD_CHAR.test(text.slice(Math.max(a.start, b.start), Math.min(a.end, b.end)));
}

/** A name for comparison: NFC, case and quotes folded, whitespace folded, a leading article ("the ", "a ", "an ") dropped. */
export function normaliseName(name: string): string {
  return normalise(name.normalize("NFC"), true)
    .text.trim()
    .replace(/^(?:the|an?)\s+/, "");
}

/** Whether any of `names` equals any of `candidates` (case-insensitive, see normaliseName). */
export function namesMatch(names: readonly string[], candidates: readonly string[]): boolean {
  const wanted = new Set(candidates.map(normaliseName).filter(Boolean));
  return names.some((n) => wanted.has(normaliseName(n)));
}

/** Every occurrence of `needle` (exact matches if there are any, else loose ones), in text order. */
export function locateAll(index: TextIndex, needle: string): Located[] {
  const prepared = needle.normalize("NFC");
  for (const mode of ["exact", "loose"] as const) {
    const norm = index[mode];
    const n = normalise(prepared, mode === "loose").text.trim();
    const hits = occurrences(norm.text, n);
    if (hits.length) return hits.map((h) => ({ start: norm.from[h]!, end: norm.to[h + n.length - 1]!, mode }));
  }
  return [];
}
