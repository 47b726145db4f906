// "The nation's top transportation official on Wednesday blamed …" then "Transportation Secretary Delia Okonkwo told
// …": a description by a field of government names the one person the article gives that field's office, as a reader
// takes it. "The nation's top law enforcement officer" is the attorney general, "the state's top election official"
// the secretary of state.
import type { EntityIndex } from "./entities";
import { credit } from "./headline-descriptions";
import { MULTI_PLACES, PLACES } from "./lexicon";
import type { ExtractedClaim, Mention } from "./types";

/** "The nation's top ", "the state’s top " right before the source's last word (group 1: whose; group 2: the field's words, up to it). */
const TOP_OF_PLACE_BEFORE = /\b[Tt]he\s+(nation|country|state|city|county|province|territory|region)['’]s\s+(?:most\s+senior|top|chief|highest-ranking)\s+((?:[\p{Ll}-]+\s+){1,3})$/u;
/** The words that end such a description: the official, not a trade. */
const OFFICIAL_WORDS = new Set(["official", "officer"]);
/** Fields whose office is not named by the field's own words. */
const FIELD_OFFICES: Readonly<Record<string, string>> = {
  "law enforcement": "attorney general",
  "legal": "attorney general",
  "election": "secretary of state",
  "elections": "secretary of state",
  "public health": "surgeon general",
};
/** How far from the description the office holder may be named: about four paragraphs either way. */
const WINDOW = 1200;

/** Gives claims of "the nation's top transportation official" to the one person the article titles so nearby. */
export function resolveTopOfficials(claims: ExtractedClaim[], mentions: Mention[], ents: EntityIndex, text: string): void {
  for (const c of claims) {
    if (!c.source || ents.kindOf(c.source.entityKey) === "person") continue;
    const said = mentions.find((m) => m.entityKey === c.source!.entityKey && m.start >= c.start && m.end <= c.end);
    if (!said) continue;
    const end = said.end;
    const lastWord = text.slice(said.start, end).split(/\s+/).at(-1)!;
    if (!OFFICIAL_WORDS.has(lastWord.toLowerCase())) continue;
    const lastWordStart = end - lastWord.length;
    const lead = text.slice(Math.max(0, lastWordStart - 80), lastWordStart);
    const top = TOP_OF_PLACE_BEFORE.exec(lead);
    if (!top) continue;
    const field = top[2]!.trim().toLowerCase();
    const holder = officeHolder(field, top[1]!.toLowerCase(), lastWordStart, mentions, ents);
    if (!holder) continue;
    credit(c, holder, mentions);
    // (The description whole, as the article gives it.)
    c.source!.text = text.slice(lastWordStart - (lead.length - top.index), end);
  }
}

/** Words of a title that say which level of government it is of. */
const LOCAL_WORDS = /\b(?:city|county|municipal|town|borough|district|mayor'?s?)\b/i;
const STATE_WORDS = /\b(?:state|provincial|province|territorial|regional)\b/i;
const NATION_WORDS = /\b(?:U\.S\.|US|federal|national)\b/;

/**
 * Whether a title may be of the level the description's owner says, unless it says another: the nation's has no
 * state's or city's word and no place of its own ("Minnesota Attorney General" is no nation's); a state's no city's
 * word nor the nation's ("U.S.", "federal"); a city's or county's no state's word and no cabinet's title ("Education
 * Secretary" is no city's).
 */
function ofLevel(role: string, owner: string): boolean {
  const level = owner === "nation" || owner === "country" ? "nation" : owner === "city" || owner === "county" ? "local" : "state";
  const withoutOffice = role.replace(/\bSecretary of State\b/i, "");
  if (level === "local") return !STATE_WORDS.test(withoutOffice) && !/\b(?:secretary|minister|attorney general)\b/i.test(role);
  if (level === "state") return !LOCAL_WORDS.test(role) && !NATION_WORDS.test(role);
  // (A place's name in the title: "Minnesota Attorney General"; not a department's words, "Veterans Affairs Secretary".)
  const words = role.split(/[\s,]+/).map((w) => w.toLowerCase());
  const placed = words.some((w, i) => PLACES.has(w) || (i > 0 && MULTI_PLACES.has(`${words[i - 1]}-${w}`)));
  return !LOCAL_WORDS.test(role) && !STATE_WORDS.test(withoutOffice) && !placed;
}

/** The one person named near `at` whose title is the field's office ("Transportation Secretary", "Attorney General"). */
function officeHolder(field: string, owner: string, at: number, mentions: readonly Mention[], ents: EntityIndex): string | null {
  const office = FIELD_OFFICES[field];
  const fieldWords = field.split(/\s+/);
  const holds = (role: string) => {
    if (!ofLevel(role, owner)) return false;
    const r = role.toLowerCase();
    if (office) return r.includes(office) && !/\b(?:deputy|assistant|associate|former|acting)\b/.test(r);
    const words = r.split(/[\s,]+/);
    // (The field's words and a word for a head of government's office after them: "Transportation Secretary".)
    return fieldWords.every((w) => words.includes(w)) && /\b(?:secretary|minister|commissioner|administrator|director|chief)\b/.test(r) && !/\b(?:deputy|assistant|associate|former|acting|under)\b/.test(r);
  };
  const found = new Set(mentions.filter((m) => m.role && Math.abs(m.start - at) <= WINDOW && ents.kindOf(m.entityKey) === "person" && holds(m.role)).map((m) => m.entityKey));
  return found.size === 1 ? [...found][0]! : null;
}
