// A statement spoken of again with no issuer named ("In a statement on Monday, the ministry said …. The statement added
// that …", "“…,” the statement said.") is its issuer's: a fact-checker cites the ministry, not "the statement". So is a
// report or a letter spoken of again ("In a report to the meeting, the chief executive said …. The report said …").
import type { EntityIndex } from "./entities";
import { credit } from "./headline-descriptions";
import type { ExtractedClaim, Mention } from "./types";

/** What an unnamed source is called when it is a statement: "statement", "the joint statement", "the communiqué". */
const STATEMENT_NAME = /^(?:(?:the|that|this|its|their|his|her)\s+)?(?:(?:joint|written|emailed|e-mailed|brief|short|official|same)\s+)?(?:statement|communiqu[eé]|press\s+release)$/iu;
/**
 * Words of a sentence whose speaker spoke in a statement: "In a statement, …", "said in a joint statement", "In an
 * emailed response to questions, …" (not one that only speaks of a statement, "“That statement is false,” Reed said",
 * nor a written response, which is no statement).
 */
// (Not \b after "é", which JavaScript does not count as a letter there.)
const SPEAKS_OF_STATEMENT = /\b(?:in|through)\s+(?:a|an|its|their|his|her|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|communiqu[eé]|press\s+release|(?:emailed|e-mailed)\s+(?:response|reply|answer))(?!\p{L})/iu;
/** A claim's own sentence that names who issued the statement another way: "The statement, issued by the union, said". */
// (With when between: "The latest report, released Monday by the state auditor, said".)
const ISSUER_NAMED_HERE = /\b(?:issued|released|signed|sent|put\s+out|posted|published)\s+(?:[^,;.]{1,30}?\s+)?by\b|\bstatement\s+(?:from|by)\b/i;
/** How far back the statement may have been spoken of: about three paragraphs. */
const REACH = 1200;
/** Kinds of entity that may issue a statement ("other": a name the article gives no kind, "Sirma"). */
const ISSUING_KINDS = new Set(["person", "organization", "institution", "anonymous", "other"]);
/**
 * Right after an issuer's name (and its short form in brackets): " issued a statement", " has released a joint
 * statement", " (CNSR), read the communiqué".
 */
const ISSUED_AFTER = /^(?:\s*\([^()]{1,12}\))?,?\s+(?:(?:also|later|then|has|have|had)\s+)*(?:issued|released|put\s+out|published|sent\s+out|read(?:\s+out)?)\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|communiqu[eé]|press\s+release)(?!\p{L})/iu;

/**
 * A report or a letter spoken of again as a source: "The report", "the preliminary report", "The 46-page final report",
 * "the letter", with words that say how it is, not what it is about or which ("The monthly jobs report", "The 2023
 * report" are others). Group 1: the document's noun.
 */
const DOCUMENT_AGAIN = /^(?:the|that|this)\s+(?:(?:\d+-page|new|final|full|preliminary|interim|draft|scathing|damning|critical|long-awaited|redacted|unredacted|leaked|internal|independent|lengthy|detailed|official|same|joint|open|two-page|one-page)\s+){0,2}(report|letter)$/iu;
/** Words of a sentence whose speaker spoke in such a document: "In a report to the meeting, …", "In a letter to the secretary, …". */
const speaksIn = (noun: string) => new RegExp(String.raw`\b(?:in|through)\s+(?:a|an|its|their|his|her|the)\s+(?:[\p{L}-]+\s+){0,3}?${noun}\b`, "iu");
/** The document, then who made it: "A preliminary report by ", "a letter signed by " (its maker's words follow). */
const madeBy = (noun: string) => new RegExp(String.raw`\b${noun}\s+(?:by|from|signed\s+by)\s+$`, "i");

/** How a statement or a document spoken of again finds its issuer. */
interface SpokenOf {
  /** Words of an earlier sentence whose speaker spoke in it. */
  speaksIn: RegExp;
  /** Right before an earlier claim's source, the document and "by": its maker (none for a statement). */
  madeBy: RegExp | null;
  /** Right after a name, that it issued one (none for a letter: claims.ts reads "sent a letter", "a letter signed by"). */
  issuedAfter: RegExp | null;
  /** Only where the earlier sentence speaks of it outside a quotation: not "“In a letter to the board, Reed wrote …,” Holt said". */
  outsideQuotes: boolean;
  /** Another one, or an answer to it, since it was spoken of: then it is no longer the one. */
  othersSince: RegExp | null;
}
const STATEMENT_SPOKEN_OF: SpokenOf = { speaksIn: SPEAKS_OF_STATEMENT, madeBy: null, issuedAfter: ISSUED_AFTER, outsideQuotes: false, othersSince: null };
const DOCUMENTS_SPOKEN_OF: Readonly<Record<string, SpokenOf>> = {
  // (Right after a name: " released a report", " has published its annual report".)
  report: { speaksIn: speaksIn("report"), madeBy: madeBy("report"), issuedAfter: /^(?:\s*\([^()]{1,12}\))?,?\s+(?:(?:also|later|then|has|have|had)\s+)*(?:issued|released|published|sent\s+out)\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}report\b/iu, outsideQuotes: false, othersSince: null },
  // (Another letter, or an answer to it: "a new letter", "letters", "received", "replied".)
  letter: { speaksIn: speaksIn("letter"), madeBy: madeBy("letter"), issuedAfter: null, outsideQuotes: true, othersSince: /\b(?:a|an|another|second|new|separate|anonymous|unsigned|later|earlier)\s+(?:[\p{L}-]+\s+)?letter\b|\bletters\b|\b(?:received|replied|responded|answered|wrote\s+back)\b/iu },
};

/**
 * Gives each claim whose source is a statement described, not named, to its issuer: the source of the latest claim
 * before it whose sentence speaks of a statement, or the latest name before it said to have issued one ("The council
 * issued a statement"), whichever comes later, within REACH characters (with neither, the statement stays the source).
 */
export function resolveStatementIssuers(claims: ExtractedClaim[], mentions: Mention[], ents: EntityIndex, text: string): void {
  const unnamed = (c: ExtractedClaim) => c.source !== null && ents.kindOf(c.source.entityKey) === "unnamed";
  const isStatement = (c: ExtractedClaim) => unnamed(c) && STATEMENT_NAME.test(ents.nameOf(c.source!.entityKey));
  // (A report or a letter spoken of again is its writer's the same way: "In a report to the meeting, chief executive
  // Máire Kiely said …. The report said …", "In a letter to the secretary, the governors, led by Gov. Ann Holt, wrote
  // …. “…,” the letter said".)
  // (A letter only while it is still the source, its signers not found where it was sent: claims.ts reads "sent a
  // letter" and "a letter signed by".)
  const documentOf = (c: ExtractedClaim) => {
    const noun = unnamed(c) ? DOCUMENT_AGAIN.exec(c.source!.text)?.[1]?.toLowerCase() : undefined;
    return noun === "letter" && !/letter$/i.test(ents.nameOf(c.source!.entityKey)) ? undefined : noun;
  };
  const isDocument = (c: ExtractedClaim) => documentOf(c) !== undefined;
  if (!claims.some((c) => isStatement(c) || isDocument(c))) return;
  for (const c of claims) {
    const noun = documentOf(c);
    const document = noun !== undefined;
    if (!(document || isStatement(c)) || ISSUER_NAMED_HERE.test(sentenceOf(text, c))) continue;
    const how = document ? DOCUMENTS_SPOKEN_OF[noun]! : STATEMENT_SPOKEN_OF;
    // (A report's maker is its own sentence's source named right after "report by": "A report by the inspector general
    // found"; not someone who answers a report, "In response to a report by the committee, Ann Holt said".)
    const speaksOf = (sentence: string, source: string) => {
      const spoken = how.speaksIn.exec(sentence);
      const quoted = how.outsideQuotes && spoken !== null && (sentence.slice(0, spoken.index).match(/[“"]/g)?.length ?? 0) % 2 === 1;
      const at = how.madeBy ? sentence.indexOf(source) : -1;
      return (spoken !== null && !quoted) || (at >= 0 && how.madeBy!.test(sentence.slice(0, at)));
    };
    let issuer: { key: string; at: number } | null = null;
    for (const earlier of claims) {
      if (earlier.start >= c.start) break;
      // (A report's writer may be described only: "the department's inspector general".)
      const kind = earlier.source ? ents.kindOf(earlier.source.entityKey) : null;
      if (earlier.start < c.start - REACH || !earlier.source || isStatement(earlier) || isDocument(earlier) || !(ISSUING_KINDS.has(kind!) || (document && kind === "unnamed"))) continue;
      if (speaksOf(sentenceOf(text, earlier), earlier.source.text)) issuer = { key: earlier.source.entityKey, at: earlier.start };
    }
    // (Past the sentence it was spoken of in: "A separate letter, leaked …", "Holt replied on Friday".)
    if (issuer && how.othersSince?.test(text.slice(issuer.at, c.start).replace(/^[^.!?\n]*/, ""))) issuer = null;
    for (const m of mentions) {
      if (m.start >= c.start) break;
      if (m.start < c.start - REACH || (issuer && m.start < issuer.at) || !ISSUING_KINDS.has(ents.kindOf(m.entityKey))) continue;
      if (how.issuedAfter?.test(text.slice(m.end, m.end + 80))) issuer = { key: m.entityKey, at: m.start };
    }
    if (issuer) credit(c, issuer.key, mentions);
  }
}

/** The text of a claim's sentence: from the last stop or line break before it to its end. */
function sentenceOf(text: string, c: ExtractedClaim): string {
  const start = Math.max(text.lastIndexOf(". ", c.start - 1), text.lastIndexOf("\n", c.start - 1)) + 1;
  return text.slice(start, c.end);
}
