// A headline sums up, in its own few words, what someone in the body says: "Regulator says bank failed customers" over
// "The Central Bank of Nigeria said the bank had failed its customers." When the headline's speaker is only described
// ("Regulator", "Watchdog", "Minister") and no other step found who it is, the body's claim that shares most of its
// words (stemmed as the comparison of outlets stems them, `contentStems`), by someone the description names, says who.
import type { EntityIndex } from "./entities";
import { credit, PARTY_MODIFIERS, titleWordsOf } from "./headline-descriptions";
import { contentStems } from "./compare/terms";
import { DESCRIPTION_KINDS, partyGiven, SPOKESPERSON_WORDS } from "./lexicon";
import type { ExtractedClaim, Mention } from "./types";

/** A headline's description of one speaker: "Regulator", "Watchdog", "Finance minister" (its last word, known as a description). */
function describedNoun(words: string): string | null {
  const m = /^(?:[\p{L}-]+\s){0,2}(\p{L}+)$/u.exec(words.trim());
  const noun = m?.[1]!.toLowerCase();
  return noun && !noun.endsWith("s") && DESCRIPTION_KINDS[noun] ? noun : null;
}

/** Words for a body that oversees others: never a company, which is what they oversee. */
const OVERSEERS = new Set(["regulator", "watchdog"]);
/** Words in the names of bodies that oversee: "Competition and Markets Authority", "Central Bank of Nigeria". */
const OVERSEER_NAME = /\b(?:Authority|Commission|Agency|Regulator|Office|Inspectorate|Council|Board|Bank|Ombudsman|Department|Ministry|Watchdog|Inspector|Commissioner|Institute|Project)\b/;

/**
 * Whether a body claim's source is one the description names: of its kind; for a regulator or watchdog, a public
 * institution or a body named as one that oversees, not the company it oversees ("Watchdog says airline misled …" is not
 * the airline denying it); for a person, someone given that title ("Minister says …" is not a patient advocate).
 */
function describedBy(noun: string, kinds: readonly string[], key: string, ents: EntityIndex, mentions: readonly Mention[], title: RegExp): boolean {
  const kind = ents.kindOf(key);
  if (OVERSEERS.has(noun)) return kind === "institution" || ((kind === "organization" || kind === "outlet") && OVERSEER_NAME.test(ents.nameOf(key)));
  if (!kinds.includes(kind)) return false;
  return kind !== "person" || mentions.some((m) => m.entityKey === key && !!m.role && title.test(m.role));
}

/** A spokesperson's role that names the body they speak for: "A spokeswoman for the Department of Health" (group 1: the word). */
const SPOKESPERSON_FOR = /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)\s+(?:for|of|at)\s+(?:the\s+)?\S/u;

/**
 * The body a named spokesperson speaks for, by the role given with their name ("A spokeswoman for the Department of
 * Health and Human Services, Carla Ruiz-Benton,"): the body named right after "for", "of" or "at"; null for anyone else.
 */
function bodySpokenFor(key: string, ents: EntityIndex, mentions: readonly Mention[]): string | null {
  for (const m of mentions) {
    const role = m.entityKey === key && m.role ? SPOKESPERSON_FOR.exec(m.role) : null;
    if (!role || !SPOKESPERSON_WORDS.has(role[1]!)) continue;
    // (Not "A spokeswoman for the union at Acme Foods", the union's.)
    const roleStart = m.start - m.role!.length - 2;
    const after = role[0].length - 1;
    const first = mentions.find((b) => b.start >= roleStart + after && b.start <= roleStart + after + 5 && b.end <= m.start && ents.kindOf(b.entityKey) !== "person");
    if (first) return first.entityKey;
  }
  return null;
}

/**
 * Gives a headline's or subheadline's claim by an unresolved description to the source of the body claim that shares
 * at least two of its content words (as the comparison stems them) and half of them, when that source is one the
 * description names, the claim is no denial, and no other source shares as many.
 */
export function resolveHeadlineEchoes(claims: ExtractedClaim[], mentions: Mention[], ents: EntityIndex): void {
  // (The body's words, stemmed once and only for an article whose headline has such a description.)
  let body: { claim: ExtractedClaim; words: Set<string> }[] | null = null;
  for (const c of claims) {
    if (c.section === "body" || !c.source || ents.kindOf(c.source.entityKey) !== "unnamed") continue;
    const noun = describedNoun(c.source.text);
    if (!noun) continue;
    const kinds = DESCRIPTION_KINDS[noun]!;
    const words = new Set(contentStems(c.content));
    if (words.size < 2) continue;
    body ??= claims
      .filter((b) => b.section === "body" && b.source && ents.kindOf(b.source.entityKey) !== "unnamed" && ents.kindOf(b.source.entityKey) !== "anonymous")
      .map((b) => ({ claim: b, words: new Set(contentStems(b.content)) }));
    const title = new RegExp(String.raw`\b${noun}\b`, "i");
    let best = 0;
    const bestSources = new Set<string>();
    for (const { claim: b, words: theirs } of body) {
      // (A body's words through its named spokesperson are the body's: "The agency says the work was never finished"
      // over "A spokeswoman for the Department of Health and Human Services, Carla Ruiz-Benton, said the work “was
      // never finished”".)
      const speaker = kinds[0] !== "person" && ents.kindOf(b.source!.entityKey) === "person" ? (bodySpokenFor(b.source!.entityKey, ents, mentions) ?? b.source!.entityKey) : b.source!.entityKey;
      // (Not a denial: what the headline says someone said is not what the one charged denies, unless the headline
      // gives a denial too.)
      if ((b.kind === "denial" && c.kind !== "denial") || !describedBy(noun, kinds, speaker, ents, mentions, title)) continue;
      const shared = [...theirs].filter((w) => words.has(w)).length;
      if (shared < 2 || shared * 2 < words.size || shared < best) continue;
      if (shared > best) bestSources.clear();
      best = shared;
      bestSources.add(speaker);
    }
    if (bestSources.size === 1) credit(c, [...bestSources][0]!, mentions);
  }
}

/** A headline's group of people or bodies by its last word, a plural: "senators", "Rural lawmakers", "Shipowners". */
const GROUP_DESCRIPTION = /^(?:[\p{L}-]+\s){0,2}(\p{L}+s)$/u;

/** A plural's singular, as a title holds it: "senators" "senator", "railways" "railway", "families" "family". */
function singularOf(plural: string): string {
  return plural.endsWith("ies") ? `${plural.slice(0, -3)}y` : plural.slice(0, -1);
}

/** The capitalised words of a title before a name, and the lower-case ones a title takes: "state Sen. ", "Senate Majority Leader ". */
const TITLE_BEFORE_NAME = /(?:(?:\p{Lu}[\p{L}.'’-]*|state|former|senior|ranking)\s+)*$/u;

/** A headline's words for members of a legislature, and a chamber's leader, who is one: "House Republican Leader". */
const LEGISLATORS = new Set(["lawmaker", "legislator"]);
const LEGISLATIVE_LEADER = /\b(?:House|Senate|Assembly)\s+(?:\p{Lu}\p{L}+\s+)?(?:Leader|Whip|Speaker)\b/u;

/** Words for a body of some people, after the people's word in its name: "Shipowners' Council", "Students' Union". */
const BODY_OF_PEOPLE = "Association|Council|Union|Federation|Alliance|Coalition|Forum|Society|Guild|League|Network|Project|Voice|Committee|Institute|Caucus|Collective";
/** Words of a role that make someone speak for another, or hold the title no more: "an aide to Sen. Ann Holt", "Former Sen.". */
const NOT_A_MEMBER = /\b(?:aide|aides|spokes(?:man|woman|person)|adviser|advisor|staffer|lobbyist|former|ex-|retired|counsel|lawyer)\b/i;

/** A headline's group, read once: the plural, its titles, and what a body named for it and a member's role must hold. */
interface Group {
  singular: string;
  titles: readonly string[];
  /** A body's name for the group: "Singapore Shipowners' Council", "Association of Freight Railroads". */
  bodyName: RegExp;
  /** Words for a body in the description, which the role must hold too: "agency" of "Agency leaders". */
  bodies: readonly string[];
  party: "D" | "R" | undefined;
}

function groupOf(plural: string, modifiers: readonly string[]): Group {
  const singular = singularOf(plural);
  return {
    singular,
    titles: titleWordsOf(singular),
    bodyName: new RegExp(String.raw`\b(?:${plural}|${singular})['’]?\s+(?:\p{Lu}\p{L}+\s+)?(?:${BODY_OF_PEOPLE})\b|\b(?:${BODY_OF_PEOPLE}) of (?:[\p{L}'’-]+\s+){0,2}${plural}\b|\b${singular}['’]s\s+(?:Office|Service)\b`, "iu"),
    bodies: modifiers.filter((w) => DESCRIPTION_KINDS[w]?.some((k) => k !== "person" && k !== "place")),
    // (Of the description's party: "Republican senators".)
    party: modifiers.map((w) => PARTY_MODIFIERS[w]).find((p) => p !== undefined),
  };
}

/**
 * Whether the body's source is one of a headline's group: a person the body titles with the group's word, in the title
 * before the name or the head of the role ("Sen. Walter Ashby" of "senators", "state Rep. Ann Holt" of "lawmakers"; not
 * "an aide to Sen. Ann Holt"), of the description's party and body; or a body named for the group ("Singapore
 * Shipowners' Council", "Association of Freight Railroads"; not "the European Union" for "Unions").
 */
function memberOfGroup(group: Group, key: string, ents: EntityIndex, mentions: readonly Mention[], text: string): boolean {
  const kind = ents.kindOf(key);
  if (kind === "organization" || kind === "institution") return group.bodyName.test(ents.nameOf(key));
  if (kind !== "person") return false;
  return mentions.some((m) => {
    if (m.entityKey !== key || !m.role) return false;
    // (The title right before the name counts as the role's: "state Sen. Ann Holt" is recorded as "Sen."; not other
    // words, "The call mimicked the voice of Diane Castellanos".)
    const before = TITLE_BEFORE_NAME.exec(text.slice(Math.max(0, m.start - 30), m.start))![0];
    // (The role's head, before whom it serves: "an aide" of "an aide to Sen. Ann Holt"; with the body it is of, "chief
    // executive of the Montana Hospital Association".)
    const head = m.role.split(/\s+(?:to|for|with|who|whose)\s+/)[0]!;
    if (NOT_A_MEMBER.test(`${before} ${head}`)) return false;
    const words = `${before} ${head}`.toLowerCase().split(/[\s,]+/);
    const titled = group.titles.some((t) => words.includes(t)) || (LEGISLATORS.has(group.singular) && LEGISLATIVE_LEADER.test(`${before} ${head}`));
    return titled && group.bodies.every((w) => words.includes(w)) && (!group.party || partyGiven(m.role) === group.party);
  });
}

/**
 * Gives a headline's or subheadline's claim by a group ("as senators demand refunds", "Shipowners dispute the
 * findings") to the one of the group the body quotes saying it: the member whose claims share most of its content words
 * (as the comparison stems them), when only one does, or the only member the body quotes at all, in a claim of the same
 * kind.
 */
export function resolveHeadlineGroups(claims: ExtractedClaim[], mentions: Mention[], ents: EntityIndex, text: string): void {
  for (const c of claims) {
    if (c.section === "body" || !c.source || ents.kindOf(c.source.entityKey) !== "unnamed") continue;
    const group = GROUP_DESCRIPTION.exec(c.source.text);
    if (!group) continue;
    const plural = group[1]!.toLowerCase();
    const modifiers = c.source.text.slice(0, group.index + group[0].length - plural.length).toLowerCase().split(/\s+/).filter(Boolean);
    const described = groupOf(plural, modifiers);
    // (Whether each source is one of the group, decided once.)
    const member = new Map<string, boolean>();
    const words = new Set(contentStems(c.content));
    const shared = new Map<string, number>();
    const sameKind = new Set<string>();
    // (The most words anyone in the body shares with it: a member who shares none is not the one who said it when
    // someone else's words are its words.)
    let anyone = 0;
    for (const b of claims) {
      if (b.section !== "body" || !b.source || (b.kind === "denial" && c.kind !== "denial")) continue;
      const key = b.source.entityKey;
      const n = contentStems(b.content).filter((w) => words.has(w)).length;
      anyone = Math.max(anyone, n);
      if (!member.has(key)) member.set(key, memberOfGroup(described, key, ents, mentions, text));
      if (!member.get(key)) continue;
      shared.set(key, Math.max(shared.get(key) ?? 0, n));
      if (b.kind === c.kind) sameKind.add(key);
    }
    const best = Math.max(0, ...shared.values());
    const top = [...shared].filter(([, n]) => n === best).map(([key]) => key);
    if (top.length !== 1) continue;
    // (Sharing no word, a body named for the group, which is its voice, or one who says something of the same kind when
    // no one's words are the headline's: not a senator who only said the hearing would resume, under "Senators blame
    // contractor".)
    const body = ents.kindOf(top[0]!) !== "person";
    if (best > 0 || body || (sameKind.has(top[0]!) && anyone === 0)) credit(c, top[0]!, mentions);
  }
}
