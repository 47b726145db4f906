// A radio or television transcript prints each turn under its speaker's name in capitals, the presenters with their
// roles ("LEILA HARTMANN, HOST: …", "JOSIE WHITFORD-LUND, BYLINE: …", later "WHITFORD-LUND: …") and everyone else by
// name ("GARY PETTIT: If I fallow this ground …"). The presenters' turns are the outlet's own voice; every other turn
// is its speaker's own words, quoted directly, with the label as the cue. "UNIDENTIFIED PERSON: …" is someone the
// narration before it described, else an unidentified person.
import type { EntityIndex } from "./entities";
import type { ExtractedClaim } from "./types";
import { FEMALE_FIRST_NAMES, isPersonNoun, MALE_FIRST_NAMES } from "./lexicon";
import { PRONOUN_SOURCE } from "./text-units";

/** A turn's label: the name in capitals (group 1), perhaps a role after a comma (group 2), then the colon. */
// (A first name may be one letter: "A MARTÍNEZ, HOST:".)
const TURN_LABEL = /^(\p{Lu}[\p{Lu}'’.-]*(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,3})(?:,\s+(\p{Lu}[\p{Lu}\s'’.-]{1,40}?))?:\s+/u;
/** The roles of the outlet's own people in a transcript. */
const PRESENTER_ROLES = /^(?:HOST|BYLINE|ANCHOR|CO-HOST|CORRESPONDENT|REPORTER|PRESENTER|NEWSCASTER)$/;
/** A speaker the transcript does not name: "UNIDENTIFIED PERSON", "UNIDENTIFIED WOMAN #1". */
const UNIDENTIFIED = /^UNIDENTIFIED\s/;
/** Titles a label may open with, short or whole: "SEN.", "DR.", "GOV.", "REP.". */
const LABEL_TITLES = new Set("SEN SENATOR REP REPRESENTATIVE GOV GOVERNOR DR MR MRS MS MAYOR PRESIDENT JUDGE PROF PROFESSOR".split(" "));

interface Turn {
  start: number;
  end: number;
  label: string;
  name: string;
  presenter: boolean;
  /** Whether the label gives a role after the name ("MARA DIAZ, POLITICAL ANALYST:"), which only a person has. */
  roled: boolean;
}

/** The body's labelled turns, in order; none unless a presenter's role says the piece is a transcript. */
function turnsOf(text: string, bodyStart: number): Turn[] {
  const turns: Turn[] = [];
  const presenters = new Set<string>();
  let at = bodyStart;
  for (const line of text.slice(bodyStart).split("\n")) {
    const start = at + (line.length - line.trimStart().length);
    at += line.length + 1;
    const body = line.trim();
    const m = body.indexOf(":") > 0 && body.indexOf(":") <= 70 ? TURN_LABEL.exec(body) : null;
    if (!m) continue;
    const name = m[1]!.replace(/\s+/g, " ");
    const presenter = !!m[2] && PRESENTER_ROLES.test(m[2].trim());
    if (presenter) {
      presenters.add(name);
      presenters.add(name.split(" ").at(-1)!);
    }
    turns.push({ start, end: start + body.length, label: m[0].trim(), name, presenter: presenter || presenters.has(name), roled: !!m[2] });
  }
  return turns.some((t) => t.presenter) ? turns : [];
}

/** Whether a label's word is a title ("SEN.", "MINISTER"), not a name. */
function isTitleWord(word: string): boolean {
  const bare = word.replace(/\.$/, "");
  return isPersonNoun(bare.toLowerCase()) || LABEL_TITLES.has(bare);
}

/**
 * The person a label names, past its titles: one the article named so, in full, by surname or by first name alone; else
 * a person made from a label of two words or more that opens with a given name or gives a role; null otherwise
 * ("CORRECTION:", "CROWD:", "EDITOR'S NOTE:").
 */
function personNamed(label: string, roled: boolean, ents: EntityIndex): string | null {
  // (Not the label itself, read as a name in capitals.)
  const people = ents.entities.filter((e) => e.kind === "person" && e.name !== e.name.toUpperCase());
  // (Past the titles the label gives: "MINISTER ANN HOLT", "SEN. ANN HOLT", "FINANCE MINISTER ANN HOLT" are Ann Holt.)
  const words = label.split(" ");
  while (words.length > 1 && (isTitleWord(words[0]!) || (words.length > 2 && isPersonNoun(words[1]!.toLowerCase())))) words.shift();
  const name = words.join(" ");
  const upper = name.toUpperCase();
  const whole = people.find((e) => e.name.toUpperCase() === upper);
  if (whole) return whole.key;
  const bySurname = people.filter((e) => e.name.split(" ").at(-1)!.toUpperCase() === upper);
  if (bySurname.length === 1) return bySurname[0]!.key;
  // (A guest the narration named by a first name only: "I met Jorge at the gate." then "JORGE: …".)
  const byFirstName = name.includes(" ") ? [] : people.filter((e) => e.name.toUpperCase() === upper || e.name.split(" ")[0]!.toUpperCase() === upper);
  if (byFirstName.length === 1) return byFirstName[0]!.key;
  // (Someone the article did not name only by a label that opens with a given name or gives a role: not "EDITOR'S
  // NOTE:", "CROWD MEMBER:".)
  const given = name.split(" ")[0]!.toLowerCase();
  if (!name.includes(" ") || !(roled || MALE_FIRST_NAMES.has(given) || FEMALE_FIRST_NAMES.has(given))) return null;
  const titled = name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  return ents.ensure(titled, "person");
}

/**
 * The labels of a broadcast transcript's presenters, as printed and by surname ("SHANDIIN YAZZIE-CALDWELL",
 * "YAZZIE-CALDWELL"): their turns are the outlet's own voice, whatever else reads them as answers.
 */
export function presenterLabels(text: string, bodyStart: number): Set<string> {
  if (!text.includes(":", bodyStart)) return new Set();
  return new Set(turnsOf(text, bodyStart).filter((t) => t.presenter).map((t) => t.name));
}

/**
 * Gives each turn of a broadcast transcript that is not a presenter's to its speaker (through `attribute`, which sets
 * source, kind and quote), with its label as the cue; the narration's own claims of others ("…, says Naomi Castellan")
 * keep their sources.
 */
export function resolveBroadcastTranscripts(
  claims: ExtractedClaim[],
  ents: EntityIndex,
  text: string,
  bodyStart: number,
  attribute: (c: ExtractedClaim, key: string, name: string) => void,
): void {
  if (!text.includes(":", bodyStart)) return;
  const turns = turnsOf(text, bodyStart);
  for (const [i, turn] of turns.entries()) {
    if (turn.presenter) continue;
    const speaker = UNIDENTIFIED.test(turn.name) ? describedBefore(claims, turns[i - 1], turn, ents) : personNamed(turn.name, turn.roled, ents);
    if (!speaker) continue;
    for (const c of claims) {
      if (c.start < turn.start || c.start >= turn.end) continue;
      if (c.source && !PRONOUN_SOURCE.test(c.source.text)) continue;
      attribute(c, speaker, ents.nameOf(speaker));
      c.cue = turn.label;
    }
  }
}

/**
 * Who "UNIDENTIFIED PERSON:" is: the one the narration right before described without a name ("a rancher from Box
 * Elder County told lawmakers …"), else an unidentified person of their own.
 */
function describedBefore(claims: readonly ExtractedClaim[], previous: Turn | undefined, turn: Turn, ents: EntityIndex): string {
  const from = previous?.start ?? 0;
  const last = claims.findLast((c) => c.start >= from && c.end <= turn.start && c.source);
  const kind = last?.source ? ents.kindOf(last.source.entityKey) : null;
  if (last?.source && (kind === "unnamed" || kind === "anonymous") && !ents.isPlural(last.source.entityKey)) return last.source.entityKey;
  return ents.ensure(turn.name.toLowerCase(), "anonymous");
}
