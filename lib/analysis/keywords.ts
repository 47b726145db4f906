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
/** Prefixes by their first PREFIX_KEY letters, packed into a number (see prefixKey). */
const byPrefix = new Map<number, { prefix: string; family: Families }[]>();
const PREFIX_KEY = 4;
/**
 * By first two letters (see startKey), the lengths (bit n: length n, bit 31: 31 or longer) of words that can be
 * keywords: a cheap filter, run before a word is sliced and looked up.
 */
const lengthsByStart = new Uint32Array(128 * 128);
/**
 * For textFamilies, which reads runs of letters straight from a text: a bit for the hash (see hashStep) of every
 * keyword, and one for that of the first PREFIX_KEY letters of every prefix. A run whose bits are both clear is no
 * keyword and starts with no prefix, and is not sliced and looked up (a keyword's own bit is always set: the filter
 * only ever lets more through).
 */
const HASH_BITS = 1 << 16;
const wordHashes = new Uint32Array(HASH_BITS / 32);
const prefixHashes = new Uint32Array(HASH_BITS / 32);
let nextBit = 2;

/**
 * A new family: its regex only matches where one of `words` occurs as a whole ASCII word (maximal run of ASCII
 * letters), or a word starting with one of `prefixes` (at least four letters long). Case is ignored.
 */
export function keywordFamily(words: readonly string[], prefixes: readonly string[] = []): Families {
  if (nextBit > 2 ** 30) throw new Error("Too many keyword families.");
  const bit = nextBit;
  nextBit *= 2;
  for (const w of words) {
    const lower = w.toLowerCase();
    byWord.set(lower, (byWord.get(lower) ?? 0) | bit);
    lengthsByStart[startKey(lower, 0, lower.length)]! |= lengthBit(lower.length);
    setHashBit(wordHashes, hashOf(lower, lower.length));
  }
  for (const p of prefixes) {
    if (p.length < PREFIX_KEY) throw new Error(`Keyword prefix "${p}" is shorter than ${PREFIX_KEY} letters.`);
    const prefix = p.toLowerCase();
    const key = prefixKey(prefix);
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), { prefix, family: bit }]);
    for (let n = prefix.length; n <= 31; n++) lengthsByStart[startKey(prefix, 0, prefix.length)]! |= lengthBit(n);
    setHashBit(prefixHashes, hashOf(prefix, PREFIX_KEY));
  }
  return bit;
}

/** The families that can occur among `words` (a superset: a family may be reported that no regex then finds). */
export function keywordFamilies(words: readonly Word[]): Families {
  let found: Families = 0;
  for (const w of words) {
    if (isAsciiLetters(w.text)) found |= familiesOfTerm(w.lower);
    else found |= familiesOfMixed(w.text);
  }
  return found;
}

/**
 * The families that can occur in `text`, read from its characters rather than its words: its maximal runs of ASCII
 * letters, and any digit. Every family when the text holds "ſ" (long s) or "K" (Kelvin sign), which a regex with
 * the "iu" flags takes for "s" and "k". (The last text asked about is remembered: one claim's content is often
 * tested by several gated patterns in a row.)
 */
export function textFamilies(text: string): Families {
  if (text === lastText) return lastFamilies;
  let found: Families = 0;
  let runStart = -1;
  // The hashes of the current run, and of its first PREFIX_KEY letters.
  let hash = 0;
  let prefixHash = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (isAsciiLetter(c)) {
      if (runStart < 0) {
        runStart = i;
        hash = 0;
      }
      hash = hashStep(hash, c);
      if (i - runStart === PREFIX_KEY - 1) prefixHash = hash;
      continue;
    }
    if (runStart >= 0) {
      if (hashBit(wordHashes, hash) || (i - runStart >= PREFIX_KEY && hashBit(prefixHashes, prefixHash))) found |= familiesOfRun(text, runStart, i);
      runStart = -1;
    }
    if (c >= 48 && c <= 57) found |= DIGITS;
    else if (c === 0x17f || c === 0x212a) {
      found = ALL_FAMILIES;
      break;
    }
  }
  lastText = text;
  lastFamilies = found;
  return found;
}
let lastText: string | null = null;
let lastFamilies: Families = 0;

/** The families of the run of ASCII letters text[start..end), sliced only when its first letter and length may be a keyword's. */
function familiesOfRun(text: string, start: number, end: number): Families {
  if ((lengthsByStart[startKey(text, start, end)]! & lengthBit(end - start)) === 0) return 0;
  return familiesOfTerm(text.slice(start, end).toLowerCase());
}

/** `lower`: lower-case ASCII letters. */
function familiesOfTerm(lower: string): Families {
  if ((lengthsByStart[startKey(lower, 0, lower.length)]! & lengthBit(lower.length)) === 0) return 0;
  let found = byWord.get(lower) ?? 0;
  const prefixes = lower.length >= PREFIX_KEY ? byPrefix.get(prefixKey(lower)) : undefined;
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

/**
 * The first two characters of the word text[start..end), lower-cased if they are ASCII letters, as one number (the
 * second 0 for a word of one letter). Characters past ASCII share keys: the filter only ever lets more words through.
 */
function startKey(text: string, start: number, end: number): number {
  const first = text.charCodeAt(start) | 32;
  const second = end - start > 1 ? text.charCodeAt(start + 1) | 32 : 0;
  return ((first & 127) << 7) | (second & 127);
}

/** The hash of a run of letters after one more letter `c` (case ignored). */
function hashStep(hash: number, c: number): number {
  return (Math.imul(hash, 31) + (c | 32)) | 0;
}

/** The hash of the first `n` characters of a lower-case word. */
function hashOf(lower: string, n: number): number {
  let hash = 0;
  for (let i = 0; i < n; i++) hash = hashStep(hash, lower.charCodeAt(i));
  return hash;
}

function setHashBit(bits: Uint32Array, hash: number): void {
  const b = hash & (HASH_BITS - 1);
  bits[b >>> 5]! |= 1 << (b & 31);
}

function hashBit(bits: Uint32Array, hash: number): boolean {
  const b = hash & (HASH_BITS - 1);
  return (bits[b >>> 5]! & (1 << (b & 31))) !== 0;
}

function lengthBit(n: number): number {
  return 1 << Math.min(n, 31);
}

/** The first four characters of a lower-case word as one number: a map key without slicing a string. */
function prefixKey(lower: string): number {
  return ((lower.charCodeAt(0) * 128 + lower.charCodeAt(1)) * 128 + lower.charCodeAt(2)) * 128 + lower.charCodeAt(3);
}

function isAsciiLetters(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isAsciiLetter(s.charCodeAt(i))) return false;
  return true;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * A test for a long list of set phrases, split in parts, each run only where one of its own words (whole ASCII words,
 * case ignored) is in the text: one regex of them all would try every phrase at every position. `parts`: each part's
 * words, separated by spaces, and its pattern; every match of the pattern contains one of its words.
 */
export function phraseTest(parts: readonly (readonly [words: string, pattern: string])[], flags: string): (text: string) => boolean {
  const compiled = parts.map(([words, pattern]) => ({ words: words.split(/\s+/).map((w) => w.toLowerCase()), re: new RegExp(pattern, flags) }));
  return (text) => {
    // (The long s, "ſ", matches "s" under the "iu" flags but lowers to no ASCII letter: such a text runs every part.
    // The Kelvin sign lowers to "k".)
    const every = text.includes("\u017f");
    const present = every ? null : new Set(text.toLowerCase().match(/[a-z]+/g));
    return compiled.some((p) => (every || p.words.some((w) => present!.has(w))) && p.re.test(text));
  };
}
