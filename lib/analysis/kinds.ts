// Claim kinds: from the cue and the kind of source, or, for the outlet's own voice, factual vs evaluative.

import type { CueClass } from "./cues";
import type { ClaimKind, EntityKind } from "./types";

/** Editorial wording in the outlet's own voice: irony, verdicts, predictions of reaction, "should". */
export const EDITORIAL_SOURCE =
  String.raw`\b(?:without a hint of irony|ironically|irony|(?:is|are|was|were) (?:sure|bound|likely) to raise|(?:is|are) sure to|rais(?:e|es|ed|ing) (?:eyebrows|speculation|questions|doubts)|(?:is|are|was|were) (?:correct|right|wrong|mistaken) (?:that|to|about|in)|correctly|rightly|wrongly|clearly|obviously|of course|needless to say|unfortunately|fortunately|sadly|hypocritical|hypocrisy|absurd|ridiculous|outrageous|shameful|disgraceful|laughable|bizarre|stunning|shocking|remarkabl[ey]|troubling|alarming|disturbing|should|ought to|(?:has|have|had) (?:some|its own|their own|his own|her own) theories|it remains to be seen|arguably|undoubtedly|surely|to be fair|make no mistake|let'?s be clear)\b`;
const OPINION_RE = new RegExp(EDITORIAL_SOURCE, "i");

const BLAME_CONTENT = /\b(?:due to|because of|blam(?:e|es|ed|ing)|fault|caused by|responsible for|campaign by|orchestrated by|instigated by)\b/i;

/** A statement that denies wrongdoing or knowledge ("I have not broken any laws", "he had no knowledge of the offer"). */
const DENIAL_CONTENT = new RegExp(
  [
    // "I haven't done anything wrong", "she had done nothing wrong"
    String.raw`\b(?:did|done|do|does|doing)\s+(?:anything|nothing)\s+(?:wrong|illegal|improper)\b`,
    // "I have not broken any laws", "never violated the law"
    String.raw`(?:\b(?:not|never)|n['’]t)\s+(?:\p{L}+\s+){0,2}?(?:broken|broke|break|violated|violate)\s+(?:any|the)\s+laws?\b`,
    // "he had no knowledge of the offer", "denied any wrongdoing"
    String.raw`\b(?:no|any)\s+(?:prior\s+)?(?:knowledge|involvement)\s+(?:of|in|about)\b|\b(?:no|any)\s+wrongdoing\b`,
    // "nothing improper took place", "“nothing improper” happened"
    String.raw`\bnothing\s+(?:improper|illegal|wrong)[”"]?\s+(?:took place|happened|occurred)\b`,
    // "accusations that she had misled Congress were false", "the charges are baseless"
    String.raw`\b(?:accusations?|allegations?|charges?|claims?|suggestions?)\b[^.;]{0,80}?\b(?:is|are|was|were)\s+(?:(?:completely|totally|simply|entirely|absolutely)\s+)?(?:false|untrue|baseless|unfounded)\b`,
    // "That's not true", "this is simply false"
    String.raw`\b(?:that|this|it|which)(?:['’]s|\s+is|\s+was)\s+(?:(?:simply|just|absolutely|completely)\s+)?(?:not\s+true|untrue|false)\b`,
  ].join("|"),
  "iu",
);

/** A word every DENIAL_CONTENT match holds: a cheap test that spares most contents the costly one. */
const DENIAL_KEYWORD = /wrong|illegal|improper|law|knowledge|involvement|false|true|baseless|unfounded/iu;

/** Whether a statement's content denies wrongdoing or knowledge: such a statement is a denial. */
export function deniesWrongdoing(content: string): boolean {
  return DENIAL_KEYWORD.test(content) && DENIAL_CONTENT.test(content);
}

export function isOpinion(text: string): boolean {
  return OPINION_RE.test(text);
}

/** Kind of an attributed claim. */
export function attributedKind(cls: CueClass, sourceKind: EntityKind, content: string, cue: string): ClaimKind {
  const institutional = sourceKind === "institution" || sourceKind === "organization" || sourceKind === "anonymous";
  switch (cls) {
    case "blame":
      return "blame";
    case "denial":
      return "denial";
    case "finding":
      return institutional || sourceKind === "outlet" || sourceKind === "unnamed" ? "finding" : "statement";
    case "report":
      if (sourceKind === "outlet" || sourceKind === "unnamed" || sourceKind === "anonymous" || sourceKind === "other") return "report";
      if (sourceKind === "institution" && cue === "according to") return "finding";
      return sourceKind === "person" ? "statement" : "report";
    default:
      if (cue === ":" && BLAME_CONTENT.test(content)) return "blame";
      return deniesWrongdoing(content) ? "denial" : "statement";
  }
}

/** Kind of an unattributed sentence: the outlet's own voice. */
export function ownVoiceKind(text: string): ClaimKind {
  return isOpinion(text) ? "opinion" : "assertion";
}
