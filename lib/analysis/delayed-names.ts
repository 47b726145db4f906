// A feature may give a speaker's name only after her words: "“When I was a girl we swam down there,” she says. …
// Her name is Rosa Cifuentes." What "she" said before such a sentence, while no one else was named, is that person's.
// So is a news lede's, that describes its subject and names them in the next paragraph ("A nursing assistant … testified
// …. [paragraph] Tamika Hargrove, 31, was …"), or names them there under the title of the post it described ("A
// Brampton judge has found …. [paragraph] Ontario Superior Court Justice Miriam Okonkwo-Bell ruled …").
import type { EntityIndex } from "./entities";
import { credit, personTitled } from "./headline-descriptions";
import { DESCRIPTION_KINDS, FEMALE_FIRST_NAMES, isPersonNoun, KIN_NOUNS, MALE_FIRST_NAMES, SPOKESPERSON_WORDS } from "./lexicon";
import { nextSentenceStop } from "./text-units";
import type { ExtractedClaim, Mention } from "./types";

/** "Her name is Rosa Cifuentes": the person a sentence names (group 1: her or his); not "Her name was …", of the dead. */
const NAME_GIVEN = /(?:^|[.!?”"]\s+|\n)(Her|His) name is (?=\p{Lu})/gu;
/**
 * "She asked that only her first name, Jasmine, be used", "He asked to be identified only by his first name, Tom,": the
 * one "she" or "he" opening the sentence asking for it (group 1: her or his); not "She asked that her daughter be
 * identified only by her first name, Lily", nor "Her neighbor, who asked that only her first name … be used".
 */
const FIRST_NAME_GIVEN = /(?:^|[.!?”"]\s+|\n)(?:She|He) (?:asked|requested|agreed) (?:that (?:only )?|to be (?:identified|named|called) (?:only )?by )(her|his) first name,\s(?=\p{Lu})/gu;
/** Whom the engine takes "she" for when it can find no one (claims.ts). */
const UNKNOWN_SPEAKER = "unidentified speaker";
/** How far before the naming sentence the pronoun's claims may be. */
const REACH = 1200;

export function resolveDelayedNames(claims: ExtractedClaim[], mentions: Mention[], ents: EntityIndex, text: string): void {
  if (!text.includes(" name")) return;
  for (const naming of namings(text)) {
    const { at, pronoun, sentence, until, firstName } = naming;
    // (A first name said to be one may be a word the lexicon does not know as a person's: "her first name, Jasmine,".)
    const named = mentions.find((x) => x.start === at && (ents.kindOf(x.entityKey) === "person" || (firstName && ents.kindOf(x.entityKey) === "other")));
    if (!named) continue;
    // (Only past the last person named before the naming sentence: "she" before that may be her.)
    const lastNamed = mentions.findLast((x) => x.end <= sentence && x.start >= sentence - REACH && ents.kindOf(x.entityKey) === "person");
    const from = Math.max(sentence - REACH, lastNamed?.end ?? 0);
    const inReach = claims.filter((c) => c.start >= from && c.end <= until && c.source);
    // Whom "she" was taken for, when no person: the same words quoted on without a tag are hers too.
    const mistaken = new Set<string>();
    for (const c of inReach) {
      if (c.source!.text.toLowerCase() !== pronoun) continue;
      // (Only where "she" meant no one the article had described or named: not "Her daughter drowned. “…,” she says.
      // Her name was Ama." of the mother.)
      const kind = ents.kindOf(c.source!.entityKey);
      if (kind === "person" || kind === "anonymous" || (kind === "unnamed" && ents.nameOf(c.source!.entityKey) !== UNKNOWN_SPEAKER)) continue;
      mistaken.add(c.source!.entityKey);
      credit(c, named.entityKey, mentions);
    }
    for (const c of inReach) {
      if (c.cue !== null || !mistaken.has(c.source!.entityKey)) continue;
      credit(c, named.entityKey, mentions);
      c.source = { ...c.source!, text: named.text };
    }
  }
}

interface Naming {
  at: number;
  pronoun: "she" | "he";
  sentence: number;
  until: number;
  firstName: boolean;
}

/**
 * Where a sentence gives the name of whom "she" or "he" meant: "Her name is Rosa Cifuentes." (the claims before it), or
 * "She asked that only her first name, Jasmine, be used" (those before it and its own). `sentence` is about where the
 * naming sentence starts, `until` how far the claims it names may end.
 */
function namings(text: string): Naming[] {
  const out: Naming[] = [];
  for (const m of text.matchAll(NAME_GIVEN)) out.push({ at: m.index + m[0].length, pronoun: m[1] === "Her" ? "she" : "he", sentence: m.index, until: m.index + 1, firstName: false });
  for (const m of text.matchAll(FIRST_NAME_GIVEN)) {
    const at = m.index + m[0].length;
    const opening = Math.max(text.lastIndexOf(". ", m.index), text.lastIndexOf("\n", m.index)) + 1;
    // (The pronoun that opens the sentence must be the one "her" or "his" agrees with.)
    const pronoun = m[1] === "her" ? "she" : "he";
    if (!m[0].includes(pronoun === "she" ? "She " : "He ")) continue;
    out.push({ at, pronoun, sentence: opening, until: nextSentenceStop(text, at)?.next ?? text.length, firstName: true });
  }
  return out;
}

/** Someone described, one of many, as a delayed lede describes its subject: "a nursing assistant", "an Ohio mother". */
const ONE_DESCRIBED = /^(?:a|an)\s/i;
/** Nothing, or a word for kin, before the name opening a paragraph: "", "Widow ". */
const KIN_BEFORE = /^(?:(?:Widow|Widower|Grandmother|Grandfather|Mother|Father|Mum|Dad|Grandmother-of-\w+|Mother-of-\w+|Father-of-\w+)\s)?$/u;
/** An age right after a name: ", 31,". */
const AGE_AFTER_NAME = /^,\s\d{1,3},/;
/** A relative clause set off by a comma, to its end: ", who is accused of failing …". */
const RELATIVE_CLAUSE = /,\s(?:who|whom|whose|which)\b[^]*$/;
/** Words that make someone the accused, the punished or the dead, not the one describing what befell them. */
const ACCUSED_OR_DEAD = /\b(?:denies|denied|charged|accused|suspended|arrested|convicted|sentenced|pleaded|appeared|died|dead|killed|murdered|stabbed|shot|remanded|jailed|faces)\b/i;
/** Those who speak for others or stay unnamed, whom a lede describes without naming them later: "a spokesman", "an official". */
const NOT_DELAYED = new Set([...SPOKESPERSON_WORDS, "official", "source", "lawyer", "attorney", "aide", "person", "resident", "witness"]);

/**
 * A lede that describes its subject and names them at the start of the next paragraph: "A nursing assistant who worked
 * the night shift testified Wednesday that …. [paragraph] Tamika Hargrove, 31, was the prosecution's ninth witness".
 * The lede's claim is that person's, when the article goes on to give them words of their own (so not "A neighbour
 * said she heard shots. [paragraph] Tom Holt, 45, was found dead").
 */
export function resolveDelayedLede(claims: ExtractedClaim[], mentions: Mention[], ents: EntityIndex, text: string): void {
  const lede = claims.find((c) => c.section === "body");
  const described = lede?.source;
  if (!lede || !described || ents.kindOf(described.entityKey) !== "unnamed" || !ONE_DESCRIBED.test(described.text)) return;
  if (NOT_DELAYED.has(described.text.split(/\s+/).at(-1)!.toLowerCase())) return;
  const next = nextParagraphStart(text, lede.end);
  if (next < 0) return;
  // (Past a word for kin: "Widow Margaret Ellery, 84, handed over …"; never a title, "Judge Mary Walsh", "Sergeant Tom Hayes",
  // someone else in the story.)
  const named = mentions.find((m) => m.start >= next && m.start <= next + 24 && KIN_BEFORE.test(text.slice(next, m.start)) && ents.kindOf(m.entityKey) === "person");
  if (!named || mentions.some((m) => m.entityKey === named.entityKey && m.start < next)) return;
  // (Described by their age, as a delayed lede names its subject, and not as the accused, the suspended or the dead:
  // "Darren Price, 38, … denies false imprisonment", "Tom Holt, 45, was found dead".)
  // (Their own predicate, not a relative clause on someone else: "… trial of Carol Ostrander, …, who is accused of …".)
  const sentence = text.slice(named.end, nextSentenceStop(text, named.end)?.next ?? text.length);
  if (!AGE_AFTER_NAME.test(sentence) || ACCUSED_OR_DEAD.test(sentence.replace(RELATIVE_CLAUSE, ""))) return;
  if (!claims.some((c) => c.start > next && c.source?.entityKey === named.entityKey)) return;
  credit(lede, named.entityKey, mentions);
}

/** Words that keep a speaker's name back: "speaking on condition of anonymity", "who asked not to be named". */
const KEPT_ANONYMOUS = /\b(?:anonymity|anonymously|not\s+to\s+be\s+(?:named|identified)|not\s+authori[sz]ed)\b/i;
/** Capitalised words only, a title, before a name opening its paragraph: "Ontario Superior Court Justice ". */
const TITLE_ONLY = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}$/u;
/** Right after that name, a verb of what they did (not an aside, nor a word of disagreeing): " ruled", " told". */
const GOES_STRAIGHT_ON = /^\s+(?:\p{Ll}+ly\s+)?(?!disagreed|dissented|countered|objected|responded|replied)\p{Ll}+ed\b|^\s+(?:told|wrote|said|found|held)\b/u;

/**
 * A lede that describes its subject by a post, one of many who hold it, and names them first in the next paragraph under
 * its title: "A Brampton judge has found …. [paragraph] Ontario Superior Court Justice Miriam Okonkwo-Bell ruled …". The
 * lede's claim is that person's, when they are the one person the article titles so and speak there or later.
 */
export function resolveTitledLede(claims: ExtractedClaim[], mentions: Mention[], ents: EntityIndex, text: string): void {
  const lede = claims.find((c) => c.section === "body");
  const described = lede?.source;
  if (!lede || !described || ents.kindOf(described.entityKey) !== "unnamed" || ents.isPlural(described.entityKey) || !ONE_DESCRIBED.test(described.text)) return;
  const head = described.text.split(/\s+/).at(-1)!.toLowerCase();
  if (!isPersonNoun(head) || NOT_DELAYED.has(head)) return;
  const next = nextParagraphStart(text, lede.end);
  if (next < 0) return;
  // (Not one who keeps their name back: "A senior minister said …, speaking on condition of anonymity".)
  if (KEPT_ANONYMOUS.test(text.slice(lede.start, lede.end))) return;
  // (A court's "Justice Ann Holt" is a judge.)
  const holder = personTitled(head, [], mentions, ents, text) ?? (head === "judge" ? personTitled("justice", [], mentions, ents, text) : null);
  const first = holder ? mentions.find((m) => m.entityKey === holder && m.section === "body") : undefined;
  // (Opening the paragraph under the title alone, and going straight on to what they did: not "The ruling overturns a
  // decision by Judge Ann Holt", "Judge Ann Holt, who was not involved in the case, said", "Judge Ann Holt disagreed".)
  if (!holder || !first || first.start < next || !TITLE_ONLY.test(text.slice(next, first.start)) || !GOES_STRAIGHT_ON.test(text.slice(first.end, first.end + 30))) return;
  if (!claims.some((c) => c.start === next && c.source?.entityKey === holder)) return;
  credit(lede, holder, mentions);
  // (And a headline's word for the post: "Judge finds owner …".)
  for (const c of claims) if (c.section !== "body" && c.source && ents.kindOf(c.source.entityKey) === "unnamed" && c.source.text.toLowerCase() === head) credit(c, holder, mentions);
}

/** Offices one person holds in a place, which "the mayor" means before the article names its holder. */
const OFFICES_OF_A_PLACE = new Set(["mayor", "governor", "premier"]);

/**
 * "…, a trade-off the mayor called “the least bad option.” …. Mayor Gordon Saint-Pierre told council …": "the mayor"
 * before the article names the one person it titles so, later, is that person, when no one else holds the title.
 */
export function resolveOfficeNamedLater(claims: ExtractedClaim[], mentions: Mention[], ents: EntityIndex, text: string): void {
  for (const c of claims) {
    const src = c.source;
    if (!src || c.section !== "body" || ents.kindOf(src.entityKey) !== "unnamed") continue;
    const office = /^the\s+(\p{Ll}+)$/iu.exec(src.text)?.[1]?.toLowerCase();
    if (!office || !OFFICES_OF_A_PLACE.has(office)) continue;
    const holder = personTitled(office, [], mentions, ents, text);
    // (Only one named after: one named before is whom the reading already found, or someone else.)
    const first = holder ? mentions.find((m) => m.entityKey === holder && m.section === "body") : undefined;
    if (holder && first && first.start > c.end) credit(c, holder, mentions);
  }
}

/** Where the paragraph after the one holding `pos` starts (past the blank line), or -1 when none follows. */
function nextParagraphStart(text: string, pos: number): number {
  const paragraphEnd = text.indexOf("\n\n", pos);
  return paragraphEnd < 0 ? -1 : paragraphEnd + /^\s*/.exec(text.slice(paragraphEnd))![0].length;
}

/** One person described, as a writer introduces someone before naming them: "An ecologist at …", "The chair of …". */
const ONE_PERSON_DESCRIBED = /^(?:a|an|the)\s/i;
/**
 * Words for anyone, or for an office one person holds, whose words are never those of a person named next: a neighbour
 * or a victim may be one of several asked, a spokesman or an official keeps their name back, a president is named anyway.
 */
const NOT_NAMED_NEXT = new Set([
  ...SPOKESPERSON_WORDS,
  ..."official source person insider man woman boy girl victim witness eyewitness bystander member resident local villager neighbour neighbor passenger commuter customer shopper voter fan parent pupil student patient worker employee survivor relative friend colleague protester demonstrator".split(" "),
  ..."president governor mayor premier chancellor minister secretary pope king queen".split(" "),
]);
/** Scholars' trades, whom "Dr" or "Prof" names: "ecologist", "researcher", "scientist". */
const SCHOLARS = /^(?:scientist|researcher|scholar|professor|academic|lecturer|ecologist|biologist|economist|epidemiologist|virologist|chemist|physicist|geologist|climatologist|oceanographer|historian|archaeologist|psychologist|sociologist|statistician|toxicologist)$/u;
/** After a name in its paragraph, words that tell of the person apart from the one described: ", who was not involved", " is the state's". */
const DESCRIBED_APART = /^[^.\n]{0,40}?(?:,\s+who\b|\s+(?:is|was|works|heads|leads|runs)\b|,\s+(?:a|an|the)\s)/;
/** Honorifics a writer puts before a name, as a pattern's alternatives. */
const HONORIFIC = "Dr|Prof|Mr|Mrs|Ms|Miss";
/** A clause's start, a quotation's close or a tag's verb (past "the lawyer, "), then perhaps an honorific, right before a name. */
const NAMING_BEFORE = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+|["”’]\s+|\b(?:said|says|added|adds|told)\s+(?:(?:the|a)\s+[\p{Ll}-]+,\s+)?)(?:(?:${HONORIFIC})\.?\s+)?$`, "u");
/** What makes a bare name the person just described: an honorific before it, or the description's noun again ("said the lawyer, "). */
const NAMED_AS_DESCRIBED = new RegExp(String.raw`(?:\b(?:${HONORIFIC})\.?|\b(?:said|says|added|adds|told)\s+(?:the|a)\s+[\p{Ll}-]+,)\s+$`, "u");
/** A role that is only an honorific: "Dr", "Ms.". */
const HONORIFIC_ONLY = new RegExp(String.raw`^(?:${HONORIFIC})\.?$`);
/** Right after such a name: an age, then the tag's verb, or the tag's end ("Sunita Varghese, 47, said", "said Dr Munro."). */
const NAMING_AFTER = /^(?:,\s\d{1,3},\s+(?:said|says|told|added)\b|\s+(?:said|says|told|added)\b|["”’]?[.!?])/;

/** Whether the paragraph goes on to tell of the person named at `end` apart from the one described: "Holt, who was not involved …". */
function describedApart(text: string, end: number, name: string, after: string): boolean {
  const surname = name.split(" ").at(-1)!;
  const paragraphEnd = text.indexOf("\n", end);
  const rest = text.slice(end, paragraphEnd < 0 ? text.length : paragraphEnd);
  const at = rest.indexOf(surname);
  return DESCRIBED_APART.test(rest.slice(at >= 0 ? at + surname.length : rest.length)) || DESCRIBED_APART.test(after);
}

/** A new sentence opening with a definite description set off before a name: "The former employee, ", "The Aucklander, " (group 1: the words). */
const SET_OFF_NAMING_BEFORE = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+)The\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+),\s+(?:(?:${HONORIFIC})\.?\s+)?$`, "u");
/** Words for someone's past work for a body, which a writer uses to name again whoever they described by it. */
const FORMER_STAFF = new Set("employee staffer worker volunteer contractor intern".split(" "));

/**
 * Whether the second description can only be the person first described: its noun again ("A teacher …. The teacher,
 * Ann Holt,"), a former member of staff ("A woman who managed the donor list …. The former employee, Teresa Vale,"),
 * or one capitalised word for where they are from ("The Aucklander, Josh Tama,"); never an office or a part in the
 * story ("The mayor, Ann Holt,", "The driver, Tom Reed,"), which introduces someone else.
 */
function redescribes(words: string, firstHead: string): boolean {
  const ws = words.split(/\s+/);
  const head = ws.at(-1)!.toLowerCase();
  if (head === firstHead) return true;
  if (ws.length === 2 && ws[0]!.toLowerCase() === "former" && FORMER_STAFF.has(head)) return true;
  return ws.length === 1 && /^\p{Lu}\p{Ll}+(?:er|ian|an|ese|ish|i)$/u.test(ws[0]!) && !isPersonNoun(head) && DESCRIPTION_KINDS[head] === undefined;
}
/** The name's aside closing, perhaps after an age, before the tag's verb: ", said", ", 38, told". */
const SET_OFF_NAMING_AFTER = /^,\s+(?:\d{1,3},\s+)?(?:said|says|told|added)\b/;

/**
 * Someone described by a trade or post, then named in the next sentence of the paragraph as they go on: "An ecologist
 * at the University of Stirling … said the study was “careful”. “It’s a strong correlation,” said Dr Alasdair Munro."
 * The description's words are that person's, when the article names them there for the first time as the one just
 * described: with nothing else about them but an age or an honorific ("Sunita Varghese, 47, said", "said Dr Alasdair
 * Munro"), or with the description's noun again ("said the lawyer, Thaddeus Okonjo").
 */
export function resolveNamedNext(claims: ExtractedClaim[], mentions: Mention[], ents: EntityIndex, text: string): void {
  for (let i = 0; i < claims.length - 1; i++) {
    const described = claims[i]!.source;
    if (!described || ents.kindOf(described.entityKey) !== "unnamed" || ents.isPlural(described.entityKey) || !ONE_PERSON_DESCRIBED.test(described.text)) continue;
    // (A trade or post: "attorney", "officer", "ecologist"; not "the company", "a man", "the prime minister".)
    const core = described.text.split(/\s(?:of|for|at|on|in|with|from|who|whose)\s/)[0]!;
    const head = core.slice(core.lastIndexOf(" ") + 1).toLowerCase();
    // (Any one person described, when the next sentence names them as the one just described: "A woman who managed the
    // donor list said …. The former employee, Teresa Vandermeer, said …".)
    const anyone = /^(?:a|an)\s/i.test(described.text) && !KIN_NOUNS.has(head);
    if (!anyone && (!(isPersonNoun(head) || /\p{Ll}{3}ist$/u.test(head)) || NOT_NAMED_NEXT.has(head) || KIN_NOUNS.has(head))) continue;
    const next = claims.slice(i + 1).find((c) => c.source?.entityKey !== described.entityKey);
    // (In the same paragraph; or the next, for a scholar named there with "Dr" or "Prof" in their own quotation's tag:
    // "“…,” said the acoustic ecologist who led the study. [paragraph] “…,” Dr. Sigrid Alvestad said".)
    const between = next ? text.slice(claims[i]!.end, next.start) : "";
    const nextParagraph = /^[^\n]*\n\s*$/.test(between) && SCHOLARS.test(head) && /^[“"]/.test(text.slice(next!.start, next!.start + 1));
    if (!next?.source || ents.kindOf(next.source.entityKey) !== "person" || (between.includes("\n") && !nextParagraph)) continue;
    // (The person's first mention, in that claim or the quotation going on with it, worded only so: "“The fine goes to
    // the state. We still have the bill,” Sunita Varghese, 47, said".)
    const at = claims.indexOf(next);
    let last = at;
    while (claims[last + 1]?.source?.entityKey === next.source.entityKey && !text.slice(claims[last]!.end, claims[last + 1]!.start).includes("\n")) last++;
    const first = mentions.find((m) => m.entityKey === next.source!.entityKey);
    const holder = first && first.start >= next.start && first.end <= claims[last]!.end ? claims.slice(at, last + 1).find((c) => c.start <= first.start && first.end <= c.end) : undefined;
    if (!first || !holder) continue;
    const before = text.slice(Math.max(holder.start, first.start - 40), first.start);
    const after = text.slice(first.end, first.end + 24);
    // ("The former employee, Teresa Vandermeer, said", "The Aucklander, Josh Tamatea, said": named as the one just described.)
    const setOff = anyone && holder.start === next.start ? SET_OFF_NAMING_BEFORE.exec(text.slice(Math.max(0, first.start - 50), first.start)) : null;
    if (setOff && SET_OFF_NAMING_AFTER.test(after) && redescribes(setOff[1]!, head)) {
      for (const c of claims.slice(0, at)) if (c.source?.entityKey === described.entityKey) credit(c, next.source.entityKey, mentions);
      continue;
    }
    // (A scholar named in the next paragraph only with an honorific: "Dr. Sigrid Alvestad".)
    if (nextParagraph && !/\b(?:Dr|Prof)\.?\s+$/.test(before)) continue;
    // (Nor one their paragraph tells of as someone else: "Dr. Ann Holt said. Holt, who was not involved in the research, …".)
    if (nextParagraph && describedApart(text, first.end, ents.nameOf(next.source.entityKey), after)) continue;
    if (NOT_NAMED_NEXT.has(head) || !(isPersonNoun(head) || /\p{Ll}{3}ist$/u.test(head)) || KIN_NOUNS.has(head)) continue;
    // (No title but an honorific, or the description's own noun: "said the lawyer, ".)
    const titled = !!first.role && !HONORIFIC_ONLY.test(first.role) && !NAMED_AS_DESCRIBED.test(before);
    if (titled || !NAMING_BEFORE.test(before) || !NAMING_AFTER.test(after) || !(NAMED_AS_DESCRIBED.test(before) || AGE_AFTER_NAME.test(after))) continue;
    for (const c of claims.slice(0, at)) if (c.source?.entityKey === described.entityKey) credit(c, next.source.entityKey, mentions);
  }
}

/** Nouns for someone of one sex, and the first names that cannot be theirs. */
const SEXED_NOUNS = new Map<string, ReadonlySet<string>>([
  ...["woman", "mother", "daughter", "wife", "widow", "grandmother", "girl", "sister"].map((w) => [w, MALE_FIRST_NAMES] as const),
  ...["man", "father", "son", "husband", "widower", "grandfather", "boy", "brother"].map((w) => [w, FEMALE_FIRST_NAMES] as const),
]);
/** The next paragraph opening by naming again the one described, set off: "The officer, retired Col. " (group 1: the words). */
const REDESCRIBED_OPENING = /^The\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+),\s+(?:(?:retired|former)\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;
/** A quotation opening the paragraph, then its tag's verb right before the name: "“They left her …,” said ". */
const QUOTE_THEN_SAID = /^[“"][^]*[,.!?]["”]\s+(?:said|says|added|adds)\s+$/;
/** "declined to give her name", "would not give his name": a name kept back. */
const NAME_WITHHELD = /\b(?:declined|refused|would\s+not|did\s+not\s+want)\s+to\s+(?:give|be\s+named|provide)\b/i;
/** Words for someone a first-named person is to the one described: "a neighbor who helped her", "a friend of the family". */
// (Or one who speaks for a body, never someone described by what befell them: "a spokesman for the city".)
const OTHER_PEOPLE_ASIDE = /\b(?:neighbou?r|friend|relative|colleague|co-?worker|classmate|witness|bystander|passer-?by|volunteer|expert|spokes(?:man|woman|person)|official|representative|lawyer|attorney)\b|\bof\s+the\s+family\b/i;
/** Words for anyone, whom a trade given later may describe further: "A woman whose …" and "a 52-year-old trader". */
const GENERIC_PEOPLE = new Set("man woman person resident parent mother father".split(" "));
/** After such a name, what a writer gives someone first named: an age, or who they are ("Monique Ravenel, 44,", ", a trader"). */
const FIRST_NAMED_AFTER = /^,\s+(?:\d{1,3}\b|(?:a|an)\s)/;

/**
 * Someone described with what befell them or what they do ("A woman whose mother died of an infected bedsore … told a
 * Senate panel …", "said a retired officer who ran the Army's night-vision purchases") and named first in the next
 * paragraph, where it opens with their quotation and its tag ("“They left her …,” said Monique Ravenel, 44, of
 * Florence.") or names them again set off ("The officer, retired Col. Hector Vane, reviewed …"): the description's words
 * are that person's, when they speak there or later and no other's first name could not be theirs.
 */
export function resolveNamedNextParagraph(claims: ExtractedClaim[], mentions: Mention[], ents: EntityIndex, text: string): void {
  for (let i = 0; i < claims.length; i++) {
    const described = claims[i]!.source;
    if (!described || ents.kindOf(described.entityKey) !== "unnamed" || ents.isPlural(described.entityKey) || !ONE_DESCRIBED.test(described.text)) continue;
    // (Described with a clause of who they are: "A man whose wife needed …", "a student who uses the scooters"; or of
    // what they were doing: "A woman waiting for the No. 11 bus on Portage Avenue said".)
    const at = text.indexOf(described.text, claims[i]!.start);
    if (at < 0 || !/^\s+(?:who\s|whose\s|\p{Ll}{2,}ing\s)/u.test(text.slice(at + described.text.length, at + described.text.length + 24))) continue;
    const head = described.text.split(/\s+/).at(-1)!.toLowerCase();
    if (SPOKESPERSON_WORDS.has(head) || head === "official" || head === "source") continue;
    // (Not one who keeps their name back: "a parent who declined to give her name", "who asked not to be identified".)
    if (KEPT_ANONYMOUS.test(claims[i]!.exact) || NAME_WITHHELD.test(claims[i]!.exact)) continue;
    // (The last claim of theirs in its paragraph, with the next paragraph after it.)
    const next = nextParagraphStart(text, claims[i]!.end);
    if (next < 0 || claims.some((c, j) => j > i && c.start < next && c.source?.entityKey === described.entityKey)) continue;
    const named = mentions.find((m) => m.start >= next && m.start < next + 400 && ents.kindOf(m.entityKey) === "person");
    if (!named || mentions.some((m) => m.entityKey === named.entityKey && m.start < next)) continue;
    const before = text.slice(next, named.start);
    const after = text.slice(named.end, named.end + 24);
    const redescribed = REDESCRIBED_OPENING.exec(before);
    // (Described there as someone else: "a neighbor who helped her", "a friend of the family", "a structural engineer"
    // for "A driver"; the same word, or any trade for "a man" or "a woman", may be them: "a 52-year-old trader".)
    const aside = /^,\s+(?:\d{1,3},\s+)?(?:a|an)\s+([^.,;]{1,80})/.exec(text.slice(named.end, named.end + 120))?.[1] ?? "";
    const asideHead = /^(?:[\p{L}\d-]+\s+){0,3}?([\p{Ll}-]+)(?=\s+(?:who|whose|of|at|from|in|for|with)\b|$)/u.exec(aside)?.[1] ?? "";
    const someoneElse = OTHER_PEOPLE_ASIDE.test(aside) || (asideHead !== "" && asideHead !== head && !GENERIC_PEOPLE.has(head));
    const tagged = QUOTE_THEN_SAID.test(before) && !before.includes("\n") && FIRST_NAMED_AFTER.test(after) && !someoneElse;
    if (!(redescribed && redescribes(redescribed[1]!, head) && /^,/.test(after)) && !tagged) continue;
    // (Not a man's name for "a woman", nor a woman's for "a father".)
    const first = ents.nameOf(named.entityKey).split(/\s+/)[0]!.toLowerCase();
    if (SEXED_NOUNS.get(head)?.has(first)) continue;
    if (!claims.some((c) => c.start >= next && c.source?.entityKey === named.entityKey)) continue;
    for (const c of claims.slice(0, i + 1)) if (c.source?.entityKey === described.entityKey) credit(c, named.entityKey, mentions);
  }
}
