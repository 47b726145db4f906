// Sentence splitting with exact offsets. A line break always ends a sentence; within a line a sentence ends at
// . ! ? (plus any closing quotes or brackets) followed by space and something that can start a sentence,
// unless the full stop belongs to a title, a month or an initial ("Sen.", "Jan.", "John Q. Smith").

import { ABBREV_BEFORE_NUMBER, ABBREV_NO_BREAK, SENTENCE_STARTERS } from "./lexicon";

export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of the paragraph (line) within the text, counting from 0. */
  paragraph: number;
}

// Candidate boundary: terminal punctuation, closing quotes/brackets, whitespace, then a sentence opener.
// (A quotation may open with a quotation inside it: "“‘Turn around, don't drown’ is not a slogan,” she said.")
const BOUNDARY = /[.!?…]+[”"’'»)\]]*(?=[ \t\u00a0]+(?:[“"][‘']|[“"‘'(\[])?[\p{Lu}\p{N}])/gu;
const LINE = /[^\n\r]+/g;
const ATTRIBUTION_AFTER = /^[ \t\u00a0]+(?:\p{Lu}[\p{L}.'’\-]*[ \u00a0]){1,4}(?:said|says|asked|asks|added|adds|continued|replied|responded|told|wrote|tweeted|shouted|exclaimed|quipped|joked|recalled|explained)\b/u;
// A quotation introduced by its own tag: "The reporter asked, “Will you resign?”" — what follows is a new sentence.
const TAGGED_QUOTATION_OPEN = /\b(?:said|says|asked|asks|added|adds|replied|replies|responded|wrote|writes|tweeted|shouted|yelled|exclaimed|wondered|demanded)[,:][ \t\u00a0]*[“"]$/u;
const WORD_BEFORE = /([\p{L}][\p{L}.]*)$/u;
const NEXT_WORD = /^[\s\u00a0]*(?:[“"][‘']|[“"‘'(\[])?([\p{L}\p{N}']+)/u;

/** The states' abbreviations a wire dateline uses ("Nev.", "Ariz.", "Calif."). */
const US_STATE_ABBREVIATIONS = new Set(
  "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex vt va wash wis wyo".split(" "),
);
/** What follows a dateline's place: an agency in brackets and a dash, or the dash alone. */
const DATELINE_REST = /^[ \t\u00a0]*(?:\([^()]{1,30}\)[ \t\u00a0]*)?(?:[—–]|--?\s)/u;

function isBreak(text: string, punctAt: number, afterAt: number): boolean {
  if (text[punctAt] !== ".") return true;
  // The word ending at the full stop.
  const from = Math.max(0, punctAt - 24);
  const m = WORD_BEFORE.exec(text.slice(from, punctAt));
  if (!m) return true;
  const word = m[1]!;
  const lower = word.toLowerCase();
  if (ABBREV_BEFORE_NUMBER.has(lower)) return !/^[\s\u00a0]*\d/.test(text.slice(afterAt, afterAt + 8));
  if (ABBREV_NO_BREAK.has(lower)) return false;
  // "Brig. Gen. Ann Holt": a rank before another (not "stopped at Brig. Officials said").
  if (word === "Brig" && /^[ \u00a0]+Gen\.\s/.test(text.slice(punctAt + 1, punctAt + 9))) return false;
  // "TOLLIVER COUNTY, Nev. (MP) — …": a state's abbreviation in a dateline, before the agency or the dash.
  if (US_STATE_ABBREVIATIONS.has(lower) && /^\p{Lu}/u.test(word) && DATELINE_REST.test(text.slice(afterAt, afterAt + 40))) return false;
  // A single capital letter is an initial ("John Q. Smith"), not the end of a code after digits ("Form 35B.").
  if (word.length === 1 && word >= "A" && word <= "Z" && !/\d/.test(text[punctAt - 2] ?? "")) return false;
  const dotted = word.includes(".") || /^(inc|co|corp|ltd|jr|sr|bros|etc)$/i.test(word);
  if (dotted) {
    const next = NEXT_WORD.exec(text.slice(afterAt, afterAt + 40));
    return next !== null && SENTENCE_STARTERS.has(next[1]!.toLowerCase());
  }
  return true;
}

/** Splits `text` into sentences; offsets are relative to `text`. Whitespace around sentences is excluded. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  LINE.lastIndex = 0;
  let line: RegExpExecArray | null;
  let paragraph = 0;
  while ((line = LINE.exec(text)) !== null) {
    const lineStart = line.index;
    const lineText = line[0];
    if (lineText.trim() === "") continue;
    let sentStart = 0;
    BOUNDARY.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BOUNDARY.exec(lineText)) !== null) {
      const end = m.index + m[0].length;
      // Position of the last terminal punctuation character in the match.
      const punctLen = m[0].search(/[^.!?…]|$/);
      const punctAt = m.index + punctLen - 1;
      if (!isBreak(lineText, punctAt, end)) continue;
      // “…, John?” Smith said. — a question or exclamation quoted before its attribution does not end the sentence.
      if (
        punctAt + 1 < end &&
        lineText[punctAt] !== "." &&
        ATTRIBUTION_AFTER.test(lineText.slice(end, end + 60)) &&
        !quotationHasOwnTag(lineText, sentStart, punctAt)
      )
        continue;
      push(out, lineText, lineStart, sentStart, end, paragraph);
      sentStart = end;
    }
    push(out, lineText, lineStart, sentStart, lineText.length, paragraph);
    paragraph++;
  }
  return out;
}

/** Whether the quotation closing after `punctAt` opened right after a speech tag within the sentence begun at `sentStart`. */
function quotationHasOwnTag(line: string, sentStart: number, punctAt: number): boolean {
  const open = Math.max(line.lastIndexOf("“", punctAt), line.lastIndexOf('"', punctAt));
  if (open < sentStart) return false;
  return TAGGED_QUOTATION_OPEN.test(line.slice(Math.max(sentStart, open - 40), open + 1));
}

function push(out: SentenceSpan[], line: string, base: number, start: number, end: number, paragraph: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(line.charCodeAt(s))) s++;
  while (e > s && isSpace(line.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: base + s, end: base + e, paragraph });
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x3000 || c === 0xfeff;
}
