// A round-up of reactions prints each as its speaker, described, a colon and the quotation, with no verb: "Road Haulage
// Association chief executive Bernadette Quayle: “A 5p rise lands on every lorry.”" The paragraph's quotation is that
// person's (or that body's) own words, with the colon as the cue, as a headline's "X: …" has.
import type { EntityIndex } from "./entities";
import type { ExtractedClaim, Mention } from "./types";
import { isPersonNoun, ROLE_MODIFIERS } from "./lexicon";

/** A paragraph's label and the quotation mark that opens what follows it (group 1: the label, without its colon). */
const LABEL_THEN_QUOTE = /^([^:;“”"\n]{3,120}):\s+[“"]/;
/** Words of saying in a label: then it is a sentence, "Holt said this:", not a label. */
const SAYING = /\b(?:said|says|say|told|tells|added|adds|wrote|writes|posted|tweeted|asked|asks|warned|warns)\b/i;
const SPEAKERS = new Set(["person", "organization", "institution"]);

/** Words that may join a description's capitalised ones: "British Chambers of Commerce director general". */
const JOINING = new Set("and the for general executive chief deputy senior former acting interim vice".split(" "));
/** A label's first word that says what the quotation is or to whom, not who speaks: "Dear Ann Holt:", "RIP Tom Reid:". */
const NOT_A_SPEAKER_OPENING = /^(?:A|An|From|To|In|On|For|Dear|RIP|Pictured|Photo|Image|Watch|Video|Listen|Warning|Message|Statement)$/;
/** Kin, who are someone's: "Mother of victim Tom Reid:" names the victim, not the mother. */
const KIN = /^(?:mother|father|mum|mom|dad|widow|widower|parents|sister|brother|son|daughter|wife|husband|family|friend|friends|partner|relatives)$/i;
/** A trade's ending, for jobs no list holds: "meteorologist", "forecaster", "spokesman". */
const TRADE_ENDING = /(?:ist|er|or|man|woman|person|ian)$/;
/**
 * Whether the label only describes its speaker: capitalised words, and in lower case only words of a post or trade
 * ("chief executive"); not what the quotation is, about whom or to whom ("From the complaint against Tom Reid", "A
 * message to Ann Holt", "Tom Reid on Ann Holt", "The charge against …"; but "The Green Party’s Ann Holt").
 */
function describesSpeaker(label: string): boolean {
  const words = label.trim().split(/\s+/);
  if (NOT_A_SPEAKER_OPENING.test(words[0]!) || (words[0] === "The" && !/^\p{Lu}/u.test(words[1] ?? ""))) return false;
  // ("of" only inside a body's name: "British Chambers of Commerce director general".)
  const ofInName = (i: number) => /^\p{Lu}/u.test(words[i - 1] ?? "") && /^\p{Lu}/u.test(words[i + 1] ?? "") && !KIN.test(words[i - 1]!);
  return words.every((w, i) => (w === "of" ? ofInName(i) : /^\p{Lu}/u.test(w) ? !KIN.test(w) : JOINING.has(w) || isPersonNoun(w) || ROLE_MODIFIERS.has(w) || TRADE_ENDING.test(w)));
}

/** Gives each labelled paragraph's unattributed claims to the person or body its label ends with. */
export function resolveLabelledQuotes(
  claims: ExtractedClaim[],
  mentions: readonly Mention[],
  ents: EntityIndex,
  text: string,
  bodyStart: number,
  attribute: (c: ExtractedClaim, key: string, name: string) => void,
): void {
  let at = bodyStart;
  for (const line of text.slice(bodyStart).split("\n")) {
    const start = at + (line.length - line.trimStart().length);
    at += line.length + 1;
    const m = line.includes(":") ? LABEL_THEN_QUOTE.exec(line.trimStart()) : null;
    if (!m || SAYING.test(m[1]!) || !describesSpeaker(m[1]!)) continue;
    const labelEnd = start + m[1]!.trimEnd().length;
    const speaker = mentions.find((x) => x.end === labelEnd && x.start >= start && SPEAKERS.has(ents.kindOf(x.entityKey)));
    // (One speaker: not "Ann Holt and Tom Reid:".)
    const people = mentions.filter((x) => x.start >= start && x.end <= labelEnd && ents.kindOf(x.entityKey) === "person");
    if (!speaker || new Set(people.map((x) => x.entityKey)).size > 1) continue;
    const end = start + line.trim().length;
    for (const c of claims) {
      if (c.start < start || c.start >= end || c.source) continue;
      attribute(c, speaker.entityKey, speaker.text);
      c.cue = ":";
    }
  }
}
