// Resolving pronouns and descriptions used as sources to the entity they refer to:
// "the organization" -> the most recent organisation, "the publication" -> the most recent outlet,
// "he" / "she" -> the most recent person who spoke or was a sentence subject.

import { genderOfRole, type EntityIndex, type Gender } from "./entities";
import { CLUB_LAST_WORDS, DESCRIPTION_KINDS, JURISDICTIONS, isOneOfPeople, isPersonNoun, KIN_NOUNS, namesPeople, OCCUPATIONS, ROLE_HEADS, SPOKESPERSON_WORDS, TOWN_CLUB_ENDINGS, wordTable } from "./lexicon";
import type { EntityKind, Mention } from "./types";
import { plainLower } from "./text-units";

/**
 * Offices one person holds at a time ("vice_president" as the role loop writes "vice president"): "the president" is
 * never someone the sentence naming them set apart from "the president" ("The president pardoned Harlan Voss").
 */
const ONE_HOLDER_OFFICES = new Set(["president", "vice_president", "governor", "mayor", "premier", "chancellor", "pope"]);
/** A preposition right before a name, perhaps with a title or two between ("by Representative", "to Chief Justice"). */
const PREPOSITION_BEFORE =
  /\b(?:[Oo]f|[Aa]bout|to|[Ff]or|[Ww]ith|[Aa]gainst|at|by|from|on|than|[Ll]ike|toward|[Uu]nlike|[Ii]nto|over)\s+(?:the\s+)?(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Vice|Senator|Justice|Chief|Representative|Congressman|Congresswoman|Secretary|Judge|Mayor|Governor|Speaker|Chairman|Chairwoman|Attorney|General|Prime|Minister)\.?\s+){0,2}$/;

/** The nouns of DESCRIPTION_KINDS, as a set: cheap to test a fresh string against. */
const DESCRIPTION_NOUNS = new Set(Object.keys(DESCRIPTION_KINDS));
/** A body named after the person before it: " campaign", "'s administration". */
const PERSONS_BODY = /^(?:['’]s)? (campaign|administration)\b/;

/** Abbreviated titles and the words a later description uses for them ("Sen." → "the senator"). */
const TITLE_WORDS = new Map<string, string[]>(Object.entries({
  gov: ["governor"],
  sen: ["senator", "lawmaker"],
  rep: ["representative", "congressman", "congresswoman", "lawmaker"],
  representative: ["congressman", "congresswoman", "lawmaker"],
  senator: ["lawmaker"],
  congressman: ["lawmaker"],
  congresswoman: ["lawmaker"],
  atty: ["attorney"],
  gen: ["general"],
  pres: ["president"],
  cllr: ["councillor"],
  coun: ["councillor", "councilor"],
  ald: ["alderman", "alderwoman"],
}));

interface Seen {
  key: string;
  sentence: number;
  at: number;
}

/** The later of the latest person of gender `want` and the latest of unknown gender. */
function latestOf(byGender: ReadonlyMap<Gender | "?", Seen>, want: Gender): Seen | undefined {
  const a = byGender.get(want);
  const b = byGender.get("?");
  return a && b ? (a.at >= b.at ? a : b) : (a ?? b);
}

/** Words after a name that are no noun of the phrase it is in ("a President Romney would …", "… who …"). */
const NOT_A_NOUN_AFTER_NAME = new Set("would will could might may should can must is was has had who and or but if in on at of to for".split(" "));

/** Whether `word` stands in lower case in `role` right after a capitalised word: "Union president". */
function titleOfBody(role: string, word: string): boolean {
  const words = role.split(/\s+/);
  return words.some((w, i) => i > 0 && w === word && /^\p{Lu}/u.test(words[i - 1]!));
}

/** A document and whom it went to, right before a name: "a statement to the ", "a filing with ". */
const DOCUMENT_TO_BEFORE = /\b(?:statement|filing|letter|submission|notice|announcement|disclosure|release|complaint)\s+(?:to|with)\s+(?:the\s+)?$/;
/** Words that make the title after them a deputy's ("assistant secretary", "deputy director", "under secretary"). */
const DEPUTY_WORDS = new Set(["assistant", "deputy", "under"]);

/** Bodies "the …" refers to only when one of that name was named ("the hospital" after "Kestrel Valley General Hospital"). */
/** Last words of a body made of people, which a name may give after another body's word ("… University Staff Union"). */
const PEOPLE_BODY_LAST_WORDS = new Set("union unions association federation society guild alliance league club committee".split(" "));
/** Titles of courtesy or degree, which say nothing of a post: "Prof.", "Dr", "Mr". */
const HONORIFIC_TITLES = new Set("mr mrs ms miss dr prof professor sir dame rev reverend".split(" "));
/** Words of a body's name that say what kind of body it is, so that a name with none is no kind in particular. */
const BODY_KIND_WORDS = new Set([...PEOPLE_BODY_LAST_WORDS, ..."company corporation corp inc ltd group bank party council ministry department agency office authority commission board institute foundation trust university college school hospital fund committee network news times post press".split(" ")]);
/**
 * For a description no body is named with ("the team", "the union"), which names may still be it: a team's that has no
 * word for a body ("Brisa-Valcourt"), a union's that is an association, federation or guild of workers.
 */
const NAMELESS_KIND_FALLBACK: Record<string, (words: string[]) => boolean> = {
  team: (words) => !words.some((w) => BODY_KIND_WORDS.has(w)),
  union: (words) => words.some((w) => /^(?:association|federation|guild|brotherhood|confederation)$/.test(w)),
};
const NAMED_SO_ONLY = new Set("tribe hotel hospital hospice university school college clinic museum studio trust charity institute foundation association federation alliance operator utility service bank office authority embassy inquest jury journal club league ministry department committee team union presidency county commission council board tribunal inspectorate panel society zoo unit force constabulary coastguard district city".split(" "));
/** The words a body's name may turn on for a description ("coastguard": "Hellenic Coast Guard"), the word itself at least. */
export function namesFor(noun: string): readonly string[] {
  return NAMED_AS[noun] ?? [noun];
}

/**
 * "council" of "a council spokesperson": a word for a body that only a body named so can be, and that such names use in
 * no other sense (not "union" of "European Union", "city" of "Manchester City", "school" of "Harvard Business School").
 */
export function describesOnlyBodiesNamedSo(noun: string): boolean {
  return NAMED_SO_ONLY.has(noun) && !OTHER_SENSES_IN_NAMES.has(noun);
}
const OTHER_SENSES_IN_NAMES = new Set("union city school club team league college university district county".split(" "));
/** Words for a place's level of government, which open English names of bodies ("City Council", "County Board"). */
const PLACE_LEVELS = new Set(["city", "county", "district", "state"]);
/** The words a body's name may hold for such a description, where they differ from it: "the force" is a police force. */
const NAMED_AS = wordTable<readonly string[]>({
  force: ["police", "constabulary", "force"],
  // ("The Air Force announced …. The service says …": an armed service.)
  service: ["service", "army", "navy", "force", "guard"],
  tribe: ["tribe", "nation", "band", "pueblo"],
  constabulary: ["police", "constabulary"],
  department: ["department", "ministry"],
  ministry: ["ministry", "department"],
  // ("Castlebridge United have suspended …. the club said": a football club by the words its name ends in.)
  club: ["club", "fc", ...CLUB_LAST_WORDS, ...TOWN_CLUB_ENDINGS],
});
const NAME_WORDS_DESCRIBED = new Set(Object.values(NAMED_AS).flat());
/** The trade a description names ("the carmaker"), and the trade a word of a name tells ("Motors"). */
const TRADES: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
  airline: "air", carrier: "air", carmaker: "car", automaker: "car", drugmaker: "drug", retailer: "retail", supermarket: "retail",
  insurer: "insurance", lender: "bank", bank: "bank", developer: "property", broker: "finance",
});
const TRADE_OF_NAME_WORD: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
  bank: "bank", bancorp: "bank", airlines: "air", airways: "air", air: "air", motors: "car", automotive: "car", auto: "car",
  pharmaceuticals: "drug", pharma: "drug", therapeutics: "drug", insurance: "insurance", assurance: "insurance",
  stores: "retail", retail: "retail", supermarkets: "retail", homes: "property", properties: "property", developments: "property",
  port: "port", authority: "public", council: "public", university: "education", hospital: "health",
});
/** Words of party names that describe someone ("Labour", "Conservative", "Democrat"). */
const PARTY_NAMES = new Set("labour conservative conservatives tory liberal democrat democratic republican green greens reform snp plaid independent".split(" "));
/** A sentence's opening phrase of where, right before its subject: "In Paris, ", "From Vienna, ". */
const PLACE_OPENING_BEFORE = /(?:^|[.!?]["”’]?\s+|\n)(?:In|From)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)?,\s$/u;
/**
 * Words in the name of a body that oversees or regulates others: "… inspector general", "the Ombudsman", "Audit
 * Office", "Competition Commission", "Financial Conduct Authority", "Telecommunications Regulatory Commission".
 */
const OVERSIGHT_NAME = /\b(?:inspector[\s-]+general|ombudsman|ombudsperson|auditor|comptroller|inspectorate|watchdog|audit\s+office|commission|regulator|regulatory|(?:conduct|markets|competition|standards|supervisory|regulation)\s+authority)\b/i;
/** Roles only ever the person the article gave them, never just the last person named. */
const HELD_ONLY_BY_THOSE_NAMED_SO = new Set("judge prosecutor lawyer barrister solicitor counsel coroner magistrate referee umpire agent actor actress singer star publicist juror winner challenger newcomer".split(" "));
/** Lower-case words that are part of a body's name ("the central bank", "the planning committee", "the port authority"). */
const BODY_NAME_MODIFIERS = new Set("central port statistics planning foreign home health education transport housing finance defence defense interior justice trade environment energy water police fire electoral election competition securities financial national state federal".split(" "));

/** A union's local by its number ending a name: "Teamsters Local 727". */
const UNION_LOCAL = /\bLocal \d+$/;
/** Bodies whose documents speak for them. */
const BODY_KINDS_SPEAKING = new Set(["organization", "institution"]);
/** A document right after a body's name: " report", "'s audit", " internal review". */
const DOCUMENT_AFTER_BODY = /^(?:['’]s)?\s+(?:\p{Ll}+\s+)?(?:report|study|audit|review|survey|analysis|assessment|investigation|memo)\b/u;
/** "The " opening a sentence, right before a name. */
const SENTENCE_OPENING_THE = /(?:^|[.!?]["”’]?\s+|\n)The\s+$/;
/** Words for one person who speaks for a body: "spokeswoman", "a spokesman", "a representative". */
const ONE_VOICE = /\b(?:spokes(man|woman|person)|representative|official|lawyer|attorney)\b/i;

/** A company's legal form ending its name: " Ltd", " Inc.", " plc". */
const LEGAL_FORM_AT_END = /\s+(?:Ltd|Limited|Inc|Corp|plc|PLC|LLC|Co|Pty|GmbH|AG|SA|NV|BV)\.?$/;
/** Descriptions of a company, and the heads of names that are no company's. */
/** People of a body as a source is worded: "Analysts at Capewell Securities", "economists from the bank" (group 1: the people). */
const PEOPLE_OF_A_BODY_WORDED = /^(?:the\s+|some\s+|several\s+)?(?:\p{Ll}+\s+)?(\p{Ll}+s)\s+(?:at|from|with|of)\s/iu;
/** Words that set a holder on the other side from the one just named: "the opposition leader", "the rival candidate". */
const OTHER_SIDE = new Set(["opposition", "rival", "rebel", "dissident"]);
const COOP_WORDS = new Set(["co-operative", "cooperative", "co-op"]);
const COMPANY_WORDS = new Set(["company", "firm", "business", "corporation", ...COOP_WORDS]);
/** A co-operative the article describes and does not name: "a local food co-op", "a dairy cooperative". */
const INDEFINITE_COOP = /\b(?:a|an)\s+(?:(?!(?:as|of|to|the|and|or)\s)[\p{L}-]+\s+){0,3}(?:co-op|co-operative|cooperative)\b/iu;
const NOT_COMPANY_HEADS = new Set("university college school hospital clinic council union association society museum ministry department agency commission committee institute foundation charity trust party church league federation center centre centers centres".split(" "));

function isCompanyName(name: string): boolean {
  // (The head only, before any "of": "Union Pacific", "Center Parcs" are companies; "University of Oregon" is not.)
  const core = name.toLowerCase().split(/\s+(?:of|for|on)\s+/)[0]!.split(/\s+/);
  return !NOT_COMPANY_HEADS.has(core.at(-1)!);
}

/** A name's words, lower-cased and without accents. */
function plainWords(name: string): string[] {
  return plainLower(name).split(/\s+/);
}

/** The words of a description before any "of", lower-cased: "the mother of one inmate" → the, mother. */
function wordsBeforeOf(worded: string): string[] {
  // ("One nurse at the hospital", "a paramedic with the service", "a rancher north of Lusk": the words before where or
  // whose they are.)
  return worded.trim().toLowerCase().split(/\s+(?:(?:north|south|east|west)\s+of|of|at|on|in|with|from|near|outside)\s+/)[0]!.split(/\s+/);
}

/** "the whistleblower", "a former senior administrator", "one neighbor": one person, described by what they do. */
function describesOnePerson(words: readonly string[]): boolean {
  const head = words.at(-1) ?? "";
  // ("The boy’s mother": kin, with whose they are.)
  const kin = KIN_NOUNS.has(head) && (/^(?:the|a|an|one|his|her|their)$/.test(words[0]!) || /['’]s?$/.test(words.at(-2) ?? ""));
  return kin || (words.length >= 2 && /^(?:the|a|an|one)$/.test(words[0]!) && (OCCUPATIONS.has(head) || isOneOfPeople(head) || DESCRIPTION_KINDS[head]?.[0] === "person"));
}

/**
 * A description opening the sentence, set off by a comma right before a body's name: "The state's distribution utility, "
 * (group 1: its noun). The name must close the aside with its own comma (checked where it is used): not a list's item,
 * "The mayor, the hospital, Harlow Water Company", nor a clause, "The contract with the council, Brightwater said".
 */
/** A person's description set off before their name: "the player's agent, ", "her lawyer, " (group 1: the noun). */
const DESCRIPTION_SET_OFF_BEFORE = /\b(?:the|his|her|their|its|[\p{L}’'-]+['’]s?)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+),\s$/u;
/** What may stand before a description that is a name's own: a clause's opening, "according to", "said". */
const STANDS_BEFORE_DESCRIPTION = /(?:^|[.!?;:]\s+|\n\s*|["“”]\s*|\baccording\s+to\s+|\b(?:said|says|told)\s+|,\s+(?:and|but)\s+)$/;
/** A body's describing noun right before its name, after an article: "the charity ", "a local charity " (group 1: the noun). */
// (Or opening the sentence with no article: "Proxy advisory firm Stakeholder Governance Advisors blamed …"; not a body
// described by its tie to another, "Parent company Holt Group owns Acme Foods".)
const DESCRIBED_RIGHT_BEFORE = /(?:\b(?:the|a|an)\s+|(?:^|[.!?]\s+|\n)(?!(?:Parent|Sister|Rival|Former|Partner|Holding|Subsidiary)\b)\p{Lu}[\p{Ll}-]*\s+)(?:[\p{Ll}-]+\s+)?(\p{Ll}+)\s$/u;
const DESCRIBED_BEFORE = /(?:^|[.!?:]\s+|\n\s*)(?:[Tt]he|[Aa]n?|[Ii]ts|\p{Lu}[\p{L}.’'-]*['’]s?)\s+(?:(?!(?:with|of|for|to|in|on|at|by|from|and|or)\s)[\p{Ll}’'-]+\s+){0,3}(\p{Ll}+),\s+$/u;
/** A name closing such an aside, past an acronym in brackets: "Purva Ganga Vidyut Nigam Limited (PGVNL), ". */
const CLOSES_ASIDE = /^(?:\s*\([^()]{1,12}\))?,\s/;
/**
 * …or right after it, past an acronym in brackets, as an aside a verb follows: "Acme Power, the regional utility, agreed"
 * (group 1: its noun); not "Nordvik Bank, a lender to the utility," nor a list, "Harlow District Council, the university, the …".
 */
const DESCRIBED_AFTER = /^(?:\s*\([^()]{1,12}\))?,\s+(?:the|a|an)\s+(?:(?!(?:with|of|for|to|in|on|at|by|from|and|or)\s)[\p{Ll}’'-]+\s+){0,3}?(\p{Ll}+)(?=,\s+(?!(?:the|a|an|and|or)\b)\p{Ll}|\.)/u;

/** Nouns of public bodies a description may name by their name's own words: "the consumer watchdog", "the finance committee". */
const NAMED_WITH_ITS_WORDS = new Set("watchdog regulator committee bank commission agency authority department ministry council board panel tribunal".split(" "));
/** Words before a body's noun that say nothing of which it is: "the main union", "the new agency". */
const GENERIC_BODY_MODIFIERS = new Set("main biggest largest new former same other whole entire independent official private public".split(" "));
/** A legislature's or a court's name, which "the administration" never means: "Congress", "the Supreme Court". */
const LEGISLATURE_OR_COURT = /\b(?:Congress|Senate|House|Parliament|Assembly|Legislature|Court|Tribunal|Dáil|Bundestag)\b/;

export class Discourse {
  private lastByKind = new Map<EntityKind, Seen>();
  /** The latest name of unknown kind that may be a person's ("Santorum"; not "the Earth"): "he" when no person fits. */
  private lastUnknownName: Seen | null = null;
  private lastPerson: Seen | null = null;
  private lastPersonSubject: Seen | null = null;
  /** The body that was last the subject of a sentence ("The nearby Tea Party had …"): what "the group" most likely is. */
  private lastBodySubject: Seen | null = null;
  /** The latest name of no known sort that was a sentence's subject after an opening of where ("In Paris, Le Monde saw a wider lesson"). */
  private lastUnknownSubject: Seen | null = null;
  /** The sentence observed last (the one before the sentence being read). */
  private lastObserved = -1;
  /** Where the mentions observed so far end: names after it are yet to come. */
  private observedTo = 0;
  private lastSpeaker: Seen | null = null;
  /** The person who spoke before the last speaker, when another. */
  private speakerBefore: Seen | null = null;
  /** The latest source that is one body or document, not a person ("The cable warned …. It said …"). */
  private lastBodySpeaker: Seen | null = null;
  /** The latest body or unnamed source that spoke through one person ("A spokeswoman for the trust said"), with that person's gender if the words tell it. */
  private lastVoice: (Seen & { gender: Gender | null }) | null = null;
  /** The latest one person described, not named, who spoke ("The whistleblower … said"): "she" when no one named fits. */
  private lastDescribedPerson: (Seen & { gender: Gender | null }) | null = null;
  private lastAnonymousSpeaker: Seen | null = null;
  /** The latest body whose document opened a sentence as its subject ("The GAO report did not examine …"): "it" next. */
  private lastDocumentBody: Seen | null = null;
  /** The latest one who spoke through their office ("The mayor's office said"): whom "the office" next means. */
  private lastOfficeSpeaker: Seen | null = null;
  /** The latest organisation whose name may be a company's (not "Northgate University"): what "the company" means. */
  private lastCompany: Seen | null = null;
  private lastPlural: Seen | null = null;
  /** The latest person given each role word, and the latest body quoted through each ("a Google spokesperson"). */
  private personByRoleWord = new Map<string, Seen>();
  /** Everyone given each occupation word, with how they were described (lower case): "radio host", "Fox News host". */
  private holdersByOccupation = new Map<string, Map<string, string>>();
  private bodyByRoleWord = new Map<string, Seen>();
  /** "word:key" for a title someone held before ("Former President Bill Clinton": "president:e3"). */
  private formerTitles = new Set<string>();
  /** The latest body named with each description's noun as its last word ("Ways and Means Committee"). */
  private bodyByHeadWord = new Map<string, Seen>();
  /** The latest person named before such a noun ("Romney" of "the Romney campaign"). */
  private personWithBody = new Map<string, Seen>();
  /** The latest mention of each person, by gender (unknown under "?"). */
  private lastPersonByGender = new Map<Gender | "?", Seen>();
  /** The same, leaving out mentions after a preposition ("asked about Smith"): people who may be "he" next. */
  private lastFreePersonByGender = new Map<Gender | "?", Seen>();

  constructor(
    private readonly ents: EntityIndex,
    private readonly text: string = "",
  ) {}

  private genderOk(key: string, want: Gender): boolean {
    const g = this.ents.genderOf(key);
    return g === null || g === want;
  }

  /** The mention follows a preposition ("Of Obama, he said", "asked about Smith"): not a subject. */
  private afterPreposition(m: Mention): boolean {
    const before = this.text.slice(Math.max(0, m.start - 28), m.start);
    return PREPOSITION_BEFORE.test(before);
  }

  /**
   * A person mention a later "he" or "she" may mean: not after a preposition ("asked about Smith"), not an
   * appositive after someone's relation ("his wife, Huma Abedin"), not a modifier of a body ("the Obama administration").
   */
  private mayBeReferredTo(m: Mention): boolean {
    if (this.afterPreposition(m)) return false;
    const lead = this.text.slice(Math.max(0, m.start - 60), m.start);
    if (/\b(?:his|her|their|its)\s+\p{Ll}+, $/u.test(lead)) return false;
    // (Nor kin named after their relation in a list of survivors: "survived by his wife of 52 years, the former Delia
    // Grant; a sister, Evangeline Tate;"; not kin opening a sentence, "A brother of the boy, Tom Reyes, saw …".)
    const kin = /(?:\bsurvived\s+by|;|\band)\s+(?:(?:his|her|their|a|an|the)\s+)?(\p{Ll}+)(?: of [^,;]{1,20})?, (?:the former )?$/u.exec(lead)?.[1];
    if (kin && KIN_NOUNS.has(kin)) return false;
    return !this.modifiesBody(m);
  }

  /**
   * A name after "a" or "an" before a word in lower case, saying what sort of thing that is: "a Facebook group" (not
   * someone who speaks for it, "A Hollins & Webb spokesperson", nor a part of it, "a Sawit Jaya subsidiary").
   */
  private attributive(m: Mention): boolean {
    if (!/(?:^|\s)(?:a|an)\s$/i.test(this.text.slice(Math.max(0, m.start - 4), m.start))) return false;
    const next = /^\s(\p{Ll}+)/u.exec(this.text.slice(m.end, m.end + 24))?.[1];
    return next !== undefined && !isPersonNoun(next) && !SPOKESPERSON_WORDS.has(next) && !ROLE_HEADS.has(next) && !PART_OF_A_BODY.has(next);
  }

  /** A name that only says whose body something is: "the Obama administration", "Kline campaign aide Tom Reyes". */
  modifiesBody(m: Mention): boolean {
    return /^ (?:administration|campaign|government|team|camp|White House|family|foundation)\b/.test(this.text.slice(m.end, m.end + 16));
  }

  /** Records the mentions of a sentence once it has been analysed. */
  observe(mentions: Mention[], sentence: number, quoted: (pos: number) => boolean = () => false, subject: Mention | null = null): void {
    this.lastObserved = sentence;
    for (const m of mentions) if (m.end > this.observedTo) this.observedTo = m.end;
    for (const m of mentions) {
      if (quoted(m.start)) continue;
      const kind = this.ents.kindOf(m.entityKey);
      const seen = { key: m.entityKey, sentence, at: m.start };
      // (The cheap test first: most names do not open a sentence after "The".)
      if (BODY_KINDS_SPEAKING.has(kind) && SENTENCE_OPENING_THE.test(this.text.slice(Math.max(0, m.start - 8), m.start)) && DOCUMENT_AFTER_BODY.test(this.text.slice(m.end, m.end + 40))) this.lastDocumentBody = seen;
      if (this.ents.isPlural(m.entityKey)) this.lastPlural = seen;
      // (Not a name that only says what sort of thing follows: "who runs a Facebook group" is no company "the company" means.)
      // (Only past a body of its sort named before: "Workers at a Parcelon Logistics warehouse walked out. The company
      // said" is the only company there is.)
      else if (!(this.lastByKind.has(kind) && this.attributive(m))) {
        this.lastByKind.set(kind, seen);
        if (kind === "organization" && isCompanyName(this.ents.nameOf(m.entityKey))) this.lastCompany = seen;
      }
      // (Not after "the", nor after "in", "near", "from" or the like, where a name is a place: "tested positive in Sao
      // Paulo", "a trader from Khulna".)
      if (kind === "other" && !this.ents.isPlural(m.entityKey) && !/\b(?:[Tt]he|in|near|from|outside|at|across|around)\s+$/.test(this.text.slice(Math.max(0, m.start - 8), m.start))) this.lastUnknownName = seen;
      if (m === subject && (kind === "organization" || kind === "institution" || kind === "outlet")) this.lastBodySubject = seen;
      // (Only after an opening of where: "In Paris, Le Monde saw …", as a press review names its papers.)
      if (m === subject && kind === "other" && PLACE_OPENING_BEFORE.test(this.text.slice(Math.max(0, m.start - 40), m.start))) this.lastUnknownSubject = seen;
      if (kind !== "person" && kind !== "place") {
        // (The head before "of" or "for": "Institute for Conflict Monitoring", "University of Oregon".)
        // (And before a company's legal form: "Savannah Expressway Company Ltd" is what "the company" means.)
        const core = m.text.split(/\s(?:of|for|on)\s/)[0]!.replace(LEGAL_FORM_AT_END, "");
        const head = core.slice(core.lastIndexOf(" ") + 1).toLowerCase();
        if (DESCRIPTION_NOUNS.has(head) || NAME_WORDS_DESCRIBED.has(head)) this.bodyByHeadWord.set(head, seen);
        // "The state's distribution utility, Purva Ganga Vidyut Nigam Limited (PGVNL), …", "Acme Power, the regional
        // utility, …": a body introduced by a description set off by a comma is what that description's noun means.
        // (Both need a comma, or an acronym in brackets, right after the name: a cheap test first.)
        const next = this.text.charCodeAt(m.end);
        if (next === 44 || next === 40 || (next === 32 && this.text.charCodeAt(m.end + 1) === 40)) {
          const after = this.text.slice(m.end, m.end + 80);
          const described = (CLOSES_ASIDE.test(after) ? DESCRIBED_BEFORE.exec(this.text.slice(Math.max(0, m.start - 60), m.start))?.[1] : undefined) ?? DESCRIBED_AFTER.exec(after)?.[1];
          // (A name of no known sort described so is that body: "A parents' group, Five Days for Kids, …".)
          if (described && DESCRIPTION_KINDS[described.toLowerCase()]?.some((k) => k === kind || (kind === "other" && k === "organization"))) this.bodyByHeadWord.set(described.toLowerCase(), seen);
        }
        // "organised by the charity Hope Ward Wales": a body named right after the noun that describes it.
        const right = DESCRIBED_RIGHT_BEFORE.exec(this.text.slice(Math.max(0, m.start - 40), m.start))?.[1]?.toLowerCase();
        if (right && DESCRIPTION_KINDS[right]?.some((k) => k === kind)) this.bodyByHeadWord.set(right, seen);
        // (Or its first word, in a language that puts the noun first: "Unión Jornalera" is "the union"; not a place's
        // word opening an English name: "the city" is no "City Council".)
        const first = plainWords(core)[0]!;
        // (Only a word written with an accent, as no English name's is: not "Union Pacific", "Club Med".)
        const foreign = core.split(" ")[0]!.toLowerCase() !== first;
        if (first !== head && foreign && (kind === "organization" || kind === "institution") && NAMED_SO_ONLY.has(first) && !PLACE_LEVELS.has(first)) this.bodyByHeadWord.set(first, seen);
      } else if (kind === "person") {
        // "the Romney campaign", "Obama's administration": a body named after the person.
        const next = this.text.charCodeAt(m.end + 1);
        // (Only " c…", " a…", "'s …": the pattern is not run after most names.)
        if (next === 99 || next === 97 || next === 115) {
          const body = PERSONS_BODY.exec(this.text.slice(m.end, m.end + 20))?.[1];
          if (body) this.personWithBody.set(body, seen);
        }
      }
      if (kind === "person") {
        this.lastPerson = seen;
        this.lastPersonByGender.set(this.ents.genderOf(m.entityKey) ?? "?", seen);
        if (this.mayBeReferredTo(m)) this.lastFreePersonByGender.set(this.ents.genderOf(m.entityKey) ?? "?", seen);
        if (m === subject) this.lastPersonSubject = seen;
        // "according to the player's agent, Karim Fawzy": a description set off before the name gives its noun to them
        // ("the agent added" later), as a title before the name does.
        // (Only a description standing as the name's own, opening its clause or after "according to": not an object,
        // "After being treated by the doctor, Michael Flynn said", "Thanking her coach, Amy Lin said".)
        const lead = this.text.charCodeAt(m.start - 2) === 44 ? this.text.slice(Math.max(0, m.start - 80), m.start) : "";
        const setOff = lead ? DESCRIPTION_SET_OFF_BEFORE.exec(lead) : null;
        const described = setOff && STANDS_BEFORE_DESCRIPTION.test(lead.slice(0, setOff.index).replace(/\b(?:the|a|an)\s+$/i, "")) ? setOff[1] : undefined;
        if (described && (ROLE_HEADS.has(described) || OCCUPATIONS.has(described)) && !this.personByRoleWord.has(described)) this.personByRoleWord.set(described, seen);
        if (m.role && !this.hypotheticalTitle(m, m.role)) {
          // ("Former President Bill Clinton" is "the former president" later, and for who is blamed not "the president".)
          const former = /\b(?:former|ex|late)\b/i.test(m.role) || /\b(?:former|ex|late)\b/i.test(this.text.slice(Math.max(0, m.start - m.role.length - 10), m.start));
          // "Vice President Joe Biden" is not "the president" later.
          // Nor is "Deputy Assistant Secretary Charlene Lamb" "the secretary": a deputy's head word is not theirs.
          let deputy = false;
          let shadowed = false;
          for (const w of m.role.toLowerCase().replace(/\bvice[\s\-]+president/g, "vice_president").split(/[\s\-,]+/)) {
            const word = w.replace(/\.$/, "");
            // (Whom one serves is someone else: "a spokeswoman for the governor", "adviser to the president".)
            if (word === "for" || word === "to") break;
            const under = deputy;
            // ("the shadow chancellor", "the shadow home secretary" later is the one given that title, and no word of
            // it is theirs alone.)
            if (shadowed) {
              this.personByRoleWord.set(`shadow ${word}`, seen);
              continue;
            }
            shadowed = word === "shadow";
            deputy = DEPUTY_WORDS.has(word);
            if (under || shadowed) continue;
            // ("Union president Ann Holt" does not take "the president" from "President Barack Obama": a lower-case
            // title after a body's name is that body's, and only stands alone when no one else holds it.)
            const ofBody = this.personByRoleWord.has(word) && titleOfBody(m.role, word);
            if (!ofBody) this.personByRoleWord.set(word, seen);
            if (former) this.formerTitles.add(`${word}:${m.entityKey}`);
            if (OCCUPATIONS.has(word)) {
              const holders = this.holdersByOccupation.get(word) ?? new Map<string, string>();
              // The words before the name too: the role keeps only its head ("host" of "radio host Ron Lamb").
              const described = `${this.text.slice(Math.max(0, m.start - 40), m.start)} ${m.role}`.toLowerCase();
              holders.set(m.entityKey, `${holders.get(m.entityKey) ?? ""} ${described}`);
              this.holdersByOccupation.set(word, holders);
            }
            // "Gov. Sarah Palin" is "the governor" later.
            for (const full of TITLE_WORDS.get(word) ?? []) {
              this.personByRoleWord.set(full, seen);
              if (former) this.formerTitles.add(`${full}:${m.entityKey}`);
            }
          }
          // "Mr Justice Fergal Ó Dálaigh" of an Irish or British court, "Justice Anthony Kennedy": "the judge" later (not
          // "Justice Minister Tom Reed", "Justice Department official Tom Reed", whose title ends in another word).
          if (/(?:^|\s)justice$/i.test(m.role.trim())) {
            this.personByRoleWord.set("judge", seen);
            if (former) this.formerTitles.add(`judge:${m.entityKey}`);
          }
          // "Prime Minister Masayuki Terauchi" is "the premier" later.
          if (/\bprime\s+minister\b/i.test(m.role)) {
            this.personByRoleWord.set("premier", seen);
            if (former) this.formerTitles.add(`premier:${m.entityKey}`);
          }
          // "former District Attorney Victor Sandoval" is "the former prosecutor" later.
          if (/\b(?:district|state['’]s|county|commonwealth['’]s)\s+attorney\b/i.test(m.role)) {
            this.personByRoleWord.set("prosecutor", seen);
            if (former) this.formerTitles.add(`prosecutor:${m.entityKey}`);
          }
        }
      }
    }
  }

  /**
   * "a President Romney": a title after "a" is what someone might become, not what they are; but not when a noun goes
   * with the "a" ("a Governor Tom Reyes appointee": Reyes is the governor).
   */
  private hypotheticalTitle(m: Mention, role: string): boolean {
    const lead = this.text.slice(Math.max(0, m.start - role.length - 8), m.start);
    if (!lead.endsWith(`${role} `) || !/(?:^|\s)[Aa]n?\s+$/.test(lead.slice(0, -(role.length + 1)))) return false;
    const next = /^\s+(\p{Ll}+)/u.exec(this.text.slice(m.end, m.end + 24))?.[1];
    return next === undefined || NOT_A_NOUN_AFTER_NAME.has(next);
  }

  /**
   * "him", "his", "her" as the object of a verb or its owner ("called for his resignation"): a person named before it
   * in the sentence, the nearest first and after a preposition too, else the person named last if that was at most
   * `reach` sentences back; never `exclude` (the speaker, whom their own object pronoun rarely means).
   */
  resolveObjectPronoun(pronoun: "he" | "she", before: Mention[], exclude: string, sentence: number, reach: number): string | null {
    const want: Gender = pronoun === "he" ? "m" : "f";
    for (let i = before.length - 1; i >= 0; i--) {
      const key = before[i]!.entityKey;
      if (key !== exclude && this.ents.kindOf(key) === "person" && this.genderOk(key, want)) return key;
    }
    const latest = latestOf(this.lastPersonByGender, want);
    return latest && latest.key !== exclude && sentence - latest.sentence <= reach && this.genderOk(latest.key, want) ? latest.key : null;
  }

  /** Whether a person may be "he" (or "she"): not known to be of the other gender. */
  mayBe(key: string, pronoun: "he" | "she"): boolean {
    return this.ents.kindOf(key) === "person" && !this.ents.isPlural(key) && this.genderOk(key, pronoun === "he" ? "m" : "f");
  }

  /** The latest person the article gave this role word ("mayor" of "Mayor Ann Holt"), or null. */
  holderOf(roleWord: string): string | null {
    return this.personByRoleWord.get(roleWord)?.key ?? null;
  }

  /** A body quoted through someone in this role ("a spokesperson for Google"): "the spokesperson" is that body. */
  noteRole(roleWord: string, key: string, at: number): void {
    this.bodyByRoleWord.set(roleWord, { key, sentence: -1, at });
  }

  /** `viaDocument`: the speaker spoke through a document ("The cable, sent under Stevens' signature, warned"), which "it" may mean next. */
  noteSpeaker(key: string, sentence: number, viaDocument = false, worded = ""): void {
    const seen = { key, sentence, at: Number.MAX_SAFE_INTEGER };
    // "A spokeswoman for the trust said …. “…,” she said.": the one voice of a body, whom "she" may mean next.
    const voice = this.ents.kindOf(key) !== "person" && !this.ents.isPlural(key) ? ONE_VOICE.exec(worded) : null;
    if (voice) this.lastVoice = { ...seen, gender: voice[1] === "man" ? "m" : voice[1] === "woman" ? "f" : null };
    // One person the article describes without naming, for "he" or "she" when no one named will do ("The
    // whistleblower, who …, said …. “…,” she said").
    const described = this.ents.kindOf(key) === "unnamed" && !this.ents.isPlural(key) ? wordsBeforeOf(worded) : null;
    if (described && describesOnePerson(described)) this.lastDescribedPerson = { ...seen, gender: genderOfRole(described.at(-1)!) };
    if (viaDocument) this.lastBodySpeaker = seen;
    if (/['’]s\s+office$|^the\s+office\s+of\s+the\s+\p{Ll}+$/iu.test(worded.trim())) this.lastOfficeSpeaker = seen;
    // ("Analysts at Capewell Securities … wrote …. “…,” they wrote": people of a body, spoken for by it, are who "they"
    // next means, as the body's own name is singular.)
    const people = this.ents.isPlural(key) || this.ents.kindOf(key) === "person" ? null : PEOPLE_OF_A_BODY_WORDED.exec(worded.trim());
    if (people && namesPeople(people[1]!.toLowerCase())) this.lastPlural = seen;
    // Speakers named together ("Mr. Udall and Mr. Wyden said") are who "they" next means.
    if (this.ents.isPlural(key)) {
      // (…and not who "he" or "she" means.)
      this.lastPlural = seen;
      return;
    }
    // (One anonymous source, whom a singular "they" may mean next; not a study or a group described.)
    if (this.ents.kindOf(key) === "anonymous") this.lastAnonymousSpeaker = seen;
    if (this.ents.kindOf(key) === "person") {
      if (this.lastSpeaker && this.lastSpeaker.key !== key) this.speakerBefore = this.lastSpeaker;
      this.lastSpeaker = seen;
    }
    // (Not an anonymous source, always a person: "a person with knowledge of the talks" is no "it".)
    else if (!this.ents.isPlural(key) && this.ents.kindOf(key) !== "anonymous") this.lastBodySpeaker = seen;
  }

  /** Whether the article gave anyone this occupation or title word ("Ann Kerr, a witness," for "witness"). */
  isGiven(word: string): boolean {
    return this.holdersByOccupation.has(word) || this.personByRoleWord.has(word);
  }

  /** The person who spoke in this sentence or the `maxAge` before, else the person those were about. */
  recentPersonKey(sentence: number, maxAge = 1): string | null {
    const recent = [this.lastSpeaker, this.lastPersonSubject].filter((x): x is Seen => x !== null && sentence - x.sentence <= maxAge && this.ents.kindOf(x.key) === "person");
    // (The later of the two: "Lugo testified … Striker Tom Reyes scored twice. The teenager said" is Reyes.)
    return recent.sort((a, b) => b.sentence - a.sentence || b.at - a.at)[0]?.key ?? null;
  }

  /** The body this sentence or the one before was about ("Acme Corp cut its forecast. It said …"), or null. */
  recentBodySubjectKey(sentence: number): string | null {
    const subject = this.lastBodySubject;
    return subject && sentence - subject.sentence <= 1 ? subject.key : null;
  }

  /**
   * The body that spoke in the sentence before, as an organisation or institution ("The university said …" of
   * Northgate University), or null.
   */
  previousBodySpeakerKey(sentence: number): string | null {
    const body = this.lastBodySpeaker;
    if (!body || sentence - body.sentence !== 1) return null;
    const kind = this.ents.kindOf(body.key);
    return kind === "organization" || kind === "institution" ? body.key : null;
  }

  /**
   * The person, named or described, who spoke in this sentence or the `maxAge` before (or, if named, was what those
   * were about, unless `spokeOnly`), the latest first: "A neighbour … told the paper …. “…,” the housewife said";
   * with `spokeOnly`, null when two people spoke in that time.
   */
  recentOneSpeakerKey(sentence: number, maxAge = 1, spokeOnly = false): string | null {
    const named = [this.lastSpeaker, spokeOnly ? null : this.lastPersonSubject].filter((x): x is Seen => x !== null && this.ents.kindOf(x.key) === "person");
    const recent = [...named, ...(this.lastDescribedPerson ? [this.lastDescribedPerson] : [])].filter((x) => sentence - x.sentence <= maxAge);
    // (Only one: not when another person spoke in that time too, "Ann Holt said …, and Tom Beal said …".)
    const other = this.speakerBefore;
    if (spokeOnly && other && other.key !== this.lastSpeaker?.key && this.ents.kindOf(other.key) === "person" && sentence - other.sentence <= maxAge) return null;
    return recent.sort((a, b) => b.sentence - a.sentence || b.at - a.at)[0]?.key ?? null;
  }

  lastSpeakerKey(maxAge: number, sentence: number): string | null {
    return this.lastSpeaker && sentence - this.lastSpeaker.sentence <= maxAge ? this.lastSpeaker.key : null;
  }

  /**
   * "he", "she", "it", "they", with the mentions of the current sentence before it; `sentence` is that sentence's
   * index (how recently a body spoke decides "it").
   */
  resolvePronoun(pronoun: string, before: Mention[], afterFrontedClause = false, sentence = Number.POSITIVE_INFINITY): string | null {
    const p = pronoun.toLowerCase();
    if (p === "he" || p === "she") {
      const want: Gender = p === "he" ? "m" : "f";
      let hit: string | null = null;
      // A person named earlier in the same sentence ("Smith arrived, and he said…"), not one after a preposition —
      // unless the pronoun opens the main clause after a fronted one ("When the draft was sent to Mr. Petraeus, he …").
      // (Never people in the plural: "Opposition MPs shouted “Shame!” as she added …".)
      for (const m of before) {
        if (this.ents.kindOf(m.entityKey) === "person" && !this.ents.isPlural(m.entityKey) && this.genderOk(m.entityKey, want) && (afterFrontedClause || !this.afterPreposition(m))) {
          hit = m.entityKey;
          break;
        }
      }
      if (!hit) {
        // The last speaker only if a person: "Democrats contend …. In that letter he argued" is not Democrats.
        const sp = this.lastSpeaker && this.ents.kindOf(this.lastSpeaker.key) === "person" && this.genderOk(this.lastSpeaker.key, want) ? this.lastSpeaker : null;
        const sub = this.lastPersonSubject && this.genderOk(this.lastPersonSubject.key, want) ? this.lastPersonSubject : null;
        const chosen = sub && (!sp || sub.sentence > sp.sentence) ? sub : sp;
        // A person named in a later sentence than that subject or speaker is the one on the reader's mind ("That did
        // not satisfy Justice Scalia. “…,” he said."); within one sentence the subject or speaker still comes first.
        const recent = latestOf(this.lastFreePersonByGender, want);
        const latest = recent && this.genderOk(recent.key, want) && (!chosen || recent.sentence > chosen.sentence) ? recent : chosen;
        // A body's spokeswoman who spoke since, or in the same sentence, and lately ("…,” she said" after her).
        const voice = this.lastVoice && this.lastVoice.gender !== (want === "m" ? "f" : "m") && sentence - this.lastVoice.sentence <= 2 ? this.lastVoice : null;
        // A person described, of that gender, who spoke in this sentence or the one before and since anyone named
        // ("The boy’s mother told the Post …. “…,” she said").
        const described = this.lastDescribedPerson;
        // (Or of no gender its words give, in the sentence right before, when no one was named in the sentence before it:
        // "Chaco's minister, Rodolfo Ibarra, said …. Doctors describe crowded rooms. A nurse …, who asked not to be named,
        // said …. She said …"; but "Ann Holt spoke. An aide said …. “…,” she said." is Holt.)
        const ungendered = described?.gender === null && sentence - described.sentence === 1 && (!latest || described.sentence - latest.sentence >= 2);
        const describedSpoke = described && (described.gender === want || ungendered) && sentence - described.sentence <= 1 && (!latest || described.sentence > latest.sentence);
        hit = describedSpoke ? described.key : voice && (!latest || voice.sentence >= latest.sentence) ? voice.key : (latest?.key ?? null);
      }
      if (!hit) {
        // The most recent person of that gender (or of unknown gender).
        const best = latestOf(this.lastPersonByGender, want);
        if (best && this.genderOk(best.key, want)) hit = best.key;
      }
      // (No one named: a person described who spoke in the last two sentences.)
      if (!hit && this.lastDescribedPerson && sentence - this.lastDescribedPerson.sentence <= 2) return this.lastDescribedPerson.key;
      if (hit) {
        this.ents.setGender(hit, want);
        return hit;
      }
      return this.lastUnknownName?.key ?? null;
    }
    if (p === "it") {
      for (let i = before.length - 1; i >= 0; i--) {
        const k = this.ents.kindOf(before[i]!.entityKey);
        // (Not a sum or a model, a thing with digits in its name: "about R900 million a day, according to its own estimates".)
        if (k === "other" && /\d/.test(before[i]!.text)) continue;
        if (k !== "person" && !this.ents.isPlural(before[i]!.entityKey)) return before[i]!.entityKey;
      }
      // Else only a body or document that spoke in the last two sentences ("The NAACP … said …. It said"): the
      // latest body merely named is too often not what "it" means ("It promises to be a bruising campaign").
      const body = this.lastBodySpeaker;
      // (Or the body whose document the sentence before was about: "The GAO report did not examine …. It said".)
      const document = this.lastDocumentBody;
      // (Not when another body spoke in that sentence too: "…, and the Pentagon said it disagreed. It said".)
      if (document && sentence - document.sentence === 1 && (!body || document.sentence > body.sentence)) return document.key;
      return body && sentence - body.sentence <= 2 ? body.key : null;
    }
    if (p === "they") {
      for (let i = before.length - 1; i >= 0; i--) if (this.ents.isPlural(before[i]!.entityKey)) return before[i]!.entityKey;
      // ("A source close to the star told The Blaze …. “…,” they said.": one anonymous source who just spoke, as "they".)
      // (Only from the sentence just before: "… told the Blaze …. Fans gathered outside. “…,” they said." is the fans'.)
      const anonymous = this.lastAnonymousSpeaker && sentence - this.lastAnonymousSpeaker.sentence <= 1 ? this.lastAnonymousSpeaker : null;
      if (anonymous && (!this.lastPlural || anonymous.sentence > this.lastPlural.sentence)) return anonymous.key;
      return this.lastPlural?.key ?? this.mostRecent(["anonymous", "unnamed", "institution"]);
    }
    return null;
  }

  /**
   * "the organization", "the publication", "the president": the most recent entity of the matching kind. `strict`
   * (for someone blamed, not a source): only a person the article gave the role word, only a body named in the
   * sentence, named with the noun, or the subject of the sentence before, and never one a capitalised modifier does
   * not name ("the Obama administration").
   */
  resolveDescription(noun: string, before: Mention[], modifiers: readonly string[] = [], strict = false): string | null {
    const n = noun.toLowerCase();
    const kinds = DESCRIPTION_KINDS[n];
    if (!kinds) return null;
    // ("The mayor's office said …. The office said": whoever spoke through that office, in the last two sentences.)
    // (Only "the office" alone, or its press office: not "The city budget office said", another office named by its words.)
    const ownOffice = modifiers.every((w) => /^(?:press|communications|media)$/i.test(w));
    if (n === "office" && !strict && ownOffice && this.lastOfficeSpeaker && this.lastOfficeSpeaker.sentence >= this.lastObserved - 1) return this.lastOfficeSpeaker.key;
    if (strict) {
      const names = modifiers.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
      const key = kinds[0] === "person" ? this.currentHolder(n, modifiers) : this.resolveBody(n, kinds, before, true);
      return key && names.every((w) => this.ents.nameOf(key).toLowerCase().split(/\s+/).includes(w)) ? key : null;
    }
    if (kinds[0] === "person") {
      if (modifiers.some((w) => w.toLowerCase() === "shadow")) return this.personByRoleWord.get(`shadow ${n}`)?.key ?? null;
      // "The Senate historian said", "Tom Hale met Ann Holt, and the economist said": an occupation, unlike a title,
      // is only ever the person the article gave it, never just the last person named.
      // (So is a role in a courtroom, on a pitch or a stage: "the judge", "the prosecutor", "the referee", "the actor".)
      const occupation = OCCUPATIONS.has(n) || HELD_ONLY_BY_THOSE_NAMED_SO.has(n);
      // "the Fox News host" with a talk show host and a radio host named: the one whose role has those words, or no one.
      const holders = occupation && modifiers.length ? this.holdersByOccupation.get(n) : undefined;
      if (holders && holders.size > 1) {
        const fit = [...holders].filter(([, described]) => {
          const words = new Set(described.split(/[^\p{L}\p{N}'’-]+/u));
          return modifiers.every((w) => words.has(w));
        });
        if (fit.length === 1) return fit[0]![0];
        // No holder's role has those words ("the Fox News host" of a talk show host and a radio host): the one who
        // has been speaking, when that is one of them.
        return fit.length === 0 && this.lastSpeaker && holders.has(this.lastSpeaker.key) ? this.lastSpeaker.key : null;
      }
      // "the woman", "the spokesman": never someone known to be of the other gender.
      const gender = genderOfRole(n);
      const fits = (key: string | undefined) => key !== undefined && (!gender || this.genderOk(key, gender));
      // "The president pardoned Harlan Voss. … the president told reporters": an office one person holds is not someone
      // named beside "the president" as another (but "Joe Biden signed the bill. The president said" is Biden).
      const apart = (key: string) => ONE_HOLDER_OFFICES.has(n) && !modifiers.some((w) => /^(?:former|ex|then)$/i.test(w)) && this.namedBesideTheOffice(key, n);
      if (!occupation) for (let i = before.length - 1; i >= 0; i--) if (this.ents.kindOf(before[i]!.entityKey) === "person" && fits(before[i]!.entityKey)) return apart(before[i]!.entityKey) ? null : before[i]!.entityKey;
      const body = this.bodyByRoleWord.get(n);
      const person = this.personByRoleWord.get(n);
      if (body && (!person || body.at > person.at)) return body.key;
      // "the spokesperson" of no one named so: left to the quotation it belongs to.
      if (!person && (SPOKESPERSON_WORDS.has(n) || occupation)) return null;
      // (Not someone of another party: "Councillor Ruth Abel, a Liberal Democrat, …. The Labour councillor said".)
      if (person && this.ofAnotherParty(person.key, modifiers)) return null;
      if (person) return person.key;
      // (Not someone the article gave another title: "the bank's chief executive, Tom Reid" is not "the judge".)
      // (Nor, for "the opposition leader", someone given a post without "opposition": a side set against whoever spoke
      // last; not an epithet, "the labour leader", "the former police inspector", which may well be them.)
      const marked = modifiers.filter((w) => OTHER_SIDE.has(w));
      // (Only someone given another post: "Prime Minister Ieva Kalniņa" is no opposition leader; "Marta Holm, who heads the
      // Social Democrats," with no post recorded may be.)
      const roleHas = (key: string) => !marked.length || !this.ents.mentions.some((m) => m.entityKey === key && m.role !== null && m.role !== undefined && !marked.every((w) => m.role!.toLowerCase().includes(w)));
      const untitled = (key: string | undefined) => fits(key) && !this.titledOtherwise(key!) && !apart(key!) && roleHas(key!);
      if (untitled(this.lastPersonSubject?.key)) return this.lastPersonSubject!.key;
      if (untitled(this.lastPerson?.key)) return this.lastPerson!.key;
      return gender ? (latestOf(this.lastPersonByGender, gender)?.key ?? null) : null;
    }
    // ("the consumer watchdog": the one public body whose name holds the description's own words.)
    const namedWith = this.bodyNamedWith(n, modifiers, kinds);
    if (namedWith) return namedWith;
    // ("the Swiss syndicate": the one body the article gave that capitalised word before its name, "Swiss challenger
    // Léman Racing", rather than the body named last.)
    const marked = this.bodyMarkedBy(modifiers, kinds);
    // ("the syndicate": a lottery's or investors' as often as a team's, never just the body named last.)
    if (n === "syndicate") return marked;
    const resolved = this.resolveBody(n, kinds, before, false);
    // ("Unifor Local 144 said …. The company said": a union's local is never "the company".)
    const last = resolved && COMPANY_WORDS.has(n) && UNION_LOCAL.test(this.ents.nameOf(resolved)) ? null : resolved;
    // (The marked body only against another named with it, as two sides are: "Swiss challenger Léman Racing has accused
    // Team Aotearoa …"; not past the body a later sentence is about, "TotalEnergies, France's largest oil company, …".)
    const found = marked && last && marked !== last && this.namedTogether(marked, last) ? marked : last;
    // ("the administration" or "the government" is no legislature or court: not Congress in "a program that Congress
    // created …, though the administration has said …".)
    const body = found && (n === "administration" || n === "government") && LEGISLATURE_OR_COURT.test(this.ents.nameOf(found)) ? null : found;
    // ("the central bank" is not "Harlow Bank": a word of a body's name that the body found does not have.)
    const words = body ? this.ents.nameOf(body).toLowerCase().split(/\s+/) : [];
    const named = modifiers.some((w) => BODY_NAME_MODIFIERS.has(w) && !words.includes(w));
    // ("the carmaker" is not "Harlow Bank": a name that tells another trade.)
    const trade = TRADES[n];
    const otherTrade = trade !== undefined && words.some((w) => TRADE_OF_NAME_WORD[w] !== undefined && TRADE_OF_NAME_WORD[w] !== trade);
    if (named) return null;
    // ("the carmaker" is no news outlet: "Consumer Reports said …. The carmaker said".)
    if (trade !== undefined && body && this.ents.kindOf(body) === "outlet") return null;
    // ("Vetta Motors and Harlow Bank …. The lender said": the latest body whose name tells the trade.)
    if (otherTrade) return this.ents.entities.findLast((e) => (e.kind === "organization" || e.kind === "institution") && e.name.toLowerCase().split(/\s+/).some((w) => TRADE_OF_NAME_WORD[w] === trade))?.key ?? null;
    return body;
  }

  /**
   * "the consumer watchdog", "the energy regulator": the one body of these kinds, anywhere in the article, whose name
   * holds every word of the description's own (of four letters or more; not "state", "local"), as a lede may describe a
   * body it names in the next paragraph ("the Australian Consumer and Markets Commission"); null otherwise.
   */
  private bodyNamedWith(noun: string, modifiers: readonly string[], kinds: readonly string[]): string | null {
    if (!NAMED_WITH_ITS_WORDS.has(noun)) return null;
    // (Not a nationality, which names no body's words but where it is from: "the British company".)
    const own = modifiers.filter((w) => /^\p{Ll}{4,}$/u.test(w) && !JURISDICTIONS.has(w) && !GENERIC_BODY_MODIFIERS.has(w) && !/(?:ish|ese|ian|an|ch|ss)$/.test(w));
    if (!own.length || own.length !== modifiers.filter((w) => !/^(?:the|a|an)$/.test(w)).length) return null;
    // (Not a body named whole before the noun: "The United Rugby Championship panel" is the body's panel.)
    const bodies = this.ents.entities.filter((e) => {
      const words = e.name.toLowerCase().split(/\s+/);
      return kinds.includes(e.kind) && own.every((w) => words.includes(w)) && words.length > own.length;
    });
    return bodies.length === 1 ? bodies[0]!.key : null;
  }

  /** Whether two entities are named in one sentence. */
  private namedTogether(a: string, b: string): boolean {
    return this.ents.bySentence.some((ms) => ms.some((m) => m.entityKey === a) && ms.some((m) => m.entityKey === b));
  }

  /** The one body of these kinds named right after a capitalised word among `modifiers` ("Swiss challenger Léman Racing"), or null. */
  private bodyMarkedBy(modifiers: readonly string[], kinds: readonly string[]): string | null {
    for (const word of modifiers) {
      if (!/^\p{Ll}{3,}$/u.test(word)) continue;
      const capital = `${word[0]!.toUpperCase()}${word.slice(1)}`;
      const before = new RegExp(String.raw`\b${capital}\s+(?:[\p{Ll}-]+\s+){0,2}$`, "u");
      // (Only a body named so far: "The British company" is not Barclays, named after it.)
      const keys = new Set(this.ents.mentions.filter((m) => m.end <= this.observedTo && kinds.includes(this.ents.kindOf(m.entityKey)) && !this.ents.nameOf(m.entityKey).includes(capital) && before.test(this.text.slice(Math.max(0, m.start - 40), m.start))).map((m) => m.entityKey));
      if (keys.size === 1) return [...keys][0]!;
    }
    return null;
  }

  /** Whether the person is named in a sentence that has "the <office>" before the name ("The president pardoned Harlan Voss"). */
  private namedBesideTheOffice(key: string, office: string): boolean {
    const the = new RegExp(String.raw`\b[Tt]he\s+${office.replace("_", " ")}\b`);
    return this.ents.mentions.some((m) => {
      if (m.entityKey !== key) return false;
      const lead = this.text.slice(Math.max(0, m.start - 200), m.start);
      const sentence = lead.slice(lead.search(/[.!?]["”’]?\s+(?=[^.!?]*$)/) + 1);
      return the.test(sentence);
    });
  }

  /** Whether a description names a party ("Labour councillor") and the person's recorded roles name another. */
  private ofAnotherParty(key: string, modifiers: readonly string[]): boolean {
    const parties = modifiers.filter((w) => PARTY_NAMES.has(w.toLowerCase())).map((w) => w.toLowerCase());
    if (!parties.length) return false;
    // (What the article says the person is: a role, or an aside right after the name, ", a Liberal Democrat,".)
    const described = this.ents.mentions.filter((m) => m.entityKey === key).map((m) => `${m.role ?? ""} ${/^,\s+(?:a|an|the)\s+([^,.;]{1,40})/.exec(this.text.slice(m.end, m.end + 48))?.[1] ?? ""}`);
    const roles = described.join(" ").toLowerCase().split(/[^\p{L}]+/u);
    const theirs = roles.filter((w) => PARTY_NAMES.has(w));
    return theirs.length > 0 && !parties.every((p) => theirs.includes(p));
  }

  /** Whether the article gave this person a title (any role word). */
  private titledOtherwise(key: string): boolean {
    // (Not an honorific, which any title may go with: "Prof. Ann Kerr" may be "the vice-chancellor".)
    for (const [word, seen] of this.personByRoleWord) if (seen.key === key && !HONORIFIC_TITLES.has(word)) return true;
    return false;
  }

  /** The person the article gave the role word, if they hold it now, or held it before when the description says "former". */
  private currentHolder(word: string, modifiers: readonly string[]): string | null {
    const holder = this.personByRoleWord.get(word)?.key ?? null;
    return holder && modifiers.includes("former") === this.formerTitles.has(`${word}:${holder}`) ? holder : null;
  }

  /**
   * Whether `speaker`, a name of no known sort, spoke in the sentence before, and a trade's word `n` may mean it;
   * `orBareName`: or a body named by one word that says no trade ("Strathbeg"; not an initialism, "KeNHA").
   */
  private unknownBodySpoke(speaker: Seen, n: string, kinds: readonly string[], orBareName = false): boolean {
    const kind = this.ents.kindOf(speaker.key);
    const name = this.ents.nameOf(speaker.key);
    const bare = orBareName && kind === "organization" && /^\p{Lu}\p{Ll}+$/u.test(name);
    return speaker.sentence === this.lastObserved && kinds[0] === "organization" && !NOT_COMPANY_HEADS.has(n) && (kind === "other" || bare);
  }

  /** A body described by `n`; `near`: only one named in the sentence, named with the noun, or the sentence before's subject. */
  private resolveBody(n: string, kinds: readonly string[], before: Mention[], near: boolean): string | null {
    // ("the co-op" after "a local food co-op": the one the article only described, no body named.)
    if (COOP_WORDS.has(n) && INDEFINITE_COOP.test(this.text)) return null;
    // (A body of the sentence, but for "the bank" or "the hospital" only one named so: "In a filing with the Financial
    // Conduct Board, the bank said" is not the board.)
    // (Accents aside: "the union" is "Unión Jornalera".)
    const namedSo = (key: string) => !NAMED_SO_ONLY.has(n) || plainWords(this.ents.nameOf(key)).some((w) => (NAMED_AS[n] ?? [n]).includes(w));
    // (Nor whom a document went to: "In a statement to the NZX on Tuesday, the co-operative said" is not the exchange.)
    const addressed = (m: Mention) => DOCUMENT_TO_BEFORE.test(this.text.slice(Math.max(0, m.start - 40), m.start));
    for (let i = before.length - 1; i >= 0; i--) {
      const key = before[i]!.entityKey;
      if (kinds.includes(this.ents.kindOf(key) as never) && !this.ents.isPlural(key) && namedSo(key) && !addressed(before[i]!)) return key;
    }
    // "The watchdog also found" after "a report by the Department of Homeland Security's inspector general": the latest
    // body of oversight or regulation by the words of its name, over a body named since that it watches.
    if (n === "watchdog") {
      for (let si = this.lastObserved; si >= 0 && si >= this.lastObserved - 12; si--) {
        const found = (this.ents.bySentence[si] ?? []).findLast((m) => OVERSIGHT_NAME.test(this.ents.nameOf(m.entityKey)) && kinds.includes(this.ents.kindOf(m.entityKey) as never));
        if (found) return found.entityKey;
      }
      // (Or one the claims so far have named as a document's author, of no mention of its own: "a report released by
      // the Department of Homeland Security's inspector general"; not a body the text names only later.)
      const named = this.ents.entities.findLast((e) => OVERSIGHT_NAME.test(e.name) && kinds.includes(e.kind as never) && !this.ents.mentions.some((m) => m.entityKey === e.key));
      if (named) return named.key;
    }
    // "the campaign" after "the Romney campaign", "the committee" after "the Ways and Means Committee".
    // (Of the bodies named with any of the description's words, the latest: "The Army … The Coast Guard …. The service".)
    const named = this.bodyByHeadWord.get(n) ?? (NAMED_AS[n] ?? []).map((w) => this.bodyByHeadWord.get(w)).reduce<Seen | undefined>((a, b) => (b && (!a || b.at > a.at) ? b : a), undefined);
    const owner = this.personWithBody.get(n);
    if (owner && (!named || owner.at > named.at)) {
      return this.ents.ensure(`${this.ents.nameOf(owner.key).split(/\s+/).pop()} ${n}`, n === "administration" ? "institution" : "organization");
    }
    // ("… will face Stirling Albion …. In a statement, Strathbeg said …. The club said": a name of no known sort that spoke
    // in the sentence before, over a body the noun's words named earlier that did not speak since.)
    const speaker = this.lastBodySpeaker;
    // (Not over a body whose own name has the noun: "Kelby Town Football Club …. In a statement, Brightwell said …. The
    // club said" is the club answering its sponsor.)
    const namedWithNoun = named ? plainWords(this.ents.nameOf(named.key)).some((w) => w === n || (n === "club" && /^(?:fc|afc|cf|sc)$/.test(w))) : false;
    if (named && speaker && !namedWithNoun && this.unknownBodySpoke(speaker, n, kinds, true) && named.sentence < speaker.sentence) return speaker.key;
    if (named) return named.key;
    // ("the union" after "the Students' Union Government": a body whose name has the word, not as its head.)
    // (Not a place's word: "the county" is no "Tolliver County Commission".)
    if (NAMED_SO_ONLY.has(n) && !/^(?:county|city|district|tribe)$/.test(n)) {
      // (Not a body of people named after another body: "the university" is no "Kessock University Staff Union".)
      const ofItsPeople = (key: string) => {
        const last = plainWords(this.ents.nameOf(key)).at(-1) ?? "";
        return last !== n && PEOPLE_BODY_LAST_WORDS.has(last);
      };
      for (let si = this.lastObserved; si >= 0 && si >= this.lastObserved - 12; si--) {
        const found = (this.ents.bySentence[si] ?? []).findLast((m) => kinds.includes(this.ents.kindOf(m.entityKey) as never) && !this.ents.isPlural(m.entityKey) && namedSo(m.entityKey) && !ofItsPeople(m.entityKey));
        if (found) return found.entityKey;
      }
    }
    // "the team" of a team whose name has no word for a body ("Brisa-Valcourt"), "the union" of a workers' body named
    // as an association or a guild: the only organisation named so far that can be.
    const fallback = NAMELESS_KIND_FALLBACK[n];
    if (fallback) {
      const seen = this.ents.bySentence.slice(0, this.lastObserved + 1).flat();
      const keys = new Set([...seen, ...before].map((m) => m.entityKey).filter((key) => this.ents.kindOf(key) === "organization" && !this.ents.isPlural(key) && fallback(plainWords(this.ents.nameOf(key)))));
      if (keys.size === 1) return [...keys][0]!;
    }
    // A campaign is always someone's: not the latest organisation of any name; nor is "the hospital" or "the charity"
    // any body but one named so (else a body the text describes).
    if (n === "campaign" || NAMED_SO_ONLY.has(n)) return null;
    // The body the sentence before was about, over one it merely named after its subject.
    const subject = this.lastBodySubject;
    if (subject && subject.sentence === this.lastObserved && kinds.includes(this.ents.kindOf(subject.key) as never)) return subject.key;
    // ("Lusavia said in a statement …. The airline added": a name of no known sort that spoke in the sentence before is
    // the company a trade's word means, over a body named earlier; not a union's or a council's word.)
    if (speaker && this.unknownBodySpoke(speaker, n, kinds)) return speaker.key;
    // ("In Paris, Le Monde saw a wider lesson. The ruling showed, the paper argued": a name of no known sort that the
    // sentence before was about, after its opening of where, is the paper, over a paper named earlier.)
    const unknown = this.lastUnknownSubject;
    if (kinds.length === 1 && kinds[0] === "outlet" && unknown && unknown.sentence === this.lastObserved && unknown.at > (this.lastByKind.get("outlet")?.at ?? -1)) return unknown.key;
    // (Near: a body of the kind named in the last three sentences, "an inept I.R.S. … also scolded the agency".)
    if (near) return this.mostRecent(kinds as EntityKind[], this.lastObserved - 2);
    // ("the company" is no university, hospital or union named since.)
    if (COMPANY_WORDS.has(n) && this.lastCompany) return this.lastCompany.key;
    const hit = this.mostRecent(kinds as EntityKind[]);
    if (hit) return hit;
    // Fall back to any organisation-like entity (but "the paper" is no university).
    if (kinds.length === 1 && kinds[0] === "outlet") return this.mostRecent(["outlet", "other"]);
    // (Nor is "the company" a prosecutor's office or a ministry; nor "the administration" a name of no known sort,
    // most often a place's: "A federal judge in Boston ruled …. The administration said".)
    if (COMPANY_WORDS.has(n)) return this.mostRecent(["organization", "other"]);
    if (kinds.length === 1 && kinds[0] === "institution") return this.mostRecent(["institution", "organization"]);
    return this.mostRecent(["organization", "institution", "outlet", "other"]);
  }

  private mostRecent(kinds: readonly EntityKind[], sinceSentence = Number.NEGATIVE_INFINITY): string | null {
    let best: Seen | null = null;
    for (const k of kinds) {
      const s = this.lastByKind.get(k);
      if (s && s.sentence >= sinceSentence && (!best || s.at > best.at)) best = s;
    }
    return best?.key ?? null;
  }
}

/** Parts of a body, which a name before them still means: "a Sawit Jaya subsidiary", "a Vetta Motors plant". */
const PART_OF_A_BODY = new Set("subsidiary unit division affiliate arm branch plant factory store shop office site mill plantation mine facility depot".split(" "));
