// Named-entity recognition and canonicalisation within one article.
// Recognises capitalised name sequences (titles stripped into a role), lower-case institution phrases from a
// small lexicon ("the intelligence community"), and links short forms to the fullest form the article uses
// ("Smith", "Mr. Smith" -> "John Smith"; "the Herald" -> "Springfield Herald"; "(DNC)" -> the name before it).

import {
  BRACKETED_PARTY,
  STATE_AFTER_TOWN,
  CAP_ADJECTIVES,
  CLUB_LAST_WORDS,
  COUNCIL_LEVELS,
  DEMONYMS,
  DESCRIPTION_KINDS,
  GAVE_NAME_AS,
  HONOUR_WORD,
  FEMALE_FIRST_NAMES,
  FEMALE_ROLE_WORDS,
  GENERATION_SUFFIXES,
  GROUP_PLURALS,
  INSTITUTION_NAME_WORDS,
  INSTITUTION_NOUNS,
  isPersonNoun,
  namesPeople,
  KIN_NOUNS,
  LED_BY_WORDS,
  MALE_FIRST_NAMES,
  MALE_ROLE_WORDS,
  MULTI_PLACES,
  NAME_CONNECTORS,
  NOT_NAME_WORDS,
  OCCUPATIONS,
  ORGANIZATION_NAME_WORDS,
  ORGANIZATION_NOUNS,
  OUTLET_NAME_WORDS,
  OUTLET_NOUNS,
  PLACES,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  THING_NAME_WORDS,
  TIME_WORDS,
  TRADE_BODY_WORDS,
  TOWN_CLUB_ENDINGS,
  WEEKDAYS,
  PARTISAN_EPITHET,
  UNNAMED_SOURCES,
  wordTable,
  partyOf,
  stateOf,
} from "./lexicon";
import { isHeadlineSpeechVerb, isReproachNoun, verbClass } from "./cues";
import { collapseWhite, escapeRegExp, isWhite, plainLower, type Sentence, type Word } from "./text-units";
import type { EntityKind, EntityRef, Mention } from "./types";

interface Candidate {
  start: number;
  end: number;
  name: string;
  /** keyOf(name). */
  key: string;
  words: string[];
  role: string | null;
  kind: EntityKind | null;
  /** Kind from strong evidence (an appositive noun, a title) that overrides name-based guesses. */
  strongKind: EntityKind | null;
  sentence: number;
  /** A lone capitalised word at the start of a sentence (may be an ordinary word). */
  weak: boolean;
  /** From a title-case headline: kept only when it links to a name found elsewhere. */
  headline: boolean;
  plural: boolean;
  /** Acronym given in brackets right after the name: "(DNC)". */
  acronym: string | null;
  /** End offset of an appositive role after the name (", then the head of the CIA,"), else -1. */
  appositiveEnd: number;
}

export interface EntityIndex {
  entities: EntityRef[];
  mentions: Mention[];
  /** Mentions per sentence index, in order. */
  bySentence: Mention[][];
  /** Mention whose appositive ends at this offset (for "X, the head of Y, said"). */
  appositiveEnds: Map<number, Mention>;
  kindOf(key: string): EntityKind;
  /** Finds an entity by a name as worded ("the Herald", "Smith"), or null. */
  lookup(name: string): string | null;
  /** The entity of that name, made when there is none; `plural` marks a group ("Mark Udall and Ron Wyden"). */
  ensure(name: string, kind: EntityKind, alias?: string, plural?: boolean): string;
  addAlias(key: string, alias: string): void;
  /**
   * Marks a group of people or bodies named together ("Denise Okafor and Trent Holloway") as speaking as its first
   * named; `firstNamedOf` gives that member, or null for any other entity.
   */
  setFirstNamed(groupKey: string, firstKey: string): void;
  firstNamedOf(key: string): string | null;
  isPlural(key: string): boolean;
  nameOf(key: string): string;
  /** "m" or "f" when the article marks a person's gender (a title, a gendered role, a common first name), else null. */
  genderOf(key: string): Gender | null;
  setGender(key: string, gender: Gender): void;
}

export type Gender = "m" | "f";

/** Gender marked by a title or role ("Mrs.", "spokeswoman"), or null. */
export function genderOfRole(role: string | null): Gender | null {
  if (!role) return null;
  let g: Gender | null = null;
  // (Only the role's own words, not those of what it is of: "chairwoman of the owners’ corporation of a block in Prince
  // Edward" is a woman.)
  const own = role.toLowerCase().split(/\s(?:of|for|at|in|to|with|from)\s/)[0]!;
  for (const raw of own.split(/[\s,]+/)) {
    const w = raw.endsWith(".") ? raw.slice(0, -1) : raw;
    if (MALE_ROLE_WORDS.has(w)) g = "m";
    else if (FEMALE_ROLE_WORDS.has(w)) g = "f";
  }
  return g;
}

/** Gender suggested by the first word of a full name ("Mary Smith"), or null. */
function genderOfName(name: string): Gender | null {
  const sp = name.indexOf(" ");
  if (sp < 0) return null;
  const first = name.slice(0, sp).toLowerCase();
  if (MALE_FIRST_NAMES.has(first)) return "m";
  if (FEMALE_FIRST_NAMES.has(first)) return "f";
  return null;
}

const ACRONYM = /^[\p{Lu}][\p{Lu}.&]{1,7}$/u;
const BODY_ACRONYM = /^\p{Lu}{3,6}$/u;
const ROMAN_NUMERAL = /^[IVX]+$/;
const INITIAL = /^\p{Lu}$/u;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
const TITLE_ABBREV = /^(mr|mrs|ms|dr|sen|rep|gov|gen|maj|brig|lt|col|capt|cmdr|cdr|sgt|adm|prof|rev|hon|st|jr|sr)$/;
const CAMEL = /^\p{Lu}?\p{Ll}+\p{Lu}/u;
const NICK_OPEN = /^ [“"]$/;
const NICK_CLOSE = /^[”"] $/;
const NICKNAME = / [“"‘][^“”"‘’]{1,22}[”"’] /;
/** A nickname of up to three capitalised words in quotes after a given name: ` ‘Trumpet Des’ `, ` "Big Tom" `. */
const LONG_NICKNAME_AFTER = /^ [“"‘]\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2}[”"’] (?=\p{Lu})/u;
const VOWELS = "aeiou";
/**
 * An appositive after a name, up to the next comma (or the end of the sentence); past a quotation's opening mark when
 * the quotation closes with the appositive's comma (", who won on a promise to “keep every family safe,” called"): up to
 * `maxChars` characters (group 1), perhaps only where `only` matches its start.
 */
function appositivePattern(maxChars: number, only = ""): RegExp {
  return new RegExp(String.raw`^ ${only}((?:then |now |the |a |an |his |her |its |their |former |\p{Ll}+ |[DRI]-\p{Lu}[\p{L}.]*|(?:Democrat|Republican|Independent)\b|\p{Lu}[\p{L}.\-]*(?: \p{Lu}[\p{L}.\-]*)?[’']s )(?:[^,;:“”"()—]|, \p{Lu}\p{L}{0,4}\.,(?= \p{Ll})|[“"](?=[^“”"]{1,80}?,[”"]\s)){1,${maxChars}}?)(?=,(?! \p{Lu}\p{L}{0,4}\., \p{Ll})|\.?[”"]?$|\.$|;|—)`, "u");
}
const APPOSITIVE = appositivePattern(110);
/** The same, longer, for a description that gives an age (" a 19-year-old sophomore at … who asked that …"). */
const AGED_APPOSITIVE = appositivePattern(170, String.raw`(?=an? \d{1,3}-year-old )`);
const OPENERS = /^(?:then|now|the|a|an|his|her|its|their|former|one of) /;
/** A sentence opening in "According to (the)" or "According to a report in (the)" before a name, perhaps after an adverb ("Yesterday, according to"). */
const FRONTED_ACCORDING = /^(?:[“"‘]?\p{Lu}\p{Ll}+,\s+)?[Aa]ccording to (?:the\s+|(?:an?|the)\s+(?:[\p{Ll}-]+\s+){1,3}(?:in|by|from)\s+(?:the\s+)?)?$/u;
/** ", of Peoria, Ill.," after a person's name. */
const HOMETOWN = /^ (of \p{Lu}[\p{L}.\-]*(?: \p{Lu}[\p{L}.\-]*){0,2}(?:, \p{Lu}[\p{L}.]*)?)(?=,)/u;
/** A party tag: "D-N.Y.", "R-Calif.", "Democrat of Vermont", "a Republican". */
const PARTY_TAG = /^(?:[dri]-|(?:a |an )?(?:democrat|republican|independent)\b)/;
/** The rest of a list of names a role ends in: ", Civil Rights and Civil Liberties". */
const NAME_LIST = /^(?:, \p{Lu}[\p{L}.\-]*(?: (?:\p{Lu}[\p{L}.\-]*|and|of|the|for|on))*)+(?=,)/u;
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "messrs", "dr", "hon", "comrade"]);
const PARTY_WORDS = new Set(["democrat", "republican", "independent"]);
const ORDINALS = new Set(["first", "second", "third", "fourth", "fifth"]);
/** (These only before one more word: "Port Arthur", not "Port Arthur Steel".) */
const SHORT_PLACE_PREFIXES = new Set(["sao", "são", "santo", "porto", "puerto", "port"]);
const PLACE_PREFIXES = new Set(["san", "santa", "los", "las", "fort", "mount", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "plaza", "praça", "piazza", "avenida", "calle", "rua"]);
/** Words of a public service named for its country: "Health Canada", "Transport Canada", "Public Health England". */
const SERVICE_WORDS = new Set("health transport sport statistics public historic natural visit tourism heritage revenue environment education".split(" "));
/** The fields a public service is named for before "and" another and its country: "Environment and Climate Change Canada". */
const SERVICE_FIELDS = new Set([...SERVICE_WORDS, ..."fisheries immigration employment innovation agriculture justice finance".split(" ")]);
/** The countries whose public services are named so: "… Canada", "… Australia". */
const SERVICE_COUNTRIES = new Set("canada australia england scotland wales ireland zealand".split(" "));
/** Last words of a town's name: "Ashby Falls", "Cedar Springs", "Maple Heights". */
const PLACE_SUFFIXES = new Set(["falls", "springs", "heights", "township", "flats", "crossing", "junction", ...TOWN_CLUB_ENDINGS]);

/** Same length, one vowel written for another ("Cowen" for "Cowan"): a likely misspelling of a surname. */
function vowelSlip(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 5 || a[0] !== b[0]) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!VOWELS.includes(a[i]!) || !VOWELS.includes(b[i]!) || ++diff > 1) return false;
  }
  return diff === 1;
}

// Lower-case institution phrases: (the) (U.S.|American|federal) intelligence community/agencies/officials.
const INTEL = /\b(?:[Tt]he\s+)?((?:U\.S\.|US|American|[Ff]ederal)\s+)?intelligence\s+(community|agencies|services)\b/g;

/**
 * INTEL.exec(text) from INTEL.lastIndex, without scanning text that cannot hold a match: every match contains the
 * word "intelligence", preceded only by letters, full stops and white space ("the U.S. intelligence …").
 */
function nextIntelMatch(text: string): RegExpExecArray | null {
  const at = text.indexOf("intelligence", INTEL.lastIndex);
  if (at < 0) return null;
  let from = at;
  while (from > INTEL.lastIndex && mayLeadIntel(text.charCodeAt(from - 1))) from--;
  INTEL.lastIndex = from;
  return INTEL.exec(text);
}

function mayLeadIntel(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || isWhite(c);
}


/**
 * A person's surname as a key: the last word of the name before any "Jr." or "III" ("James R. Clapper Jr."), through
 * keyOf ("O'Neill" is "oneill", as a lone "O'Neill" is looked up).
 */
function surnameOf(words: readonly string[]): string {
  let i = words.length - 1;
  while (i > 0 && (GENERATION_SUFFIXES.has(words[i]!.toLowerCase()) || POST_NOMINALS.has(words[i]!))) i--;
  return keyOf(words[i]!);
}
/** Particles of Irish and Scottish Gaelic surnames, which stay with the surname ("Ó Dálaigh", "Ní Bhriain", "Mac Giolla"). */
const GAELIC_PARTICLES = new Set(["Ó", "O", "Ní", "Nic", "Mac", "Uí", "Ua", "Mhic"]);
/** "Ó Dálaigh", "Van der Klaauw", "De la Cruz": a surname and only its particles before it. */
function surnameWithParticles(words: readonly string[]): boolean {
  // (Not a given name that is also a particle's word: "Della Haverkamp".)
  if (FEMALE_FIRST_NAMES.has(words[0]!.toLowerCase()) || MALE_FIRST_NAMES.has(words[0]!.toLowerCase())) return false;
  return words.length >= 2 && words.slice(0, -1).every((w) => GAELIC_PARTICLES.has(w) || SURNAME_PARTICLES.has(w.toLowerCase()));
}
/** "ó dálaigh" of "Séamus Ó Dálaigh" (a key, as surnameOf gives), or null for a name with no such particle. */
function gaelicSurnameOf(words: readonly string[]): string | null {
  return words.length >= 3 && GAELIC_PARTICLES.has(words.at(-2)!) ? keyOf(words.slice(-2).join(" ")) : null;
}
/**
 * "leung" of "Edwin Leung Ka-chun": a Hong Kong name, an English given name, the surname, then the Chinese given name
 * hyphenated ("Ka-chun"), whose surname is the word before it; null for other names.
 */
function chineseSurnameOf(words: readonly string[]): string | null {
  return words.length === 3 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[2]!) ? keyOf(words[1]!) : null;
}
/**
 * "villasenor" of "Adrian Villasenor Ochoa": a Spanish name's first surname, the one it is known by alone, the middle of
 * three words when that is no given name ("Sarah Jessica Parker") nor an initial; null for other names.
 */
function middleSurnameOf(words: readonly string[]): string | null {
  const middle = words[1];
  if (words.length !== 3 || !middle || !/^\p{Lu}\p{Ll}{2,}$/u.test(middle) || hasGenerationSuffix(words)) return null;
  const lower = middle.toLowerCase();
  return MALE_FIRST_NAMES.has(lower) || FEMALE_FIRST_NAMES.has(lower) || SURNAME_PARTICLES.has(lower) ? null : keyOf(middle);
}
/** Words for bodies of government: "Department", "Ministry" (lower-cased). */
const GOVERNMENT_BODIES = /^(?:department|government|parliament|ministry|agency|commission|council|office|administration)$/;
/** Letters after a name that are no part of it: "Olivia Strand KC" is Ms Strand. */
const POST_NOMINALS = new Set(["KC", "QC", "SC", "MP", "MSP", "MEP", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD"]);

const hasGenerationSuffix = (w: readonly string[]) => GENERATION_SUFFIXES.has(w[w.length - 1]!.toLowerCase());

/**
 * "Jesse Jackson" and "Jesse Jackson Jr.", "Jesse L. Jackson" and "Jesse Jackson Jr.": a name without the suffix is
 * another person when it is the suffixed name without its suffix, or has a middle name or initial of its own.
 */
function fatherAndSon(a: readonly string[], b: readonly string[]): boolean {
  if (hasGenerationSuffix(a) === hasGenerationSuffix(b)) return false;
  const [plain, other] = hasGenerationSuffix(a) ? [b, a] : [a, b];
  const sameName = plain.length === other.length - 1 && plain.every((w, i) => w.toLowerCase() === other[i]!.toLowerCase());
  return sameName || plain.length >= 3;
}

function keyOf(name: string): string {
  const lower = name.toLowerCase();
  return isPlainKey(lower) ? lower : lower
    .replace(/^the\s+/, "")
    .replace(/[.’']/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when `keyOf` would leave this lower-case name unchanged (the common case; saves four regex passes). */
function isPlainKey(lower: string): boolean {
  const n = lower.length;
  if (n === 0 || lower.charCodeAt(0) === 32 || lower.charCodeAt(n - 1) === 32 || lower.startsWith("the ")) return false;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c === 46 || c === 39 || c === 0x2019) return false;
    // Any other white space (tabs, no-break spaces, Unicode spaces) is normalised by keyOf.
    if (c < 33 || (c >= 0x7f && c <= 0xa0) || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || (c >= 0x2028 && c <= 0x2029) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return false;
  }
  return true;
}

function gapOk(text: string, prev: Word, next: Word): boolean {
  const gap = text.slice(prev.end, next.start);
  if (prev.poss) return false;
  if (gap === " " || gap === "\u00a0") return true;
  // "Procter & Gamble", "Pennant & Rowe", "AT&T": a firm's partners joined by an ampersand.
  if (gap === " & " || gap === "&") return true;
  // "The Shopworkers’ Alliance", "the Teachers' Union": a plural possessive inside a body's name.
  if ((gap === "’ " || gap === "' ") && prev.lower.endsWith("s") && isBodyWord(next.lower)) return true;
  // "John Q. Smith", "Sen. John", "U.S. Senate": a full stop after an initial or abbreviation.
  // (Not a transcript's label opening its line: "Q. Is Feld fit to play?")
  const label = /^[QA]$/.test(prev.text) && (prev.start === 0 || text[prev.start - 1] === "\n");
  if ((gap === ". " || gap === ".\u00a0") && ((INITIAL.test(prev.text) && !label) || TITLE_ABBREV.test(prev.lower) || DOTTED.test(prev.text)))
    return true;
  return false;
}

/** A plural for people by what they do or are: "citizens", "parents", "commuters", "teachers", "nurses", "residents". */
const PEOPLE_PLURAL_WORD = /^\p{L}{2,}(?:ers|ors|ents|ens|ists|ees|ants|nurses|wives|men|women|people|folk)$/u;
const TITLE_BEFORE_SURNAME = /^(?:mr|mrs|ms|miss|dr|mx|sir|dame|prof)\.?$/;
/** Last words of a group's name that no dictionary of bodies holds: "Parents’ Voice", "Citizens’ Election Watch". */
const GROUP_NAME_TAILS = new Set("voice watch action monitors rights network forum alliance".split(" "));
/**
 * "the Rift Citizens’ Election Watch", "the Cwm Aeron Parents’ Voice group": a plural possessive inside a group's
 * name, when the capitalised words after it end the name in a body's word or a group's (not "the Farmers’ Tom Reyes").
 */
function pluralPossessiveInName(text: string, ws: Word[], j: number): boolean {
  const cur = ws[j]!;
  const gap = text.slice(cur.end, ws[j + 1]!.start);
  // (A plural for people, "Citizens", "Parents", "Commuters"; not a surname, "Mr Jones’", nor a people, "The Russians’".)
  if ((gap !== "’ " && gap !== "' ") || !cur.cap || !PEOPLE_PLURAL_WORD.test(cur.lower) || /ians$/.test(cur.lower) || TITLE_BEFORE_SURNAME.test(ws[j - 1]?.lower ?? "")) return false;
  const end = capitalRunEnd(text, ws, j + 1);
  const last = ws[end]!.lower;
  const after = ws[end + 1];
  return end - j <= 3 && (isBodyWord(last) || GROUP_NAME_TAILS.has(last) || (after !== undefined && !after.cap && (after.lower === "group" || isBodyWord(after.lower))));
}

function isRoleWord(lower: string): boolean {
  const w = lower.endsWith(".") ? lower.slice(0, -1) : lower;
  return isRoleHead(w) || ROLE_MODIFIERS.has(w) || w.startsWith("then-") || w.startsWith("ex-") || w === "of";
}
/** A title's head word, or a rank below or beside one: "inspector", "Sub-Inspector", "Co-Chair", "Under-Secretary". */
function isRoleHead(lower: string): boolean {
  const [prefix, rest = ""] = lower.split(/-(.*)/s);
  // (Not "Co-operative": only a few posts are shared, "Co-Chair", "Co-author".)
  return ROLE_HEADS.has(lower) || (/^(?:sub|under|vice|deputy|assistant)$/.test(prefix!) && ROLE_HEADS.has(rest)) || (prefix === "co" && CO_POSTS.has(rest));
}

type NameKind = { kind: EntityKind; plural: boolean };
const NAME_KIND = {
  place: { kind: "place", plural: false },
  groups: { kind: "organization", plural: true },
  institution: { kind: "institution", plural: false },
  organization: { kind: "organization", plural: false },
  outlet: { kind: "outlet", plural: false },
  person: { kind: "person", plural: false },
  other: { kind: "other", plural: false },
} as const satisfies Record<string, NameKind>;

/** Words of advocacy groups' and campaigns' names that no person's name holds. */
const CAMPAIGN_NAME_WORDS = new Set("america americans now forward together action watch".split(" "));
/** Words for a body right before its name, and the kind they give it: "the newspaper Diario del Desierto", "the firm Acme". */
const BODY_BEFORE_NAME = wordTable<EntityKind>({
  ...Object.fromEntries("publication newspaper paper daily tabloid magazine journal broadcaster network channel website outlet portal".split(" ").map((w) => [w, "outlet"])),
  ...Object.fromEntries("firm company group charity organisation organization startup carmaker drugmaker retailer insurer lender airline pollster consultancy watchdog brand".split(" ").map((w) => [w, "organization"])),
});
/** Trades that describe a body ("Drugmaker Corvane"), never the first word of its name. */
const TRADE_DESCRIPTIONS = new Set("drugmaker carmaker automaker chipmaker retailer insurer lender supermarket grocer startup".split(" "));
/** Titles of performers and players, which come before a full name of any given name ("Actor Colton Shaw"). */
const PERFORMER_TITLES = new Set("actor actress singer referee umpire striker goalkeeper midfielder quarterback pitcher winger defender full-back fullback centre-back wicketkeeper".split(" "));
/** Titles that are also ordinary words in names of things, read as titles only before a given name. */
const TITLES_BEFORE_GIVEN_NAMES = new Set([
  ..."principal detective captain lieutenant sergeant corporal colonel trooper constable marshal provost coroner magistrate td mp mla mep msp hon".split(" "),
  ...PERFORMER_TITLES,
]);

/** Word k is such a title and the run ends with two name words after it, neither a word of a body's or a thing's name. */
function titleBeforeFullName(ws: Word[], k: number, j: number, titledBefore = false): boolean {
  // (Two name words, or three with a surname's particle: "Séamus Ó Dálaigh".)
  const particle = j === k + 3 && (GAELIC_PARTICLES.has(ws[k + 2]!.text) || SURNAME_PARTICLES.has(ws[k + 2]!.lower));
  // (A title in capitals, "TD", "MP", is one before any full name: "TD Marian Furlong", not "TD Bank".)
  if ((j !== k + 2 && !particle) || !(PERFORMER_TITLES.has(ws[k]!.lower) || titledBefore || /^\p{Lu}{2,3}$/u.test(ws[k]!.text))) return false;
  return ws.slice(k + 1, j + 1).every((w) => !isBodyWord(w.lower) && !OUTLET_NAME_WORDS.has(w.lower) && !THING_NAME_WORDS.has(w.lower) && !TRADE_WORDS.has(w.lower));
}
/** A word that may stand for a company alone: capitalised, not a place, a nation's adjective or an ordinary word ("Kestrel", not "New", "Pacific", "Central"). */
function isBrandWord(word: string): boolean {
  const w = word.toLowerCase();
  return /^\p{Lu}\p{Ll}{2,}$/u.test(word) && !PLACES.has(w) && !NOT_NAME_WORDS.has(w) && !CAP_ADJECTIVES.has(w) && !NATION_ADJECTIVE.test(w) && !DIRECTION_WORDS.has(w) && !isBodyWord(w) && !TRADE_WORDS.has(w);
}
/** Words of direction or size that open many bodies' names and name none alone. */
// (The capitalised adjectives, "Western", "National", are left out by CAP_ADJECTIVES.)
const DIRECTION_WORDS = new Set("north south east west central new great greater grand united global first royal general".split(" "));
/** Plural nouns for parts of something: "Shares of", "Units of". */
const PARTS_OF_THINGS = new Set("shares stocks units bonds".split(" "));
/** Words for a company's trade that its name may go without: "Brightline Foods" is "Brightline". */
const TRADE_WORDS = new Set(
  ("foods care racing estates power electric semiconductor semiconductors generics partners holdings industries systems technologies motors airlines airways energy pharmaceuticals capital media communications networks software robotics logistics securities investments ventures insurance labs associates enterprises solutions therapeutics biologics biotech pharma lines shipping ferries cruises midstream petroleum resources mining utilities pipelines strategies consulting analytics appliances electronics products brands chemicals textiles aquaculture services " +
    "bank air aero aviation biologicals biosciences bioscience genomics diagnostics pharmaceutical beverages cosmetics apparel packaging plastics paints fertilizers fertilisers telecom telecoms aerospace optics photonics renewables minerals metals materials realty hotels resorts studios laboratories sciences brewing breweries distillers dairies coatings cement freight supply supplies healthcare distribution distributors wholesale timber lumber forestry logging construction engineering fisheries seafood").split(" "),
);
/** A bank's or a broker's arm, which carries its parent's name before the trade: "Wells Fargo Securities". */
const FINANCE_ARMS = new Set("securities capital investments insurance bank asset advisors advisers ventures holdings".split(" "));
/** Trades whose firms' own names run on with "of" and a place: "Bank of America", "Royal Bank of Scotland". */
const NAMES_WITH_OF_TRADES = new Set(["bank", "insurance", "securities", "air", "airways", "airlines", "power", "electric", "utilities", "brewing", "distillers"]);
/** Trades of the news itself, which a paper's name may end in: "Star Media", "Herald Communications". */
const NEWS_TRADES = new Set(["media", "communications", "networks", "network", "broadcasting", "publishing", "publications"]);
/** The letters before a ship's name ("MV Ayomide", "HMS Belfast"), in capitals. */
// (Not "SS", which opens Italian clubs' names too: "SS Lazio".)
/**
 * A party's letters in brackets after a name, before an aside's comma: " (FF),", or with the councillor's ward, as
 * English local papers print it: " (Lab, Eastfield)," (group 1: the letters).
 */
const BRACKETED_PARTY_AFTER = new RegExp(String.raw`^ \((${BRACKETED_PARTY})(?:,\s\p{Lu}[\p{L}’'-]*(?:\s(?:and\s|&\s)?\p{Lu}[\p{L}’'-]*){0,3})?\)(?=,)`, "u");
/** A paper's own word ending a hyphenated word: "-journal" of "Enterprise-Journal", "-tribune" of "Star-Tribune". */
const PAPER_WORD_ENDING = /-(?:news|times|post|journal|tribune|herald|gazette|chronicle|telegraph|observer|examiner|inquirer|enquirer|courier|ledger|sentinel|dispatch|advertiser|courant|clarion)$/;
const SHIP_PREFIXES = new Set("MV HMS RMS USS USNS HMAS HMCS HMNZS FV".split(" "));
/** Titles of rank that open only a person's name. */
const RANK_TITLES = new Set(["sir", "dame", "lord", "lady", "baroness", "baron"]);
const KNIGHTHOODS = new Set(["sir", "dame"]);

/** Whether the name after a knighthood (words a+1..b) also stands in the text for someone else: "His son, Tom Reid". */
function plainNameElsewhere(text: string, ws: Word[], a: number, b: number): boolean {
  const plain = text.slice(ws[a + 1]!.start, ws[b]!.end);
  for (let at = text.indexOf(plain); at >= 0; at = text.indexOf(plain, at + 1)) if (at !== ws[a + 1]!.start && ANOTHER_BEFORE.test(text.slice(Math.max(0, at - 24), at))) return true;
  return false;
}
/** Right before a name given to someone else than the one named so before: "His son, ", "a different ", "his namesake ". */
const ANOTHER_BEFORE = /\b(?:son|daughter|grandson|granddaughter|nephew|niece|brother|sister|namesake|different|another)\b[,\s]{1,3}(?:also\s)?$/;
// (Compared without their full stops: "S.A.", "S.p.A.", "Ltda.")
const LEGAL_SUFFIXES = new Set(["inc", "corp", "llc", "ltd", "co", "plc", "asa", "ag", "gmbh", "nv", "bv", "oyj", "sa", "spa", "srl", "sarl", "ab", "pty", "bhd", "ltda", "sas", "jsc", "pjsc", "tbk", "oy"]);
/** Whether a name of two words or more ends in a company's legal suffix: "Aquavia Water Co.", "Harlow Holdings Ltd". */
function endsInLegalSuffix(name: string): boolean {
  const last = name.slice(name.lastIndexOf(" ") + 1).toLowerCase().replace(/\./g, "");
  return name.includes(" ") && (LEGAL_SUFFIXES.has(last) || last === "company" || last === "corporation");
}
/** Whether "the company" or "the firm" may mean a body by its name's legal ending: "Aquavia Water Co.". */
export function companyByLegalEnding(noun: string, name: string): boolean {
  return (noun === "company" || noun === "firm") && endsInLegalSuffix(name);
}
/** Last words a body's name is often written without: "Secure America (Now)", "Acme (Inc.)". */
const DROPPABLE_LAST_WORDS = new Set(["now", "action", "forward", "together", "watch", ...LEGAL_SUFFIXES]);

/** Titles of members elected for a seat, whose words before them name the seat or the party ("Galway West TD", "Labour MP"). */
const SEAT_TITLES = new Set("td mp mla mep msp".split(" "));
/** Parties' names, which before a member's title name the party, not the seat ("Labour MP", "Sinn Féin TD"). */
const PARTY_NAMES = new Set([
  ..."labour labor conservative conservatives tory liberal liberals green greens independent socialist democratic democrat republican national reform alliance unionist solidarity aontú".split(" "),
  ..."liberal democrat|lib dem|plaid cymru|sinn féin|sinn fein|fianna fáil|fianna fail|fine gael|social democrats|social democrat|reform uk|people before profit|democratic unionist|ulster unionist|workers' party".split("|"),
]);
/** Words before a member's title that say which member, not the seat: "Veteran MP", "Local MP", "Government MP". */
const MEMBER_KINDS = new Set("veteran local government opposition backbench backbencher senior junior former rebel ruling new first-time tory-held labour-held".split(" "));
/** Capitalised words after a party's name that are not a person's ("Republican Party", "Democrat Caucus"). */
const PARTY_FOLLOWERS = new Set("party parties caucus convention primary primaries leadership leaders platform establishment senate house congress lawmakers senators governors voters base majority minority national state".split(" "));
/** Singular words for a member of a party, which end a description ("Texas Republican") and never a person's name. */
const PARTY_MEMBER_WORDS = new Set("democrat republican tory conservative libertarian socialist progressive".split(" "));


/** Words for a stretch of land, after a name, in lower case, that make the name a place's ("Petorca province"). */
const PLACE_NOUNS_AFTER = new Set("province provinces prefecture region valley delta basin district county municipality township parish borough peninsula coast".split(" "));
/** Words for bodies (most of them places too) that a name before them names ("Northmoor General hospital", "… NHS trust"). */
const PLACE_BODY_NOUNS = new Set("hospital school university college clinic museum library academy prison trust foundation charity plant factory refinery".split(" "));

/** Words for made things that a name before them is the make or model of ("Ford Transit van"). */
const PRODUCT_NOUNS = new Set("van car truck pickup jeep suv sedan motorcycle bike jet plane aircraft helicopter drone phone smartphone laptop tablet computer rifle pistol handgun engine vehicle boat yacht ship".split(" "));

/** A nation's adjective by its ending, or one of the few without: "scottish", "kenyan", "japanese", "welsh". */
const NATION_ADJECTIVE = /^(?:\p{Ll}{3,}(?:ish|ian|ese|an)|welsh|dutch|french|swiss|greek|thai|czech)$/u;
/**
 * Whether ws[i] is a nation's adjective describing a company or a trade after it, not a name: "the Swiss company",
 * "a Danish firm", "Dutch refiner Oostvaart Oils" (not a body the adjective names with its noun, "the Scottish
 * government", nor "Harlan campaign", "The Guardian reported").
 */
function nationAdjectiveBefore(ws: Word[], i: number, text: string): boolean {
  const w = ws[i]!;
  const next = ws[i + 1];
  if (!next || next.cap || text.slice(w.end, next.start) !== " " || !NATIONALITIES.has(w.lower)) return false;
  if (!(COMPANY_NOUNS.has(next.lower) || TRADE_WORDS.has(next.lower) || (OCCUPATIONS.has(next.lower) && !ROLE_HEADS.has(next.lower)))) return false;
  // (After an article, or before the name the words describe: not a surname, "Welsh later said", "Swiss said".)
  const article = i > 0 && /^(?:the|a|an)$/.test(ws[i - 1]!.lower);
  const named = ws[i + 2]?.cap === true && text.slice(next.end, ws[i + 2]!.start) === " ";
  return article || named;
}
/** Nations' adjectives that no other list holds as one (CAP_ADJECTIVES, DEMONYMS): "swiss", "dutch". */
const NATIONALITIES = new Set("swiss dutch danish thai irish scottish swedish welsh finnish polish malaysian indonesian singaporean vietnamese filipino bangladeshi nepali taiwanese saudi emirati qatari lebanese jordanian ethiopian venezuelan cuban icelandic croatian serbian estonian latvian lithuanian".split(" "));
/** Words for a company, as a nation's adjective may describe one: "the Swiss company", "a Danish firm", "Dutch refiner". */
const COMPANY_NOUNS = new Set("company firm group business startup bank conglomerate multinational manufacturer producer supplier retailer refiner insurer carrier airline maker".split(" "));

/** The counties of Ireland, north and south, which Irish papers write after "Co": "Co Galway". */
const IRISH_COUNTIES = new Set(
  "antrim armagh carlow cavan clare cork derry donegal down dublin fermanagh galway kerry kildare kilkenny laois leitrim limerick longford louth mayo meath monaghan offaly roscommon sligo tipperary tyrone waterford westmeath wexford wicklow".split(" "),
);
/** Kind guessed from the words ws[a..b] of a name (a shared constant: do not modify). */
function kindOfNameWords(ws: Word[], a: number, b: number): NameKind {
  const first = ws[a]!.lower;
  const undottedFirst = first.includes(".") ? first.replace(/\./g, "") : first;
  if (a === b) {
    if (PLACES.has(first) || PLACES.has(undottedFirst)) return NAME_KIND.place;
    if (GROUP_PLURALS.has(first)) return NAME_KIND.groups;
    if (INSTITUTION_NAME_WORDS.has(undottedFirst)) return NAME_KIND.institution;
    // ("CEO says fares will rise": a title's letters name a post, not a body.)
    if (ACRONYM.test(ws[a]!.text) && !ROLE_HEADS.has(first)) return NAME_KIND.organization;
    if (CAMEL.test(ws[a]!.text)) return NAME_KIND.organization;
    return NAME_KIND.other;
  }
  if (MULTI_PLACES.has(joinedLower(ws, a, b))) return NAME_KIND.place;
  // "Co Galway", "County Kerry": an Irish county, as Irish papers give where someone is from (not a company's "Co").
  if (b === a + 1 && /^(?:co|county)$/.test(undottedFirst) && IRISH_COUNTIES.has(ws[b]!.lower)) return NAME_KIND.place;
  // "MV Ayomide", "HMS Belfast": a ship, a thing (not the company that runs it).
  if (SHIP_PREFIXES.has(ws[a]!.text)) return NAME_KIND.other;
  // "Minister for Lands and Natural Resources": a post over a portfolio, whatever its subject's words are.
  let post = first === "the" ? a + 1 : a;
  // (Past the post's rank: "State Minister for Health".)
  if (PORTFOLIO_RANKS.has(ws[post]!.lower) && post < b) post++;
  if (PORTFOLIO_TITLES.has(ws[post]!.lower) && (ws[post + 1]?.lower === "for" || ws[post + 1]?.lower === "of")) return NAME_KIND.other;
  // (Also the parts of a hyphenated last word: "Mesa Ledger-Times", not "Lone-Star Coalition"; or a paper's word ending
  // it, "Beaumont Enterprise-Journal".)
  const givenFirst = MALE_FIRST_NAMES.has(first) || FEMALE_FIRST_NAMES.has(first);
  // "Hepatitis C", "Vitamin D", "Plan B": a word for a kind of thing, then one letter, is a thing's name (not "Amir K",
  // as reports that keep a name back print it).
  if (b === a + 1 && /^\p{Lu}$/u.test(ws[b]!.text) && LETTERED_THINGS.has(first)) return NAME_KIND.other;
  // (Not a person's double-barrelled surname after a given name: "Anne Carter-Herald".)
  // (Not a name ending in a trade other than the news's, whatever words a paper's name may also have: "Desert Sun
  // Power", "Sun Valley Energy"; but "Star Media", "Fox News Network".)
  const tradeLast = TRADE_WORDS.has(ws[b]!.lower) && !NEWS_TRADES.has(ws[b]!.lower);
  // "Sky Sports", "Vantage Combat Sports": a broadcaster's or a maker's name ending in "Sports", no person's (not "the
  // Ministry of Sports").
  if (ws[b]!.lower === "sports" && b > a && !givenFirst && !anyLowerIn(ws, a, b, INSTITUTION_NAME_WORDS) && !anyLowerIn(ws, a, b, OUTLET_NAME_WORDS)) return NAME_KIND.organization;
  if ((anyLowerIn(ws, a, b, OUTLET_NAME_WORDS) && !tradeLast) || (ws[b]!.lower.includes("-") && (ws[b]!.lower.split("-").every((part) => OUTLET_NAME_WORDS.has(part)) || (PAPER_WORD_ENDING.test(ws[b]!.lower) && !givenFirst)))) return NAME_KIND.outlet;
  if (anyLowerIn(ws, a, b, INSTITUTION_NAME_WORDS)) return NAME_KIND.institution;
  // ("Brookfield Hale Securities", "Orbis Systems": a word for a company's trade.)
  if (anyLowerIn(ws, a, b, ORGANIZATION_NAME_WORDS) || anyLowerIn(ws, a + 1, b, TRADE_WORDS)) return NAME_KIND.organization;
  // "the Innocence Project", "Georgia Farmworker Justice Project": a name ending in "Project" is a body's (one opening with
  // it, "Project Nova", is a plan's code name, a thing).
  if (b > a && ws[b]!.lower === "project") return NAME_KIND.organization;
  // "Parcelio NV", "Acme Corp.": a name ending in a company's legal form is a company's.
  if (LEGAL_SUFFIXES.has(ws[b]!.lower.replace(/\./g, ""))) return NAME_KIND.organization;
  // "Log Cabin Republicans", "Blue Dog Democrats": a name ending in a group of people is a group's.
  if (GROUP_PLURALS.has(ws[b]!.lower)) return NAME_KIND.organization;
  // "the Lok Kranti Dal", "the Janata Dal": a party of South Asia, by its last word after "the" (not "Kari Dal", "Dal Lake").
  if (ws[b]!.lower === "dal" && ws[a - 1]?.lower === "the") return NAME_KIND.organization;
  // "a New Mexico Democrat", "the Liberal Democrat councillor": one of a party, described, not a person's name.
  if (PARTY_MEMBER_WORDS.has(ws[b]!.lower)) return NAME_KIND.other;
  // "Bill Clinton": a given name that is also a thing word ("bill") opens a person's name, not a thing's.
  const thingsFrom = b - a <= 2 && (MALE_FIRST_NAMES.has(first) || FEMALE_FIRST_NAMES.has(first)) ? a + 1 : a;
  const thing = anyLowerIn(ws, thingsFrom, b, THING_NAME_WORDS) || anyLowerIn(ws, a, b, TIME_WORDS);
  // "Secure America Now", "Americans for Prosperity", "MoveOn Action": words no person's name holds.
  if (!thing && anyLowerIn(ws, a, b, CAMPAIGN_NAME_WORDS)) return NAME_KIND.organization;
  // "Johan van Wyk", "Ursula von der Leyen", "Charles de Gaulle": a name, a surname's particles, a name, is a person's
  // when the particles are Dutch or German or the first word a given name (not "Rio de Janeiro", "Museo del Prado").
  const particles = ws.slice(a + 1, b);
  // (The first particle one of a surname's, "van", "von": not "Haus der Kunst", "Verband der Automobilindustrie".)
  const surnameLike = givenFirst || GERMANIC_PARTICLES.has(particles[0]?.text ?? "");
  if (!thing && b - a >= 2 && b - a <= 3 && ws[b]!.cap && surnameLike && particles.every((w) => SURNAME_PARTICLES.has(w.text)) && !PLACES.has(first) && !PLACES.has(ws[b]!.lower)) return NAME_KIND.person;
  if (thing || anyLowerIn(ws, a, b, NAME_CONNECTORS)) return NAME_KIND.other;
  // "NHS England", "BBC Scotland": a name opening with an acronym of three letters or more is a body's (not "William
  // Taylor III", "J.R. Smith", "AJ Styles", "Emmanuel MACRON", "RFK Jr.").
  if (BODY_ACRONYM.test(ws[a]!.text) && !ROMAN_NUMERAL.test(ws[a]!.text) && !GENERATION_SUFFIXES.has(ws[b]!.lower)) return NAME_KIND.organization;
  if (PLACES.has(ws[b]!.lower) && b - a === 1 && CAP_ADJECTIVES.has(ws[a]!.lower)) return NAME_KIND.place;
  // "Scottish FA", "Welsh RU", "Irish FA": a nation's adjective before a body's letters names the body (not before a
  // title's: "Nigerian CEO").
  if (b - a === 1 && (CAP_ADJECTIVES.has(ws[a]!.lower) || DEMONYMS.has(ws[a]!.lower) || NATION_ADJECTIVE.test(ws[a]!.lower)) && /^\p{Lu}{2,5}$/u.test(ws[b]!.text) && !ROMAN_NUMERAL.test(ws[b]!.text) && !ROLE_HEADS.has(ws[b]!.lower)) return NAME_KIND.organization;
  // "Health Canada", "Public Health England": a name ending in a country after a word for a public service is a body's
  // (not "Denzel Washington": most given names are on no list).
  if (PLACES.has(ws[b]!.lower) && ws.slice(a, b).every((w) => SERVICE_WORDS.has(w.lower))) return NAME_KIND.organization;
  // ("Environment and Climate Change Canada", "Fisheries and Oceans Canada": a department of Canada's, named for its fields.)
  if (SERVICE_COUNTRIES.has(ws[b]!.lower) && SERVICE_FIELDS.has(first) && ws[a + 1]?.lower === "and") return NAME_KIND.institution;
  // "U.S. Internet", "Russian Embassy": a name opening with a place or a nationality is not a person's (unless
  // that word is also a common given name: "Virginia Foxx").
  if (ORDINALS.has(first)) return NAME_KIND.other;
  // "San Diego", "Fort Myers", "South Boston": a place prefix or a compass point opens a place's name.
  if ((PLACE_PREFIXES.has(first) && b - a <= 2) || (SHORT_PLACE_PREFIXES.has(first) && b - a === 1)) return NAME_KIND.place;
  if (PLACE_SUFFIXES.has(ws[b]!.lower) && b - a <= 2 && !MALE_FIRST_NAMES.has(first) && !FEMALE_FIRST_NAMES.has(first)) return NAME_KIND.place;
  if ((PLACES.has(first) || PLACES.has(undottedFirst) || CAP_ADJECTIVES.has(first)) && !MALE_FIRST_NAMES.has(first) && !FEMALE_FIRST_NAMES.has(first)) {
    return NAME_KIND.other;
  }
  // "Achieve Your Financial Dreams": a capitalised pronoun or article inside names a work, not a person (a lone "A"
  // or "I" is an initial).
  for (let k = a + 1; k <= b; k++) if (WORK_TITLE_WORDS.has(ws[k]!.lower) && ws[k]!.cap) return NAME_KIND.other;
  // ("Teamsters Local 727": a union's local branch by its number.)
  if (b - a >= 2 && unionLocalAt(ws, b - 1)) return NAME_KIND.organization;
  // "Lusavia A320neo", "Boeing 737": a word with a digit names a model or a number, never a person.
  for (let k = a; k <= b; k++) if (/\d/.test(ws[k]!.text)) return NAME_KIND.other;
  // "Geological Hazard Mitigation", "Harwood Hydrology": an abstract noun's ending after a name's first word is no part
  // of a person's name (a first word may be a given name: "Ascension Dimaculangan").
  for (let k = a + 1; k <= b; k++) if (ABSTRACT_NOUN_ENDING.test(ws[k]!.lower)) return NAME_KIND.other;
  // "Côte d'Ivoire", "Val d'Or": a word and an elided particle's is a place's or a thing's name (a person's has a given
  // name before: "Valéry Giscard d'Estaing").
  if (b - a === 1 && /^(?:d|l)['’]/.test(ws[b]!.lower) && !MALE_FIRST_NAMES.has(first) && !FEMALE_FIRST_NAMES.has(first)) return NAME_KIND.other;
  if (b - a < 4) return NAME_KIND.person;
  return NAME_KIND.other;
}

/** The last words of a football club's name that are a place's too: "Ashworth City", "Derby County", "Ipswich Town". */
const TEAM_PLACE_ENDINGS = new Set(TOWN_CLUB_ENDINGS);
/** Last words of clubs' names that stand for the club alone: "City", "United", "Rovers". */
const TEAM_LAST_WORDS = new Set([...TOWN_CLUB_ENDINGS, ...CLUB_LAST_WORDS]);
/** What follows "City" or "County" as a word for the town: its people, offices, hall or limits (" officials", " Hall"). */
const TOWN_THINGS_AFTER = /^\s+(?:officials|residents|council|councillors|councilors|hall|leaders|workers|staff|police|managers?|attorneys?|clerks?|limits|streets|centre|center|government|administrators?|engineers?|planners?)\b/i;
/** A plural verb after such a name, which a place would not take: " have", " are", " were". */
const TEAM_PLURAL_VERB = /^ (?:have|are|were)\b/;

/** A currency's capital letter or letters, then digits: "R6", "R900", "K50". */
const SUM_OF_MONEY = /^\p{Lu}{1,2}\d+$/u;
/** What makes such a word a sum: more digits after a comma or point, or a multiplier ("R900 million", "R6,000"). */
const SUM_GOES_ON = /^(?:[,.]\d|\s+(?:thousand|million|billion|trillion|bn|mn)\b|(?:bn|m|k)\b)/;

/**
 * Titles whose capitalised words before them name a portfolio, not a body: "Energy Minister", "Home Secretary"; after
 * them, "for" or "of" does, whose subject may have two parts: "Minister for Lands and Natural Resources".
 */
const PORTFOLIO_TITLES = new Set(["minister", "secretary"]);
/** Words for kinds of things named by a letter after them: "Hepatitis C", "Vitamin D", "Plan B", "Category 5"'s kin. */
const LETTERED_THINGS = new Set("hepatitis vitamin plan class type category grade zone section article annex exhibit phase stage level block wing gate terminal platform ward unit tier schedule appendix form lot route line group pool division".split(" "));
/** Words before such a title for its rank: "State Minister", "Deputy Secretary", "Junior Minister". */
const PORTFOLIO_RANKS = new Set(["state", "deputy", "junior", "assistant", "acting", "shadow", "cabinet", "parliamentary", "under", "vice"]);

/** A lawmaker's title before their name: "Sen. ", "Rep. ", "state Senator ", "Assemblywoman ", "Coun. ". */
const LAWMAKER_TITLE = String.raw`(?:^|[\s“"(])(?:Sens?|Reps?|Senators?|Representatives?|Assembly(?:man|woman|member)|Del|Delegate|Congress(?:man|woman)|Council(?:man|woman|or|lor|member)|Coun|Cllr|Ald|Alder(?:man|woman|person))\.?\s+`;
/** The same, right before a name. */
const LAWMAKER_TITLE_BEFORE = new RegExp(`${LAWMAKER_TITLE}$`);
/** A lawmaker's title and name, then the bracket that opens their ward: "Coun. Ann Bell (" before "Point Douglas)". */
const LAWMAKER_NAME_THEN_BRACKET = new RegExp(String.raw`${LAWMAKER_TITLE}(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\($`, "u");
/** A lawmaker's ward, riding or district alone in brackets after their name: " (Point Douglas)", " (St. Vital)". */
const BRACKETED_WARD_AFTER = /^ \(\p{Lu}[\p{L}’'.-]*(?:\s(?:and\s|&\s)?\p{Lu}[\p{L}’'.-]*){0,3}\)(?=,|\s\p{Ll})/u;

/** 1 for a name written all in capitals ("TEODOR VASILAKIS"), else 0. */
function shouted(name: string): number {
  return name === name.toUpperCase() && /\p{Lu}{2}/u.test(name) ? 1 : 0;
}

/** Whether a noun given an age names someone: "caterer", "sophomore", "woman", "grandmother", "student". */
function isAgedPersonNoun(noun: string): boolean {
  // (Not a trade's word for a body: "a 112-year-old retailer", "a 40-year-old carrier".)
  const kinds = DESCRIPTION_KINDS[noun];
  if (kinds && !kinds.includes("person")) return false;
  return PERSON_NOUN_ENDING.test(noun) || isPersonNoun(noun) || OCCUPATIONS.has(noun) || KIN_NOUNS.has(noun) || AGED_PEOPLE.has(noun);
}
/** Words for people a story gives an age that no other list holds. */
const AGED_PEOPLE = new Set("man woman boy girl sophomore freshman junior senior widow widower resident survivor victim mum mom dad grandmother grandfather grandma grandpa pensioner retiree student teenager toddler child youth".split(" "));

/** Endings of abstract nouns and of sciences, which no surname or given name has ("Mitigation", "Volcanology"). */
const ABSTRACT_NOUN_ENDING = /\p{L}{3}(?:tion|sion|ology|ography|ivity|ism)$/u;

/** Words a person's name never holds capitalised, but the title of a book or film may ("Get Out of Debt"). */
const WORK_TITLE_WORDS = new Set("your my our their his her its you we the an to out".split(" "));

/**
 * Whether the article shows a word to be a place: "Rotterdam-based", or a dateline opening a line in capitals
 * ("ROTTERDAM, 9 October"), so that "the Rotterdam firm" is a firm there, not one named Rotterdam.
 */
function placeInArticle(text: string, word: string): boolean {
  const escaped = escapeRegExp(word.toUpperCase());
  return text.includes(`${word}-based`) || new RegExp(String.raw`(?:^|\n)${escaped}\b`).test(text);
}

/** The lower-case words ws[a..b] joined by hyphens ("new-york"). */
function joinedLower(ws: Word[], a: number, b: number): string {
  let out = ws[a]!.lower;
  for (let k = a + 1; k <= b; k++) out += "-" + ws[k]!.lower;
  return out;
}

function anyLowerIn(ws: Word[], a: number, b: number, set: ReadonlySet<string>): boolean {
  for (let k = a; k <= b; k++) if (set.has(ws[k]!.lower)) return true;
  return false;
}

/** Abbreviations of common nouns, which name no one: "EV", "SUVs", "GDP", "AI", "ER". */
// (Not one a body goes by too: "CCTV", China's broadcaster; "DNA", Romania's anti-corruption prosecutors.)
const COMMON_NOUN_ACRONYMS = new Set("EV EVs SUV SUVs GDP AI IPO IPOs ETF ETFs LNG LPG GPS RNA VPN VPNs PPE ICU ICUs ER ATM ATMs HIV".split(" "));

/** Words for a body by its trade that are a person's trade too: "a software developer", "a wine broker". */
const PERSON_TRADE_WORDS = new Set("developer broker maker carrier giant".split(" "));

/** Prepositions that may open a sentence before a name, and open a name elsewhere ("Inside Farm Policy"). */
const OPENING_PREPOSITIONS = new Set("inside outside across beyond beneath behind beside".split(" "));

/** Nouns for people by their ending: supporter, activist, historian, consultant, resident. */
const PERSON_NOUN_ENDING = /(?:er|or|ist|ian|ant|ent)$/;

/** Words before "network" that make it people organised rather than a broadcaster. */
const NETWORK_OF_PEOPLE = /^(?:organizing|organising|activist|advocacy|grassroots|donor|support|campaign|volunteer|political|progressive|conservative|liberal|civic|community|faith|dark-money)$/;

function kindFromNouns(words: string[]): EntityKind | null {
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    // ("a progressive organizing network", "an advocacy network": people organised, not a broadcaster.)
    if (w === "network" && i > 0 && NETWORK_OF_PEOPLE.test(words[i - 1]!)) return "organization";
    if (OUTLET_NOUNS.has(w)) return "outlet";
    if (INSTITUTION_NOUNS.has(w)) return "institution";
    if (ORGANIZATION_NOUNS.has(w)) return "organization";
  }
  return null;
}

function withoutFinalStop(w: string): string {
  return w.endsWith(".") ? w.slice(0, -1) : w;
}

function hasPersonRoleHead(words: string[]): boolean {
  return words.some((w) => ROLE_HEADS.has(w.endsWith(".") ? w.slice(0, -1) : w));
}

/**
 * ws[k] is a verb of saying or of a charge in a title-case headline, which ends the name before it: "Denies", "Says",
 * "Calls For", "Calls On", "Takes Aim", "Fires Back", "Keep Pressure".
 */
function headlineVerbAt(ws: Word[], k: number): boolean {
  const w = ws[k]!.lower;
  const next = ws[k + 1]?.lower;
  if ((w === "calls" || w === "called") && (next === "for" || next === "on")) return true;
  // ("GOP Senators Keep Pressure on Steele": pressing someone is a charge.)
  if (next === "pressure" && /^(?:keep|keeps|put|puts|ramp|ramps|step|steps|turn|turns)$/.test(w)) return true;
  // ("Ann Holt Draws Criticism From Unions": criticism drawn from someone.)
  if (/^(?:draws|drew|takes|took|faces|faced)$/.test(w) && next !== undefined && isReproachNoun(next)) return true;
  // (A phrase of saying or attack too: "Ellis Takes Aim at Holt", "Holt Fires Back", "Kerr Goes After …".)
  return isHeadlineSpeechVerb(w) || (w.endsWith("s") && next !== undefined && verbClass(`${w} ${next}`) !== null);
}

/**
 * A preposition a title-case headline capitalises that ends a name: "Over" and "Amid" ("… Over Budget"), and "From"
 * after criticism drawn ("Draws Fire From Tom Reyes"; not "Friends From Abroad", "Letters From Home").
 */
function headlinePrepositionAt(ws: Word[], k: number): boolean {
  const w = ws[k]!.lower;
  if (w === "over" || w === "amid") return true;
  const before = ws[k - 1]?.lower ?? "";
  return w === "from" && (isReproachNoun(before) || /^(?:heat|praise|support)$/.test(before));
}

/** Candidates in one sentence. */
function sentenceCandidates(text: string, s: Sentence, titleCase: boolean, out: Candidate[]): void {
  const ws = s.words;
  let i = 0;
  while (i < ws.length) {
    const w = ws[i]!;
    // In a title-case headline a capitalised verb of saying ends a name ("Weiner Denies Sending Photo").
    if (!w.cap || (titleCase && (headlineVerbAt(ws, i) || headlinePrepositionAt(ws, i)))) {
      i++;
      continue;
    }
    // Grow a run of capitalised words joined by single spaces or lower-case connectors.
    let j = i;
    // The run is a body's name with its subject after "of" or "on" ("Council on Foreign Relations").
    let bodyWithSubject = false;
    // (A minister's or secretary's post over a portfolio: "Minister for Lands and Natural Resources".)
    let portfolio = false;
    while (j + 1 < ws.length) {
      const cur = ws[j]!;
      const nxt = ws[j + 1]!;
      if ((cur.poss && !possessiveInName(text, ws, j)) || (titleCase && (headlineVerbAt(ws, j + 1) || headlinePrepositionAt(ws, j + 1)))) break;
      if (cur.poss) {
        j++;
        continue;
      }
      // A nickname in quotes between first and last name: William "Bill" Smith.
      const third = ws[j + 2];
      if (nxt.cap && third?.cap && !cur.poss && !nxt.poss && NICK_OPEN.test(text.slice(cur.end, nxt.start)) && NICK_CLOSE.test(text.slice(nxt.end, third.start))) {
        j += 2;
        continue;
      }
      // (Of two words too, or in single marks: Desmond ‘Trumpet Des’ Anglin.)
      const nick = text.charCodeAt(cur.end) === 32 ? LONG_NICKNAME_AFTER.exec(text.slice(cur.end, cur.end + 32)) : null;
      if (nick) {
        const resume = ws.findIndex((w, i) => i > j + 1 && i <= j + 4 && w.start === cur.end + nick[0].length);
        if (resume > 0) {
          j = resume;
          continue;
        }
      }
      if (nxt.cap && (gapOk(text, cur, nxt) || pluralPossessiveInName(text, ws, j))) {
        j++;
        continue;
      }
      // "Maarten van der Klaauw", "Hans de la Cruz": a surname's particles, two in a row.
      const third2 = ws[j + 3];
      if (!nxt.cap && SURNAME_PARTICLES.has(nxt.lower) && third && !third.cap && SURNAME_PARTICLES.has(third.lower) && third2?.cap && gapOk(text, cur, nxt) && gapOk(text, nxt, third) && gapOk(text, third, third2)) {
        j += 3;
        continue;
      }
      // "John Smith of Goldman Sachs" is a person and the firm: a first name and a surname end the run before "of".
      // (So do a title, a first name and a surname: "Chief Everett Tomah of Wolf Cove First Nation".)
      // (Not before a place, which the name keeps apart by itself: "Senator Harry Reid of Nevada", "Sheriff Joe Arpaio of
      // Maricopa County, Ariz., who …".)
      const titledPerson = j - i === 2 && ROLE_HEADS.has(withoutFinalStop(ws[i]!.lower)) && !isBodyWord(cur.lower) && ws[j + 2]?.cap === true && !placeRunAt(text, ws, j + 2);
      // (And two words that read as a person's name, before a name that is no place: "Mirela Dobre of Corvin Research",
      // though most given names are on no list; not "Royal Bank of Canada", "Prime Minister of Canada", "Joint Chiefs of Staff".)
      // (Only before a name a body's word tells, "Corvin Research", "Force Unie": not "Keane Rowe", a firm named after
      // people, nor "Legal Aid of Dunmore", "Planned Parenthood of Greater Ohio"; and never after "the": "the Dunmore
      // Chamber of Commerce".)
      const pairThenOf = j - i === 1 && ws[j + 2]?.cap === true && !placeRunAt(text, ws, j + 2) && !isBodyWord(ws[i]!.lower) && !isBodyWord(cur.lower) && !ROLE_HEADS.has(withoutFinalStop(ws[i]!.lower)) && !ROLE_HEADS.has(cur.lower.replace(/s$/, "")) && !ROLE_HEADS.has(ws[j + 2]!.lower) &&
        kindOfNameWords(ws, i, j) === NAME_KIND.person && !(i > 0 && (/^(?:the|a|an|its|their|his|her|our)$/.test(ws[i - 1]!.lower) || ws[i - 1]!.poss)) &&
        // (Or with the surname alone elsewhere in the text, as a person is named again: "Ingrid Solvik of Nordhavn Shipping
        // … Solvik said", "Marisol Ibarra of Tepic … Ibarra said".)
        (ws.slice(j + 2, capitalRunEnd(text, ws, j + 2) + 1).some((x) => isBodyWord(x.lower) || TRADE_WORDS.has(x.lower)) || surnameAloneElsewhere(text, cur));
      const personThenOf = nxt.lower === "of" && j > i && j - i <= 2 && (MALE_FIRST_NAMES.has(ws[i]!.lower) || FEMALE_FIRST_NAMES.has(ws[i]!.lower) || firmAfter(ws, j + 2) || titledPerson || pairThenOf);
      // "Council on Foreign Relations", "Center on Budget …": "on" after a body's word joins its subject to its name.
      const bodyOn = nxt.lower === "on" && BODIES_ON_A_SUBJECT.has(cur.lower) && !TIME_WORDS.has(ws[j + 2]?.lower ?? "");
      if (!personThenOf && !nxt.cap && (NAME_CONNECTORS.has(nxt.lower) || bodyOn) && j + 2 < ws.length && ws[j + 2]!.cap && gapOk(text, cur, nxt) && gapOk(text, nxt, ws[j + 2]!)) {
        // ("Centers for Disease Control and Prevention": "for" joins a body's word to its subject as "of" does.)
        // (So does a minister's title to a portfolio of a word or two: "Minister for Lands and Natural Resources"; not
        // "Secretary of State Hillary Clinton and Democratic lawmakers".)
        if (bodyOn || ((nxt.lower === "of" || nxt.lower === "for") && isBodyWord(cur.lower))) bodyWithSubject = true;
        // (Past a word for the post's rank: "State Minister for Health and Family Welfare", "Deputy Minister for …".)
        if ((nxt.lower === "of" || nxt.lower === "for") && ws.slice(i, j).every((w) => w.lower === "the" || PORTFOLIO_RANKS.has(w.lower)) && PORTFOLIO_TITLES.has(cur.lower) && capitalRunEnd(text, ws, j + 2) <= j + 3) bodyWithSubject = portfolio = true;
        j += 2;
        continue;
      }
      // "Department of the Treasury", "Museum of the Moving Image", "Friends of the Earth": a body's word (or the
      // "Friends" of a supporters' group) joined to its subject by "of the".
      // (Not a post's own body after another's: "the Department of the Treasury Inspector General"; but "the Office of
      // the District Attorney" is the post's office.)
      // ("Office for the Coordination of Humanitarian Affairs", "Society for the Protection of Birds": "for the" too.)
      // (Only before a deed or a field, "for the Coordination of", "for the Study of": not a client, "Tillman Research for
      // the Missouri Grain Growers Association".)
      // (Not a body of government after one that is none, a client: "Brennan Institute for the Department of Justice";
      // but "Ministry for the Environment", "Agency for the Management of Water Resources".)
      const after = ws[j + 3]?.lower ?? "";
      const forTheDeed = nxt.lower === "for" && isBodyWord(cur.lower) && /(?:tion|sion|ment|ance|ence)$|^(?:study|arts|blind|deaf|humanities|sciences)$/.test(after) && !(GOVERNMENT_BODIES.test(after) && !GOVERNMENT_BODIES.test(cur.lower));
      // ("Committee on the Judiciary", "Standing Committee on the Federal Judiciary": "on the" too, before a subject that
      // is no person's or thing's name of its own: not "the Council on the Holt plan", "the committee on the Acme's bid".)
      const onTheSubject = nxt.lower === "on" && BODIES_ON_A_SUBJECT.has(cur.lower) && subjectAfterThe(text, ws, j + 3);
      if ((nxt.lower === "of" || forTheDeed || onTheSubject) && ws[j + 2]?.lower === "the" && ws[j + 3]?.cap && !cur.poss && (isBodyWord(cur.lower) || friendsOfAPlace(text, ws, j)) &&
        (cur.lower === "office" || !ROLE_HEADS.has(ws[capitalRunEnd(text, ws, j + 3)]!.lower)) &&
        gapOk(text, cur, nxt) && gapOk(text, nxt, ws[j + 2]!) && gapOk(text, ws[j + 2]!, ws[j + 3]!)) {
        bodyWithSubject = true;
        j += 3;
        continue;
      }
      // "Center on Budget and Policy Priorities", "Committee on Oversight and Government Reform": a subject of two
      // parts, unless a person, a title or another body follows "and" ("the Committee on Finance and Senator Ann Holt",
      // "the School of Law and School of Nursing").
      if (bodyWithSubject && nxt.lower === "and" && j + 2 < ws.length && ws[j + 2]!.cap && gapOk(text, cur, nxt) && gapOk(text, nxt, ws[j + 2]!) &&
        !ROLE_HEADS.has(ws[j + 2]!.lower) && !ws.slice(j + 2, capitalRunEnd(text, ws, j + 2) + 1).some((x) => isBodyWord(x.lower)) &&
        // (A portfolio's second part may run on into its holder's name: "Minister for Health and Family Welfare Ama Owusu".)
        (kindOfNameWords(ws, j + 2, capitalRunEnd(text, ws, j + 2)).kind !== "person" || (portfolio && capitalRunEnd(text, ws, j + 2) - (j + 2) >= 2))) {
        j += 2;
        continue;
      }
      // "Patna Medical College and Hospital (PMCH)": "and" inside a name whose initials in brackets after it cover both parts.
      if (nxt.lower === "and" && ws[j + 2]?.cap && gapOk(text, cur, nxt) && gapOk(text, nxt, ws[j + 2]!)) {
        const e = capitalRunEnd(text, ws, j + 2);
        const acr = /^ \((\p{Lu}{3,8})\)/u.exec(text.slice(ws[e]!.end, ws[e]!.end + 12));
        if (acr && acr[1] === initialsOf(ws.slice(i, e + 1).map((w) => w.text))) {
          j += 2;
          continue;
        }
      }
      // "Amalgamated Transit Union Local 1505", "Teamsters Local 727": a union's local branch by its number ends the name.
      if (j > i && unionLocalAt(ws, j) && gapOk(text, cur, nxt)) {
        j += 1;
        break;
      }
      // "Environment and Climate Change Canada", "Fisheries and Oceans Canada": a public service's field, "and" another,
      // then its country, as Canada's departments are named (as "Health Canada" is one name).
      if (nxt.lower === "and" && i === j && SERVICE_FIELDS.has(cur.lower) && ws[j + 2]?.cap && gapOk(text, cur, nxt) && gapOk(text, nxt, ws[j + 2]!)) {
        const e = capitalRunEnd(text, ws, j + 2);
        if (e - (j + 2) <= 3 && SERVICE_COUNTRIES.has(ws[e]!.lower)) {
          j += 2;
          continue;
        }
      }
      // "Ministry of Investment, Trade and Industry": a subject of a list of single words, set off by commas.
      const list = bodyWithSubject && text[cur.end] === "," ? SUBJECT_LIST_AFTER.exec(text.slice(cur.end, cur.end + 120)) : null;
      const listWords = list ? list[0].match(/[\p{L}-]+/gu)!.length : 0;
      if (list && ws[j + listWords] && ws[j + listWords]!.end === cur.end + list[0].length) {
        j += listWords;
        continue;
      }
      // "Ways and Means Committee", "Health and Human Services": "and" inside the name of a body, when the words
      // after it end in a body's word and those before it are no body, no person and no title ("White House and
      // Justice Department", "Ann Lee and Acme Group", "Attorney General and U.S. Senate candidate" are two).
      // (Words ending in a plural for people that names no one are no person: "Irish Nurses and Midwives Organisation".)
      const people = PEOPLE_IN_NAMES.has(cur.lower);
      if (nxt.lower === "and" && j + 2 < ws.length && ws[j + 2]!.cap && gapOk(text, cur, nxt) && gapOk(text, nxt, ws[j + 2]!) &&
        !isBodyWord(cur.lower) && !["person", "place"].includes(people ? "" : (kindOfNameWords(ws, i, j).kind ?? "")) && !hasPersonRoleHead(ws.slice(i, j + 1).map((w) => w.lower)) && holdsBodyWord(text, ws, j + 2)) {
        j += 2;
        continue;
      }
      // "Marine Ecology and Evolution Letters", "Ocean and Climate Letters": a journal's name, whose last word says it
      // is one, holds its "and" whatever the words before it look like (not a given name's: "Ann and Science Letters").
      if (nxt.lower === "and" && j + 2 < ws.length && ws[j + 2]!.cap && gapOk(text, cur, nxt) && gapOk(text, nxt, ws[j + 2]!) &&
        JOURNAL_LAST_WORDS.has(ws[capitalRunEnd(text, ws, j + 2)]!.lower) && !MALE_FIRST_NAMES.has(ws[i]!.lower) && !FEMALE_FIRST_NAMES.has(ws[i]!.lower) && !(i === j && ONE_WORD_JOURNALS.has(cur.lower))) {
        j += 2;
        continue;
      }
      // "Journal of Perinatal and Environmental Health", "European Journal of Soil and Wetland Science": a journal's name
      // that says so, "Journal of", before its "and" (not before a title, a given name or another body: "the Journal of
      // Commerce and Senator Ann Holt", "… and Harvard University"; nor one word that is no subject, "… and Reuters").
      const subjectRun = journalOfBefore(ws, i, j) && j + 2 < ws.length ? ws.slice(j + 2, capitalRunEnd(text, ws, j + 2) + 1) : [];
      if (nxt.lower === "and" && subjectRun.length && ws[j + 2]!.cap && gapOk(text, cur, nxt) && gapOk(text, nxt, ws[j + 2]!) &&
        !ROLE_HEADS.has(ws[j + 2]!.lower) && !MALE_FIRST_NAMES.has(ws[j + 2]!.lower) && !FEMALE_FIRST_NAMES.has(ws[j + 2]!.lower) && !subjectRun.some((x) => isBodyWord(x.lower)) &&
        (subjectRun.length >= 2 || SUBJECT_ENDING.test(subjectRun[0]!.lower))) {
        j += 2;
        continue;
      }
      break;
    }
    j += lowerCaseBodyTail(text, ws, j);
    processRun(text, s, ws, i, j, titleCase, out);
    i = j + 1;
  }
}

/**
 * How many lower-case words after ws[j] end a body's name in the style that does not capitalise them: "Ashcombe city
 * council", "Kent county council", "Northmoor Healthcare NHS trust", "Northgate students’ union", "Tessaly County Public Library board" (0 when
 * none do).
 */
function lowerCaseBodyTail(text: string, ws: Word[], j: number): number {
  const a = ws[j + 1];
  const b = ws[j + 2];
  // (After a name's own word, not a capital opening the sentence: "A county council spokesman" names no council.)
  if (!a || a.cap || ws[j]!.poss || NOT_NAME_WORDS.has(ws[j]!.lower) || text.slice(ws[j]!.end, a.start) !== " ") return 0;
  if (b && !b.cap && b.lower === "council" && COUNCIL_LEVELS.has(a.lower) && text.slice(a.end, b.start) === " ") return 2;
  if (a.lower === "trust" && ws[j]!.text === "NHS") return 1;
  // ("The Tessaly County Public Library board voted": a body's board, not "Acme board member Tom Reed".)
  if (a.lower === "board" && j > 0 && ws[j - 1]!.cap && !ROLE_HEADS.has(b?.lower ?? "") && !b?.cap) return 1;
  if (b && !b.cap && b.lower === "union" && a.lower === "students" && /^['’]? $/.test(text.slice(a.end, b.start))) return 2;
  if (b && !b.cap && b.lower === "trust" && a.lower === "foundation" && ws[j]!.text === "NHS" && text.slice(a.end, b.start) === " ") return 2;
  return 0;
}

/** Surname particles that open no place's or body's name after a capitalised word ("Johan van Wyk"; not "de", "der"). */
const GERMANIC_PARTICLES = new Set("van von ten ter".split(" "));
/** Particles of Dutch, German, Romance and Portuguese surnames: "van der Klaauw", "de la Cruz", "dos Santos". */
const SURNAME_PARTICLES = new Set("van von de der den la le da di del della du dos das ten ter".split(" "));

/** Plurals for people who speak for someone: "Lawyers for Holt". */
const SPEAKERS_FOR = new Set("lawyers attorneys solicitors barristers representatives spokespeople".split(" "));

/** Whether the capitalised run from ws[k] names a place ("Nevada", "Maricopa County", "New York"). */
function placeRunAt(text: string, ws: Word[], k: number): boolean {
  const end = capitalRunEnd(text, ws, k);
  const words = ws.slice(k, end + 1).map((w) => w.lower);
  return isPlaceWords(words.join(" ")) || kindOfNameWords(ws, k, end).kind === "place" || PLACE_NAME_ENDS.has(words.at(-1)!);
}
const PLACE_NAME_ENDS = new Set(["county", "city", "state", "province", "district", "parish", "borough", "township"]);

/**
 * A possessive inside a body's name: "People's Front", "Women's Institute", "St Brigid's Hospital", "Hollis County
 * Sheriff's Office" (whose, a plural for people, a saint's name or a post; then capitalised words ending in a word for a
 * body).
 */
function possessiveInName(text: string, ws: Word[], j: number): boolean {
  const owner = ws[j]!;
  const saint = j > 0 && /^st\.?$/.test(ws[j - 1]!.lower) && owner.cap;
  // ("Hollis County Sheriff's Office", "the Manhattan District Attorney's Office": a post's office or department; a
  // hyphened post too, "the Victorian Auditor-General's Office".)
  const post = owner.cap && owner.lower.split("-").some((part) => ROLE_HEADS.has(part)) && /^(?:Office|Department)$/.test(ws[j + 1]?.text ?? "");
  // (Any plural in "-men": "Fishermen's Association", "Inlandboatmen's Union".)
  if (!(saint || post || PEOPLE_IN_NAMES.has(owner.lower) || (owner.cap && /\p{Ll}men$/u.test(owner.lower))) || !ws[j + 1]?.cap || !/^['’]s /.test(text.slice(owner.end, ws[j + 1]!.start))) return false;
  const end = capitalRunEnd(text, ws, j + 1);
  return isBodyWord(ws[end]!.lower) || POSSESSED_NAME_HEADS.has(ws[end]!.lower);
}
const PEOPLE_IN_NAMES = new Set("people women children men workers veterans farmers teachers citizens nurses".split(" "));
const POSSESSED_NAME_HEADS = new Set("front movement army hospital church cathedral school college".split(" "));

/** A word that ends the name of a body ("Committee", "Services"). */
function isBodyWord(lower: string): boolean {
  const singular = lower.endsWith("s") ? lower.slice(0, -1) : lower;
  return INSTITUTION_NAME_WORDS.has(lower) || ORGANIZATION_NAME_WORDS.has(lower) || INSTITUTION_NAME_WORDS.has(singular) || ORGANIZATION_NAME_WORDS.has(singular);
}

/** Number words a body's name may open with, capitalised in the middle of a sentence as no count is: "Five Days for Kids". */
const NAME_NUMBERS = new Set("one two three four five six seven eight nine ten".split(" "));
/**
 * Whether the capitalised number word at `i` opens a name set off after a description: "A parents' group, Five Days
 * for Kids, has …" (not a count opening the sentence or its clause, "Five Democrats voted", nor one in a headline).
 */
function numberInName(text: string, ws: Word[], i: number, j: number): boolean {
  return NAME_NUMBERS.has(ws[i]!.lower) && ws[i]!.cap && i < j && !opensClause(text, ws, i) && /,\s$/.test(text.slice(Math.max(0, ws[i]!.start - 2), ws[i]!.start)) && /^,/.test(text.slice(ws[j]!.end, ws[j]!.end + 1));
}

/** "Friends of the Earth", "Friends of the Elm Street Library": a group's name (not "Friends of the Holt family"). */
function friendsOfAPlace(text: string, ws: Word[], j: number): boolean {
  if (ws[j]!.text !== "Friends") return false;
  const end = capitalRunEnd(text, ws, j + 3);
  return !ws[end]!.poss && ws[end + 1]?.lower !== "family";
}

/** After "on the", a subject ("the Judiciary", "the Status of Women"), not a person's name (by its first name) or a possessor's. */
function subjectAfterThe(text: string, ws: Word[], k: number): boolean {
  if (!ws[k]?.cap) return false;
  const end = capitalRunEnd(text, ws, k);
  return !ws[end]!.poss && !MALE_FIRST_NAMES.has(ws[k]!.lower) && !FEMALE_FIRST_NAMES.has(ws[k]!.lower) && !/^ (?:plan|bid|proposal|case|report|deal|bill)\b/i.test(text.slice(ws[end]!.end, ws[end]!.end + 10));
}

/** Bodies named for their subject after "on" ("Council on Foreign Relations", "Joint Committee on Taxation"). */
const BODIES_ON_A_SUBJECT = new Set("council committee subcommittee commission center centre institute conference panel".split(" "));


/**
 * "Rep. Anthony Weiner (D-N.Y.) … The New York Democrat, who …": the epithet is a mention of the latest person the
 * article gave that party, or else of the latest person named; an entity left with no mention of its own is dropped.
 */
function resolvePartisanEpithets(text: string, mentions: Mention[], entities: EntityRef[], kinds: Map<string, EntityKind>): void {
  const epithets = new Set<string>();
  // People given a party, latest last, with the state given with it ("R-Ariz.") when there is one.
  const partyOfPerson = new Map<string, { party: string; state: string | null }>();
  let lastPerson: string | null = null;
  // Whether that person was given a seat's title ("state Sen. Cal Rudd"), and who last was.
  let lastPersonElected = false;
  let lastElectedKey: string | null = null;
  for (const m of mentions) {
    const epithet = PARTISAN_EPITHET.test(m.text) && /\b[Tt]he\s+$/.test(text.slice(Math.max(0, m.start - 4), m.start)) && isPlaceWords(m.text.replace(/\s\S+$/, ""));
    if (epithet) {
      const party = partyOf(m.text)!;
      const state = stateOf(m.text);
      // The latest person given that party and the epithet's state; else the one person given that party and no
      // other state; with none, the latest person, unless given the other party; with several (a Texas and an Ohio
      // Republican, neither from the epithet's state) no one. Not an epithet a name follows ("The Ohio Republican, Ann Holt,").
      const ofParty = [...partyOfPerson].filter(([, p]) => p.party === party);
      const sameState = state ? ofParty.filter(([, p]) => p.state === state) : [];
      const open = ofParty.filter(([, p]) => !state || !p.state || p.state === state);
      const named = /^,\s\p{Lu}/u.test(text.slice(m.end, m.end + 3));
      const fallback = lastPerson && (partyOfPerson.get(lastPerson)?.party ?? party) === party ? lastPerson : null;
      // (A town the lexicon does not know, "the Olathe Republican", says nothing of which of the party: the latest person
      // named, unless given the other party.)
      // (Only one who holds a seat, else the one person given that party: not "Police Chief Mark Lyle", "Her lawyer, Ben
      // Ruiz", named since a Republican was; nor anyone at all for "the Catholic Republican" after a police chief.)
      const town = isUnknownTownWord(m.text.replace(/\s\S+$/, ""));
      const townReferent = lastPersonElected && fallback ? fallback : ofParty.length === 1 ? ofParty[0]![0] : null;
      const referent = named ? null : town ? townReferent : sameState.length ? sameState.at(-1)![0] : open.length === 1 ? open[0]![0] : ofParty.length === 0 ? fallback : null;
      if (referent && referent !== m.entityKey) {
        epithets.add(m.entityKey);
        m.entityKey = referent;
      }
      continue;
    }
    if (kinds.get(m.entityKey) !== "person") continue;
    lastPerson = m.entityKey;
    lastPersonElected = m.role ? ELECTED_TITLE.test(m.role) : (lastPersonElected && lastElectedKey === m.entityKey);
    if (lastPersonElected) lastElectedKey = m.entityKey;
    const party = m.role ? partyOf(m.role) : null;
    if (party) {
      // (Deleted first, so that the map keeps the latest person given a party last.)
      partyOfPerson.delete(m.entityKey);
      partyOfPerson.set(m.entityKey, { party, state: stateOf(m.role!) });
    }
  }
  if (!epithets.size) return;
  const used = new Set(mentions.map((m) => m.entityKey));
  for (let i = entities.length - 1; i >= 0; i--) if (epithets.has(entities[i]!.key) && !used.has(entities[i]!.key)) entities.splice(i, 1);
}

/** "New York", "Arizona": a place the lexicon knows (not "House" of "the House Democrat"). */
function isPlaceWords(words: string): boolean {
  const lower = words.toLowerCase();
  // (Or a county, parish or city by its name: "the Lancaster County Republican"; or a town the lexicon does not know,
  // one word that is no body's, title's or party's: "the Olathe Republican", not "the House Republican".)
  return PLACES.has(lower) || MULTI_PLACES.has(lower.replace(/\s+/g, "-")) || LOCAL_PLACE.test(words) || isUnknownTownWord(words);
}
/** Titles of those who hold a seat, whom a party's epithet describes: "Sen.", "Rep.", "Gov.", "Mayor", "Councilmember". */
const ELECTED_TITLE = /\b(?:sen|senator|rep|representative|gov|governor|mayor|congressman|congresswoman|congressmember|assemblyman|assemblywoman|assemblymember|councilman|councilwoman|councilmember|councillor|councilor|delegate|lawmaker|legislator|mp|td|msp|mla)\b/i;
function isUnknownTownWord(word: string): boolean {
  const lower = word.toLowerCase();
  return /^\p{Lu}\p{Ll}{2,}$/u.test(word) && !PLACES.has(lower) && !DEMONYMS.has(lower) && !isBodyWord(lower) && !ROLE_HEADS.has(lower) && !PARTY_WORDS.has(lower) && !PARTY_NAMES.has(lower) && !OUTLET_NAME_WORDS.has(lower) && !ORGANIZATION_NAME_WORDS.has(lower) && !TIME_WORDS.has(lower);
}
const LOCAL_PLACE = /^(?:\p{Lu}[\p{L}.'’-]*\s){1,3}(?:County|Parish|City|Township|Borough)$/u;

/** Titles of several people, written before a list of their names. */
/** A subject's one word, by its ending or as one of the common ones: "Economics", "Ecology", "Medicine", "Health". */
const SUBJECT_ENDING = /(?:ics|ogy|ence|ance|ment|ing|ity|ism|ure|ion|ine|ies|ory|ry|^health|^science|^sciences|^law|^policy|^research|^society|^culture|^history|^physics|^biology|^finance|^trade|^work|^labou?r|^food|^water|^energy|^disease|^care)$/;
/** Whether the words ws[i..j] of a name hold "Journal of" before its last word: "European Journal of Soil". */
function journalOfBefore(ws: Word[], i: number, j: number): boolean {
  for (let k = i; k < j - 1; k++) if (ws[k]!.text === "Journal" && ws[k + 1]!.lower === "of") return true;
  return false;
}

/** Journals of one word, which "and" joins to another journal rather than to a name: "Nature and Science Advances". */
const ONE_WORD_JOURNALS = new Set("nature science cell lancet neuron brain gut thorax circulation pediatrics blood".split(" "));
/** The last word of a journal's name: "… Evolution Letters", "… Health Sciences", "… Review". */
const JOURNAL_LAST_WORDS = new Set("letters journal review reviews reports sciences bulletin quarterly proceedings annals advances".split(" "));
/** A member's title and "for", perhaps with the seat's first place and "and", right before a name: "MP for ", "TD for Galway and ". */
const SEAT_BEFORE = /\b(?:MPs?|MSPs?|MSs?|TDs?|MLAs?|MEPs?|MHKs?|Member)\s+for\s+(?:(?:\p{Lu}[\p{L}’'-]*\s+){1,3}(?:and|&)\s+)?$/u;
/** A name ending in a title's letters in the plural: "Opposition MPs", "Labour TDs", "SNP MSPs". */
const TITLE_PLURAL_END = /\s\p{Lu}{2,4}s$/u;
const PLURAL_TITLES = new Set("senators sens reps representatives justices governors govs congressmen congresswomen".split(" "));

/** The last of the capitalised, single-spaced words from ws[k] on. */
function capitalRunEnd(text: string, ws: Word[], k: number): number {
  let e = k;
  while (e + 1 < ws.length && ws[e + 1]!.cap && !ws[e]!.poss && gapOk(text, ws[e]!, ws[e + 1]!)) e++;
  return e;
}

/**
 * The capitalised words from ws[k] on (two or more, single-spaced) hold a body's word after their first: "Means
 * Committee", "Lesbian Alliance Against Defamation".
 */
function holdsBodyWord(text: string, ws: Word[], k: number): boolean {
  let e = k;
  let body = false;
  while (e + 1 < ws.length && ws[e + 1]!.cap && !ws[e]!.poss && gapOk(text, ws[e]!, ws[e + 1]!)) {
    e++;
    if (isBodyWord(ws[e]!.lower)) body = true;
  }
  // (Or a union's local by its number: "Commercial Workers Local 832".)
  return body || (e > k && unionLocalAt(ws, e) && gapOk(text, ws[e]!, ws[e + 1]!));
}

/** A union's local, then its number, at word k: "Local" of "Teamsters Local 727". */
function unionLocalAt(ws: readonly Word[], k: number): boolean {
  return ws[k]?.lower === "local" && /^\d{1,5}$/.test(ws[k + 1]?.text ?? "");
}

/** Months that are also first names: "Jan Pike", "April Ryan", "June Holm". */
const MONTH_FIRST_NAMES = new Set(["jan", "april", "may", "june", "august"]);
/** Words that make the month after them a month: "in May", "since June", "last August". */
const BEFORE_A_MONTH = new Set("in on since until till by during of from through last next early late mid this that before after every each".split(" "));

const WEEKDAY_WORDS = new Set(WEEKDAYS.toLowerCase().split("|"));
/** "The Sunday Courier", "the Sunday Times": a weekday after "the" that opens a paper's name. */
function weekdayOfAPaper(ws: Word[], i: number, j: number): boolean {
  return i > 0 && i < j && ws[i - 1]!.lower === "the" && WEEKDAY_WORDS.has(ws[i]!.lower) && OUTLET_NAME_WORDS.has(ws[j]!.lower);
}

/** Whether ws[i], a month's name, is a first name: the run is it and one more name word ("Jan Pike"), not "in June Holt". */
function monthAsFirstName(text: string, ws: Word[], i: number, j: number): boolean {
  if (i + 1 !== j || !MONTH_FIRST_NAMES.has(ws[i]!.lower) || text.slice(ws[i]!.end, ws[j]!.start) !== " ") return false;
  const next = ws[j]!.lower;
  return !/\d/.test(next) && !NOT_NAME_WORDS.has(next) && !TIME_WORDS.has(next) && !(i > 0 && BEFORE_A_MONTH.has(ws[i - 1]!.lower));
}

/** A word for what someone does that is no title and no given name: "historian", "saxophonist", "trumpeter". */
function isOccupationWord(w: string): boolean {
  if (ROLE_HEADS.has(w) || MALE_FIRST_NAMES.has(w) || FEMALE_FIRST_NAMES.has(w) || KIN_NOUNS.has(w)) return false;
  // (By its ending only "-ist", which ends no given name; "-er", "-or" and "-ian" end many, "Spencer", "Julian".)
  return OCCUPATIONS.has(w) || (/^\p{Ll}{3,}ist$/u.test(w) && DESCRIPTION_KINDS[w] === undefined);
}

/** Word k of the run ending at word j is a plural title before a name or a list of names (see processRun). */
function pluralTitleAt(ws: Word[], k: number, j: number, listAfter: boolean): boolean {
  return k < j && PLURAL_TITLES.has(ws[k]!.lower) && !NOT_NAME_WORDS.has(ws[k + 1]!.lower) && (listAfter || j - k >= 2);
}

/** A single space separates word a from the next. */
function spacedAfter(text: string, ws: Word[], a: number): boolean {
  return text.slice(ws[a]!.end, ws[a + 1]!.start) === " ";
}

function processRun(text: string, s: Sentence, ws: Word[], i0: number, j: number, titleCase: boolean, out: Candidate[]): void {
  let i = i0;
  // Strip leading ordinary words ("The", "But", "After", "Tuesday").
  // …and a plural title before a list of names ("Senators Ron Wyden … and Mark Udall", "Justices Kennedy and …").
  // (Only before a full name or names in a list: "Senators Against Tyranny", "Governors Island" are names.)
  const listAfter = /^(?:\s*\([^()]{1,20}\))?,?\s+and\s+\p{Lu}|^,\s+\p{Lu}/u.test(text.slice(ws[j]!.end, ws[j]!.end + 32));
  // (Not a surname's capitalised particle before the rest of it: "Van der Klaauw, who …", "De la Cruz said".)
  const particleOpens = (k: number) => ws[k]!.cap && SURNAME_PARTICLES.has(ws[k]!.lower) && k < j && (ws[k + 1]!.cap || SURNAME_PARTICLES.has(ws[k + 1]!.lower)) && !NOT_NAME_WORDS.has(ws[k]!.lower);
  // ("Inside the Education Department, …": a preposition opening the sentence before "the" and a public body's name; not
  // "by Inside Farm Policy", "Beyond Meat said" nor "Inside the Games reported", names.)
  while (i <= j && (NOT_NAME_WORDS.has(ws[i]!.lower) || (OPENING_PREPOSITIONS.has(ws[i]!.lower) && ws[i + 1]?.lower === "the" && INSTITUTION_NAME_WORDS.has(ws[j]!.lower) && opensClause(text, ws, i)) || TIME_WORDS.has(ws[i]!.lower) || (NAME_CONNECTORS.has(ws[i]!.lower) && !particleOpens(i)) || pluralTitleAt(ws, i, j, listAfter)) && !monthAsFirstName(text, ws, i, j) && !weekdayOfAPaper(ws, i, j) && !numberInName(text, ws, i, j)) i++;
  // "Harriet Quan, SC, told": letters after a name set off by commas are no name of their own.
  if (i === j && POST_NOMINALS.has(ws[i]!.text) && /\p{L},\s$/u.test(text.slice(Math.max(0, ws[i]!.start - 3), ws[i]!.start)) && /^[,.]/.test(text.slice(ws[i]!.end, ws[i]!.end + 1))) return;
  // "her Honour", "His Honor": how a court report speaks of its judge, no name (not "Medal of Honor", "Honor Blackman").
  if (i === j && HONOUR_WORD.test(ws[i]!.text) && i > 0 && /^(?:his|her|your)$/i.test(ws[i - 1]!.text)) return;
  // "Carmaker admits breach", "Watchdog fines bank": a word for a kind of body, capitalised only because it opens the
  // sentence, names none (but a word of bodies' names may be one named short: "Union: Plant closed …").
  if (i === j && opensClause(text, ws, i) && !isBodyWord(ws[i]!.lower) && !OUTLET_NAME_WORDS.has(ws[i]!.lower) &&
    DESCRIPTION_KINDS[ws[i]!.lower]?.every((k) => k === "organization" || k === "institution" || k === "outlet")) return;
  // "Shares of Corvane Semiconductor": a plural noun for parts of something opening a sentence, then "of", is
  // capitalised for its place; the name is what follows (past where it is based:
  // "Shares of Pune-based Deccan Tyres Ltd").
  if (i + 2 <= j && opensClause(text, ws, i) && ws[i + 1]!.lower === "of" && PARTS_OF_THINGS.has(ws[i]!.lower)) i += 2;
  // "the Geneva-based Water Security Observatory": where a body is based describes it, and is no part of its name.
  // (So does a tabloid's "Mum-of-two Jodie Marr" before a full name.)
  // (And a word for kin opening the sentence before a full name: "Widow Margaret Ellery, 84, handed over …".)
  // (So does who leads or backs it: "Arizona's Republican-led Legislature", "the Kremlin-backed Unity Front".)
  // (In lower case only: "Community-Led Housing Trust", "Veteran-Run Enterprises" keep theirs.)
  if (i < j && (BASED_OR_LED.test(ws[i]!.text) || (i + 1 < j && (/^\p{L}+-of-\p{L}+$/u.test(ws[i]!.text) || (KIN_NOUNS.has(ws[i]!.lower) && opensClause(text, ws, i)))))) i++;
  // "SHARES in Glenmorven Distillers fell", "A MAN has been jailed": a tabloid's lede opening in capitals, a common word.
  if (i === j && /^\p{Lu}{2,}$/u.test(ws[i]!.text) && opensClause(text, ws, i) && (PARTS_OF_THINGS.has(ws[i]!.lower) || NOT_NAME_WORDS.has(ws[i]!.lower) || namesPeople(ws[i]!.lower) || isPersonNoun(ws[i]!.lower))) return;
  // "Lawyers for Holt said": those who speak for someone, capitalised for opening the sentence; the name is whom (not
  // a body's name: "Lawyers for Human Rights").
  if (i + 2 <= j && opensClause(text, ws, i) && ws[i + 1]!.lower === "for" && SPEAKERS_FOR.has(ws[i]!.lower) && (i + 2 === j || kindOfNameWords(ws, i + 2, j).kind === "person")) i += 2;
  // "Mr. Santorum", "Ms. Holt", "Justices Kennedy and …": an honorific or a plural title makes the name a person's.
  const honorific = i > i0 && i <= j && (HONORIFICS.has(ws[i - 1]!.lower) || PLURAL_TITLES.has(ws[i - 1]!.lower));
  // "Senior White House officials said", "Outgoing White House economic adviser Larry Summers": opening a sentence,
  // a word that only says how someone holds a post is capitalised for its place, not as part of a name.
  while (i < j && opensClause(text, ws, i) && (POST_ADJECTIVES.has(ws[i]!.lower) || (j - i >= 2 && POST_ADJECTIVES_IN_NAMES.has(ws[i]!.lower)) || (PHRASE_PARTICIPLES.has(ws[i]!.lower) && (ws.slice(i + 1, j + 1).some((x) => x.poss) || text[ws[j]!.end] === ",")))) i++;
  // …but an ordinal before a single word is part of the name ("Third Way", "First Amendment", "Third District").
  if (i === j && i > i0 && ORDINALS.has(ws[i - 1]!.lower) && ws[i - 1]!.cap && text.slice(ws[i - 1]!.end, ws[i]!.start) === " ") i--;
  // Strip trailing connectors and time words (not a capitalised surname that is also a particle: "Bijoy Das", "Ana De").
  while (j >= i && ((NAME_CONNECTORS.has(ws[j]!.lower) && !(ws[j]!.cap && j > i && SURNAME_PARTICLES.has(ws[j]!.lower))) || TIME_WORDS.has(ws[j]!.lower))) j--;
  if (i > j) return;
  // A lone capitalised adjective ("Russian", "Democratic") names nothing; nor does one person's nation after an
  // article ("the Swede", "a Dane"; "Finn" alone may be a given name).
  if (i === j && CAP_ADJECTIVES.has(ws[i]!.lower)) return;
  // ("EV maker", "SUV deliveries", "the ER", "GDP figures": an abbreviation of a common noun names nothing.)
  if (i === j && COMMON_NOUN_ACRONYMS.has(ws[i]!.text)) return;
  // "Reacting, the vice-chancellor said": a participle opening its sentence before a comma names no one.
  if (i === j && /\p{Ll}ing$/u.test(ws[i]!.text) && opensClause(text, ws, i) && text[ws[i]!.end] === ",") return;
  if (i === j && DEMONYMS.has(ws[i]!.lower) && i > 0 && /^(?:the|a|an|every|each|fellow|another)$/.test(ws[i - 1]!.lower)) return;
  // (Nor a nation's adjective before a word in lower case after an article, or before a word for a body or a trade:
  // "the Swiss company", "a Danish firm", "Dutch refiner Oostvaart Oils"; not a given name, "Brian said".)
  if (i === j && nationAdjectiveBefore(ws, i, text)) return;
  // "D-N.Y.", "R-Calif.": a party-and-state tag, not a name.
  if (i === j && ws[i]!.text[1] === "-" && /^[DRI]-\p{Lu}/u.test(ws[i]!.text)) return;
  // ("state Rep. Yesenia Morales (D), …": a party's letter alone in brackets.)
  if (i === j && /^[DRI]$/.test(ws[i]!.text) && text[ws[i]!.start - 1] === "(" && text[ws[i]!.end] === ")") return;
  // "Rick Perry of Texas", "Democrat of Vermont": a place after "of" is not part of a person's name.
  for (let k = i + 1; k < j; k++) {
    if (ws[k]!.lower !== "of") continue;
    const tail = ws.slice(k + 1, j + 1).map((w) => w.lower).join("-");
    // (A place by its shape too: "Mayor Tom Reyes of Port Ellis".)
    // (Or a hometown the lexicon does not know, of one or two words, set off by a comma after it: "Rep. Colt Hagerty of
    // Miles City, who wrote the letter", "Alyssa Redhorn of Browning, whose son …"; not "Bank of Kelvra", one word before.)
    const tailKind = kindOfNameWords(ws, k + 1, j).kind;
    // (Only after a name of two words or more, past any title before it, with no word of a title in it: "Ann Holt,
    // Deputy Minister of Health, said" keeps its title whole.)
    let nameStart = i;
    while (nameStart < k && isRoleWord(withoutFinalStop(ws[nameStart]!.lower))) nameStart++;
    // (Or a firm by its trade or legal form, where it is based: "Northeast Charge Solutions of Hartford", "Prairie Wave
    // Communications of Miles City,"; not a bank's name, "Commonwealth Bank of Australia".)
    const last = ws[k - 1]!.lower.replace(/\./g, "");
    // (Not a department's name of its own "of": "The Department of Communications of Kelvra".)
    const firm = k - i >= 2 && ((TRADE_WORDS.has(last) && !NAMES_WITH_OF_TRADES.has(last)) || LEGAL_SUFFIXES.has(last)) && !ws.slice(i, k).some((w) => w.lower === "of");
    // (A trade that is a title's word too, "Communications", is the firm's.)
    const hometown = tailKind === "other" && k - nameStart >= 2 && j - k <= 2 && text[ws[j]!.end] === "," && (firm || !ws.slice(nameStart, k).some((w) => isRoleWord(withoutFinalStop(w.lower))));
    if (PLACES.has(tail) || MULTI_PLACES.has(tail) || tailKind === "place" || hometown) {
      const head = kindOfNameWords(ws, i, k - 1);
      // (Or a name after a title: "Judge Anselm Kovach of Idaho".)
      const titled = (i > 0 && ROLE_HEADS.has(withoutFinalStop(ws[i - 1]!.lower))) || ws.slice(i, k - 1).some((w) => ROLE_HEADS.has(withoutFinalStop(w.lower)));
      if (head.kind === "person" || titled || firm || ROLE_HEADS.has(ws[k - 1]!.lower) || PARTY_WORDS.has(ws[k - 1]!.lower)) {
        j = k - 1;
        break;
      }
    }
  }
  // "Saxophonist Lloyd Tomlinson, 86, said", "Historian Ann Holt": an occupation opening the sentence before a full
  // name is capitalised for its place; it is her role, not part of her name. (Not a title, "Officer Ann Holt", which
  // the title step reads; nor a given name with such an ending, "Peter John Holt".)
  let occupationRole: string | null = null;
  // (An occupation the lexicon knows only before a given name it knows: "Shepherd Tendai Moyo" may be all name.)
  const givenNext = MALE_FIRST_NAMES.has(ws[i + 1]?.lower ?? "") || FEMALE_FIRST_NAMES.has(ws[i + 1]?.lower ?? "");
  // (Or a compound of a trade, "Owner-operator Ray Bergstrom", whose lower-case second part no name has.)
  const trade = isOccupationWord(ws[i]!.lower) ? givenNext || /ist$/.test(ws[i]!.lower) : /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(ws[i]!.text) && ws[i]!.lower.split("-").some((part) => isOccupationWord(part) || isPersonNoun(part));
  if (j - i >= 2 && opensClause(text, ws, i) && spacedAfter(text, ws, i) && trade && kindOfNameWords(ws, i + 1, j).kind === "person") {
    occupationRole = ws[i]!.text;
    i++;
  }
  if (i === j && PARTY_WORDS.has(ws[i]!.lower)) return;
  // "Republican Pat Toomey": a party before a person's name is a role, not part of the name ("Republican National
  // Committee" stays whole).
  let partyRole: string | null = null;
  // (Also before a surname alone, "Democrat Lindqvist calls hearing …", when the word is no body's or thing's.)
  const surnameAlone = j - i === 1 && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(ws[j]!.text) && !PARTY_FOLLOWERS.has(ws[j]!.lower) && !ORGANIZATION_NOUNS.has(ws[j]!.lower) && !INSTITUTION_NOUNS.has(ws[j]!.lower) && !THING_NAME_WORDS.has(ws[j]!.lower);
  if (PARTY_WORDS.has(ws[i]!.lower) && text.slice(ws[i]!.end, ws[i + 1]!.start) === " " && (surnameAlone || (j - i >= 2 && kindOfNameWords(ws, i + 1, j).kind === "person"))) {
    partyRole = ws[i]!.text;
    i++;
  }
  // "English-language", "state-funded": a hyphenated adjective, not a name.
  if (i === j && ws[i]!.text.includes("-") && /-\p{Ll}/u.test(ws[i]!.text)) return;

  // Title inside the run: the longest prefix of role words ending in a role head, leaving a name behind.
  let roleEnd = -1;
  let prefixStart = i;
  // ("the progressive group Justice Forward", "the firm Judge Partners": a body's name after a word for a body, whose
  // first word is no title.)
  // (A word for an organisation, not an outlet: "told the network President Joe Biden had lied" opens a clause; and not
  // before a given name: "the group President Ann Holt founded".)
  const bodyNamed = i > 0 && !ws[i - 1]!.cap && BODY_BEFORE_NAME[ws[i - 1]!.lower] === "organization" && text.slice(ws[i - 1]!.end, ws[i]!.start) === " " &&
    !MALE_FIRST_NAMES.has(ws[i + 1]?.lower ?? "") && !FEMALE_FIRST_NAMES.has(ws[i + 1]?.lower ?? "");
  for (let k = i; k < j; k++) {
    const lw = withoutFinalStop(ws[k]!.lower);
    if (isRoleHead(lw)) {
      if (bodyNamed && k === i) continue;
      const rest = ws[k + 1]!.lower;
      // (A given name that is also a connector's word is a name: "Gov. Della Haverkamp".)
      const connector = NAME_CONNECTORS.has(rest) && !(ws[k + 1]!.cap && (FEMALE_FIRST_NAMES.has(rest) || MALE_FIRST_NAMES.has(rest)));
      if (INSTITUTION_NAME_WORDS.has(rest) || ORGANIZATION_NAME_WORDS.has(rest) || OUTLET_NAME_WORDS.has(rest) || connector) continue;
      // (Nor before a body's last word "Project": "Georgia Farmworker Justice Project".)
      if (k + 1 === j && rest === "project") continue;
      // (Nor inside a body's subject after "for" or "of": "Center for Juvenile Justice Reform"; but "National Organization
      // for Women President Terry O'Neill", a person's name after it.)
      // (Only a title that is also a field's word: not "University of Texas President Hartzell".)
      const inSubject = lw === "justice" && ws.slice(i, k).some((x, d) => isBodyWord(x.lower) && /^(?:for|of|on)$/.test(ws[i + d + 1]?.lower ?? ""));
      if (inSubject && !(j - k >= 2 && kindOfNameWords(ws, k + 1, j).kind === "person")) continue;
      // (Nor a title opening a body's name that ends the run: "Premier Soccer League", "President Obama Foundation".)
      // (Not a title before a given name and a surname that is a body's word: "Senator Jim Banks", "Judge Helen Guard".)
      if (isBodyWord(ws[j]!.lower) && k === i && !MALE_FIRST_NAMES.has(rest) && !FEMALE_FIRST_NAMES.has(rest)) continue;
      // "Treasury Inspector General (for Tax Administration)", "Surgeon General": a title that ends the run, or is
      // followed by a connector, names the office, with no one after it.
      if (ROLE_HEADS.has(withoutFinalStop(rest)) && (k + 1 === j || NAME_CONNECTORS.has(ws[k + 2]!.lower))) continue;
      // (A word that is a title only before a person's given name: "Principal Tom Holt", not "Principal Financial
      // Group", "Detective Comics", "Captain Cook Cruises", "The Pitcher Inn".)
      // (But a performer's or player's title before two name words that end the run is one whatever the given name:
      // "Actor Colton Shaw", not "Singer Sewing Company".)
      // (Nor after a word of the title's own: "District Magistrate Sonal Mehra", "Detective Sergeant Owen Baptiste".)
      // (Nor an abbreviated title: "Hon. Claudette Frederick-Baptiste", not "Hon Hai Precision".)
      const abbreviated = text[ws[k]!.end] === ".";
      // (A party before the title counts as a word of it: "Independent TD Séamus Ó Dálaigh".)
      // (So does a role in lower case right before the run: "Police prosecutor Sergeant Dale Finnerty".)
      const titledBefore = (k > i && isRoleWord(withoutFinalStop(ws[k - 1]!.lower))) || (k === i && partyRole !== null) || (k === i && i > 0 && !ws[i - 1]!.cap && ROLE_HEADS.has(ws[i - 1]!.lower) && text.slice(ws[i - 1]!.end, ws[i]!.start) === " ");
      if (TITLES_BEFORE_GIVEN_NAMES.has(lw) && !MALE_FIRST_NAMES.has(rest) && !FEMALE_FIRST_NAMES.has(rest) && !abbreviated && !titleBeforeFullName(ws, k, j, titledBefore)) continue;
      roleEnd = k;
    } else if (!isRoleWord(lw) && roleEnd < 0) {
      // Non-role words before the title ("FBI Director James Comey"): an organisation of their own.
      prefixStart = k + 1;
    }
  }
  // "Secretary of State Hillary Clinton", "Director of National Intelligence James Clapper": a title with "of"
  // ends before a common given name followed by a surname (or an initial and a surname).
  let head = i;
  while (head < j && ROLE_MODIFIERS.has(ws[head]!.lower)) head++;
  // "Speaker of the House John Boehner": the title's "of the" split it from the run, which starts after "the".
  let roleStart = i;
  if (i >= 3 && ws[i - 1]!.lower === "the" && (ws[i - 2]!.lower === "of" || ws[i - 2]!.lower === "for") && ws[i - 3]!.cap &&
    ROLE_HEADS.has(withoutFinalStop(ws[i - 3]!.lower)) && spacedAfter(text, ws, i - 3) && spacedAfter(text, ws, i - 2) && spacedAfter(text, ws, i - 1)) {
    roleStart = i - 3;
    head = i - 3;
  }
  // A title known whole, then the name: "Secretary of State Clinton", "Director of National Intelligence Clapper".
  const knownTitle = roleEnd < 0 ? knownTitleEnd(ws, head, j) : -1;
  if (knownTitle >= 0 && knownTitle < j && ws[knownTitle + 1]!.cap) {
    roleEnd = knownTitle;
    prefixStart = i;
  }
  // (After a body's words: "Federal Reserve Vice Chair for Supervision Lisa Brandvold", whose body is emitted below.)
  const titleHead = roleEnd < 0 ? titleWithOfAfterBody(ws, head, j) : -1;
  if (titleHead >= 0) {
    let titleFrom = titleHead;
    while (titleFrom > head && isRoleWord(withoutFinalStop(ws[titleFrom - 1]!.lower))) titleFrom--;
    for (let f = Math.max(roleStart === i ? titleHead + 3 : i + 1, j - 2); f < j; f++) {
      const given = ws[f]!.lower;
      if ((MALE_FIRST_NAMES.has(given) || FEMALE_FIRST_NAMES.has(given)) && ws.slice(f, j + 1).every((w) => w.cap)) {
        roleEnd = f - 1;
        prefixStart = titleFrom > head ? titleFrom : i;
        break;
      }
    }
    // A given name the list does not know: the last two words, when a title word is left before them and they
    // read as a person's name ("Assistant Secretary for Diplomatic Security Charlene Lamb").
    if (roleEnd < 0 && (roleStart === i ? j - (titleHead + 1) >= 3 : j - i >= 2) && ws[j - 1]!.cap && ws[j]!.cap && kindOfNameWords(ws, j - 1, j).kind === "person") {
      roleEnd = j - 2;
      prefixStart = titleFrom > head ? titleFrom : i;
    }
  }
  const words = ws.slice(0, 0);
  let roleParts: string[] = [];
  let nameFrom = i;
  if (roleEnd >= 0) {
    if (prefixStart > i && prefixStart <= roleEnd) {
      // Emit the organisation in front of the title ("FBI" in "FBI Director James Comey"), without a leading
      // "Former" ("Former Alaska Gov. Sarah Palin": the place is "Alaska").
      let from = i;
      // (Only words of the person's standing: "Federal Reserve", "Democratic National Committee" keep their first word.)
      while (from < prefixStart && ROLE_MODIFIERS.has(ws[from]!.lower) && !BODY_NAME_OPENERS.has(ws[from]!.lower)) from++;
      // A body in front of a title is never a person ("Weekly Standard Editor Bill Kristol"); a place stays a place.
      const guess = from < prefixStart ? kindOfNameWords(ws, from, prefixStart - 1).kind : null;
      // (Before a member's title, words that name no party are the seat: "Galway West TD", "Bristol East MP".)
      // (Not a party, named in full or by its letters, "Labour", "Sinn Féin", "PAP"; nor a word that only says which
      // member, "Veteran", "Local", "Government".)
      const prefix = ws.slice(from, prefixStart);
      const seat = SEAT_TITLES.has(withoutFinalStop(ws[roleEnd]!.lower)) && !PARTY_NAMES.has(prefix.map((w) => w.lower).join(" ")) &&
        prefix.every((w) => !/^\p{Lu}{2,}$/u.test(w.text) && !MEMBER_KINDS.has(w.lower) && !isBodyWord(w.lower));
      const body = seat ? ("place" as EntityKind) : guess === "person" || guess === "other" ? ("organization" as EntityKind) : null;
      // (A minister's portfolio is no body: "Energy Minister", "Home Secretary"; but "FBI Director", "Acme CEO".)
      const portfolio = guess === "other" && PORTFOLIO_TITLES.has(withoutFinalStop(ws[roleEnd]!.lower)) && prefix.every((w) => !/^\p{Lu}{2,}$/u.test(w.text));
      // (Nor a nation's adjective alone before an office of state, which names no body: "Brazilian President Edson
      // Cavalcante"; but "Norwegian Chief Executive Geir Solberg" is the airline's.)
      const nationality = prefixStart - from === 1 && (DEMONYMS.has(ws[from]!.lower) || NATION_ADJECTIVE.test(ws[from]!.lower)) && OFFICES_OF_STATE.has(withoutFinalStop(ws[roleEnd]!.lower));
      if (from < prefixStart && !portfolio && !nationality) pushCandidate(text, s, ws, from, prefixStart - 1, null, body, false, titleCase, out);
    }
    roleParts = [text.slice(ws[roleStart]!.start, ws[roleEnd]!.end + (text[ws[roleEnd]!.end] === "." ? 1 : 0))];
    nameFrom = roleEnd + 1;
  }
  void words;
  // Lower-case role words before the run ("national security adviser", "Acme founder", "former acting").
  let k = i - 1;
  let back = i;
  let sawHead = roleEnd >= 0;
  let steps = 0;
  while (k >= 0 && steps < 6) {
    const w = ws[k]!;
    const gap = text.slice(w.end, ws[k + 1]!.start);
    if (gap !== " " && gap !== "\u00a0" && gap !== ". ") break;
    if (w.poss) break;
    const lw = w.lower;
    // (Or an occupation before a full name: "Career diplomat Celia Vantongeren", "historian Ann Holt".)
    if (!w.cap && (ROLE_HEADS.has(lw) || (OCCUPATIONS.has(lw) && j > i && !sawHead && k === i - 1))) sawHead = true;
    else if (!w.cap && (ROLE_MODIFIERS.has(lw) || lw.startsWith("then-") || lw.startsWith("ex-"))) {
      /* modifier */
    } else if (w.cap && sawHead && !NOT_NAME_WORDS.has(lw)) {
      /* an organisation or adjective in front of a lower-case head: "Lee campaign chairman" */
    } else break;
    back = k;
    k--;
    steps++;
  }
  if (back < i && sawHead) {
    // Only keep the lower-case extension when it contains a head noun.
    const ext = text.slice(ws[back]!.start, ws[i - 1]!.end);
    const hasHead = ws.slice(back, i).some((w) => !w.cap && (ROLE_HEADS.has(w.lower) || (OCCUPATIONS.has(w.lower) && j > i)));
    if (hasHead || roleEnd >= 0) roleParts = [ext, ...roleParts];
    // An organisation word right before a lower-case head ("Acme founder") is an organisation.
  }
  // "Obama's campaign press secretary, Ben LaBolt, said": a role set off by commas before a full name.
  if (!roleParts.length && nameFrom === i && j > i) {
    const before = roleBeforeComma(text, s, ws, i);
    if (before && text[ws[j]!.end] === ",") roleParts = [before];
  }
  if (partyRole) roleParts = [partyRole, ...roleParts];
  if (occupationRole) roleParts = [occupationRole, ...roleParts];
  const role = roleParts.length ? roleParts.join(" ") : null;
  // "advocacy group Secure America Now", "the nonprofit Third Way": a word for a body right before the name.
  // (Or a word for a body by its trade: "Paris-based operator Astréa Orbital", "the carmaker Vetta Motors"; not before
  // a given name, "Mortgage broker Jane Doyle".)
  const givenName = MALE_FIRST_NAMES.has(ws[i]!.lower) || FEMALE_FIRST_NAMES.has(ws[i]!.lower);
  const bodyNoun = (w: string) => ORGANIZATION_NOUNS.has(w) || (!givenName && DESCRIPTION_KINDS[w]?.every((k) => k === "organization") === true);
  const bodyWordBefore = !role && nameFrom === i && i > 0 && !ws[i - 1]!.cap && bodyNoun(ws[i - 1]!.lower) && text.slice(ws[i - 1]!.end, ws[i]!.start) === " ";
  // "John Smith of Goldman Sachs": after a person's name and "of", a body (or a place, which keeps its own kind).
  // A name ending in a company suffix ("Marcum L.L.P.") is a firm, wherever it stands.
  const afterPersonOf = !role && nameFrom === i && (followsPersonAndOf(ws, i) || firmAfter(ws, i)) && ["person", "other"].includes(kindOfNameWords(ws, i, j).kind ?? "other");
  const strong = (role && hasPersonRoleHead(role.toLowerCase().split(/\s+/))) || honorific ? ("person" as EntityKind) : bodyWordBefore || afterPersonOf ? ("organization" as EntityKind) : null;
  if (nameFrom > j) return;
  // A capital opening a sentence says nothing about a name, except on a word always written so ("Republicans believe").
  const initialSingle = opensClause(text, ws, nameFrom) && nameFrom === j && roleEnd < 0 && !speaksNext(text, ws, j) && !listedWithSpeakers(text, ws, j) && !GROUP_PLURALS.has(ws[j]!.lower);
  pushCandidate(text, s, ws, nameFrom, j, role, strong, initialSingle, titleCase, out);
}

/** A firm's name from word k: capitalised words ending in a company suffix ("Marcum L.L.P.", "Acme Holdings Inc."). */
function firmAfter(ws: Word[], k: number): boolean {
  for (let m = k; m < Math.min(ws.length, k + 4) && ws[m]!.cap; m++) if (COMPANY_SUFFIX.test(ws[m]!.text)) return true;
  return false;
}
// (And the words of a finance house's name: "Jonas Ekberg of Skagerrak Capital", "Ann Kerr of Fjellstad Securities".)
const COMPANY_SUFFIX = /^(?:L\.?L\.?P|L\.?L\.?C|Inc|Corp|Co|Ltd|PLC|ASA|AG|SA|GmbH|Capital|Partners|Securities|Holdings|Advisers|Advisors|Associates|Investments|Analytics|Consulting|Economics)\.?$/;

/** Whether the surname `w` stands alone somewhere else in the text, not before "of" or another capitalised word. */
function surnameAloneElsewhere(text: string, w: Word): boolean {
  const re = new RegExp(String.raw`(?<![\p{L}'’-])${escapeRegExp(w.text)}(?![\p{L}'’-])(?!\s+(?:of\b|\p{Lu}))`, "gu");
  for (let m = re.exec(text); m; m = re.exec(text)) if (m.index !== w.start && !/\p{Lu}[\p{L}'’-]*\s$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
  return false;
}
/** Word i follows "of" after a first name and a surname or two ("John Smith of …", "Mary Ann Jones of …"). */
function followsPersonAndOf(ws: Word[], i: number): boolean {
  if (i < 3 || ws[i - 1]!.lower !== "of" || !ws[i - 2]!.cap || ws[i - 2]!.poss) return false;
  let k = i - 2;
  while (k > 0 && i - 2 - k < 2 && ws[k - 1]!.cap && !ws[k - 1]!.poss) k--;
  const n = i - 1 - k;
  return n >= 2 && n <= 3 && (MALE_FIRST_NAMES.has(ws[k]!.lower) || FEMALE_FIRST_NAMES.has(ws[k]!.lower));
}

/** Titles that are complete as they stand, most with "of" (a surname alone may follow them). */
const KNOWN_TITLES = [
  "secretary of state", "secretary of defense", "secretary of homeland security", "secretary of the treasury",
  "secretary of energy", "secretary of labor", "secretary of commerce", "secretary of education", "secretary of agriculture",
  "secretary of transportation", "secretary of the interior", "secretary of health and human services",
  "secretary of veterans affairs", "secretary of housing and urban development", "director of national intelligence",
  "speaker of the house", "chairman of the joint chiefs of staff", "chief of staff", "attorney general",
].map((t) => t.split(" "));

/** Head words of a nation's offices, which a nation's adjective only places: "Brazilian President", "Kenyan Foreign Minister". */
const OFFICES_OF_STATE = new Set("president premier minister chancellor king queen prince princess ambassador envoy senator lawmaker legislator mp judge general admiral diplomat official officials leader".split(" "));

/** Words of a title's modifiers that also open bodies' names ("Federal Reserve", "National Security Council"). */
const BODY_NAME_OPENERS = new Set("national security foreign defense economic military state federal district county city party white house senate democratic republican".split(" "));

/**
 * Where a title with "of" or "for" starts its head word, at `head` ("Secretary of State …") or after a body's
 * capitalised words ("Federal Reserve Vice Chair for Supervision …"), or -1.
 */
function titleWithOfAfterBody(ws: readonly Word[], head: number, j: number): number {
  for (let k = head; k < j; k++) {
    const w = ws[k]!;
    if (ROLE_HEADS.has(withoutFinalStop(w.lower)) && (ws[k + 1]?.lower === "of" || ws[k + 1]?.lower === "for")) return k;
    if (!w.cap || NAME_CONNECTORS.has(w.lower)) return -1;
  }
  return -1;
}

/** The index of the last word of a known title opening ws[from..to], or -1. */
function knownTitleEnd(ws: Word[], from: number, to: number): number {
  for (const t of KNOWN_TITLES) {
    if (from + t.length - 1 > to) continue;
    if (t.every((w, k) => withoutFinalStop(ws[from + k]!.lower) === w)) return from + t.length - 1;
  }
  return -1;
}

/** Verbs of saying that, right after a capitalised word, make it someone speaking ("Varga said the …"). */
const SPEAKING_VERBS = new Set(`said says say told tells tell added adds tweeted wrote writes argued argue argues insisted insist explained noted
  replied countered acknowledged stated warned warn testified declared recalled conceded contend reported reports`.split(/\s+/));
/** Adverbs that may stand between a speaker and the verb ("Politico also reports"). */
const SPEAKING_ADVERBS = new Set(["also", "later", "then", "first", "again", "previously", "earlier", "originally"]);
const SPEAKING_AUXILIARIES = new Set(["has", "had", "have", "will", "would"]);
/** Plural nouns that are also verbs of saying: "Museum objects", "Party reports", "Court charges". */
const NOUNS_AS_VERBS = new Set("objects protests claims reports promises charges calls attacks demands notes states projects forecasts pledges vows complaints".split(" "));
/** Verbs that things and findings do as well as people: "Evidence suggests", "History shows", "Data posted". */
const THINGS_DO_TOO = new Set("suggest suggests suggested show shows showed indicate indicates indicated reveal reveals revealed confirm confirms confirmed find finds found point points mean means prove proves posted posts published".split(" "));

/** Words that open a sentence before a verb of saying without naming anyone ("Everyone said"). */
const PRONOUN_WORDS = new Set(["everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "none"]);

/**
 * Word i, a capitalised word that opens a sentence, reads as a name because a verb of saying follows it straight
 * away or after an adverb ("Varga said the …", "Democrats contend", "Politico also reports"). Not another plural
 * ("Officials said", "Teachers told"), a role or a word for an unnamed source, which are recognised as such elsewhere.
 */
/**
 * Whether a capitalised word reads as a plural: "Officials", "Analysts", "Israelis", "Rabbis", "Hindus" (not "Nexus",
 * "Airbus", "Oasis", "Travis", "Congress": a singular's "-us", "-is" or "-ss", unless a known word for people).
 */
function readsPlural(lower: string): boolean {
  if (/[^sui]s$/.test(lower)) return true;
  if (!/[ui]s$/.test(lower)) return false;
  const singular = lower.slice(0, -1);
  return PEOPLE_IN_U_OR_I.has(singular) || DEMONYMS.has(singular) || namesPeople(lower);
}
/** Words for peoples and people ending in "u" or "i", whose plurals end in "-us" and "-is". */
const PEOPLE_IN_U_OR_I = new Set("hindu zulu guru bantu iraqi saudi somali yemeni omani qatari kuwaiti emirati bengali punjabi nepali afghani azeri bahraini maori yogi sufi".split(" "));

function speaksNext(text: string, ws: Word[], i: number): boolean {
  const w = ws[i]!;
  let next = ws[i + 1];
  // (Past an adverb or an auxiliary: "Politico also reports", "Calloway has said".)
  if (next && (SPEAKING_ADVERBS.has(next.lower) || SPEAKING_AUXILIARIES.has(next.lower)) && text.slice(w.end, next.start) === " " && ws[i + 2] && text.slice(next.end, ws[i + 2]!.start) === " ") next = ws[i + 2];
  else if (next && text.slice(w.end, next.start) === ", ") {
    next = verbAfterAside(text, ws, i);
    // (Past an auxiliary or an adverb there too: "Kelvra, the fryer maker, has admitted".)
    const at = next ? ws.indexOf(next) : -1;
    if (next && (SPEAKING_ADVERBS.has(next.lower) || SPEAKING_AUXILIARIES.has(next.lower)) && ws[at + 1] && text.slice(next.end, ws[at + 1]!.start) === " ") next = ws[at + 1];
  }
  else if (next && text.slice(w.end, next.start) !== " ") return false;
  // (Any verb of saying, blaming or denying: "Holt agreed that", "Kerr denied".)
  // (Not a plural noun that is also a verb: "Museum objects that …", "Party reports".)
  const saying = next !== undefined && (SPEAKING_VERBS.has(next.lower) || (verbClass(next.lower) !== null && !NOUNS_AS_VERBS.has(next.lower) && !THINGS_DO_TOO.has(next.lower)));
  if (next === undefined || w.poss || !saying) return false;
  if (GROUP_PLURALS.has(w.lower)) return true;
  return !readsPlural(w.lower) && !ROLE_HEADS.has(w.lower) && !(w.lower in UNNAMED_SOURCES) && !PRONOUN_WORDS.has(w.lower);
}

/**
 * Whether word i opens a list of capitalised names that speaks: "Apple, Google and Microsoft said", "Holt and Kerr
 * announced" (a lone capitalised word at a sentence start is otherwise only a name when found elsewhere).
 */
function listedWithSpeakers(text: string, ws: Word[], i: number): boolean {
  const w = ws[i]!;
  if (w.poss || readsPlural(w.lower) || ROLE_HEADS.has(w.lower) || w.lower in UNNAMED_SOURCES || PRONOUN_WORDS.has(w.lower)) return false;
  let joined = false;
  for (let k = i; k < Math.min(ws.length - 1, i + 12); k++) {
    const gap = text.slice(ws[k]!.end, ws[k + 1]!.start);
    const next = ws[k + 1]!;
    if (gap === " " && /^\p{Lu}/u.test(next.text) && !NOT_NAME_WORDS.has(next.lower)) continue;
    if (gap === " " && joined) return SPEAKING_VERBS.has(next.lower);
    if (gap === " " && next.lower === "and" && !joined && ws[k + 2] && /^\p{Lu}/u.test(ws[k + 2]!.text) && !NOT_NAME_WORDS.has(ws[k + 2]!.lower)) {
      joined = true;
      k++;
      continue;
    }
    if (gap === ", " && !joined && /^\p{Lu}/u.test(next.text) && !NOT_NAME_WORDS.has(next.lower)) continue;
    return false;
  }
  return false;
}

/** The word after an aside set off by commas right after word i ("Mediaite, in a response to the post, writes"). */
function verbAfterAside(text: string, ws: Word[], i: number): Word | undefined {
  for (let k = i + 1; k < Math.min(ws.length - 1, i + 14); k++) {
    const gap = text.slice(ws[k]!.end, ws[k + 1]!.start);
    if (gap === ", ") return ws[k + 1];
    if (gap !== " ") return undefined;
  }
  return undefined;
}

/** Words for how a post is held that never open a name… */
/**
 * After a body's subject, more subjects of one capitalised word each up to the last after "and": ", Trade and Industry"
 * (the last perhaps two words ending in a portfolio's noun: ", Food and Rural Affairs", ", Communities and Local
 * Government"; not ", Ford and General Motors").
 */
const SUBJECT_LIST_AFTER = /^(?:,\s\p{Lu}[\p{Ll}-]+)+,?\s+and\s+(?:the\s+)?(?:\p{Lu}[\p{Ll}-]+\s(?=(?:Affairs|Government|Development|Services|Resources|Security|Planning|Protection|Welfare|Heritage|Infrastructure|Innovation)\b))?\p{Lu}[\p{Ll}-]+(?![\p{L}-])(?!\s+\p{Lu})/u;
const POST_ADJECTIVES = new Set(["former", "acting", "outgoing", "incoming", "interim", "longtime",
  // (And a participle that says what befell someone or something: "Leaked VA memo", "Embattled Mayor Tom Reyes".)
  // (Not one that opens bodies' names too: "Wounded Warrior Project", "Missing People".)
  ..."leaked embattled disgraced beleaguered jailed ousted detained exiled indicted convicted accused alleged suspected besieged troubled sacked axed slain murdered grounded".split(" "),
]);
/** A participle opening a phrase before a name's possessive or its comma: "Opening Malawi's case, Attorney General …", "Citing Statistics Sweden, the minister said" (not "Closing Bell said"). */
const PHRASE_PARTICIPLES = new Set("opening closing addressing citing quoting announcing describing defending praising welcoming rejecting testifying explaining presenting introducing concluding".split(" "));
/** …and some that do ("Senior Bowl"), though not of a name of two words or more after them ("Senior White House"). */
const POST_ADJECTIVES_IN_NAMES = new Set(["senior", "top"]);

/**
 * Word i starts its sentence or a quotation (“Strikingly, Trump finishes first”): a capital there says nothing about
 * a name. A straight quotation mark counts only right against the word, with a space before it (an opening one).
 */
function opensClause(text: string, ws: Word[], i: number): boolean {
  if (i === 0) return true;
  const gap = text.slice(ws[i - 1]!.end, ws[i]!.start);
  // After a quotation mark, or a dash that opens a clause ("UPDATE 2:52 p.m. -- Additional records …").
  // (Or after a dateline's colon, the place alone before it: "Mumbai: Shares of …"; not a label, "Q: ", "SOLBERG: ".)
  return /[“‘]$/.test(gap) || /\s"$/.test(gap) || /(?:--|[—–])\s+$/.test(gap) || (gap === ": " && i <= 3 && ws.slice(0, i).every((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w.text)));
}

/**
 * The role phrase set off by a comma right before word i, at the start of a clause: "a spokesman for the
 * Democratic National Committee, " or "Obama's campaign press secretary, ". null when there is none.
 */
function roleBeforeComma(text: string, s: Sentence, ws: Word[], i: number): string | null {
  const prev = ws[i - 1];
  if (!prev || text.slice(prev.end, ws[i]!.start) !== ", ") return null;
  let k = i - 1;
  while (k > 0 && i - k < 12) {
    const gap = text.slice(ws[k - 1]!.end, ws[k]!.start);
    if (gap !== " " && !(ws[k - 1]!.poss && /^[’']s? $/.test(gap))) break;
    k--;
  }
  const first = ws[k]!;
  const lead = text.slice(Math.max(s.start, first.start - 2), first.start);
  if (first.start !== s.start && !/[,;:—“”"]\s?$/.test(lead)) return null;
  const words = ws.slice(k, i);
  if (!words.some((w) => !w.cap && ROLE_HEADS.has(w.lower))) return null;
  // ("Its owner, Neil Hartley,", "His father and coach, Zoran Marić,": whose role it is, by a pronoun.)
  const opens = /^(?:a|an|the|its|his|her|their)$/.test(first.lower) || first.poss || ROLE_HEADS.has(first.lower) || ROLE_MODIFIERS.has(first.lower);
  return opens ? text.slice(first.start, prev.end) : null;
}

function pushCandidate(
  text: string,
  s: Sentence,
  ws: Word[],
  a: number,
  b: number,
  role: string | null,
  strongKind: EntityKind | null,
  initialSingle: boolean,
  titleCase: boolean,
  out: Candidate[],
): void {
  // "R6,000", "R900 million": a sum in a currency written with a capital letter is no name.
  if (a === b && SUM_OF_MONEY.test(ws[a]!.text) && SUM_GOES_ON.test(text.slice(ws[a]!.end, ws[a]!.end + 10))) return;
  // "Drugmaker Corvane", "Carmaker Vetta Motors": a trade capitalised before a body's name describes the body.
  if (b > a && TRADE_DESCRIPTIONS.has(ws[a]!.lower) && text.slice(ws[a]!.end, ws[a + 1]!.start) === " ") {
    a++;
    strongKind ??= "organization";
  }
  // "The trade publication BioWire Today", "the security firm Tessel Labs": a body's description right before its name
  // (after a nationality or a place too: "the Greek newspaper Proti Ora", "The Athens daily Proti Ora"; not a trade a
  // person may have: "Mortgage broker Jane Doyle", "Property developer Gareth Jones").
  // ("brand", also a verb, only after a determiner or a word describing it, "the fashion brand Nordvik", and never
  // before a given name: not "brand Keir Starmer a hypocrite", "the brand Kim Kardashian co-founded".)
  // (Nor before a verb of its own, "the lifestyle brand Gwyneth Paltrow founded".)
  const determined = [2, 3, 4].some((d) => /^(?:the|a|an|its|their|his|her)$/.test(ws[a - d]?.lower ?? "") && ws.slice(a - d + 1, a).every((x) => !x.cap || d > 2));
  const verbAfter = /^(?:founded|co-founded|started|launched|left|bought|owns|runs|created|built|sold|joined)$/.test(ws[b + 1]?.lower ?? "");
  const verbToo = ws[a - 1]?.lower === "brand" && (!determined || verbAfter);
  // (Never before a given name, for any such word: "the journal Maria Lopes kept", "brand Keir Starmer a hypocrite".)
  const given = MALE_FIRST_NAMES.has(ws[a]!.lower) || FEMALE_FIRST_NAMES.has(ws[a]!.lower);
  const describedAs = ws[a - 1] && ws[a - 2] && !verbToo && !given && !ws[a - 1]!.cap && text.slice(ws[a - 1]!.end, ws[a]!.start) === " " ? BODY_BEFORE_NAME[ws[a - 1]!.lower] : undefined;
  if (describedAs) strongKind ??= describedAs;
  // "The company, Big Sky Fiberlink, was founded": the name set off after the description that opens the clause.
  const setOffAs = ws[a - 1] && ws[a - 2]?.lower === "the" && !ws[a - 1]!.cap && text.slice(ws[a - 1]!.end, ws[a]!.start) === ", " && text[ws[b]!.end] === "," ? BODY_BEFORE_NAME[ws[a - 1]!.lower] : undefined;
  if (setOffAs) strongKind ??= setOffAs;
  // "Ashworth City have been charged", "Derby County are": a town's team, named as a place is but taking a plural verb.
  if (b > a && TEAM_PLACE_ENDINGS.has(ws[b]!.lower) && TEAM_PLURAL_VERB.test(text.slice(ws[b]!.end, ws[b]!.end + 8))) strongKind ??= "organization";
  // "Dame Helen Carraway", "Sir Desmond Fairley": a knighthood before a full name is an honour, not part of the name
  // (but "Lord Sugar", "Lady Gaga" are known by theirs).
  // (Not in a body's name, "Dame Street Credit Union"; and not where the plain name is someone else's too, as an
  // obituary's son named after his father: "Sir Tom Reid … His son, Tom Reid".)
  if (b - a >= 2 && KNIGHTHOODS.has(ws[a]!.lower) && ws[a]!.text !== ws[a]!.text.toUpperCase() && !isBodyWord(ws[b]!.lower) && !plainNameElsewhere(text, ws, a, b)) {
    a++;
    strongKind ??= "person";
  }
  const first = ws[a]!;
  const last = ws[b]!;
  let end = last.end;
  // Keep the full stop of "U.S." / "Jr." as part of the name.
  if (text[end] === "." && (DOTTED.test(last.text) || /^(jr|sr|inc|co|corp|ltd)$/i.test(last.text)) && !last.poss) end++;
  const name = collapseWhite(text.slice(first.start, end));
  const nameWords = ws.slice(a, b + 1).map((w) => w.text);
  const guess = kindOfNameWords(ws, a, b);
  // "Sir Desmond Fairley, the naturalist and broadcaster, …": an honorific makes a person, whatever the appositive says.
  if (!strongKind && b > a && RANK_TITLES.has(first.lower)) strongKind = "person";
  // "Margaret’s son Keith", "his widow Ann": a name right after a word for kin is a person's.
  const kinBefore = ws[a - 1];
  if (!strongKind && kinBefore && KIN_NOUNS.has(kinBefore.lower) && text.slice(kinBefore.end, first.start) === " ") strongKind = "person";
  // ("MP for Inverclyde and Renfrewshire West": the seat a member is for, after its title, is a place.)
  if (!strongKind && SEAT_BEFORE.test(text.slice(Math.max(0, first.start - 60), first.start))) strongKind = "place";
  // ("Coun. Ann Bell (Point Douglas)": a lawmaker's ward in brackets after their name is a place.)
  if (!strongKind && text[first.start - 1] === "(" && text[end] === ")" && LAWMAKER_NAME_THEN_BRACKET.test(text.slice(Math.max(0, first.start - 60), first.start))) strongKind = "place";
  // ("speaking to reporters in El Paso, Texas,", "near Glen Burnie, Md.": a name after a preposition of where, then its
  // state set off, is a town's.)
  if (!strongKind && /\b(?:in|near|from|outside|at|to)\s$/.test(text.slice(Math.max(0, first.start - 8), first.start)) && STATE_AFTER_TOWN.test(text.slice(end, end + 24))) strongKind = "place";
  // ("Ms Lally’s mother, Bernadette, had written …", "read by Aoife’s brother, Ciarán.": a name set off right after kin.)
  if (!strongKind && kinBefore && KIN_NOUNS.has(kinBefore.lower) && text.slice(kinBefore.end, first.start) === ", " && /^[,.;]/.test(text[end] ?? "")) strongKind = "person";
  // ("Ashworth’s husband of 61 years, Dennis, 88, said": past how long they were kin.)
  const kinOfYears = /\b(\p{Ll}+)\s+of\s+(?:\d+|\p{Ll}+)\s+years,\s$/u.exec(text.slice(Math.max(0, first.start - 40), first.start));
  if (!strongKind && kinOfYears && KIN_NOUNS.has(kinOfYears[1]!) && /^[,.;]/.test(text[end] ?? "")) strongKind = "person";
  // A capitalised word right before a lower-case head noun ("Acme founder") is an organisation.
  // (A name with an ampersand is a firm's: "Pennant & Rowe".)
  let kind = name.includes("&") && guess.kind !== "outlet" ? "organization" : guess.kind;
  // (A name of no known kind that speaks of itself as "it" is a body: "Brisa-Valcourt said on Monday it had opened …".)
  // (Not one word opening a sentence, which may be any word: "A: Staff said it was hot.")
  const oneOpeningWord = a === b && !name.includes("-") && /(?:^|[.!?:]["”’]?\s+)$/.test(text.slice(Math.max(0, first.start - 4), first.start));
  if (kind === "other" && !oneOpeningWord && SAYS_IT_AFTER.test(text.slice(end, end + 60))) kind = "organization";
  let strong = strongKind;
  const after = ws[b + 1];
  if (!strong && after && !after.cap && !last.poss && text.slice(last.end, after.start) === " ") {
    if ((ROLE_HEADS.has(after.lower) && kind !== "person") || ORGANIZATION_NOUNS.has(after.lower)) {
      if (kind === "other" && !(a === b && placeInArticle(text, first.text))) kind = "organization";
    }
    // "The Harbour Lane actress", "a Fox News host": after an article and before a word for a person, a name says
    // where they work or what they are in; no one's name takes "the".
    if (kind === "person" && /^(?:the|a|an)$/i.test(ws[a - 1]?.text ?? "") && (ROLE_HEADS.has(after.lower) || OCCUPATIONS.has(after.lower))) kind = "other";
  }
  // "Aegean Blue Lines, which operates …": "which" is never said of a person; in the news mostly of a body.
  // (Not after "by", "of" …, where "which" is said of the noun before: "a video posted by Jake Collins, which …"; nor
  // with a given name.)
  const governed = /^(?:by|from|to|of|with|for|about)$/.test(ws[a - 1]?.lower ?? "");
  if (!strong && kind === "person" && !governed && !MALE_FIRST_NAMES.has(first.lower) && !FEMALE_FIRST_NAMES.has(first.lower) && /^,\s+which\s/.test(text.slice(end, end + 9))) kind = "organization";
  // "Northmoor General hospital", "Northmoor Healthcare NHS trust": a name right before such a word for a body names
  // that body, not a person (unless it opens with a given name).
  // (Not after "a": "a Midlands university" is some university there.)
  const indefinite = /^(?:a|an)$/i.test(ws[a - 1]?.text ?? "");
  if (!strong && after && !last.poss && !indefinite && PLACE_BODY_NOUNS.has(after.lower) && text.slice(last.end, after.start) === " " && !MALE_FIRST_NAMES.has(first.lower) && !FEMALE_FIRST_NAMES.has(first.lower)) {
    kind = "organization";
    strong = "organization";
  }
  // "Petorca province", "the Mekong delta": a name right before a word for a stretch of land names a place.
  // (Not a body's letters, "a new AWS region", nor before a word for a body or post: "Labour district party".)
  const afterThat = ws[b + 2];
  const bodyAfter = !!afterThat && !afterThat.cap && (isBodyWord(afterThat.lower) || ROLE_HEADS.has(afterThat.lower) || ORGANIZATION_NOUNS.has(afterThat.lower));
  if (!strong && after && !last.poss && kind !== "person" && PLACE_NOUNS_AFTER.has(after.lower) && text.slice(last.end, after.start) === " " && !/^\p{Lu}{2,}$/u.test(first.text) && !bodyAfter) {
    kind = "place";
    strong = "place";
  }
  // "a white Ford Transit van", "the new Pixel Fold phone": a name right before a word for a product names the
  // product, never a person.
  if (!strong && after && !last.poss && PRODUCT_NOUNS.has(after.lower) && text.slice(last.end, after.start) === " ") kind = "other";
  // Acronym in brackets right after: "Democratic National Committee (DNC)".
  let acronym: string | null = null;
  const acr = text.startsWith(" (", end) ? /^ \(([\p{Lu}][\p{Lu}.&]{1,7})\)/u.exec(text.slice(end, end + 12)) : null;
  if (acr) acronym = acr[1]!;
  // ("Lok Nyay Morcha (LNM)": a name its own initials stand for is a body's, never a person's.)
  // (Not a person's own initials: "Joseph Kamau Wanjiru (JKW)", "Andrés Manuel López Obrador (AMLO)".)
  const givenFirst = MALE_FIRST_NAMES.has(plainLower(nameWords[0]!)) || FEMALE_FIRST_NAMES.has(plainLower(nameWords[0]!));
  if (acronym && nameWords.length >= 2 && !strong && !givenFirst && (kind === "person" || kind === "other") && acronym.replace(/\./g, "") === initialsOf(nameWords)) strong = "organization";
  // Appositive role: ", then the head of the CIA," / ", Russia’s ambassador to the United States." A party tag may
  // come first (", D-N.Y., the former chairman of …,"); a role ending in a name may run on through a list of names
  // (", chairman of the subcommittee on the Constitution, Civil Rights and Civil Liberties,").
  let appositiveEnd = -1;
  const roleParts: string[] = [];
  // "Rep. Ann Ruiz (R-Ohio)": a party tag in brackets.
  // (Or a party's letters or short name before an aside, as Irish and British papers print them: "Cllr Pádraig Barry (FF),
  // the council's cathaoirleach,", "Cllr Tom Reed (Lib Dem),".)
  const bracketParty = last.poss ? null : (/^ \(([DRI](?:-\p{Lu}[\p{L}.]*)?)\)/u.exec(text.slice(end, end + 16)) ?? (nameWords.length >= 2 ? BRACKETED_PARTY_AFTER.exec(text.slice(end, end + 48)) : null));
  if (bracketParty) roleParts.push(bracketParty[1]!);
  // ("Rep. Ann Ruiz (D-Calif.), a former prosecutor, said": past the party tag to the description.)
  // ("Sugawara Isamu (71), head of the Mitake hunting club, said": past an age in brackets, as the Irish and Japanese
  // press give it.)
  const bracketAge = !last.poss && !bracketParty ? /^ \(\d{1,3}\)(?=,)/.exec(text.slice(end, end + 8)) : null;
  // ("Representative Imani Holloway of Maryland, the ranking Democrat, said": past the place a person is from.)
  const ofPlace = !last.poss && !bracketParty && !bracketAge && nameWords.length >= 2 ? /^ of (\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)(?=,)/u.exec(text.slice(end, end + 32)) : null;
  // (Any place a lawmaker's title says is theirs: "Sen. Patrick Doolan of Erie, a Republican,".)
  const fromPlace = ofPlace && (PLACES.has(ofPlace[1]!.toLowerCase()) || LAWMAKER_TITLE_BEFORE.test(text.slice(Math.max(0, first.start - 20), first.start))) ? ofPlace : null;
  // ("Coun. Brian Tessier (St. Vital), who chairs the committee, said": past a lawmaker's ward in brackets.)
  const bracketWard = !last.poss && !bracketParty && !bracketAge && !fromPlace && text.startsWith(" (", end) && LAWMAKER_TITLE_BEFORE.test(text.slice(Math.max(0, first.start - 20), first.start)) ? BRACKETED_WARD_AFTER.exec(text.slice(end, end + 48)) : null;
  const afterTag = bracketParty ? end + bracketParty[0].length : bracketAge ? end + bracketAge[0].length : fromPlace ? end + fromPlace[0].length : bracketWard ? end + bracketWard[0].length : end;
  // (With no aside after it, the ward ends what describes the name: "Councillor Ann Bell (Westgate) said".)
  if (bracketWard && text[afterTag] !== ",") appositiveEnd = afterTag;
  if (!last.poss && text[afterTag] === "," && b + 1 < ws.length) {
    // ("Ann Holt, 54, a teacher, said": past an age to the description.)
    const age = /^, \d{1,3}(?=, \p{Ll})/u.exec(text.slice(afterTag, afterTag + 8));
    let comma = age ? afterTag + age[0].length : afterTag;
    for (let n = 0; n < 2; n++) {
      const rest = text.slice(comma + 1, Math.min(s.end, comma + 160));
      // "Bishop Daniel Jenky, of Peoria, Ill., said": where a person is from.
      const from = nameWords.length >= 2 ? HOMETOWN.exec(rest) : null;
      if (from) {
        roleParts.push(from[1]!);
        appositiveEnd = comma + 1 + 1 + from[1]!.length;
        break;
      }
      const m = APPOSITIVE.exec(rest) ?? AGED_APPOSITIVE.exec(rest);
      // (", including Mayor Ann Holt," names members of a group before it, not what the name is.)
      // (Nor does ", and Senator Cole Prentiss,": a second name joined to the first.)
      if (!m || /^(?:including|like|such as|among them|notably|especially|and|or|but|nor)\s/.test(m[1]!)) break;
      let phrase = m[1]!;
      // "According to the Denver Times, the team floated a deal, but …": after a fronted "according to X," the main
      // clause follows, not a description of X (unless a description of a body set off by commas, ", a conservative
      // group that has endorsed Brandt,"; never of an outlet).
      if (FRONTED_ACCORDING.test(text.slice(s.start, first.start))) {
        const described = text[comma + 2 + phrase.length] === "," && guess.kind !== "outlet" && /^(?:a|an)\s/.test(phrase) && kindFromNouns([phrase.split(/\s+(?:that|who|which)\s/)[0]!.split(/\s+/).at(-1)!.toLowerCase()]) !== null;
        if (!described) break;
      }
      if (/^who /.test(phrase) && b - a >= 1) {
        // ", who leads the caucus,": a relative clause between a full name and its verb, not a role.
        if (text[comma + 2 + phrase.length] === ",") appositiveEnd = comma + 1 + 1 + phrase.length;
        break;
      }
      // (", which cited two officials": a relative clause about a thing, whatever people it names.)
      if (/^(?:which|that) /.test(phrase)) break;
      // The head of the appositive is its last noun before a preposition or participle.
      // (Or before a clause with its own subject: "Denver, a move the agency described as routine," is no agency.)
      const clause = /^(an?\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:the|his|her|its|their)\s/u.exec(phrase.toLowerCase());
      const core = clause ? clause[1]! : phrase.toLowerCase().replace(/^one of (?:the |his |her |its |their )?/, "").split(/\s+(?:of|to|for|by|in|at|with|from|on|later|who|that|which|whose|since|until)\s/)[0]!;
      const pw = core.split(/[\s\-]+/);
      // "a vocal tea party supporter": a word for a person ends the phrase, after the body it names.
      const head = pw[pw.length - 1]!;
      // (So does an occupation of any ending: "an Army veteran", "a Navy pilot".)
      // (Or a body by its trade, after a name no given name opens: "Nordvind Energi, the Copenhagen-based developer,";
      // "Tom Reid, a developer," is his job.)
      // (A word a person's trade may be too, "developer", "broker", "maker", "carrier", "giant", only as "the" one based
      // somewhere: "Adaeze Okafor, a mortgage broker," and "Sipho Dlamini, a London-based broker," are people.)
      const tradeBody = TRADE_BODY_WORDS.has(head) && (!PERSON_TRADE_WORDS.has(head) || (pw[0] === "the" && pw.some((w) => w === "based"))) && !MALE_FIRST_NAMES.has(nameWords[0]!.toLowerCase()) && !FEMALE_FIRST_NAMES.has(nameWords[0]!.toLowerCase());
      const nounKind = tradeBody ? "organization" : (PERSON_NOUN_ENDING.test(head) || OCCUPATIONS.has(head)) && !kindFromNouns([head]) && nameWords.length >= 2 ? null : kindFromNouns(pw);
      const party = PARTY_TAG.test(core);
      // "one of the nine lawmakers": a plural role head after "one of".
      // (Or an occupation as its head: ", a witness,", ", the team's physician,".)
      // (Or a party's member described: ", a term-limited Republican who has endorsed Brandt,".)
      // (Or someone of an age: ", a 47-year-old caterer who …," of any noun, even after a name that is a place's too,
      // "Jordan, a 19-year-old sophomore,".)
      // (Only of a word for someone, "caterer", "sophomore", "grandmother": not "Kenya, a 60-year-old republic,", "Harrow
      // Rovers, a 130-year-old club,"; and not a town opening the sentence, "In Marston, a 19-year-old woman was killed".)
      const aged = /^(?:a|an)\s+\d{1,3}-year-old\s/.test(core) && isAgedPersonNoun(head) && !/(?:^|[.!?]\s+|\n)(?:In|At|From|Near|Outside)\s+$/.test(text.slice(Math.max(0, first.start - 12), first.start));
      const personal = party || aged || OCCUPATIONS.has(head) || PARTY_MEMBER_WORDS.has(head) || pw.some((w) => ROLE_HEADS.has(w) || (phrase.startsWith("one of") && ROLE_HEADS.has(w.replace(/s$/, ""))));
      if (pw.length > 16 || (!nounKind && !personal)) break;
      // A bare lower-case phrase is a role only when it starts with one: ", mayor of Tampa," (not ", who said").
      if (/^\p{Ll}/u.test(phrase) && !OPENERS.test(phrase) && !(pw.length <= 4 && pw.some((w) => ROLE_HEADS.has(w)))) break;
      if (/\p{Lu}[\p{L}.]*$/u.test(phrase) && /\s(?:of|on|for)\s/.test(phrase)) {
        const more = NAME_LIST.exec(rest.slice(phrase.length + 1));
        if (more) phrase += more[0];
      }
      // (A quotation the appositive's comma closes keeps its closing mark in the role: "… to “keep every family safe”".)
      roleParts.push(/“[^”]*$/.test(phrase) ? `${phrase}”` : /^[^"]*"[^"]*$/.test(phrase) ? `${phrase}"` : phrase);
      appositiveEnd = comma + 1 + 1 + phrase.length;
      if (strong === "person") {
        /* a title already made it a person */
      } else if (aged) strong = "person";
      else if (nounKind && !personal) strong = nounKind;
      // (Not a name whose own words make it a body: "Torvik Aquaculture ASA, Norway’s fourth-largest salmon farmer".)
      else if (personal && !nounKind) strong = strong ?? (kind === "organization" || kind === "institution" || kind === "outlet" ? null : nameWords.length >= 2 || kind === "other" || kind === "person" ? "person" : null);
      else if (nounKind && personal) {
        // "the Kremlin’s state-funded propaganda outlet": the last noun decides.
        const lastNoun = [...pw].reverse().find((w) => ROLE_HEADS.has(w) || OUTLET_NOUNS.has(w) || INSTITUTION_NOUNS.has(w) || ORGANIZATION_NOUNS.has(w));
        strong = lastNoun && ROLE_HEADS.has(lastNoun) && !OUTLET_NOUNS.has(lastNoun) ? "person" : nounKind;
      }
      // Only a party tag is followed by a second appositive.
      if (!party || text[appositiveEnd] !== ",") break;
      comma = appositiveEnd;
    }
  }
  // ("a man from Guinea who gave his name as Mamadou", "Vola, 27, who asked that only her first name be used": a given
  // name alone, as a person's.)
  // (Not a word for someone capitalised in a headline or opening a sentence: "Gran, 84, tells of …".)
  // (Only before a word in lower case: not a list of places and their tolls, "Tharparkar, 45, Sanghar, 30,".)
  const aged = !titleCase && AGE_THEN_PERSON.test(text.slice(end, end + 16)) && !/\d,\s$/.test(text.slice(Math.max(0, first.start - 3), first.start)) && !DESCRIPTION_KINDS[nameWords[0]!.toLowerCase()] && !AGED_COMMON_NOUNS.has(nameWords[0]!.toLowerCase());
  if (!strong && nameWords.length === 1 && (NAME_GIVEN_BEFORE.test(text.slice(Math.max(0, first.start - 40), first.start)) || aged)) strong = "person";
  const appRole = roleParts.length ? roleParts.join(", ") : null;
  out.push({
    start: first.start,
    end,
    name,
    key: keyOf(name),
    words: nameWords,
    role: role && appRole ? `${role}, ${appRole}` : (role ?? appRole),
    kind,
    strongKind: strong,
    sentence: s.index,
    // (A lone word opening a sentence is a name when a person's role is set off after it: "Marsh, the group's founder,".)
    // (…or an age: "Reid, 61, who runs a bakery, said".)
    weak: initialSingle && !ACRONYM.test(first.text) && !CAMEL.test(first.text) && !(appRole && strong === "person") && !/^, \d{1,3},/.test(text.slice(end, end + 6)),
    headline: titleCase,
    plural: guess.plural,
    acronym,
    appositiveEnd,
  });
}


/** Posts two people may share, after "Co-": "Co-Chair", "Co-author". */
const CO_POSTS = new Set("chair chairman chairwoman author founder director host leader president sponsor chief captain".split(" "));
/** The initials of a name's words, past "and", "of", "the" and other small words: "Patna Medical College and Hospital" → "PMCH". */
function initialsOf(words: readonly string[]): string {
  return words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
}
/** An age set off after a name, then who they are, where from or what they did: ", 27, who", ", 41, from Gdansk", ", 19, said". */
const AGE_THEN_PERSON = /^, \d{1,3}, (?!and\b|or\b)\p{Ll}/u;
/** Words for people a tabloid capitalises before an age ("Gran, 84,", "Mum, 32,"), no names. */
const AGED_COMMON_NOUNS = new Set([...KIN_NOUNS, ..."gran granny grandma grandpa grandad nan nana mum mom dad pensioner toddler tot teen teenager schoolboy schoolgirl boy girl man woman hero heroine survivor victim".split(" ")]);
/** "gave his name only as ", "identified herself as ": right before a given name someone goes by alone. */
const NAME_GIVEN_BEFORE = new RegExp(String.raw`\b(?:${GAVE_NAME_AS}|identified\s+(?:himself|herself)\s+(?:only\s+)?as)\s+$`);
/** Where a body is based or who leads it, in lower case after a hyphen: "Geneva-based", "Republican-led". */
const BASED_OR_LED = new RegExp(`-(?:based|${LED_BY_WORDS})$`);
/** " administration" after a name ("the Trump administration"), not "administration officials" read as the name's. */
const ADMINISTRATION_AFTER = /^\s+administration\b/;
/** What a person in office does, right after their name: " characterized", " said", " signed", " took office". */
const ACTS_AS_PERSON_AFTER = /^\s+(?:\p{Ll}+ly\s+)?(?:said|says|told|tells|tweeted|tweets|characterized|wrote|argued|claimed|insisted|announced|declared|added|warned|urged|signed|vetoed|nominated|appointed|pledged|promised|vowed|took\s+office|took\s+the\s+oath)\b/u;
// (Or the one asking: "did not respond to HuffLine's questions", "requests for comment from the Ledger".)
const OUTLET_AFTER = /^(?:['’]s)?\s+(?:magazine|newspaper|reporter|columnist)\b|^['’]s\s+(?:questions?|requests?\s+for\s+comment|inquir(?:y|ies))\b/;
const OUTLET_BEFORE = /\b(?:the (?:newspaper|magazine|website|news site|publication)|news outlet|outlet),?\s+(?:[Tt]he\s+)?$|\b(?:questions|requests?\s+for\s+comment|inquiries)\s+from\s+(?:[Tt]he\s+)?$/;

/** The kinds of bodies, whose names an article may cut short. */
const BODY_KINDS_OF_NAMES = new Set<EntityKind>(["organization", "institution"]);

interface Family {
  key: string;
  /** Title words the article gives the person ("president" of "Vice President Dick Cheney"). */
  roleHeads: Set<string>;
  kind: EntityKind;
  strong: EntityKind | null;
  forms: Map<string, number>;
  plural: boolean;
  firstSeen: number;
  words: string[];
}

/** Small words a title leaves in lower case ("Get Out of Debt, Build Wealth, and Achieve Your Dreams"). */
const TITLE_SMALL_WORDS = new Set("a an the and or nor of to in on at for".split(" "));
/** Words that may follow a title and are no verb ("… by Queen Elizabeth", "… from Simon & Schuster"). */
const AFTER_TITLE_WORDS = new Set("by from with as after before since about".split(" "));

/** The span of a work's title after "titled" or "entitled" with no quotation marks: its capitalised and small words. */
function workTitleSpan(text: string, s: Sentence): { start: number; end: number } | null {
  const ws = s.words;
  const k = ws.findIndex((w) => w.lower === "titled" || w.lower === "entitled");
  if (k < 0 || !ws[k + 1]?.cap) return null;
  let j = k + 1;
  while (j + 1 < ws.length && (ws[j + 1]!.cap || TITLE_SMALL_WORDS.has(ws[j + 1]!.lower))) j++;
  // A name right before a verb, with no comma between, is the sentence's subject, not the title's end ("… titled
  // Hard Choices and Hillary Clinton will …", "… Findings, Smith said"): the title stops before it.
  const verbNext = j + 1 < ws.length && !/[,:;]/.test(text.slice(ws[j]!.end, ws[j + 1]!.start)) && !AFTER_TITLE_WORDS.has(ws[j + 1]!.lower);
  if (verbNext) {
    let i = j;
    while (i > k + 1 && ws[i - 1]!.cap && !/[,:;]/.test(text.slice(ws[i - 1]!.end, ws[i]!.start))) i--;
    j = i - 1;
  }
  // (A small word ending the run belongs to the sentence: "… Dreams, and was accused".)
  while (j > k + 1 && TITLE_SMALL_WORDS.has(ws[j]!.lower)) j--;
  return j > k ? { start: ws[k + 1]!.start, end: ws[j]!.end } : null;
}

/** Recognises and canonicalises the entities of a document. Sentences must be in document order. */
export function recognizeEntities(text: string, sentences: Sentence[]): EntityIndex {
  const cands: Candidate[] = [];
  // (Looked for only in articles that name a work: most never say "titled".)
  const namesWorks = /\b(?:en)?titled\b/i.test(text);
  for (const s of sentences) {
    const from = cands.length;
    sentenceCandidates(text, s, s.titleCase, cands);
    // "a book … titled It's About the Money!: How You Can Get Out of Debt, Build Wealth, …": the words of a title name
    // no one ("Build Wealth" is no person).
    const title = namesWorks ? workTitleSpan(text, s) : null;
    if (title) {
      const kept = cands.slice(from).filter((c) => c.end <= title.start || c.start >= title.end);
      cands.splice(from, cands.length - from, ...kept);
    }
  }
  // Lower-case institution phrases.
  const lexical: { start: number; end: number; name: string; sentence: number }[] = [];
  INTEL.lastIndex = 0;
  let im: RegExpExecArray | null;
  let sIdx = 0;
  while ((im = nextIntelMatch(text)) !== null) {
    while (sIdx < sentences.length && sentences[sIdx]!.end <= im.index) sIdx++;
    if (sIdx >= sentences.length) break;
    lexical.push({ start: im.index, end: im.index + im[0].length, name: im[0], sentence: sIdx });
  }

  // Which capitalised forms occur inside sentences (not only sentence-initially)?
  const solidKeys = new Set<string>();
  for (const c of cands) if (!c.weak && !c.headline) solidKeys.add(c.key);

  // Build families.
  const families: Family[] = [];
  const byKey = new Map<string, Family>();
  const bySurname = new Map<string, Family[]>();
  const byLastWord = new Map<string, Family[]>();
  const candFamily: (Family | null)[] = new Array(cands.length).fill(null);

  const byShortName = new Map<string, Family>();
  const newFamily = (key: string, c: Candidate): Family => {
    const f: Family = { key, roleHeads: new Set(), kind: c.kind ?? "other", strong: c.strongKind, forms: new Map(), plural: c.plural, firstSeen: c.start, words: c.words };
    families.push(f);
    byKey.set(key, f);
    // ("Secure America Now" is found again by "secure america", its name without a word it may go without.)
    // ("Brightline Foods" is found again by "Brightline": a company's name without the word for its trade.)
    // (Unless something marked it another kind than a body: "Tom Partners, the dentist".)
    const mayBeCompany = !c.strongKind || c.strongKind === "organization";
    // (Not by a word that names papers: "Star Brewing" is not "The Star", which reported on it.)
    if (c.words.length === 2 && TRADE_WORDS.has(c.words[1]!.toLowerCase()) && mayBeCompany) {
      f.kind = "organization";
      if (!byShortName.has(c.words[0]!.toLowerCase()) && !OUTLET_NAME_WORDS.has(c.words[0]!.toLowerCase())) byShortName.set(c.words[0]!.toLowerCase(), f);
    }
    // ("Kestrel Core Systems" is found again by "Kestrel": a company's first word, when the last is its trade and the
    // first is no place or ordinary word.)
    // (Not a ministry's name before its minister's title: "Odisha Water Resources Minister Sambit Nayak".)
    const beforeTitle = () => ROLE_HEADS.has(/^\s+(\p{L}+)/u.exec(text.slice(c.end, c.end + 24))?.[1]?.toLowerCase() ?? "");
    if (c.words.length === 3 && TRADE_WORDS.has(c.words[2]!.toLowerCase()) && mayBeCompany && isBrandWord(c.words[0]!) && !beforeTitle()) {
      if (!byShortName.has(c.words[0]!.toLowerCase())) byShortName.set(c.words[0]!.toLowerCase(), f);
    }
    // ("Carolina Piedmont Power" is found again by "Carolina Piedmont": its first two words, without the trade; not a
    // person's name, "Maria Santos Energy", nor a parent's, which a bank's or a broker's arm carries: "Wells Fargo
    // Securities".)
    const personal = MALE_FIRST_NAMES.has(c.words[0]!.toLowerCase()) || FEMALE_FIRST_NAMES.has(c.words[0]!.toLowerCase());
    if (c.words.length === 3 && TRADE_WORDS.has(c.words[2]!.toLowerCase()) && !FINANCE_ARMS.has(c.words[2]!.toLowerCase()) && mayBeCompany && !beforeTitle() && !personal) {
      const short = c.words.slice(0, 2).join(" ").toLowerCase();
      if (!byShortName.has(short)) byShortName.set(short, f);
    }
    // ("Pacific Lateritic Resources Corp." is found again by "Pacific Lateritic", "Laurentian Generics Inc." by
    // "Laurentian": without its legal form and its trade.)
    if (c.words.length >= 3 && LEGAL_SUFFIXES.has(c.words.at(-1)!.toLowerCase().replace(/\./g, "")) && TRADE_WORDS.has(c.words.at(-2)!.toLowerCase()) && mayBeCompany) {
      const short = c.words.slice(0, -2).join(" ").toLowerCase();
      if (!byShortName.has(short)) byShortName.set(short, f);
    }
    // ("Acme Corp." is found again by "Acme": a legal suffix marks a company however short its name.)
    const last = c.words.at(-1)!.toLowerCase().replace(/\./g, "");
    if ((c.words.length >= 3 && DROPPABLE_LAST_WORDS.has(last)) || (c.words.length === 2 && LEGAL_SUFFIXES.has(last) && mayBeCompany)) {
      const short = c.words.slice(0, -1).join(" ").toLowerCase();
      if (!byShortName.has(short)) byShortName.set(short, f);
    }
    // ("St Enda’s University Hospital" is found again by "St Enda’s": a body's name cut short after a possessive in it.)
    const possessive = BODY_KINDS_OF_NAMES.has(f.kind) ? /^(\p{Lu}\S*(?: \p{Lu}\S*)*?)['’]s? \p{Lu}/u.exec(c.name) : null;
    if (possessive && possessive[1]!.includes(" ")) {
      const short = possessive[1]!.toLowerCase();
      if (!byShortName.has(short)) byShortName.set(short, f);
    }
    return f;
  };
  const addForm = (f: Family, name: string) => f.forms.set(name, (f.forms.get(name) ?? 0) + 1);

  // Pass 1: multi-word names first (they define families), then single words link to them.
  const order = longestFirst(cands);
  for (const ci of order) {
    const c = cands[ci]!;
    const key = c.key;
    let f = byKey.get(key) ?? null;
    // "Former Vice President Cheney" with Dick and Liz Cheney named: the one person the article gave that title,
    // even when an earlier lone "Cheney" went to another.
    let byTitle = false;
    if (c.words.length === 1 && c.role) {
      const titled = (bySurname.get(key) ?? []).filter((p) => roleHeadsOf(c.role!).some((h) => p.roleHeads.has(h)));
      if (titled.length === 1) [f, byTitle] = [titled[0]!, true];
    }
    if (!f && c.words.length >= 2 && (c.kind === "person" || c.strongKind === "person")) {
      // "John Q. Smith" ~ "John Smith": same first and last word.
      const last = surnameOf(c.words);
      const firstW = c.words[0]!.toLowerCase();
      const same = (bySurname.get(last) ?? []).filter((g) =>
        (g.words[0]!.toLowerCase() === firstW || g.words[0]!.toLowerCase()[0] === firstW[0] && (g.words[0]!.length <= 2 || firstW.length <= 2)) &&
        !fatherAndSon(g.words, c.words));
      // With father and son both named, "Jesse Jackson" goes to the one whose name has no "Jr." either.
      f = same.find((g) => hasGenerationSuffix(g.words) === hasGenerationSuffix(c.words)) ?? same[0] ?? null;
    }
    // "Ó Dálaigh" after "Séamus Ó Dálaigh", "Van der Klaauw" after "Maarten van der Klaauw": a surname with its
    // particles, as a lone surname is.
    if (!f && surnameWithParticles(c.words)) {
      const people = bySurname.get(key) ?? bySurname.get(keyOf(c.words.at(-1)!));
      if (people && people.length) f = surnameHolder(people, c.start, text);
    }
    if (!f && c.words.length === 1) {
      const w = key;
      let people = bySurname.get(w);
      if (!people && !c.weak && !c.headline) {
        // A misspelt surname of a person the article names in full.
        for (const [surname, list] of bySurname) if (vowelSlip(w, surname)) people = list;
      }
      // A surname alone that several people share is the latest named, unless that one was brought in as a relative
      // of someone ("Jesse Jackson Jr." … "His wife, Sandra Jackson" … "Jackson said": the story's subject, named first).
      if (people && people.length) f = surnameHolder(people, c.start, text);
      else {
        const tails = byLastWord.get(w);
        if (tails && tails.length && OUTLET_NAME_WORDS.has(w)) f = nearestFamily(tails, c.start);
      }
    }
    // "Margaret said" after "Widow Margaret Ellery, 84,": a given name alone, as features and tabloids call someone, is
    // the one person named in full with it before (never where two are).
    // (Not a place's or a body's word, "Victoria announced … that it would", nor a given name the text gives alone to
    // someone else: "A friend, who gave her name only as Sarah,", "His father, also called Jack,", "a neighbour, Tom, who".)
    // (The families first, a cheap test; the text is searched only for a name someone was given in full.)
    if (!f && c.words.length === 1 && c.kind !== "place" && !c.headline && !PLACES.has(key)) {
      const given = families.filter((g) => (g.kind === "person" || g.strong === "person") && g.words.length >= 2 && keyOf(g.words[0]!) === key && g.firstSeen < c.start && g.words.every((w) => !/\d/.test(w)));
      if (given.length === 1 && !IT_AFTER.test(text.slice(c.end, c.end + 60)) && !givenAlone(text, c.words[0]!)) f = given[0]!;
    }
    // "Secure America" after "Secure America Now": a body's name cut short by its last word, once the full name is known
    // (not "Harbor Bank" before "Harbor Bank Online", another thing).
    // (A lone word given a person's role is a person: "Marsh, the group's founder, said", not Marsh Holdings.)
    if (!f && c.kind !== "place" && (c.words.length >= 2 || (!bySurname.has(key) && c.strongKind !== "person" && !c.role))) {
      // (Only a last word a name may go without: "Now", "Action", "Inc.", or a trade — not "Foundation", another body.)
      const full = byShortName.get(c.words.join(" ").toLowerCase());
      // (A headline names a company short before the body gives its full name: "Acme confirms job cuts".)
      f = full && BODY_KINDS_OF_NAMES.has(full.kind) && (full.firstSeen < c.start || sentences[c.sentence]?.section !== "body") ? full : null;
    }
    // "City responded" after "Ashworth City have been charged": a club by the last word of its name, as the sports pages
    // call it, when one club named before ends in it.
    // (Not a word for the town before its people or offices: "City officials said", "City Hall".)
    if (!f && c.words.length === 1 && TEAM_LAST_WORDS.has(key) && !TOWN_THINGS_AFTER.test(text.slice(c.end, c.end + 24))) {
      const clubs = (byLastWord.get(key) ?? []).filter((g) => (g.kind === "organization" || g.strong === "organization") && g.firstSeen < c.start);
      if (clubs.length === 1) f = clubs[0]!;
    }
    // ("Union says talks have collapsed" over "the Harbor Union": a headline's word for a body is the one body named so.)
    // (So is "the Board" in the body, capitalised as the short form of "the Lagos Waterways Safety Board".)
    const inHeadline = sentences[c.sentence]?.section !== "body";
    if (!f && c.words.length === 1 && inHeadline && (ORGANIZATION_NOUNS.has(key) || INSTITUTION_NOUNS.has(key) || isBodyWord(key))) {
      const named = (byLastWord.get(key) ?? []).filter((g) => BODY_KINDS_OF_NAMES.has(g.kind));
      // (Of several, the one whose name capitalises the word: "Harbor Union" over "the Elm students’ union".)
      const proper = named.length > 1 ? named.filter((g) => /^\p{Lu}/u.test(g.words.at(-1)!)) : named;
      if (proper.length === 1) f = proper[0]!;
    }
    // (So is "the Board" capitalised in the body, when one body alone has the word anywhere in its name and the
    // article never uses it in lower case: "the Lagos Waterways Safety Board"; not "the House" of the White House, nor
    // "the Council" after "the UN Security Council" and "the city council".)
    if (!f && c.words.length === 1 && !inHeadline && key !== "house" && isBodyWord(key) && /\b[Tt]he $/.test(text.slice(Math.max(0, c.start - 4), c.start))) {
      const named = families.filter((g) => BODY_KINDS_OF_NAMES.has(g.kind) && g.words.length > 1 && g.words.some((w) => w.toLowerCase() === key));
      if (named.length === 1 && !new RegExp(String.raw`\b${key}\b`).test(text)) f = named[0]!;
    }
    if (!f && c.words.length === 1 && (c.weak || c.headline) && !solidKeys.has(key) && !PLACES.has(key)) continue;
    // ("Company says spill was contained": a headline's word for a body that names none is a description, not a name.)
    if (!f && c.words.length === 1 && sentences[c.sentence]?.section !== "body" && (ORGANIZATION_NOUNS.has(key) || INSTITUTION_NOUNS.has(key))) continue;
    if (!f && c.headline) {
      // A title-case headline name is kept only when the body knows it (checked by the key above).
      if (!solidKeys.has(key)) continue;
    }
    if (!f) {
      f = newFamily(key, c);
      if (c.words.length >= 2) {
        const last = c.words[c.words.length - 1]!.toLowerCase();
        if (f.kind === "person" || c.strongKind === "person") {
          // (A Gaelic surname with its particle too: "Séamus Ó Dálaigh" is "Ó Dálaigh" later.)
          for (const surname of [surnameOf(c.words), gaelicSurnameOf(c.words), chineseSurnameOf(c.words) ?? middleSurnameOf(c.words)]) {
            if (!surname) continue;
            const list = bySurname.get(surname) ?? [];
            list.push(f);
            bySurname.set(surname, list);
          }
        }
        const list2 = byLastWord.get(last) ?? [];
        list2.push(f);
        byLastWord.set(last, list2);
      }
    } else if (!byTitle) {
      // (A lone surname found by its title leaves later lone surnames to their own reading.)
      byKey.set(key, f);
    }
    if (c.strongKind && !f.strong) f.strong = c.strongKind;
    if (c.kind === "organization" && f.kind === "other") f.kind = "organization";
    if (c.start < f.firstSeen) f.firstSeen = c.start;
    addForm(f, c.name);
    if (c.role) for (const h of roleHeadsOf(c.role)) f.roleHeads.add(h);
    candFamily[ci] = f;
    if (c.acronym) {
      const ak = keyOf(c.acronym);
      if (!byKey.has(ak)) byKey.set(ak, f);
    }
  }
  // Acronyms seen alone link to the family that introduced them.
  // (Or, never introduced in brackets, to the one body whose name's capitals they are: "NTSB" after "the National
  // Transportation Safety Board", as news copy goes on.)
  const byInitials = new Map<string, Family | null>();
  for (const f of families) {
    if (f.words.length < 2 || !BODY_KINDS_OF_NAMES.has(f.strong ?? f.kind)) continue;
    const initials = initialsOf(f.words);
    if (initials.length >= 3) byInitials.set(initials, byInitials.has(initials) ? null : f);
  }
  // (Every time the acronym is seen: a family moved once is moved whole.)
  const movedTo = new Map<Family, Family>();
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci]!;
    const f = candFamily[ci];
    if (!f) continue;
    const moved = movedTo.get(f);
    if (moved) {
      candFamily[ci] = moved;
      addForm(moved, c.name);
      continue;
    }
    // (With its full stops too, as a newspaper of record prints them: "E.P.A.".)
    const initialled = c.words.length === 1 && /^(?:\p{Lu}{3,6}|(?:\p{Lu}\.){2,5}\p{Lu}\.?)$/u.test(c.name) ? byInitials.get(c.name.replace(/\./g, "")) : undefined;
    const introduced = byKey.get(c.key);
    const fk = introduced && introduced !== f ? introduced : (initialled ?? introduced);
    // (Its forms all this name, with or without the full stop a possessive drops: "N.T.S.B." and "N.T.S.B.’s".)
    const bare = c.name.replace(/\.$/, "");
    if (fk && fk !== f && c.words.length === 1 && [...f.forms.keys()].every((x) => x.replace(/\.$/, "") === bare)) {
      candFamily[ci] = fk;
      addForm(fk, c.name);
      f.forms.clear();
      movedTo.set(f, fk);
    }
  }

  // Entities.
  const entities: EntityRef[] = [];
  const keyOfFamily = new Map<Family, string>();
  const kinds = new Map<string, EntityKind>();
  const plural = new Set<string>();
  const nameIndex = new Map<string, string>();
  const refByKey = new Map<string, EntityRef>();
  let counter = 0;
  const ensure = (name: string, kind: EntityKind, alias?: string, isPluralName = false): string => {
    const k = keyOf(name);
    const existing = nameIndex.get(k);
    if (existing) {
      if (alias) addAlias(existing, alias);
      return existing;
    }
    const key = `e${++counter}`;
    // People described, not named ("supporters of the mosque", "five Missouri senators"): a group when the head is plural.
    const described = (kind === "unnamed" || kind === "anonymous") && !/^unnamed\s/.test(name) && /(?:[^s]s|people|men)$/.test(name.toLowerCase().split(/\s+(?:of|in|at|from|on|for|with|close|familiar|involved|briefed|knowledgeable|who)\s/)[0]!);
    if (isPluralName || described) plural.add(key);
    const ref: EntityRef = { key, name, kind, aliases: [] };
    entities.push(ref);
    refByKey.set(key, ref);
    kinds.set(key, kind);
    nameIndex.set(k, key);
    if (alias) addAlias(key, alias);
    return key;
  };
  const addAlias = (key: string, alias: string): void => {
    const ref = refByKey.get(key);
    if (!ref) return;
    const a = collapseWhite(alias).trim();
    if (!a || a === ref.name || ref.aliases.includes(a)) return;
    ref.aliases.push(a);
    const ak = keyOf(a);
    if (!nameIndex.has(ak)) nameIndex.set(ak, key);
  };

  // "Newsweek magazine", "Politico also reports", "the newspaper The Hill": a name the article uses as a news
  // outlet's, where the name alone says nothing.
  const outletFamilies = new Set<Family>();
  const headsAdministration = new Set<Family>();
  const actsAsPerson = new Set<Family>();
  cands.forEach((c, ci) => {
    const f = candFamily[ci];
    if (!f || (f.kind !== "other" && f.kind !== "organization") || f.strong || c.words.length > 2) return;
    const before = text.slice(Math.max(0, c.start - 30), c.start);
    // Not a place naming which paper: "a Bridgeport newspaper".
    if (/\b(?:a|an)\s+$/i.test(before)) return;
    if (OUTLET_AFTER.test(text.slice(c.end, c.end + 24)) || OUTLET_BEFORE.test(before)) outletFamilies.add(f);
    // "the Trump administration": one name before "administration" is a president's or a governor's, when the name
    // also acts alone as a person does ("Trump characterized"; not "the Harvard administration", "Medicaid").
    if (c.words.length === 1 && /\b[Tt]he\s+$/.test(before) && ADMINISTRATION_AFTER.test(text.slice(c.end, c.end + 16))) headsAdministration.add(f);
    if (c.words.length === 1 && ACTS_AS_PERSON_AFTER.test(text.slice(c.end, c.end + 24))) actsAsPerson.add(f);
  });

  families.sort((a, b) => a.firstSeen - b.firstSeen);
  for (const f of families) {
    if (f.forms.size === 0) continue;
    const forms = [...f.forms.entries()];
    const isPerson = (f.strong ?? f.kind) === "person" || forms.some(([n]) => n.includes(" ")) && f.kind === "person";
    let canonical: string;
    if (isPerson) {
      // (A surname with its particles, "Ó Dálaigh", "Van der Klaauw", is a surname alone.)
      const multi = forms.filter(([n]) => n.includes(" ") && !surnameWithParticles(n.split(" ")));
      const pool = multi.length ? multi : forms;
      // (A name in capitals, a transcript's label "TEODOR VASILAKIS:", only when the article never writes it otherwise.)
      pool.sort((a, b) => shouted(a[0]) - shouted(b[0]) || b[1] - a[1] || a[0].split(" ").length - b[0].split(" ").length || a[0].length - b[0].length);
      canonical = pool[0]![0].replace(NICKNAME, " ");
    } else {
      forms.sort((a, b) => b[0].length - a[0].length);
      canonical = forms[0]![0];
    }
    let kind: EntityKind = f.strong ?? f.kind;
    if ((kind === "other" || kind === "organization") && outletFamilies.has(f) && !bySurname.has(keyOf(canonical))) kind = "outlet";
    if (kind === "other" && f.forms.size > 0 && forms.some(([n]) => !n.includes(" ")) && (bySurname.has(keyOf(canonical)) || (headsAdministration.has(f) && actsAsPerson.has(f)))) kind = "person";
    const key = ensure(canonical, kind);
    kinds.set(key, kind);
    const ref = refByKey.get(key)!;
    ref.kind = kind;
    // ("Opposition MPs", "Labour TDs": people named by a title in the plural are many.)
    if (f.plural || (kind === "person" && TITLE_PLURAL_END.test(canonical))) plural.add(key);
    for (const [n] of forms) addAlias(key, n);
    keyOfFamily.set(f, key);
    nameIndex.set(f.key, key);
  }

  // Institution lexicon: one entity per family of phrases.
  let intelKey: string | null = null;
  const usWritten = () => /\bU\.S\.|\b(?:US|American|United States)\b/.test(text);
  const mentions: Mention[] = [];
  for (const l of lexical) {
    if (!intelKey) intelKey = ensure(usWritten() ? "U.S. intelligence community" : "intelligence community", "institution");
    const surface = l.name.replace(/^[Tt]he\s+/, "");
    addAlias(intelKey, surface);
  }

  // Mentions.
  const appositiveEnds = new Map<number, Mention>();
  const bySentence: Mention[][] = sentences.map(() => []);
  const sectionOfSentence = (i: number) => sentences[i]!.section;
  for (let ci = 0; ci < cands.length; ci++) {
    const f = candFamily[ci];
    if (!f) continue;
    const key = keyOfFamily.get(f);
    if (!key) continue;
    const c = cands[ci]!;
    const m: Mention = { entityKey: key, section: sectionOfSentence(c.sentence), start: c.start, end: c.end, text: c.name, role: c.role };
    mentions.push(m);
    if (c.appositiveEnd > 0) appositiveEnds.set(c.appositiveEnd, m);
  }
  for (const l of lexical) {
    const off = /^[Tt]he\s+/.exec(l.name)?.[0].length ?? 0;
    mentions.push({ entityKey: intelKey!, section: sectionOfSentence(l.sentence), start: l.start + off, end: l.end, text: l.name.slice(off), role: null });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop mentions nested inside an earlier one.
  const clean: Mention[] = [];
  let lastEnd = -1;
  for (const m of mentions) {
    if (m.start < lastEnd) continue;
    clean.push(m);
    lastEnd = m.end;
  }
  resolvePartisanEpithets(text, clean, entities, kinds);
  let si = 0;
  for (const m of clean) {
    while (si < sentences.length && sentences[si]!.end < m.end) si++;
    if (si < sentences.length) bySentence[si]!.push(m);
  }

  // Gender of persons: a gendered title or role wins over the first name.
  const genders = new Map<string, Gender>();
  // Groups named together, by the member they speak as (see setFirstNamed).
  const firstNamed = new Map<string, string>();
  for (const e of entities) {
    if (e.kind !== "person") continue;
    let g = genderOfName(e.name);
    for (const a of e.aliases) g = g ?? genderOfName(a);
    if (g) genders.set(e.key, g);
  }
  for (const m of clean) {
    if (kinds.get(m.entityKey) !== "person") continue;
    // ("The Speaker, Sir Geoffrey Amberley,": his name as written, with the knighthood the name leaves out, is his too.)
    const honour = /\b(Sir|Dame) $/.exec(text.slice(Math.max(0, m.start - 5), m.start));
    if (honour && m.text.includes(" ")) addAlias(m.entityKey, `${honour[1]} ${m.text}`);
    // (Or a word for kin right before the name: "whose husband Tunde", "her daughter Ama"; or before its comma, as a
    // list of survivors names them, "a sister, Evangeline Tate;", when nothing but a comma, a semicolon or a full stop
    // follows the name: not "with her husband, Garcia said", "Like her husband, Ann Garcia is …".)
    const lead = text.slice(Math.max(0, m.start - 24), m.start);
    // (Kin set off before the name, whatever comes before the word: "a 3-year-old daughter, Bella,", "Ms Lally’s mother, Bernadette,".)
    const listed = /^\s*[;,.]/.test(text.slice(m.end, m.end + 2)) ? /\b(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[\p{L}-]+[’']s?|\d+-year-old)\s+(\p{Ll}+), $/u.exec(lead)?.[1] : undefined;
    const kin = m.role ? null : (/\b(\p{Ll}+) $/u.exec(lead)?.[1] ?? listed);
    // (Or the name given as his or hers: "gives his name only as Pato", "her first name, Jasmine,".)
    const given = /\b(his|her) (?:first |full )?name(?: only)?(?: is| as| was|,) $/i.exec(text.slice(Math.max(0, m.start - 30), m.start));
    const g = m.role ? genderOfRole(m.role) : kin && KIN_NOUNS.has(kin) ? genderOfRole(kin) : given ? (given[1]!.toLowerCase() === "his" ? "m" : "f") : null;
    if (g) genders.set(m.entityKey, g);
  }

  return {
    entities,
    mentions: clean,
    bySentence,
    appositiveEnds,
    // (Methods, not arrow functions: tsx's keepNames would name each arrow for every article.)
    kindOf(key) {
      return kinds.get(key) ?? "other";
    },
    lookup(name) {
      const k = keyOf(name.replace(/[’']s$/, ""));
      const hit = nameIndex.get(k);
      if (hit) return hit;
      const tail = k.split(" ").pop() ?? "";
      const people = bySurname.get(tail);
      if (people && people.length === 1) return keyOfFamily.get(people[0]!) ?? null;
      return null;
    },
    ensure,
    addAlias,
    setFirstNamed(groupKey, firstKey) {
      firstNamed.set(groupKey, firstKey);
    },
    firstNamedOf(key) {
      return firstNamed.get(key) ?? null;
    },
    isPlural(key) {
      return plural.has(key);
    },
    nameOf(key) {
      return refByKey.get(key)?.name ?? "";
    },
    genderOf(key) {
      return genders.get(key) ?? null;
    },
    setGender(key, g) {
      if (!genders.has(key)) genders.set(key, g);
    },
  };
}

/** Indexes of the candidates, most words first, in text order within a length (a stable bucket sort). */
function longestFirst(cands: readonly Candidate[]): number[] {
  const byLength: number[][] = [];
  cands.forEach((c, i) => (byLength[c.words.length] ??= []).push(i));
  const order: number[] = [];
  for (let n = byLength.length - 1; n >= 0; n--) for (const i of byLength[n] ?? []) order.push(i);
  return order;
}

/**
 * The title words of a role, before any "of" or possessive ("Former Vice President" → ["president"]; "one of
 * ex-Vice President Dick Cheney's two daughters" → []: that title is someone else's).
 */
/** A verb of saying right after a name, then "it" as its own clause's subject: " said on Monday it had", " says it will". */
const SAYS_IT_AFTER = /^\s+(?:said|says|announced|confirmed|stated|insisted|added)(?:\s+(?:on\s+\p{Lu}\p{Ll}+|in\s+a\s+statement|late\s+\p{Ll}+|last\s+\p{Ll}+|today|yesterday))?\s+(?:that\s+)?it\s+(?:had|has|was|is|would|will|could|did|does|planned|plans|intended|intends|expected|expects)\b/u;

/** "it" soon after a name, as of a body or a place: " announced on Tuesday that it would", " said it will". */
const IT_AFTER = /^[^.;:!?“”"]{0,40}?\b(?:that\s+)?it\s+(?:would|will|plans?|planned|intends|expects?|expected)\b/u;

/** Whether the text gives a given name to someone alone: "gave her name only as Sarah", "also called Jack", ", Tom, who". */
function givenAlone(text: string, word: string): boolean {
  const w = escapeRegExp(word);
  return new RegExp(String.raw`\b(?:only as|called|named|known as)\s+${w}\b|,\s${w},\s(?:who|whose|a|an|the|\d)`, "u").test(text);
}

function roleHeadsOf(role: string): string[] {
  const own = role.toLowerCase().split(/\s+of\s+|[’']s\b/)[0]!;
  return own.split(/[\s,]+/).map(withoutFinalStop).filter((w) => ROLE_HEADS.has(w));
}

/** "his wife, ", "whose 6-year-old son, ": a relative of someone named right before a name. */
const RELATIVE_BEFORE = /\b(?:his|her|their|whose)\s+(?:\S+\s+){0,2}?(?:wife|husband|son|daughter|father|mother|brother|sister|nephew|niece|uncle|aunt|cousin|grandson|granddaughter|grandfather|grandmother|stepson|stepdaughter)\s*,?\s+$/i;

/** Who a surname alone means among the people who share it (see the caller). */
function surnameHolder(list: Family[], at: number, text: string): Family {
  const nearest = nearestFamily(list, at);
  if (!RELATIVE_BEFORE.test(text.slice(Math.max(0, nearest.firstSeen - 48), nearest.firstSeen))) return nearest;
  let first = nearest;
  for (const f of list) if (f.firstSeen <= at && f.firstSeen < first.firstSeen) first = f;
  return first;
}

function nearestFamily(list: Family[], at: number): Family {
  let best = list[0]!;
  for (const f of list) if (f.firstSeen <= at && f.firstSeen >= best.firstSeen) best = f;
  return best;
}
