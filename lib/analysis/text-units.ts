// Shared units of the analysis: sentences with their words, and the quoted regions of the document.

import type { Section } from "./types";

export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Had a possessive "'s" / "’s" (removed from start..end). */
  poss: boolean;
}

export interface Sentence {
  index: number;
  section: Section;
  /** Offsets into the document text. */
  start: number;
  end: number;
  paragraph: number;
  words: Word[];
  /** A headline or subheadline in title case (see isTitleCase), whose capitals say nothing about names or verbs. */
  titleCase: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const UPPER = /^\p{Lu}/u;
/** A lower-case Arabic particle joined to a capitalised surname: "el-Gamal", "al-Zawahiri", "bin-Laden". */
const PARTICLE_SURNAME = /^(?:(?:al|el|ul|ad|ar|as|ash|at|az|bin|ibn|abu|abd)-|(?:d|l|dell|dall|nell)['’])\p{Lu}/u;

/** 1 for a letter or digit, 2 for a combining mark, 0 otherwise; `cp` is a code point. */
function charClass(cp: number): number {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) ? 1 : 0;
  // General punctuation (spaces, dashes, curly quotes) and the no-break space: never part of a word.
  if ((cp >= 0x2000 && cp <= 0x206f) || cp === 0xa0) return 0;
  const ch = String.fromCodePoint(cp);
  return LETTER_OR_DIGIT.test(ch) ? 1 : MARK.test(ch) ? 2 : 0;
}

/** Who speaks for someone, after a name's bare apostrophe: " office", " spokeswoman", " campaign" (not "Texas' attorneys"). */
const SPEAKING_FOR_AFTER = /^ (?:office|spokes(?:man|woman|person)|campaign)\b/;

/**
 * The words of text[start, end), with document offsets: the same words as the tokenizer's pattern
 * (letters/digits with inner apostrophes, periods and hyphens), found by a scan over char codes.
 */
export function wordsOf(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  let i = start;
  while (i < end) {
    let cp = text.charCodeAt(i);
    let w = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < end) {
      cp = text.codePointAt(i)!;
      w = cp > 0xffff ? 2 : 1;
    }
    if (charClass(cp) !== 1) {
      i += w;
      continue;
    }
    const s = i;
    let hasUpper = cp >= 65 && cp <= 90;
    let ascii = cp < 128;
    i += w;
    for (;;) {
      // Letters, digits and marks.
      while (i < end) {
        let c = text.charCodeAt(i);
        let cw = 1;
        if (c < 128) {
          if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
            i++;
            continue;
          }
          if (c >= 65 && c <= 90) {
            hasUpper = true;
            i++;
            continue;
          }
          break;
        }
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
          c = text.codePointAt(i)!;
          cw = c > 0xffff ? 2 : 1;
        }
        if (charClass(c) === 0) break;
        ascii = false;
        i += cw;
      }
      // An inner apostrophe, full stop or hyphen followed by a letter or digit.
      if (i + 1 < end) {
        const c = text.charCodeAt(i);
        if (c === 39 || c === 0x2019 || c === 46 || c === 45) {
          let n = text.charCodeAt(i + 1);
          if (n >= 0xd800 && n <= 0xdbff && i + 2 < end) n = text.codePointAt(i + 1)!;
          if (charClass(n) === 1) {
            i += 1;
            continue;
          }
        }
      }
      break;
    }
    let e = i;
    let poss = false;
    if (e - s > 2 && text.charCodeAt(e - 2) === 39 || e - s > 2 && text.charCodeAt(e - 2) === 0x2019) {
      if (text.charCodeAt(e - 1) === 115) {
        e -= 2;
        poss = true;
      }
    } else if (text.charCodeAt(i) === 46 && i + 2 < end && (text.charCodeAt(i + 1) === 39 || text.charCodeAt(i + 1) === 0x2019) && text.charCodeAt(i + 2) === 115 && charClass(text.charCodeAt(i + 3) || 32) !== 1 && text.slice(s, i).includes(".")) {
      // "The E.P.A.’s press office": initials with their full stops, then the possessive.
      poss = true;
      i += 3;
    }
    const t = text.slice(s, e);
    const first = t.charCodeAt(0);
    // "Tillman-Rhodes' office", "Jones’ spokeswoman": a name ending in "s" takes the apostrophe alone, before whoever speaks
    // for its bearer (not "the Teachers' Union", "Patients’ groups said").
    if (!poss && t.endsWith("s") && first >= 65 && first <= 90 && (text.charCodeAt(e) === 39 || text.charCodeAt(e) === 0x2019) && SPEAKING_FOR_AFTER.test(text.slice(e + 1, e + 16))) poss = true;
    // ("Sharif el-Gamal", "Ayman al-Zawahiri": a surname after a lower-case particle is a capitalised word, after a
    // given name; not "Residents of al-Arish".)
    const prev = out[out.length - 1];
    const afterName = prev !== undefined && prev.cap && prev.end === s - 1;
    const cap = first < 128 ? (first >= 65 && first <= 90) || ((hasUpper || !ascii) && afterName && PARTICLE_SURNAME.test(t)) : UPPER.test(t);
    out.push({ start: s, end: e, text: t, lower: ascii && !hasUpper ? t : t.toLowerCase(), cap, poss });
  }
  return out;
}

/** Words of a headline in title case (“Weiner Denies Sending Photo”): most of the longer ones are capitalised. */
export function isTitleCase(ws: readonly Word[]): boolean {
  let words = 0;
  let caps = 0;
  for (const w of ws) {
    if (w.text.length < 4) continue;
    words++;
    if (w.cap) caps++;
  }
  if (words >= 4) return caps / words > 0.7;
  // A short headline is in title case when every word is capitalised, small words after the first included
  // ("Mitt To Akin: Drop Out"; not "Obama: Vote not about jobs").
  return ws.length >= 3 && ws.every((w) => w.cap) && ws.some((w, i) => i > 0 && SMALL_WORDS.has(w.lower));
}

/** Words a sentence-case headline writes in lower case. */
const SMALL_WORDS = new Set("a an the to in on of for at by as and or but is are was out up off with from".split(" "));

/** Quoted regions [start, end) of the document (the marks included), found per paragraph. */
export function findQuotes(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let openDouble = -1;
  // Curly quotations opened inside an open one (“He called it “a war of choice.” …): each closes one level.
  let nestedDouble = 0;
  let openStraight = -1;
  let openSingle = -1;
  // A quotation left open when its paragraph ended, not yet continued.
  let carried = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (carried && c !== 10 && !isWhite(c)) {
      carried = false;
      // The next paragraph goes on with no opening mark of its own and closes the quotation ("… no doubt.\n\nBut
      // they are not big enough … us."): up to that closing mark it is quoted too.
      const close = continuedQuoteEnd(text, i);
      if (close > 0) {
        out.push({ start: i, end: close + 1 });
        i = close;
        continue;
      }
    }
    if (c === 10) {
      // A quote left open at a paragraph end runs to the paragraph end (multi-paragraph quotes).
      if (openDouble >= 0) out.push({ start: openDouble, end: i });
      if (openStraight >= 0) out.push({ start: openStraight, end: i });
      carried = carried || openDouble >= 0 || openStraight >= 0;
      openDouble = openStraight = openSingle = -1;
      nestedDouble = 0;
    } else if (c === 0x201c) {
      if (openDouble < 0) openDouble = i;
      else if (isMisturnedClose(text, i)) {
        // A closing mark typed the wrong way round: “Who can guarantee you happiness?“ he asked.
        out.push({ start: openDouble, end: i + 1 });
        openDouble = -1;
        nestedDouble = 0;
      } else if (i > 0 && isWhite(text.charCodeAt(i - 1))) nestedDouble++;
    } else if (c === 0x201d) {
      if (nestedDouble > 0) nestedDouble--;
      else if (openDouble >= 0) {
        out.push({ start: openDouble, end: i + 1 });
        openDouble = -1;
      } else if (openStraight >= 0) {
        // Mixed typography: "… closed with a curly mark”.
        out.push({ start: openStraight, end: i + 1 });
        openStraight = -1;
      }
    } else if (c === 34) {
      if (openStraight < 0 && openDouble >= 0 && i > 0 && !isWhite(text.charCodeAt(i - 1)) && (i + 1 >= text.length || !isWordChar(text.charCodeAt(i + 1)))) {
        // Mixed typography the other way: “… closed with a straight mark," he said.
        out.push({ start: openDouble, end: i + 1 });
        openDouble = -1;
      } else if (openStraight < 0) {
        openStraight = i;
        // A doubled opening mark (""We have learned …", an excerpt's quotation inside another) opens once.
        if (text.charCodeAt(i + 1) === 34) i++;
      } else {
        out.push({ start: openStraight, end: i + 1 });
        openStraight = -1;
      }
    } else if (c === 39 && openDouble < 0 && openStraight < 0 && (i === 0 || text.charCodeAt(i - 1) === 10)) {
      // A straight single mark opening a line, as headlines quote ("'The sea is getting louder': Tamsin Achterberg on
      // …"): closed by the next one that ends a word and is followed by no letter (not "can't").
      const close = straightSingleClose(text, i);
      if (close > 0) out.push({ start: i, end: close + 1 });
    } else if (c === 0x2018) {
      if (openSingle < 0) openSingle = i;
    } else if (c === 0x2019 && openSingle >= 0) {
      const next = text.charCodeAt(i + 1);
      const isLetter = (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
      if (!isLetter) {
        out.push({ start: openSingle, end: i + 1 });
        openSingle = -1;
      }
    }
  }
  if (openDouble >= 0) out.push({ start: openDouble, end: text.length });
  if (openStraight >= 0) out.push({ start: openStraight, end: text.length });
  out.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * Where a straight single quotation opened at `open` closes: a mark after a word's end, of words (two at least), that
 * ends its line or comes before a colon ("'A question of survival'", "'We made it so': …"); -1 otherwise, as for
 * "'Tis the season", "'Ndrangheta bosses …" or "'Our members' pay …".
 */
function straightSingleClose(text: string, open: number): number {
  if (!/\p{L}/u.test(text[open + 1] ?? "")) return -1;
  for (let i = open + 1; i < text.length && text.charCodeAt(i) !== 10; i++) {
    if (text.charCodeAt(i) !== 39) continue;
    const after = text[i + 1] ?? "\n";
    if (/[\p{L}\d.!?,]/u.test(text[i - 1] ?? "") && (after === "\n" || after === ":") && /\s/.test(text.slice(open, i))) return i;
  }
  return -1;
}

/**
 * Where a paragraph starting at `from` closes a quotation it never opened: its first closing mark (a curly ” or a
 * straight " after a word and before a space or the end) that closes no quotation opened after `from` (“students.”
 * inside the block), in this paragraph or, for a long block, in one of the next two. -1 otherwise.
 */
/** The most characters a quotation going on from an earlier paragraph is looked for in. */
const MAX_CONTINUED_QUOTE = 6000;

function continuedQuoteEnd(text: string, from: number): number {
  let depth = 0;
  let breaks = 0;
  // (Bounded: at most three paragraphs and a few thousand characters are read, whatever the text.)
  const end = Math.min(text.length, from + MAX_CONTINUED_QUOTE);
  for (let j = from; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 10) {
      // A block quoted over several paragraphs opens none of them again; one that opens a quotation of its own ends it.
      // Every line break counts ("\n\n" as one).
      if (j > from && text.charCodeAt(j - 1) === 10) continue;
      if (++breaks > 2) return -1;
      depth = 0;
      continue;
    }
    if (c === 0x201c) {
      if (breaks > 0 && (j === 0 || text.charCodeAt(j - 1) === 10)) return -1;
      depth++;
    } else if (c === 0x201d) {
      if (depth > 0) depth--;
      else return j;
    } else if (c === 34) {
      const next = j + 1 < text.length ? text.charCodeAt(j + 1) : 32;
      return j > from && !isWhite(text.charCodeAt(j - 1)) && !isWordChar(next) && breaks === 0 ? j : -1;
    }
  }
  return -1;
}

/** An opening curly mark right after the end of a phrase (“…?“ he asked), with white space or the end after it. */
function isMisturnedClose(text: string, i: number): boolean {
  const prev = text.charCodeAt(i - 1);
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
  return (prev === 33 || prev === 44 || prev === 46 || prev === 63 || prev === 0x2026 || isWordChar(prev)) && isWhite(next);
}

/** An ASCII letter or digit (a straight quote right before one opens a quotation). */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Text in lower case without its accents: "Andrés" → "andres". */
export function plainLower(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** A text made safe to put in a pattern, its pattern characters escaped: "U.S." → "U\\.S\\.". */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whether char code `c` is white space as `\s` matches it. */
export function isWhite(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `s.replace(/\s+/g, " ")`, without the regex pass when `s` only has single plain spaces. */
export function collapseWhite(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? isWhite(s.charCodeAt(i + 1)) : isWhite(c)) return s.replace(/\s+/g, " ");
  }
  return s;
}

/** Whether `start` is the text's start or right after a blank line ("\n\n" before it). */
export function afterBlankLine(text: string, start: number): boolean {
  return start === 0 || text.slice(Math.max(0, start - 2), start) === "\n\n";
}

/**
 * The next sentence stop at or after `from` (".", "!" or "?", perhaps a closing quotation mark, then white space):
 * where the stop is and where the next sentence starts; null when there is none. A rough reading for passes that have
 * only the text, not its sentences.
 */
export function nextSentenceStop(text: string, from: number): { at: number; next: number } | null {
  const m = /[.!?]["”’]?\s+/.exec(text.slice(from));
  return m ? { at: from + m.index, next: from + m.index + m[0].length } : null;
}

/** A source that is a pronoun alone: "He", "she", "they". */
export const PRONOUN_SOURCE = /^(?:he|she|they|it|I|we)$/i;
