// Claim kinds: from the cue and the kind of source, or, for the outlet's own voice, factual vs evaluative.

import { ACCOUNT_OF_NOUNS, calledJudgement, calledQuotation, FAULTING_JUDGEMENTS, isCriticismVerb, isReproachVerb, type CueClass } from "./cues";
import { keywordFamily, phraseTest, textFamilies, type Families } from "./keywords";
import { isInterrogative } from "./questions";
import { AUXILIARIES, VALENCE } from "./lexicon";
import type { ClaimKind, EntityKind, ExtractedClaim } from "./types";

/** Editorial wording in the outlet's own voice: irony, verdicts, predictions of reaction, "should". */
export const EDITORIAL_SOURCE =
  String.raw`\b(?:without a hint of irony|ironically|irony|(?:is|are|was|were) (?:sure|bound|likely) to raise|(?:is|are) sure to|rais(?:e|es|ed|ing) (?:eyebrows|speculation|questions|doubts)|(?:is|are|was|were) (?:correct|right|wrong|mistaken) (?:that|to|about|in)|correctly|rightly|wrongly|clearly|obviously|of course|needless to say|unfortunately|fortunately|sadly|hypocritical|hypocrisy|absurd|ridiculous|outrageous|shameful|disgraceful|laughable|bizarre|stunning|shocking|remarkabl[ey]|troubling|alarming|disturbing|should|ought to|(?:has|have|had) (?:some|its own|their own|his own|her own) theories|it remains to be seen|arguably|undoubtedly|surely|to be fair|make no mistake|let'?s be clear)\b`;
const OPINION_RE = new RegExp(EDITORIAL_SOURCE, "i");
/** A word every OPINION_RE match holds (keywords.ts): where none is, the pattern is not run. */
const EDITORIAL_WORDS = keywordFamily(
  `irony ironically raise raises raised raising sure correct right wrong mistaken correctly rightly wrongly clearly obviously course
  needless unfortunately fortunately sadly hypocritical hypocrisy absurd ridiculous outrageous shameful disgraceful laughable bizarre
  stunning shocking remarkable remarkably troubling alarming disturbing should ought theories remains arguably undoubtedly surely fair
  mistake clear`.split(/\s+/),
);

/** "The blame for this lies squarely with Westminster", "responsibility rests with the board": someone named to blame. */
const BLAME_LIES_WITH =
  /\b(?:[Bb]lame|[Ff]ault|(?:(?:[Tt]hat|[Tt]he|[Tt]his)\s+)[Ff]ailure|[Rr]esponsibility\s+for\s+(?:this|that|it|(?:the|these|those)\s+(?:\p{Ll}+\s+)?(?:failures?|deaths?|disaster|tragedy|crisis|mess|collapse|losses|delays?|chaos|closures?|cuts)))\s+(?:for\s+[^.;,]{1,60}?\s+)?(?:lies|rests|falls|lay|rested|fell)\s+(?:\p{Ll}+ly\s+)?(?:with|on|at\s+the\s+feet\s+of)\s+(?!(?:me|us|myself|ourselves|nobody|no\s+one|none)\b)([^,.;:!?“”"‘’]{1,60}?)(?=\s*(?:[,.;:!?“”"‘’]|$)|\s+(?:and|but|who|which|for|under)\b)/u;
/**
 * The speaker blaming someone in their own words: "I blame the people who knew", "We blame the council for this" (group
 * 1: whom; not "I don't blame them", "I blame myself", "Nobody can blame them", "I can't blame her").
 */
const I_BLAME = /^[“"]?(?:(?:But|And|So|Honestly|Frankly),?\s+)?(?:I|We)\s+(?:(?:still|also|really|just|absolutely|totally|partly|squarely|entirely)\s+)?blame\s+(?!(?:myself|ourselves|nobody|no\s+one|anyone|them\s+not)\b)([^,.;:!?“”"]{1,60}?)(?=\s+for\b|\s*[,.;:!?“”"]|$)/u;
/** Before blame said to lie with someone, words that deny it does: "it was wrong to suggest that", "not". */
const BLAME_DENIED_BEFORE = /\b(?:not|never|wrong\s+to\s+(?:say|suggest|claim)|denie[sd]|deny|reject(?:s|ed)?|dispute[sd]?)\b/;
/** Whom blame is said to lie with ("Westminster" of "The blame for this lies squarely with Westminster"), or null. */
export function blameLiesWith(content: string): string | null {
  const m = BLAME_LIES_WITH.exec(content) ?? CAUSED_BY_NAMED.exec(content) ?? (content.includes("blame") ? I_BLAME.exec(content) : null);
  return m && !BLAME_DENIED_BEFORE.test(content.slice(0, m.index + m[0].length - m[1]!.length)) ? m[1]! : null;
}
/**
 * A failure said to be caused by someone named: "the outage was caused by Kestrel", "the failure was caused by a defect
 * in a script supplied by Kestrel" (not by a storm, "caused by Storm Isolde", nor by a thing, "caused by heavy rain").
 */
const CAUSED_BY_NAMED =
  /\b(?:failure|outage|crash|collapse|breach|delays?|losses|shortage|leak|blackout|backlog|error)\s+(?:was|were|had\s+been|has\s+been)\s+caused\s+by\s+[“"]?(?:[^,.;:“”"]{0,50}?\s(?:supplied|made|written|built|installed|run|operated)\s+by\s+)?(?:the\s+)?((?!(?:Storm|Hurricane|Typhoon|Cyclone|Tropical)\b)\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3})/u;
/**
 * Blame in a word of its own: "a hot, windless summer is the main culprit", "the real culprit was the board", "he was
 * made a scapegoat for the trustees' failings" (not "was not the culprit", "police are looking for the culprit").
 */
const CULPRIT_OR_SCAPEGOAT = new RegExp(
  String.raw`\b(?:is|was|are|were|be|been)\s+(?:(?:also|probably|likely|clearly)\s+)?(?:the|a)\s+(?:(?:main|chief|real|biggest|big|likely|prime|principal|probable|usual|key|major)\s+)?culprits?\b` +
    String.raw`|\b[Tt]he\s+(?:(?:main|chief|real|biggest|big|likely|prime|principal|probable|usual|key|major)\s+)?culprits?\s+(?:is|was|are|were)\s+(?!(?:not|never|unknown|still|yet|unclear)\b)` +
    String.raw`|\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?scapegoated\b|\b(?:made|make|makes|making|been|being|become|became|becoming)\s+(?:into\s+)?(?:a|the)\s+[“"‘']?scapegoats?\b`,
  "u",
);
/** Whom a scapegoat's words blame: "for the trustees' failings", "for the failings of a board" (group 1 or 2). */
const SCAPEGOAT_FOR = /\bscapegoat[”"’']?\s+for\s+(?:(?:the|a)\s+)?(?:(\p{L}[\p{L}\s-]{0,40}?)['’]s?\s+(?:failings|failures|mistakes|errors|decisions|blunders)|(?:failings|failures|mistakes|errors|decisions|blunders)\s+of\s+((?:the|a|an|its|his|her|their)\s+[\p{L}-]+(?:\s+(?!(?:that|which|who|whose|and|or|to|in|on|at|for|by)\b)[\p{L}-]+)?))\b/u;
/**
 * Blame said in a word of its own (CULPRIT_OR_SCAPEGOAT), not one denied before it: null when there is none, else whom
 * it blames ("a hot, windless summer" of "a hot, windless summer is the main culprit"), "" when the words do not say.
 */
export function blameWorded(content: string): string | null {
  if (!/culprit|scapegoat/.test(content)) return null;
  const m = CULPRIT_OR_SCAPEGOAT.exec(content);
  // (Not denied, wished away or wondered about: "was not the culprit", "Nobody should be made a scapegoat", "Whether
  // the old wiring was the culprit …", "If the heater was the culprit …".)
  if (!m || /\b(?:not|never|should|must|would|could|will|cannot)\s+(?:\p{L}+\s+)?$|n['’]t\s+(?:\p{L}+\s+)?$/u.test(content.slice(Math.max(0, m.index - 20), m.index))) return null;
  if (/\b(?:whether|if|who|what|which|nobody|no\s+one)\b/i.test(content.slice(0, m.index).split(/[,;:]/).at(-1)!)) return null;
  if (/scapegoat/.test(m[0])) {
    const forWhom = SCAPEGOAT_FOR.exec(content);
    return forWhom ? (forWhom[1] ?? forWhom[2]!).trim() : "";
  }
  // "The real culprit is inflation": after the copula; "a hot, windless summer is the main culprit": the subject.
  if (/^[Tt]he/.test(m[0])) return /^[^,.;:“”"]{1,60}/.exec(content.slice(m.index + m[0].length))?.[0].trim() ?? "";
  return /^[“"]?(?:that\s+)?([^;:“”"]{1,60}?)$/.exec(content.slice(0, m.index).trim())?.[1] ?? "";
}
const BLAME_CONTENT = /\b(?:due to|because of|blam(?:e|es|ed|ing)|fault|caused by|responsible for|campaign by|orchestrated by|instigated by)\b/i;

/**
 * A statement that denies wrongdoing or knowledge ("I have not broken any laws", "he had no knowledge of the offer"): any
 * of these patterns. Each is run only where one of its words is (keywords.ts): all but the last are costly.
 */
const DENIAL_CONTENT = [
  denialPattern("wrong illegal improper", [
    // "I haven't done anything wrong", "she had done nothing wrong"
    String.raw`\b(?:did|done|do|does|doing)\s+(?:anything|nothing)\s+(?:wrong|illegal|improper)\b`,
    // "nothing improper took place", "“nothing improper” happened"
    String.raw`\bnothing\s+(?:improper|illegal|wrong)[”"]?\s+(?:took place|happened|occurred)\b`,
  ]),
  // "I have not broken any laws", "never violated the law"
  denialPattern("law laws", [String.raw`(?:\b(?:not|never)|n['’]t)\s+(?:\p{L}+\s+){0,2}?(?:broken|broke|break|violated|violate)\s+(?:any|the)\s+laws?\b`]),
  denialPattern("knowledge involvement wrongdoing aware attention", [
    // "he had no knowledge of the offer", "denied any wrongdoing"; "I'm not aware of anyone … having seen the cable"
    String.raw`\b(?:no|any)\s+(?:prior\s+)?(?:knowledge|involvement)\s+(?:of|in|about)\b|\b(?:no|any)\s+wrongdoing\b`,
    String.raw`\b(?:I|we|he|she)(?:['’]m|['’]re|\s+(?:am|is|are|was|were|had\s+been|have\s+been|has\s+been))?(?:\s+not|n['’]t|\s+never)\s+(?:been\s+)?aware\s+(?:of|that)\b`,
    // "the cables did not come to my attention"
    String.raw`\b(?:did\s+not|didn['’]t|never)\s+(?:come|came)\s+to\s+(?:my|his|her|their|our)\s+attention\b`,
  ]),
  // (Case-sensitive: a name's capitals tell it from "the weather".)
  denialPattern("role part", [
    // "the foundation had played no role in the design", "had no part in the decision"
    // (Not what is to come: "the state would play no role in the talks".)
    // (Said of oneself or a body, not of a thing: "the weather had played no role in the crash", "Luck has no part".)
    String.raw`^\s*[“"]?(?:[Tt]hat\s+)?(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|(?:[Tt]he|[Oo]ur|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:\p{Ll}+\s+)?(?:foundation|funder|funders|sponsor|sponsors|company|firm|group|agency|council|government|ministry|department|bank|club|school|hospital|charity|union|party|campaign|board|family|university|institute|trust|governor|mayor|minister|president|client|owner|owners|management|office)|\p{Lu}[\p{L}’'.-]*\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)\s+[“"]?(?:had\s+|has\s+|have\s+)?(?:played|had|has|have)\s+no\s+(?:role|part)\s+(?:whatsoever\s+)?(?:in|at)\b`,
  ], "u"),
  denialPattern("false untrue baseless unfounded inaccurate base nonsense merit basis foundation errors true accurate correct truth evidence", [
    // "accusations that she had misled Congress were false", "the charges are baseless", "allegations of improper
    // conduct rest on factual errors", "the claims lack any basis"
    // ("the report was false", "the story is untrue": what was said of someone, called false.)
    String.raw`\b(?:accusations?|allegations?|charges?|claims?|suggestions?|reports?|story|stories|rumou?rs?)\b[^.;]{0,80}?\b(?:(?:is|are|was|were)\s+[“"‘]?(?:(?:completely|totally|simply|entirely|absolutely|just)\s+)?(?:false|untrue|baseless|unfounded|inaccurate|off\s+base|nonsense|without\s+(?:merit|basis|foundation))|(?:rest|rests|rested)\s+on\s+(?:factual\s+)?errors|(?:lack|lacks|lacked)\s+(?:a\s+|any\s+)?(?:merit|basis|foundation))\b`,
    // "That's not true", "this is simply false"
    String.raw`\b(?:that|this|it|which)(?:['’]s|\s+is|\s+was)\s+(?:(?:simply|just|absolutely|completely)\s+)?(?:not\s+true|untrue|false)\b`,
    // "he has seen no evidence of racism within the movement", "found no evidence of wrongdoing"
    String.raw`\b(?:seen|found|is|was|there\s+is|there\s+was)\s+no\s+evidence\s+(?:of|that)\b`,
    // "Not a single thing he said is accurate", "nothing could be further from the truth", "none of it is true"
    String.raw`\bnot\s+(?:a\s+single|one)\s+(?:thing|word)\b[^.;]{0,30}\b(?:is|was)\s+(?:accurate|true|correct)\b|\bfurther\s+from\s+the\s+truth\b|\bnone\s+of\s+(?:it|this|that|them)\s+(?:is|was|are|were)\s+(?:accurate|true|correct)\b`,
  ]),
  denialPattern("case such", [
    // "said that was never the case", "this is not the case"
    String.raw`\b(?:that|this|it)(?:['’]s|\s+(?:is|was|has|had))\s+(?:never|not)\s+(?:been\s+)?the\s+case\b`,
    // "There was no such impropriety", "there has been no such deal": what was charged, said not to exist (not "no such
    // thing as a free lunch")
    String.raw`\bthere\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:absolutely\s+|simply\s+)?no\s+such\s+\p{L}+(?:\s+\p{L}+)?(?=\s*(?:[.,;!?”"]|$)|\s+(?:between|with|by)\b)`,
    // "No such proposal was ever formally presented", "no such meeting took place"
    // (Only something said, done or agreed: not "No such storm has been recorded since 1911".)
    String.raw`^\s*[“"]?No\s+such\s+(?:proposal|offer|meeting|deal|agreement|conversation|call|payment|request|plan|order|instruction|policy|document|memo|e-?mail|letter|arrangement|promise|threat|claim|discussion|talks|contact|approach|bribe|understanding)s?\s+(?:was|were|has\s+been|had\s+been|ever|took\s+place|happened|occurred|exists?|existed)\b`,
  ]),
  // "It's not a birther bill", "this is not a bailout": naming what one's own thing is not
  denialPattern("not", [String.raw`^\s*[“"]?(?:it|this|that)(?:['’]s|\s+is|\s+was)\s+not\s+an?\s+(?!(?:good|bad|serious|perfect|great|real|smart|fair|new|big|small|simple|easy|final|complete)\b)\p{L}+(?:[\s-]\p{L}+)?\s+(?:bill|law|plan|tax|bailout|amnesty|cut|cuts|ban|program|policy|attack|cover-?up|scandal|smear)\b`]),
];

/** Patterns of a denial, as one, with the words one of which every match of any of them holds. */
function denialPattern(words: string, sources: string[], flags = "iu"): { words: Families; re: RegExp } {
  return { words: keywordFamily(words.split(" ")), re: new RegExp(sources.join("|"), flags) };
}

/** Something said, opening a content: "the report", "their claims", "such allegations". */
const SAID_THING = /^(?:(?:the|that|this|these|those|such|his|her|their|its|any)\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:reports?|claims?|allegations?|accusations?|charges?|criticisms?|story|stories|suggestions?|comments?|remarks?|notion|idea|assertions?|investigations?|probes?|inquiry|inquiries|lawsuits?|suits?|concerns?|complaints?|articles?|pieces?|columns?|op-eds?|editorials?|coverage|accounts?|descriptions?|characteri[sz]ations?|portrayals?)\b/iu;
/** Verbs of doing harm to something one should serve ("damaging Medicare", "raided", "gutting", "lied to"). */
const HARMING = "damaging|hurting|destroying|gutting|raiding|undermining|wrecking|ruining|betraying|misleading|misusing|lying\\s+to";
const HARMED = "damaged|hurt|destroyed|gutted|raided|undermined|wrecked|ruined|betrayed|misled|misused|lied\\s+to";
/** …without "has" or "had" only the ones seldom said of mishaps ("Johnson hurt his knee", "wrecked his car" are none). */
const HARMED_SIMPLE = "gutted|raided|undermined|betrayed|misled|misused|lied\\s+to";
/**
 * …and after "’s", "’d" or "’ve", only the ones seldom a state or an injury ("he’s misused", "they’ve raided"; not "he’s
 * hurt", "he’s gutted", "he’d hurt his hamstring"); "undermined by" is passive, checked where it is used.
 */
const HARMED_BY_HAS = "raided|undermined|misused|lied\\s+to";
const HARMS = "damages|hurts|destroys|guts|raids|undermines|wrecks|ruins|betrays|misleads|misuses|lies\\s+to";
/**
 * Someone charged with doing harm, opening what is said, in the active voice: "President Obama is actually damaging
 * Medicare", "they had raided Medicare", "Obama guts the program" (not "Johnson was hurt", "he was misled"). Group 1 is
 * who is charged, a name or a pronoun; claims.ts checks that a name is someone's.
 */
const HARM_CHARGED = new RegExp(
  String.raw`^[“"]?(?:(?:[Bb]ut|[Aa]nd|[Nn]ow)\s+)?((?!(?:He|She|They|It|We|I)['’])\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*){0,2}|[Hh]e|[Ss]he|[Tt]hey)(?:\s+(?:\p{Ll}+ly\s+)?` +
    String.raw`(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?(?:${HARMING})|(?:has|have|had)\s+(?:\p{Ll}+ly\s+)?(?:${HARMED})|${HARMED_SIMPLE}|${HARMS})` +
    // "he’s misused", "they’ve raided" (not "he’s hurt", "he’s misled": "is").
    String.raw`|['’](?:ve|d|s)\s+(?:\p{Ll}+ly\s+)?(?:${HARMED_BY_HAS})(?!\s+by\b))\b` +
    // (Not an injury or a wreck: "He has hurt that knee twice", "she had damaged her car".)
    String.raw`(?!\s+(?:(?:his|her|their|its|my|our|that|the|a|an|both)\s+)?(?:\p{Ll}+\s+)?(?:knees?|ankles?|backs?|shoulders?|hamstrings?|wrists?|hands?|feet|foot|legs?|arms?|necks?|heads?|elbows?|hips?|groin|toes?|fingers?|ribs?|cars?|trucks?|bikes?)\b)`,
  "u",
);
/** The verbs of harm, one of which every HARM_CHARGED match holds as a whole word (keywords.ts). */
const HARM_WORDS = keywordFamily([HARMING, HARMED, HARMED_SIMPLE, HARMS, HARMED_BY_HAS].join("|").replace(/\\s\+to/g, "").split("|"));
/** A subject at the start of what is said: a name (two joined), "he", "she", "they", or people or a body described. */
const ONE_CHARGED = String.raw`(?:(?:[Tt]he\s+)?\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*){0,3}(?:\s+(?:forces|troops|soldiers|militia|rebels|officials|officers|executives|managers))?|[Tt]he\s+(?:[\p{L}-]+['’]s\s+)?(?:\p{Ll}+\s+)?(?:lawmakers|officials|administration|president|governor|mayor|council|government|agency|department|company|committee|panel|party|campaign|police|board|office|city|state|leadership|leaders|management|regime|firm|bank|army|military|forces|troops|soldiers|rebels|militants|defendant|accused))`;
// (Not "he" or "she", who may be the speaker owning up: "she had lied about her age".)
const CHARGED_SUBJECT = String.raw`(?:${ONE_CHARGED}(?:\s+and\s+${ONE_CHARGED})?|[Tt]hey)`;
/**
 * Someone charged with a misdeed, opening what is said: lying, lying about or to, covering up, ignoring warnings,
 * failing a duty, or acting for political reasons (not "the children ignored the rain", "the storm failed to reach the
 * coast", "he was lying down"). Group 1 is who.
 */
/** Wrongs a person or body may be charged with doing, in the past tense. */
// ("stole" only what is property: not "stole the show", "stole a glance", "stole second base"; nor "shelled out £5m".)
const WRONGS_DONE = String.raw`diverted|siphoned|embezzled|stole(?=\s+(?:[$£€]|\d|from\b|(?:the\s+|their\s+|his\s+|her\s+|its\s+|our\s+)?(?:\p{Ll}+\s+)?(?:money|funds|cash|data|documents|secrets|files|millions|thousands|billions|identities|property|goods|jewel\w*|cars?|pensions?|savings|equipment|weapons)\b))|defrauded|laundered|bribed|falsified|fabricated|forged|concealed|deceived|cheated|exploited|misappropriated|rigged|manipulated|discriminated|harassed|shelled(?!\s+out\b)|bombed|looted|tortured|misled|cherry-picked|botched|bungled|mishandled|mismanaged`;
/**
 * Treating what one holds in trust as one's own purse or fief: "treated the charity's bank account as his own wallet",
 * "treated the Air Force like his personal taxi service" (not "treated me like their own son").
 */
const TREATED_AS_OWN = String.raw`[“"‘]?treated\s+[^.;“”"]{1,60}?\s+(?:as|like)\s+(?:his|her|their|its)\s+(?:own|personal|private)\s+(?:[\p{L}-]+\s+)?(?:wallets?|piggy\s+banks?|bank|cash\s+machines?|ATMs?|chequebooks?|checkbooks?|slush\s+funds?|taxi|taxis|fiefdoms?|playground|plaything|toys?|kingdom|airline|limousine|travel\s+agency)\b`;
const MISDEED_CHARGED = new RegExp(
  String.raw`^[“"]?(?:(?:[Bb]ut|[Aa]nd)\s+)?(${CHARGED_SUBJECT})\s+(?:(?:\p{Ll}+ly|either|also)\s+)?(?:(?:is|are|was|were|had\s+been|have\s+been|has\s+been)\s+lying\b(?!\s+(?:down|on|in|at|low|around|awake|still|face|idle|dormant|empty|fallow|unused|under|beneath|beside|next|near|there|here|flat|asleep|unconscious|motionless|alone|dead|injured|wounded)\b)|lied\s+(?:about|to)\b|(?:has|have|had)\s+lied\b|(?:(?:has|have|had)\s+)?covered\s+(?:it\s+up(?!\s+with\b)|up\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:\p{Ll}+\s+)?(?:abuse|scandal|crimes?|evidence|reports?|audit|facts|truth|wrongdoing|mistakes|failures|role|involvement|misconduct|deaths|losses|problems|affair|killings?|attack))\b|(?:(?:has|have|had)\s+)?ignored\s+(?:(?:the|their|his|her|its|our|those|repeated|numerous)\s+)?(?:\p{Ll}+\s+)?(?:warnings?|advice|suggestions|requests|pleas|calls|concerns|complaints)\b|` +
    // Crimes and wrongs done: "Ellery diverted £2.3m", "the company concealed the defect", "Kethran forces shelled the
    // town", "Kelvra knew about the problem", "the army broke the ceasefire", "New Bristol is breaking federal law".
    String.raw`(?:(?:has|have|had)\s+)?(?:${WRONGS_DONE}|${TREATED_AS_OWN})\b|(?:(?:has|have|had)\s+)?(?:knew|known)\s+about\s+(?:the|its|their|his|her)\s+(?:\p{Ll}+\s+)?(?:problems?|defects?|risks?|dangers?|abuse|complaints|fault|flaws?)\b|(?:(?:(?:has|have|had)\s+)?(?:broke|broken|breached|violated)|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:breaking|violating|breaching))\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+|an\s+)?(?:\p{Ll}+\s+)?(?:law|laws|rules|regulations|ceasefire|truce|agreement|promise|pledge|sanctions|curfew|code|embargo|contract|terms|bail)\b|` +
    String.raw`(?:(?:has|have|had)\s+)?failed\s+to\s+(?:conduct|answer|protect|provide|disclose|report|act|stop|prevent|investigate|respond|secure|tell|inform)\b|(?:(?!\b(?:not|never|no|accused|accuses|denied|denies|believe|believes|believed|said|says|claimed|claims)\b|n['’]t\b)[^.;“”"]){0,120}?\bfor\s+(?:purely\s+)?political\s+(?:reasons|purposes|gain)\b)`,
  "u",
);
/** Office holders and bodies named by their office alone ("the president", "the council"): someone other than the speaker. */
const OFFICES = "president|administration|governor|mayor|council|party|government|senator|congressman|congresswoman|chairman|committee|campaign|leadership|leaders";
/** "this administration", "the president": an office named by its office alone, someone whatever the entities say. */
const OFFICE_PHRASE = new RegExp(String.raw`^(?:this|that|the)\s+(?:${OFFICES})$`, "i");
/** Whom an office wages war on, as a charge: people or what they hold dear ("small businesses", "traditional values"). */
const OFFICE_WAR_TARGET = /^(?:(?:the|our|my|your|their|[\p{Ll}-]+)\s+){0,3}(?:women|men|workers|religion|faith|values|families|the\s+poor|poor|seniors|businesses|business|employers|coal|middle\s+class|catholics|christians|believers|veterans|voters|unions|teachers|farmers|people|americans|liberty|freedom|rights|gun\s+owners)\b/iu;
/** "war on", quoted or in a title-case headline ("“War on Religion"), on anything but terror, drugs, poverty … */
const WAR_ON_TARGET = String.raw`[“"‘']?[Ww]ar\s+[Oo]n\s+[“"‘']?(?!(?:[Tt]error|[Tt]errorism|[Dd]rugs|[Pp]overty|[Cc]ancer|[Cc]rime|[Ww]ant)\b)`;
/**
 * "Obama's war on religion", "the Republicans' war on women", "This administration's war on traditional values" (not
 * "war on terror", "on drugs"). Group 1 is whose.
 */
const WAR_ON = new RegExp(
  String.raw`(?:\b|^)(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?|(?:[Tt]his|[Tt]hat|[Tt]he)\s+(?:${OFFICES}))['’]s?\s+${WAR_ON_TARGET}`,
  "u",
);
/** Cues of praise: what is praised is no charge. */
const PRAISING = /^(?:prais|laud|hail|applaud|commend|credit|cheer|welcom)/i;
/** Cues of owning up: what someone admits doing is no charge against another ("admitted she lied to the board"). */
const ADMITTING = /^(?:admit|acknowledg|conced|confess)/i;

/**
 * Who what is said charges with doing harm ("Obama is damaging Medicare": "Obama"), and whether by a "war on"
 * something (which only a place could wage without blame), or null.
 */
/**
 * Someone found at fault, opening what is said: "Mayor Ben Holt is out of touch", "the council leadership was negligent",
 * "the agency has been incompetent" (not "he" or "she", who may be the speaker). Group 1 is who.
 */
const FAULT_CHARGED = new RegExp(
  String.raw`^[“"]?(?:(?:[Bb]ut|[Aa]nd)\s+)?(${CHARGED_SUBJECT})\s+(?:\p{Ll}+ly\s+)?(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:so|too|very|completely|totally|simply|deeply|utterly|clearly|grossly|woefully|hopelessly)\s+)?(?:out\s+of\s+touch|negligent|incompetent|dishonest|corrupt|reckless|irresponsible|hypocritical|inept|derelict|to\s+blame)\b`,
  "u",
);

/** The words every misdeed charged holds (a cheap test before MISDEED_CHARGED). */
/** Crimes and breaches: what a name of no known kind may be charged with (see harmCharged). */
const WRONGS = String.raw`knew|known|broke|broken|breached|violated|breaking|violating|breaching|${WRONGS_DONE}`;
const MISDEED_WORDS = new RegExp(String.raw`\b(?:lying|lied|covered|ignored|failed|political|treated|${WRONGS})\b`, "u");
/** The same words as a keyword family (keywords.ts), a cheaper test first. */
const MISDEED_FAMILY = keywordFamily(
  `lying lied covered ignored failed political knew known broke broken breached violated breaking violating breaching diverted siphoned embezzled stole defrauded
  laundered bribed falsified fabricated forged concealed deceived cheated exploited misappropriated rigged manipulated discriminated
  harassed shelled bombed looted tortured misled cherry-picked treated botched bungled mishandled mismanaged`.split(/\s+/),
);
/** Words of fault a FAULT_CHARGED match holds, as a regex and as a keyword family. */
const FAULT_WORDS = /\b(?:touch|negligent|incompetent|dishonest|corrupt|reckless|irresponsible|hypocritical|inept|derelict|blame)\b/;
const FAULT_FAMILY = keywordFamily("touch negligent incompetent dishonest corrupt reckless irresponsible hypocritical inept derelict blame".split(" "));
const WRONG_DONE = new RegExp(String.raw`\b(?:${WRONGS})\b`, "u");
const TREATED_OWN = new RegExp(TREATED_AS_OWN, "u");
export function harmCharged(content: string, cue: string): { who: string; war: boolean; office: boolean; misdeed?: true } | null {
  if (ADMITTING.test(cue)) return null;
  const text = content.trim();
  // (The words of what is said, for cheap tests first: those of `content`, trimmed or not.)
  const families = textFamilies(content);
  const harm = (families & HARM_WORDS) !== 0 ? HARM_CHARGED.exec(text)?.[1] : undefined;
  if (harm) return { who: harm, war: false, office: false };
  // "the lawmakers were lying", "the council covered up the audit", "the State Department and the White House were
  // attempting to alter the talking points for political reasons".
  const misdeed = (families & MISDEED_FAMILY) !== 0 && MISDEED_WORDS.test(text) ? MISDEED_CHARGED.exec(text) : null;
  // (A description is someone whatever the entities say; a name must be one: not "the Jets failed to protect".)
  // (A name of no known kind charged with a wrong is someone's too, as in a war waged: "Kelvra knew about the problem".)
  // (…but only for a crime or a breach: "the Jets failed to stop the run" is no charge against a team.)
  if (misdeed) return { who: misdeed[1]!, war: false, misdeed: WRONG_DONE.test(misdeed[0]) || TREATED_OWN.test(misdeed[0]) ? true : undefined, office: /^[Tt]he\s+\p{Ll}|\s(?:forces|troops|soldiers|militia|rebels|officials|officers|executives|managers)$/u.test(misdeed[1]!) };
  const fault = (families & FAULT_FAMILY) !== 0 && FAULT_WORDS.test(text) ? FAULT_CHARGED.exec(text) : null;
  if (fault) return { who: fault[1]!, war: false, office: /^[Tt]he\s+\p{Ll}/u.test(fault[1]!) };
  // (Praise for a war is none: "praised Holt's “war on waste”".)
  if (PRAISING.test(cue)) return null;
  // (The cheap tests first: most of what is said wages no war.)
  if (!/[Ww]ar\s+[Oo]n\s/.test(text)) return null;
  const owned = WAR_ON.exec(text);
  const war = owned ?? (text.includes("waging") ? WAGING_WAR.exec(text) : null);
  if (!war) return null;
  // (An office's war, one waged or one quoted or capitalised, on people or what they hold dear, not on potholes,
  // meth or weeds.)
  const onPeople = OFFICE_WAR_TARGET.test(text.slice(war.index + war[0].length));
  const office = OFFICE_PHRASE.test(war[1]!) && onPeople;
  if (!onPeople && (!owned || /[“"‘']|War/.test(war[0]))) return null;
  return { who: war[1]!, war: true, office };
}

/** A name of up to four capitalised words, without a possessive ending ("Attorney General Eric Holder", "Steele"). */
const NAME = String.raw`\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,3}`;
/** "Holt is waging a war on small businesses", "… is waging a “War on Religion”": the same charge. Group 1 is who. */
const WAGING_WAR = new RegExp(String.raw`(?:\b|^)(${NAME}|[Hh]e|[Ss]he|[Tt]hey)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+waging\s+(?:a\s+)?${WAR_ON_TARGET}`, "u");
/** Harms someone may be responsible for: "the delays", "the deaths", "this mess" (not "security", "the budget"). */
const HARM_NOUNS = "delays?|deaths?|attacks?|crisis|crises|failures?|mess|shutdown|loss(?:es)?|deficits?|damage|leaks?|collapse|bombings?|killings?|violence|outbreak|flooding|spills?|scandal|breach(?:es)?|crash(?:es)?|debacle|fiasco|problems?|gridlock|chaos|disaster|blackouts?|cover-up|shortages?";
/**
 * Someone said to be at fault, as a whole clause: "Holt was responsible for the delays", "Reyes is to blame", "the
 * agency was at fault", "the delays were Holt's fault" (not "Holt was responsible for security", "I am to blame").
 * Groups: the culprit, or the fault's owner.
 */
const CULPABLE = new RegExp(
  String.raw`^[“"]?(?:(?:[Bb]ut|[Aa]nd|[Ss]o)\s+)?(${NAME}|[Hh]e|[Ss]he|[Tt]hey|(?:[Tt]he|[Tt]his|[Tt]hat)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)\s+(?:(?:(?!(?:hardly|scarcely|barely|rarely|seldom)\b)\p{Ll}+ly|also|partly|largely|solely|ultimately|most)\s+)?` +
    String.raw`(?:to\s+blame|at\s+fault|culpable|responsible\s+for\s+(?:the|this|that|these|those|a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}(?:${HARM_NOUNS}))\b` +
    String.raw`|\b(?:is|was|are|were)\s+(?:all\s+|entirely\s+|partly\s+|largely\s+)?(${NAME}|his|her|their)(?:['’]s?)?\s+fault\b`,
  "u",
);
/**
 * Someone said to carry the blame or to own a harm, anywhere in the claim: "that the agency had been slow to act and
 * bore some blame", "Democrats own this shutdown", "they deserve the blame" (not "bore the cost", "own this house").
 */
const BLAME_CARRIED = new RegExp(
  String.raw`(?:^|[“"]|\b(?:that|and|but)\s+)(?!(?:I|We)\s)((?:[Tt]he\s+)?${NAME}|[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+\p{Ll}+)\s+(?:[^.;:?!“”",]{0,60}?\s)?` +
    String.raw`(?:(?:bears?|bore|borne|shares?|shared|deserves?|deserved|carr(?:y|ies|ied))\s+(?:(?:some|much|most|all|part|a\s+share|the\s+brunt|the\s+lion['’]s\s+share|the)\s+)?(?:of\s+the\s+)?blame` +
    String.raw`|owns?\s+(?:this|that|the|every\s+day\s+of\s+this)\s+(?:[\p{Ll}-]+\s+)?(?:${HARM_NOUNS}))\b`,
  "u",
);
/** Whom a clause says is at fault ("Holt was responsible for the delays": "Holt"), or null. */
export function culpableNamed(content: string): string | null {
  // (The cheap test first: every reading has one of these words.)
  if (!/blame|fault|culpable|responsible|\bowns?\b/.test(content)) return null;
  const m = CULPABLE.exec(content.trim());
  if (m) return m[1] ?? m[2]!;
  const carried = BLAME_CARRIED.exec(content);
  // (Not blame denied, hoped for or of someone else's clause: "should not bear the blame", "would own the crisis",
  // "the voters know who owns this mess".)
  return carried && !NOT_CARRIED.test(carried[0]) ? carried[1]! : null;
}
const NOT_CARRIED = /\b(?:not|never|no longer|who)\s|n['’]t\s|\b(?:would|could|might|may|will|to)\s+(?:bear|share|deserve|carry|own)\b/;
/**
 * A deed said to have cost lives: "not knowing about their security requests “really, I think, cost these people their
 * lives”", "Holt's decision to close the station cost lives" (not a storm, a war or an illness: "The storm cost 12
 * lives"). Group 1 is what cost them.
 */
const LIVES_COST =
  /^[“"‘']?(?:(?:and|but|so)\s+)?([^.;?!“”"]{3,120}?)\s+(?:[“"‘']?(?:\p{Ll}+ly,?\s+)?(?:I\s+think,?\s+)?)?(?:(?:has|have|had|may\s+have|might\s+have|probably|surely)\s+)?cost\s+(?:(?!(?:to|of|for|in)\s)(?:these|those|the|many|some|\d[\d,]*|[\p{L}-]+)\s+){0,2}(?:(?:their|his|her)\s+)?li(?:ves|fe)\b(?![\s-]+(?:savings|insurance|sentence))/u;
/**
 * A deed or a failing as the subject: "not knowing …", "ignoring the warnings", "the agency's inaction" (not any word in
 * "-ing": "fighting in the north", "flooding", "nothing").
 */
const DEED_SUBJECT =
  /^(?:not\s+)?(?:knowing|ignoring|failing|refusing|delaying|cutting|closing|withholding|neglecting|slashing|blocking|waiting|leaving|abandoning|denying)\b|\b(?:decisions?|failures?|failing|negligence|inaction|incompetence|mistakes?|errors?|neglect|cuts|polic(?:y|ies)|refusal|delays?|mismanagement|lapses?|actions?|choices?|blunders?|recklessness|cover-up)\b/u;
/** A name owning a deed: "Tom Holt" of "Tom Holt's decision". */
const DEED_OWNER = new RegExp(String.raw`(${NAME})['’]s?\s`, "u");
/** Whose deed a claim says cost lives: the owner named ("Holt" of "Holt's decision …"), "" when none is, or null. */
export function livesCostBy(content: string): string | null {
  // (The cheap test first.)
  if (!/\bcost\b/.test(content)) return null;
  const deed = LIVES_COST.exec(content.trim())?.[1];
  if (!deed || !DEED_SUBJECT.test(deed)) return null;
  return DEED_OWNER.exec(deed)?.[1] ?? "";
}

/** Someone as the subject opening what is said (group 1): "he", "she", "they", or a name of up to three words. */
const SOMEONE_SUBJECT = String.raw`(he|she|they|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})`;
/**
 * Someone who cost the speaker's side what it played or stood for: "She cost me the match", "Holt has cost us the seat"
 * (group 1: who; not "The rain cost us the match" nor "It cost me the match": only someone, as the article names them).
 */
const COST_US = new RegExp(String.raw`^[“"]?(?:(?:But|And)\s+)?${SOMEONE_SUBJECT}\s+(?:(?:has|have|had|just|really|basically|probably)\s+)?cost\s+(?:me|us|him|her|them|the\s+(?:team|club|party|side))\s+(?:the|a|an|our|my|his|her|their|its)\s+(?:\p{Ll}+\s+)?(?:match|game|race|election|title|seat|final|points?|championship|cup|jobs?|majority|contract|victory|win|series|tie)\b`, "u");
/** The speaker's own side in what they say: "me", "us", "my", "our". */
const FIRST_PERSON = /\b(?:me|us|my|our|I|we)\b/;
/** Who a claim says cost the speaker's side a match, a seat or a job ("She cost me the match"), or null. */
export function costUs(content: string): string | null {
  if (!content.includes("cost")) return null;
  return COST_US.exec(content.trim())?.[1] ?? null;
}

/**
 * "called for Steele's resignation", "urged the mayor to step down", "urged party Chairman Michael Steele to publicly
 * apologize": demanding someone go, or apologise, charges them with a wrong.
 */
const RESIGNATION_DEMANDED = new RegExp(
  String.raw`^(?:for\s+(?:(?:the|his|her|their)\s+)?(?:immediate\s+)?(?:resignation|ouster|removal)\s+of\s+(?:the\s+)?(${NAME})(?![\p{L}.-])(?=\s*(?:[,;:]|$)|\.\s*$|\s(?:from|over|after|for|because|and|as|in|on|at)\b)` +
    String.raw`|for\s+(${NAME}|his|her|their)(?:['’]s?)?\s+(?:immediate\s+)?(?:resignation|ouster|removal)\b` +
    String.raw`|(?:(?:the\s+)?(?:[\p{Ll}-]+\s+){1,2}(?=\p{Lu}))?(${NAME}|(?:the\s+)?[\p{Ll}-]+(?:\s[\p{Ll}-]+)?|him|her|them)\s+to\s+(?:(?:publicly|personally|formally)\s+)?(?:resign|step\s+(?:down|aside)|drop\s+out|quit\s+(?:his|her|their|the)\s+(?:post|job|seat|position|race)|withdraw\s+from\s+the\s+race|(?:drop|abandon|end|suspend)\s+(?:(?:his|her|their)\s+(?:(?!the\b)[\p{L}-]+\s+){0,2}|(?!Olympic)\p{Lu}[\p{L}-]*\s+)(?:bid|candidacy|campaign|run)(?!\s+(?:for|to\s+(?:buy|acquire|take|host|win))\s+(?:the\s+|a\s+)?(?:rival|company|firm|takeover|merger|olympics|games|title|cup|championship|contract|stake))(?=\s*(?:[,.;:]|$)|\s+(?:over|after|for|because|and|amid|following|in|on|at|by)\b)|apologi[sz]e(?!\s+(?:to\s+)?(?:no\s+one|nobody|for\s+nothing)))\b)`,
  "u",
);
const DEMANDING_CUES = new Set(["called", "calls", "calling", "call", "urged", "urges", "urging", "demanded", "demands", "demanding", "pressed", "pressing"]);

/** Whom a demand to go names ("for Steele's resignation": "Steele"; "urged Akin to step aside": "Akin"), or null. */
export function demandedToGo(content: string, cue: string): string | null {
  if (!DEMANDING_CUES.has(cue.toLowerCase())) return null;
  const m = RESIGNATION_DEMANDED.exec(content.trim());
  return m ? (m[1] ?? m[2] ?? m[3]!).replace(/\.$/, "").trim() : null;
}
/** "needs to apologize", "must publicly apologize". */
const OWES_APOLOGY = String.raw`(?:needs?|ought|should|must|has\s+to|have\s+to)\s+(?:to\s+)?(?:publicly\s+)?apologi[sz]e\b`;
/** "Chairman Steele needs to apologize to our military": demanding an apology charges someone with a wrong. */
const APOLOGY_DEMANDED = new RegExp(String.raw`(?<!\b(?:I|[Ww]e|not|never|nobody|one)\s+|n['’]t\s+)\b${OWES_APOLOGY}(?!\s+(?:to\s+)?(?:no\s+one|nobody|for\s+nothing))`);
const APOLOGY_WORDS = keywordFamily(["apologize", "apologise"]);
/** "Steele must apologize", "she thinks Ellis should apologize": who owes the apology (group 1, a few words). */
const APOLOGY_OWED = new RegExp(
  String.raw`^(?:(?:I|we|he|she|they)\s+(?:think|thinks|believe|believes|said|says)\s+(?:that\s+)?)?((?:the\s+)?(?:[\p{L}.’'-]+\s+){0,2}?[\p{L}.’'-]+)\s+${OWES_APOLOGY}`,
  "u",
);
/** Who owes an apology, unless the words say no one does ("Holt doesn't need to apologize", "nobody needs to"). */
export function apologyOwedBy(content: string): string | undefined {
  const who = APOLOGY_OWED.exec(content.trim())?.[1];
  return who && !/\b(?:not|never|nobody|no\s+one)\b|n['’]t\b/i.test(who) ? who : undefined;
}
/** A word every DENIAL_CONTENT match holds: a cheap test that spares most contents the costly one. */
const DENIAL_KEYWORD = /wrong|illegal|improper|such|law|knowledge|involvement|false|true|baseless|unfounded|merit|basis|foundation|errors|accurate|correct|truth|evidence|off\s+base|nonsense|the\s+case|attention|not an?\s|aware|no\s+(?:role|part)\b/iu;

/**
 * Content that opens with the speaker saying they did not do something ("he did not discuss sanctions", "I didn't
 * send that picture", "she had never met him", "I wasn't suggesting …", "he's certain he did not send …"): a denial. Not what they did not see, hear,
 * think or want, which is no denial of an act, nor how they did not look or seem ("“He didn't look like he knew where
 * he was,” a witness said"), nor what they never stopped doing ("He never stopped believing …").
 */
const DENIES_OWN_ACT =
  /^\s*[“"]?(?:that\s+)?(?:(he|she|they|I|we)(?:['’](?:s|m|re)|\s+(?:is|was|am|are|were))\s+(?:certain|sure|positive)\s+(?:that\s+)?\1|(?:he|she|they|I|we|(?:my|our|his|her|their)\s+client))\s+(?:(?:did not|didn['’]t|never|had never|had not|hadn['’]t|has not|hasn['’]t|have not|haven['’]t)\s+(?!(?:see|seen|saw|hear|heard|think|thought|believe|believed|expect|expected|feel|felt|want|wanted|been|be|had|have|need|needed|get|got|yet|decide|decided|return|returned|respond|responded|comment|commented|receive|received|plan|planned|intend|intended|immediately|apologize|apologized|apologise|apologised|even|look|looked|seem|seemed|appear|appeared|stop|stopped|sound|sounded|feel|care|cared|mind|minded|like|liked|enjoy|enjoyed|deserve|deserved)\b|know\s+(?:whether|if|how|what|when|why)\b)\p{L}+|(?:was not|wasn['’]t)\s+(?:suggesting|saying|implying|accusing|calling|questioning\s+(?:whether|(?:his|her|their|the)\s+(?:\p{L}+\s+)?(?:patriotism|motives|integrity|faith|honesty|loyalty|character|religion))))/iu;

/**
 * Content that opens with the speaker saying they do not do something wrong as a practice ("he does not engage in racial
 * profiling", "we don't participate in it", "we do not tolerate harassment"): a denial. Not what they do not think,
 * want, know, support or allow, which is a position or a rule, nor taking part in a program or engaging with trolls.
 */
const DENIES_OWN_PRACTICE =
  /^\s*[“"]?(?:that\s+)?(?:he|she|they|I|we|it)\s+(?:does\s+not|doesn['’]t|do\s+not|don['’]t)\s+(?:(?:knowingly|ever)\s+)?(?:(?:engage|participate|take\s+part)\s+in\s+(?:it\b|(?:any\s+)?(?:such\s+)?(?:[\p{L}-]+\s+)?(?:profiling|discrimination|fraud|bribery|torture|spying|surveillance|wrongdoing|misconduct|harassment|corruption|abuse|activities|activity|practices?|conduct|behaviou?r)\b)|discriminate\s+against|condone|tolerate|spy\s+on)\b/iu;

/** Whether a DENIAL_CONTENT pattern matches: those whose words the content has, after the cheap DENIAL_KEYWORD test. */
function deniedInWords(content: string): boolean {
  const families = textFamilies(content);
  const worded = DENIAL_CONTENT.filter((p) => (families & p.words) !== 0);
  return worded.length > 0 && DENIAL_KEYWORD.test(content) && worded.some((p) => p.re.test(content));
}

/** Whether a statement's content denies wrongdoing, knowledge or an act of the speaker's: such a statement is a denial. */
export function deniesWrongdoing(content: string): boolean {
  return deniedInWords(content) || DENIES_INVOLVEMENT.test(content) || DENIES_OWN_ACT.test(content) || DENIES_OWN_PRACTICE.test(content) || CLAIM_DISMISSED.test(content) || BODY_DENIES_ACT.test(content) || CONDUCT_DEFENDED.test(content) || (content.includes("context") && OUT_OF_CONTEXT.test(content)) || (content.includes("never") && NEVER_DONE_WRONG.test(content)) || chargeDenied(content);
}
/** A claim called false, with the word for it after its noun ("called the allegation “nonsense”", "the reports as untrue"). */
const CLAIM_DISMISSED = new RegExp(
  /^\s*(?:the|this|that|these|those|his|her|their|its|such|\p{Lu}[\p{L}’'-]*['’]s?)\s+(?:\p{Ll}+\s+)?(?:allegations?|claims?|accusations?|charges?|reports?|suggestions?|story|stories|account)\s+(?:as\s+)?[“"‘]?(?:(?:complete|total|utter|pure|simply)\s+)?(?:nonsense|false|untrue|baseless|ridiculous|absurd|lies|a\s+lie|a\s+smear|smears|fake|fiction|fabricated|a\s+fabrication|unfounded|inaccurate|misleading|rubbish|garbage)\b/u.source + '|' +
  // "the claim was “entirely without foundation”": a charge said to be untrue (not "the expense claims were fabricated",
  // which charges someone, nor "the annual reports were misleading").
  // ("that account was “pure fiction”", "The idea that there was a row is complete nonsense": an account or an idea too.)
  /^\s*[“"]?(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ss]uch)\s+)?(?:allegations?|claim|accusations?|charges?|suggestions?|account|(?:idea|notion|suggestion|claim)\s+that\s+[^.;“”"]{3,120}?)\s+(?:was|were|is|are|had\s+been|has\s+been)\s+[“"‘]?(?:(?:complete|total|utter|pure|simply|entirely|completely|totally|wholly)\s+)?(?:nonsense|false|untrue|baseless|groundless|unfounded|ridiculous|absurd|lies|a\s+lie|a\s+smear|fiction|without\s+(?:any\s+)?(?:foundation|merit|basis))\b/u.source,
  "u",
);
/**
 * A charge denied inside what was said, by the speaker's side (a pronoun), or in the speaker's own quoted words: "it
 * “categorically denies” the allegations", "he rejected the accusations", "the chef “disputes the figures being
 * circulated”", "it “rejects with contempt” the council’s accusations" (not a denial someone else made that the speaker
 * reports, "the suspect denied the charges"; nor "rejected the offer", "rejected 300 claims", "claims for compensation",
 * "the claims of 40 homeowners").
 */
const DENY_ADVERB = String.raw`(?:strongly|categorically|firmly|flatly|vehemently|emphatically|vigorously|totally|utterly|completely|entirely|wholly|absolutely|roundly|fully)`;
const DENY_VERB = String.raw`(?:den(?:y|ies|ied)|reject(?:s|ed)?|refut(?:e|es|ed)|disput(?:e|es|ed))`;
const CHARGE_OBJECT =
  String.raw`(?:\s+with\s+contempt)?[”"’']?\s+(?:(?:the|these|those|this|that|all|any|such|its|their|his|her|\p{Lu}[\p{L}’'-]*['’]s?|the\s+\p{Ll}+['’]s?)\s+)?(?:(?!for\b)[\p{Ll}-]+\s+){0,2}?` +
  String.raw`(?:allegations?|accusations?|claims?|charges?|figures|findings?|report['’]s\s+\p{Ll}+|account|characteri[sz]ations?|suggestions?|assertions?|criticisms?|insinuations?|version\s+of\s+events|narrative)\b` +
  String.raw`(?!\s+(?:for|to)\b|\s+(?:of|from)\s+(?:\d|(?:more\s+than|about|nearly|some|hundreds|thousands|dozens)\b))`;
const CHARGE_DENIED = new RegExp(
  // The speaker's side as a pronoun: "it “categorically denies”", "he has rejected".
  String.raw`^\s*[“"‘']?(?:that\s+)?(?:it|he|she|they|we|I|(?:my|our|his|her|their)\s+clients?)\s+(?:(?:has|have|had|also|still)\s+)?[“"‘']?(?:${DENY_ADVERB}[”"’']?\s+[“"‘']?)?${DENY_VERB}${CHARGE_OBJECT}` +
    // …or anyone, in the speaker's quoted words: "the chef “disputes the figures …”", "… and “strongly refutes” …".
    String.raw`|(?:^\s*[“"‘']?(?:that\s+)?(?:[\p{L}’'.-]+\s+){0,3}?|\band\s+)[“"‘'](?:${DENY_ADVERB}[”"’']?\s+[“"‘']?)?${DENY_VERB}${CHARGE_OBJECT}`,
  "u",
);
/** "… by the charges and “strongly refutes” them": a charge named, then denied by a pronoun, in quoted words. */
const CHARGE_THEN_DENIED = new RegExp(
  String.raw`\b(?:allegations?|accusations?|claims?|charges?)\b[^.;]{0,80}?\band\s+[“"‘'](?:${DENY_ADVERB}[”"’']?\s+[“"‘']?)?${DENY_VERB}[”"’']?\s+(?:them|it|each\s+of\s+them|all\s+of\s+them)\b`,
  "u",
);
/** Whether what was said denies a charge in so many words (see CHARGE_DENIED). */
function chargeDenied(content: string): boolean {
  if (!/\b(?:den[iy]|reject|refut|disput)/.test(content)) return false;
  return CHARGE_DENIED.test(content) || CHARGE_THEN_DENIED.test(content);
}
/**
 * Someone's own conduct said to be lawful or no admission of fault: "the deal is not an admission of wrongdoing", "We
 * have always operated within the law", "it acted lawfully at all times".
 */
const CONDUCT_DEFENDED =
  /^[^,;]{0,80}\bnot\s+an\s+admission\s+of\s+(?:any\s+)?(?:wrongdoing|guilt|liability|fault)\b|^\s*[“"]?(?:we|it|he|she|they|I)\s+(?:have|has|had)\s+always\s+(?:acted|operated|complied|behaved|conducted\s+(?:ourselves|itself|himself|herself|themselves))\s+(?:within\s+the\s+law|lawfully|legally|properly|in\s+accordance\s+with)|^\s*[“"]?(?:we|it|he|she|they|I)\s+(?:acted|operated)\s+(?:lawfully|legally|properly)\s+at\s+all\s+times\b/iu;
/** Words said to be misread: "the email had been “taken out of context”", "his remarks were quoted out of context". */
const OUT_OF_CONTEXT = /\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?[“"‘]?(?:taken|quoted|lifted)\s+(?:wildly\s+|completely\s+|totally\s+|entirely\s+)?out\s+of\s+context\b/u;
/** "I have never taken one cent", "we’ve never accepted a bribe", "I have never said shipping should stop": a wrong, or words, the speaker says they never did or said (not "I have never lost hope"). */
const NEVER_DONE_WRONG = /^\s*[“"]?(?:that\s+)?(?:I|we|he|she|they)(?:\s+(?:have|has)|['’]ve)\s+never\s+(?:once\s+|knowingly\s+|ever\s+)?(?:said|claimed|suggested|argued|taken|accepted|received|asked\s+for|stolen|misled|lied|broken|hidden|concealed|harassed|bullied|threatened|discriminated|cheated|doped|used\s+(?:drugs|steroids|a\s+banned)|falsified|fabricated|bribed|paid\s+(?:a\s+)?(?:bribe|anyone))\b/iu;
/**
 * Having had no part in it, anywhere in what was said: "he had “never asked for anything in return”", "her client
 * “never saw the warden’s request”", "a process that I had nothing to do with", "I had no idea", "it was “not aware of
 * any shortage”", "the company “does not accept that a causal link has been established”", "categorically rejects",
 * "No one received special access" (not "lawmakers never approved", "a person I've never met"; and "he" or "she" only in
 * the perfect, as reported speech gives the speaker's own past: not "he never spoke again, his widow said").
 */
const DENIES_INVOLVEMENT =
  /(?:(?:\b(?:I|[Ww]e|client|company|government|ministry|department|campaign|firm)\s+(?:[“"]?(?:has|had|have|did|does)\s+)?|\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\s+[“"]?(?:has|had|have)\s+)(?:not\s+and\s+has\s+)?[“"]?never\s+(?:(?:spoke|spoken|asked|saw|seen|requested|accused|instructed|took|taken|received|knew|known|approved|authori[sz]ed|discussed|promised|broke|broken|claimed)|once\s+(?:discussed|requested|approved|authori[sz]ed|instructed|solicited))\b(?!\s+(?:a\s+)?(?:dividend|profit|reply|answer|response)s?\b)|\b(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|client|company|government|ministry)\s+(?:[“"]?(?:had|has|have)\s+)?[“"]?nothing\s+to\s+do\s+with|\b(?:his|her|their|my|our|its)\s+[^.;“”"]{0,60}?\b(?:has|have|had)\s+nothing\s+to\s+do\s+with\s+each\s+other|\bhad\s+no\s+idea(?:,\s+none,)?\s+(?:that|anyone|the\s+money|what\s+was\s+going\s+on)|\b(?:is|was|were|are|been)\s+fully\s+compliant|\bnot\s+aware\s+of\s+any\s+(?:shortage|wrongdoing|complaints?|process|problems?|breach(?:es)?|irregularit(?:y|ies)|concerns?)|\bdoes\s+not\s+accept\s+(?:that|the\s+(?:claims?|allegations?|findings?|report|conclusions?|figures?|characteri[sz]ation))|\bcategorically\s+(?:den(?:y|ies|ied)|reject(?:s|ed)?|refut(?:e|es|ed)|false|untrue)|\b[Nn]o\s+one\s+received\s+(?:any\s+)?(?:special|preferential|favou?rable|privileged))\b/u;
/** A body saying it did no wrong: "it had not misled anyone", "it never broke the rules" (as DENIES_OWN_ACT of a person). */
const BODY_DENIES_ACT =
  /^\s*(?:that\s+)?it\s+(?:did\s+not|didn['’]t|never|had\s+never|had\s+not|hadn['’]t|has\s+not|hasn['’]t)\s+(?:\p{Ll}+ly\s+)?(?:misled|mislead|lied|lie|broken|broke|break|violated|violate|concealed|conceal|hidden|hid|deceived|deceive|cheated|cheat|discriminated|discriminate|overcharged|overcharge|wrongdoing)\b/u;

/**
 * A charge named before a claim, as a noun or in the passive, so that the one charged is not the one charging:
 * "allegations of racism", "was accused of spending" (not "Ryan accused Obama of …", which Ryan may go on to repeat).
 */
const CHARGE_NAMED =
  /\b(?:allegations?|accusations?|charges|criticism|complaints|suspicions?|(?:is|are|was|were|been|being)\s+(?:accused|charged|criticized|suspected))\b/gi;
/** A negated clause and what it negates: "there is no racism within the movement", "do not take up much time". */
const NEGATED_CLAIM =
  /\b(?:there\s+(?:is|was|are|were|has\s+been|have\s+been)\s+no|(?:is|was|are|were|do|does|did|has|have|had|could|would|will)(?:n['’]t|\s+not)|never)\s+([^.;]{3,80})/i;
/** What may stand before a claim's own negation: nothing, a pronoun subject, or "our position" and the like. */
const NEGATION_OPENS = /^[“"]?(?:(?:I|we|he|she|it|they|this|that)(?:['’](?:s|re|m))?\s+|(?:our|my|his|her|their|its)\s+\p{L}+\s+)?$/iu;
/** Long words too common to tie a negation to a charge. */
const TOO_COMMON = new Set("about there their these those which would could should being other never every still because where while always something anything nothing".split(" "));

/**
 * Whether a claim negates what a charge named just before it charges ("The movement has been beset with allegations
 * of racism …. Tea Party groups say there is no racism within the movement."): a word of the negated clause, five
 * letters or more, is in the words right after the charge, and the speaker is named in the charge's sentence.
 */
export function answersCharge(content: string, before: string, speaker: string): boolean {
  const negated = NEGATED_CLAIM.exec(content);
  // The negation is the claim's own, opening it or after a pronoun ("there is no racism", "she had never spent"), not
  // a third party's ("the state would not restore …") nor a plan not yet carried out ("had not yet hired").
  if (!negated || !NEGATION_OPENS.test(content.slice(0, negated.index)) || /^yet\b/.test(negated[1]!)) return false;
  // (Lower-case words only: names say whom a passage is about, not what is charged.)
  const stems = (negated[1]!.match(/(?<![\p{L}’'])\p{Ll}{5,}/gu) ?? []).filter((w) => !TOO_COMMON.has(w)).map((w) => w.slice(0, Math.max(5, w.length - 3)));
  if (!stems.length) return false;
  const stemAt = new RegExp(String.raw`\b(?:${stems.join("|")})`);
  CHARGE_NAMED.lastIndex = 0;
  for (let m = CHARGE_NAMED.exec(before); m; m = CHARGE_NAMED.exec(before)) {
    // What is charged, to the end of the charge's sentence.
    const rest = before.slice(m.index + m[0].length, m.index + m[0].length + 160);
    const charged = rest.slice(0, rest.search(/[.!?]["”’]?\s|$/)).toLowerCase();
    if (!stemAt.test(charged)) continue;
    // …and the speaker is among those charged (not an investigator clearing someone else): a word of their name is
    // in the charge's sentence.
    const sentence = before.slice(Math.max(0, before.lastIndexOf(". ", m.index) + 1), m.index + m[0].length + charged.length);
    if (speakerNamed(speaker, sentence)) return true;
  }
  return false;
}

/** Whether a capitalised word of the speaker's name, three letters or more, is in the text, not after "by". */
function speakerNamed(speaker: string, text: string): boolean {
  // (Not as the one who charges: "was accused by Mayor Tom Reyes of …".)
  return (speaker.match(/\p{Lu}[\p{L}’'-]{2,}/gu) ?? []).some((w) => new RegExp(String.raw`(?<!\bby\s(?:[\p{L}.]+\s){0,3})\b${w.replace(/[’'-]/g, ".")}\b`, "u").test(text));
}

/**
 * The writer's own judgement or speculation, beside editorial wording: "perhaps", "probably", "seemed like",
 * reading meaning into events ("mirrors", "a testimony to", "set the tone"), "don't expect". (On 150 own-voice
 * BASIL claims labelled by hand and not used to choose these words, opinions found went from 3 of 37 to 10, with 1
 * factual claim taken for an opinion.)
 */
const WRITER_JUDGEMENT =
  /\b(?:perhaps(?!\s+(?:\d|a\s+(?:dozen|hundred|thousand|million)|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundreds|thousands|millions))|probably|most likely|presumably|certainly|inevitably|doubtless|no doubt|(?:seem|seems|seemed|sounded|sounds)\s+(?:to|like|as if|determined|intent|eager|poised|bent|anxious|keen|reluctant|unwilling|unable)|(?:is|are|was|were|['’]s)\s+(?:un)?likely\s+to|(?:will|would)\s+(?:likely|probably)|(?<!\bas\s)it\s+(?:appears|seems|would\s+seem|would\s+appear)|sure\s+to|mirror(?:s|ed)|underlin(?:es|ed)|(?:a|the)\s+(?:sign|symbol|testament|testimony|reminder)\s+(?:that|of|to)|set the tone|no surprise|(?:it['’]s|it is|it was)\s+(?:possible|conceivable)\s+that|not surprising(?:ly)?|no wonder|(?:don['’]t|do not)\s+expect|exceedingly|extraordinarily|strikingly|blatantly|brazenly|the\s+(?:(?:real|main|biggest|only|basic)\s+)?problem\s+(?:with\s+[^.;]{1,60}?\s+)?is\s+that|most\s+(?:controversial|striking|telling|memorable|troubling|damaging|embarrassing)|one\s+of\s+the\s+few\s+\p{L}+\s+(?!(?:still|left|remaining|that|which|who|in|to|of)\b)|all\s+the\s+more|(?:seem|seems|seemed)\s+(?:far|less|more|all\s+but|almost|increasingly|oddly|curiously|unusually)|(?:sharp|spirited|lacerating|bruising|testy|heated|feisty|lackluster|lacklustre)\s+(?:and\s+\p{L}+\s+)?(?:debate|exchange|performance|blows?|attacks?)|(?:did|does)\s+(?:look|seem)|a\s+bit\s+of\s+an?|(?:['’]s|\b(?:his|her|their))\s+(?:best|worst|finest|weakest|strongest|sharpest)\s+(?:one-liners?|lines?|moments?|performances?|answers?|arguments?|speech(?:es)?|showing|zingers?|jokes?|retorts?)(?!\s+(?:since|on\s+record|ever|in\s+(?:\d|history))))\b/iu;
/** A word every WRITER_JUDGEMENT match holds (for each alternative, its rarest whole word). */
const JUDGEMENT_WORDS = keywordFamily(
  `perhaps probably likely unlikely presumably certainly inevitably doubtless doubt seem seems seemed sounded sounds appears appear sure
  mirrors mirrored underlines underlined sign symbol testament testimony reminder tone surprise possible conceivable surprising
  surprisingly wonder expect exceedingly extraordinarily strikingly blatantly brazenly problem controversial striking telling memorable
  troubling damaging embarrassing few more sharp spirited lacerating bruising testy heated feisty lackluster lacklustre look bit best
  worst finest weakest strongest sharpest`.split(/\s+/),
);
/** "If he entered the race and won, Mr. Brown would be …": what the writer expects would follow if something happened. */
const CONDITIONAL_PREDICTION = /(?:^|\b(?:but|and)\s)if(?:\s+[^\s.;,“”"]+){2}[^.;“”"]{0,150}?,\s[^.;“”"]{0,100}?\bwould\s+(?:\p{Ll}+ly\s+)?(?!not\b|have\s+been\b)\p{Ll}/iu;
/** "could have a powerful influence", "might prove decisive": a modal of possibility… */
// (Not whether something could be checked: "could be independently verified" reports a fact.)
const SPECULATIVE_MODAL = /\b(?:could|might)\s+(?:\p{Ll}+ly\s+|also\s+|well\s+|even\s+|still\s+|soon\s+)?(?!not\b)(?!be\s+(?:independently\s+)?(?:verified|confirmed)\b)\p{Ll}|\bmay\s+(?:well\s+|also\s+|even\s+)?(?:prove|become|elect|help|hurt|mean|represent|signal|reflect)\b/iu;
const MODAL_WORDS = keywordFamily(["could", "might", "may"]);
/**
 * …in the main clause: after "that", "whether", "so", "before", "how" or a relative pronoun it reports a possibility,
 * and after a verb of saying or thinking it is someone else's guess, not the writer's.
 */
const SUBORDINATE =
  /\b(?:that|whether|if|which|who|whom|so|before|until|when|where|because|unless|though|although|while|how|what|why|said|says|saying|asserting|argued|arguing|warned|warning|believes?|believed|thinks?|thought|fears?|feared)\b/i;

/** A sentence opening with a subordinate clause ("While the report does soften …, it could …"). */
const FRONTED_SUBORDINATE = /^\s*(?:(?:But|And)\s+)?(?:[Ww]hile|[Aa]lthough|[Tt]hough|[Ee]ven though|[Ww]hereas|[Ii]f|[Uu]nless|[Ww]hen|[Bb]ecause|[Ss]ince|[Aa]s)\b/;
/** "That position", "This plan" opening a sentence: a determiner and its noun (not "That he …", a clause). */
const OPENING_DEMONSTRATIVE = /^\s*(?:That|This)\s+(?!(?:he|she|it|they|we|I|you|is|was|the|a|an)\b)(?=\p{Ll})/u;
/** An aside set off by a pair of commas. */
const COMMA_ASIDE = /,[^,]*,/g;

/**
 * The writer's own doubt, belief or verdict: "I suspect …", "…, I think, …", "It seems to me that …", "I would like to
 * believe her", "He is wrong on both counts", "Those numbers may well be accurate".
 */
const WRITER_DOUBT = /\b(?:I (?:suspect|think(?!\s+(?:like|of|about)\b)|believe(?!\s+in\b)|guess|doubt|hope|fear|wish|would like to|want to|feel|expect|worry)|[Ii]t seems to me|(?:is|are|was|were) (?:simply |just |plainly )?(?:wrong|right|mistaken) on\b|may well be)\b/;
const DOUBT_WORDS = keywordFamily("suspect think believe guess doubt hope fear wish like want feel expect worry seems wrong right mistaken well".split(" "));

/** Words of the writer's verdict on how bad or striking something is: "a damning figure", "a bruising comedown". */
const VERDICT_ADJECTIVES = "damning|bruising|grim|embarrassing|humiliating|shameful|disgraceful|sobering|dismal|troubling|worrying|painful|brutal|astonishing|remarkable|galling";
/**
 * The writer's verdict: something is or was such a thing ("It is a damning figure for a hospital …", "the rotting fish
 * are an embarrassing picture", "It has been a grim fortnight for a club …"), caps or marks such a time ("The vote caps a
 * bruising year"), or the writer speaks frankly (", frankly,").
 */
const WRITER_VERDICT = new RegExp(
  String.raw`\b(?:(?:is|was|are|were|has\s+been|have\s+been|had\s+been)(?:,\s*\p{Ll}+ly,)?\s+(?:a|an)\s+(?:\p{Ll}+\s+)?(?:${VERDICT_ADJECTIVES})\s+\p{Ll}+|(?:caps|capped|marks|marked|ends|ended)\s+(?:a|an)\s+(?:${VERDICT_ADJECTIVES})\s+(?:year|week|fortnight|month|day|season|night|spell|run|period))\b|(?:^|,\s)[Ff]rankly,` +
    // "The figures make grim reading", "That account is hard to square with the filings", "… will be hard to live down".
    String.raw`|\b(?:make|makes|made|making)\s+(?:for\s+)?(?:grim|sobering|uncomfortable|painful|depressing|bleak|dismal)\s+reading\b|\b(?:is|was|are|were|be|seems?|looks?)\s+(?:\p{Ll}+ly\s+)?(?:hard|difficult)\s+to\s+(?:square|swallow|justify|believe|take\s+seriously|read\s+this|live\s+down|defend|ignore|overstate)\b` +
    // "It is a disgrace that …", "It was, by any measure, a shambles", "That is a stretch", "a textbook case of …",
    // "The affair lays bare …", "raises awkward questions", "is hardly encouraging".
    String.raw`|\b(?:is|was|are|were)(?:,\s*by\s+any\s+measure,)?\s+(?:a|an)\s+(?:\p{Ll}+\s+)?(?:disgrace|shambles|travesty|farce|fiasco|stretch|sad\s+end)\b|\ba\s+textbook\s+(?:case|example)\s+of\b|\blays?\s+bare\b|\braises?\s+(?:awkward|uncomfortable|troubling|serious|hard)\s+questions\b|\bhardly\s+(?:encouraging|reassuring|surprising)\b` +
    // "For a company that spent much of 2022 boasting about …, the manner of these cuts will be hard to live down": the
    // writer setting what was promised against what happened.
    // (Only what it claimed of itself: not "For a family of four that earns $50,000, the tax rises $300".)
    String.raw`|^(?:Still,\s+)?[Ff]or\s+(?:a|an)\s+(?:[\p{L}\d’'-]+\s+){1,4}(?:that|which|who)\s+[^,;“”"]{0,80}?\b(?:promis|boast|insist|claim|tout|market|pride|prided|talk|pledg|vow|bill)\p{Ll}*\b[^,;]{0,120},\s`,
  "u",
);
const VERDICT_WORDS = keywordFamily([
  ...VERDICT_ADJECTIVES.split("|"),
  ..."frankly reading hard difficult disgrace shambles travesty farce fiasco stretch sad textbook bare questions hardly for".split(" "),
]);

/**
 * The writer's framing in set phrases of comment: "will be cold comfort", "an uncomfortable reminder", "was entirely
 * predictable.", "the … story is too simple", "It is a fair point", "one of the most persuasive books", "in truth,",
 * "Our take:", "deserve to hear", "a familiar script", "a byword for", "strikes at the heart of", "wasted no time
 * spinning …", "would be more convincing if …", "It is a measure of how far …", "not a good look", "legal footing is
 * shaky" (each only where it comments: not "a small consolation prize", "didn't hold back the river").
 */
const WRITER_FRAMING_PARTS: [words: string, pattern: string][] = [
  ["comfort consolation", String.raw`\b(?:cold|little|small|scant)\s+(?:comfort|consolation)\b(?!\s+prizes?\b)`],
  ["reminder", String.raw`\b(?:an?|the)\s+(?:uncomfortable|stark|sobering|painful|timely|useful|welcome|sharp|grim|bleak)\s+reminder\b`],
  ["predictable", String.raw`\b(?:is|was|are|were|seems?|seemed|looks?|looked)\s+(?:\p{Ll}+ly\s+|all\s+too\s+)?predictable(?=\s*(?:[.,;:!?]|$))`],
  ["late", String.raw`\btoo\s+little,?\s+too\s+late\b|\b(?:come|comes|came|arrive|arrives|arrived)\s+(?:at\s+least\s+)?(?:\p{L}+\s+)?(?:years?|months?|weeks?|decades?)\s+too\s+late\b`],
  ["simple simplistic neat convenient easy glib", String.raw`\b(?:story|explanation|argument|narrative|picture|account|answer|theory|view|reading|framing|diagnosis)\s+(?:is|was|are|were)\s+too\s+(?:simple|simplistic|neat|convenient|easy|glib)\b`],
  ["fair argument claim theory logic reasoning", String.raw`\b(?:is|was|it['’]s)\s+a\s+fair\s+point\b|\b(?:argument|claim|theory|logic|reasoning)\s+has\s+a\s+(?:problem|flaw|hole)\b`],
  ["persuasive compelling heartless moving ambitious brazen cynical shameful original beautiful chilling", String.raw`\bone\s+of\s+the\s+most\s+(?:persuasive|compelling|heartless|moving|ambitious|brazen|cynical|shameful|original|beautiful|chilling)\b`],
  ["truth take bottom view let lets", String.raw`(?:^|,\s)in\s+truth,|^(?:Our\s+take|The\s+bottom\s+line|Bottom\s+line|Our\s+view|My\s+view)\s*:|\blet['’]?s\s+call\s+(?:this|it)\s+what\s+it\s+is\b`],
  ["deserve deserves familiar byword heart", String.raw`\bdeserves?\s+to\s+(?:hear|know|be\s+told|see)\b|\b(?:a|the)\s+familiar\s+(?:script|story|pattern|refrain|tale|playbook)\b|\ba\s+byword\s+(?:in\s+\p{Lu}\p{L}+\s+)?for\b|\bstrikes?\s+at\s+the\s+heart\s+of\b`],
  ["seize wasted hold pointing hard", String.raw`\b(?:quick|swift)\s+to\s+seize\s+on\b|\bwasted\s+no\s+time\s+(?:\p{Lu}\p{Ll}+\s+)?(?:in\s+)?(?:spinning|seizing|blaming|attacking|critici[sz]ing|denouncing|pointing|trying|casting|framing|claiming|touting)\b|\b(?:didn['’]t|did\s+not)\s+hold\s+back(?=\s*(?:[.,;:!?]|$)|\s+(?:on|in|from|when)\b)|\bfinger-pointing\b|\bpointing\s+fingers(?=\s*(?:[.,;:!?]|$)|\s+at\s+(?:each\s+other|one\s+another|the\s+(?:government|council|administration|president|opposition|party|governor|mayor|board|ministry)\b))|\b(?:learn\p{Ll}*|found\s+out|finding\s+out)\s+(?:\p{L}+\s+){0,2}?the\s+hard\s+way\b`],
  // (And "deserves a future", "is the heart of the matter", "the most convenient villain", "is not quite a denial",
  // "less tidy than either side would like", "will need to stop looking …", "for lack of nerve", "ran out of courage".)
  ["deserve deserves heart crux nub root convenient quite", String.raw`\bdeserves?\s+(?:a\s+(?:future|chance|hearing|second\s+chance)|better|credit|answers|an?\s+(?:answer|explanation|apology))\b|\b(?:is|was|lies|lay)\s+(?:at\s+)?the\s+(?:heart|crux|nub|root)\s+of\s+the\s+(?:matter|problem|issue|story)\b|\bconvenient\s+(?:villain|scapegoat|excuse|target|culprit|enemy)\b|\bis\s+not\s+quite\s+(?:a|an)\s+(?:denial|apology|answer|admission|explanation|rebuttal)\b`],
  ["than stop lack want ran", String.raw`\bthan\s+(?:either|any|both|most)\s+(?:side|sides|party|camp|one)\s+(?:would|will|might)\s+(?:like|admit|care\s+to\s+admit|have\s+you\s+believe)\b|\b(?:will\s+need|needs|need|must|should|ought)\s+to\s+stop\s+\p{Ll}+ing\b|\bfor\s+(?:lack|want)\s+of\s+(?:nerve|courage|ambition|imagination|leadership|will|vision)\b|\bran\s+out\s+of\s+(?:courage|nerve|ideas|excuses)\b`],
  // (And "That is a convenient story", "It was a curious accusation", "It is also, by most estimates, nonsense", "Don't
  // hold your breath".)
  // (Not "nonsense verse", "an odd line drawn by colonial officials", "Do not hold your breath while diving".)
  ["convenient curious strange odd tidy rich nonsense breath", String.raw`\b(?:is|was)\s+(?:also\s+)?(?:a|an)\s+(?:convenient|curious|strange|odd|tidy|rich)\s+(?:accusation|claim|argument|complaint|excuse|defen[cs]e|narrative|charge|thing\s+to\s+say)\b|\bis\s+(?:also\s+)?a\s+convenient\s+story\b|\b(?:is|was)(?:\s+also)?(?:\s*,\s*[^,;]{1,50},)?\s+(?:utter\s+|complete\s+|pure\s+)?nonsense\b(?!\s+(?:verse|rhymes?|poems?|poetry|words|songs?|syllables|stories))|\b(?:don['’]t|do\s+not)\s+hold\s+your\s+breath\b(?!\s+(?:while|when|underwater|during|as|for\s+\d))`],
  ["convincing persuasive credible believable easier harder measure look shaky understandable", String.raw`\bwould\s+be\s+(?:more\s+(?:convincing|persuasive|credible|believable)|easier\s+to\s+(?:take\s+seriously|believe|accept|swallow)|harder\s+to\s+(?:dismiss|ignore))\s+if\b|\b(?:it\s+is|it['’]s)\s+a\s+measure\s+of\s+how\b|\bnot\s+a\s+good\s+look\b|\bon\s+(?:legally|politically|morally)\s+shaky\s+ground\b|\b(?:legal|political|moral)\s+footing\s+is\s+shaky\b|\b(?:is|was|seems?)\s+(?:\p{Ll}+ly\s+)?understandable,\s+but\b`],
];
const writerFraming = phraseTest(WRITER_FRAMING_PARTS, "iu");
// (Each part's words are the rarest it needs: “persuasive” rather than “most”, “convincing” rather than “would”.)
const FRAMING_WORDS = keywordFamily(WRITER_FRAMING_PARTS.flatMap(([words]) => words.split(" ")));

export function isOpinion(text: string): boolean {
  if ((textFamilies(text) & FRAMING_WORDS) !== 0 && writerFraming(text)) return true;
  // (Each pattern is run only where a word it needs is: see keywords.ts.)
  const families = textFamilies(text);
  if (((families & VERDICT_WORDS) !== 0 && WRITER_VERDICT.test(text)) || ((families & EDITORIAL_WORDS) !== 0 && OPINION_RE.test(text)) || ((families & JUDGEMENT_WORDS) !== 0 && WRITER_JUDGEMENT.test(text)) ||
    ((families & DOUBT_WORDS) !== 0 && WRITER_DOUBT.test(text)) || (text.includes("would") && CONDITIONAL_PREDICTION.test(text))) return true;
  const modal = (families & MODAL_WORDS) !== 0 ? SPECULATIVE_MODAL.exec(text) : null;
  if (!modal) return false;
  // Only the modal's own clause counts: after a fronted "While …," the main clause starts again at its comma, and
  // asides set off by commas (", which generated quick reaction,", ", at most,") are no part of it.
  let before = text.slice(0, modal.index);
  const fronted = FRONTED_SUBORDINATE.test(before) ? before.indexOf(", ") : -1;
  if (fronted >= 0) before = before.slice(fronted + 1);
  // ("That position … may represent": a determiner opening the sentence, not "that" opening a clause.)
  return !SUBORDINATE.test(before.replace(COMMA_ASIDE, " ").replace(OPENING_DEMONSTRATIVE, " "));
}

/** Roles of people whose conclusions are rulings or findings on others: "Judge", "the inspector general" (the role's head word, not "Justice Department spokesman"). */
const JUDGING_ROLE = /\b(?:judge|justice|magistrate|inspector|auditor|examiner|arbitrator|coroner|referee)(?:[\s-]+general)?\s*$/iu;

/** Cues that credit a source the way "according to" does ("per the Labor Department", "By the commission's count"). */
export const ACCORDING_TO: ReadonlySet<string> = new Set(["according to", "per", "by", ...ACCOUNT_OF_NOUNS.flatMap((n) => [`in the ${n} of`, `by the ${n} of`])]);

/**
 * Kind of an attributed claim. `someone`: whether a phrase (an object called something, "the storm's damage",
 * "Biden") is or belongs to someone, a person or body, as the article names them; without it, any such phrase is.
 */
export function attributedKind(cls: CueClass, sourceKind: EntityKind, content: string, cue: string, role: string | null = null, someone: (phrase: string) => boolean = () => true): ClaimKind {
  const institutional = sourceKind === "institution" || sourceKind === "organization" || sourceKind === "anonymous";
  switch (cls) {
    case "blame":
      return "blame";
    case "denial":
      // "dismissed Obama's politics as being based in 'some phony theology'": a characterisation, not a denial (but
      // "dismissed the report as false" denies the report); one that finds fault with someone blames them.
      if (/^dismiss/i.test(cue) && /^(?:[^.;“”"]{1,60}?\s)?as\s/.test(content) && !SAID_THING.test(content)) return castAtFault(content, cue, someone) !== null ? "blame" : "statement";
      return "denial";
    case "finding":
      if (institutional || sourceKind === "outlet" || sourceKind === "unnamed") return "finding";
      // A judge's ruling is a finding, even on charges against others ("ruled that the claims lacked merit").
      if (cue === "ruled" || JUDGING_ROLE.test(role ?? "")) return "finding";
      // A person who "concluded that the allegations rest on factual errors" denies them.
      return deniesWrongdoing(content) ? "denial" : "statement";
    case "report":
      // "according to the official", "according to people familiar with the talks": people speaking, not a report.
      if (sourceKind === "anonymous" && ACCORDING_TO.has(cue)) return "statement";
      if (sourceKind === "outlet" || sourceKind === "unnamed" || sourceKind === "anonymous" || sourceKind === "other") return "report";
      if (sourceKind === "institution" && ACCORDING_TO.has(cue)) return "finding";
      return sourceKind === "person" ? "statement" : "report";
    default: {
      if ((cue === ":" && BLAME_CONTENT.test(content)) || blameLiesWith(content) !== null || blameWorded(content) !== null || ((textFamilies(content) & APOLOGY_WORDS) !== 0 && APOLOGY_DEMANDED.test(content))) return "blame";
      // "the Rothenberg Political Report projected a Democratic pick-up", "the Budget Office estimated a loss": an
      // outlet's forecast is what it reports, an institution's what its analysis found (a person's, a party's or a
      // group's stays their statement: "Republicans have estimated that this will save $35 million").
      // (Not an outlet on itself or through its spokesperson; an institution's only with a quantity: not "projected strength".)
      if (FORECASTING.has(cue.toLowerCase())) {
        if (sourceKind === "outlet" && !OF_ITSELF.test(content) && !/spokes/i.test(role ?? "")) return "report";
        if (sourceKind === "institution" && !/^predict/i.test(cue) && QUANTITY.test(content)) return "finding";
      }
      // "NBC further notes, “Trump finishes first …”": what an outlet says in its pages is what it reports.
      // (Not what it does as a company: "Newsweek has defended the photo".)
      // (Nor what it says of itself, or through its spokesperson: "The Times said it stood by its reporting".)
      if (sourceKind === "outlet" && OUTLET_TELLING.has(cue.toLowerCase()) && !OF_ITSELF.test(content) && !/spokes/i.test(role ?? "")) return "report";
      if (demandedToGo(content, cue) !== null || allegedAgainst(content, cue, someone) !== null) return "blame";
      // "Clapper insisted it was “not an undisclosed collection …”": insisting something is not so rebuts what others say.
      if (/^(?:insist|maintain)/i.test(cue) && NEGATED_COPULA.test(content.trim())) return "denial";
      // "calls that evidence unreliable" rejects what the other side said; "called her answer evasive" charges her (not
      // "called the storm dangerous": only someone, or what they said or did, is charged).
      const called = /^call/i.test(cue) ? judgementCalled(content) : null;
      // (Not what someone named said or did: "called Steele's comments “inaccurate”" faults Steele.)
      const othersNamed = NAMED_OWNER.test(called?.object ?? "");
      if (called && !othersNamed && (SAID_THING.test(called.object) || EVIDENCE_OBJECT.test(called.object)) && called.judgements.some((w) => UNTRUE.has(w))) return "denial";
      if (called && SOMEONE_OR_THEIRS.test(called.object) && called.faulting && someone(called.object)) return "blame";
      // "Our problem with Representative Ryan is that he claims …": a fault found with someone.
      const faultedOne = problemWith(content);
      if (faultedOne !== null && someone(faultedOne)) return "blame";
      // "described the chairman as gaffe-prone", "portrayed the council's plan as reckless": someone, or what they did,
      // cast as something at fault.
      if (castAtFault(content, cue, someone) !== null) return "blame";
      // "Steele's comments are “utterly irresponsible.”", "… were “wildly inaccurate.”": someone's words or deeds judged
      // at fault, a charge against their owner (a charge against the speaker that they call false is caught below, as
      // "the allegations are false").
      const judged = judgedConduct(content);
      // (A word of fault, or a strongly negative one: "Holt's plan is dangerous", "… were “disastrous.”")
      // (Not what was done to them, a participle, nor a state: "Reyes's proposals were defeated", "… were dead".)
      const strongly = (VALENCE[judged?.judgement ?? ""] ?? 0) <= -2 && !/ed$/.test(judged!.judgement) && !NOT_JUDGEMENTS.has(judged!.judgement);
      if (judged && (FAULTING_JUDGEMENTS.has(judged.judgement) || strongly) && !deniesWrongdoing(content)) return "blame";
      // "Holt was responsible for the delays", "the delays were Holt's fault": someone said to be at fault.
      const culprit = culpableNamed(content);
      if (culprit !== null && (/^(?:he|she|they|his|her|their)$/i.test(culprit) || someone(culprit))) return "blame";
      // "anything other than the president's failed economic policies": someone's deeds named at fault.
      // (A name after a title too: "President Obama's failed policies".)
      const faulted = faultedDeedOwner(content);
      if (faulted !== null && (someone(faulted) || (/\s\p{Lu}/u.test(faulted) && someone(faulted.split(/\s+/).at(-1)!)))) return "blame";
      // "Republicans have suggested such actions may constitute a crime": someone's acts charged as unlawful.
      if (actsChargedUnlawful(content) !== null) return "blame";
      // "the remark is a personal affront": someone's words judged by a noun of reproach.
      if (!ADMITTING.test(cue) && reproachNounJudged(content) !== null) return "blame";
      // "not knowing about their security requests “cost these people their lives”": a deed that cost lives.
      if (livesCostBy(content) !== null) return "blame";
      // "she was “a disgrace to this sport”": someone called a name of reproach.
      // (A pronoun only set against the speaker's own "me" or "us", one the speaker told, or one opening their quoted
      // words, "“He is a total fraud,” Tanaka said": "Holt said he was a coward when he started out" may be himself.)
      const otherPerson = (who: string) => (/^(?:he|she|they)$/i.test(who) ? FIRST_PERSON.test(content) || /^tell|^told/i.test(cue) || /^[“"]?(?:He|She|They)\b/.test(content.trim()) : someone(who));
      const reproached = personReproached(content);
      if (reproached !== null && otherPerson(reproached)) return "blame";
      // "She cost me the match": someone who cost the speaker's side what it played for.
      const cost = costUs(content);
      if (cost !== null && otherPerson(cost)) return "blame";
      return deniesWrongdoing(content) ? "denial" : "statement";
    }
  }
}

/**
 * "Our problem with Representative Ryan is …", "the trouble with the council is that …", "my quarrel with them is":
 * whom (group 1: a name of up to four words, with its title, "the" and a noun, or a pronoun).
 */
const PROBLEM_WITH =
  /\b(?:[Oo]ur|[Mm]y|[Tt]he|[Tt]heir|[Hh]is|[Hh]er)\s+(?:(?:main|real|biggest|only|basic|big)\s+)?(?:problem|trouble|quarrel|beef|complaint)\s+with\s+((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}|the\s+\p{Ll}+|him|her)(?:['’]s\s+\p{Ll}+)?\s+(?:is|was|has\s+been)\s+(?:that\b|(?:his|her|their|its)\s)/u;
const PROBLEM_WORDS = keywordFamily("problem trouble quarrel beef complaint".split(" "));
/**
 * A question of reproach: "Exactly what were the editors thinking …?", "What was Holt thinking putting this on the
 * cover?", "What was the mayor thinking?" (not a question asked out of curiosity, "What were the Founders thinking about
 * taxes?"). Group 1 or 2 is whom.
 */
const WHAT_WERE_THEY_THINKING =
  /\b(?:(?:[Ee]xactly|[Jj]ust)\s+what\s+(?:were|was|is|are)\s+((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}|the\s+(?:\p{Ll}+\s+)?\p{Ll}+|they|he|she)\s+thinking|[Ww]hat\s+(?:on\s+earth\s+|in\s+the\s+world\s+)?(?:were|was|is|are)\s+((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}|the\s+(?:\p{Ll}+\s+)?\p{Ll}+|they|he|she)\s+thinking(?:\s+(?:\p{Ll}+ing|when|by)\b[^?.!]{0,120})?)\?/u;
const THINKING_WORDS = keywordFamily(["thinking"]);
/** Whom a question of reproach asks about, or null. */
function whomAskedAbout(text: string): string | null {
  const m = (textFamilies(text) & THINKING_WORDS) !== 0 ? WHAT_WERE_THEY_THINKING.exec(text) : null;
  return m ? (m[1] ?? m[2]!) : null;
}
/** Whom a fault found names ("Our problem with Representative Ryan is …"), or null. */
export function problemWith(content: string): string | null {
  const text = content.trim();
  const problem = (textFamilies(content) & PROBLEM_WORDS) !== 0 ? PROBLEM_WITH.exec(content) : null;
  return problem?.[1] ?? FAULT_THAT.exec(text)?.[1] ?? WHAT_WE_FAULT.exec(text)?.[1] ?? whomAskedAbout(text) ?? culpritNamed(text);
}
/**
 * Someone's acts said to be, or maybe to be, unlawful: "such actions may constitute a crime", "his conduct was illegal"
 * (not "texting while driving is illegal": a law, not a charge; nor "was not illegal").
 */
const ACTS_CHARGED_UNLAWFUL =
  /(?<!\b(?:whether|if|nothing\s+about|none\s+of|not\s+that)\s+)\b((?:[Ss]uch|[Tt]hose|[Tt]hese|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?:the|The)\s+\p{Ll}+['’]s?)\s+(?:\p{Ll}+\s+)?(?:actions?|conduct|offers?|calls?|payments?|dealings|behaviou?r|practices|activities|acts?|moves?|efforts|decisions?))\s+(?:(?:may|might|could|would)\s+(?:have\s+)?)?(?:constitutes?|constituted|amounts?\s+to|amounted\s+to|is|was|were|are|be|been)\s+(?:\p{Ll}+ly\s+)?(?:an?\s+)?(?:crime|illegal|unlawful|criminal|felony|violation\s+of\s+(?:the\s+)?(?:law|statute|constitution))\b/u;
const UNLAWFUL_WORDS = keywordFamily("crime illegal unlawful criminal felony violation".split(" "));
/** The acts charged as unlawful ("his conduct", "the mayor's payments", "such actions"), or null. */
export function actsChargedUnlawful(content: string): string | null {
  const m = (textFamilies(content) & UNLAWFUL_WORDS) !== 0 ? ACTS_CHARGED_UNLAWFUL.exec(content) : null;
  // (Not what the law says of such acts in general: "Such calls are illegal under federal law", "Those payments would
  // be illegal under the new law", "… in 20 states".)
  if (!m || (/^(?:such|those|these)\s/i.test(m[1]!) && GENERAL_LAW.test(content.slice(m.index + m[0].length)))) return null;
  return m[1]!;
}
const GENERAL_LAW = /^\s+(?:under\s|in\s+(?:\d+|most|many|some|all|every|several)\s|unless\b|without\b)/;
/** "What we take issue with is the Tea Party's continued tolerance for bigotry": whose conduct (group 1). */
const WHAT_WE_FAULT =
  /^[“"]?What\s+(?:I|we|they)\s+(?:take\s+issue\s+with|object\s+to|oppose|condemn|reject|deplore|resent|find\s+(?:offensive|objectionable|troubling|disturbing))\s+(?:is|are|was)\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})['’]s?\s/u;
/** "If any person in this debate has blood on their hands …, it's Barack Obama": the culprit named (group 1). */
const CULPRIT_NAMED = /^[“"]?If\s+(?:anyone|anybody|any\s+\p{Ll}+|someone)\b([^.;“”"]{5,160}?),\s+it(?:['’]s|\s+is)\s+(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})/u;
/** Fault said in an idiom, with no word of fault: "blood on their hands", "well over the line". */
const FAULT_IDIOM = /\bblood\s+on\s+(?:their|his|her|its|your)\s+hands\b|\b(?:over|across)\s+the\s+line\b|\bout\s+of\s+line\b|\bbeyond\s+the\s+pale\b/;
const CULPRIT_WORDS = new Set("blame blamed responsible fault guilty accountable apologize ashamed".split(" "));
/** The culprit of "If anyone is to blame, it's X" when the condition finds fault (not "If anyone deserves credit, it's X"). */
function culpritNamed(text: string): string | null {
  const m = CULPRIT_NAMED.exec(text);
  if (!m) return null;
  const words = m[1]!.toLowerCase().match(/\p{L}+/gu) ?? [];
  // (A word of fault or blame, not any sad word: "If anyone knows the pain of losing a child", "has a right to be angry".)
  const faulting = FAULT_IDIOM.test(m[1]!) || words.some((w) => FAULTING_JUDGEMENTS.has(w) || CULPRIT_WORDS.has(w));
  return faulting ? m[2]! : null;
}
/**
 * "It is unfortunate that this administration continues to insist on …", "it's a disgrace that Reyes would …": a
 * fault found with the subject of the clause after "that" (group 1: a name, "the" or "this" and a noun, or a pronoun).
 */
const FAULT_THAT =
  /^[“"]?(?:(?:I|[Ww]e)\s+(?:think|believe|find)\s+)?[Ii]t(?:['’]s|\s+is|\s+was)\s+(?:(?:very|truly|deeply|really|simply|just)\s+)?(?:unfortunate|outrageous|shameful|disgraceful|appalling|troubling|disturbing|unacceptable|inexcusable|deplorable|regrettable|disappointing|irresponsible|ridiculous|absurd|a\s+shame|a\s+disgrace|a\s+travesty|an\s+outrage)\s+that\s+((?:the|this|these)\s+\p{Ll}+(?:\s+\p{Ll}+)?|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}|he|she|they)\s+(?:\p{Ll}+ly\s+)?(?!(?:died|passed|lost|retired|was|were|is|are|suffered|missed|got|never\s+got|(?:had|has|have)\s+to)\b)(?:would|will|has|have|had|did|does|do|can|could|should|continues?|continued|keeps?|kept|\p{Ll}+s|\p{Ll}+ed)\b/u;

/** Verbs that cast someone or what they did as something: "described … as", "portrayed … as", "dismissed … as". */
const CASTING_VERB = /^(?:describ|portray|paint|brand|label|characteri[sz]|depict|dismiss)/i;
/**
 * "the chairman as gaffe-prone and said …", "Obama's politics as being based in “some phony theology.”": what is
 * cast (group 1) and the words after "as" (group 2), up to a comma, a second verb of the speaker or the end.
 */
const CAST_AS = /^[“"]?([^“”".;:]{1,80}?)\s+as\s+(?:being\s+)?([^;]{1,120}?)(?=,|\s+and\s+(?:said|says|added|called|accused|argued)\b|[.!?]?[”"]?[.!?]?\s*$)/u;
/** Words and deeds someone answers for: "plan", "budget", "remarks", "politics". */
const DEED_NOUNS = "ads?|plans?|budgets?|policy|policies|proposals?|bills?|remarks|comments|campaign|agenda|record|decisions?|politics|strategy|rhetoric|tactics|handling|conduct|tenure|leadership|statements?|responses?|answers?|lawsuit|criticism|claims?|words|tweets?|speech|programs?";
/** Someone's deed named with its owner before it: "the new Romney-Ryan ad", "the Kline plan" (group 1, the owner). */
const OWNED_DEED = new RegExp(String.raw`(?:^|\s)(\p{Lu}[\p{L}-]*)\s+(?:${DEED_NOUNS})(?:\s+(?:on|about|over|against|released|aired)\b[^,]{0,40})?$`, "u");
/** A deed with its owner's possessive: "the governor's budget", "Obama's politics", "her record on taxes". */
const THEIR_DEED = new RegExp(String.raw`^(?:his|her|their|its|(?:the\s+)?[\p{L}.’'-]+(?:\s[\p{L}.’'-]+){0,2}['’]s?)\s+(?:[\p{L}-]+\s+)?(?:${DEED_NOUNS})\b`, "u");
/** What a judgement after "as" is not, though its words are negative: "the victim of a dishonest smear", "anything but corrupt". */
const NOT_A_FAULT = /^(?:victims?|targets?|responses?|anything|not|no|neither|hardly|never)\b/;
/** Words that end the head of a judgement after "as" ("a disaster for working families", "weak on crime"). */
const JUDGEMENT_ENDS = new Set("of to in on for with by about from that who which against after when while but toward towards".split(" "));

/**
 * The words of what something is cast as: a quotation's words when it has one ("as being based in “some phony
 * theology”"), else its head, up to a preposition or a relative word ("a disaster" of "a disaster for working families").
 */
function castJudgement(predicate: string): string[] | null {
  const quoted = /[“"]([^”"]{1,80})[”"]?/.exec(predicate);
  const words = (quoted ? quoted[1]! : predicate).toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? [];
  let i = 0;
  while (i < words.length && /^(?:a|an|the|being|so|very|too|simply|just)$/.test(words[i]!)) i++;
  if (NOT_A_FAULT.test(words[i] ?? "")) return null;
  if (quoted) return words.slice(i);
  let j = i;
  while (j < words.length && !JUDGEMENT_ENDS.has(words[j]!)) j++;
  return words.slice(i, j);
}

/**
 * Whom a verb of casting ("described", "dismissed") faults, or null. A person cast as something at fault, a word of
 * fault ("dishonest", "phony", "gaffe-prone"); a deed of someone's ("the new Romney-Ryan ad": Romney-Ryan; "the
 * governor's budget") also as something of negative valence ("a disaster"). Not a state a person is in ("her condition
 * as grave", "the governor as heartbroken"), nor what they suffer ("the victim of a dishonest smear").
 */
export function castAtFault(content: string, cue: string, someone: (phrase: string) => boolean = () => true): string | null {
  if (!CASTING_VERB.test(cue)) return null;
  const m = CAST_AS.exec(content.trim());
  if (!m) return null;
  const object = m[1]!.trim();
  const owned = OWNED_DEED.exec(object);
  const deed = owned !== null || THEIR_DEED.test(object);
  if (!(SOMEONE_OR_THEIRS.test(object) || owned) || /^(?:him|her|them)sel(?:f|ves)$/.test(object)) return null;
  // (A person's state is no deed: "her condition", "Holt's injuries".)
  if (!deed && /\s(?:condition|injuries|health|wounds|state|mood|family)$/.test(object)) return null;
  const words = castJudgement(m[2]!);
  if (!words) return null;
  const short = words.length <= 4 && !words.some((w) => NEGATING_WORDS.has(w));
  const faulting = words.some((w) => FAULTING_JUDGEMENTS.has(w) || w.endsWith("-prone") || (deed && short && (VALENCE[w] ?? 0) < 0));
  if (!faulting) return null;
  if (owned && !SOMEONE_OR_THEIRS.test(object)) return owned[1]!;
  return someone(object) ? object : null;
}

/**
 * A named owner's words or deeds, then "is" and a judgement ending its phrase: "Steele’s comments are “utterly
 * irresponsible.”", "Kline's plan was reckless." (not "hardly radical", not "extreme weather protection", not "his
 * comments were wrong": an owner named by a pronoun may be the speaker), perhaps after an opening aside ("As I said on
 * Monday, …", "Frankly, …"). Groups: the words or deeds with their owner, the owner, the judgement.
 */
const JUDGED_CONDUCT =
  /^[“"]?(?:(?:[Aa]s\s+(?:I|we)\s+(?:said|say|noted|have\s+said)(?:\s+[^,“”"]{1,30})?|\p{Lu}\p{Ll}+ly|[Aa]gain|[Ii]n\s+my\s+(?:view|opinion)|[Tt]o\s+be\s+(?:clear|honest|frank)),\s+)?(((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){0,2}['’]s?)\s+(?:[\p{L}-]+\s+)?(?:comments?|remarks?|words|statements?|claims?|conduct|behaviou?r|actions?|decisions?|responses?|answers?|rhetoric|tactics|plans?|policy|policies|proposals?|budgets?|ads?|practices|record|handling|leadership))\s+(?:is|are|was|were|has\s+been|have\s+been)\s+[“"]?(?:(?!(?:hardly|scarcely|barely|only|never|not)\b)(?:\p{Ll}+ly|so|just|simply)\s+)?[“"]?(\p{Ll}+)[”"]?(?=\s*(?:[.,;!?]|and\b|$))/u;

/**
 * The subject of a clause, before its first auxiliary or verb in the past ("the Republican ticket's plan would raise
 * …", "Mayor Tom Holt took bribes", "Tom Holt, 34, shot …": an age set off by commas after it).
 */
const CLAUSE_SUBJECT = new RegExp(
  String.raw`^(?:that\s+)?((?:[\p{L}’'.-]+\s+){0,5}?[\p{L}’'.-]+)(?:,\s+\d{1,3},)?\s+(?:\p{Ll}+ly\s+)?(?:${AUXILIARIES}|\p{Ll}+ed|took|stole|hid|knew|gave|made|paid|sent|told|broke|misled|kept|sold|spent|bought|lied|lies|shot|struck|beat|hit|threw|drove|ran|fled|stuck|sought|hired|fired)\b`,
  "u",
);
/** The subject of what is charged: "Obama administration officials" of "… officials deliberately played down …". */
export function chargedSubject(content: string): string | null {
  return CLAUSE_SUBJECT.exec(content.trim())?.[1] ?? null;
}
/**
 * Whom an allegation is against: the subject of what is alleged, when that is someone ("Prosecutors allege that Mayor
 * Tom Holt took bribes", "The suit alleges that the company discriminated against women", "… that in March Holt
 * approached the victim": Holt; not "The lawsuit alleges that the fire started …", nor "he was the victim of a hacker": a
 * pronoun may be the speaker; nor someone the allegation says something was done to, "… that Ann Kerr was harassed by
 * her supervisor", "… that Ben Lee died because nurses ignored him"). `someone`: whether a phrase is someone.
 */
export function allegedAgainst(content: string, cue: string, someone: (phrase: string) => boolean = () => true): string | null {
  if (!/^alleg(?:e|es|ed|ing)$/i.test(cue)) return null;
  const clause = content.trim().replace(/^that\s+/, "").replace(OPENING_WHEN, "");
  const subject = chargedSubject(clause);
  if (subject === null || UNDERGONE.test(clause.slice(clause.indexOf(subject) + subject.length))) return null;
  return !/^(?:I|we|it|this|that|there)$/i.test(subject) && someone(subject) ? subject : null;
}
/** When, opening a clause: "in March ", "on June 3, ", "in 2019 " (before its subject). */
const OPENING_WHEN = /^(?:in|on|at|after|before|during|since|by)\s+(?:(?:early|late|mid)\s+)?(?:\p{Lu}\p{Ll}+|\d[\d,]*)(?:\s+\d[\d,]*)?,?\s+(?=\p{Lu}|the\s)/u;
/**
 * What a subject undergoes rather than does, right after it: a passive ("was fired", "were exposed", "was shot"; not
 * "was involved", "was paid", charges on their own) or a verb of suffering ("died", "drowned").
 */
const UNDERGONE =
  /^\s+(?:\p{Ll}+ly\s+)?(?:(?:(?:was|were|is|are|be|being|had\s+been|has\s+been|have\s+been|got|gets|get)\s+(?:(?:\p{Ll}+ly|then|also|not|never|repeatedly)\s+)?(?!(?:involved|paid|given|offered|promised|motivated|engaged|open|even|often|then|when|seven|eleven)\b)(?:\p{Ll}+(?:ed|en)|shot|hit|hurt|struck|told|sent|left|held|kept|bit|thrown|led|caught|cut|beat|run|fed)|died|drowned|perished|suffered|collapsed|starved|disappeared|vanished|overdosed)\b)/u;

/** Capitalised words that open a sentence or a phrase and are no one's name: "Under", "After", "And". */
const OPENING_WORDS = String.raw`(?:Under|After|Before|Despite|Since|Because|Thanks|Unlike|Like|Without|With|From|Against|During|Following|Amid|And|But|So|Yet|Or|If|When|While|As|Of|For|In|On|At|To|By)\s`;
/**
 * Someone's deeds named at fault anywhere in what is said: "the president's failed economic policies", "Mayor Holt's
 * reckless spending" (not "the governor's new tax plan", "the storm's damage", "my failed plan"; nor what others call
 * so, "what Republicans call the mayor's failed policies", nor a record that is a feat, "Bolt's failed record
 * attempt"). Groups: the owner, the word of fault.
 */
const FAULTED_DEED = new RegExp(
  String.raw`(?<!\b[Ww]hat\s+(?:[\p{L}’'-]+\s+){1,3}(?:calls?|called|terms?|termed|dubs?|dubbed)\s*)(?:^|[\s“"‘])((?:the\s+)?(?:(?!${OPENING_WORDS})\p{Lu}[\p{L}.’'-]*\s+){0,3}(?!${OPENING_WORDS})\p{Lu}[\p{L}.’'-]*|the\s+(?:president|governor|mayor|administration|senator|congressman|congresswoman|speaker|council|board|party|campaign|company))['’]s?\s+(failed|failing|botched|disastrous|${[...FAULTING_JUDGEMENTS].join("|")})\s+(?:[\p{Ll}-]+\s+)?(?:polic(?:y|ies)|plans?|spending|leadership|record|agenda|budgets?|decisions?|tactics|rhetoric|handling|approach|responses?|remarks|comments|attacks|lies|schemes?|programs?|strategy)\b(?!\s+(?:attempts?|bids?|tries|try|runs?|times?|books?|holders?))`,
  "u",
);
/** The words of fault one of which every FAULTED_DEED match holds (keywords.ts). */
const DEED_FAULT_WORDS = keywordFamily(["failed", "failing", "botched", "disastrous", ...FAULTING_JUDGEMENTS]);
/** Whose deeds a claim names at fault in passing, or null: "the president" of "… other than the president's failed policies". */
export function faultedDeedOwner(content: string): string | null {
  // (The cheap test first: most claims name no one's anything.)
  if (!content.includes("'s ") && !content.includes("’s ") && !content.includes("s' ") && !content.includes("s’ ")) return null;
  if ((textFamilies(content) & DEED_FAULT_WORDS) === 0) return null;
  return FAULTED_DEED.exec(content)?.[1] ?? null;
}

/** Whose words or deeds a claim judges, and the judgement ("Steele’s comments are “utterly irresponsible.”"), or null. */
export function judgedConduct(content: string): { object: string; owner: string; judgement: string } | null {
  const m = JUDGED_CONDUCT.exec(content.trim());
  return m ? { object: m[1]!, owner: m[2]!.replace(/['’]s?$/, ""), judgement: m[3]! } : null;
}

/**
 * "It's wrong.", "This is nonsense.", "I can't help but think that those remarks are well over the line": "it", "this"
 * or "those remarks" judged strongly at fault, with no name of what it is (that comes from what the speaker charged
 * before). Not negated ("It's not about you"), nor a state ("It's over", "it was dead").
 */
/** Nouns for someone's words or deeds ("this strategy", "those views"), not for weather, seasons or injuries. */
const JUDGED_NOUNS = "strategy|strategies|plans?|tactics?|approach|moves?|decisions?|polic(?:y|ies)|proposals?|bills?|laws?|budgets?|ideas?|arguments?|ads?|attacks?|claims?|comments?|remarks?|statements?|words|rhetoric|behaviou?r|conduct|responses?|answers?|lies|excuses?|actions?|practices?|schemes?|deals?|votes?|views?|positions?|stances?|numbers|figures|reports?|rulings?|accusations?|charges|letters?|emails?|tweets?|posts?|videos?|kind\\s+of\\s+\\p{Ll}+";
/**
 * Someone's words or deeds judged by a noun of reproach: "the remark is a personal affront", "Holt's plan is a
 * disgrace", "Mr. Holt, your comment is …", after an opening clause too ("At a time when …, your comment is more than an
 * embarrassment"); not "the storm was a disaster", "his win was a surprise" (and a report called a lie is denied, not
 * blamed). Groups: whom the words address ("Mr. Holt"), the owner named before the noun ("Holt").
 */
const REPROACH_NOUN_JUDGED = new RegExp(
  String.raw`^[“"]?(?:(?:and|but|so),?\s+)?(?:(?:at\s+a\s+time\s+when|when|while|as|after|since|given|with)\s[^“”"]{0,300}?,\s+)?(?:((?:Mr|Mrs|Ms|Dr|Sen|Senator|Gov|Governor|Rep|Mayor|Chairman|President)\.?\s+(?:\p{Lu}[\p{L}.’'-]*\s+)?\p{Lu}[\p{L}’'-]*),\s+)?(?:the|this|that|these|those|your|his|her|their|((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){0,2})['’]s?)\s+(?:[\p{L}-]+\s+)?(?:${JUDGED_NOUNS})\s+(?:is|are|was|were|has\s+been|have\s+been)\s+` +
    String.raw`(?:(?:more\s+than|nothing\s+(?:less|short)\s+(?:than|of)|simply|just|clearly|really|truly|frankly)\s+)?(?!(?:no|not|never|hardly|far\s+from)\b)(?:an?\s+)?(?:(?!(?:no|not|never|hardly)\b)(?:\p{Ll}+ly\s+)?[\p{Ll}-]+\s+)?(?:affront|insult|disgrace|outrage|travesty|embarrassment|betrayal|slap\s+in\s+the\s+face|slur|smear|sham|abomination)\b`,
  "iu",
);
const REPROACH_NOUN_WORD = /affront|insult|disgrace|outrage|travesty|embarrassment|betrayal|slap|slur|smear|sham|abomination/i;
const SAID_THING_JUDGED = /\b(?:reports?|claims?|accusations?|charges|allegations?|story|stories|article)\s+(?:is|are|was|were|has\s+been|have\s+been)\s/i;
/** Whose words or deeds a noun of reproach judges: the owner named, or the one addressed, "" when none is, or null. */
export function reproachNounJudged(content: string): string | null {
  // (The cheap test first: it runs on every statement, and every reading has one of these words.)
  if (!REPROACH_NOUN_WORD.test(content)) return null;
  const m = REPROACH_NOUN_JUDGED.exec(content.trim());
  // (What was said or reported called a smear is denied: "the report was a smear".)
  if (!m || SAID_THING_JUDGED.test(m[0])) return null;
  return m[2] ?? m[1] ?? "";
}

/**
 * Someone called a name of reproach: "she was “a disgrace to this sport”", "Reyes is a liar", "They are cowards" (group
 * 1: who; not "the storm was a disaster", nor "I am a fraud", nor "he was not a coward").
 */
const PERSON_REPROACHED =
  new RegExp(String.raw`^[“"]?(?:that\s+)?${SOMEONE_SUBJECT}\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?:(?:simply|just|clearly|really|truly|frankly|nothing\s+but)\s+)?(?!(?:no|not|never)\b)[“"‘]?(?:an?\s+)?(?:(?:\p{Ll}+ly\s+)?(?:total|complete|utter|absolute|real|pathological|serial|proven|known|shameless)\s+)?(?:disgrace|embarrassment|liars?|frauds?|crooks?|cowards?|hypocrites?|menace|thugs?|traitors?|bully|bullies|con\s+(?:man|artists?))\b(?!-|\s+(?!(?:to|of|and|or|who|for|in|on|at|with|when|because|than|like)\b)\p{Ll})`, "u");
/** The words of a name of reproach, as a keyword family (keywords.ts): a cheap test first. */
const REPROACH_NAME_WORDS = keywordFamily("disgrace embarrassment liar liars fraud frauds crook crooks coward cowards hypocrite hypocrites menace thug thugs traitor traitors bully bullies con".split(" "));
/** Who is called a name of reproach in what is said ("she" of "she was a disgrace"), or null. */
export function personReproached(content: string): string | null {
  if ((textFamilies(content) & REPROACH_NAME_WORDS) === 0) return null;
  return PERSON_REPROACHED.exec(content.trim())?.[1] ?? null;
}

const ANAPHOR_JUDGED = new RegExp(String.raw`^[“"]?(?:(?:and|but|so|the\s+problem\s+is),?\s+)?(?:I\s+(?:think|believe|can['’]t\s+help\s+but\s+think)\s+(?:that\s+)?)?(?:(?:it|this|that)(?:['’]s|\s+(?:is|was))|(?:this|that|these|those|such)\s+(?:${JUDGED_NOUNS})\s+(?:is|was|are|were))\s+([^.,;!?“”"]{1,60})`, "iu");
/**
 * What "it", "this" or "those remarks" is judged to be, and where the match ends, or null; not negated ("It's not about
 * you"), nor what "it" stands for after it ("It is wrong to doubt him", "it's a shame that …").
 */
function anaphorJudgement(content: string): { judgement: string; end: number } | null {
  const m = ANAPHOR_JUDGED.exec(content);
  if (!m || /\b(?:not|never|no|hardly|to|that)\b|n['’]t\b/i.test(m[1]!)) return null;
  return { judgement: m[1]!, end: m.index + m[0].length };
}
function judgesItAtFault(content: string): boolean {
  const judgement = anaphorJudgement(content.trim())?.judgement;
  if (judgement === undefined) return false;
  const words = judgement.toLowerCase().match(/\p{L}+/gu) ?? [];
  return OVER_THE_LINE.test(judgement) || words.some((w) => FAULTING_JUDGEMENTS.has(w) || ((VALENCE[w] ?? 0) <= -2 && !NOT_JUDGEMENTS.has(w) && !/ed$/.test(w)));
}

/**
 * "It is plain dishonesty.", "This strategy is very cynical.", "I think that is a phony ideal": a speaker's quotation
 * that finds fault on its own, with no charge before it, by a word of fault alone; not a rebuttal ("That's wrong",
 * "It's false": what is faulted may be a claim), nor of the speaker ("It was stupid of me", "my plan is flawed").
 */
function findsFaultAlone(content: string): boolean {
  const text = content.trim();
  const found = anaphorJudgement(text);
  if (!found || /\b(?:me|my|myself|us|our|ourselves)\b/i.test(found.judgement)) return false;
  // (With an adjective after a comma: "It is a crazy, reckless plan".)
  const more = /^,\s+((?:\p{Ll}+\s+){0,2}\p{Ll}+)/u.exec(text.slice(found.end))?.[1] ?? "";
  const words = `${found.judgement} ${more}`.toLowerCase().match(/\p{L}+/gu) ?? [];
  // (A failure judged, "It was a total failure", not a thing's, "a mechanical failure", "kidney failure".)
  return words.some((w) => (FAULTING_JUDGEMENTS.has(w) && !REBUTTING.has(w) && !NOT_OF_CONDUCT.has(w)) || (FAULT_NOUNS.has(w) && !/^failures?$/.test(w))) || FAILURE_JUDGED.test(found.judgement);
}
/** Judgements that may rebut a claim rather than fault someone: "That's wrong.", "It's false.", "That's ridiculous." */
const REBUTTING = new Set("wrong false untrue inaccurate misleading bogus absurd ridiculous fake".split(" "));
/**
 * Judgements of how much, how odd or how good something is, which say as much of a game, a storm, a market or an
 * operation as of anyone's conduct: "It was a crazy game", "It was extreme", "a weak market", "a radical surgery", "a
 * premature birth", "It was a dumb penalty" (a coach of his own player).
 */
const NOT_OF_CONDUCT = new Set("crazy extreme radical weak silly dumb stupid naive premature insufficient inadequate irrelevant flawed unreliable unrepresentative unsound unwise".split(" "));
/** A failure judged so, alone or by how great it is: "a failure", "a total failure" (not "a mechanical failure"). */
const FAILURE_JUDGED = /(?:^|\s)(?:an?|total|complete|utter|abject|colossal|massive|spectacular|dismal|huge|epic|miserable|absolute|monumental)\s+failures?\b/i;

/**
 * A negated "be" in the main clause, a few words in: "it was “not an undisclosed collection …”", "the fee wasn't a tax"
 * (not "not too late", "not an option", "not going to": resolve, not rebuttal).
 */
const NEGATED_COPULA = /^[“"]?(?:[\p{L}’'.-]+\s+){0,3}?(?:\p{L}+['’]s\s+[“"]?(?:not|never)|(?:is|was|are|were)n['’]t|(?:is|was|are|were)\s+[“"]?(?:not|never))\s+(?!(?:too|an?\s+option|going)\b)/iu;
/** Words of negative valence that say what became of something, not what it is worth: "dead", "lost", "gone". */
const NOT_JUDGEMENTS = new Set("dead lost gone over missed killed banned".split(" "));
/** A quantity: a figure or a word for one. */
const QUANTITY = /\d|\b(?:percent|million|billion|trillion|thousand|hundred|dozen|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|inches|feet|degrees|seats)\b/i;
/** Verbs of forecasting and estimating: "projected", "estimates", "predicted". */
const FORECASTING = new Set("projected projects projecting estimated estimates estimating predicted predicts predicting forecast forecasts forecasting".split(" "));
/** What an outlet says of itself: "it stood by its reporting", "the paper regrets". */
const OF_ITSELF = /^[“"]?(?:it|its|we|our|the\s+(?:paper|newspaper|network|magazine|company|site|station))\b/i;
/** Verbs of telling that an outlet uses for what it reports. */
const OUTLET_TELLING = new Set("said says notes noted wrote writes confirmed confirms described describes added adds explained explains".split(" "));
/** What the other side offers as proof: "that evidence", "their data". */
const EVIDENCE_OBJECT = /\b(?:evidence|data|figures|numbers|statistics|study|studies|testimony|analysis|polls?|survey)$/i;
/** Judgements that say something said is not so ("called the claims false", "calls that evidence unreliable"). */
const UNTRUE = new Set(
  "false untrue inaccurate misleading deceptive unreliable unrepresentative bogus baseless unfounded flawed wrong phony fake absurd distortion distortions lie lies fabrication fabrications".split(" "),
);
/**
 * A judgement called, bare ("called her answer evasive") or quoted ("called Biden “unhinged.”", "called the decision
 * “a huge mistake”"), and whether it finds fault (any word of a quoted one may: "mistake", "well over the line").
 */
export function judgementCalled(content: string): { object: string; judgements: string[]; faulting: boolean } | null {
  const bare = calledJudgement(` ${content}`);
  if (bare) return { ...bare, faulting: bare.judgements.some((w) => FAULTING_JUDGEMENTS.has(w)) };
  const quoted = calledQuotation(` ${content}`);
  if (!quoted) return null;
  // (A word of negative valence only in a short judgement that denies nothing: "a huge mistake", not "a tireless
  // fighter against poverty and crime", "no threat to anyone", nor a name, "Broken Promises".)
  const short = quoted.judgements.length <= 4 && !quoted.titled && !quoted.judgements.some((w) => NEGATING_WORDS.has(w));
  const judged = quoted.judgements.join(" ");
  const faulting = quoted.judgements.some((w) => FAULTING_JUDGEMENTS.has(w) || (short && (VALENCE[w] ?? 0) < 0)) || OVER_THE_LINE.test(judged) || (AFFRONT.test(judged) && SOMEONES_DEED.test(quoted.object));
  return { ...quoted, faulting };
}
const NEGATING_WORDS = new Set("no not never nothing none nobody".split(" "));
/** Whether a short judgement called (“false and malicious”, "fake news") is one of untruth, not negated. */
export function callsUntrue(judgement: string): boolean {
  const words = judgement.toLowerCase().match(/\p{L}+/gu) ?? [];
  // (The untrue word is the judgement's head, or joined to another by "and": not "a false dawn".)
  const head = (i: number) => i === words.length - 1 || /^(?:and|or|but|news|story|stories|claims?|allegations?|reports?)$/.test(words[i + 1]!);
  return words.length <= 6 && words.some((w, i) => UNTRUE.has(w) && head(i)) && !words.some((w) => NEGATING_WORDS.has(w));
}
/** A name and a possessive opening an object: "Steele's comments", "the Times’ report". */
const NAMED_OWNER = /^(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}['’]s?\s/u;
/** "well over the line", "out of line", "beyond the pale": fault found with no word of fault. */
const OVER_THE_LINE = /\b(?:over|across) the line\b|\bout of line\b|\bbeyond the pale\b/;
/**
 * "a slap in the face": an affront, a fault of whoever did what is called so, only when that is someone's deed ("the
 * company's decision"; not "the farmers' losses", which befell them).
 */
const AFFRONT = /\bslap in the face\b/;
const SOMEONES_DEED = /['’]s?\s+(?:decision|vote|ruling|move|remarks?|comments?|plan|policy|order|silence|handling|response|actions?|conduct|statement|choice)$/;
/** Someone, or what is theirs: "her", "them", "his answer", "the administration", "the president's response", a name. */
const SOMEONE_OR_THEIRS = new RegExp(String.raw`^(?:him|her|them|(?:his|her|their|its)\s.+|the\s+(?:${OFFICES})\b.*|.*['’]s?\s+\p{L}+|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})$`, "u");

/** Words that say no or find fault: a negation, or a word of negative valence ("bad", "outrageous", "lie"). */
function carriesCharge(content: string, frameKind: ClaimKind, acrossParagraph: boolean): boolean {
  // A blame goes on only in words about others ("those remarks are well over the line", "Nothing the president is
  // proposing …"), not about the speaker alone ("I'm not ashamed to admit I love this state").
  if (frameKind === "blame" && !THIRD_PARTY.test(content) && !NAMES_ELSEWHERE.test(content)) return false;
  const valences = (content.toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => VALENCE[w] ?? 0);
  if (givesThanks(content)) return false;
  // (A denial goes on only in words that say no: "Not once.", not "“… he got a fire sale,” Nkemelu said.")
  const negative = frameKind !== "denial" && valences.some((v) => v < 0);
  // (Past a paragraph break, a word of fault is needed: a bare negation is too common there, "I don't know when …";
  // or, after a denial, the speaker's own "I never …", "I don't question …".)
  if (negative || OVER_THE_LINE.test(content)) return true;
  return acrossParagraph ? frameKind === "denial" && FIRST_PERSON_NEGATION.test(content) : NEGATION.test(content);
}
/** A word of fault proper ("phony", "misuse", "wrong"), not just a sad or negative one. */
function findsFault(content: string): boolean {
  return OVER_THE_LINE.test(content) || FAULT_IDIOM.test(content) || /\brace\s+to\s+the\s+bottom\b/i.test(content) || (content.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => FAULTING_JUDGEMENTS.has(w) || FAULT_NOUNS.has(w));
}
const FAULT_NOUNS = new Set("misuse abuse abuses misconduct disgrace lies lie lying lied deceit dishonesty hypocrisy travesty sham failure failures negligence incompetence corruption cover-up".split(" "));
const NEGATION = /\b(?:not|never|no|nothing|none|nobody)\b|n['’]t\b/i;
const THANKS = /\b(?:appreciate|appreciates|thank|thanks|grateful|welcome|welcomes)\b/i;
/** Thanks, with no strong word of trouble in it ("We appreciate your willingness to … the urgent challenges"): no charge. */
function givesThanks(content: string): boolean {
  return THANKS.test(content) && !(content.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => (VALENCE[w] ?? 0) <= -2);
}
/** "I never", "we did not", "I don't": what the speaker says they did not do. */
const FIRST_PERSON_NEGATION = /\b(?:I|we)\b(?:['’]\p{L}+)?(?:\s+\p{Ll}+){0,2}?\s*(?:not|never|n['’]t)\b/u;
/** Words for others than the speaker: third persons, "you", and "those" or "these" (remarks, people). */
const THIRD_PARTY = new RegExp(String.raw`\b(?:he|she|they|him|her|them|his|their|those|these|you|your)\b|\bthe\s+(?:${OFFICES})\b`, "i");
/** …or a name inside the words (not "I", nor a kind of person after "a": "I'm a Christian"). */
const NAMES_ELSEWHERE = /(?<=\s)(?<!\b(?:a|an)\s)(?!I\b|I['’])\p{Lu}/u;
const INSTEAD = /^\s*Instead,/;

/**
 * Kind of a quotation credited to the speaker of the quotation around it, which has no verb of its own: what its words
 * say, read as after "said" ("“If anyone has blood on their hands, it's Barack Obama.”" is blame).
 */
export function quotationKind(content: string, sourceKind: EntityKind, someone: (phrase: string) => boolean = () => true, speaks: (name: string) => boolean = () => true): ClaimKind {
  // (Only someone is at fault, as after a verb: not "It's unfortunate that the weather did not cooperate", "Hurricane
  // Ida has destroyed everything we own".)
  const kind = attributedKind("statement", sourceKind, content, "said", null, someone);
  const harm = kind === "statement" ? harmCharged(content, "said") : null;
  // (A war waged only by an office named so: "This administration's war on …"; a name may be a place's.)
  return harm && (harm.office || (!harm.war && (/^(?:he|she|they)$/i.test(harm.who) || speaks(harm.who)))) ? "blame" : kind;
}

/** Kind of an unattributed sentence: the outlet's own voice. */
export function ownVoiceKind(text: string): ClaimKind {
  // A question the outlet asks itself ("If it was too sensitive then, what changed on Wednesday?") is its view.
  const asks = isInterrogative(text) && !/^\s*[“"]|[”"]\s*$/.test(text);
  return asks || isOpinion(text) ? "opinion" : "assertion";
}

/** What a denial denies when it names only the thing said: "disputed the allegations", "denied the report". */
const BARE_DENIAL = /^(?:the|these|those|such|that|this|his|her|their|its|any|all|some\s+of\s+the)\s+(?:[\p{L}’'-]+\s+){0,3}(?:allegations?|accusations?|charges?|claims?|reports?|story|stories|characteri[sz]ations?|suggestions?|criticisms?|assertions?|account|rumou?rs?)[.”"]*$/iu;
/** How far (in characters) a bare denial or reproach frames the same speaker's next statements. */
const FRAME_REACH = 500;

/** "Instead, he said it was a computer system …" after a denial says what is so in its place. */
function insteadOfDenied(frame: ExtractedClaim, c: ExtractedClaim): boolean {
  return frame.kind === "denial" && INSTEAD.test(c.exact) && !BLAME_CONTENT.test(c.content);
}

/** A quoted phrase alone, "It’s a “horrific policy,”", is read with the words around it. */
function wordsToRead(c: ExtractedClaim): string {
  return c.content.split(/\s+/).length <= 4 ? c.exact : c.content;
}

/**
 * "Poulter also disputed the allegations. He said the movement is made up of a diverse group …", "Cummings also
 * admonished his Republican colleagues. “I think we need to be very careful …,” he said": statements a speaker makes
 * right after a denial that names only what it denies, or a reproach ("admonished", "rebuked") with only its object,
 * say how, so they take its kind and whom it blames. At most two, in the same paragraph, until someone else speaks or
 * the outlet does; never praise or blame of their own ("Later, Reyes praised the mayor"). Any other blame or denial
 * gives its kind only to the speaker's quotation right after it. Returns the claims it changed.
 */
export function carryFrames(claims: ExtractedClaim[], text: string): ExtractedClaim[] {
  const changed: ExtractedClaim[] = [];
  let frame: { claim: ExtractedClaim; end: number; left: number; quotesOnly: boolean; passed?: number } | null = null;
  for (const c of claims) {
    const bareDenial = c.kind === "denial" && BARE_DENIAL.test(c.content.trim());
    // (Calling someone or their answer "evasive" reproaches them as "admonished" does.)
    // (Only a call that finds fault: "called the deal “a giveaway” and accused …" blames by its second verb.)
    const bareReproach = c.kind === "blame" && c.cue !== null && (isReproachVerb(c.cue) || (/^call/i.test(c.cue) && judgementCalled(c.content)?.faulting === true));
    if (c.source && (bareDenial || bareReproach)) {
      frame = { claim: c, end: c.end, left: 2, quotesOnly: false };
      continue;
    }
    // (Across a paragraph break only to a quotation right after the frame: "Crowley later called her answer evasive.",
    // then his words as a paragraph of their own.)
    // (A charge's frame too: "Gibbs criticized such attacks on “character and faith.”", then "“I can’t help but think
    // that those remarks are well over the line." opening the next paragraph.)
    // (The cheap tests first: most claims have no frame of their speaker's close before them.)
    const sameSpeakerNear = frame !== null && frame.left > 0 && c.source?.entityKey === frame.claim.source!.entityKey && c.start - frame.end <= FRAME_REACH;
    const acrossParagraph = sameSpeakerNear && /\n\s*\n/.test(text.slice(frame!.end, c.start));
    const sameParagraph = sameSpeakerNear && (((frame!.left === 2 || frame!.quotesOnly) && c.quote === "direct") || !acrossParagraph);
    // ("“… those remarks are well over the line. It’s wrong. It’s destructive,” Mr. Gibbs said": each goes on with the
    // charge, however many.)
    // (Not words said of something else: "“It was a tough loss,” Holt said of Sunday's game".)
    const judgesIt = sameSpeakerNear && c.quote === "direct" && frame!.claim.kind === "blame" && judgesItAtFault(c.content) && !/\b(?:said|says|added|adds)\s+of\b/.test(c.exact);
    // (Once a sentence was passed over, only words of fault go on with the charge: not "He died when I was 12", "Injuries
    // hurt us", "We can't turn the ball over".)
    const afterPass = (frame?.passed ?? 0) > 0;
    const framed = judgesIt || (afterPass ? sameSpeakerNear && c.quote === "direct" && findsFault(c.content) : sameParagraph && ((!frame!.quotesOnly && !givesThanks(c.content)) || (c.quote === "direct" && carriesCharge(wordsToRead(c), frame!.claim.kind, acrossParagraph)) || insteadOfDenied(frame!.claim, c)));
    // ("“It's not about you. It's not about your jobs,” Santorum said. “It's about some phony theology.”": up to two
    // sentences of the speaker's quotation that find no fault keep a charge for the ones after them.)
    const passedOver = !framed && sameSpeakerNear && c.quote === "direct" && c.kind === "statement" && frame!.claim.kind === "blame" && (frame!.passed ?? 0) < 2;
    if (passedOver) {
      frame = { ...frame!, end: c.end, passed: (frame!.passed ?? 0) + 1 };
      continue;
    }
    if (!frame || !framed) {
      // ("“It is sheer journalistic dishonesty,” Bozell said": a quotation that finds fault on its own blames, whom the
      // words do not say.)
      if (c.kind === "statement" && c.quote === "direct" && c.source && !(c.cue && isCriticismVerb(c.cue)) && findsFaultAlone(c.content)) {
        c.kind = "blame";
        changed.push(c);
      }
      // Any other blame or denial frames only the speaker's quotation right after it ("Biden charged that …" then his
      // "Their ideas are old and their ideas are bad"), when it says no or finds fault: the words that make the charge
      // or the denial (not "“We expect to play on Saturday,” he said." after blaming the weather).
      frame = c.source && (c.kind === "blame" || c.kind === "denial") ? { claim: c, end: c.end, left: 1, quotesOnly: true } : null;
      continue;
    }
    if (c.kind === "statement" && !(c.cue && isCriticismVerb(c.cue))) {
      c.kind = frame.claim.kind;
      if (c.kind === "blame") c.blamed = frame.claim.blamed;
      changed.push(c);
    }
    frame = { ...frame, end: c.end, left: judgesIt ? frame.left : frame.left - 1 };
  }
  return changed;
}
