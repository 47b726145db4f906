// A document whose owner the article does not give is named by the words that say what it is: "The staff report
// estimated" is the staff report's, "the review concluded" (after "an internal review showing …") the internal
// review's, so that a fact-checker sees which document speaks, not "unnamed reports".
import { TIME_WORDS } from "./lexicon";

/** Documents that may be named so ("report", "review", "memo"; not a lawsuit or a statement, whose author speaks). */
export const NAMED_BY_DESCRIPTION: ReadonlySet<string> = new Set(
  "report review study audit analysis assessment evaluation inquiry investigation inspection survey poll memo memorandum".split(" "),
);

/** Words before a document's noun that say only when, how long or how good it is, not what it is ("the latest report"). */
const NOT_DESCRIBING = new Set(
  `new newest latest recent previous earlier later same first second third last final full entire whole long-awaited
  much-anticipated damning scathing critical explosive bombshell detailed lengthy brief short long major key own separate
  another further updated original initial`.split(/\s+/),
);
/**
 * Words that never describe a document: a phrase that holds one is no description ("a copy of the report", "an officer
 * would review"), or names news, whose report is no document ("a newspaper report", "a television report").
 */
const NOT_MODIFIERS = new Set(
  `of the to at by for in on with from and or but as than that which this would will could should may might must can cannot
  is are was were be been being has have had do does did not no also still just news newspaper television tv radio media press
  magazine broadcast wire`.split(/\s+/),
);

/** A report or memo named as a claim's source: "The staff report", "the 61-page report" (not "reports", unnamed news). */
export const DOCUMENT_SPEAKING = /^(?:the|this|that|a|an)\s+(?:[\p{L}\d’'-]+\s+){0,3}(?:report|memo|memorandum)$/iu;
/** An entity named as a report or memo by its description ("staff report", "internal memo"). */
export const NAMED_DOCUMENT = /^(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?:report|memo|memorandum)$/u;

/**
 * The words of a document's description, between its determiner and its noun, that say what it is ("internal",
 * "staff"; not "latest"); none when a word is a name, a possessive, a number or a date ("2023", "61-page"), or no
 * modifier at all.
 */
export function describingWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const lower = w.toLowerCase();
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || NOT_MODIFIERS.has(lower) || TIME_WORDS.has(lower)) return [];
    if (!NOT_DESCRIBING.has(lower)) out.push(lower);
  }
  return out;
}

/**
 * What the latest document with `noun` introduced in `text` before `pos` ("an internal review showing …") is called by
 * its describing words ("internal review"); null when the latest says no more than its noun, or there is none within
 * 1,500 characters.
 */
export function introducedDocumentName(text: string, noun: string, pos: number): string | null {
  const window = text.slice(Math.max(0, pos - 1500), pos);
  const re = new RegExp(String.raw`\b(?:[Aa]|[Aa]n)\s+((?:[\p{L}\d][\p{L}\d-]*\s+){1,2})${noun}\b`, "gu");
  let last: string[] = [];
  for (let m = re.exec(window); m; m = re.exec(window)) last = describingWords(m[1]!.trim().split(/\s+/));
  return last.length ? `${last.join(" ")} ${noun}` : null;
}
