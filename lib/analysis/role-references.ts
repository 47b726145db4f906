// Once a newsroom has given someone a title in full, it may call them by the title alone, shortened to its initials
// ("District Magistrate Sonal Mehra said … “…,” the DM said") or capitalised as a title is in British and Irish style
// ("The Minister for Health, Áine Ní Bhriain, … “…,” the Minister said"), also after giving the title in lower case
// ("the university's vice-chancellor, Prof. Ruth Adeyemi, … The Vice-Chancellor announced"). Such a reference is that
// person, not a body named "DM" or "Minister"; a title with a word of its own ("the Prime Minister") is only someone
// given that word too.
import type { EntityIndex } from "./entities";
import { credit } from "./headline-descriptions";
import { ROLE_HEADS } from "./lexicon";
import { nextSentenceStop } from "./text-units";
import type { ExtractedClaim, Mention } from "./types";

/** An acronym of two to four capitals: "DM", "SP", "CMO". */
const ROLE_ACRONYM = /^\p{Lu}{2,4}$/u;
/** A capitalised title, alone or with its office: "Minister", "Taoiseach", "Minister for Health". */
const CAPITALISED_TITLE = /^(?:\p{Lu}\p{Ll}+\s)?\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?(?:\s(?:for|of)\s\p{Lu}[\p{L}\s]{1,40})?$/u;
/** What sets off a title before a name: ", " or ", Prof. ". */
const HONORIFIC_GAP = /,\s(?:(?:Prof|Dr|Mr|Mrs|Ms|Rev|Sir|Dame)\.?\s)?$/;
/** A title in lower case set off before a name, past an honorific: "the university's vice-chancellor, Prof. ". */
const LOWER_TITLE_BEFORE = new RegExp(String.raw`(?:^|[\s’'])((?:[\p{Ll}-]+\s){0,2}[\p{Ll}-]+)${HONORIFIC_GAP.source}`, "u");
/** A capitalised title, perhaps with what it is of, set off before a name: "The Regional Secretary of the NPP, ", "the party's Regional Secretary, ". */
const CAPITALISED_TITLE_BEFORE = new RegExp(String.raw`(?:^|\s)((?:\p{Lu}[\p{Ll}-]+\s){0,2}\p{Lu}[\p{Ll}-]+)(?:\s(?:of|for|at)\s[^,;:“”"]{1,50})?${HONORIFIC_GAP.source}`, "u");
/** Two titles in lower case right before a name: "managing director and chief executive " (a name's role keeps only the last). */
const TWO_TITLES_BEFORE = /(?:^|[\s’'"”])((?:[\p{Ll}-]+\s){1,3}and\s(?:[\p{Ll}-]+\s){0,2}[\p{Ll}-]+)\s$/u;
/** A title in lower case set off after a name: ", the dean,", ", the chief constable." */
const LOWER_TITLE_AFTER = /^,\s(?:the|its|their)\s((?:[\p{Ll}-]+\s){0,2}[\p{Ll}-]+)(?=[,.;])/u;

/**
 * A participle's phrase of the title holder's own act opening a sentence, up to the comma before its subject: "Making a
 * statement to the Commons on Tuesday, " (not "Responding for the opposition, ", "Speaking outside, ", "Reacting to …", whose
 * subject answers the lede's holder).
 */
const OPENING_PARTICIPLE_PHRASE = /^(?:Making|Giving|Delivering|Presenting|Opening|Announcing|Unveiling|Introducing|Launching|Publishing|Outlining|Setting\s+out)\s[^.;:“”"]{1,80},\s$/u;
/** Titles known by their letters in any case: "the CM" for a "Chief minister", "the DGP" for a "director general of police". */
const ACRONYM_TITLES: Readonly<Record<string, string>> = {
  CM: "chief minister",
  DCM: "deputy chief minister",
  PM: "prime minister",
  DGP: "director general of police",
  SP: "superintendent of police",
  CJ: "chief justice",
};
/** Titles that are also given names, so no list of titles before names holds them: "the Dean" (not "Rep. Dean Hollister"). */
const TITLES_ALSO_NAMES = new Set(["dean", "rector"]);
function isTitleHead(word: string): boolean {
  return ROLE_HEADS.has(word) || TITLES_ALSO_NAMES.has(word);
}

/** The title's own word: "Minister" of "Finance Minister" and of "Minister for Health". */
function titleWord(reference: string): string {
  return reference.split(/\s(?:for|of)\s/)[0]!.split(" ").at(-1)!;
}

/**
 * The initials of a title written all in capitals: "District Magistrate" → "DM" (not of "of" or "the"); null for a role
 * with a word in lower case ("Scottish National Party leader" is no "SNP").
 */
function initials(role: string): string | null {
  const words = role.split(/[\s-]+/).filter((w) => !/^(?:of|for|the|and)$/.test(w));
  // (Not a lower-case title's: "project manager", "business analyst" would make "PM", "BA" someone's.)
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) ? words.map((w) => w[0]).join("") : null;
}

/** Gives claims whose source is "the DM" or "the Minister" to the one person the article titled so, if one. */
export function resolveRoleReferences(claims: ExtractedClaim[], mentions: Mention[], ents: EntityIndex, text: string): void {
  // Each person's title set off right before their name, found once ("The Minister for Health, Áine Ní Bhriain,").
  let titles: Map<Mention, string> | null = null;
  // Entities named only by a title, and whom the article titled so.
  const heldBy = new Map<string, { holder: string; reference: string }>();
  for (const c of claims) {
    const reference = c.source?.text.replace(/^the\s/i, "");
    const acronym = !!reference && ROLE_ACRONYM.test(reference);
    if (!reference || !(acronym || (CAPITALISED_TITLE.test(reference) && isTitleHead(titleWord(reference).toLowerCase())))) continue;
    const at = text.indexOf(reference, c.start);
    // (After "the", or a headline's title alone: "Minister: …", "as VC says …".)
    if (at < 0 || !(/\bthe\s$/i.test(text.slice(Math.max(0, at - 4), at)) || c.section !== "body")) continue;
    // (Not a name the article gives in full, "the NHS" of "the National Health Service (NHS)", nor a person's; but a
    // title the entity names with its office, "the Minister" of a "Finance Minister" no one else is.)
    const name = ents.nameOf(c.source!.entityKey);
    // (An entity named only by a title is no one yet, whatever kind the title gave it.)
    const onlyTitle = !acronym && titleWord(name) === titleWord(reference) && name.split(" ").length <= 3;
    if ((name !== reference && !onlyTitle) || (ents.kindOf(c.source!.entityKey) === "person" && !onlyTitle)) continue;
    // (An acronym of any one of two titles: "managing director and chief executive" is "the MD".)
    // (Or titles whose letters are used whatever their case: "Chief minister M. Basavalingappa … the CM said".)
    const spelledOut = ACRONYM_TITLES[reference];
    const holds = (role: string | null | undefined) => !!role && (acronym ? role.split(/\s+and\s+|,\s*/).some((r) => initials(r) === reference || (!!spelledOut && r.toLowerCase().endsWith(spelledOut) && !r.toLowerCase().slice(0, -spelledOut.length).split(/\s+/).some((w) => FORMER_WORDS.has(w) || LESSER_POSTS.has(w)))) : holdsTitle(role, reference));
    titles ??= titlesSetOff(mentions, text, ents);
    const titled = new Set(mentions.filter((m) => (m.start < at || c.section !== "body") && ents.kindOf(m.entityKey) === "person" && (holds(m.role) || holds(titles!.get(m)))).map((m) => m.entityKey));
    const holder = titled.size === 1 ? [...titled][0]! : titled.size === 0 && !acronym ? namedAfterLede(reference, mentions, ents, text) : null;
    if (!holder) continue;
    if (onlyTitle) heldBy.set(c.source!.entityKey, { holder, reference });
    credit(c, holder, mentions);
  }
  // (The title's other claims are the holder's too: the quotation going on after "the Chief Constable said", and "She
  // added" of her; not another title the entity took in, "the Prime Minister" beside "the Minister".)
  // (Only close after the holder's last claim, with no one else named between: not "His replacement, …, Una Breslin, takes
  // over. The Minister said she …".)
  const lastEnd = new Map<string, number>();
  const holders = new Set([...heldBy.values()].map((h) => h.holder));
  for (const c of claims) {
    if (c.source && holders.has(c.source.entityKey)) lastEnd.set(c.source.entityKey, c.end);
    const held = c.source ? heldBy.get(c.source.entityKey) : undefined;
    if (!held) continue;
    const words = c.source!.text.replace(/^the\s/i, "");
    const otherTitle = words !== held.reference && CAPITALISED_TITLE.test(words) && isTitleHead(titleWord(words).toLowerCase());
    const after = lastEnd.get(held.holder);
    const someoneBetween = after === undefined || c.start - after > 600 || mentions.some((m) => m.start >= after && m.end <= c.start && m.entityKey !== held.holder && ents.kindOf(m.entityKey) === "person");
    if (otherTitle || someoneBetween) continue;
    credit(c, held.holder, mentions);
    lastEnd.set(held.holder, c.end);
  }
}

/**
 * "The Minister for Health has insisted that …. [paragraph] Áine Ní Bhriain said …. “…,” the Minister said": a lede
 * that gives only the title, then names, opening the next sentence, a person the article gives no title, and goes on
 * calling someone by the title alone. That person holds it. (Without the title used again the person named next may
 * be anyone answering the lede: "… Róisín Shortall said the figures were a fiction.")
 */
function namedAfterLede(reference: string, mentions: readonly Mention[], ents: EntityIndex, text: string): string | null {
  const title = titleWord(reference);
  // (The title alone, "Minister" of "The Minister for Health", or with its own word, "The Home Secretary".)
  const lede = mentions.find((m) => m.section === "body" && (m.text.split(" ")[0] === title || m.text === reference));
  if (!lede) return null;
  const again = mentions.some((m) => m.start > lede.end && m.section === "body" && (m.text === title || m.text === reference) && /\bthe\s$/i.test(text.slice(Math.max(0, m.start - 4), m.start)));
  if (!again) return null;
  const next = nextSentenceStop(text, lede.end)?.next;
  if (next === undefined) return null;
  // (Past a participle's phrase opening the sentence: "Making a statement to the Commons on Tuesday, Yvonne Castellan said".)
  const named = mentions.find((m) => (m.start === next || (m.start > next && OPENING_PARTICIPLE_PHRASE.test(text.slice(next, m.start)))) && ents.kindOf(m.entityKey) === "person");
  const untitled = named && !mentions.some((m) => m.entityKey === named.entityKey && m.role);
  return untitled ? named.entityKey : null;
}

/**
 * Whether a role someone was given holds the title an article calls them by: "Health Minister" holds "the Minister",
 * "Chief Constable" holds "the Chief Constable"; but "Health Minister" is no "Prime Minister" (a title with a word of
 * its own before its head needs that word too).
 */
function holdsTitle(role: string, reference: string): boolean {
  const words = role.toLowerCase().split(/[\s,]+/);
  const [head, ...rest] = reference.split(/\s(?:for|of)\s/)[0]!.toLowerCase().split(" ").reverse();
  // (Never a former holder's, nor a lesser post's the reference does not name: "former vice-chancellor", "Assistant
  // Chief Constable" are no "Vice-Chancellor", "Chief Constable".)
  if (words.some((w) => (FORMER_WORDS.has(w) || LESSER_POSTS.has(w)) && !rest.includes(w))) return false;
  return words.includes(head!) && rest.every((w) => words.includes(w));
}
const FORMER_WORDS = new Set("former ex late then outgoing retired previous".split(" "));
const LESSER_POSTS = new Set("assistant deputy vice acting interim associate junior under shadow".split(" "));

/**
 * Titles set off right before or after people's names: "Minister for Health" for the mention "Áine Ní Bhriain" of
 * "The Minister for Health, Áine Ní Bhriain", "vice-chancellor" of "the university's vice-chancellor, Prof. Ruth
 * Adeyemi," and "dean" of "Alan Reyes, the dean,". One pass over the mentions, by where each ends.
 */
function titlesSetOff(mentions: readonly Mention[], text: string, ents: EntityIndex): Map<Mention, string> {
  const byEnd = new Map<number, Mention>();
  for (const m of mentions) byEnd.set(m.end, m);
  const titles = new Map<Mention, string>();
  for (const m of mentions) {
    // (Past an honorific: "the Vice-Chancellor, Prof. Margaret Adeniran-Olowo".)
    const gap = HONORIFIC_GAP.exec(text.slice(Math.max(0, m.start - 8), m.start))?.[0].length ?? 2;
    const title = byEnd.get(m.start - gap);
    if (title && ROLE_HEADS.has(title.text.split(/\s/)[0]!.toLowerCase())) {
      titles.set(m, title.text);
      continue;
    }
    if (ents.kindOf(m.entityKey) !== "person") continue;
    const lead = text.slice(Math.max(0, m.start - 80), m.start);
    const lower = LOWER_TITLE_BEFORE.exec(lead) ?? CAPITALISED_TITLE_BEFORE.exec(lead) ?? TWO_TITLES_BEFORE.exec(lead) ?? LOWER_TITLE_AFTER.exec(text.slice(m.end, m.end + 60));
    if (lower && isTitleHead(lower[1]!.split(" ").at(-1)!.toLowerCase())) titles.set(m, lower[1]!);
  }
  return titles;
}
