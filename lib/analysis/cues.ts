// Attribution cues: the verbs and markers that attribute content to a source ("said", "according to", "denied").

import { ALL_FAMILIES, keywordFamily, type Families } from "./keywords";
import { AUXILIARIES, BE_BEFORE, DOCUMENT_ASIDE_PARTICIPLES, GOING_ON, INSTITUTION_NOUNS, isPersonNoun, namesPeople, ORGANIZATION_NOUNS, ROLE_HEADS, SUMMING_NOUN_LEAD, WEEKDAYS } from "./lexicon";
import type { Sentence } from "./text-units";

export type CueClass = "statement" | "blame" | "denial" | "finding" | "report";

export interface Cue {
  start: number;
  end: number;
  /** The cue as written ("said", "according to", "reports emerged"). */
  text: string;
  cls: CueClass;
  /** How the source is found: before the verb, after it ("according to X", "said X"), or special forms. */
  form: "verb" | "participle" | "according" | "reports" | "passive-it" | "appositive-claim" | "hearing";
  /** For "appositive-claim" and "hearing": where the source phrase starts. */
  sourceFrom?: number;
  /** Criticism told with no critic named ("was criticized for …", "faced criticism for …"): unnamed critics speak. */
  agentless?: true;
}

const words = (s: string) => s.trim().split(/\s+/);
const VERB_CLASS = new Map<string, CueClass>();
const add = (cls: CueClass, list: string) => words(list).forEach((w) => VERB_CLASS.set(w, cls));
add("statement", `accepted accepts accepting said says say saying told tells telling tweeted tweets tweeting wrote writes writing posted posting added adds adding
  asked asks argued argues arguing claimed claims claiming insisted insists insisting announced announces
  announcing stated stating noted noting warned warns warning explained explains explaining acknowledged
  acknowledges acknowledging admitted admits admitting conceded concedes conceding declared declares declaring
  asserted asserts asserting contended contends contending maintained maintains suggested suggests predicted
  predicts promised promises vowed vows urged urges urging responded responds replied replies recalled recalls testified
  testifies confirmed confirms complained complains pledged pledges boasted joked quipped countered emphasized
  stressed remarked wondered alleged alleges alleging allege continued retorted retort referred hailed hails characterized
  characterizes described describes describing called reads read demands demanded calling calls dubbed labeled branded commented
  projected projects forecast forecasts reiterated reiterates estimated estimates states state recommended recommends expects expected
  downplayed downplays downplaying defended defends defending portrayed portrays portraying painted paints
  summarized summarizes notes threatened threatens sees saw demanding believe believes believed think thinks thought fear fears cautioned cautions
  cautioning cast casts casting reaffirmed reaffirms reaffirming objected objects objecting protested protests protesting
  complaining suggest fumed fumes fuming sighed sighs gushed gushes sobbed exclaimed exclaims
  muttered mutters whispered whispers lamented laments lamenting mused muses scoffed scoffs ranted rants indicated indicates identified named
  attributed attributes directs instructs termed terms`);
/**
 * Verbs of praise and blame: they attribute with a quotation or "as" after them, or with "for" and a deed
 * ("criticized the agency for waiting").
 */
/** The plural present of verbs of blame ("Republicans slam Obama …"): after a plural subject only, as "to slam" is none. */
const PLURAL_CRITICISM = words(`slam blast condemn mock chide scold rebuke denounce decry assail lambaste`);
const CRITICISM_VERBS = new Set([
  ...words(`criticized criticizes slammed praised chided scolded tweaked tweaks blasted blasts lambasted assailed commended
  commends lauded applauded condemned condemns condemning mocked mocks taunted taunts ripped rips ripping knocked
  knocks praise knocking bashed bashes bashing hammered hammers hammering admonished admonishes rebuked rebukes
  chastised chastises castigated castigates excoriated excoriates berated berates denounced denounces derided derides scolds chides
  lambasts praises decried decries targeted targets mocking taunting criticizing slamming blasting chiding scolding
  lambasting assailing castigating excoriating berating denouncing deriding decrying rebuking chastising criticize slams assails
  attacked attacking`),
  ...PLURAL_CRITICISM,
]);
/** An occasion used for a purpose, before "to": "using a stop in Oskaloosa, Iowa, to ", "used the speech to ". */
const USED_TO_BEFORE = /\b(?:use|uses|used|using)\s+(?:a|an|the|his|her|their|its)\s+[^.;“”"]{1,60}?\s+to\s+$/;
/** …but not refused or never used: "refused to use the ceremony to criticize". */
const REFUSED_TO_USE = /\b(?:refused|refuses|declined|declines|not|never|n['’]t)\s+(?:to\s+)?use\b/;
/** The verbs of reproach that make a claim with only their object ("Cummings also admonished his Republican colleagues."). */
const REPROACH_VERBS = new Set(words(`admonished admonishes rebuked rebukes chastised chastises castigated castigates excoriated
  excoriates berated berates scolded scolds chided chides denounced denounces condemned condemns lambasted lambasts decried decries
  criticize criticized criticizes criticised criticises`));
/**
 * A verb of reproach ("admonished"), whose bare object-only claim frames what the speaker says next (not "criticized",
 * so common that what comes next is as often something else).
 */
export function isReproachVerb(cue: string): boolean {
  return REPROACH_VERBS.has(cue.toLowerCase()) && !/^critici/i.test(cue);
}
/**
 * Verbs of reproach that may be passive with their agent after "by": "The ad was denounced by the Log Cabin
 * Republicans", a headline's "Elizabeth Cheney blasted by older sister" ("slammed by the storm" attributes nothing:
 * the agent must be a source).
 */
const PASSIVE_REPROACH = new Set(words(`criticized criticised condemned denounced decried derided mocked taunted chided scolded
  admonished rebuked chastised castigated excoriated berated lambasted assailed blasted slammed`));
/** A passive's auxiliary, and an adverb, before its participle ("was roundly denounced"; not "was not criticized"). */
const PASSIVE_AUXILIARY = /\b(?:is|are|was|were|been|being|be|get|gets|got)\s+(?:(?:\p{Ll}+ly|also|again|just|since)\s+)?$/u;
/** How or when a passive was done, between its participle and "by": "at the time", "later", "sharply". */
export const PASSIVE_MANNER = String.raw`(?:at the time|at first|later|then|\p{Ll}+ly)`;
const AGENT_PAST_MANNER = new RegExp(String.raw`^ (?:${PASSIVE_MANNER} )?by \S`, "iu");
/** Whether a verb of reproach is passive with its agent after it ("was denounced by …"). */
function reproachedBy(w: string, lead: string, rest: string, headline: boolean): boolean {
  // (Past how or when: "was criticised at the time by", "was criticised sharply by".)
  if (!PASSIVE_REPROACH.has(w) || !(AGENT_PAST_MANNER.test(rest) || REASON_THEN_AGENT.test(rest))) return false;
  // (A headline drops the auxiliary: "Elizabeth Cheney blasted by older sister".)
  // (Not what only could happen: "could be condemned by the Security Council".)
  if (/\b(?:could|would|may|might|will|should|can|must)\s+(?:\p{Ll}+ly\s+)?be\s+$/u.test(lead)) return false;
  return PASSIVE_AUXILIARY.test(lead) || (headline && /\p{L}\s$/u.test(lead));
}
/** A verb of praise or blame ("praised", "slammed"): what it attributes keeps its own kind. */
export function isCriticismVerb(cue: string): boolean {
  return CRITICISM_VERBS.has(cue.toLowerCase());
}
/**
 * …a person or body as the object, ending the sentence: "his Republican colleagues.", "the Harbor Board.", "Ann Holt.",
 * "Holt." (not one capitalised word for a belief, a condition or a law: "denounced Islamophobia.", "criticized Obamacare.").
 */
const REPROACHED = /^ (?:(?:his|her|their|its|the)\s+(?:[\p{L}’'-]+\s+){0,2}(?:colleagues|critics|opponents|rivals|members|leaders|leadership|party|administration|president|governor|mayor|council|board|committee|government|agency|company|senators|lawmakers|officials|allies)|(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){1,3}|(?!\p{Lu}[\p{L}’'-]*(?:ism|isms|phobia|care|ity|ness|ment|tion|gate)\s*[.;])\p{Lu}\p{Ll}[\p{L}’'-]*)(?:\s+(?:on|last|this|early|late)\s+\p{Lu}?\p{Ll}+(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:yesterday|today|again|publicly|sharply|repeatedly|harshly|strongly))?\s*[.;]\s*$/u;
/**
 * Verbs of reproach that take someone's words or acts as well as a person ("condemned Akin's comments.", "decried the
 * mayor's plan.", "decried the administration's decision to use foreign aid …"): the owner is blamed. (Not "condemned
 * the attack.", with no one named, nor "condemned his killing.", something done to him, nor "condemned the threats over
 * Kline's vote", where a preposition comes before the owner.)
 */
const DENOUNCING = new Set(words(`denounced denounces condemned condemns decried decries criticize criticized criticizes criticised criticises
  slammed slams blasted blasts lambasted lambasts assailed assails excoriated excoriates castigated castigates criticizing
  criticising condemning denouncing decrying slamming blasting lambasting assailing excoriating castigating`));
const DENOUNCED_THING = /^ (?:his|her|their|its|(?:the\s+)?(?:(?!(?:on|of|in|at|to|for|by|against|with|over|after|about|made)\s)[\p{L}.’'-]+\s+){0,2}\p{L}[\p{L}.’'-]*['’]s?(?:\s+and\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}.’'-]*['’]s?)?)\s+(?:[\p{L}’'-]+\s+)?(?:comments?|remarks?|statements?|words|decision|plan|policy|policies|vote|actions?|conduct|behaviou?r|handling|response|rhetoric|position|stance|record|proposal|budget|bill|ads?|tactics|attacks?|approach|announcement|claims?|suggestion|move|order|speech|letter|tweets?|video)(?:(?:\s+(?:to|of|on|for|in|against|toward|towards)\s+[^.;“”"]{1,100}?)?(?:\s+(?:altogether|outright|publicly|strongly|sharply))?\s*[.;]\s*$|\s+that\s|\s+and\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b)/u;
/** Where something was said: "on Twitter", "on the Senate floor", "in a statement". */
const SAID_WHERE = String.raw`(?:on\s+(?:Twitter|Facebook|social\s+media|television|the\s+(?:Senate|House)\s+floor)|in\s+(?:a|an)\s+(?:statement|interview|tweet|post|letter|op-ed|speech))`;
/**
 * …or a decision with no owner named, ending the sentence, perhaps with where it was said: "blasted the move on
 * Twitter.", "condemned the decision." (not "condemned the attack.": only what was decided).
 */
const DENOUNCED_DECISION = new RegExp(String.raw`^ the (?:move|decision|cut|cuts|plan|policy|ruling|order|proposal|announcement|deal|veto|pardon)(?:\s+${SAID_WHERE})?(?:\s+(?:on|last|this)\s+\p{Lu}?\p{Ll}+)?\s*[.;]\s*$`, "u");
/**
 * …or anything "the …" ending the sentence after a verb that only ever criticises: "criticised the size of the fine.",
 * "decried the state of the roads." (not "slammed the door.", "blasted the ball."; nor "condemned the attack.", an act
 * with no reason given, or "condemned the building").
 */
// (Only "of" or "on" inside: a reason or a time after "for", "over", "in", "as" … is read by the rules for deeds, or is none.)
const CRITICIZED_THING = /^ the\s+(?:(?!(?:for|over|as|after|during|in|at|by|with|to|from|since|when)\s)[\p{L}’'-]+\s+){0,5}?[\p{L}’'-]+\s*[.;]\s*$/u;
/** Criticism held back, right before the verb: "stopped short of ", "refrained from ", "avoided ". */
const HELD_BACK_FROM = /\b(?:short\s+of|refrained\s+from|refrains\s+from|avoided|avoids|avoiding)\s+$/;
/** Where an order or a cut was denounced, which "slammed" and "blasted" need to be words of ("blasted the order on Twitter", not "slammed the order"). */
const DECISION_DENOUNCED_WHERE = new RegExp(String.raw`\s${SAID_WHERE}\b`, "u");
/**
 * Verbs of speech acts that make a headline's claim with only their object ("Santorum Defends Comments on Obama",
 * "Mary Cheney Criticizes Her Sister on Same-Sex Marriage"): the present tense a headline uses.
 */
const HEADLINE_ACTS = new Set([
  ...words(`defends criticizes condemns mocks slams blasts chides scolds lambasts rebukes denounces decries assails defend criticize
  rips bashes taunts berates derides excoriates castigates chastises admonishes confirms admits`),
  ...PLURAL_CRITICISM,
]);
/** A contest's result after the object: "Rips Djokovic in Straight Sets", "Rips Celtics for 40", "Slams Holt 6-2". */
const CONTEST_RESULT = /\b(?:\d+-\d+|for\s+\d+|in\s+(?:straight\s+sets|(?:the\s+)?(?:\p{L}+\s+)?(?:final|semifinal|round|game|match|opener|overtime|series|playoffs?|race))\b)/iu;
/**
 * What such a verb takes when it is no act of speech: a particle ("Blasts Off", "Slams the Door on" is left to the
 * verb's other rules), or, for "defends", a title, a seat or a thesis.
 */
const NOT_A_HEADLINE_ACT = /^\s+(?:(?:on|up|down|out|off|away|home|past|back|over|at|through|in|into|to|for)\b|(?:(?:his|her|their|its|the)\s+)?(?:\p{L}+\s+)?(?:title|seat|crown|championship|lead|dissertation|thesis|record|belt|turf)s?\b)/iu;
/**
 * A main clause that charges someone, before a participle that says what ("criticized the mayor, saying …", "took Mr.
 * Ryan to task for that argument, saying …", "lashed out at the board, arguing …"): whom or what it charges, or null.
 */
export function chargeInClause(clause: string): string | null {
  const m = CHARGE_IN_CLAUSE.exec(clause);
  // (Not a charge the subject has since moved past: "criticized the mayor last year but has since endorsed her plan,".)
  if (!m || /\b(?:but|and|then|since|later)\b/.test(clause.slice(m.index + m[0].length))) return null;
  // (Not oneself, nor a door slammed on something.)
  return /^(?:himself|herself|themselves|itself|myself|ourselves|the\s+door)$/i.test(m[1]!) ? null : m[1]!;
}
/** The verbs of praise: the others charge someone, so what they attribute is blame ("criticized X for raising …"). */
const PRAISE_VERBS = new Set(words(`praised praise praises commended commends lauded lauds applauded applauds`));
for (const w of CRITICISM_VERBS) VERB_CLASS.set(w, PRAISE_VERBS.has(w) ? "statement" : "blame");
/** Verbs of blame that also do other work ("tweaked the rules", "targeted voters", "knocked on doors") are left out. */
const CHARGING_VERBS = [...CRITICISM_VERBS].filter((w) => !PRAISE_VERBS.has(w) && !w.endsWith("ing") && w !== "criticize" && !/^(?:tweak|target|knock|ripp?|hammer|attack)/.test(w));
const CHARGE_IN_CLAUSE = new RegExp(
  String.raw`\b(?:(?:${CHARGING_VERBS.join("|")})\s+(?!(?:on|up|down|out|off|home|away|into|back)\b)|(?:took|takes|take)\s+(?=[^,;]{1,60}?\s+to\s+task\b)|(?:lashed|lashes)\s+out\s+at\s+|(?:went|goes)\s+after\s+)` +
    String.raw`((?:the\s+)?[^,;\s]+(?:\s+(?!(?:to\s+task|for|on|over|in|about|during|after|at|as|and|but|while|because|last|this)\b)[^,;\s]+){0,4}?)(?=\s+(?:to\s+task|for|on|over|in|about|during|after|at|as|last|this|altogether|outright|publicly|strongly|sharply|\p{Ll}+ly)\b|\s*,\s*$)`,
  "u",
);
/** After a plural "claim", what is claimed: "that", "to", or a clause ("the cracks appeared", "it was"). */
const CLAIMED_CLAUSE = /^ (?:that\b|to\s|(?:[\p{L}’'-]+\s){1,3}(?:is|are|was|were|had|has|have|will|would|could|can|did|\p{Ll}+ed)\b)/u;
/** Verbs of welcoming, a stance only on what was decided or said: "welcomed the ruling". */
const WELCOMING = new Set(words(`welcomed welcomes`));
for (const w of WELCOMING) VERB_CLASS.set(w, "statement");
const WELCOMED_OBJECT = /^ (?:the|this|that|its|their|his|her|a|an)\s+(?:[\p{L}’'-]+\s+){0,3}(?:decision|ruling|move|announcement|news|report|plan|deal|verdict|results?|vote|outcome|proposal|changes?|agreement|findings?|refusal|ban|judgment|judgement|reforms?|investigation|inquiry|review|apology|recall)\b/u;
/** …then its first subject's naming, "and" and a second subject ("…, a measure its sponsors described as a defense and its opponents "). */
const SUMMED_UP_JOINED_BEFORE = new RegExp(String.raw`${SUMMING_NOUN_LEAD}(?:[\p{L}’'.-]+\s){1,4}(?:described|called|labeled|labelled|termed|dubbed|branded|hailed|decried|derided|praised)\s[^,;:“”"]{1,100}\sand\s(?:(?:its|their|the|his|her|many|some)\s)?(?:[\p{L}’'.-]+\s){1,3}$`, "u");
/** A noun summing up the clause before a verb of naming, then the verb's subject ("…, a decision privacy advocates "). */
const SUMMING_NOUN_BEFORE = new RegExp(String.raw`${SUMMING_NOUN_LEAD}(?:[\p{L}’'.-]+\s){1,4}$`, "u");
/**
 * What a verb of defending takes as a stance with no quotation: a decision, a plan, what someone said or did
 * ("defended the administration's decision to ask …", "defended his remarks"); not a title, a client, a city, a
 * position held against an assault, nor a case argued in court ("defended the ban in federal court").
 */
const DEFENDED_STANCE = /^ (?:(?:the|this|that|its|their|his|her|our|my)\s+|\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){0,2}['’]s?\s+)(?:[\p{L}’'-]+\s+){0,3}?(?:decision|decisions|move|plan|plans|policy|policies|choice|handling|response|remarks|comments|statement|statements|actions|conduct|proposal|order|approach|vote|votes|nomination|ban|program|programs|deal|agreement|tweets?|strategy|budget|cuts|tariffs|stance|rollout|request|pardon|firing|transfer|change|changes|law|bill|measure|ruling|reform|reforms|scheme)\b(?![^.;]{0,40}\b(?:in|before|at)\s+(?:(?:a|the)\s+)?(?:[\p{L}-]+\s+){0,2}(?:[Cc]ourt|[Hh]earing|[Tt]rial|[Tt]ribunal)\b)/u;
/** "defended his bowler.", "defended her staff,": one of the subject's people stood up for, the clause ending there. */
const DEFENDED_ONES_OWN = /^ (?:his|her|their|its)\s+(?:own\s+|young\s+|embattled\s+)?(\p{Ll}+)\s*[.;,]/u;
function defendsOnesOwn(rest: string): boolean {
  const who = DEFENDED_ONES_OWN.exec(rest)?.[1];
  // (Not a lawyer's client, defended in court.)
  return who !== undefined && who !== "client" && (isPersonNoun(who) || /^(?:staff|team|players|officers|colleagues|members|workers|employees)$/.test(who));
}
/** What is demanded of someone in answer: " his resignation", " an independent investigation", " answers". */
const DEMANDED_ACT = /^ (?:(?:his|her|their|its|the|an?)\s+)?(?:(?!(?:that|to|of|for|in|on|include|includes|included|are|were|is|was|have|has|had)\s)[\p{L}\d-]+\s+){0,2}(?:resignation|investigation|inquiry|apology|answers|explanation|hearings?|probe|audit|recount|retraction|accountability|removal|firing|ouster|impeachment|briefing|testimony|truce|ceasefire|cease-fire|withdrawal|release|halt|end|election|elections|referendum|recruitment|payment|payments|reinstatement|restoration|reversal|repeal|compensation|refunds?|review|return|suspension|cancellation|arrest|prosecution|disclosure|publication)\b/u;
/** Plural words for people who call something so or call for it ("Opponents call …", "Senate Democrats call for …"). */
const PEOPLE_CALLING = new Set(words(`opponents critics supporters residents activists advocates officials lawmakers senators leaders
  democrats republicans dems experts economists analysts parents teachers unions groups members voters protesters campaigners
  scientists doctors workers families neighbors neighbours rivals allies conservatives liberals progressives environmentalists`));
/** Whether the word before "call" is one who calls: such a plural or any word for people ("governors", "cyclists"), or a name that does not open the sentence. */
function callerBefore(lead: string): boolean {
  const m = /([\p{L}.’'-]+)\s+(?:\p{Ll}+ly\s+|also\s+|now\s+|still\s+)?$/u.exec(lead);
  return !!m && (PEOPLE_CALLING.has(m[1]!.toLowerCase()) || namesPeople(m[1]!.toLowerCase()) || (/^\p{Lu}/u.test(m[1]!) && m.index > 0 && !/[.!?]\s*$/.test(lead.slice(0, m.index))));
}
/** A document its subject put out, right before "urging": "issued a joint statement ", "sent a letter ". */
const ISSUED_URGING_BEFORE = /\b(?:issued|released|sent|wrote|posted|published|passed|adopted|signed|put\s+out|filed|tabled)\s+(?:a|an|the|their|his|her|its)\s+(?:joint\s+|open\s+|formal\s+)?(?:statement|letter|resolution|motion|memo|post|tweet|message|appeal|petition|report)\s+$/;
/** What may follow a tag's verb that ends the sentence: ".", " in the Federal Court.", " on Tuesday." */
const TAG_ENDS_SENTENCE = /^(?:\s+(?:in|on|at|before|to|last|this|earlier)\s[^.;,:“”"]{1,50})?[.]["”’]?\s*$/;
/** A tag's subject after the comma that closes what it says: ", the consumer watchdog has ", ", prosecutors ". */
const TAG_SUBJECT_AFTER_COMMA = /[^,]{12,},["”’]?\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}’'.-]+\s+){0,4}(?:(?:has|have|had)\s+)?$/u;
/** A wrong alleged, quoted or named, after "alleged": " “irregularities”", " widespread voter fraud", " retaliation". */
const ALLEGED_WRONG = /^ (?:[“"‘]|'(?=\p{L})|(?:(?:widespread|systemic|systematic|voter|election|ballot|financial|sexual|racial|gross|serious|massive|possible)\s+){0,2}(?:fraud|irregularities|misconduct|bias|discrimination|retaliation|negligence|wrongdoing|abuse|corruption|harassment|malpractice|collusion|tampering|interference|cover-?ups?|conspiracy|mismanagement|intimidation|favoritism|favouritism)\b)/u;
/**
 * Verbs of pleading, a statement only with what is pleaded for: "appealed to residents to remain calm", "pleads for
 * calm", "pleaded with fans to stay away" (a plea in court, "pleaded guilty", is none).
 */
const APPEALING = new Set(words(`appealed appeals appealing pleaded pleads pleading`));
for (const w of APPEALING) VERB_CLASS.set(w, "statement");
// (Not a legal appeal: "appealed to the Supreme Court to overturn the ruling".)
const APPEALED_FOR = /^ (?:(?:to|with) (?!(?:the\s+)?(?:[\p{Lu}][\p{L}.]*\s+)*(?:Court|court|tribunal|Tribunal|board|Board|panel|judge|Judge)\b)(?:[\p{L}’'-]+\s+){1,4}(?:not\s+)?to\s+\p{Ll}|for (?:calm|peace|restraint|help|patience|unity|understanding|information|witnesses|donations|support|anyone|people|members\s+of\s+the\s+public|the\s+public|drivers|motorists|footage|dashcam)\b)/u;
/** A day, then a clause with a pronoun subject: " Wednesday he's not worried", " on Monday she would run". */
const INDICATED_ON_A_DAY = new RegExp(String.raw`^ (?:on )?(?:${WEEKDAYS}|yesterday|today) (?:he|she|they|it|we|I)\b`, "u");
/** Verbs of shouting: a statement only with the words shouted quoted. */
const SHOUTING = new Set(words(`shouted shouts yelled yells screamed screams heckled`));
for (const w of SHOUTING) VERB_CLASS.set(w, "statement");
/** What is put down to a cause: "part of the decline to …", "the outage to a software update" (an object, then "to"). */
const ATTRIBUTED_TO = /^ (?!to\b)[^.;,:“”"]{2,80}?\sto\s/u;
/** What is praised as someone's stance on a decision: "praised the veto", "applauded the ruling" (not "praised the team"). */
const PRAISED_DECISION = /^ (?:the|this|that|its|their|his|her|a|an)\s+(?:[\p{L}’'-]+\s+){0,3}(?:decision|ruling|move|announcement|deal|verdict|vote|outcome|agreement|findings?|ban|judgment|judgement|reforms?|veto|bill|law|measure|policy|budget|settlement|order|appointment|nomination)\b/u;
/** What a fear is of, as a claim: "that …", "for …", or a clause with its verb ("the water will run out"). */
const FEARED_CLAUSE = /^ (?:that\b|for\b|(?:[\p{L}’'-]+\s+){1,5}(?:will|would|could|can|may|might|is|are|was|were|has|have|had)\b)/u;
/** Words before "fear" that make it a noun: "for fear of", "their fears", "no fear". */
// (And after a possessive or a conjunction: "Residents' fears that …", "hopes and fears".)
const FEAR_NOUN_BEFORE = /(?:\b(?:for|in|with|of|out|without|amid|the|a|an|no|any|their|his|her|its|our|my|your|such|growing|deep|real|and|or)|\p{L}['’]s?)\s+$/iu;
/** Present plural forms ("Democrats contend", "critics argue"), which attribute only after their subject. */
const PLURAL_PRESENT = new Set(words(`tell argue insist contend warn maintain suggest predict acknowledge admit concede assert
  explain complain vow pledge add note stress emphasize counter defend expect claim estimate call demand`));
for (const w of PLURAL_PRESENT) VERB_CLASS.set(w, "statement");
// Pushing back on something said is denying it ("a senior official also pushed back, saying …").
for (const v of ["pushed back", "pushes back", "pushing back"]) VERB_CLASS.set(v, "denial");
// So is brushing aside a suggestion or a charge ("Solberg brushed aside suggestions that the suit was political").
for (const v of ["brushed aside", "brushes aside", "brushing aside", "brushed off", "brushes off"]) VERB_CLASS.set(v, "denial");
// Counsel "put it to" a witness "that …": a case put in court ("Counsel for the operator put it to Mrs Lawal that no
// complaint had been received").
VERB_CLASS.set("put it to", "statement");
// An apology is said to someone ("apologised to customers in a video message"; British forms follow, see AMERICAN_OF).
add("statement", "apologized apologizes apologizing");
// A plea of not guilty denies the charge ("He has pleaded not guilty.", "Holt pleads not guilty to fraud").
for (const v of ["pleaded not guilty", "pleads not guilty", "plead not guilty", "pleading not guilty", "pled not guilty"]) VERB_CLASS.set(v, "denial");
// A plea of guilty is the accused's own word in court ("Holt, 46, pleaded guilty to six charges"), as the held-out sets
// label it.
for (const v of ["pleaded guilty", "pleads guilty", "pled guilty"]) VERB_CLASS.set(v, "statement");
// Phrasal verbs of retort ("Ryan shot back: …") and of joining a debate ("Nuland weighed in with her concerns").
/**
 * Holding someone to blame and pinning blame on them: "held Holt responsible for the flooding", "holds the agency
 * accountable", "pinned the blame on Holt" (not "held a meeting", "pinned a medal on him").
 */
const HOLDING = new Set(["held", "holds", "holding"]);
const PINNING = new Set(["pinned", "pins", "pinning"]);
for (const w of [...HOLDING, ...PINNING]) VERB_CLASS.set(w, "blame");
// (Not an event held with or for those responsible: "held talks with the companies responsible for the pipeline".)
const HELD_RESPONSIBLE = /^\s+(?:(?!(?:with|for|among|between|alongside|about)\s)[\p{L}'’.\-]+\s+){1,5}(?:\p{Ll}+ly\s+)?(?:responsible|accountable|liable|culpable)\b/u;
const PINNED_BLAME = /^\s+(?:the\s+|much\s+of\s+the\s+|some\s+of\s+the\s+|most\s+of\s+the\s+)?blame\s+(?:for\s+[^.;]{1,60}?\s+)?(?:squarely\s+)?on\s/u;
/** When or among whom, before what for: " on Friday", " within his own party", " online". */
const REASON_LEAD = String.raw`(?:\s+and\s+(?:a\s+)?calls?\s+for\s+(?:his|her|their)\s+(?:resignation|ouster|firing))?(?:\s+(?:on|last|this|late|early)\s+\p{L}+|\s+within\s+(?:his|her|their|its)\s+(?:own\s+)?\p{Ll}+|\s+(?:online|abroad|at\s+home))?`;
/** What criticism was for, right after it (perhaps after when): " for his remarks", " on Friday over the budget". */
// (Or after something said: "drew fierce criticism and a call for his resignation on Friday after declaring that …".)
const REPROACH_REASON = new RegExp(String.raw`^${REASON_LEAD}\s+(?:(?:for|over)\s+(?:his|her|their|its|the|a|an|what|not|\p{Ll}+ing\b|\p{L})|after\s+(?:declaring|saying|suggesting|claiming|calling|telling|writing|tweeting|comparing|describing|posting)\b)`, "iu");
/** A count or a stretch of time after "for"/"over", not a reason: "blasted for eight runs", "slammed over the weekend", "for a second straight day". */
const REASON_IS_COUNT_OR_SPAN = new RegExp(String.raw`^${REASON_LEAD}\s+(?:for|over)\s+(?:(?:a|an|the)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|nearly|about|almost|more\s+than|less\s+than|second|third|fourth|fifth|straight|consecutive|weekend|night|hours?|minutes?|days?|weeks?)\b)`, "iu");
/** Whether what follows an agentless reproach gives a reason for it, not a count or a stretch of time. */
// (A reason may still follow the span: "came under fire over the weekend for the slow response".)
function reproachReason(rest: string): boolean {
  if (!REPROACH_REASON.test(rest)) return false;
  const span = REASON_IS_COUNT_OR_SPAN.exec(rest);
  return !span || /^[^.;,]{0,40}?\s(?:for|over)\s+(?:his|her|their|its|the|what|not|\p{Ll}+ing\b)/iu.test(rest.slice(span[0].length));
}
/**
 * What a passive reproach is for, then who reproached: " for the delays by " of "was criticized for the delays by Ann
 * Kerr" (the agent a name or "the …"; no comma or quotation between; not the agent of a participle in the reason,
 * "for the cuts proposed by Governor Lee", nor a time, "by the end of the year").
 */
/** A name given, then the agent who gave it: " as “dead on arrival” by ", " as a betrayal by the ". */
export const AS_THEN_AGENT = /^ as (?:[“"][^”"]{1,80}[”"]|[^,.;:“”"]{1,60}?) by (?=\p{Lu}|the\s)(?!the\s+(?:end|time|deadline|close|middle|start|beginning|way)\b)/u;
export const REASON_THEN_AGENT = /^ (?:for|over) [^,.;:“”"]{1,60}?(?<!\b\p{Ll}+(?:ed|en)) by (?=\p{Lu}|the\s)(?!the\s+(?:end|time|deadline|close|middle|start|beginning|way)\b)/u;
/** A building's condition, the reason a building is condemned: "condemned over safety concerns", "as unsafe". */
const CONDEMNED_BUILDING = /^\s+(?:(?:for|over|because\s+of|due\s+to)\s+(?:(?:the|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:safety|health|structural|code|fire|demolition|mold|asbestos|disrepair|violations?|damage|flood(?:ing)?)\b|as\s+unsafe)/u;
/** A building as a passive's subject: "The old motel was ", "The houses have been ". */
/** A building condemned by name: " the Grand Hotel on Friday" (not "the White House"). */
const BUILDING_NAMED = /^ (?:the\s+)?(?:[\p{L}.’'-]+\s+){0,3}(?:Hotel|Motel|Building|Tower|Bridge|Inn|Apartments|Stadium|Arena|Mall|hotel|motel|building|bridge|tower|house|home|apartments?)\b/u;
const BUILDING_BEFORE = /\b(?:house|home|building|motel|hotel|apartment|structure|bridge|property|tower|complex|school|church|stadium|dam|warehouse|plant|mill|block)s?\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)$/;
/** Before an agentless reproach: a negation ("has not been criticized", "was never criticized", "wasn't") or a relative
 * pronoun as its subject ("The coach, who was criticized for …, said": the clause's own speech stays). */
const AGENTLESS_BLOCKED_BEFORE = /(?:\b(?:not|never|hardly|rarely|seldom|barely|scarcely)|n['’]t)\s+(?:(?:been|be|being)\s+)?$|\b(?:[Ii]f|[Uu]nless|[Ww]hether)\s[^,.;:“”"]{1,60}$|\b(?:who|whom|which|that)\s+(?:(?:has|have|had)\s+)?(?:(?:is|are|was|were|been|being|get|gets|got|faced|faces|drew|draws|took|takes|came\s+under|comes\s+under)\s+)?(?:(?:\p{Ll}+ly|also|again|just|since|sharp|fierce|heavy|harsh|some|much|widespread|public)\s+)*$/u;
/** What is called back, after "recalled": a number of things or someone's goods or envoy ("300 cars", "its ambassador"). */
// (Goods with no determiner too: "Carmaker recalls vans", "recalled baby formula"; but not a memory of them, "recalled
// trucks arriving after midnight", "recalled buses that burned".)
const RECALLED_THING = /^\s+(?:\d[\d,.]*|(?:about|nearly|more\s+than|over|some|all|hundreds|thousands|millions)\b|(?:its|their)\s|(?:(?:the|his|her)\s+(?:[\p{L}-]+\s+)?|(?:baby|infant|electric|diesel|hybrid|frozen|children['’]s|pet)\s+)?(?:ambassador|envoy|products?|cars|vans|vehicles|trucks|buses|models|devices|drugs|medicines?|food|formula|batch|batches|shipments?|lots?|toys|phones|chargers|batteries|laptops|cots|prams|tablets|pills|vaccines?)\b(?!\s+(?:\p{Ll}+ing|\p{Ll}+ed|being|that|who|which|when|she|he|they|queues?|parcels?|shortages?|lines?|banks?|stamps?|rations?)\b))/u;
/**
 * What a judge or an office turns down, after "denied": a motion, a request, bail, a permit ("denied the motion to
 * dismiss"); not a deed denied ("denied making improper requests") nor a clause ("denied the request had been received").
 */
const DENIED_REQUEST = /^\s+(?:(?:the|a|an|his|her|their|its|(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}.’'-]*['’]s?)\s+)?(?:(?![\p{Ll}-]*ing\s)[\p{Ll}-]+\s+){0,2}(?:motions?|requests?|bail|appeals?|permits?|petitions?|applications?|entry|visas?|parole|licen[cs]es?|waivers?|injunctions?|stays?|extensions?|asylum|pleas?)\b(?!\s+(?:had|has|have|was|were|is|are|would|will|could|ever)\b)/u;
const RETORTS = new Set(["shot back", "shoots back", "fired back", "fires back", "hit back", "hits back"]);
// ("pointed to a 2023 case in which …": evidence someone cites.)
for (const v of [...RETORTS, "weighed in", "weighs in", "pointed out", "points out", "pointed to", "points to", "pointing to"]) VERB_CLASS.set(v, "statement");
// "“The earth always keeps its appointments,” she liked to say": what someone said often, as their words.
for (const v of ["liked to say", "likes to say", "loved to say", "loves to say", "used to say"]) VERB_CLASS.set(v, "statement");
// "The Transportation Department's position is that …": a body's stated stand, its own.
for (const v of ["position is that", "position was that", "position has been that"]) VERB_CLASS.set(v, "statement");
// "The minister ruled out a bailout", "Holt did not rule out a run": a stance taken on what may be done.
for (const v of ["ruled out", "rules out", "rule out", "ruling out"]) VERB_CLASS.set(v, "statement");
/** "Councillor hits out after reporter overturns refusal", "hit out at the plan": criticism spoken, as a British paper says it. */
const HITS_OUT = new Set(["hit out", "hits out", "hitting out"]);
for (const v of HITS_OUT) VERB_CLASS.set(v, "statement");
/**
 * What makes "hits out" speech: whom or what at, over or after what, or the words said (not a batsman's "hit out at the
 * spin bowling", "over midwicket", "after a cautious start").
 */
const HIT_OUT_SAID = /^(?:\s+(?:at|over|after|against)\s(?!(?:the\s+)?(?:(?:spin|seam|pace|short|new)\s+)?(?:bowling|bowlers?|spinners?|seamers?|attack|pitching|pitchers?|ball|midwicket|mid-wicket|long-on|long-off|cover|point|the\s+ropes|boundary)\b|(?:a|an|the)\s+(?:\p{Ll}+\s+)?start\b)|\s*[:,]?\s*[“"‘']|,?\s+(?:saying|calling|accusing)\b)/u;
/**
 * What makes a retort speech: a quotation or a colon (after an aside too: "shot back, in reference to …: “…”"), "that",
 * "saying", or whom it answers ("shot back at Reyes", "hit back against critics"); not a comeback ("fired back in the
 * third quarter", "Fires Back After Slow Start", "hit back at the Lakers with a 12-0 run") nor gunfire ("fired back at the
 * gunman").
 */
const RETORT_SAID = /^(?:\s*[:,]?\s*[“"]|[^.;“”"]{0,100}:\s*[“"]|\s*:|\s+that\b|,?\s+(?:saying|telling|arguing|noting|adding|calling|accusing|writing|tweeting)\b|\s+(?:at|against|on)\s+(?!(?:the\s+)?(?:(?:first|second|third|fourth|final|next|last|same|opening)\b|(?:\p{Ll}+\s+)?(?:gunm[ae]n|shooters?|snipers?|suspects?|attackers?|assailants?|militants?|insurgents?|rebels?|vehicle|car|truck)\b(?!['’])))(?![^.;“”"]{0,60}\bwith\s+an?\s+(?:\d+-\d+|\d+-point)\b)|\s+in\s+(?:a|an|his|her|their|its)\s+(?:statement|interview|letter|tweet|post|email|e-mail|op-ed|speech|response|memo)\b|\s*[.;]?\s*$)/iu;
/**
 * Phrasal verbs of attack ("lashed out at the senator", "took aim at Obama's plan", "pounced on the governor's
 * comments"), with the preposition their object takes; what they attribute is blame, only with the object that
 * ATTACKED_SOMEONE (or, after "on", ATTACKED_WORDS) allows.
 */
const ATTACK_PHRASES = new Map<string, string>();
for (const v of ["lashed out", "lashes out", "lashing out"]) ATTACK_PHRASES.set(v, "at");
for (const v of ["took aim", "takes aim", "taking aim"]) ATTACK_PHRASES.set(v, "at");
for (const v of ["pounced", "pounces", "pouncing"]) ATTACK_PHRASES.set(v, "on");
/**
 * "called out House Speaker John Boehner for …", "went after Obama over his budget", "took on Ryan over his plan": the
 * object straight after it, then what for (not "went after votes in the suburbs", "Police went after the suspect",
 * "took on outsized importance").
 */
const CALLING_OUT = new Set(["called out", "calls out", "calling out", "went after", "goes after", "going after", "took on", "takes on", "taking on"]);
/** What someone is taken on over: their own deed ("over her tax plan", "for cutting the budget"). */
const TOOK_ON_OVER = /^[^.;]{1,80}?\s(?:over|for)\s+(?:(?:his|her|their|its)\s|\p{Ll}+ing\b|the\s+(?:[\p{Ll}-]+\s+)?(?:budget|plan|policy|bill|taxes|remarks|comments|vote|record|handling|decision|cuts|deal|proposal|scandal)\b)/u;
/** "… for what the administration has made a drumbeat": for something done, named by a clause. */
const FOR_WHAT = /^\s+(?:[\p{L}'’.\-]+,?\s+){1,6}for\s+what\s/u;
for (const v of [...ATTACK_PHRASES.keys(), ...CALLING_OUT]) VERB_CLASS.set(v, "blame");
/**
 * What is attacked, after the preposition: a whole name, someone's, or people or a body by what they are (not "took
 * aim at the target", "pounced on the suspect", "took aim at the Taliban commander"). After "pounced on", only words or
 * deeds: "the former governor's comments" (ATTACKED_WORDS).
 */
const ATTACKED_SOMEONE = /^ (?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?![\p{L}.'’-])(?!\s+\p{Ll}+(?<!and|for|over|on|in|as|after|at|about|during|with|by|from|to|who|which|and|but|while|when|before|because|this|last|on)\b)|(?:his|her|their|its)\s|(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?:administration|president|governor|mayor|senator|congressman|congresswoman|council|party|government|campaign|media|press|critics|opponents|rivals|leaders|lawmakers|officials|democrats|republicans)\b)/u;
const ATTACKED_WORDS = /^ (?:[^,;.“”"]{0,40}?['’]s?\s+|(?:the|his|her|their|its)\s+)(?:[\p{Ll}-]+\s+)?(?:comments?|remarks?|words|statements?|gaffes?|mistakes?|answers?|responses?|decision|claims?|admission|ad|ads|speech|plan|proposal|record|position|remark)\b/u;
/** Verbs that state a view only with a feeling or stance for object ("expressed concern that", "voiced doubts about"). */
const EXPRESS_VERBS = new Set(words(`expressed expresses expressing voiced voices voicing offered offers`));
for (const w of EXPRESS_VERBS) VERB_CLASS.set(w, "statement");
/** Answering says what follows a colon, "that" or a quotation: "he answered simply: “…”" (not "answered questions"). */
const ANSWER_VERBS = new Set(words(`answered answers`));
for (const w of ANSWER_VERBS) VERB_CLASS.set(w, "statement");
// ("that" opening a clause, not a demonstrative: "answered that question with a shrug".)
const ANSWERED_WITH = /^(?: \p{Ll}+ly)?(?:\s*:|\s+that\s+(?!(?:question|questions|call|calls|challenge|criticism|charge|letter|phone|door|email|e-mail|message|query|plea|request|summons)\b)|,?\s*[“"])/u;
/** Raising a doubt or a worry says it: "have raised concerns that …", "raised questions about …" (not "raised rates"). */
const RAISE_VERBS = new Set(words(`raised raises raising`));
for (const w of RAISE_VERBS) VERB_CLASS.set(w, "statement");
const RAISED_STANCE = /^ (?:(?:serious|grave|new|fresh|further|renewed|similar|growing|the|some)\s){0,2}(?:concerns?|doubts?|questions|objections?|fears|worries)\b/;
const EXPRESSED_STANCE = /^ (?:(?:his|her|their|its|some|deep|serious|strong|grave|great|growing|renewed|cautious|new|any|no|little|the)\s){0,2}(?:concerns?|frustration|doubts?|hopes?|support|confidence|regrets?|surprise|optimism|skepticism|scepticism|disappointment|outrage|dismay|opposition|reservations|worries|worry|anger|alarm|sympathy|gratitude|interest|displeasure|dissatisfaction|unhappiness|irritation|annoyance|satisfaction)\b/;
/** A reaction against someone, after "offered": " swift, negative reactions to Mayor Holt" (not "their reactions to the budget"). */
const NEGATIVE_REACTION_TO = /^ (?:[\p{Ll}-]+,?\s+)?(?:negative|critical|harsh|scathing|angry|hostile|withering)\s+reactions?\s+to\s+(?:(?:the\s+)?\p{Lu}[\p{L}.’'-]*\s+)?\p{Lu}[\p{L}.’'-]*(?![’']s|\s+\p{L})/u;
add("blame", `blamed blames blaming accused accuses accusing faulted faults faulting`);
/** The plural present of verbs of blame ("Councillors accuse NHS trust of …"): after a plural subject only, as "to blame" is none. */
const PLURAL_BLAME = words(`accuse blame`);
add("blame", PLURAL_BLAME.join(" "));
add("denial", `denied denies denying deny rejected rejects rejecting refuted refutes refuting disputed disputes
  disputing dismissed dismisses challenged challenges challenging reject dispute challenge`);
add("finding", `concluded concludes concluding found finds determined determines assessed assesses ruled rules ruling`);
/** Verbs of finding that are nouns too, read as verbs only before "that". */
const THAT_ONLY_VERBS = new Set(["ruling", "rules", "concluding"]);
/** A rating given ("FactCheck.org rated the ad as “false”", "Moody's rates the bonds as junk"): a finding, with "as" only. */
const RATING_VERBS = new Set(words(`rated rates`));
/** A grade given without "as": in quotation marks after what is rated ("rated the ad's claim “False”", "rated Teague
 *  “Qualified,”"), or a fact-checker's verdict word ("a claim FactLine also rated false"); the grade short and closing
 *  its phrase (not a title, "rated the new film “Harbor Lights” among the year's best", "rated the single “Paper Moon”
 *  five stars"; nor "true-crime podcasts", "true or false"). */
const RATED_GRADE = /^ (?:(?:[\p{L}'’\-]+ ){1,5}[“"‘](?=\p{Lu})[^“”"‘’]{1,24}(?:,[”"’]|[”"’](?=[,.;:]|\s+(?:on|in|at|last|this|and|but|after|before|citing|for)\b|$))|(?:[\p{L}'’\-]+ ){0,5}(?<!\b(?:or|and) )(?:(?:mostly|half|partly) )?(?:false|true|misleading)(?=[,.;:]|\s+(?:on|in|at|last|this|and|but|after|before|when)\b(?! (?:true|false)\b)|$))/u;
for (const w of RATING_VERBS) VERB_CLASS.set(w, "finding");
add("report", `reported reports reporting revealed reveals reveal revealing disclosed discloses show shows showed shown`);
/** Verbs that attribute only with a document or figures for subject ("the e-mails showed", not "Holt showed"). */
export const EVIDENCE_VERBS = new Set(words(`show shows showed shown`));

/** Verbs that only attribute when followed by a quotation or "as" ("called it “a disgrace”"): the verbs of praise and blame and these. */
const NEEDS_QUOTE_OR_AS = new Set([
  ...CRITICISM_VERBS,
  ...words(`sees saw demand demanding reads read demands demanded referred hailed hails call called calling calls dubbed labeled branded cast casts casting
  characterized characterizes described describes continued defended defends defending defend portrayed portrays
  portraying painted paints`),
]);
/**
 * Criticism someone draws from others, named after "from": "The NRA took criticism from Democrats for …", "came under
 * fire from", "drew sharp condemnation from". The noun is the key; the verb and any adjective before it join the cue.
 */
const REPROACH_NOUNS = new Set(["criticism", "fire", "condemnation", "rebuke", "rebukes", "backlash", "flak", "scorn"]);
for (const w of REPROACH_NOUNS) VERB_CLASS.set(w, "blame");
// (A headline drops the verb: "Holt under fire over pier delays".)
const DRAWN_BEFORE = /(?:\b(?:drew|draws|drawn|drawing|took|takes|taking|faced|faces|facing|came\s+under|comes\s+under|coming\s+under)|^\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){0,2}\s+under)\s+(?:(?:sharp|fierce|heavy|harsh|withering|strong|swift|bipartisan|more|intense|widespread|growing|renewed|immediate|some|much|angry|public|conservative|liberal|progressive|political|online)\s+){0,2}$/u;
/** Whether a word is a noun of criticism drawn: "criticism", "fire", "backlash". */
export function isReproachNoun(word: string): boolean {
  return REPROACH_NOUNS.has(word.toLowerCase());
}
/** Whether a cue is criticism drawn from someone ("took criticism from Democrats"): its agent comes after "from". */
export function isDrawnReproach(cue: Pick<Cue, "text">): boolean {
  const words = cue.text.split(/\s+/);
  return words.length > 1 && REPROACH_NOUNS.has(words.at(-1)!.toLowerCase());
}
/**
 * Pressure kept on someone over something: "GOP Senators Keep Pressure on Steele Over …", "kept up the pressure on Holt
 * to apologize" (not "pressure on the dam", "kept pressure on the wound"). The verb joins the cue; the one pressed
 * comes after "on".
 */
const PRESSING_BEFORE = /\b(?:keep|keeps|kept|keeping|put|puts|putting|ramped\s+up|ramping\s+up|stepped\s+up|stepping\s+up|increased|increasing|turned\s+up|turning\s+up|mounted|mounting)\s+(?:up\s+)?(?:the\s+)?$/i;
const PRESSED_ON = /^ on (?:the\s+)?(?:(?:[\p{Ll}-]+\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*?|him|her|them|(?:[\p{Ll}-]+\s+)?(?:administration|president|governor|mayor|senator|council|party|government|campaign|leaders|lawmakers|officials))\s+([Oo]ver|[Ff]or|[Tt]o)\s+(.*)/u;
/**
 * Whether pressure is kept on someone over a wrong: "on Holt over his remarks", "on Holt to apologize", as "urged Holt
 * to resign" (not over a stretch of time or a part of a game, "on Boston for nine innings", "over the final minutes",
 * nor to do anything else, "on Senate Democrats to pass the bill", "on Denver to the final whistle", nor for a thing
 * asked, "for a vote").
 */
function pressedOver(rest: string): boolean {
  const m = PRESSED_ON.exec(rest);
  if (!m) return false;
  const after = m[2]!.toLowerCase();
  // ("to better explain -- and publicly apologize for -- his claim": the going or the apology may come second.)
  if (/^to$/i.test(m[1]!)) return /^(?:[^.;,]{1,40}?\s(?:and|or)\s+)?(?:(?:publicly|personally|formally)\s+)?(?:resign|step\s+(?:down|aside)|drop\s+out|quit(?!\s+\p{Ll}+ing)|apologi[sz]e|retract|recant|recuse)\b/u.test(after);
  return !isSpan(after) && !(/^for$/i.test(m[1]!) && /^(?:an?|more|answers?|action)\b/.test(after));
}
/** Whether lower-case words open with a stretch of time or a part of a game: "nine innings", "the weekend", "hours". */
function isSpan(words: string): boolean {
  return SPAN_AT_START.test(words);
}
/**
 * Whether fire is drawn only for a stretch of time, gunfire: "came under fire for hours", "for the second night" (not
 * "came under fire over the weekend for the slow response").
 */
function firedOnlyForSpan(rest: string): boolean {
  const clause = /^[^.;]*/.exec(rest)![0];
  const reasons = [...clause.matchAll(/\s(?:for|over)\s+(?:(?:about|nearly|almost|more\s+than|much\s+of|most\s+of)\s+)?(.*?)(?=\s(?:for|over)\s|$)/giu)];
  return reasons.length > 0 && reasons.every((r) => isSpan(r[1]!.toLowerCase()));
}
VERB_CLASS.set("pressure", "blame");
/**
 * Attacks someone steps up over something: "stepped up her attacks on Mayor Ben Holt for his budget" (not "stepped up
 * their attacks on the town"). The verb joins the cue; the one attacked comes after "on", as with pressure.
 */
const STEPPED_UP_ATTACKS_BEFORE = /\b(?:stepped|stepping|steps|step|ramped|ramping|ramps|intensified|intensifying|intensifies|renewed|renewing|renews|escalated|escalating|escalates|sharpened|sharpening|sharpens)\s+(?:up\s+)?(?:his|her|their|its)\s+(?:\p{Ll}+\s+)?$/u;
VERB_CLASS.set("attacks", "blame");
/** A blow or a weapon soon after an attack's object. */
/** (A blow by the same subject, "and fired twice", "and struck her": not "struck a deal", "fired off a letter", "shot down".) */
const PHYSICAL_AFTER = /^[^.;“”"]{0,60}?\b(?:(?:and|then)\s+(?:then\s+)?(?:\p{Ll}+ly\s+)?(?:fired|shot|struck|stabbed|punched|kicked|slapped|beat|choked)\b(?!\s+(?:off|back|down|up|out|a\s+(?:deal|tone|chord|nerve|note|balance|compromise|pose|bargain))\b)|with\s+(?:a|an|his|her|their)\s+(?:gun|rifle|pistol|handgun|knife|bottle|bat|hammer|fists?)\b)/u;
/** "attacked": a verb of blame only for something done, "attacked the president for declining …" (not "attacked the convoy for its cargo"). */
const ATTACKED_FOR_DOING = /^\s+(?:[\p{L}'’.\-]+,?\s+){1,6}for\s+(?:not\s+|never\s+)?\p{Ll}+ing\b/u;
/** …or as what someone is called: "attacking Holt as an “elitist hypocrite”" (not "attacked the town as night fell"). */
const ATTACKED_AS = /^\s+(?:[\p{L}'’.\-]+,?\s+){1,6}as\s+(?:an?\s+(?:[\p{Ll}-]+\s+)?[“"]?\p{Ll}|[“"])/u;
const FOR_A_DEED =
  /^\s+(?:[\p{L}'’.\-]+,?\s+){1,6}for\s+(?:(?:not\s+|never\s+)?\p{Ll}+ing|his|her|their|its|(?:the\s+|a\s+|an\s+)?(?!(?:years|months|decades|weeks|days|hours|ages|times|this|thus|less|unless|was|has|is|as|us|his|its)\b)\p{Ll}{2,}s\b)/u;
/** …or one deed, after a verb of blame but praise, tweak or target: "criticized Holt for the delay", "slammed Holt for the decision" (not "tweaked the formula for the budget"). */
const FOR_A_SINGLE_DEED =
  /^\s+(?:[\p{L}'’.\-]+,?\s+){1,6}for\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{Ll}-]+\s+)?(?:delay|failure|decision|response|handling|mess|shutdown|collapse|leak|breach|scandal|veto|cut|comment|remark|statement|tweet|speech|move|policy|proposal|budget|bill|blunder|gaffe|lapse)\b/u;
/**
 * …or a one-word deed, when the object is a person or body: "criticized the Obama administration for overreach",
 * "ripped the board for negligence" (not "hammers the nail for practice"). Group 1 is the object's head word.
 */
const FOR_A_ONE_WORD_DEED =
  /^\s+(?:(?:the|a|an|his|her|their|its)\s+)?([\p{L}'’.\-]+)\s+(?:[\p{L}'’.\-]+\s+){0,3}for\s+(?!(?:now|once|instance|example|sure|good|long|while|years|decades|months|weeks|days|hours|ages|life|free|real|today|tomorrow|yesterday)\b)\p{Ll}{4,}(?=[.,;]|\s+(?:in|on|of|and|over|during|after|by|toward|towards)\b)/u;
const PERSON_OR_BODY_OBJECT = new Set([...ROLE_HEADS, ...INSTITUTION_NOUNS, ...ORGANIZATION_NOUNS, "him", "her", "them", "us", "me", "board", "opponent", "opponents", "rival", "rivals", "challenger", "incumbent"]);
/**
 * A stretch of time, a holiday or a place something goes over, after "over": "over the weekend", "over Thanksgiving
 * weekend", "over the hood of the car"; a part of a game only counted or ordered, "over two days", "over the final three
 * innings", "over the second half" (not "over the series finale", what someone did).
 */
const SPAN_COUNT = String.raw`(?:\d[\d,]*|first|second|third|fourth|fifth|final|last|past|next|opening|closing|entire|whole|remaining|following|previous|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|multiple|couple\s+of|long|holiday)\s+`;
const OVER_A_SPAN =
  String.raw`(?:(?:the|this|last|next|a|an)\s+)?(?:${SPAN_COUNT}){0,3}(?:(?:thanksgiving|christmas|easter|halloween|hanukkah|passover|ramadan|new\s+year['’]?s?|(?:memorial|labor|presidents['’]?|veterans['’]?|independence|columbus|mother['’]?s|father['’]?s)\s+day)(?:\s+(?:weekend|holiday|break|eve))?\b|` +
  String.raw`(?:weekend|night|nights|holidays?|years?|months?|weeks?|days?|decades?|hours?|minutes?|time|past|summer|winter|spring|fall|autumn|course|offseason|off-season|preseason|stretch|span|break|morning|afternoon|evening|top|fence|wall|net|head|edge|line|phone|air|radio|loudspeakers?|hood|railing|rail|shoulder|counter|crossbar|boards|\d)\b)|` +
  String.raw`(?:(?:the|this|last|next|a|an)\s+)?(?:${SPAN_COUNT}){1,3}(?:innings?|quarters?|half|halves|periods?|rounds?|sets?|games?|matches|laps?|holes?|series|seasons?)\b`;
const SPAN_AT_START = new RegExp(`^${OVER_A_SPAN}`, "u");
/**
 * "… Sen. Ben Holt, R-Ohio, over his vote": a person or body, then "over" and what they did (not "over the weekend",
 * "over the fence", OVER_A_SPAN). The words between the object and "over" are its name or an aside set off by commas,
 * or where or when ("criticized Holt at a rally over his budget"), not a phrase of its own that "over" may belong to
 * ("went after Lee with a knife over a debt", "slammed Lee against the wall over a debt"). Group 1 is the object's first
 * word.
 */
const OVER_A_DEED = new RegExp(
  String.raw`^\s+(?:(?:the|his|her|their|its)\s+)?([\p{L}'’.\-]+)(?:,?\s+(?!(?:with|against|into|onto|from|to|toward|towards|by|near|outside|inside|through|across|behind|under|off|out|up|down|around)\b)[\p{L}'’.\-]+){0,4},?\s+over\s+(?!${OVER_A_SPAN})(?:what|his|her|their|its|the|a|an|\p{L})`,
  "iu",
);
/** "targeted the administration for not taking a stance", "targeted Sen. Ben Holt, R-Ohio, for raising taxes". */
const TARGETED_FOR_DOING = /^\s+(?:[\p{L}'’.\-]+\s+){0,4}[\p{L}'’.\-]+(?:,\s+[DRI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?,)?\s+for\s+(?:not\s+|never\s+)?\p{Ll}+ing\b/u;
/** Whether the object of a verb of blame is someone faulted over something ("criticized Holt over the tax plan"). */
function blamedOverADeed(rest: string, titleCase: boolean): boolean {
  // (A headline in title case capitalises every word, so any object may be a name there.)
  const object = OVER_A_DEED.exec(titleCase ? rest.toLowerCase() : rest)?.[1];
  if (object !== undefined && (titleCase || /^\p{Lu}/u.test(object) || PERSON_OR_BODY_OBJECT.has(object.toLowerCase()))) return true;
  // "hammering his opponent on taxes", "slammed Holt on immigration": a person or body, then "on" and the matter (not
  // "slammed the door on", "on Tuesday", "slammed him on the ground"; in a headline only a word for a person or body).
  const onMatter = ON_A_MATTER.exec(titleCase ? rest.toLowerCase() : rest)?.[1];
  return onMatter !== undefined && ((!titleCase && /^\p{Lu}/u.test(onMatter)) || PERSON_OR_BODY_OBJECT.has(onMatter.toLowerCase()));
}
/** "… his opponent on taxes", "… Sen. Holt, R-Ohio, on immigration": group 1 is the object's first word (after "the", "his" …). */
const ON_A_MATTER = new RegExp(
  String.raw`^\s+(?:(?:the|his|her|their|its)\s+)?([\p{L}'’.\-]+)(?:,?\s+(?!(?:on|with|against|into|onto|from|to|by|at|in|for|over)\b)[\p{L}'’.\-]+){0,3},?\s+on\s+(?:(?:his|her|their)\s+)?(?!(?:${WEEKDAYS})\b)(?!(?:\p{Ll}+\s+)?(?:day|night|morning|evening|week|weekend|year|season|road|field|court|news|ground|floor)\b)\p{Ll}+(?:\s+\p{Ll}+)?(?=\s*(?:[.,;!?]|$)|\s+(?:and|but|over|during|while|as|at|in)\b)`,
  "iu",
);
/** Whether "criticized … for <deed>" names a one-word deed done by a person or body. */
function blamedForOneWordDeed(rest: string): boolean {
  const object = FOR_A_ONE_WORD_DEED.exec(rest)?.[1];
  return object !== undefined && (/^\p{Lu}/u.test(object) || PERSON_OR_BODY_OBJECT.has(object.toLowerCase()));
}
/**
 * Verbs that attribute only with "that" right after them or after a short object ("Biden charged that …", "the
 * Republicans informed their colleagues that …"; not "was charged with", "informed the decision").
 */
const NEEDS_STRICT_THAT = new Set(words(`charged certified certifies clarified clarifies proposed proposes suggesting repeated
  repeats repeating relayed relays signaled signals signalled signaling mentioned mentions objected objects objecting protested
  protests protesting complaining agree agreed agrees agreeing accepted accepts accepting`));
/** "made clear that …", "make clear they are …": a clause after them, with or without "that" (not "made clear progress"). */
const MADE_CLEAR = new Set(["made clear", "makes clear", "make clear", "making clear", "made it clear", "makes it clear", "make it clear", "making it clear"]);
for (const w of MADE_CLEAR) VERB_CLASS.set(w, "statement");
/** " Wednesday revealed", " last week showed": when, then the clause's own verb (the word before was a participle). */
const DATED_THEN_VERB = new RegExp(
  String.raw`^ (?:on )?(?:${WEEKDAYS}|last week|this week|last month|earlier this week) (?:revealed|reveal|showed|show|shows|said|say|says|found|find|indicated|indicate|suggested|suggest)\b`,
);
/** "The letter goes on: “…”": a text or speaker continuing, with a colon and a quotation after it. */
const GOES_ON = new Set(["goes on", "went on", "continues on"]);
for (const w of GOES_ON) VERB_CLASS.set(w, "statement");
/** "made the case that …", "sought to make the case that …", "pressed the point that …": an argument, with "that" after it. */
const MADE_THE_CASE = new Set(["made the case", "makes the case", "make the case", "making the case", "made the point", "makes the point", "make the point", "making the point", "pressed the point", "presses the point", "press the point", "pressing the point"]);
for (const w of MADE_THE_CASE) VERB_CLASS.set(w, "statement");
/** "questioned why …", "questioned whether …": a question put, with its question after it (not "questioned the witness"). */
const QUESTIONED = new Set(["questioned", "questions", "questioning"]);
for (const w of QUESTIONED) VERB_CLASS.set(w, "statement");
const QUESTION_AFTER = /^ (?:[a-z]+ly )?(?:why|whether|how|if)\b/;
/** …and verbs of telling, with "that" after the people told ("informed their colleagues that", "alerted reporters that"). */
const TELLING_THAT = new Set(words(`informed informs informing assured assures assuring reassured reassures reassuring reminded reminds reminding alerted alerts alerting notified notifies notifying`));
for (const w of [...NEEDS_STRICT_THAT, ...TELLING_THAT]) VERB_CLASS.set(w, "statement");
/** A clause with a modal or an auxiliary in its first words: " the party should give …", " he will run". */
const CLAUSE_WITH_MODAL = /^ (?:(?:the|a|an|his|her|their|its|this|that|these|those)\s+(?:[\p{L}’'-]+\s+){0,3}|(?:he|she|they|it|we|I)\s+|\p{Lu}[\p{L}’'.-]*\s+(?:\p{Lu}[\p{L}’'.-]*\s+)?)(?:should|would|could|will|must|might|may|can|ought|needs?)\s/u;
/** "it will …", "she would …": the subject's own intention, by a pronoun and a modal. */
const OWN_INTENT_CLAUSE = /^ (?:he|she|they|it|we|I) (?:would|will|could|might|may|intends|plans|wants)\s/;
/** "it was likely to …", "they are ready to …": a clause of intention without a modal. */
const LIKELY_TO_CLAUSE = /^ (?:he|she|they|it|we|I) (?:was|were|is|are) (?:(?:un)?likely|ready|prepared|willing) to /;
/**
 * Verbs of urging that say something only with whom and what to do ("encouraged the NRA to continue funding …"; not
 * "investors were encouraged by the decision to …").
 */
const ENCOURAGING = new Set(words(`encouraged encourages`));
for (const w of ENCOURAGING) VERB_CLASS.set(w, "statement");
/** A picture or a link shared: " a photo of her visiting", " his video". */
const SHARED_PICTURE = /^ (?:a|an|the|his|her|their|its|another|other)\s+(?:\p{Ll}+\s+)?(?:photos?|photographs?|pictures?|images?|videos?|links?|selfies?)\b/u;
/** A picture's words, quoted: " a photo … with the caption “", " a video captioned “". */
// (Not words on the thing pictured: "a photo of a banner with the words “Sell The Club” painted across it".)
const CAPTIONED = /^[^.;“”"]{1,120}?\s(?:with\s+the\s+(?:caption|words|message)|captioned|alongside\s+the\s+(?:caption|words))[:,]?\s+[“"][^“”"]{1,200}[”"](?!\s+(?:painted|written|printed|scrawled|emblazoned|sprayed|daubed|stitched|carved)\b)/u;
/** Whom and what to do: " the NRA to continue", " lawmakers to act". */
const TO_DO = /^ (?:the |a |an |his |her |their |its )?[^.;,“”"]{1,50}? to \p{Ll}/u;
// "Republicans have charged that officials played down the attack": an accusation.
VERB_CLASS.set("charged", "blame");
/** "told reporters that …", "warned the board that …", "assured the council that …": a verb of telling someone. */
const TELLING_OTHERS = new Set([...TELLING_THAT, ...words(`told tells tell telling warned warns warning`)]);
export function tellsSomeone(cue: string): boolean {
  return TELLING_OTHERS.has(cue.toLowerCase());
}
/** A plural subject right before the bare "suggest": "they", "the records", "Experts", "Ann Kerr and Tom Holt". */
const PLURAL_SUBJECT_BEFORE = /(?:\b(?:[Tt]hey|[Ww]e|data)|\p{L}s|\band\s+(?:\p{Lu}[\p{L}.’'-]*\s+)*\p{Lu}[\p{L}.’'-]*)\s+(?:\p{Ll}+ly\s+)?$/u;
/** Verbs of objecting or agreeing, whose "that" may be a determiner: "objected that morning", "agreed that day". */
const OBJECTING = /^(?:object|protest|complain|agree)/;
/** A subject right before "objects"/"protests" as a verb: a noun or name, not a verb, particle or determiner before it. */
const OBJECTS_SUBJECT_BEFORE = /(?:^|\s)(?!(?:the|a|an|his|her|their|its|our|my|your|up|down|off|out|of|in|on|at|to|for|with|and|or)\s+$)[\p{L}.’'-]*[\p{L}](?<!s|ed)\s+$/u;
const THAT_NAMES_A_TIME_OR_THING = /^ that\s+(?:morning|afternoon|evening|night|day|week|month|year|weekend|time|call|decision|ruling|point|move|plan|idea|proposal|rule|law|bill|vote)\b(?!\s+that\b)/;
const STRICT_THAT = /^(?:,\s(?:however|though|too|also|in fact|instead),| (?:over and over|again and again|again|repeatedly|publicly))? that\b/;
/**
 * People told, then "that" opening what they were told: not a relative "that" with its verb right after it
 * ("informed the council that it would not vote"; not "informed the decision that was made").
 */
const TOLD_THAT = new RegExp(String.raw`^ (?:[\p{L}'’.\-]+\s){1,4}that\s(?!(?:${AUXILIARIES})\b|\p{Ll}+(?:ed|es)\b)`, "u");
const STATES_THAT = /^(?: that\b|:| [“"])/;
/**
 * What "state" needs to be a verb: plural people or papers that write findings, set off after what they state
 * (", the investigators state.") or before "that" ("The authors state that …"); not "the member state that".
 */
const STATE_SUBJECT = /\b(?:investigators|officials|authors|researchers|scientists|experts|prosecutors|inspectors|auditors|analysts|documents|records|papers|filings|minutes|guidelines|regulations|findings|reports|sources|plaintiffs|witnesses)\s+(?:also\s+|further\s+|plainly\s+|clearly\s+)?$/iu;
/** A document opening the sentence, perhaps with an aside set off by commas, right before "directs" or "instructs". */
// (Someone's writing, not a bill, an order, a policy or guidance, whose sponsor or publisher does not speak in it.)
const DIRECTING_DOCUMENT = /^\s*(?:The|This|That|A|An|Its|His|Her|Their)\s+(?:[\p{L}\d’'-]+\s+){0,3}?(?:memo|memorandum|letter|directive|e-?mail)(?:,\s[^;:“”"]{1,220},)?\s+$/u;
/** What a lawyer argues as a thing, not a claim: " the case for the cities", " an appeal." (not " the case was weak", " that the case", " the case law", " the motion to dismiss was premature"). */
const ARGUED_CASE_AFTER = /^ (?:the|a|an|his|her|their|its|this)\s+(?:[\p{Ll}-]+\s+)?(?:case|cases|appeal|appeals|motion)(?=[,.;:]|\s+(?:for|on\s+behalf|before|in\s+court|at\s+trial|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b)/u;
/** After "states", the clause a person states: " that the refinery's …", " that he …" (not " that allow", a relative clause). */
const STATES_CLAUSE = /^ that (?:the|a|an|his|her|its|their|he|she|it|they|there|this|these|those)\b/;
/** After "terms" or "termed", what is named, then the name in quotation marks: " decision 'pre-poll rigging'", " the plan “a farce”". */
// (A word at least between: not "defining terms “ghost gun”".)
const TERMED_AFTER = /^ (?:(?:the|a|an|this|that|his|her|their|its)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?\s+[“"‘']/u;
const STATE_AFTER = /^(?:(?: plainly| clearly| explicitly| flatly)? that\b|:|[.,;])/;
/** What "states" needs right before it to be a verb: a document ("the letter states", "the law clearly states"). */
// (Or "it", a document named before: "The report does not assign a cause. It states that …".)
const STATES_SUBJECT = /(?:^|[\s,;])[Ii]t\s+$|\b(?:letter|report|memo|memorandum|statement|resolution|document|filing|complaint|ruling|decision|law|bill|constitution|amendment|policy|rule|order|ad|advertisement|website|site|release|e-?mail|cable|note|lawsuit|suit|motion|brief|agreement|plan|proposal|article|story|editorial|review|indictment|petition)\b(?:\s+[\p{L}.'’\-]+){0,3}\s+$/u;
/** A poll or survey (and up to four words, "released Wednesday") right before a verb. */
/**
 * A document, then who obtained, ran or reviewed it, up to its verb: "Emails obtained by the project through a lawsuit,
 * and reviewed by The Daily Ripple, ", "An internal poll conducted for the campaign in June, and first reported by
 * The Lansing Courier, ", "A survey released last week had ".
 */
// (Or set off by commas: "A leaked internal memo, seen by this newspaper, shows …".)
const DOCUMENT_THEN_ASIDE = new RegExp(String.raw`\b(?:poll|polls|survey|surveys|records|logs|documents|data|figures|e-?mails|memos?|study|audit|assessment|analysis)\s*,?\s+(?:${DOCUMENT_ASIDE_PARTICIPLES})\s[^;:“”"]{1,160}?(?:,\s+|\s+(?:had|has|have)\s+)$`, "iu");
// (Up to seven words after: "Data from the national statistics office show", "Data from the Office for National Statistics showed".)
const POLL_SUBJECT = /\b(?:poll|polls|polling|survey|surveys|records|logs|documents|data|figures|e-?mails)\b(?:\s+[\p{L}\d.'’\-]+){0,7}\s+$/iu;
/**
 * A document opening the sentence as its subject: "The report ", "The 40-page audit released Tuesday ", "Its report,
 * released in December, " (not a tag closing it, ", its report shows.", nor someone of it, "The author of the report ").
 */
const DOCUMENT_SUBJECT_OPENING = /^[“"]?(?:(?:But|And)\s+)?(?:The|A|An|Its|This|That)\s+(?:(?!(?:of|behind|about|on|for|to|from|with)\s)[\p{L}\d’'-]+\s+){0,3}?(?:report|memo|filing|log|audit|review|study|analysis|minutes|transcript|indictment)\b(?:(?:\s+[\p{L}\d.'’\-]+){0,6}|,\s(?:released|published|issued|obtained|dated|seen|leaked|updated)\s[^,;:“”"]{1,60},)\s+$/u;
/** After "shows", no finding: "shows up", "showed him how …", "shows no remorse". */
const SHOWS_NO_FINDING = /^ (?:up\b|(?:him|her|them|me|us|you)\b|no\s+(?:remorse|sign|signs|interest|mercy)\b)/;
/** "sees it as", "saw him as": a view, with "as" and no new clause after it ("saw the smoke as she drove"). */
const VIEW_VERBS = new Set(words(`sees saw`));
const SEEN_AS = /^ (?:[\p{L}'’\-]+ ){1,5}as (?!(?:he|she|they|we|I|you|it|his|her|their|our|its|well|soon|long|much|if)\b)/u;
const CAST_NOT_SPEECH = /^ (?:off|out|away|about|up|down|aside|(?:(?:a|an|the|his|her|their|its|my|our)\s+)?(?:\p{Ll}+\s+)?(?:votes?|ballots?|doubts?|shadows?|spells?|nets?|light|aside|lots?|members|actors?|roles?|eyes?|glances?|iron|stones?|lines?|die|dice))\b/u;
/** "… as the storm approached", "… as she left": "as" opening a clause of time, not a description. */
const AS_A_CLAUSE = /^[^;“”"]{0,40}?\bas\s+(?:(?:he|she|they|we|I|you|it)\s+\p{Ll}+|(?:the|a|an|his|her|their|its)\s+\p{Ll}+\s+\p{Ll}+ed)\b/u;
/** A headline's "X Sees Y as Z" or "X Sees … Chance/Risk …": a view or a forecast. */
const HEADLINE_VIEW = /^ (?:[\p{L}\d'’.\-]+ ){0,4}(?:as|chance|chances|risk|risks|threat|danger|need|hope|path|opportunity|signs?|end|victory|defeat|trouble|gains?|losses)\b/iu;
/** Verbs of belief: they attribute only with a group of unnamed people for subject ("White House aides believe …"). */
// (And a fear held now: "Residents fear for water pressure", "farmers fear the crop is lost"; not one feared before, which
// is as often the writer's telling, "they feared the worst".)
export const BELIEF_VERBS = new Set(words(`believe believes believed think thinks thought fear fears`));
/** Verbs that only attribute when followed by "that" or a clause. */
const NEEDS_THAT = new Set(words(`found finds determined determines assessed assesses ruled alleged alleges allege show shows showed estimated
  estimates estimate`));

/**
 * British spellings of the verbs in "-ize" ("criticised", "emphasises", "apologising"), and the American form each
 * stands for: a cue matched in either is read as the American one.
 */
const AMERICAN_OF = new Map<string, string>();
for (const [verb, cls] of [...VERB_CLASS]) {
  const british = verb.replace(/iz(e|es|ed|ing)\b/g, "is$1");
  if (british !== verb && !VERB_CLASS.has(british)) {
    VERB_CLASS.set(british, cls);
    AMERICAN_OF.set(british, verb);
  }
}

/** Whom a body identifies or names, then "as": " the dead as", " the victim as", " him as", " the 38-year-old as". */
const IDENTIFIED_AS = /^ (?:(?:the|a)\s+(?:[\p{Ll}\d-]+\s+)?(?:dead|victims?|man|woman|men|women|boy|girl|child|children|driver|drivers|suspects?|gunman|attacker|pilots?|crew|soldiers?|officers?|passengers?|deceased|bodies|body|injured|teenager|couple|\d+-year-old)|him|her|them)\s+as\s/u;
/** A count in figures or a determiner right before a word: "212 ", "the ", "its ". */
// (Not a word that may be the subject itself: "Many reported delays", "Two confirmed the figures".)
const COUNT_OR_DETERMINER_BEFORE = /(?:\b\d[\d,.]*|\b(?:the|a|an|its|their|his|her|our|new))\s+$/i;
/** A plural noun right after a word, with no clause of its own: " cases", " deaths" (not " reporters that …"). */
const PLURAL_NOUN_AFTER = /^ \p{Ll}+[^s\W]s\b(?!\s+(?:that|to)\b)/u;
/** How someone spoke, before a colon and a quotation: "was blunt:", "was unapologetic:". */
const SPOKE_SO = new Set(words(`blunt blunter clear direct emphatic unequivocal defiant unapologetic adamant succinct candid frank
  terse brief categorical plain forthright unrepentant`));
/** Verbs that give a forecast anew ("cut", "raised", "revised"), before "its forecast". */
const FORECAST_CHANGES = "(?:cut|cuts|raised|raises|lowered|lowers|trimmed|trims|revised|revises|downgraded|downgrades|upgraded|upgrades|lifted|lifts|slashed|slashes)";
/** What someone's account is called in "In the account of two Senate aides, …" (see ACCORDING_TO in kinds.ts). */
export const ACCOUNT_OF_NOUNS = ["account", "telling", "recollection"];
const CUE_RE = new RegExp(
  String.raw`\b(?:` +
    [
      // ", per the Journal story", ", per Mr. Holt": "per" as "according to", after a comma and before a name (or before
      // a body's own numbers: ", per the department's own figures").
      // "By her account, …", "…, by his own account, …", "In their telling, …", "By its count, …": as "according to her";
      // "By the commission's count, …": as "according to the commission's count".
      // "In the account of two Senate aides, …": as "according to" them.
      String.raw`([Aa]ccording to|(?<=^|, )(?:[Ii]n|[Bb]y) the (?:${ACCOUNT_OF_NOUNS.join("|")}) of(?= )|(?<=, )per(?= (?:the |a |an )?[A-Z]| (?:the [a-z-]+['’]s?|its|his|her|their) (?:own )?(?:figures|data|numbers|statistics|count|tally|records|estimates?)\b)|(?:(?<=^|, )[Bb]y|(?<=^)In) (?:his|her|their|its) (?:own )?(?:account|telling|recollection|view|description|count|tally|estimate|reckoning)(?=,)|(?<=^|, )[Bb]y(?= the [A-Za-z’'. -]{1,60}?['’]s? (?:own )?(?:count|tally|estimate|estimates|reckoning|calculations?)(?=,)))`,
      String.raw`((?:media |news |press )?reports (?:have |had )?(?:emerged|surfaced|circulated|say|said|suggest(?:ed)?|indicated?))`,
      String.raw`((?:it|It) (?:was|has been|is|had been) (?:reported|revealed|alleged|claimed|announced))`,
      String.raw`(put it(?=[,:]))`,
      String.raw`(, (?:a|an|the) (?:claim|allegation|assertion|accusation|charge|contention|characteri[sz]ation|account|version|story|notion|theory|statement|figure|estimate|assessment|conclusion|description) (?:which |that )?)`,
      String.raw`(${[...VERB_CLASS.keys()].sort((a, b) => b.length - a.length).join("|")})`,
      // "the 64-year-old was blunt: “…”": how someone spoke, then a colon and the quotation.
      String.raw`((?:was|is|were|are) (?:[a-z]+ly )?(?:${[...SPOKE_SO].join("|")})(?=:\s*[“"]))`,
      // "Police put the number at 16,500", "a figure the ministry put at 780,000": a count someone gave; "A survey put
      // support at 41%": a share a poll gave; "A fiscal note puts the savings lower, at about $210 million": a sum.
      String.raw`((?:put|puts|putting)(?= (?:(?:(?:the|its|their|his|her) (?:[a-z]+ )?)?(?:number|figure|toll|count|turnout|total|crowd|attendance|cost|costs|savings|shortfall|deficit|bill|damage|losses|size|support|opposition|approval|backing|share) (?:(?:much |far |slightly )?(?:lower|higher),? )?)?(?:at|(?<=(?:number|figure|toll|count|total|cost|losses) )(?:closer to|nearer|as high as|as low as|between)) (?:about |around |nearly |almost |more than |fewer than |some |just )?[\d£$€]))`,
      // "The OBR has cut its forecast for growth to 0.9%", "Acme raised its full-year outlook to $4 a share": a forecast
      // given anew, with its figure (a share or a sum) before any comma.
      String.raw`(${FORECAST_CHANGES}(?= (?:its|their) (?:[a-z-]+ ){0,3}(?:forecasts?|estimates?|projections?|outlook)(?= (?:for|to|from|by|of)\b)(?=[^;,]{0,100}?(?:\d[\d.,]*\s?(?:%|per ?cent|percent|billion|million|bn|tonnes|barrels)|[$£€¥]\s?\d))))`,
    ].join("|") +
    String.raw`)\b`,
  "g",
);
/** The same, for a headline in title case, whose verbs are capitalised ("Weiner Denies Sending Photo"). */
const CUE_RE_ANY_CASE = new RegExp(CUE_RE.source, "gi");
// The words every match of CUE_RE contains (see keywords.ts); keep them in step with the pattern.
const CUE_WORDS = keywordFamily([
  // Each verb, and the first word of a phrasal one ("weighed" of "weighed in").
  ...[...VERB_CLASS.keys()].map((v) => v.split(" ")[0]!),
  ...words(`according per reports reported revealed alleged claimed announced put shot shoots fired fires hit hits claim allegation assertion accusation charge
    contention characterization characterisation account version story notion theory statement figure estimate assessment conclusion description view recollection count tally reckoning
    cut cuts raised raises lowered lowers trimmed trims revised revises downgraded downgrades upgraded upgrades lifted lifts slashed slashes`),
  ...SPOKE_SO,
]);
/** A count before "put at" and who put it so: "a figure the interior ministry ", "an estimate police ". */
const COUNT_PUT_BEFORE = /\b(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:figure|number|estimate|total|toll|count)\s+(?:that\s+|which\s+)?(?:the\s+)?(?:[\p{L}’'-]+\s+){1,4}$/u;
/** A quotation or "as" ("called it “a disgrace”", "described him as"), not a conjunction "even as", "such as". */
const AFTER_QUOTE_OR_AS = /^[^;“”"]{0,40}?(?:[“"‘]| '(?=\p{L})|(?<!\b(?:even|just|such|well|so)) as\b)/u;
/** The same for "described", whose object may be long: "described her account of a contaminated protein supplement as". */
const DESCRIBED_AS = /^[^;“”"]{0,80}?(?:[“"‘]| '(?=\p{L})|(?<!\b(?:even|just|such|well|so)) as\b)/u;
/** …and longer after a passive's agent with an aside on why they are not named: " by one former plant operator, who asked that his name not be used because …, as". */
const DESCRIBED_BY_AS = /^ by [^;“”"]{0,200}?,\s+(?:who\s+(?:asked|declined|did\s+not\s+want)|speaking\s+on\s+condition)[^;“”"]{0,160}?,\s+as\b/u;
/** What is ruled out as a stance: a thing to do or a cause, "a tax rise", "any bailout", "foul play", "running again", "that". */
// (Any other word in lower case, "criminal charges", "tax rises", but a preposition: "ruled out of the final", "for the season".)
const RULED_OUT_WHAT = /^ (?:(?:a|an|any|the|further|new|more|another|direct|an?\s+early)\s|that\b|[“"‘]|(?!(?:of|for|in|on|at|until|after|before|with|by|from|to|as|because|due|and|but|or)\b)\p{Ll})/u;
/** A negation or a refusal before "rule out", which takes nothing from the stance: " did not ", " cannot ", " refused to ". */
const NOT_RULING_OUT = /(?:\s(?:did|does|do|would|will|could|can|has|have|had))?(?:\s+(?:not|never)|n[’']t|\s+cannot|\s+(?:refused|refuses|refusing|declined|declines|declining)\s+to)\s+$/u;
/** The word right before the verb, past auxiliaries and adverbs: "Holt" of "Holt has since ". */
const WORD_BEFORE_VERB = /([\p{L}.’'-]+)\s+(?:(?:has|have|had|also|again|now|so\s+far|\p{Ll}+ly)\s+)*$/u;
/** Words for people or a body that may rule something out, beyond the titles and trades isPersonNoun knows ("police", "the ministry", "her predecessor"). */
const RULERS_OUT = new Set("police investigators detectives authorities ministry government council company firm club board department agency court party bank regulator predecessor successor doctors scientists experts economists analysts researchers organisers organizers".split(" "));
/** Capitalised words opening a sentence that are no one: "Rain ruled out any play", "Surgery ruled out a return". */
const NO_ONE_RULING_OUT = new Set("rain snow fog ice wind winds storm storms weather flooding floods heat frost lightning darkness surgery injury illness covid pregnancy fatigue time cost costs distance damage".split(" "));
/** Whether someone stands right before "rule out": a name, a pronoun, or a word for people or a body (past a negation). */
function someoneRulingOut(lead: string): boolean {
  const word = WORD_BEFORE_VERB.exec(lead.replace(NOT_RULING_OUT, " "))?.[1];
  if (!word) return false;
  const lower = word.toLowerCase();
  if (/^(?:he|she|they|we|i|it)$/.test(lower)) return true;
  if (RULERS_OUT.has(lower) || isPersonNoun(lower)) return true;
  return /^\p{Lu}/u.test(word) && !NO_ONE_RULING_OUT.has(lower) && !/^(?:that|this|which|what)$/.test(lower);
}
/** Naming verbs take a long object before the quoted name ("called the idea of schools being run by … “anachronistic.”"). */
const NAMING_VERBS = new Set(words(`called calls dubbed labeled branded`));
const AFTER_OBJECT_QUOTE = /^[^;,“”"]{0,120}?[“"‘]/;
/** “…,” Smith continued: a quotation right before the source of the verb. */
const QUOTE_THEN_NAME = /[”"][ \u00a0]+(?:\p{Lu}[\p{L}.'’\-]*[ \u00a0]){1,4}$/u;
/**
 * “…!” the congressman demands / “…,” reads: a quotation ending a sentence part, then the verb or a description (with
 * whom a document was addressed to: “…,” the letter addressed to Chairman Darrell Issa (R-Calif.) reads).
 */
const QUOTE_THEN_DESCRIPTION =
  /[,!?][”"][ \u00a0]+(?:\p{Ll}[\p{L}\-]*(?:['’]s)?[ \u00a0]+){0,6}(?:to[ \u00a0]+(?:\p{Lu}[\p{L}.'’\-]*[ \u00a0]+){1,4}(?:\([^()]{1,20}\)[ \u00a0]+)?)?$/u;
/** An adverb between the comma and a participle: ", first telling", ", later adding", ", repeatedly saying". */
const PARTICIPLE_LEAD = /,\s(?:first|later|then|also|again|even|still|once|\p{Ll}+ly)\s$/u;
/** A clause after a headline's verb, its subject of up to three words then a verb: " pier was unsafe", " drug slows memory loss". */
const HEADLINE_CLAUSE_AFTER = /^ (?:[\p{L}’'-]+\s){1,3}(?:is|was|are|were|has|had|have|will|would|can|could|may|might|\p{Ll}+ed|\p{Ll}{3,}s)\b/u;
const AFTER_THAT = /^(?:,\s(?:however|though|too|also|in fact|instead),)? (?:(?:that|how|whether|what|why|the|a|an|it|he|she|they|there)\b|\p{Lu})/u;
/** What research finds, named as a thing: " no statistically significant change", " little evidence of" (after "a", AFTER_THAT lets it through). */
const FOUND_OBJECT_AFTER = /^ (?:no|little|some|clear|strong|weak|insufficient|sufficient|ample|scant|credible)\s+(?:[\p{L}-]+\s+){0,3}(?:evidence|change|changes|link|links|sign|signs|difference|differences|effect|effects|increase|decrease|rise|fall|drop|reduction|correlation|association|impact|errors?|flaws?|breaches?|failings?|wrongdoing|loss|losses|gain|gains|benefit|benefits|harm|risk|traces?|problems?)\b/u;
/**
 * A verdict on someone: " the owner of a small company guilty of", " the club liable for", " him in contempt" (not past
 * a clause or a verb of its own: " the car and arrested a man who later pleaded guilty", " the courage to plead guilty").
 */
const FOUND_VERDICT_AFTER = /^ (?:(?!(?:and|or|but|who|whom|which|that|to|had|has|have|was|were|is|are|pleaded|pleads|plead|pled|later)\s)[\p{L}\d’'.-]+\s+){1,10}?(?:not\s+)?(?:guilty|liable|negligent|in\s+contempt|in\s+breach)\b/u;
/** What a study measured: " between 4 and 190 particles", " high levels of lead", " higher rates of asthma". */
const FOUND_MEASURE_AFTER = /^ (?:between \d[\d,.]* and \d|(?:significantly |markedly |much )?(?:high|higher|low|lower|elevated|increased|reduced|raised|unsafe)\s+(?:levels|rates|concentrations|numbers|amounts|risks?)\b)/;
/** A short phrase of where or when, then "that": " in a note to clients that", " on Tuesday that". */
// (Past an aside on when the document came out: "estimated in its annual report, published in July, that".)
const THAT_AFTER_WHERE = /^ (?:in|on|at|during|after|last|this|late|early)\s[^,.;:“”"]{1,40}?(?:,\s(?:which\swas\s)?(?:published|released|issued|dated|filed|tabled)\s[^,.;:“”"]{1,30},)?\sthat\s/u;
/**
 * Quoted words the verb takes, then "that" opening a clause: ` found "substantial reason to believe" that Fairbank had
 * …` (not a relative "that" and its verb: ` found "a pattern of conduct" that included …`).
 */
const THAT_AFTER_QUOTED = /^ [“"][^“”"]{1,80}[”"],? that\s(?!\p{Ll}+(?:ed|s)\s|(?:morning|afternoon|evening|night|day|week|weekend|month|year|summer|winter|spring|autumn|fall|season)\b)/u;
/** Documents that find things: "report", "study", "audit", as a pattern's alternatives. */
const FINDING_DOCUMENTS = "report|study|review|audit|analysis|survey|poll|inspection|investigation|inquiry|tests|assessment";
/**
 * A document opening the clause, with who made it and an aside on how it came out: "A laboratory report from the
 * institute, seen by the Standard-Times, ", "An investigation into the crash also ", "The audit had ".
 */
const DOCUMENT_FINDS_BEFORE = new RegExp(
  String.raw`(?:^|[.;:!?]\s+|\b(?:and|but)\s+)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[\p{L}\d’'-]+\s+){0,3}(?:${FINDING_DOCUMENTS}|evaluation|probe)` +
    // (How it came out may come first, with no commas: "A poll released in December by the Nutmeg Polling Institute ".)
    String.raw`(?:\s+(?:${DOCUMENT_ASIDE_PARTICIPLES})(?:\s+(?:in|on|last|this|earlier)\s+[^,.;:“”"]{1,30}?)?(?=\s+by\s))?` +
    String.raw`(?:\s+(?:by|from|of|for|into|on)\s+[^,.;:“”"]{1,90}?)?(?:,\s+(?:${DOCUMENT_ASIDE_PARTICIPLES})\s[^,;:“”"]{1,80},)?\s+(?:(?:also|has|had)\s+)?$`,
  "u",
);
/** "It also " opening the sentence: a document spoken of before, going on ("It also found the bacteria in four samples"). */
const IT_OPENING_BEFORE = /^It\s+also\s+$/;
/** The sentence before, a document's finding: "A laboratory report from the institute … found cholera in nine samples. ". */
const DOCUMENT_FOUND_BEFORE = new RegExp(String.raw`\b(?:${FINDING_DOCUMENTS})\b[^.!?]{0,200}\b(?:found|finds|showed|shows)\b[^.!?]{0,250}[.!?]["”’]?\s*$`);
/** What "found" does in idioms that report nothing found: " its way", " time to", " it hard to". */
const FOUND_IDIOM_AFTER = /^ (?:(?:its|their|his|her|a|our|my) way\b|(?:the )?time to\b|it (?:hard|difficult|easy|impossible|necessary)\b|(?:himself|herself|themselves|itself) )/;
/** "found"/"finds", whose clause may drop "that" and its article ("found most voters were …", "found staff had …"). */
const FOUND = new Set(words(`found finds`));
const FOUND_CLAUSE_AFTER = /^ (?!(?:in|on|at|by|with|from|to|during|after|before|near|inside|under|for|of|guilty|dead|alive|himself|herself|themselves|itself)\b)(?:(?:most|many|some|few|more|fewer|half|nearly|almost|roughly|only|at least|\d[\d,.]*%?)\s)?(?:(?:[\p{L}\d’'-]+\s){1,4}|(?:(?!(?:who|which|that|whom|whose|where)\s)[\p{L}\d’'-]+\s){5,7})(?:is|was|are|were|had|has|have|would|could|did|does|do)\b/u;
/** Verb forms that are also plural nouns: before a preposition they are the nouns ("Clinton claims on trade fall short"). */
const ALSO_PLURAL_NOUNS = new Set(words(`claims promises vows pledges reports forecast forecasts projects states`));
/**
 * A verb of saying opening its sentence, then a name of up to four words and a colon or a comma and a quotation
 * mark ("Added Gibbs: …", "Said Ms. Holt, “…”"); not "Said Hamdan, the driver, was released", "Noted Author Ann Holt".
 * Only verbs the entity recogniser strips from the front of a name ("said", "added") can be read here.
 */
const INVERTED_SPEECH = /^(?:Added|Said)\s+(?:\p{Lu}[\p{L}.’'\-]*\s+){0,3}\p{Lu}[\p{L}.’'\-]*(?::|,\s*[“"])/u;
/** "called for", "calls on … to": a demand, said (not "calling for", whose subject is too often guessed wrong). */
const CALL_WORDS = new Set(words(`call called calls`));
/** "a group ", "an advocacy organisation ": a body described right before "called" or "named" gives its name. */
const NAMED_BODY_BEFORE = /\b(?:[Aa]|[Aa]n)\s+(?:[\p{Ll}-]+\s+){0,2}(?:group|organi[sz]ation|charity|company|firm|campaign|coalition|movement|network|association|union|party|website|app|fund|initiative|body)\s$/u;
/** "calls that evidence unreliable", "are calling her evasive": a judgement called, ending its clause. */
const CALLING = new Set(words(`call calls called calling`));
/** What is called something (group 1): a pronoun, a short phrase, or whose it is ("the council's answer"). */
const CALLED_OBJECT = String.raw`(it|that|this|them|him|her|these|those|(?:the|that|this|these|those|his|her|their|its)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,2}?[\p{L}-]+['’]s?\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)`;
const CALLED_JUDGEMENT = new RegExp(String.raw`^ ${CALLED_OBJECT}\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)(?:,?\s+(?:and|or|but)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+))?\s*[.,;]`, "u");
/**
 * "called the veto a betrayal.", "called the ruling a victory for …": an object as CALLED_JUDGEMENT's and "a" or "an"
 * with a noun that judges (group 2), ending its phrase.
 */
const CALLED_NOUN_JUDGEMENT = new RegExp(
  String.raw`^ ${CALLED_OBJECT}\s+(?:an?)\s+(?:\p{Ll}+\s+)?(betrayal|disgrace|travesty|farce|fiasco|sham|shambles|scandal|outrage|insult|affront|mistake|blunder|failure|disaster|catastrophe|embarrassment|tragedy|joke|hoax|stunt|gimmick|giveaway|boondoggle|victory|triumph|breakthrough|win)(?=\s*[.,;]|\s+(?:of|for|and|by|on|to)\s)`,
  "u",
);
/** Judgements that find fault with someone or what they did ("evasive", "dishonest"): kinds.ts reads them as blame. */
export const FAULTING_JUDGEMENTS = new Set(words(`incompetent arrogant ignorant irrelevant pathetic idiotic cynical inconsistent
  insufficient negligent reckless dishonest wrong false unfair absurd racist sexist naive silly dumb crazy stupid weak phony bogus
  fake unjust unwise unsound illegal immoral unconstitutional premature hypocritical misguided flawed inadequate inaccurate untrue
  unacceptable irresponsible outrageous extreme radical evasive misleading deceptive unreliable unrepresentative offensive
  disgraceful shameful ridiculous divisive deceitful corrupt cowardly despicable appalling unhinged hypocrite elitist
  reprehensible indefensible inexcusable unconscionable unforgivable baseless groundless`));
const JUDGEMENT_WORD = /(?:ive|ble|ous|ful|less|ical|ish)$/;
/**
 * "called her answer evasive" (from " her answer evasive."), "called the council's answer evasive": the object and the
 * judgement words (not "called the company president").
 */
export function calledJudgement(rest: string): { object: string; judgements: string[] } | null {
  // ("called the veto a betrayal of rural voters": a noun that judges, unquoted.)
  const noun = CALLED_NOUN_JUDGEMENT.exec(rest);
  if (noun) return { object: noun[1]!, judgements: [noun[2]!] };
  const m = CALLED_JUDGEMENT.exec(rest);
  if (!m) return null;
  const judgements = [m[2]!, m[3]].filter((w): w is string => w !== undefined);
  const judging = (w: string) => (JUDGEMENT_WORD.test(w) || FAULTING_JUDGEMENTS.has(w)) && !ROLE_HEADS.has(w) && !OBJECT_NOUNS.has(w);
  return judgements.every(judging) ? { object: m[1]!, judgements } : null;
}
/**
 * "called Biden “unhinged.”", "called the president’s decision “a huge mistake”", "called Steele's comments
 * "unacceptable" and "inaccurate."": an object (a pronoun, a short phrase, a name, or whose it is) and the quoted
 * judgement after it (group 2, and a second joined by "and" in group 3).
 */
const CALLED_QUOTATION =
  /^ (it|that|this|them|him|her|these|those|(?:the|that|this|these|those|his|her|their|its|an?)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?|(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,2}?[\p{L}-]+['’]s?\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+(?:(?:an?|the)\s+)?(?:[“"‘]([^”"’“]{1,80}?)[,.!?]?[”"’]|'([^'"”“]{1,80}?)[,.!?]?'(?!\p{L}))(?:\s+and\s+(?:[“"‘]([^”"’“]{1,80}?)[,.!?]?[”"’]|'([^'"”“]{1,80}?)[,.!?]?'(?!\p{L})))?/u;
/** The object and the words of a judgement called in quotation marks (see CALLED_QUOTATION), or null. */
export function calledQuotation(rest: string): { object: string; judgements: string[]; titled: boolean } | null {
  const m = CALLED_QUOTATION.exec(rest);
  if (!m) return null;
  // (In curly or double quotation marks, or in straight single ones: "called the report 'false.'".)
  const quoted = [m[2] ?? m[3], m[4] ?? m[5]].filter((q): q is string => q !== undefined);
  const judgements = quoted.flatMap((q) => q.toLowerCase().match(/\p{L}+/gu) ?? []);
  // ("Broken Promises", "End Corruption Now Act": a name in capitals, not a judgement.)
  const titled = quoted.some((q) => /^(?:the\s+)?\p{Lu}\p{Ll}*(?:[\s-]+\p{Lu}\p{L}*)+$/u.test(q.trim()));
  return { object: m[1]!, judgements, titled };
}
/** Nouns with a judgement's ending that may end an object: "called the agent", "calls the student". */
const OBJECT_NOUNS = new Set(words(`vegetable table cable constable`));
const CALL_FOR_OR_ON = new RegExp(
  String.raw`^ (?:(?:${WEEKDAYS}|today|yesterday) )?(?:for\b|on (?!(?:${WEEKDAYS}|the phone)\b)(?:[^.;,]|, (?=\p{Lu}))(?:[^.;,]|,(?= \p{Lu})){0,90}? to \p{Ll})`,
  "u",
);
/** The same, for a title-case headline ("Santorum Calls For Ending …"). */
const CALL_FOR_OR_ON_ANY_CASE = new RegExp(CALL_FOR_OR_ON.source, "iu");
const POSSESSIVE_OBJECT = /^ (?:his|her|their|its|my|our|your) /;
/** An amount with its unit after a verb, then what it is added to: " 14 miles to", " about $2 billion to" (not " 40 percent of households would"). */
const AMOUNT_OBJECT = /^ (?:about |around |roughly |nearly |almost |some |another |at least )?(?:\p{Sc}\s?)?\d[\d,.]*\s?(?:%|per\s?cent|percent|miles?|km|kilometres?|kilometers?|minutes?|hours?|days?|weeks?|months?|years?|points?|jobs|seats|pounds|dollars|euros|billion|million|thousand|bn|m|k)(?:\s+(?:to|onto)\b(?!\s+(?:\p{Sc}\s?)?\d)|\s*[.;]|\s*$)/u;
const POINTED_OUT = /^(?:\s*$| that\b|[,.:]| [“"])/;
/** After "pointed to", what is cited: a case, a study, a rule, a figure, a place as an example (not "the sky", "the door"). */
// (The word the phrase's head, before what says which or the clause's end: not "a display case holding", "a record
// player", "the report on her desk".)
const POINTED_TO = /^ (?:(?:a|an|the|his|her|their|its|last|this)\s+)?(?:[\p{L}\d’'$%.,-]+\s+){0,4}?(?:case|cases|study|studies|report|reports|audit|rule|rules|law|laws|example|examples|figures?|data|survey|poll|polls|record|records|ruling|decision|promotion|statement|letter|precedent|history|increase|rise|fall|drop|decline)(?=\s*[,.;:]|\s+(?:in|of|on|over|about|under|from|by|that|which|where|when|who|showing|set|made|issued|released|published|filed|as|for|with|to|since|after|before)\b(?!\s+(?:his|her|their|the)\s+(?:desk|table|wall|floor|corner|screen|board|shelf|door|window|room)\b))|^ \p{Lu}\p{Ll}+,\s+which\b/u;
/** Before "pointed to", figures or signs as the subject: "The data pointed to", "a red arrow points to". */
const POINTED_TO_BY_DATA = /\b(?:data|figures|evidence|signs|results|numbers|statistics|indicators|polls?|surveys?|arrows?|fingers?|needles?)\s+(?:\p{Ll}+\s+)?$/u;
const ASK_VERBS = new Set(words(`asked asks asking`));
/** ", senior officials " before a verb: a comma and a few lower-case or capitalised words, no other punctuation. */
const PARENTHETICAL_LEAD = /\p{L}, (?:[\p{L}.'’\-]+ ){1,4}$/u;
/** A name or subject pronoun set off by a comma right before the verb: ", Santorum ", ", he ", ", Mr. Holt ". */
const PARENTHETICAL_SPEAKER = /,\s(?:he|she|they|(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s)?\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?)\s$/u;
/** Verbs of saying whose past participle often describes a thing said or written ("the video, posted to …"). */
const PASSIVE_PARTICIPLES = new Set(words(`posted argued described reported announced published released cited quoted`));
/** "As the Examiner's Phillip Klein notes": "as" and a source before the verb. */
const AS_FRAME = /\b[Aa]s\s[^;,“”"]{1,60}$/;
/** Asked someone for something (not for comment): "asked Petraeus for talking points". */
const ASKED_FOR = /^ (?:[\p{L}'’.\-]+ ){1,4}for (?!(?:comment|a comment|his comment|her comment)\b)/u;
/** Responded by doing something: "responded to the controversy by posting a gallery". */
const RESPONDED_BY_ACT = /^ (?:[^,;.“”"]{0,60} )?by (?!saying|telling|noting|arguing|insisting|explaining)\p{Ll}+ing\b/u;
/** Responded to something, and nothing said in the sentence: "had earlier responded to media inquiries." */
const RESPONDED_TO_ONLY = /^ to (?:(?!\b(?:that|by|with|saying)\b)[^;.:“”"])*(?:[;.]|$)/u;
const ASKED_QUESTION = /^ (?:(?!to )[\p{L}'’.\-]+ ){0,4}(?:if|whether|why|how|what|when|where|about)\b/u;
/** Pledges attribute with an infinitive, a clause, a quotation or no object ("vowed to fight", "promised that"). */
const PLEDGE_VERBS = new Set(words(`promised promises vowed vows vow pledged pledges pledge threatened threatens`));
const PLEDGED = /^(?:\s*$|[,.;:!?”"]| [“"‘]| (?:to|that)\b| (?:[\p{L}'’.\-]+\s){1,3}(?:to|that)\b| (?:again|also|repeatedly|publicly|never|not)\b)/u;
/** "said of Solace, who ": a relative clause about whom someone spoke, right before a verb. */
const SAID_OF_WHOM = /\b(?:said|says|wrote|writes|added|adds|remarked|joked)\s+of\s+[^,;.“”"]{1,50},\s+who\s+(?:\p{Ll}+ly\s+)?$/u;
/** A threat of an act someone may take against another: "threatened a strike", "threatens legal action" (not "threatened homes"). */
const THREATENED_ACTION = /^ (?:(?:a|an|the|further|more|new|fresh)\s)?(?:[\p{L}-]+\s){0,2}?(?:strikes?|walkouts?|lawsuits?|legal\s+action|court\s+action|industrial\s+action|boycotts?|sanctions|tariffs|reprisals|retaliation)\b/u;
/**
 * Denials attribute with "that", a quotation, or something said or counted for object ("rejected the claim",
 * "challenged claims that", "rejected the figures", "pushed back, saying"; not "dismissed the case", "challenged the
 * incumbent", "pushed back on the plan").
 */
const REJECT_VERBS = new Set([
  ...words(`rejected rejects rejecting dismissed dismisses challenged challenges challenging reject challenge`),
  ...["pushed back", "pushes back", "pushing back"],
]);
/** What is said, as a denial's object: "the claim", "allegations", "the figures". */
const SAID_THINGS = String.raw`(?:claims?|allegations?|accusations?|charges?|criticisms?|critiques?|suggestions?|notions?|ideas?|characteri[sz]ations?|reports?|assertions?|comparisons?|premise|views?|assessments?|findings?|speculation|rumou?rs?|arguments?|contention|theory|theories|account|story|stories|statements?|remarks?|comments?|assertion|concerns?|fears?|worries|complaints?|questions?|talk|warnings?|conclusions?|analysis|interpretation|description|label|term|portrayal|depiction|reading|figures|numbers|data|calculations?|estimates?|statistics|results|tally|count|version|explanations?|excuses?|justifications?|assurances?|reasoning|rationale)`;
const REJECTED_CLAIM = new RegExp(
  String.raw`^(?:\s*$|[,.;:”"]| [“"‘]| (?:as|that)\b| (?:[\p{L}'’.\-]+\s){1,5}as\b| (?:(?:the|any|all|those|these|such|his|her|their|its|this|that|a|an)\s)?(?:[\p{L}'’.\-]+\s){0,6}?` +
    String.raw`${SAID_THINGS}\b` +
    // (Or fault refused, right after the verb: "rejects blame", "rejected any responsibility"; not "the blame game", "a
    // cap on the liability of operators".)
    String.raw`| (?:(?:any|all|the|his|her|their|its)\s)?(?:(?:legal|personal|direct|criminal|financial|moral)\s)?(?:blame|responsibility|liability|culpability|wrongdoing)\b(?!\s+(?:game|cap|insurance|shield|waiver)\b))`,
  "u",
);
/** A court or its officers as a passive's agent, whose rejecting is a ruling: " by the court", " by a judge". */
const RULED_BY = /^ by (?:the |a |an )?(?:[\p{L}-]+ ){0,2}(?:court|judge|jury|tribunal|magistrates?|justices|bench)\b/iu;
/** A thing said as the subject of a passive denial: "Claims that he died penniless were rejected " (then "by" someone). */
const SAID_THING_REJECTED = new RegExp(String.raw`\b${SAID_THINGS}\b[^.;:!?“”"]{0,120}\s(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+|also\s+|later\s+|since\s+)?$`, "iu");
/** Object pronouns: "dismissed her" is not a denial. */
const OBJECT_PRONOUN = /^ (?:her|him|them|me|us)\b/;

/**
 * What stands before a verb of saying that is not said: a refusal, a negation or an inability ("declined to say",
 * "did not say", "impossible to say").
 */
const REFUSED_OR_NEGATED = /(?:\b(?:declined|declines|declining|refused|refuses|refusing|failed|fails|impossible|possible|hard|difficult|unable|too early|too soon)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?to|\bnot|\bcannot|n[’']t|\bnever|\bwithout)\s+$/u;
/** Verbs that close a headline after a comma with who said it: "…, study finds", "…, prosecutors tell jury". */
const HEADLINE_TAG_VERBS = new Set(words(`finds find found shows show showed shown suggests suggest suggested tell tells allege alleges alleged warn warns claim claims charge charges`));
/** Officers and inquiries that rule as a court does, in a headline's tag: "…, sheriff rules". */
const RULING_OFFICERS = String.raw`[Ss]heriff|[Mm]agistrates?|[Cc]oroner|[Ii]nquest|[Ii]nquiry|[Oo]mbudsman`;
/** A court closing a clause after a comma: ", the Supreme Court of Canada ", ", Supreme Court ", ", the judges ". */
const COURT_TAG_LEAD = new RegExp(String.raw`,\s(?:the\s)?(?:\p{Lu}[\p{L}’'.-]*\s){0,4}(?:[Cc]ourt|[Tt]ribunal|[Jj]udges?|[Jj]ustices|[Pp]anel|${RULING_OFFICERS})(?:\s(?:of|for)\s(?:the\s)?(?:\p{Lu}[\p{L}’'.-]*\s){1,3})?\s?$`, "u");
/** Such an officer right before the verb: ", sheriff ". */
const OFFICER_TAG_LEAD = new RegExp(String.raw`(?:${RULING_OFFICERS})\s?$`);
/** After a court's closing verb: when, then the end, a semicolon, or a comma before how ("…, in a 5-4 decision"; not "the court holds, on average, 300 hearings"). */
const COURT_TAG_REST = /^(?:\s+(?:on|last|this|early|late)\s+\p{Lu}?\p{Ll}+)?(?:,\s+in\s+(?:a|an|its)\s|\s*[.!?;]|\s*$)/u;
/** In running text, a document or people closing the sentence after a comma: ", the poll ", ", state records ". */
const CLOSING_TAG_LEAD = new RegExp(
  String.raw`,\s(?:the\s|a\s|an\s|its\s|their\s)?(?:[\p{L}’'.-]+\s){0,2}(?:poll|polls|study|survey|report|review|analysis|audit|data|figures|records|documents|filings|statistics|logs|minutes|research|researchers|investigators|scientists|prosecutors|police)\s` +
    // ("…, data from the central bank showed.": whose they are, between the noun and the verb; "…, figures obtained by
    // the BBC from the ambulance service show.": who obtained them, before that.)
    String.raw`(?:(?:obtained|seen|released|published|compiled)\sby\s(?:the\s)?(?:\p{Lu}[\p{L}’'.&-]*\s){1,4}(?=from\s))?(?:from\s(?:the\s)?(?:[\p{L}’'.-]+\s){1,4})?` +
    // ("…, a study published on Wednesday found.": when it came out, between the noun and the verb.)
    String.raw`(?:(?:published|released|issued)\s(?:on\s|last\s|this\s)?(?:${WEEKDAYS}|week|month|year|today|yesterday)\s)?` +
    // ("…, an independent review has found.": a perfect tense.)
    String.raw`(?:has\s|have\s|had\s)?$`,
  "u",
);
/** The comma and up to four words before such a verb: ", study ", ", federal prosecutors ". */
const HEADLINE_TAG_LEAD = /,\s(?:[\p{L}’'.-]+\s){1,4}$/u;
/** A fronted "Asked how/whether/what …" clause, up to a verb inside it. */
const ASKED_QUESTION_OPENING = /^[“"]?(?:(?:When|After|Once|But|And)\s+)?[Aa]sked\b[^,;“”"]{0,80}?\b(?:how|whether|why|what|if|when|where|about)\b[^,;“”"]{0,60}$/;
/** An attempt or a continuation whose subject is the speaker ("the secretary tried to explain that"). */
const TRIED_TO = new RegExp(String.raw`\b(?:${GOING_ON})\s+to\s+$`);
/** A verb of saying later in the sentence: "… and said …", "…, saying …", "… but insisted …". */
const SAYING_AFTER = /\b(?:said|says|saying|insist(?:ed|s|ing)|conced(?:ed|es|ing)|add(?:ed|s|ing)|told|stress(?:ed|es|ing)|explain(?:ed|s|ing)|admit(?:ted|s|ting)|acknowledg(?:ed|es|ing)|wrote|writing)\b/;
/** After "said": a refusal to say ("she could not comment on …", "it would not elaborate"), ending the clause or before what about. */
const SAID_NO_COMMENT = /^ (?:that\s+)?(?:he|she|they|it|we|I)\s+(?:could\s+not|couldn['’]t|cannot|can['’]t|would\s+not|wouldn['’]t|was\s+unable\s+to|were\s+unable\s+to)\s+(?:comment|speculate|elaborate)\b(?:\s+(?:on|about|further|while|before|until|because)\b|\s*[.,;]|$)/;
/** A choice to make a charge ("has chosen to blame the organisers", "decided to accuse"): of blame only, not "decided to reveal". */
const CHOSE_TO = /\b(?:chose|chosen|chooses|decided|decides|opted|opts)\s+to\s+$/;

/** Pronouns that would pass for a plural or a name ("They argue" opening a sentence). */
const PLURAL_PRONOUNS = new Set(words(`they we you i`));
/**
 * Present plural verbs only people say ("They argue that …", "They add that …"): after "they", with "that" or a
 * quotation next, these attribute (not "they suggest", "they show", "they predict", which e-mails and polls do too).
 */
const SAID_BY_PEOPLE = new Set(words(`argue insist contend maintain acknowledge admit concede assert complain vow pledge add counter`));
/** Verbs of admitting, which take what is admitted as a gerund too ("they admit making mistakes"). */
const ADMITTING = new Set(words(`acknowledge admit concede`));
const ADMITTED_DOING = /^ (?:\p{Ll}+ly\s+)?(?:having\s+)?\p{Ll}{2,}ing\b/u;
/** An object after "tell" that makes it a verb of saying: a name, reporters, us ("sources tell Fox News"). */
const TELL_OBJECT = /^ (?:\p{Lu}|the \p{Lu}|reporters\b|us\b|me\b)/u;
/** Verbs that attribute only after a plural subject, whatever their class ("documents reveal", "polls show"). */
/** (…and the plural present of verbs of denial and blame: "Republicans challenge Clinton claims", "Unions slam Holt over fees".) */
const AFTER_PLURAL = new Set([...PLURAL_PRESENT, "reveal", "show", "reject", "dispute", "challenge", ...PLURAL_CRITICISM, ...PLURAL_BLAME]);

/** Words for unnamed people that take a plural verb though they end in no "s" ("many predict"). */
const UNNAMED_PLURALS = new Set(words(`many some few most`));
/** Words ending in "s" that are not plural nouns. */
const NOT_PLURALS = new Set(words(`is was has does its his hers this thus as us yes less unless always perhaps`));
/** " by the Senate", " by the full Senate in 2017", " by senators": a legislature confirming someone in office. */
const CONFIRMED_IN_OFFICE = /^ by (?:the )?(?:full |U\.S\. |state )?(?:Senate|Assembly|Legislature|legislature|senators|Parliament|parliament)\b(?!['’]s|\s+\p{Lu}|\s+(?:aides|investigators|staff|committee|panel|leaders?|clerk|speaker|officials)\b)/u;
/** A clause with no "that": a subject of up to four words and its finite verb ("the administration had …"). */
const CLAUSE_AFTER_VERB = /^\s+(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3}\s+(?:had|has|have|was|were|is|are|would|will|could|did)\b/u;
/** A verb of carrying a share, then the share: "bore some ", "deserves much of the ", "shouldered most ". */
const SHARE_CARRIED_BEFORE = /\b(?:bears?|bore|borne|shares?|shared|deserves?|deserved|takes?|took|taken|accepts?|accepted|shoulders?|shouldered|carr(?:y|ies|ied))\s+(?:some|much|most|all|part|none|no)\s+(?:of\s+the\s+)?$/;
/** A verb that refuses, takes or passes on blame, right before it: "rejects ", "accepts the ", "shifted ". */
const BLAME_REFUSED_BEFORE = /\b(?:rejects?|rejected|rejecting|denies|denied|denying|deny|accepts?|accepted|accepting|takes?|took|taking|shoulders?|shouldered|deflects?|deflected|deflecting|shifts?|shifted|shifting|dodges?|dodged|dodging|avoids?|avoided|avoiding|assigns?|assigned|apportions?|apportioned)\s+(?:the\s+)?$/;
const DETERMINERS = new Set(words(`the a an their our your my his her its this that these those`));

/**
 * A present plural verb's subject right before it: a plural noun or a name, perhaps with an adverb in between. "they"
 * only before a verb only people say (SAID_BY_PEOPLE): what a plural pronoun refers to is too often guessed wrong
 * ("they suggest" of e-mails).
 */
function pluralSubjectBefore(lead: string, verb: string, rest: string): boolean {
  // (An adverb may come between: "Democrats strongly reject"; not a noun in -ly: "the Cheney family dispute".)
  // (Nor does a relative clause set off by commas: "The records, which run to 300 pages, show".)
  // (Nor a short tag in brackets after the name: "the Kenya National Bureau of Statistics (KNBS) show".)
  const plain = lead.endsWith(", ") ? lead.replace(RELATIVE_ASIDE_AT_END, " ") : lead.endsWith(") ") ? lead.replace(BRACKETED_TAG_AT_END, " ") : lead;
  const m = /([\p{L}.’'\-]+) (?:(?!(?:family|assembly|rally|ally|supply|reply|daily|weekly|monthly|anomaly)\s)\p{Ll}+ly |also |still )?$/u.exec(plain);
  if (!m) return false;
  // "Friends of the couple claim", "Members of the board argue": a plural, then whose they are.
  if (PLURAL_OF_BEFORE.test(lead)) return true;
  const w = m[1]!;
  const lower = w.toLowerCase();
  // (With what they say after it: not "the cuts that they insist upon".)
  // ("But they acknowledge handing over material …": what is admitted may also be a gerund.)
  if (lower === "they" && SAID_BY_PEOPLE.has(verb)) return /^(?: that\b|[,:]?\s*[“"])/.test(rest) || (ADMITTING.has(verb) && ADMITTED_DOING.test(rest));
  // (A determiner makes the word a noun: "Their estimate that …", "the claim".)
  if (NOT_PLURALS.has(lower) || PLURAL_PRONOUNS.has(lower) || DETERMINERS.has(lower) || /['’]s$/.test(w)) return false;
  // ("Government estimate that 2,000 homes flooded was revised": "estimate" after a name is the noun.)
  if (verb === "estimate" && !/\p{Ll}s$/u.test(w) && lead.trim() === w) return false;
  // "many predict that", "some argue": words for unnamed people that end in no "s".
  if (UNNAMED_PLURALS.has(lower)) return true;
  return /\p{Ll}s$/u.test(w) || /^\p{Lu}/u.test(w);
}
/** A singular subject and a verb of listing ending the text: "The document lists ", "the new memo names ". */
const LISTING_AFTER_SUBJECT = /(?:^|\s)(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:\p{Ll}+\s+)?\p{Ll}+[^s\s]\s+(?:lists|details|outlines|names|cites|includes|identifies|describes|mentions|shows)\s$/u;
/** A plural noun opening its clause, then "of" and whose ("Friends of the couple ", "But pals of the star "). */
const PLURAL_OF_BEFORE = /(?:^|[,;:]\s|\b(?:But|And|but|and)\s)\p{L}+[^s\s]s\s+of\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+\s$/u;
/** A condition's subject right before a verb: "if the agency ", "unless regulators ". */
const CONDITION_BEFORE = /\b(?:if|unless)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}.’'-]+\s+){0,3}$/iu;
const BRACKETED_TAG_AT_END = /\s\([^()]{1,20}\)\s$/u;
// (Or an aside of examples: "Critics, including the finance spokesman, Ann Holt, argue".)
const RELATIVE_ASIDE_AT_END = /,\s+(?:(?:which|who)\s[^,;:“”"]{1,120}|(?:including|among\s+them)\s[^;:“”"]{1,120}),\s$/u;
const NOUN_BEFORE = /^ (?:on|about|of|over|against|for|from|by|in|at|with)\b(?![^.;]*\bthat\b)/;

/** Cues in a sentence, outside quotations, in order. `families`: the keyword families of the sentence (keywords.ts). */
export function findCues(text: string, s: Sentence, inQuote: (pos: number) => boolean, families: Families = ALL_FAMILIES): Cue[] {
  const found = findVerbCues(text, s, inQuote, families);
  const cues = s.words.some((w) => w.lower === "ultimatum" || w.lower === "ultimatums") ? withUltimatum(text, s, inQuote, found) : found;
  // "The court heard that …", "a jury has heard", "…, jury told": what was said in a hearing, by someone unnamed there.
  if (!s.words.some((w) => w.lower === "heard" || w.lower === "told")) return cues;
  const heard = HEARD_IN_COURT.exec(text.slice(s.start, s.end));
  if (!heard || inQuote(s.start + heard.index)) return cues;
  const start = s.start + heard.index + heard[0].length - heard[2]!.length;
  const cue: Cue = { start, end: start + heard[2]!.length, text: heard[2]!, cls: "statement", form: "hearing", sourceFrom: s.start + heard.index };
  return [...cues.filter((c) => c.end <= cue.start - heard[1]!.length || c.start >= cue.end), cue].sort((a, b) => a.start - b.start);
}
/**
 * "Labour has given the government a seven-day ultimatum to reverse the price": a demand with a threat, said by whoever
 * gave it (the verb is the cue; not "faces an ultimatum", "rejected the ultimatum").
 */
function withUltimatum(text: string, s: Sentence, inQuote: (pos: number) => boolean, cues: Cue[]): Cue[] {
  const m = ULTIMATUM_GIVEN.exec(text.slice(s.start, s.end));
  if (!m) return cues;
  const start = s.start + m.index;
  if (inQuote(start) || cues.some((c) => c.start <= start && c.end > start)) return cues;
  const cue: Cue = { start, end: start + m[1]!.length, text: m[1]!, cls: "statement", form: "verb" };
  return [...cues, cue].sort((a, b) => a.start - b.start);
}
// (Whom it is given to may come between, never a negation or a preposition: not "given no response to its ultimatum",
// "gave no sign that they would bow to its ultimatum".)
const ULTIMATUM_GIVEN = /\b(gives?|gave|given|giving|issued|issues?|issuing|served|serves?|delivered|delivers?|sets?)\s+(?:(?!(?:no|any|to|of|for|that|in|on|with)\b)[\p{L}.’'-]+\s+){0,5}?(?:an?|its|their|his|her|a\s+final)\s+(?:[\p{L}\d-]+\s+){0,2}ultimatums?\b/iu;

/**
 * A court or a hearing that heard or was told what someone said: "the court heard that", "a jury has heard", "jurors
 * were told", a headline's "…, jury told" (group 1: who heard; group 2: the verb). Not "heard the case", "heard
 * evidence from", "told the jury".
 */
// ("heard" only before what was said, "that", "how", or at the tag's end: not "heard closing speeches", "heard Roe's appeal".)
const HEARD_IN_COURT = /\b((?:[Tt]he|[Aa])\s+(?:court|jury|inquest|tribunal|hearing)|[Jj]urors|[Jj]ury|[Cc]ourt|[Ii]nquest|[Tt]ribunal)\s+(?:has\s+|have\s+|had\s+|was\s+|were\s+)?(?:been\s+)?(heard(?=\s+(?:that|how|why|what)\b|\s+(?:he|she|they|it|\p{Lu}[\p{L}.’'-]*)\s+(?:had|has|have|was|were|is|are|would|could|did|\p{Ll}+ed)\b|\s*[,.;:!?]|\s*$)|told(?!\s+(?:to|by|of|about|from|nothing)\b))/u;

/** Before "confirmed" describing a noun: a count, "of", or another such word ("suspected and", "probable or"). */
const CONFIRMED_DESCRIBING = /(?:\d[\d,.]*|\b(?:of|suspected|probable|possible)(?:\s+(?:and|or))?)\s+$/;
/** "not" or "never" right before a verb ("never took aim at", "did not lash out at"). */
const NEGATED_BEFORE = /\b(?:not|never)\s+$|n[’']t\s+$/;

function findVerbCues(text: string, s: Sentence, inQuote: (pos: number) => boolean, families: Families): Cue[] {
  const out: Cue[] = [];
  if ((families & CUE_WORDS) === 0) return out;
  const slice = text.slice(s.start, s.end);
  // Where a headline's verb takes only its object (HEADLINE_ACTS), or -1.
  let objectOnly = -1;
  // Where a forecast is given anew ("cut its forecast").
  const forecasts = new Set<number>();
  const re = s.titleCase ? CUE_RE_ANY_CASE : CUE_RE;
  // "Added Gibbs: “…”": a verb of saying opening the sentence, its speaker after it.
  const first = s.words[0];
  if (first && first.start === s.start && INVERTED_SPEECH.test(slice) && !inQuote(first.start)) {
    out.push({ start: first.start, end: first.end, text: first.text, cls: "statement", form: "verb" });
  }
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const at = s.start + m.index;
    if (inQuote(at)) continue;
    const end = at + m[0].length;
    if (m[1]) {
      // ("By her account", "In his telling": whose account it is, the pronoun after "By" or "In", as after "according to";
      // "By" before "the commission's count": whose count, as after "according to".)
      const accountOf = / of$/.test(m[1]);
      const pronounAccount = /^(?:by|in) /i.test(m[1]) && !accountOf;
      const byCount = /^by$/i.test(m[1]);
      out.push({ start: at, end, text: pronounAccount || byCount || accountOf ? m[1].toLowerCase() : m[1].toLowerCase() === "per" ? "per" : "according to", cls: "report", form: "according", ...(pronounAccount ? { sourceFrom: at + 3 } : {}) });
    }
    else if (m[2]) out.push({ start: at, end, text: m[2], cls: "report", form: "reports" });
    else if (m[3]) out.push({ start: at, end, text: m[3], cls: "report", form: "passive-it" });
    else if (m[4]) {
      // "As Sen. Baxter put it, …" (not "he put it on the table").
      if (/\b[Aa]s\s[^;“”"]{1,60}$/.test(slice.slice(Math.max(0, m.index - 64), m.index))) out.push({ start: at, end, text: m[4], cls: "statement", form: "verb" });
    }
    else if (m[5]) out.push({ start: at, end, text: m[5], cls: "statement", form: "appositive-claim", sourceFrom: end });
    else if (m[7]) out.push({ start: at, end, text: m[7], cls: "statement", form: "verb" });
    else if (m[8]) {
      // (The count named, after the verb or before it: "put the number at", "a figure the ministry put at".)
      const lead = slice.slice(Math.max(0, m.index - 60), m.index);
      if (!/^ at\b/.test(slice.slice(m.index + m[8].length)) || COUNT_PUT_BEFORE.test(lead)) out.push({ start: at, end, text: m[8], cls: "statement", form: "verb" });
    }
    else if (m[9]) {
      forecasts.add(at);
      out.push({ start: at, end, text: m[9], cls: "statement", form: "verb" });
    }
    else if (m[6]) {
      const w = AMERICAN_OF.get(m[6].toLowerCase()) ?? m[6].toLowerCase();
      const rest = slice.slice(m.index + w.length, m.index + w.length + 130);
      const lead = slice.slice(Math.max(0, m.index - 80), m.index);
      if (w === "attacks") {
        const stepped = STEPPED_UP_ATTACKS_BEFORE.exec(lead);
        if (stepped && pressedOver(rest) && !inQuote(at)) {
          out.push({ start: at - stepped[0].length, end: end + 3, text: slice.slice(m.index - stepped[0].length, m.index + w.length + 3), cls: "blame", form: "verb" });
        }
        continue;
      }
      if (w === "pressure") {
        // ("kept up the pressure on Holt to apologize": "the" before it, unlike other cues.)
        const pressing = PRESSING_BEFORE.exec(lead);
        if (pressing && pressedOver(rest) && !inQuote(at)) {
          out.push({ start: at - pressing[0].length, end: end + 3, text: slice.slice(m.index - pressing[0].length, m.index + w.length + 3), cls: "blame", form: "verb" });
        }
        continue;
      }
      // "…, the Supreme Court of Canada ruled on Friday, in a 5-4 decision …", a headline's "…, Supreme Court rules": a
      // court's ruling closing the clause that says what it ruled.
      // (A sheriff, a coroner or an inquiry "rules" so only in a headline; in running text, "ruled": "In Pike County, the
      // sheriff rules on appeals" says what the office does.)
      const officer = OFFICER_TAG_LEAD.test(lead);
      if (/^(?:ruled|rules|held|holds)$/.test(w) && COURT_TAG_LEAD.test(lead) && COURT_TAG_REST.test(rest) && (!officer || s.section !== "body" || w === "ruled")) {
        out.push({ start: at, end, text: m[6], cls: VERB_CLASS.get(w) ?? "finding", form: "verb" });
        continue;
      }
      // "…, ruling that the ban was void", "the panel rules that": only with "that" is the word a verb (not "the DOMA
      // ruling", "new rules require", "concluding remarks").
      if (THAT_ONLY_VERBS.has(w) && !/^\s+that\b/.test(rest)) continue;
      // "will have their say", "the reports": a determiner makes the word a noun.
      if (/(?:^|\s)(?:[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our|[Tt]he|an?)\s+$/.test(lead)) continue;
      // "214,000 suspected and confirmed cases", "12 confirmed deaths", "the number of confirmed infections": a participle
      // describing a plural noun after a count or another such word.
      if (w === "confirmed" && CONFIRMED_DESCRIBING.test(lead) && /^\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+s\b/u.test(rest)) continue;
      // "bore some blame", "deserves much of the credit": a share carried makes the word a noun (not "some blame the council").
      if (SHARE_CARRIED_BEFORE.test(lead)) continue;
      // ("rejects blame", "denies responsibility … accepts blame": blame refused or taken is a noun.)
      if ((w === "blame" || w === "credit") && BLAME_REFUSED_BEFORE.test(lead)) continue;
      // A headline's closing tag, its verb ending it: "…, study finds", "…, prosecutors tell jury"; and in running text
      // "…, the poll found.", "…, records show.".
      // (A headline's clause may end at a semicolon or a dash: "…, study finds; restaurant group disputes results".)
      const closingTag = s.section !== "body" ? HEADLINE_TAG_LEAD.test(lead) && /^(?:\s+(?:jury|court|judge|lawmakers|congress|senators|regulators|investors))?\s*(?:[.!?]?\s*$|[;|–—]\s)/i.test(rest)
        : CLOSING_TAG_LEAD.test(lead) && /^\s*(?:[.!?]|,\s+(?:although|though|but|while|and|as)\b)/.test(rest);
      if (HEADLINE_TAG_VERBS.has(w) && closingTag) {
        out.push({ start: at, end, text: m[6], cls: VERB_CLASS.get(w)!, form: "verb" });
        continue;
      }
      // (A word that is a verb too is one when nothing draws it: a headline's "Speaker rebukes minister".)
      const drawn = REPROACH_NOUNS.has(w) ? DRAWN_BEFORE.exec(s.titleCase ? lead.toLowerCase() : lead) : null;
      if (REPROACH_NOUNS.has(w) && (drawn || !CRITICISM_VERBS.has(w))) {
        // "took criticism from Democrats for …" (not "criticism of the plan"): the verb is the cue's start. (Fire only with
        // what for: "came under fire from Republicans over the budget", not "came under fire from Taliban fighters".)
        // (A title-case headline too: "Ann Holt Faces Criticism Over Delays".)
        if (drawn && (w !== "fire" || /^[^.;]*?\s(?:over|for)\s/i.test(rest)) && /^ [Ff]rom (?:the\s+)?\p{Lu}|^ from (?:\p{Ll}+\s+)?(?:critics|democrats|republicans|lawmakers|conservatives|liberals|activists|advocates|opponents|rivals|members|leaders|officials|groups|unions|voters|residents|parents|teachers|colleagues|both\s+sides)\b/u.test(rest) && !inQuote(at)) {
          out.push({ start: at - drawn[0].length, end, text: slice.slice(m.index - drawn[0].length, m.index + w.length), cls: "blame", form: "verb" });
        } else if (drawn && reproachReason(rest) && !AGENTLESS_BLOCKED_BEFORE.test(lead) && !(w === "fire" && firedOnlyForSpan(rest)) && !inQuote(at)) {
          // "faced criticism for his remarks", "came under fire on Friday for …": no critic named.
          out.push({ start: at - drawn[0].length, end, text: slice.slice(m.index - drawn[0].length, m.index + w.length), cls: "blame", form: "verb", agentless: true });
        }
        continue;
      }
      // "lashed out at the senator", "pounced on the governor's comments": an attack, up to its preposition.
      const attack = ATTACK_PHRASES.get(w);
      // (Not "never took aim at", "did not lash out at".)
      if (CALLING_OUT.has(w)) {
        const deedRest = s.titleCase ? rest.toLowerCase() : rest;
        // ("took on" only over someone's deed: not "The Giants took on the Eagles on Sunday over a muddy field".)
        const deed = /^tak|^took/.test(w) ? TOOK_ON_OVER.test(rest) : FOR_A_DEED.test(deedRest) || FOR_WHAT.test(deedRest) || blamedOverADeed(rest, s.titleCase);
        if (!NEGATED_BEFORE.test(lead) && deed && ATTACKED_SOMEONE.test(rest) && !inQuote(at)) out.push({ start: at, end, text: m[6], cls: "blame", form: "verb" });
        continue;
      }
      if (attack !== undefined) {
        if (NEGATED_BEFORE.test(lead)) continue;
        const object = rest.startsWith(` ${attack} `) ? rest.slice(attack.length + 1) : null;
        const attacked = object !== null && (attack === "on" ? ATTACKED_WORDS : ATTACKED_SOMEONE).test(object);
        // (Not a blow: "took aim at Officer Lee and fired", "lashed out at his girlfriend and struck her".)
        if (attacked && PHYSICAL_AFTER.test(object)) continue;
        if (attacked && !inQuote(at)) out.push({ start: at, end: end + attack.length + 1, text: `${m[6]} ${attack}`, cls: "blame", form: "verb" });
        continue;
      }
      // "does criticize what she calls …": the bare form only after "do" (not "to criticize", "will criticize").
      // (Or an occasion used to criticize: "using a stop in Oskaloosa to criticize Ryan's tax plan".)
      if (w === "criticize" && !/\b(?:does|did|do)\s+$/.test(lead) && !(USED_TO_BEFORE.test(lead) && !REFUSED_TO_USE.test(lead))) continue;
      // ("A group called Calder Parents for Open Schools accused …": a body named, not a judgement called.)
      if ((w === "called" || w === "named") && NAMED_BODY_BEFORE.test(lead) && /^ \p{Lu}/u.test(rest)) continue;
      // "called it “a disgrace”", "called for armed officers", "calls on Akin to drop his bid"; not "called him back".
      const demand = CALL_WORDS.has(w) && (s.titleCase ? CALL_FOR_OR_ON_ANY_CASE : CALL_FOR_OR_ON).test(rest);
      const quoteAfter = AFTER_QUOTE_OR_AS.test(rest) || (/^describ/.test(w) && (DESCRIBED_AS.test(rest) || DESCRIBED_BY_AS.test(rest))) || (NAMING_VERBS.has(w) && AFTER_OBJECT_QUOTE.test(rest)) || (CALLING.has(w) && calledJudgement(rest) !== null);
      // “…,” Smith said / “…,” the letter reads: the verb follows a quotation.
      const quoteBefore = QUOTE_THEN_NAME.test(lead) || QUOTE_THEN_DESCRIPTION.test(lead);
      if (RETORTS.has(w) && !quoteBefore && !RETORT_SAID.test(rest)) continue;
      if (HITS_OUT.has(w) && !quoteBefore && !HIT_OUT_SAID.test(rest)) continue;
      // ("“…,” the statement read.": "read" only after what was read, not "He read the names: “…”".)
      if (w === "read" && !quoteBefore) continue;
      if ((HOLDING.has(w) && !HELD_RESPONSIBLE.test(rest)) || (PINNING.has(w) && !PINNED_BLAME.test(rest))) continue;
      // "recalled that …", "recalled: “…”", "recalled how …"; not a product or an envoy called back ("Toyota recalled 300
      // cars", "recalled its ambassador").
      if (/^recall/.test(w) && !quoteBefore && RECALLED_THING.test(rest)) continue;
      // "denied the motion to dismiss", "denied bail": a ruling on what was asked, not a denial of what was said.
      if (/^den(?:ied|ies|y|ying)$/.test(w) && DENIED_REQUEST.test(rest)) continue;
      // ("… issued a joint statement urging the Coast Guard to …": "urging" only of a document its subject put out; not a
      // letter someone received, a sign, an ad, "after urging from investors".)
      if (w === "urging" && !ISSUED_URGING_BEFORE.test(lead)) continue;
      // ("Team Aotearoa accused of spying", "Minister blamed for crash": with nothing between the verb and what for, a
      // headline's passive, or a clause's aside, never someone accusing.)
      // (But the object may come first, as a relative pronoun: "the mayor, whom Reyes accused of launching the plan".)
      if (((w === "accused" && rest.startsWith(" of ")) || (w === "blamed" && rest.startsWith(" for "))) && !/\b(?:whom|who|which|that)\s+(?:[\p{L}’'.-]+\s+){1,4}$/u.test(lead)) continue;
      // (Not "knocked on the door for help": a verb of praise or blame takes its person or body straight after it.)
      const activeBlame = CRITICISM_VERBS.has(w) && (!w.startsWith("attack") || ATTACKED_FOR_DOING.test(rest) || (ATTACKED_AS.test(rest) && ATTACKED_SOMEONE.test(rest))) && !/^\s+(?:on|at|off|out|into|down|up|through|away)\b/.test(rest) &&
        (s.titleCase ? FOR_A_DEED.test(rest.toLowerCase()) : FOR_A_DEED.test(rest) || blamedForOneWordDeed(rest) || (!PRAISE_VERBS.has(w) && !/^(?:tweak|target)/.test(w) && FOR_A_SINGLE_DEED.test(rest)) || (REPROACH_VERBS.has(w) && REPROACHED.test(rest) && !(w.startsWith("condemn") && BUILDING_NAMED.test(rest))) || (DENOUNCING.has(w) && (DENOUNCED_THING.test(rest) || (DENOUNCED_DECISION.test(rest) && (!/^(?:slam|blast)/.test(w) || !/^ the (?:order|cuts?)\b/.test(rest) || DECISION_DENOUNCED_WHERE.test(rest))) || (/^(?:critici[sz]|denounc|decr)/.test(w) && CRITICIZED_THING.test(rest) && !HELD_BACK_FROM.test(lead)))) || (PRAISE_VERBS.has(w) && PRAISED_DECISION.test(rest)) ||
          // ("criticized Sen. Holt over his vote", "Kerr Slams Holt Over Tax Plan"; not a verb of praise, nor "knocked it over".)
          (!PRAISE_VERBS.has(w) && !w.startsWith("knock") && blamedOverADeed(rest, s.titleCase)));
      // ("The ad was denounced by the Log Cabin Republicans".)
      // (Not a building condemned by inspectors.)
      const passiveBlame = CRITICISM_VERBS.has(w) && reproachedBy(w, lead, rest, s.section !== "body") && !(w.startsWith("condemn") && BUILDING_BEFORE.test(lead));
      // "Holt was criticized for his remarks", a headline's "Mayor Holt Criticized for Budget Comments": no critic named.
      // (Not with the critic named after what for: "was criticized for the delays by Ann Kerr".)
      // (Nor a building condemned: "The motel was condemned over safety concerns".)
      if (!passiveBlame && PASSIVE_REPROACH.has(w) && reproachReason(rest) && !(w.startsWith("condemn") && CONDEMNED_BUILDING.test(rest) && BUILDING_BEFORE.test(lead)) && !/^[^.;]*?(?<!\b\p{Ll}+(?:ed|en))\sby\s+(?:the\s+)?(?:\p{Lu}|(?:\p{Ll}+\s+)?(?:critics|members|leaders|officials|lawmakers|democrats|republicans|teachers|residents|voters|groups|unions)\b)/u.test(rest) && !AGENTLESS_BLOCKED_BEFORE.test(lead) && !inQuote(at) && !/\b(?:could|would|may|might|will|should|can|must)\s+(?:\p{Ll}+ly\s+)?be\s+$/u.test(lead) &&
        (PASSIVE_AUXILIARY.test(lead) || (s.titleCase && /\p{L}\s$/u.test(lead)))) {
        out.push({ start: at, end, text: m[6], cls: "blame", form: "verb", agentless: true });
        continue;
      }
      const praiseOrBlame = activeBlame || passiveBlame;
      // (An attack is speech only as blame of someone: not "wolves attacked the herd as a pack".)
      if (w.startsWith("attack") && !praiseOrBlame && !(ATTACKED_AS.test(rest) && ATTACKED_SOMEONE.test(rest)) && !QUOTE_THEN_NAME.test(lead)) continue;
      // "by demanding that Republicans …": a demand with its content; "X Sees One-in-Three Chance …" in a headline.
      const demandThat = w.startsWith("demand") && STRICT_THAT.test(rest);
      // "sees it as a bother" (not "saw the smoke as she drove home"); a headline's "Sees One-in-Three Chance …".
      const viewAs = VIEW_VERBS.has(w) && (s.titleCase ? HEADLINE_VIEW : SEEN_AS).test(rest);
      if (VIEW_VERBS.has(w) && !viewAs) continue;
      // "cast his decision as a way to …" frames it; not "cast his vote as a protest", "cast doubt", "was cast as the
      // villain", "cast off as the storm approached", "cast the die as the deadline neared".
      if (w.startsWith("cast") && (CAST_NOT_SPEECH.test(rest) || AS_A_CLAUSE.test(rest) || /\b(?:was|were|is|are|been|be|being)\s+$/.test(lead))) continue;
      // "The cost, senior officials estimated, would be …": a source and verb set off by commas inside the clause.
      const parenthetical = PARENTHETICAL_LEAD.test(lead) && rest.startsWith(",");
      // "That world view, Santorum continued, suggests …": a speaker going on, set off by commas.
      const continuing = w === "continued" && parenthetical && PARENTHETICAL_SPEAKER.test(lead);
      // ("they suggest that …", "the records suggest that …"; not "to suggest that", "would suggest".)
      // (But "Democrats were quick to suggest the administration had …": a subject going on to suggest it.)
      if (w === "suggest" && !(TRIED_TO.test(lead) && (STRICT_THAT.test(rest) || CLAUSE_AFTER_VERB.test(rest))) && (!PLURAL_SUBJECT_BEFORE.test(lead) || /\b(?:to|would|could|might|may|should|will|can|not|did|do|does)\s+$|n['’]t\s+$/.test(lead) || !STRICT_THAT.test(rest))) continue;
      // ("knew more than they said", "worse than Holt admitted": a comparison, nothing said.)
      // (Not a count: "more than a dozen witnesses said".)
      if (/\bthan\s+(?!(?:a\s+(?:dozen|hundred|few|handful|third|quarter)|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds|half|\d)\b)(?:[\p{L}.’'-]+\s+){1,3}$/u.test(lead) && /^[\s,]*[.;!?]?\s*$/.test(rest.slice(0, 3)) && !quoteBefore) continue;
      // "continued to allege that …": the verb after "to" is the one that says.
      if (w.startsWith("continue") && /^ to\s/.test(rest)) continue;
      // "Santorum Defends Comments on Obama and Education": a headline's act of speech, with only its object after it.
      // (Only when the headline has no other cue: "Obama Defends NSA Programs, Says Congress Knew" says what after "Says".)
      const headlineAct = s.section === "title" && HEADLINE_ACTS.has(w) && /[\p{L}.]\s$/u.test(lead) && /^\s+\S/.test(rest) && !NOT_A_HEADLINE_ACT.test(rest) && !CONTEST_RESULT.test(rest);
      // ("…, a decision privacy advocates called the most important case in a decade": the summing noun is what is called so.)
      // (Or a second subject joined to the first: "…, a measure its sponsors described as … and its opponents called …".)
      const summedUp = NAMING_VERBS.has(w) && (SUMMING_NOUN_BEFORE.test(lead) || (lead.includes(" and ") && SUMMED_UP_JOINED_BEFORE.test(slice.slice(Math.max(0, m.index - 200), m.index))));
      // ("defended the administration's decision to ask …": a stance taken on something decided or said; not "in
      // defending his budget", nor with what is said in a participle after it: "defended his budget, saying …".)
      // (Past, or a participle: "defends the harbor plan every year" is a habit, not something said.)
      const defendedStance = (w === "defended" || w === "defending") && (DEFENDED_STANCE.test(rest) || defendsOnesOwn(rest)) && !BE_BEFORE.test(lead) && (!w.endsWith("ing") || /,\s$/.test(lead)) &&
        !/^[^.;:“”"]*,\s(?:\p{Ll}+ly\s)?(?:saying|arguing|insisting|noting|telling|adding|explaining|contending|writing)\b/u.test(rest);
      // ("Democrats demanded his resignation", a headline's "Dems demand resignation": a demand for an answer or an act.)
      const demandedAct = /^demand/.test(w) && (s.titleCase ? DEMANDED_ACT.test(rest.toLowerCase()) : DEMANDED_ACT.test(rest)) && !BE_BEFORE.test(lead);
      const needsMore = NEEDS_QUOTE_OR_AS.has(w) && !VIEW_VERBS.has(w) && !demand && !quoteAfter && !quoteBefore && !praiseOrBlame && !demandThat && !continuing && !summedUp && !defendedStance && !demandedAct;
      if (needsMore && !headlineAct) continue;
      // ("Jury told to reach verdict by Friday": told what to do, in a headline's passive.)
      if (w === "told" && /^ to\s+\p{Ll}/u.test(rest)) continue;
      // "welcomed the decision": a stance on what was decided or said (not "welcomed guests", "welcomed the team home").
      if (WELCOMING.has(w) && !WELCOMED_OBJECT.test(rest)) continue;
      // "appealed to youths not to …", "appealed for calm": a plea (not "appealed the ruling", "appealed to voters").
      // (Pleading "to" counts is a plea in court: "pleaded to two misdemeanor counts".)
      if (APPEALING.has(w) && (!APPEALED_FOR.test(rest) || (w.startsWith("plead") && /^ to\b/.test(rest)))) continue;
      // "one Labour MP shouted: “It was your contract!”", "Opposition MPs shouted “Shame!”": a shout with its words,
      // quoted right after it (not "Protesters shouted as police moved in", "yelled for help", "shouted at the referee").
      if (SHOUTING.has(w) && !/^(?::\s*|,\s*|\s)[“"‘]/.test(rest) && !quoteBefore) continue;
      // ("Kessler said of Solace, who announced the cancellation last month: “…”": the verb of a clause about whom
      // someone spoke, whose words come after it.)
      if (SAID_OF_WHOM.test(lead) && /^[^.;“”"]{0,100}:\s*[“"]/.test(rest)) continue;
      // "has attributed part of the decline to two good harvests": a cause someone gives (not the passive, "a quote
      // attributed to Holt", "was attributed to a supplier").
      // ("The killings were attributed by the prosecutor's office to a dispute": the passive, with who gives the cause.)
      const attributedBy = BE_BEFORE.test(lead) && /^ by (?:the\s+)?\S[^.;:“”"]{0,60}?\sto\s/.test(rest);
      if (/^attribute/.test(w) && !attributedBy && (!ATTRIBUTED_TO.test(rest) || BE_BEFORE.test(lead))) continue;
      // "The prosecutor's office indicated that …", "indicated Wednesday he's not worried": with "that", or a day and a
      // clause (not "indicated the exit", nor "records indicated he planned …", which is what the records show).
      if (/^indicate/.test(w) && !STRICT_THAT.test(rest) && !THAT_AFTER_WHERE.test(rest) && !INDICATED_ON_A_DAY.test(rest)) continue;
      // "for fear of retaliation", "the fear is that …", "fears of a recession": the noun.
      if (/^fears?$/.test(w) && (FEAR_NOUN_BEFORE.test(lead) || /^ of\b/.test(rest))) continue;
      // (A fear of a thing is no claim, "Locals fear the bears": only of what may happen, after "that" or "for", or a
      // clause with its verb; a headline drops the verb, "farmers fear nutmeg crop lost for years".)
      if (/^fears?$/.test(w) && s.section === "body" && !FEARED_CLAUSE.test(rest)) continue;
      // "Pals claim it was over", "claim that …" (not "Victims claim compensation", "Fans claim tickets online").
      if (w === "claim" && !CLAIMED_CLAUSE.test(rest)) continue;
      // ("accepted that she had …", not "accepted that job": "that" opens a clause.)
      if (w.startsWith("accept") && /^ that\s+\p{Ll}+(?:\s+(?:in|on|at|within|after|before|for|from|to|with|by|last|this|next)\b|\s*[,.;!?]|\s*$)/u.test(rest)) continue;
      // ("broke reporting rules", "disclosure requirements": an "-ing" word that only describes a noun.)
      if (w.endsWith("ing") && /^ (?:rules|requirements?|obligations?|standards?|period|deadlines?|system|process|guidelines|regime|duties|line|lines)\b/.test(rest)) continue;
      // ("a fine if the agency finds it broke the rules": a finding supposed, not made.)
      if (CONDITION_BEFORE.test(lead)) continue;
      // ("…, describing Fairley as …": a participle of its own clause, after a comma; not "talking points describing the attack".)
      if (w === "describing" && !/,\s$/.test(lead)) continue;
      if (needsMore) objectOnly = at;
      // "A Herald poll released Wednesday shows Holt leading": a poll shows its figures without "that".
      // Documents described by who obtained or reviewed them: "Emails obtained by the project …, and reviewed by
      // The Daily Ripple, show that …".
      const documentsBefore = EVIDENCE_VERBS.has(w) && DOCUMENT_THEN_ASIDE.test(slice.slice(Math.max(0, m.index - 220), m.index));
      const pollShows = EVIDENCE_VERBS.has(w) && (POLL_SUBJECT.test(lead) || documentsBefore || (DOCUMENT_SUBJECT_OPENING.test(slice.slice(0, m.index)) && !SHOWS_NO_FINDING.test(rest)));
      // ("had shown Harlan ahead": a perfect, not a passive "was shown".)
      if (w === "shown" && !/\b(?:has|had|have)\s+(?:\p{Ll}+ly\s+|also\s+|already\s+)?$/u.test(lead)) continue;
      // (A headline drops "that" and articles: "Report finds pier was unsafe".)
      const headlineClause = s.section !== "body" && HEADLINE_CLAUSE_AFTER.test(rest);
      // (Tested only for such a verb, most of them last: "A poll found most voters were unhappy", "The audit found 40
      // files had gone" hold a finding's clause without "that"; "estimated in a note to clients that" where it was said.)
      // ("The campaign alleged “irregularities”", "Harlan alleges fraud": a wrong alleged, named or quoted.)
      const allegedWrong = /^alleg/.test(w) && (s.titleCase ? ALLEGED_WRONG.test(rest.toLowerCase()) : ALLEGED_WRONG.test(rest)) && !BE_BEFORE.test(lead);
      // (What "found" takes with no "that": a clause, a finding named as a thing, or a measure.)
      // (Or anything at all, found by a document: "A laboratory report from the institute found cholera bacteria in nine
      // samples".)
      // (Never "found its way into", "found time to".)
      const foundWithoutThat = FOUND.has(w) && !FOUND_IDIOM_AFTER.test(rest) && (FOUND_CLAUSE_AFTER.test(rest) || FOUND_OBJECT_AFTER.test(rest) || FOUND_MEASURE_AFTER.test(rest) || FOUND_VERDICT_AFTER.test(rest) || DOCUMENT_FINDS_BEFORE.test(slice.slice(Math.max(0, m.index - 220), m.index)) || (IT_OPENING_BEFORE.test(lead) && DOCUMENT_FOUND_BEFORE.test(text.slice(Math.max(0, s.start - 300), s.start))));
      // ("SunVault misled customers, the consumer watchdog has alleged in the Federal Court.": a tag after what it says,
      // ending the sentence.)
      // (Not a ruling, which only a court's closing tag gives, below: "The goal stood, the referee ruled.")
      const tagAfter = NEEDS_THAT.has(w) && !w.startsWith("rul") && TAG_ENDS_SENTENCE.test(rest) && TAG_SUBJECT_AFTER_COMMA.test(lead);
      if ((NEEDS_THAT.has(w) || MADE_CLEAR.has(w)) && !AFTER_THAT.test(rest) && !parenthetical && !pollShows && !headlineClause && !allegedWrong && !foundWithoutThat && !tagAfter && !THAT_AFTER_WHERE.test(rest) && !THAT_AFTER_QUOTED.test(rest)) continue;
      // ("found the keys", "found a body in the river": a thing found, not a clause.)
      // (But "found the stand to be of moderate value" judges it.)
      if (FOUND.has(w) && /^ (?:the|a|an)\s/.test(rest) && !/^ [^,.;:“”"]{1,50}?\sto be\b/.test(rest) && !foundWithoutThat && !parenthetical && !headlineClause) continue;
      if (MADE_THE_CASE.has(w) && !/^ that\b/.test(rest)) continue;
      // "goes on: “…”", or set off by commas inside a quotation ("Managers, he went on, “are informed …”").
      if (GOES_ON.has(w) && !/^:\s*[“"]/.test(rest) && !(/^,\s/.test(rest) && /,\s(?!(?:as|while|when|once|which|who|that|after|before|until|since)\s)(?:\p{L}+\s){1,3}$/iu.test(lead))) continue;
      // "Additional records disclosed Wednesday revealed that …": a participle before when and the main verb.
      if (/ed$/.test(w) && DATED_THEN_VERB.test(rest)) continue;
      if (QUESTIONED.has(w) && !QUESTION_AFTER.test(rest)) continue;
      // "the letter states that …", "“…,” the letter states"; not "many states have adopted".
      if (w === "state" && !(STATE_SUBJECT.test(lead) && STATE_AFTER.test(rest))) continue;
      // ("The memo, dated …, directs facility directors to …": what a document opening the sentence tells people to do.)
      if ((w === "directs" || w === "instructs") && !(DIRECTING_DOCUMENT.test(slice.slice(0, m.index)) && /^ [^.;:“”"]{1,60}? to [“"]?\p{Ll}/u.test(rest))) continue;
      // ("whenever a veteran asks to move an appointment": a request to do something, no claim.)
      // (Not whom it was asked of: "she asked to no one in particular".)
      if (/^ask(?:s|ed|ing)?$/.test(w) && /^ to (?!(?:the|a|an|no|his|her|their|its|my|our|your|him|them|me|us|one|anyone|everyone|nobody|reporters|journalists)\b)\p{Ll}/u.test(rest)) continue;
      // ("a lawyer who argued the case for the cities": a case argued in court, no claim.)
      if (/^argu(?:ed|es|ing)$/.test(w) && ARGUED_CASE_AFTER.test(rest)) continue;
      // ("…, the collective's chairperson, Desmond Pillay, states that the refinery's …": a name set off before it.)
      // (Only a name set off by commas on both sides, not a place opening the sentence: "In India, states that the BJP governs".)
      const namedStates = w === "states" && /,\s(?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}.'’-]*,\s$/u.test(lead) && STATES_CLAUSE.test(rest);
      // ("Lodhi terms decision 'pre-poll rigging'", "termed the decision “a farce”": a name given in quotation marks.)
      // (Or what someone terms so: "in what chief executive Owen Pratt terms “right-sizing”".)
      const termedWhat = /\bwhat\s[^,.;:“”"]{1,60}$/.test(lead) && /^ [“"‘']/.test(rest);
      if ((w === "terms" || w === "termed") && ((!TERMED_AFTER.test(rest) && !termedWhat) || /\b(?:in|on|of|under|by|to|with|the|their|its|his|her|new|same|similar)\s+$/i.test(lead))) continue;
      if (w === "states" && !namedStates && (!STATES_SUBJECT.test(lead) || (!STATES_THAT.test(rest) && !QUOTE_THEN_DESCRIPTION.test(lead)))) continue;
      // ("are suggesting the party should give Obama what he wants": a progressive verb, the verb of its clause, with a
      // clause after it; not a participle after a comma.)
      const suggestingClause = w === "suggesting" && BE_BEFORE.test(lead) && !/\b(?:whether|if)\b/.test(lead) && CLAUSE_WITH_MODAL.test(rest);
      // ("has signaled it will sue", "signalled it was likely to hold them": an intention shown, the subject's own, with its
      // clause after it; not what markets or data signal of others, "signaled the central bank will cut rates".)
      const signalledIntent = /^signal/.test(w) && (OWN_INTENT_CLAUSE.test(rest) || LIKELY_TO_CLAUSE.test(rest));
      if (NEEDS_STRICT_THAT.has(w) && !STRICT_THAT.test(rest) && !suggestingClause && !signalledIntent) continue;
      // ("objected that morning", "protested that call": "that" there is no conjunction.)
      if (OBJECTING.test(w) && THAT_NAMES_A_TIME_OR_THING.test(rest)) continue;
      // ("The union objects that …"; not the nouns: "collects objects that …", "led protests that …".)
      if ((w === "objects" || w === "protests") && !OBJECTS_SUBJECT_BEFORE.test(lead)) continue;
      if (TELLING_THAT.has(w) && !TOLD_THAT.test(rest)) continue;
      if (ENCOURAGING.has(w) && (!TO_DO.test(rest) || BE_BEFORE.test(lead) || /^ by\b/.test(rest))) continue;
      if (RATING_VERBS.has(w) && (!(SEEN_AS.test(rest) || RATED_GRADE.test(rest)) || BE_BEFORE.test(lead))) continue;
      // "targeted the administration for not taking a stance", not "targeted education programs for cuts".
      // ("targeted Sen. Ben Holt, R-Ohio, for raising taxes": a party tag set off by commas too; not a list or an aside,
      // "targeted Microsoft, Google and Apple for phishing", "targeted Kevin Durant, the star forward, for signing".)
      if (w.startsWith("target") && !TARGETED_FOR_DOING.test(rest)) continue;
      // "announces whether he plans to step down": what will be said is not said yet; "said no and went on to win": a
      // refusal, with nothing said (but "Asked whether …, Reyes said no." answers).
      if (/^ whether\b/.test(rest) && !ASK_VERBS.has(w) && !QUESTIONED.has(w)) continue;
      if (/^ (?:no|yes)\s+(?:and|but)\b/.test(rest)) continue;
      // "said she could not comment on the merits": a refusal, with nothing said (not "said it would not discuss its
      // missile programme", a position).
      if (w === "put it to" && !/^ [^.;:“”"]{1,80}? that\b/.test(rest)) continue;
      // "… since she apologized for the practice": an apology told of in a clause of time or reason is background (not
      // "has since apologised"); and one with another verb of saying after it gives way to that verb ("apologised and
      // said flights would resume", "apologised but insisted …").
      if (w.startsWith("apologi") && (/\b(?<!\b(?:has|have|had)\s)(?:since|after|when|before|until|because|once)\s+(?:[\p{L}.’'-]+\s+){0,3}$/u.test(lead) || SAYING_AFTER.test(rest))) continue;
      // "is expected to plead not guilty", "will plead guilty": a plea to come is none made.
      if (w.endsWith(" guilty") && /\b(?:to|will|would|could|may|might|should|expected|intends|plans)\s+(?:have\s+)?$/.test(lead)) continue;
      // ("arrested a man who has since pleaded guilty": a plea that only says which man, in a clause not set off; nor one
      // denied or only asked about, "Neither man has pleaded guilty", "whether Reed pleads guilty".)
      if (/ guilty$/.test(w) && !w.includes("not") && (/[^,\s]\s+who\s+(?:[\p{L}\d]+\s+){0,3}$/u.test(lead) || /\b(?:neither|not|never|no|whether|if)\b[^,;.:]*$/i.test(lead))) continue;
      // "declined to discuss what individual members had said.": what was said, named as an object, says nothing here.
      if (/\bwhat\s+(?:[\p{L}’'-]+\s+){1,4}$/u.test(lead) && /^\s*(?:[.;!?]|$)/.test(rest)) continue;
      // (Not with more said after it: "…, but that the plan was sound", "… but insisted it had safeguards", "…, adding".)
      if (/^sa(?:id|ys)$/.test(w) && SAID_NO_COMMENT.test(rest) && !/\b(?:but|and\s+that|adding|saying)\b/.test(rest)) continue;
      // "said nothing new as he passed reporters", "revealed no new details", "tweeted a photo of her visit": nothing
      // said, or a picture rather than words.
      // ("punishment for saying something the president did not want to hear": something said, not what.)
      if (w.endsWith("ing") && /^ (?:something|anything|things)\b/.test(rest)) continue;
      // ("has said little publicly about the wall": how much, not what.)
      if (/^ (?:nothing(?:\s+(?:new|more|else|further))?(?:\s+(?:as|when|about|on|to|at|in|after|before|while|of)\b|\s*[.,;]|$)|(?:little|less)\s+(?:publicly|about)\b|no\s+(?:new\s+)?(?:details|information|comment|specifics)\b)/.test(rest)) continue;
      // "who was confirmed by the Senate": a nominee confirmed in office, not a fact confirmed.
      if (w === "confirmed" && CONFIRMED_IN_OFFICE.test(rest)) continue;
      // "The Army identified the dead as …", "Police named the victim as Tom Reid": who someone is, as a body gives it
      // (not "named after his grandfather", "was named head coach", "identified the virus as measles").
      // (Nor over someone else's words after the name: "…as Carl Dunn, whose son said he had …".)
      if ((w === "identified" || w === "named") && (!IDENTIFIED_AS.test(rest) || /,\s+(?:who|whose)\b[^.;]*\b(?:said|says|told|added)\b/.test(rest))) continue;
      // ("212 confirmed cases", "the reported deaths": a participle describing the plural noun after it.)
      if (w.endsWith("ed") && COUNT_OR_DETERMINER_BEFORE.test(lead) && PLURAL_NOUN_AFTER.test(rest)) continue;
      // (But a picture posted with words: "posted a photo of the player with the caption “Fire is not a crime.”")
      if (/^(?:tweet|post)/.test(w) && SHARED_PICTURE.test(rest) && !CAPTIONED.test(rest)) continue;
      // "Romney added his voice", "the benefits it promises older Americans": an act, not speech.
      if (w.startsWith("add") && POSSESSIVE_OBJECT.test(rest)) continue;
      // ("a detour adds 14 miles to bus routes", "added $2 billion to the bill": an amount added, not words.)
      if (w.startsWith("add") && AMOUNT_OBJECT.test(rest)) continue;
      if (PLEDGE_VERBS.has(w) && !PLEDGED.test(rest) && !quoteBefore && !(w.startsWith("threat") && THREATENED_ACTION.test(rest))) continue;
      // "offered swift, negative reactions to Michael Steele": a reproach of whom it is offered to.
      if (EXPRESS_VERBS.has(w) && NEGATIVE_REACTION_TO.test(rest) && !inQuote(at)) {
        out.push({ start: at, end, text: m[6], cls: "blame", form: "verb" });
        continue;
      }
      if (EXPRESS_VERBS.has(w) && !EXPRESSED_STANCE.test(rest)) continue;
      // (Nor inside what another verb of saying reports: "… and said they had raised concerns for months".)
      if (RAISE_VERBS.has(w) && (!RAISED_STANCE.test(rest) || /\b(?:said|says|say|told|tells|saying|added|adds|argued|insisted|claimed|testified)\b/.test(lead))) continue;
      if (ANSWER_VERBS.has(w) && !ANSWERED_WITH.test(rest)) continue;
      // "weighed in at 180 pounds"; "pointed out the window": not speech.
      if (w.startsWith("weigh") && /^ at\b/.test(rest)) continue;
      // ("pointed to a case in which …", "his office pointed to an audit": what someone cites, not where, "pointed to the
      // sky", nor what data point to, "The figures pointed to a slowdown".)
      if (w.startsWith("point") && !(w.endsWith(" to") ? POINTED_TO.test(rest) && !POINTED_TO_BY_DATA.test(lead) : POINTED_OUT.test(rest))) continue;
      // "posting that the council had lied", "posting: “…”" (not "is posting record profits", "posting a photo", nor a
      // post set out below: "hit back hours later, posting:").
      // (A participle after a comma or "and" only: not the noun, "A job posting that appeared on the site".)
      if (w === "posting" && (!/(?:,|\band)\s+(?:\p{Ll}+ly\s+)?$/u.test(lead) || !/^(?: that\b|:?\s*[“"‘])/.test(rest))) continue;
      // "was ruled out of the final", "an injury that ruled out a return", "ruled out for the season": a player kept out
      // or a cause excluded by no one who speaks (what follows must be a plan, a step or a cause, not "of" or "for").
      // (Only by someone: a name, a pronoun or a word for people or a body, not "A knee injury ruled out a return".)
      if (/^rul\w* out$/.test(w) && (BE_BEFORE.test(lead) || !RULED_OUT_WHAT.test(rest) || !someoneRulingOut(lead))) continue;
      // "lawyers asked a defendant if …", "asked whether": a question reported, nothing asserted; "asked Petraeus for
      // talking points": something requested.
      if (ASK_VERBS.has(w) && (ASKED_QUESTION.test(rest) || ASKED_FOR.test(rest)) && !quoteBefore) continue;
      // "The video, posted to YouTube last Friday, shows", "The lawsuit, argued in lively exchanges at the court, claims":
      // a participle describing a noun, not a verb of saying.
      // (Not a verb with what is said soon after it: "The critics, who say Holt lied, argued on Monday that …".)
      // (Only an aside that the clause goes on after: not "…, the returning officer, Graham Tulloch, announced at the
      // leisure centre.")
      if (PASSIVE_PARTICIPLES.has(w) && /,\s$/.test(lead) && /^ (?:to|on|in|at|before|during|online)\b/.test(rest) && !/^[^,.;“”"]{1,30}\sthat\s/.test(rest) && /^[^.;!?]*,/.test(rest)) continue;
      // "responded to the controversy by posting a gallery": an act in answer.
      if (w.startsWith("respond") && (RESPONDED_BY_ACT.test(rest) || RESPONDED_TO_ONLY.test(rest))) continue;
      // "rejected the overture", "dismissed the case": a denial rejects something said, not an offer or a suit.
      // (In a title-case headline, "Pushes Back on Report of …", the words are capitalised.)
      // ("Claims that he died penniless were rejected by his son": what was said, the passive's subject; not a court's
      // ruling, "that claim was rejected by the court".)
      const rejectedBy = /^ by\s/.test(rest) && !RULED_BY.test(rest) && SAID_THING_REJECTED.test(lead);
      if (REJECT_VERBS.has(w) && !REJECTED_CLAIM.test(s.titleCase ? rest.toLowerCase() : rest) && !quoteBefore && !rejectedBy) continue;
      // "pushed back the release of the report": put off, not denied.
      if (w.startsWith("push") && /^ (?:the|a|an|its|his|her|their)\b/.test(rest)) continue;
      if (ALSO_PLURAL_NOUNS.has(w) && NOUN_BEFORE.test(slice.slice(m.index + w.length))) continue;
      // ("The document lists projects that will be delayed": the object of a verb that lists, not a verb.)
      if (ALSO_PLURAL_NOUNS.has(w) && LISTING_AFTER_SUBJECT.test(lead)) continue;
      if (VERB_CLASS.get(w) === "denial" && OBJECT_PRONOUN.test(rest)) continue;
      // "declined to say whether …", "did not say", "never denied": nothing is said.
      // (But "did not rule out", "refused to rule out" is a stance taken, as "ruled out" is.)
      if (REFUSED_OR_NEGATED.test(lead) && !/^rul\w* out$/.test(w)) continue;
      // "She has rarely explained why.": the question of what, with nothing said.
      if (/^\s+(?:why|how|what|when|where)\s*[.!?]/.test(rest)) continue;
      // "Asked how Holloway responded, the witness said": the question put, not anyone's claim.
      // (Only when a comma closes the question: not "Asked about the fire Tom Holt said it was arson".)
      if (ASKED_QUESTION_OPENING.test(slice.slice(0, m.index)) && /^[^,;“”"]{0,60},/.test(rest)) continue;
      // "sources tell Fox News", "Democrats contend", "tried to explain that", not "and tell us whether", "can't tell".
      // (Past a relative clause set off by commas, read further back: "The records, which run to 300 pages, show".)
      // ("Opponents call the decision “reckless”", not "Plans call for 200 homes", "Volunteers call on voters door to door":
      // people or a named body call, and "call on" asks someone to do something.)
      // ("Farmers call it quits": giving up, nothing called.)
      if (w.startsWith("call") && /^ it quits\b/.test(rest)) continue;
      if (w === "call" && (!callerBefore(lead) || (/^ on\b/.test(rest) && !/^ on (?:[\p{L}.’'-]+ ){1,4}to \p{Ll}/u.test(rest)))) continue;
      const choseToCharge = PLURAL_BLAME.includes(w) && CHOSE_TO.test(lead);
      // (Figures or records a few words before show too: "Figures compiled by the council show that …".)
      if (AFTER_PLURAL.has(w) && !pluralSubjectBefore(lead.endsWith(", ") ? slice.slice(Math.max(0, m.index - 200), m.index) : lead, w, rest) && !TRIED_TO.test(lead) && !choseToCharge && !pollShows) continue;
      if (w === "tell" && !TELL_OBJECT.test(rest)) continue;
      const before = slice.slice(Math.max(0, m.index - 2), m.index);
      // ", saying", ", first telling CNN", ", later adding"
      const participle = w.endsWith("ing") && (before === ", " || before.endsWith(",") || PARTICIPLE_LEAD.test(slice.slice(Math.max(0, m.index - 16), m.index)));
      // "notes" is a verb with "that" after it, or in "As X notes, …" (not "the notes show").
      // "NBC further notes, “…”": a quotation after it too.
      if (w === "notes" && !STRICT_THAT.test(rest) && !(AS_FRAME.test(lead) && rest.startsWith(",")) && !/^[,:]\s[“"]/.test(rest)) continue;
      // ", suggesting that …" says something; "was suggesting that" may be asked about ("Asked whether he was suggesting").
      if (w === "suggesting" && !participle && !suggestingClause) continue;
      out.push({ start: at, end, text: m[6], cls: VERB_CLASS.get(w)!, form: participle ? "participle" : "verb" });
    }
  }
  // ("cut its forecast …, blaming …", "… and said": a forecast given anew is the claim only where no other cue is.)
  const cues = forecasts.size > 0 && out.length > forecasts.size ? out.filter((c) => !forecasts.has(c.start)) : out;
  return objectOnly >= 0 && cues.length > 1 ? cues.filter((c) => c.start !== objectOnly) : cues;
}

/** A verb that credits what follows to its subject ("says", "denies", "blames"), for title-case headlines. */
export function isSpeechVerb(lower: string): boolean {
  const cls = VERB_CLASS.get(lower);
  return (cls === "statement" || cls === "denial" || cls === "blame") && !NEEDS_QUOTE_OR_AS.has(lower);
}

/**
 * A verb of saying in the present that ends a name in a title-case headline: "Says", "Denies", and also those that
 * need a quotation in running text ("Obama Defends NSA Programs"); not a word that is also a plural noun ("States").
 */
export function isHeadlineSpeechVerb(lower: string): boolean {
  return isSpeechVerb(lower) || (VERB_CLASS.has(lower) && lower.endsWith("s") && !ALSO_PLURAL_NOUNS.has(lower));
}

/** The class of a verb used after an appositive claim ("a claim the agency refutes"). */
export function verbClass(word: string): CueClass | null {
  const w = word.toLowerCase();
  // (Not a word that is a verb only before "that": as a lone word, "ruling" or "rules" is a noun.)
  // (Nor "state", a noun but where a cue is read: "Two state election officials said".)
  return THAT_ONLY_VERBS.has(w) || w === "state" ? null : (VERB_CLASS.get(w) ?? null);
}
