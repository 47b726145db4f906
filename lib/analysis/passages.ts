// Passages a speaker's words run over beyond one quoted sentence: a quotation over several paragraphs, a bulleted
// list someone issued, and the untagged quotation that cannot be the last speaker's because it speaks of them.

import type { Span } from "./claims";
import { ISSUING_VERBS } from "./lexicon";
import type { Sentence } from "./text-units";

/** "… were circulated by ", "… released by ": a document issued by whoever comes next. */
export const ISSUED_BY = new RegExp(String.raw`\b(?:${ISSUING_VERBS})\s+(?:[\p{Ll}]+\s+){0,2}?by\s+`, "u");
/** A bullet opening a line: "-Here are the facts", "• The fee …", "* …". */
export const BULLET = /^[-•*–]\s?(?=\S)/;

/** Where each line of a text starts, found by bisection (a search back from each sentence would be quadratic on one long line). */
export function lineStarts(text: string): (pos: number) => number {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (pos) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return starts[lo]!;
  };
}

/** A sentence ending in a colon, with a bulleted line next. */
export function introducesBullets(text: string, s: Sentence): boolean {
  if (!/:\s*$/.test(text.slice(s.start, s.end))) return false;
  const next = /^[:\s]*\n\s*/.exec(text.slice(s.end - 1, s.end + 8));
  return next !== null && BULLET.test(text.slice(s.end - 1 + next[0].length, s.end + next[0].length + 2));
}

/** Words that speak of a man or a woman, and words of someone speaking for themselves. */
const THIRD_PERSON = { m: /\b(?:he|his|him|he['’]s)\b/i, f: /\b(?:she|her|hers|she['’]s)\b/i } as const;
// (Each case spelt out: an "i" flag would take "US", the country, for "us".)
const FIRST_PERSON = /\b(?:I|I['’]m|I['’]ve|I['’]d|I['’]ll|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Uu]s|[Oo]urs?|[Oo]urselves)\b/;

/** Whether quoted words speak of someone of this gender as "he" or "she" and never as "I" or "we". */
export function speaksOfThemInThirdPerson(content: string, gender: "m" | "f" | null): boolean {
  // (Only the quoted words: "“…,” he posited, “…”" has the tag's "he" outside them.)
  const quoted = content.match(/[“"][^“”"]*[”"]?/g)?.join(" ") ?? content;
  return gender !== null && THIRD_PERSON[gender].test(quoted) && !FIRST_PERSON.test(quoted);
}

/**
 * The quotations that go on from a paragraph left open (its part ends at the line break, with no closing mark) into
 * the next one, mapped from where each later part starts to where the first part opens.
 */
export function quotationBlocks(text: string, quotes: Span[]): Map<number, number> {
  const blocks = new Map<number, number>();
  for (let i = 1; i < quotes.length; i++) {
    const prev = quotes[i - 1]!;
    const q = quotes[i]!;
    const leftOpen = text[prev.end] === "\n" && !/[”"]$/.test(text.slice(prev.start, prev.end));
    // (Not a part followed by a tag of its own: "“It is a disaster,” Tom Reyes said." is Reyes's however it opens.)
    const untagged = /^[^\p{L}\n]*(?:\n|$)/u.test(text.slice(q.end, q.end + 200));
    if (leftOpen && untagged && /^\s*$/.test(text.slice(prev.end, q.start))) blocks.set(q.start, blocks.get(prev.start) ?? prev.start);
  }
  return blocks;
}
