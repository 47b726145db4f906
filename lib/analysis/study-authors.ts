// A study the article credits to one body's researchers ("Researchers at the Westmere Center for Labor Economics
// compared …", "a study by the Nordic Institute …") is that body's: "the study found" and a headline's "study finds"
// are its findings, as a fact-checker would cite them.
import type { EntityIndex } from "./entities";
import { credit } from "./headline-descriptions";
import type { ExtractedClaim, Mention } from "./types";

/** Right before a body's name, words that make it the author of a study: "Researchers at the ", "a study by ". */
const AUTHORED_BEFORE = /\b(?:researchers|scientists|economists|academics|epidemiologists|a team|the team)\s+(?:at|from)\s+(?:the\s+)?$|\b(?:study|studies)\s+by\s+(?:the\s+)?$/i;
/** Right after a body's name: "Westmere researchers", "the Westmere study". */
const AUTHORED_AFTER = /^\s+(?:researchers|scientists|study)\b/i;
/** A source that is a study described, not named: "the study", "a new study", "study" (not "the paper", also a newspaper). */
const DESCRIBED_STUDY = /^(?:the\s+|a\s+|an\s+|this\s+|that\s+|its\s+)?(?:[\p{L}\d-]+\s+){0,2}(?:study|studies|research|analysis)$/iu;

/** Gives claims whose source is such an unnamed study to the one body the article names as its author, if one. */
export function resolveStudyAuthors(claims: ExtractedClaim[], mentions: Mention[], ents: EntityIndex, text: string): void {
  const studies = claims.filter((c) => c.source && ents.kindOf(c.source.entityKey) === "unnamed" && DESCRIBED_STUDY.test(c.source.text));
  if (!studies.length) return;
  const authors = new Set<string>();
  for (const m of mentions) {
    const kind = ents.kindOf(m.entityKey);
    if (kind !== "organization" && kind !== "institution") continue;
    if (AUTHORED_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || AUTHORED_AFTER.test(text.slice(m.end, m.end + 14))) authors.add(m.entityKey);
  }
  if (authors.size !== 1) return;
  const [author] = authors;
  for (const c of studies) credit(c, author!, mentions);
}
