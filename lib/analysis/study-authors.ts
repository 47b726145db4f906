// A study the article credits to one body's researchers ("Researchers at the Westmere Center for Labor Economics
// compared …", "a study by the Nordic Institute …") is that body's: "the study found" and a headline's "study finds"
// are its findings, as a fact-checker would cite them.
import type { EntityIndex } from "./entities";
import { credit } from "./headline-descriptions";
import type { ExtractedClaim, Mention } from "./types";

/** Right before a body's name, words that make it the author of a study: "Researchers at the ", "a study by ". */
const AUTHORED_BEFORE = /\b(?:researchers|scientists|economists|academics|epidemiologists|divers|surveyors|a team|the team)\s+(?:at|from)\s+(?:the\s+)?$|\b(?:study|studies|survey|surveys)\s+by\s+(?:the\s+)?$/i;
/**
 * Right before a journal's name, where a study came out: "published on Wednesday in the journal ", "published online in
 * the medical journal ", "published Monday in " (the word "journal" caught, when there is one).
 */
const PUBLISHED_IN = /\bpublished\s+(?:online\s+)?(?:(?:(?:on\s+)?\p{Lu}\p{Ll}+|this\s+week|last\s+week|today|yesterday)\s+)?in\s+(?:the\s+)?(?:(?:scientific|medical|academic|peer-reviewed)\s+)?(journal\s+)?$/u;
/**
 * A journal's name by its own words, with no "journal" before it: "the Journal of Water and Health Sciences", "Marine
 * Ecology Letters" (not a newspaper's, "the Wall Street Journal", "the Atlanta Journal-Constitution", nor one word,
 * "Proceedings").
 */
const JOURNAL_NAME = /^(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*\s+){0,3}Journal\s+of\s+\p{Lu}|(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:Letters|Proceedings|Annals)$)/u;
/** Whether a name is a journal's by where it stands: right after "published … in the journal", or "published … in" with a journal's own words. */
function publishedInJournal(m: Mention, text: string): boolean {
  const before = PUBLISHED_IN.exec(text.slice(Math.max(0, m.start - 70), m.start));
  return !!before && (!!before[1] || JOURNAL_NAME.test(m.text));
}
/** Right after a body's name: "Westmere researchers", "the Westmere study". */
const AUTHORED_AFTER = /^\s+(?:researchers|scientists|study|survey)\b/i;
/** A source that is a study described, not named: "the study", "a new study", "study", "the largest underwater survey" (not "the paper", also a newspaper). */
// (Or its authors: "the authors", "Its authors", "the study's researchers".)
const DESCRIBED_STUDY = /^(?:the\s+|a\s+|an\s+|this\s+|that\s+|its\s+)?(?:[\p{L}\d-]+\s+){0,2}(?:study|studies|research|analysis|survey)$|^(?:(?:the|its|their)\s+)?(?:(?:study|survey|report)['’]s\s+)?(?:authors|co-authors|researchers)$/iu;

/**
 * Gives claims whose source is such an unnamed study to the one body the article names as its author, if one; of
 * several, to the one whose sentence speaks of that kind of study ("Divers from the Coral Sea Research Institute
 * surveyed 212 reefs" for "the survey", not "researchers at the Pacific Climate Observatory" of another study).
 */
export function resolveStudyAuthors(claims: ExtractedClaim[], mentions: Mention[], ents: EntityIndex, text: string): void {
  // (By its words, or by who a pronoun was read as: "They found …" of "Researchers analysed …".)
  let studies = claims.filter((c) => c.source && ents.kindOf(c.source.entityKey) === "unnamed" && (DESCRIBED_STUDY.test(c.source.text) || DESCRIBED_STUDY.test(ents.nameOf(c.source.entityKey))));
  if (!studies.length) return;
  // "The study, published on Wednesday in the journal Marine Ecology and Evolution Letters, …", "a study published this
  // week in the Journal of Water and Health Sciences": one journal named as
  // where the study came out is how a fact-checker cites its findings, before the body its authors work for.
  const journals = new Set(mentions.filter((m) => m.section === "body" && publishedInJournal(m, text)).map((m) => m.entityKey));
  // (What its researchers said to the press goes on to the body they work for, below.)
  if (journals.size === 1) {
    const journal = [...journals][0]!;
    const paper = studies.filter((c) => inThePaper(c, ents.nameOf(c.source!.entityKey)));
    for (const c of paper) credit(c, journal, mentions);
    studies = studies.filter((c) => !paper.includes(c));
    if (!studies.length) return;
  }
  // Each author, with the sentence that names it so.
  const authors = new Map<string, string>();
  for (const m of mentions) {
    const kind = ents.kindOf(m.entityKey);
    if (kind !== "organization" && kind !== "institution") continue;
    if (AUTHORED_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || AUTHORED_AFTER.test(text.slice(m.end, m.end + 14))) {
      const sentence = sentenceAround(text, m.start);
      // (Not scientists who only comment on it: "Scientists at the Met Office, who were not involved in the study, said".)
      if (!NOT_INVOLVED.test(sentence)) authors.set(m.entityKey, `${authors.get(m.entityKey) ?? ""} ${sentence}`);
    }
  }
  for (const c of studies) {
    const kind = STUDY_KINDS.find(([noun]) => noun.test(c.source!.text))?.[1];
    const ofKind = kind ? [...authors].filter(([, sentence]) => kind.test(sentence)) : [];
    // ("A 2024 study by the Bangkok Water Futures Forum estimated …. Its authors also blamed …": of several, the authors
    // of the study named in the sentence before.)
    const justNamed = ofKind.length > 1 && AUTHORS.test(c.source!.text) ? authorNamedJustBefore(c, authors, mentions, text) : undefined;
    const author = authors.size === 1 ? [...authors.keys()][0] : ofKind.length === 1 ? ofKind[0]![0] : justNamed;
    if (author) credit(c, author, mentions);
  }
}

const AUTHORS = /\b(?:authors|co-authors|researchers)$/i;
/**
 * Whether a claim is what the paper itself says: the study's findings ("the study found", a headline's "study finds"),
 * or what its authors wrote in it ("the researchers wrote", "The authors acknowledge in the paper"); not what they said
 * to the press ("The researchers, from University College Cork, said"), nor earlier studies ("Previous studies have found").
 */
function inThePaper(c: ExtractedClaim, name: string): boolean {
  const words = c.source!.text;
  if (OTHER_STUDIES.test(words) || /\bstudies$/i.test(words)) return false;
  if (!AUTHORS.test(words) && !AUTHORS.test(name)) return true;
  return c.section !== "body" || PAPER_VERBS.test(c.cue ?? "");
}
/** Words for studies other than the one the article is about. */
const OTHER_STUDIES = /\b(?:previous|earlier|other|past|prior|several|many|recent|older|separate)\b/i;
/** Verbs of what a paper says, as its authors' words in it. */
const PAPER_VERBS = /^(?:wrote|write|writes|writing|note|notes|noted|found|find|finds|acknowledge|acknowledges|acknowledged|report|reports|reported|conclude|concludes|concluded|estimate|estimates|estimated|calculated|observed|documented|recorded|showed|show|shows)$/i;


/** The author named as such in the sentence right before the claim's, if one. */
function authorNamedJustBefore(c: ExtractedClaim, authors: ReadonlyMap<string, string>, mentions: readonly Mention[], text: string): string | undefined {
  const sentenceStart = Math.max(text.lastIndexOf(". ", c.start - 1), text.lastIndexOf("\n", c.start - 1));
  const before = sentenceStart < 0 ? -1 : Math.max(text.lastIndexOf(". ", sentenceStart - 1), text.lastIndexOf("\n", sentenceStart - 1));
  const named = new Set(mentions.filter((m) => m.start > before && m.start < sentenceStart && authors.has(m.entityKey)).map((m) => m.entityKey));
  return named.size === 1 ? [...named][0] : undefined;
}

/** A study's noun, and the words for that kind of study in its author's sentence ("survey": "surveyed 212 reefs"). */
const STUDY_KINDS: readonly (readonly [RegExp, RegExp])[] = [
  [/\bsurveys?$/i, /\bsurvey(?:s|ed|ing)?\b/i],
  [/\b(?:study|studies)$/i, /\b(?:study|studies|studied|studying)\b/i],
  [/\banalysis$/i, /\b(?:analysis|analy[sz]ed|analy[sz]ing)\b/i],
  [/\bresearch$/i, /\bresearch(?:ed)?\b/i],
  [/\b(?:authors|co-authors|researchers)$/i, /\b(?:study|studies|studied|survey|surveyed|report|research|researchers|analysis)\b/i],
];
/** An aside that the people named did not do the study: "who were not involved in the study". */
const NOT_INVOLVED = /\b(?:not|never)\s+(?:been\s+)?involved\b|\bdid not take part\b|\bindependent of\b/i;

/** The sentence around `pos`, roughly: from the last sentence stop (or line break) before it to the next. */
function sentenceAround(text: string, pos: number): string {
  const before = text.slice(0, pos);
  const start = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n")) + 1;
  const stop = /\.\s|\n/.exec(text.slice(pos));
  return text.slice(start, stop ? pos + stop.index : text.length);
}
