// Keyword pre-checks. The engine tests many large keyword regexes ("\b(?:said|says|…)\b") on every sentence and
// claim. Each such regex is given a family here: words (or word prefixes) at least one of which every match of
// the regex contains as a whole ASCII word. From the words already found in a sentence, `keywordFamilies` tells
// which families can occur, and a regex whose family is absent is not run: its answer is known to be "no match".

import type { Word } from "./text-units";

/** Bit set of keyword families. */
export type Families = number;

/** Some ASCII digit ([0-9], as `\d` without the `u` flag) occurs. */
export const DIGITS: Families = 1;
/** Every family: for text whose words are not known, so that every regex runs. */
export const ALL_FAMILIES: Families = -1;

const byWord = new Map<string, Families>();
/** Prefixes by their first PREFIX_KEY letters. */
const byPrefix = new Map<string, { prefix: string; family: Families }[]>();
const PREFIX_KEY = 4;
let nextBit = 2;

/**
 * A new family: its regex only matches where one of `words` occurs as a whole ASCII word (maximal run of ASCII
 * letters), or a word starting with one of `prefixes` (at least four letters long). Case is ignored.
 */
export function keywordFamily(words: readonly string[], prefixes: readonly string[] = []): Families {
  if (nextBit > 2 ** 30) throw new Error("Too many keyword families.");
  const bit = nextBit;
  nextBit *= 2;
  for (const w of words) byWord.set(w.toLowerCase(), (byWord.get(w.toLowerCase()) ?? 0) | bit);
  for (const p of prefixes) {
    if (p.length < PREFIX_KEY) throw new Error(`Keyword prefix "${p}" is shorter than ${PREFIX_KEY} letters.`);
    const prefix = p.toLowerCase();
    const key = prefix.slice(0, PREFIX_KEY);
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), { prefix, family: bit }]);
  }
  return bit;
}

/** The families that can occur among `words` (a superset: a family may be reported that no regex then finds). */
export function keywordFamilies(words: readonly Word[]): Families {
  if (process.env.NOFAM) return -1;
  let found: Families = 0;
  for (const w of words) {
    if (isAsciiLetters(w.text)) found |= familiesOfTerm(w.lower);
    else found |= familiesOfMixed(w.text);
  }
  return found;
}

function familiesOfTerm(lower: string): Families {
  let found = byWord.get(lower) ?? 0;
  const prefixes = lower.length >= PREFIX_KEY ? byPrefix.get(lower.slice(0, PREFIX_KEY)) : undefined;
  if (prefixes) for (const p of prefixes) if (lower.startsWith(p.prefix)) found |= p.family;
  return found;
}

/** A word with digits, inner punctuation or non-ASCII letters: its runs of ASCII letters, and any digit. */
function familiesOfMixed(text: string): Families {
  let found: Families = 0;
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (isAsciiLetter(c)) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0) {
      found |= familiesOfTerm(text.slice(runStart, i).toLowerCase());
      runStart = -1;
    }
    if (c >= 48 && c <= 57) found |= DIGITS;
  }
  return found;
}

function isAsciiLetters(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isAsciiLetter(s.charCodeAt(i))) return false;
  return true;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
