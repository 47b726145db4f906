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
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’.\-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;
const UPPER = /^\p{Lu}/u;

/** The words of text[start, end), with document offsets. */
export function wordsOf(text: string, start: number, end: number): Word[] {
  const slice = text.slice(start, end);
  const out: Word[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice)) !== null) {
    let t = m[0];
    let poss = false;
    if (t.length > 2 && (t.endsWith("’s") || t.endsWith("'s"))) {
      t = t.slice(0, -2);
      poss = true;
    }
    const s = start + m.index;
    out.push({ start: s, end: s + t.length, text: t, lower: t.toLowerCase(), cap: UPPER.test(t), poss });
  }
  return out;
}

/** Quoted regions [start, end) of the document (the marks included), found per paragraph. */
export function findQuotes(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let openDouble = -1;
  let openStraight = -1;
  let openSingle = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      // A quote left open at a paragraph end runs to the paragraph end (multi-paragraph quotes).
      if (openDouble >= 0) out.push({ start: openDouble, end: i });
      if (openStraight >= 0) out.push({ start: openStraight, end: i });
      openDouble = openStraight = openSingle = -1;
    } else if (c === 0x201c) {
      if (openDouble < 0) openDouble = i;
    } else if (c === 0x201d) {
      if (openDouble >= 0) {
        out.push({ start: openDouble, end: i + 1 });
        openDouble = -1;
      }
    } else if (c === 34) {
      if (openStraight < 0) openStraight = i;
      else {
        out.push({ start: openStraight, end: i + 1 });
        openStraight = -1;
      }
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
