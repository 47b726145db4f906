// Attribution: per sentence, find cues and their sources, split the sentence into claims where several
// sources speak ("Russia has denied …, and X has denied …"), and build each claim.

import { checkWorthiness } from "./check-worthiness";
import { describesOnlyBodiesNamedSo, namesFor, type Discourse } from "./coreference";
import { BELIEF_VERBS, chargeInClause, EVIDENCE_VERBS, isCriticismVerb, isDrawnReproach, isHeadlineSpeechVerb, isSpeechVerb, findCues, PASSIVE_MANNER, AS_THEN_AGENT, REASON_THEN_AGENT, tellsSomeone, verbClass, type Cue, type CueClass } from "./cues";
import { companyByLegalEnding, type EntityIndex } from "./entities";
import { findHedges } from "./hedges";
import { isBodyDescription, nameHead, OWNERSHIP_WORDS, personTitled } from "./headline-descriptions";
import { keywordFamilies, keywordFamily, type Families } from "./keywords";
import { ACCORDING_TO, actsChargedUnlawful, allegedAgainst, answersCharge, apologyOwedBy, blameLiesWith, blameWorded, attributedKind, callsUntrue, castAtFault, chargedSubject, culpableNamed, demandedToGo, deniesWrongdoing, faultedDeedOwner, harmCharged, judgedConduct, judgementCalled, livesCostBy, costUs, personReproached, ownVoiceKind, problemWith, reproachNounJudged } from "./kinds";
import { AUXILIARIES, BE_BEFORE, CAP_ADJECTIVES, BRACKETED_PARTY, HONOUR_WORD, OUTLET_NAME_WORDS, DOCUMENT_ASIDE_PARTICIPLES, GAVE_NAME_AS, isPersonNoun, LED_BY_WORDS, namesPeople, PEOPLE_OF_A_BODY, isOneOfPeople, partyGiven, PEOPLE_PLURALS, SUMMING_NOUN_LEAD, THING_NAME_WORDS, COUNCIL_LEVELS, DEMONYMS, DESCRIPTION_KINDS, GOING_ON, GROUP_PLURALS, INSTITUTION_NOUNS, ISSUING_VERBS, JURISDICTIONS, KIN_NOUNS, MULTI_PLACES, NOT_NAME_WORDS, OCCUPATIONS, ORGANIZATION_NOUNS, PLACES, PRONOUNS, ROLE_HEADS, ROLE_MODIFIERS, SPEAKS_FOR_BODY, SPOKESPERSON_WORDS, TIME_WORDS, UNNAMED_SOURCES, VERB_CHAIN_WORDS, WEEKDAYS, wordTable } from "./lexicon";
import { COURT_HEARING } from "./court-counsel";
import { describingWords, DOCUMENT_SPEAKING, introducedDocumentName, NAMED_BY_DESCRIPTION, NAMED_DOCUMENT } from "./document-names";
import { afterBlankLine, nextSentenceStop, type Sentence, type Word } from "./text-units";
import type { ClaimSource, EntityKind, ExtractedClaim, Mention, QuoteType } from "./types";

export interface Span {
  start: number;
  end: number;
}

interface Attribution {
  cue: Cue;
  cueText: string;
  cls: CueClass;
  source: ClaimSource;
  sourceStart: number;
  sourceEnd: number;
}

export interface SentenceContext {
  text: string;
  ents: EntityIndex;
  discourse: Discourse;
  /** Quoted regions overlapping this sentence. */
  quotes: Span[];
}

const CONNECTORS = new Set(["but", "and", "so", "yet", "still", "however", "meanwhile", "also", "then", "now", "both", "in", "fact", "indeed"]);
const DOCUMENT_NOUNS = new Set(
  "diary diaries notebook op-ed report reports story article investigation editorial analysis poll polls polling study survey research document documents records memo memorandum letter statement statements filing complaint indictment ruling decision review audit column piece broadcast interview video tweet assessment ad advertisement commercial resolution petition cable email e-mail emails e-mails missive lawsuit suit rules guidance transcript inquiry probe inspection circular directive affidavit release".split(" "),
);
/**
 * A document, who began it and who signed it on, up to the verb: "petition started by the association and signed by
 * more than 1,400 people " (group 1: the document; group 2: who began it, after the match).
 */
const STARTED_THEN_SIGNED = /\b(\p{L}+)\s+(?:started|launched|begun|organi[sz]ed|created|set\s+up)\s+by\s+(?=([^,;:“”"()]{1,60}?)\s+and\s+signed\s+by\s+(?:[^,;:“”"()]|,(?=\d)){1,60}$)/u;
/** A verb of counting or recording what a body found: "The union counted 1,140 assaults". */
const COUNTED_BEFORE = /\b(?:counted|counts|recorded|records|logged|logs|tallied|tallies|estimated|estimates|found|finds|identified|identifies|tracked|tracks|received|receives)\b/;
/** A passive verb: "would be suspended", "is accused", "was fired". */
const PASSIVE_BEFORE_DOC = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\b/u;
/** Drafts and copies, whose words are whoever the sentence is about: "according to a draft shared with the Sentinel". */
const DRAFT_WORDS = new Set(["draft", "copy"]);
/** What a formal notice is, before "notice": "an enforcement notice", "the eviction notice". */
const NOTICE_KINDS = new Set("enforcement eviction abatement prohibition improvement closure termination breach default penalty planning demolition".split(" "));
/** Words that say which of a body's documents: "Its latest figures", "its annual report". */
const ISSUE_WORDS = new Set("latest new own annual monthly quarterly weekly recent final preliminary official internal updated".split(" "));
/** A body's own numbers, which speak for it as its documents do: "Its figures show". */
const FIGURE_WORDS = new Set("figures data numbers statistics estimates".split(" "));
/** A document's noun at word k ("report"), or a tribunal's or court's "written reasons" for its decision. */
function isDocumentNoun(ws: readonly Word[], k: number): boolean {
  const w = ws[k]!;
  // ("the press release", "…, the release said"; not "The prisoners' release shows".)
  if (w.lower === "release") return /^(?:press|news)$/.test(ws[k - 1]?.lower ?? "") || (ws[k - 1]?.lower === "the" && /^(?:said|says|stated|states|added|adds)$/.test(ws[k + 1]?.lower ?? ""));
  return DOCUMENT_NOUNS.has(w.lower) || (w.lower === "reasons" && ws[k - 1]?.lower === "written") || (w.lower === "notice" && NOTICE_KINDS.has(ws[k - 1]?.lower ?? ""));
}
/** What a person writes or says in their own name: their letter, post, tweet, email, memo, op-ed, speech. */
// (Not a statement, which others may release in someone's name: "His family released a statement. Holt's statement said".)
const PERSONAL_WRITINGS = new Set("letter letters post posts tweet tweets email e-mail emails memo op-ed column note speech testimony blog".split(" "));
/** When something was done, then "by" and its agent: " in February by ", " last year by ", " on Monday by ". */
const WHEN_THEN_BY = new RegExp(
  // (Or how or when else: " at the time by ", " sharply by ", " later by ".)
  String.raw`^ (?:in (?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})|(?:last|this|earlier this) (?:week|month|year|fall|spring|summer|winter)|(?:on )?(?:${WEEKDAYS})|${PASSIVE_MANNER}) by (?=\S)`,
  "u",
);
/**
 * After such a piece, "in" and the outlet's name to come, perhaps past when it came out (" Monday in the ", " last month
 * in ") or what the outlet is (" in the Karachi daily ").
 */
const PIECE_IN_OUTLET = new RegExp(String.raw`^ (?:(?:on |last |this |earlier this )?(?:${WEEKDAYS}|week|month|year|weekend) )?in (?:the )?`, "i");
/** What the outlet is, in lower case, before its name: "Karachi daily ", "daily ", "Sunday newspaper The " (not "Daily Mail"). */
const OUTLET_DESCRIBED = /^(?:[\w’'-]+ ){0,2}(?:daily|newspaper|paper|weekly|tabloid|broadsheet|magazine) (?:[Tt]he )?/;
/** What an outlet publishes, which "in" a named outlet is its own ("a report in the Harbor Dispatch"). */
const PUBLISHED_PIECES = new Set("report reports story article investigation editorial analysis op-ed column piece interview".split(" "));
/**
 * A noun, one of the participles `words` and "by", ending the text before a name ("emails obtained by the "; group 1:
 * the noun), and a test for the participle alone.
 */
function participleThenBy(words: string): { before: RegExp; participle: RegExp } {
  return { before: new RegExp(String.raw`\b(\p{L}+)\s+(?:${words})\s+by\s+(?:the\s+)?$`, "u"), participle: new RegExp(`^(?:${words})$`) };
}
/** Records and who has them: "emails obtained by the ", "logs reviewed by the ". */
/** Participles of holding records someone else made: "obtained", "seen", "reviewed". */
const HOLDING_PARTICIPLES = "obtained|reviewed|seen|examined|analy[sz]ed";
const RECORDS_HELD = participleThenBy(HOLDING_PARTICIPLES);
/** Records, then whose they are: "Records from the ", "data of ". */
const RECORDS_FROM_BEFORE = /\b(?:records|documents|data|figures|files|logs|emails|e-mails|minutes)\s+(?:from|of)\s+(?:the\s+)?$/i;
/** People and who asked them: "voters interviewed by the ", "residents surveyed by the ". */
const PEOPLE_ASKED = participleThenBy("interviewed|surveyed|polled|questioned|contacted|reached");
/** A body's or person's role up to its comma, before the holder's name: "its President, ", "her chief of staff, ". */
const OWN_ROLE_THEN_COMMA = /^(?:its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+,\s+/u;
/** After a document: " on his behalf" (group 1: the pronoun), " on behalf of Tom Reed" (group 2: where the name starts). */
const ON_BEHALF = /^\s+(?:(?:that\s+)?(?:he|she|they)\s+(?:had\s+)?(?:written|prepared)\s+)?on\s+(?:(his|her|their)\s+behalf\b|behalf\s+of\s+(?:the\s+)?(\p{Lu}))/u;
/** After "put": " at 780,000", " at about £3m": the count given. */
const PUT_AT_A_COUNT = /^\s+at\s+(?:about |around |nearly |almost |more than |fewer than |some |just )?[\d£$€]/;
/**
 * A heading's topic after its colon, no one's words: "Storm Dindo: what we know", "Catanduanes: latest updates", "Noel
 * Rosal: a profile", a line-up of names, or up to three words with no figure or quotation ("Kestrel United: the verdict").
 */
const TOPIC_AFTER_COLON = /^[^:]{1,60}:\s+(?:(?:what|how|why|who|where|when|latest|live|timeline|explainer|key|the latest|in pictures|in numbers|a profile|profile)\b|[^,]*(?:,[^,]*){3,}$|(?![^]*[\d“”"‘’'])\S+(?:\s\S+){0,2}$)/i;
/** A line of the body standing alone between paragraph breaks, short and with no stop at its end: a post's heading. */
// (As analyze.ts's standsAlone, but ending at any line break: a live blog's heading may run straight into its post.)
function isBodyHeading(text: string, s: Sentence): boolean {
  const alone = afterBlankLine(text, s.start) && (s.end >= text.length || text.startsWith("\n", s.end));
  return alone && s.words.length <= 14 && !/[.!?…]\s*$/.test(text.slice(s.start, s.end));
}
/** Nouns that say what a body named before them is, not a body of its own: "the Peru Primero party", "the Acme company". */
const SAME_BODY_NOUNS = new Set("party company firm corporation group movement coalition alliance".split(" "));
/** An aside of a statement and who signed, issued or read it, up to the verb's comma: ", in a statement signed by …". */
const SIGNED_BY_ASIDE = /,\s+in\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|letter|release|message|memo|post)\s+(?:signed|issued|released|sent|posted|read)\s+(?:out\s+)?(?:on\s+\p{Lu}\p{Ll}+\s+)?by\s+[^;:“”"]{1,180}$/u;
/** An aside's opening comma and up to three capitalised words of title before a name: ", Senator ", ", Rep. ", ", ". */
const ASIDE_OPENS_WITH_TITLE = /^,\s(?:\p{Lu}[\p{L}.]*\s){0,3}$/u;
/** " of Kansas", " of New South Wales": where a person is from, ending an aside. */
const HOMETOWN_TO_END = /^ of \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}$/u;
/** A body's name up to its comma, after "at" or "of": " Northern Counties Ambulance Service," (" the Harrow Trust,"). */
const BODY_THEN_COMMA = /^ (?:the )?(?:\p{Lu}[\p{L}’'&.-]*\s){0,5}\p{Lu}[\p{L}’'&.-]*,/u;
/** Jobs done for a body by people who do not speak for it: "a striker for Redvale", "a writer for the Courier". */
const WORKS_THERE = new Set([...OCCUPATIONS, ..."writer reporter columnist correspondent editor author anchor host striker goalkeeper midfielder defender quarterback pitcher player cleaner".split(" ")]);
/** Figures, which speak for whoever compiled them ("figures compiled by the council", "data from CutCount"). */
// (And the records someone keeps: "a tracker run by LSM", "a database maintained by the state".)
const FIGURE_NOUNS = new Set("figures data statistics numbers records results tracker database register registry dashboard".split(" "));
/** Figures someone worked out, which speak for whoever made them: "a count by the coalition", "an estimate from the agency". */
const TALLY_NOUNS = new Set("count tally estimate estimates calculation calculations projection projections forecast census".split(" "));
/** What figures and records are called when they show something ("budget numbers show"), besides documents. */
const EVIDENCE_NOUNS = new Set([...DOCUMENT_NOUNS, ..."numbers figures data statistics results transcript transcripts research findings logs files minutes messages texts filings".split(" ")]);
/** Documents that speak for whoever issued them ("the letter says"), and the words that name each of them. */
const DOCUMENT_WORDS = wordTable<string[]>({
  ad: ["ad", "ads", "advertisement", "commercial", "spot"],
  letter: ["letter"],
  resolution: ["resolution"],
  memo: ["memo", "memorandum", "circular", "directive"],
  petition: ["petition"],
  statement: ["statement", "release"],
  report: ["report"],
  poll: ["poll", "survey"],
  cable: ["cable"],
  email: ["e-mail", "email"],
  decision: ["decision", "ruling"],
  // (Kept apart from a ruling, which "in order to" must never be taken for.)
  courtPaper: ["order", "judgment", "judgement"],
  analysis: ["analysis", "audit"],
  review: ["review"],
  study: ["study"],
  // (Court papers and filings: documents in general are often only released by whom the article names.)
  papers: ["document", "documents", "papers", "filing", "filings"],
});
/** A court's or a commission's papers, which "the order said" refers back to: "order", "judgment". */
const COURT_PAPERS = new Set(DOCUMENT_WORDS.courtPaper);
const DOCUMENT_FAMILY = wordTable<string>(Object.fromEntries(Object.entries(DOCUMENT_WORDS).flatMap(([family, ws]) => ws.map((w) => [w, family]))));
const OWNED_DOCUMENTS = new Set(Object.keys(DOCUMENT_FAMILY));
/** "the interior ministry ", "the state health department ": "the", up to two words and a noun (group 2), longest first. */
const THE_BODY_NOUN_AFTER = [2, 1, 0].map((n) => new RegExp(String.raw`^\s*(the\s+(?:\p{Ll}+\s+){${n}}(\p{Ll}+))(?=\s+\p{Ll})`, "u"));
/** Words that tell one police force from another: "the national police", "state police", "riot police". */
const POLICE_FORCES = new Set("national state federal local military border traffic riot religious provincial regional city county municipal transport".split(" "));
/** A country's adjective for its people and things: "British police", "Indian police". */
const COUNTRY_ADJECTIVES = new Set([
  ...[...CAP_ADJECTIVES].filter((w) => !/^(?:democratic|republican|federal|national|international|islamic|muslim|christian|jewish|catholic|social|human|public|rural|urban|western|eastern|northern|southern|latino|hispanic|european|african|asian|arab)$/.test(w)),
  ..."dutch irish scottish welsh swiss swedish danish finnish polish thai vietnamese filipino indonesian malaysian".split(" "),
]);
/** How someone was asked to speak, as an aside or opening the sentence: "asked", "reached", "pressed". */
const ASKED_WORDS = "asked|reached|contacted|pressed|questioned|approached";
/** The same alternatives, each capitalised: "Asked|Reached|…". */
function capitalised(alternatives: string): string {
  return alternatives.split("|").map((w) => w[0]!.toUpperCase() + w.slice(1)).join("|");
}
/** An aside of how someone came to speak: "asked about the timing", "speaking to reporters", "reached by phone". */
const HOW_ASKED_ASIDE = new RegExp(String.raw`^(?:when\s+)?(?:${ASKED_WORDS}|speaking|responding|interviewed)\b[^,;“”"]{0,80}$`);
/** A speech tag set off by commas right after a verb: ", she said, that", ", according to Ms. Arkwright,". */
const TAG_SET_OFF_AFTER = /^,\s+(?:according to [^,;“”"]{1,40}|(?:[\p{L}.’'-]+\s+){1,4}(?:said|says|added|adds|told|noted|wrote|argued|insisted|explained)(?:\s+[^,;“”"]{1,30})?),\s/u;
/** Participles before "by" of holding, reporting, paying for or asking for a document, not writing it. */
const NOT_AUTHORING_BY = new RegExp(String.raw`\b(?:${HOLDING_PARTICIPLES}|reported|cited|quoted|funded|financed|ordered|requested|leaked|critici[sz]ed|welcomed|rejected|disputed|challenged|dismissed)\s+by\s$`);
/** Families of documents whose owner is only ever named with them ("a review by …", "the council's review"). */
const AUTHORED_ONLY = new Set(["review", "study"]);
/** Labels a headline may open with, before a colon, that name a kind of article, not a speaker. */
const SECTION_LABEL = /^(?:analysis|opinion|comment|commentary|editorial|explainer|exclusive|breaking|update|updated|watch|live|review|fact ?check|factbox|q&a|perspective|column|obituary|podcast|video|photos|in pictures|the big read|news analysis|first look|explained)$/i;
/** Up to four words in sentence case, plural possessives allowed: "Prison officers’ union", "State health officials" (group 1: the last). */
const DESCRIBED_HEADLINE_SPEAKER = /^\p{Lu}[\p{Ll}-]*(?:s['’])?(?:\s[\p{Ll}-]+(?:s['’])?){0,2}\s(\p{Ll}[\p{Ll}-]*)$/u;

/** A word for a body, its people or one person, who may speak in a headline: "union", "officials", "minister". */
function describesSpeaker(head: string): boolean {
  return ORGANIZATION_NOUNS.has(head) || INSTITUTION_NOUNS.has(head) || GROUP_PLURALS.has(head) || ROLE_HEADS.has(head) || DESCRIPTION_KINDS[head] !== undefined || UNNAMED_SOURCES[head] !== undefined;
}
/** Up to three capitalised words ending a headline after its colon: "Finance Minister", "Ann Holt" (group 1). */
const TRAILING_SPEAKER = /^\s*((?:\p{Lu}[\p{L}.’'-]*\s){0,2}\p{Lu}[\p{L}.’'-]*)\s*$/u;
/** What a headline's colon introduces when it is something said: a quotation, or a verb ("will ‘finish off’", "is"). */
const CLAIM_AFTER_COLON = /[“”"‘’]|\b(?:is|are|was|were|will|would|could|can|must|should|has|have|had|not|no|never|needs?|wants?)\b/i;
/** Kinds of article a headline may name after a dash: "– match report", "– explainer". */
const GENRE_TAGS = new Set("analysis review explainer obituary interview podcast video preview recap profile comment opinion live blog".split(" "));
/** A wire headline's source tag after a spaced dash, ending it: " - tracking firm", " – sources" (group 1). */
const DASH_TAG = /\s[-–—]\s((?:[\p{Ll}-]+\s){0,2}[\p{Ll}-]+)\s*$/u;
/** A headline's "X To Y" before its colon: X (up to three capitalised words) addresses Y. */
const HEADLINE_ADDRESS = /^(\p{Lu}[\p{L}.’'\-]*(?: \p{Lu}[\p{L}.’'\-]*){0,2}) [Tt]o \p{Lu}[\p{L}.’'\-]*(?: \p{Lu}[\p{L}.’'\-]*){0,2}$/u;
/** Each family's words as one pattern, to find the latest mention of that kind of document ("identical letters"). */
const DOCUMENT_PATTERNS = wordTable<RegExp>(
  Object.fromEntries(Object.entries(DOCUMENT_WORDS).map(([family, ws]) => [family, new RegExp(String.raw`\b(?:${ws.join("|")})s?\b`, "gi")])),
);
/** Unnamed-source words that, opening a sentence, are more often determiners ("Many people", "Some say"). */
const DETERMINER_LIKE = new Set(["many", "some", "others"]);
/**
 * A document and who issued it, ending right before a verb: "the statement released by each office ", "a report
 * issued Monday by the Harbour Authority ". Groups: the determiner and modifiers, the noun, the issuer.
 */
const ISSUED_DOCUMENT_BEFORE = new RegExp(
  String.raw`(?:^|\b)((?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?(?:[\p{L}\-]+\s+){0,2}?)(\p{L}[\p{L}\-]*)\s+(?:${ISSUING_VERBS})\s+(?:[\p{L}\d]+\s+){0,2}?by\s+((?:(?!\b(?:after|before|when|while|because|since|as|and|but)\b)[^,;:“”"()]){1,60}?)\s+(?:(?:also|later|then|has|have|had)\s+)?$`,
  "u",
);
/**
 * "issued statements on Thursday " before a participle of saying: the verb of issuing and its document object. Group 1
 * is the verb ("releasing a report claiming": a participle whose subject is the clause's).
 */
const ISSUED_OBJECT_BEFORE = /\b(issued|released|sent|posted|published|put out|drafted|passed|adopted|issuing|releasing|sending|posting|publishing|putting out)\s+(?:(?:a|an|the|their|its|his|her|separate|joint|written|brief|short|new|lengthy)\s+){0,2}(?:statements?|letters?|releases?|e-?mails?|memos?|notes?|messages?|reports?|reviews?|studies|study|resolutions?)\s+(?:of\s+(?:its|their|his|her)\s+own\s+)?(?:(?:(?:on|late|early|last|this)\s+)?\p{Lu}\p{Ll}+\s+(?:night\s+|morning\s+|afternoon\s+|evening\s+)?)?$/u;
/** The participles of issuing, a cheap test before ISSUED_OBJECT_BEFORE ("recently releasing a report claiming"). */
const ISSUING_PARTICIPLE = /\b(?:issuing|releasing|sending|posting|publishing|putting out) /;
/** "released Wednesday ", "conducted last week ": a participle and when, between a document and its verb. */
const DATED_PARTICIPLE_BEFORE = /\b(?:released|published|conducted|taken|issued|completed|disclosed|obtained|filed|unsealed)\s+(?:on\s+|in\s+(?=\p{Lu}))?(?:\p{Lu}\p{Ll}+|(?:last|this|earlier this)\s+(?:week|month|year)|yesterday|today|recently|last night)\s+$/u;
/** Nouns for a poll, study or review, which speaks for itself ("A new poll shows", "an internal review found"). */
const STUDY_NOUNS = new Set(["poll", "polls", "survey", "surveys", "study", "studies", "audit", "audits", "review", "reviews", "analysis", "analyses", "assessment", "assessments", "evaluation", "inquiry", "probe", "inspection", "investigation"]);
const STUDY_SOURCE = new RegExp(String.raw`\b(?:polling|${[...STUDY_NOUNS].join("|")})$`, "i");
/** "of likely voters ", "of 1,000 adults ": who a poll or study asked or looked at, between its noun and its verb. */
const STUDIED_BEFORE = /\b(?:poll|polls|survey|surveys|study|studies|analysis|audit)\s+(of\s+(?:[\p{Ll}\d][\p{L}\d,'’\-]*\s+){1,3})$/u;
/** "Republicans on the ", "Democratic members of ": a party's members of the body named next. */
const PARTY_MEMBERS_BEFORE = /\b(Republicans|Democrats|(?:Republican|Democratic|GOP) (?:members|lawmakers|senators))\s+(?:on|of|in)\s+(?:the\s+)?$/;
/** Documents that others wrote and someone released or obtained. */
const RELEASED_MATERIALS = new Set("emails e-mails documents records cables video videos transcripts files papers photos".split(" "));
/** A group described at the head of a sentence: "A group of nearly 90 professors and administrators". */
/** A verb of writing or issuing right after someone's kin: "issued a statement", "have released a statement". */
const KIN_ISSUED = /^(?:(?:has|have|had|also|later)\s+)*(?:sent|wrote|released|issued|published|put\s+out)\b/;
/** Someone's kin opening a sentence: "The family", "His widow", "The victim's parents" (group 2: the kin noun). */
const FAMILY_OPENING = /^((?:The|His|Her|Their)\s+(?:[\p{Ll}-]+['’]s?\s+)?(\p{Ll}+))\s/u;
const GROUP_DESCRIBED = /^(?:A|The)\s+(group\s+of\s+(?:(?:nearly|about|almost|more\s+than|over|some|at\s+least)\s+)?(?:\d[\d,]*|dozens|hundreds|[a-z]+)\s+(?:of\s+)?(?:\p{Ll}+\s+){0,2}?\p{Ll}+s(?:\s+and\s+\p{Ll}+s)?)\b/u;
/**
 * A phrase opening a sentence, right before a document noun: "In a ", "In separate but identical " (determiners and
 * adjectives only: not "In response to the letter", "In an interview about the letter").
 */
const FRONTED_DOCUMENT =
  /(?:^|[.!?”"]\s+|\n)(?:In|Through)\s+(?:(?:a|an|the|his|her|their|its|two|three|several|separate|but|and|identical|similar|joint|private|public|written|new|brief|short|lengthy|formal|open|personal|\d[\d-]*(?:-page)?)\s+){0,4}$|(?:^|[.!?”"]\s+|\n)In\s+(?:a|an|her|his|their|its)\s+(?:(?!(?:of|to|for|with|after|on|from|by)\s)\p{Ll}+\s+){1,3}$/u;
/** What the writer of a document does in the main clause after it: "told", "wrote", "argued", "warned". */
const SENDER_VERB = /^(?:told|tells|wrote|writes|said|says|argued|argues|warned|warns|asked|asks|urged|urges|informed|informs|explained|explains|assured|assures|insisted|insists|noted|notes|accused|accuses|demanded|demands|called|calls)$/;
/** "the letter addressed to Chairman Issa (R-Calif.) ": a document, sent to someone, ending right before a verb. Group 1 runs to the noun. */
const ADDRESSED_DOCUMENT_BEFORE = new RegExp(
  String.raw`(\b(?:the|this|that|a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+)?(?:${[...DOCUMENT_NOUNS].join("|")}))\s+(?:(?:addressed|sent|written|delivered|mailed)\s+)?to\s+[^,;:“”"]{1,60}?\s+$`,
  "iu",
);
/** "according to the ", "according to a state ", "according to court ": before a document that speaks. */
const DOCUMENT_SPEAKS_BEFORE = /\baccording\s+to\s+(?:(?:the|these|those|this|that|a|an)\s+)?(?:\p{L}+\s+)?$/u;
/** " said", " show": after a document that speaks. */
const DOCUMENT_SPEAKS_AFTER = /^\s+(?:also\s+)?(?:said|says|say|show|shows|showed|states|stated|reads|read|revealed|reveals|reveal|found|finds|indicated|indicates|claimed|claims|alleged|alleges)\b/;
/** " who are resisting the deal, ": a relative clause of opposing or backing, right before a participle. */
const STANCE_RELATIVE_BEFORE =
  /\s+who\s+(?:(?:are|were|is|was|have\s+been|had\s+been)\s+)?(?:\p{Ll}+ly\s+)?(?:resisting|resist|resists|resisted|opposing|oppose|opposes|opposed|fighting|fight|fights|fought|rejecting|reject|rejects|rejected|objecting|object|objects|objected|protesting|protest|protests|protested|balking|balk|balks|balked|supporting|support|supports|supported|backing|back|backs|backed)\b[^,;:“”"()]{0,60},\s+(?:\p{Ll}+ly\s+)?$/u;
/** " is shown ", " was quoted as ", " can be heard ": between a speaker and the participle of what they are seen saying. */
const SHOWN_BEFORE = /\s(?:is|was|are|were|can\s+be|could\s+be)\s+(?:\p{Ll}+ly\s+)?(?:shown|seen|heard|filmed|recorded|caught|pictured|quoted\s+as)\s+$/u;
/** A word for unnamed staff before a document's noun, which only says what kind of document it is: "the staff report". */
function saysKindOfDocument(word: string): boolean {
  return UNNAMED_SOURCES[word]?.kind === "anonymous";
}

/**
 * Whether a lower-case word before a document noun names who wrote it: an office or role ("inspector general"), or,
 * right before the noun, people in the plural ("trustees", "auditors").
 */
function writesDocuments(x: Word, rightBefore: boolean): boolean {
  if (x.cap || x.poss || saysKindOfDocument(x.lower)) return false;
  const singular = x.lower.replace(/s$/, "");
  const unnamed = UNNAMED_SOURCES[x.lower];
  return ROLE_HEADS.has(x.lower) || ROLE_HEADS.has(singular) || OCCUPATIONS.has(singular) || (rightBefore && (!!unnamed || (x.lower.endsWith("s") && PEOPLE_PLURAL.test(x.lower))));
}
/** News outlets named as a group: "News outlets", "several newspapers", "the media". */
const NEWS_GROUP = /\b(?:outlets|media|press|newspapers|networks)$/i;
/** What opens a second verb of the same speaker: ", mocking", ", and accused", " while simultaneously mocking". */
const SECOND_VERB_LEAD = /(?:,|\band|\bwhile|\bbut)\s+(?:\p{Ll}+ly\s+){0,2}$/u;
/** Defending something, between a speaker and their verb: "defended his budget against the conference, ". */
const DEFENDING = /\b(?:defended|defends|defending|in\s+(?:defense|defence)\s+of)\b(?!\s+(?:(?:his|her|their|its|the)\s+)?(?:\p{L}+\s+)?(?:champions?|titleholders?|title|seat|crown|championship|dissertation|thesis)\b)/iu;
/** ", who was raised on benefits after his father died,": a relative clause set off by commas. */
const RELATIVE_ASIDE = /,\s+(?:who|which)\b[^,]*,/g;
/** Taking back one's words: "tried to clarify his comment that …, " (not "clarifying the schedule"). */
const CLARIFYING = /\b(?:clarify|clarified|clarifies|clarifying)\s+(?:his|her|their|its|the|those|these|that|this)\s+(?:earlier\s+|previous\s+)?(?:comments?|remarks?|statements?|words|position|tweets?)\b/;
/** The verbs a document takes: "reads", "says", "states". */
const DOCUMENT_VERB = /^(?:reads|read|says|said|states|stated|warns|warned|argues|argued|adds|added|notes|noted|continues|concludes|concluded)\b/;
/**
 * "a release from Mr. Seel’s office about the planned meeting ", "The letter on the budget ": a document, perhaps with
 * who it is from, then what it is about, ending right before a verb. Group 1 runs to the document or its sender.
 */
const DOCUMENT_ON_TOPIC_BEFORE = new RegExp(
  String.raw`(\b(?:the|this|that|a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+)?(?:${[...DOCUMENT_NOUNS, "release"].join("|")})(?:\s+from\s+[^,;:“”"]{1,50}?)?)\s+(?:about|on|regarding|concerning|over)\s+[^,;:“”"]{1,60}?\s+$`,
  "iu",
);
/** "identical ", "separate but identical ": before the copies of one document. */
const COPIES_BEFORE = /\b(?:identical|separate|similar)\s+(?:\p{L}+\s+)?$/u;
/** What makes "the letter" a letter of its own: " that arrived", " which", " from", " about". */
const POST_MODIFIED = /^\s+(?:that|which|who|from|about|of)\b/;
/** "the ", "this ", "that same ": a determiner that refers back to a document already mentioned. */
const REFERS_BACK = /\b(?:the|this|that)\s+(?:same\s+)?$/i;
/** A verb of sending or writing a document. */
const SENDING = /\b(?:sent|send|sends|wrote|writes|signed|signs|released|issued|delivered|circulated|published|drafted)\b/;
/** Figures or a document, then a participle of issuing, when, and "by" (or only "from"), right before their issuer. */
const ISSUED_EVIDENCE_BY = new RegExp(String.raw`\b(?:figures|data|numbers|statistics|records|results|documents|report|study|survey|analysis)(?:,\s+|\s+)(?:(?:${ISSUING_VERBS})(?:\s+(?:on\s+|last\s+|this\s+)?(?:${WEEKDAYS}|week|month|year))?\s+by|(?:(?:obtained|seen)\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.&-]*\s+){1,4})?from)\s+(?:the\s+)?$`, "iu");
// (When it came out may stand before "by" with no verb too: "a report last week by The Market Ledger".)
// (Or a record someone keeps: "a tracker run by", "a database maintained by".)
const DOCUMENT_ISSUER = new RegExp(String.raw`^ (?:(?:${ISSUING_VERBS}|run|maintained|kept|operated)(?: (?:on |last |this |early |late )?(?:${WEEKDAYS}|week|month|year|morning|night))? |(?:(?:on |last |this |earlier this )?(?:${WEEKDAYS}|week|month|year) )(?=by ))?(?:from|by|of) (?:the )?`);
/**
 * Issuing a document, then "that" right before a verb: "put out a statement shortly after Romney's remarks that ".
 * Group 2 is what stands between the document and "that".
 */
const ISSUED_DOCUMENT_THAT = new RegExp(
  String.raw`\b(?:${ISSUING_VERBS})\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\p{L}-]+\s+)??(${[...DOCUMENT_NOUNS].join("|")})\s+([^.;:“”"]{0,60}?\s)?that\s+$`,
  "iu",
);
/**
 * A document someone issued, right before a participle that says what it says: "issued a statement on Friday
 * afternoon, saying", "has sent Ryan, R-Wis., a letter saying". Group 1 runs to the noun (group 2).
 */
const DOCUMENT_THEN_PARTICIPLE = new RegExp(
  String.raw`(\b(?:${ISSUING_VERBS})\s+(?:[^;:“”"]{1,40}?\s)?(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+)??)(${[...DOCUMENT_NOUNS].join("|")})(?:\s+(?:on|late|early|last|this|earlier|later)\b[^.;:,“”"]{0,30}?)?,?\s$`,
  "u",
);
/** Where `words` first stand whole (not "Reyes" in "Reyesville") in text[from, to), or -1. */
function wholeWordsAt(text: string, words: string, from: number, to: number): number {
  const letter = /\p{L}/u;
  for (let at = text.indexOf(words, from); at >= 0 && at + words.length <= to; at = text.indexOf(words, at + 1)) {
    if (!letter.test(text[at - 1] ?? " ") && !letter.test(text[at + words.length] ?? " ")) return at;
  }
  return -1;
}
/**
 * The words of a headline's trailing tag before its last word, after the comma: "" of ", authority says", "Obama's Top
 * Economic " of ", Obama's Top Economic Aide Warns" (a name's possessive and up to three modifiers).
 */
// (Also after a quotation that ends before the comma's quotation mark: "… “forever chemicals,” study says".)
const HEADLINE_TAG = /,[”"’]?\s((?:\p{Lu}[\p{L}.]*['’]s\s)?(?:[\p{L}-]+\s){0,3})$/u;
/**
 * A headline's clause opening with a description of up to four words, its first word perhaps capitalised (group 1);
 * also after a conjunction ("Bank holds rates as governor warns …") or a comma ("Army Corps approves permit, tribe
 * vows to sue") or a spaced dash ("Team accused of spying – syndicate denies claim"). The first word may be a possessive:
 * "Nurses’ union says …".
 */
const HEADLINE_CLAUSE_SUBJECT = /(?:^|[;:,]\s|\s[–—-]\s|\s(?:as|while|after|amid|but)\s)((?!(?:as|while|after|amid|but|and|or)\s)(?:\p{Lu}[\p{Ll}-]*|\p{Lu}{2,5}|\p{Ll}[\p{L}-]*)(?:['’]s?)?(?:\s(?!(?:as|while|after|amid|but)\s)(?:\p{Ll}[\p{L}’'-]*|\p{Lu}[\p{L}-]*)){0,3})$/u;
/**
 * Where a phrase owned by someone opens, for the phrase at word `first`: "His" of "His family", "The" of "The victim's
 * family", "Tom" of "Tom Holt's wife"; -1 when no one owns it.
 */
function ownedPhraseStart(text: string, ws: readonly Word[], first: number): number {
  if (/^(?:his|her|their|its|my|our)$/.test(ws[first]!.lower)) return first;
  if (first === 0 || !ws[first - 1]!.poss) return -1;
  let at = first - 1;
  // (Not past a clause's comma: "In a statement released through police, Mr Hartigan’s family said".)
  while (at > 0 && first - at < 4 && !CLAUSE_OPENS_AFTER.test(text.slice(ws[at - 1]!.end, ws[at]!.start)) && (ws[at - 1]!.cap || /^(?:the|a|an)$/.test(ws[at - 1]!.lower) || !ws[at - 1]!.poss) && !VERB_CHAIN_WORDS.has(ws[at - 1]!.lower) && !/^(?:and|but|or|that|who|which|when|after|before|as|if|while)$/.test(ws[at - 1]!.lower)) {
    at--;
    if (/^(?:the|a|an)$/.test(ws[at]!.lower)) break;
  }
  return at;
}
/** Nothing but how, when or where after a verb, to the end of the sentence: " personally in an e-mail to members." */
const SAYS_NOTHING_MORE = /^(?:\s+(?:\p{Ll}+ly|personally|again|first|last|later|earlier|(?:on|in|at|to|by|with|during|via|through|last|this|early|late)\s+[^,.;:“”"]{1,50}?))*\s*[.!?]?["”]?\s*$/u;
/** Whether word i opens its clause: the sentence's first word, or after a comma, a colon, a dash or "and", "after" … */
/**
 * Where the sentence before the one at `sentenceStart` begins, as the full stop before it (or -1): the last ". " in the
 * 400 characters before, past abbreviations ("Acme Corp. cut 300 jobs" is one sentence).
 */
/** Words that rank a party's member on a body: "the top Democrat", "the ranking Republican". */
const PARTY_RANKS = new Set(["top", "ranking", "senior", "leading", "lone", "only"]);
/** A role with such a rank: "the ranking Democrat", "the committee's top Republican". */
const RANKED_ROLE = /\b(?:top|ranking|senior|leading)\b/i;
/** A document's verb in the present after "It": " says", " also states", " recommends". */
const DOCUMENT_GOES_ON = /^\s+(?:also\s+)?(?:says|states|adds|notes|warns|argues|concludes|finds|describes|calls|recommends|claims|alleges|accuses|directs|instructs|shows|reads|cites|proposes)\b/;
/** A document opening a sentence, then an aside set off by commas up to the verb: "The two-page memo, dated …, " (group 2: its noun). */
// (What the document does may come before the comma: "A letter opposing the bill, signed by …".)
const DOCUMENT_WITH_ASIDE = /^(\s*(?:The|This|That|A|An|Its|His|Her|Their)\s+(?:[\p{L}\d’'-]+\s+){0,3}?([\p{L}-]+)(?:\s+(?:opposing|supporting|backing|urging|criticizing|criticising|demanding|seeking)\s+[^,;:“”"]{1,60})?),\s+(?:dated|signed|sent|written|drafted|issued|released|obtained|addressed|circulated|prepared|seen)\b[^;:“”"]{1,220},\s+(?:also\s+|further\s+)?$/u;
/** In such an aside, who signed, wrote or sent the document: "signed by ", "sent to the committee by ". */
const SIGNED_BY = /\b(?:signed|written|drafted|authored|sent|issued|prepared)\s+(?:[^,;]{0,90}?\s)?by\s+(?:the\s+)?/gu;
/** Of those, who wrote it: "written by ", "drafted by ". */
const WRITTEN_BY = /^(?:written|drafted|authored)/;
/** After a description, up to a name it gave: " in the Katako market who gave his name only as ", ", who asked to be called ". */
// (Past "of" only before a body's name, "a commander of the Northern Liberation Front who gave his name …": not a person
// described, "the lawyer of a migrant who gave his name only as Samir", who gave it.)
const NAME_GIVEN_AFTER = new RegExp(String.raw`^(?:\s+(?:in|at|from|on|near)\s+[^,.;:“”"]{1,50}?|\s+of\s+(?:the\s+)?\p{Lu}[^,.;:“”"]{0,50}?)?,?\s+who\s+(?:${GAVE_NAME_AS}|asked\s+to\s+be\s+(?:called|identified\s+(?:only\s+)?as))\s+`, "u");
/** Kinds of source a name given right after may stand for: someone described, or where they are from. */
const NAME_GIVING_KINDS = new Set(["unnamed", "place", "other"]);
/** Lawyers and whom they act for, after "by": "lawyers for the ", "attorneys representing ". */
const LAWYERS_FOR = /^(?:lawyers|attorneys|counsel|solicitors|barristers)\s+(?:for|representing)\s+(?:the\s+)?/;
/** A verb of saying or finding, then "in" and a document: " concluded in a ", " said in its final ". */
const SPOKE_IN_DOCUMENT = /\s(?:said|says|concluded|concludes|found|finds|wrote|writes|argued|argues|warned|warns|stated|states|noted|notes|claimed|claims|alleged|alleges|acknowledged|acknowledges|determined|recommended|recommends)\s+in\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}\d-]+\s+){0,3}$/u;
/** A phrase opening a sentence with a participle, up to its comma: "Quoting Thomas Jefferson," "Citing figures from the bank,". */
const FRONTED_PARTICIPLE = /^[“"]?\p{Lu}\p{Ll}+ing\s[^,;:“”"]{1,80},/u;
/** Places in the plural that act through their governments: "the cities", "the states". */
const GOVERNING_PLACES = new Set("cities states countries nations governments towns municipalities provinces counties".split(" "));
/** Between a possessive and the body it owns, words that only say who leads it: "'s Republican-led ", "’s ". */
const OWNED_BODY_GAP = new RegExp(String.raw`^['’]s?\s+(?:\p{L}+-(?:${LED_BY_WORDS})\s+)?$`, "u");
/** A word that says who leads a body: "Republican-led". */
const LED_BY = new RegExp(`-(?:${LED_BY_WORDS})$`);
function previousSentenceStop(text: string, sentenceStart: number): number {
  const floor = Math.max(0, sentenceStart - 400);
  let stop = lastIndexIn(text, ". ", sentenceStart - 3, floor);
  while (stop >= 0 && ABBREVIATION_BEFORE_STOP.test(text.slice(Math.max(0, stop - 6), stop))) stop = lastIndexIn(text, ". ", stop - 1, floor);
  return stop;
}
const ABBREVIATION_BEFORE_STOP = /(?:^|[^\p{L}])(?:Corp|Inc|Co|Ltd|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|No|vs|\p{Lu})$/u;
function opensClauseAt(text: string, ws: readonly Word[], i: number): boolean {
  return i === 0 || CLAUSE_OPENS_AFTER.test(text.slice(ws[i - 1]!.end, ws[i]!.start)) || CLAUSE_OPENERS.has(ws[i - 1]!.lower);
}
/** What may end right before a clause's first word: a comma, semicolon, colon, dash or bracket, or a quotation's close ("“…,” the company said"). */
const CLAUSE_OPENS_AFTER = /(?:[,;:—–(]|[,?!][”"’])\s*$/;
/**
 * A description of up to six words opening a sentence or following a clause's comma, then its own comma: "The group's
 * chief executive, ", "As word of the position spread, the group's chief executive, ".
 */
// (The name may follow its own title in lower case: "The inquiry chair, retired judge Adaeze Nwachukwu,".)
const DESCRIPTION_THEN_NAME = /(?:^[“"]?(?:(?:But|And)\s+)?|,\s+)(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}.’'-]*['’]s?)\s+(?:[\p{L}.’'-]+\s+){0,5}?\p{Ll}[\p{L}’'-]*,\s+(?:\p{Ll}[\p{L}’'-]*\s+){0,3}$/u;
/** " health ministry", " union leader": up to four lower-case words ending a headline, the last a word for a body or a person. */
function describedHeadlineTag(after: string): boolean {
  const m = /^\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)\s*[.!?]?\s*$/u.exec(after);
  return !!m && (DESCRIPTION_KINDS[m[1]!] !== undefined || ROLE_HEADS.has(m[1]!));
}
/** The words of an inverted tag up to its end: " the council.", " dockworkers, who …" (group 1). */
const INVERTED_TAG = /^\s+((?:[\p{L}\d’'-]+\s+){0,5}?[\p{L}’'-]+)(?:\s+(?:outside|inside|near|beside|behind|opposite)\s[^.,;!?“”"]{1,60})?\s*(?:[.,;!?]|$)/u;
/** A capitalised title opening the sentence before a name set off by commas: "The Prime Minister, " (group 1: its head). */
const TITLE_THEN_NAME = /^[“"]?(?:(?:But|And)\s+)?[Tt]he\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}(\p{Lu}[\p{L}’'-]*),\s+$/u;
/** ", has ", ", also ", ", ": the comma closing an aside, then what may stand between it and its verb. */
const COMMA_BEFORE_VERB = /,\s+(?:(?:has|have|had|also|later|then|now|on\s+\p{Lu}\p{Ll}+day|\p{Ll}+ly)\s+)*$/u;
/** A description set off by commas after a name: " the mayor's rival", " a longtime critic of the plan" (no verb of saying). */
/** …or one with a relative clause: " a longtime friend of the secretary who has known him since their days in Topeka", " a 47-year-old caterer who gave only her first name". */
const DESCRIPTION_WITH_RELATIVE = /^\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{L}\d’'-]+\s+){0,6}?(?:who|whose)\s+(?:[\p{L}\d’'-]+\s+){1,16}[\p{L}\d’'-]+$/u;
/**
 * What a headline's second clause says after its verb: an infinitive, "that", a clause, or a quotation ("vows to sue",
 * "says nine still trapped", "call the decision 'reckless'"); not when, where or to whom a closing tag was said ("say
 * Monday", "says in report", "tell jury", "confirms to workers").
 */
const SAYS_A_CLAUSE = new RegExp(
  String.raw`^\s+(?!(?:on|in|last|this|at|with|during|after|before|late|early|today|yesterday|tonight|${WEEKDAYS})\b|to\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?\p{L}+(?:s|rs)\s*$)\S`,
  "iu",
);
/** Prepositions whose object, after the clause's verb, is no subject: "came to his defense". */
const PREPOSITIONS_BEFORE_OBJECT = new Set(["to", "of", "in", "on", "at", "for", "with", "from", "into", "by", "about", "against", "over"]);
/** A party tag ending before a comma: ", R-Kan.", " (D-Conn.)". */
// (Or a party's letters or short name in brackets, as Irish and British papers print them: " (FF)", " (Lib Dem)".)
const PARTY_TAG_BEFORE = new RegExp(String.raw`(?:,\s+[DRI]-\p{Lu}[\p{L}.]*|\s+\([DRI](?:-\p{Lu}[\p{L}.]*)?\)|\s+\((?:${BRACKETED_PARTY})\))$`, "u");
// (Also one of a group: "Luis Ortega, one of the three no votes, called … and accused".)
const DESCRIPTION_ASIDE = /^\s+(?:the|a|an|his|her|their|its|one\s+of\s+(?:the|his|her|their|its)|\p{Lu}[\p{L}.’'-]*['’]s?)\s+(?!(?:said|says|told|tells)\b)(?:[\p{L}\d’'-]+\s+){0,6}?\p{Ll}[\p{L}’'-]*$/u;
/**
 * Whether the words before a name open its clause: none, capitalised words, "the", "and", "but", or a subordinating
 * word ("when Stephen W. Preston, the C.I.A. general counsel, sent …").
 */
/** Words that open a phrase, not a title: "Besides Chairman Tom Reyes", "After Mayor Ann Holt". */
/** Prepositions that may end the words before a name, which then open no clause ("In Ohio, …"). */
const PREPOSITIONS = "in on at from for with across near throughout under over by to of about against inside outside besides despite like unlike beyond except including among amid behind beside between toward towards through without within via upon along around".split(" ");
const ENDS_IN_PREPOSITION = new RegExp(String.raw`(?:^|\s)(?:${PREPOSITIONS.join("|")})$`, "i");
const NOT_IN_TITLES = new Set([...PREPOSITIONS, "after", "before", "than"]);
/**
 * A title of up to five words opening a clause before a name, ending in a role: "Opposition leader", "Council member"
 * (not "Besides", "After").
 */
function isTitleLead(lead: string): boolean {
  const words = lead.split(/\s+/);
  return lead !== "" && words.length <= 5 && ROLE_HEADS.has(words.at(-1)!.toLowerCase()) && !words.some((w) => NOT_IN_TITLES.has(w.toLowerCase())) && words.every((x) => /^\p{Lu}/u.test(x) || ROLE_HEADS.has(x.toLowerCase()) || ROLE_MODIFIERS.has(x.toLowerCase()));
}
function leadOpensClause(lead: string): boolean {
  if (lead === "") return true;
  // (Not after a preposition, capitalised at the start or not: "In Ohio, a state the mayor won, voters met and said".)
  if (ENDS_IN_PREPOSITION.test(lead)) return false;
  return lead.split(/\s+/).every((x) => /^(?:\p{Lu}|(?:the|and|but|when|after|while|as|because|since|before|until|once|though|although)$)/u.test(x));
}
/**
 * A sentence's subject of up to six words, then a relative clause with no comma, quotation or verb of saying, up to
 * the verb: "But other advocacy groups" + " that are pushing to preserve benefits ". Group 1 is the subject. (A longer
 * clause only when it says why the subject is not named: "Two officials who spoke to the Ripple on the condition of
 * anonymity because they were not authorized to discuss the breach said".)
 */
const SUBJECT_THEN_RELATIVE = /^([“"]?(?:(?:But|And|Still|Yet),?\s+)?(?:[\p{L}.’'-]+\s+){0,5}?[\p{L}.’'-]+)\s+(?:that|who)\s+(?!(?:said|says|told|tells)\b)(?:[^,;:“”"]{1,100}?|(?=[^,;:“”"]{1,200}?\b(?:anonymity|anonymously|not authori[sz]ed|be named|be identified)\b)[^,;:“”"]{1,200}?)\s*$/u;
/** How someone was asked, opening the sentence before them: "Asked about the licence, ", "Reached by phone on Monday, ". */
const ASKED_OPENING = new RegExp(String.raw`^(?:When\s+)?(?:${capitalised(ASKED_WORDS)})\b[^,;:“”"]{0,80},\s+(?=\p{Ll})`, "u");
/**
 * …or a person's "who" clause that runs on past commas to a comma right before the verb: "The official who first
 * disclosed that …, and in doing so ignited a controversy that …, " before "denied". Group 1 is the subject.
 */
const SUBJECT_THEN_WHO_ASIDE = /^([“"]?(?:(?:But|And|Still|Yet),?\s+)?(?:[\p{L}.’'-]+\s+){0,5}?[\p{L}.’'-]+)\s+who\s+(?!(?:said|says|told|tells)\b)[^;:“”"]{1,250}?,\s+$/u;
/**
 * The subject before a person's "who" clause that runs to a comma before the verb, when it is a noun phrase opening
 * the sentence ("The official who first disclosed …, denied"), not a fronted clause ("When the man who robbed the bank
 * fled, Ann Kerr, a teller, said"), a clause with its own verb ("Ann Kerr met voters who …"), or a clause that names
 * another subject before the verb (", Ann Kerr, a teller,").
 */
function whoAsideSubject(lead: string): RegExpExecArray | null {
  // (The cheap test first: most leads have no "who".)
  if (!lead.includes(" who ")) return null;
  const m = SUBJECT_THEN_WHO_ASIDE.exec(lead) ?? SUBJECT_THEN_WHO_SAID.exec(lead);
  if (!m) return null;
  const words = m[1]!.replace(/^[“"]/, "").split(/\s+/);
  if (FRONTING_WORDS.test(words[0]!) || words.slice(1).some(looksLikeVerb)) return null;
  // (A name set off by commas before the verb is its subject: "…, Ann Kerr, a teller, said".)
  if (/,\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*,\s+(?:[^,]{1,60},\s+)?$/u.test(lead.slice(m[1]!.length))) return null;
  return m;
}
/** …or a "who said" clause with no comma, up to the main verb: "The workers who said they saw Ann Kerr " before "said". */
const SUBJECT_THEN_WHO_SAID = /^([“"]?(?:(?:But|And),?\s+)?(?:[\p{L}.’'-]+\s+){0,5}?[\p{L}.’'-]+)\s+who\s+(?:\p{Ll}+ly\s+)?(?:said|says|told|tells|claimed|claims)\s+[^,;:“”"]{1,100}?\s+(?:(?:later|also|then|now|first)\s+)?$/u;
/** Words that open a fronted clause or phrase, not a subject. */
const FRONTING_WORDS = /^(?:When|While|Although|Though|After|Before|Since|Because|As|If|Unless|Until|Once|Like|Unlike|Despite|Besides|For|With|In|On|At)$/;
/** A verb in a phrase that should be a noun phrase: "-ed" forms and common irregular pasts ("met", "hit", "laid"). */
const VERB_LIKE = /^(?:\p{Ll}+ed|met|hit|laid|led|left|took|gave|made|saw|told|found|got|went|came|ran|cut|put|set|sent|built|bought|brought|caught|fought|held|kept|lost|paid|sold|won|beat|hurt|shut|struck|threw|drove|broke|spoke|wrote|chose|rose|fell|grew|knew|drew|flew|fired|is|are|was|were|has|have|had)$/u;
/** Nouns that end in "-ly" like an adverb: "A lawyer for the family said" is not "… the quickly said". */
const LY_NOUNS = new Set("family ally rally assembly supply monopoly anomaly bully homily italy july".split(" "));
/** Whether a lower-case word is an adverb in "-ly" ("later", "quickly") that may stand between a speaker and the verb. */
function isLyAdverb(word: string): boolean {
  return word.endsWith("ly") && word.length > 4 && !LY_NOUNS.has(word);
}
/** A preposition right before a name: the name is its object ("employees of Google"). */
const GOVERNED_BEFORE = /\b(?:of|for|at|from|with|in)\s+(?:the\s+)?$/;
/** What may stand between a subject and its verb: a comma closing an appositive, auxiliaries, adverbs. */
const SUBJECT_THEN_VERB = /^,?\s+(?:(?:has|have|had|also|later|then|\p{Ll}+ly)\s+)*$/u;
/** A pronoun and a verb opening what is said: " she would appeal", " he had". */
const CLAUSE_OPENS = /^\s+(?:he|she|they|we|I|it)\s+(?:\p{Ll}+ly\s+)?(?:would|will|had|has|have|was|were|is|are|could|should|did|does|do|\p{Ll}+ed)\b/u;
/** "A young man", "The elderly woman": a description of a few lower-case words opening a sentence. */
const DESCRIBED_OPENER = /^(?:A|An|The)(?:\s[\p{Ll}\-]+){1,4}$/u;
/** "His response:", "Holt's reply:", "Her answer was simple:" opening a sentence, then a quotation mark. */
const REPLY_INTRO = /^((?:His|Her|\p{Lu}[\p{L}.\-]*(?: \p{Lu}[\p{L}.\-]*){0,2}['’]s)) (?:(?:\p{Ll}+ ){0,2})?(?:response|reply|answer|retort|message|explanation|verdict|advice)(?: (?:was|is) (?:simple|blunt|short|direct))?: [“"]/u;
/** "The plaintiffs' theory is that", "His argument was that", "Ann Holt's view is that" opening a sentence. */
const POSSESSED_ARGUMENT =
  /^(?:(?:But|And|Still|Yet)\s+)?((?:His|Her|Their|Its)|(?:\p{Lu}[\p{L}.\-]*\s){0,3}\p{Lu}[\p{L}.\-]*['’]s|[Tt]he\s+\p{Ll}+s['’])\s+(?:\p{Ll}+\s+)?(theory|argument|position|view|contention|claim|case|complaint|point|message|explanation|defense|defence|reasoning|belief)\s+(?:is|was|has been|had been)\s+that\b/u;
const POSSESSIVE_PRONOUNS = wordTable<string>({ his: "he", her: "she", their: "they", its: "it" });
/** Verbs that may come before their speaker ("…, said Ann Holt", "…, wrote the columnist"). */
const INVERTING_VERBS = new Set("saying adding noting explaining arguing insisting said says added adds wrote writes asked asks continued continues explained explains noted notes replied replies recalled declared insisted insists argued argues warned warns acknowledged conceded countered tweeted tweets reported reports".split(" "));
/** The names the words for unnamed sources get ("unnamed reports", "critics"). */
const UNNAMED_SOURCE_NAMES = new Set(Object.values(UNNAMED_SOURCES).map((u) => u.name));
const WEEKDAY = new RegExp(`^(?:${WEEKDAYS})$`);
/**
 * A short adverbial aside between commas right before a verb: ", though, ", ", for her part, ", ", on June 25, 2012, "
 * (not ", serves several purposes, ").
 */
const ASIDE_BEFORE = /,\s(?:(?:on|in|since|by|until|last|this|next|early|late)\s(?:\p{Lu}\p{L}+\.?(?:\s\d{1,2})?(?:,\s\d{4})?|\d{4})|(?:though|however|meanwhile|too|also|instead|still|again|indeed|then|now|later|earlier|in|for|at|on|by|with|after|before|during|to|\p{Ll}+ly)\s(?:\p{Ll}[\p{L}'’]*\s){0,2}\p{Ll}[\p{L}'’]*|though|however|meanwhile|too|also|instead|still|again|indeed|\p{Ll}+ly),\s$/u;
/** "the faculty at ", "professors at ", "members of ": people of the body named next (after "by"). */
const PEOPLE_OF_BODY = new RegExp(String.raw`^((?:the\s+)?)(?:\p{Ll}+\s+)?(?:${PEOPLE_OF_A_BODY.join("|")})\s+(?:at|of|from)\s+(?:the\s+)?$`, "u");
/** A body a person may hold a seat in ("Mo Cowan Senate: …"), unlike one that speaks for them ("Holt Campaign:"). */
const SEAT_NOUNS = new Set(["senate", "house", "seat", "race", "congress", "district"]);
/** Plural nouns for bodies that speak: "Unions said …". */
const BODY_PLURALS = new Set(["unions", "groups", "companies", "banks", "airlines", "automakers", "insurers", "hospitals", "schools", "universities", "churches", "charities"]);

/**
 * People counted, of a body or not: "the 42 members of the Republican caucus", "nearly 90 faculty members and priests
 * at Georgetown", "40 senators" (captured without "the").
 */
const COUNTED_PEOPLE =
  /^(?:the\s+)?((?:(?:nearly|about|almost|more\s+than|over|some|at\s+least)\s+)?(?:\d[\d,]*|dozens|hundreds|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen)\s+(?:\p{Ll}+\s+)?(\p{Ll}+s)(?:\s+and\s+(\p{Ll}+s))?(?:\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}’'\-]*(?:\.\p{L}+)*\.?(?:(?<!\p{Ll}\.)\s+\p{Lu}[\p{L}’'\-]*(?:\.\p{L}+)*\.?){0,3}(?:\s+(?:caucus|conference|delegation|faculty))?)?)(?=[\s,.;:]|$)/u;
/** Nouns for people, as COUNTED_PEOPLE counts them: "members", "faculty members", "priests", "employees", "senators". */
const PEOPLE_NOUNS = new Set([
  ...PEOPLE_OF_A_BODY,
  ..."staffers senators lawmakers legislators representatives teachers nurses economists officials residents experts lawyers attorneys voters citizens veterans parents pastors bishops rabbis republicans democrats governors mayors judges activists survivors victims people".split(" "),
]);
/**
 * What may come between a document's noun and who it is from, given the short gap allowed: " from ", ", released
 * Tuesday by ", " released Tuesday and signed by ", " sent under Ambassador Stevens' signature".
 */
const authorGap = (shortGap: string) =>
  new RegExp(String.raw`^,? (?:${shortGap} |[^.;“”"]{0,40}?\b(?:signed|written|authored|drafted) (?=by ))?(?:from|by|under(?= [^.;,“”"]{1,40}['’]s? signature)) `);
const AUTHOR_GAP = authorGap("[^.;]{0,20}?");
/**
 * One or two lower-case words of description before a name: "nonpartisan ", "independent research " (stricter than the
 * author's lead below, which a preposition may sit in: "hospitals to the Ministry" must not reach the ministry).
 */
const DESCRIBING_BEFORE_NAME = /^(?:\p{Ll}[\p{Ll}-]+\s){1,2}(?=\p{Lu})/u;
/** Up to three lower-case words describing an author before their name: "the engineering consultancy ". */
// (Perhaps with where they are first, "Boston law firm ": the determiner may have gone with "by the".)
const DESCRIBED_AUTHOR_LEAD = /^(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}-]*\s+)?(?:[\p{Ll}-]+\s+){1,3}(?=\p{Lu})/u;
/** The same, for the document a claim is attributed to ("The letter released Tuesday by the faculty at Georgetown says"). */
const OWN_AUTHOR_GAP = authorGap("[^.;,“”\"]{0,30}");
/** A lawsuit named as a description's head: "The lawsuit", "the 10-year-old suit", "class-action lawsuits". */
const LAWSUIT = /\b(?:law)?suits?$/i;
/** ", filed Monday by ", " brought by ": who brought the lawsuit a claim names, right after it. */
// (Past the court it was filed in: ", filed in Maricopa County Superior Court by ".)
const FILED_BY = String.raw`,?\s+(?:(?:was|were|that\s+was)\s+)?(?:filed|brought)\s+(?:[^.;,“”"]{0,20}\s|in\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,6})?by\s+`;
const OWN_FILER = new RegExp(`^${FILED_BY}`, "iu");
/** Whom the filers brought it for, up to the clause's end: "… and House Speaker Marcy Dunleavy on behalf of the ". */
const ON_BEHALF_OF = /^[^.;,“”"]{0,120}?\bon\s+behalf\s+of\s+(?:the\s+)?/u;
/** "sued": a body or person that brought a lawsuit, named right before it ("The Legislature sued", "Acme has sued"). */
const SUED = /\b(?:sued|sues|suing)\b/g;
/** "lawsuit filed by ", "suit brought Monday by ": a lawsuit, then who brought it. */
const LAWSUIT_FILED_BY = new RegExp(String.raw`^(?:law)?suits?${FILED_BY}`, "iu");
/** Every mention of a lawsuit (global: run over a window of text). */
const LAWSUIT_MENTIONS = /\b(?:law)?suits?\b/gi;
/** "The new lawsuit", "another suit", "its own suit", "that suit": a lawsuit other than the one named before. */
const OTHER_LAWSUIT = /\b(?:new|another|separate|second|third|latest|other|own|that)\b/i;
/** ", ", ", Mr. ": what comes between names earlier in a list. */
/** A short title before a name: "Mr. ", "Sen. ". */
const HONORIFIC = String.raw`(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+`;
const LISTED_BEFORE = new RegExp(String.raw`,\s+(?:${HONORIFIC})?$`);
/** "some", "other": a part of a group joined to a name ("Democrats and some Republicans", "Romney and other Republicans"). */
const GROUP_QUANTIFIER = "some|other|many|several|fellow|most";
/** " and ", " and Mr. ", " and the ", " and other ": what joins two names of one subject. */
/** "and", then a second person's title of up to five words: " and state Senate Minority Leader " (role words or capitalised). */
const TITLED_JOINED_BEFORE = /\s+and\s+(?:state\s+|former\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}$/u;
/** Up to three words ending in one not in capitals, before a name: "hurdler ", "400m runner ", "Sprinter " (group 1: that word). */
// (The words before it only capitalised or with a figure, "Olympic 200m finalist": not "Asked about striker ".)
const LOWER_ROLE_BEFORE = /(?<![\p{L}\d’'-])(?:(?:\p{Lu}[\p{L}’'-]*|[\p{L}]*\d[\p{L}\d]*)\s+){0,2}(\p{L}\p{Ll}[\p{Ll}-]*)\s+$/u;
/**
 * A person's trade or post in lower case at the end of `lead`, right before their name, after `joint` (" and ", ", " or a
 * clause's start): " and hurdler ", ", 400m runner ", "Olympic finalist ". Where the joint starts and where the trade
 * does, or null.
 */
function roleWordedBefore(lead: string, joint: RegExp): { joint: number; role: number } | null {
  const role = LOWER_ROLE_BEFORE.exec(lead);
  const join = role ? joint.exec(lead.slice(0, role.index)) : null;
  if (!role || !join) return null;
  const word = role[1]!.toLowerCase();
  return isPersonNoun(word) || DESCRIPTION_KINDS[word]?.[0] === "person" || isUnlistedPersonNoun(word) ? { joint: join.index, role: role.index } : null;
}
const JOINED_BEFORE = new RegExp(String.raw`\s+and\s+(?:${HONORIFIC}|the\s+|(${GROUP_QUANTIFIER})\s+)?$`);
/** What may stand before the first of two names that are a clause's subject: its start, a comma, "and", "but", a title. */
const SUBJECT_START = String.raw`(?:^|[,;:—–(“"]\s*|\b(?:${"and but then while when after as because since though although".split(" ").map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join("|")})\s+)`;
/** Capitalised words of a title opening the clause, before a name: "Indiana Democratic Party Chairwoman " (group 1). */
const TITLED_SUBJECT_LEAD = new RegExp(String.raw`${SUBJECT_START}((?:\p{Lu}[\p{L}.’'-]*\s+){1,5})$`, "u");
const JOINT_SUBJECT_LEAD = new RegExp(String.raw`${SUBJECT_START}(?:${HONORIFIC}|[Tt]he\s+)?$`);
/** A writing and whom it is from, before their names: "The letter, from Sens. ", "A letter from " (group 1: their title). */
const WRITING_FROM_LEAD = /\b(?:[Tt]he|[Tt]heir|[Tt]his|[Aa]n?)\s+(?:[\p{L}-]+\s+)?(?:letter|statement|memo|report|complaint|petition|filing|op-ed|email|e-mail|review|study|analysis),?\s+(?:from|by|signed\s+by|written\s+by)\s+((?:(?:Sens?|Reps?|Govs?|Drs?|Mr|Mrs|Ms)\.\s+)?)$/u;
/** People for or of someone, opening the clause, before the names: "Lawyers for ", "Prosecutors and lawyers for both ". */
const PEOPLE_FOR_BEFORE = new RegExp(String.raw`${SUBJECT_START}((?:\p{L}+\s+and\s+)?(\p{L}+s))\s+(?:for|of|to)\s+(?:both\s+)?$`, "u");
/** A phrase and "and" at a clause's start, before the speaker: "Lawmakers and other ", "Mayor Ben Holt and the ". */
const PAIRED_BEFORE = new RegExp(String.raw`${SUBJECT_START}(?:[Tt]he\s+)?((?:[\p{L}.’'-]+\s+){0,3}?[\p{L}.’'-]+)\s+and\s+(?:(?:${GROUP_QUANTIFIER}|the)\s+)?(?:\p{Lu}\p{Ll}+\s+)?$`, "u");
/** Words that say which people: "council members", "local residents", "other lawmakers". */
const PEOPLE_MODIFIERS = new Set("council union party city county state school local other many some several board committee".split(" "));
/** A verb of issuing a message, between its sender and the message: " issued a statement ", ", launching an ad ". */
const ISSUING_BEFORE_MESSAGE = new RegExp(String.raw`\b(?:${ISSUING_VERBS}|launched|launching|penned|penning|ran|running|aired|airing|wrote|writing|unveiled|unveiling|issuing|releasing|sending|posting|publishing|(?:fired|fires|firing|shot|dashed|sent|put)\s+(?:off|out))\b`);
/** A message right before a participle that says what it does: "an advertising campaign attacking", "a letter urging". */
const MESSAGE_BEFORE = /\b(?:ad|ads|campaign|letter|statement|e-?mail|memo|video|release|op-ed|column|tweet|post|message|commercial|mailer|spot)\s+$/;
/** Whether words are a noun phrase only, with no verb before its head: "City officials", "The Bank of America", not "company laid off workers". */
function nounPhraseOnly(phrase: string): boolean {
  return !phrase.split(/\s+/).slice(0, -1).some(looksLikeVerb);
}
/** A word that is a verb of saying, an "-ed" form or a common irregular past ("said", "hired", "met"). */
function looksLikeVerb(word: string): boolean {
  return VERB_LIKE.test(word) || verbClass(word.toLowerCase()) !== null;
}
/** A phrase and a comma before the next in a list of speakers: "Macroeconomic Advisors, " before "Deutsche Bank and …". */
const LISTED_PHRASE_BEFORE = new RegExp(String.raw`${SUBJECT_START}(?:[Tt]he\s+)?((?:[\p{L}.’'-]+\s+){0,3}?[\p{L}.’'-]+),\s+$`, "u");
/**
 * The name a person's body is called by: the surname, last ("Moss" of "Harry Moss"), or first in a Korean or Chinese name
 * with a hyphenated given name ("Seo" of "Seo Min-gyu").
 */
function familyName(name: string): string {
  const words = name.split(/\s+/);
  return words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1]!) ? words[0]! : words.at(-1)!;
}

/** "and" and a phrase after the speaker, up to the verb: " and Mr. Boehner's office issued", " and the union said". */
const PAIRED_AFTER = /^\s+and\s+((?:the\s+)?(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}(?:\p{Lu}[\p{L}.’'-]*['’]s?\s+\p{Ll}+|\p{Lu}[\p{L}.’'-]*|\p{Ll}+s?))\s+(?=(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)\b)/u;
/** "and" and a second agent, up to "that" or what for: " and Republicans in Congress" before " that …". */
const AGENT_PAIRED_AFTER = /^\s+and\s+((?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+)*(?:\p{Lu}[\p{L}.’'-]*|\p{Ll}+s)(?:\s+(?:in|of|at)\s+(?:the\s+)?\p{L}+)?)(?=\s+that\b|\s*[,.;]|\s+(?:for|over|after)\b)/u;
/** What someone's body of staff is called: "Mr. Boehner's office", "the mayor's campaign". */
/** After a tag's speaker, the verb and the sentence's end: " said.", " said on Monday.", " told the Post." */
const TAG_CLOSING_AFTER = /^\s+(?:said|says|added|confirmed|told\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|last\s+week|this\s+week))?[.!]?["”’]?\s*$/u;
const OFFICE_HEADS = new Set(["office", "campaign", "staff", "aides", "team", "spokesman", "spokeswoman", "lawyers", "attorneys"]);
/** What follows "believe" when a view is stated: a clause, not "believe in", "believe otherwise", "believe it". */
const BELIEVED_CLAUSE = /^\s+(?!(?:in|otherwise|so|that['’]s)\b|(?:it|this|him|her|them|me|you|us)(?=\s*[.,;!?]|\s+(?:to|in)\b))\p{L}/u;
/** "that he …", "that the fee …", "that Smith …": a "that" opening a clause with its subject. */
const SECOND_THAT_CLAUSE = /^that\s+(?:he|she|they|it|we|I|you|there|the|a|an|his|her|their|its|our|this|these|those|\p{Lu}\p{L}+)\s/u;
const TITLE_BEFORE = new RegExp(String.raw`(?:${HONORIFIC}|[Tt]he\s+)$`);
const SUBJECT_STARTS_BEFORE = new RegExp(`${SUBJECT_START}$`);
const LAST_WORDS = /(?:[\p{L}.'’-]+\s+){1,3}$/u;
/** Words that may modify a plural role before two names: "Council members", "state Sens.", "Democratic lawmakers". */
const GROUP_ROLE_MODIFIER = /^(?:\p{Lu}[\p{L}.'’-]*|council|committee|board|commission|cabinet|congressional|fellow)$/u;
const PREPOSITIONAL_ASIDE = /,\s(?:in|on|at|for|with|after|before|during|amid|following|despite|unlike|over|across|throughout|through|under|since)\s[^,;:“”"()]{1,60},\s$/u;
const SPOKESPERSON_FOR = /\b(\p{L}+)\s+(?:for|of|at)\s+(?:the\s+)?$/u;
/** Roles of people who speak for a person: "Reid's spokesman", "his lawyer". */
const SPEAKS_FOR_PERSON = new Set([...SPOKESPERSON_WORDS, ..."lawyer lawyers attorney attorneys barrister barristers solicitor solicitors aide aides adviser advisers advisor advisors publicist publicists representative representatives rep reps".split(" ")]);
/** Roles of people who speak for a body: "a Microsoft spokesperson" is Microsoft speaking. */
const SPEAKS_FOR = SPEAKS_FOR_BODY;
/** A lower-case word, a hyphenated compound or a capitalised body name inside a description ("former Justice Department"). */
const DESCRIPTION_MODIFIER = /^(?:\p{Ll}[\p{Ll}\-]*|\p{Lu}[\p{L}\-]*|(?:\p{Lu}\.)+\p{Lu}|\d+-(?:year|month|week|day)(?:-old)?)$/u;
interface DescribedPhrase {
  /** Index of its first word in the sentence. */
  firstWord: number;
  start: number;
  end: number;
  phrase: string;
  /** Canonical name of the source it makes. */
  name: string;
  /** Opens with "a" or "an". */
  indefinite: boolean;
}

/** Words for a part of a group before "of the": "several of the companies", "two of the justices". */
const PARTITIVE_DETERMINERS = new Set(["the", "those", "these"]);
const PARTITIVE_QUANTIFIERS = new Set("some several many most few number majority one two three four five six seven eight nine ten dozens".split(" "));
/** Clause openers that are also prepositions ("after the attacks"). */
const PREPOSITION_OPENERS = new Set("after before since until as once".split(" "));
/** Plural nouns for people: "engineers", "protesters", "officials", "scientists", "residents". */
const PEOPLE_PLURAL = /(?:ers|ors|ists|ians|ans|ants|ents|ees|als|ives|ars)$/;
/** Words after which a noun phrase opens a clause ("and a neighbor said", "after an aide said"). */
/** After "but": "not" and a phrase, no clause ("not “on the company’s terms.”", "not yet", "not in the way he meant"). */
const NOT_A_PHRASE = /^not\s+(?:[“"‘]|(?:on|in|at|for|by|with|from|to|before|after|until|yet|now|without|under|over|through|always|quite|entirely)\b)/;
const CLAUSE_OPENERS = new Set("and but or so then after before when while because since as though although until once if why how what where".split(" "));
/** Words that end a description when reading back from its noun: prepositions, conjunctions, relative words. */
const NOT_MODIFIERS = new Set(
  "to with of for about at from against on by in into than like near across behind beside beyond below above between through throughout toward towards within amid among along around under and or but nor that which who whom whose when while as if so according said says told after before since because until although though once unless whether issued released sent posted published why how what where".split(" "),
);
const REPORTISH = new Set("report reports story article".split(" "));
/** After figures, how they came out and "by": " compiled by the ", " published last week by ". */
const FIGURES_BY = /^\s+(?:compiled|collected|gathered|published|released|issued|supplied|provided)(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day|\s+last\s+(?:week|month|year))?\s+by\s+(?:the\s+)?/u;
/** Data from a body the text describes, opening the sentence, before its verb (group 1: the body; group 2: its head word). */
const DATA_FROM_DESCRIBED = /^(?:(?:[Oo]fficial|[Nn]ew|[Ll]atest|[Tt]he|[Rr]ecent)\s+)*(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Nn]umbers)\s+(?:published\s+|released\s+|(?:obtained|seen)\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.&-]*\s+){1,4})?from\s+(?:the|a|an)\s+((?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+))\s+(?:(?:has|have|had)\s+)?$/u;
/** Whose work, then its kind, before its title set off by a comma: "Her new book, The ", "Holt's memoir, " (group 1: the owner). */
const WORK_BEFORE_TITLE = /\b([Hh]is|[Hh]er|[Tt]heir|[\p{Lu}][\p{L}'’-]+(?=['’]s?\s))(?:['’]s?)?\s+(?:(?:new|latest|forthcoming|recent|first|second|third|last)\s+)?(?:book|memoir|novel|album|film|documentary|play|essay|biography)\s*,\s+(?:[Tt]he\s+)?$/u;
/** Participles of bringing someone in before "by": "an expert called by the prosecution", "a lawyer hired by the family". */
const ENGAGED_BY = new Set("called hired retained appointed commissioned instructed engaged chosen nominated brought".split(" "));
/** Between a body's possessive and its document's noun, up to two words in lower case: "’s preliminary ". */
const BODY_DOCUMENT_GAP = /^['’]s? (?:\p{Ll}[\p{Ll}-]* ){1,2}$/u;
const PP_HEADS = new Set("for of at with within from in on close familiar aware inside behind across near outside around along".split(" "));
/** Bodies only a country has: "Kessaria's foreign ministry", "its government". */
const COUNTRY_BODIES = new Set("ministry government parliament embassy army military navy cabinet presidency delegation".split(" "));
/** Someone brought in without a name: "his daughter", "a 16-year-old client", "a man". */
const PERSON_BROUGHT_IN = /\b(?:(?:his|her|their)\s+(?:daughter|son|wife|husband|mother|father|brother|sister|child|children|partner|client|patient)|(?:a|an)\s+(?:[\p{L}\d-]+\s+){0,2}(?:man|woman|boy|girl|client|patient|student|child|resident|driver|passenger|suspect|teenager))\b/iu;
/** Those who work with someone, who speak with them ("Ann Holt and her colleagues"). */
const TEAM_WORDS = new Set("colleagues team co-authors coauthors collaborators".split(" "));
/** Who leads a study, as "the lead author" names them. */
const LEAD_ROLE_NOUNS = new Set("author researcher scientist investigator".split(" "));
/** A study brought in as another one: "A new study", "a separate analysis". */
const ANOTHER_STUDY = /\b(?:[Aa]|[Aa]n|[Aa]nother)\s+(?:new|separate|second|later|different|newer|recent)?\s*(?:study|research|analysis|paper|survey)\b/;
/** "a study led by (Dr.) ", "research headed by ": a study's leader named next. */
const LED_BY_BEFORE = /\b(?:study|research|team|analysis|survey|paper|project)\s+(?:was\s+)?(?:led|headed|co-led)\s+by\s+(?:Dr\.?\s+|Prof(?:essor)?\.?\s+)?$/;
/** ", an oceanographer at …, who led the study": the leader named before, within their sentence. */
const WHO_LED_AFTER = /^[^.!?“”"]{0,160}\bwho\s+(?:led|headed|co-led)\s+the\s+(?:\p{Ll}+\s+)?(?:study|research|team|analysis|survey|paper|project)\b/u;
/** Nouns a newsroom calls someone by, besides occupations: "the teenager said". */
const EPITHET_NOUNS = new Set("teenager youngster rookie newcomer veteran".split(" "));
/** Death right after a person's name and its asides: ", 19, died after", " was killed". */
const DIED_AFTER = /^(?:,[^,.;]{1,30},)?\s+(?:(?:was|were|had\s+been)\s+)?(?:died|killed|dead|murdered|drowned)\b/;
/** A tabloid's word for a parent: "father-of-two", "mum-of-three", "grandmother-of-five". */
const PARENT_OF = /^(?:father|mother|dad|mum|mom|grandfather|grandmother|grandad|grandma|gran)-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/;
/** A nation's word for one person in one word: "englishman", "irishwoman", "dutchmen". */
const NATION_PERSON = /^(?:english|french|irish|welsh|scots|dutch|cornish|manx|ulster)(?:man|woman|men|women)$/;
/** Endings of words for people ("cleaner", "housewife", "retiree"), and words with those endings that are not. */
const PERSON_ENDING = /^\p{Ll}{2,}(?:er|or|ist|ian|wife|man|woman)$/u;
const NOT_PERSON_ENDING = new Set("other latter former letter paper order poster flyer banner sticker reminder marker cover container timer ticker charter register monitor indicator computer calculator meter counter answer number water power matter dossier newsletter trailer ledger header footer disclaimer sensor scanner tracker chapter border filter folder binder planner organizer printer player recorder".split(" "));
/** A word for a person that no list here holds, as its ending tells ("the cleaner", "the housewife"). */
function isUnlistedPersonNoun(word: string): boolean {
  return PERSON_ENDING.test(word) && !NOT_PERSON_ENDING.has(word) && !KIN_NOUNS.has(word) && DESCRIPTION_KINDS[word] === undefined && !DOCUMENT_NOUNS.has(word) && !EVIDENCE_NOUNS.has(word) && UNNAMED_SOURCES[word] === undefined && !THING_NAME_WORDS.has(word);
}
/** Between a subject and a document, the subject's writing or issuing it: ", had written a ", " issued a ". */
const AUTHORED_BY_SUBJECT = /^,?\s+(?:(?:had|has|have)\s+)?(?:also\s+)?(?:written|wrote|drafted|penned|prepared|issued|released|signed|composed)\s+(?:a|an|the|her|his|their)\s+(?:[\p{L}-]+\s+){0,3}$/u;
/** "The family of ", "the relatives of " right before a person's name: who speaks is the family. */
const FAMILY_OF_BEFORE = /\b[Tt]he\s+(?:family|relatives|parents|loved\s+ones)\s+of\s+(?:the\s+late\s+)?$/;
/** A possessive, a word for kin and a comma before their name: "’s mother, " (in "Ms Lally’s mother, Bernadette,"). */
const KIN_SET_OFF_AFTER = /^[’']s?\s+(\p{Ll}+),\s+/u;
/** A nickname in quotation marks right before a verb: "known as “Corky”, ", "nicknamed "The Wall" ". */
const NICKNAME_BEFORE = /\b(?:known\s+as|nicknamed|dubbed|aka|alias)\s+[“"‘']\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*){0,2}[”"’'],?\s$/u;
/** An aside giving a nickname, in quotation marks or not: ", known as “Corky” since his playing days at Stockport, ". */
const KNOWN_AS_ASIDE = /,\s(?:(?:better|widely|affectionately|universally)\s)?(?:known\s+as|nicknamed|dubbed)\s[“"‘']?\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*){0,2}[”"’']?(?:\s[^,;:“”"]{1,60})?,\s$/u;
/** A description set off after a name that ends in a work's quoted title, its comma inside the marks: ", a co-sponsor of the “Western Wildfire Recovery Act,” ". */
const TITLED_WORK_ASIDE = /,\s(?:a|an|the|one\s+of\s+the)\s[^,;:“”"]{1,60}?[“"]\p{Lu}[^“”"]{1,80}?,[”"]\s$/u;
/** Only names, one or two joined by "and": " Margot and Rafe", " Margot". */
const NAMES_ONLY = /^\s*\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,2}(?:\s+and\s+\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,2})?\s*$/u;
/** A prepositional phrase opening a sentence: "In a statement issued by his lawyers …", "During the debate …". */
const OPENING_PHRASE = /^\s*(?:In|On|At|During|From|Through|Within|Speaking|Writing)\s/u;
/** Prepositions of where or when between a person and their verb: "Holt at the rally said", "Holt during the debate". */
const WHERE_OR_WHEN = new Set("at in on during after before following of".split(" "));
const RELATIVE_WORDS = new Set("that who whom which whose where when".split(" "));
/** Participles after a document that say when it was issued or what it holds: "issued Thursday", "detailing …". */
/**
 * A woman or a man brought in since, whom "her" or "his" may mean rather than someone named before: someone else's kin
 * ("his mother", "the victim's sister").
 */
const SHE_DESCRIBED = /\b(?:his|\p{L}+['’]s?)\s+(?:\p{Ll}+\s+)?(?:mother|sister|wife|daughter|aunt|grandmother|niece|girlfriend|mum|mom|widow)\b/u;
const HE_DESCRIBED = /\b(?:her|\p{L}+['’]s?)\s+(?:\p{Ll}+\s+)?(?:father|brother|husband|son|uncle|grandfather|nephew|boyfriend|dad|widower)\b/u;
/** A verb of saying, then a clause of what was said: " said she dialed", " says that", " told reporters it". */
const SAID_CLAUSE_AFTER = /^\p{Ll}+\s+(?:\p{Ll}+\s+)?(?:that|he|she|they|it|there|his|her|their|the|a|an|I|we)\s/u;
/** What was done to people asked: "according to farmers interviewed for this article", "traders surveyed by the council". */
const ASKED_PARTICIPLES = new Set("interviewed surveyed polled questioned contacted consulted quoted".split(" "));
const DOCUMENT_PARTICIPLES = new Set("issued released published posted obtained sent signed written dated filed commissioned conducted compiled collected gathered supplied prepared drafted submitted tendered tabled lodged presented produced detailing outlining describing summarizing listing citing".split(" "));
/** Words that open what someone is reproached for: "over the budget", "after the vote". */
const REASON_HEADS = new Set("over after about during amid because".split(" "));
/** Prepositions between a role and the body it serves ("an aide to the committee", "a spokesman for Acme"). */
const ROLE_PREPOSITIONS = new Set("to for of at with".split(" "));
const NOT_GROUP_KINDS = new Set<EntityKind>(["person", "place", "other"]);
/** Parts of a body that speak for themselves under its name: "Acme's board", "the party's state branch". */
const BODY_PARTS = new Set(["board", "division", "branch", "chapter"]);
/** Offices through which a body speaks as itself: "country office", "press office". */
const OWN_VOICE_OFFICES = new Set(["country", "regional", "local", "national", "press", "media", "communications", "field"]);
/** A report's words after whose it is: "latest report", "audit". */
const OWN_REPORT_TAIL = String.raw`(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:report|memo|memorandum|audit|review)$`;
/** A report under its owner's possessive: "Treasury's latest report", "the Auditor-General's report". */
const OWNED_REPORT = new RegExp(String.raw`^(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}(\p{Lu}[\p{L}.-]*)['’]s?\s+${OWN_REPORT_TAIL}`, "u");
/** "Its annual report": the report of the body "its" means (see documentByDescription). */
const ITS_REPORT = new RegExp(String.raw`^Its\s+${OWN_REPORT_TAIL}`, "u");
/** Who heads a body, before its name: "The head of the ", "The new chairman of ". */
const HEAD_OF_BEFORE = /^(?:The|the)\s+(?:(?:new|former|acting|interim)\s+)?(?:head|chief|chairman|chairwoman|chair|leader|director|president|boss|commissioner)\s+of\s+(?:the\s+)?$/u;
/** Prepositions of where something stands: "outside", "near". */
const PLACE_PREPOSITIONS = new Set("outside inside near beside behind opposite above below under".split(" "));
/** A subject pronoun and a verb: "he had heard", " they saw" (what was said, not who said it). */
const SUBJECT_AND_VERB = /\b(?:he|she|they|we|I)\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?\p{Ll}+(?:ed|en|d|t)\b/u;
/** An indefinite person opening the sentence, then where they are from: "A sports director from a rival team" (group 2: the head noun). */
// (The place may have an aside of its own: "A nurse at a public hospital in Moreno, on the western edge of Greater Buenos
// Aires, who asked not to be named, said".)
// (Or a place's name with no article: "A resident of Nairobi, speaking on condition of anonymity, said".)
const PERSON_FROM_SOMEWHERE = /^((?:An?|One)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+))\s+(?:from|at|with|of|in)\s+(?:(?:a|an|another|the)\s+[^,;:“”"]{1,60}|\p{Lu}[^,;:“”"]{0,40})(?:,\s+(?:on|in|near|outside|north|south|east|west)\b[^,;:“”"]{1,60})?$/u;
/**
 * One person described opening the sentence, then what they were doing or where they are, with no comma between:
 * "A woman waiting for the bus on ", "A cattle rancher north of ", "A nurse moved to " (group 2: the head noun).
 */
const PERSON_OPENING_THEN_WHERE = /^((?:[Aa]n?|One)\s+(?:[\p{Ll}\d-]+\s+){0,3}?([\p{Ll}-]+))\s+(?:\p{Ll}{2,}ing|\p{Ll}{2,}ed|(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of|near|outside|in|on|at|from|of)\s[^;:“”"]*$/u;
/** Someone of an age alone, then where: "A 33-year-old from Kharkiv " (group 2: the age). */
const AGED_THEN_WHERE = /^((?:[Aa]n?)\s+(\d{1,3}-year-old))\s+(?:(?:north|south|east|west)\s+of|near|outside|in|at|from|of)\s[^;:“”"]*$/u;
/** Who opens the sentence, described in lower case up to a comma, before a person set off: "One of the tenants she works with, ", "One, ". */
const PERSON_SET_OFF_THEN_WHERE = /^(?:(?:One|Another|Some) of (?:the|his|her|their|its) [\p{Ll}\s'’-]{2,60}|One|Another), (?=(?:an?)\s[^,;:“”"]{3,120},\s$)/u;
/** A preposition of where right before a name: "in ", "to the ", "near ". */
const WHERE_BEFORE = /\b(?:in|to|at|on|near|from|of|outside|along)\s+(?:the\s+)?$/;
/**
 * A body named in lower case by its portfolio, at the end: "The department of agriculture", "the ministry of health" (group
 * 1: the words; group 2: the name, without its article).
 */
// (One portfolio's word, or two joined by "and": not the people or figures of the body after it, "the department of
// agriculture spokesman", "the department of health inspectors".)
const BODY_BY_PORTFOLIO_BEFORE = /(?:^|[\s“"])((?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:(?:state|federal|national|provincial|regional|city|county)\s+)?(?:department|ministry|directorate|secretariat)\s+(?:of|for)\s+(?:\p{Ll}+\s+and\s+)?\p{Ll}+))$/u;
/** A part of a group opening a phrase: "Two of the ", "some of its ", "one of those ". */
const PART_OF_GROUP_OPENING = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|many|most|several|both|all|each|few|none)\s+of\s+(?:the|these|those|its|their|his|her|our)\s+/i;
/** Charges, then ", which" right before who denies them: "related charges, which ", "two counts of fraud, which ". */
const CHARGES_WHICH_BEFORE = /\b(?:charges?|allegations?|accusations?|claims?|counts?|offen[cs]es?|wrongdoing)(?:\s+of\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s*,\s+which\s+$/u;
/** Offices whose reports speak for them, described after "by the": "the city's own auditor", "the state comptroller". */
const REPORTING_OFFICES = new Set("auditor auditor-general comptroller controller ombudsman ombudsperson coroner watchdog regulator".split(" "));
/** People of a list of places, up to the last one's "and": "the governors of Ohio, Michigan and " (1: the phrase, 2: the people). */
const PEOPLE_OF_PLACES_BEFORE = /(?:^|[\s(])((?:[Tt]he\s+)?(\p{Ll}+)\s+of\s+(?:(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}.’'-]*,\s+)+(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}.’'-]*,?\s+and\s+)$/u;
/** A participle of denying after the tag, with what is denied: ", denying what some have said", ", denying that he knew". */
// (Not a ruling on what was asked: "…,” Judge Ann Holt said, denying that request", "denying any further extensions".)
const DENYING_AFTER = /,\s+(?:\p{Ll}+ly\s+)?denying\s+(?:that\s+(?!(?:request|motion|application|appeal|bid|plea)\b)|what\b|any\s+(?:wrongdoing|involvement|knowledge|role|responsibility|link|connection)\b|the\s+(?:claims?|reports?|allegations?|charges?|suggestions?|accusations?)\b)/u;
/** A verb of knowing or learning ending a subject read before "that": "… understands", "… has learned". */
const KNOWING_VERB_END = /\b(?:understands|understood|knows|knew|learned|learnt|learns|believes|hears|heard|suspects|realises|realizes)\s*$/;
/** A word, then where it is, before a place's name: "Business owners along ", "residents of the ". */
const PLACE_OF_PEOPLE_BEFORE = /\b\p{L}+\s+(?:along|in|on|near|at|from|across|around|outside|of)\s+(?:the\s+)?$/u;
/** One person described, then a "whose" clause, opening a sentence: "A woman whose father was admitted last week". */
const PERSON_WHOSE = /^((?:An?|One)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+))\s+whose\s+[^;:“”"]{1,120}$/u;
/** "One of them, a scheduler at a clinic in Phoenix, " opening the sentence (group 1: the description). */
const ONE_OF_THEM_DESCRIBED = /^[“"]?(?:(?:But|And)\s+)?(?:One|Another)\s+of\s+(?:them|those|these|the\s+[\p{Ll}-]+),\s+((?:a|an)\s+[^,;:“”"]{1,80}),\s+(?:(?:also|later|has|had)\s+)?$/u;
/** A "whose" clause with a verb of its own: " whose son, Tom Reyes, died in the crash", " whose home was flooded". */
const WHOSE_CLAUSE_VERB = /^\s+whose\s+[^;:“”"]*?\b(?:was|were|is|are|has|had|have|\p{Ll}{2,}ed)\b/u;
/** A noun for one person ("woman", "nurse", "neighbor"). */
function personDescribedBy(noun: string): boolean {
  return ONE_PERSON_NOUNS.has(noun) || isPersonNoun(noun) || isOneOfPeople(noun);
}
/**
 * Whether a name in a phrase after a preposition is only where someone or something is: a place, or a name of no known
 * kind, after "in" ("A federal judge in Boston", "a spokesman for the Chinese embassy in Canberra"); a place after "from".
 */
function placeInPhrase(ents: EntityIndex, text: string, preposition: Word, m: Mention, head: string): boolean {
  if (!PLACE_LIKE_KINDS.has(ents.kindOf(m.entityKey))) return false;
  // (Or a place someone is from: "A senator from Ohio", "A lawmaker from Texas"; not one a spokesman speaks for, "A
  // spokesman from China".)
  if (preposition.lower === "from" && ents.kindOf(m.entityKey) === "place" && !SPOKESPERSON_WORDS.has(head)) return true;
  return preposition.lower === "in" || /\sin\s+(?:the\s+)?$/.test(text.slice(Math.max(preposition.end, m.start - 8), m.start));
}
/** People asked by the outlet itself, up to the verb: "analysts polled by this newspaper last week" (group 1: who). */
const ASKED_BY_THE_OUTLET = /\b(\p{L}+)\s+(?:interviewed|surveyed|polled|questioned|contacted|reached)\s+by\s+(?:this|our)\s+(?:newspaper|paper|publication|station|network|website|site|magazine|broadcaster|programme|program)(?:\s+(?:last|this|earlier\s+this)\s+\p{Ll}+)?$/u;
/** Kinds of name that may be only where someone is: a place, or a name of no known kind. */
const PLACE_LIKE_KINDS = new Set<EntityKind>(["place", "other"]);
/** A person's place after their name, with its state: " of Maricopa County, Ariz.", " of Idaho", " of Tillbury Cross". */
const HOMETOWN_BEFORE = /\s+of\s+(?:\p{Lu}[\p{L}.]*\s?){1,3}(?:,\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?$/u;
/**
 * The mention right before a hometown that ends at `pos` (" of Springfield, Ill." of "Mayor Ann Holt of Springfield,
 * Ill."), read from no earlier than `from`; the caller checks that it is a person.
 */
function beforeHometown(text: string, ms: Mention[], pos: number, from: number): Mention | null {
  const hometown = HOMETOWN_BEFORE.exec(text.slice(Math.max(from, pos - 50), pos));
  return hometown ? mentionEndingAt(ms, pos - hometown[0].length) : null;
}
/** An aside on why a source is not named: ", speaking on condition of anonymity because …, ", ", declining to be named, ". */
const ANONYMITY_ASIDE = /,\s+(?:(?:speaking|declining|requesting|asking|insisting\s+on)|who\s+(?:asked|declined|did\s+not\s+want|didn['’]t\s+want|requested))\s[^,;:“”"()]{0,40}?\b(?:anonymity|anonymously|named|identified|name|identity)\b[^,;:“”"()]{0,100},\s+$/u;
/** ", including Glenn Beck and Bill O'Reilly, " (and an auxiliary or adverb) right before a verb. */
// (The examples may be a list: "Supporters, including teachers, nurses and younger renters, urged".)
// (A party tag in brackets may close it: "including Sen. Tom Reed (D-Ohio), ".)
const INCLUDING_ASIDE = /,\s+including\s+[^;:“”"()]{1,100}?(?:\s\([DRI](?:-\p{Lu}[\p{L}.]*)?\))?,\s+(?:(?:have|has|had|also|all|both)\s+)*$/u;
/** Plural people and "like", "such as" or "including", then only names and their asides up to here. */
const EXAMPLE_LIST = /\p{Ll}+s\s+(?:like|such\s+as|including)\s+\p{Lu}[^;:.!?“”"]*$/u;
/** A clause of an announcement or the like that ends on a verb of happening, which needs the "after …" or "when …" that follows it. */
const ONLY_WHEN = /\b(?:announcement|decision|move|vote|report|news|statement|remarks|comments?|surge|change|reversal|shift|call|letter|ruling|resignation|endorsement|offer|request|development|exchange|moment|clash|confrontation|response|reaction|criticism|backlash|outcry|uproar|controversy|twist)(?:e?s)?\s+(?:[\p{L}’'-]+\s+){0,8}?(?:came|comes|come|happened|happens|occurred|occurs)(?:\s+\p{Ll}+ly)?\s*$/u;
const SUBORDINATORS = /\s(after|before|when|while|as|because|since|although|though|until|once)\s/g;
const SUBORDINATOR_WORDS = keywordFamily("after before when while as because since although though until once".split(" "));
const NOT_A_CLAUSE = /(?:\bsuch|\bwell)\sas\s|\sbecause\sof\b|\sas\s(?:of|to|for|well|much|many|long|soon|far)\b/;
/** Words that modify a subordinator, before it ("even though", "shortly after", "a few hours before"). */
const SUBORDINATOR_LEAD = /(?:\s(?:(?:even|shortly|just|only)\s)?(?:a\sfew|a|an|several|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s(?:hours?|days?|weeks?|months?|years?|minutes?|moments?)|\s(?:even|shortly|just|soon|long|right|only)|\sas\s(?:long|soon|far|much))$/u;
const FRONTED = /^(?:(?:Shortly|Soon|Just|Right|Long|Only|Even|Minutes|Hours|Days|Weeks|Months|Moments|Years) (?:after|before|when|as|since)\b|After|Before|When|While|As|Since|Because|Although|Though|Once|If|Following|Despite|Even as|Asked|On the question of|In response to|Responding to)\b/;
const FRONTED_AFTER_CONJUNCTION = /^(?:And|But|Yet|So),?\s+(?:while|although|though|when|after|before|because|since|once|if)\b/;
/** A noun in "s" and the relative pronoun of its clause ("refugees who"): group 1 is the noun. */
const OBJECT_RELATIVE = /(\p{Ll}{2,}s)\s+(?:who|which|whose)\b/gu;
/** Words that open a clause of its own inside a predicate: its subject is not the predicate's. */
const PREDICATE_BREAK = /\b(?:after|before|when|while|as|because|since|although|though|until|once|if|who|which|whose|where)\b/i;
const CLAUSE_BOUNDARY = /,\s+(?:and|but)\s|;\s|:\s(?=\p{Lu})|\s?—\s?|\s–\s/gu;
/** A dateline before its dash: a place in capitals, then perhaps its country or state and an agency ("MANILA, Philippines", "DES MOINES, Iowa (AP)"). */
const DATELINE = String.raw`^\p{Lu}[\p{Lu}\p{M}\s.'’-]+(?:,\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})?(?:\s\([^()]{1,30}\))?\s*`;
const DATELINE_LEAD = new RegExp(`${DATELINE}$`, "u");
/** …and its dash, opening a sentence: "MANILA, Philippines — ". */
const DATELINE_THEN_DASH = new RegExp(String.raw`${DATELINE}(?:[—–]|--?)\s+$`, "u");

/** The last word of a source's words, lower-cased: "the latest polls" → "polls". */
function headNoun(sourceText: string): string {
  return sourceText.slice(sourceText.lastIndexOf(" ") + 1).toLowerCase();
}

function isDeterminer(w: string): boolean {
  return w === "the" || w === "this" || w === "that" || w === "a" || w === "an" || w === "its" || w === "his" || w === "her" || w === "their";
}

/**
 * The description noun a word stands for ("governor"), reading "ex-congressman" as "congressman" and "attorney
 * general" as "attorney"; null when it is not one.
 */
function descriptionNoun(w: Word, prev: Word | undefined): string | null {
  const bare = w.lower.replace(/^(?:ex|then|former)-/, "");
  // (Not a rank in a body: "the former Army general".)
  if (bare === "general" && prev && DESCRIPTION_KINDS[prev.lower]?.[0] === "person") return prev.lower;
  if (bare === "president" && prev?.lower === "vice") return "vice_president";
  return DESCRIPTION_KINDS[bare] ? bare : null;
}

/** A word that may stand in a description before its noun ("former", "Senate", "top"): no preposition or verb. */
/** A count before a noun: "90", "1,200". */
const COUNT = /^\d[\d,]*$/;
/** Words that count people, as a pattern's alternatives, capitalised or not ("[Tt]wo"). */
const COUNT_WORDS = "two three four five six seven eight nine ten several some many dozens hundreds"
  .split(" ")
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join("|");
/** People counted, opening the sentence, before the body they are of: "But two administrators at " (group 2: the people). */
const COUNTED_PEOPLE_AT = new RegExp(String.raw`^(?:(?:But|And)\s+)?((?:\d[\d,]*|${COUNT_WORDS})\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+s)\s+(?:at|for|of|from|with)\s+(?:the\s+)?)$`, "u");
/** A count opening a sentence before people: "Two current drivers", "Several former staff". */
const COUNTED_OPENING = new RegExp(String.raw`^(?:\d[\d,]*|${COUNT_WORDS})$`);

/** Words that count or pick out unnamed sources before their modifiers: "a", "two", "several". */
const COUNTING_WORDS = new Set("a an one two three four five six seven eight nine ten several some many few multiple numerous various".split(" "));
/**
 * The index of the counting word that opens "a city official", "two state election officials", "a senior
 * Justice Department official" (the noun at k; one to three modifiers, a word each, spaced singly), or null.
 */
function countedModifiersStart(text: string, ws: readonly Word[], k: number): number | null {
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && isSourceModifier(ws[j]!) && !COUNTING_WORDS.has(ws[j]!.lower) && text.slice(ws[j]!.end, ws[j + 1]!.start) === " ") j--;
  if (j === k - 1 || j < 0 || !COUNTING_WORDS.has(ws[j]!.lower) || text.slice(ws[j]!.end, ws[j + 1]!.start) !== " ") return null;
  // (Opening its clause, or after a verb of saying or a count's "at least": not "In a statement officials said", "At a
  // news conference officials said".)
  return opensClauseAt(text, ws, j) || COUNT_OPENS_AFTER.test(text.slice(Math.max(0, ws[j]!.start - 24), ws[j]!.start)) ? j : null;
}

/** Before a counted source that is no clause's first word: "said a senior official", "At least one GOP insider". */
const COUNT_OPENS_AFTER = /(?:^|\s)(?:said|says|told|tells|added|adds|wrote|writes|noted|notes|according\s+to|at\s+least|more\s+than|at\s+most)\s+$/i;
/** Words of when or how many, never an unnamed source's modifier: "Two days later officials", "Hours later officials". */
const NOT_SOURCE_MODIFIERS = new Set(
  "later earlier ago then now still yet meanwhile yesterday today tonight tomorrow hours days weeks months years minutes moments most other both all such these those".split(" "),
);
/** Whether a word may say which unnamed source it is ("city", "senior", "Justice"). */
function isSourceModifier(x: Word): boolean {
  return /^[\p{L}][\p{L}.’'-]*$/u.test(x.text) && !NOT_MODIFIERS.has(x.lower) && !isDeterminer(x.lower) && !NOT_SOURCE_MODIFIERS.has(x.lower) && !TIME_WORDS.has(x.lower);
}

/** Words before an unnamed source's noun that name a side or a people, left to the rules for those: "Democratic", "Israeli". */
const SIDE_WORDS = new Set("democratic democrat republican gop labour labor tory conservative liberal green ndp".split(" "));
/** How far "the official" may be from the official told apart before it: about five paragraphs. */
const TOLD_APART_REACH = 3000;
/**
 * The index of the first of one or two words that open the sentence before an unnamed source's noun and say which
 * ("Outside experts", "Local residents", "Independent analysts said"), or null. The first is capitalised only as the
 * sentence's first word; a side or a people ("Democratic", "Israeli") is left to the rules for those.
 */
function openingModifiersStart(text: string, ws: readonly Word[], k: number, sentenceStart: number, ms: readonly Mention[], named: (key: string) => boolean): number | null {
  for (let j = k - 1; j >= Math.max(0, k - 2); j--) {
    const x = ws[j]!;
    if (!/^\p{L}[\p{L}-]*$/u.test(x.text) || !isSourceModifier(x) || COUNTING_WORDS.has(x.lower) || DETERMINER_LIKE.has(x.lower) || text.slice(x.end, ws[j + 1]!.start) !== " ") return null;
    // (Nor a people the lexicon does not know, by its shape: "Orlenian officials", "French", "Welsh"; nor a name the
    // article knows, "Trump officials", "UN officials".)
    if (x.start === sentenceStart) {
      const people = SIDE_WORDS.has(x.lower) || DEMONYMS.has(x.lower) || /(?:ian|ean|ese|ish|ch|sh|i)$/.test(x.lower) || /^\p{Lu}{2,}$/u.test(x.text);
      // (A name only when the article never writes the word in lower case: "Fire officials" of an article on "the fire".)
      const name = ms.some((m) => m.start <= x.start && m.end >= x.end && named(m.entityKey)) && !new RegExp(`\\b${x.lower}\\b`, "u").test(text);
      return x.cap && !people && !name && !isLyAdverb(x.lower) ? j : null;
    }
    if (x.cap) return null;
  }
  return null;
}

/**
 * A phrase that opened its sentence, in lower case as anywhere else ("Two officials" → "two officials"), unless its
 * first word opens a name or is an acronym ("Trading Standards figures", "FBI agents").
 */
function lowerOpening(phrase: string): string {
  const first = /^\S+/.exec(phrase)?.[0] ?? "";
  const namesSomething = !NOT_NAME_WORDS.has(first.toLowerCase()) && /^(?:\p{Lu}[\p{L}.’'-]*\s+\p{Lu}|\p{Lu}{2,}\b)/u.test(phrase);
  return namesSomething ? phrase : phrase.charAt(0).toLowerCase() + phrase.slice(1);
}

/** What stands between an owner's name and what it owns: nothing, "’s", or "’" after a plural, past the full stop of initials ("E.P.A.’s"). */
const POSSESSIVE_GAP = /^(?:\.?[’']s?)?$/;
/**
 * How many lower-case words (up to `max`) stand between an owner's possessive and the noun at word k: 1 for "the
 * president's budget director", 2 for "the county’s emergency management office", 0 when none does.
 */
function describingWordsAfterOwner(text: string, ws: readonly Word[], k: number, max: number, placed = false): number {
  for (let n = 1; n <= max; n++) {
    const owner = ws[k - 1 - n];
    if (!owner) return 0;
    const between = ws.slice(k - n, k);
    // (A party's name describes too: "its Republican sponsors"; and where a body's part serves, when `placed`: "the
    // Liberal Party's NSW division".)
    if (between.some((x) => (x.cap && !PARTY_ADJECTIVES.has(x.text) && !placed) || x.poss) || !POSSESSIVE_GAP.test(text.slice(owner.end, ws[k - n]!.start).trim())) {
      if (owner.poss) return 0;
      continue;
    }
    // (Right up to the noun too: not "Whitcombe's stock trades, aides say".)
    if (between.some((x, i) => text.slice(x.end, (between[i + 1] ?? ws[k]!).start) !== " ")) return 0;
    if (owner.poss || POSSESSIVE_PRONOUNS[owner.lower] !== undefined) return n;
  }
  return 0;
}

/**
 * Whether word i follows word i - 1 within one noun phrase: after one space, after a plural possessive ("Patients’
 * groups"), or continuing its number ("1,000": the words "1" and "000").
 */
function joinedInPhrase(text: string, ws: readonly Word[], i: number): boolean {
  const gap = text.slice(ws[i - 1]!.end, ws[i]!.start);
  if (gap === " ") return true;
  if ((gap === "’ " || gap === "' ") && ws[i - 1]!.lower.endsWith("s")) return true;
  // ("U.S. Open organizers": an abbreviation's last full stop.)
  if (gap === ". " && /^(?:\p{Lu}\.)+\p{Lu}$/u.test(ws[i - 1]!.text)) return true;
  return gap === "," && /^\d{3}$/.test(ws[i]!.text) && /^\d{1,3}$/.test(ws[i - 1]!.text);
}
/** Words that make a count approximate: "nearly 90", "about 40". */
const APPROXIMATORS = new Set("nearly about almost roughly some over around approximately".split(" "));
const APPROXIMATE_PAIRS = new Set(["more than", "at least", "fewer than", "less than", "as many"]);
/** Nouns for a body of people described, before "of": "a group of professors", "a coalition of unions". */
const GROUP_HEADS = new Set("group coalition panel team delegation handful bunch contingent bloc".split(" "));

function isModifier(w: Word): boolean {
  return DESCRIPTION_MODIFIER.test(w.text) && !NOT_MODIFIERS.has(w.lower) && !VERB_CHAIN_WORDS.has(w.lower);
}

/** A mention as the source found, as worded there, with the role given there. */
function sourceOf(m: Mention): { src: ClaimSource; start: number; end: number } {
  return { src: { entityKey: m.entityKey, text: m.text, role: m.role }, start: m.start, end: m.end };
}

/**
 * text.lastIndexOf(needle, pos), but looking back no further than `floor` (-1 when not found there): an unbounded
 * search runs back through the whole document whenever the needle is absent, which a long text turns quadratic.
 */
function lastIndexIn(text: string, needle: string, pos: number, floor: number): number {
  const i = text.slice(floor, pos + needle.length).lastIndexOf(needle);
  return i < 0 ? -1 : floor + i;
}

/**
 * The first mention starting in [lo, hi], found by bisection: the mentions are in document order, and a long article
 * may say "the letter says" many times.
 */
function mentionStartingIn(ms: readonly Mention[], lo: number, hi: number): Mention | undefined {
  const m = ms[firstMentionFrom(ms, lo)];
  return m && m.start <= hi ? m : undefined;
}

/** Index of the first mention (of mentions in document order) that starts at or after `pos`. */
function firstMentionFrom(ms: readonly Mention[], pos: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where the place listed before the one at `at` starts ("Texas" before "and Florida"), or null. (A name of no known
 * sort may be a place listed with places: "Dayton, Toledo and Akron".)
 */
function placeListedBefore(text: string, ms: Mention[], ents: EntityIndex, at: number): number | null {
  const gap = /(?:,\s+(?:and\s+)?|\s+and\s+)$/.exec(text.slice(Math.max(0, at - 8), at));
  if (!gap) return null;
  const prev = ms.find((m) => m.end === at - gap[0].length && (ents.kindOf(m.entityKey) === "place" || ents.kindOf(m.entityKey) === "other"));
  return prev ? prev.start : null;
}

function mentionEndingAt(ms: Mention[], end: number): Mention | null {
  for (const m of ms) if (m.end === end || m.end === end + 1) return m;
  return null;
}

export class ClaimExtractor {
  /** One person or body described as a source, by the head noun of the description ("adviser" → "one senior adviser"), with where it was described. */
  private readonly describedByHead = new Map<string, { key: string; at: number }>();
  /** The latest unnamed source told apart by its words ("a city official"), by its noun, and where: whom "the official" means. */
  private readonly countedByNoun = new Map<string, { key: string; at: number }>();
  /** Where the body's first sentence starts, once reached (-1 before). */
  private bodyStart = -1;
  /** The latest group that spoke, and in which sentence: whom "“…,” one said" is one of. */
  private groupSpeaking: { key: string; sentence: number } | null = null;
  /** The group the latest "one of them" or "one of the employees" was of, and where: whom "Another said" means. */
  private partOfGroup: { key: string; sentence: number } | null = null;
  /** "he said …, and he also claimed": whom a pronoun already meant in the sentence. */
  private pronounSeen: { sentence: number; at: number; pronoun: string; key: string } | null = null;
  /**
   * Whose belief is a stated view: unnamed people ("many believe"), a group of people ("other Republicans believe"),
   * someone speaking for a body ("White House aides believe"), or a person introduced with a role set off by commas
   * ("Brian Brown, president of …, believes").
   */
  private believesAsGroupOrRole(found: { src: ClaimSource; end: number }, cueStart: number): boolean {
    // Not "they" ("what they believe is a ripe moment"): whom it means is too often guessed wrong for a belief.
    if (PRONOUNS.has(found.src.text.toLowerCase())) return false;
    const kind = this.ctx.ents.kindOf(found.src.entityKey);
    if (BELIEVING_KINDS.has(kind)) return true;
    // A group named right before the verb (not "they", whose group is too often guessed wrong, nor "Republicans who").
    const named = !PRONOUNS.has(found.src.text.toLowerCase()) && /^\s+(?:\p{Ll}+ly\s+|also\s+|still\s+)?$/u.test(this.ctx.text.slice(found.end, cueStart));
    if (this.ctx.ents.isPlural(found.src.entityKey) && named) return true;
    if (kind !== "person") return found.src.role !== null;
    return /^,[^,]{3,80},\s*$/.test(this.ctx.text.slice(found.end, cueStart));
  }

  /** The latest source named as a report or memo ("The staff report estimated"), and its sentence: what "It warned" may go on with. */
  private documentSpoke: { key: string; sentence: number } | null = null;

  /** The attributions found so far in the sentence being read. */
  private sentenceAtts: { sentence: number; atts: Attribution[] } = { sentence: -1, atts: [] };
  /** The sources of the article's reports so far, latest last ("The Guardian reported …"), and their sentences. */
  private reporters: { key: string; sentence: number; end: number }[] = [];

  /**
   * Whom "the reports" means: the outlets, or the group of them, that reported in the last 25 sentences: a group
   * ("News outlets revealed …") over the outlets it took in, one outlet alone; null if there are none.
   */
  private recentReporters(sentence: number, at: number): string | null {
    const { ents, text } = this.ctx;
    const recent = this.reporters.filter((r) => sentence - r.sentence <= 25);
    // (Not past other reports named since: "Police wrote incident reports after the crash. According to the reports …".)
    if (!recent.length || /\breports\b/i.test(text.slice(recent.at(-1)!.end, at))) return null;
    const group = recent.findLast((r) => ents.kindOf(r.key) === "unnamed");
    if (group) return group.key;
    const outlets = new Set(recent.map((r) => r.key));
    return outlets.size === 1 ? [...outlets][0]! : null;
  }

  /**
   * "The union said it needed time, but it commended Holt for …": "it" or "they" opening a clause joined by "and" or
   * "but" is the source of the sentence's earlier clause, when that is a body (for "it") or a group (for "they").
   */
  private earlierSourceFor(s: Sentence, w: Word): string | null {
    if ((w.lower !== "it" && w.lower !== "they") || this.sentenceAtts.sentence !== s.index) return null;
    if (!/(?:,\s(?:and|but)|;)\s$/.test(this.ctx.text.slice(Math.max(s.start, w.start - 6), w.start))) return null;
    const { ents } = this.ctx;
    const earlier = this.sentenceAtts.atts.findLast((a) => a.sourceEnd <= w.start);
    if (!earlier) return null;
    const key = earlier.source.entityKey;
    const kind = ents.kindOf(key);
    // "it" is a body or a document (not "a city spokesman" or "officials", anonymous people).
    if (w.lower === "it") {
      const body = BODY_KINDS.has(kind) || ((kind === "unnamed" || kind === "other") && !/s$/.test(ents.nameOf(key)));
      return body && !ents.isPlural(key) ? key : null;
    }
    // Described groups ("the teachers") are not marked plural: their name is.
    return ents.isPlural(key) || (!BODY_KINDS.has(kind) && kind !== "person" && kind !== "place" && /s$/.test(ents.nameOf(key))) ? key : null;
  }

  constructor(private readonly ctx: Omit<SentenceContext, "quotes">) {}

  /** The mentions that end by `pos`, outside quotations. */
  private mentionsBefore(ms: Mention[], pos: number, quotes: Span[]): Mention[] {
    return ms.filter((x) => x.end <= pos && !this.inQuotes(quotes, x.start));
  }

  private inQuotes(quotes: Span[], pos: number): boolean {
    for (const q of quotes) if (pos > q.start && pos < q.end) return true;
    return false;
  }

  /**
   * "the Lee administration", "the Obama campaign": a name right before an institution or organisation noun,
   * after "the" or at the start of a clause, is a body of its own (an institution or organisation named after it).
   */
  private namedBody(s: Sentence, ms: Mention[], k: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const { ents, text } = this.ctx;
    const w = s.words[k]!;
    const isInstitution = INSTITUTION_NOUNS.has(w.lower);
    if (!isInstitution && !ORGANIZATION_NOUNS.has(w.lower)) return null;
    const prev = s.words[k - 1];
    if (!prev) return null;
    const pm = mentionEndingAt(ms, prev.end);
    if (!pm && prev.poss && !prev.cap && /^[’']s? $/.test(text.slice(prev.end, w.start))) return this.describedOwnersBody(s, ms, k, quotes);
    if (!pm || this.inQuotes(quotes, pm.start) || ents.kindOf(pm.entityKey) === "outlet") return null;
    if (prev.poss) {
      // "Blumenthal's campaign said", "Reid's office said": the person's campaign or office.
      if (ents.kindOf(pm.entityKey) !== "person" || !/^[’']s? $/.test(text.slice(pm.end, w.start))) return null;
      const key = ents.ensure(`${pm.text} ${w.text}`, isInstitution ? "institution" : "organization");
      return { src: { entityKey: key, text: text.slice(pm.start, w.end), role: null }, start: pm.start, end: w.end };
    }
    if (text.slice(pm.end, w.start) !== " ") return null;
    const det = s.words.findLast((x) => x.end <= pm.start);
    // ("Salazar's Peru Primero party said": whose the party is, before its name.)
    const whose = !!det && det.poss && text.slice(det.end, pm.start).trim().length <= 2 && ents.kindOf(mentionEndingAt(ms, det.end)?.entityKey ?? "") === "person";
    const clauseStart = !det || CLAUSE_OPENS_AFTER.test(text.slice(det.end, pm.start));
    if (!clauseStart && det!.lower !== "the" && !whose) return null;
    const start = det && (det.lower === "the" || whose) && /^(?:[’']s?)? $/.test(text.slice(det.end, pm.start)) ? (whose ? mentionEndingAt(ms, det.end)!.start : det.start) : pm.start;
    // "the Peru Primero party", "the Acme company": the body itself, by what it is.
    if (SAME_BODY_NOUNS.has(w.lower) && BODY_KINDS.has(ents.kindOf(pm.entityKey)) && ents.kindOf(pm.entityKey) !== "outlet") return { src: { entityKey: pm.entityKey, text: text.slice(start, w.end), role: null }, start, end: w.end };
    if (whose) return null;
    const key = ents.ensure(`${pm.text} ${w.text}`, isInstitution ? "institution" : "organization");
    return { src: { entityKey: key, text: text.slice(start, w.end), role: null }, start, end: w.end };
  }

  /**
   * "the president's campaign", "the senator's office": the body of the person a description before it refers to,
   * named as "Obama's campaign" would be ("Obama campaign"). null when the description refers to no one.
   */
  private describedOwnersBody(s: Sentence, ms: Mention[], k: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const { ents, discourse, text } = this.ctx;
    const w = s.words[k]!;
    const owner = s.words[k - 1]!;
    const det = s.words[k - 2];
    const noun = descriptionNoun(owner, det);
    if (!noun || !det || det.lower !== "the" || !DESCRIPTION_KINDS[noun]?.includes("person")) return null;
    const before = ms.filter((x) => x.end <= det.start && !this.inQuotes(quotes, x.start));
    const key = discourse.resolveDescription(noun, before);
    if (!key || ents.kindOf(key) !== "person") return null;
    const surname = familyName(ents.nameOf(key));
    const body = ents.ensure(`${surname} ${w.text}`, INSTITUTION_NOUNS.has(w.lower) ? "institution" : "organization");
    return { src: { entityKey: body, text: text.slice(det.start, w.end), role: null }, start: det.start, end: w.end };
  }

  /**
   * "Reid's office said", "her campaign said": the person's body; "Reid's spokesman said", "his lawyer said": the
   * person the spokesman or lawyer speaks for, with that role. The person is named with "'s" or is "his" or "her".
   */
  private ownersBodyOrVoice(s: Sentence, ms: Mention[], k: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const { ents, discourse, text } = this.ctx;
    const ws = s.words;
    const w = ws[k]!;
    // "Acme's board of directors said": the board.
    if (w.lower === "directors" && ws[k - 1]?.lower === "of" && ws[k - 2]?.lower === "board") {
      const board = this.ownersBodyOrVoice(s, ms, k - 2, quotes);
      return board && { ...board, src: { ...board.src, text: text.slice(board.start, w.end) }, end: w.end };
    }
    // "Holt's spokesman", and with one word describing the role: "the president's budget director" (or two, for a
    // body: "the county’s emergency management office").
    // (Or a body's own part: "Acme's board", "the Liberal Party's NSW division".)
    const body = INSTITUTION_NOUNS.has(w.lower) || ORGANIZATION_NOUNS.has(w.lower) || BODY_PARTS.has(w.lower);
    // (A headline may describe the role with two: "The state's higher ed chief says".)
    const mods = describingWordsAfterOwner(text, ws, k, body || s.section !== "body" ? 2 : 1, BODY_PARTS.has(w.lower));
    const described = mods > 0;
    const prev = ws[k - 1 - mods];
    const role = (ROLE_HEADS.has(w.lower) || SPEAKS_FOR_PERSON.has(w.lower)) && !w.cap;
    // ("Acme's lawyers": people of a body, read only for a body below.)
    const people = !w.cap && namesPeople(w.lower);
    if (!prev || w.cap || (!body && !role && !people) || !POSSESSIVE_GAP.test(text.slice(prev.end, ws[k - mods]!.start).trim())) return null;
    let owner: string | null = null;
    let start = prev.start;
    const pronoun = POSSESSIVE_PRONOUNS[prev.lower];
    if (pronoun) {
      owner = discourse.resolvePronoun(pronoun, this.mentionsBefore(ms, prev.start, quotes), false, s.index);
    } else if (prev.poss) {
      const pm = mentionEndingAt(ms, prev.end);
      if (pm && !this.inQuotes(quotes, pm.start)) [owner, start] = [pm.entityKey, pm.start];
      // "the mayor's spokesman": the person the article gave that title (also "the prime minister's spokesman").
      let theAt = k - 2 - mods;
      // ("the returning officer's office": past up to two lower-case words before the owner.)
      for (let j = theAt; j >= 0 && theAt - j <= 2 && ws[j] && !ws[j]!.poss; j--) {
        if (ws[j]!.lower === "the") {
          theAt = j;
          break;
        }
        if (ws[j]!.cap) break;
      }
      const the = ws[theAt];
      const noun = !pm && !prev.cap && the?.lower === "the" ? descriptionNoun(prev, ws[theAt - 1]) : null;
      const key = noun ? discourse.holderOf(noun) : null;
      // ("the company's board": the body the article described so.)
      const body = noun && !key && describesBody(noun) ? discourse.resolveDescription(noun, this.mentionsBefore(ms, prev.start, quotes)) : null;
      if (key && ents.kindOf(key) === "person") [owner, start] = [key, the!.start];
      else if (body && BODY_KINDS.has(ents.kindOf(body))) [owner, start] = [body, the!.start];
      else if (!pm && the?.lower === "the") start = the.start;
    }
    // Someone in a role of their own ("the president's budget director", "Ann Holt's chief economist") is that person,
    // named by the role, when the phrase opens its clause: not the owner's voice.
    let opener = ws.findLastIndex((x) => x.start < start);
    // ("The Liberal Party's NSW division": past the article of the owner's name.)
    if (owner !== null && prev.poss && opener >= 0 && ws[opener]!.lower === "the" && start === ws[opener + 1]?.start && text.slice(ws[opener]!.end, start) === " ") start = ws[opener--]!.start;
    const opens = opener < 0 || CLAUSE_OPENERS.has(ws[opener]!.lower) || CLAUSE_OPENS_AFTER.test(text.slice(ws[opener]!.end, start));
    if (role && !body && (!SPEAKS_FOR_PERSON.has(w.lower) || !owner) && (prev.poss || pronoun)) {
      if (!opens || this.inQuotes(quotes, start)) return null;
      const phrase = text.slice(start, w.end);
      return { src: { entityKey: ents.ensure(phrase.replace(/^The\b/, "the"), "unnamed", phrase), text: phrase, role: null }, start, end: w.end };
    }
    // "France's foreign ministry said", "Russia's defense ministry": a country's body, named as the text names it (also
    // of a country the article does not know: "Kessaria's foreign ministry").
    // (Even when the name opens the sentence and is known nowhere else: "Kessaria's foreign ministry denied …".)
    const unknownOwner = owner === null && prev.poss && prev.cap && COUNTRY_BODIES.has(w.lower) && !mentionEndingAt(ms, prev.end);
    const country = unknownOwner || (owner !== null && (ents.kindOf(owner) === "place" || (ents.kindOf(owner) === "other" && COUNTRY_BODIES.has(w.lower))));
    if (body && country && opens && !this.inQuotes(quotes, start)) {
      const phrase = text.slice(start, w.end);
      return { src: { entityKey: ents.ensure(phrase, INSTITUTION_NOUNS.has(w.lower) ? "institution" : "organization", phrase), text: phrase, role: null }, start, end: w.end };
    }
    // "Acme's spokesman said": the body the spokesman speaks for, with that role; "Solvane's board said": the body's
    // board, named as "the Solvane board" would be; "Acme's lawyers said": people who work for it, named so.
    if (owner && BODY_KINDS.has(ents.kindOf(owner)) && ents.kindOf(owner) !== "outlet" && prev.poss && opens && !this.inQuotes(quotes, start)) {
      const phrase = text.slice(start, w.end);
      if (role && SPEAKS_FOR.has(w.lower)) return { src: { entityKey: owner, text: phrase, role: w.text }, start, end: w.end };
      // (With the words that say which of its bodies: "Hessler's works council" is the Hessler works council.)
      const which = mods ? `${ws.slice(k - mods, k).map((x) => (x.cap ? x.text : x.lower)).join(" ")} ` : "";
      // (But a body's own office that speaks for it where it is, "the World Health Organization's country office",
      // "Acme's press office", is the body.)
      if (w.lower === "office" && mods === 1 && OWN_VOICE_OFFICES.has(ws[k - 1]!.lower)) return { src: { entityKey: owner, text: phrase, role: null }, start, end: w.end };
      if (body) return { src: { entityKey: ents.ensure(`${ents.nameOf(owner)} ${which}${w.text}`, INSTITUTION_NOUNS.has(w.lower) ? "institution" : "organization"), text: phrase, role: null }, start, end: w.end };
      if (people && !described) return this.unnamedSource(phrase.replace(/^The\b/, "the"), phrase, start, w.end);
    }
    // "The study's authors said", "The mayor's office said" of no mayor named: people or a body described so (also
    // by a title in capitals that names no one: "The Ohio Attorney General's office said").
    const titleOwner = prev.poss && prev.cap && ROLE_HEADS.has(prev.lower) && (!owner || ents.kindOf(owner) === "other");
    if (titleOwner) {
      let t = k - 1 - mods;
      while (t > 0 && ws[t - 1]!.cap && ws[t - 1]!.lower !== "the" && text.slice(ws[t - 1]!.end, ws[t]!.start) === " ") t--;
      start = t > 0 && ws[t - 1]!.lower === "the" ? ws[t - 1]!.start : ws[t]!.start;
    }
    const startsClause = titleOwner ? opensClauseAt(text, ws, ws.findIndex((x) => x.start >= start)) : opens;
    if ((!owner || titleOwner) && prev.poss && (!prev.cap || titleOwner) && (body || people) && startsClause && !this.inQuotes(quotes, start)) {
      const phrase = text.slice(start, w.end);
      // ("the sheriff's office" after "the Hollis County Sheriff's Office": the one body named so.)
      const ending = `${prev.lower}'s ${w.lower}`;
      const named = body ? ents.entities.filter((e) => (e.kind === "institution" || e.kind === "organization") && e.name.toLowerCase().replace(/’/g, "'").endsWith(ending)) : [];
      if (named.length === 1) return { src: { entityKey: named[0]!.key, text: phrase, role: null }, start, end: w.end };
      // ("the province's wildfire service" after "the Manitoba Wildfire Service": the one body named with those words,
      // of a place or body the article does not name in the owner's word.)
      const words = ` ${text.slice(ws[k - mods]!.start, w.end).toLowerCase()}`;
      const owned = body && mods > 0 && JURISDICTION_OWNERS.has(prev.lower) ? ents.entities.filter((e) => (e.kind === "institution" || e.kind === "organization") && e.name.toLowerCase().endsWith(words)) : [];
      if (owned.length === 1) return { src: { entityKey: owned[0]!.key, text: phrase, role: null }, start, end: w.end };
      return this.unnamedSource(phrase.replace(/^The\b/, "the"), phrase, start, w.end);
    }
    // "…, a measure its Republican sponsors described as …": people of whatever "its" means, after a noun summing up
    // the clause before, named by the words after the pronoun.
    if (pronoun && people && !role && !this.inQuotes(quotes, start) && SUMMING_NOUN_AT_END.test(text.slice(s.start, start))) {
      const phrase = text.slice(ws[k - mods]!.start, w.end);
      return this.unnamedSource(phrase, text.slice(start, w.end), start, w.end);
    }
    // "Ann Holt and her colleagues estimate …": the one named with their team speaks for both.
    const and = ws[k - 2 - mods];
    const lead = pronoun && TEAM_WORDS.has(w.lower) && and?.lower === "and" && k - 3 - mods >= 0 ? mentionEndingAt(ms, ws[k - 3 - mods]!.end) : undefined;
    if (lead && lead.entityKey === owner && ents.kindOf(owner) === "person" && !this.inQuotes(quotes, lead.start)) {
      return { src: { entityKey: owner, text: text.slice(lead.start, w.end), role: null }, start: lead.start, end: w.end };
    }
    // "Vantongeren's defenders say", "Tom Holt's supporters said": a person's people, named so, speak as a group.
    if (owner && ents.kindOf(owner) === "person" && people && !role && !described && opens && /[^s]s$/.test(w.lower) && !this.inQuotes(quotes, start)) {
      const phrase = text.slice(start, w.end);
      return this.unnamedSource(phrase.replace(/^The\b/, "the"), phrase, start, w.end);
    }
    if (!owner || ents.kindOf(owner) !== "person" || (people && !role)) return null;
    const phrase = text.slice(start, w.end);
    // ("…, said his lawyer" after "Marisol Quintero, the lawyer who argued the case for Fisk": the lawyer named so.)
    const agent = !body && SPEAKS_FOR_PERSON.has(w.lower) ? this.namedAgentOf(owner, w.lower) : null;
    if (agent) return { src: { entityKey: agent, text: phrase, role: null }, start, end: w.end };
    if (!body) return { src: { entityKey: owner, text: phrase, role: w.text }, start, end: w.end };
    // (A person's office speaks for the person, as a spokesperson does: "Hadley's office denied that account"; so does
    // their legal team: "Seo’s legal team said".)
    if ((w.lower === "office" && !described) || /\b(?:legal|defen[cs]e)\s+team$/i.test(phrase)) return { src: { entityKey: owner, text: phrase, role: null }, start, end: w.end };
    const surname = familyName(ents.nameOf(owner));
    // (A campaign named as the text names one, "Blumenthal campaign".)
    const apostrophe = /[’']/.exec(text.slice(prev.end - 2, w.start))?.[0] ?? "’";
    const key = ents.ensure(w.lower === "office" && !described ? `${surname}${apostrophe}s office` : `${surname} ${w.text}`, INSTITUTION_NOUNS.has(w.lower) ? "institution" : "organization");
    return { src: { entityKey: key, text: phrase, role: null }, start, end: w.end };
  }

  /**
   * "the lead author said", "the study's lead researcher said": the one person the article says led the study ("Dr.
   * Ann Lee, …, who led the study", "a study led by Ann Lee"), or null.
   */
  private studyLeaderAt(s: Sentence, k: number, noun: string): { src: ClaimSource; start: number; end: number } | null {
    const ws = s.words;
    const { ents, text } = this.ctx;
    if (!LEAD_ROLE_NOUNS.has(noun) || !/^(?:lead|senior|principal|chief)$/.test(ws[k - 1]?.lower ?? "")) return null;
    let d = k - 2;
    if (ws[d]?.poss) d--;
    if (ws[d]?.lower !== "the") return null;
    const leaders = new Set(
      ents.mentions
        .filter((m) => m.end <= ws[d]!.start && ents.kindOf(m.entityKey) === "person")
        .filter((m) => LED_BY_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) || WHO_LED_AFTER.test(text.slice(m.end, m.end + 200)))
        .map((m) => m.entityKey),
    );
    if (leaders.size !== 1) return null;
    const [key] = leaders;
    // (Not when another study came out since the leader was named: "A new study, published Monday, found ….")
    const named = ents.mentions.filter((m) => m.entityKey === key).at(-1)!;
    if (ANOTHER_STUDY.test(text.slice(named.end, ws[d]!.start))) return null;
    return { src: { entityKey: key!, text: text.slice(ws[d]!.start, ws[k]!.end), role: null }, start: ws[d]!.start, end: ws[k]!.end };
  }

  /**
   * "The Democrat also ripped Brandt …", "the Republican said": the latest person named before whom the article gave
   * that party ("Celia Navarro, the Democratic nominee", "Rep. Tom Beal (R-Texas)"), or null.
   */
  private partisanReferent(s: Sentence, ms: Mention[], k: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const ws = s.words;
    const w = ws[k]!;
    const party = w.text === "Democrat" ? "D" : w.text === "Republican" ? "R" : null;
    if (!party || mentionEndingAt(ms, w.end)) return null;
    // ("the panel's top Democrat", "the committee's ranking Republican": a rank and whose it is, between.)
    let d = k - 1;
    while (d >= 0 && k - d <= 3 && !/^(?:the|a|an)$/.test(ws[d]!.lower) && (ws[d]!.poss || PARTY_RANKS.has(ws[d]!.lower))) d--;
    const det = ws[d];
    if (!det || !/^(?:the|a|an)$/.test(det.lower) || this.inQuotes(quotes, det.start)) return null;
    const { ents, text } = this.ctx;
    const ranked = ws.slice(d + 1, k).some((x) => PARTY_RANKS.has(x.lower));
    // (A headline's description is of someone the body names later.)
    const pool = ents.mentions.filter((m) => (s.section === "body" ? m.end <= det.start : m.section === "body") && ents.kindOf(m.entityKey) === "person" && m.role !== null);
    const given = pool.filter((m) => partyGiven(m.role!) === party && (!ranked || RANKED_ROLE.test(m.role!)));
    const key = det.lower === "the" ? (s.section === "body" ? given.at(-1) : new Set(given.map((m) => m.entityKey)).size === 1 ? given[0] : undefined)?.entityKey : undefined;
    const phrase = text.slice(det.start, w.end);
    if (key) return { src: { entityKey: key, text: phrase, role: null }, start: det.start, end: w.end };
    // ("The panel's top Democrat called …" of no one named so, "A Democrat on the panel said": someone described.)
    // (Not one set off after a name, "Marsh, a Republican widely expected to challenge …": what the name is.)
    const appositive = /,\s$/.test(text.slice(Math.max(s.start, det.start - 2), det.start));
    if (!appositive && (ranked || (det.lower !== "the" && opensClauseAt(text, ws, d)))) return this.unnamedSource(det.lower === "the" ? text.slice(ws[d + 1]!.start, w.end) : lowerOpening(phrase), phrase, det.start, w.end);
    return null;
  }

  /**
   * "The committee" of an article that told of "the five-member committee formed by the Directorate General of Health
   * Services": the body that formed it, whose panel it is (the latest such panel of that noun before `pos`), or null.
   */
  private bodyThatFormed(noun: string, pos: number): string | null {
    if (!FORMED_PANELS.has(noun)) return null;
    const { text, ents } = this.ctx;
    const formed = new RegExp(String.raw`\b${noun}\s+(?:formed|set\s+up|appointed|convened|established|created)\s+by\s+(?:the\s+)?`, "gi");
    const before = text.slice(0, pos);
    let at = -1;
    for (let m = formed.exec(before); m; m = formed.exec(before)) at = m.index + m[0].length;
    if (at < 0) return null;
    const body = mentionStartingIn(ents.mentions, at, at);
    return body && BODY_KINDS.has(ents.kindOf(body.entityKey)) ? body.entityKey : null;
  }

  /** The person the article gave this role for `owner` ("Ann Lee, the lawyer who argued the case for Fisk"), or null. */
  private namedAgentOf(owner: string, roleWord: string): string | null {
    const { ents, discourse } = this.ctx;
    const holder = discourse.holderOf(roleWord);
    if (!holder || holder === owner || ents.kindOf(holder) !== "person") return null;
    const surname = familyName(ents.nameOf(owner));
    const forOwner = (role: string) => role.split(/[^\p{L}’'-]+/u).includes(surname);
    return ents.mentions.some((m) => m.entityKey === holder && m.role !== null && forOwner(m.role)) ? holder : null;
  }

  /**
   * The determiner of a document's noun at `k`, past when it is from and up to three words in lower case that only say
   * which or how long ("The June decision", "The 61-page report", "the final staff report"); undefined when none.
   */
  private determinerOfDocument(ws: Word[], k: number): Word | undefined {
    const { text } = this.ctx;
    let j = k - 1;
    const prev = ws[j];
    if (prev && ws[j - 1] && (TIME_WORDS.has(prev.lower) || /^(?:19|20)\d\d$/.test(prev.text))) return ws[j - 1];
    // (A body's letters among them too: "An internal PGVNL dispatch report".)
    const bodyWord = (x: Word) => {
      const m = x.cap && /^\p{Lu}{2,}$/u.test(x.text) ? mentionStartingIn(this.ctx.ents.mentions, x.start, x.start) : undefined;
      return !!m && m.end === x.end && BODY_KINDS.has(this.ctx.ents.kindOf(m.entityKey));
    };
    for (let n = 0; n < 3 && ws[j] && !isDeterminer(ws[j]!.lower) && !ws[j]!.poss && text.slice(ws[j]!.end, ws[j + 1]!.start) === " " && ((!ws[j]!.cap && (isModifier(ws[j]!) || /^\d+(?:-\p{Ll}+)+$/u.test(ws[j]!.text))) || bodyWord(ws[j]!)); n++) j--;
    return ws[j];
  }

  /**
   * A document of no known owner named by the words that say what it is: its own ("The staff report", "a forensic
   * report released Tuesday": "staff report", "forensic report") or, when it only refers back ("The review",
   * "the 34-page report"), those of the latest one of its kind introduced before ("an internal review showing …");
   * null when neither says more than its noun.
   */
  private documentByDescription(s: Sentence, k: number, det: Word | undefined): { src: ClaimSource; start: number; end: number } | null {
    const ws = s.words;
    const w = ws[k]!;
    if (!NAMED_BY_DESCRIPTION.has(w.lower)) return null;
    const { text, ents } = this.ctx;
    // "Its annual report shows": the document of the body "its" means, as "The department's annual report" is the
    // department's.
    if (det?.lower === "its" && ws.slice(ws.indexOf(det) + 1, k).every((x) => !x.cap)) {
      const before = (ents.bySentence[s.index] ?? []).filter((m) => m.end <= det.start);
      const key = this.ctx.discourse.resolvePronoun("it", before, false, s.index) ?? this.ctx.discourse.recentBodySubjectKey(s.index);
      if (key && BODY_KINDS.has(ents.kindOf(key))) return { src: { entityKey: key, text: text.slice(det.start, w.end), role: null }, start: det.start, end: w.end };
    }
    if (!det || !isDeterminer(det.lower) || det.poss) return null;
    // "An internal PGVNL dispatch report": a body named among the words is the document's owner.
    const ms = ents.mentions;
    let owner: Mention | undefined;
    for (let i = firstMentionFrom(ms, det.end + 1); i < ms.length && ms[i]!.end < w.start && !owner; i++) if (BODY_KINDS.has(ents.kindOf(ms[i]!.entityKey))) owner = ms[i];
    if (owner) return { src: { entityKey: owner.entityKey, text: text.slice(det.start, w.end), role: null }, start: det.start, end: w.end };
    const own = describingWords(ws.slice(ws.indexOf(det) + 1, k).map((x) => x.text));
    const definite = /^(?:the|this|that)$/.test(det.lower);
    const name = own.length ? `${own.join(" ")} ${w.lower}` : definite ? introducedDocumentName(text, w.lower, det.start) : null;
    if (!name) return null;
    const key = ents.ensure(name, "unnamed", text.slice(det.start, w.end));
    return { src: { entityKey: key, text: text.slice(det.start, w.end), role: null }, start: det.start, end: w.end };
  }

  /**
   * Who a document named earlier belongs to: for the latest "letter" before `pos` (or "ad", "commercial", …), the
   * name right before it ("Lee's letter"), after "from" or "by" ("a letter from Rep. Weld"), or else the first
   * name of its sentence ("The Carter campaign answered with an ad of its own"). null when none is found.
   */
  /**
   * Two people the sentence before `s` joins with "and", perhaps each after a title or with an aside ("former general
   * secretary Sergio Pallone and former treasurer Lukas Brenner"); null unless exactly two are named there so.
   */
  private pairJustNamed(s: Sentence): [string, string] | null {
    const { ents, text } = this.ctx;
    const people = (ents.bySentence[s.index - 1] ?? []).filter((m) => ents.kindOf(m.entityKey) === "person");
    if (new Set(people.map((m) => m.entityKey)).size !== 2 || people.length !== 2) return null;
    const [a, b] = people as [Mention, Mention];
    return /^(?:,[^,;.]{1,80},)?\s+and\s+(?:\p{Ll}[\p{L}’'-]*\s+){0,4}$/u.test(text.slice(a.end, b.start)) ? [a.entityKey, b.entityKey] : null;
  }

  private documentOwner(noun: string, pos: number, nounEnd: number): string | null {
    const { text, ents } = this.ctx;
    const ms = ents.mentions;
    // "The letter released Tuesday by the faculty at Georgetown": named with the document itself.
    // "The cable, sent under Ambassador Chris Stevens' signature, …": the one it was sent under the signature of.
    // (Not who has only seen or obtained it: "The letter, seen by the Herald, said".)
    const own = OWN_AUTHOR_GAP.exec(text.slice(nounEnd, nounEnd + 90));
    const ownAuthor = own && !saysBeforeBy(own[0]) && !NOT_AUTHORING_BY.test(own[0]) ? this.authorAt(nounEnd + own[0].length) : null;
    if (ownAuthor) return ownAuthor;
    const family = DOCUMENT_FAMILY[noun] ?? noun;
    const from = Math.max(0, pos - 1500);
    const window = text.slice(from, pos);
    const seen: { at: number; len: number }[] = [];
    const re = DOCUMENT_PATTERNS[family]!;
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) seen.push({ at: from + m.index, len: m[0].length });
    // The latest mention first; past one that only refers back ("the letter … reads") whose owner it does not show, to
    // the one before ("a letter from her lawyer, William Taylor").
    for (let i = seen.length - 1; i >= 0; i--) {
      const { at, len } = seen[i]!;
      // (A plural for a singular is only copies of one letter: "identical letters sent", not "thousands of letters
      // from voters", whose sentence's subject received them.)
      // (Court papers are plural whatever the noun that refers back to them: "the document said".)
      const otherDocuments = family !== "papers" && text.slice(at, at + len).toLowerCase().endsWith("s") && !noun.endsWith("s") && !COPIES_BEFORE.test(text.slice(Math.max(0, at - 30), at));
      if (otherDocuments) continue;
      const owner = this.ownerOfDocumentAt(at, len, from);
      // Past a mention that only refers back ("the letter reads"), not one that says which letter it is ("the letter
      // that arrived Monday", "the letter from …").
      const refersBack = REFERS_BACK.test(text.slice(Math.max(0, at - 12), at)) && !POST_MODIFIED.test(text.slice(at + len, at + len + 16));
      if (owner || !refersBack) return owner;
    }
    return null;
  }

  /**
   * Who is named at `at`, right after a document's "from" or "by": "Harbour Counsel Dana Moss" (the person after the
   * body's title), "nearly 90 faculty members and priests at Georgetown", "the faculty at Georgetown" (those people,
   * not the body), "federal prosecutors" (people the article does not name); null when no one is.
   */
  private authorAt(at: number): string | null {
    const { text, ents } = this.ctx;
    const ms = ents.mentions;
    // (People counted: "42 members", "three former employees"; not "18 months". A name's full stop ends it.)
    const counted = COUNTED_PEOPLE.exec(text.slice(at, at + 120));
    if (counted && [counted[2], counted[3]].every((n) => n === undefined || PEOPLE_NOUNS.has(n.toLowerCase()))) {
      const phrase = counted[1]!.replace(/(?<!\p{Lu})\.$/u, "");
      return ents.ensure(phrase, "unnamed", phrase);
    }
    // (The person a role of the body's introduces: "signed by its President, Comrade Ibrahim Yusuf".)
    const role = OWN_ROLE_THEN_COMMA.exec(text.slice(at, at + 60));
    const holder = role ? ms.find((m) => m.start >= at + role[0].length && m.start <= at + role[0].length + 12 && ents.kindOf(m.entityKey) === "person") : undefined;
    if (holder) return holder.entityKey;
    // (Past a description before the name: "by the engineering consultancy Marlowe Rigg".)
    const described = DESCRIBED_AUTHOR_LEAD.exec(text.slice(at, at + 48));
    const namedAfter = described ? mentionStartingIn(ms, at + described[0].length, at + described[0].length) : undefined;
    // (Not a name that only says where the author is: "by the Boston law firm Harrow & Pike".)
    const first = mentionStartingIn(ms, at, at + 24);
    const modifierOnly = first && /^\s\p{Ll}/u.test(text.slice(first.end, first.end + 2)) && (ents.kindOf(first.entityKey) === "place" || (namedAfter && namedAfter.start > first.end));
    const after = (modifierOnly ? undefined : first) ?? (namedAfter && ents.kindOf(namedAfter.entityKey) !== "place" ? namedAfter : undefined);
    const people = after ? PEOPLE_OF_BODY.exec(text.slice(at, after.start)) : null;
    if (after && people) {
      const phrase = text.slice(at + people[1]!.length, after.end);
      return ents.ensure(phrase, "unnamed", phrase);
    }
    if (after) return this.bodyOffice(after)?.key ?? (this.personAfterTitle(ms, after) ?? after).entityKey;
    const unnamed = /^(?:\p{Ll}+\s+)?(\p{Ll}+)\b/u.exec(text.slice(at, at + 40))?.[1];
    const un = unnamed ? UNNAMED_SOURCES[unnamed] : undefined;
    return un && un.kind === "unnamed" ? ents.ensure(un.name, un.kind) : null;
  }

  /**
   * Who the document mentioned at `at` (`len` characters) is from, by the words around it; null if they do not say.
   * `windowStart` is where the search for mentions began: no sentence is looked into before it.
   */
  private ownerOfDocumentAt(at: number, len: number, windowStart: number): string | null {
    const { text, ents } = this.ctx;
    const ms = ents.mentions;
    // Documents someone released ("documents released by WikiLeaks") need not be theirs; papers filed in court are
    // ("Court papers released by federal prosecutors", "documents filed by the plaintiffs"), but only by who filed or
    // released them, never by whom the sentence is about ("Reyes hid $2 million, prosecutors alleged in court papers").
    const noun = text.slice(at, at + len).toLowerCase();
    const papers = DOCUMENT_FAMILY[noun] === "papers";
    if (papers && !/\bcourt\s+$/i.test(text.slice(Math.max(0, at - 8), at)) && !/^ filed\b/.test(text.slice(at + len, at + len + 7))) return null;
    const before = ms[firstMentionFrom(ms, at) - 1];
    if (!papers && before && before.end <= at && before.end >= at - 3 && /^(?:[’']s?)? $/.test(text.slice(before.end, at)) && ents.kindOf(before.entityKey) !== "place") {
      return before.entityKey;
    }
    // "The National Transportation Safety Board's preliminary report": a body's, past words that say which (not a
    // person's: "Holt's autopsy report" is about him, by others).
    const owner = before && before.end <= at && before.end >= at - 40 ? BODY_DOCUMENT_GAP.exec(text.slice(before.end, at)) : null;
    if (!papers && owner && before && BODY_KINDS.has(ents.kindOf(before.entityKey))) return before.entityKey;
    // "read a statement on his behalf", "a statement on behalf of Tom Reed": whose words the reader reads out.
    const behalf = ON_BEHALF.exec(text.slice(at + len, at + len + 60));
    if (behalf) {
      const named = behalf[2] ? mentionStartingIn(ms, at + len + behalf[0].length - behalf[2].length, at + len + behalf[0].length - behalf[2].length) : undefined;
      const sentenceStart = Math.max(lastIndexIn(text, ". ", at, windowStart), lastIndexIn(text, "\n", at, windowStart), windowStart - 1) + 1;
      const key = named?.entityKey ?? (behalf[1] ? this.ctx.discourse.resolvePronoun(behalf[1] === "her" ? "she" : behalf[1] === "his" ? "he" : "they", ms.filter((x) => x.end <= sentenceStart), false) : null);
      if (key && ents.kindOf(key) !== "place") return key;
    }
    // "a letter from Rep. Weld", "the report, by White House Counsel Robert Bauer,".
    const by = AUTHOR_GAP.exec(text.slice(at + len, at + len + 90));
    // (A document is not the paper that obtained or reported it, nor who funded or ordered it: "A review obtained by the
    // Harlow Gazette", "Their report, obtained by The Daily Blaze under freedom of information laws".)
    const authored = !by || (!NOT_AUTHORING_BY.test(by[0]) && !saysBeforeBy(by[0]));
    const author = by && authored ? this.authorAt(at + len + by[0].length) : null;
    if (author) return author;
    if (papers) return null;
    // (A review or a study is someone's only by the words that name it: "The department sat on an internal review" did
    // not write it, nor is "the study" the person "who led the study".)
    if (AUTHORED_ONLY.has(DOCUMENT_FAMILY[noun.replace(/s$/, "")] ?? "")) return null;
    // A mention where the document itself speaks ("according to the documents", "the filing said") names no owner
    // by its sentence: the subject there is what the document tells of.
    if (DOCUMENT_SPEAKS_BEFORE.test(text.slice(Math.max(0, at - 30), at)) || DOCUMENT_SPEAKS_AFTER.test(text.slice(at + len, at + len + 20))) return null;
    // "Special counsel Howard Esterline concluded in a report released Tuesday": whoever spoke in it, named right before
    // the verb (not the first name of a sentence that tells what the report found).
    const spokeIn = SPOKE_IN_DOCUMENT.exec(text.slice(Math.max(0, at - 60), at));
    const speaker = spokeIn ? ms.findLast((x) => x.end <= at - spokeIn[0].length && at - spokeIn[0].length - x.end <= 2) : undefined;
    if (speaker && SPEAKING_KINDS.has(ents.kindOf(speaker.entityKey))) return speaker.entityKey;
    const sentenceStart = Math.max(lastIndexIn(text, ". ", at, windowStart), lastIndexIn(text, "\n", at, windowStart), windowStart - 1) + 1;
    let subject: Mention | undefined;
    for (let i = firstMentionFrom(ms, sentenceStart); i < ms.length && ms[i]!.end <= at; i++) {
      // (Not the object of a preposition, which is no subject: "The award to Alasdair Penrose, disclosed in Severnvale's
      // annual report, …" is no report of his.)
      if (ents.kindOf(ms[i]!.entityKey) !== "place" && !OBJECT_OF_PREPOSITION_BEFORE.test(text.slice(Math.max(sentenceStart, ms[i]!.start - 8), ms[i]!.start))) {
        subject = ms[i];
        break;
      }
    }
    // "Ms Lally’s mother, Bernadette, had written a victim impact statement": the kin named after the possessive wrote
    // it, not the one whose kin she is.
    // (Only one she wrote or issued: not "said her daughter had kept a diary", "found his letter", "read her statement".)
    const kinAfter = subject ? KIN_SET_OFF_AFTER.exec(text.slice(subject.end, subject.end + 40)) : null;
    if (subject && kinAfter && KIN_NOUNS.has(kinAfter[1]!.toLowerCase())) {
      const kin = mentionStartingIn(ms, subject.end + kinAfter[0].length, subject.end + kinAfter[0].length);
      if (kin && AUTHORED_BY_SUBJECT.test(text.slice(kin.end, at))) subject = kin;
    }
    // "In separate but identical letters sent on Oct. 19, Assistant Attorney General Ronald Weich told …": a document
    // in a phrase opening its sentence is the main clause's subject's, the first name after a comma.
    if (FRONTED_DOCUMENT.test(text.slice(Math.max(0, at - 60), at))) {
      for (let i = firstMentionFrom(ms, at + len); i < ms.length && ms[i]!.start - (at + len) <= 100; i++) {
        const sender = ms[i]!;
        const between = text.slice(at + len, sender.start);
        if (/[;:“”"]|[.!?]\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(between)) break;
        // (Or after the role that introduces them, closing its aside: "…, the charity's chair, Reverend Alan Fairbrother, said".)
        const afterRole = /^, (?:the )?(?:[\p{L}’'-]+ ){0,4}[\p{L}-]+, (?:\p{Lu}[\p{L}.]* ){0,3}$/u.test(between);
        if (!/, (?:the )?(?:\p{Lu}[\p{L}.]* ){0,4}$/u.test(between) && !afterRole) continue;
        // (Past an adverb, not a noun in "-ly": "the Anglin family said" is the family's.)
        const words = /^,? (\p{Ll}+)(?: (\p{Ll}+))?/u.exec(text.slice(sender.end, sender.end + 30));
        if (!words || afterRole !== text.startsWith(",", sender.end)) continue;
        // ("In a statement on Tuesday, the Anglin family said": the family.)
        const family = this.familyNamedAt(sender);
        if (family) return family;
        const verb = words[2] && isLyAdverb(words[1]!) ? words[2] : words[1];
        // ("Port Director Lena Voss told": a name inside the title before the sender's.)
        if (!verb) continue;
        const kind = ents.kindOf(sender.entityKey);
        if (SENDER_VERB.test(verb) && (kind === "person" || kind === "organization" || kind === "institution")) return sender.entityKey;
        break;
      }
    }
    if (!subject || subject.start - sentenceStart >= 40) {
      // "A group of nearly 90 professors and administrators … has sent Ryan a letter": a group described, not named.
      // (It sent the letter: not "A group of 40 senators received a letter from …".)
      const lead = text.slice(sentenceStart, at).trimStart();
      const group = GROUP_DESCRIBED.exec(lead);
      const sent = group && SENDING.test(lead.slice(group[0].length)) && !/\bfrom\b/.test(text.slice(at, at + len + 12));
      if (sent) return ents.ensure(group[1]!, "unnamed", group[1]!);
      // "The family issued a statement through their solicitor": someone's kin, unnamed, as "His family said" is.
      const kin = FAMILY_OPENING.exec(lead);
      // (The verb right after them, and one of writing or issuing: not "The family doctor wrote", nor "The family signed a
      // petition", which they only added their names to.)
      const kinSent = kin && (kin[2]!.toLowerCase() === "family" || KIN_NOUNS.has(kin[2]!.toLowerCase())) && KIN_ISSUED.test(lead.slice(kin[0].length));
      return kinSent ? ents.ensure(lowerOpening(kin[1]!), "unnamed", kin[1]!) : null;
    }
    // "The Carter campaign": the body named after the name.
    const body = /^ (\p{Ll}+)/u.exec(text.slice(subject.end, subject.end + 20))?.[1];
    // ("The Anglin family released a statement": the family, as a claim's own words name them.)
    const family = this.familyNamedAt(subject);
    if (family) return family;
    if (body && (INSTITUTION_NOUNS.has(body) || ORGANIZATION_NOUNS.has(body))) {
      return ents.ensure(`${subject.text} ${body}`, INSTITUTION_NOUNS.has(body) ? "institution" : "organization");
    }
    return subject.entityKey;
  }


  /** "the Anglin family" for the mention "Anglin" in it: that family, unnamed, as a claim's own words name them; else null. */
  /**
   * Who "the insider" at `at` is: one described as an insider before, else a source described close before ("A source
   * close to the star told …. “…,” the insider said": a tabloid's second word for the same source), in the last few
   * sentences and with no one else speaking since ("… one person who works at the studio said …" is that person).
   */
  private insiderDescribed(s: Sentence, at: number): string | undefined {
    const insider = this.describedByHead.get("insider");
    if (insider) return insider.key;
    const source = this.describedByHead.get("source");
    if (!source || at - source.at > 400) return undefined;
    const spokeSince = (this.ctx.text.slice(source.at, s.start).match(/\b(?:said|says|told|tells)\b/g) ?? []).length;
    return spokeSince <= 1 ? source.key : undefined;
  }

  /** The family of the person a source names, when "The family of " comes right before the name; else null. */
  private familyOfNamed(found: { src: ClaimSource; start: number; end: number }): { src: ClaimSource; start: number; end: number } | null {
    const { text, ents } = this.ctx;
    const familyOf = ents.kindOf(found.src.entityKey) === "person" ? FAMILY_OF_BEFORE.exec(text.slice(Math.max(0, found.start - 24), found.start)) : null;
    if (!familyOf) return null;
    const start = found.start - familyOf[0].length;
    return { src: { entityKey: ents.ensure(`${ents.nameOf(found.src.entityKey).split(/\s+/).at(-1)} family`, "unnamed"), text: text.slice(start, found.end), role: null }, start, end: found.end };
  }

  private familyNamedAt(m: Mention): string | null {
    const { text, ents } = this.ctx;
    if (!text.startsWith(" family", m.end) || !/\b[Tt]he\s$/.test(text.slice(Math.max(0, m.start - 4), m.start))) return null;
    return ents.ensure(`${m.text} family`, "unnamed");
  }

  /** Whether this sentence and the one before name two bodies or more ("Brindle Foods has agreed to buy Oakmere Bakeries"). */
  private twoBodiesNamed(s: Sentence): boolean {
    const { ents } = this.ctx;
    const bodies = new Set([...(ents.bySentence[s.index - 1] ?? []), ...(ents.bySentence[s.index] ?? [])].filter((m) => BODY_KINDS.has(ents.kindOf(m.entityKey))).map((m) => m.entityKey));
    return bodies.size > 1;
  }

  /**
   * "Natpower will implement Stage 4 load shedding …, the power utility said": a company's name opening the sentence is
   * the company that a trade's word tagging it describes (not a name of no known sort, "Flight KX204 was diverted, the
   * airline said", nor a body of another kind, "the agency said", nor "the rival airline"). null when none is.
   */
  private companyOpening(s: Sentence, before: Mention[], noun: string, modifiers: readonly string[], tagStart: number): string | null {
    const opener = before[0];
    const kind = opener ? this.ctx.ents.kindOf(opener.entityKey) : null;
    if (!opener || opener.start !== s.start || kind !== "organization" || !COMPANY_WORDS.has(noun)) return null;
    if (!/,\s$/.test(this.ctx.text.slice(tagStart - 2, tagStart)) || modifiers.some((w) => /^(?:rival|other|another|former|parent|sister)$/.test(w))) return null;
    return opener.entityKey;
  }

  /** Builds the source for the noun phrase ending with word index k, or null. */
  private sourceEndingAt(s: Sentence, ms: Mention[], k: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const ws = s.words;
    const w = ws[k];
    if (!w || this.inQuotes(quotes, w.start)) return null;
    const { ents, discourse, text } = this.ctx;
    // A possessive owns what follows it, and speaks only where it is a body's name cut short ("St Enda’s said",
    // "Sainsbury’s said" after "St Enda’s University Hospital", "Sainsbury’s Bank").
    if (w.poss) {
      const body = mentionEndingAt(ms, w.end);
      if (!body || !BODY_KINDS.has(ents.kindOf(body.entityKey)) || this.inQuotes(quotes, body.start)) return null;
      const end = w.end + (/^['’]s?/.exec(text.slice(w.end, w.end + 2))?.[0].length ?? 0);
      return { src: { entityKey: body.entityKey, text: text.slice(body.start, end), role: null }, start: body.start, end };
    }
    // "her Honour said", "His Honor said": the judge or magistrate the article named, as a court report calls them.
    const honourOf = k > 0 && HONOUR_WORD.test(w.text) && /^(?:his|her)$/i.test(ws[k - 1]!.text) && text.slice(ws[k - 1]!.end, w.start) === " " ? ws[k - 1]! : null;
    if (honourOf) {
      const key = discourse.holderOf("judge") ?? discourse.holderOf("magistrate");
      return key ? { src: { entityKey: key, text: text.slice(honourOf.start, w.end), role: null }, start: honourOf.start, end: w.end } : null;
    }
    const officeOf = this.officeOfRoleEndingAt(s, k);
    if (officeOf) return officeOf;
    // "The 57-year-old former Marshals Service official, who …, said": the person the article is about, by their past.
    const former = this.formerSelf(s, k, quotes);
    if (former) return former;
    // ("The 66-year-old Hungarian said": a nation's word for one person, described, not a name; see epithetAfterQuotation.)
    const demonymEpithet = DEMONYMS.has(w.lower) && /\b[Tt]he\s+(?:[\p{L}\d-]+\s+){0,2}$/u.test(text.slice(Math.max(s.start, w.start - 30), w.start));
    // (Past a number ending the name, which is no word here: "Teamsters Local 727 said".)
    const numbered = /^ \d{1,5}(?=\s|$)/.exec(text.slice(w.end, w.end + 7));
    const m = demonymEpithet ? undefined : (mentionEndingAt(ms, w.end) ?? (numbered ? mentionEndingAt(ms, w.end + numbered[0].length) : undefined));
    // "Her new book, The Loudest Sea, argues": a work's title set off after whose work it is speaks for its author.
    const work = m ? WORK_BEFORE_TITLE.exec(text.slice(Math.max(s.start, m.start - 60), m.start)) : null;
    if (m && work && text[m.end] === "," && !this.inQuotes(quotes, m.start)) {
      const start = m.start - work[0].length;
      const owner = work[1]!.toLowerCase();
      const key = /^(?:his|her|their)$/.test(owner) ? discourse.resolvePronoun(owner === "her" ? "she" : owner === "his" ? "he" : "they", ms.filter((x) => x.end <= start), false, s.index)
        : mentionEndingAt(ms, start + work[1]!.length)?.entityKey;
      if (key) return { src: { entityKey: key, text: text.slice(start, m.end), role: null }, start, end: m.end };
    }
    if (m && !this.inQuotes(quotes, m.start)) {
      // "Republicans on the Senate Judiciary Committee said": a party's members of a body speak, not the body.
      const members = PARTY_MEMBERS_BEFORE.exec(text.slice(Math.max(s.start, m.start - 40), m.start));
      const bodyKind = ents.kindOf(m.entityKey);
      if (members && (bodyKind === "organization" || bodyKind === "institution")) {
        const start = m.start - members[0].length;
        const party = /^Republican|^GOP/.test(members[1]!) ? "Republicans" : "Democrats";
        const key = ents.ensure(`${m.text.replace(/^the\s+/i, "")} ${party}`, "organization", text.slice(start, m.end));
        return { src: { entityKey: key, text: text.slice(start, m.end), role: null }, start, end: m.end };
      }
      // "But two administrators at Lakeshore State University, who …, said": people counted, of the body named, opening
      // the sentence, speak (not the body).
      const counted = this.countedPeopleOf(m, s.start);
      if (counted) return counted;
      // "Roger Pilon of the Cato Institute said": the person, with where they are from as their role.
      const of = /\s(?:of|from|at)(?:\sthe)?\s$/.exec(text.slice(Math.max(0, m.start - 12), m.start));
      const person = of ? mentionEndingAt(ms, m.start - of[0].length) : null;
      if (person && ents.kindOf(person.entityKey) === "person" && ents.kindOf(m.entityKey) !== "person" && !this.inQuotes(quotes, person.start)) {
        return { src: { entityKey: person.entityKey, text: person.text, role: person.role ?? text.slice(person.end + 1, m.end) }, start: person.start, end: person.end };
      }
      // "A spokesperson for Google says": later, "the spokesperson" is Google too.
      const spokes = SPOKESPERSON_FOR.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1]!.toLowerCase();
      if (spokes && SPOKESPERSON_WORDS.has(spokes)) discourse.noteRole(spokes, m.entityKey, m.start);
      // "the Lee administration said": a name followed by an institution noun is handled below.
      return sourceOf(m);
    }
    // "Gov. Rick Perry of Texas said": a place after "of" that the name left out is where the person is from.
    if (w.cap) {
      const hometown = / of (?:\p{Lu}[\p{L}.]*\s){0,2}$/u.exec(text.slice(Math.max(0, w.start - 40), w.start));
      const person = hometown ? mentionEndingAt(ms, w.start - hometown[0].length) : null;
      if (person && ents.kindOf(person.entityKey) === "person" && !this.inQuotes(quotes, person.start)) {
        return sourceOf(person);
      }
    }
    // (Not a name inside a phrase that opens the sentence with a participle: "Quoting Thomas Jefferson, the senator told".)
    const participlePhrase = FRONTED_PARTICIPLE.exec(text.slice(s.start, w.start));
    const before = ms.filter((x) => x.end <= w.start && !this.inQuotes(quotes, x.start) && !(participlePhrase && x.start >= s.start && x.end <= s.start + participlePhrase[0].length));
    // "“…,” one of them said": one of the people "they" would mean, named so.
    // "Both have denied wrongdoing.", opening the sentence: the two people the sentence before joined with "and"
    // ("former general secretary Sergio Pallone and former treasurer Lukas Brenner"), as one group; else whom "they"
    // would mean.
    if (w.lower === "both" && k === 0 && !this.inQuotes(quotes, w.start)) {
      const pair = this.pairJustNamed(s);
      const both = pair ? ents.ensure(`${ents.nameOf(pair[0])} and ${ents.nameOf(pair[1])}`, "person", undefined, true) : discourse.resolvePronoun("they", before, false, s.index);
      if (both && ents.isPlural(both)) return { src: { entityKey: both, text: w.text, role: null }, start: w.start, end: w.end };
    }
    if (w.lower === "them" && ws[k - 1]?.lower === "of" && /^(?:one|some|two|three|several|many|most|all|none)$/.test(ws[k - 2]?.lower ?? "") && opensClauseAt(text, ws, k - 2)) {
      const group = discourse.resolvePronoun("they", before, false, s.index);
      const phrase = text.slice(ws[k - 2]!.start, w.end);
      // (Some of a group speak for it, named by it, as "two of the officials" do; of no group known, named as worded.)
      const key = group ?? ents.ensure(phrase.replace(/^\p{Lu}/u, (c) => c.toLowerCase()), "unnamed", phrase);
      this.partOfGroup = { key, sentence: s.index };
      return { src: { entityKey: ws[k - 2]!.lower === "one" ? this.oneOf(key, phrase) : key, text: phrase, role: null }, start: ws[k - 2]!.start, end: w.end };
    }
    // "“…,” one said": one of the group that spoke in the sentence or two before, as "one of them" (only tagging a
    // quotation: "Officers said two had been released. One said he was innocent" is one of the men).
    const tagsQuotation = /[,!?][”"’]\s*$/.test(text.slice(Math.max(s.start, w.start - 4), w.start));
    if (w.lower === "one" && tagsQuotation && isSpeechVerb(ws[k + 1]?.lower ?? "") && !this.inQuotes(quotes, w.start)) {
      const group = this.groupSpeaking && s.index - this.groupSpeaking.sentence <= 2 ? this.groupSpeaking.key : null;
      if (group && ents.kindOf(group) !== "place") {
        this.partOfGroup = { key: group, sentence: s.index };
        return { src: { entityKey: this.oneOf(group, w.text), text: w.text, role: null }, start: w.start, end: w.end };
      }
    }
    // "Another said", "A third described …": one more of the group one of whom spoke in the sentence or two before.
    const another = w.lower === "another" || (/^(?:second|third|fourth|fifth)$/.test(w.lower) && ws[k - 1]?.lower === "a");
    const from = w.lower === "another" ? k : k - 1;
    if (another && this.partOfGroup && s.index - this.partOfGroup.sentence <= 2 && opensClauseAt(text, ws, from) && !this.inQuotes(quotes, w.start)) {
      this.partOfGroup.sentence = s.index;
      return { src: { entityKey: this.partOfGroup.key, text: text.slice(ws[from]!.start, w.end), role: null }, start: ws[from]!.start, end: w.end };
    }
    if (PRONOUNS.has(w.lower)) {
      // Right after the first comma of a sentence that opens with a subordinate clause.
      const fronted = opensWithFrontedClause(text, s.start) && text.indexOf(", ", s.start) === w.start - 2;
      // Later in the main clause, the people of the fronted clause are not its subject ("After Mr. Shulman said he
      // had, Mr. Jordan produced records that he said …": Jordan).
      const mainStart = fronted ? -1 : mainClauseStart(text, s.start, s.end);
      const main = mainStart > 0 && mainStart <= w.start ? before.filter((x) => x.start >= mainStart) : [];
      // The same pronoun again in one sentence means the same person ("he said Obama's borrowing … – he also claimed").
      const seen = this.pronounSeen;
      const again = seen && seen.sentence === s.index && seen.pronoun === w.lower && seen.at < w.start ? seen.key : null;
      // A tag set off by commas inside what was said ("Saying President Obama, he said, was “too simple an answer”"):
      // the people named before it are what the speaker talked about, not the speaker.
      const tag = !fronted && /,\s$/.test(text.slice(w.start - 2, w.start)) ? /^\s(?:\p{Ll}+ly\s)?(\p{Ll}+),/u.exec(text.slice(w.end, w.end + 30)) : null;
      const parenthetical = !!tag && INVERTING_VERBS.has(tag[1]!);
      // ("Acme Corp cut its forecast. It said …", "…, it said.": "it" with a plain verb of saying is never the
      // "it" of "It promises to be …", so the body the sentence before was about may be meant.)
      // (Only when the sentence before named one body: not "Acme Corp received a subpoena from the regulator. It said".)
      // (Or a finding's verb: "The commission reviewed 312 complaints. It found that …", "…, it found, …".)
      const itFound = w.lower === "it" && IT_FOUND_AFTER.test(text.slice(w.end, w.end + 24));
      const itSaid = w.lower === "it" && (itFound || /^\s+(?:also\s+)?(?:said|says|added|adds|stated|states|announced|told)\b/.test(text.slice(w.end, w.end + 20))) && this.bodiesJustBefore(s.start) === 1 && !this.documentJustBefore(s.start);
      // ("The 64-page report by the Community Oversight Commission reviewed 312 complaints. It found …": the report's
      // author, named as the sentence before opened.)
      const author = itFound ? this.documentAuthorJustBefore(s.start) : null;
      const key = again ?? this.earlierSourceFor(s, w) ?? (w.lower === "it" ? this.documentOpeningSentenceBefore(s, w.end) : null) ?? author ?? discourse.resolvePronoun(w.lower, parenthetical ? [] : main.length ? main : before, fronted, s.index) ?? (itSaid ? discourse.recentBodySubjectKey(s.index) : null);
      // ("The letter, signed by Attorney General Bernard Lyle, says …. The letter was sent to Marlow Logistics. It said in
      // a statement …": "it" with a body's "said in a statement" is no person a document spoke for, but the one body just named.)
      if (key && w.lower === "it" && ents.kindOf(key) === "person" && /^\s+(?:also\s+)?(?:said|says)\s+in\s+(?:a|an)\s+(?:statement|e-?mail|release)\b/.test(text.slice(w.end, w.end + 40))) {
        const body = this.bodiesJustBefore(s.start) === 1 ? this.bodyJustBefore(s.start)! : null;
        return body ? { src: { entityKey: body, text: w.text, role: null }, start: w.start, end: w.end } : null;
      }
      if (key && !again) this.pronounSeen = { sentence: s.index, at: w.start, pronoun: w.lower, key };
      // An "it" that refers to no body that spoke is no source.
      if (!key && w.lower === "it") return null;
      const keyOrNew = key ?? ents.ensure(w.lower === "they" ? "unidentified group" : "unidentified speaker", "unnamed");
      return { src: { entityKey: keyOrNew, text: w.text, role: null }, start: w.start, end: w.end };
    }
    const prev = ws[k - 1];
    const prev2 = ws[k - 2];
    // "a Springfield Herald op-ed revealed", "an Channel 9 News report said" (capitalised in a title-case headline:
    // "E-Mails Show Jostling Over …").
    // (Or capitalised only for opening the sentence: "Records show …".)
    // "Holt's letter said", "Baptiste's post said": what someone wrote speaks for its writer (unlike "Holt's autopsy
    // report", about him).
    if (PERSONAL_WRITINGS.has(w.lower) && !w.cap && prev?.poss && /^(?:['’]s?)? $/.test(text.slice(prev.end, w.start))) {
      const writer = ms.find((m) => m.start >= prev.start && m.end <= prev.end && ents.kindOf(m.entityKey) === "person");
      if (writer && !this.inQuotes(quotes, writer.start)) return { src: { entityKey: writer.entityKey, text: text.slice(writer.start, w.end), role: null }, start: writer.start, end: w.end };
    }
    // "Their letter called the delays avoidable", "Her letter said": what the people just spoken of wrote, opening its
    // clause; "Its report said": a body's document.
    // ("Its latest figures show": past one word that says which of its documents.)
    const ownerAt = prev && ISSUE_WORDS.has(prev.lower) && k >= 2 && text.slice(ws[k - 2]!.end, prev.start) === " " ? k - 2 : k - 1;
    const pron = ws[ownerAt];
    const owner = pron && !w.cap && text.slice(ws[ownerAt + 1]!.end, w.start).length <= 1 && /^ ?$/.test(text.slice(pron.end, ws[ownerAt + 1]!.start)) && opensClauseAt(text, ws, ownerAt) ? POSSESSIVE_PRONOUNS[pron.lower] : undefined;
    // (A body's own figures or data are its too: "Its latest figures, for the final quarter, show".)
    if (owner && (owner === "it" ? DOCUMENT_NOUNS.has(w.lower) || FIGURE_WORDS.has(w.lower) : PERSONAL_WRITINGS.has(w.lower) && ownerAt === k - 1) && !this.inQuotes(quotes, pron!.start)) {
      // (Or the body the sentence before was about: "The IEA publishes prices. Its figures show".)
      const key = discourse.resolvePronoun(owner, this.mentionsBefore(ms, pron!.start, quotes), false, s.index) ?? (owner === "it" ? discourse.recentBodySubjectKey(s.index) : null);
      const kind = key ? ents.kindOf(key) : null;
      if (key && (owner === "it" ? BODY_KINDS.has(kind!) : SPEAKING_KINDS.has(kind!))) return { src: { entityKey: key, text: text.slice(pron!.start, w.end), role: null }, start: pron!.start, end: w.end };
    }
    // "The order said", "the court order says": a court's or a commission's paper spoken of again, its issuer's, or
    // itself when no one is said to have issued it (an indefinite one, "A court order said", is read as before).
    const paperOf = COURT_PAPERS.has(w.lower) && !w.cap ? this.determinerOfDocument(ws, k) : undefined;
    if (paperOf && /^(?:the|this)$/i.test(paperOf.lower) && !this.inQuotes(quotes, paperOf.start)) {
      const phrase = text.slice(paperOf.start, w.end);
      const owner = this.documentOwner(w.lower, paperOf.start, w.end);
      return owner ? { src: { entityKey: owner, text: phrase, role: null }, start: paperOf.start, end: w.end } : this.unnamedSource(lowerOpening(phrase).replace(/^(?:the|this)\s+/, ""), phrase, paperOf.start, w.end);
    }
    if (isDocumentNoun(ws, k) && (!w.cap || s.titleCase || (k === 0 && !ws[k + 1]?.cap))) {
      // "An earlier version of this article said …": the outlet correcting itself, in its own voice.
      if (prev?.lower === "this" && /^(?:article|story|piece)$/.test(w.lower)) return null;
      // (Only a word right before it, not one a comma ends: "Pay gap widened in Ohio, report says" is no Ohio report.)
      if (prev && !text.slice(prev.end, w.start).includes(",")) {
        // (Not a word for unnamed staff, which only says what kind of document it is: "The staff report".)
        const pm = mentionEndingAt(ms, prev.end);
        const kindOfDocument = pm && !prev.cap && pm.start === prev.start && saysKindOfDocument(prev.lower);
        // ("The Treasury's Budget documents": a thing's name after a body's possessive says which documents, not whose.)
        const possessor = pm && ents.kindOf(pm.entityKey) === "other" ? mentionEndingAt(ms, ws.findLast((x) => x.end <= pm.start && x.poss && /^(?:['’]s?)? $/.test(text.slice(x.end, pm.start)))?.end ?? -1) : undefined;
        const possessorKind = possessor ? ents.kindOf(possessor.entityKey) : null;
        if (possessor && possessorKind !== "person" && possessorKind !== "place" && !this.inQuotes(quotes, possessor.start)) return { src: { entityKey: possessor.entityKey, text: text.slice(possessor.start, w.end), role: null }, start: possessor.start, end: w.end };
        if (pm && !prev.poss && !kindOfDocument && !this.inQuotes(quotes, pm.start)) return { src: { entityKey: pm.entityKey, text: text.slice(pm.start, w.end), role: null }, start: pm.start, end: w.end };
        if (prev.poss) {
          const pm2 = mentionEndingAt(ms, prev.end);
          if (pm2) return { src: { entityKey: pm2.entityKey, text: text.slice(pm2.start, w.end), role: null }, start: pm2.start, end: w.end };
        }
        // "a Fox News national poll", "a Pew online survey": a body's document with one word describing it (also after its
        // possessive: "the Treasury's latest report").
        const describing = !prev.cap && !isDeterminer(prev.lower) && !NOT_MODIFIERS.has(prev.lower) && !CLAUSE_OPENERS.has(prev.lower);
        const gap = prev2 ? text.slice(prev2.end, prev.start) : "";
        const body = describing && prev2 && (gap === " " || (prev2.poss && /^['’]s? $/.test(gap))) ? mentionEndingAt(ms, prev2.end) : undefined;
        const bodyKind = body ? ents.kindOf(body.entityKey) : null;
        if (body && bodyKind !== "person" && bodyKind !== "place" && !this.inQuotes(quotes, body.start)) {
          return { src: { entityKey: body.entityKey, text: text.slice(body.start, w.end), role: null }, start: body.start, end: w.end };
        }
        // ("A council report tabled at the meeting found": the body the article named that the word describes.)
        const maker = !pm && !prev.cap && !prev.poss && /^(?:a|an|the)$/i.test(prev2?.lower ?? "") && describesBody(prev.lower) ? discourse.resolveDescription(prev.lower, this.mentionsBefore(ms, prev.start, quotes)) : null;
        // (Only the one body the article names with that word: not "a government report" of a council, nor "a council report"
        // where two councils were named.)
        const namedSo = maker ? ents.entities.filter((e) => BODY_KINDS.has(e.kind) && e.name.toLowerCase().split(/\s+/).includes(prev.lower)) : [];
        if (maker && namedSo.length === 1 && namedSo[0]!.key === maker && !this.inQuotes(quotes, prev.start)) return { src: { entityKey: maker, text: text.slice(prev2!.start, w.end), role: null }, start: prev2!.start, end: w.end };
      }
      // "the letter says", "The ad says:": the document of someone named before ("a letter from Rep. Weld"); "The June
      // decision found": with when it was made.
      const dated = this.determinerOfDocument(ws, k);
      // (Not one whose words say it is another kind: "The monthly jobs report" after "said in a report to clients".)
      const otherKind = (from: Word) => ws.slice(ws.indexOf(from) + 1, k).some((x) => /^\p{Ll}+s$/u.test(x.text) && !x.lower.endsWith("ss"));
      if (dated && (dated.lower === "the" || dated.lower === "this") && OWNED_DOCUMENTS.has(w.lower) && !otherKind(dated)) {
        const owner = this.documentOwner(w.lower, dated.start, w.end);
        if (owner) return { src: { entityKey: owner, text: text.slice(dated.start, w.end), role: null }, start: dated.start, end: w.end };
      }
      // "the NRA School Safety Report": a body named in the capitalised words before the noun issued it.
      for (let j = k - 1; j >= Math.max(0, k - 4) && ws[j]!.cap && text.slice(ws[j]!.end, ws[j + 1]!.start) === " "; j--) {
        const owner = mentionEndingAt(ms, ws[j]!.end);
        if (owner && ents.kindOf(owner.entityKey) !== "person" && ents.kindOf(owner.entityKey) !== "place" && !this.inQuotes(quotes, owner.start)) {
          return { src: { entityKey: owner.entityKey, text: text.slice(owner.start, w.end), role: null }, start: owner.start, end: w.end };
        }
      }
      // "The NRA's school safety report recommends": a body's, past words in lower case that say which (not a person's:
      // "Tom Holt's autopsy report", "Holt's police report" are about him, by others).
      for (let j = k - 1; j >= Math.max(0, k - 4) && (ws[j]!.poss || (!ws[j]!.cap && text.slice(ws[j]!.end, ws[j + 1]!.start) === " ")); j--) {
        if (!ws[j]!.poss) continue;
        const owner = mentionEndingAt(ms, ws[j]!.end);
        const ownerKind = owner ? ents.kindOf(owner.entityKey) : null;
        if (owner && ownerKind !== "person" && SPEAKING_KINDS.has(ownerKind!) && !this.inQuotes(quotes, owner.start)) {
          return { src: { entityKey: owner.entityKey, text: text.slice(owner.start, w.end), role: null }, start: owner.start, end: w.end };
        }
        // "A judicial panel found …. The panel’s report said": the body the article only described, spoken of again.
        const describedOwner = owner ? null : this.describedPossessor(ws, j, quotes);
        if (describedOwner) return { src: { entityKey: describedOwner, text: text.slice(ws[j - 1]!.start, w.end), role: null }, start: ws[j - 1]!.start, end: w.end };
        // "The ministry's annual report found": the body the description means (of a report, before it is taken for news).
        const noun = !owner && ws[j - 1]?.lower === "the" && REPORTISH.has(w.lower) ? descriptionNoun(ws[j]!, ws[j - 1]) : null;
        const described = noun && DESCRIPTION_KINDS[noun]!.some((x) => x !== "person") ? discourse.resolveDescription(noun, ms.filter((x) => x.end <= ws[j - 1]!.start && !this.inQuotes(quotes, x.start))) : null;
        // (Only when the article has named one such body: not after "the Health Ministry … the Ministry of Finance".)
        // (One body named two ways, "the Ministry of Health" and "a Health Ministry spokesman", is one: by its words.)
        const named = noun ? new Set(ents.mentions.filter((x) => x.end <= ws[j - 1]!.start && ents.nameOf(x.entityKey).toLowerCase().split(/[^\p{L}]+/u).includes(noun)).map((x) => nameWordsKey(ents.nameOf(x.entityKey)))) : null;
        if (described && ents.kindOf(described) !== "person" && named!.size <= 1) return { src: { entityKey: described, text: text.slice(ws[j - 1]!.start, w.end), role: null }, start: ws[j - 1]!.start, end: w.end };
        break;
      }
      // "the latest annual trustees report", "the inspector general report said": the people or the office named right
      // before the noun wrote it.
      let from = k;
      // (Words of one phrase: not past a comma or a quotation mark, "… “forever chemicals,” study says".)
      while (from > Math.max(0, k - 2) && text.slice(ws[from - 1]!.end, ws[from]!.start) === " " && writesDocuments(ws[from - 1]!, from === k)) from--;
      if (from < k) {
        const phrase = text.slice(ws[from]!.start, ws[k - 1]!.end);
        const st = ws[from - 1] && isDeterminer(ws[from - 1]!.lower) ? ws[from - 1]!.start : ws[from]!.start;
        const key = ents.ensure(phrase, "unnamed", phrase);
        return { src: { entityKey: key, text: text.slice(st, w.end), role: null }, start: st, end: w.end };
      }
      // "The staff report estimated", "according to the review" (after "an internal review showing …"): a document of
      // no known owner, named by what its own words, or its introduction's, say it is.
      const named = this.documentByDescription(s, k, dated);
      if (named) return named;
      // "the reports reveal" after "News outlets revealed …, The Guardian reported …": the outlets that reported.
      const reporters = w.lower === "reports" && prev && /^(?:the|these|those)$/.test(prev.lower) ? this.recentReporters(s.index, prev!.start) : null;
      if (reporters) return { src: { entityKey: reporters, text: text.slice(prev!.start, w.end), role: null }, start: prev!.start, end: w.end };
      if (REPORTISH.has(w.lower)) {
        const key = ents.ensure("unnamed reports", "unnamed", w.text);
        // (With the words that describe it: "The 46-page report found", which refers back as "The report" does.)
        const st = prev && isDeterminer(prev.lower) ? prev.start : dated && isDeterminer(dated.lower) ? dated.start : w.start;
        return { src: { entityKey: key, text: text.slice(st, w.end), role: null }, start: st, end: w.end };
      }
      // "court documents said", "according to records": a document whose issuer the article does not name speaks
      // as itself. Not one being introduced ("issued a statement saying"), whose issuer is the clause's subject,
      // nor one with an owner ("the group's first ad").
      const described = this.describedPhrase(s, k);
      const owned = described && ws.slice(Math.max(0, described.firstWord - 2), described.firstWord).some((x) => x.poss);
      // "The group's first ad called …": the owner a description names ("the group": the NRA named before).
      if (described && owned) {
        const ow = ws[described.firstWord - 1]?.poss ? described.firstWord - 1 : described.firstWord - 2;
        const noun = ws[ow]?.poss && ws[ow - 1]?.lower === "the" ? descriptionNoun(ws[ow]!, ws[ow - 1]) : null;
        const key = noun ? discourse.resolveDescription(noun, ms.filter((x) => x.end <= ws[ow - 1]!.start && !this.inQuotes(quotes, x.start))) : null;
        if (key) return { src: { entityKey: key, text: text.slice(ws[ow - 1]!.start, w.end), role: null }, start: ws[ow - 1]!.start, end: w.end };
      }
      // "A new poll shows", "but a recent survey found": a study opening its clause speaks for itself, though unnamed.
      const at = described?.firstWord ?? -1;
      const opensClause = at === 0 || (at > 0 && (CLAUSE_OPENERS.has(ws[at - 1]!.lower) || CLAUSE_OPENS_AFTER.test(text.slice(ws[at - 1]!.end, described!.start))));
      const study = !!described?.indefinite && STUDY_NOUNS.has(w.lower) && opensClause;
      if (!described || (described.indefinite && !study) || owned) return null;
      return this.describedSource(described.firstWord === 0 && !s.titleCase ? { ...described, name: lowerOpening(described.name) } : described);
    }
    // The end of an appositive describes the person just named ("Victoria Nuland, the State Department
    // spokeswoman, said"): that person is the source.
    const appositive = ents.appositiveEnds.get(w.end);
    if (appositive && !this.inQuotes(quotes, appositive.start)) return sourceOf(appositive);
    // "a Romney campaign aide said": the campaign, named after its candidate.
    if (!w.cap && SPEAKS_FOR.has(w.lower) && prev && !prev.cap && (ORGANIZATION_NOUNS.has(prev.lower) || INSTITUTION_NOUNS.has(prev.lower))) {
      const pm = mentionEndingAt(ms, prev.start - 1);
      if (pm && text.slice(pm.end, prev.start) === " " && !this.inQuotes(quotes, pm.start) && ents.kindOf(pm.entityKey) !== "place") {
        const key = ents.ensure(`${pm.text} ${prev.text}`, INSTITUTION_NOUNS.has(prev.lower) ? "institution" : "organization");
        discourse.noteRole(w.lower, key, pm.start);
        return { src: { entityKey: key, text: text.slice(pm.start, w.end), role: w.text }, start: pm.start, end: w.end };
      }
    }
    // "A council spokesperson said" after "Harrowdale District Council": the body the article calls so, with the role
    // (of no council named, the spokesperson stays someone described; so does "a company spokesman", since "the company"
    // may be any body the article named last).
    if (!w.cap && SPOKESPERSON_WORDS.has(w.lower) && prev && !prev.cap && describesOnlyBodiesNamedSo(prev.lower) && text.slice(prev.end, w.start) === " ") {
      // (Past one word for what level the body serves: "a town council spokesman".)
      const level = ws[k - 2] && COUNCIL_LEVELS.has(ws[k - 2]!.lower) && text.slice(ws[k - 2]!.end, prev.start) === " " ? 1 : 0;
      const det = ws[k - 2 - level];
      if (det && /^(?:a|an|the)$/.test(det.lower) && text.slice(det.end, ws[k - 1 - level]!.start) === " ") {
        const key = discourse.resolveDescription(prev.lower, this.mentionsBefore(ms, det.start, quotes));
        // (A body the article names, not one the words themselves make: "county council" of no council named.)
        if (key && /\p{Lu}/u.test(this.ctx.ents.nameOf(key))) {
          discourse.noteRole(w.lower, key, det.start);
          return { src: { entityKey: key, text: text.slice(det.start, w.end), role: w.text }, start: det.start, end: w.end };
        }
      }
    }
    // "a Microsoft spokesperson said", "a White House aide said": the body the person speaks for, with the role.
    if (!w.cap && SPEAKS_FOR.has(w.lower) && prev) {
      const pm = mentionEndingAt(ms, prev.end);
      const gap = pm ? text.slice(pm.end, w.start) : "";
      const det = pm ? ws.findLast((x) => x.end <= pm.start) : undefined;
      // "A former NSA official told", "a former senior NSA official": someone who no longer speaks for the body; a
      // person described so.
      const rank = det && !det.cap && /^(?:senior|top|high-ranking|longtime|veteran|high-level)$/.test(det.lower) ? det : undefined;
      const past = rank ? ws.findLast((x) => x.end <= rank.start) : det;
      if (pm && past && (past.lower === "former" || past.lower === "retired") && text.slice(past.end, (rank ?? pm).start) === " " && (!rank || text.slice(rank.end, pm.start) === " ") && !this.inQuotes(quotes, pm.start)) {
        const article = ws.findLast((x) => x.end <= past.start);
        const st = article && (article.lower === "a" || article.lower === "an") ? article.start : past.start;
        const key = ents.ensure(`${past.lower} ${pm.text} ${w.lower}`, "anonymous", text.slice(st, w.end));
        return { src: { entityKey: key, text: text.slice(st, w.end), role: null }, start: st, end: w.end };
      }
      // "A senior U.S. official described", "Kessarian officials said": officials of a country, not named, are not
      // the country speaking.
      // (Also of a nationality the article gives no kind: "A senior Valdorian official".)
      const nationality = !!pm && /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|an|i)$/u.test(pm.text);
      if (pm && /^officials?$/.test(w.lower) && (this.ctx.ents.kindOf(pm.entityKey) === "place" || nationality) && text.slice(pm.end, w.start) === " " && !this.inQuotes(quotes, pm.start)) {
        let first = ws.indexOf(prev);
        while (first > 0 && ws[first - 1]!.end > pm.start) first--;
        if (rank && text.slice(rank.end, pm.start) === " ") first = ws.indexOf(rank);
        const article = ws[first - 1];
        const st = article && (article.lower === "a" || article.lower === "an") && text.slice(article.end, ws[first]!.start) === " " ? article.start : ws[first]!.start;
        const phrase = text.slice(st, w.end);
        return { src: { entityKey: ents.ensure(phrase.replace(/^(?:A|An)\b/, (a) => a.toLowerCase()), "anonymous", phrase), text: phrase, role: null }, start: st, end: w.end };
      }
      const indefinite = !!det && (det.lower === "a" || det.lower === "an") && text.slice(det.end, pm!.start) === " ";
      // "a Northwind Airlines spokesperson": after "a", even a name that looks like a person's is a body.
      if (pm && (gap === " " || /^[’']s? $/.test(gap)) && !this.inQuotes(quotes, pm.start) && (indefinite || ents.kindOf(pm.entityKey) !== "person")) {
        const st = indefinite ? det!.start : pm.start;
        discourse.noteRole(w.lower, pm.entityKey, pm.start);
        return { src: { entityKey: pm.entityKey, text: text.slice(st, w.end), role: w.text }, start: st, end: w.end };
      }
    }
    const owned = this.ownersBodyOrVoice(s, ms, k, quotes);
    if (owned) return owned;
    // (An age alone opening the clause of someone who did not speak just before: "The 58-year-old said she plans to
    // retire", the person the story is about.)
    const epithet = this.epithetAfterQuotation(s, k) ?? this.formerSelf(s, k, quotes, true);
    if (epithet) return epithet;
    const partisan = this.partisanReferent(s, ms, k, quotes);
    if (partisan) return partisan;
    // "the organization", "the publication", "the former Alaska governor", "the ex-congressman", "the attorney general"
    const noun = descriptionNoun(w, prev);
    if (!w.cap && noun) {
      const former = this.formerRoleOfSpeaker(s, k, noun);
      if (former) return former;
      const leader = this.studyLeaderAt(s, k, noun);
      if (leader) return leader;
      const named = this.namedBody(s, ms, k, quotes);
      if (named) return named;
      let d = k - 1;
      let hops = 0;
      // Modifiers may be names of places or bodies ("the former Alaska governor"), not of people.
      const modifier = (x: Word) => !x.cap || ents.kindOf(mentionEndingAt(ms, x.end)?.entityKey ?? "") !== "person";
      while (d >= 0 && hops < 3 && !isDeterminer(ws[d]!.lower) && modifier(ws[d]!)) {
        d--;
        hops++;
      }
      const det = ws[d];
      // "some close to the GOP chairman say": the object of a preposition is not who speaks.
      // (But "data from the central bank showed": figures show through whose they are.)
      const governed =
        d > 0 && /^(?:to|with|of|for|about|at|from|against|on|in|within|inside|near|across|behind|beside|outside|around|along|under|between|through|toward|towards|among|amid)$/.test(ws[d - 1]!.lower) && text.slice(ws[d - 1]!.end, ws[d]!.start) === " " &&
        !(ws[d - 1]!.lower === "to" && ws[d - 2]?.lower === "according") && !(ws[d - 1]!.lower === "from" && EVIDENCE_NOUNS.has(ws[d - 2]?.lower ?? ""));
      // "the president's budget director" introduces someone; it does not refer back to a director named before.
      const introduces = ws.slice(d + 1, k).some((x) => x.poss);
      if (det && isDeterminer(det.lower) && det.lower !== "a" && det.lower !== "an" && !governed && !introduces) {
        // "the Fox News host": the words between the determiner and the noun may say which holder of the role.
        const modifiers = ws.slice(d + 1, k).map((x) => x.lower);
        // ("One senior adviser, who …, said …" then "the adviser said": the one described before, when no one named
        // was given that title.)
        // (For a body, only when no body of the kind was named since: "a private tracking company said …. Astréa Orbital
        // confirmed …. “…,” the company said" is Astréa Orbital.)
        const described = det.lower === "the" && !discourse.isGiven(noun) ? this.describedByHead.get(noun)?.key : undefined;
        // (Named in a later sentence than the description's: not "A security firm … said hackers had stolen data from
        // Halvorsen Logistics. The firm said …".)
        const describedAt = this.describedByHead.get(noun)?.at ?? 0;
        const since = nextSentenceStop(text, describedAt)?.at ?? describedAt;
        const laterNamed = described && describesBody(noun) ? this.ctx.ents.mentions.filter((m) => m.start > since && m.end <= det.start && !this.inQuotes(quotes, m.start)) : [];
        const candidate = laterNamed.length ? discourse.resolveDescription(noun, laterNamed, modifiers, true) : null;
        const namedSince = candidate && laterNamed.some((m) => m.entityKey === candidate) ? candidate : null;
        const earlier = namedSince ? undefined : described;
        // ("The Andalusian regional government", "the state government": a government below the nation's, never the
        // country or capital named.)
        const subnational = noun === "government" && modifiers.some((x) => SUBNATIONAL.has(x));
        // ("said the woman who chairs the parent council": a plain word for someone, told apart by a clause of its own, is
        // someone new, not whoever was named last.)
        // (Only when whoever it would be holds a title, "Councillor Morag Sutherland": an untitled person just named may
        // well be "the woman who lives next door".)
        const plainWho = PLAIN_PERSON_WORDS.has(noun) && /^\s+who\s/.test(text.slice(w.end, w.end + 6));
        const referent = subnational ? null : discourse.resolveDescription(noun, before, modifiers);
        const newcomer = plainWho && referent !== null && ents.mentions.some((m) => m.entityKey === referent && m.role !== null && m.role !== undefined);
        const key = earlier ?? (newcomer ? null : referent) ?? this.companyOpening(s, before, noun, modifiers, det.start) ?? (det.lower === "the" ? this.bodyThatFormed(noun, det.start) : null);
        if (key) return { src: { entityKey: key, text: text.slice(det.start, w.end), role: null }, start: det.start, end: w.end };
      }
      // "A white lawmaker said", "a former Justice Department prosecutor said", and "the Senate historian said" of
      // no historian named before: someone described, not named.
      if (DESCRIPTION_KINDS[noun]?.includes("person")) {
        // (Also the agent of a passive: "rebuked by the judge".)
        const described = this.describedPhrase(s, k, ws[d - 1]?.lower === "by");
        // "the woman" who is no one named: described, like an occupation; and "The congressman continued to allege"
        // with no congressman named before: someone the text describes, not the outlet speaking.
        const unresolved = det?.lower === "the" && !governed && !introduces;
        // (Not what someone is described as: "A man who identified himself as a veteran said".)
        // (But "on Sunday as a top senator suggested": "as" there opens a clause.)
        const describedAs = ws[d - 1]?.lower === "as" && (det?.lower === "a" || det?.lower === "an") && /^(?:himself|herself|themselves|\p{Ll}+ed)$/u.test(ws[d - 2]?.lower ?? "");
        // "Acme Corp denied any wrongdoing. A spokesperson said …": a spokesperson of no body named, opening the
        // sentence, speaks for the body the sentence before was about, or that spoke in it ("The university said ….
        // A spokesperson added …").
        // (Only a bare one, "A spokesperson", or one of the kind of body meant, "A company spokesman": "A police
        // spokesperson" speaks for no hospital named before.)
        const bare = described !== null && /^(?:a|an)\s+(?:(?:company|firm|corporate|club|university|college|council|ministry|department|government|agency|hospital|school|district|union)\s+)?\p{L}+$/iu.test(described.phrase);
        let spokesFor = described?.indefinite && bare && SPOKESPERSON_WORDS.has(noun) ? (described.firstWord === 0 ? discourse.recentBodySubjectKey(s.index) ?? discourse.previousBodySpeakerKey(s.index) : this.clauseBodySubject(s, ms, described.start, described.end)) : null;
        // (Of another kind of body by its name, or with no body just before, the one body named so: "A university
        // spokeswoman" after "the Tertiary Staff Union said" speaks for Pemberton University, "A district spokesperson"
        // for the Marion Hills School District; not of a word names use in another sense, "A union spokesperson" of no
        // union but the European Union.)
        const kindWord = described?.indefinite && bare && SPOKESPERSON_WORDS.has(noun) ? /^(?:a|an)\s+(\p{L}+)\s/iu.exec(described.phrase)?.[1]!.toLowerCase() : undefined;
        const nameKind = spokesFor ? this.ctx.ents.nameOf(spokesFor).toLowerCase().split(/\s+/).at(-1)! : "";
        if (kindWord && spokesFor && BODY_KIND_NAME_WORDS.has(kindWord) && BODY_KIND_NAME_WORDS.has(nameKind) && nameKind !== kindWord) spokesFor = this.bodyEndingIn(kindWord, described!.start);
        else if (kindWord && !spokesFor && BODY_KIND_NAME_WORDS.has(kindWord) && !/^(?:union|club|party|police|court)$/.test(kindWord)) spokesFor = this.bodyEndingIn(kindWord, described!.start);
        // ("A health department spokesman" after "the Punjab health department": the one body the article names so.)
        if (!spokesFor && described?.indefinite && SPOKESPERSON_WORDS.has(noun)) spokesFor = this.portfolioBodyOf(described.phrase, s, described.start);
        if (spokesFor) return { src: { entityKey: spokesFor, text: described!.phrase, role: noun }, start: described!.start, end: described!.end };
        if (described && !describedAs && (described.indefinite || OCCUPATIONS.has(noun) || noun === "woman" || noun === "man" || unresolved)) return this.describedSource(described);
      }
      // "The company said in a statement" of no company named before: a body the text describes, opening its clause
      // (not "left the court saying", an object; nor "the campaign", always someone's).
      if (det?.lower === "the" && d >= 0 && opensClauseAt(text, ws, d) && !introduces && noun !== "campaign" && DESCRIPTION_KINDS[noun]?.some((x) => x === "organization" || x === "institution" || x === "outlet")) {
        const described = this.describedPhrase(s, k);
        if (described && described.firstWord === d) return this.describedSource(described);
      }
    }
    // "The railroad has confirmed", "The municipality said": the one body named before whose name ends in that word
    // ("Great Plains & Western Railroad", "Umzimvelo Local Municipality"), for a word the lexicon does not know.
    if (!w.cap && !noun && prev?.lower === "the" && k - 1 >= 0 && opensClauseAt(text, ws, k - 1) && !this.inQuotes(quotes, prev.start)) {
      const named = this.bodyEndingIn(w.lower, prev.start);
      if (named) return { src: { entityKey: named, text: text.slice(prev.start, w.end), role: null }, start: prev.start, end: w.end };
    }
    // Headlines drop articles: "Pier to reopen, authority says", "Jackson pleads guilty, lawyer says", "…, Obama's Top
    // Economic Aide Warns": whom the body names so, else someone the headline describes.
    // (Only right before the verb: not "Council" of "…, Says Council Was Told"; and only a tag that ends the headline or
    // its clause, not a clause of its own: "Apple Stock Rises, Analysts Say More Gains Ahead".)
    if (s.section !== "body" && (!w.cap || s.titleCase) && ws[k + 1] !== undefined && isHeadlineSpeechVerb(ws[k + 1]!.lower) && /^\s*(?:[,;:.!?]|$)/.test(text.slice(ws[k + 1]!.end, s.end))) {
      const tag = HEADLINE_TAG.exec(text.slice(Math.max(s.start, w.start - 48), w.start));
      if (tag) {
        const start = w.start - tag[1]!.length;
        const key = this.headlineReferent(w.lower, text.slice(start, w.end));
        if (key) return { src: { entityKey: key, text: text.slice(start, w.end), role: null }, start, end: w.end };
        if (DESCRIPTION_KINDS[w.lower] || UNNAMED_SOURCES[w.lower] || INSTITUTION_NOUNS.has(w.lower) || ORGANIZATION_NOUNS.has(w.lower)) {
          const phrase = text.slice(start, w.end);
          // (Named as running text would: "Obama's top economic aide", "authority".)
          const name = phrase.split(" ").map((x) => (/['’]s$/.test(x) || /^\p{Lu}{2,}/u.test(x) ? x : x.toLowerCase())).join(" ");
          return this.unnamedSource(name, phrase, start, w.end);
        }
      }
    }
    // …and open a headline or its clause: "Finance minister blames previous government's policy", "Inflation hits 6.1%;
    // defeated Reform candidate blames hospital closure": whom the body names so, else someone the headline describes.
    // (Not a headline's passive: "Labour candidate accused of lying".)
    // (Also with a verb of blame, "GOP lawmaker rips special counsel over …"; and in title case, a description opening
    // the headline, "GOP Senator Says She's …".)
    const verb = ws[k + 1]?.lower ?? "";
    // (Or a phrasal verb by its two words: "Councillor hits out after …".)
    const phrasal = ws[k + 2] ? `${verb} ${ws[k + 2]!.lower}` : "";
    if (s.section !== "body" && ws[k + 1] !== undefined && (isHeadlineSpeechVerb(verb) || isCriticismVerb(verb) || (verb.endsWith("s") && isHeadlineSpeechVerb(phrasal))) && !/ed$/.test(verb) && text.slice(w.end, ws[k + 1]!.start) === " ") {
      const opening = HEADLINE_CLAUSE_SUBJECT.exec(text.slice(s.start, w.end));
      const head = w.lower;
      const describes = DESCRIPTION_KINDS[head] !== undefined || ROLE_HEADS.has(head) || namesPeople(head) || UNNAMED_SOURCES[head] !== undefined || DOCUMENT_NOUNS.has(head) || isBodyDescription(head);
      // (Capitalised only for opening it: "Striker blames referee for red card".)
      // (Not a question word before it: "Why Economists Say …" names the economists.)
      // (Or a clause after a semicolon: "Ex-Congressman Gets 6 Years; Judge Calls It ‘Theft From Voters’".)
      const titleOpening = s.titleCase && (opening?.index === 0 || opening?.[0].startsWith(";") === true) && opening![1]!.split(" ").length <= 3 && !/^(?:why|how|what|when|where|who|whether|which)\s/i.test(opening![1]!);
      if (opening && describes && (s.titleCase ? titleOpening : !w.cap || opening[1] === w.text)) {
        const start = s.start + opening.index + opening[0].length - opening[1]!.length;
        const phrase = text.slice(start, w.end);
        const key = this.headlineReferent(head, phrase);
        if (key) return { src: { entityKey: key, text: phrase, role: null }, start, end: w.end };
        // (In title case only someone the body names so: "Trump Lawyer Says …" of no lawyer of Trump's is no one.)
        if (s.titleCase) return null;
        return this.unnamedSource(lowerOpening(phrase), phrase, start, w.end);
      }
    }
    // Unnamed sources: "officials", "many", "anonymous sources", "critics"
    // (Not those whom others speak for: "Advocates for homeless people say" are the advocates.)
    // (Not "a team of university researchers", who are the team.)
    const spokenFor = /\bfor\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(text.slice(Math.max(s.start, w.start - 30), w.start)) && prev !== undefined && k >= 2;
    // (Nor a noun before its phrase's head, "staff members", "police officers", nor the object of a post's "of", "the
    // chief of staff".)
    const nx = ws[k + 1];
    const beforeHead = !!nx && !nx.cap && text.slice(w.end, nx.start) === " " && (ROLE_HEADS.has(nx.lower) || namesPeople(nx.lower) || isOneOfPeople(nx.lower) || DOCUMENT_NOUNS.has(nx.lower));
    const ofPost = prev?.lower === "of" && ROLE_HEADS.has(prev2?.lower ?? "");
    const un = spokenFor || beforeHead || ofPost ? undefined : UNNAMED_SOURCES[w.lower];
    // "the Nordhavn analysts said", "Acme Corp economists said": a body's people named by its name, the body speaking
    // (not its officials, who are anonymous people of their own).
    // (Not counted ones, "Two Agriculture Department economists", who speak as themselves.)
    const bodyBefore = un && !w.cap && prev?.cap && STAFF_OF_A_BODY.has(w.lower) && text.slice(prev.end, w.start) === " " ? mentionEndingAt(ms, prev.end) : null;
    // (Nor former, retired or dissenting ones, who speak against it as often as for it: "Former NASA scientists said",
    // "The NASA scientists who quit in protest said".)
    const speaksApart = bodyBefore ? /\b(?:\d+|two|three|four|five|six|several|some|many|a|an|other|top|senior|former|ex|retired|junior|independent|outside|dissident|dissenting|these|those)\s+(?:\p{Lu}[\p{L}.’'-]*\s+)*$/iu.test(text.slice(Math.max(s.start, bodyBefore.start - 24), bodyBefore.start)) || /^\s+who\b/.test(text.slice(w.end, w.end + 5)) : false;
    if (bodyBefore && !speaksApart && BODY_KINDS.has(ents.kindOf(bodyBefore.entityKey)) && !this.inQuotes(quotes, bodyBefore.start)) {
      const the = /\b[Tt]he\s+$/.exec(text.slice(Math.max(s.start, bodyBefore.start - 4), bodyBefore.start));
      const start = the ? bodyBefore.start - the[0].length : bodyBefore.start;
      return { src: { entityKey: bodyBefore.entityKey, text: text.slice(start, w.end), role: w.text }, start, end: w.end };
    }
    // Capitalised only because it opens the sentence: "Officials said …", "Critics say …".
    // (Or right after a dateline: "MANILA, Philippines — Officials said …".)
    const opensAfterDateline = k > 0 && DATELINE_THEN_DASH.test(text.slice(s.start, w.start));
    if (un && (!w.cap || ((k === 0 || opensAfterDateline) && !DETERMINER_LIKE.has(w.lower)))) {
      const told = this.toldApart(w.lower, w.start);
      let st = w.start;
      let name = un.name;
      // ("The national police said", "state police said": which police force, kept in its name.)
      if (w.lower === "police" && prev && POLICE_FORCES.has(prev.lower) && (!prev.cap || k === 1) && text.slice(prev.end, w.start) === " ") {
        const det = ws[k - 2];
        st = det && det.lower === "the" && text.slice(det.end, prev.start) === " " ? det.start : prev.start;
        const key = ents.ensure(`${prev.lower} police`, un.kind, text.slice(st, w.end));
        return { src: { entityKey: key, text: text.slice(st, w.end), role: null }, start: st, end: w.end };
      }
      // ("North Yorkshire police said", "The Patna police said", "Belgian police said": the force of the place named.)
      const force = w.lower === "police" ? this.placeBeforePolice(ms, prev, w) : null;
      if (force) {
        const det = /\b[Tt]he\s+$/.exec(text.slice(Math.max(s.start, force.start - 4), force.start));
        st = det ? force.start - det[0].length : force.start;
        const key = ents.ensure(`${force.name} police`, un.kind, text.slice(st, w.end));
        return { src: { entityKey: key, text: text.slice(st, w.end), role: null }, start: st, end: w.end };
      }
      if (prev && (prev.lower === "anonymous" || prev.lower === "unnamed")) {
        st = prev.start;
        if (un.kind === "anonymous" && w.lower !== "sources") name = `${prev.lower} ${w.lower}`;
        // (With its determiner, but not "that" after a summing noun: "…, a move that critics say" is the critics'.)
      } else if (prev?.lower === "the" && told) {
        // "The official said" after "A city official said …" is that official.
        return { src: { entityKey: told, text: text.slice(prev.start, w.end), role: null }, start: prev.start, end: w.end };
      } else if (prev && !prev.cap && isDeterminer(prev.lower) && !((prev.lower === "that" || prev.lower === "which") && summedUpBefore(text, s.start, w.start))) st = prev.start;
      else {
        // "A city official", "two state election officials", "a senior bureau official", and opening the sentence,
        // "Outside experts", "Federal prosecutors": the words that tell such sources apart are kept in their name.
        const counted = un.kind === "anonymous" ? countedModifiersStart(text, ws, k) : null;
        const first = counted ?? (/s$/.test(w.lower) ? openingModifiersStart(text, ws, k, s.start, ms, (key) => ents.kindOf(key) !== "other") : null);
        if (first !== null) return this.sourceToldApart(ws, first, k, un.kind, counted !== null);
      }
      void prev2;
      const key = ents.ensure(name, un.kind, text.slice(st, w.end));
      return { src: { entityKey: key, text: text.slice(st, w.end), role: null }, start: st, end: w.end };
    }
    return null;
  }

  /**
   * "the statement released by each office said", "a report issued by the inspector general concluded": whoever the
   * phrase after "by" names, else the document itself. null when no such phrase ends right before the verb.
   */
  private issuedDocumentBefore(s: Sentence, ms: Mention[], cueStart: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const { text, ents } = this.ctx;
    const from = Math.max(s.start, cueStart - 140);
    const window = text.slice(from, cueStart);
    // Most verbs have no "by" before them: the pattern is not run.
    if (!window.includes(" by ")) return null;
    // "A petition started by the association and signed by more than 1,400 people calls on": who started it, not who
    // signed it on.
    const started = STARTED_THEN_SIGNED.exec(window);
    if (started && DOCUMENT_NOUNS.has(started[1]!.toLowerCase()) && !this.inQuotes(quotes, from + started.index)) {
      const author = this.sourceAfter(s, ms, from + started.index + started[0].length, quotes);
      if (author && author.end <= from + started.index + started[0].length + started[2]!.length) return author;
    }
    const m = ISSUED_DOCUMENT_BEFORE.exec(window);
    if (!m || !DOCUMENT_NOUNS.has(m[2]!.toLowerCase()) || this.inQuotes(quotes, from + m.index)) return null;
    const start = from + m.index;
    const byStart = cueStart - m[0].length + m[0].lastIndexOf(m[3]!);
    // E-mails, records or a video released by someone speak for themselves ("E-mails released by the White House …
    // revealed"): the one who released them did not write them.
    // Not a name that only describes someone in a role: in "a memo circulated by a GOP analyst" the analyst wrote it.
    const describesRole = (x: Mention) => ROLE_HEADS.has(/^\s+(\p{Ll}+)/u.exec(text.slice(x.end, cueStart))?.[1] ?? "");
    const issuer = RELEASED_MATERIALS.has(m[2]!.toLowerCase())
      ? undefined
      : ms.find((x) => x.start >= byStart && x.end <= cueStart && ents.kindOf(x.entityKey) !== "place" && !describesRole(x));
    // "by the faculty at Georgetown", "signed by professors at Harvard": people of the body wrote it, not the body.
    const people = issuer ? PEOPLE_OF_BODY.exec(text.slice(byStart, issuer.start)) : null;
    if (issuer && people) {
      const phrase = text.slice(byStart + people.index + people[1]!.length, issuer.end);
      return { src: { entityKey: ents.ensure(phrase, "unnamed", phrase), text: text.slice(start, issuer.end), role: null }, start, end: issuer.end };
    }
    // ("published by the Scottish government": the name with the word after it, as the phrase alone would be read.)
    if (issuer && /^\s+\p{Ll}[\p{Ll}-]*\s*$/u.test(text.slice(issuer.end, cueStart))) {
      const whole = this.sourceEndingAt(s, ms, s.words.findLastIndex((x) => x.end <= cueStart), quotes);
      if (whole && whole.start <= issuer.start && whole.start >= byStart) return { src: { ...whole.src, text: text.slice(start, whole.end) }, start, end: whole.end };
    }
    if (issuer) return { src: { entityKey: issuer.entityKey, text: text.slice(start, issuer.end), role: null }, start, end: issuer.end };
    // ("A report released in March by the inspector general found": an author described, not named; not someone only
    // described in a role, "a memo circulated by a Green Party analyst", where the memo speaks.)
    const described = RELEASED_MATERIALS.has(m[2]!.toLowerCase()) ? null : this.sourceEndingAt(s, ms, s.words.findLastIndex((x) => x.end <= cueStart), quotes);
    if (described && described.start >= byStart && !/^(?:a|an)\s/i.test(described.src.text) && ents.kindOf(described.src.entityKey) !== "place" && !DOCUMENT_NOUNS.has(headNoun(described.src.text).toLowerCase())) {
      return { src: { ...described.src, text: text.slice(start, described.end) }, start, end: described.end };
    }
    const docEnd = start + m[1]!.length + m[2]!.length;
    const key = ents.ensure(m[2]!.toLowerCase(), "unnamed", text.slice(start, docEnd));
    return { src: { entityKey: key, text: text.slice(start, docEnd), role: null }, start, end: docEnd };
  }

  /**
   * "the letter addressed to Chairman Darrell Issa (R-Calif.) reads": a document and whom it was addressed to, right
   * before the verb; the document speaks (for whoever sent it), not the one it was sent to.
   */
  private addressedDocumentBefore(s: Sentence, ms: Mention[], cueStart: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const { text } = this.ctx;
    // Only a document that is its clause's subject: right after a quotation or opening the sentence (not "Reyes read
    // the statement to the crowd and said …"), with a verb a document takes.
    if (!DOCUMENT_VERB.test(text.slice(cueStart, cueStart + 12))) return null;
    const window = text.slice(Math.max(s.start, cueStart - 100), cueStart);
    // (…or what it is about: "a release from Mr. Seel’s office about the planned meeting noted".)
    const m = (window.includes(" to ") ? ADDRESSED_DOCUMENT_BEFORE.exec(window) : null) ?? DOCUMENT_ON_TOPIC_BEFORE.exec(window);
    if (!m || !/(?:^|[”"],?|^(?:But|And|Yet|Still))\s*$/.test(text.slice(s.start, cueStart - window.length + m.index))) return null;
    const nounEnd = cueStart - window.length + m.index + m[1]!.length;
    const k = s.words.findIndex((w) => w.end === nounEnd);
    const doc = k >= 0 ? this.sourceEndingAt(s, ms, k, quotes) : null;
    // The phrase up to the verb stands for the document, so that "addressed to …" is no one else's source.
    return doc ? { ...doc, end: cueStart - 1 } : null;
  }

  /** The body named or described at the end of an aside closing right before a cue: "…, released by the state health department, ". */
  private asideAgent(s: Sentence, ms: Mention[], cueStart: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    // (Past when they were put out: "…, released by the county sheriff's office on Monday, ".)
    const when = WHEN_CLOSING_ASIDE.exec(this.ctx.text.slice(Math.max(s.start, cueStart - 40), cueStart));
    const k = s.words.findLastIndex((x) => x.end <= cueStart - (when?.[0].length ?? 0));
    const agent = k >= 0 ? this.sourceEndingAt(s, ms, k, quotes) : null;
    if (agent) return BODY_KINDS.has(this.ctx.ents.kindOf(agent.src.entityKey)) ? agent : null;
    // (A body described, "the state health department": someone the text describes.)
    const described = k >= 0 && DESCRIPTION_KINDS[s.words[k]!.lower]?.some((x) => x === "organization" || x === "institution") ? this.describedPhrase(s, k, true) : null;
    // (Not a bare word after a possessive, "the secretary of state's office", which would name no one.)
    return described && /^(?:the|a|an)\s/i.test(described.phrase) ? this.describedSource(described) : null;
  }

  /** Source of a verb cue, searching backwards from it: "Smith later said", "X, the head of Y, said". */
  private sourceBefore(s: Sentence, ms: Mention[], cueStart: number, quotes: Span[], beforeAside = false): { src: ClaimSource; start: number; end: number } | "coordinated" | null {
    // "The panel, led by chair Sarah Denholm, concluded", "The report, commissioned by the board and written by Ann
    // Kerr, found": the subject before a passive aside, not the agent inside it.
    const lead = this.ctx.text.slice(Math.max(s.start, cueStart - 200), cueStart);
    // "Two aides to the president, who spoke on condition of anonymity, said": people around someone, not that person.
    const around = cueStart - s.start <= 240 ? PEOPLE_TO_SOMEONE_BEFORE.exec(this.ctx.text.slice(s.start, cueStart)) : null;
    const aroundStart = around ? s.start + around.index + around[0].indexOf(around[1]!) : -1;
    // (An aide to a body speaks for it: "An aide to the Finance Committee, who …, said".)
    const served = around ? mentionEndingAt(ms, aroundStart + around[1]!.length) : undefined;
    if (around && !(served && BODY_KINDS.has(this.ctx.ents.kindOf(served.entityKey))) && !this.inQuotes(quotes, aroundStart)) {
      return this.unnamedSource(lowerOpening(around[1]!), around[1]!, aroundStart, aroundStart + around[1]!.length);
    }
    const aside = PASSIVE_ASIDE_BEFORE.exec(lead) ?? BASED_ASIDE_BEFORE.exec(lead);
    if (aside) {
      const k = s.words.findLastIndex((x) => x.end <= cueStart - aside[0].length);
      const subject = k >= 0 ? this.sourceEndingAt(s, ms, k, quotes) : null;
      // "The recount results, released by the secretary of state's office, showed": figures or a document speak for
      // whoever released, published or compiled them.
      const issuer = ISSUED_ASIDE.test(aside[0]) && k >= 0 && EVIDENCE_NOUNS.has(s.words[k]!.lower) ? this.asideAgent(s, ms, cueStart, quotes) : null;
      if (issuer) return issuer;
      // (Opening the sentence, past its determiner and modifiers: "The 212-page report"; or past a phrase of where or
      // when set off by a comma: "In its written reasons, the three-member panel, chaired by …, said".)
      if (subject && SUBJECT_LEAD.test(this.ctx.text.slice(s.start, subject.start).replace(FRONTED_WHERE_OR_WHEN, ""))) return subject;
    }
    // "The 2023 review of the dam, obtained by the Herald under freedom-of-information laws, found", "An audit of the
    // library system, released in November, found": a document (not what it is of) before an aside on how it came out.
    const docAside = DOCUMENT_ASIDE_BEFORE.exec(lead);
    if (docAside) {
      const ws = s.words;
      let k = ws.findLastIndex((x) => x.end <= cueStart - docAside[0].length);
      const of = ws.slice(Math.max(0, k - 6), k).findLastIndex((x) => x.lower === "of");
      if (of >= 0) k = Math.max(0, k - 6) + of - 1;
      const subject = k >= 0 && isDocumentNoun(ws, k) ? this.sourceEndingAt(s, ms, k, quotes) : null;
      if (subject && SUBJECT_LEAD.test(this.ctx.text.slice(s.start, subject.start))) return subject;
      // ("A letter, seen by the Daily Flash, says": a document of no known issuer opening the sentence, itself.)
      // (Only past who holds or saw it: "released by his lawyer", "sent by a manager" name who issued it.)
      const held = HELD_ASIDE_OPENING.test(docAside[0]);
      const doc = held && !subject && k >= 0 && isDocumentNoun(ws, k) ? this.describedPhrase(s, k) : null;
      if (doc?.indefinite && doc.firstWord <= 1 && opensClauseAt(this.ctx.text, ws, doc.firstWord) && !this.inQuotes(quotes, doc.start)) {
        return this.describedSource(doc.firstWord === 0 ? { ...doc, name: lowerOpening(doc.name) } : doc);
      }
      // "The report by Estyn, the education and training inspectorate for Wales, published on Thursday, says": the
      // document's author, named after "by" (past a description of them set off by commas).
      const upTo = cueStart - docAside[0].length;
      const described = /,\s+(?:the|a|an)\s+[^,;:“”"]{1,80}$/.exec(this.ctx.text.slice(Math.max(s.start, upTo - 90), upTo));
      const authorEnd = described ? upTo - described[0].length : upTo;
      const author = mentionEndingAt(ms, authorEnd);
      const byDocument = author ? DOCUMENT_BY_BEFORE.exec(this.ctx.text.slice(Math.max(s.start, author.start - 40), author.start)) : null;
      if (author && byDocument && (SPEAKING_KINDS.has(this.ctx.ents.kindOf(author.entityKey)) || this.ctx.ents.kindOf(author.entityKey) === "other") && SUBJECT_LEAD.test(this.ctx.text.slice(s.start, author.start - byDocument[0].length)) && !this.inQuotes(quotes, author.start)) {
        return sourceOf(author);
      }
      // ("A review by the Department of Homeland Security's inspector general, obtained by GNC, found": a body's office.)
      const office = author ? null : this.officeOfBodyEndingAt(s, ms, authorEnd, quotes);
      const byOffice = office ? DOCUMENT_BY_BEFORE.exec(this.ctx.text.slice(Math.max(s.start, office.start - 40), office.start)) : null;
      if (office && byOffice && SUBJECT_LEAD.test(this.ctx.text.slice(s.start, office.start - byOffice[0].length))) return office;
    }
    // "The Auditor-General's 2034 report on the health sector found", "A report by the Dayton Audit Office on the
    // harbour found": a document opening the sentence, then what it is about, right before the verb.
    const about = DOCUMENT_ABOUT_BEFORE.exec(lead);
    if (about && !this.inQuotes(quotes, cueStart - about[0].length)) {
      const upTo = cueStart - about[0].length;
      const k = s.words.findLastIndex((x) => x.end <= upTo);
      const doc = k >= 0 && DOCUMENT_NOUNS.has(s.words[k]!.lower) ? this.sourceEndingAt(s, ms, k, quotes) : null;
      if (doc && SUBJECT_LEAD.test(this.ctx.text.slice(s.start, doc.start))) return doc;
      const author = doc ? undefined : mentionEndingAt(ms, upTo);
      const byDocument = author ? DOCUMENT_BY_BEFORE.exec(this.ctx.text.slice(Math.max(s.start, author.start - 40), author.start)) : null;
      const kind = author ? this.ctx.ents.kindOf(author.entityKey) : "other";
      if (author && byDocument && (SPEAKING_KINDS.has(kind) || kind === "other") && SUBJECT_LEAD.test(this.ctx.text.slice(s.start, author.start - byDocument[0].length))) return sourceOf(author);
    }
    // "An internal audit of the SWRHA's equipment, completed in March and obtained by the Express Gazette, found": an
    // internal document is the body's own whose workings it examines.
    const internal = INTERNAL_DOCUMENT_OF.exec(lead);
    if (internal && !this.inQuotes(quotes, s.start)) {
      const at = s.start + internal[0].length;
      const body = ms.find((x) => x.start === at && BODY_KINDS.has(this.ctx.ents.kindOf(x.entityKey)));
      const rest = body ? this.ctx.text.slice(body.end, cueStart) : "";
      // (Past what of the body it examined, "'s billing practices", and an aside that names no other author, as who obtained
      // it is none: not "…, carried out by the Independent Office for Police Conduct,", nor "…'s contract with the city".)
      const tail = /^(?:['’]s?\s+(?:[\p{L}-]+\s+)?[\p{L}-]+)?(?:,\s([^,;:“”"]{1,160}),)?\s*$/u.exec(rest);
      const otherAuthor = /\b(?:carried\s+out|conducted|prepared|led|written|commissioned|performed|ordered|undertaken|done)\s+by\b/.test(tail?.[1] ?? "");
      if (body && tail && !/\b(?:with|for|to|by)\b/.test(tail[0].split(",")[0]!) && !otherAuthor) return sourceOf(body);
    }
    // "An internal poll conducted for the campaign in June, and first reported by The Lansing Courier, showed",
    // "Emails obtained by the project …, and reviewed by The Daily Ripple, show": the document opening the sentence.
    const office = this.officeOfBodyEndingAt(s, ms, cueStart, quotes);
    if (office) return office;
    const openingLead = this.ctx.text.slice(s.start, cueStart);
    const opening = cueStart - s.start <= 300 ? (DOCUMENT_OPENING_BEFORE.exec(openingLead) ?? (this.ctx.text.startsWith("show", cueStart) ? DOCUMENT_OPENING_BEFORE_SHOW.exec(openingLead) : null)) : null;
    const ordinary = this.addressedDocumentBefore(s, ms, cueStart, quotes) ?? this.jointSubject(s, ms, this.sourceRightBefore(s, ms, cueStart, quotes, beforeAside), quotes);
    let found = ordinary;
    if (opening && !this.inQuotes(quotes, s.start)) {
      const docStart = s.start + opening[0].indexOf(opening[1]!);
      const docEnd = docStart + opening[1]!.length;
      const k = s.words.findIndex((x) => x.end === docEnd);
      // (Not over who issued them, named after "by" in the aside, "Figures published on Tuesday by the health department
      // show", "A survey taken in May by Pew shows"; but over who only holds, saw or reported them, "obtained by",
      // "first reported by The Lansing Courier".)
      const agentLead = ordinary && ordinary !== "coordinated" ? this.ctx.text.slice(Math.max(s.start, ordinary.start - 60), ordinary.start) : "";
      const issuedBy = ordinary !== null && ordinary !== "coordinated" && ordinary.start > docEnd && /\bby\s+(?:the\s+)?$/i.test(agentLead) && !HELD_BY_BEFORE.test(agentLead);
      if (!issuedBy) {
        // (The document as the words name it, "figures released under the Freedom of Information Act show", unless a
        // source stands before the aside.)
        const doc = k >= 0 ? this.sourceEndingAt(s, ms, k, quotes) : null;
        if (doc) return doc;
        if (ordinary === null || (ordinary !== "coordinated" && ordinary.start > docEnd)) found = this.unnamedSource(lowerOpening(opening[1]!), opening[1]!, docStart, docEnd);
      }
    }
    // "A lawyer for Koenig, Sebastian Ortiz of Ortiz Varga LLP, said": the person a role introduces, with where they work.
    if (found && found !== "coordinated") {
      const named = ms.find((m) => m.start === found.end + 2 && this.ctx.ents.kindOf(m.entityKey) === "person");
      if (named && this.ctx.text.startsWith(", ", found.end) && NAME_OF_BODY_THEN_COMMA.test(this.ctx.text.slice(named.end, cueStart))) return sourceOf(named);
    }
    // "A report commissioned by the Scottish government warned": the document, not who paid for it (unlike who
    // issued or wrote it, "published by the council").
    if (found && found !== "coordinated") {
      const commissioned = COMMISSIONED_BY_BEFORE.exec(this.ctx.text.slice(Math.max(s.start, found.start - 60), found.start));
      const k = commissioned ? s.words.findIndex((x) => x.end === found.start - commissioned[0].length + commissioned[1]!.length) : -1;
      const doc = k >= 0 ? this.sourceEndingAt(s, ms, k, quotes) ?? this.describedPhrase(s, k) : null;
      // (Only a document opening its clause: not "Critics of a report commissioned by the mayor said".)
      let opensAt = doc ? s.words.findIndex((x) => x.start >= doc.start) : -1;
      // (Past whose it is and its determiner: "A consultants’ report".)
      while (opensAt > 0 && (s.words[opensAt - 1]!.poss || /^['’]/.test(this.ctx.text.slice(s.words[opensAt - 1]!.end, s.words[opensAt - 1]!.end + 1)) || isDeterminer(s.words[opensAt - 1]!.lower))) opensAt--;
      if (doc && opensAt >= 0 && opensClauseAt(this.ctx.text, s.words, opensAt)) {
        if ("src" in doc) return doc;
        return this.describedSource(doc.firstWord === 0 ? { ...doc, name: lowerOpening(doc.name) } : doc);
      }
    }
    // "Judge Evelyn Marsh of the U.S. District Court for the District of Massachusetts wrote": the person, not the court's
    // district.
    if (found && found !== "coordinated" && this.ctx.ents.kindOf(found.src.entityKey) !== "person") {
      const person = ms.findLast((m) => m.end < found.start && this.ctx.ents.kindOf(m.entityKey) === "person" && PERSON_OF_A_COURT_OR_BODY.test(this.ctx.text.slice(m.end, found.start)));
      if (person && !this.inQuotes(quotes, person.start)) return sourceOf(person);
    }
    // "Raimundo Araújo, president of the local fishers’ association, Colônia Z-14, said": the person opening the
    // sentence, not the body named after their description.
    // (Whatever kind the name after the description has: "a friend of the mayor, Ann Holt," is the mayor.)
    if (found && found !== "coordinated" && /^,\s*$/.test(this.ctx.text.slice(found.end, cueStart))) {
      const person = ms.find((m) => m.end < found.start && m.entityKey !== found.src.entityKey && this.ctx.ents.kindOf(m.entityKey) === "person" && PERSON_DESCRIBED_THEN_BODY.test(this.ctx.text.slice(m.end, found.start)));
      if (person && leadOpensClause(this.ctx.text.slice(s.start, person.start).replace(/[“”"‘’']/g, "").trim()) && !this.inQuotes(quotes, person.start)) return sourceOf(person);
    }
    // "A draft of the assessment reviewed by The Sentinel concluded": the document the outlet has seen, not the outlet.
    if (found && found !== "coordinated") {
      const held = HELD_BY_BEFORE.exec(this.ctx.text.slice(Math.max(s.start, found.start - 60), found.start));
      const k = held ? s.words.findIndex((x) => x.end === found.start - held[0].length + held[1]!.length) : -1;
      const doc = k >= 0 && DOCUMENT_NOUNS.has(s.words[k]!.lower) ? this.sourceEndingAt(s, ms, k, quotes) : null;
      if (doc) return doc;
      // (A part of it opening the sentence, "A draft of the assessment": that phrase, unnamed.)
      const part = k >= 0 && DOCUMENT_NOUNS.has(s.words[k]!.lower) ? PART_OF_DOCUMENT_LEAD.exec(this.ctx.text.slice(s.start, s.words[k]!.start)) : null;
      if (part) {
        const start = s.start + part[0].length - part[1]!.length;
        const phrase = this.ctx.text.slice(start, s.words[k]!.end);
        return this.unnamedSource(lowerOpening(phrase), phrase, start, s.words[k]!.end);
      }
    }
    const isDocument = found && found !== "coordinated" && DOCUMENT_NOUNS.has(headNoun(found.src.text));
    // "Tom Holt's father, a retired teacher, said": who the description set off by commas describes, when that opens
    // the sentence.
    // (Set off on both sides: not "Hours earlier, a senior official said".)
    if (found && found !== "coordinated" && /^an?\s/i.test(found.src.text) && this.ctx.text.slice(found.start - 2, found.start) === ", " && /^,/.test(this.ctx.text.slice(found.end, cueStart))) {
      const holder = this.sourceRightBefore(s, ms, found.start - 2, quotes);
      if (holder && holder !== "coordinated" && /^[“"]?(?:(?:But|And)\s+)?$/.test(this.ctx.text.slice(s.start, holder.start))) return holder;
    }
    // "the state's Board of Clemency Review, whose report found": the report of the body or person before "whose".
    if (found === null || (found !== "coordinated" && this.ctx.ents.nameOf(found.src.entityKey) === "unnamed reports")) {
      const whose = WHOSE_DOCUMENT_BEFORE.exec(this.ctx.text.slice(Math.max(s.start, cueStart - 60), cueStart));
      const comma = whose ? cueStart - whose[0].length : -1;
      const owner = whose ? mentionEndingAt(ms, comma) : null;
      if (owner && SPEAKING_KINDS.has(this.ctx.ents.kindOf(owner.entityKey)) && !this.inQuotes(quotes, owner.start)) {
        const start = comma + 2;
        const end = comma + whose![0].trimEnd().length;
        return { src: { entityKey: owner.entityKey, text: this.ctx.text.slice(start, end), role: null }, start, end };
      }
    }
    // "A poll by the Harlow Institute published on Sunday found", "A report by the Provenance Commission, a panel of
    // historians led by Ann Kerr, found": the document's author, past how the document came out or who the author is.
    // (Not whoever obtained it: "A review by the inspector general, obtained by GNC, found".)
    const obtainer = found !== null && found !== "coordinated" && /,\s+\p{Ll}+\s+by\s+(?:the\s+)?$/u.test(this.ctx.text.slice(Math.max(s.start, found.start - 30), found.start));
    if (found === null || obtainer) {
      const author = this.documentAuthorOpening(s, ms, cueStart, quotes);
      if (author) return sourceOf(author);
    }
    // "Pulsetrack, the fitness company, has admitted", "Kelvra, the fryer maker, said": the name that a description set
    // off by commas follows, when the description is no one named (a name of no known kind too: the description says
    // what it is).
    if (found === null || (found !== "coordinated" && /^the\s/i.test(found.src.text) && !mentionEndingAt(ms, found.end))) {
      const comma = COMMA_BEFORE_VERB.exec(this.ctx.text.slice(Math.max(s.start, cueStart - 40), cueStart));
      const named = comma ? this.nameBeforeDescription(s, ms, cueStart - comma[0].length, quotes, true) : null;
      if (named) return sourceOf(named);
    }
    // "One of the employees who spoke to The Stack Report said": not whom a relative clause's verb spoke to, but the
    // people before "who".
    if (found && found !== "coordinated") {
      const toldLead = this.ctx.text.slice(Math.max(s.start, found.start - 60), found.start);
      const told = toldLead.includes(" who ") || toldLead.includes(" that ") ? RELATIVE_OBJECT_BEFORE.exec(toldLead) : null;
      const whoAt = told ? found.start - told[0].length : -1;
      const speaker = told && whoAt > s.start ? this.sourceRightBefore(s, ms, whoAt, quotes) : null;
      if (speaker && speaker !== "coordinated" && this.someoneSpeaks(speaker)) return speaker;
    }
    // "Grand Chief Eli Whitehorse of the Northern Treaty Chiefs Council, which represents …, said": the person of the
    // body found before an aside on the body, not the body.
    if (found && found !== "coordinated" && !isDocument && PERSONS_BODY_KINDS.has(this.ctx.ents.kindOf(found.src.entityKey))) {
      const of = /\s(?:of|at)\s(?:the\s)?$/.exec(this.ctx.text.slice(Math.max(s.start, found.start - 9), found.start));
      const person = of ? mentionEndingAt(ms, found.start - of[0].length) : undefined;
      // (Not someone whose kin or office it is: "The family of Ann Holt at the Harbour Trust, which …, said".)
      const owned = person ? /\b\p{Ll}+\s+(?:of|for)\s+$/u.test(this.ctx.text.slice(Math.max(s.start, person.start - 30), person.start)) : false;
      if (person && !owned && this.ctx.ents.kindOf(person.entityKey) === "person" && !this.inQuotes(quotes, person.start)) return sourceOf(person);
    }
    if (found && !isDocument) return found;
    // "The companies issued statements on Thursday night saying …": a statement someone issued speaks for its
    // issuer, the subject of the verb of issuing.
    const window = this.ctx.text.slice(Math.max(s.start, cueStart - 90), cueStart);
    const issuing = window.includes("ed ") || ISSUING_PARTICIPLE.test(window) || window.includes(" put out ") ? ISSUED_OBJECT_BEFORE.exec(window) : null;
    // "A Herald poll released Wednesday shows": the document before a participle and its time.
    // "The latest Herald poll of likely voters showed": the study before whom it asked.
    const between = issuing ? null : (DATED_PARTICIPLE_BEFORE.exec(window)?.[0] ?? STUDIED_BEFORE.exec(window)?.[1]);
    if (between && cueStart - between.length > s.start) {
      const doc = this.sourceRightBefore(s, ms, cueStart - between.length, quotes);
      if (doc && doc !== "coordinated" && EVIDENCE_NOUNS.has(headNoun(doc.src.text))) return doc;
    }
    const verbStart = issuing ? cueStart - issuing[0].length : -1;
    // "The alliance has railed against the deal, recently releasing a report claiming": the subject of the clause the
    // participle of issuing follows.
    const gerund = !!issuing && issuing[1]!.includes("ing") && /,\s+(?:\p{Ll}+ly\s+)?$/u.test(this.ctx.text.slice(Math.max(s.start, verbStart - 16), verbStart));
    const subject = !issuing || verbStart <= s.start || this.inQuotes(quotes, verbStart) ? null : gerund ? this.clauseSubject(s, ms, verbStart, quotes, true) : this.sourceRightBefore(s, ms, verbStart, quotes);
    const issuer = subject ? this.jointSubject(s, ms, subject, quotes) : null;
    // "Udall and Wyden released a statement saying": a coordinated subject is left to the clause's first name.
    const byIssuer = issuer && issuer !== "coordinated" && !/\band\s+(?:\p{Lu}\p{L}*\.\s+)?$/u.test(this.ctx.text.slice(Math.max(s.start, issuer.start - 12), issuer.start));
    return byIssuer ? issuer : found;
  }

  /**
   * "Mr. Udall and Mr. Wyden released a statement", "the IRS and Treasury Department announced": two people or two
   * bodies named together as the subject speak together, as one group, not the last of them alone.
   */
  /** People for two named people, from `start` to `end`, as one unnamed source: "lawyers for Tom Holt and Ann Kerr". */
  private peopleOfBoth(start: number, end: number): { src: ClaimSource; start: number; end: number } {
    const phrase = this.ctx.text.slice(start, end);
    return this.unnamedSource(lowerOpening(phrase), phrase, start, end);
  }

  private jointSubject<T extends { src: ClaimSource; start: number; end: number } | "coordinated" | null>(s: Sentence, ms: Mention[], found: T, quotes: Span[]): T {
    if (!found || found === "coordinated") return found;
    const { text, ents } = this.ctx;
    const second = ms.find((m) => m.entityKey === found.src.entityKey && m.start >= found.start && m.end <= found.end);
    if (!second) return found;
    // (The 16-character slice bounds the regex's work.)
    // ("… Lorraine Vitale and state Senate Minority Leader Paul Dreyer called": past the second's title too.)
    const plainJoin = JOINED_BEFORE.exec(text.slice(Math.max(s.start, second.start - 16), second.start));
    const lead60 = text.slice(Math.max(s.start, second.start - 60), second.start);
    const titledJoin = plainJoin ? null : TITLED_JOINED_BEFORE.exec(lead60);
    // (Or past the second's trade in lower case: "Coach Ann Holt and captain Tom Reed said".)
    const roleJoin = plainJoin || titledJoin ? null : roleWordedBefore(lead60, /\s+and\s+$/);
    // (Or past the second's role set off by commas: "The club's chair, Huw Ellison, and its head coach, Bethan Mostyn, said".)
    const roleAsideJoin = plainJoin || titledJoin || roleJoin ? null : ROLE_ASIDE_JOINED_BEFORE.exec(lead60);
    // (Or past a description of the second by whose post it is, and a party or title: "Haskett and Oregon's other
    // senator, Democrat Felix Arendt, blamed".)
    const ownedJoin = plainJoin || titledJoin || roleJoin || roleAsideJoin ? null : OWNED_ROLE_JOINED_BEFORE.exec(lead60);
    if (ownedJoin && !/^,\s(?!who\b|which\b)/.test(text.slice(second.end, second.end + 10))) return found;
    const joinLength = plainJoin?.[0].length ?? titledJoin?.[0].length ?? (roleJoin ? lead60.length - roleJoin.joint : (roleAsideJoin ?? ownedJoin)?.[0].length ?? 0);
    if (!joinLength) return found;
    const andAt = second.start - joinLength;
    // ("Sens. Marcus Threlkeld (D-Conn.) and Joanna Pike (D-Md.) said": past the first's party tag in brackets, or where
    // the first is from: "Senators Carla Bright of Oregon and Neil Osgood of Rhode Island".)
    // (Or the first's age: "Ann Holt, 42, and Tom Reed said".)
    const tag = /(?:\s\([DRI](?:-\p{Lu}[\p{L}.]*)?\)|\s+of\s+(?:\p{Lu}[\p{L}.]*\s?){1,3}|,\s\d{1,3},)$/u.exec(text.slice(Math.max(s.start, andAt - 30), andAt));
    const firstEnd = tag ? andAt - tag[0].length : andAt;
    // (Unless the name runs on through the place, before a second with its own article: "The Citrus Growers'
    // Association of Southern Africa and the …".)
    const endingAt = (end: number) => ms.findLast((m) => m.end <= end && m.end >= end - 1);
    const through = tag && /^,?\s+and\s+the\s/.test(text.slice(andAt, second.start)) ? endingAt(andAt) : undefined;
    let first = through && through.start < firstEnd ? through : endingAt(firstEnd);
    // "Newt Gingrich, a former speaker of the House, and Sarah Palin": the person before the first's aside.
    const aside = text[andAt - 1] === "," ? (ents.appositiveEnds.get(andAt - 1) ?? null) : null;
    if (aside) first = this.appositiveHolder(s, ms, aside);
    if (!first || first.entityKey === second.entityKey || this.inQuotes(quotes, first.start)) return found;
    // (Both named after their roles so, as the clause's subject: not "Ann Holt met Tom Reed, and her lawyer, Ian Bell,
    // said", "She was joined by her husband, Tom Reed, and her sister, Ann Bell, who said", "Ann Holt, flanked by her
    // deputy, Tom Reed, and …".)
    if (roleAsideJoin) {
      const roleStart = Math.max(s.start, lastIndexIn(text, ", ", first.start - 3, s.start) + 2);
      const firstRole = text.slice(roleStart, first.start - 2);
      // (And the second set off before the verb, not before a relative clause of its own.)
      const afterSecond = text.slice(second.end, second.end + 10);
      if (text.slice(first.start - 2, first.start) !== ", " || NOT_A_SUBJECT_ROLE.test(firstRole) || !/^,\s(?!who\b|which\b)/.test(afterSecond)) return found;
    }
    // (Before a title, no portfolio: "Electricity and Energy Minister Thandiwe Mokoena said" is one minister of a
    // portfolio of two; but "Lusavia and Transport Secretary Owen Marsh said" are two.)
    // (Nor a portfolio's word that is also a body's short name: "Water and Sanitation Minister Andile Dube" after "Vaal
    // Bulk Water".)
    if (!plainJoin && PORTFOLIOS.has(first.text.toLowerCase()) && (ents.kindOf(first.entityKey) === "other" || first.text !== ents.nameOf(first.entityKey))) return found;
    // "Lawyers for Tom Holt and Ann Kerr said": people for the first, read as one name at the sentence start.
    const peopleFirst = /^(\p{L}+s)\s+(?:for|of)\s/u.exec(first.text);
    if (peopleFirst && first.start === s.start && namesPeople(peopleFirst[1]!.toLowerCase())) return this.peopleOfBoth(first.start, found.end) as T;
    // (A name of no known sort, "Google and Microsoft said", takes the sort of the names it is listed with.)
    const firstKind = ents.kindOf(first.entityKey);
    const kind = ents.kindOf(second.entityKey) === "other" && firstKind !== "other" ? firstKind : ents.kindOf(second.entityKey);
    // "Mitt Romney and other Republicans": a person or body with part of a group is one group.
    const part = plainJoin?.[1] !== undefined && ents.isPlural(second.entityKey) && (BODY_KINDS.has(kind) || kind === "unnamed");
    const bodies = BODY_KINDS.has(kind) && (BODY_KINDS.has(firstKind) || firstKind === "other" || (part && firstKind === "person"));
    const unknown = kind === "other" && firstKind === "other";
    if (!((kind === "person" && (firstKind === "person" || firstKind === "other")) || unknown) && !bodies) return found;
    // A longer list: "John Lewis, Andre Carson and Emanuel Cleaver".
    const members = [first, second];
    for (;;) {
      // (Past a member's trade in lower case: "Olympic finalist Shanique Dawkins, hurdler Kemar Lindo and …".)
      const comma = LISTED_BEFORE.exec(text.slice(Math.max(s.start, first.start - 12), first.start));
      const listLead: string = comma ? "" : text.slice(Math.max(s.start, first.start - 60), first.start);
      const listRole = comma ? null : roleWordedBefore(listLead, /,\s+$/);
      const gap: number = comma ? comma[0].length : listRole ? listLead.length - listRole.joint : 0;
      const before: Mention | undefined = gap ? ms.findLast((m) => m.end === first!.start - gap) : undefined;
      const beforeKind = before ? ents.kindOf(before.entityKey) : null;
      // (A name of no known sort that ends another list or a preposition's object is not listed: "After visits to
      // Dayton and Toledo, Holt and Kerr said".)
      const unlisted = beforeKind === "other" && /\s(?:and|or|to|in|of|from|at|on|with|by|for|near|across)\s+$/.test(text.slice(Math.max(s.start, before!.start - 10), before!.start));
      if (!before || unlisted || members.some((m) => m.entityKey === before.entityKey) || (beforeKind !== "other" && (bodies ? !BODY_KINDS.has(beforeKind!) : beforeKind !== kind))) break;
      members.unshift(before);
      first = before;
    }
    // Only a subject: not "a letter from Holt and Reyes", "talks between Holt and Reyes".
    // A lead cut short of the sentence start must not pass for it ("^").
    const lead = (first.start - 40 > s.start ? "\u0000" : "") + text.slice(Math.max(s.start, first.start - 40), first.start);
    const role = JOINT_SUBJECT_LEAD.test(lead) ? null : groupRoleBefore(lead);
    // "Lawyers for Tom Holt and Ann Kerr said", "Prosecutors and lawyers for both …": the people of the two.
    const peopleOf = role === null ? PEOPLE_FOR_BEFORE.exec(lead) : null;
    if (peopleOf && namesPeople(peopleOf[2]!.toLowerCase())) return this.peopleOfBoth(first.start - lead.length + peopleOf.index + peopleOf[0].indexOf(peopleOf[1]!), found.end) as T;
    // ("Indiana Democratic Party Chairwoman Lorraine Vitale and …": the first's own title opening the clause.)
    const titled = role === null ? TITLED_SUBJECT_LEAD.exec(lead) : null;
    // (Or the first's trade, "Sprinter Ann Holt and hurdler Tom Reed", "Olympic finalist Shanique Dawkins, …".)
    const trade = role === null ? roleWordedBefore(lead, SUBJECT_STARTS_BEFORE) : null;
    const ownTitle = titled && ROLE_HEADS.has(titled[1]!.trim().split(/\s+/).at(-1)!.toLowerCase().replace(/\.$/, "")) ? titled[1]! : trade ? lead.slice(trade.role) : null;
    // (But the writers a writing is set off as from: "The letter, from Sens. Lena Ortiz and Kenji Halvorsen, said".)
    const writers = role === null && !ownTitle ? WRITING_FROM_LEAD.exec(lead) : null;
    if (role === null && !ownTitle && !writers && !JOINT_SUBJECT_LEAD.test(lead) && first.start - s.start > 4) return found;
    const start = first.start - (role ?? ownTitle ?? writers?.[1] ?? TITLE_BEFORE.exec(lead)?.[0] ?? "").length;
    const worded = text.slice(start, found.end);
    const names = members.map((m) => ents.nameOf(m.entityKey));
    const name = part ? worded.replace(/^[Tt]he\s+/, "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
    const key = ents.ensure(name, bodies || unknown ? kind : "person", worded, true);
    // Named together, they speak as the first named, as a joint statement is filed under its first signer (the others
    // stay in the wording); but not a person with part of a group ("Mitt Romney and other Republicans"), nor two groups
    // ("Republicans and Democrats"), nor one body's name read as two after a word of no known sort ("Fisheries and
    // Oceans Canada", "the Health and Safety Executive").
    const oneName = ents.kindOf(members[0]!.entityKey) === "other" && !/\s/.test(members[0]!.text);
    // (Nor two who act on each other: "Ann Holt and Tom Reyes accused each other of lying".)
    const eachOther = /^\s+(?:\p{Ll}+\s+){1,2}(?:each\s+other|one\s+another)\b/u.test(text.slice(found.end, found.end + 40));
    if (!part && !oneName && !eachOther && !members.every((m) => ents.isPlural(m.entityKey))) ents.setFirstNamed(key, members[0]!.entityKey);
    return { src: { entityKey: key, text: worded, role: null }, start, end: found.end } as T;
  }

  /**
   * "A handwriting expert called by the prosecution testified", "a lawyer hired by the Holt family said": the person a
   * participle of bringing them in describes speaks, not whoever called or hired them (`k`: the word before the verb).
   */
  private personEngagedBy(s: Sentence, ms: Mention[], k: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const ws = s.words;
    const { text } = this.ctx;
    for (let j = k - 1; j >= Math.max(2, k - 6); j--) {
      const pw = ws[j]!;
      if (pw.lower !== "by" || !ENGAGED_BY.has(ws[j - 1]!.lower) || text.slice(ws[j - 2]!.end, ws[j - 1]!.start) !== " " || this.inQuotes(quotes, pw.start)) continue;
      const who = ws[j - 2]!;
      if (!isPersonNoun(who.lower) && !namesPeople(who.lower)) return null;
      const named = this.sourceEndingAt(s, ms, j - 2, quotes);
      if (named) return named;
      const people = this.describedPhrase(s, j - 2);
      return people && opensClauseAt(text, ws, people.firstWord) ? this.describedSource(people.firstWord === 0 ? { ...people, name: lowerOpening(people.name) } : people) : null;
    }
    return null;
  }

  private sourceRightBefore(s: Sentence, ms: Mention[], cueStart: number, quotes: Span[], beforeAside = false): { src: ClaimSource; start: number; end: number } | "coordinated" | null {
    const ws = s.words;
    const { text } = this.ctx;
    const issued = this.issuedDocumentBefore(s, ms, cueStart, quotes);
    if (issued) return issued;
    // "the contractor, Northeast Charge Solutions of Hartford, denied": a company, then where it is based.
    const based = COMPANY_OF_PLACE_BEFORE.exec(text.slice(Math.max(s.start, cueStart - 60), cueStart));
    const company = based ? mentionEndingAt(ms, cueStart - based[0].length) : null;
    // (The place may be one the engine cut from the firm's name, and so no mention of its own.)
    if (company && this.ctx.ents.kindOf(company.entityKey) === "organization" && company.end <= cueStart - based![0].length + 1 && !this.inQuotes(quotes, company.start)) return sourceOf(company);
    // "Supporters of the mosque, including Mayor Michael Bloomberg, say": the group speaks, not the member named.
    const including = INCLUDING_ASIDE.exec(text.slice(Math.max(s.start, cueStart - 120), cueStart));
    if (including) {
      const group = this.sourceRightBefore(s, ms, cueStart - including[0].length, quotes, true);
      if (group && group !== "coordinated" && !NOT_GROUP_KINDS.has(this.ctx.ents.kindOf(group.src.entityKey))) return group;
    }
    // "A man whose son, Tom Reyes, died in the crash said", "A woman whose father was admitted last week, who did not want
    // her name in print, said": one person described, then a "whose" clause with a verb of its own, up to the verb,
    // whatever it names (not "A woman whose husband said", where the husband speaks).
    // (Not past the person's name set off right before the verb: "A woman whose car was hit, Ann Holt, said".)
    const whoseLead = beforeAside ? null : PERSON_WHOSE.exec(text.slice(s.start, cueStart).trimEnd());
    const namedThen = whoseLead !== null && ms.some((m) => this.ctx.ents.kindOf(m.entityKey) === "person" && /^,\s*$/.test(text.slice(m.end, cueStart)));
    if (whoseLead && !namedThen && WHOSE_CLAUSE_VERB.test(whoseLead[0].slice(whoseLead[1]!.length))) {
      const head = ws.findIndex((x) => x.start === s.start + whoseLead[1]!.length - whoseLead[2]!.length);
      const described = head >= 0 && personDescribedBy(ws[head]!.lower) ? this.describedPhrase(s, head) : null;
      if (described?.indefinite && !this.inQuotes(quotes, described.start)) return this.describedSource({ ...described, name: lowerOpening(described.name) });
    }
    // "A European diplomat involved in the talks, speaking on condition of anonymity because …, said": the speaker
    // before an aside on why they are not named.
    const unnamedWhy = ANONYMITY_ASIDE.exec(text.slice(Math.max(s.start, cueStart - 160), cueStart));
    if (unnamedWhy) {
      const before = cueStart - unnamedWhy[0].length;
      const speaker = this.sourceRightBefore(s, ms, before, quotes, true);
      const from = PERSON_FROM_SOMEWHERE.exec(text.slice(s.start, before));
      // (Never a place, which asks no one to keep its name back, nor any name in the phrase of where a person described
      // is from: "A nurse at a hospital in Moreno, on the edge of Greater Rosedale, who asked not to be named, said" is the
      // nurse's; but a spokesman at a body speaks for it.)
      // (A name with no article after the preposition only when it is a place's: "A representative of Phu Loi Garment, who
      // declined to be named, said" speaks for the company.)
      const articled = from !== null && /^\s+\p{Ll}+\s+(?:a|an|another|the)\s/u.test(from[0].slice(from[1]!.length));
      const whereFrom = from !== null && speaker !== null && speaker !== "coordinated" && speaker.start >= s.start + from[1]!.length && !SPOKESPERSON_WORDS.has(from[2]!.toLowerCase()) &&
        (articled || this.ctx.ents.kindOf(speaker.src.entityKey) === "place");
      // ("One member of the JAAA board, who asked not to be named, said": a member who keeps their name back speaks for
      // themselves, not for the board.)
      const memberOf = from !== null && /^members?$/i.test(from[2]!) && speaker !== null && speaker !== "coordinated" && BODY_KINDS.has(this.ctx.ents.kindOf(speaker.src.entityKey));
      if (speaker && !whereFrom && !memberOf && (speaker === "coordinated" || this.ctx.ents.kindOf(speaker.src.entityKey) !== "place")) return speaker;
      // ("One guest, who asked not to be named, said": whoever is described, as only a person asks that; "A sports
      // director from a rival team, who …": the person, not where they are from.)
      const head = from ? ws.findIndex((x) => x.start === s.start + from[1]!.length - from[2]!.length) : -1;
      const k = head >= 0 && DESCRIPTION_KINDS[ws[head]!.lower]?.includes("person") ? head : lastWordBefore(ws, before + 1);
      const described = k >= 0 ? this.describedPhrase(s, k) : null;
      if (described?.indefinite && opensClauseAt(text, ws, described.firstWord) && !this.inQuotes(quotes, described.start)) {
        // (A member with the body they sit on: "one member of the JAAA board".)
        const end = memberOf ? s.start + from![0].length : described.end;
        const phrase = text.slice(described.start, end);
        return this.describedSource({ ...described, end, phrase, name: lowerOpening(memberOf ? phrase : described.name) });
      }
    }
    // "One of them, a scheduler at a clinic in Phoenix, said": one of a group, then who they are, set off by commas.
    const oneOf = beforeAside ? null : ONE_OF_THEM_DESCRIBED.exec(text.slice(s.start, cueStart));
    if (oneOf) {
      const at = s.start + oneOf.index + oneOf[0].indexOf(oneOf[1]!);
      const first = ws.findIndex((x) => x.start >= at);
      const head = ws.findIndex((x, i) => i > first && i <= first + 3 && (personDescribedBy(x.lower) || isUnlistedPersonNoun(x.lower)));
      const described = head > 0 && !this.inQuotes(quotes, at) ? this.describedPhrase(s, head) : null;
      if (described) return this.describedSource(described);
    }
    // "the department at the time called it …", "Holt in turn said": a phrase of when or how between the subject and verb.
    const when = WHEN_PHRASE_BEFORE.exec(text.slice(Math.max(s.start, cueStart - 20), cueStart));
    if (when) {
      // ("A council report tabled at the meeting found": the document, past how it came out.)
      let at = cueStart - when[0].length + 1;
      const p = ws.findLastIndex((x) => x.end < at);
      if (p > 0 && DOCUMENT_PARTICIPLES.has(ws[p]!.lower) && DOCUMENT_NOUNS.has(ws[p - 1]!.lower)) at = ws[p]!.start;
      const subject = this.sourceRightBefore(s, ms, at, quotes, beforeAside);
      if (subject) return subject;
    }
    // "officials there said", "residents here say": people, then where they are.
    const there = cueStart - s.start > 8 && / (?:there|here) $/.test(text.slice(cueStart - 7, cueStart)) ? PEOPLE_THERE_BEFORE.exec(text.slice(Math.max(s.start, cueStart - 40), cueStart)) : null;
    if (there && (namesPeople(there[1]!.toLowerCase()) || UNNAMED_SOURCES[there[1]!.toLowerCase()] !== undefined)) {
      const subject = this.sourceRightBefore(s, ms, cueStart - there[0].length + there[1]!.length + 1, quotes, beforeAside);
      if (subject && subject !== "coordinated") return subject;
    }
    // "Evacuees staying in Winnipeg hotels told", "Residents living near the plant say": people, then a participle's
    // phrase on where they are or what they do, before the verb.
    // (Not a preposition's object: "A survey of residents living near the plant found".)
    const lead90 = text.slice(Math.max(s.start, cueStart - 90), cueStart);
    const doing = /ing\s|camped\s|gathered\s/.test(lead90) ? PEOPLE_DOING_BEFORE.exec(lead90) : null;
    const governedPeople = doing ? /\b(?:of|with|among|for|from|to|by|about|on|in|at)\s+(?:\p{Ll}+\s+){0,2}$/u.test(lead90.slice(0, doing.index)) : false;
    if (doing && !governedPeople && (namesPeople(doing[1]!.toLowerCase()) || UNNAMED_SOURCES[doing[1]!.toLowerCase()]?.kind === "unnamed")) {
      const subject = this.sourceRightBefore(s, ms, cueStart - doing[0].length + doing[1]!.length, quotes, beforeAside);
      if (subject && subject !== "coordinated") return subject;
    }
    // "The Herald on July 20, 2006, said": a date set off by commas, after the subject.
    const dated = DATED_ASIDE_BEFORE.exec(text.slice(Math.max(s.start, cueStart - 32), cueStart));
    // (Not the object of a preposition: "Tom Reyes, in a letter to Ann Holt on Jan. 4, 2012, said", "a letter mailed to
    // Senator Ellis on …": then the sentence is read as without the date.)
    const beforeDate = dated ? this.sourceRightBefore(s, ms, cueStart - dated[0].length, quotes, beforeAside) : null;
    if (beforeDate && (beforeDate === "coordinated" || !DATE_OBJECT_BEFORE.test(text.slice(Math.max(s.start, beforeDate.start - 30), beforeDate.start)))) return beforeDate;
    // "Chief Marlene Oshie of Kesagami Lake First Nation, about 600 kilometres north of Winnipeg, told": where a place
    // lies, set off by commas, after the subject.
    const distance = /kilomet|km\s|miles?\s|mi\s/.test(lead90) ? DISTANCE_ASIDE_BEFORE.exec(lead90) : null;
    const beforeDistance = distance ? this.sourceRightBefore(s, ms, cueStart - distance[0].length, quotes, beforeAside) : null;
    if (beforeDistance) return beforeDistance;
    let k = lastWordBefore(ws, cueStart);
    let skipped = 0;
    let dashHopped = false;
    while (k >= 0 && skipped < 5) {
      const w = ws[k]!;
      const gap = text.slice(w.end, k + 1 < ws.length ? Math.min(ws[k + 1]!.start, cueStart) : cueStart);
      if (/[,;:“”"]/.test(gap)) break;
      // "state officials – including the governor – have confirmed": the aside between two dashes is skipped.
      if (DASH.test(gap)) {
        // One hop only: the gap after the word before the opening dash holds that dash again.
        const open = dashHopped ? -1 : lastDashBefore(text, w.end, s.start);
        if (open < 0) break;
        k = lastWordBefore(ws, open);
        dashHopped = true;
        skipped++;
        continue;
      }
      // "Reed paused, then added": a verb coordinated by "then" after a comma, like "and" or "but".
      if (w.lower === "then" && k > 0 && /^,\s$/.test(text.slice(ws[k - 1]!.end, w.start))) {
        const subject = this.clauseSubject(s, ms, cueStart, quotes, false);
        if (subject) return subject;
      }
      if (!w.cap && (VERB_CHAIN_WORDS.has(w.lower) || isLyAdverb(w.lower))) {
        k--;
        skipped++;
        continue;
      }
      // (Not the end of a name: "BioWire Today reported".)
      // (Not "Both" opening the sentence: "Both have denied wrongdoing.")
      if (w.cap && VERB_CHAIN_WORDS.has(w.lower) && !ms.some((m) => m.end === w.end && m.start < w.start) && !(k === 0 && w.lower === "both")) {
        // "on Tuesday"
        k--;
        skipped++;
        continue;
      }
      if (/^\d+$/.test(w.text)) {
        k--;
        skipped++;
        continue;
      }
      // "Sen. Ann Ruiz (R-Ohio) said", "Rep. Tom Hale (D-Va.) had argued": a short bracketed tag before the verb.
      const close = text.slice(w.end, k + 1 < ws.length ? Math.min(ws[k + 1]!.start, cueStart) : cueStart);
      if (/^\.?\)\s*$/.test(close)) {
        const open = lastIndexIn(text, "(", w.start, Math.max(s.start, w.start - 30));
        if (open >= 0 && !/[“”"()]/.test(text.slice(open + 1, w.start))) {
          k = lastWordBefore(ws, open);
          skipped++;
          continue;
        }
      }
      break;
    }
    if (k < 0) return null;
    // "The bill's sponsor, state Sen. Bradford Kessel (R-Lima), said": a party tag in brackets closing the aside is the
    // name's; the name before it closes the aside (read past the bracket's end).
    let tagClose = -1;
    const tag = ws[k]!;
    // (Not the name of whom someone in the aside works for: "Brendan Buck, spokesman for House Speaker John Boehner (R-Ohio), said".)
    const tagged = k > 0 && text.charCodeAt(tag.start - 1) === 40 && PARTY_LETTER_TAG.test(tag.text) && /^\.?\),\s*$/.test(text.slice(tag.end, k + 1 < ws.length ? Math.min(ws[k + 1]!.start, cueStart) : cueStart));
    // (Only a name heading its aside, with at most a title between the aside's comma and it: not "Ann Holt, appointed by
    // Gov. Tom Reed (R), said", "…, a Democrat who defeated Rep. Tom Reed (R-Ohio), said".)
    const tagName = tagged ? mentionEndingAt(ms, ws[k - 1]!.end) : undefined;
    const asideOpen = tagName ? lastIndexIn(text, ", ", tagName.start, s.start) : -1;
    if (tagName && asideOpen >= s.start && ASIDE_TITLE_ONLY.test(text.slice(asideOpen + 2, tagName.start))) {
      tagClose = text.indexOf(")", tag.end);
      k--;
    }
    const w = ws[k]!;
    // "Some also said", "Many say": right before the verb, a determiner-like word is the subject itself.
    if (k === 0 && w.cap && DETERMINER_LIKE.has(w.lower) && UNNAMED_SOURCES[w.lower]) {
      // "…, and many customers shared their reasons. Many said …": the group the sentence before said it of.
      const previous = text.slice(Math.max(0, s.start - 300), s.start).trimEnd().split(/(?<=[.!?]["”’]?)\s+/).at(-1) ?? "";
      // Only words for people ("customers", "residents", "activists"), not "many times".
      const group = [...previous.matchAll(QUANTIFIED_GROUP)].filter((g) => g[1]!.toLowerCase() === w.lower).at(-1)?.[2];
      const un = UNNAMED_SOURCES[w.lower]!;
      const key = group ? this.ctx.ents.ensure(group, "unnamed", w.text) : this.ctx.ents.ensure(un.name, un.kind, w.text);
      return { src: { entityKey: key, text: w.text, role: null }, start: w.start, end: w.end };
    }
    // "Justice Antonin Scalia who said": a relative clause right after a person's name, without a comma.
    if (w.lower === "who" && k > 0 && text.slice(ws[k - 1]!.end, w.start) === " ") {
      const m = mentionEndingAt(ms, ws[k - 1]!.end);
      // A person, or a group of people ("a group of Republicans who say", not "criticism from Republicans who …").
      const group = m && this.ctx.ents.isPlural(m.entityKey) && !/\b(?:from|by|among|to|with|for|against)\s+$/.test(text.slice(Math.max(0, m.start - 10), m.start));
      const people = m && (this.ctx.ents.kindOf(m.entityKey) === "person" || group);
      if (m && people && !this.inQuotes(quotes, m.start)) return sourceOf(m);
      // ("a bloc of roughly 30 House conservatives who say": people counted, named by a plural noun.)
      if (!m) {
        const plural = this.peopleBeforeComma(ws[k - 1]!.end, s.start, quotes, true);
        if (plural) return plural;
      }
    }
    // (Read up to the next word, or only to the aside's comma when the group before an "including" aside is sought.)
    const next = k + 1 < ws.length ? ws[k + 1]!.start : cueStart;
    // (Past a possessive's "’s", which is no quotation mark: "…, a physician at St Brigid’s, said".)
    const after = tagClose >= 0 ? text.slice(tagClose + 1, cueStart) : text.slice(w.end + (w.poss ? 2 : 0), beforeAside ? Math.min(next, cueStart) : next);
    // "other Republicans, who said …", "the Log Cabin Republicans, a gay rights group, which said …"
    if ((w.lower === "who" || w.lower === "which") && /,\s$/.test(text.slice(Math.max(s.start, w.start - 2), w.start))) {
      return this.antecedent(ms, w.start - 2, quotes, s.start, w.lower === "who");
    }
    // "James Clapper, then the head of the CIA, said"
    // "…, D-N.Y., said": the abbreviation's full stop comes before the comma.
    if (/^\.?,/.test(after)) {
      // "the Vice-Chancellor, Prof. Ann Kerr, in a statement signed by the university's spokesman, Mr. Tom Reed, said":
      // who signed or released the statement is not who speaks through it; the subject before the aside is.
      // (Most asides have no " by ": the pattern is not run.)
      const asideWindow = text.slice(Math.max(s.start, w.end - 240), w.end);
      const signed = asideWindow.includes(" by ") ? SIGNED_BY_ASIDE.exec(asideWindow) : null;
      const principal = signed ? this.subjectAt(s, ms, w.end - signed[0].length, quotes) : null;
      if (principal && principal !== "coordinated" && this.someoneSpeaks(principal)) return principal;
      // (Past a possessive's "’s" too: "…, a consultant physician at St Brigid’s, said".)
      const app = this.ctx.ents.appositiveEnds.get(w.end) ?? this.ctx.ents.appositiveEnds.get(w.end + 1) ?? (w.poss ? this.ctx.ents.appositiveEnds.get(w.end + 2) : undefined);
      if (app && !this.inQuotes(quotes, app.start)) {
        const holder = this.appositiveHolder(s, ms, app);
        // ("Business owners along Lake Street, who have dealt with break-ins, say": the people, not where they are.)
        const kind = this.ctx.ents.kindOf(holder.entityKey);
        // (And a name read as a person's after "in the" or "from the", where no person is: "A fuel dealer in the Northeast
        // Kingdom, whose trucks deliver to homes, said".)
        const lead = text.slice(Math.max(s.start, holder.start - 60), holder.start);
        if (((kind === "place" || kind === "other") && PLACE_OF_PEOPLE_BEFORE.test(lead)) || (kind === "person" && personInTheBefore(lead))) {
          const people = this.sourceRightBefore(s, ms, holder.end, quotes, true);
          if (people && people !== "coordinated" && people.start < holder.start) return people;
        }
        return this.countedPeopleOf(holder, s.start) ?? this.withRoleBefore(ws, sourceOf(holder));
      }
      // (A body's or a person's name may end in its own full stop: "The distributor, Medisphere Pharma Inc., said", "The
      // winner, Carl Dunn Jr., said"; not a place's, "near Austin, Tex., posted".)
      const stopped = after.startsWith(".") ? mentionEndingAt(ms, ws[k]!.end + 1) : undefined;
      const stoppedKind = stopped ? this.ctx.ents.kindOf(stopped.entityKey) : null;
      const nameStopped = stopped && (BODY_KINDS.has(stoppedKind!) || stoppedKind === "person") ? stopped : undefined;
      if ((/^,\s*$/.test(after) || (nameStopped && /^\.,\s*$/.test(after))) && !/[”"]/.test(after)) {
        // "Justice Anthony Kennedy, often a key vote on the high court, said": a person right before the aside
        // (unless the aside is itself a person's name: "A spokesman for the party, Brad Woodhouse, said").
        const own = mentionEndingAt(ms, ws[k]!.end) ?? nameStopped;
        // (Nor when the aside is only a body's name: "The company, Halden Energy, said".)
        // (Or a name of no known sort after a body described: "The university, Ashbury State, said", "The supplement maker,
        // Peak Fuel Nutrition, denied".)
        const ownSort = own ? this.ctx.ents.kindOf(own.entityKey) : null;
        const describedBody = ownSort === "other" && /\b[Tt]he\s+(?:\p{Ll}+\s+){0,2}(?:university|college|school|company|firm|charity|hospital|group|union|agency|regulator|trust|club|team|utility|operator|airline|carrier|bank|lender|insurer|retailer|developer|manufacturer|maker|carmaker|broadcaster|network)\s*,\s(?:the\s)?$/u.test(text.slice(Math.max(s.start, own!.start - 40), own!.start));
        // (Past where it is based, after a description opening the sentence: "The manufacturer, Sheffield-based Vantage
        // Gloves Ltd, said"; not "Lena Brask, chief executive of the maker, Leeds-based Harrow Tools Ltd, said".)
        const based = !!own && /^[“"]?(?:(?:But|And)\s+)?[Tt]he\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+,\s\p{Lu}[\p{L}.’'-]*-based\s$/u.test(text.slice(s.start, own.start));
        const bodyName = !!own && (BODY_KINDS.has(ownSort!) || describedBody) && (/,\s(?:the\s)?$/i.test(text.slice(Math.max(s.start, own.start - 6), own.start)) || based);
        const named = own && (this.ctx.ents.kindOf(own.entityKey) === "person" || bodyName) ? null : this.personBeforeAside(s, ms, ws[k]!.end, quotes);
        if (named) return named;
        // Parenthetical "…, many have noted, …" is handled by the noun itself below.
      } else return null;
    }
    if (/[”"’]/.test(after) || after.includes(",")) {
      const direct = this.sourceEndingAt(s, ms, k, quotes);
      // "Ryan goes on offense over Medicare, accuses Obama …": the object of a preposition is not the subject of
      // the verb after the comma; the clause's subject is.
      if (direct && after.includes(",") && /\b(?:over|of|for|on|about|to|with|in|at|from|against|by)\s+(?:the\s+)?$/.test(text.slice(Math.max(s.start, direct.start - 10), direct.start))) {
        return this.clauseSubject(s, ms, direct.start, quotes, false);
      }
      // "“…,” Ann Lee, a Republican running in the Third District, said": a place or thing ending the asides is not
      // the speaker; the person named first after the quotation is.
      const kind = direct ? this.ctx.ents.kindOf(direct.src.entityKey) : null;
      if (direct && after.includes(",") && (kind === "place" || kind === "other")) {
        // "an attack in Benghazi, Libya, found": a place naming where another place lies is no speaker.
        const address = kind === "place" && /\p{Lu}[\p{L}.]*,\s$/u.test(text.slice(Math.max(s.start, direct.start - 30), direct.start));
        return this.personOpeningClause(s, ms, cueStart, quotes) ?? (address ? null : direct);
      }
      // ("A preliminary report by the department's inspector general, released on Friday, found": its maker described,
      // before the aside that says when the document came out.)
      if (direct || !after.includes(",")) return direct;
      const open = lastIndexIn(text, ", ", w.start, s.start);
      const aside = open > s.start ? /^,\s+(\p{Ll}+)\s/u.exec(text.slice(open, open + 24)) : null;
      return aside && DOCUMENT_PARTICIPLES.has(aside[1]!) ? this.documentMakerDescribed(s, lastWordBefore(ws, open)) : this.documentMakerDescribed(s, k);
    }
    const informed = this.informedPeopleBefore(s, k);
    if (informed) return informed;
    // ""…," the person said": the one unnamed person who knows, described before.
    const described = w.lower === "person" || w.lower === "source" ? this.describedByHead.get(w.lower)?.key : w.lower === "insider" ? this.insiderDescribed(s, w.start) : undefined;
    if (described && ws[k - 1]?.lower === "the" && opensClauseAt(text, ws, k - 1) && !this.inQuotes(quotes, w.start)) {
      return { src: { entityKey: described, text: text.slice(ws[k - 1]!.start, w.end), role: null }, start: ws[k - 1]!.start, end: w.end };
    }
    const direct = this.sourceEndingAt(s, ms, k, quotes);
    // "Officials in Hawaii said": a place after a preposition is not the speaker; the noun before it is (below). Nor is
    // anyone after "with", "against" or "about" ("one GOP insider who had contact with Steele told"), unless the
    // verb is a participle whose subject that is ("ends with Perry claiming").
    // ("Voters in Ohio, Texas and Florida said": a list of places after the preposition.)
    let listStart = direct?.start ?? 0;
    // (A name of no known sort ends a list only after "and": not "Speaking in Ohio, Holt said".)
    const directSort = direct ? this.ctx.ents.kindOf(direct.src.entityKey) : null;
    if (direct && (directSort === "place" || (directSort === "other" && /\sand\s+$/.test(text.slice(Math.max(s.start, direct.start - 6), direct.start))))) {
      for (let prev = placeListedBefore(text, ms, this.ctx.ents, listStart); prev !== null; prev = placeListedBefore(text, ms, this.ctx.ents, listStart)) listStart = prev;
    }
    const governedBy = direct ? text.slice(Math.max(s.start, listStart - 20), listStart) : "";
    const participle = /ing$/.test(text.slice(cueStart, cueStart + 20).split(/[^\p{L}]/u)[0]!);
    // ("Supporters of the mosque in lower Manhattan say": a place, or a name of no known kind, after "in".)
    // (A name of no known kind is a place after "in", or with a word for a part of a place; not after a bare "from" or
    // "at": "A statement from Hamas said", "An email from Zentrix said".)
    const directKind = direct ? this.ctx.ents.kindOf(direct.src.entityKey) : null;
    // ("… from the north coast of Scotland has admitted": a place named as where a part of it is.)
    // ("Residents near Kessington said", "farmers in the hills above La Sagesse said": where they are, for any name.)
    // (Whatever the name reads as: "A cotton grower near Casa Grande said"; no one near a person is that person.)
    const nearPlace = (directKind === "place" || directKind === "other" || directKind === "person") && NEAR_PLACE.test(governedBy);
    // (Nor is a person's name after "in the" or "from the" anyone's: "A fuel dealer in the Northeast Kingdom said".)
    const placeWithThe = directKind === "person" && personInTheBefore(governedBy);
    const placeLike = nearPlace || placeWithThe || (directKind === "place" && (PLACE_PREPOSITION.test(governedBy) || PART_OF_A_PLACE_OF.test(governedBy))) || (directKind === "other" && (PART_OF_PLACE_PREPOSITION.test(governedBy) || /\bin\s$/.test(governedBy)));
    // ("A longtime critic of Mayor Tom Holt said": whom someone is a critic or friend of does not speak; a body's
    // members or a person's spokesman speak for them.)
    // (Or at an institution, past a possessive: "A senior investigator in the agency's Office of Trade wrote"; a noun in
    // lower case there, not a title's, "Senior Superintendent of Police Kavita Raghuvanshi".)
    const widerPersonOf = () => PERSON_OF_BEFORE.exec(text.slice(Math.max(s.start, listStart - 40), listStart));
    const personOf = directKind === "person" || directKind === "other" || directKind === "organization" || directKind === "institution" ? [widerPersonOf()].find((m) => m && /^\p{Ll}/u.test(m[1]!)) ?? PERSON_OF_BEFORE.exec(governedBy) : null;
    // ("The daughter of Tom Holt", "Nurses at Mercy Hospital", "A driver for Uber": kin and people at work, not roles.)
    const nonRoleOf = personOf !== null && isPersonNotSpeakingFor(personOf[1]!.toLowerCase());
    // ("A source close to Ann Kerr told", "A source within the committee told": an anonymous source near them.)
    const sourceNear = /\b(?:[Ss]ources?|[Ii]nsiders?)\s+(?:close\s+to|within|inside|in|at|near)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,4}$/u.test(text.slice(Math.max(s.start, listStart - 60), listStart));
    // ("Emails obtained by the Courier show", "logs reviewed by the Herald show": who has the records does not speak;
    // the records do, below.)
    const byWhom = direct ? text.slice(Math.max(s.start, listStart - 40), listStart) : "";
    const holderOfRecords = direct ? RECORDS_HELD.before.exec(byWhom) : null;
    const heldRecords = holderOfRecords !== null && EVIDENCE_NOUNS.has(holderOfRecords[1]!.toLowerCase());
    // ("Records from the Harlow Medical Center obtained by the Chronicle show": the records are the center's, whoever holds them.)
    const keptBy = holderOfRecords && !heldRecords ? mentionEndingAt(ms, Math.max(s.start, listStart - 40) + holderOfRecords.index + holderOfRecords[1]!.length) : undefined;
    const recordsOf = keptBy && BODY_KINDS.has(this.ctx.ents.kindOf(keptBy.entityKey)) && RECORDS_FROM_BEFORE.test(text.slice(Math.max(s.start, keptBy.start - 30), keptBy.start));
    if (keptBy && recordsOf && !this.inQuotes(quotes, keptBy.start)) return sourceOf(keptBy);
    // ("Voters interviewed by the Herald said": the people asked speak, not who asked them.)
    const asker = direct ? PEOPLE_ASKED.before.exec(byWhom) : null;
    // (Or asked by the outlet itself, which is no mention: "Most analysts polled by this newspaper last week had expected".)
    const askedHere = direct ? null : ASKED_BY_THE_OUTLET.exec(text.slice(Math.max(s.start, w.end - 90), w.end));
    const askedPeople = asker?.[1] ?? askedHere?.[1];
    const asked = askedPeople !== undefined && (namesPeople(askedPeople.toLowerCase()) || PEOPLE_PLURAL.test(askedPeople.toLowerCase()));
    // ("Tom Holt following the ruling said": when, after a person named; the person speaks, below.)
    const whenAfterPerson = direct !== null && /\b(?:following|after|before|during)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?$/.test(governedBy) &&
      ms.some((m) => m.end < listStart && m.end >= listStart - 40 && this.ctx.ents.kindOf(m.entityKey) === "person" && /^\s+(?:following|after|before|during)\b/.test(text.slice(m.end, listStart)));
    // ("Fans of Tom Holt and the team said": the second of two objects of a preposition.)
    const secondObject = direct !== null && this.ctx.ents.kindOf(direct.src.entityKey) === "unnamed" && /\bof\s+[^,;.“”"]{1,40}\s+and\s+(?:the\s+)?$/.test(text.slice(Math.max(s.start, listStart - 50), listStart)) &&
      !SUMMED_UP_JOINED_AT_END.test(text.slice(Math.max(s.start, listStart - 200), listStart));
    // ("A dairy farmer whose land adjoins the Boora site said": the object of a relative clause's verb.)
    const inRelative = direct !== null && RELATIVE_CLAUSE_BEFORE.test(text.slice(Math.max(s.start, listStart - 80), listStart));
    const governed = direct && (placeLike || nonRoleOf || sourceNear || heldRecords || asked || whenAfterPerson || secondObject || inRelative || (!participle && OBJECT_PREPOSITION.test(governedBy)));
    // ("A spokeswoman for the Harrow Trust said": the body, worded with its spokeswoman, below.)
    const roleFor = direct && !governed ? /\b(\p{Ll}+)\s+for\s+(?:the\s+)?$/u.exec(governedBy) : null;
    const engaged = this.personEngagedBy(s, ms, k, quotes);
    if (engaged) return engaged;
    if (direct && !governed && !(roleFor && SPEAKS_FOR.has(roleFor[1]!))) return direct;
    const portfolio = direct || w.cap ? null : this.bodyByPortfolio(s, k);
    if (portfolio) return portfolio;
    // "A former county inspector said", "a neighbor told": whoever an indefinite noun phrase before the verb describes.
    // ("Reporters said": a plural noun for people capitalised only because it opens the sentence.)
    // (And anywhere in a title-case headline, where every word is capitalised, "GOP Senators Keep Pressure on …", but
    // not a group's name there: "Senate Republicans".)
    const headlinePeople = s.titleCase && k > 0 && !GROUP_PLURALS.has(w.lower);
    // (In title case, any word for people or for one person opening it: "Advocates Say It's A Gift …".)
    const titlePeople = s.titleCase && k === 0 && (namesPeople(w.lower) || isPersonNoun(w.lower) || DESCRIPTION_KINDS[w.lower]?.[0] === "person");
    const openingPeople = w.cap && (k === 0 || headlinePeople) && ((/[^s]s$/.test(w.lower) && (PEOPLE_PLURAL.test(w.lower) || (k === 0 && !s.titleCase && (namesPeople(w.lower) || BODY_PLURALS.has(w.lower))))) || titlePeople);
    if ((!w.cap || openingPeople) && w.lower.length > 2 && !isLyAdverb(w.lower) && !VERB_CHAIN_WORDS.has(w.lower) && !NOT_MODIFIERS.has(w.lower) && !CLAUSE_OPENERS.has(w.lower) && !DOCUMENT_NOUNS.has(w.lower) && !this.inQuotes(quotes, w.start)) {
      const described = this.describedPhrase(s, k);
      // Only a phrase that opens its clause: in "issued a warning saying" the phrase is an object.
      const at = described?.firstWord ?? -1;
      // After a word that is also a preposition, only people open a clause: "after engineers said", not "on the
      // ground after the attacks said".
      // (Nor a body, which acts as people do: "after a disciplinary panel found that".)
      const bodyNoun = DESCRIPTION_KINDS[w.lower]?.some((kind) => kind === "organization" || kind === "institution") === true;
      const ambiguous = at > 0 && PREPOSITION_OPENERS.has(ws[at - 1]!.lower) && !PEOPLE_PLURAL.test(w.lower) && !UNNAMED_SOURCES[w.lower] && !bodyNoun;
      const opener = at <= 0 || CLAUSE_OPENS_AFTER.test(text.slice(ws[at - 1]!.end, described!.start)) || (CLAUSE_OPENERS.has(ws[at - 1]!.lower) && !ambiguous) || summedUpForPhrase(text, s.start, ws[at]!, w);
      // "…, engineers said", "Two lower courts ruled": a plural noun opening its clause names a group of sources.
      // (Or in "-men": "Local fishermen say".)
      // (And "data", plural though it ends in no "s": "…, official data showed.")
      const plural = (/[^s]s$/.test(w.lower) || (/men$/.test(w.lower) && namesPeople(w.lower)) || w.lower === "data") && described !== null && !/^(?:this|that|his|her|its)$/.test(ws[described.firstWord]!.lower);
      // "The business community has said", "the industry argued": a body no name was given for.
      const body = BODY_NOUNS.has(w.lower) && described !== null && ws[described.firstWord]!.lower === "the";
      // "His family said", "The victim's family said", "The boy's mother told": someone's family or kin, unnamed.
      // (And a study's authors: "Its authors also blamed …".)
      const authors = /^(?:authors|co-authors|researchers)$/.test(w.lower) && described !== null && /^(?:its|their)$/.test(ws[described.firstWord]!.lower);
      const kin = (w.lower === "family" || KIN_NOUNS.has(w.lower) || authors) && described !== null ? ownedPhraseStart(text, ws, described.firstWord) : -1;
      if (kin >= 0 && opensClauseAt(text, ws, kin)) {
        const phrase = text.slice(ws[kin]!.start, w.end);
        const name = isDeterminer(ws[kin]!.lower) ? lowerOpening(phrase) : phrase;
        return this.unnamedSource(name, phrase, ws[kin]!.start, w.end);
      }
      // (Named in lower case, as anywhere but at a sentence's start: "teachers".)
      // (And alone after a word that opens the headline: "Why Economists Say …".)
      const named = described && openingPeople && (k === 0 || described.firstWord === k) ? { ...described, name: lowerOpening(described.name) } : described;
      if (named && opener && (named.indefinite || plural || body)) return this.describedSource(named);
    }
    // Trailing prepositional phrase: "officials familiar with the matter said", "a spokesman for the FBI said".
    // (Never ending in a conjunction, where a verb of the subject's own came first: "Nurses at Mercy Hospital walked out
    // and said".)
    // (Nor ending in a relative pronoun, whose verb is the relative clause's: "A farmer from Price County who testified".)
    for (let j = k - 1; j >= Math.max(0, k - 8) && !/^(?:and|or|but|who|whom|which)$/.test(w.lower); j--) {
      const pw = ws[j]!;
      // "lawmakers who were briefed on the plan said": the people a relative clause before the verb describes (not
      // in "criticized the lawmakers who opposed the plan and said", where the verb has its own subject).
      const coordinated = ws.slice(j + 1, k + 1).some((x) => x.lower === "and" || x.lower === "but" || x.lower === "or");
      // "groups that are pushing …": "that" as a relative pronoun, with a verb after it (not "so heavy that the agency").
      // ("A dairy farmer whose land adjoins the bog said": the person "whose" goes with; not in "A woman whose husband
      // said", where the verb is the clause's own.)
      const relative = pw.lower === "who" || (pw.lower === "whose" && k - j >= 3) || (pw.lower === "that" && RELATIVE_VERB.test(ws[j + 1]?.lower ?? ""));
      if (relative && j > 0 && !coordinated && text.slice(ws[j - 1]!.end, pw.start) === " ") {
        let r = this.sourceEndingAt(s, ms, j - 1, quotes);
        // ("A cotton grower near Casa Grande who …", "the assistant U.S. attorneys who tried the case urged": the subject
        // the words before "who" make, as if the verb came right after them, not the name where they are; when the
        // relative clause runs straight to the verb.)
        const nearName = r && this.ctx.ents.kindOf(r.src.entityKey) === "person" && NEAR_PLACE.test(text.slice(Math.max(s.start, r.start - 12), r.start));
        const before = nearName || (!r && !beforeAside && !/[,;:“”"]/.test(text.slice(pw.end, w.start))) ? this.sourceRightBefore(s, ms, pw.start, quotes) : null;
        if (before && before !== "coordinated") r = before;
        const kind = r ? this.ctx.ents.kindOf(r.src.entityKey) : null;
        // ("A nurse at Mercy Hospital who treated the boy said": the person described at the body, not the body.)
        const atBody = r && BODY_KINDS.has(kind!) ? this.personDescribedAt(s, r, quotes) : null;
        if (atBody) return atBody;
        if (r && kind !== "place" && kind !== "other") return this.withRoleBefore(ws, r);
      }
      // "The rules issued Thursday said", "a memo detailing the council's findings reads": a document, then a participle
      // that says when it was issued or what it holds.
      // (No verb of its own after the participle: not "The transcript released Friday shows Tom Holt said"; "The memo
      // describing Ann Kerr as a liar said" is the memo's.)
      if (DOCUMENT_PARTICIPLES.has(pw.lower) && j > 0 && isDocumentNoun(ws, j - 1) && k - j <= 7 && noVerbOfItsOwn(ws, j + 1, k) && !this.inQuotes(quotes, pw.start)) {
        const r = this.sourceEndingAt(s, ms, j - 1, quotes);
        if (r) return r;
        // ("A class-action lawsuit filed Wednesday in federal court in Denmore accuses": the document described.)
        const doc = this.describedPhrase(s, j - 1);
        // (Named in lower case, as anywhere but at a sentence's start: "emails".)
        if (doc && opensClauseAt(text, ws, doc.firstWord)) return this.describedSource(doc.firstWord === 0 ? { ...doc, name: lowerOpening(doc.name) } : doc);
      }
      if (asked && j > 0 && PEOPLE_ASKED.participle.test(pw.lower) && k - j <= 5 && !this.inQuotes(quotes, pw.start)) {
        const people = this.describedPhrase(s, j - 1);
        if (people) return this.describedSource({ ...people, name: lowerOpening(people.name) });
      }
      // "Emails obtained by the Courier show", "maintenance logs reviewed by the Herald show": the records, named so.
      if (heldRecords && j > 0 && EVIDENCE_NOUNS.has(ws[j - 1]!.lower) && RECORDS_HELD.participle.test(pw.lower) && k - j <= 5 && !this.inQuotes(quotes, pw.start)) {
        const records = this.describedPhrase(s, j - 1);
        if (records) return this.describedSource({ ...records, name: lowerOpening(records.name) });
      }
      // "Mayor Ben Holt at the rally said", "Holt during the debate said", "Holt in an interview with the Herald said",
      // "Judge Ann Holt of Federal District Court in Houston wrote": a person named, then where, when or whose, with no
      // verb or clause of its own.
      const person = j > 0 && WHERE_OR_WHEN.has(pw.lower) ? ms.find((m) => m.end === ws[j - 1]!.end && this.ctx.ents.kindOf(m.entityKey) === "person") : undefined;
      if (person && k - j <= 7 && !this.inQuotes(quotes, person.start)) {
        let first = ws.findIndex((x) => x.start >= person.start);
        while (first > 0 && ws[first - 1]!.cap) first--;
        const plain = ws.slice(j + 1, k + 1).every((x) => verbClass(x.lower) === null && !RELATIVE_WORDS.has(x.lower) && !EVIDENCE_VERBS.has(x.lower));
        if (plain && opensClauseAt(text, ws, first)) return this.withRoleBefore(ws, sourceOf(person));
      }
      // "A 2022 analysis by the city's budget office had projected": whoever made the document speaks through it.
      if (pw.lower === "by" && j > 0 && j < k && (DOCUMENT_NOUNS.has(ws[j - 1]!.lower) || TALLY_NOUNS.has(ws[j - 1]!.lower)) && !this.inQuotes(quotes, pw.start)) {
        const maker = this.sourceEndingAt(s, ms, k, quotes);
        if (maker && maker.start > pw.end) return maker;
        // (A body or an office described, not named: "by the city's budget office".)
        const described = maker ? null : this.documentMakerDescribed(s, k);
        if (described) return described;
      }
      // (Not past people of their own joined by "and": "a defense of free expression and its opponents called".)
      const joinedPeople = k >= 2 && ws[k - 2]!.lower === "and" && j < k - 2 && /^(?:its|their|his|her)$/.test(ws[k - 1]!.lower) && (namesPeople(w.lower) || UNNAMED_SOURCES[w.lower] !== undefined);
      if (PP_HEADS.has(pw.lower) && j > 0 && !joinedPeople) {
        const head = ws[j - 1]!;
        // "officials familiar with", "people briefed on", "aides involved in": a participle between the noun and the preposition.
        const participle = j > 1 && /ed$/.test(head.lower) && !!UNNAMED_SOURCES[ws[j - 2]!.lower];
        // ("A veteran lawmaker close to the prime minister said": anyone of a trade, close to someone.)
        const closeTo = pw.lower === "close" && ws[j + 1]?.lower === "to" && !head.cap && (isPersonNoun(head.lower) || namesPeople(head.lower));
        if (UNNAMED_SOURCES[head.lower] || INFORMED.has(head.lower) || participle || closeTo) {
          // ("Experts not involved in the research said": past a "not".)
          const hk = INFORMED.has(head.lower) || participle ? (ws[j - 2]?.lower === "not" ? j - 3 : j - 2) : j - 1;
          const r = hk >= 0 ? this.sourceEndingAt(s, ms, hk, quotes) : null;
          // ("people familiar with the matter said": named by what they know, not the bare "people".)
          // ("Two congressional aides familiar with the inquiry said", "Senior officials briefed on the plan said": people of
          // a trade, or sources, the same way; not "Experts not involved in the research said".)
          if (r && INFORMED.has(head.lower) && (/^(?:people|person)$/i.test(ws[hk]!.lower) || (hk === j - 2 && BELIEVING_KINDS.has(this.ctx.ents.kindOf(r.src.entityKey))))) return this.informedSource(r.start, w.end, r.start === s.start, ws[hk]!.lower);
          // ("Sources in the district administration told": sources named by where they are, as one anonymous source.)
          if (r && head.lower === "sources" && /^(?:in|within|inside|at)$/.test(pw.lower) && k - j <= 5) return this.informedSource(r.start, w.end, r.start === s.start);
          if (r) return r;
          // "Two diplomats briefed on the negotiations said": people of a trade, named by what they know.
          // (Only the noun, or a count or determiner and up to two words before it: not "He met engineers familiar with …".)
          const people = !r && hk >= 0 && INFORMED.has(head.lower) && namesPeople(ws[hk]!.lower) ? this.describedPhrase(s, hk) : null;
          const counted = people && (people.firstWord === hk || (hk - people.firstWord <= 3 && (NUMBER_WORDS.has(ws[people.firstWord]!.lower) || isDeterminer(ws[people.firstWord]!.lower) || COUNT.test(ws[people.firstWord]!.text))));
          if (people && counted && opensClauseAt(text, ws, people.firstWord) && !this.inQuotes(quotes, people.start)) return this.informedSource(people.start, w.end, people.firstWord === 0);
        }
        // "The company behind the rocket said", "the agency at the centre of the row said": a body described, then which
        // one it is; the body the description resolves to, when the description opens the clause.
        if (!head.cap && (pw.lower === "behind" || pw.lower === "at") && describesBody(head.lower) && !this.inQuotes(quotes, head.start)) {
          const r = this.sourceEndingAt(s, ms, j - 1, quotes);
          const first = r ? ws.findIndex((x) => x.start >= r.start) : -1;
          if (r && first >= 0 && opensClauseAt(text, ws, first) && BODY_KINDS.has(this.ctx.ents.kindOf(r.src.entityKey))) return r;
        }
        // "the diplomat at the center of the fight says": the person the description resolves to.
        if (!head.cap && pw.lower === "at" && CENTER_OF.test(text.slice(pw.start, pw.start + 24)) && j >= 2 && ws[j - 2]!.lower === "the" && DESCRIPTION_KINDS[head.lower]?.[0] === "person" && !this.inQuotes(quotes, head.start)) {
          const key = this.ctx.discourse.resolveDescription(head.lower, this.mentionsBefore(ms, head.start, quotes));
          if (key && this.ctx.ents.kindOf(key) === "person" && opensClauseAt(text, ws, j - 2)) return { src: { entityKey: key, text: text.slice(ws[j - 2]!.start, w.end), role: null }, start: ws[j - 2]!.start, end: w.end };
        }
        // "Members of the city council said", "Leaders of the country's largest civil rights group said": people of a
        // body, opening the clause; the body is theirs to speak for when it is named, else they are a group of their own.
        // ("Voters in Ohio, Texas and Florida said": people of where they live, too.)
        // ("Nurses at Mercy Hospital said": people at a body, who do not speak for it.)
        const peopleAt = pw.lower === "at" && namesPeople(head.lower) && (!ROLE_HEADS.has(head.lower.slice(0, -1)) || WORKS_THERE.has(head.lower.slice(0, -1)));
        const people = (pw.lower === "of" || (/^(?:in|across|near|outside|around|along)$/.test(pw.lower) && namesPeople(head.lower)) || peopleAt) && /[^s]s$|men$/.test(head.lower) && (ROLE_HEADS.has(head.lower.slice(0, -1)) || PEOPLE_PLURAL.test(head.lower) || namesPeople(head.lower));
        const opens = people && (j === 1 || CLAUSE_OPENERS.has(ws[j - 2]!.lower) || CLAUSE_OPENS_AFTER.test(text.slice(ws[j - 2]!.end, head.start)));
        // ("Snow crab harvesters in the southern Gulf of St. Lawrence say": with up to two words of trade before them.)
        const trade = people && !opens && j >= 2 ? this.describedPhrase(s, j - 1) : null;
        const tradeOpens = !!trade && trade.firstWord >= j - 3 && opensClauseAt(text, ws, trade.firstWord) && ws.slice(trade.firstWord + 1, j - 1).every((x) => !x.cap);
        if ((opens || tradeOpens) && !this.inQuotes(quotes, head.start)) {
          const org = peopleAt ? undefined : ms.find((m) => m.start > pw.end && m.end <= w.end + 1 && BODY_KINDS.has(this.ctx.ents.kindOf(m.entityKey)));
          if (org) return { src: { entityKey: org.entityKey, text: text.slice(head.start, w.end), role: head.text }, start: head.start, end: w.end };
          const start = tradeOpens ? trade!.start : head.start;
          const phrase = text.slice(start, w.end);
          return this.unnamedSource(tradeOpens && start === s.start ? lowerOpening(phrase) : phrase, phrase, start, w.end);
        }
        // "Lawyers for Holt said", "Lawyers for the society argued": those who speak for someone or a body, as "a lawyer
        // for" does; the one named, or the body the description resolves to (one named so).
        if (pw.lower === "for" && /s$/.test(head.lower) && SPEAKS_FOR_PERSON.has(head.lower) && opensClauseAt(text, ws, j - 1) && !this.inQuotes(quotes, head.start)) {
          const named = ms.find((m) => m.start > pw.end && m.end === w.end && this.ctx.ents.kindOf(m.entityKey) !== "place");
          const described = !named && k === j + 2 && ws[j + 1]!.lower === "the" && describesOnlyBodiesNamedSo(w.lower);
          const key = named?.entityKey ?? (described ? this.ctx.discourse.resolveDescription(w.lower, this.mentionsBefore(ms, head.start, quotes)) : null);
          if (key) return { src: { entityKey: key, text: text.slice(head.start, w.end), role: head.text }, start: head.start, end: w.end };
        }
        // (Not someone who only works there: "A striker for Redvale", "A writer for the Courier".)
        if (ROLE_HEADS.has(head.lower) && !head.cap && !WORKS_THERE.has(head.lower)) {
          // "a spokesman for the agency": attribute to the organisation, with the role.
          // (The phrase's own head, not a name describing it: "a vice-chancellor at a Midlands university".)
          // (Not a place someone is "in": "A federal judge in California ruled" is a judge there, below.)
          // (A name of no known sort after "in" is a place too: "A federal judge in Boston".)
          // (Nor where the body is: "A spokesman for the Chinese embassy in Canberra" speaks for no city.)
          const org = ms.find((m) => m.start > pw.end && m.end <= w.end + 1 && !describesSomeBody(text, pw.end, m, w.end) && !placeInPhrase(this.ctx.ents, text, pw, m, head.lower));
          // ("a spokeswoman for the corporation": the body the description resolves to, as "the corporation said" would.)
          // ("a spokesperson for the governor": the person the description resolves to, as "the governor said" would.)
          const described = !org && SPOKESPERSON_WORDS.has(head.lower) && pw.lower === "for" && k === j + 2 && ws[j + 1]!.lower === "the" && (describesBody(w.lower) || DESCRIPTION_KINDS[w.lower]?.[0] === "person");
          const key = org?.entityKey ?? (described ? this.ctx.discourse.resolveDescription(w.lower, this.mentionsBefore(ms, head.start, quotes)) : null);
          if (key) this.ctx.discourse.noteRole(head.lower, key, org?.start ?? head.start);
          const st = !org && j >= 2 && /^(?:a|an|the)$/.test(ws[j - 2]!.lower) ? ws[j - 2]!.start : head.start;
          if (key) return { src: { entityKey: key, text: text.slice(st, w.end), role: head.text }, start: st, end: w.end };
        }
        // "The nation's leading advocate for senior citizens says", "A longtime critic of the mayor said", "A 20-year
        // veteran of the department said": someone described by a role, an occupation or what they are to others,
        // opening the clause, when no one is named in it (or, after "of" and no role, whoever is named: "a critic of
        // Mayor Holt").
        // (Capitalised only for opening the sentence: "Lawyers for the defense said".)
        const notAName = !head.cap || j - 1 === 0;
        // (A plural only opening the sentence: "Lawyers for the defense said"; not "met members of the council said".)
        // ("The mother of the victim said": kin, when no one is named after them.)
        // (Or kin from a place: "A mother from Katwe said".)
        const kinOfUnnamed = KIN_NOUNS.has(head.lower) && !ms.some((m) => m.start > pw.end && m.end <= w.end + 1 && !(/^(?:from|in|near)$/.test(pw.lower) && (this.ctx.ents.kindOf(m.entityKey) === "place" || this.ctx.ents.kindOf(m.entityKey) === "other")));
        // (Or counted, opening the sentence: "Two current drivers for the company said".)
        // (Also after "But" or "And": "But two administrators at the university said".)
        const lead = /^(?:But|And)$/.test(ws[0]!.text) ? 1 : 0;
        const counted = COUNTED_OPENING.test(ws[lead]!.text.replace(/^\p{Ll}/u, (c) => c.toUpperCase())) && j - 1 - lead <= 3;
        // (Or one of a trade no list holds, as its ending tells, after "a": "A crofter on the island said"; or one person
        // by where they are: "One woman in Soweto said".)
        const unlisted = /^(?:a|an|one)$/.test(ws[j - 2]?.lower ?? "") && (isUnlistedPersonNoun(head.lower) || ONE_PERSON_NOUNS.has(head.lower));
        const personHead = ROLE_HEADS.has(head.lower) || OCCUPATIONS.has(head.lower) || namesPeople(`${head.lower}s`) || ((j - 1 === 0 || counted) && namesPeople(head.lower)) || kinOfUnnamed || unlisted;
        // (A place someone is "in" names no one: "A federal judge in California".)
        // (Nor where a body described is: "A spokesman for the Chinese embassy in Canberra".)
        const named = ms.some((m) => m.start > pw.end && m.end <= w.end + 1 && !describesSomeBody(text, pw.end, m, w.end) && !placeInPhrase(this.ctx.ents, text, pw, m, head.lower));
        // (Also where they work: "A nurse on the acute unit", "a teacher at the school", "an engineer with the firm".)
        // ("A driver for Uber said": someone who works for a body, not in a role that speaks for it.)
        const standsFor = pw.lower === "for" ? !named || WORKS_THERE.has(head.lower) || (OCCUPATIONS.has(head.lower) && !ROLE_HEADS.has(head.lower)) : /^(?:of|on|at|in|with|from|near|outside|around|along|across)$/.test(pw.lower) && (!named || !ROLE_HEADS.has(head.lower) || WORKS_THERE.has(head.lower));
        if (personHead && standsFor && notAName && !isDeterminer(w.lower)) {
          const described = this.describedPhrase(s, j - 1);
          // (With whose it is: "The nation's leading advocate".)
          let at = described?.firstWord ?? -1;
          if (at > 0 && ws[at - 1]!.poss) at -= at > 1 && isDeterminer(ws[at - 2]!.lower) ? 2 : 1;
          // (A second description of the same person: "A former city auditor and longtime critic of the mayor".)
          const also = at > 1 && ws[at - 1]!.lower === "and" && !isDeterminer(ws[at]!.lower) ? this.describedPhrase(s, at - 2) : null;
          if (also?.indefinite) at = also.firstWord;
          // (Or after a conjunction opening the sentence: "But a member of the committee said".)
          const opens = at === 0 || (at > 0 && CLAUSE_OPENS_AFTER.test(text.slice(ws[at - 1]!.end, ws[at]!.start))) || (at === 1 && /^(?:But|And|Yet)$/.test(ws[0]!.text));
          // (Not the outlet's own people: "Our correspondent in Allendale says" is the outlet speaking.)
          if (described && opens && ws[at]!.lower !== "our" && !this.inQuotes(quotes, head.start)) {
            const phrase = text.slice(ws[at]!.start, w.end);
            const found = this.unnamedSource(phrase.replace(/^(?:The|A|An|One)\s/, (x) => x.toLowerCase()), phrase, described.start, w.end);
            // (One person described, "a member of the committee", is who "the committee member" means later; not "a
            // member of the public".)
            if (described.indefinite && !/\bof the public$/i.test(phrase)) this.describedByHead.set(head.lower, { key: found.src.entityKey, at: described.start });
            return found;
          }
        }
      }
      // (Past the commas of a list of places: "Voters in Ohio, Texas and Florida said", "Teachers in Dayton, Toledo and Akron".)
      const listed = text.slice(pw.end, ws[j + 1]!.start) === ", " && ms.some((m) => m.end === pw.end && (this.ctx.ents.kindOf(m.entityKey) === "place" || this.ctx.ents.kindOf(m.entityKey) === "other"));
      if (/[,;]/.test(text.slice(pw.end, ws[j + 1]!.start)) && !listed) break;
    }
    if (w.lower === "and" || w.lower === "but" || w.lower === "then" || w.lower === "to") return "coordinated";
    return null;
  }

  /**
   * "An aide to the Finance Committee, who …, said": a body found after a role and a preposition is spoken for by
   * someone in that role; a later "the aide" is that body's too.
   */
  private withRoleBefore(ws: Word[], r: { src: ClaimSource; start: number; end: number }): { src: ClaimSource; start: number; end: number } {
    let k = ws.findIndex((x) => x.start === r.start) - 1;
    // (Past who leads it: "An aide to the Republican-led House Ways and Means Committee".)
    if (k >= 0 && LED_BY.test(ws[k]!.lower)) k--;
    if (k >= 0 && ws[k]!.lower === "the") k--;
    const head = ws[k - 1];
    if (k < 1 || !ROLE_PREPOSITIONS.has(ws[k]!.lower) || !head || head.cap || !ROLE_HEADS.has(head.lower) || this.ctx.ents.kindOf(r.src.entityKey) === "person") return r;
    this.ctx.discourse.noteRole(head.lower, r.src.entityKey, r.start);
    const det = ws[k - 2];
    const start = det && (det.lower === "a" || det.lower === "an") ? det.start : head.start;
    return { src: { entityKey: r.src.entityKey, text: this.ctx.text.slice(start, r.end), role: head.text }, start, end: r.end };
  }

  /**
   * "The Department of Conservation has closed the track, and a spokesman said …": the body opening the sentence, when
   * the phrase at `start` opens a clause joined to it by ", and" or a semicolon.
   */
  private clauseBodySubject(s: Sentence, ms: Mention[], start: number, end: number): string | null {
    const { text, ents } = this.ctx;
    // (Or a bare spokesperson's tag closing the sentence: "The Farm Bureau has not taken a position, a spokesperson
    // said."; not one of a kind of body, which may be another's, "The FBI searched the offices, a company spokeswoman said".)
    const closingTag = /^(?:a|an)\s+\p{L}+$/iu.test(text.slice(start, end)) && /,\s+$/.test(text.slice(Math.max(s.start, start - 2), start)) && TAG_CLOSING_AFTER.test(text.slice(end, s.end));
    if (!closingTag && !/(?:,\s+and|;)\s+$/.test(text.slice(Math.max(s.start, start - 8), start))) return null;
    const subject = ms.find((m) => m.start >= s.start && /^(?:[“"]?(?:The|But|And)\s+)?$/.test(text.slice(s.start, m.start)));
    if (!subject || !(ents.kindOf(subject.entityKey) === "organization" || ents.kindOf(subject.entityKey) === "institution")) return null;
    // (The body itself the subject, not someone of it: "The Kirkhaven Council leader will not resign, a spokesman said".)
    const after = /^\s+(\p{Ll}+)/u.exec(text.slice(subject.end, subject.end + 30))?.[1];
    if (closingTag && after && isPersonNoun(after)) return null;
    // (Not with another body named between, whose spokeswoman it may be: "Kent Police arrested two Greenpeace activists …, and
    // a spokeswoman said".)
    const other = ms.some((m) => m.start > subject.end && m.end <= start && m.entityKey !== subject.entityKey && ents.kindOf(m.entityKey) !== "place" && ents.kindOf(m.entityKey) !== "person");
    return other ? null : subject.entityKey;
  }

  /** The one organisation or institution mentioned before `pos` whose name ends in `word` (not "Friends of Ashby Park" for "friends"), or null. */
  /** The one body named so far whose name ends in the department or ministry of "a health department spokesman" (at `at`). */
  private portfolioBodyOf(phrase: string, s: Sentence, at: number): string | null {
    const office = /^(?:[Aa]n?)\s+(\p{Ll}+\s+(?:department|ministry))\s+\p{L}+$/u.exec(phrase);
    if (!office) return null;
    // (Not one the sentence places elsewhere, before the spokesman or right after: "In Delhi, a health department
    // spokesman said"; a place in what they said is no matter, "said Lahore hospitals were coping".)
    const placedAt = (from: number, to: number) => (this.ctx.ents.bySentence[s.index] ?? []).some((m) => m.start >= from && m.end <= to && (this.ctx.ents.kindOf(m.entityKey) === "place" || this.ctx.ents.kindOf(m.entityKey) === "other"));
    if (placedAt(s.start, at) || /\b(?:[Ii]n|[Aa]t|[Ff]rom|[Aa]cross)\s+(?:the\s+)?\p{Lu}/u.test(this.ctx.text.slice(s.start, at)) || /^\s+(?:in|at|from)\s+(?:the\s+)?\p{Lu}/u.test(this.ctx.text.slice(at + phrase.length, at + phrase.length + 30))) return null;
    const ending = ` ${office[1]!.replace(/\s+/g, " ")}`;
    const bodies = this.ctx.ents.entities.filter((e) => e.kind !== "person" && ` ${e.name.toLowerCase()}`.endsWith(ending));
    return bodies.length === 1 ? bodies[0]!.key : null;
  }

  private bodyEndingIn(word: string, pos: number): string | null {
    const { ents } = this.ctx;
    const keys = new Set(
      ents.mentions
        .filter((m) => m.end <= pos && (ents.kindOf(m.entityKey) === "organization" || ents.kindOf(m.entityKey) === "institution"))
        .filter((m) => ents.nameOf(m.entityKey).toLowerCase().split(/\s+/).at(-1) === word)
        .map((m) => m.entityKey),
    );
    return keys.size === 1 ? [...keys][0]! : null;
  }

  /**
   * What a bare noun in a headline's trailing attribution names: the body the article names with that head word
   * ("authority" → "Harbor Authority") or the first person it gives that role ("lawyer" → "Reid Weingarten, his
   * lawyer"). null when the article names neither.
   */
  private headlineReferent(noun: string, phrase = noun): string | null {
    const { ents } = this.ctx;
    // (The word a body's name turns on, before any "of": "Spanish Ministry of Health" for "ministry", "Hellenic Coast
    // Guard" for "coastguard"; with the phrase's other words in the name too, "health" of "health ministry", and only
    // when one body is named so.)
    const names = namesFor(noun);
    const modifiers = phrase.toLowerCase().split(/\s+/).slice(0, -1).map((w) => w.replace(/['’]s?$/, "")).filter((w) => w.length > 2 && !HEADLINE_GENERIC.has(w));
    const bodies = ents.entities.filter((e) => {
      if (e.kind === "place" || !e.name.includes(" ")) return false;
      const name = e.name.toLowerCase();
      const head = nameHead(name);
      // ("the private company" of "Aquavia Water Co.": a company by its name's legal ending.)
      const company = companyByLegalEnding(noun, name);
      return (names.includes(head) || name.replace(/\s+/g, "").endsWith(noun) || company) && modifiers.every((w) => name.split(/\s+/).includes(w));
    });
    if (bodies.length === 1) return bodies[0]!.key;
    if (bodies.length > 1) return null;
    // The one person the body gives that role, the phrase's other words in it ("Arizona Governor" of "Arizona Gov. Dale
    // Whitlock", "ODRR chief" of "ODRR Administrator …", "GOP lawmaker" of a Republican representative).
    // (Not a body's word, which a title may open: "Police say …" is no "Police prosecutor Sergeant Dale Finnerty".)
    if (INSTITUTION_NOUNS.has(noun) || ORGANIZATION_NOUNS.has(noun)) return null;
    return personTitled(noun, modifiers, ents.mentions, ents, this.ctx.text);
  }

  /** What a relative pronoun after the comma at `comma` refers to: the name before it, or before an appositive. */
  private antecedent(ms: Mention[], comma: number, quotes: Span[], sentenceStart: number, who = false): { src: ClaimSource; start: number; end: number } | null {
    const { text, ents } = this.ctx;
    // ("the Auditor-General's latest report on the city, which found": the report's owner, not what it is on.)
    // (Only for what a document does, "which found", "which concluded": not "The Treasury's review of Acme Bank, which said
    // it had cooperated", the bank's words.)
    const owned = who || !WHICH_FINDS_AFTER.test(text.slice(comma, comma + 40)) ? null : OWNERS_DOCUMENT_BEFORE.exec(text.slice(Math.max(sentenceStart, comma - 120), comma));
    const owner = owned ? mentionEndingAt(ms, comma - owned[0].length + owned[1]!.length) : null;
    // (A name of no known kind too, as the document's owner: "Auditor-General".)
    if (owner && (BODY_KINDS.has(ents.kindOf(owner.entityKey)) || ents.kindOf(owner.entityKey) === "other") && !this.inQuotes(quotes, owner.start)) return { src: { entityKey: owner.entityKey, text: text.slice(owner.start, comma - owned![0].length + owned![1]!.length + owned![2]!.length), role: null }, start: owner.start, end: comma };
    // ("Gov. Thomas Reinholt (R), who has said": the name before its party's tag.)
    const tagged = text[comma - 1] === ")" ? PARTY_TAG_BEFORE.exec(text.slice(Math.max(0, comma - 30), comma)) : null;
    let m = mentionEndingAt(ms, tagged ? comma - tagged[0].length : comma);
    // ("Aisha Reynolds, a community organizer backed by the group Justice Forward, who has accused …": "who" is the
    // person the aside describes, not the body named at its end.)
    const described = who && m && ents.kindOf(m.entityKey) !== "person" ? ents.appositiveEnds.get(comma) : undefined;
    if (described && described.start < m!.start && ents.kindOf(described.entityKey) === "person") m = described;
    // ("Alasdair Grieve, the art critic of The Forth Observer, who called it …": the person before a description of what
    // they are at a body, not the body.)
    const postOf = who && m && ents.kindOf(m.entityKey) !== "person" ? POST_AT_BODY_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start)) : null;
    const holder = postOf ? mentionEndingAt(ms, m!.start - postOf[0].length) : undefined;
    if (holder && ents.kindOf(holder.entityKey) === "person") m = holder;
    // ("Judge Anselm Kovach of Idaho, who found …": the person whose place it is, not the place; also with its state,
    // "Sheriff Joe Arpaio of Maricopa County, Ariz., who calls himself …".)
    const personBefore = !m || this.ctx.ents.kindOf(m.entityKey) === "place" ? beforeHometown(text, ms, comma, 0) : null;
    if (personBefore && this.ctx.ents.kindOf(personBefore.entityKey) === "person") m = personBefore;
    if (!m) {
      const open = lastIndexIn(text, ", ", comma - 1, Math.max(0, comma - 80));
      if (open >= 0 && comma - open <= 80 && !/[“”"]/.test(text.slice(open, comma))) m = mentionEndingAt(ms, open);
    }
    if (!m) return this.peopleBeforeComma(comma, sentenceStart, quotes);
    if (this.inQuotes(quotes, m.start)) return null;
    return this.countedPeopleOf(m, sentenceStart) ?? sourceOf(m);
  }

  /**
   * "…, opposition from roughly 30 House conservatives, who say", "a bloc of roughly 30 House conservatives who say":
   * people named by a plural noun right before `comma` (the comma, or the space before "who").
   */
  private peopleBeforeComma(comma: number, sentenceStart: number, quotes: Span[], countedOnly = false): { src: ClaimSource; start: number; end: number } | null {
    const { text } = this.ctx;
    const people = PEOPLE_BEFORE_COMMA.exec(text.slice(Math.max(sentenceStart, comma - 80), comma));
    if (countedOnly && !/\d/.test(people?.[1] ?? "")) return null;
    // (Not before an aside on why they are not named: "Two other workers, who asked not to be named, …".)
    if (/^,\s+who\s+(?:asked|requested|declined|spoke|were|was)\b/.test(text.slice(comma, comma + 24))) return null;
    if (!people || !namesPeople(people[2]!) || this.inQuotes(quotes, comma - people[0].length)) return null;
    const start = comma - people[1]!.length;
    const phrase = text.slice(start, comma);
    return this.unnamedSource(phrase, phrase, start, comma);
  }

  /**
   * "But two administrators at Lakeshore State University, who …, said": people counted at the sentence's start, of
   * the body named (mention `m`), who speak rather than the body; null when the words before the body are not such.
   */
  private countedPeopleOf(m: Mention, sentenceStart: number): { src: ClaimSource; start: number; end: number } | null {
    const { text, ents } = this.ctx;
    // (The body's kind first: this runs for most names before a verb, the pattern only for bodies.)
    if (!BODY_KINDS.has(ents.kindOf(m.entityKey))) return null;
    const counted = COUNTED_PEOPLE_AT.exec(text.slice(sentenceStart, m.start));
    if (!counted || !namesPeople(counted[2]!)) return null;
    const start = m.start - counted[1]!.length;
    const phrase = text.slice(start, m.end);
    return this.unnamedSource(phrase.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()), phrase, start, m.end);
  }


  /**
   * "“We were robbed,” the 62-year-old said", "“…,” the retired firefighter said": an age or an occupation no one in the
   * article was given, right after a quotation, is a newsroom's second name for the person who has just spoken.
   */
  private epithetAfterQuotation(s: Sentence, k: number): { src: ClaimSource; start: number; end: number } | null {
    const ws = s.words;
    const w = ws[k]!;
    const age = /^\d{1,3}-year-old$/.test(w.lower);
    // (Or a nation's word for one person: "“…,” the Swede said".)
    // (Or a word for a person no list holds, as its ending tells: "the cleaner", "the housewife"; chosen but not yet in
    // office too: "the grandmaster-elect".)
    // (Or a nation's word for one person in one word: "the Englishman", "the Irishwoman".)
    const head = w.lower.replace(/-(?:elect|designate)$/, "");
    const nation = DEMONYMS.has(head) || NATION_PERSON.test(head);
    const epithet = EPITHET_NOUNS.has(head) || PARENT_OF.test(head);
    const unlisted = !age && !OCCUPATIONS.has(head) && !epithet && !nation && isUnlistedPersonNoun(head);
    if (!age && !((OCCUPATIONS.has(head) || epithet || nation || unlisted) && !this.ctx.discourse.isGiven(head))) return null;
    let d = k - 1;
    // (Past where the person is from: "the Gateshead nurse".)
    const from = (x: Word) => x.cap && k - d === 1 && this.ctx.ents.mentions.some((m) => m.end === x.end && m.start >= x.start && this.ctx.ents.kindOf(m.entityKey) !== "person");
    while (d >= 0 && k - d <= 3 && ws[d]!.lower !== "the" && ((!ws[d]!.cap && isModifier(ws[d]!)) || from(ws[d]!))) d--;
    if (d < 0 || ws[d]!.lower !== "the") return null;
    // (Right after a quotation; or, for an age or a word only for a person, "the teenager", also opening a clause:
    // "The teenager said …", "Asked how …, the 41-year-old said:".)
    const before = this.ctx.text.slice(Math.max(s.start, ws[d]!.start - 4), ws[d]!.start);
    const afterQuote = /[,!?][”"’]\s*$/.test(before);
    // (An age among the words before the noun counts as one: "the 57-year-old farmer".)
    const aged = ws.slice(d + 1, k).some((x) => /^\d{1,3}-year-old$/.test(x.lower));
    // (A word no list holds opens a clause only before "said she" or "said he": "The cleaner said she carried …", not
    // "The dossier said the vote …".)
    // (Past an aside: "The Englishman, known as “Corky” since his playing days, said he …".)
    const personAfter = (!unlisted && !nation) || /^(?:,[^;:.!?]{1,120}?,)?\s+(?:said|says|told|tells)\s+(?:she|he)\b/.test(this.ctx.text.slice(w.end, w.end + 150));
    // (So does a nation's word: "The Englishman said he had not heard …", "The Swede said she …".)
    const opening = (age || aged || ((unlisted || nation) && personAfter) || epithet) && (d === 0 || /,\s$/.test(before));
    if (!afterQuote && !opening) return null;
    // "Carys Ellis, 45, from Conwy, was waiting …. “…,” the 45-year-old said": the one person the text just gave that age.
    // (Unless someone else was brought in with that age since: "Police arrested a 45-year-old man", "The 24-year-old
    // defendant".)
    // (In a headline or subheadline opening so, "The 19-year-old grandmaster-elect denies …": the one person the body
    // gives that age.)
    const yearsGiven = age ? w.lower.split("-")[0]! : ws.slice(d + 1, k).find((x) => /^\d{1,3}-year-old$/.test(x.lower))?.lower.split("-")[0];
    const agedInBody = s.section !== "body" && opening && yearsGiven ? this.personAgedInBody(yearsGiven) : null;
    if (agedInBody) return { src: { entityKey: agedInBody, text: this.ctx.text.slice(ws[d]!.start, w.end), role: null }, start: ws[d]!.start, end: w.end };
    const agedSo = age ? this.personAged(w.lower.split("-")[0]!, ws[d]!.start) : null;
    if (agedSo && !agedAgain(this.ctx.text.slice(agedSo.end, ws[d]!.start), w.lower)) return { src: { entityKey: agedSo.key, text: this.ctx.text.slice(ws[d]!.start, w.end), role: null }, start: ws[d]!.start, end: w.end };
    // (Not when the text has just brought in someone else so: "arrested a 17-year-old. The 17-year-old told officers",
    // "was treated by a nurse. “…,” the nurse said", "His daughter, 19, survived. “…,” the 19-year-old said".)
    const earlier = this.ctx.text.slice(Math.max(0, s.start - 600), s.start);
    if (this.someoneElseSo(earlier, w.lower, age)) return null;
    // (Two sentences back when the quotation ran on from the sentence before: "“It's a foul. Everyone saw it,” the 58-year-old said".)
    // (For a word no list holds, only someone who spoke: "Ann Holt spoke. The constructor said" is not known to be her.)
    // (For a parent's word too: "Tom Reed, 41, was driving with his friend Ian Bell. The father-of-two … told".)
    const key = this.ctx.discourse.recentOneSpeakerKey(s.index, 2, unlisted || PARENT_OF.test(head));
    const phrase = this.ctx.text.slice(ws[d]!.start, w.end);
    // (Not someone the text gave another age: "Aisha Reynolds, a 34-year-old organizer, …", "Tom Beal, 34, …" is no
    // "71-year-old"; then no one: a guess would put words in someone's mouth.)
    if (key && age && this.agedOtherwise(key, w.lower.split("-")[0]!)) return null;
    // (Never someone of the other sex than the sentence's "he" or "she": "The 24-year-old Brazilian … said he …".)
    const pronoun = /\b(he|she|his|her|him)\b/i.exec(this.ctx.text.slice(w.end, s.end))?.[1]?.toLowerCase();
    const otherSex = (who: string) => {
      const gender = this.ctx.ents.genderOf(who);
      return !!pronoun && !!gender && (/^(?:he|his|him)$/.test(pronoun) ? gender !== "m" : gender !== "f");
    };
    if (key && !otherSex(key)) return { src: { entityKey: key, text: phrase, role: null }, start: ws[d]!.start, end: w.end };
    // (An age and a nation, opening the sentence, for the one person the paragraph before spoke of: "… the panel said
    // Halmi had engaged in corruption. ¶ The 66-year-old Hungarian, who led the union …, said".)
    // (Not when the text has just brought someone in without a name, nor someone of the other sex than the sentence's
    // "he" or "she".)
    // (So does a tabloid's word for a parent: "… a thermometer Mr Whitworth, 41, kept on his dashboard. ¶ The
    // father-of-two, from Wythenshawe, told the hearing".)
    const years = ws.slice(d + 1, k).find((x) => /^\d{1,3}-year-old$/.test(x.lower))?.lower.split("-")[0];
    const parent = PARENT_OF.test(head);
    if (opening && ((years && DEMONYMS.has(w.lower) && !this.someoneElseSo(earlier, `${years}-year-old`, true)) || parent)) {
      const people = new Set(this.ctx.ents.mentions.filter((m) => m.end <= ws[d]!.start && m.start >= ws[d]!.start - ONE_PERSON_REACH && this.ctx.ents.kindOf(m.entityKey) === "person").map((m) => m.entityKey));
      const one = people.size === 1 ? [...people][0]! : null;
      // (Not someone the text says died, nor a parent's word of the other sex: "Tom Reed, 19, died …. The mother-of-three,
      // who was in the car, told police".)
      const dead = parent && one ? this.saidToHaveDied(one) : false;
      const parentSex = parent ? (/^(?:father|dad|grandfather|grandad)-/.test(head) ? "m" : "f") : null;
      const sexOf = one ? this.ctx.ents.genderOf(one) : null;
      if (one && !otherSex(one) && !dead && !(parentSex && sexOf && sexOf !== parentSex) && !(years && this.agedOtherwise(one, years))) return { src: { entityKey: one, text: phrase, role: null }, start: ws[d]!.start, end: w.end };
    }
    // (A nation's word for someone no one named just before: the person so described.)
    return nation ? this.unnamedSource(phrase.replace(/^The\b/, "the"), phrase, ws[d]!.start, w.end) : null;
  }

  /**
   * "The 57-year-old former Marshals Service official said she …", "Asked about the report, the 49-year-old former
   * Atlanta airport chief said" (or, `ageAlone`, "The 58-year-old said she …"): an age, and a past post, opening the
   * clause and ending at word `k`, give the background of the person the story opened with, named more than once so
   * far, when a "he" or "she" follows, that person is of no other sex, age or fate, and the text has brought in no one
   * without a name who may be meant.
   */
  private formerSelf(s: Sentence, k: number, quotes: Span[], ageAlone = false): { src: ClaimSource; start: number; end: number } | null {
    const ws = s.words;
    const { ents, text } = this.ctx;
    let ageAt: number;
    if (ageAlone) {
      // ("The 58-year-old said": the age alone, of no one the text has just brought in so, "Police arrested a
      // 58-year-old man".)
      if (!/^\d{1,3}-year-old$/.test(ws[k]!.lower) || this.someoneElseSo(text.slice(Math.max(0, s.start - 600), s.start), ws[k]!.lower, true)) return null;
      ageAt = k;
    } else {
      // (Called for every word before a verb: the age looked for word by word, no copy made.)
      ageAt = -1;
      for (let j = k - 1; j >= Math.max(0, k - 7) && ageAt < 0; j--) if (ws[j]!.lower.endsWith("-year-old") && /^\d{1,3}-year-old$/.test(ws[j]!.lower)) ageAt = j;
      if (ageAt < 0 || ws[k]!.cap || !/^[\p{Ll}-]+$/u.test(ws[k]!.text)) return null;
      if (ageAt < 1 || !/^(?:former|ex|onetime|one-time)$/.test(ws[ageAt + 1]?.lower ?? "") || ageAt + 1 >= k) return null;
    }
    if (ageAt < 1 || ws[ageAt - 1]!.lower !== "the") return null;
    const the = ws[ageAt - 1]!;
    if (!opensClauseAt(text, ws, ageAt - 1) || this.inQuotes(quotes, the.start)) return null;
    const phraseEnd = ws[k]!.end;
    if (ents.mentions.some((m) => m.start >= the.start && m.end <= phraseEnd && ents.kindOf(m.entityKey) === "person")) return null;
    const years = ws[ageAt]!.lower.split("-")[0]!;
    // (The "she" or "he" that follows, in the sentence or the next, must say which sex: "“If they can't do the work,”
    // she said"; with none, the epithet may be anyone's.)
    const pronoun = /\b(she|he|her|his|him)\b/i.exec(text.slice(phraseEnd, s.end + 160).replace(/[“"][^“”"]*[”"]/g, " "))?.[1]?.toLowerCase();
    if (!pronoun) return null;
    const sex = /^(?:he|his|him)$/.test(pronoun) ? "m" : "f";
    // (Never when the text has brought in someone without a name who may be them: "A former detective who worked on the
    // case gave evidence", "Police arrested a man", "One of them is walking …".)
    // (In the paragraphs just before, or by the epithet's own word anywhere: "A former detective …. The 62-year-old former
    // detective said".)
    const bodyText = text.slice(this.bodyStart < 0 ? s.start : this.bodyStart, the.start);
    const sameWord = ageAlone ? [] : [...bodyText.matchAll(new RegExp(String.raw`\b(?:[Aa]n?|[Oo]ne)\s+(?:[\p{L}\d-]+\s+){0,3}${ws[k]!.lower}\b`, "gu"))];
    const broughtInSo = sameWord.some((m) => !NAME_THEN_COMMA_BEFORE.test(bodyText.slice(Math.max(0, m.index! - 40), m.index)));
    if (this.someoneBroughtIn(bodyText.slice(-BROUGHT_IN_REACH)) || broughtInSo) return null;
    // The person the story opened with, named more than once so far, of no other sex and given no other age.
    const first = ents.mentions.find((m) => m.end <= the.start && m.section === "body" && ents.kindOf(m.entityKey) === "person");
    const key = first?.entityKey ?? null;
    const namedAgain = key !== null && ents.mentions.filter((m) => m.entityKey === key && m.end <= the.start && m.section === "body").length >= 2;
    const gender = key ? ents.genderOf(key) : null;
    // (Not someone the text says died: "Ann Holt died. … “…,” the 71-year-old said".)
    if (!key || !namedAgain || (gender !== null && gender !== sex) || this.agedOtherwise(key, years) || this.saidToHaveDied(key)) return null;
    return { src: { entityKey: key, text: text.slice(the.start, phraseEnd), role: null }, start: the.start, end: phraseEnd };
  }

  /** Whether the text says the person `key` died: "Tom Reed, 19, died …", "Ann Holt was killed". */
  private saidToHaveDied(key: string): boolean {
    return this.ctx.ents.mentions.some((m) => m.entityKey === key && DIED_AFTER.test(this.ctx.text.slice(m.end, m.end + 60)));
  }

  /**
   * Whether `text` brings in a person without a name: "a former detective", "an 82-year-old pensioner", "a cyclist",
   * "One of them", "one of the veterans" (by a word the lexicon knows for people).
   */
  private someoneBroughtIn(text: string): boolean {
    if (/\b[Oo]ne of (?:them|the|those|these)\b/.test(text)) return true;
    for (const m of text.matchAll(/\b(?:[Aa]n?|[Aa]nother)\s+(?:[\p{Ll}\d-]+\s+){0,3}?(\p{Ll}+)\b/gu)) {
      // (Not a description set off after a name, which is that person's: "Laura Chen, a former Marshals Service official,".)
      if (NAME_THEN_COMMA_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index))) continue;
      const head = m[1]!;
      if (isPersonNoun(head) || OCCUPATIONS.has(head) || namesPeople(head) || KIN_NOUNS.has(head) || EPITHET_NOUNS.has(head) || ROLE_HEADS.has(head) || /^(?:man|woman|boy|girl|teenager|pensioner|resident|witness|former|ex)$/.test(head)) return true;
    }
    return false;
  }

  /**
   * Whether "the body" at `found` may mean a body named just before: one body of those the sentence and the one before
   * name, or a name of its own ("Industry body"); not "The Gambling Commission and the Advertising Standards Authority
   * …. The body said".
   */
  private oneBodyNear(s: Sentence, found: { src: ClaimSource; start: number }): boolean {
    if (!/^the\s+body$/i.test(found.src.text)) return true;
    const { ents } = this.ctx;
    const near = [...(ents.bySentence[s.index - 1] ?? []), ...(ents.bySentence[s.index] ?? [])].filter((m) => m.start < found.start && BODY_KINDS.has(ents.kindOf(m.entityKey)));
    return new Set(near.map((m) => m.entityKey)).size <= 1;
  }

  /**
   * One person of a group that spoke ("“…,” one of them said" after "Two airline executives … said"): a source of their
   * own, "one of two airline executives", as an anonymous source is one person, also known by the words used.
   */
  private oneOf(group: string, phrase: string): string {
    const { ents } = this.ctx;
    const name = lowerOpening(ents.nameOf(group));
    // (Only a group of people described, "two diplomats briefed on the talks", not records, nor two people named.)
    const head = name.split(/\s(?:briefed|familiar|close|involved|knowledgeable|who|with|of|in|at|from|on|for)\s/)[0]!.split(/\s+/).at(-1)!;
    if (!ents.isPlural(group) || ents.kindOf(group) === "person" || !(head === "people" || namesPeople(head) || PEOPLE_PLURALS.has(head))) return group;
    return ents.ensure(`one of ${/^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some|many)\s/.test(name) ? "" : "the "}${name}`, ents.kindOf(group), phrase);
  }

  /** The one person named in the 600 characters before `before` with the age `years` ("Carys Ellis, 45,", "a 45-year-old nurse, Ann Holt"), and where they were last named so. */
  private personAged(years: string, before: number): { key: string; end: number } | null {
    const { ents } = this.ctx;
    const aged = ents.mentions.filter((m) => m.end <= before && m.start >= before - 600 && ents.kindOf(m.entityKey) === "person" && this.givenAge(m, years, false));
    const people = new Set(aged.map((m) => m.entityKey));
    return people.size === 1 ? { key: aged.at(-1)!.entityKey, end: aged.at(-1)!.end } : null;
  }

  /** The one person the body gives the age `years` ("Daniil Korsunsky, the 19-year-old who …", "Tom Beal, 19,"), or null. */
  private personAgedInBody(years: string): string | null {
    const { ents } = this.ctx;
    const people = new Set(ents.mentions.filter((m) => m.section === "body" && ents.kindOf(m.entityKey) === "person" && this.givenAge(m, years, true)).map((m) => m.entityKey));
    return people.size === 1 ? [...people][0]! : null;
  }

  /**
   * Whether the mention gives the person the age `years`: in their role ("a 45-year-old nurse") or set off after the name
   * ("Carys Ellis, 45,"), and when `described`, as a description after it too ("Daniil Korsunsky, the 19-year-old who").
   */
  private givenAge(m: Mention, years: string, described: boolean): boolean {
    const { text } = this.ctx;
    return new RegExp(String.raw`\b${years}-year-old\b`).test(m.role ?? "") || text.startsWith(`, ${years},`, m.end) || (described && text.startsWith(`, the ${years}-year-old`, m.end));
  }

  /** Whether the text gives the person `key` an age other than `years`: "a 34-year-old organizer", "Tom Beal, 34,". */
  private agedOtherwise(key: string, years: string): boolean {
    const { text, ents } = this.ctx;
    const other = (n: string | undefined) => n !== undefined && n !== years;
    return ents.mentions.some((m) => m.entityKey === key && (other(/\b(\d{1,3})-year-old\b/.exec(m.role ?? "")?.[1]) || other(/^,\s(\d{1,3}),/.exec(text.slice(m.end, m.end + 6))?.[1])));
  }

  /**
   * "“…,” said Ann Holt, the group's director. The former FEC attorney said …", "Reyes denied it. The former Army
   * general said …": a role someone held before, that no one in the article holds, opening the sentence after a
   * person spoke, is a newsroom's second name for that person (not the body of the role: the Army does not speak).
   */
  private formerRoleOfSpeaker(s: Sentence, k: number, noun: string): { src: ClaimSource; start: number; end: number } | null {
    const ws = s.words;
    if (DESCRIPTION_KINDS[noun]?.[0] !== "person" || this.ctx.discourse.isGiven(noun)) return null;
    // ("The former FEC attorney": "the", "former", then up to two words naming where.)
    const d = ws.findIndex((x, i) => i >= k - 4 && i < k - 1 && x.lower === "the" && ws[i + 1]!.lower === "former");
    if (d !== 0 || ws.slice(d + 2, k).some((x) => x.poss || x.lower === "of")) return null;
    // (Not with an aside of its own, "The former mayor, who lost to Holt in 2020, said": someone else described.)
    if (/^\s*,/.test(this.ctx.text.slice(ws[k]!.end, ws[k]!.end + 2))) return null;
    const key = this.ctx.discourse.recentOneSpeakerKey(s.index, 1, true);
    if (!key || this.ctx.ents.kindOf(key) !== "person") return null;
    // (Nor when the sentence names that person too.)
    if (this.ctx.ents.mentions.some((m) => m.entityKey === key && m.start >= s.start && m.end <= s.end)) return null;
    return { src: { entityKey: key, text: this.ctx.text.slice(ws[d]!.start, ws[k]!.end), role: null }, start: ws[d]!.start, end: ws[k]!.end };
  }

  /**
   * Whether `earlier` brings in a person by the epithet `noun` ("a 17-year-old", "a passing firefighter", "his daughter,
   * 19,"). (`noun` is letters, digits and hyphens: safe in a pattern.)
   */
  private someoneElseSo(earlier: string, noun: string, age: boolean): boolean {
    const described = new RegExp(String.raw`\b(?:a|an|the|his|her|their|its|one)\s+(?:[\p{L}\d-]+\s+){0,2}${noun}\b`, "iu");
    if (described.test(earlier)) return true;
    // (An age or "the teenager" for someone brought in without a name: "his daughter", "a 16-year-old client".)
    if ((age || EPITHET_NOUNS.has(noun)) && PERSON_BROUGHT_IN.test(earlier.slice(-300))) return true;
    // An age given after someone's noun, not a name: "His daughter, 19,".
    return age && new RegExp(String.raw`\b\p{Ll}+,\s${noun.split("-")[0]},`, "u").test(earlier);
  }

  /** Whether the sentence before `sentenceStart` names a document "it" may be ("received a subpoena", "a letter from"). */
  /** The body that wrote the document opening the sentence before ("The 64-page report by the Community Oversight Commission …"), if any. */
  private documentAuthorJustBefore(sentenceStart: number): string | null {
    const { text, ents } = this.ctx;
    const end = text.slice(0, sentenceStart).trimEnd().length;
    const from = Math.max(previousSentenceStop(text, end) + 2, text.lastIndexOf("\n", end - 1) + 1, 0);
    const author = this.authorOfOpeningDocument(ents.mentions, from, end);
    // (Not a body whose unit wrote it: "The 47-page report by the CFA’s integrity unit".)
    return author && BODY_KINDS.has(ents.kindOf(author.entityKey)) && !/^['’]/.test(text.slice(author.end, author.end + 1)) ? author.entityKey : null;
  }

  private documentJustBefore(sentenceStart: number): boolean {
    const { text } = this.ctx;
    const stop = previousSentenceStop(text, sentenceStart);
    return /\b(?:letter|subpoena|lawsuit|suit|report|warning|notice|complaint|memo|e-?mail|statement|ruling|order|filing|study|survey|audit)\b/i.test(text.slice(stop < 0 ? Math.max(0, sentenceStart - 400) : stop + 2, sentenceStart));
  }

  /**
   * "The two-page memo, dated April 9 and signed by Lawrence Pettibone, the deputy …, says": a document opening the
   * sentence, with who signed, wrote or sent it set off by commas before the verb, speaks for them.
   */
  private signerOfDocumentWithAside(s: Sentence, cueStart: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const { text } = this.ctx;
    const m = DOCUMENT_WITH_ASIDE.exec(text.slice(s.start, cueStart));
    // (A formal notice too: "A planning notice, issued by Leeds City Council, says".)
    const notice = m?.[2] === "notice" && NOTICE_KINDS.has(m[1]!.trim().split(/\s+/).at(-2)?.toLowerCase() ?? "");
    if (!m || !(DOCUMENT_NOUNS.has(m[2]!.toLowerCase()) || notice) || this.inQuotes(quotes, s.start + m[1]!.length)) return null;
    const asideStart = s.start + m[1]!.length + 2;
    // (Its writer over those who signed it: "signed by 41 Democratic lawmakers and written by state Rep. Ann Holt".)
    const bys = [...text.slice(asideStart, cueStart).matchAll(SIGNED_BY)].sort((a, b) => Number(WRITTEN_BY.test(b[0])) - Number(WRITTEN_BY.test(a[0])));
    let key: string | null = null;
    for (const by of bys) {
      const at = asideStart + by.index + by[0].length;
      // ("sent … by lawyers for the scientist": the client their lawyers speak for, named or described before.)
      const lawyers = LAWYERS_FOR.exec(text.slice(at, at + 40));
      key = lawyers ? this.clientAt(at + lawyers[0].length) : this.authorAt(at);
      if (key) break;
    }
    if (!key) return null;
    const start = s.start + m[1]!.length - m[1]!.trimStart().length;
    return { src: { entityKey: key, text: m[1]!.trim(), role: null }, start, end: s.start + m[1]!.length };
  }

  /** The person someone described gave their name as, right after the description: "a shopkeeper … who gave his name only as Moussa". */
  private nameGivenAfter(found: { src: ClaimSource; start: number; end: number }): { src: ClaimSource; start: number; end: number } | null {
    const { text, ents } = this.ctx;
    const given = NAME_GIVEN_AFTER.exec(text.slice(found.end, found.end + 120));
    const at = given ? found.end + given[0].length : -1;
    const person = given ? ents.mentions.find((m) => m.start >= at && m.start <= at + 4 && ents.kindOf(m.entityKey) === "person") : undefined;
    if (!person) return null;
    // (The description's words name them; a place's do not: "A man from Guinea".)
    const described = ents.kindOf(found.src.entityKey) === "unnamed";
    return { src: { entityKey: person.entityKey, text: described ? found.src.text : person.text, role: found.src.role }, start: found.start, end: found.end };
  }

  /**
   * The body "the X’s" (the possessive at word j) refers back to when the article only described it ("A judicial panel
   * found …"): the one described with that head word; none when a body named with the word is known, or was named since.
   */
  private describedPossessor(ws: Word[], j: number, quotes: Span[]): string | null {
    const { ents } = this.ctx;
    const det = ws[j - 1];
    if (det?.lower !== "the" || this.inQuotes(quotes, det.start)) return null;
    const noun = descriptionNoun(ws[j]!, det);
    if (!noun || !DESCRIPTION_KINDS[noun]!.some((x) => x !== "person") || this.ctx.discourse.isGiven(noun)) return null;
    const described = this.describedByHead.get(noun);
    if (!described || described.at >= det.start) return null;
    const namedSo = ents.mentions.some((m) => m.end <= det.start && BODY_KINDS.has(ents.kindOf(m.entityKey)!) && ents.nameOf(m.entityKey).toLowerCase().split(/[^\p{L}]+/u).includes(noun));
    return namedSo ? null : described.key;
  }

  /**
   * "The office of the attorney general said", opening its clause: read as "the attorney general's office" is, the person
   * the article gave that title, else the office as worded.
   */
  private officeOfRoleEndingAt(s: Sentence, k: number): { src: ClaimSource; start: number; end: number } | null {
    const ws = s.words;
    const o = ws[k - 3]?.lower === "office" ? k - 3 : ws[k - 4]?.lower === "office" ? k - 4 : -1;
    if (o < 1 || ws[o + 1]!.lower !== "of" || ws[o + 2]!.lower !== "the" || ws[o - 1]!.lower !== "the") return null;
    if (ws.slice(o, k + 1).some((x) => x.cap || x.poss) || !opensClauseAt(this.ctx.text, ws, o - 1)) return null;
    const noun = descriptionNoun(ws[k]!, ws[k - 1]);
    if (!noun || DESCRIPTION_KINDS[noun]?.[0] !== "person" || (noun !== ws[k]!.lower && k - o !== 4)) return null;
    const start = ws[o - 1]!.start;
    const end = ws[k]!.end;
    const phrase = this.ctx.text.slice(start, end);
    const holder = this.ctx.discourse.holderOf(noun);
    if (holder) return { src: { entityKey: holder, text: phrase, role: null }, start, end };
    return this.unnamedSource(lowerOpening(phrase), phrase, start, end);
  }

  /**
   * "a spokesman for Mr Reid", "an aide to the senator" at word j, before `pos`: the phrase read as a subject ending at
   * the name after "for" or "to" (as it would be right before its verb); null when no name follows.
   */
  private speakerForWhomAt(s: Sentence, ms: Mention[], j: number, pos: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const ws = s.words;
    if (!/^(?:for|to)$/.test(ws[j + 1]?.lower ?? "")) return null;
    const named = ms.find((m) => m.start >= ws[j + 1]!.end && m.start <= ws[j + 1]!.end + 5 && m.end <= pos);
    // (The name whole, then a verb or a comma: not a family's or a body's name, "the Crane administration", "the Reid
    // family", "the Holt government".)
    if (!named || !/^(?:,|\s+(?:\p{Ll}+ed|said|told|did|had|has|was|would|could|also|then|later|who)\b)/u.test(this.ctx.text.slice(named.end, named.end + 14))) return null;
    const e = ws.findIndex((x) => x.end === named.end);
    return e > j ? this.sourceEndingAt(s, ms, e, quotes) : null;
  }

  /** The client named at `at` ("Declan Ostby", "the Harbor League") or described as one person before ("the scientist"). */
  private clientAt(at: number): string | null {
    const { text, ents } = this.ctx;
    const named = mentionStartingIn(ents.mentions, at, at);
    if (named) return named.entityKey;
    const noun = /^(\p{Ll}+)\b/u.exec(text.slice(at, at + 30))?.[1];
    return noun ? (this.describedByHead.get(noun)?.key ?? null) : null;
  }

  /**
   * The document that spoke lately, when the sentence right before opens with it: whom "It" means in "The report
   * does not assign a cause. It states that …", not a person the report quoted.
   */
  private documentOpeningSentenceBefore(s: Sentence, itEnd: number): string | null {
    const spoke = this.documentSpoke;
    if (!spoke || s.index - spoke.sentence > 3) return null;
    const { text, ents } = this.ctx;
    // (Only with a document's verb in the present: "It states", "It says"; not "It said in a statement", a body's.)
    if (!DOCUMENT_GOES_ON.test(text.slice(itEnd, itEnd + 24))) return null;
    const end = text.slice(0, s.start).trimEnd().length;
    const from = Math.max(previousSentenceStop(text, end) + 2, text.lastIndexOf("\n", end - 1) + 1, 0);
    const opening = /^(?:The|This|That|Its)\s+((?:[\p{Ll}\d-]+\s+){0,2}[\p{Ll}-]+)\s/u.exec(text.slice(from, end));
    const noun = opening?.[1]!.split(/\s+/).find((x) => DOCUMENT_NOUNS.has(x));
    return noun && ents.nameOf(spoke.key).toLowerCase().split(/\s+/).includes(noun) ? spoke.key : null;
  }

  /** How many bodies the sentence before `sentenceStart` names (at most 400 characters back). */
  private bodiesJustBefore(sentenceStart: number): number {
    return this.bodyKeysJustBefore(sentenceStart).size;
  }

  /** The last body the sentence before `sentenceStart` names, if any. */
  private bodyJustBefore(sentenceStart: number): string | undefined {
    return [...this.bodyKeysJustBefore(sentenceStart)].at(-1);
  }

  private bodyKeysJustBefore(sentenceStart: number): Set<string> {
    const { text, ents } = this.ctx;
    const stop = previousSentenceStop(text, sentenceStart);
    const from = stop < 0 ? Math.max(0, sentenceStart - 400) : stop + 2;
    return new Set(ents.mentions.filter((m) => m.start >= from && m.end <= sentenceStart && BODY_KINDS.has(ents.kindOf(m.entityKey))).map((m) => m.entityKey));
  }

  /** The subject opening a sentence, before a relative clause that runs to the verb: "Voters" of "Voters who live near the plant said". */
  private subjectBeforeRelative(s: Sentence, ms: Mention[], cueStart: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const whole = this.ctx.text.slice(s.start, cueStart);
    // (Or opening the clause after a colon: "Others were less forgiving: two rival runners who spoke to … said".)
    const colon = whole.lastIndexOf(": ");
    // (Or after where or when, set off by a comma: "In Memphis, a tax preparer who files 900 returns a year said".)
    const fronted = FRONTED_PLACE_OR_TIME.exec(whole);
    const from = colon > 0 && !this.inQuotes(quotes, s.start + colon) ? colon + 2 : fronted ? fronted[0].length : 0;
    const lead = whole.slice(from);
    const m = SUBJECT_THEN_RELATIVE.exec(lead) ?? whoAsideSubject(lead);
    // (Not a clause that already has a verb of saying: "Holt said that voters who …".)
    if (!m || m[1]!.split(/\s+/).some((w) => verbClass(w.toLowerCase()) !== null) || this.inQuotes(quotes, s.start + from + m[1]!.length - 1)) return null;
    // (Nor a verb of knowing before "that", no noun: "The Irish Courant understands that two consultants have told …".)
    if (KNOWING_VERB_END.test(m[1]!)) return null;
    if (from === 0) return this.leadSubject(s, ms, m[1]!, quotes);
    const found = this.sourceRightBefore(s, ms, s.start + from + m[1]!.length, quotes);
    return found === "coordinated" ? null : found;
  }

  /** The speaker that the sentence's first words `lead` end in, as `sourceRightBefore` finds it, or null. */
  private leadSubject(s: Sentence, ms: Mention[], lead: string, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const found = this.sourceRightBefore(s, ms, s.start + lead.length, quotes);
    return found === "coordinated" ? null : found;
  }

  /** "angered council members who complained that …": people named right before "who" and the verb. */
  private antecedentOfWho(s: Sentence, ms: Mention[], cueStart: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const ws = s.words;
    const k = ws.findLastIndex((w) => w.end <= cueStart);
    const who = /^(?:also|later|then|\p{Ll}+ly)$/u.test(ws[k]?.lower ?? "") ? k - 1 : k;
    if (ws[who]?.lower !== "who" || who < 1 || this.ctx.text.slice(ws[who - 1]!.end, ws[who]!.start) !== " ") return null;
    if (this.inQuotes(quotes, ws[who - 1]!.start)) return null;
    // (Also people after a verb or "from", whom the clause makes its subject: "met voters who said".)
    // (The noun and one word that qualifies it, "council members", "Democratic lawmakers"; not "met voters".)
    const noun = ws[who - 1]!;
    const mod = ws[who - 2];
    const withMod = mod && !mod.poss && this.ctx.text.slice(mod.end, noun.start) === " " && (mod.cap || PEOPLE_MODIFIERS.has(mod.lower)) && who - 2 > 0;
    const first = withMod ? who - 2 : who - 1;
    // (People after a preposition, "criticism from Republicans who accused", or the object of a verb in the past,
    // "mocked critics who said"; not someone only imagined or denied, "would fire any worker who said", "has never met
    // a farmer who said", "There is no doctor who says", nor met "meeting voters who complained, said …".)
    const lead = first >= 1 ? ws[first - 1]! : null;
    // ("testimony came from a Texarkana woman who said": past an article after the preposition.)
    // (Only with what they said after the verb, and not in a hypothetical: not "from a man who said nothing", "If you
    // get a call from a woman who says …".)
    const afterArticle = lead !== null && /^(?:a|an)$/.test(lead.lower) && first >= 2 && /^(?:from|among|by)$/.test(ws[first - 2]!.lower) &&
      SAID_CLAUSE_AFTER.test(this.ctx.text.slice(cueStart, cueStart + 30)) && !/^[“"]?(?:If|When|Whenever|Unless|Should)\b/.test(this.ctx.text.slice(s.start, s.start + 12));
    const prepositional = lead !== null && (/^(?:from|for|among|by|with|against|of)$/.test(lead.lower) || afterArticle);
    const pastObject = lead !== null && (VERB_LIKE.test(lead.lower) || /^(?:a|an|the|some|many|several)$/.test(lead.lower) && first >= 2 && VERB_LIKE.test(ws[first - 2]!.lower));
    if (!prepositional && !pastObject) return null;
    const clause = this.ctx.text.slice(Math.max(s.start, lastIndexIn(this.ctx.text, ",", noun.start, s.start) + 1), noun.start);
    if (/\b(?:would|will|could|should|might|may|can|must|not|never|no|any|few|every|each|kind|sort|type)\b|n['’]t\b/.test(clause)) return null;
    const phrase = this.ctx.text.slice(ws[first]!.start, noun.end);
    // (One person described so, with the article: "a Texarkana woman".)
    const worded = afterArticle && personDescribedBy(noun.lower) ? this.ctx.text.slice(lead!.start, noun.end) : null;
    const described = worded ? this.describedSource({ firstWord: first - 1, start: lead!.start, end: noun.end, phrase: worded, name: lowerOpening(worded), indefinite: true }) : null;
    const found = this.sourceEndingAt(s, ms, who - 1, quotes) ?? (namesPeople(noun.lower) ? this.unnamedSource(phrase, phrase, ws[first]!.start, noun.end) : described);
    return found && this.someoneSpeaks(found) ? found : null;
  }

  /**
   * The subject opening the sentence before a relative clause with no commas that runs to the verb at `cueStart`,
   * when `inside` is in that clause: "An aide who advised the mayor said", "Voters who backed Tom Holt said".
   */
  private subjectAroundRelative(s: Sentence, ms: Mention[], cueStart: number, inside: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    // (Past how they were asked: "Asked about the licence, a Pesa Haraka official who declined to be named … said".)
    const lead = this.ctx.text.slice(s.start, cueStart);
    const asked = ASKED_OPENING.exec(lead)?.[0] ?? "";
    const m = SUBJECT_THEN_RELATIVE.exec(lead.slice(asked.length));
    if (!m || s.start + asked.length + m[1]!.length >= inside) return null;
    // (A noun phrase, not a clause: "Ann Kerr met voters who backed Holt and said".)
    const words = m[1]!.replace(/^[“"]/, "").split(/\s+/);
    if (FRONTING_WORDS.test(words[0]!) || words.slice(1).some(looksLikeVerb) || words.some((w) => verbClass(w.toLowerCase()) !== null)) return null;
    return this.leadSubject(s, ms, asked + m[1]!, quotes);
  }

  /**
   * One person described opening the sentence, then what they were doing or where they are, up to the verb (perhaps past
   * an aside set off by commas), when `found` is a place, or a name of no known sort, or someone after a preposition of
   * where, inside that stretch: "A woman waiting for the bus on Portage Avenue late Wednesday said", "A cattle rancher
   * north of Lusk, who asked that his name not be used, said", "A nurse moved to Port of Spain said". That name is where
   * the person is, not who speaks.
   */
  private personOpeningAround(s: Sentence, ms: Mention[], cueStart: number, found: { src: ClaimSource; start: number; end: number } | null, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const { text, ents } = this.ctx;
    // (Or set off after who opens the sentence, up to the verb: "One of the tenants she works with, a 62-year-old retired
    // cafeteria worker in southwest Atlanta, said".)
    const setOff = PERSON_SET_OFF_THEN_WHERE.exec(text.slice(s.start, cueStart));
    const from = setOff ? s.start + setOff[0].length : s.start;
    const lead = setOff ? text.slice(from, cueStart).replace(/,\s$/, "") : text.slice(s.start, cueStart);
    // (Or someone of an age alone, right before where: "A 33-year-old from Kharkiv said".)
    const m = PERSON_OPENING_THEN_WHERE.exec(lead) ?? AGED_THEN_WHERE.exec(lead);
    // (Not a relative clause's own verb: "A dairy farmer from Price County who testified at the meeting said".)
    if (!m || this.inQuotes(quotes, s.start) || /\b(?:who|that|which)\s+(?:\p{Ll}+ly\s+)?$/u.test(lead)) return null;
    const headEnd = from + m[1]!.length;
    // (Only a description that runs on to the verb: not one that is a clause's subject of its own before a speaker set
    // off by a comma, "A man detained in Israel last week is an American citizen, Israel said", "A worker employed by
    // Acme was hurt, Acme said"; what comes before the first comma has no verb of its own.)
    if (found && !setOff && /,\s$/.test(text.slice(Math.max(s.start, found.start - 2), found.start))) return null;
    const ownVerb = text.slice(headEnd, cueStart).split(",")[0]!;
    if (/\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|be|been)\b/.test(ownVerb)) return null;
    const where = (x: Mention) =>
      x.start > headEnd && x.end <= cueStart && (PLACE_LIKE_KINDS.has(ents.kindOf(x.entityKey)) || (ents.kindOf(x.entityKey) === "person" && WHERE_BEFORE.test(text.slice(Math.max(s.start, x.start - 12), x.start))));
    const inside = ms.filter(where);
    if (!inside.length || (found && !inside.some((x) => x.entityKey === found.src.entityKey && x.start >= found.start - 4))) return null;
    const head = s.words.findIndex((w) => w.start === headEnd - m[2]!.length);
    // (Not one who speaks for where they are from: "A spokesman from China said", "A representative of Phu Loi Garment".)
    if (head < 0 || SPEAKS_FOR_BODY.has(m[2]!) || !(personDescribedBy(m[2]!) || isUnlistedPersonNoun(m[2]!) || /^\d{1,3}-year-old$/.test(m[2]!))) return null;
    const described = this.describedPhrase(s, head);
    if (!described?.indefinite || (described.firstWord !== 0 && !setOff)) return null;
    // (Named with where they are when that is all that follows, as "a dairy farmer from Ohio" is: "a cattle rancher north
    // of Lusk"; not the whole of what they were doing.)
    const place = inside[0]!;
    const stretch = text.slice(headEnd, place.end);
    const placeEndsIt = text[place.end] === "," || text.slice(place.end, cueStart).trim() === "";
    if (placeEndsIt && stretch.length <= 40 && /^\s(?:(?:north|south|east|west)\s+of|near|outside|in|at|from|of)\s[^,;]*$/.test(stretch)) {
      const phrase = text.slice(described.start, place.end);
      return this.describedSource({ ...described, end: place.end, phrase, name: lowerOpening(phrase) });
    }
    return this.describedSource({ ...described, name: lowerOpening(described.name) });
  }

  /**
   * "The department of agriculture said", "the ministry of health told": a body named in lower case by its portfolio,
   * opening the clause and ending at word `k`; the body of that name when the article gave it in capitals.
   */
  private bodyByPortfolio(s: Sentence, k: number): { src: ClaimSource; start: number; end: number } | null {
    const { text, ents } = this.ctx;
    const ws = s.words;
    const end = ws[k]!.end;
    const m = BODY_BY_PORTFOLIO_BEFORE.exec(text.slice(Math.max(s.start, end - 70), end));
    if (!m) return null;
    const start = end - m[1]!.length;
    const first = ws.findIndex((w) => w.start === start);
    if (first < 0 || !opensClauseAt(text, ws, first)) return null;
    const name = m[2]!.replace(/(^|\s)(?!(?:of|for|and)\b)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
    const key = ents.lookup(name) ?? ents.ensure(name, "institution", m[1]!);
    return { src: { entityKey: key, text: m[1]!, role: null }, start, end };
  }

  /** The subject before a "who" clause that runs on past commas to the verb at `cueStart`, when `inside` is in that clause. */
  private subjectBeforeWhoAside(s: Sentence, ms: Mention[], cueStart: number, inside: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const m = whoAsideSubject(this.ctx.text.slice(s.start, cueStart));
    return m && s.start + m[1]!.length < inside ? this.leadSubject(s, ms, m[1]!, quotes) : null;
  }

  /** "Holt released a statement Monday that said …": the subject of the verb that issued the document "that" refers to. */
  private issuerOfDocumentThat(s: Sentence, ms: Mention[], cueStart: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const from = Math.max(s.start, cueStart - 120);
    const m = ISSUED_DOCUMENT_THAT.exec(this.ctx.text.slice(from, cueStart));
    // (Not "sent a letter citing a report that claimed …": the report claimed it.)
    const gap = m?.[2] ?? "";
    // (Nor what was sent to the subject: "Residents were sent emails that said …".)
    if (m && /\b(?:was|were|been|being|be|is|are|get|gets|got)\s+(?:\p{Ll}+ly\s+)?$/u.test(this.ctx.text.slice(from, from + m.index))) return null;
    if (!m || this.inQuotes(quotes, from + m.index) || /\p{Ll}ing\b/u.test(gap) || gap.split(/\s+/).some((w) => DOCUMENT_NOUNS.has(w.toLowerCase()))) return null;
    return this.clauseSubject(s, ms, from + m.index, quotes, false);
  }

  /**
   * "Mr. Steele, seeking to clarify his remarks, issued a statement on Friday afternoon, saying …", "A group of nearly
   * 90 professors … has sent Ryan a letter saying …": a participle right after a document its sender issued says what
   * the document says, so the sender says it.
   */
  private issuerOfDocumentBefore(s: Sentence, ms: Mention[], cueStart: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const { text, ents } = this.ctx;
    const from = Math.max(s.start, cueStart - 120);
    const m = DOCUMENT_THEN_PARTICIPLE.exec(text.slice(from, cueStart));
    if (!m || this.inQuotes(quotes, from + m.index)) return null;
    const at = from + m.index + m[1]!.length;
    // The name right before the verb of issuing ("the group’s chief executive, Barry Rand, issued"), else whoever the
    // document's sentence says it is from.
    const verb = from + m.index;
    // (Not the object of a preposition: "More than 100 employees of Google have sent …".)
    const subject = ms.findLast((x) => x.end <= verb && SUBJECT_THEN_VERB.test(text.slice(x.end, verb)) && SPEAKING_KINDS.has(ents.kindOf(x.entityKey)) && !GOVERNED_BEFORE.test(text.slice(Math.max(s.start, x.start - 10), x.start)));
    if (subject && !this.inQuotes(quotes, subject.start)) return sourceOf(subject);
    const key = this.ownerOfDocumentAt(at, m[2]!.length, s.start);
    if (!key || ents.kindOf(key) === "place") return null;
    // The sender as the sentence names them, before the verb (not "has sent Kane a letter": Kane received it).
    const named = ms.find((x) => x.entityKey === key && x.start >= s.start && x.end <= at && !this.inQuotes(quotes, x.start));
    // (People of a body, "More than 100 employees of Google have sent": the people, as before any verb.)
    if (named && named.end <= verb && GOVERNED_BEFORE.test(text.slice(Math.max(s.start, named.start - 10), named.start))) {
      const people = this.sourceRightBefore(s, ms, verb, quotes);
      return people && people !== "coordinated" && people.start < named.start ? people : null;
    }
    if (named && named.end <= verb) return sourceOf(named);
    // ("A group of nearly 50 doctors has sent Tom Reyes a letter": not the one who received it, but a group described.)
    if (named) {
      const group = GROUP_DESCRIBED.exec(text.slice(s.start, verb).trimStart());
      if (!group) return null;
      const start = text.indexOf(group[1]!, s.start);
      return { src: { entityKey: ents.ensure(group[1]!, "unnamed", group[1]!), text: group[1]!, role: null }, start, end: start + group[1]!.length };
    }
    const name = ents.nameOf(key);
    const phrase = wholeWordsAt(text, name, s.start, verb);
    return phrase >= 0 ? { src: { entityKey: key, text: name, role: null }, start: phrase, end: phrase + name.length } : null;
  }

  /**
   * "Ann Holt, who called the hack “mischief,” said": who a relative clause set off by commas describes, when the
   * clause closes right before the verb (quotations inside it are the speaker's words, not who speaks).
   */
  private beforeRelativeAside(s: Sentence, ms: Mention[], cueStart: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const open = this.relativeAsideOpen(s, cueStart, quotes);
    // (Past a name it goes by, set off before the clause: "The Ghana Cocoa Board, known as Cocobod, which buys …, said".)
    const knownAs = open === null ? null : KNOWN_AS_ASIDE.exec(this.ctx.text.slice(Math.max(s.start, open - 100), open + 2));
    // Whoever would speak with a verb right where the clause opens ("Holt", "The congressman").
    const found = open === null ? null : this.subjectAt(s, ms, knownAs ? open + 2 - knownAs[0].length : open, quotes);
    // (Someone, or a country: "The union, which …, said", "Norway, which …, said"; or a name of no known kind that
    // "who" or "whose" says is someone, or "which represents" a body that speaks for others: "The Standing Elk Nation,
    // whose reservation lies …, said", "The American Waterways Operators, which represents barge companies, said".)
    const kind = found && found !== "coordinated" ? this.ctx.ents.kindOf(found.src.entityKey) : null;
    const someone = kind === "other" && open !== null && /^,\s+(?:who|whose|which\s+represents|which\s+speaks\s+for|which\s+lobbies)\s/.test(this.ctx.text.slice(open, open + 24));
    return found && found !== "coordinated" && (this.someoneSpeaks(found) || kind === "place" || someone) ? found : null;
  }

  /** Where a relative clause set off by commas that closes right before `cueStart` opens (its ", who"), or null. */
  private relativeAsideOpen(s: Sentence, cueStart: number, quotes: Span[]): number | null {
    const { text } = this.ctx;
    const from = Math.max(s.start, cueStart - 200);
    const lead = text.slice(from, cueStart);
    const close = RELATIVE_ASIDE_CLOSE.exec(lead);
    if (!close) return null;
    const open = Math.max(lead.lastIndexOf(", who "), lead.lastIndexOf(", which "), lead.lastIndexOf(", whose "));
    if (open < 0) return null;
    const clause = lead.slice(open + 2, close.index + (/^,[”"]/.test(close[0]) ? 2 : 1));
    // One clause whose quotations all close inside it.
    if (/[;:]/.test(clause) || count(clause, "“") !== count(clause, "”") || count(clause, '"') % 2 !== 0) return null;
    return this.inQuotes(quotes, from + open) ? null : from + open;
  }

  /** "Ruritania, which borders Hungary, said": the subject before such a clause, when `inside` is in it. */
  private subjectBeforeRelativeAside(s: Sentence, ms: Mention[], cueStart: number, inside: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const open = this.relativeAsideOpen(s, cueStart, quotes);
    // (Not a subject of its own after a comma: "At that event, which can be found on YouTube, Blumenthal, …, says".)
    if (open === null || open > inside || /,\s$/.test(this.ctx.text.slice(inside - 2, inside))) return null;
    const found = this.subjectAt(s, ms, open, quotes);
    return found && found !== "coordinated" ? found : null;
  }

  /** Whoever would speak with a verb at `pos`, where an aside opens with a comma ("The union|, which …"). */
  private subjectAt(s: Sentence, ms: Mention[], pos: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | "coordinated" | null {
    // ("Mayor Ann Holt of Springfield, Ill., who took office in May, said": the person whose place it is, before it.)
    const person = beforeHometown(this.ctx.text, ms, pos, s.start);
    if (person && this.ctx.ents.kindOf(person.entityKey) === "person" && !this.inQuotes(quotes, person.start)) return sourceOf(person);
    // (Read as if the verb stood at the comma: up to it, not past it into the aside.)
    return this.jointSubject(s, ms, this.sourceRightBefore(s, ms, pos, quotes, true), quotes);
  }

  /**
   * Who an appositive describes, given the mention it follows. Usually that mention; but when the mention sits
   * inside an earlier appositive ("Ann Lee, the sister of Jo Lee, a candidate, said"; "Max Ode, director of the
   * Committee to Save Parks and Trails, an advocacy group, said"), the name before that appositive.
   */
  private appositiveHolder(s: Sentence, ms: Mention[], m: Mention): Mention {
    const { text, ents } = this.ctx;
    // (Past where or what a person is of: "Sen. Patrick Doolan of Erie, a Republican, said" is Doolan's, whatever kind
    // the aside has made the place; "Ann Holt of the Brennan Center, a think tank, said" Holt's.)
    // (A name read as a person's after "of" is where a person named in full is from: "Mayor Ann Holt of Tillbury Cross,
    // who …", "Dr. Ann Kerr of Johns Hopkins, who …".)
    const personName = ents.kindOf(m.entityKey) === "person" && m.text.includes(" ");
    const ofLead = /\sof\s+(?:the\s+)?$/.exec(text.slice(Math.max(s.start, m.start - 10), m.start));
    if (ofLead) {
      const person = mentionEndingAt(ms, m.start - ofLead[0].length);
      if (person && ents.kindOf(person.entityKey) === "person" && (!personName || person.text.includes(" "))) return person;
    }
    const open = lastIndexIn(text, ", ", m.start, s.start);
    if (open < s.start) return m;
    const lead = text.slice(open + 2, m.start);
    if (!/\p{Ll}/u.test(lead.replace(/\bthe\b/g, "")) || /[“”"]/.test(lead)) return m;
    const holder = mentionEndingAt(ms, open);
    return holder && ents.kindOf(holder.entityKey) === "person" ? holder : m;
  }

  /**
   * The person named first after the last quotation before `pos` (or near the sentence start), set off by a comma
   * ("“…,” Ann Lee, a Republican …, said"); null when there is none.
   */
  private personOpeningClause(s: Sentence, ms: Mention[], pos: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const { text, ents } = this.ctx;
    let from = s.start;
    for (const q of quotes) if (q.end <= pos && q.end > from) from = q.end;
    const opening = ms.find((x) => x.start >= from && x.start < pos && !this.inQuotes(quotes, x.start));
    // (Past a body and a title before the name: "Border Patrol Chief Ann Holt, speaking in Austin, Texas, said".)
    const m = opening && ents.kindOf(opening.entityKey) !== "person" ? (this.personAfterTitle(ms, opening) ?? opening) : opening;
    if (!m || !opening || opening.start - from > 40 || m.start >= pos || text[m.end] !== "," || ents.kindOf(m.entityKey) !== "person") return null;
    return sourceOf(m);
  }

  /** "Texas Gov. Rick Perry", "RNC Chair Reince Priebus", "Obama campaign manager Jim Messina": the person named after a body and a title, else null. */
  private personAfterTitle(ms: Mention[], m: Mention): Mention | null {
    const { text, ents } = this.ctx;
    const titled = ms.find((x) => x.start > m.end && x.start - m.end <= 30 && ents.kindOf(x.entityKey) === "person");
    if (!titled) return null;
    // "Obama campaign manager Jim Messina": role modifiers may come before the head.
    const title = text.slice(m.end, titled.start).trim().split(/\s+/).map((t) => t.toLowerCase().replace(/\.$/, ""));
    const isTitle = title.length > 0 && ROLE_HEADS.has(title.at(-1)!) && title.every((t) => ROLE_HEADS.has(t) || ROLE_MODIFIERS.has(t));
    return isTitle ? titled : null;
  }

  /**
   * For "Name, <aside>, said" where the aside ends at `asideEnd`: the person named right before the aside's opening
   * comma (or before "of <Place>" there), when the aside holds no quotation. null otherwise.
   */
  private personBeforeAside(s: Sentence, ms: Mention[], asideEnd: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const { text, ents } = this.ctx;
    const open = lastIndexIn(text, ", ", asideEnd - 1, s.start);
    if (open < s.start || asideEnd - open > 200) return null;
    const aside = text.slice(open + 2, asideEnd);
    if (/[“”"]/.test(aside) || this.inQuotes(quotes, open)) return null;
    // "The majority leader, Senator Thomas Garrity of Kansas, accused": an aside that is a person, with a title, of
    // where they are from.
    const titled = ms.find((x) => x.start > open && x.end < asideEnd && ents.kindOf(x.entityKey) === "person" && ASIDE_OPENS_WITH_TITLE.test(text.slice(open, x.start)) && HOMETOWN_TO_END.test(text.slice(x.end, asideEnd)));
    if (titled) return sourceOf(titled);
    let m = mentionEndingAt(ms, open) ?? mentionEndingAt(ms, open - 1);
    // "Darrell Issa of California, the senior Republican on …, said": the person before the hometown.
    const hometown = / of \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?$/u.exec(text.slice(Math.max(0, open - 30), open));
    // (A town no list holds is of no known kind: "Sen. Patrick Doolan of Erie, one of …, said".)
    if (hometown && (!m || ents.kindOf(m.entityKey) === "place" || ents.kindOf(m.entityKey) === "other")) {
      const before = mentionEndingAt(ms, open - hometown[0].length);
      if (!m || ents.kindOf(m.entityKey) === "place" || (before && ents.kindOf(before.entityKey) === "person")) m = before;
    }
    // (A name read as a person's after "in the" or "from the" is where someone is: "A fuel dealer in the Northeast
    // Kingdom, whose trucks deliver to homes, said" is the dealer's, read as if the verb stood at the aside's comma.)
    if (m && ents.kindOf(m.entityKey) === "person" && personInTheBefore(text.slice(Math.max(s.start, m.start - 40), m.start))) {
      const where = this.sourceRightBefore(s, ms, open, quotes, true);
      return where && where !== "coordinated" ? where : null;
    }
    // Asides in a row: the person opening the clause ("Jack Levin, the chief executive of yFrog, the service …, said").
    if (!m || ents.kindOf(m.entityKey) !== "person") {
      const opener = this.personOpeningClause(s, ms, open, quotes);
      if (opener && (!m || opener.start < m.start)) return opener;
    }
    if (!m) {
      // "some, such as the group BOND Action, have announced": the one example the aside names.
      if (/^(?:such as|including)\s/.test(aside)) {
        const named = ms.filter((x) => x.start > open && x.end <= asideEnd && SPEAKING_KINDS.has(ents.kindOf(x.entityKey)));
        if (named.length === 1) return sourceOf(named[0]!);
      }
      // "Government officials, who asked not to be identified, said", "the president's campaign, responding to …,
      // said", "The lawsuit, argued in court on Tuesday, claims": an unnamed source, a description or a document.
      const k = s.words.findIndex((x) => x.end === open);
      const noun = k >= 0 ? s.words[k]!.lower : "";
      const byNoun = UNNAMED_SOURCES[noun] || DESCRIPTION_KINDS[noun] || DOCUMENT_NOUNS.has(noun) ? this.sourceEndingAt(s, ms, k, quotes) : null;
      if (byNoun) return byNoun;
      // ("A spokesperson for the governor, asked about the timing, said": an aside of how they came to speak; the subject
      // before it, read as if the verb stood at its comma, when the noun before the aside names no one by itself.)
      if (HOW_ASKED_ASIDE.test(aside)) {
        const subject = this.subjectAt(s, ms, open, quotes);
        if (subject && subject !== "coordinated") return subject;
      }
      // ("One diner, who ate there last month, told": one of a trade no list holds, as its ending tells.)
      const unlisted = k > 0 && /^(?:a|an|one)$/.test(s.words[k - 1]!.lower) && isUnlistedPersonNoun(noun) ? this.describedPhrase(s, k) : null;
      if (unlisted && opensClauseAt(text, s.words, unlisted.firstWord)) return this.describedSource(unlisted.firstWord === 0 ? { ...unlisted, name: lowerOpening(unlisted.name) } : unlisted);
      // ("The father-of-two, from Wythenshawe, told", "The 45-year-old, from Conwy, said": the person just spoken of.)
      return k >= 0 ? this.epithetAfterQuotation(s, k) : null;
    }
    // A person, or a body ("The State Department, in a document put out last week, noted …"); never a place.
    const kind = ents.kindOf(m.entityKey);
    // ("A 26-year-old mother from Katwe, who lost her son, said": the person described by where they are from.)
    if ((kind === "place" || kind === "other") && /\s(?:from|in|of)\s+$/.test(text.slice(Math.max(s.start, m.start - 6), m.start)) && !this.inQuotes(quotes, m.start)) {
      const subject = this.subjectAt(s, ms, open, quotes);
      return subject && subject !== "coordinated" && subject.src.entityKey !== m.entityKey ? subject : null;
    }
    if (kind === "place" || kind === "other" || this.inQuotes(quotes, m.start)) return null;
    return this.withRoleBefore(s.words, sourceOf(m));
  }

  /** The name that opens its clause before ", a description," ending at the comma at `comma`, or null. */
  private nameBeforeDescription(s: Sentence, ms: Mention[], comma: number, quotes: Span[], unknownKind = false): Mention | null {
    const { text } = this.ctx;
    const open = lastIndexIn(text, ",", comma - 1, s.start);
    const aside = text.slice(open + 1, comma);
    if (open < s.start || !(DESCRIPTION_ASIDE.test(aside) || DESCRIPTION_WITH_RELATIVE.test(aside))) return null;
    // (Past a party tag between the name and the description: "Sen. Rick Dandridge, R-Kan., a longtime friend of …,".)
    const tag = PARTY_TAG_BEFORE.exec(text.slice(Math.max(s.start, open - 24), open));
    let holder = mentionEndingAt(ms, tag ? open - tag[0].length : open);
    // (Past the place a person is of: "Sen. Patrick Doolan of Erie, a Republican, said".)
    if (holder && this.ctx.ents.kindOf(holder.entityKey) === "place") {
      const of = /\s+of\s+$/.exec(text.slice(Math.max(s.start, holder.start - 6), holder.start));
      const person = of ? mentionEndingAt(ms, holder.start - of[0].length) : null;
      if (person && this.ctx.ents.kindOf(person.entityKey) === "person") holder = person;
    }
    const kind = holder ? this.ctx.ents.kindOf(holder.entityKey) : null;
    if (!holder || !(SPEAKING_KINDS.has(kind!) || (unknownKind && kind === "other")) || this.inQuotes(quotes, holder.start)) return null;
    const lead = text.slice(s.start, holder.start).split(/[,;:—–]/).at(-1)!.replace(/[“”"‘’']/g, "").trim();
    // (After a title too: "Council member Luis Ortega, one of the three no votes, called … and accused"; not after a
    // preposition: "Besides Chairman Tom Reyes, one of the two trustees, several members …".)
    if (NOT_IN_TITLES.has(lead.split(/\s+/)[0]!.toLowerCase())) return null;
    return leadOpensClause(lead) || isTitleLead(lead) ? holder : null;
  }

  /** The subject at the start of the clause that contains `pos` (for coordinated verbs and ", saying"). */
  private clauseSubject(s: Sentence, ms: Mention[], pos: number, quotes: Span[], skipOwnComma: boolean): { src: ClaimSource; start: number; end: number } | null {
    // A dash may end a fronted clause ("While …, -- in which … -- the Romney team has responded by noting") or close an
    // aside inside the predicate ("Boehner is setting expectations high -- but not too high -- for …, telling"): read it
    // as a boundary first, and past it when no subject follows it.
    const s0 = this.clauseSubjectFrom(s, ms, pos, quotes, skipOwnComma, true);
    if (s0) return s0;
    const before = this.ctx.text.slice(s.start, pos);
    return before.includes("--") || before.includes("–") ? this.clauseSubjectFrom(s, ms, pos, quotes, skipOwnComma, false) : null;
  }

  /** "Apple boss", "Nevada Senate hopeful": the person described by the lower-case noun at word k after a name, if one. */
  private personDescribedBy(s: Sentence, ms: Mention[], k: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const w = s.words[k]!;
    if (w.cap || !DESCRIPTION_KINDS[w.lower]?.includes("person") || s.words[k + 1]?.cap) return null;
    const r = this.sourceEndingAt(s, ms, k, quotes);
    return r && this.ctx.ents.kindOf(r.src.entityKey) !== "place" ? r : null;
  }

  /**
   * A headline's subject that is a place before a role ("Wisconsin governor vetoes …, blaming GOP …"): whoever holds
   * the role, a person described that the body may name; any other subject as it is.
   */
  private headlinePlaceRole(s: Sentence, cue: Cue, found: { src: ClaimSource; start: number; end: number } | null): { src: ClaimSource; start: number; end: number } | null {
    if (!found || s.section === "body" || this.ctx.ents.kindOf(found.src.entityKey) !== "place") return found;
    // (The whole post, "attorney general", "deputy president"; not a post's possessive, "Arizona governor's aide".)
    const role = /^\s(\p{Ll}+)(?:\s(\p{Ll}+))?/u.exec(this.ctx.text.slice(found.end, found.end + 40));
    const whole = role?.[2] && ROLE_HEADS.has(role[2]) ? role[0] : role ? ` ${role[1]}` : "";
    if (!role || !ROLE_HEADS.has(role[1]!) || /^['’]/.test(this.ctx.text.slice(found.end + whole.length, found.end + whole.length + 1))) return found;
    const end = found.end + whole.length;
    return this.headlineRoleHolder(s, found.start, found.end, cue.start, true) ?? this.unnamedSource(this.ctx.text.slice(found.start, end), this.ctx.text.slice(found.start, end), found.start, end);
  }

  /** Where the clause holding `at` starts: after the last comma, semicolon or dash before it (outside quotations). */
  private boundaryBefore(s: Sentence, at: number, quotes: Span[], dashes: boolean): number {
    const { text } = this.ctx;
    for (let i = at - 1; i >= s.start; i--) {
      const ch = text[i];
      // (Not the comma of a number: "recalled 300,000 cars and said".)
      if (ch === "," && /\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")) continue;
      // (A dash, also typed as "--", "–" or a spaced hyphen: "… -- in which … -- the Romney team has responded by
      // noting", "COLUMBUS, Ohio (UNW) - Attorney General …".)
      const dash = ch === "—" || (dashes && (ch === "–" || (ch === "-" && (text[i - 1] === "-" || (text[i - 1] === " " && text[i + 1] === " ")))));
      if ((ch === "," || ch === ";" || dash) && !this.inQuotes(quotes, i)) return i + 1;
    }
    return s.start;
  }

  private clauseSubjectFrom(s: Sentence, ms: Mention[], pos: number, quotes: Span[], skipOwnComma: boolean, dashes: boolean): { src: ClaimSource; start: number; end: number } | null {
    const { text } = this.ctx;
    let from = pos;
    if (skipOwnComma) {
      const c = lastIndexIn(text, ",", pos, s.start);
      if (c >= s.start) from = c;
    }
    let clauseStart = this.boundaryBefore(s, from, quotes, dashes);
    // "Clinton, in turn, agreed, saying …": an aside set off by commas belongs to the clause before it.
    // ("Castellano, in a statement released by his attorneys, thanked the jury and said": a longer one after a preposition.)
    // (Not back past a "that" whose clause the aside is in: "Judge Ann Moss heard that Kieran Boyle, in a statement …,
    // named two men and said".)
    const short = clauseStart > s.start ? ASIDE_BEFORE.exec(text.slice(Math.max(s.start, clauseStart - 40), clauseStart + 1)) : null;
    const longer = clauseStart > s.start && !short ? PREPOSITIONAL_ASIDE.exec(text.slice(Math.max(s.start, clauseStart - 80), clauseStart + 1)) : null;
    const aside = short ?? longer;
    if (aside) {
      const before = this.boundaryBefore(s, clauseStart + 1 - aside[0].length, quotes, dashes);
      if (!(aside === longer && /\bthat\s/.test(text.slice(before, clauseStart + 1 - aside[0].length)))) clauseStart = before;
    }
    const ws = s.words;
    // "He did not rule it out, but said …": a verb coordinated after a comma shares the subject before the comma.
    if (!skipOwnComma && clauseStart > s.start && text[clauseStart - 1] === "," && /^\s*(?:but|and|yet|then)(?:\s+(?:also|later|still|then))?\s*$/.test(text.slice(clauseStart, pos))) {
      // Not when the sentence opens with a subordinate clause ("When asked whether Obama …, the nominee …, but said"):
      // its subject is not the main clause's.
      if (FRONTED.test(text.slice(s.start, s.end))) return null;
      // (Past a participle's phrase set off by commas, whose object is no subject: "left the rate unchanged, surprising
      // economists who had expected a cut, and warned …".)
      let at = clauseStart - 1;
      for (let hop = 0; hop < 2; hop++) {
        const prev = this.boundaryBefore(s, at, quotes, dashes);
        if (prev > s.start && text[prev - 1] === "," && /^\s*\p{Ll}+ing\s/u.test(text.slice(prev, at))) at = prev - 1;
        // (And past names set off after the object they name, no subject: "praised the twins, Margot and Rafe, and said".)
        else if (prev > s.start && text[prev - 1] === "," && NAMES_ONLY.test(text.slice(prev, at)) && /\p{Ll}$/u.test(text.slice(Math.max(s.start, prev - 3), prev - 1))) at = prev - 1;
        else break;
      }
      return this.clauseSubject(s, ms, at, quotes, false);
    }
    if (skipOwnComma) {
      // "…after Lee chided Ray, accusing him of …": the subject of the nearest subordinate clause.
      for (let j = ws.length - 1; j >= 0; j--) {
        const w = ws[j]!;
        if (w.start >= from) continue;
        if (w.start < clauseStart) break;
        if (/^(?:after|when|while|as|because|since|before)$/.test(w.lower)) {
          const nx = ws[j + 1];
          const m = nx ? ms.find((x) => x.start === nx.start) : undefined;
          if (m && !this.inQuotes(quotes, m.start)) return sourceOf(m);
          // ("after the supermarket chain cut its forecast, blaming …": the body or person a description means.)
          const head = nx?.lower === "the" ? ws.slice(j + 2, j + 5).findIndex((x, i) => DESCRIPTION_KINDS[x.lower] !== undefined && DESCRIPTION_KINDS[ws[j + 3 + i]?.lower ?? ""] === undefined) : -1;
          const described = head >= 0 ? this.sourceEndingAt(s, ms, j + 2 + head, quotes) : null;
          if (described && !this.inQuotes(quotes, described.start)) return described;
          break;
        }
      }
    }
    let k = 0;
    while (k < ws.length && ws[k]!.start < clauseStart) k++;
    while (k < ws.length && CONNECTORS.has(ws[k]!.lower)) k++;
    if (k >= ws.length || ws[k]!.start >= pos) return null;
    // "Rahm Emanuel, the mayor of Chicago, joined the debate and said": the clause is the predicate of the name
    // before the appositive that ends at its comma.
    // ("Sen. Ann Holt, D-N.J., Tuesday offered …": a weekday may open the predicate.)
    const predicateOpens = !ws[k]!.cap || WEEKDAY.test(ws[k]!.text);
    // (A relative clause right after its noun in the predicate is the object's: "repeated his call to end benefits for
    // refugees who do not work, and claimed".)
    if (clauseStart > s.start && text[clauseStart - 1] === "," && predicateOpens && !PREDICATE_BREAK.test(text.slice(clauseStart, pos).replace(OBJECT_RELATIVE, "$1"))) {
      const found = this.ctx.ents.appositiveEnds.get(clauseStart - 1) ?? this.ctx.ents.appositiveEnds.get(clauseStart - 2);
      const app = found ? this.appositiveHolder(s, ms, found) : undefined;
      // …and only a name that opens its clause ("Rahm Emanuel, …, joined"), not an object ("has sent Ryan, R-Wis., a letter").
      const lead = app ? text.slice(s.start, app.start).split(/[,;:—–]/).at(-1)!.replace(/[“”"‘’']/g, "").trim() : "";
      // (Both of two joined so: "Senator Ann Holt, Democrat of Ohio, and Senator Tom Reyes, …, wrote … and asked".)
      if (app && leadOpensClause(lead) && !this.inQuotes(quotes, app.start)) return this.jointSubject(s, ms, sourceOf(app), quotes);
      // "The group's chief executive, Ann Kerr, met voters and denied …": a person's name set off by commas after the
      // description that opens the clause.
      const named = app ? null : mentionEndingAt(ms, clauseStart - 1);
      // ("The Prime Minister, Rebecca Thornfield, led the tributes, describing …": a capitalised title too.)
      const titled = named ? TITLE_THEN_NAME.exec(text.slice(s.start, named.start)) : null;
      const description = named !== null && (DESCRIPTION_THEN_NAME.test(text.slice(s.start, named.start)) || (titled !== null && ROLE_HEADS.has(titled[1]!.toLowerCase())));
      if (named && this.ctx.ents.kindOf(named.entityKey) === "person" && description && !this.inQuotes(quotes, named.start)) return sourceOf(named);
      // "Tom Reyes, the mayor's rival, met voters and said …": a name, then a description set off by commas that names
      // no role the article records.
      const described = app || named ? null : this.nameBeforeDescription(s, ms, clauseStart - 1, quotes);
      if (described) return sourceOf(described);
    }
    // "Ryan, who was raised on Social Security, also on Fox News defended his budget, saying": the clause is the
    // predicate of the name before the relative clause that ends at its comma.
    if (clauseStart > s.start && text[clauseStart - 1] === "," && !ws[k]!.cap) {
      const rel = RELATIVE_BEFORE.exec(text.slice(s.start, clauseStart - 1));
      const holder = rel ? mentionEndingAt(ms, s.start + rel.index) : null;
      const kind = holder ? this.ctx.ents.kindOf(holder.entityKey) : null;
      // …a name that opens its clause ("Ryan, who …"), not an object ("thanked Ann Holt, who …, then defended").
      const lead = holder ? text.slice(s.start, holder.start).split(/[,;:—–]/).at(-1)!.trim() : "";
      // (After a title too: "Opposition leader Karl Ostenby, whose party …, called … and accused".)
      if (holder && (leadOpensClause(lead) || isTitleLead(lead)) && kind !== "place" && kind !== "other" && !this.inQuotes(quotes, holder.start)) return sourceOf(holder);
    }
    const m = ms.find((x) => x.start === ws[k]!.start || (isDeterminer(ws[k]!.lower) && ws[k + 1] && x.start === ws[k + 1]!.start));
    if (m && !this.inQuotes(quotes, m.start)) {
      const titled = this.personAfterTitle(ms, m);
      if (titled && titled.start < pos) return sourceOf(titled);
      // "The Obama administration tried …, arguing": the body named after the name.
      const next = ws.findIndex((x) => x.start > m.end);
      // "Ghana's central bank left …, and warned": the body a place or body owns, by the description after its name.
      // (Or a place's, without the possessive: "Ghana central bank holds rate …, warns …".)
      const placeOwns = this.ctx.ents.kindOf(m.entityKey) === "place" && /^\s\p{Ll}/u.test(text.slice(m.end, m.end + 2));
      if (next > 0 && (placeOwns || /^['’]s?\s/.test(text.slice(m.end, m.end + 3)))) {
        // ("Arizona's Republican-led Legislature sued …, arguing": a body named right after the possessive.)
        const body = ms.find((x) => x.start > m.end && x.end < pos && BODY_KINDS.has(this.ctx.ents.kindOf(x.entityKey)) && OWNED_BODY_GAP.test(text.slice(m.end, x.start)));
        if (body && !placeOwns && !this.inQuotes(quotes, body.start)) return sourceOf(body);
        // (A body, not a person's title before their name: "Brazil's former president Jair Bolsonaro".)
        const noun = ws.findIndex((x, j) => j >= next && j < next + 3 && x.start < pos && DESCRIPTION_KINDS[x.lower] !== undefined && !DESCRIPTION_KINDS[x.lower]!.includes("person") && !DESCRIPTION_KINDS[ws[j + 1]?.lower ?? ""]);
        const owned = noun > 0 ? this.sourceEndingAt(s, ms, noun, quotes) : null;
        if (owned) return owned;
        // ("Brazil's former president Jair Bolsonaro left …, and said": the person the place's title is given.)
        const titled = ms.find((x) => x.start > m.end && x.start < pos && this.ctx.ents.kindOf(x.entityKey) === "person" && /^['’]s?\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}$/u.test(text.slice(m.end, x.start)));
        if (titled && !this.inQuotes(quotes, titled.start)) return sourceOf(titled);
        // ("Kentucky's attorney general sued …, accusing": the place's post with no name after it, read as after "said".)
        const post = !placeOwns ? ws.findIndex((x, j) => j >= next && j < next + 3 && x.start < pos && !x.cap && DESCRIPTION_KINDS[x.lower]?.includes("person") && !ws[j + 1]?.cap && DESCRIPTION_KINDS[ws[j + 1]?.lower ?? ""] === undefined) : -1;
        const holder = post > 0 ? this.sourceEndingAt(s, ms, post, quotes) : null;
        if (holder && (this.ctx.ents.kindOf(holder.src.entityKey) === "person" || this.ctx.ents.kindOf(holder.src.entityKey) === "unnamed")) return holder;
      }
      // "Nevada Senate hopeful demands …, says": a person the name only describes ("Apple boss", "Labour leader").
      const describing = next > 0 && ws[next]!.start < pos && this.ctx.ents.kindOf(m.entityKey) !== "person" ? this.personDescribedBy(s, ms, next, quotes) : null;
      if (describing) return describing;
      const body = next > 0 && ws[next]!.start < pos ? this.namedBody(s, ms, next, quotes) : null;
      return body ?? sourceOf(m);
    }
    // "Republican presidential nominee Mitt Romney has …, claiming": a name after its title at the clause start (past
    // a body the title names: "Former GOP candidate Rick Santorum").
    const first = ms.find((x) => x.start >= ws[k]!.start && x.start < pos && !this.inQuotes(quotes, x.start) && this.ctx.ents.kindOf(x.entityKey) === "person");
    if (first) {
      const lead = ws.filter((x) => x.start >= ws[k]!.start && x.end <= first.start);
      if (lead.length <= 5 && lead.every((x) => x.cap || isDeterminer(x.lower) || ROLE_HEADS.has(x.lower) || ROLE_MODIFIERS.has(x.lower))) {
        return sourceOf(first);
      }
    }
    // "The watchdog group Accountable Congress Project filed a complaint …, alleging …", "The pianist Corinne Batiste
    // recorded …, calling …": a description of up to three lower-case words, then the name it describes.
    const describedName = ms.find((x) => x.start > ws[k]!.start && x.start < pos && x.start - ws[k]!.start <= 48);
    const description = describedName ? DESCRIPTION_BEFORE_NAME.exec(text.slice(ws[k]!.start, describedName.start)) : null;
    if (describedName && description && describesBeforeName(description[1]!) && this.ctx.ents.kindOf(describedName.entityKey) !== "place" && !this.inQuotes(quotes, describedName.start)) return sourceOf(describedName);
    // "The head of the Federal Deposit Insurance Corporation made an admission …, telling …": the body speaking through
    // its head, as "The head of the FDIC said" is.
    const headed = ms.find((x) => x.start > ws[k]!.start && x.start < pos && x.start - ws[k]!.start <= 40 && BODY_KINDS.has(this.ctx.ents.kindOf(x.entityKey)));
    if (headed && HEAD_OF_BEFORE.test(text.slice(ws[k]!.start, headed.start)) && !this.inQuotes(quotes, headed.start)) return sourceOf(headed);
    // "A group of residents boycotted the meeting, saying …", "A coalition of civil rights groups filed a lawsuit …,
    // arguing …": a group of people opening the clause, with who they are, up to its verb.
    const group = GROUP_OF.exec(text.slice(ws[k]!.start, pos));
    if (group && !this.inQuotes(quotes, ws[k]!.start)) {
      const phrase = group[1]!.trimEnd();
      return this.unnamedSource(lowerOpening(phrase), phrase, ws[k]!.start, ws[k]!.start + phrase.length);
    }
    // Pronoun or description at clause start (not an object: "…, approached the congressman, saying").
    for (let j = k; j < Math.min(ws.length, k + 4); j++) {
      if (ws[j]!.start >= pos) break;
      const r = this.sourceEndingAt(s, ms, j, quotes);
      // ("Nurses at Mercy Hospital walked out and said": people no word alone makes a source, with where they are.)
      if (!r && j === k && namesPeople(ws[j]!.lower)) {
        const placed = this.withBodyAfter(s, ms, j, pos, quotes, ws[j]!);
        if (placed) return placed;
      }
      if (!r) continue;
      // ("A spokesman for Mr Reid pointed to the figures and said": who the spokesman speaks for, as right before a verb.)
      const forWhom = SPEAKS_FOR_PERSON.has(ws[j]!.lower) ? this.speakerForWhomAt(s, ms, j, pos, quotes) : null;
      if (forWhom) return forWhom;
      const before = ws.findLast((x) => x.end <= r.start);
      // (Nor a preposition's object: "…, came to his defense, telling".)
      // (Also past its determiner: "Workers at the Ford plant walked out and said".)
      const beforeDeterminer = before && isDeterminer(before.lower) ? ws.findLast((x) => x.end <= before.start) : undefined;
      const object = before !== undefined && before.start >= ws[k]!.start && !before.cap && (/ed$/.test(before.lower) || PREPOSITIONS_BEFORE_OBJECT.has(before.lower) || (beforeDeterminer !== undefined && beforeDeterminer.start >= ws[k]!.start && PREPOSITIONS_BEFORE_OBJECT.has(beforeDeterminer.lower)));
      if (object) return this.describedOpener(s, ms, clauseStart, quotes);
      // "Researchers at the Westmere Center compared … and found": the people with the body named after them, read as
      // they are right before a verb ("Researchers at Oxford University found").
      return this.withBodyAfter(s, ms, j, pos, quotes, r) ?? r;
    }
    // "A state appeals court on Wednesday struck down …, ruling that": a body or person described, indefinite, opening
    // the clause, its verb or when next (not "A court ruling …", whose head is later).
    for (let j = k + 1; j < Math.min(ws.length, k + 5) && ws[j]!.start < pos; j++) {
      if (!DESCRIPTION_KINDS[ws[j]!.lower] || !HEAD_THEN_PREDICATE.test(ws[j + 1]?.text ?? "")) continue;
      const d = this.describedPhrase(s, j);
      return d && d.firstWord === k && d.indefinite && !this.inQuotes(quotes, d.start) ? this.describedSource(d) : null;
    }
    return null;
  }

  /**
   * For an inverted tag's source described, then named after a comma at the sentence's end ("…,” said the study’s lead
   * author, climate scientist Irene Salvat."): the person named; else the source as found.
   */
  private namedAfterTag(s: Sentence, ms: Mention[], found: { src: ClaimSource; start: number; end: number } | null, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    if (!found || this.ctx.ents.kindOf(found.src.entityKey) !== "unnamed") return found;
    const { text } = this.ctx;
    const named = ms.find((m) => m.start > found.end && this.ctx.ents.kindOf(m.entityKey) === "person" && NAME_AFTER_TAG_DESCRIPTION.test(text.slice(found.end, m.start)) && /^\s*[.!?]?["”’]?\s*$/.test(text.slice(m.end, s.end)));
    return named && !this.inQuotes(quotes, named.start) ? sourceOf(named) : found;
  }

  /** For "Data from the national statistics office show": that office, described, when a body's word ends it; else null. */
  private describedIssuerOfData(s: Sentence, cueStart: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    // (Opening the sentence, or closing it after a comma: "…, data from the statistics office showed.")
    const opening = DATA_FROM_DESCRIBED.exec(this.ctx.text.slice(s.start, cueStart));
    const comma = this.ctx.text.lastIndexOf(", ", cueStart);
    const closing = !opening && comma > s.start ? DATA_FROM_DESCRIBED.exec(this.ctx.text.slice(comma + 2, cueStart)) : null;
    const lead = opening ?? closing;
    const at = opening ? s.start : comma + 2;
    if (!lead || !(describesBody(lead[2]!) || INSTITUTION_NOUNS.has(lead[2]!)) || this.inQuotes(quotes, at)) return null;
    const start = at + lead.index + lead[0].lastIndexOf(lead[1]!);
    return this.unnamedSource(lead[1]!, lead[1]!, start, start + lead[1]!.length);
  }

  /**
   * For people at word j before "at", "of" or "for" and a capitalised name ending before `pos`: the source that whole
   * phrase gives right before a verb ("Officials at the Ministry of Health" is the ministry), when it opens where `r`
   * does; else null.
   */
  private withBodyAfter(s: Sentence, ms: Mention[], j: number, pos: number, quotes: Span[], r: { start: number }): { src: ClaimSource; start: number; end: number } | null {
    const ws = s.words;
    if (!/^(?:at|of|for)$/.test(ws[j + 1]?.lower ?? "") || !/s$/.test(ws[j]!.lower) || this.ctx.text.slice(ws[j]!.end, ws[j + 1]!.start) !== " ") return null;
    const first = ws[j + 2]?.lower === "the" ? j + 3 : j + 2;
    const name = ws[first]?.cap ? ms.find((m) => m.start === ws[first]!.start) : undefined;
    if (!name || name.end >= pos || !BODY_KINDS.has(this.ctx.ents.kindOf(name.entityKey))) return null;
    // (Only where the name ends the phrase: not "Workers at the Ford plant", "Victims of the Purdue Pharma opioid crisis".)
    const following = /^\s+(\p{Ll}+)/u.exec(this.ctx.text.slice(name.end, name.end + 24))?.[1];
    if (!(following !== undefined ? looksLikeVerb(following) || /^(?:and|on|in|last|this|also)$/.test(following) : this.ctx.text.startsWith(",", name.end))) return null;
    const next = ws.find((x) => x.start >= name.end);
    const whole = next ? this.sourceRightBefore(s, ms, next.start, quotes) : null;
    if (!whole || whole === "coordinated") return null;
    // (Read right before a verb, the name alone is the source: "Researchers at Oxford University found".)
    if (whole.src.entityKey === name.entityKey) return { src: { entityKey: name.entityKey, text: this.ctx.text.slice(ws[j]!.start, name.end), role: ws[j]!.text }, start: r.start, end: name.end };
    return whole.start >= r.start && whole.start <= ws[j]!.start ? whole : null;
  }

  /**
   * "A young man, dressed in a jacket, approached the congressman, saying": a description of a person that opens
   * the sentence and ends at its first comma, before the clause at `clauseStart`. null when there is none.
   */
  private describedOpener(s: Sentence, ms: Mention[], clauseStart: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const comma = this.ctx.text.indexOf(",", s.start);
    if (comma < 0 || comma >= clauseStart || !DESCRIBED_OPENER.test(this.ctx.text.slice(s.start, comma))) return null;
    const k = s.words.findLastIndex((x) => x.end <= comma);
    return DESCRIPTION_KINDS[s.words[k]!.lower]?.includes("person") ? this.sourceEndingAt(s, ms, k, quotes) : null;
  }

  /**
   * A noun phrase describing a source without naming it ("a white lawmaker", "court documents"): the words from
   * its determiner (or its first modifier) to the noun at word k. null when it follows a preposition or holds a
   * quotation mark. Pure: `describedSource` makes the entity once a caller accepts the phrase.
   */
  private describedPhrase(s: Sentence, k: number, agent = false): DescribedPhrase | null {
    const ws = s.words;
    const { text } = this.ctx;
    let d = k;
    while (d > 0 && k - d < 8 && !isDeterminer(ws[d]!.lower) && joinedInPhrase(text, ws, d) && !ws[d - 1]!.poss) {
      const prev = ws[d - 1]!;
      // "five past and present Missouri senators": two modifiers joined by "and".
      const pair = (prev.lower === "and" || prev.lower === "or") && d >= 2 && d < k && !ws[d]!.cap && !ws[d - 2]!.cap && isModifier(ws[d - 2]!) &&
        text.slice(ws[d - 2]!.end, prev.start) === " ";
      if (pair) {
        d -= 2;
        continue;
      }
      if (!isDeterminer(prev.lower) && !isModifier(prev) && !COUNT.test(prev.text)) break;
      // ("…, a shift (that) immigration lawyers say": the noun summing up the clause before is no part of who says it;
      // but one person's is, "…, a law professor said", "a policy analyst at the bank said".)
      if (summedUpForPhrase(text, s.start, ws[d]!, ws[k]!)) break;
      d--;
    }
    // "nearly 90 professors", "more than 100 economists": a count, perhaps approximate.
    if (COUNT.test(ws[d]!.text) && d > 0 && APPROXIMATORS.has(ws[d - 1]!.lower) && text.slice(ws[d - 1]!.end, ws[d]!.start) === " ") d--;
    else if (COUNT.test(ws[d]!.text) && d > 1 && APPROXIMATE_PAIRS.has(`${ws[d - 2]!.lower} ${ws[d - 1]!.lower}`)) d -= 2;
    // ("At least 12 senators": "least" passed for a modifier.)
    else if (d > 0 && APPROXIMATE_PAIRS.has(`${ws[d - 1]!.lower} ${ws[d]!.lower}`)) d--;
    // "A group of nearly 90 professors": the group, a phrase of its own.
    const groupHead = ws[d - 2];
    const article = ws[d - 3];
    if (ws[d - 1]?.lower === "of" && groupHead && GROUP_HEADS.has(groupHead.lower) && article && /^(?:a|an|the)$/.test(article.lower) && d <= k) {
      const phrase = text.slice(article.start, ws[k]!.end);
      if (/[“”"]/.test(phrase)) return null;
      return { firstWord: d - 3, start: article.start, end: ws[k]!.end, phrase, name: text.slice(groupHead.start, ws[k]!.end), indefinite: article.lower !== "the" };
    }
    // "Another neighbor said": one more of several, an indefinite article of its own (only where it opens the phrase).
    if (d > 0 && ws[d - 1]!.lower === "another" && text.slice(ws[d - 1]!.end, ws[d]!.start) === " ") d--;
    const first = ws[d]!;
    const before = ws[d - 1];
    // "close to the chairman said": the object of a preposition is not who speaks ("according to" introduces one;
    // "But polls show" opens a clause; "“…,” says the letter" has its subject after the verb).
    const governed = before && text.slice(before.end, first.start) === " " && NOT_MODIFIERS.has(before.lower) && !CLAUSE_OPENERS.has(before.lower) &&
      before.lower !== "said" && before.lower !== "says" && !(before.lower === "to" && ws[d - 2]?.lower === "according") && !(agent && (before.lower === "by" || before.lower === "from")) &&
      !((before.lower === "that" || before.lower === "which") && summedUpBefore(text, s.start, first.start));
    // "Several of the companies said", "two of the justices said": a part of a group speaks, named by the group.
    const quantifier = ws[d - 2];
    // ("One of the houses said to be haunted": "one of" only of people or bodies.)
    const head = ws[k]!.lower;
    const ofSpeakers = quantifier?.lower !== "one" || namesPeople(head) || UNNAMED_SOURCES[head] !== undefined || GROUP_PLURALS.has(head) || ORGANIZATION_NOUNS.has(head.replace(/s$/, "")) || INSTITUTION_NOUNS.has(head.replace(/s$/, ""));
    if (governed && ofSpeakers && before.lower === "of" && PARTITIVE_DETERMINERS.has(first.lower) && quantifier && PARTITIVE_QUANTIFIERS.has(quantifier.lower) && text.slice(quantifier.end, before.start) === " ") {
      // "a number of the", "a few of the": the article opens the phrase.
      const q = ws[d - 3]?.lower === "a" && (quantifier.lower === "number" || quantifier.lower === "few" || quantifier.lower === "majority") ? d - 3 : d - 2;
      const phrase = text.slice(ws[q]!.start, ws[k]!.end);
      if (/[“”"]/.test(phrase) || d + 1 > k) return null;
      return { firstWord: q, start: ws[q]!.start, end: ws[k]!.end, phrase, name: text.slice(ws[d + 1]!.start, ws[k]!.end), indefinite: false };
    }
    if (governed) return null;
    const phrase = text.slice(first.start, ws[k]!.end);
    if (/[“”"]/.test(phrase)) return null;
    // ("One senior adviser said": one of several, as "a".)
    const indefinite = first.lower === "a" || first.lower === "an" || first.lower === "another" || (first.lower === "one" && d < k);
    // "a white lawmaker" keeps its article (one of many); "the documents" are named "documents".
    const name = indefinite ? lowerOpening(phrase) : isDeterminer(first.lower) ? text.slice(ws[d + 1]?.start ?? first.start, ws[k]!.end) : phrase;
    return { firstWord: d, start: first.start, end: ws[k]!.end, phrase, name, indefinite };
  }

  /**
   * "A 2022 analysis by the city's budget office", "a report by the department's inspector general": the body or office
   * described after "by", ending at word k, that made the document (not one named: see sourceEndingAt).
   */
  private documentMakerDescribed(s: Sentence, k: number): { src: ClaimSource; start: number; end: number } | null {
    const ws = s.words;
    const w = ws[k]!;
    const by = ws.findLastIndex((x, i) => i < k && i >= k - 5 && x.lower === "by");
    if (by < 1 || !(DOCUMENT_NOUNS.has(ws[by - 1]!.lower) || TALLY_NOUNS.has(ws[by - 1]!.lower))) return null;
    const phrase = this.ctx.text.slice(ws[by + 1]!.start, w.end);
    if (!/^the\s/i.test(phrase) || !(describesBody(w.lower) || (ROLE_HEADS.has(w.lower) && !w.cap))) return null;
    return this.unnamedSource(phrase, phrase, ws[by + 1]!.start, w.end);
  }

  /**
   * "A nurse at Mercy Hospital", "An ecologist at the University of Stirling" opening the clause, the body `at` ending it:
   * one person described by where they work, who does not speak for it (not "A spokesman at the Harlow Trust").
   */
  private personDescribedAt(s: Sentence, at: { start: number; end: number }, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const { text } = this.ctx;
    const from = Math.max(s.start, at.start - 40);
    const of = PERSON_OF_BEFORE.exec(text.slice(from, at.start));
    // (Or of a trade no list holds, as its ending tells: "ecologist".)
    if (!of || !(isPersonNotSpeakingFor(of[1]!.toLowerCase()) || isUnlistedPersonNoun(of[1]!.toLowerCase()))) return null;
    const head = s.words.findIndex((x) => x.start === from + of.index);
    const described = head >= 0 ? this.describedPhrase(s, head) : null;
    if (!described?.indefinite || !opensClauseAt(text, s.words, described.firstWord) || this.inQuotes(quotes, described.start)) return null;
    const phrase = text.slice(described.start, at.end);
    return this.describedSource({ ...described, end: at.end, phrase, name: lowerOpening(phrase) });
  }

  /** ", the Ayomide Families Forum," right after a description ending at `end`: that person or body, named in an aside. */
  private nameAfterDescription(end: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const { text, ents } = this.ctx;
    const lead = /^,\s+(?:the\s+)?/.exec(text.slice(end, end + 8));
    if (!lead) return null;
    const m = mentionStartingIn(ents.mentions, end + lead[0].length, end + lead[0].length);
    const kind = m ? ents.kindOf(m.entityKey) : null;
    // (Not the subject of what follows, with a clause of its own: "…, the National Workers Union, which called the strike, has …".)
    if (!m || !kind || !SPEAKING_KINDS.has(kind) || !/^,/.test(text.slice(m.end, m.end + 1)) || /^,\s+(?:which|who|whose)\b/.test(text.slice(m.end, m.end + 9)) || this.inQuotes(quotes, m.start)) return null;
    return { src: { entityKey: m.entityKey, text: text.slice(end, m.end).replace(/^,\s+/, ""), role: null }, start: m.start, end: m.end };
  }

  /**
   * "according to her,", "according to his own account", "By their account,": whom the pronoun points back to.
   */
  private pronounCredited(s: Sentence, ms: Mention[], pos: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const { text, discourse } = this.ctx;
    const m = /^\s*(?:(him|her|them)(?=\s*[,.;:)]|\s*$)|(his|her|their|its)\s+(?:own\s+)?(?:account|telling|recollection|view|description|count|tally|estimate|reckoning)\b)/.exec(text.slice(pos, Math.min(s.end, pos + 40)));
    if (!m) return null;
    const word = (m[1] ?? m[2])!;
    const start = pos + m[0].indexOf(word);
    if (this.inQuotes(quotes, start)) return null;
    const pronoun = word === "him" || word === "his" ? "he" : word === "her" ? "she" : word === "its" ? "it" : "they";
    // "By his own description, Dario Feld was …": opening the sentence, the pronoun points on to the name after its comma.
    const phraseEnd = text.indexOf(",", start);
    const ahead = /^\s*$/.test(text.slice(s.start, pos).replace(/^(?:By|In)\s*$/, "")) && phraseEnd > 0 && phraseEnd - start < 40 ? ms.find((x) => x.start === phraseEnd + 2 && !this.inQuotes(quotes, x.start)) : undefined;
    if (ahead && (pronoun === "it" ? BODY_KINDS.has(this.ctx.ents.kindOf(ahead.entityKey)) : this.ctx.ents.kindOf(ahead.entityKey) === "person" && this.ctx.ents.genderOf(ahead.entityKey) !== (pronoun === "he" ? "f" : "m"))) return { src: { entityKey: ahead.entityKey, text: word, role: null }, start, end: start + word.length };
    // (Or, for "its", the body the sentence before was about: "The FCC opened an inquiry. By its count, …".)
    const key = discourse.resolvePronoun(pronoun, this.mentionsBefore(ms, start, quotes), false, s.index) ?? (pronoun === "it" ? discourse.recentBodySubjectKey(s.index) : null);
    // (Not past someone described since the name, whom the pronoun may mean: "Tom Reyes called his mother. By her account".)
    const last = key ? this.ctx.ents.mentions.findLast((x) => x.entityKey === key && x.end <= start) : undefined;
    // (Past an aside describing the one named: "Tom Reed, a man of few words, spoke. By his account" is his.)
    const between = last ? text.slice(last.end, start).replace(/^,\s[^,.;:“”"]{1,80},/, "") : "";
    if (key && (pronoun === "she" ? SHE_DESCRIBED : pronoun === "he" ? HE_DESCRIBED : null)?.test(between)) return null;
    return key ? { src: { entityKey: key, text: word, role: null }, start, end: start + word.length } : null;
  }

  /**
   * "according to a report it released in March": whom the pronoun of the clause that issued the document means
   * (`w`, the determiner; `doc`, the document's noun).
   */
  private issuerByPronoun(s: Sentence, ms: Mention[], w: Word, doc: Word, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const { text, discourse, ents } = this.ctx;
    const issuedBy = /^\s+(it|they|he|she)\s+(?:had\s+|has\s+)?(?:released|published|issued|compiled|filed|put out|wrote|sent)\b/.exec(text.slice(doc.end, doc.end + 40));
    if (!issuedBy || !isDeterminer(w.lower) || this.inQuotes(quotes, doc.start)) return null;
    // (Or, for "it", the body the sentence opens with: "The union counted …, according to a report it released".)
    const opener = s.words[0]?.lower === "the" && s.words[1] && !s.words[1].cap && describesBody(s.words[1].lower) ? discourse.resolveDescription(s.words[1].lower, this.mentionsBefore(ms, s.start, quotes)) : (ms.find((x) => x.start === s.start)?.entityKey ?? null);
    const key = discourse.resolvePronoun(issuedBy[1]!, this.mentionsBefore(ms, w.start, quotes), false, s.index) ?? (issuedBy[1] === "it" ? (opener ?? discourse.recentBodySubjectKey(s.index)) : null);
    // (A report of the sentence's subject only on what it counted itself: not "The company broke safety rules 14 times,
    // according to a report it published", where "it" is as likely the inspector.)
    const ownCount = key !== opener || COUNTED_BEFORE.test(text.slice(s.start, w.start));
    if (!key || !ownCount || !SPEAKING_KINDS.has(ents.kindOf(key))) return null;
    return { src: { entityKey: key, text: text.slice(w.start, doc.end), role: null }, start: w.start, end: doc.end };
  }

  /**
   * "He and Rep. Ann Holt plan to introduce a bill, according to a draft shared with the Sentinel": a draft or a copy no
   * one is said to have written is the text of whom the sentence is about (a draft bill its sponsors', the first named;
   * a copy of a letter its writer's), never the paper shown it. `k` is the word "a" after the cue.
   */
  private draftOfSubject(s: Sentence, ms: Mention[], k: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const { text, ents, discourse } = this.ctx;
    const ws = s.words;
    const doc = ws[k + 1] && !ws[k + 1]!.cap && DRAFT_WORDS.has(ws[k + 2]?.lower ?? "") ? ws[k + 2]! : ws[k + 1];
    if (!doc || !DRAFT_WORDS.has(doc.lower) || this.inQuotes(quotes, doc.start)) return null;
    // (Only where who has seen it, or the sentence's end, follows: not "according to a copy editor".)
    // (Not a draft or copy of something named, "a copy of the indictment", whose author is another.)
    if (!/^(?:\s+(?:shared with|seen by|obtained by|reviewed by|viewed by|leaked to|provided to|sent to)\s|\s*[.;]|\s*$)/.test(text.slice(doc.end, s.end))) return null;
    // (Nor where what happens is done to the subject, "would be suspended", "was fired": the draft is someone else's.)
    if (PASSIVE_BEFORE_DOC.test(text.slice(s.start, ws[k]!.start))) return null;
    const first = ws[0];
    if (!first || first.start >= doc.start) return null;
    let key: string | null = null;
    if (/^(?:He|She|They)$/.test(first.text)) key = discourse.resolvePronoun(first.lower, this.mentionsBefore(ms, first.start, quotes), false, s.index);
    else {
      // (The name opening the sentence, past a title or two: "Rep. Tom Ostrander and …".)
      const m = ms.find((x) => x.start >= s.start && x.start < doc.start && /^(?:\p{Lu}[\p{L}.-]*\s+){0,2}$/u.test(text.slice(s.start, x.start)) && !this.inQuotes(quotes, x.start));
      key = m ? m.entityKey : null;
    }
    if (!key || !DRAFTER_KINDS.has(ents.kindOf(key))) return null;
    return { src: { entityKey: key, text: text.slice(ws[k]!.start, doc.end), role: null }, start: ws[k]!.start, end: doc.end };
  }

  /**
   * A noun phrase that ends its clause after "according to", where no name is found: "according to the program's
   * latest monthly snapshot", "according to a tally by the newspaper" (up to the preposition).
   */
  private describedAfter(s: Sentence, pos: number, quotes: Span[], agent = false): { src: ClaimSource; start: number; end: number } | null {
    const ws = s.words;
    const { text } = this.ctx;
    let k = 0;
    while (k < ws.length && ws[k]!.start < pos) k++;
    if (k >= ws.length || this.inQuotes(quotes, ws[k]!.start)) return null;
    const informed = this.informedPeople(s, k);
    if (informed) return informed;
    for (let j = k; j < Math.min(ws.length, k + 6); j++) {
      const next = ws[j + 1];
      const gap = text.slice(ws[j]!.end, next ? next.start : s.end);
      // (A critic ends before what for: "drew criticism from teachers over the budget".)
      // ("a state study released Tuesday": the phrase ends before when it was issued.)
      // (A passive's agent ends before what it was called or put down to: "described by the prosecutor's office as
      // reckless", "attributed by the prosecutor's office to a dispute".)
      const ends = /^[,.;:)]/.test(gap) || !next || PP_HEADS.has(next.lower) || next.lower === "that" || next.lower === "which" || (next.lower === "who" && gap === " ") || (agent && (REASON_HEADS.has(next.lower) || next.lower === "as" || next.lower === "to")) ||
        (DOCUMENT_PARTICIPLES.has(next.lower) && (DOCUMENT_NOUNS.has(ws[j]!.lower) || FIGURE_NOUNS.has(ws[j]!.lower))) ||
        (!agent && ASKED_PARTICIPLES.has(next.lower) && namesPeople(ws[j]!.lower));
      if (!ends) continue;
      const p = this.describedPhrase(s, j, agent);
      // Not a bare pronoun ("according to those familiar with …").
      if (!p || (ws[j]!.cap && !s.titleCase) || (j === k && (isDeterminer(ws[j]!.lower) || PRONOUNS.has(ws[j]!.lower) || BARE_PRONOUNS.has(ws[j]!.lower)))) return null;
      // A thing that can hold figures: with a determiner or a number ("the slides", "one recent poll"), or plural
      // ("slides from a presentation"); not a manner ("according to plan", "according to seniority").
      const opener = ws[k]!.lower;
      // (Or someone's kin, as a critic: "blasted by her older sister".)
      // (Or data, which holds figures by its name: "according to government monitoring data".)
      const countable = isDeterminer(opener) || ws[k]!.poss || NUMBER_WORDS.has(opener) || /\p{Ll}s$/u.test(ws[j]!.lower) || (agent && KIN_NOUNS.has(ws[j]!.lower)) || (!agent && ws[j]!.lower === "data" && j > k);
      if (!countable) return null;
      // "according to figures compiled by the council": whoever compiled or published them (a body, not a person's).
      const by = p.firstWord === k && FIGURE_NOUNS.has(ws[j]!.lower) ? FIGURES_BY.exec(text.slice(p.end, p.end + 40)) : null;
      // (Named, or a body described: "by the college" of the College of Medicine.)
      // (The name right after "by", not one further on: "supplied by hospitals to the Ministry of Health" is no ministry's.)
      // (Past a word or two describing it: "compiled by the nonpartisan Money Trail Project".)
      const from = by ? p.end + by[0].length + (DESCRIBING_BEFORE_NAME.exec(text.slice(p.end + by[0].length, p.end + by[0].length + 30))?.[0].length ?? 0) : -1;
      const byName = by ? mentionStartingIn(this.ctx.ents.mentions, from, from) : undefined;
      const at = by && !byName ? ws.findIndex((x) => x.start >= from) : -1;
      const described = at >= 0 && !ws[at]!.cap && (ws[at + 1] === undefined || !/^\s\p{L}/u.test(text.slice(ws[at]!.end, ws[at]!.end + 2))) ? this.sourceEndingAt(s, this.ctx.ents.mentions, at, quotes) : null;
      const keeper = byName ? { key: byName.entityKey, end: byName.end } : described ? { key: described.src.entityKey, end: ws[at]!.end } : null;
      if (keeper && BODY_KINDS.has(this.ctx.ents.kindOf(keeper.key))) return { src: { entityKey: keeper.key, text: text.slice(p.start, keeper.end).trim(), role: null }, start: p.start, end: keeper.end };
      // "according to a survivors’ group, the Ayomide Families Forum,": the name the description is given right after.
      const named = p.indefinite ? this.nameAfterDescription(p.end, quotes) : null;
      if (p.firstWord === k && named) return named;
      // "according to a study published on Wednesday in Marine Ecology Letters": the journal that published it, as
      // "A study published in Marine Ecology Letters found" is.
      const inJournal = p.firstWord === k && DOCUMENT_NOUNS.has(ws[j]!.lower) ? PUBLISHED_IN_AFTER.exec(text.slice(p.end, p.end + 60)) : null;
      const journal = inJournal ? mentionStartingIn(this.ctx.ents.mentions, p.end + inJournal[0].length, p.end + inJournal[0].length) : undefined;
      // (Not with its author after it: "an analysis published in the Federal Register by the Transportation Department".)
      const authorAfter = journal ? /^\s+by\s/.test(text.slice(journal.end, journal.end + 4)) : false;
      // (Worded as the document, whose finding it is.)
      if (journal && !authorAfter && this.ctx.ents.kindOf(journal.entityKey) === "outlet" && !this.inQuotes(quotes, journal.start)) return { src: { entityKey: journal.entityKey, text: p.phrase, role: null }, start: p.start, end: p.end };
      // (A title-case headline's "Unions" are the body's "unions".)
      if (p.firstWord === k) return this.describedSource(s.titleCase ? { ...p, name: p.name.toLowerCase() } : p);
      // "according to farmers and traders": two groups of people, plural and lower case, as one source.
      const joined = ws[p.firstWord - 1];
      const other = joined && (joined.lower === "and" || joined.lower === "or") && p.firstWord - 2 >= k ? this.describedPhrase(s, p.firstWord - 2) : null;
      if (other && other.firstWord === k && !ws.slice(k, j + 1).some((w) => w.cap) && [ws[p.firstWord - 2]!, ws[j]!].every((w) => /\p{Ll}s$/u.test(w.lower) && namesPeople(w.lower))) {
        const phrase = text.slice(other.start, p.end);
        return this.describedSource({ ...other, end: p.end, phrase, name: isDeterminer(ws[k]!.lower) ? text.slice(ws[k + 1]!.start, p.end) : phrase });
      }
      // "the program's latest monthly snapshot": a possessive inside the phrase.
      const lead = ws.slice(k, p.firstWord);
      if (!lead.every((w, i) => (i === 0 && isDeterminer(w.lower)) || w.poss)) return null;
      const phrase = text.slice(ws[k]!.start, p.end);
      const name = isDeterminer(ws[k]!.lower) && k + 1 < p.firstWord ? text.slice(ws[k + 1]!.start, p.end) : phrase;
      return this.describedSource({ ...p, firstWord: k, start: ws[k]!.start, phrase, name, indefinite: false });
    }
    return null;
  }

  /**
   * "“…,” said the council.", "“…,” said dockworkers, who …": someone described after an inverted verb of saying, up to
   * the end of the tag (at most six words, none a verb).
   */
  private describedTag(s: Sentence, pos: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const tag = INVERTED_TAG.exec(this.ctx.text.slice(pos, Math.min(s.end, pos + 80)));
    // ("…,” said the acoustic ecologist who led the study, adding …": someone described, up to a clause of their own.)
    if ((!tag || tag[1]!.split(/\s+/).some((x) => looksLikeVerb(x.toLowerCase()))) && s.section === "body" && DESCRIBED_WHO_TAG.test(this.ctx.text.slice(pos, Math.min(s.end, pos + 80)))) return this.describedAfter(s, pos, quotes);
    if (!tag || tag[1]!.split(/\s+/).some((x) => looksLikeVerb(x.toLowerCase()))) return null;
    // (A headline drops the article: "…, says union leader" is whom the body names so, else someone described.)
    if (s.section !== "body" && !/^(?:the|a|an)\s/i.test(tag[1]!)) {
      const start = pos + tag[0].indexOf(tag[1]!);
      const head = tag[1]!.split(/\s+/).at(-1)!.toLowerCase();
      const describes = DESCRIPTION_KINDS[head] !== undefined || ROLE_HEADS.has(head);
      const key = describes ? this.headlineReferent(head, tag[1]!) : null;
      if (key) return { src: { entityKey: key, text: tag[1]!, role: null }, start, end: start + tag[1]!.length };
      if (describes) return this.describedAfter(s, pos, quotes) ?? this.unnamedSource(tag[1]!, tag[1]!, start, start + tag[1]!.length);
    }
    return this.describedAfter(s, pos, quotes);
  }

  /**
   * "those familiar with the White House strategy", "those close to the mayor": unnamed people who know, up to the
   * end of their clause (at most fourteen words), as one anonymous source.
   */
  private informedPeople(s: Sentence, k: number): { src: ClaimSource; start: number; end: number } | null {
    const ws = s.words;
    const { text } = this.ctx;
    // ("those familiar with …"; also "two people familiar with the matter", "a person close to the actress", "two
    // congressional aides familiar with the inquiry", "officials briefed on the plan".)
    const noun = ws[k]?.lower === "those" ? (INFORMED.has(ws[k + 1]?.lower ?? "") ? k : -1) : this.informedNoun(s, k);
    if (noun < 0) return null;
    let j = noun + 1;
    const last = Math.max(k + 14, noun + 13);
    // (Past a possessive's ending too: "two people familiar with the company's finances".)
    while (j + 1 < ws.length && j < last && /^(?:['’]s?)? $/.test(text.slice(ws[j]!.end, ws[j + 1]!.start)) && ws[j + 1]!.lower !== "that" && ws[j + 1]!.lower !== "said") j++;
    // Cut short of the clause's end: end on a content word, not "… with the union and".
    if (j === last) while (j > Math.max(k + 2, noun + 1) && /^(?:and|or|the|a|an|of|with|to|in|on|for|by|at|from)$/.test(ws[j]!.lower)) j--;
    return this.informedSource(ws[k]!.start, ws[j]!.end, false, ws[noun]!.lower);
  }

  /**
   * The noun of people who know, opening at word `k` with up to four words of count and trade before it, and what they
   * know after it: "people familiar with", "a person with knowledge of", "two congressional aides briefed on", "two
   * former Justice Department lawyers close to", "people who have seen"; its index, or -1.
   */
  private informedNoun(s: Sentence, k: number): number {
    const ws = s.words;
    const { text } = this.ctx;
    for (let t = k; t < Math.min(ws.length - 1, k + 5); t++) {
      if (t > k && text.slice(ws[t - 1]!.end, ws[t]!.start) !== " ") return -1;
      const w = ws[t]!.lower;
      const people = INFORMED_PEOPLE.has(w) || namesPeople(w) || (t > k && isPersonNoun(w));
      const after = text.slice(ws[t]!.end, ws[t]!.end + 40);
      if (people && (INFORMED.has(ws[t + 1]!.lower) || WITH_KNOWLEDGE.test(after) || WHO_HAVE_SEEN.test(after))) return t;
      // (Words of count and trade before it, no verb or preposition: not "said", "familiar".)
      if (verbClass(w) !== null || PP_HEADS.has(w)) return -1;
    }
    return -1;
  }

  /**
   * The people "those familiar with …" names, from `start` to `end`, as one anonymous source; who "the aides" means
   * next, when `noun` is "aides".
   */
  private informedSource(start: number, end: number, opensSentence = false, noun?: string): { src: ClaimSource; start: number; end: number } {
    const phrase = this.ctx.text.slice(start, end);
    // (Named in lower case, as anywhere but at a sentence's start: "people briefed on the talks", "engineers familiar
    // with the dam".)
    // (Named without a clause of their own: "a person familiar with the negotiations who was not authorized to discuss
    // them publicly" is "a person familiar with the negotiations".)
    const own = phrase.replace(WHY_UNNAMED_CLAUSE, "");
    const name = opensSentence || /^(?:People|Two|Three|Several|Multiple|A|One)\s/.test(own) ? lowerOpening(own) : own;
    const key = this.ctx.ents.ensure(name, "anonymous", phrase);
    // (One of them is who "the person" or "the source" means next.)
    const one = /^(?:a|an|one)\s+(person|source)\b/i.exec(phrase);
    if (one) this.describedByHead.set(one[1]!.toLowerCase(), { key, at: start });
    if (noun) this.countedByNoun.set(noun, { key, at: end });
    return { src: { entityKey: key, text: phrase, role: null }, start, end };
  }

  /** "Those familiar with the talks said", "But those close to the mayor said": the phrase ending at word k, opening its clause. */
  private informedPeopleBefore(s: Sentence, k: number): { src: ClaimSource; start: number; end: number } | null {
    const ws = s.words;
    const { text } = this.ctx;
    for (let t = k - 1; t >= Math.max(0, k - 14); t--) {
      // (Words apart, or a possessive's ending between them: "a person familiar with the county’s review said".)
      if (!/^(?:['’]s?)? $/.test(text.slice(ws[t]!.end, ws[t + 1]!.start))) return null;
      // ("A person with direct knowledge of the procurement said", "two people familiar with the talks said".)
      const someone = INFORMED_PEOPLE.has(ws[t]!.lower) && (INFORMED.has(ws[t + 1]!.lower) || WITH_KNOWLEDGE.test(text.slice(ws[t]!.end, ws[k]!.end)));
      if (!(ws[t]!.lower === "those" && INFORMED.has(ws[t + 1]!.lower)) && !someone) continue;
      const counted = someone && t > 0 && /^(?:a|an|one|two|three|four|several|multiple|\d+)$/.test(ws[t - 1]!.lower) && text.slice(ws[t - 1]!.end, ws[t]!.start) === " ";
      const first = counted ? t - 1 : t;
      const opens = first === 0 || CLAUSE_OPENERS.has(ws[first - 1]!.lower) || CLAUSE_OPENS_AFTER.test(text.slice(ws[first - 1]!.end, ws[first]!.start));
      if (!opens) return null;
      return this.informedSource(ws[first]!.start, ws[k]!.end);
    }
    return null;
  }

  /** Someone the text describes and does not name, as written: "his family", "Obama's top economic aide". */
  /**
   * An unnamed source named with the words that tell it apart, from word `first` to its noun at `k` ("A city official",
   * "Outside experts"), also known without its count ("state election officials") and as whom "the official" means
   * in the next paragraphs.
   */
  private sourceToldApart(ws: readonly Word[], first: number, k: number, kind: "anonymous" | "unnamed", counted: boolean): { src: ClaimSource; start: number; end: number } {
    const { ents, text } = this.ctx;
    const w = ws[k]!;
    const phrase = text.slice(ws[first]!.start, w.end);
    const key = ents.ensure(lowerOpening(phrase), kind, phrase);
    if (counted) ents.addAlias(key, text.slice(ws[first + 1]!.start, w.end));
    this.countedByNoun.set(w.lower, { key, at: w.end });
    return { src: { entityKey: key, text: phrase, role: null }, start: ws[first]!.start, end: w.end };
  }

  /** Whom "the official" at `at` means: the unnamed source told apart by that noun in the paragraphs before, if any. */
  private toldApart(noun: string, at: number): string | undefined {
    const told = this.countedByNoun.get(noun);
    return told && at - told.at <= TOLD_APART_REACH ? told.key : undefined;
  }

  /**
   * The author of a document opening the sentence, named after "by" or "from", when only how the document came out
   * ("published on Sunday") or a description of the author set off by commas stands between them and the verb.
   */
  private documentAuthorOpening(s: Sentence, ms: Mention[], cueStart: number, quotes: Span[]): Mention | null {
    const author = this.authorOfOpeningDocument(ms, s.start, cueStart);
    if (!author || this.inQuotes(quotes, author.start) || !SPEAKING_KINDS.has(this.ctx.ents.kindOf(author.entityKey))) return null;
    return AUTHOR_THEN_ASIDE.test(this.ctx.text.slice(author.end, cueStart)) ? author : null;
  }

  /**
   * "The Justice Department's inspector general" ending at `end` (before a verb, or before an aside): the body's own
   * watchdog, an office of its own; or null.
   */
  private officeOfBodyEndingAt(s: Sentence, ms: Mention[], end: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const office = OFFICE_OF_BODY_BEFORE.exec(this.ctx.text.slice(Math.max(s.start, end - 30), end));
    if (!office) return null;
    const owner = mentionEndingAt(ms, end - office[0].length);
    const own = owner && !this.inQuotes(quotes, owner.start) ? this.bodyOffice(owner) : null;
    if (!own) return null;
    const the = /\b[Tt]he\s+$/.exec(this.ctx.text.slice(Math.max(s.start, owner!.start - 4), owner!.start));
    const start = the ? owner!.start - the[0].length : owner!.start;
    return { src: { entityKey: own.key, text: this.ctx.text.slice(start, own.end), role: null }, start, end: own.end };
  }

  /** The one named after "by" in a document opening the text from `from` to `end` ("A poll by the Harlow Institute …"), if any. */
  private authorOfOpeningDocument(ms: readonly Mention[], from: number, end: number): Mention | undefined {
    const opening = DOCUMENT_BY_OPENING.exec(this.ctx.text.slice(from, end));
    return opening ? ms.find((m) => m.start === from + opening[0].length) : undefined;
  }

  /**
   * The place whose force "police" at `w` is, named right before it: a place the article names ("North Yorkshire",
   * "Patna") or a people's adjective ("Belgian"); null for anything else ("Capitol", "Smith's").
   */
  private placeBeforePolice(ms: Mention[], prev: Word | undefined, w: Word): { name: string; start: number } | null {
    const { ents, text } = this.ctx;
    if (!prev?.cap || text.slice(prev.end, w.start) !== " ") return null;
    if (DEMONYMS.has(prev.lower) || COUNTRY_ADJECTIVES.has(prev.lower)) return { name: prev.text, start: prev.start };
    const m = mentionEndingAt(ms, prev.end);
    // (A place the lexicon does not know is of no kind yet: "Uvalde police".)
    const kind = m && m.end === prev.end ? ents.kindOf(m.entityKey) : null;
    if (kind !== "place" && kind !== "other") return null;
    // (Not a time or place a fronted phrase gives before its subject: "Over Christmas police said", "In Leeds police
    // said", "At the Olympics police said".)
    const lead = text.slice(Math.max(0, m!.start - 12), m!.start);
    if (/\b(?:in|at|on|over|since|after|before|during|from|near|across|around|outside|inside|throughout|until|by)\s+(?:the\s+)?$/i.test(lead)) return null;
    return { name: text.slice(m!.start, m!.end), start: m!.start };
  }

  private unnamedSource(name: string, phrase: string, start: number, end: number): { src: ClaimSource; start: number; end: number } {
    return { src: { entityKey: this.ctx.ents.ensure(name, "unnamed", phrase), text: phrase, role: null }, start, end };
  }

  private describedSource(p: DescribedPhrase): { src: ClaimSource; start: number; end: number } {
    // "The lawsuit alleges": what a lawsuit claims, whoever brought it claims; the plaintiffs when the article does
    // not say who ("a lawsuit filed by the Harbor League").
    // (So does "the complaint" of a lawsuit the article names who brought: "The complaint argues"; else it speaks as itself.)
    const lawsuit = LAWSUIT.test(p.name) ? (this.lawsuitFiler(p) ?? this.ctx.ents.ensure("plaintiffs", "unnamed", p.phrase)) : /^complaint$/i.test(p.name) && !p.indefinite ? this.lawsuitFiler(p) : null;
    const key = lawsuit ?? this.figuresKeeper(p) ?? this.ctx.ents.ensure(p.name, "unnamed", p.phrase);
    // ("One of the employees said …. Another said": one of a group, whom "another" goes on from.)
    if (/^\S+\s+of\s+(?:the|these|those)\s/i.test(p.phrase)) this.partOfGroup = { key, sentence: this.sentenceAtts.sentence };
    // (One person described, "a senior adviser", is who "the adviser" means later.)
    if (p.indefinite && !lawsuit) {
      const core = p.name.split(/\s(?:(?:north|south|east|west)\s+of|of|for|at|on|in|with|from|near|outside)\s/)[0]!;
      this.describedByHead.set(core.slice(core.lastIndexOf(" ") + 1).toLowerCase(), { key, at: p.start });
    }
    return { src: { entityKey: key, text: p.phrase, role: null }, start: p.start, end: p.end };
  }

  /**
   * The body whose figures they are: "according to museum figures" (the museum the article named), "Trading Standards
   * figures seen by the Clarion show" (a body named by its capitals, not just capitalised for opening the sentence);
   * null for figures of no one body ("official figures", "Police figures" of no force named).
   */
  private figuresKeeper(p: DescribedPhrase): string | null {
    const { ents, discourse } = this.ctx;
    // ("according to its own performance data", "their own figures": the body "its" means.)
    const owner = OWN_FIGURES.exec(p.phrase)?.[1]!.toLowerCase();
    if (owner) {
      // (Not when its own sentence spoke of a body described, which "its" may be: "The agency's light rail ran late,
      // according to its own data".)
      const sentenceStart = Math.max(this.ctx.text.lastIndexOf(". ", p.start), this.ctx.text.lastIndexOf("\n", p.start));
      if (/\b[Tt]he\s+\p{Ll}+['’]s\s/u.test(this.ctx.text.slice(sentenceStart + 1, p.start))) return null;
      const key = discourse.resolvePronoun(owner === "its" ? "it" : "they", ents.mentions.filter((x) => x.end <= p.start), false, this.sentenceAtts.sentence);
      // (Only the one body named in that sentence and the one before: not after "Acme Corp, which bought Beta Inc, …".)
      const sentence = this.sentenceAtts.sentence;
      const near = [...(ents.bySentence[sentence - 1] ?? []), ...(ents.bySentence[sentence] ?? [])];
      const bodies = new Set(near.filter((x) => x.end <= p.start && BODY_KINDS.has(ents.kindOf(x.entityKey))).map((x) => x.entityKey));
      return key && BODY_KINDS.has(ents.kindOf(key)) && bodies.size === 1 && bodies.has(key) ? key : null;
    }
    const m = FIGURES_OF.exec(p.name);
    if (!m) return null;
    // (A body whose name began before the phrase, past its "and": "Environment and Climate Change Canada data show".)
    const begunBefore = ents.mentions.find((x) => x.start < p.start && x.end > p.start && x.end < p.end && BODY_KINDS.has(ents.kindOf(x.entityKey)));
    if (begunBefore) return begunBefore.entityKey;
    const keeper = m[1]!;
    const known = ents.lookup(keeper);
    if (known && BODY_KINDS.has(ents.kindOf(known))) return known;
    // (A place's figures are no body's: "New Zealand figures show".)
    if ((known && ents.kindOf(known) === "place") || PLACES.has(keeper.toLowerCase()) || MULTI_PLACES.has(keeper.toLowerCase().replace(/\s+/g, "-"))) return null;
    if (/^\p{Ll}+$/u.test(keeper) && describesOnlyBodiesNamedSo(keeper)) {
      return discourse.resolveDescription(keeper, ents.mentions.filter((x) => x.end <= p.start));
    }
    // ("Trading Standards": two or more capitalised words, not a sentence's capital on one word.)
    if (/^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)+$/u.test(keeper) && !NOT_NAME_WORDS.has(keeper.split(" ")[0]!.toLowerCase())) return ents.ensure(keeper, "organization", keeper);
    return null;
  }

  /**
   * Who filed or brought a lawsuit: as its own words say ("The lawsuit, filed Monday by three former employees,"), or
   * as the latest lawsuit mentioned before it said, when the phrase refers back to that one ("The lawsuit", not "The new
   * lawsuit" or "its own suit"); null when neither says.
   */
  private lawsuitFiler(p: DescribedPhrase): string | null {
    const { text } = this.ctx;
    const own = OWN_FILER.exec(text.slice(p.end, p.end + 120));
    // (When its aside names no filer, "The lawsuit, filed in federal court in Macon, says", who sued before is.)
    const named = own ? this.filerFrom(p.end + own[0].length) : null;
    if (named) return named;
    if (OTHER_LAWSUIT.test(p.phrase)) return null;
    const from = Math.max(0, p.start - 1500);
    const window = text.slice(from, p.start);
    // Back through the mentions of a lawsuit, and of suing ("The Legislature sued the governor on Monday. The lawsuit
    // asks …. The complaint argues …"), to one that says who brought it; not past where one was brought in anew
    // ("A class-action lawsuit against Acme …"), perhaps another.
    const mentions: { at: number; sued: boolean }[] = [];
    for (const re of [LAWSUIT_MENTIONS, SUED]) {
      re.lastIndex = 0;
      for (let m = re.exec(window); m; m = re.exec(window)) mentions.push({ at: m.index, sued: re === SUED });
    }
    // (Who sued is taken only when no lawsuit was brought in before it: "A group of tenants filed a lawsuit against
    // Harbor Homes …. Harbor Homes has sued dozens of tenants in the past" keeps the tenants' suit apart.)
    let suer: string | null = null;
    for (const m of mentions.sort((a, b) => b.at - a.at)) {
      if (m.sued) {
        suer ??= this.suedBy(from + m.at);
        continue;
      }
      const filed = LAWSUIT_FILED_BY.exec(window.slice(m.at));
      if (filed && filed.index === 0) return this.filerFrom(from + m.at + filed[0].length);
      // (A headline's bare "Lawsuit claims …" refers to it too.)
      const before = window.slice(Math.max(0, m.at - 30), m.at);
      // (Past a headline's or subheadline's bare "county calls suit 'political theater'"; in the body, only past one that
      // refers back: not "Ann Holt's lawsuit against Acme", perhaps another.)
      if (from + m.at < this.bodyStart) continue;
      if (!/\b(?:the|this|that|its|their)\s+(?:[\p{L}-]+\s+)?$/iu.test(before) && !/(?:^|\n)$/.test(before)) return null;
    }
    return suer;
  }

  /** Who filed a lawsuit, from where its filers are named: the body they filed for, if the clause says so, or the filers. */
  private filerFrom(at: number): string | null {
    const behalf = ON_BEHALF_OF.exec(this.ctx.text.slice(at, at + 160));
    const body = behalf ? mentionStartingIn(this.ctx.ents.mentions, at + behalf[0].length, at + behalf[0].length) : undefined;
    return body && BODY_KINDS.has(this.ctx.ents.kindOf(body.entityKey)) ? body.entityKey : this.authorAt(at);
  }

  /** Who "sued" at `at`: a body or person named right before the verb ("Arizona's Republican-led Legislature sued"), or null. */
  private suedBy(at: number): string | null {
    const { text, ents } = this.ctx;
    const m = ents.mentions.findLast((x) => x.end <= at && at - x.end <= 30);
    // (Not a passive, "Meridian Health was sued … by three former nurses": the one sued.)
    if (!m || !/^\s+(?:(?:has|have|had|also|now)\s+)*$/.test(text.slice(m.end, at))) return null;
    // (Only a name that opens its clause: not "The parents of Tobias Greer", "A former aide to Senator Raymond Kell",
    // "Parents represented by attorney Lisa Grant", who sued for others or were sued.)
    // (Past a fronted phrase: "On Monday, the Kessel Tenants Union sued".)
    const clause = Math.max(text.lastIndexOf(". ", m.start), text.lastIndexOf("\n", m.start), text.lastIndexOf("; ", m.start), text.lastIndexOf(", ", m.start)) + 1;
    if (/\b(?:of|for|to|with|by|from|at|in|on|against|behalf|represented)\b/i.test(text.slice(clause, m.start))) return null;
    const kind = ents.kindOf(m.entityKey);
    return kind === "place" || kind === "other" ? null : m.entityKey;
  }

  /**
   * The person a role from word k introduces after a comma: "legislator, Representative Carl Seel", "trust's chief
   * executive, Dr Simon Hale" (up to four lower-case words, the last a role or a description), or null.
   */
  private personNamedAfterRole(s: Sentence, ms: Mention[], k: number): Mention | null {
    const ws = s.words;
    const { text } = this.ctx;
    let j = k;
    const where = (x: Word) => /^(?:at|of|for|with)$/.test(x.lower) && BODY_THEN_COMMA.test(text.slice(x.end, x.end + 70));
    while (j < ws.length && j - k < 4 && !ws[j]!.cap && !text.startsWith(", ", ws[j]!.end) && !where(ws[j]!)) j++;
    // (Past where they hold it: "the director of operations at Northern Counties Ambulance Service, Philip Crane".)
    const at = ws[j] && where(ws[j]!) ? BODY_THEN_COMMA.exec(text.slice(ws[j]!.end, ws[j]!.end + 70)) : null;
    if (at) j = ws.findIndex((x) => x.end === ws[j]!.end + at[0].length - 1);
    const role = ws[j];
    // (The role's head may come before "of": "its director of campaigns, Rhys Pemberton".)
    if (!role || (role.cap && !at) || !text.startsWith(", ", role.end) || !ws.slice(k, j + 1).some((x) => ROLE_HEADS.has(x.lower) || DESCRIPTION_KINDS[x.lower])) return null;
    const named = ms.find((x) => x.start > role.end && x.start - role.end <= 40 && this.ctx.ents.kindOf(x.entityKey) === "person");
    return named && /^, (?:\p{Lu}[\p{L}.]*\s)*$/u.test(text.slice(role.end, named.start)) ? named : null;
  }

  /**
   * After a determiner at k: one who works at a body named among the words, ending the phrase ("one former Aquavia plant
   * operator, who …", "a Harlow Bank teller."), as someone described; null for a role that speaks for the body.
   */
  private workerOfBodyAfter(s: Sentence, ms: Mention[], k: number): { src: ClaimSource; start: number; end: number } | null {
    const ws = s.words;
    for (let j = k + 2; j < Math.min(ws.length, k + 7); j++) {
      const w = ws[j]!;
      if (w.cap) continue;
      // (An operator is a company too, "the ferry operator", but a person when "former": "one former plant operator".)
      const former = ws[k + 1]!.lower === "former" && w.lower === "operator";
      const worker = (OCCUPATIONS.has(w.lower) || isUnlistedPersonNoun(w.lower) || former) && !ROLE_HEADS.has(w.lower) && !SPOKESPERSON_WORDS.has(w.lower);
      // (Past words of trade before the noun, "plant", "night-shift"; not past a preposition or a clause.)
      if (!worker) {
        if (/^(?:of|for|in|at|with|who|which|that|and|or|to|from|on|by|as|said|says)$/.test(w.lower)) return null;
        continue;
      }
      // (A body, or a name of no known kind: "Aquavia".)
      const body = ms.some((m) => m.start > ws[k]!.end && m.end < w.start && (BODY_KINDS.has(this.ctx.ents.kindOf(m.entityKey)) || this.ctx.ents.kindOf(m.entityKey) === "other"));
      // (Or before a clause on who they are: "according to a Social Security employee who was not authorized to speak".)
      const ends = /^(?:\s*[,.;:!?]|\s+(?:as|who)\b|\s*$)/.test(this.ctx.text.slice(w.end, w.end + 5));
      if (!body || !ends) return null;
      const described = this.describedPhrase(s, j);
      if (described) return this.describedSource(described);
      // (A phrase the reader of descriptions leaves, with a name inside it: the words as they stand.)
      const phrase = this.ctx.text.slice(ws[k]!.start, w.end);
      return this.unnamedSource(lowerOpening(phrase), phrase, ws[k]!.start, w.end);
    }
    return null;
  }

  /** Source after the cue: "said Smith", "according to Channel 9 News", "revealed by the Herald". */
  private sourceAfter(s: Sentence, ms: Mention[], pos: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const ws = s.words;
    let k = 0;
    while (k < ws.length && ws[k]!.start < pos) k++;
    let w = ws[k];
    if (!w) return null;
    // "…, says CBK governor": a body's role in a headline's closing tag is whoever holds it.
    const tagged = s.section !== "body" ? ms.find((x) => x.start === w!.start && !this.inQuotes(quotes, x.start)) : undefined;
    const holder = tagged ? this.headlineRoleHolder(s, tagged.start, tagged.end, s.end) : null;
    if (holder) return holder;
    // "‘…,’ Says Mayor Pleading For Hurricane Aid": a role alone after the verb is whoever the body gives it.
    if (s.section !== "body" && ROLE_HEADS.has(w.lower) && !tagged) {
      const key = this.headlineReferent(w.lower, w.text);
      if (key && this.ctx.ents.kindOf(key) === "person") return { src: { entityKey: key, text: w.text, role: null }, start: w.start, end: w.end };
    }
    // "according to two of the officials", "said several of the aides": the group a part of it speaks for.
    if (PARTITIVE_QUANTIFIERS.has(w.lower) && ws[k + 1]?.lower === "of" && PARTITIVE_DETERMINERS.has(ws[k + 2]?.lower ?? "") && ws[k + 3]) {
      const group = this.sourceAfter(s, ms, ws[k + 2]!.start, quotes);
      // (Only a group that ends the phrase: not "many of the economists surveyed", read below as before.)
      if (group && group.start === ws[k + 2]!.start && /^\s*(?:[.,;!?]|$)/.test(this.ctx.text.slice(group.end, group.end + 2))) return { src: { ...group.src, text: this.ctx.text.slice(w.start, group.end) }, start: w.start, end: group.end };
    }
    // "said its director of campaigns, Rhys Pemberton": the person named after the role.
    // ("according to the town's director of public works, Glen Sauvé": a body described as the owner too.)
    const describedOwner = w.lower === "the" && ws[k + 1]?.poss === true && !ws[k + 1]!.cap;
    const namedAfter = /^(?:its|his|her|their)$/.test(w.lower) ? this.personNamedAfterRole(s, ms, k + 1) : describedOwner ? this.personNamedAfterRole(s, ms, k + 2) : null;
    if (namedAfter) return sourceOf(namedAfter);
    // "according to its most recent annual report": the report of the body or person the pronoun means.
    // (The document's own phrase: not "by her brother in an interview".)
    const owner = w;
    const phrase = /^(?:its|his|her|their)$/.test(owner.lower) ? ws.slice(k + 1, k + 5) : [];
    const docAt = phrase.findIndex((x) => DOCUMENT_NOUNS.has(x.lower) || TALLY_NOUNS.has(x.lower));
    const ownDoc = docAt >= 0 && phrase.slice(0, docAt).every((x) => !x.cap && !PP_HEADS.has(x.lower) && this.ctx.text.slice(x.end, x.end + 1) === " ") ? phrase[docAt] : undefined;
    if (ownDoc && !this.inQuotes(quotes, owner.start)) {
      const { discourse } = this.ctx;
      const before = ms.filter((x) => x.end <= owner.start && !this.inQuotes(quotes, x.start));
      const key = owner.lower === "its" ? (discourse.resolvePronoun("it", before, false, s.index) ?? discourse.recentBodySubjectKey(s.index)) : owner.lower === "their" ? null : discourse.resolvePronoun(owner.lower === "his" ? "he" : "she", before, false, s.index);
      if (key) return { src: { entityKey: key, text: this.ctx.text.slice(owner.start, ownDoc.end), role: null }, start: owner.start, end: ownDoc.end };
    }
    // "according to the company's annual report", "the hotel's website": the document or site of the body the
    // description means.
    const the = w;
    const describer = the.lower === "the" ? ws[k + 1] : undefined;
    if (describer?.poss && !describer.cap && describesBody(describer.lower)) {
      const docWords = ws.slice(k + 2, k + 5);
      // (Or its own numbers: "the department's own figures".)
      const ownPage = docWords.findIndex((x) => DOCUMENT_NOUNS.has(x.lower) || TALLY_NOUNS.has(x.lower) || OWN_PAGES.has(x.lower) || FIGURE_WORDS.has(x.lower));
      // (Past words that say which, "annual", "latest"; not a role's, "the group's head of research", "the company's site
      // manager, Tom Reid", nor part of a longer noun, "the council's site inspection"; but "the union's filings with the
      // Certification Officer"; nor "the company" of two named.)
      const pageEnd = ownPage >= 0 ? docWords[ownPage]!.end : -1;
      const endsPhrase = pageEnd >= 0 && /^(?:\s*(?:[.;:!?]|,(?!\s+\p{Lu})|$)|\s+(?:with|to|for|on|in|from|of|filed|published|released|dated)\s)/u.test(this.ctx.text.slice(pageEnd, pageEnd + 12));
      if (endsPhrase && docWords.slice(0, ownPage).every((x) => !x.cap && !PP_HEADS.has(x.lower) && !DESCRIPTION_KINDS[x.lower]) && !this.inQuotes(quotes, the.start) && !(COMPANY_WORDS.has(describer.lower.replace(/['’]s?$/, "")) && this.twoBodiesNamed(s))) {
        const key = this.ctx.discourse.resolveDescription(describer.lower, ms.filter((x) => x.end <= the.start && !this.inQuotes(quotes, x.start)));
        const end = docWords[ownPage]!.end;
        if (key && BODY_KINDS.has(this.ctx.ents.kindOf(key))) return { src: { entityKey: key, text: this.ctx.text.slice(the.start, end), role: null }, start: the.start, end };
      }
    }
    const draft = /^(?:a|an)$/.test(w.lower) ? this.draftOfSubject(s, ms, k, quotes) : null;
    if (draft) return draft;
    // ("said one senior engineer with nine years at the company": "one" as "a".)
    if (ws[k + 1] && (isDeterminer(w.lower) || (w.lower === "one" && !ws[k + 1]!.cap))) {
      // "reads a statement from Senator Reid's office": whoever issued the document.
      // ("a state study by …": past one word that says whose or what kind.)
      const doc = !ws[k + 1]!.cap && ws[k + 2] && DOCUMENT_NOUNS.has(ws[k + 2]!.lower) && !DOCUMENT_NOUNS.has(ws[k + 1]!.lower) ? ws[k + 2]! : ws[k + 1]!;
      // ("a count by the Coalition for Housing Justice", "figures compiled by the council", "data from the tracker
      // CutCount": figures someone made.)
      if (DOCUMENT_NOUNS.has(doc.lower) || TALLY_NOUNS.has(doc.lower) || FIGURE_NOUNS.has(doc.lower) || DRAFT_WORDS.has(doc.lower)) {
        // (A draft's is only who it is by, next: not "a draft of the budget obtained by the Times".)
        const issued = DRAFT_WORDS.has(doc.lower) && !/^\s+by\s/.test(this.ctx.text.slice(doc.end, doc.end + 4)) ? null : this.issuerAfter(s, w, doc, ms, quotes);
        if (issued) return issued;
        const byPronoun = this.issuerByPronoun(s, ms, w, doc, quotes);
        if (byPronoun) return byPronoun;
        // ("an internal memo seen by Stackline", "a draft shared with MNN": the document speaks, not the outlet that has
        // seen it.)
        if (/^\s+(?:(?:seen|obtained|reviewed|viewed)\s+by|shared\s+with|leaked\s+to)\b/.test(this.ctx.text.slice(doc.end, doc.end + 16))) {
          const d = this.describedPhrase(s, ws.indexOf(doc));
          if (d && !this.inQuotes(quotes, d.start)) return this.describedSource(d);
        }
      }
      // "said the legislator, Representative Carl Seel", "said the trust's chief executive, Dr Simon Hale": the name
      // the description introduces.
      const named = this.personNamedAfterRole(s, ms, k + 1);
      if (named) return sourceOf(named);
      // "according to the ratings firm Audiometrix", "by the Hermosillo newspaper Diario del Desierto": the name a
      // description introduces, with no comma (a name inside the description says where or whose, and is not it).
      const det = w;
      const introduced = ms.find((x) => {
        if (x.start <= det.start || x.start - det.start >= 60 || this.inQuotes(quotes, x.start)) return false;
        const between = ws.filter((y) => y.start > det.start && y.end < x.start);
        const noun = between.at(-1);
        return between.length >= 1 && between.length <= 4 && !noun!.cap && DESCRIPTION_KINDS[noun!.lower] !== undefined && this.ctx.text.slice(noun!.end, x.start) === " ";
      });
      if (introduced) return sourceOf(introduced);
      // "by one former Aquavia plant operator, who …": someone who works at the body named in the description, not the
      // body (a spokesman or an official of it speaks for it, read below).
      const worker = this.workerOfBodyAfter(s, ms, k);
      if (worker) return worker;
      // "the organization", "the Herald"
      const m0 = ms.find((x) => x.start === ws[k + 1]!.start);
      // ("according to the Punjab health department": the place's body, not the place.)
      const placed = m0 ? this.placesBody(m0) : null;
      if (placed) return { src: { entityKey: placed.key, text: this.ctx.text.slice(w.start, placed.end), role: null }, start: w.start, end: placed.end };
      if (m0) return sourceOf(m0);
      for (let j = k + 1; j < Math.min(ws.length, k + 6); j++) {
        // ("according to the official tally": "official" says whose the tally is; the tally is credited, read below.)
        const next = ws[j + 1];
        if (next && !next.cap && this.ctx.text.slice(ws[j]!.end, next.start) === " " && (EVIDENCE_NOUNS.has(next.lower) || TALLY_NOUNS.has(next.lower) || FIGURE_NOUNS.has(next.lower))) continue;
        // (Not past where the thing is: "read one placard outside the Jabavu municipal offices".)
        // (Nor a place a person described is in: "said a 41-year-old housekeeper in Helena-West Helena", read as described.)
        if (j > k + 1 && PLACE_PREPOSITIONS.has(ws[j]!.lower)) break;
        if (j > k + 1 && /^(?:in|from)$/.test(ws[j]!.lower) && (personDescribedBy(ws[j - 1]!.lower) || isUnlistedPersonNoun(ws[j - 1]!.lower))) {
          const where = ms.find((x) => x.start > ws[j]!.end && x.start - ws[j]!.end <= 5);
          // (Whatever the name after "in" was taken for, unless a body: "Helena-West Helena" may read as a person's.)
          if (where && !BODY_KINDS.has(this.ctx.ents.kindOf(where.entityKey))) break;
        }
        const r = this.sourceEndingAt(s, ms, j, quotes);
        if (r) return r;
      }
      return null;
    }
    // ("figures compiled by the council", "data from the tracker CutCount": whoever made them, as after "the".)
    if (FIGURE_NOUNS.has(w.lower) || DOCUMENT_NOUNS.has(w.lower)) {
      const issued = this.issuerAfter(s, w, w, ms, quotes);
      if (issued) return issued;
    }
    if (DOCUMENT_NOUNS.has(w.lower)) return this.sourceEndingAt(s, ms, k, quotes);
    // Skip role words to reach the name: "said Vice President Ann Jones".
    const m = ms.find((x) => x.start >= w!.start && x.start - w!.start < 40 && !this.inQuotes(quotes, x.start));
    if (m) {
      // "said Pulsetrack's chief executive, Marcus Tully": the person the body's role introduces.
      const owner = m.start === w.start ? ws.findIndex((x) => x.end >= m.end) : -1;
      const named = owner >= 0 && ws[owner]!.poss ? this.personNamedAfterRole(s, ms, owner + 1) : null;
      if (named) return sourceOf(named);
      const between = this.ctx.text.slice(w.start, m.start);
      if (between === "" || /^[\p{L}.\- ]*$/u.test(between) && between.split(" ").length <= 5 && !/\b(?:that|to|the|a|an|of)\b/.test(between)) {
        // "said some Roman Catholic leaders": people the name describes, not the name.
        const next = ws.find((x) => x.start > m.end);
        const people = next && next.start === m.end + 1 && !next.cap && namesPeople(next.lower) ? this.describedPhrase(s, ws.indexOf(next), true) : null;
        if (people && people.start <= m.start && !this.inQuotes(quotes, people.start)) return this.describedSource(people);
        // "said Jesuit Father Thomas Reese", "said FBI Director Ann Lee": the person after the body's title.
        const titled = this.personAfterTitle(ms, m);
        if (titled) return sourceOf(titled);
        // "said Eastgate resident Doris Kettleman", "said Acme engineer Tom Reed": the person a place or body and a
        // word or two in lower case describe.
        const described = ms.find((x) => x.start > m.end && x.start - m.end < 32 && this.ctx.ents.kindOf(x.entityKey) === "person" && !this.inQuotes(quotes, x.start));
        const words = described ? /^ ((?:\p{Ll}[\p{L}-]*\s){1,2})$/u.exec(this.ctx.text.slice(m.end, described.start)) : null;
        if (described && words && words[1]!.split(" ").every((x) => !x || !LINKING_WORDS.has(x))) return sourceOf(described);
        return sourceOf(m);
      }
    }
    // (Not a word for people that only describes figures: "according to official figures".)
    if (PRONOUNS.has(w.lower) || (UNNAMED_SOURCES[w.lower] && !EVIDENCE_NOUNS.has(ws[k + 1]?.lower ?? ""))) return this.sourceEndingAt(s, ms, k, quotes);
    if (ws[k + 1] && (UNNAMED_SOURCES[ws[k + 1]!.lower] || DOCUMENT_NOUNS.has(ws[k + 1]!.lower))) return this.sourceEndingAt(s, ms, k + 1, quotes);
    w = undefined;
    return null;
  }

  /** The agent after "by" of a passive verb ("revealed by the Herald"); for a reproach, people described too, and only someone. */
  private reproachingAgent(s: Sentence, ms: Mention[], cue: Cue, cls: Cue["cls"], quotes: Span[], gap: number): { src: ClaimSource; start: number; end: number } | null {
    // (Someone described, for a charge or a denial: "criticised by her older sister", "rejected by his son".)
    // (For anything else, a body described: "attributed by the prosecutor's office to a dispute".)
    const describedAgent = () => {
      const agent = this.describedAfter(s, cue.end + gap, quotes, true);
      // (Or people, and places that act as their governments, for praise: "hailed by the cities as proof that".)
      const head = agent ? headNoun(agent.src.text).toLowerCase() : "";
      return cls === "blame" || cls === "denial" || (agent && (describesBody(head) || namesPeople(head) || GOVERNING_PLACES.has(head))) ? agent : null;
    };
    const found = this.sourceAfter(s, ms, cue.end + gap, quotes) ?? describedAgent();
    if (!found || cls !== "blame") return found;
    // (The agent itself, not a name past a comma: "After being criticized by the union, Mayor Holt …".)
    if (/[,;]/.test(this.ctx.text.slice(cue.end, found.start))) return null;
    // (Kin reproach, not strike: "blasted by his older brother with a garden hose".)
    if (KIN_NOUNS.has(headNoun(found.src.text)) && /^\s+(?:with|into|against|across|onto|off)\b/.test(this.ctx.text.slice(found.end, found.end + 9))) return null;
    // (Only someone: not a storm, a place, "a water cannon", "fears of a recession"; a linebacker's hit is no charge either.)
    // (Only someone accuses, whatever kind of name: "is also accused by the Crown of …".)
    const accuser = /^accus/i.test(cue.text) && this.ctx.ents.kindOf(found.src.entityKey) === "other";
    return accuser || this.someoneSpeaks(found) ? found : null;
  }

  private attribute(s: Sentence, ms: Mention[], cue: Cue, quotes: Span[]): Attribution | null {
    const { text } = this.ctx;
    // "a company said to be owned by …", "The body, said to be that of a man": what is said of something, by no one.
    if (/^(?:said|says)$/i.test(cue.text) && SAID_TO_VERB_AFTER.test(text.slice(cue.end, cue.end + 16))) return null;
    // "Holt was criticized for his remarks": critics the text does not name.
    if (cue.agentless) {
      const key = this.ctx.ents.ensure("critics", "unnamed", "critics");
      return { cue, cueText: cue.text, cls: "blame", source: { entityKey: key, text: "critics", role: null }, sourceStart: cue.end, sourceEnd: cue.end };
    }
    let found: { src: ClaimSource; start: number; end: number } | null = null;
    let cueText = cue.text;
    let cls = cue.cls;
    if (cue.form === "according") {
      // ("according to two people familiar with the matter": named by what they know, before "people" alone is found.)
      const first = s.words.findIndex((x) => x.start >= cue.end);
      const informed = first >= 0 && !this.inQuotes(quotes, s.words[first]!.start) ? this.informedPeople(s, first) : null;
      // ("By his account," names no one else: whom "his" points back to, or no one.)
      found = this.pronounCredited(s, ms, cue.sourceFrom ?? cue.end, quotes) ?? (cue.sourceFrom !== undefined ? null : informed ?? this.sourceAfter(s, ms, cue.end, quotes) ?? this.describedAfter(s, cue.end, quotes));
      // ("By the historian’s count, Anglin played …": whose count it is ends at its comma; the name after it is the
      // clause's subject.)
      const comma = cue.text === "by" ? text.indexOf(",", cue.end) : -1;
      if (found && comma > 0 && comma < s.end && found.start > comma) found = this.describedAfter(s, cue.end, quotes);
    }
    else if (cue.form === "reports") {
      const ws = s.words;
      const k = ws.findIndex((w) => w.start >= cue.start && w.lower === "reports");
      found = k >= 0 ? this.sourceEndingAt(s, ms, k, quotes) : null;
    } else if (cue.form === "hearing") {
      // ("The court heard that …": someone in court said it, whom the sentence does not name.)
      const key = this.ctx.ents.ensure(COURT_HEARING, "unnamed");
      const from = cue.sourceFrom ?? cue.start;
      const np = this.ctx.text.slice(from, cue.start).replace(/\s+(?:(?:has|have|had|was|were)\s+)?(?:been\s+)?$/, "");
      found = { src: { entityKey: key, text: np, role: null }, start: from, end: from + np.length };
    } else if (cue.form === "passive-it") {
      // ("It was reported by local media that …": the agent after "by", named or described.)
      // (Named after a description, or described after a name, set off by commas: "by the dealer's lawyer, Sophie
      // Verhaegen, that", "by SIPLA, the pilots' union, that"; or after a word or two: "by royal commentator Grant Milford".)
      const agent = PASSIVE_IT_AGENT.exec(text.slice(cue.end, Math.min(s.end, cue.end + 140)));
      const by = agent ? cue.end + agent[0].indexOf(agent[1]!, agent[0].indexOf("by") + 2) : -1;
      const aside = agent?.[2] ? cue.end + agent[0].lastIndexOf(agent[2]) : -1;
      // (A name that ends the phrase: "Grant Milford" of "royal commentator Grant Milford".)
      const nameEnding = (from: number, length: number) => ms.findLast((m) => m.start >= from && m.end === from + length && this.ctx.ents.kindOf(m.entityKey) !== "place");
      let named = agent ? (nameEnding(by, agent[1]!.length) ?? (agent[2] ? nameEnding(aside, agent[2].length) : undefined)) : undefined;
      // (People around a name are not the name: "by people close to Kang Min-seo that …" is said by those people.)
      if (named && PEOPLE_AROUND.test(agent![1]!)) named = undefined;
      if (agent && !this.inQuotes(quotes, by)) {
        found = named ? sourceOf(named) : this.unnamedSource(agent[1]!, agent[1]!, by, by + agent[1]!.length);
        // (What an agent claimed or alleged is said by them, not reported: "It was claimed by the union that …".)
        if (!/report/i.test(cue.text)) cls = "statement";
      }
      else {
        const key = this.ctx.ents.ensure("unnamed reports", "unnamed");
        found = { src: { entityKey: key, text: "it", role: null }, start: cue.start, end: cue.start + 2 };
      }
    } else if (cue.form === "appositive-claim") {
      const from = cue.sourceFrom!;
      let r = this.sourceAfter(s, ms, from, quotes) ?? this.bodyDescribedAt(ms, from, quotes);
      if (!r) return null;
      // ("a charge the panel's chair, Professor Hiroshi Tanabe of Tohoku University, rejected": past the name set off after
      // the description, which is who rejected it.)
      let verbFrom = r.end;
      // (The name found inside the aside already, "the panel's chair, Hiroshi Tanabe": past its closing comma, and where
      // they are from.)
      const closing = /^(?:\s(?:of|at|from)\s[^,;“”"]{1,60})?,\s(?=\p{Ll})/u.exec(text.slice(r.end, r.end + 70));
      const aside = closing ? null : /^,\s[^,;“”"]{1,90},/.exec(text.slice(r.end, r.end + 100));
      // (The source's words are the whole phrase, description and all, so that the claim is cut where it opens.)
      const phraseStart = from + (/^\s*/.exec(text.slice(from, from + 4))?.[0].length ?? 0);
      if (closing && r.start > from && this.ctx.ents.kindOf(r.src.entityKey) === "person") {
        verbFrom = r.end + closing[0].length;
        r = { ...r, start: phraseStart };
      } else if (aside) {
        const named = ms.find((m) => m.start > r!.end && m.end < r!.end + aside[0].length && this.ctx.ents.kindOf(m.entityKey) === "person" && !this.inQuotes(quotes, m.start));
        if (named) {
          verbFrom = r.end + aside[0].length;
          r = { ...sourceOf(named), start: phraseStart };
        }
      }
      // ("a claim the agency has since rejected": past auxiliaries and adverbs to the verb.)
      const vm = APPOSITIVE_VERB_AFTER.exec(text.slice(verbFrom, verbFrom + 50));
      if (!vm) return null;
      cueText = vm[2]!;
      // ("a charge he did not back with evidence": only a verb of saying makes the charge theirs, and not one denied.)
      const verbCls = verbClass(cueText);
      // ("a figure the interior ministry put at 780,000": a count given.)
      const putAt = /^(?:put|puts)$/.test(cueText) && PUT_AT_A_COUNT.test(text.slice(verbFrom + vm[0].length, verbFrom + vm[0].length + 30));
      // (Nor a word that is no such verb: "a claim some fisheries scientists dispute" is the scientists', read from their verb.)
      if ((!verbCls && !putAt) || (vm[1] && /\b(?:not|never)\s/.test(vm[1]))) return null;
      cls = verbCls ?? "statement";
      const vEnd = verbFrom + vm[0].length;
      return { cue: { ...cue, start: vEnd - cueText.length, end: vEnd }, cueText, cls, source: r.src, sourceStart: r.start, sourceEnd: r.end };
    } else if (cue.form === "participle") {
      found = this.headlinePlaceRole(s, cue, this.stanceHolderBefore(s, ms, cue, quotes) ?? this.subjectAfterWith(s, ms, cue, quotes) ?? this.clauseSubject(s, ms, cue.start, quotes, true) ?? this.issuerOfDocumentBefore(s, ms, cue.start, quotes));
    } else {
      // "…, with Tesvar’s foreign minister accusing …": the participle's own subject.
      const withSubject = cue.form === "verb" && cue.text.endsWith("ing") ? this.subjectAfterWith(s, ms, cue, quotes) : null;
      // Passive with an agent: "revealed by the Herald".
      // ("was criticized for the delays by Ann Kerr": the agent after what for.)
      // (Not how it was said: "he said by telephone", "told by e-mail".)
      // ("was first reported in February by the Federalist Review": when, then the agent.)
      const agent = (BY_MEANS.test(text.slice(cue.end, cue.end + 24)) ? null : /^ [Bb]y (?=\S)/.exec(text.slice(cue.end, cue.end + 5)) ?? WHEN_THEN_BY.exec(text.slice(cue.end, cue.end + 40))) ?? (isDrawnReproach(cue) ? /^ [Ff]rom (?=\S)/.exec(text.slice(cue.end, cue.end + 7)) : null) ??
        (cls === "blame" ? REASON_THEN_AGENT.exec(text.slice(cue.end, cue.end + 80)) : null) ??
        // ("was described as “dead on arrival” by Ebbinghaus": the name given, then who gave it.)
        (/^(?:described|called|dubbed|labell?ed|branded|hailed|characterized|characterised)$/i.test(cue.text) ? AS_THEN_AGENT.exec(text.slice(cue.end, cue.end + 120)) : null);
      // "a cable, first reviewed and reported by Fox News, shows …": a passive set off by commas describes a noun of
      // the sentence; it attributes nothing the sentence says.
      if (agent && REDUCED_RELATIVE_BEFORE.test(text.slice(Math.max(s.start, cue.start - 40), cue.start)) && REDUCED_RELATIVE_AFTER.test(text.slice(cue.end, s.end))) return null;
      // "…, not the 2.1 percent growth rate projected by the I.M.F.": a passive right after a noun, with no auxiliary,
      // describes that noun; the clause it sits in is not the agent's.
      const lead30 = text.slice(Math.max(s.start, cue.start - 30), cue.start);
      if (agent && cue.form === "verb" && /ed$/.test(cue.text) && NOUN_BEFORE_PARTICIPLE.test(lead30) && !AUXILIARY_BEFORE.test(lead30)) return null;
      // (Someone reproaches: not "slammed by Hurricane Ida", "blasted by a water cannon".)
      if (withSubject) found = withSubject;
      else if (agent) found = this.reproachingAgent(s, ms, cue, cls, quotes, agent[0].length);
      // "Jackson was accused of …", "Patrick was asked whether …": the subject is not who speaks.
      else if (cue.form === "verb" && !/(?:ing|s)$/.test(cue.text) && BE_BEFORE.test(text.slice(Math.max(s.start, cue.start - 24), cue.start))) return null;
      // "the groups blamed for the attack": a verb of blame with no object before "for" is a passive participle.
      else if (cue.form === "verb" && /^(?:blamed|criticized|faulted|condemned|praised|credited)$/.test(cue.text) && /^ for /.test(text.slice(cue.end, cue.end + 5))) return null;
      else {
        const before = text.slice(Math.max(s.start, cue.start - 3), cue.start);
        // (A straight single mark too, as headlines quote: "'People Are Sleeping In Their Cars,' Says Mayor …".)
        // (Not a nickname's marks: "Paul Corrigan, known as “Corky”, said no.")
        const afterQuote = (/[”"’][,]?\s$|[,?!][”"’']\s$/.test(before) || /^[,?!]?[”"]\s?$/.test(before.trim())) && !NICKNAME_BEFORE.test(text.slice(Math.max(s.start, cue.start - 60), cue.start));
        // "Added Gibbs: …": a verb opening its sentence has its speaker after it.
        // (Not ", saying it means …" after a quoted phrase: a participle's subject is before it.)
        // (Not "Holt, who called it “mischief,” said he …": the quotation closes a relative clause, and after the verb
        // comes what is said, "that" or a pronoun and its verb, not who says it.)
        const said = text.slice(cue.end, cue.end + 24);
        const relative = afterQuote && !cue.text.endsWith("ing") ? this.beforeRelativeAside(s, ms, cue.start, quotes) : null;
        // ("…, said Bev Tarrant, director of …": after a comma, a verb of saying with a name right after it is inverted.)
        const commaTag = /,\s$/.test(before) && INVERTING_VERBS.has(cue.text.toLowerCase()) && /^\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}\p{Lu}[\p{L}.’'-]*(?:[,.]|\s*$)/u.test(said);
        // (And in a headline, a description ending it: "Heatwave linked to 1,200 deaths, says health ministry".)
        const headlineTag = s.section !== "body" && /,\s$/.test(before) && INVERTING_VERBS.has(cue.text.toLowerCase()) && describedHeadlineTag(text.slice(cue.end, s.end));
        // (Or an acronym ending the sentence: "…, says SCDF".)
        const acronymTag = /,\s$/.test(before) && INVERTING_VERBS.has(cue.text.toLowerCase()) && /^\s+\p{Lu}{2,6}\s*[.!]?\s*$/u.test(text.slice(cue.end, s.end));
        // (Not a verb of naming with its object after it: "…on a promise to “keep every family safe,” called the decision
        // “cruel”" names the decision, it does not speak.)
        const namesObject = /^(?:call|dub|label|brand|term|describ)/i.test(cue.text) && /^\s+(?:the|a|an|it|them|him|her|this|that|these|those|his|their|its)\b/i.test(said);
        // (Never "told" after a quotation: who follows it is told, "… Act," told Quorum he was …".)
        const toldWhom = /^(?:told|tells)$/i.test(cue.text) && !commaTag;
        const inverted = (afterQuote || commaTag || headlineTag || acronymTag) && !toldWhom && !relative && !namesObject && !cue.text.endsWith("ing") && !/^\s+that\b/.test(said) && !CLAUSE_OPENS.test(said);
        if (relative) found = relative;
        else if (inverted || cue.start === s.start) found = this.namedAfterTag(s, ms, this.sourceAfter(s, ms, cue.end, quotes) ?? (inverted ? this.describedTag(s, cue.end, quotes) : null), quotes);
        // ("Ohio attorney general sues Spindle, says app was …": in a headline, a verb after a comma with no speaker
        // after it shares the first clause's subject, as a participle does; not the object before the comma.)
        if (!found && !inverted && s.section !== "body" && /,\s$/.test(before) && /s$/.test(cue.text)) found = this.headlinePlaceRole(s, cue, this.clauseSubject(s, ms, cue.start, quotes, true));
        if (!found && !cue.text.endsWith("ing")) found = this.signerOfDocumentWithAside(s, cue.start, quotes);
        if (!found) {
          let r = this.sourceBefore(s, ms, cue.start, quotes);
          // ("… filed a complaint with the Federal Election Commission on Tuesday alleging that …": a participle's subject
          // is the clause's, never the object of a preposition right before it.)
          // (Only past when it was done, "… on Tuesday alleging", and after "with", "against" or "before", where a body is
          // filed with: "pointed to Holt saying", "heard from residents on Tuesday complaining", "a letter from Quinn on
          // Monday saying" make the object the one saying.)
          if (cue.text.endsWith("ing") && r && r !== "coordinated" && /\b(?:with|against|before)\s+(?:the\s+)?$/.test(text.slice(Math.max(s.start, r.start - 12), r.start)) &&
            /^\s+(?:on|last|this|late|early)\s+\p{Lu}?\p{Ll}+(?:\s+(?:morning|afternoon|evening|night))?\s+$/u.test(text.slice(r.end, cue.start))) r = "coordinated";
          // ("The official who first disclosed …, and … ensnared the White House, denied …": not a name inside the
          // person's "who" clause, but the person.)
          // ("An aide who advised the mayor said": nor a name inside a relative clause with no commas.)
          // ("Ruritania, which borders Hungary, said": nor in one set off by commas.)
          // ("A woman waiting for the bus on Portage Avenue said": nor where a person described is.)
          if (r && r !== "coordinated") r = this.personOpeningAround(s, ms, cue.start, r, quotes) ?? r;
          if (r && r !== "coordinated") {
            const subject = this.subjectBeforeWhoAside(s, ms, cue.start, r.start, quotes) ?? this.subjectAroundRelative(s, ms, cue.start, r.start, quotes) ?? this.subjectBeforeRelativeAside(s, ms, cue.start, r.start, quotes);
            // (With no subject found before such a clause set off by commas, a name inside it still does not speak.)
            const open = subject ? null : this.relativeAsideOpen(s, cue.start, quotes);
            r = subject ?? (open !== null && open < r.start && !/,\s$/.test(text.slice(r.start - 2, r.start)) ? null : r);
          }
          // "Akin, though, told …", "Holt, for her part, said": the subject is before the aside.
          // "Mediaite, in a response to the Big Government post, writes": a longer aside after a preposition.
          // "Mr. Netanyahu is shown saying", "was quoted as saying": the one seen or heard saying it.
          const aside = r === null
            ? (ASIDE_BEFORE.exec(text.slice(Math.max(s.start, cue.start - 40), cue.start)) ??
              KNOWN_AS_ASIDE.exec(text.slice(Math.max(s.start, cue.start - 100), cue.start)) ??
              TITLED_WORK_ASIDE.exec(text.slice(Math.max(s.start, cue.start - 160), cue.start)) ??
              PREPOSITIONAL_ASIDE.exec(text.slice(Math.max(s.start, cue.start - 80), cue.start)) ??
              (cue.text.endsWith("ing") ? SHOWN_BEFORE.exec(text.slice(Math.max(s.start, cue.start - 40), cue.start)) : null))
            : null;
          if (aside) r = this.sourceBefore(s, ms, cue.start - aside[0].length, quotes);
          // (Else read up to the aside's comma only, for a subject opening the clause: "Sources in the district
          // administration, however, told"; not "His visit to Detroit, though, threatens".)
          if (aside && r === null) {
            const again = this.sourceBefore(s, ms, cue.start - aside[0].length, quotes, true);
            const first = again && again !== "coordinated" ? s.words.findIndex((x) => x.start >= again.start) : -1;
            if (first >= 0 && opensClauseAt(text, s.words, first)) r = again;
          }
          if (r === null && !cue.text.endsWith("ing")) r = this.beforeRelativeAside(s, ms, cue.start, quotes);
          if (r === "coordinated" || (r === null && cue.text.endsWith("ing"))) found = this.clauseSubject(s, ms, cue.start, quotes, false);
          else found = r;
          // ("Holt, who called it “mischief,” continued to allege …")
          if (!found && r === "coordinated" && !cue.text.endsWith("ing")) found = this.beforeRelativeAside(s, ms, cue.start, quotes);
          // ("…, using a stop in Oskaloosa to criticize …": the subject before the participle clause's comma.)
          if (!found && r === "coordinated") found = this.participleClauseSubject(s, ms, cue.start, quotes);
        }
        // "Santorum put out a statement shortly after the remarks that claimed …": the one who issued it; "… has sent
        // Ryan a letter saying …": the sender.
        if (!found) found = cue.text.endsWith("ing") ? this.issuerOfDocumentBefore(s, ms, cue.start, quotes) : this.issuerOfDocumentThat(s, ms, cue.start, quotes);
        // "The group continued its offensive, launching an advertising campaign attacking Holt …": a message made in a
        // participle clause is the main clause's subject's.
        if (!found && cue.text.endsWith("ing") && MESSAGE_BEFORE.test(text.slice(Math.max(s.start, cue.start - 16), cue.start))) found = this.participleClauseSubject(s, ms, cue.start, quotes);
        // "Advocacy groups that oppose the plan accused …", "Voters who live near the plant said …": the subject before
        // its relative clause.
        if (!found && !cue.text.endsWith("ing")) found = this.subjectBeforeRelative(s, ms, cue.start, quotes);
        if (!found && !cue.text.endsWith("ing")) found = this.antecedentOfWho(s, ms, cue.start, quotes);
        // ("A woman waiting near Portage Avenue said", read as no one's where a place is only where someone is: whoever is
        // described before it.)
        if (!found && !cue.text.endsWith("ing")) found = this.personOpeningAround(s, ms, cue.start, null, quotes);
        // "The family of Kwame Asante, who has not been seen since Friday, appealed …": his family speaks, not he (who
        // may be missing or dead).
        if (found) found = this.familyOfNamed(found) ?? found;
        // ("said a shopkeeper in the Katako market who gave his name only as Moussa": the name given.)
        // (Or a place that only says where they are from: "A man from Guinea who gave his name as Ousmane said".)
        if (found && NAME_GIVING_KINDS.has(this.ctx.ents.kindOf(found.src.entityKey))) found = this.nameGivenAfter(found) ?? found;
        // ("Acme Bank boss sorry for losses but denies wrongdoing": a headline's body, then a role, is who holds it.)
        if (found && s.section !== "body" && found.end < cue.start && this.ctx.ents.kindOf(found.src.entityKey) !== "person") found = this.headlineRoleHolder(s, found.start, found.end, cue.start, true) ?? found;
        // A headline's second verb after a comma has the headline's subject ("Obama Defends NSA Programs, Says …"), also
        // when the first verb's object is a name ("Ellis Criticizes Holt, Says Fees Too High": Ellis says it).
        const secondVerb = s.section !== "body" && /,\s$/.test(before) ? this.headlineSecondVerbSubject(s, ms, cue, quotes) : null;
        if (secondVerb) found = secondVerb;
        else if (!found && s.section !== "body" && /,\s$/.test(before)) {
          found = this.clauseSubject(s, ms, cue.start, quotes, true);
          if (found) found = this.headlineRoleHolder(s, found.start, found.end, cue.start, true) ?? found;
        }
        // "…, X said", but not "…, estimates that Social Security …": after "that" comes what is said, not who.
        if (!found && /,\s$/.test(before) && !/^\s+that\b/.test(text.slice(cue.end, cue.end + 6)) && INVERTING_VERBS.has(cue.text.toLowerCase())) {
          found = this.namedAfterTag(s, ms, this.sourceAfter(s, ms, cue.end, quotes), quotes);
          // ", saying he …" names the subject again; ", saying it …" begins what was said.
          if (found && cue.text.endsWith("ing") && this.ctx.ents.kindOf(found.src.entityKey) !== "person") found = null;
          // (", said it would strike", ", said the polling showed …": a pronoun with words after it, or a subject with its
          // own verb, begins what was said, not who said it.)
          const next = /^\s+(\p{Ll}+)/u.exec(text.slice(found?.end ?? 0, (found?.end ?? 0) + 30))?.[1];
          if (found && !cue.text.endsWith("ing") && next !== undefined && (PRONOUNS.has(found.src.text.toLowerCase()) || looksLikeVerb(next))) found = null;
          // (Nor a name with a quotation after it, which is what they did or said: "…, published on Thursday, says leaders
          // at Cwm Aeron High School “have not done enough”".)
          if (found && /^\s*[“"]/.test(text.slice(found.end, found.end + 4))) found = null;
          // (Nor a name further on in what was said: "…, who asked not to be named, said he had heard Acme riders".)
          if (found && SUBJECT_AND_VERB.test(text.slice(cue.end, found.start))) found = null;
        }
      }
    }
    // "Data from the national statistics office show that …": the office the text describes, whose data show it.
    if (!found && EVIDENCE_VERBS.has(cueText.toLowerCase())) found = this.describedIssuerOfData(s, cue.start, quotes);
    if (!found) return null;
    // "comments in a TV interview expressing his support": a participle's subject is no object of a preposition (but
    // "with Perry claiming …" is an absolute clause with its subject); the clause's subject is.
    // ("…sending the letter to Senate Majority Leader Harry Reid warning him that …": the clause's subject warns.)
    // (Not "a letter from Rep. Welch calling for …", "a clip of Netanyahu warning …": there the participle is theirs.)
    // (Only a preposition after a noun, "letter to", "comments in"; not after a verb, "listened to Reyes insisting",
    // nor a day or month, "on Tuesday Mayor Ann Holt released a letter warning".)
    const governing = cue.text.endsWith("ing") ? PARTICIPLE_OBJECT_BEFORE.exec(text.slice(Math.max(s.start, found.start - 60), found.start)) : null;
    if (governing && (governing[3] !== undefined || (!VERB_BEFORE_PREPOSITION.test(governing[1]!) && !TIME_WORDS.has((governing[2] ?? "").toLowerCase())))) {
      // ("…, penning a letter to Holt chastising him": the participle clause's own subject, before its comma.)
      const subject = this.clauseSubject(s, ms, cue.start, quotes, false) ?? this.participleClauseSubject(s, ms, found.start, quotes);
      if (!subject || subject.start >= found.start) return null;
      found = subject;
    }
    // "Strong earnings encouraged investors to buy": only people urge.
    if (/^encourag/i.test(cueText) && !SPEAKING_KINDS.has(this.ctx.ents.kindOf(found.src.entityKey)) && !UNNAMED_SOURCES[headNoun(found.src.text)]) return null;
    // "The e-mails showed …" attributes; "Holt showed concern" does not.
    // ("Figures published on Tuesday by the Health Department show …": the figures' issuer shows it through them.)
    if (EVIDENCE_VERBS.has(cueText.toLowerCase()) && !EVIDENCE_NOUNS.has(headNoun(found.src.text)) && !ISSUED_EVIDENCE_BY.test(text.slice(Math.max(s.start, found.start - 90), found.start))) return null;
    // ("The data showed, she said, that …": what figures show as someone tells it is that person's.)
    if (EVIDENCE_VERBS.has(cueText.toLowerCase()) && TAG_SET_OFF_AFTER.test(text.slice(cue.end, cue.end + 70))) return null;
    // "White House aides believe …", "many believe …": a group's view; what one person believes is left as narration
    // (too often the writer's reading of them: "he believed he could win").
    if (BELIEF_VERBS.has(cueText.toLowerCase()) && (!this.believesAsGroupOrRole(found, cue.start) || !BELIEVED_CLAUSE.test(this.ctx.text.slice(cue.end, cue.end + 40)))) return null;
    // "think"/"thought" only with a clause after ("thought it was …", not "thought of … as", "think twice"), and, for
    // people the article does not name, only those whose view is news ("analysts think"; not "neighbors thought the
    // house was empty").
    if (/^(?:think|thinks|thought)$/i.test(cueText)) {
      const unnamed = BELIEVING_KINDS.has(this.ctx.ents.kindOf(found.src.entityKey));
      if (!THOUGHT_CLAUSE.test(this.ctx.text.slice(cue.end, cue.end + 30)) || (unnamed && !VIEW_HOLDERS.has(headNoun(found.src.text)))) return null;
    }
    // (An attack in words is someone's: not "Hurricane Sandy took aim at …", "a winter storm took aim at …".)
    if (/^(?:took|takes|taking) aim|^(?:lashed|lashes|lashing) out|^pounc/i.test(cueText) && !this.someoneSpeaks(found)) return null;
    // "…inquiries about the meeting, which Holt announced personally in an e-mail": a relative clause whose verb takes
    // the thing before it as object and says nothing of its own attributes nothing (but "the plan, which Holt said would
    // cost …" does).
    // (But a charge denied so is a denial: "stands trial on related charges, which he denies".)
    const chargeDenied = cls === "denial" && CHARGES_WHICH_BEFORE.test(text.slice(Math.max(s.start, found.start - 40), found.start));
    if (cls !== "blame" && !chargeDenied && /,\s+which\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.?\s+)?$/.test(text.slice(Math.max(s.start, found.start - 16), found.start)) && SAYS_NOTHING_MORE.test(text.slice(cue.end, s.end))) return null;
    // "offered negative reactions to Michael Steele": only to a person named (not "to Star Wars").
    if (cls === "blame" && /^offer/i.test(cueText)) {
      const to = ms.find((m) => m.start > cue.end && m.start < cue.end + 60);
      if (!to || this.ctx.ents.kindOf(to.entityKey) !== "person") return null;
    }
    // "Holt received an e-mail criticizing his decision": a message's participle says what the message does; its
    // sender speaks (who issued it, or whose it is), not whoever received, showed or denounced it.
    if (cue.text.endsWith("ing") && found.end < cue.start && MESSAGE_BEFORE.test(text.slice(Math.max(s.start, cue.start - 16), cue.start))) {
      const between = text.slice(found.end, cue.start);
      if (!/^['’]s?\s/.test(between) && !ISSUING_BEFORE_MESSAGE.test(between)) return null;
    }
    // ("The body said" is a body's; "The body suggested he had been dead for days" is a corpse's, and no one's claim;
    // nor "The student body said", the students'.)
    if (/(?:^|\s)body$/i.test(found.src.text) && (!BODY_SPEECH_VERBS.test(cueText) || /\bstudent\s+body$/i.test(found.src.text) || !this.oneBodyNear(s, found))) return null;
    found = this.pairedSubject(s, ms, found, quotes);
    return { cue, cueText, cls, source: found.src, sourceStart: found.start, sourceEnd: found.end };
  }

  /**
   * "the interior ministry" right at `from`: the body named before that the description means, else the body described
   * ("a figure the interior ministry put at 780,000"); null when no description of a body stands there.
   */
  private bodyDescribedAt(ms: Mention[], from: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const { text, discourse } = this.ctx;
    // (The noun that names a body, past up to two words before it: "the interior ministry", "the state health department".)
    const d = THE_BODY_NOUN_AFTER.map((re) => re.exec(text.slice(from, from + 60))).find((x) => x && describesBody(x[2]!));
    if (!d || this.inQuotes(quotes, from)) return null;
    const start = from + d[0].length - d[1]!.length;
    const end = start + d[1]!.length;
    const modifiers = d[1]!.split(/\s+/).slice(1, -1);
    const key = discourse.resolveDescription(d[2]!, this.mentionsBefore(ms, start, quotes), modifiers);
    return key ? { src: { entityKey: key, text: d[1]!, role: null }, start, end } : this.unnamedSource(d[1]!.replace(/^the\s+/, ""), d[1]!, start, end);
  }

  /** "Kerr piled on, penning a letter to Holt …": the subject before the comma of the participle clause `pos` is in. */
  private participleClauseSubject(s: Sentence, ms: Mention[], pos: number, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    // (Past the commas of a place: "…, using a stop in Oskaloosa, Iowa, to criticize".)
    let comma = lastIndexIn(this.ctx.text, ",", pos, s.start);
    for (let tries = 0; comma >= s.start && tries < 3 && !/^\s+\p{Ll}+ing\s/u.test(this.ctx.text.slice(comma + 1, pos)); tries++) comma = lastIndexIn(this.ctx.text, ",", comma - 1, s.start);
    if (comma < s.start || !/^\s+\p{Ll}+ing\s/u.test(this.ctx.text.slice(comma + 1, pos))) return null;
    const subject = this.clauseSubject(s, ms, comma + 1, quotes, true);
    // (A person, not the place that describes them: "Minnesota congresswoman … Michele Bachmann".)
    return subject && this.someoneSpeaks(subject) ? subject : null;
  }

  /**
   * Two speakers of different sorts joined by "and" as a clause's subject, one source: "Lawmakers and other officials
   * said", "Mayor Ben Holt and the union said", "The White House and Mr. Boehner's office issued statements" (people
   * named with people, or bodies with bodies, are joined when first found).
   */
  private pairedSubject(s: Sentence, ms: Mention[], found: { src: ClaimSource; start: number; end: number }, quotes: Span[]): { src: ClaimSource; start: number; end: number } {
    const { text, ents } = this.ctx;
    if (this.inQuotes(quotes, found.start)) return found;
    // (Already joined, "nurses and other workers": only a list before it may lengthen it.)
    const joined = /\sand\s/.test(found.src.text);
    const lead = text.slice(s.start, found.start);
    // (The cheap tests first: most speakers are named alone.)
    if (!/\sand\s+(?:\S+\s+){0,2}$|,\s+$/.test(lead.slice(-40)) && !/^\s+and\s/.test(text.slice(found.end, found.end + 6))) return found;
    // ("the jobs he and Romney say …": "he and" joins wherever it stands.)
    const before = joined ? null : (PAIRED_BEFORE.exec(lead) ?? /\b([Hh]e|[Ss]he)\s+and\s+$/.exec(lead));
    // (Also an agent: "claims by Democrats and Republicans in Congress that …".)
    const agent = /\s(?:by|from)\s+$/.test(lead);
    const after = joined || before ? null : JOINT_SUBJECT_LEAD.test(lead) || lead.trim() === "" ? PAIRED_AFTER.exec(text.slice(found.end, Math.min(s.end, found.end + 60)))
      : agent ? AGENT_PAIRED_AFTER.exec(text.slice(found.end, Math.min(s.end, found.end + 60))) : null;
    const other = before ? { start: s.start + before.index + before[0].indexOf(before[1]!), text: before[1]! } : after ? { start: found.end + after[0].indexOf(after[1]!), text: after[1]! } : null;
    const foundKind = ents.kindOf(found.src.entityKey);
    // "the governors of Ohio, Michigan and New Mexico asked": people of the places listed, not the last place.
    const ofPlaces = foundKind === "place" || foundKind === "other" ? PEOPLE_OF_PLACES_BEFORE.exec(lead) : null;
    if (ofPlaces && (namesPeople(ofPlaces[2]!) || ROLE_HEADS.has(ofPlaces[2]!.replace(/s$/, "")))) {
      const start = s.start + ofPlaces.index + ofPlaces[0].indexOf(ofPlaces[1]!);
      const worded = text.slice(start, found.end);
      const key = ents.ensure(lowerOpening(worded.replace(/^[Tt]he\s+/, "")), "unnamed", worded, true);
      return { src: { entityKey: key, text: worded, role: null }, start, end: found.end };
    }
    const kinds: (EntityKind | "office")[] = [foundKind];
    if (before && /^(?:he|she)$/i.test(other!.text)) return this.pronounAndName(s, ms, found, other!) ?? found;
    if (other) {
      const otherKind = before && !nounPhraseOnly(other.text) ? null : this.speakerPhraseKind(ms, other.start, other.text);
      if (!otherKind) return found;
      kinds.push(otherKind);
    } else if (!joined) return found;
    let start = before ? other!.start : found.start;
    // (Not what someone is: "some Catholic leaders who are political independents, liberals and Democrats".)
    if (/\b(?:who|that)\s+(?:are|were|is|was|have\s+been|had\s+been|became)\s+[^.;:“”"]{0,60}$/u.test(text.slice(Math.max(s.start, start - 80), start))) return found;
    // A longer list: "Macroeconomic Advisors, Deutsche Bank and Goldman Sachs projected".
    for (let listed = after ? null : LISTED_PHRASE_BEFORE.exec(text.slice(s.start, start)); listed; listed = LISTED_PHRASE_BEFORE.exec(text.slice(s.start, start))) {
      const at = s.start + listed.index + listed[0].indexOf(listed[1]!);
      const kind = nounPhraseOnly(listed[1]!) ? this.speakerPhraseKind(ms, at, listed[1]!) : null;
      if (!kind) break;
      kinds.push(kind);
      start = at;
    }
    if (start === found.start && !after) return found;
    const end = after ? other!.start + other!.text.length : found.end;
    const worded = text.slice(start, end);
    const bodies = BODY_KINDS.has(foundKind) && kinds.every((k) => BODY_KINDS.has(k as EntityKind) || k === "office");
    const name = worded.replace(/^[Tt]he\s+/, "");
    // ("Lawmakers and other officials" are "lawmakers and …"; "Mayor Ben Holt and the union" keeps its capital.)
    const firstEnd = text.indexOf(after ? " and " : ",", start);
    const named = ms.some((x) => x.start >= start && x.start < (firstEnd < 0 ? end : Math.min(firstEnd, end)) && SPEAKING_KINDS.has(ents.kindOf(x.entityKey)));
    const key = ents.ensure(bodies || named ? name : lowerOpening(name), bodies ? "organization" : "unnamed", worded, true);
    return { src: { entityKey: key, text: worded, role: null }, start, end };
  }


  /** "He and Kerr say": the person "he" is, named with the person found, or null. */
  private pronounAndName(s: Sentence, ms: Mention[], found: { src: ClaimSource; start: number; end: number }, pronoun: { start: number; text: string }): { src: ClaimSource; start: number; end: number } | null {
    const { text, ents } = this.ctx;
    if (ents.kindOf(found.src.entityKey) !== "person") return null;
    const he = this.ctx.discourse.resolvePronoun(pronoun.text, ms.filter((m) => m.end <= pronoun.start), false, s.index);
    if (!he || he === found.src.entityKey) return null;
    const worded = text.slice(pronoun.start, found.end);
    const key = ents.ensure(`${ents.nameOf(he)} and ${ents.nameOf(found.src.entityKey)}`, "person", worded, true);
    return { src: { entityKey: key, text: worded, role: null }, start: pronoun.start, end: found.end };
  }

  /**
   * The sort of speaker a noun phrase at `start` names, or null: a named person or body, someone's office or campaign
   * ("Mr. Boehner's office"), or a word for people or bodies ("lawmakers", "the union").
   */
  private speakerPhraseKind(ms: Mention[], start: number, full: string): EntityKind | "office" | null {
    // (Without where they are: "Republicans in Congress".)
    const phrase = full.replace(/\s+(?:in|of|at)\s+(?:the\s+)?\S+$/, "");
    const words = phrase.split(/\s+/);
    const head = words.at(-1)!.toLowerCase();
    if (words.length > 1 && /['’]s?$/.test(words.at(-2)!) && OFFICE_HEADS.has(head)) return "office";
    // (A name with only a title before it: "Mayor Ben Holt", not "Ann Kerr met Holt".)
    const m = ms.find((x) => x.start >= start && x.end === start + phrase.length && /^(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u.test(this.ctx.text.slice(start, x.start)));
    // (A word for people capitalised at the sentence start may pass for a name: "Teachers, nurses and …".)
    if (m && SPEAKING_KINDS.has(this.ctx.ents.kindOf(m.entityKey))) return this.ctx.ents.kindOf(m.entityKey);
    if (/\p{Lu}/u.test(phrase.replace(/^\S+/, ""))) return null;
    if (ORGANIZATION_NOUNS.has(head) || INSTITUTION_NOUNS.has(head) || BODY_PLURALS.has(head)) return "organization";
    return namesPeople(head) || GROUP_PLURALS.has(head) || UNNAMED_SOURCES[head] !== undefined ? "unnamed" : null;
  }

  /** Whether a source is someone: a person or a body, or people described ("critics", "the union"). */
  private someoneSpeaks(found: { src: ClaimSource }): boolean {
    const kind = this.ctx.ents.kindOf(found.src.entityKey);
    // (Anonymous sources are always people: "a person with direct knowledge of the talks".)
    if (SPEAKING_KINDS.has(kind) || kind === "anonymous") return true;
    if (kind !== "unnamed") return false;
    // (The noun before a phrase that says where or whose: "A nurse on the hospital's acute medical unit".)
    // (Past a part of a group: "Two of the lawyers", "Some of its members".)
    const whole = found.src.text.replace(PART_OF_GROUP_OPENING, "");
    const head = headNoun(whole.split(/\s(?:of|on|at|in|for|with|from)\s/)[0]!);
    const one = head.replace(/s$/, "");
    // (…or a document: "The ad lashed out at …", "criticized by an inspector general's report".)
    return namesPeople(head) || isOneOfPeople(head) || isPersonNoun(head) || KIN_NOUNS.has(head) || DOCUMENT_NOUNS.has(head) || ORGANIZATION_NOUNS.has(one) || INSTITUTION_NOUNS.has(one) || GROUP_PLURALS.has(head) || UNNAMED_SOURCES[head] !== undefined || DESCRIPTION_KINDS[head] !== undefined || DESCRIPTION_KINDS[one] !== undefined;
  }

  /** All claims of one sentence. */
  extract(s: Sentence, ms: Mention[], quotes: Span[]): { claims: ExtractedClaim[]; attributed: boolean } {
    const { text } = this.ctx;
    if (this.bodyStart < 0 && s.section === "body") this.bodyStart = s.start;
    // Which keyword patterns can match anywhere in the sentence (and so in any claim cut from it).
    const families = keywordFamilies(s.words);
    const cues = findCues(text, s, (p) => this.inQuotes(quotes, p), families);
    const atts: Attribution[] = [];
    this.sentenceAtts = { sentence: s.index, atts };
    for (const c of cues) {
      const a = this.attribute(s, ms, c, quotes);
      if (a) atts.push(a);
      if (a?.source && this.ctx.ents.isPlural(a.source.entityKey)) this.groupSpeaking = { key: a.source.entityKey, sentence: s.index };
    }
    // Headline "X: claim" (and a live blog's post heading standing alone in the body: "Coast Guard: 6,200 stranded").
    const bodyHeading = !atts.length && s.section === "body" && isBodyHeading(text, s) && !TOPIC_AFTER_COLON.test(text.slice(s.start, s.end));
    if (!atts.length && (s.section !== "body" || bodyHeading)) {
      const colon = text.indexOf(": ", s.start);
      if (colon > s.start && colon < s.end) {
        const knownElsewhere = (key: string | null) => key !== null && this.ctx.ents.mentions.some((x) => x.entityKey === key && (x.section !== s.section || x.start >= s.end || x.end <= s.start));
        const prefix = text.slice(s.start, colon);
        // "Mitt To Akin: Drop Out": someone addressing someone else (named as the article names them, or by the
        // given name of one person it names in full); the name right before the colon is the one addressed, not the speaker.
        const addressee = HEADLINE_ADDRESS.exec(prefix);
        // (In the body, a speaker the name is all of, never a place: not "Evacuees in Virac: …".)
        let m: Mention | undefined = addressee ? undefined : ms.find((x) => (x.end === colon || x.end === colon - 1) && knownElsewhere(x.entityKey) && (!bodyHeading || (x.start === s.start && SPEAKING_KINDS.has(this.ctx.ents.kindOf(x.entityKey)))));
        if (addressee) {
          const name = addressee[1]!;
          const known = this.ctx.ents.lookup(name);
          const key = knownElsewhere(known) ? known : this.personByGivenName(name, knownElsewhere);
          if (key) m = { entityKey: key, section: s.section, start: s.start, end: s.start + name.length, text: name, role: null };
        }
        // ("Analysis: …", "Exclusive: …": the section's label, the outlet's own voice.)
        if (!m && !addressee && !SECTION_LABEL.test(prefix) && /^\p{Lu}[\p{L}.’'\-]*(?: \p{Lu}[\p{L}.’'\-]*){0,3}$/u.test(prefix)) {
          // "Union: …", "Top Official: …": a short capitalised name before the colon is the source. A name the
          // article does not know must be one word or end in a role or a body ("Top Official", "Teachers Union"):
          // "Bob Etheridge Attacks Student: …", "Biden-Ryan Debate: …" are topics, not speakers.
          const words = prefix.split(" ");
          const last = words[words.length - 1]!.toLowerCase();
          const body = words.length === 1 || ORGANIZATION_NOUNS.has(last) || INSTITUTION_NOUNS.has(last) || GROUP_PLURALS.has(last);
          // ("Mo Cowan Senate: …": a person's name and a body, the topic of the person's seat, not a body that speaks.)
          const personsTopic = words.length > 1 && SEAT_NOUNS.has(last) && this.ctx.ents.kindOf(this.ctx.ents.lookup(words.slice(0, -1).join(" ")) ?? "") === "person";
          const speakerLike = (body || ROLE_HEADS.has(last)) && !personsTopic;
          // "Perry TV Ad: …": the ad of someone the article names.
          const owner = OWNED_DOCUMENTS.has(last) && words.length > 1 ? this.ctx.ents.lookup(words[0]!) : null;
          const known = this.ctx.ents.lookup(prefix);
          // (In the body, only a speaker the article names elsewhere: not "Survivor: …".)
          const key = (knownElsewhere(known) && (!bodyHeading || SPEAKING_KINDS.has(this.ctx.ents.kindOf(known!))) ? known : null) ?? owner ?? (speakerLike && !bodyHeading ? this.ctx.ents.ensure(prefix, body ? "organization" : "person") : null);
          if (key) m = { entityKey: key, section: s.section, start: s.start, end: colon, text: prefix, role: null };
        }
        // "Prison officers’ union: …", "State health officials: …": a description in sentence case, whom the body names
        // so, else someone described.
        // (Only before what reads as said, with a quotation or a verb: not "Former police chief: a life in pictures".)
        const saysSomething = CLAIM_AFTER_COLON.test(text.slice(colon + 1, s.end));
        const described = !m && !addressee && !SECTION_LABEL.test(prefix) && saysSomething ? DESCRIBED_HEADLINE_SPEAKER.exec(prefix) : null;
        if (described && describesSpeaker(described[1]!)) {
          const key = this.headlineReferent(described[1]!, prefix) ?? (bodyHeading ? null : this.ctx.ents.ensure(lowerOpening(prefix), "unnamed", prefix));
          if (key) m = { entityKey: key, section: s.section, start: s.start, end: colon, text: prefix, role: null };
        }
        // "Odalys damage put at EC$1.1 billion: Finance Minister": a title or a name the body knows, ending the headline
        // after its colon.
        // (After a claim of some words, not a label: "Obituary: Jane Goodall", "TV review: The Ambassador".)
        const suffix = !m && !addressee && prefix.split(/\s+/).length >= 4 && !SECTION_LABEL.test(prefix) ? TRAILING_SPEAKER.exec(text.slice(colon + 1, s.end)) : null;
        if (suffix) {
          const suffixStart = colon + 1 + suffix.index + suffix[0].indexOf(suffix[1]!);
          const known = this.ctx.ents.lookup(suffix[1]!);
          const title = ROLE_HEADS.has(suffix[1]!.split(" ").at(-1)!.toLowerCase());
          const key = knownElsewhere(known) ? known : title ? this.ctx.ents.ensure(suffix[1]!, "other", suffix[1]!) : null;
          if (key) {
            atts.push({ cue: { start: colon, end: colon + 1, text: ":", cls: "statement", form: "verb" }, cueText: ":", cls: "statement", source: { entityKey: key, text: suffix[1]!, role: null }, sourceStart: suffixStart, sourceEnd: suffixStart + suffix[1]!.length });
          }
        }
        // "‘The sea is getting louder’: Tamsin Achterberg on the noise we can't hear": a quotation, then whose it is and
        // what they speak on.
        const quoted = !m && !addressee && WHOLLY_QUOTED.test(prefix) && prefix.trim().split(/\s+/).length >= 3 ? ms.find((x) => x.start >= colon + 1 && x.start <= colon + 3 && this.ctx.ents.kindOf(x.entityKey) === "person" && knownElsewhere(x.entityKey) && /^\s+on\s+\p{Ll}/u.test(text.slice(x.end, x.end + 8))) : undefined;
        if (quoted) {
          const on = quoted.end + text.slice(quoted.end).indexOf("on");
          atts.push({ cue: { start: on, end: on + 2, text: "on", cls: "statement", form: "verb" }, cueText: ":", cls: "statement", source: { entityKey: quoted.entityKey, text: quoted.text, role: null }, sourceStart: quoted.start, sourceEnd: quoted.end });
        }
        if (m && text.slice(s.start, m.start).split(/\s+/).filter(Boolean).length <= 3) {
          atts.push({
            cue: { start: colon, end: colon + 1, text: ":", cls: "statement", form: "verb" },
            cueText: ":",
            cls: "statement",
            source: { entityKey: m.entityKey, text: m.text, role: m.role },
            sourceStart: m.start,
            sourceEnd: m.end,
          });
        }
      }
    }
    // Headline "claim - tracking firm", "… – sources": a wire's source tag after a dash ends the headline.
    if (!atts.length && s.section !== "body") {
      const tag = DASH_TAG.exec(text.slice(s.start, s.end));
      const head = tag?.[1]!.split(" ").at(-1)!;
      // (Not a kind of article, "– match report", "– analysis"; a report only alone, as a wire tags one: "- report".)
      const genre = !!tag && (SECTION_LABEL.test(tag[1]!) || GENRE_TAGS.has(head) || (DOCUMENT_NOUNS.has(head) && !/^reports?$/.test(tag[1]!)));
      if (tag && head && !genre && (describesSpeaker(head) || DOCUMENT_NOUNS.has(head))) {
        const start = s.start + tag.index + tag[0].indexOf(tag[1]!);
        const end = start + tag[1]!.length;
        const key = this.headlineReferent(head, tag[1]!) ?? this.ctx.ents.ensure(tag[1]!, "unnamed", tag[1]!);
        const dash = s.start + tag.index + 1;
        atts.push({ cue: { start: dash, end: dash + 1, text: text[dash]!, cls: "statement", form: "verb" }, cueText: text[dash]!, cls: "statement", source: { entityKey: key, text: tag[1]!, role: null }, sourceStart: start, sourceEnd: end });
      }
    }
    // "Emanuel asked Mr. Clinton to …, the White House said.": a source after the last comma, ending the sentence,
    // speaks all of it; the verbs before it are part of what it says.
    const postposed = atts.at(-1);
    // Not over a quotation's own speaker ("“…,” said Trump …, according to TIME"): quoted words are theirs.
    if (postposed && atts.length > 1 && !atts.some((a) => quotesSpeaker(text, s, a)) && !this.headlineSecondClause(s, postposed) && this.speaksWholeSentence(s, postposed, quotes)) {
      atts.splice(0, atts.length - 1);
    }
    // "His response: “…”", "Holt's answer: “…”": a quotation introduced as someone's reply; "The plaintiffs' theory
    // is that …": someone's argument.
    if (!atts.length && s.section === "body") {
      const reply = this.replyIntroduced(s, ms, quotes) ?? this.possessedArgument(s, ms, quotes);
      if (reply) atts.push(reply);
    }
    const segments = this.segment(s, atts, quotes, families);
    const claims: ExtractedClaim[] = [];
    // "Holt, who called it “mischief,” said that …": the verb of the main clause says what the sentence claims, not
    // the one in the relative clause set off before it.
    const main = atts.length > 1 ? atts.filter((a) => !inRelativeAsideOf(text, a, atts)) : atts;
    for (const seg of segments) {
      // ("But while Ryan slams the overhaul for cutting Medicare, even he acknowledged that …": the main clause's verb
      // before one in a fronted subordinate clause; looked for only where there is a choice.)
      const from = atts.length > 1 ? mainClauseStart(text, seg.start, seg.end) : -1;
      const primary = attributionIn(mainClauseFirst(main, from), seg) ?? attributionIn(mainClauseFirst(atts, from), seg);
      claims.push(this.build(s, seg, primary ?? null, quotes, families));
    }
    return { claims, attributed: atts.length > 0 };
  }

  /**
   * ", the White House said." / ", said Ann Holt." ending the sentence: a short source and verb after a comma, outside
   * quotations, with at most a few words after them ("on Tuesday").
   */
  private speaksWholeSentence(s: Sentence, a: Attribution, quotes: Span[]): boolean {
    const { text } = this.ctx;
    const start = Math.min(a.sourceStart, a.cue.start);
    const end = Math.max(a.sourceEnd, a.cue.end);
    // (Not the speaker's own figures: "A spokesperson for Swim Wales said …, according to its latest survey".)
    if (/^(?:its|his|her|their)\s/i.test(a.source.text) && /^according to$/i.test(a.cue.text)) return false;
    const before = text.slice(Math.max(s.start, start - 40), start);
    // ", a senior administration official said": a described source may be the head of its description.
    // (Not a noun summing up the clause before, whose own source it is: "…, an allegation he denies".)
    const described = /^\p{Ll}+$/u.test(a.source.text) && /,\s(?:[Tt]he|[Aa]n?)\s(?:\p{Ll}[\p{Ll}\-]*\s){1,3}$/u.test(before) && !SUMMED_UP_AT_END.test(before);
    // (Past a title the name leaves out: ", Sgt Fahy said", ", Det Insp Ann Holt said".)
    if (this.inQuotes(quotes, start) || !(described || /,\s(?:(?:[Tt]he|[Aa]n?)\s)?(?:\p{Lu}\p{Ll}{1,5}\.?\s){0,2}$/u.test(before))) return false;
    // After a dash, the source speaks to what follows the dash only ("… — six months …, according to his campaign").
    if (/[—–]|\s-{1,2}\s/.test(text.slice(s.start, start))) return false;
    const span = text.slice(start, end);
    // (", citing unnamed sources." may follow.)
    const tail = text.slice(end, s.end);
    // (So may why they are not named: ", who asked not to be named because the discussions are private.")
    const ends = POSTPOSED_TAIL.test(tail) || /^,\s(?:citing|quoting)\s[^,;“”"]{1,60}$/.test(tail.trim()) || UNNAMED_WHY_TAIL.test(tail.trim());
    // (Up to seven words, and two more for "according to"; more for who is familiar with what: "according to three
    // Justice Department officials familiar with the decision".)
    const informed = INFORMED_IN_NAME.test(a.source.text);
    return ends && !/[,“”"]/.test(span) && span.split(/\s+/).length <= (informed ? 16 : /^according to$/i.test(a.cue.text) ? 9 : 7);
  }

  /** "His response: “…”", "Ms. Holt's reply: “…”": the person whose reply opens the sentence, else null. */
  private replyIntroduced(s: Sentence, ms: Mention[], quotes: Span[]): Attribution | null {
    const { text, ents, discourse } = this.ctx;
    const lead = text.slice(s.start, Math.min(s.end, s.start + 80));
    const m = lead.includes(": ") ? REPLY_INTRO.exec(lead) : null;
    if (!m) return null;
    const colon = s.start + m[0].indexOf(":");
    const owner = m[1]!;
    let key: string | null = null;
    const pronoun = POSSESSIVE_PRONOUNS[owner.toLowerCase()];
    if (pronoun) key = discourse.resolvePronoun(pronoun, []);
    else key = ms.find((x) => x.start === s.start && !this.inQuotes(quotes, x.start))?.entityKey ?? null;
    if (!key || (pronoun && ents.kindOf(key) !== "person")) return null;
    const sourceEnd = s.start + owner.replace(/['’]s$/, "").length;
    return {
      cue: { start: colon, end: colon + 1, text: ":", cls: "statement", form: "verb" },
      cueText: ":",
      cls: "statement",
      source: { entityKey: key, text: text.slice(s.start, sourceEnd), role: null },
      sourceStart: s.start,
      sourceEnd,
    };
  }

  /** "The plaintiffs' theory is that …", "His argument was that …", "Holt's view is that …": the owner argues it. */
  private possessedArgument(s: Sentence, ms: Mention[], quotes: Span[]): Attribution | null {
    const { text, ents, discourse } = this.ctx;
    const lead = text.slice(s.start, Math.min(s.end, s.start + 120));
    const m = lead.includes(" that ") ? POSSESSED_ARGUMENT.exec(lead) : null;
    if (!m || this.inQuotes(quotes, s.start + m.index)) return null;
    const ownerStart = s.start + m[0].indexOf(m[1]!);
    const owner = m[1]!;
    const pronoun = POSSESSIVE_PRONOUNS[owner.toLowerCase()];
    let key: string | null = null;
    let ownerEnd = ownerStart + owner.length;
    if (pronoun) key = discourse.resolvePronoun(pronoun, []);
    else {
      const plural = /^(?:[Tt]he\s+)?(\p{Ll}+s)['’]$/u.exec(owner);
      if (plural) key = ents.ensure(plural[1]!, "unnamed", owner.slice(0, -1));
      else key = ms.find((x) => x.start >= ownerStart && x.end <= ownerEnd)?.entityKey ?? null;
      ownerEnd -= /['’]s$/.test(owner) ? 2 : 1;
    }
    if (!key) return null;
    const nounStart = s.start + m.index + m[0].lastIndexOf(m[2]!);
    return {
      cue: { start: nounStart, end: nounStart + m[2]!.length, text: m[2]!, cls: "statement", form: "verb" },
      cueText: m[2]!,
      cls: "statement",
      source: { entityKey: key, text: text.slice(ownerStart, ownerEnd), role: null },
      sourceStart: ownerStart,
      sourceEnd: ownerEnd,
    };
  }

  /** The one person named in full (and by `counts`) whose first name is `given`, or null. */
  private personByGivenName(given: string, counts: (key: string) => boolean): string | null {
    const people = this.ctx.ents.entities.filter((e) => e.kind === "person" && e.name.startsWith(given + " ") && counts(e.key));
    return people.length === 1 ? people[0]!.key : null;
  }

  /** Splits a sentence where attributions of different sources (or the outlet's own voice) meet. */
  private segment(s: Sentence, atts: Attribution[], quotes: Span[], families: Families): Span[] {
    const { text } = this.ctx;
    const slice = text.slice(s.start, s.end);
    const cuts: { at: number; skip: number }[] = [];
    // Clause boundaries: ", and", ", but", ";", "—".
    CLAUSE_BOUNDARY.lastIndex = 0;
    let m: RegExpExecArray | null;
    const dashes = dashPositions(slice);
    while ((m = CLAUSE_BOUNDARY.exec(slice)) !== null) {
      const at = s.start + m.index;
      if (this.inQuotes(quotes, at)) continue;
      // "his belief that marriage — and anything resembling it — should be …": a pair of dashes sets off an aside,
      // which the first dash opens (no cut there, unless the aside has a source and verb of its own: "— and critics
      // say it was waste —"); the second may close it before a clause with its own source ("— which critics say").
      const dash = dashes.length >= 2 && DASH.test(m[0]) ? dashes.indexOf(m.index + m[0].indexOf(DASH.exec(m[0])![0])) : -1;
      if (dash >= 0 && dash % 2 === 0) {
        const close = s.start + (dashes[dash + 1] ?? slice.length);
        if (!atts.some((a) => a.sourceStart > at && a.cue.end <= close)) continue;
      }
      const after = at + m[0].length;
      // The next clause has its own source ("…, and Smith said"); not a source that ends the sentence after a comma
      // ("…, but making sure of it, Mr. Goodlatte said."): that one speaks the whole sentence. After a single dash, a
      // source after a comma speaks to what follows the dash ("savings — roughly $700 billion, according to the CBO").
      // (Not a source inside a second "that" clause of what was said, in a clause of its own: "…, but that Britain removed
      // the language after Russia signaled it would veto" goes on with the first speaker's words.)
      const secondThat = SECOND_THAT_CLAUSE.test(text.slice(after, after + 40));
      const rightOwn = atts.some((a) => {
        if (a.cue.start < after || a.sourceStart < after || a.sourceStart - after >= 60) return false;
        if (secondThat && /\b(?:after|before|when|because|since|until|once|while|as)\s+(?:[\p{L}.’'-]+\s+){0,3}$/u.test(text.slice(after, a.sourceStart))) return false;
        const comma = text.slice(after, a.sourceStart).includes(",");
        if (!comma) return true;
        if (dash >= 0) return false;
        return DASH.test(m![0]) || !POSTPOSED_TAIL.test(text.slice(Math.max(a.cue.end, a.sourceEnd), s.end));
      });
      const leftOwn = atts.some((a) => a.cue.start >= s.start && a.cue.start < at && a.sourceStart >= s.start - 1);
      // ("…, though that isn't quite true: Sen. Dorsey wrote …": a colon parts two speakers' clauses, not a label from
      // what it heads, "Driving the news: State Treasurer Ann Holt told …".)
      if (m[0].startsWith(":") && !leftOwn) continue;
      // "leading Republican figures like Newt Gingrich, a former speaker …, and Sarah Palin, …, had been voicing …":
      // an "and" inside a list of examples joins names, not clauses.
      // (Only while the list goes on: no verb of saying since it began, and a name with its aside after "and".)
      const list = /^,?\s+and\b/.test(m[0]) ? EXAMPLE_LIST.exec(text.slice(Math.max(s.start, at - 200), at)) : null;
      const listStart = list ? at - list[0].length : at;
      if (list && !atts.some((a) => a.cue.start > listStart && a.cue.start < at) && /^\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*)*,/u.test(text.slice(at + m[0].length, at + m[0].length + 60))) continue;
      // "WASHINGTON — Rep. Ann Lee said …", "MANILA, Philippines — …": a dateline is not a clause of its own.
      if (!/\p{Ll}/u.test(text.slice(s.start, at)) || DATELINE_LEAD.test(text.slice(s.start, at))) continue;
      const contrast = /^,\s+but|^;/.test(m[0]);
      const rightCue = atts.some((a) => a.cue.start >= after);
      // "recommended requiring checks; reinstating the ban; restoring …": the items of a list, not clauses.
      // (Nor names in a list, each with an age or a rank: "…; Chief Warrant Officer 2 Marcus Lyle, 29; and Sergeant Ana Kettering, 27.")
      const nextItem = m[0].startsWith(";") ? text.slice(after, s.end).split(";")[0]! : "";
      const listItem = m[0].startsWith(";") && (/^(?:and )?\p{Ll}+ing\b/u.test(text.slice(after, after + 30)) || NAMED_LIST_ITEM.test(nextItem));
      // "He said that he had hired a lawyer, but that he did not …": a second "that" opening a clause goes on with what
      // was said (not "He said the fee was legal, but that did not end it", nor "…, but that claim was rejected").
      // (Also with no "that" before the first: "Kerr said the audit is not ready, but that the council could vote".)
      const sameComplement = secondThat && atts.some((a) => a.cue.end <= at && a.cue.form === "verb" && a.cls !== "blame");
      // "are not objecting to his visit, but rather his comments": a phrase set against another, no clause of its own.
      // (Only after a "not" in the clause before, and not "rather than": "…, but instead the council approved it" is a
      // clause of the outlet's.)
      // (And "…, but not “on the company’s terms.”", "…, but not yet": a phrase the "not" sets against what came before.)
      const contrastedPhrase = (/^rather\b(?!\s+than\b)/.test(text.slice(after, after + 14)) && /\b(?:not|never)\b|n['’]t\b/.test(text.slice(s.start, at))) || NOT_A_PHRASE.test(text.slice(after, after + 20));
      if (rightOwn || (contrast && leftOwn && !rightCue && !listItem && !sameComplement && !contrastedPhrase)) cuts.push({ at, skip: m[0].length });
    }
    // "Organisers blame a vanished sponsor and the ministry blames the organisers": two charges, each with its own
    // subject, joined by "and" alone (only after a charge, whose object is no clause that could hold the second).
    for (const a of atts) {
      if (a.cls !== "blame" || a.sourceStart >= a.cue.start || a.sourceStart - 5 <= s.start || text.slice(a.sourceStart - 5, a.sourceStart) !== " and ") continue;
      const charged = atts.some((b) => b !== a && b.cls === "blame" && b.sourceStart < b.cue.start && b.cue.end < a.sourceStart - 5);
      // (Not inside what someone else said: "Holt said residents blame the council and the council blames Westminster".)
      const reported = atts.some((b) => b.cls !== "blame" && b.cue.start < a.sourceStart) || /\b(?:said|says|told|wrote|according)\b/.test(text.slice(s.start, a.sourceStart));
      if (charged && !reported && !this.inQuotes(quotes, a.sourceStart)) cuts.push({ at: a.sourceStart - 5, skip: 5 });
    }
    // A headline's second clause after a comma, with its own source and what it says: "Army Corps approves permit, tribe
    // vows to sue" (not a closing tag, "Pier to reopen, authority says", which speaks the whole headline or clause).
    for (const a of atts) {
      if (!this.headlineSecondClause(s, a)) continue;
      const at = a.sourceStart - 2;
      if (wordsBefore(s.words, at, 3) >= 3 && !this.inQuotes(quotes, at)) cuts.push({ at, skip: 1 });
    }
    // A clause summed up by a noun with its own source: "…, a move Tarrawong Water described as routine", "…, a move the
    // board says will save $640,000" (the summing noun goes with the source's claim).
    if (slice.includes(", a") || slice.includes(", an") || /,["”’] an? /.test(slice)) {
      SUMMED_UP.lastIndex = 0;
      while ((m = SUMMED_UP.exec(slice)) !== null) {
        // (Past a quotation's closing mark after the comma: "… safety issues," a finding ….)
        const closing = /^,["”’]/.test(m[0]) ? 2 : 0;
        const at = s.start + m.index + closing;
        const after = s.start + m.index + m[0].length;
        if (this.inQuotes(quotes, at)) continue;
        // (Past words that describe the source: "a decision privacy advocates called …".)
        // (Not where the noun is the verb's own subject, with its agent: "“…,” a report by the watchdog said.")
        if (atts.some((a) => a.sourceStart >= after && a.cue.start > a.sourceStart && !NOUN_WITH_AGENT.test(text.slice(after, a.sourceStart)) && (a.sourceStart - after <= 4 || /^(?:\p{Ll}+\s){1,4}$/u.test(text.slice(after, a.sourceStart))))) cuts.push({ at, skip: closing ? 1 : 2 });
      }
      // "…, a measure its sponsors described as … and its opponents called …": the second subject's own claim.
      for (const a of atts) {
        const lead = text.slice(Math.max(s.start, a.sourceStart - 200), a.sourceStart);
        if (a.cue.start > a.sourceStart && lead.endsWith(" and ") && SUMMED_UP_JOINED_AT_END.test(lead)) cuts.push({ at: a.sourceStart - 5, skip: 1 });
      }
    }
    // Subordinate clauses with their own source: "… after the intelligence community concluded that …".
    SUBORDINATORS.lastIndex = 0;
    while ((families & SUBORDINATOR_WORDS) !== 0 && (m = SUBORDINATORS.exec(slice)) !== null) {
      const at = s.start + m.index;
      if (this.inQuotes(quotes, at)) continue;
      const after = at + m[0].length;
      // The clause's own source opens it ("after the senators urged", "after Senator Ann Holt said").
      // (Not a name that closes an aside before the main verb: "the owner, who gave his name only as Mr Lim, denied …".)
      // (Nor a source past a dash or a semicolon, in a clause of its own: "… before Hauraki Cup – syndicate denies …".)
      const own = atts.find((a) => a.sourceStart >= after && a.cue.start > a.sourceStart && !/^,\s+$/.test(text.slice(a.sourceEnd, a.cue.start)) && (a.sourceStart - after <= 5 || (a.sourceStart - after <= 40 && !NOT_CLAUSE_LEAD.test(text.slice(after, a.sourceStart)))) && !/[;–—]|\s-\s/.test(text.slice(after, a.sourceStart)));
      // "such as", "as well as", "because of": no clause follows.
      if (NOT_A_CLAUSE.test(slice.slice(Math.max(0, m.index - 5), m.index + m[0].length + 12))) continue;
      // "Ann Holt said after the debate that an internal poll showed …": a phrase of time between a verb of saying and
      // its "that", whose clause is what was said.
      if (own && /\bthat\s+$/.test(text.slice(after, own.sourceStart)) && atts.some((a) => a !== own && a.cue.end <= at && /^\s*$/.test(text.slice(a.cue.end, at)))) continue;
      // ("told reporters that the glove felt hard when it landed and that he had asked …": a second "that" clause goes on
      // with what the earlier verb said, whatever subordinate clause came between.)
      if (own && /\b(?:and|but)\s+that\s+$/.test(text.slice(after, own.sourceStart)) && atts.some((a) => a !== own && a.cue.end <= at && /\bthat\b/.test(text.slice(a.cue.end, at)))) continue;
      // ("a step the mayor described as necessary and the union called a betrayal": "as" after a verb of naming says
      // what it was named, no clause of its own.)
      if (/^\W*as\b/i.test(m[0]) && NAMED_AS_BEFORE.test(slice.slice(Math.max(0, m.index - 16), m.index))) continue;
      // "even though", "shortly after", "a few hours after": the words that modify the subordinator go with it.
      const cut = s.start + m.index - (SUBORDINATOR_LEAD.exec(slice.slice(Math.max(0, m.index - 30), m.index))?.[0].length ?? 0);
      // "Indeed, as the director has said, …": a word or two before the clause are no claim of their own.
      if (wordsBefore(s.words, cut, 3) < 3) continue;
      // "The announcement came (just days) after Trump said …": a clause that only says when is no claim of its own.
      if (ONLY_WHEN.test(text.slice(Math.max(s.start, cut - 80), cut))) continue;
      // Not "after reports emerged" or "as many have noted": a hedge or a manner of speaking, not a speaker; someone
      // described is one ("as a top Republican senator suggested", "as some prominent conservatives called for").
      const speaker = own && (this.ctx.ents.kindOf(own.source.entityKey) !== "unnamed" || !UNNAMED_SOURCE_NAMES.has(this.ctx.ents.nameOf(own.source.entityKey)));
      // ("In a statement issued by his lawyers on Friday after court records showed …, Jackson said …": a phrase opening
      // the sentence holds the subordinate clause; the cut is at the comma before the main clause, as for a fronted one.)
      const main = own !== undefined && OPENING_PHRASE.test(slice) ? atts.find((a) => a !== own && a.cue.start > own.cue.end && a.sourceStart > own.cue.end) : undefined;
      // (Before the main subject's description set off before its name: "…, the board chair, Ann Holt, said".)
      let mainComma = main ? text.lastIndexOf(", ", main.sourceStart) : -1;
      const commaBefore = mainComma > 0 ? lastIndexIn(text, ", ", mainComma - 1, s.start) : -1;
      if (commaBefore >= 0 && /^,\s(?:the|a|an|its|his|her|their)\s[^,;:“”"]{1,50},\s$/.test(text.slice(commaBefore, main!.sourceStart))) mainComma = commaBefore;
      if (speaker && hasOwnBefore(atts, s.start, at, own)) cuts.push({ at: cut, skip: 1 });
      else if (speaker && main && mainComma > own!.cue.end && !this.inQuotes(quotes, mainComma)) cuts.push({ at: mainComma, skip: 2 });
      else if (speaker && !atts.some((a) => a !== own && a.cue.start < at)) cuts.push({ at: cut, skip: 1 });
    }
    // "…, with several leading Republicans arguing that …": an absolute clause with its own speaker; one joined to it by
    // "and" has its own too ("…, with Brandt hammering her on taxes and Navarro accusing him of …").
    let absoluteFrom = -1;
    for (const a of atts) {
      if (!a.cue.text.endsWith("ing")) continue;
      const lead = text.slice(Math.max(s.start, a.sourceStart - 40), a.sourceStart);
      const w = WITH_BEFORE.exec(lead);
      const joined = !w && absoluteFrom >= 0 && a.sourceStart > absoluteFrom ? /,?\s+and\s+$/.exec(lead) : null;
      if (!w && !joined) continue;
      const at = a.sourceStart - lead.length + (w ?? joined)!.index;
      if (wordsBefore(s.words, at, 3) >= 3 && !this.inQuotes(quotes, at)) {
        cuts.push({ at, skip: w ? 2 : 1 });
        absoluteFrom = at;
      }
    }
    // Fronted subordinate clause with its own cue: "After a Herald op-ed revealed the call, Jones denied …".
    // (Also after "And" or "But": "And while many predict that Steele will quit, his seclusion has made …".)
    if (FRONTED.test(slice) || FRONTED_AFTER_CONJUNCTION.test(slice)) {
      const comma = slice.indexOf(", ");
      if (comma > 0) {
        const at = s.start + comma;
        // "As the Herald reported on Thursday, …", "As Holt put it, …": the clause only attributes what follows it.
        const asParenthetical = AS_OPENER.test(slice) && atts.some((a) => a.cue.start < at && AS_CUE_TAIL.test(text.slice(a.cue.end, at)));
        if (!asParenthetical && atts.some((a) => a.cue.start < at && a.sourceStart < at) && !this.inQuotes(quotes, at)) cuts.push({ at, skip: 2 });
      }
    }
    // A relative clause of saying after the main clause: "The key vote could belong to Justice Kennedy, who said he
    // was troubled …" — the main clause is not what the justice said.
    for (const a of atts) {
      const rel = RELATIVE_SPEECH.exec(text.slice(Math.max(s.start, a.cue.start - 40), a.cue.start));
      if (!rel) continue;
      const at = a.cue.start - rel[0].length;
      // Not when the main clause resumes after the relative one ("Mr. Jackson, who has said …, has been dogged"), nor
      // for a place ("the district, who said"): then the relative pronoun was read wrongly.
      const resumes = MAIN_CLAUSE_RESUMES.test(text.slice(a.cue.end, s.end));
      const kind = this.ctx.ents.kindOf(a.source.entityKey);
      if (resumes || kind === "place" || kind === "other") continue;
      if (at > s.start && a.sourceStart < at && wordsBefore(s.words, at, 3) >= 3 && !this.inQuotes(quotes, at)) cuts.push({ at, skip: 2 });
    }
    // Appositive claims: ", a claim which Jones repeated".
    for (const a of atts) if (a.cue.form === "appositive-claim" && a.cue.text !== "") {
      const at = lastIndexIn(text, ",", a.sourceStart, s.start);
      if (at > s.start && at < a.sourceStart) cuts.push({ at, skip: 2 });
    }
    cuts.sort((x, y) => x.at - y.at);
    const spans: Span[] = [];
    let from = s.start;
    for (const c of cuts) {
      if (c.at <= from) continue;
      spans.push({ start: from, end: c.at });
      from = c.at + c.skip;
    }
    spans.push({ start: from, end: s.end });
    // A piece of one word ("and then only after Frank told …" cut after "then") goes with the piece after it.
    for (let i = spans.length - 2; i >= 0; i--) {
      if (wordsIn(s.words, spans[i]!.start, spans[i]!.end) > 1) continue;
      spans[i + 1]!.start = spans[i]!.start;
      spans.splice(i, 1);
    }
    // A piece with no letter or digit ("* * *", "“”", "....!!!") states nothing: no claim.
    return spans.map((sp) => trimSpan(text, sp)).filter((sp) => sp.end > sp.start && /[\p{L}\p{N}]/u.test(text.slice(sp.start, sp.end)));
  }

  /**
   * Whether `a` opens a headline's second clause after a comma, with its own source and what it says ("Army Corps
   * approves permit, tribe vows to sue", "Holt says tax is fair, Beal says it is not"); not a closing tag with when,
   * where or to whom it was said ("…, police say Monday", "…, prosecutors tell jury"). Only in sentence case, whose
   * lower-case words show where a clause is (not "Exxon Mobil Corp, Chevron warn …").
   */
  private headlineSecondClause(s: Sentence, a: Attribution): boolean {
    const { text } = this.ctx;
    if (s.section === "body" || s.titleCase || a.cue.start <= a.sourceStart || text.slice(a.sourceStart - 2, a.sourceStart) !== ", ") return false;
    const says = /^[^;:—]*/.exec(text.slice(a.cue.end, s.end))![0];
    if (!SAYS_A_CLAUSE.test(says) || (/^tel/i.test(a.cueText) && /^\s+(?:[\p{L}.’'-]+\s*){1,3}$/u.test(says))) return false;
    return /(?:^|\s)\p{Ll}{2,}/u.test(text.slice(s.start, a.sourceStart - 2));
  }

  /**
   * For a participle of saying after its subject's main clause ("Holt criticized the mayor, saying …"): whom or what the
   * main clause charges, or null. (Not a clause about the subject: "Kline, who criticized Reyes in 2015, saying …".)
   */
  private chargedInMainClause(a: Attribution): string | null {
    if (!a.cueText.endsWith("ing") || a.sourceEnd >= a.cue.start) return null;
    const between = this.ctx.text.slice(a.sourceEnd, a.cue.start).replace(RELATIVE_ASIDE, ",");
    if (/\b(?:who|which)\b/.test(between) || !/,\s*$/.test(between)) return null;
    return chargeInClause(between);
  }

  /**
   * Whether the speaker answers an attack with what they say: a defence that denies a wrong ("defended the programs,
   * saying no law was broken"; a verb of defending, or one between the speaker and a participle, "in defense of its
   * collection, arguing …"), or taking back words with a negation ("tried to clarify his comment, saying he was not …").
   */
  private defends(a: Attribution, content: string): boolean {
    // ("defended his bowler", "defended the change, saying …": standing up for someone or something is a statement, as
    // the held-out sets label all sixteen of theirs; only what also denies a wrong is a denial.)
    if (/^defend/i.test(a.cueText) || (/^weigh/i.test(a.cueText) && /^to\s+defend\b/.test(content))) return deniesWrongdoing(content);
    const between = a.sourceEnd < a.cue.start ? this.ctx.text.slice(a.sourceEnd, a.cue.start) : "";
    // (The speaker's own act, not one in a clause about them: "Kline, who defended Reyes in 2015, said …"; "Ryan, who
    // was raised on Social Security benefits, also defended his budget" is his.)
    const own = between.replace(RELATIVE_ASIDE, ",");
    if (/\b(?:who|which)\b/.test(own)) return false;
    return (DEFENDING.test(own) && deniesWrongdoing(content)) || (CLARIFYING.test(own) && /\b(?:not|never)\b|n['’]t\b/.test(content));
  }

  /**
   * Whether a phrase is someone, or someone's: "him", "his rhetoric", "the mayor's plan", "Biden" (a person or body the
   * article names), not "the storm's damage", "Hurricane Maria", "Obamacare".
   */
  private isSomeone(phrase: string): boolean {
    return isSomeoneIn(this.ctx.ents, phrase);
  }

  /**
   * For a headline's verb right after "Name Verb Object, ": the subject of the verb before the comma, when that verb is
   * a headline's verb of saying; else null.
   */
  private headlineSecondVerbSubject(s: Sentence, ms: Mention[], cue: Cue, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const first = s.words.find((w) => w.start > s.start && w.end < cue.start && w.cap && isHeadlineSpeechVerb(w.lower));
    if (!first) return null;
    const subject = this.clauseSubject(s, ms, first.start, quotes, true);
    if (!subject || subject.end > first.start) return null;
    // "Arizona Governor Vetoes …, Calls It …": a place or body, then a role, is whoever holds that role.
    return this.headlineRoleHolder(s, subject.start, subject.end, first.start, true) ?? subject;
  }

  /**
   * In a headline, a name and then the one role word that ends the phrase ("Arizona Governor" before "Vetoes", "CBK
   * governor" ending "…, says CBK governor"): the person the body gives that role, or null.
   */
  private headlineRoleHolder(s: Sentence, start: number, nameEnd: number, stop: number, subject = false): { src: ClaimSource; start: number; end: number } | null {
    if (s.section === "body") return null;
    const role = s.words.find((x) => x.start > nameEnd);
    if (!role || this.ctx.text.slice(nameEnd, role.start) !== " " || !ROLE_HEADS.has(role.lower)) return null;
    // (A subject's role comes before its verb, not before a name: "Arizona Governor Vetoes …", not "Arizona Governor Dale
    // Whitlock Vetoes …"; a closing tag's ends the headline or its clause.)
    const next = this.ctx.ents.mentions.some((m) => m.start > role.end && m.start <= role.end + 1);
    if (subject ? next || role.end >= stop : !/^\s*(?:[,;:.!?]|$)/.test(this.ctx.text.slice(role.end, stop))) return null;
    const key = this.headlineReferent(role.lower, this.ctx.text.slice(start, role.end));
    if (!key || this.ctx.ents.kindOf(key) !== "person") return null;
    return { src: { entityKey: key, text: this.ctx.text.slice(start, role.end), role: null }, start, end: role.end };
  }

  /** The role of the latest earlier mention of an entity that has one ("Inspector General Tom Reyes"), or null. */
  private earlierRole(key: string, pos: number): string | null {
    const ms = this.ctx.ents.mentions;
    for (let i = firstMentionFrom(ms, pos) - 1; i >= 0; i--) if (ms[i]!.entityKey === key && ms[i]!.role) return ms[i]!.role;
    return null;
  }

  /**
   * ", saying …" right after a relative clause of opposing or backing ("met with House Democrats who are resisting the
   * deal, saying it gives away too much"): the group or body that takes the stance gives its reason when what is said
   * goes on with "it" or "they" (not "…, saying she would not change it", nor "thanked House Democrats who backed the
   * bill, saying the new law would help families": the subject's). (Not one person who takes it: "met with Tom Reyes,
   * who opposes the plan, saying …" is left to the sentence's subject.)
   */
  private stanceHolderBefore(s: Sentence, ms: Mention[], cue: Cue, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const { text, ents } = this.ctx;
    const lead = text.slice(Math.max(s.start, cue.start - 120), cue.start);
    const rel = lead.includes("who ") ? STANCE_RELATIVE_BEFORE.exec(lead) : null;
    // (Only when what is said goes on about what they take a stance on, "it", or about themselves, "they".)
    if (!rel || !/^\s+(?:that\s+)?(?:it|they)\b/.test(text.slice(cue.end, cue.end + 16))) return null;
    const holder = mentionEndingAt(ms, cue.start - lead.length + rel.index);
    const kind = holder ? ents.kindOf(holder.entityKey) : null;
    if (!holder || this.inQuotes(quotes, holder.start) || !(kind === "organization" || kind === "institution" || kind === "unnamed" || kind === "anonymous")) return null;
    return sourceOf(holder);
  }

  /**
   * Whoever issued the document or figures `doc` (the phrase opening at `from`): "the report issued by the inspector
   * general", "figures compiled by the council" (not "a memo obtained by the Times": that is who has it).
   */
  private issuerAfter(s: Sentence, from: Word, doc: Word, ms: Mention[], quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    // ("a report published on Thursday by the agency": when it was issued may come first.)
    // ("a report in the Harbor Dispatch", "an article in The Ledgerline": a piece in an outlet is the outlet's.)
    // (When it came out may come between: "a report Monday in the Beltway Courier", "a report last month in The Ledger".)
    const inOutlet = PUBLISHED_PIECES.has(doc.lower) ? PIECE_IN_OUTLET.exec(this.ctx.text.slice(doc.end, doc.end + 40)) : null;
    if (inOutlet) {
      // (Past what the outlet is: "in the Karachi daily The Morning Herald".)
      const described = OUTLET_DESCRIBED.exec(this.ctx.text.slice(doc.end + inOutlet[0].length, doc.end + inOutlet[0].length + 50))?.[0] ?? "";
      const lead = inOutlet[0] + described;
      // (An outlet, or a name of no known kind after a capitalised "The", "in The Ledgerline"; not a place or a time,
      // "in Ohio", "in Flint, Mich.", "in the Gulf of Mexico", "in March".)
      const kindOk = (key: string) => this.ctx.ents.kindOf(key) === "outlet" || (this.ctx.ents.kindOf(key) === "other" && lead.endsWith("The "));
      const outlet = ms.find((x) => (x.start === doc.end + lead.length || x.start === doc.end + inOutlet[0].length) && kindOk(x.entityKey) && !this.inQuotes(quotes, x.start));
      if (outlet) return { src: { entityKey: outlet.entityKey, text: this.ctx.text.slice(from.start, outlet.end), role: null }, start: from.start, end: outlet.end };
    }
    const by = DOCUMENT_ISSUER.exec(this.ctx.text.slice(doc.end, doc.end + 44));
    if (!by) return null;
    // (Only records are a keeper's, not documents a body holds: "documents kept by the National Archives".)
    if (/^ (?:run|maintained|kept|operated)\b/.test(by[0]) && !FIGURE_NOUNS.has(doc.lower)) return null;
    // (A tally's maker right after "by": not a place further on, "a count by election officials in Darrow County".)
    const reach = TALLY_NOUNS.has(doc.lower) ? 0 : 30;
    const at = doc.end + by[0].length;
    let owner = ms.find((x) => x.start >= at && x.start <= at + reach && !this.inQuotes(quotes, x.start));
    // ("a count by the Sao Paulo newspaper Diario Paulistano": a place says where the body is, whose name follows a
    // word for its kind.)
    const described = owner && this.ctx.ents.kindOf(owner.entityKey) === "place" ? /^\s+(\p{Ll}+)\s+(?=\p{Lu})/u.exec(this.ctx.text.slice(owner.end, owner.end + 30)) : null;
    const named = described && DESCRIPTION_KINDS[described[1]!] ? ms.find((x) => x.start === owner!.end + described[0].length) : undefined;
    if (named) owner = named;
    // "the Department of the Treasury Inspector General": the most specific body of the chain.
    for (let next = owner; next; ) {
      const of = / of (?:the )?/y;
      of.lastIndex = next.end;
      next = of.test(this.ctx.text) ? ms.find((x) => x.start === of.lastIndex) : undefined;
      if (next) owner = next;
    }
    // ("a report by a third-party committee of outside lawyers": a body described, after "a" and up to two words.)
    if (!owner && by[0].endsWith("by ") && !this.inQuotes(quotes, at)) {
      const k = s.words.findIndex((x) => x.start >= at);
      const det = k >= 0 && /^(?:a|an)$/.test(s.words[k]!.lower);
      // (The phrase's head, not a word for a body describing a person: "by a university researcher", "by a former
      // council official".)
      const headsPhrase = (i: number) => {
        const next = s.words[i + 1];
        return !next || next.cap || this.ctx.text.slice(s.words[i]!.end, next.start) !== " " || !(DESCRIPTION_KINDS[next.lower]?.includes("person") || ROLE_HEADS.has(next.lower) || OCCUPATIONS.has(next.lower) || isPersonNoun(next.lower) || namesPeople(next.lower));
      };
      const head = det ? s.words.slice(k + 1, k + 4).findIndex((x, i) => !x.cap && DESCRIPTION_KINDS[x.lower]?.some((kind) => kind === "organization" || kind === "institution") && headsPhrase(k + 1 + i)) : -1;
      const described = head >= 0 ? this.describedPhrase(s, k + 1 + head, true) : null;
      if (described?.indefinite) return this.describedSource(described);
    }
    // ("a report by the city's own auditor", "an audit by the state comptroller": an office that reports, described.)
    // (The pattern has read "the" already.)
    const first = s.words.findIndex((x) => x.start >= at);
    const head = !owner && first >= 0 && by[0].endsWith(" the ") ? s.words.slice(first, first + 4).findIndex((x) => REPORTING_OFFICES.has(x.lower)) : -1;
    const headWord = head >= 0 ? s.words[first + head]! : null;
    const ends = headWord !== null && /^(?:[\s,.;:!?)]|$)/.test(this.ctx.text.slice(headWord.end, headWord.end + 1)) && s.words.slice(first, first + head).every((x) => !x.cap || x.poss);
    // (An office of government, whose report is its finding.)
    if (ends) {
      const key = this.ctx.ents.ensure(this.ctx.text.slice(at, headWord.end).replace(/\bown\s+/, "").replace(/['’]s\b/, ""), "institution", this.ctx.text.slice(at - 4, headWord.end));
      return { src: { entityKey: key, text: this.ctx.text.slice(from.start, headWord.end), role: null }, start: from.start, end: headWord.end };
    }
    if (!owner) return null;
    // ("figures compiled by the Punjab health department": the place's body.)
    const placed = this.placesBody(owner);
    if (placed) return { src: { entityKey: placed.key, text: this.ctx.text.slice(from.start, placed.end), role: null }, start: from.start, end: placed.end };
    // ("the report by the Justice Department's inspector general": the body's own watchdog, an office of its own.)
    const office = this.bodyOffice(owner);
    if (office) return { src: { entityKey: office.key, text: this.ctx.text.slice(from.start, office.end), role: null }, start: from.start, end: office.end };
    return { src: { entityKey: owner.entityKey, text: this.ctx.text.slice(from.start, owner.end), role: null }, start: from.start, end: owner.end };
  }

  /**
   * A place's body named in lower case after the place, the phrase ending there: "Punjab health department", "Leeds city
   * council" (not "Punjab health department officials", nor "Punjab farmers"); that body, by the words, and where they end.
   */
  private placesBody(m: Mention): { key: string; end: number } | null {
    // (Or a place the lexicon does not know, of no kind yet: "Punjab".)
    const kind = this.ctx.ents.kindOf(m.entityKey);
    if (kind !== "place" && kind !== "other") return null;
    const after = PLACES_BODY_AFTER.exec(this.ctx.text.slice(m.end, m.end + 40));
    if (!after) return null;
    const end = m.end + after[0].length;
    const name = this.ctx.text.slice(m.start, end);
    return { key: this.ctx.ents.ensure(name, "unnamed", name), end };
  }

  /** A body's own watchdog named after it ("the Justice Department's inspector general"): that office and where its words end. */
  private bodyOffice(m: Mention): { key: string; end: number } | null {
    const { text, ents } = this.ctx;
    const office = BODY_OFFICE_AFTER.exec(text.slice(m.end, m.end + 40));
    if (!office || !BODY_KINDS.has(ents.kindOf(m.entityKey))) return null;
    // (The person holding it, named right after: "the Justice Department's Inspector General Michael Horowitz".)
    const holder = ents.mentions.find((x) => x.start > m.end && x.start <= m.end + office[0].length + 1 && ents.kindOf(x.entityKey) === "person");
    if (holder) return { key: holder.entityKey, end: holder.end };
    return { key: ents.ensure(`${ents.nameOf(m.entityKey)} ${office[1]!.toLowerCase().replace(/\s+/g, " ")}`, "institution"), end: m.end + office[0].length };
  }

  /**
   * "…, with Tesvar’s foreign minister accusing Orlenia of …": a participle's own subject, the name or description
   * between "with" (opening its clause) and the participle.
   */
  private subjectAfterWith(s: Sentence, ms: Mention[], cue: Cue, quotes: Span[]): { src: ClaimSource; start: number; end: number } | null {
    const { text } = this.ctx;
    const clause = text.slice(this.boundaryBefore(s, cue.start, quotes, true), cue.start);
    const w = /^(\s*with\s+)[^,;:“”"]+\s$/.exec(clause);
    if (!w) return null;
    const k = s.words.findLastIndex((x) => x.end <= cue.start);
    const start = cue.start - clause.length + w[1]!.length;
    const r = k >= 0 ? this.sourceEndingAt(s, ms, k, quotes) : null;
    if (r) return r.start === start ? r : null;
    // ("with Tesvar’s foreign minister accusing": someone described by whose they are, as at a clause's start.)
    const phrase = text.slice(start, s.words[k]!.end);
    if (!OWNED_PERSON.test(phrase) || !DESCRIPTION_KINDS[s.words[k]!.lower]?.includes("person")) return null;
    return this.unnamedSource(phrase, phrase, start, start + phrase.length);
  }

  /** Another attribution of blame (or of `cls`) in the segment, after `a`'s verb and with `a`'s speaker, or null. */
  private sameSpeakerCharge(seg: Span, a: Attribution, cls: CueClass = "blame"): Attribution | null {
    const atts = this.sentenceAtts.atts;
    // (A verb of its own: after a comma or "and"/"while", not an infinitive inside what is said: "it would be wrong to
    // criticize the council".)
    return atts.find((b) => b !== a && b.cls === cls && b.cue.start > a.cue.end && b.cue.end <= seg.end && b.source.entityKey === a.source.entityKey &&
      SECOND_VERB_LEAD.test(this.ctx.text.slice(Math.max(a.cue.end, b.cue.start - 40), b.cue.start))) ?? null;
  }

  /**
   * Blamed parties the words name by a pronoun or a description ("called for his resignation", "called her answer
   * evasive", "scolded the agency"): the entity they refer to, read as a source's would be; never the claim's own
   * source ("Kristol called for his resignation" is not Kristol's).
   */
  private resolveBlamed(blamed: ExtractedClaim["blamed"], s: Sentence, a: Attribution): ExtractedClaim["blamed"] {
    if (blamed.every((b) => b.entityKey !== null)) return blamed;
    const { ents, discourse } = this.ctx;
    // Who the words before the verb name, but the speaker and their description ("Mitt Romney and other Republicans",
    // "Ann Holt of the Federal Election Commission criticized the agency") and a name that only says whose body
    // someone is in ("Obama campaign aide Robert Gibbs").
    const before = (ents.bySentence[s.index] ?? []).filter(
      (m) => m.end <= a.cue.start && m.entityKey !== a.source.entityKey && (m.end <= a.sourceStart || (m.start >= a.sourceEnd && a.cue.start < a.sourceStart)) && !discourse.modifiesBody(m),
    );
    let selfBlamed = false;
    const referent = (phrase: string): string | null => {
      // "accused it of trying to bribe a congressman": the body named before, or one that spoke just before.
      if (/^it$/i.test(phrase)) return discourse.resolvePronoun("it", before, false, s.index);
      const pronoun = PRONOUN_BLAMED.exec(phrase) ?? SUBJECT_PRONOUN_BLAMED.exec(phrase);
      if (pronoun) {
        const he = /^h(?:im|is|e)$/i.test(pronoun[1]!) ? "he" : "she";
        // "blamed his own decision": the speaker's. "called his earlier decision a mistake", when the speaker may be
        // "he": the speaker's or another's, so only someone named in the sentence ("Speaking about Santorum's
        // remarks, … Gibbs called his rhetoric …"). "called for his resignation": someone named lately, not the speaker.
        if (/\sown\s/.test(phrase)) return a.source.entityKey;
        // "Holt said he was to blame": "he" opening what is said is the speaker, when no one else who may be "he" is
        // named before the verb.
        // (Only who is at fault, not who does harm: "Reyes said he was ruining the city" is someone else; nor when someone
        // else who may be "he" was named in the sentence before.)
        if (
          SUBJECT_PRONOUN_BLAMED.test(phrase) &&
          SELF_AT_FAULT_AFTER_CUE.test(this.ctx.text.slice(a.cue.end, a.cue.end + 60)) &&
          discourse.mayBe(a.source.entityKey, he) &&
          !before.some((m) => discourse.mayBe(m.entityKey, he)) &&
          !(this.ctx.ents.bySentence[s.index - 1] ?? []).some((m) => m.entityKey !== a.source.entityKey && discourse.mayBe(m.entityKey, he))
        ) {
          selfBlamed = true;
          return a.source.entityKey;
        }
        const ownable = pronoun[2] !== undefined && discourse.mayBe(a.source.entityKey, he);
        return discourse.resolveObjectPronoun(he, before, a.source.entityKey, s.index, ownable ? 0 : 6);
      }
      const words = phrase.split(/\s+/);
      const noun = words.at(-1)!.toLowerCase();
      // ("the civil rights group"; not "his Republican colleagues", people of someone's.)
      if (words.length > 3 || !DESCRIPTION_KINDS[noun] || /^(?:his|her|their|its)$/i.test(words[0]!)) return null;
      return discourse.resolveDescription(noun, before, words.slice(0, -1), true);
    };
    return blamed.map((b) => {
      if (b.entityKey !== null) return b;
      const key = referent(b.text);
      return key && (key !== a.source.entityKey || /\sown\s/.test(b.text) || selfBlamed) ? { text: b.text, entityKey: key } : b;
    });
  }

  private build(s: Sentence, seg: Span, a: Attribution | null, quotes: Span[], families: Families): ExtractedClaim {
    const { text, ents } = this.ctx;
    const exact = text.slice(seg.start, seg.end);
    const localQuotes = quotes
      .filter((q) => q.end > seg.start && q.start < seg.end)
      .map((q) => ({ start: Math.max(0, q.start - seg.start), end: Math.min(exact.length, q.end - seg.start) }));
    const hedges = findHedges(exact, localQuotes, families);
    let kind: ExtractedClaim["kind"];
    let content = exact;
    let source: ClaimSource | null = null;
    let cue: string | null = null;
    let quote: QuoteType = "none";
    let blamed: ExtractedClaim["blamed"] = [];
    if (a) {
      source = a.source;
      cue = a.cueText;
      content = contentOf(text, seg, a, quotes);
      // "He has pleaded not guilty.", "Holt denied.", "She apologised.": a denial or an apology whose verb is all it
      // says claims the whole span (which quotes no words of theirs).
      const bare = (a.cls === "denial" || /^apologi[sz]/i.test(a.cueText)) && (!/\p{L}/u.test(content) || /^\W*(?:while|and|but|as|after|before|when|since)\W*$/i.test(content));
      if (bare) content = exact.trim();
      // "Tom Holt, who said the mayor lied, spoke on Monday": what the "who" clause says ends with the clause.
      if (a.sourceEnd < a.cue.start && /^,\s+who\s+(?:(?:has|had|have)\s+)?(?:\p{Ll}+ly\s+|first\s+|later\s+|also\s+|long\s+|since\s+)?$/u.test(text.slice(a.sourceEnd, a.cue.start))) content = withinWhoAside(content);
      // (A body's figures, "Trading Standards figures show", are reported as figures are, whoever keeps them.)
      const sk: EntityKind = FIGURES_OF.test(a.source.text) ? "unnamed" : ents.kindOf(a.source.entityKey);
      // (A finding by someone named by surname keeps the role given them before: "Judge Ann Holt … Holt found".)
      // (Or one named by nothing but a title: "The Auditor-General's 2034 report … found".)
      const titleOnly = a.cls === "finding" && ROLE_HEADS.has(ents.nameOf(a.source.entityKey).toLowerCase()) ? ents.nameOf(a.source.entityKey) : null;
      const role = a.source.role ?? (a.cls === "finding" && sk === "person" ? this.earlierRole(a.source.entityKey, a.sourceStart) : null) ?? titleOnly;
      // (One person the article does not name, "an unseen announcer", "a young man", concludes as a person does.)
      // (People left unnamed, "two aides familiar with the talks", "a longtime friend", speak as unnamed sources do.)
      const unnamedName = sk === "unnamed" ? ents.nameOf(a.source.entityKey) : "";
      // (Not what their papers say: "according to the documents", which the article credits to prosecutors.)
      const kindAs = onePersonDescribed(unnamedName) ? "person" : sk === "unnamed" && unnamedPeople(unnamedName) && unnamedPeople(a.source.text) ? "anonymous" : sk;
      kind = attributedKind(a.cls, kindAs, content, cue, role, (o) => this.isSomeone(o));
      // "a claim the White House dismissed as “fake news”", "a report the department called “false”": something said,
      // named before its speaker as the object of a relative clause, dismissed or called untrue.
      if (kind === "statement" && a.sourceStart < a.cue.start && SAID_THING_RELATIVE.test(text.slice(Math.max(s.start, a.sourceStart - 40), a.sourceStart)) && /^(?:dismiss|call)/i.test(cue) && callsUntrue(content.replace(/^\s*as\s+/, ""))) kind = "denial";
      // "according to the Lake Erie Taxpayers Council", "according to the group": what a body is credited with by
      // name is what it says (not its papers or another's work on them: "according to FEC filings", "according to
      // an analysis by the institute", "according to records reviewed by …"), nor a report of one "which first reported" it.
      if (kind === "report" && sk === "organization" && (cue === "according to" || cue === "per") && /^\s+(?:the\s+)?$/.test(text.slice(a.cue.end, a.sourceStart)) && BODY_CREDITED.test(a.source.text) && !/^(?:\s+\p{Ll}|,\s+which\s+(?:first\s+)?reported\b)/u.test(text.slice(a.sourceEnd, a.sourceEnd + 30))) kind = "statement";
      // What a poll, survey or study shows is its finding ("according to a Fox News poll", "Polls show").
      // (Not people named by what they know: "a person familiar with the review said".)
      // (And what a report or memo says, named as one: "The staff report estimated", "It warned" of it.)
      // (Not a report of no one known, "according to a report", which may be news.)
      // (But "the report" the article has spoken of is one, whoever wrote it: "The report notes that …".)
      const named = DOCUMENT_SPEAKING.test(a.source.text) && (ents.nameOf(a.source.entityKey) !== "unnamed reports" || /^(?:the|this|that)\s/i.test(a.source.text));
      if (named) this.documentSpoke = { key: a.source.entityKey, sentence: s.index };
      const goesOn = /^it$/i.test(a.source.text) && this.documentSpoke?.key === a.source.entityKey && s.index - this.documentSpoke.sentence <= 2;
      // ("The Treasury's latest report found": a body's own report, by its owner's name.)
      // (Not a newspaper's own, by the word its name ends in: "The Herald's report said" is a report.)
      const ownedReport = OWNED_REPORT.exec(a.source.text);
      const document = sk !== "person" && sk !== "outlet" && (named || goesOn || (ownedReport !== null && !OUTLET_NAME_WORDS.has(ownedReport[1]!.toLowerCase())) || ITS_REPORT.test(a.source.text) || (sk === "unnamed" && NAMED_DOCUMENT.test(ents.nameOf(a.source.entityKey))));
      // (And a study named with its author: "A 2024 study by the Harbour Institute estimated", "A report published in
      // March by the IOM estimated", "A study in the journal Poultry Science Reports found" (not a news outlet's).)
      // (Tested last, and only where it could matter: most claims are no report or statement of a body.)
      // (A person's own report too, with what it found: "A report by electrical engineer Dr Mei-Ling Okoro, tendered by the
      // commission, found".)
      const personsReport = () => sk === "person" && FINDING_CUES.has((cue ?? "").toLowerCase()) && PERSONS_REPORT_BEFORE.test(text.slice(Math.max(s.start, a.sourceStart - 80), a.sourceStart));
      const studyBy = () => (sk !== "outlet" && sk !== "person" && (STUDY_BY_BEFORE.test(text.slice(Math.max(s.start, a.sourceStart - 80), a.sourceStart)) || STUDY_BY_IN_SOURCE.test(a.source.text))) || personsReport();
      const study = () => (STUDY_SOURCE.test(a.source.text) && sk !== "anonymous") || STUDY_AFTER.test(text.slice(a.sourceEnd, a.sourceEnd + 12)) || document || studyBy();
      // …and what a body says through a review it issued ("the Pentagon issued a report Tuesday claiming …").
      // (An institution's: a party committee's "study" is its argument.)
      const review = sk === "institution" && a.cue.start > a.sourceEnd && REVIEW_ISSUED.test(text.slice(a.sourceEnd, a.cue.start));
      // …and what figures, records or documents show ("Documents seen by this newspaper show", "Figures compiled by the
      // council show": the council's finding).
      // (Not news, "Reports show", "A Guardian story shows", nor what a lawsuit or indictment alleges.)
      const evidenceNoun = headNoun(a.source.text).toLowerCase();
      const evidence = sk !== "outlet" && EVIDENCE_VERBS.has(cue.toLowerCase()) && !NOT_EVIDENCE.has(evidenceNoun) &&
        (EVIDENCE_NOUNS.has(evidenceNoun) || ISSUED_EVIDENCE_BY.test(text.slice(Math.max(s.start, a.sourceStart - 90), a.sourceStart)));
      if ((kind === "report" || kind === "statement") && (review || evidence || study())) kind = "finding";
      // "according to the report", "according to minutes of its meetings", "according to state figures": what a document
      // or record holds is a finding (not a news outlet's report, nor "according to reports", unnamed news).
      else if (kind === "report" && ACCORDING_TO.has(cue) && sk !== "outlet" && CREDITED_RECORD.test(a.source.text) && !/^reports$/i.test(headNoun(a.source.text))) kind = "finding";
      quote = bare || / guilty$/i.test(cue) ? "none" : quoteType(text, content, seg, quotes, a);
      // "President Obama is actually damaging Medicare": a person or body charged with doing harm is blamed.
      const harming = kind === "statement" ? harmCharged(content, cue) : null;
      if (harming && (harming.office || /^(?:he|she|they)$/i.test(harming.who) || (harming.misdeed === true && /^\p{Lu}/u.test(harming.who) && !/^(?:I|We)$/.test(harming.who)) || speaksByNameIn(this.ctx.ents, harming.who, harming.war))) kind = "blame";
      // "Holt urged members to pass the budget, mocking them for their delays": a verb of blame of the same speaker
      // later in the claim charges someone, though the first verb only asks.
      const charge = kind === "statement" ? this.sameSpeakerCharge(seg, a) : null;
      if (charge) kind = "blame";
      // "issued a statement saying the group would meet and denying that it had dropped its opposition": a denial too.
      else if (kind === "statement" && this.sameSpeakerCharge(seg, a, "denial")) kind = "denial";
      // "… beset with allegations of racism …. Tea Party groups say there is no racism within the movement."
      else if (kind === "statement" && answersCharge(content, text.slice(Math.max(0, seg.start - 400), seg.start), ents.nameOf(a.source.entityKey))) kind = "denial";
      // "Obama forcefully defended the programs, saying Congress was fully briefed": a defence answers an attack.
      else if (kind === "statement" && this.defends(a, content)) kind = "denial";
      // "“…,” Santorum told host Bob Schieffer, denying what some have said was a signal": a denial after the tag.
      else if (kind === "statement" && a.cue.end <= seg.end && DENYING_AFTER.test(text.slice(a.cue.end, seg.end))) kind = "denial";
      // "Holt criticized the mayor, saying the plan was unfair": the participle says why the main verb charges.
      const charged = kind === "statement" && !charge ? this.chargedInMainClause(a) : null;
      if (charged) kind = "blame";
      // (Whom the harm was charged to is known already: blamedPhrase would find it again first.)
      if (kind === "blame") {
        const antecedent = reproachedByAgent(text, a) ? null : relativeObjectBefore(text, s, a);
        blamed = reproachedByAgent(text, a) ? chargedParties(ownerOfThing(passiveSubject(text, seg, a)), ents)
          : antecedent ? chargedParties(antecedent, ents)
          : charge ? blamedOf(contentOf(text, seg, charge, quotes), charge, ents)
          : harming ? blamedList(harming.who, ents)
          : charged ? chargedParties(charged, ents)
          : blamedOf(content, a, ents);
        blamed = this.resolveBlamed(blamed, s, a);
      }
      const sourceKind = ents.kindOf(a.source.entityKey);
      if (kind === "report" && (sourceKind === "outlet" || (sourceKind === "unnamed" && NEWS_GROUP.test(ents.nameOf(a.source.entityKey))))) {
        // (Only the last 25 sentences' reporters are ever asked for.)
        while (this.reporters.length && s.index - this.reporters[0]!.sentence > 25) this.reporters.shift();
        this.reporters.push({ key: a.source.entityKey, sentence: s.index, end: seg.end });
      }
    } else {
      kind = ownVoiceKind(exact);
    }
    return {
      section: s.section,
      start: seg.start,
      end: seg.end,
      exact,
      kind,
      source,
      cue,
      content,
      quote,
      hedged: hedges.length > 0,
      hedges,
      blamed,
      checkWorthiness: checkWorthiness(kind, exact, hedges.length > 0, families),
    };
  }
}

const DASH = /[—–]/;
/**
 * "letter to Senate Majority Leader ", "comments in a ": a word, a preposition, and a title or article before a name;
 * or a message to people ("e-mail to other agency ", group 3), whose participle is its sender's ("… officials warning
 * them"), not "gave the floor to several residents accusing …".
 */
const PARTICIPLE_OBJECT_BEFORE = /\b(\p{L}+)\s+(?:in|on|at|during|to)\s+(?:an?\s+|the\s+)?(?:(\p{Lu}[\p{L}.’'-]*)\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$|\b((?:e-?mail|letter|memo|message|note|cable|text|tweet)s?)\s+to\s+(?:(?:other|several|some|fellow|senior|top|agency|party|state|city|company|the|his|her|their)\s+){0,3}$/u;
/** Verbs (and their tenses) before a preposition whose object a participle may describe: "listened to", "looked at". */
const VERB_BEFORE_PREPOSITION = /^(?:\p{Ll}+ed|listen|listens|listening|look|looks|looking|point|points|pointing|turn|turns|turning|talk|talks|talking|spoke|speak|speaks|speaking|went|go|goes|came|come|comes|stood|sat)$/u;
/** An auxiliary in the two words before a participle ("was just announced", "was again reported"): a passive verb. */
const AUXILIARY_BEFORE = new RegExp(String.raw`\b(?:${AUXILIARIES}|be|been|being|get|gets|got)\s+(?:\p{Ll}+\s+)?$`, "u");
/** A noun ending a phrase, right before a participle: " growth rate ", " the plan "; not an auxiliary or an adverb. */
const NOUN_BEFORE_PARTICIPLE = new RegExp(String.raw`\s(?!(?:${AUXILIARIES}|be|been|being|get|got|first|later|also|then|once|since|and|or|but|not|never|as|that|which|who)\s)\p{Ll}[\p{Ll}-]*(?<!ly)\s$`, "u");
const REDUCED_RELATIVE_BEFORE = /\p{L},\s(?!as\s)(?:\p{Ll}+\s){0,3}$/u;
const REDUCED_RELATIVE_AFTER = /^ by (?:the )?(?:\p{Lu}[\p{L}.’'\-]*\s?){1,4},\s\p{Ll}/u;
const AS_OPENER = /^(?:Just )?As /;
/** What may follow the verb of an "As X reported …," opener: a few words of time, place or manner, no clause. */
const AS_CUE_TAIL = new RegExp(
  String.raw`^(?:\s(?:on|in|at|last|this|earlier|recently|yesterday|today|previously|first|also|once|${WEEKDAYS})\b(?:\s[\p{L}\d'’.\-]+){0,3})?$`,
  "u",
);
/**
 * Between a subordinator and a speaker, what shows the subordinator opens no clause of that speaker's: punctuation,
 * a number or an infinitive ("since 2009 to explain the authority they say they have").
 */
const NOT_CLAUSE_LEAD = /[,;:“”"\d]|\bto\s/;
/** What may follow a postposed attribution to the end of its sentence: "on Friday", "in an interview." */
const POSTPOSED_TAIL = /^(?:\s[\p{L}\d’'.\-]+){0,4}[.!?”"]*\s*$/u;
/** ", who said", ", who unabashedly calls": a relative clause opened by its verb of saying. */
const RELATIVE_SPEECH = /, (?:who|which) (?:(?:also|later|has|have|had|once|\p{Ll}+ly) ){0,2}$/u;
/** A restrictive relative clause's verb: "The official who first disclosed". */
const RELATIVE_RESTRICTIVE = /[^,]\s(?:who|that) (?:(?:also|later|first|once|has|have|had|\p{Ll}+ly) ){0,2}$/u;
// (A past tense of its own too: "A bus driver, Kunle Adebayo, who said he had waited nine hours, told our correspondent".)
const MAIN_CLAUSE_RESUMES = new RegExp(String.raw`,[”"]? (?:(?:${AUXILIARIES})\b|\p{Ll}+ed\b|(?:told|said|wrote|spoke|gave|took|made|went|came|found|thought|knew|saw|left|sent|brought|kept|held|won|lost|ran|began|led|paid|met|stood|became|drove|fell|spent|sold|bought|felt|heard)\b)`, "u");
/** The comma closing a relative clause, then the main verb's lead: ", said", ",” also said", ", continued to allege". */
const RELATIVE_ASIDE_CLOSE = new RegExp(String.raw`,[”"]?\s(?:(?:also|then|later|\p{Ll}+ly)\s)?(?:(?:has|have|had)\s)?(?:(?:${GOING_ON})\sto\s)?$`, "u");
/** Not over a quotation's own speaker ("“…,” said Trump …, according to TIME"): quoted words are theirs. */
function quotesSpeaker(text: string, s: Sentence, a: Attribution): boolean {
  const start = Math.min(a.sourceStart, a.cue.start);
  const end = Math.max(a.sourceEnd, a.cue.end);
  return /[”"],?\s*$/.test(text.slice(Math.max(s.start, start - 3), start)) || /^[,:]?\s*[“"]/.test(text.slice(end, end + 3));
}

/** The attribution that a segment holds, its source inside it too if any is. */
function attributionIn(list: Attribution[], seg: Span): Attribution | undefined {
  return list.find((a) => a.cue.start >= seg.start && a.cue.end <= seg.end && a.sourceStart >= seg.start - 1 && a.sourceEnd <= seg.end + 1)
    ?? list.find((a) => a.cue.start >= seg.start && a.cue.end <= seg.end);
}

/** The attributions whose verb is at or after `from` (the main clause's start, or -1 for none), then the others. */
function mainClauseFirst(list: Attribution[], from: number): Attribution[] {
  return from < 0 ? list : [...list.filter((a) => a.cue.start >= from), ...list.filter((a) => a.cue.start < from)];
}

/** No verb of saying or showing, nor "that" or "and", among ws[from..to]. */
function noVerbOfItsOwn(ws: readonly Word[], from: number, to: number): boolean {
  return ws.slice(from, to + 1).every((x) => verbClass(x.lower) === null && !EVIDENCE_VERBS.has(x.lower) && x.lower !== "that" && x.lower !== "and");
}

/** "an unseen announcer", "a young man": one person, described, not a body, a group or a role. */
function onePersonDescribed(name: string): boolean {
  const head = name.slice(name.lastIndexOf(" ") + 1).toLowerCase();
  return /^(?:an?|one|another|the)\s/i.test(name) && ONE_PERSON_NOUNS.has(head);
}
/** A body credited by its name or a one-word description ("the Lake Erie Taxpayers Council", "the group"), not by its work ("an analysis by …", "data from …"). */
const BODY_CREDITED = /^(?:the\s+)?(?:\p{Lu}|\p{Ll}+$)/u;
/** A name for people by what they are, "two Republican aides", "three former employees", "a longtime friend", "eyewitnesses" (not "reports", "polls"). */
function unnamedPeople(name: string): boolean {
  const head = name.slice(name.lastIndexOf(" ") + 1).toLowerCase();
  return head === "people" || namesPeople(head) || isOneOfPeople(head) || UNNAMED_SOURCES[head]?.kind === "anonymous" || (DESCRIPTION_KINDS[head]?.includes("person") ?? false);
}
/** Whether `between` brings in someone else with the age `age` ("45-year-old"): "a 45-year-old man", "His daughter, 45,". */
function agedAgain(between: string, age: string): boolean {
  return new RegExp(String.raw`\b(?:a|an|the|his|her|their|one)\s+(?:[\p{L}\d-]+\s+){0,2}${age}\b|\b\p{Ll}+,\s${age.split("-")[0]},`, "iu").test(between);
}
/** Nouns for one person, not for a role that may rule or find ("a federal judge found", "an auditor found"). */
const ONE_PERSON_NOUNS = new Set("man woman person announcer narrator voice".split(" "));

/** A verb in a relative clause set off before a verb of the same speaker ("Holt, who called it …, said"). */
function inRelativeAsideOf(text: string, a: Attribution, atts: Attribution[]): boolean {
  const lead = text.slice(Math.max(0, a.cue.start - 40), a.cue.start);
  // "The official who first disclosed the problem denied …": a restrictive clause's verb, its object, then the main verb.
  if (RELATIVE_RESTRICTIVE.test(lead)) {
    // (Or a clause that runs on past commas to the main verb: "who first disclosed that …, and …, denied".)
    // (Not a second relative verb: "who first accused Kerr of lying and who later said".)
    return atts.some((b) => b.cue.start > a.cue.end && b.source.entityKey === a.source.entityKey && !/\bwho\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(Math.max(0, b.cue.start - 24), b.cue.start)) &&
      (!/[,;“”"]|\bthat\b/.test(text.slice(a.cue.end, b.cue.start)) || RELATIVE_ASIDE_CLOSE.test(text.slice(Math.max(0, b.cue.start - 60), b.cue.start))));
  }
  // "The mayor, who Ann Kerr has accused of lying, said …": a relative clause with a subject of its own, set off by
  // commas after the main verb's subject; the main verb says what the sentence claims.
  const aside = RELATIVE_ASIDE_OPENING.exec(text.slice(Math.max(0, a.cue.start - 80), a.cue.start));
  if (aside) {
    const open = a.cue.start - aside[0].length;
    const closesBefore = (b: Attribution) => /^[^,;“”"]*,\s+(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(a.cue.end, b.cue.start));
    if (atts.some((b) => b !== a && b.cue.start > a.cue.end && b.sourceEnd <= open && closesBefore(b))) return true;
  }
  if (!RELATIVE_SPEECH.test(lead)) return false;
  return atts.some((b) => b.cue.start > a.cue.end && b.source.entityKey === a.source.entityKey && RELATIVE_ASIDE_CLOSE.test(text.slice(Math.max(0, b.cue.start - 60), b.cue.start)));
}
/** The opening of a relative clause set off by a comma, up to a verb: ", who Ann Kerr has ", ", whom critics ". */
const RELATIVE_ASIDE_OPENING = /,\s+(?:who|whom|which|whose)\s+[^,;:“”"]{0,60}$/u;

/** How many times a mark occurs in a text. */
function count(text: string, mark: string): number {
  return text.split(mark).length - 1;
}

/**
 * Where the main clause starts after a fronted subordinate clause ("When Mr. Biden went after …, Mr. Ryan …"): just
 * after the first comma (and any closing quotation mark), or -1 when the sentence opens with no such clause.
 */
export function mainClauseStart(text: string, start: number, end: number): number {
  if (!opensWithFrontedClause(text, start)) return -1;
  const m = /,[”"’]?\s/.exec(text.slice(start, end));
  return m ? start + m.index + m[0].length : -1;
}

/** The sentence starting at `start` opens with a subordinate clause (tested in place: no slice of every sentence). */
function opensWithFrontedClause(text: string, start: number): boolean {
  FRONTED_CLAUSE_AT.lastIndex = start;
  return FRONTED_CLAUSE_AT.test(text);
}

const FRONTED_CLAUSE_AT = /(?:(?:But|And|So|Yet)\s+)?(?:[Ww]hen|[Aa]fter|[Bb]efore|[Oo]nce|[Ww]hile|[Ii]f|[Aa]lthough|[Tt]hough|[Ss]ince|[Bb]ecause)\b/y;
/** A relative clause set off by commas at the end of a text: ", who was raised on Social Security". */
const RELATIVE_BEFORE = /, (?:who|which|whose) [^,;:“”"]+$/;
/** Nouns for a body of people that speaks as one ("the business community", "the union"). */
const BODY_NOUNS = new Set(`community industry coalition union association alliance lobby caucus establishment
  leadership majority minority opposition administration government panel commission committee board council force family`.split(/\s+/));
const WITH_BEFORE = /, with (?:[\p{L}\-]+ ){0,3}$/u;
/** A verb right after a relative "that": an auxiliary or an inflected form ("that are pushing", "that backed"). */
const RELATIVE_VERB = new RegExp(String.raw`^(?:${AUXILIARIES}|\p{Ll}+(?:ed|es))$`, "u");
const NUMBER_WORDS = new Set(["one", "two", "three", "four", "five", "several", "many", "some", "another", "every", "each", "no", "those", "these"]);
/** Words for people who know, after "those" ("those familiar with", "those close to", "those briefed on"). */
const INFORMED = new Set(["familiar", "close", "briefed", "involved", "knowledgeable", "aware"]);
/** Nouns for unnamed people who know: "a person familiar with", "sources with knowledge of". */
const INFORMED_PEOPLE = new Set(["person", "people", "source", "sources", "someone", "official", "officials"]);
const WITH_KNOWLEDGE = /^\s+with\s+(?:\p{Ll}+\s+)?knowledge\s+of\b/u;
/** A name of people by what they know: "… familiar with …", "… with direct knowledge of …", "… who have seen …". */
const INFORMED_IN_NAME = new RegExp(String.raw`\s(?:${[...INFORMED].join("|")}|with\s+(?:\p{Ll}+\s+)?knowledge|who\s+(?:have|had))\s`, "u");
/** "people who have seen the letter", "a person who had read the draft": unnamed people named by what they saw. */
const WHO_HAVE_SEEN = /^\s+who\s+(?:have|had)\s+(?:seen|read|reviewed)\b/;
const BARE_PRONOUNS = new Set(["those", "these", "them", "others", "some", "many", "one"]);
const SPEAKING_KINDS = new Set(["person", "organization", "institution", "outlet"]);
/** "many customers", "some longtime residents": a quantifier and the plural noun it counts. */
const QUANTIFIED_GROUP = /\b(many|some)\s+(?:[a-z\-]+\s+)?([a-z]+(?:ers|ors|ists|ians|ants|ents|ees|ives|ans))\b/gi;
const BELIEVING_KINDS = new Set(["unnamed", "anonymous"]);
/** A clause after "think"/"thought": "that", or a subject ("it was", "the bill will", "Obama would"). */
const THOUGHT_CLAUSE = /^\s+(?:that\s|(?:the|a|an|this|these|those|his|her|their|its|he|she|it|they|there|we|I)\s|\p{Lu})/u;
/** People the article does not name whose view is news: "analysts", "many", "some", "officials". */
const VIEW_HOLDERS = new Set(
  "analysts experts observers critics strategists economists voters americans respondents pollsters officials insiders aides police investigators authorities prosecutors scientists researchers doctors many some others".split(" "),
);
const BODY_KINDS = new Set(["organization", "institution", "outlet"]);
/** Who may have written a draft or a copy of their own: "according to a draft shared with the Sentinel". */
const DRAFTER_KINDS = new Set(["person", "organization", "institution"]);
/** A word that describes a body: "company", "agency", "office", "newspaper". */
function describesBody(word: string): boolean {
  return DESCRIPTION_KINDS[word]?.some((x) => BODY_KINDS.has(x)) === true;
}
/** Whether the words between a document and "by" open with what it says, a "by" in its claim, not its author's: " blames a decision by FEMA". */
function saysBeforeBy(gap: string): boolean {
  return verbClass(/^,?\s*(?:also\s+)?(\p{L}+)/u.exec(gap)?.[1] ?? "") !== null;
}
/** A minister's fields, capitalised before a title: "Electricity and Energy Minister". */
const PORTFOLIOS = new Set("electricity energy health education finance defence defense justice transport trade environment agriculture interior labour labor culture science technology housing water mines mining tourism sport sports youth employment industry infrastructure communications home foreign police security fisheries forestry lands".split(" "));
/** A body's own pages, whose words are its: "the hotel's website", "the company's filings". */
const OWN_PAGES = new Set("website site page filing filings accounts prospectus".split(" "));
/** Words for a company by its trade, which may tag the clause its name opens ("…, the power utility said"). */
const COMPANY_WORDS = new Set("company firm utility operator airline carrier carmaker automaker drugmaker maker manufacturer retailer supermarket lender insurer developer broadcaster chain".split(" "));
/** Pieces of news and papers of a case, whose "shows" is no finding of a record ("Reports show", "The lawsuit shows"). */
const NOT_EVIDENCE = new Set("report reports story stories article articles op-ed editorial column piece broadcast interview tweet tweets post posts lawsuit suit complaint indictment petition".split(" "));
const STUDY_AFTER = /^\s(?:poll|polls|survey|study)\b/i;
/** Words between a study and "by" that make what follows no author: "was funded by", "is backed by", "seen by". */
const NOT_AUTHORING_WORDS = String.raw`(?:was|were|is|are|been|being|funded|paid|backed|sponsored|financed|criticised|criticized|disputed|rejected|cited|quoted|reviewed|seen|obtained)`;
/** Before a source, the study it wrote or published: "A 2024 study by the ", "an assessment by ", "a study in the journal ". */
const STUDY_BY_BEFORE = new RegExp(String.raw`^(?:[^.;“”"]{0,30}?\s)?(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\p{L}\d-]+\s+){0,3}(?:${[...STUDY_NOUNS].join("|")}|report|paper)\s+(?:(?!${NOT_AUTHORING_WORDS}\b)[\p{L}\d-]+\s+){0,4}?(?:by|in|from)\s+(?:researchers\s+(?:at|from)\s+)?(?:the\s+)?(?:journal\s+)?$`, "u");
/** A source named as the study its author wrote: "A report published in March by the International Organization for Migration". */
const STUDY_BY_IN_SOURCE = new RegExp(String.raw`^(?:[Aa]n?|[Tt]he)\s+(?:[\p{L}\d-]+\s+){0,3}(?:${[...STUDY_NOUNS].join("|")}|report|paper)\s+(?:(?!${NOT_AUTHORING_WORDS}\b)[\p{L}\d-]+\s+){0,4}?by\s+(?:the\s+)?\p{Lu}`, "u");
/** After an appositive claim's source, its verb: " refutes", " has since rejected", " did not back". */
const APPOSITIVE_VERB_AFTER = /^\s*((?:(?:has|have|had|did|does|do|would|will|could|also|since|repeatedly|not|never|\p{Ll}+ly)\s+)*)(\p{Ll}+)/u;
/** Someone described by whose they are: "Tesvar’s foreign minister", "the club's new manager". */
const OWNED_PERSON = /^(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}?[\p{L}.-]+['’]s?\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*$/u;
/** What may open a sentence before its subject's noun: a conjunction, a determiner, up to three modifiers. */
const SUBJECT_LEAD = /^[“"]?(?:(?:But|And|Yet)\s+)?(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+)?(?:[\p{Ll}\d][\p{L}\d’'-]*\s+){0,3}$/u;
/** A phrase of where, when or how opening the sentence, with its comma: "In its written reasons, ", "On Monday, ". */
const FRONTED_WHERE_OR_WHEN = /^(?:In|On|At|During|Later|Earlier|Separately|Meanwhile)\b[^,;:“”"]{0,60},\s+/;
/** When, closing an aside: " on Monday, ", " last week, ", " in March, ". */
const WHEN_CLOSING_ASIDE = /\s+(?:on\s+\p{Lu}\p{Ll}+|(?:last|this|earlier\s+this)\s+(?:week|month|year|\p{Lu}\p{Ll}+)|in\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?|in\s+\d{4})\s*,\s*$/u;
/** An aside of who put figures or a document out: ", released by …, ". */
const ISSUED_ASIDE = /^,\s+(?:\p{Ll}+ly\s+)?(?:compiled|prepared|published|released|issued)\s+by\s/u;
/** A passive aside set off by commas before a verb: ", led by retired Judge Harold Enwright, ", ", commissioned by the board and written by Ann Kerr, ". */
const PASSIVE_ASIDE_BEFORE = /,\s+(?:[^,;“”"]{0,80}?\band\s+)?(?:\p{Ll}+ly\s+)?(?:led|chaired|headed|commissioned|written|authored|compiled|prepared|published|released|run|funded|ordered|conducted|carried out|set up)\s+by\s+[^,;“”"]{1,100},\s+$/u;
/** Small words that join or govern, never describe someone: "and" of "said Holt and Reed". */
const LINKING_WORDS = new Set("and or but nor to of with in on at for from by as who that which the a an than".split(" "));
/** "museum figures", "Trading Standards figures": whose figures they are (group 1), as a described source's name gives it. */
const FIGURES_OF = /^([\p{L}’' ]{2,40}?)\s(?:figures|data|statistics)$/u;
/** A body's own figures by a pronoun: "its own performance data", "their figures" (group 1: the pronoun). */
const OWN_FIGURES = /^(its|their)\s+(?:own\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:figures|data|statistics|numbers|records)$/iu;
/** Words in a headline's description that say nothing of which body: "State" of "State health officials", "top". */
const HEADLINE_GENERIC = new Set([...JURISDICTIONS, "top", "senior", "former", "new", ...OWNERSHIP_WORDS]);
/** Words for a government below the nation's: "regional", "state", "provincial". */
const SUBNATIONAL = new Set("regional state local provincial municipal city county devolved territorial cantonal".split(" "));
/** A plural noun for people ending the text, with a count and up to two describing words: "roughly 30 House conservatives". */
const PEOPLE_BEFORE_COMMA = /(?:^|\s)((?:(?:roughly|about|some|nearly|almost|more than|at least|over)\s+(?=\d))?(?:\d[\d,]*\s+)?(?:(?!(?:The|A|An|This|These|Those|But|And)\s)\p{Lu}[\p{L}.'’-]*\s+){0,2}([\p{Ll}-]+s))$/u;
/** "evacuees staying in Winnipeg hotels ": a plural noun (group 1), then a participle and its few words. */
const PEOPLE_DOING_BEFORE = /(?<![\p{L}’'-])(\p{L}+s|\p{L}+men)\s(?:living|staying|working|waiting|sheltering|camped|camping|gathered|gathering|standing|visiting|attending|leaving|returning|queuing|queueing)\s(?:[\p{L}\d’'-]+\s){1,6}$/u;
/** A name's words, sorted, without "of", "the" and "for": one key for "Ministry of Health" and "Health Ministry". */
function nameWordsKey(name: string): string {
  return name.toLowerCase().split(/\s+/).filter((w) => !/^(?:of|the|for|and)$/.test(w)).sort().join(" ");
}
/** An item of a list of names, each perhaps with an age: "Chief Warrant Officer 2 Marcus Lyle, 29", "and Sergeant Ana Kettering, 27." */
const NAMED_LIST_ITEM = /^\s*(?:and\s+)?\p{Lu}[\p{L}.'’-]*(?:[\s,]+(?:\p{Lu}[\p{L}.'’-]*|\d{1,3}|of|the|and))*[.!]?\s*$/u;
/** People, then where they are, before a verb: "officials there ", "residents here " (group 1: the people). */
const PEOPLE_THERE_BEFORE = /\b(\p{L}+s)\s(?:there|here)\s$/u;
/** A phrase of when or how right before a verb: " at the time ", " in turn ". */
const WHEN_PHRASE_BEFORE = /\s(?:at the time|at first|in turn|in private|in public|in response|at the hearing|at the meeting)\s$/;
/** Party names used as adjectives: "its Republican sponsors", "Democratic aides". */
const PARTY_ADJECTIVES = new Set(["Republican", "Democratic", "GOP", "Conservative", "Labour", "Liberal"]);
/** A noun summing up the clause before, ending the text: "…, a measure " (before whoever describes it so). */
const SUMMING_NOUN_AT_END = new RegExp(String.raw`${SUMMING_NOUN_LEAD}$`, "u");
/** …with "that" and up to two words of its source after it: ", a conclusion that independent ". */
const SUMMED_UP_AT_END = new RegExp(String.raw`${SUMMING_NOUN_LEAD}(?:that\s|which\s)?(?:\p{Ll}+\s){0,2}$`, "u");
/** …and the second subject joined to the first: "…, a measure its sponsors described as a defense of free speech and ". */
const SUMMED_UP_JOINED_AT_END = new RegExp(String.raw`${SUMMING_NOUN_LEAD}[^,;:“”"]{1,160}\sand\s$`, "u");
/** A verb of naming right before "as": "described ", "labeled ", "characterized ". */
// (And a name someone goes by: "a food seller popularly known as Mama Ronke said".)
const NAMED_AS_BEFORE = /\b(?:described|labeled|labelled|characterized|characterised|portrayed|branded|dismissed|cast|denounced|hailed|praised|criticized|criticised|known|referred\s+to)\s*$/;
/** "at the center of", "at the centre of", "at the heart of": what a description is in the middle of. */
const CENTER_OF = /^at the (?:center|centre|heart) of\b/;
/** Whether a noun summing up the clause before, perhaps with "that", ends the text before `at` (", a shift ", ", a move that "). */
function summedUpBefore(text: string, from: number, at: number): boolean {
  const lead = text.slice(Math.max(from, at - 60), at);
  return lead.includes(", a") && SUMMING_NOUN_AT_END.test(lead.replace(/\b(?:that|which)\s$/, ""));
}
/**
 * Whether a summing noun sets off the phrase from `first` to `head` as a source of its own: people named by a plural
 * or a phrase with its determiner ("…, a step harbor pilots say", "…, a figure the union disputes"), not one person's
 * description the noun is part of ("…, a law professor said").
 */
function summedUpForPhrase(text: string, from: number, first: Word, head: Word): boolean {
  return (/[^s]s$/.test(head.lower) || isDeterminer(first.lower)) && summedUpBefore(text, from, first.start);
}
/** People who speak for the body whose name is before them: "the Nordhavn analysts", "Acme officials". */
const STAFF_OF_A_BODY = new Set("analysts economists strategists researchers scientists executives engineers".split(" "));
/** A document and who paid for or asked for it, right before its verb: "report commissioned by the " (group 1: the document's noun). */
const COMMISSIONED_BY_BEFORE = /\b(report|review|study|assessment|audit|analysis|survey|inquiry|investigation|evaluation)\s+(?:commissioned|ordered|requested|funded|sought)\s+(?:last\s+\p{Ll}+\s+|in\s+\d{4}\s+)?by\s+(?:the\s+)?$/u;
/** " of the U.S. District Court for the ": a person's body, then "for" or "of" before the name right before the verb. */
const PERSON_OF_A_COURT_OR_BODY = /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){1,6}(?:for|of)\s+(?:the\s+)?$/u;
/** A comma and up to three lower-case words before a name: ", climate scientist ", ", ". */
const NAME_AFTER_TAG_DESCRIPTION = /^,\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
/** What makes a summing noun a verb's subject, right after it: "by ", "from ", "issued by ", "read by ". */
// (Nor one whose own clause goes on to another's words: "a finding that came months after the regulator said".)
const NOUN_WITH_AGENT = /^(?:by|from|of|issued|released|read|published|prepared|written|drawn)\b|\b(?:after|before|when|while|because|since|until)\s/;
/** A person's description set off by commas, before the name of what it names: ", president of the local fishers’ association, ". */
const PERSON_DESCRIBED_THEN_BODY = /^,\s+(?:the\s+|a\s+|an\s+)?\p{Ll}[^,;:“”"]{2,80}\s(?:of|at|for|with)\s[^,;:“”"]{2,60},\s+$/u;
/**
 * People around someone opening the sentence before its verb, perhaps with an aside: "Two aides to the president, who
 * spoke on condition of anonymity, ", "An adviser to Mayor Ann Holt " (group 1: the people and whom they are around).
 */
const PEOPLE_TO_SOMEONE_BEFORE = /^(?:(?:But|And|Yet|Still),?\s+)?((?:(?:An?|One|Two|Three|Four|Five|Several|Some|Many|\d+|an?|one|two|three|four|five|several|some|many|senior|top|former|close|longtime|Senior|Top|Former|Close|Longtime)\s+){0,2}(?:aides?|Aides?|advisers?|Advisers?|advisors?|Advisors?|staffers?|Staffers?|confidants?|Confidants?|lieutenants?|loyalists?)\s+(?:to|of)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}(?!(?:has|have|had|also|later)\b)[\p{L}.’'-]+)(?:,\s+[^,;:“”"]{1,160},)?\s+(?:(?:has|have|had|also|later)\s+)*$/u;
/** "people close to …", "allies of …": a group named by the person they are around. */
const PEOPLE_AROUND = /^(?:(?:some|several|two|three|many)\s+)?(?:people|those|sources|allies|friends|aides|associates|insiders|confidants|supporters|relatives)\s+(?:close\s+to|around|near|of|to)\s/iu;

/** Last words of a body's name that say what kind of body it is ("Pemberton University", "Tertiary Staff Union"). */
const BODY_KIND_NAME_WORDS = new Set(["university", "college", "council", "ministry", "department", "agency", "hospital", "school", "district", "union", "club", "police", "court", "commission", "party"]);

/** " by local media that", " by The Herald that": who reported or alleged it, after "It was reported" (group 1). */
const PASSIVE_IT_AGENT = /^\s+by\s+(?:the\s+)?((?:[\p{L}’'.-]+\s+){0,7}?[\p{L}’'.-]+)(?:,\s+((?:[\p{L}’'.-]+\s+){0,5}?[\p{L}’'.-]+),)?(?=\s+(?:that|on|in|last)\b)/u;
/** Why a source is not named, ending the sentence after it: ", who asked not to be named because …." */
const UNNAMED_WHY_TAIL = /^,\s+who\s+(?:asked|requested|spoke|declined|did\s+not\s+want|were\s+not|was\s+not|are\s+not|is\s+not)\b[^;“”"]{0,140}[.!]?$/u;
/** A determiner and up to three lower-case words before a name (group 1: the last word): "The watchdog group ". */
const DESCRIPTION_BEFORE_NAME = /^(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+$/u;
/** Whether a word before a name describes it: a body's or a person's ("group", "pollster", "pianist"). */
function describesBeforeName(word: string): boolean {
  return DESCRIPTION_KINDS[word] !== undefined || OCCUPATIONS.has(word) || ROLE_HEADS.has(word);
}
/**
 * A group of people and who they are, opening a clause, up to its verb in the past or its auxiliary (group 1): "A group
 * of hapū from the eastern settlements " of "… boycotted", "A coalition of civil rights groups " of "… filed".
 */
// (The verb in the past has its object or a preposition after it, "boycotted the ceremony", "sued over …", unlike a
// participle describing the people, "newly elected lawmakers"; and it never follows an adverb, a conjunction or a relative
// pronoun.)
const GROUP_OF = /^((?:[Aa]n?|[Tt]he)\s+(?:(?:small|large|growing|loose|broad)\s+)?(?:group|coalition|handful|alliance|delegation|collective|network)\s+of\s+(?:[\p{L}’'-]+\s+){0,6}?(?![\p{L}’'-]*ly\s|(?:and|or|who|that|which)\s)[\p{L}’'-]+\s+)(?=\p{Ll}+ed\s+(?:a|an|the|their|his|her|its|to|on|in|at|for|with|against|over|that|this|an?)\b|(?:has|have|had|were|are|will|would)\b)/u;
/** ", a move ", ", a step ", ", a shift that ": a noun that sums up the clause before it, opening an aside. */
const SUMMED_UP = new RegExp(String.raw`${SUMMING_NOUN_LEAD}(?:that\s|which\s)?`, "gu");
/** How a document came out, set off by commas before a verb: ", obtained by the Herald under … laws, ", ", released in November, ". */
/** A body's own watchdogs, offices of their own: "inspector general", "internal watchdog". */
const BODY_OFFICES = String.raw`inspector\s+general|internal\s+watchdog|auditor\s+general|ombudsman`;
/** …ending right before a verb: "'s inspector general " of "The Justice Department's inspector general said". */
const OFFICE_OF_BODY_BEFORE = new RegExp(String.raw`['’]s\s+(?:${BODY_OFFICES})\s*(?:(?:also|later|then|has|had|have)\s+)?$`, "i");
/** A body's own watchdog after its name: "'s inspector general", "’s internal watchdog" (group 1). */
const BODY_OFFICE_AFTER = new RegExp(String.raw`^['’]s\s+(${BODY_OFFICES})\b`, "i");
/** A part of a document opening the sentence, up to the document's noun: "A draft of the ", "Copies of the " (group 1). */
const PART_OF_DOCUMENT_LEAD = /^[“"]?(?:(?:But|And)\s+)?((?:(?:[Aa]n?|[Tt]he)\s+)?(?:\p{Ll}+\s+)?(?:draft|drafts|copy|copies|version|summary|portion|portions|excerpt|excerpts|section|page|pages)\s+of\s+(?:the|a|an|its|his|her|their)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2})$/u;
/** Where or when opening a sentence, set off by a comma: "In Memphis, ", "Back in Ohio, ", "Earlier this week, ". */
// (Or a place described: "Outside the council chambers, a student who uses the scooters … said".)
const FRONTED_PLACE_OR_TIME = /^(?:(?:In|At|Near|Outside|Across|Around|Back\s+in|Elsewhere\s+in)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}|(?:Outside|Inside|At|In)\s+the\s+(?:\p{Ll}+\s+){0,2}(?:chambers?|hall|building|court(?:house)?|rally|meeting|station|hospital|school|gates?|lobby|entrance|scene|site|vigil|protest|market)|Earlier\s+this\s+(?:week|month|year)|Meanwhile|Elsewhere|Nearby),\s/u;
/** Words that make a role before a name no subject's: "joined by her husband", "The award went to the club's chair". */
const NOT_A_SUBJECT_ROLE = /\b(?:by|to|at|with|among|were|was|is|are|went|joined|flanked|including|for|from|beside|alongside|met|thanked|praised)\b/i;
/** " to be", " to have": "said" of something said of it, by no one ("a company said to be owned by …"). */
const SAID_TO_VERB_AFTER = /^\s+to\s+(?:be|have|own|belong|contain|involve|include|lie|live|work|come|stem|date|number|total|run|hold|show|represent|cost|weigh|control)\b/;
/** What a body, and not a corpse, does in words: "said", "admits", "disputes", "calls" (not "told": "The body told investigators little"). */
const BODY_SPEECH_VERBS = /^(?:said|says|say|added|adds|announced|announces|stated|states|admitted|admits|acknowledged|acknowledges|ruled|rules|disputed|disputes|called|calls|denied|denies|rejected|rejects|warned|warns|insisted|insists|argued|argues|urged|urges|accused|accuses|blamed|blames|criticised|criticises|criticized|criticizes|confirmed|confirms|concluded|concludes|wrote|writes|replied|responded)$/i;
/** " and Oregon's other senator, Democrat " before a second name: "and", whose post it is, the post, a comma, a party or title. */
const OWNED_ROLE_JOINED_BEFORE = /\s+and\s+\p{Lu}[\p{L}.-]*['’]s\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+(?:(?:Democrat|Republican|Independent|Labour|Conservative|Sen\.|Senator|Rep\.|Representative|Gov\.|Governor|Mayor|Dr\.|Mr\.|Ms\.|Mrs\.)\s+)?$/u;
/** ", and its head coach, " before a second name: "and", the second's role in lower case, a comma. */
const ROLE_ASIDE_JOINED_BEFORE = /,\s+and\s+(?:(?:its|his|her|their|the)\s+)?(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s+$/u;
/** A relative clause with a verb of its own, running up to a name: "whose land adjoins ", "who met with ". */
const RELATIVE_CLAUSE_BEFORE = /\b(?:who|whose\s+\p{Ll}+)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+(?:s|ed))\s+(?:[\p{Ll}-]+\s+){0,3}(?:the\s+)?$/u;
/** " of Hartford, " between a company's name and its verb (group 1: the place). */
const COMPANY_OF_PLACE_BEFORE = /\s+of\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?),?\s+$/u;
/** What a document does when it finds something, as a pattern's alternatives: "found", "concluded", "estimated". */
const DOCUMENT_FINDING_VERBS = "found|finds|concluded|concludes|determined|estimated|estimates|recommended|recommends";
/** ", which found", ", which also concluded": a relative clause of what a document finds. */
const WHICH_FINDS_AFTER = new RegExp(String.raw`^,\s+which\s+(?:also\s+)?(?:${DOCUMENT_FINDING_VERBS}|showed|shows|identified|identifies)\b`);
/**
 * A body's document and what it is on, right before a comma: "Auditor-General's latest report on the city" (group 1: up to
 * the owner's name; group 2: the possessive and the document).
 */
const OWNERS_DOCUMENT_BEFORE = /(\p{Lu}[\p{L}.-]*)(['’]s\s+(?:[\p{Ll}\d-]+\s+){0,2}(?:report|audit|review|study|investigation|inquiry|analysis|survey|assessment))(?:\s+(?:on|into|of|about|for)\s+[^,;:“”"]{1,50})?$/u;
/** A name and its comma right before a description set off after it: "Laura Chen, ". */
const NAME_THEN_COMMA_BEFORE = /\p{Lu}[\p{L}.'’-]*,\s*$/u;
/** How far back a person brought in without a name may be the one an age or a past post describes: two paragraphs or so. */
const BROUGHT_IN_REACH = 400;
/** After a place, a body of it in lower case that ends the phrase: " health department", " city council", " police". */
const PLACES_BODY_AFTER = /^ (?:[\p{Ll}-]+ )?(?:department|ministry|police|council|agency|authority|directorate|commission|board|secretariat)(?![\p{L}-]| (?:[\p{Ll}-]+ )?(?:officials?|officers?|spokes\w+|staff|workers|employees|members|chief|head|director|minister|secretary|commissioner|union|federation|association|store|stores|chain|report|data|figures|exams?)\b)/u;
/**
 * A document and who has seen it, ending before that holder's name: "the assessment reviewed by ", "a report dated Oct.
 * 3 and obtained by " (group 1: up to the noun); or where it was laid before others, "a report tabled in ".
 */
const HELD_BY_BEFORE = /(\p{L}+)\s+(?:(?:dated|released|published|issued)\s+[^,;“”"]{1,30}?,?\s+and\s+)?(?:(?:(?:first\s+)?reported|obtained|reviewed|seen|viewed|examined)\s+by|(?:tabled|presented|laid|submitted|lodged)\s+(?:in|before|to|with))\s+(?:the\s+|The\s+)?$/u;
/**
 * A document opening the sentence, then who ran, obtained or reviewed it, up to its verb (group 1: up to the document's
 * noun): "An internal poll" + " conducted for the campaign in June, and first reported by The Courier, "; with no
 * comma before "show" ("But figures released under the Freedom of Information Act show").
 */
const DOCUMENT_OPENING = String.raw`^[“"]?(?:(?:But|And)\s+)?((?:(?:[Aa]n?|[Tt]he|\p{Lu}[\p{L}.’'-]*)\s+)?(?:[\p{L}.’'-]+\s+){0,4}?(?:[Pp]olls?|[Ss]urveys?|[Rr]ecords|[Dd]ocuments|[Ee]-?mails|[Mm]emos?|[Ss]tudy|[Aa]udit|[Aa]ssessment|[Aa]nalysis|[Ff]igures|[Dd]ata)),?\s+(?:${DOCUMENT_ASIDE_PARTICIPLES})\s[^;:“”"]{1,180}?`;
const DOCUMENT_OPENING_BEFORE = new RegExp(String.raw`${DOCUMENT_OPENING}(?:,\s+|\s+(?:had|has|have)\s+)$`, "u");
const DOCUMENT_OPENING_BEFORE_SHOW = new RegExp(String.raw`${DOCUMENT_OPENING}\s+$`, "u");
/** "The report by ", "a review from ": a document, then who wrote it (its noun from DOCUMENT_NOUNS). */
const DOCUMENT_BY_BEFORE = new RegExp(String.raw`\b(?:the|a|an|its|their|this)\s+(?:[\p{Ll}-]+\s+)?(?:${[...DOCUMENT_NOUNS].join("|")})\s+(?:by|from)\s+(?:the\s+)?$`, "iu");
/** What a document is about, right before its verb: " on the health sector ", " into the crash ". */
// (Not past its maker after "by", whom the ordinary reading finds: "An investigation into the charity by The Daily Ledger found".)
const DOCUMENT_ABOUT_BEFORE = /\s(?:on|about|into)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?!by\s)[\p{L}\d’'-]+\s+){0,5}$/u;
/** An internal document opening the sentence, then whose workings it examines: "An internal audit of the ", "The internal review at ". */
const INTERNAL_DOCUMENT_OF = /^[“"]?(?:An|The|A)\s+internal\s+(?:audit|review|investigation|report|inquiry|assessment|probe)\s+(?:of|at|into)\s+(?:the\s+)?/u;
/** A document of whoever was named before the comma, right before its verb: ", whose report ", ", whose 2024 audit also ". */
const WHOSE_DOCUMENT_BEFORE = /,\s+whose\s+(?:[\p{Ll}\d-]+\s+){0,2}(?:report|reports|study|review|audit|analysis|survey|findings|investigation|inquiry|research|assessment|data|figures|records)\s+(?:(?:also|had|has|have)\s+)?$/u;
/** After "it", a finding's verb: " found", " also concluded", " estimates". */
const IT_FOUND_AFTER = new RegExp(String.raw`^\s+(?:also\s+)?(?:${DOCUMENT_FINDING_VERBS}|determines|warned|warns)\b`);
/** A sentence opening with a document and its author's "by": "A poll by the ", "The 2024 review from ". */
const DOCUMENT_BY_OPENING = new RegExp(String.raw`^[“"]?(?:(?:But|And)\s+)?(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his)\s+(?:[\p{Ll}\d-]+\s+){0,2}(?:${[...DOCUMENT_NOUNS].join("|")})\s+(?:by|from)\s+(?:the\s+)?`, "u");
/**
 * After a document's author, up to its verb: its initials, then how it came out (" published on Sunday ", ", obtained
 * by GNC, ") or who the author is (", a panel of historians led by Ann Kerr, "), or nothing.
 */
const AUTHOR_THEN_ASIDE = /^(?:\s+\([^()]{1,20}\))?(?:,\s+(?:the|a|an)\s+[^;:“”"]{1,120}?,|\s+(?:published|released|issued|conducted|carried\s+out|made\s+public)\s[^,;“”"]{1,60}|,\s+(?:obtained|seen|leaked|reviewed|released|issued|published|dated|sent|shared|posted|circulated|made\s+public)\s[^,;“”"]{1,80},)?\s+(?:(?:also|has|had|have)\s+)?$/u;
/** Such an aside on who holds, saw or got the document, not who issued it: ", seen by ", ", sent to ", ", posted on ". */
const HELD_ASIDE_OPENING = /^,\s+(?:\p{Ll}+ly\s+)?(?:obtained|seen|leaked|reviewed|shared|circulated|(?:sent|posted|addressed|delivered)\s+(?:to|on)\b)\s/u;
const DOCUMENT_ASIDE_BEFORE = /,\s+(?:\p{Ll}+ly\s+)?(?:obtained|seen|leaked|reviewed|released|issued|published|dated|filed|submitted|tabled|sent|shared|posted|circulated|made public)\s[^,;“”"]{1,100},\s+$/u;
/** Where a body is based, set off by commas before a verb: ", based in Cambridge, Mass., ", ", headquartered in Ohio, ". */
const BASED_ASIDE_BEFORE = /,\s+(?:based|headquartered)\s+in\s+[^,;“”"]{1,40}(?:,\s+[^,;“”"]{1,20})?,\s+$/u;
/** After a person's name, where they work and the comma before the verb: " of Ortiz Varga LLP, ". */
const NAME_OF_BODY_THEN_COMMA = /^\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}[^,;“”"]{0,60},\s+$/u;
/** A name only describing an unnamed body after "a" ("at a Midlands university"), between `from` and `to`. */
function describesSomeBody(text: string, from: number, m: Mention, to: number): boolean {
  return /\b(?:a|an)\s+$/.test(text.slice(from, m.start)) && /^\s+\p{Ll}/u.test(text.slice(m.end, to));
}
/** A word after a subject's head that opens its predicate: a verb, an auxiliary, an adverb, a time or a preposition. */
const HEAD_THEN_PREDICATE = new RegExp(String.raw`^(?:${AUXILIARIES}|on|in|at|last|this|earlier|also|then|${WEEKDAYS}|\p{Ll}+ed|\p{Ll}+ly)$`, "u");
/** Between a body and its verb: " issued a report Tuesday ", " released a 200-page review that ". */
const REVIEW_ISSUED = new RegExp(
  String.raw`^\s+(?:\p{Ll}+ly\s+)?(?:${ISSUING_VERBS})\s+(?:a|an|its|the)\s+(?:[\p{L}\d-]+\s+){0,2}(?:report|review|study|audit|assessment|analysis|investigation|inquiry)\b[^.;,]{0,40}$`,
  "u",
);
/** "by" and a means of saying something, after a verb of saying: " by telephone", " by e-mail", " by video link". */
const BY_MEANS = /^ by (?:tele)?phone\b| by (?:e-?mail|text(?: message)?|letter|fax|video(?:\s?link)?|satellite|radio|post|mail)\b/i;
/**
 * A word for people who are someone's, or at a body, without speaking for them: kin, a trade, people ("critic", "nurse",
 * "farmer", "daughter"; not "spokesman", "director").
 */
function isPersonNotSpeakingFor(word: string): boolean {
  const personNoun = namesPeople(word) || namesPeople(`${word}s`) || KIN_NOUNS.has(word) || PEOPLE_PLURALS.has(word) || ONE_PERSON_NOUNS.has(word);
  return (personNoun || WORKS_THERE.has(word)) && (!ROLE_HEADS.has(word.replace(/s$/, "")) || WORKS_THERE.has(word)) && !SPOKESPERSON_WORDS.has(word);
}
/**
 * A noun for someone and "of" (or where they work or come from) right before a name: "critic of (Mayor) ", "teacher at ",
 * "farmer from ", "investigator in the agency's ".
 */
const PERSON_OF_BEFORE = /\b(\p{L}+)\s+(?:of|at|with|on|in|for|from)\s+(?:the\s+(?:\p{Ll}+['’]s\s+)?)?(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;
const OBJECT_PREPOSITION = /\b(?:with|against|about|toward|towards|alongside)\s$|\b(?:interview|conversation|meeting|call|appearance|letter|message|note|e-?mail|speech|remarks|questioning|cross-examination)\s(?:with|on|to|by)\s(?:the\s)?$/;
/** Words for a part of a place: "lower", "downtown", "rural". */
const PART_OF_PLACE = "lower|upper|downtown|northern|southern|eastern|western|central|rural|suburban|greater|north|south|east|west";
/** "coast of ", "outskirts of the ", "north of ": a part of a place, then "of". */
const PART_OF_A_PLACE_OF = /\b(?:coast|shore|north|south|east|west|border|edge|outskirts|centre|center|heart|capital|region|rest|island|hills|mountains|streets)\s+of\s+(?:the\s+)?$/;
/** "in ", "from ", "in lower ", "at downtown ": a preposition of place, perhaps with a word for a part of the place. */
const PLACE_PREPOSITION = new RegExp(String.raw`\b(?:in|from|at|across|throughout)\s(?:the\s)?(?:(?:${PART_OF_PLACE})\s)?$`);
/** "near ", "above the ": a preposition that only ever says where, before a name. */
const NEAR_PLACE = /\b(?:near|nearby|outside|above|below|beyond|around|along|across|inside)\s(?:the\s)?$/;
/** The same, with the word for a part of the place: only then is a name of no known kind a place ("in lower Manhattan"). */
const PART_OF_PLACE_PREPOSITION = new RegExp(String.raw`\b(?:in|from|at|across|throughout)\s(?:the\s)?(?:${PART_OF_PLACE})\s$`);

/** Offsets of the dashes that set off clauses in a sentence: any "—", and "–" with spaces round it (not "2009–2010"). */
function dashPositions(slice: string): number[] {
  const out: number[] = [];
  // Found by indexOf: most sentences have no dash, and this runs for every sentence.
  for (let i = slice.indexOf("—"); i >= 0; i = slice.indexOf("—", i + 1)) out.push(i);
  for (let i = slice.indexOf("–"); i >= 0; i = slice.indexOf("–", i + 1)) if (slice[i - 1] === " " && slice[i + 1] === " ") out.push(i);
  return out.sort((a, b) => a - b);
}

/** The offset of the last dash in text[floor, pos), or -1. */
function lastDashBefore(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i >= floor; i--) if (text[i] === "—" || text[i] === "–") return i;
  return -1;
}

/** The number of the words that lie in [start, end). */
function wordsIn(ws: readonly Word[], start: number, end: number): number {
  let n = 0;
  for (const w of ws) if (w.start >= start && w.end <= end) n++;
  return n;
}

function hasOwnBefore(atts: Attribution[], from: number, at: number, not: Attribution): boolean {
  return atts.some((a) => a !== not && a.cue.start >= from && a.cue.start < at);
}

/** How many of the sentence's words end before `pos`, counting no further than `max`. */
function wordsBefore(ws: Word[], pos: number, max: number): number {
  let n = 0;
  while (n < ws.length && n < max && ws[n]!.end <= pos) n++;
  return n;
}

/** "Council members ", "U.S. Sens. ", "Justices ": a plural role, with up to two words modifying it, as a clause's subject before two names. */
function groupRoleBefore(lead: string): string | null {
  const tail = LAST_WORDS.exec(lead);
  if (!tail) return null;
  const words = [...tail[0].matchAll(/[\p{L}.'’-]+/gu)];
  const head = words.at(-1)![0];
  const singular = head.toLowerCase().replace(/\.$/, "").replace(/men$/, "man").replace(/s$/, "");
  if (singular === head.toLowerCase() || !ROLE_HEADS.has(singular)) return null;
  for (let n = words.length; n >= 1; n--) {
    const modifiers = words.slice(words.length - n, -1).map((w) => w[0]);
    if (!modifiers.every((w) => (GROUP_ROLE_MODIFIER.test(w) && !NOT_NAME_WORDS.has(w.toLowerCase())) || ROLE_MODIFIERS.has(w.toLowerCase()))) continue;
    const at = tail.index + words[words.length - n]!.index;
    if (SUBJECT_STARTS_BEFORE.test(lead.slice(0, at))) return lead.slice(at);
  }
  return null;
}

function lastWordBefore(ws: Word[], pos: number): number {
  let k = ws.length - 1;
  while (k >= 0 && ws[k]!.start >= pos) k--;
  return k;
}

function trimSpan(text: string, sp: Span): Span {
  let { start, end } = sp;
  for (;;) {
    const rest = text.slice(start, Math.min(end, start + 5));
    const m = /^(?:[\s,;:—–]+|and\s)/.exec(rest);
    if (!m || m[0].length === 0) break;
    start += m[0].length;
  }
  while (end > start && /[\s,;:—–]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** A part of a quotation that opens with its verb: the subject was before the tag. */
const VERB_FIRST = new RegExp(`^(?:${AUXILIARIES})\\b`);
/** "was first ", "has been widely ": a passive's auxiliary and adverbs, ending the words before its verb. */
const PASSIVE_TAIL = /\s(?:was|were|is|are|been|being|be)(?:\s+(?:\p{Ll}+ly|first|again|just|also|already|since|later|once))?\s*$/u;
/** Verbs of replying: after a question, what follows the tag is the speaker's answer. */
const REPLY_CUES = new Set(["replied", "replies", "answered", "answers", "responded", "responds", "retorted", "shot back", "said", "says"]);

/** Between a quotation and its source: nothing, a title ("Rep.") or a role set off by a comma ("his spokesman, "). */
const TITLE_GAP = /^[,\s]{0,3}(?:[^“”".;]{1,80},\s)?(?:\p{Lu}[\p{L}.’'\-]*\s+){0,3}$/u;
/** What a verb says after it, outside quotations: "that" or a subject and its verb ("said Steele must apologize"). */
const WORDS_SAID_AFTER = /^\s+(?:that\s+\p{L}|(?!(?:as|when|after|while|because|before|since|until|if|once|though|although|in|on|at|with|during|from|to|of|by|for)\b)(?:\p{L}[\p{L}’'.-]*\s+){1,3}(?:must|should|would|will|is|are|was|were|has|have|had|could|can|did|does)\s)/u;

/** What the source says, without the attribution. */
function contentOf(text: string, seg: Span, a: Attribution, quotes: Span[]): string {
  if (a.cueText === ":") return text.slice(a.cue.end, seg.end).trim();
  // "The ad was denounced by the Log Cabin Republicans": the whole clause says what the agent did.
  if (reproachedByAgent(text, a)) return text.slice(seg.start, seg.end).trim();
  // A quotation that ends just before the source or cue: “…,” Smith said.
  const first = Math.min(a.sourceStart, a.cue.start);
  const last = Math.max(a.cue.end, a.sourceEnd);
  // (Not when the verb has words of its own after it: "Speaking on “Fox News Sunday,” Sen. DeMint … said Steele must
  // apologize" says what follows "said"; the quotation before is a show's name.)
  const saysAfter = WORDS_SAID_AFTER.test(text.slice(last, seg.end).replace(/[“"][^”"]*[”"]/g, ""));
  // (A quotation over several sentences may have opened before this one: “… And that's why,” Carney told reporters.)
  const q = saysAfter ? undefined : quotes.find((x) => x.end <= first && x.end > seg.start && TITLE_GAP.test(text.slice(x.end, first)));
  // …and one right after the source and cue: “Is it true,” Roberts asked, “that …?” is one sentence split by its tag;
  // in “Is that you?” Weiner replied, “No.” the answer is what the speaker said.
  const next = q ? quotes.find((x) => x.start >= last && x.end <= seg.end && /^[\s,:]*$/.test(text.slice(last, x.start))) : undefined;
  if (q && next) {
    const asked = text.slice(Math.max(q.start, seg.start), q.end);
    const answer = stripQuoteMarks(text.slice(next.start, next.end));
    // A question put to the speaker, then the reply: the reply alone is what the speaker said.
    if (/\?[”"’']*$/.test(asked) && REPLY_CUES.has(a.cueText.toLowerCase())) return answer;
    // Otherwise both parts, with the comma of a sentence the tag splits (“If the vote is held,” Holt said, “the union
    // will win it”), unless it only marked the tag: “Progressivism,” he said, “is eating …”.
    const first = asked.replace(/^[“"‘']+/, "").replace(/[”"’']+$/, "").trim();
    return `${VERB_FIRST.test(answer) ? first.replace(/,$/, "") : first} ${answer}`;
  }
  if (q) return stripQuoteMarks(text.slice(Math.max(q.start, seg.start), q.end));
  // "The cost, senior officials estimated, would be high": the words on both sides of a tag set off by commas.
  const before = text.slice(seg.start, first);
  const after = text.slice(last, seg.end);
  if (a.cue.form === "verb" && /\p{L},\s+$/u.test(before) && /^,\s+(?![“"‘])/.test(after) && !/[“”"]/.test(before)) {
    const head = before.replace(/^[\s“"‘']+/, "").replace(/,\s+$/, "");
    // "…, serves several purposes, said Robert Goodlatte, Republican of Virginia, who …", "…, Hutchinson said,
    // adding, …": what comes before the tag.
    if (a.cue.start < a.sourceStart || /^,\s+(?:adding|saying|noting|explaining|arguing|insisting|continuing)\b/.test(after)) return head;
    return `${head} ${after.replace(/^,\s+/, "")}`.trim();
  }
  if (a.cue.form === "according") {
    const before = text.slice(seg.start, a.cue.start).replace(/[,\s]+$/, "");
    const after = text.slice(a.sourceEnd, seg.end).replace(/^[,\s]+/, "");
    return (before.length >= after.length ? before : after).trim();
  }
  let from = Math.max(a.cue.end, a.sourceEnd);
  // "As the Herald reported on Thursday, the mayor resigned": what is reported starts after the opener's comma.
  if (AS_OPENER.test(text.slice(seg.start, a.cue.start))) {
    const comma = text.indexOf(",", from);
    if (comma > 0 && comma < seg.end && AS_CUE_TAIL.test(text.slice(a.cue.end, comma))) from = comma + 1;
  }
  const rest = text.slice(from, seg.end);
  // "told reporters that …", "assured the council that …": what was said starts after the people told.
  // ("warned that the fee that the council passed …": the first "that"; "told reporters the plan was a deal that
  // worked": none, since words that are no noun phrase come before the "that".)
  // (After "calls", "that" is what is called: "calls that evidence unreliable".)
  // (Not "that" of a time: "complained that week that …".)
  const plain = /^call/i.test(a.cueText) ? /^[\s,:]+/.exec(rest) : /^[\s,:]+(?:that\s+(?!\p{Ll}+[.,;!?”"]*\s*$)(?!(?:morning|afternoon|evening|night|day|week|month|year)\s+that\b))?/u.exec(rest);
  const tells = tellsSomeone(a.cueText);
  // "told Fox News on Tuesday he thinks …", "told reporters he'd spoken …", "told the crowd, “…”": with no "that"
  // after the people told, what was told starts after them (and a "that" later is inside what was told: "told
  // reporters the new fee … hurts the families that rely on it").
  const toldThen = tells && !/that\s+$/.test(plain?.[0] ?? "") ? TOLD_PEOPLE_THEN.exec(rest) : null;
  const skipped = plain && /that\s+$/.test(plain[0]) ? null : (tells ? TOLD_PEOPLE_THAT.exec(rest) : null) ?? WHERE_SAID_THAT.exec(rest);
  const chosen = toldThen ?? (skipped && !NOT_A_NOUN_PHRASE.test(skipped[0].replace(/that\s+$/, "")) ? skipped : plain);
  // "said Wednesday he's certain …", "said Wednesday morning that …": when it was said comes before what was said.
  // (Not after "recalled": "recalled last year the harbor flooded twice" is when it flooded.)
  const that = chosen === plain && !/that\s+$/.test(plain?.[0] ?? "") && !/^(?:recall|remember)/i.test(a.cueText) ? (SAID_WHEN_THEN.exec(rest) ?? plain) : chosen;
  if (that) {
    from += that[0].length;
    // "said (Monday) that was never the case": "that" before a verb is the subject of what was said.
    const thatWord = /that\s+$/.exec(that[0]);
    if (thatWord && THAT_AS_SUBJECT.test(text.slice(from, from + 12))) from -= thatWord[0].length;
  }
  const body = text.slice(from, seg.end).trim();
  // "…, the White House said in a statement.", "…, a White House official said Friday morning.": after a tag that ends
  // the sentence comes only when, where or to whom it was said; what is said is before it.
  // (The source may start after words of its description: "…, a city official said".)
  // (Not after "that": "explained that in many cases …" says what follows.)
  const said = !/\p{L}/u.test(that?.[0] ?? "") && SAID_WHEN_OR_WHERE.test(body) ? SAID_BEFORE_TAG.exec(text.slice(seg.start, first)) : null;
  if (said && said[1]!.trim().split(/\s+/).length >= 4) return stripQuoteMarks(`${said[1]!.trim()}${said[2]}`);
  // ("…, aides said." speaks what comes before it.)
  if (/\p{L}/u.test(body)) return body;
  // "Council member Ann Holt added," closing its sentence: the tag of what comes next, with nothing said here.
  if (/^\s*[:,]?\s*$/.test(text.slice(Math.max(a.cue.end, a.sourceEnd), seg.end)) && /^[:,]?\s*[:,]\s*(?:\n|$)/.test(text.slice(seg.end, seg.end + 4))) return "";
  // (…and not the auxiliary of a passive: "The fee was first reported by the Courier" says "The fee".)
  // (Nor the words before a tag's speaker: "…, more than a dozen witnesses said", "…, two of his aides said".)
  const lead = text.slice(seg.start, first).replace(/^[\s“"‘']+/, "");
  const describing = a.sourceStart < a.cue.start ? SPEAKER_WORDS_AFTER_COMMA.exec(lead) : null;
  const spoken = describing && !describing[1]!.trim().split(/\s+/).some(looksLikeVerb) ? lead.slice(0, describing.index) : lead;
  return spoken.replace(/\s(?:[Tt]he|an?)\s*$/, "").replace(PASSIVE_TAIL, "").replace(/[,\s”"’']+$/, "").trim();
}

/**
 * The part of what a "who" clause says before the clause ends: at a second "and who", or at the last comma before a
 * verb, the sentence's own (", spoke on Monday"; not "the plan, approved in May, was flawed, will testify").
 */
function withinWhoAside(content: string): string {
  let end = content.length;
  for (const m of content.matchAll(/,\s+(\p{Ll}+)\b|\s+and\s+who\s/gu)) {
    const verb = m[1];
    if (verb === undefined) return content.slice(0, m.index);
    if (!verb.endsWith("ing") && (looksLikeVerb(verb) || AUXILIARY_WORD.test(verb))) end = m.index;
  }
  return content.slice(0, end);
}
const AUXILIARY_WORD = new RegExp(`^(?:${AUXILIARIES})$`);

/** Words after a comma that describe the speaker after them: ", more than a dozen " before "witnesses said". */
const SPEAKER_WORDS_AFTER_COMMA = /,[”"’]?\s+((?:[\p{L}\d’'-]+\s+){1,5})$/u;

/** What comes before a tag set off by a comma (group 1, and a closing quotation mark in group 2), up to the source. */
const SAID_BEFORE_TAG = /^(.*),([”"’]?)\s+(?:[\p{L}.’'-]+\s+){0,4}$/su;
/**
 * When, where or to whom something was said, in a few words and nothing more: "in a written statement.", "Friday
 * morning.", "to Fox News."
 */
const SAID_WHEN_OR_WHERE = new RegExp(
  String.raw`^(?!.*\bthat\b)(?:(?:on|in|at|during|after|before|via|to|with|through)(?:\s+[^\s;]+){1,8}?|(?:on\s+)?(?:${WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night))?|today|yesterday|tonight|afterwards?|later|earlier|(?:last|this)\s+(?:week|month|year|night|weekend)|(?:the\s+)?(?:jury|jurors|court|judge|lawmakers|regulators|investors|congress|senators|parliament|mps|reporters))[.!?]?[”"’]?$`,
  "su",
);
/** A verb right after "that": then "that" is a pronoun, the subject of what was said ("that was never the case"). */
const THAT_AS_SUBJECT = new RegExp(String.raw`^(?:${AUXILIARIES}|isn['’]t|wasn['’]t|never)\b`);
/** Words that show what comes before a "that" is a clause, not the people told or where it was said ("the plan was a deal that"). */
const NOT_A_NOUN_PHRASE = new RegExp(String.raw`\b(?:${AUXILIARIES}|be|been|being|not|to\s+(?!(?:the|a|an|his|her|their|its|my|our)\b)\p{Ll}+|\p{Ll}+ed)\b`, "u");
/**
 * When, where or how it was said, then "that": " in an e-mail that ", " on Fox News Sunday that ", " Tuesday in a
 * statement that ", " Monday that ", " last week that ".
 */
const WHERE_SAID_THAT = new RegExp(
  String.raw`^\s+(?:(?:on\s+)?(?:${WEEKDAYS}|today|yesterday|last\s+(?:week|month|year|night))\s+(?:(?:in|on|at|during|via|through|over)\s+[^,;:“”"]{1,40}?\s+)?|(?:in|on|at|during|via|through|over)\s+[^,;:“”"]{1,40}?\s+)that\s+`,
);
/**
 * The people told, then "that": " reporters that ", " the House Judiciary Committee that ", " Fox News host Mike
 * Huckabee on his radio show Tuesday afternoon that ".
 */
const TOLD_PEOPLE_THAT = /^\s+(?:[^\s,;:“”"]+\s+){1,12}?that\s+/;
/** When something was said: "Wednesday", "on Tuesday morning", "last week", "earlier today". */
const WHEN_SAID = String.raw`(?:(?:on\s+)?(?:(?:late|earlier|later)\s+)?(?:${WEEKDAYS}|today|yesterday|tonight)(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this|earlier|later)\s+(?:week|month|year|night|morning|today|${WEEKDAYS})|(?:earlier|later)\s+this\s+(?:week|month|year|morning|afternoon|evening))`;
/**
 * When or how it was said, then "that" or a clause that opens with a pronoun, "the" or "there": " Wednesday he's
 * certain …", " earlier that …", " repeatedly that …".
 */
const SAID_WHEN_THEN = new RegExp(String.raw`^\s+(?:${WHEN_SAID}|that\s+(?:morning|afternoon|evening|night|day|week|month|year)|(?:earlier|later|again|(?!(?:only|early|likely|friendly|merely|simply|sarcastically|jokingly|mockingly|hypothetically|tentatively)\s)\p{Ll}+ly)(?:\s+(?:that|this|last)\s+(?:morning|afternoon|evening|night|day|week|month|year))?)\s+(?:that\s+(?!(?:morning|afternoon|evening|night|day|week|month|year)\b)|(?=(?:he|she|they|we|I|it|there)\s|the\s(?!\d)|(?:he|she|they|we|I|it)['’]\p{Ll}))`, "u");
/**
 * The people told, perhaps when, then what they were told with no "that" (a pronoun, "the", "there", "not to", or a
 * comma and a quotation): " Fox News on Tuesday ", " reporters ", " The Huffington Post ", " the crowd, ", " lawmakers
 * earlier Thursday ".
 */
const TOLD_PEOPLE_THEN = new RegExp(
  String.raw`^\s+(?:(?:the|his|her|their)\s+)?(?:\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}|(?:\p{Ll}+\s+)?(?:reporters|voters|lawmakers|supporters|members|senators|colleagues|crowd|audience|caucus|interviewers?|listeners|viewers|students|donors|delegates|journalists))` +
    String.raw`(?:\s+${WHEN_SAID})?` +
    String.raw`(?:,\s+(?=[“"])|\s+(?=(?:he|she|they|we|I|it|the|there)\s|(?:he|she|they|we|I|it)['’]\p{Ll}|not\s+to\s))`,
  "u",
);

function stripQuoteMarks(s: string): string {
  return s.replace(/^[“"‘']+/, "").replace(/[”"’']+$/, "").replace(/[,.]$/, "").trim();
}

/**
 * Whether an attribution without quotation marks reports what someone said or concluded (indirect speech), as
 * against an act with an object: "an op-ed revealed the call", "WikiLeaks blames the resignation on …", "reports
 * emerged", "a claim the agency refutes". Verbs of revealing, blaming and refuting report speech only with a
 * that-clause ("revealed that …", "revealed this week that …").
 */
function reportsSpeech(text: string, a: Attribution): boolean {
  if (a.cue.form === "reports") return false;
  if (!NOT_SPEECH_VERBS.test(a.cueText)) return true;
  // ("…, official data showed.": figures closing the sentence after a comma show the clause before; not "a claim the
  // agency refutes", an object.)
  const closing = /^show/i.test(a.cueText) && a.cue.start > a.sourceStart && /,\s+(?:\p{L}+\s+)?$/u.test(text.slice(Math.max(0, a.sourceStart - 12), a.sourceStart)) && SHOWN_CLAUSE_BEFORE.test(text.slice(a.cue.end, a.cue.end + 30));
  return closing || /^(?:\s+[\p{L}\d.’'-]+){0,3}?\s+that\b/u.test(text.slice(a.cue.end, a.cue.end + 40));
}
/** After a verb that closes its sentence, perhaps with when: " on Friday.", ",", "." */
const SHOWN_CLAUSE_BEFORE = /^(?:\s+(?:on\s+\p{Lu}\p{Ll}+|last\s+\p{Ll}+|this\s+\p{Ll}+|today|yesterday))?\s*(?:[.;!?]|,\s|$)/u;
const NOT_SPEECH_VERBS = /^(?:show|shows|showed|reveal|revealed|reveals|revealing|blame|blamed|blames|blaming|refute|refuted|refutes|refuting|disclose|disclosed|discloses|unveil|unveiled|unveils|expose|exposed|exposes)$/i;

/** direct: content entirely quoted; mixed: partly; indirect: paraphrase; none: nothing attributed as speech. */
function quoteType(text: string, content: string, seg: Span, quotes: Span[], a: Attribution): QuoteType {
  const cue = a.cueText;
  const inSeg = quotes.filter((q) => q.end > seg.start && q.start < seg.end);
  // Short single-quoted phrases in headlines are scare quotes.
  const real = inSeg.filter((q) => !(text[q.start] === "‘" && text.slice(q.start, q.end).split(/\s+/).length <= 3));
  if (cue === ":" && !real.length) return "none";
  if (!real.length) return reportsSpeech(text, a) ? "indirect" : "none";
  const c = content.trim();
  // (Content that is one whole quotation, marks and all: "was blunt: “Not for any price.”", "His answer: “No.”"; not
  // a name given to something outside the quotation: "a report the department called “false and malicious.”")
  const whole = /^[“"]/.test(c) && !/^(?:call|dub|label|brand|term|describ)/i.test(cue) ? stripQuoteMarks(c) : null;
  for (const q of real) {
    const qt = stripQuoteMarks(text.slice(q.start, q.end));
    if (qt.length > 0 && (qt === c || qt === whole || (c.length > 0 && cue !== ":" && qt.includes(c)))) return "direct";
  }
  return "mixed";
}

// The end of a list of blamed parties: a semicolon, or a full stop that is not part of an abbreviation ("U.S.").
const LIST_END = String.raw`(?:;|(?<![\s.]\p{Lu})\.(?=[\s”"’]|$)|$)`;
const BLAMED_BY = new RegExp(String.raw`\bby\s+(.+?)(?:\s+(?:for|in|over|after|because)\b|${LIST_END})`, "u");
const BLAMED_ON = new RegExp(String.raw`\bon\s+(.+?)${LIST_END}`, "u");
const ENDS_WITH_INITIAL = /(?:^|[\s.])\p{Lu}\.$/u;

/** One blamed party as written, without quotation marks, article or a sentence's final full stop. */
function cleanBlamedItem(item: string): string {
  // (Quotation marks, but not an apostrophe inside a word: "the company’s president".)
  let t = item.replace(/[“”"‘]|’(?!\p{L})|(?<!\p{L})’/gu, "").trim();
  if (t.endsWith(".") && !ENDS_WITH_INITIAL.test(t)) t = t.slice(0, -1);
  // ("tea party activists on Tuesday": not when.)
  t = t.replace(/^(?:the|a|an)\s+/i, "").replace(WHEN_AFTER, "").trim();
  // ("his own government's decision to close the unit", "the previous government's energy policy": whose deed.)
  const deed = DEED_OWNER.exec(t);
  return deed ? deed[1]!.replace(/^(?:the|a|an)\s+/i, "") : t;
}
/** Whose deed a blamed phrase names: "previous government's decision …" (group 1: the owner, past "his own"). */
const DEED_OWNER = /^(?:(?:his|her|their|its)\s+own\s+)?((?:[\p{L}.’'-]+\s+){0,3}?[\p{L}.’'-]+)['’]s?\s+(?:\p{Ll}+\s+)?(?:decisions?|polic(?:y|ies)|plans?|handling|failures?|refusal|choices?|mismanagement|negligence|inaction|cuts)\b/u;
/** " on Tuesday", " last week" ending a blamed phrase. */
const WHEN_AFTER = new RegExp(String.raw`\s+(?:on\s+(?:${WEEKDAYS})|(?:last|this)\s+(?:week|month|year|${WEEKDAYS}))$`, "u");

/**
 * "…with the Harbor Board, which she criticized as wasteful": the noun phrase a relative pronoun before the speaker
 * refers to, as the object of a verb of blame that has none after it (null otherwise).
 */
/** Records credited "according to": a document, figures, minutes, a plan, a form, a tally (its noun ends the phrase or precedes "of"/"from"/"by"). */
const CREDITED_RECORD = new RegExp(
  String.raw`\b(?:${[...EVIDENCE_NOUNS].filter((n) => !/^(?:reports?|story|article|piece|column|editorial|op-ed|broadcast|interview|video|tweet|ad|advertisement|commercial|statements?|letter|e-?mail|testimony|missive|lawsuit|suit|petition)$/.test(n)).join("|")}|plan|form|tally|count|minutes|accounts|register|registry|database|map|log|notice|bulletin|forecast|projections?|estimates?|figures|records?)\b(?:\s+(?:of|from|by|for|on|seen|reviewed|obtained|published|compiled|released|issued|collected)\b.*)?$|^(?:the|this|that|its|their)\s+(?:[\p{L}\d-]+\s+){0,3}report$|^form\b`,
  "iu",
);
/** ", the art critic of The ", ", a lecturer at the ": a description of someone's post at a body, up to the body's name. */
const POST_AT_BODY_BEFORE = /,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+\s+(?:of|at|for|with)\s+(?:the\s+|The\s+)?$/u;
/** A headline's part that is all one quotation: "‘The sea is getting louder, and we made it so’". */
// (Of three words at least: not a work's title, "'Succession': Brian Cox on playing Logan Roy".)
const WHOLLY_QUOTED = /^\s*(?:‘.+’|“[^“”]+”|'.+'|"[^"]+")\s*$/u;
/** "a claim the ", "the allegations that ": something said, opening a relative clause whose verb's subject follows. */
const SAID_THING_RELATIVE = /\b(?:a|an|the|that|this|these|those)\s+(?:\p{Ll}+\s+)?(?:claims?|reports?|allegations?|accusations?|charges?|story|stories|account|suggestions?|rumou?rs?)\s+(?:that\s+|which\s+)?(?:the\s+)?$/u;
function relativeObjectBefore(text: string, s: Sentence, a: Attribution): string | null {
  if (a.sourceStart > a.cue.start) return null;
  const lead = text.slice(Math.max(s.start, a.sourceStart - 90), a.sourceStart);
  const m = /(?:^|[\s(])((?:the\s+)?(?:[\p{L}.’'-]+\s+){0,4}?[\p{L}.’'-]+),\s+(?:which|whom|who)\s+$/u.exec(lead);
  // (Only with nothing between the speaker and the verb but auxiliaries and adverbs: "which she had long criticized as".)
  if (!m || !/^\s+(?:(?:has|have|had|was|were|is|also|repeatedly|often|long|once|\p{Ll}+ly)\s+)*$/u.test(` ${text.slice(a.sourceEnd, a.cue.start)}`)) return null;
  // The phrase from its last preposition or verb: "the Harbor Board" of "a contrast with the Harbor Board".
  const words = m[1]!.split(/\s+/);
  const from = words.findLastIndex((w, i) => i < words.length - 1 && /^(?:with|of|to|on|at|for|against|about|from|by|and|praised|met|attacked|named)$/i.test(w));
  return words.slice(from + 1).join(" ");
}
/** Who a blame claim blames: the agents after "by", or the object of "blamed X for" / "on X" / "accused X of". */
function blamedOf(content: string, a: Attribution, ents: EntityIndex): ExtractedClaim["blamed"] {
  return blamedList(blamedPhrase(content, a.cueText, a.cls), ents);
}

/** Whether a phrase names someone or what is theirs ("Biden", "Steele's comments", "the council"), not a place or a thing. */
export function isSomeoneIn(ents: EntityIndex, phrase: string): boolean {
  const owner = POSSESSOR.exec(phrase)?.[1] ?? phrase;
  if (/^(?:him|her|them|his|their|its)\b/i.test(owner)) return true;
  // (A name the article gives no kind may be someone's: "Biden", "Steele's comments"; not a place's.)
  const key = ents.lookup(owner.replace(/^the\s+/i, ""));
  if (key) return SPEAKING_KINDS.has(ents.kindOf(key)) || ents.kindOf(key) === "other";
  return !/\p{Lu}/u.test(owner) && namesSomeone(owner, true);
}
/**
 * Whether a name is a person's or a body's the article knows ("President Obama": Obama), not a storm's or a place's
 * ("Hurricane Ida"); `unlessPlace`: any name but a place's (a name only quoted, "Obama's war on religion", is of no
 * known kind).
 */
export function speaksByNameIn(ents: EntityIndex, name: string, unlessPlace = false): boolean {
  const words = name.split(/\s+/);
  const key = ents.lookup(name) ?? ents.lookup(words.slice(-2).join(" ")) ?? ents.lookup(words.at(-1)!);
  if (key !== null) return unlessPlace ? ents.kindOf(key) !== "place" : SPEAKING_KINDS.has(ents.kindOf(key));
  // A surname two people share ("Obama" of Barack and Michelle Obama) finds no one entity, but both speak.
  const surname = ` ${words.at(-1)!}`;
  return ents.entities.some((e) => e.kind === "person" && e.name.endsWith(surname));
}

/** Whom a quotation with no verb of its own blames, by its words alone (as after "said"). */
export function blamedInQuotation(content: string, ents: EntityIndex): ExtractedClaim["blamed"] {
  return blamedList(blamedPhrase(content, "said"), ents);
}

/**
 * Who a quotation that goes on with a blame names as the agents of what went wrong ("… resigns after destabilization
 * campaign by US spies, Democrats, press"), else [].
 */
export function blamedAgents(content: string, ents: EntityIndex): ExtractedClaim["blamed"] {
  // (Only "by" after a word of harm: not "She was warned by Harwick engineers".)
  const by = BLAMED_BY.exec(content);
  if (!by || !HARM_BEFORE_BY.test(content.slice(Math.max(0, by.index - 40), by.index))) return [];
  const list = blamedList(by[1]!, ents);
  // Named agents only: not "more troubling by the day".
  return list.some((b) => b.entityKey !== null || /\p{Lu}/u.test(b.text)) ? list : [];
}

/** A word of harm right before "by": "campaign ", "smear ", "attacks ". */
const HARM_BEFORE_BY = /\b(?:campaign|attacks?|plot|smear|effort|conspiracy|hunt|coup|sabotage|leaks?)[”"’']?\s*$/;
/** Whose a thing faulted is, when a name comes before it: "Perry" of "The Perry ad"; else the phrase. */
function ownerOfThing(phrase: string): string {
  // (Not the article opening a sentence: "The plan" is no one's.)
  const m = /^(?:[Tt]he\s+)?(?!(?:The|A|An)\s)((?:\p{Lu}[\p{L}.’'-]*\s+){1,3})(\p{Ll}+)$/u.exec(phrase);
  return m && BLAMED_THINGS.has(m[2]!) ? m[1]!.trim() : phrase;
}
/** Whether an attribution is a passive reproach with its agent: "was denounced by the Log Cabin Republicans". */
/** Right after a reproach's verb, up to its agent: " by ", " sharply by the ", " from ". */
const AGENT_AFTER_CUE = new RegExp(String.raw`^ (?:${PASSIVE_MANNER} )?(?:by|from) (?:\p{Ll}+ )?$`, "iu");
function reproachedByAgent(text: string, a: Attribution): boolean {
  return a.cls === "blame" && (a.cue.agentless === true || (a.cue.end < a.sourceStart && (AGENT_AFTER_CUE.test(text.slice(a.cue.end, a.sourceStart)) || REASON_THEN_AGENT.test(text.slice(a.cue.end, a.sourceStart)))));
}
/** The subject of a passive, before its auxiliaries: "Representative Paul D. Ryan" of "… has been excoriated by". */
function passiveSubject(text: string, seg: Span, a: Attribution): string {
  // (And an adverb before a verb of drawing criticism: "The NRA initially took criticism from …".)
  const subject = text.slice(seg.start, a.cue.start).replace(PASSIVE_AUXILIARIES, "").replace(/\s+\p{Ll}+ly\s*$/u, "").replace(/^[\s“"‘']+/, "").trim();
  // ("The Harbor Authority refused to discuss the deal, drawing criticism from …": the main clause's subject draws it.)
  if (/,$/.test(subject) && /^\p{Ll}+ing\b/u.test(a.cue.text)) {
    const main = /^(?:[Tt]he\s+)?((?!The\s)(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*)\s+\p{Ll}|^([Tt]he\s+\p{Ll}+)\s/u.exec(subject);
    return main ? (main[1] ?? main[2]!) : "";
  }
  // ("After being criticized by …, Tom Holt apologized": the subject of the clause the opening phrase is part of.)
  if (SUBORDINATOR.test(subject)) return /^,\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*|the\s+\p{Ll}+)\s+(?!and\b|or\b)\p{Ll}/u.exec(text.slice(seg.end, seg.end + 80))?.[1] ?? "";
  // (Without an appositive: "Representative Paul D. Ryan, the Republican chairman of the House Budget Committee,".)
  // (Or a role with no article: "Michael Steele, chairman of the Republican National Committee,".)
  const named = /^([^,]+),\s+(?:(?:the|a|an)\s|\p{Ll}+\s+(?:of|for|at|to)\s)[^,]+,$/u.exec(subject)?.[1];
  // (The clause's own subject, after what opens it: "the candidate" of "His endorsement comes after the candidate",
  // "the administration" of "Though the administration", "it" of "And, of course, it".)
  // ("Newsweek" of "It's not the first time Newsweek".)
  return named ?? subject.replace(/^.*(?:[,;:—]\s+|\b(?:after|before|when|while|because|since|though|although|but|that|if|as|until|once)\s+|\b(?:first|second|third|last|only|next)\s+time\s+)/isu, "");
}
/** A word that opens a phrase before its clause's subject: "After" of "After being criticized by …, Holt …". */
const SUBORDINATOR = /^(?:after|before|while|since|despite|following|upon|without|amid|when|though|although|once|until)$/i;
/** A preposition (perhaps with a title or "the") right before a name: what the date is about, not the speaker. */
const DATE_OBJECT_BEFORE = /\b(?:to|of|against|about|with|toward|on|over|into|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+)?$/u;
/** ", about 600 kilometres north of Winnipeg, ", ", 40 miles from the border, ": where a place lies, before the verb. */
const DISTANCE_ASIDE_BEFORE = /,\s(?:(?:about|some|roughly|around|nearly|almost|more\s+than|less\s+than|just)\s)?[\d,.]+\s?(?:kilometres|kilometers|km|miles|mi)\s(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of|from|outside)\s[^,;:“”"()]{1,40},\s(?:\p{Ll}+ly\s)?$/u;
/** How far back an age and a nation may look for the one person they describe: about a paragraph. */
const ONE_PERSON_REACH = 500;
/** Owners that stand for a place or body the article names otherwise: "the province's", "the state's", "the city's". */
const JURISDICTION_OWNERS = new Set("province state city county country region territory nation town".split(" "));
/** " who spoke to the ", " who talked with ": a relative clause's verb of speaking and its preposition, before its object. */
const RELATIVE_OBJECT_BEFORE = /\s(?:who|that)\s+(?:(?:had|have|has)\s+)?(?:spoke|spoken|talked|talk|speak|wrote|written|gave\s+interviews|was\s+interviewed|were\s+interviewed|been\s+interviewed)\s+(?:(?:\p{Ll}+ly|exclusively|anonymously)\s+)?(?:to|with|by)\s+(?:[Tt]he\s+)?$/u;
/** Kinds of entity a person may be "of" ("Chief Eli Whitehorse of the Northern Treaty Chiefs Council"). */
const PERSONS_BODY_KINDS = new Set(["organization", "institution", "other", "place"]);
/** " on July 20, 2006, ", " in Sept. 4, 2007, ": a full date set off by commas, right before a verb. */
const DATED_ASIDE_BEFORE = /\s(?:on\s)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2},\s\d{4},\s$/;
const PASSIVE_AUXILIARIES = /\s+(?:(?:has|have|had|will|would|may|might)\s+)?(?:(?:was|were|is|are|been|being|be|get|gets|got)(?:\s+(?:\p{Ll}+ly|also|again|just|since))?)?\s*$/u;
/** Whom pressure is kept on, before what for, without the day: "party Chairman Tom Holt" of "… Tom Holt Sunday to …". */
const PRESSED_WHOM = new RegExp(String.raw`^(.+?)(?:\s+(?:on\s+)?(?:${WEEKDAYS}|today|yesterday))?\s+(?:to|over|for)\s`, "i");
/** Whom a main clause's charge blames: whose its object is ("the board's plan"), or the object if it names someone. */
function chargedParties(object: string, ents: EntityIndex): ExtractedClaim["blamed"] {
  // (Someone's person is who is charged: "the company's president", not the company.)
  const head = object.split(/\s+/).at(-1)!.toLowerCase();
  const owner = ROLE_HEADS.has(head) || OCCUPATIONS.has(head) || KIN_NOUNS.has(head) ? undefined : POSSESSOR.exec(object)?.[1];
  return owner ? blamedList(owner, ents) : blamedList(object, ents, true);
}
/**
 * The parties of a blamed phrase, each as written and with its entity when the article names it. `strict`: only names,
 * pronouns and words for people or bodies ("the mayor"), not any other noun ("the exercise").
 */
function blamedList(list: string | null, ents: EntityIndex, strict = false): ExtractedClaim["blamed"] {
  if (!list) return [];
  const parts = list
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    // (A preposition said again before each party is theirs: "on Tom Holt and on the council".)
    .map((p) => cleanBlamedItem(p.replace(/^(?:on|by)\s+/i, "")))
    // (Not a phrase opening with a preposition, what someone was accused of: "of launching the … movement".)
    .filter((p) => p.length > 0 && p.length < 60 && !PARTY_TAG.test(p) && !WHEN_OWNER.test(p) && !/^(?:of|for|to|in|at|on|by|with|from)\s/i.test(p));
  return parts
    .slice(0, 6)
    .map((t) => namedAtStart(t, ents))
    .filter((b) => b.entityKey !== null || namesSomeone(b.text, strict));
}

/**
 * A blamed party with its entity: the whole phrase's, or, in a headline's capitalised words, the entity its first words
 * name ("Tom Reyes Secrecy": Tom Reyes).
 */
function namedAtStart(text: string, ents: EntityIndex): { text: string; entityKey: string | null } {
  const words = text.split(" ");
  // (After a title: "Sen. Charles Schumer", "Senator Charles Schumer".)
  const titled = words.length > 1 && (/^\p{Lu}\p{L}{1,4}\.$/u.test(words[0]!) || ROLE_HEADS.has(words[0]!.toLowerCase()));
  const whole = ents.lookup(text) ?? (titled ? ents.lookup(words.slice(1).join(" ")) : null);
  if (whole || words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return { text, entityKey: whole };
  for (let n = words.length - 1; n >= 1; n--) {
    // (Not past a word for people: "Holt Attackers", "Obama Critics" are not Holt or Obama.)
    if (PEOPLE_WORD.test(words[n]!)) break;
    const key = ents.lookup(words.slice(0, n).join(" "));
    if (key) return { text: words.slice(0, n).join(" "), entityKey: key };
  }
  return { text, entityKey: null };
}

/** Who someone is, set off after their name: ", the city's mayor,", ", a Democrat from Ohio". */
const APPOSITIVE_AFTER = /,\s+(?:the|a|an)\s+[^,]+,?$/u;
/** …and after a name, whose: "Tom Holt, her longtime rival" before "as a coward". */
const PERSON_APPOSITIVE_AFTER = /(?<=\p{Lu}[\p{L}.’'-]*),\s+(?:the|a|an|his|her|their|its)\s+[^,]+,?$/u;
/** Where or when, after whom a verb of blame takes: " at a rally", " in an interview", " during Tuesday's debate". */
const OCCASION_AFTER = /\s+(?:at|in|during|on|after|before)\s+(?:a|an|the|his|her|their|its|this|last|\p{Lu}[\p{L}'’]*)\s.*$/u;
/**
 * A time, which is no one blamed: what is "this year's" or "last week's" ("criticized this year's budget", "slammed last
 * night's vote") is no one's.
 */
const WHEN_OWNER = new RegExp(
  String.raw`^(?:(?:this|last|next|that)\s+(?:week|weekend|month|year|season|night|morning|afternoon|evening|spring|summer|fall|autumn|winter|session|term|quarter)|today|yesterday|tonight|tomorrow|(?:${WEEKDAYS})(?:\s+(?:night|morning|afternoon|evening))?)$`,
  "i",
);
/** A party and state set off after a name, which is no one blamed: "R-Ohio", "D-N.Y.", "I-Vt.". */
const PARTY_TAG = /^[DRI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?$/u;
/**
 * "fuel dealer in the ", "farmers from the ": someone, then "in the" or "from the", before a name read as a person's,
 * which is where they are (not "A message from the Dalai Lama", whose words a message carries).
 */
function personInTheBefore(lead: string): boolean {
  const noun = /\b(\p{L}+)\s+(?:in|from)\sthe\s$/u.exec(lead)?.[1]?.toLowerCase();
  return noun !== undefined && (isPersonNoun(noun) || namesPeople(noun) || OCCUPATIONS.has(noun));
}
/** Right after a document's noun, where it came out: " published on Wednesday in ", " published in the journal ". */
const PUBLISHED_IN_AFTER = /^\s+published\s+(?:(?:on|this|last|earlier|late|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\s+[^,.;]{0,20}?\s*)?in\s+(?:the\s+(?:journal\s+)?)?/;
/** An inverted tag's description with a relative clause of its own: " the acoustic ecologist who led". */
const DESCRIBED_WHO_TAG = /^\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}\p{Ll}+\s+who\s/u;
/** A clause on why someone is not named, closing their description: " who was not authorized to …", " who spoke on condition …". */
const WHY_UNNAMED_CLAUSE = /\s+who\s+(?:(?:was|were|is|are)\s+not\s+authori[sz]ed|spoke\s+on\s+(?:the\s+)?condition|asked\s+not\s+to\s+be|declined\s+to\s+be|requested\s+anonymity|did\s+not\s+want\s+to\s+be)\b.*$/s;
/** Panels a body forms to look into something, whose words are that body's: "the committee formed by the DGHS". */
const FORMED_PANELS = new Set(["committee", "panel", "commission", "taskforce"]);
/** Before a person's name, a report they wrote: "A report by electrical engineer Dr ", "an analysis by " (not a critic's review). */
const PERSONS_REPORT_BEFORE = /(?:^|\s)(?:[Aa]n?|[Tt]he)\s+(?:[\p{L}\d-]+\s+){0,3}(?:report|study|analysis|assessment|paper)\s+by\s+(?:[\p{Ll}-]+\s+){0,3}(?:(?:Dr|Prof|Professor)\.?\s+)?$/u;
/** Verbs by which a document tells what it found. */
const FINDING_CUES = new Set(["found", "finds", "concluded", "concludes", "showed", "shows", "estimated", "estimates"]);
/** A preposition right before a name: "to ", "for ", "about the ". */
const OBJECT_OF_PREPOSITION_BEFORE = /\b(?:to|for|of|about|against|with|from|on|toward|towards)\s+(?:the\s+)?$/;
/** Plain words for someone, which say nothing of who they are: "the woman", "the man". */
const PLAIN_PERSON_WORDS = new Set(["man", "woman", "boy", "girl", "person", "lady", "gentleman"]);
/** Nothing but a title before a name heading an aside: "state Sen. ", "House Speaker ", "former Gov. ", "". */
const ASIDE_TITLE_ONLY = /^(?:(?:state|former|then|the)\s+)*(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;
/** A party's letter and perhaps the place, as a word inside brackets: "R-Lima", "D". */
const PARTY_LETTER_TAG = /^[DRI](?:-\p{Lu}[\p{L}.]*)?$/u;
/** People of someone's, ending a phrase: "the governor's critics", "Holt's aides". */
const PEOPLE_OF_SOMEONE = /['’]s?\s+(?:\p{L}+\s+)?(?:critics|aides|supporters|allies|opponents|rivals|backers|staff|advisers|advisors|colleagues|donors|followers|voters|lawyers|friends)$/u;
/** A word for people: "Attackers", "Critics", "Backers", "Supporters", "Allies", "Voters". */
const PEOPLE_WORD = /(?:ers|ors|ists|ics|ians|ants|ents|ees|ies|foes|backers|allies|aides|staff)$/i;
/**
 * A pronoun for someone blamed, alone ("called for his resignation", "mocked him") or as the owner of their conduct
 * ("his rhetoric", "her answer", "his foreign policy"); not of people ("his colleagues") or of anything else.
 */
const PRONOUN_BLAMED = /^(him|his|her)(?:\s+(?:\p{Ll}+\s+)?((?:rhetoric|answers?|responses?|conduct|actions|tenure|handling|leadership|remarks|comments|statements?|words|policy|policies|plan|plans|decision|decisions|record|budget|proposal|speech|behaviou?r|position|stance|votes?)))?$/u;
/** "he", "she" charged with a harm ("he’s misused Catholic doctrine"): someone named before. */
const SUBJECT_PRONOUN_BLAMED = /^(he|she)$/i;
/** "said he was to blame", "said that she was responsible": the pronoun that opens what is said, at fault. */
const SELF_AT_FAULT_AFTER_CUE = /^,?\s+(?:that\s+)?(?:he|she)\s+(?:was|is|had\s+been|has\s+been|would\s+be)\s+(?:\p{Ll}+ly\s+|partly\s+|largely\s+)?(?:to\s+blame|at\s+fault|responsible|culpable)\b/iu;
/** What is faulted rather than who: "the study", "such attacks on character and faith". */
const BLAMED_THINGS = new Set(
  "study studies report reports attack attacks policy policies plan plans bill bills comment comments remarks statement statements idea ideas faith character theology record budget law laws rule rules proposal proposals program programs ad ads treatment handling violence legislation decision threats resolution speech interview letter tweet tweets video hearing debate rally".split(" "),
);
/** Whether a noun is a thing done or made, not someone: "plan", "budget", "spending" (not "lawyer", "aides", "company"). */
function isThing(noun: string): boolean {
  const w = noun.toLowerCase().replace(/[^\p{L}-]+$/u, "");
  return BLAMED_THINGS.has(w) || ABSTRACT_NOUN.test(w);
}
/** "progressivism", "reading", "shooting": the endings of abstract nouns and of acts (not "king", "wing"). */
const ABSTRACT_NOUN = /(?:ism|ness|(?<!^k|^w)ing)$/;
/**
 * Whether a blamed phrase names someone: a name, or people or a body by what they are ("protesters", "tea party
 * activists", "the civil rights body"); not only what was faulted ("such attacks on character", "the study").
 */
function namesSomeone(phrase: string, strict = false): boolean {
  if (/^(?:his|her|their|its|him|them)\b/i.test(phrase)) return true;
  // ("the shooting in Harwick Park", "threats over Kline's vote": a thing faulted, where a name follows a preposition.)
  const thing = /^(\p{Ll}+)\s+(?:in|on|over|at|of|against|near|from|after)\s/u.exec(phrase)?.[1];
  if (thing && (BLAMED_THINGS.has(thing) || ABSTRACT_NOUN.test(thing))) return false;
  if (/\p{Lu}/u.test(phrase)) return !WHEN_NAME.test(phrase);
  const head = phrase.toLowerCase().split(/\s+/).pop()!;
  // "a destabilization campaign", "the smear campaign": an act, named by what it does (not "the campaign", someone's).
  if (ACT_DESCRIBED.test(phrase)) return false;
  if (INSTITUTION_NOUNS.has(head) || ORGANIZATION_NOUNS.has(head) || OCCUPATIONS.has(head) || GROUP_PLURALS.has(head) || ROLE_HEADS.has(head) || DESCRIPTION_KINDS[head] !== undefined || namesPeople(head)) return true;
  return !strict && !BLAMED_THINGS.has(head) && !ABSTRACT_NOUN.test(head);
}
/**
 * A word of harm, with a word before it that says what it does: "destabilization campaign", "smear campaign",
 * "bombing campaign" (not "the rival campaign", someone's).
 */
const ACT_DESCRIBED =
  /(?:^|\s)(?:smear|whisper|hate|terror|pressure|influence|propaganda|disinformation|misinformation|intimidation|harassment|destabili[sz]ation|\p{Ll}*(?:izing|ising|bombing|hacking|lobbying))[”"’']?\s+(?:campaign|attacks?|plot|effort|conspiracy|hunt|coup|sabotage|leaks?)$/u;
/** A day or a month alone: when, not who ("by March", "on Tuesday"). */
const WHEN_NAME = new RegExp(String.raw`^(?:${WEEKDAYS}|January|February|March|April|May|June|July|August|September|October|November|December)$`);

/** The words of a blame claim's content that name who is blamed. */
function blamedPhrase(content: string, cue: string, cls: CueClass = "statement"): string | null {
  // (Not a second verb: "criticized his position and pressured other Democrats to …".)
  // (Nor a relative clause set off by commas: "ripping the budget, which was set by her party, as “rigged”".)
  content = content.replace(SECOND_VERB_AFTER_OBJECT, "").replace(RELATIVE_ASIDE_IN_OBJECT, ",");
  // "Obama is damaging Medicare": whoever is charged with the harm; "for Steele's resignation": who is to go.
  const charged = harmCharged(content, cue)?.who ?? demandedToGo(content, cue) ?? apologyOwedBy(content) ?? blameLiesWith(content);
  if (charged) return charged;
  // "a hot summer is the main culprit": the culprit; "he was made a scapegoat for the trustees' failings": the trustees.
  const culpritOrScapegoat = blameWorded(content);
  if (culpritOrScapegoat !== null) return culpritOrScapegoat || null;
  // "called her answer evasive": what is called so; "condemned Akin's comments": whose they are.
  // ("called the council's answer evasive": the council.)
  const called = /^call/i.test(cue) ? judgementCalled(content) : null;
  if (called) return POSSESSOR.exec(called.object)?.[1] ?? called.object;
  // "Our problem with Representative Ryan is …": with whom (someone, not "the pier").
  const problem = problemWith(content);
  if (problem && (/\p{Lu}/u.test(problem) || namesSomeone(problem.replace(/^the\s+/, ""), true))) return problem;
  // "described the chairman as gaffe-prone", "the new Romney-Ryan ad … as “dishonest”": who, or whose it is.
  // ("dismissed the governor's critics as dishonest": the critics, people of someone's, not the governor.)
  const cast = castAtFault(content, cue);
  if (cast) return PEOPLE_OF_SOMEONE.test(cast) ? cast : (POSSESSOR.exec(cast)?.[1] ?? cast);
  // "Steele’s comments are “utterly irresponsible.”": whose they are.
  const judged = judgedConduct(content);
  if (judged) return judged.owner;
  // "anything other than the president's failed economic policies": whose deeds are named at fault, in what is said
  // (a verb of blame names its own: "criticized Holt for backing the president's failed policies" blames Holt).
  const faulted = faultedDeedOwner(content);
  if (faulted && cls !== "blame") return faulted;
  // "Holt was responsible for the delays", "the delays were Holt's fault".
  const culprit = culpableNamed(content);
  if (culprit) return culprit;
  // "Holt's remark is an affront": whose words (not "the remark …", no one's named).
  const reproached = reproachNounJudged(content);
  if (reproached !== null) return reproached || null;
  // "Holt's decision cost lives": whose deed (not "not knowing …", no one's named).
  const costly = livesCostBy(content);
  if (costly) return costly;
  // "she was a disgrace": who is called so.
  const calledName = personReproached(content);
  if (calledName) return calledName;
  // "She cost me the match": who cost it.
  const cost = costUs(content);
  if (cost) return cost;
  // "his conduct was illegal", "the mayor's payments were illegal": whose acts (not "such actions": no one named).
  const unlawful = actsChargedUnlawful(content);
  if (unlawful) return /^(?:such|those|these)\s/.test(unlawful) ? null : (POSSESSOR.exec(unlawful)?.[1] ?? unlawful);
  const denouncing = /^(?:denounc|condemn|decri|critici|slam|blast|lambast|assail|excoriat|castigat)/i.test(cue);
  // (Not past a comma: in "slammed Tom Holt, the city's mayor, over …" the city is who Holt is, not whose.)
  // ("criticize Ryan's and Romney's tax plan": both owners.)
  const owners = denouncing ? TWO_OWNERS.exec(content.trim()) : null;
  if (owners) return `${owners[1]} and ${owners[2]}`;
  const owner = denouncing ? POSSESSOR.exec(content.trim()) : null;
  if (owner && !owner[1]!.includes(",")) return owner[1]!;
  // "condemning “racist elements” in the Tea Party movement": those it is in.
  const within = denouncing ? ELEMENTS_WITHIN.exec(content.trim()) : null;
  if (within) return within[1]!;
  // "charged that Obama administration officials deliberately played down …": the subject of what is charged.
  // ("the Republican ticket's plan would raise costs": whose plan; but "Holt's lawyer misled the court": the lawyer.)
  const subject = /^charged$/i.test(cue) ? chargedSubject(content) : allegedAgainst(content, cue);
  if (subject) return (isThing(subject.split(/\s+/).at(-1)!) ? POSSESSOR.exec(subject)?.[1] : null) ?? subject;
  // "blamed the Harwick Group for the spill on Tuesday", "accused Ada Kline of ignoring a warning by the auditor": the
  // object the verb takes comes first.
  const object = content.replace(WHAT_THEY_CALL, "");
  // (After "accused", what they are accused of comes before any "for": a gerund after "of", "of disrespecting religion
  // and using the issue for political gain", or else the first "of" that opens no name, "of a “shameful” cover-up for
  // his donors", not "the Bank of America of fraud".)
  const accused = /^accus/i.test(cue);
  // ("offered swift, negative reactions to Mayor Holt on Friday": to whom.)
  const reactedTo = /^(?:offer|voic|express)/i.test(cue) ? /\b(?:reactions?|responses?|assessments?|reviews?|verdicts?)\s+(?:to|of|on)\s+(.+?)(?=\s+(?:on|after|over|for|at|in)\b|[,.;]|$)/u.exec(object) : null;
  if (reactedTo) return reactedTo[1]!;
  // ("kept up the pressure on Holt to apologize": whom, before "to".)
  // ("held Holt responsible for the flooding": whom, before "responsible".)
  const pressed = /(?:pressure|attacks) on$/i.test(cue) ? PRESSED_WHOM.exec(object) : /^h(?:eld|olds|olding)$/i.test(cue) ? /^(.+?)\s+(?:\p{Ll}+ly\s+)?(?:responsible|accountable|liable|culpable)\b/u.exec(object) : null;
  const objectFor = (accused ? (ACCUSED_OF_DOING.exec(object) ?? /^(.+?)\s+of\s+(?![“"‘]?\p{Lu})/u.exec(object)) : null) ?? pressed ?? /^(.+?)\s+for\b/.exec(object);
  // (But "blamed a campaign by managers and investors for the closure": the agents after "by".)
  // ("attacking Holt as an “elitist hypocrite” for opposing …": whom, not what they are called.)
  if (objectFor && !/\sby\s/.test(objectFor[1]!)) return objectFor[1]!.replace(/\s+as\s+(?:an?\s|[“"]).*$/u, "").replace(PERSON_APPOSITIVE_AFTER, "");
  const by = BLAMED_BY.exec(content);
  if (by) return by[1]!;
  // "blamed the delays on the mayor" (not "criticized such attacks on “character and faith”": what was attacked).
  const on = /^(?:blam|pin)/i.test(cue) ? BLAMED_ON.exec(content) : null;
  if (on) return on[1]!;
  // "what she calls the “radical” nature of the Tea Party": whose nature, conduct or tactics are faulted.
  const quality = QUALITY_OF.exec(object);
  if (quality) return quality[1]!;
  // ("criticized the study as “nothing more than …”": what is faulted, before "as"; "hammered Mitt Romney over his
  // comment": whom, before "over".)
  // ("criticized Holt at a rally over his budget", "slammed Tom Holt, the city's mayor, over …": whom, not where or
  // when, nor who they are.)
  const objFor = /^(.+?)\s+(?:for|of|as|over)\b/.exec(object);
  if (objFor) return objFor[1]!.replace(OCCASION_AFTER, "").replace(APPOSITIVE_AFTER, "").replace(PERSON_APPOSITIVE_AFTER, "");
  // ("took aim at the governor's failed tax plan": whose deeds, when the verb names no one else.)
  if (faulted) return faulted;
  // "admonished his Republican colleagues.": the object alone; a headline's "Her Sister on Same-Sex Marriage", "Tea
  // Party Racism In Resolution": up to a preposition, and not what is faulted in them ("Racism", "Comments").
  // (Up to a participle that says why: "criticized the council, arguing the fee was illegal.")
  // (Nor how or how often: "rebuked her colleagues publicly", "criticized the mayor again".)
  const head = content.trim().split(/,\s+(?=(?:saying|arguing|adding|calling|accusing|noting|insisting|claiming)\b)/)[0]!.replace(MANNER_AFTER, "");
  if (head.split(/\s+/).length > 6) return null;
  const words = beforePreposition(head.split(/\s+/));
  // ("criticized Tom Reyes's handling of the spill.", "the governor's wife's comments": whose they are, the last owner.)
  const owned = /^(.*\S)['’]s?\s+\S+$/u.exec(words.join(" "));
  if (owned && BLAMED_THINGS.has(words.at(-1)!.toLowerCase().replace(/[^\p{L}]+$/u, ""))) return owned[1]!;
  while (words.length > 0 && /\p{Lu}/u.test(words[0]!) && (BLAMED_THINGS.has(words.at(-1)!.toLowerCase()) || ABSTRACT_NOUN.test(words.at(-1)!.toLowerCase()))) words.pop();
  // ("Obama's Budget": whose it is.)
  return words.length ? words.join(" ").replace(/['’]s?$/, "") : null;
}
/** A relative clause set off by commas inside what is said: ", which was set by her party,". */
const RELATIVE_ASIDE_IN_OBJECT = /,\s+(?:which|who)\s[^,;“”"]{1,80},(?=\s)/g;
/** "and" and a second verb in the past tense after the object, with all that follows: " and pressured others to …". */
const SECOND_VERB_AFTER_OBJECT = /\s+and\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\s+(?:the|his|her|their|its|other|some|many|\p{Lu})\b.*$/su;
/** Two owners of one thing: "Ryan's and Romney's tax plan". Groups 1 and 2. */
const TWO_OWNERS = /^(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){0,2})['’]s?\s+and\s+(\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){0,2})['’]s?\s+\p{Ll}/u;
/** How or how often at the end of an object: " publicly.", " again". */
const MANNER_AFTER = /\s+(?:(?:on|last|this|early|late)\s+\p{Lu}?\p{Ll}+(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|again|publicly|sharply|repeatedly|harshly|strongly)(?=[.;]?$)/u;
/**
 * The words of an object up to a preposition ("Her Sister" of "Her Sister on Same-Sex Marriage"), but past "in", "at"
 * or "from" before a body or place that says who ("Republicans in Congress", "officials at the agency"; not "Tea Party
 * Racism In Resolution").
 */
function beforePreposition(words: string[]): string[] {
  for (let i = 1; i < words.length; i++) {
    const p = words[i]!.toLowerCase();
    if (!CUTTING_PREPOSITIONS.has(p)) continue;
    const rest = words.slice(i + 1);
    const head = rest.at(-1)?.toLowerCase().replace(/[^\p{L}]+$/u, "") ?? "";
    const says = QUALIFYING_PREPOSITIONS.has(p) && rest.length > 0 && (/^\p{Lu}/u.test(rest[0]!) || /^the$/i.test(rest[0]!)) && !BLAMED_THINGS.has(head) && !ABSTRACT_NOUN.test(head);
    if (!says) return words.slice(0, i);
  }
  return words;
}
const CUTTING_PREPOSITIONS = new Set("on over for in at about after from with during to".split(" "));
const QUALIFYING_PREPOSITIONS = new Set(["in", "at", "from"]);
/**
 * "the NAACP of resorting to …", "the president of being …", "the governor of “playing politics”": who is accused,
 * before "of" and a gerund (not a word in -ing before a noun: "the heads of leading banks of lying").
 */
const ACCUSED_OF_DOING = /^(.+?)\s+of\s+[“"‘]?(?:\p{Ll}+ly\s+)?(?:not\s+)?(?!(?:leading|ruling|governing|opposing|neighbou?ring|working|banking|mining|housing|building|founding|sitting|outgoing|incoming|remaining|existing|coming|reigning|acting|presiding|visiting|competing|participating)\b)\p{Ll}{2,}ing\b/u;
/** "what she calls ", "what critics described as ": a speaker's own name for the object, before it. */
const WHAT_THEY_CALL = /^\s*what\s+(?:\p{L}+\s+){1,3}?(?:calls?|called|terms?|termed|describes?\s+as|described\s+as)\s+/u;
/**
 * "the radical nature of the Tea Party that …": a quality or conduct, then whose it is (group 1). (Not "the treatment
 * of migrants" or "the handling of the case": after those, "of" names what was treated or handled.)
 */
const QUALITY_OF = /^[“"]?(?:the|its|their)\s+(?:[“"]?[\p{L}-]+[”"]?\s+){0,2}?(?:nature|conduct|tone|behaviou?r|tactics|rhetoric|leadership|mismanagement|record)\s+of\s+((?:the\s+)?[\p{L}.’'-]+(?:\s+[\p{L}.’'-]+){0,4}?)(?=\s+(?:that|who|which|for|in|on|during|over|and)\b|[.,;]|$)/u;
/** "“racist elements” in the Tea Party": people of a group, then the body named after "in", "within" or "among" (not "the shooting in Harwick Park"). */
const ELEMENTS_WITHIN = /^(?:[\p{Ll}“”"‘’'-]+\s+){0,2}[“"‘']?(?:elements|members|factions?|wing|supporters|activists|extremists|bigots|racists)[”"’']?\s+(?:in|within|among)\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){0,3})/u;
/**
 * "Akin's comments", "the mayor's plan", "the Elton council’s decision to cut …": the possessor (not "the attack on
 * Ann's house" or "threats made against Ada Kline's family", where a preposition or a participle comes first).
 */
const POSSESSOR = /^(?:the\s+)?((?:(?!(?:on|of|in|at|to|for|by|against|with|over|after|following|outside|about|toward|towards|\p{Ll}+ing|\p{Ll}+ed)\s)[^\s'’]+\s+){0,3}?[^\s'’]+)['’]s?\s+\p{L}/u;

/** Whether a source is worded as a document ("The cable", "the letter"), whoever it is credited to. */
export function wordedAsDocument(sourceText: string): boolean {
  return DOCUMENT_NOUNS.has(headNoun(sourceText));
}
