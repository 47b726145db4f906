// In a court report, what "the court heard" or "a jury was told" is the prosecution's case, put by its counsel
// ("Opening the case for the prosecution, Rachel Okoro said …", "Tom Reyes, prosecuting, told the jury …"), and "the
// defence says" is the defending counsel's ("Simon Ledgard, defending, argued …"). Such claims go to that counsel
// when the article names one alone.
import type { EntityIndex } from "./entities";
import { credit } from "./headline-descriptions";
import type { ExtractedClaim, Mention } from "./types";

/**
 * Before counsel's name, in its sentence: "Prosecuting for the Environment Agency, ", "Opening the case for the
 * prosecution at Newcastle Crown Court on Monday, " (not "Prosecuting such fraud is a priority, ").
 */
const PROSECUTING_BEFORE = /(?:^|[.!?]\s+|\n)(?:Prosecuting(?:\s+for\s+(?:the\s+)?\p{Lu}[^,.;:“”"]{0,60})?|Opening the (?:case|trial) for the (?:prosecution|Crown)[^,.;:“”"]{0,90}),\s+$/u;
/** Right after counsel's name: ", prosecuting,", ", for the Crown," (not ", for the Crown Estate,"). */
const PROSECUTING_AFTER = /^,\s+(?:prosecuting|for the (?:prosecution|Crown))\s*[,.]/;
/** "Defending, ", "Defending Pattinson, " (not "Defending the decision, "), "Opening the case for the defence …, ". */
const DEFENDING_BEFORE = /(?:^|[.!?]\s+|\n)(?:Defending(?:\s+(?:him|her|them|\p{Lu}[\p{L}’'-]+))?|Opening the case for the defen[cs]e[^,.;:“”"]{0,90}),\s+$/u;
/** ", defending," (not ", defending champion,"). */
const DEFENDING_AFTER = /^,\s+(?:defending|for the defen[cs]e)\s*[,.]/;
/** Where the defence's case begins, after which what the court heard may be its own: "In mitigation, …". */
const DEFENCE_CASE = /\b(?:[Ii]n mitigation|[Dd]efending|for the defen[cs]e)\b/;
/** The source the engine gives what a court heard (claims.ts, the "hearing" cue). */
export const COURT_HEARING = "court hearing";
/** A source that is the defence described: "defence", "the defense". */
const THE_DEFENCE = /^(?:the\s+)?defen[cs]e$/i;

/** The one person the article names as counsel in that way, or null. */
function counsel(mentions: readonly Mention[], ents: EntityIndex, text: string, before: RegExp, after: RegExp): string | null {
  const found = new Set<string>();
  for (const m of mentions) {
    if (m.section !== "body" || ents.kindOf(m.entityKey) !== "person") continue;
    if (before.test(text.slice(Math.max(0, m.start - 120), m.start)) || after.test(text.slice(m.end, m.end + 30))) found.add(m.entityKey);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** Gives what the court heard to the prosecuting counsel, and the defence's words to the defending one. */
export function resolveCourtCounsel(claims: ExtractedClaim[], mentions: Mention[], ents: EntityIndex, text: string): void {
  const heard = claims.filter((c) => c.source && ents.nameOf(c.source.entityKey) === COURT_HEARING);
  const defence = claims.filter((c) => c.source && ents.kindOf(c.source.entityKey) === "unnamed" && THE_DEFENCE.test(c.source.text));
  if (heard.length) {
    const prosecutor = counsel(mentions, ents, text, PROSECUTING_BEFORE, PROSECUTING_AFTER);
    // (Only before the defence's case: after "In mitigation, …" what the court heard may be the defence's.)
    const bodyStart = mentions.find((m) => m.section === "body")?.start ?? 0;
    const defenceAt = DEFENCE_CASE.exec(text.slice(bodyStart))?.index;
    const before = defenceAt === undefined ? text.length : bodyStart + defenceAt;
    if (prosecutor) for (const c of heard) if (c.section !== "body" || c.start < before) credit(c, prosecutor, mentions);
  }
  if (defence.length) {
    const defender = counsel(mentions, ents, text, DEFENDING_BEFORE, DEFENDING_AFTER);
    if (defender) for (const c of defence) credit(c, defender, mentions);
  }
}
