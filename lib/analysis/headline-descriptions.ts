// A headline names a body by its trade more often than by its name ("Carmaker admits breach …", "Fitness app maker
// admits …"), and a person by what they are ("Devastated athlete vows …", "Nevada Senate hopeful demands …"): such a
// description is the body or person the article is about, when the article is plainly about one.
import { companyByLegalEnding, type EntityIndex } from "./entities";
import { ABBREV_NO_BREAK, CAP_ADJECTIVES, DEMONYMS, DESCRIPTION_KINDS, JURISDICTIONS, KIN_NOUNS, MILITARY_RANKS, partyGiven, PLACES, ROLE_HEADS, wordTable } from "./lexicon";
import { escapeRegExp } from "./text-units";
import type { ExtractedClaim, Mention } from "./types";

/** Last words of a headline's bare description of a body: "carmaker", "app maker", "tech giant", "budget airline". */
const BODY_DESCRIPTIONS = new Set(
  "maker carmaker automaker chipmaker drugmaker firm company giant group bank lender insurer airline carrier retailer supermarket grocer chain startup start-up operator developer manufacturer brand broker plant factory refinery".split(" "),
);

/** Words before a body's kind that say whose it is, which no name holds: "the private company", "a state-run utility". */
export const OWNERSHIP_WORDS = ["private", "public", "state-owned", "state-run"];
const THE_OWNED_NOUN = new RegExp(String.raw`^the\s+(?:(?:${OWNERSHIP_WORDS.join("|")})\s+)?(\p{Ll}+)$`, "iu");

/** Whether a headline's word describes a body by its trade: "carmaker", "brand", "lender". */
export function isBodyDescription(word: string): boolean {
  return BODY_DESCRIPTIONS.has(word);
}

/** Up to three lower-case words (the first perhaps capitalised as a headline's), no article: "Fitness app maker", "tracking firm". */
const BARE_DESCRIPTION = /^[\p{Lu}\p{Ll}][\p{Ll}-]*(?:\s[\p{Ll}-]+){0,2}$/u;

/** Up to four words after any "the", the last a lower-case noun: "Devastated athlete", "Nevada Senate hopeful", "Halvenberg's mayor". */
const PERSON_DESCRIPTION = /^(?:the\s)?(?:[\p{L}-]+(?:['’]s?)?\s){0,3}\p{Ll}[\p{Ll}-]*$/u;
/**
 * People described by what they are to others or to an event, never simply the person named most: "Publicist says",
 * "Victim says", "Witness tells". (Titles and offices, "Finance minister", "Lawyer", and kin are whoever the body gives
 * that title.)
 */
const RELATIONAL = new Set("publicist victim witness defendant suspect survivor plaintiff juror accuser".split(" "));
/** Participles for what befell someone, before a headline's title: "Recalled Ambassador", "Ousted chief". */
const BEFALLEN = new Set("recalled ousted fired sacked jailed indicted retired disgraced accused suspended impeached convicted arrested charged".split(" "));
/** Words before a description that say nothing of which person it is: "Devastated athlete", "Former player". */
const GENERIC_MODIFIERS = new Set("former ex new top senior veteran longtime devastated heartbroken grieving furious embattled defiant tearful local teen young old".split(" "));

/**
 * Gives a headline or subheadline claim whose source is such a description to the body or person the article is
 * about, if any.
 */
export function resolveHeadlineDescriptions(claims: ExtractedClaim[], mentions: Mention[], ents: EntityIndex, text: string): void {
  // (Or a word for a person alone, whatever kind its capitals gave it: "CEO blames …", "Shopkeeper denies …".)
  // (And a description the headline capitalises as a name that the body never names: "Recalled Ambassador", "Company".)
  const inBody = new Set(mentions.filter((m) => m.section === "body").map((m) => m.entityKey));
  const capitalised = (c: ExtractedClaim) => !inBody.has(c.source!.entityKey) && isDescriptionWord(lastWord(c.source!.text).toLowerCase());
  const described = claims.filter((c) => c.section !== "body" && c.source && (ents.kindOf(c.source.entityKey) === "unnamed" || isPersonWord(c.source.text.toLowerCase()) || capitalised(c)));
  // "restaurant group disputes …", "Council inspectors say …": the one body named with the description's first words
  // ("Port Ardin Restaurant Association", "Harrowdale District Council").
  for (const c of described) {
    const body = bodyNamedByModifiers(c.source!.text, ents);
    if (body) credit(c, body, mentions);
  }
  // "The agency says …" in a subheadline: the one body the article's own text calls so ("The agency said in a
  // statement …" of the Environmental Protection Agency), or names with that word at its head.
  for (const c of described) {
    // (Past a word of whose it is, which no name holds: "The private company says …".)
    const m = THE_OWNED_NOUN.exec(c.source!.text);
    if (!m || ents.kindOf(c.source!.entityKey) !== "unnamed") continue;
    const noun = m[1]!.toLowerCase();
    const named = new Set(mentions.filter((x) => x.section === "body" && x.text.toLowerCase() === `the ${noun}` && ents.kindOf(x.entityKey) !== "unnamed").map((x) => x.entityKey));
    // (Else the one body the article names with that word at its head: "Environmental Protection Agency" for "agency".)
    // (A company by its name's legal ending too: "Aquavia Water Co.")
    const heads = (name: string) => nameHead(name) === noun || companyByLegalEnding(noun, name);
    const headed = new Set(mentions.filter((x) => x.section === "body" && BODY_KINDS.has(ents.kindOf(x.entityKey)) && heads(ents.nameOf(x.entityKey))).map((x) => x.entityKey));
    const only = named.size === 1 ? named : named.size === 0 ? headed : new Set<string>();
    if (only.size === 1) credit(c, [...only][0]!, mentions);
  }
  // ("…, study finds": the one journal or body whose study the body cites, "according to a study published … in Marine
  // Ecology Letters".)
  for (const c of described) {
    if (!/^(?:new\s+)?(?:study|research|paper)$/i.test(c.source!.text) || ents.kindOf(c.source!.entityKey) !== "unnamed") continue;
    // (None when the body's own study, the one it calls "the study", is named for no one, whatever background study is
    // named: "Cod stocks have recovered, the study found. … according to a study published last year in …".)
    const cited = claims.filter((d) => d.section === "body" && d.kind === "finding" && d.source && /\b(?:study|paper)$/i.test(d.source.text));
    if (cited.some((d) => /^the\s+(?:[\p{L}-]+\s+)?(?:study|paper)$/iu.test(d.source!.text) && ents.kindOf(d.source!.entityKey) === "unnamed")) continue;
    const studies = new Set(cited.map((d) => d.source!.entityKey).filter((k) => ents.kindOf(k) !== "unnamed"));
    if (studies.size === 1) credit(c, [...studies][0]!, mentions);
  }
  // ("… - report": the one outlet whose reports the body gives; not a report that finds something, "…, Report Finds",
  // which is a document.)
  for (const c of described) {
    if (!/^reports?$/i.test(c.source!.text) || c.kind === "finding") continue;
    const outlets = new Set(claims.filter((d) => d.section === "body" && d.kind === "report" && d.source && ents.kindOf(d.source.entityKey) === "outlet").map((d) => d.source!.entityKey));
    if (outlets.size === 1) credit(c, [...outlets][0]!, mentions);
  }
  const bodies = described.filter((c) => (ents.kindOf(c.source!.entityKey) === "unnamed" || capitalised(c)) && describesABody(c.source!.text));
  // (A company, firm or maker is no public body: "Company says …" is never the regulator named most.)
  const mainBody = bodies.length ? mainSpeaker(claims, mentions, ents, COMPANY_KINDS) : null;
  for (const c of bodies) if (mainBody) credit(c, mainBody, mentions);
  const people = described.filter((c) => (ents.kindOf(c.source!.entityKey) !== "person" || isPersonWord(c.source!.text.toLowerCase()) || capitalised(c)) && describesAPerson(c.source!.text));
  const mainPerson = people.length ? mainSpeaker(claims, mentions, ents, PERSON_KINDS) : null;
  for (const c of people) {
    const { head, modifiers, of } = describedHead(c.source!.text);
    // A title is the one person the body gives it ("a researcher claims …" and "Elif Demir, an independent security
    // researcher,"); a plain description is the person the article is about, unless it is what someone is to others
    // ("Mother of victim says", "Victim says"), the body gives it to another source ("…, whistleblower claims" when
    // "The whistleblower, who …, said" is not the person named most), or the person named most has another title
    // ("Former player says …" of an article quoting the club's manager).
    const plain = !of && !ROLE_HEADS.has(head) && !KIN_NOUNS.has(head) && !RELATIONAL.has(head) && !describesAnotherInBody(head, mainPerson, claims) && !titledOtherwise(mainPerson, head, modifiers, mentions);
    // (A title the body gives no one by name, but only as a description, is the person the article is about when the
    // body gives them an occupation that goes with it or describes them so beside their name: "Recalled Ambassador: …"
    // when the body says "recalled its ambassador" and names "Career diplomat Celia Vantongeren", "owner says …" of
    // "the owner, …, Mr Lim"; not "Lawyer says …" of a body with no lawyer.)
    const untitled = ROLE_HEADS.has(head) && !of && !titledAnyone(head, mentions, ents) && describedSo(head, text) && !describesAnotherInBody(head, mainPerson, claims) && (holdsKinOffice(mainPerson, head, mentions) || describedBeside(head, mainPerson, mentions, text));
    // (A possessive names whose the person is, not a word beside them: "guard" of "Guard's agent".)
    const owners = [...c.source!.text.toLowerCase().matchAll(/([\p{L}-]+)['’]s?\s/gu)].map((x) => x[1]!);
    const who = personTitled(head, modifiers, mentions, ents, text) ?? personSpeakingSo(head, claims, ents) ?? (plain || untitled ? mainPerson : null) ?? (of ? null : personDescribedNear(head, modifiers, owners, claims, mentions, ents, text));
    if (who) credit(c, who, mentions);
  }
}

/**
 * The noun a person's description turns on, before any "of" ("Mother of victim" is a mother), and the words before it
 * that say which one ("union" of "Union leader"; not "his", "former").
 */
function describedHead(text: string): { head: string; modifiers: string[]; of: boolean } {
  const [core = "", ...rest] = text.toLowerCase().split(/\s+of\s+/);
  // (Whose office it is, by a word for any place, says no title: "The state's education chief", "the city's top lawyer";
  // but "State's attorney" is one.)
  // (And a headline's short form is the word in full: "higher ed chief" for "Higher Education Secretary".)
  const words = core.replace(/^(?:the\s+)?(?:state|nation|country|city|county|province|region|town)['’]s\s+(?!attorney\b)/, "").split(/\s+/).map((w) => SHORT_FORMS[w.replace(/['’]s?$/, "")] ?? w.replace(/['’]s?$/, ""));
  // (A participle says what befell them, not which title: "Recalled Ambassador", "Ousted chief"; not "United boss".)
  const modifiers = words.slice(0, -1).filter((w) => !/^(?:the|a|an|his|her|its|their|one)$/.test(w) && !GENERIC_MODIFIERS.has(w) && !BEFALLEN.has(w));
  return { head: words.at(-1) ?? "", modifiers, of: rest.length > 0 };
}

/**
 * The person named most has a title in the body, and it shares nothing with this description ("Manager Tom Reed" for
 * "Former player"; not "Republican state Senate candidate Garrett Hume" for "Nevada Senate hopeful").
 */
function titledOtherwise(key: string | null, head: string, modifiers: readonly string[], mentions: readonly Mention[]): boolean {
  if (!key) return false;
  return mentions.some((m) => {
    if (m.entityKey !== key || !m.role) return false;
    const words = m.role.toLowerCase().split(/[\s,]+/);
    // (A title: an occupation before the name, "Commonwealth champion Kezia Bright", says what, not which office.)
    return words.some((w) => ROLE_HEADS.has(w)) && !words.includes(head) && !modifiers.some((w) => words.includes(w));
  });
}

/** The word a body's name turns on, before any "of": "agency" of "Environmental Protection Agency", "department" of "Department of Labor". */
export function nameHead(name: string): string {
  return name.toLowerCase().split(/\s+of\s+/)[0]!.split(/\s+/).at(-1) ?? "";
}

function isPersonWord(word: string): boolean {
  return ROLE_HEADS.has(word) || KIN_NOUNS.has(word) || DESCRIPTION_KINDS[word]?.includes("person") === true || TITLE_WORDS_OF[word] !== undefined;
}

/** A word for a person or for a body, as a description's last word ("ambassador", "company", "AG"). */
function isDescriptionWord(word: string): boolean {
  return isPersonWord(word) || BODY_DESCRIPTIONS.has(word);
}

/** Whether the text uses `noun` as a description of someone, after "its", "the", "their" or "our" ("recalled its ambassador", "the exchange's founder"). */
function describedSo(noun: string, text: string): boolean {
  return new RegExp(String.raw`\b(?:its|the|their|our)\s+(?:[\p{Ll}-]+(?:['’]s)?\s+)?${noun}\b`, "u").test(text);
}

/** Whether a sentence naming the person also describes someone so: "But the owner, …, who gave his name only as Mr Lim, …". */
function describedBeside(noun: string, key: string | null, mentions: readonly Mention[], text: string): boolean {
  return mentions.some((m) => {
    if (m.entityKey !== key || m.section !== "body") return false;
    // (A line break ends the sentence too: not the subheadline above the body's first line.)
    const from = Math.max(0, text.lastIndexOf(". ", m.start) + 1, text.lastIndexOf("\n", m.start) + 1);
    const ends = [text.indexOf(". ", m.end), text.indexOf("\n", m.end)].filter((i) => i >= 0);
    return describedSo(noun, text.slice(from, ends.length ? Math.min(...ends) : text.length));
  });
}

/** Whether the body gives the person an occupation that goes with the title `noun` ("Career diplomat" for "Ambassador"). */
function holdsKinOffice(key: string | null, noun: string, mentions: readonly Mention[]): boolean {
  const kin = KIN_TITLES[noun] ?? [];
  return mentions.some((m) => m.entityKey === key && m.role !== null && m.role !== undefined && m.role.toLowerCase().split(/[\s,]+/).some((w) => kin.includes(w)));
}
/** Occupations a title's holder has by it: an ambassador is a diplomat. */
const KIN_TITLES = wordTable<readonly string[]>({ ambassador: ["diplomat", "envoy"], envoy: ["diplomat", "ambassador"] });

/** Whether the body gives anyone a title holding `noun` ("ambassador"), now or before. */
function titledAnyone(noun: string, mentions: readonly Mention[], ents: EntityIndex): boolean {
  const titles = TITLE_WORDS_OF[noun] ?? [noun];
  return mentions.some((m) => m.section === "body" && m.role && ents.kindOf(m.entityKey) === "person" && titles.some((t) => m.role!.toLowerCase().includes(t)));
}

/**
 * The one body (organisation or institution) whose name holds every word of the description but its last, in any
 * case: "restaurant group" → "Port Ardin Restaurant Association", "Council inspectors" → "Harrowdale District
 * Council". null for a description of one word or of one person, or when none or several bodies are named so.
 */
function bodyNamedByModifiers(text: string, ents: EntityIndex): string | null {
  // Only a word for a body or for its staff ("group", "inspectors"): not one person of it ("The board's chair says",
  // "Vaultix founder blames"), nor people at large ("Health experts warn", "Local residents say").
  const head = lastWord(text).toLowerCase();
  const bodyWord = BODY_DESCRIPTIONS.has(head) || DESCRIPTION_KINDS[head]?.some((k) => k !== "person") === true;
  // (A plural's possessive is a name's word, "Prison officers’ union"; a singular's is someone's, "The board's chair".)
  if (/['’](?!\s|$)|[^s]['’]/.test(text) || !(bodyWord || STAFF_PLURALS.has(head))) return null;
  const words = withoutApostrophes(text).split(/\s+/);
  const modifiers = words.slice(0, -1).filter((w) => !/^(?:the|a|an|his|her|its|their)$/.test(w));
  if (!modifiers.length || modifiers.some((w) => w.length < 4)) return null;
  // (Or a name read as an outlet's: "press group" of the "Press Freedom Observatory".)
  const bodies = ents.entities.filter((e) => e.kind === "organization" || e.kind === "institution" || (e.kind === "outlet" && BODY_IN_NAME.test(e.name)));
  const namedWith = (required: readonly string[]) => bodies.filter((e) => required.every((w) => withoutApostrophes(e.name).split(/\s+/).includes(w)));
  // (A jurisdiction is often left out of the name: "State health officials" of "the state Department of Health".)
  const named = namedWith(modifiers);
  const specific = modifiers.filter((w) => !JURISDICTIONS.has(w));
  const found = named.length || !specific.length || specific.length === modifiers.length ? named : namedWith(specific);
  return found.length === 1 ? found[0]!.key : null;
}


function withoutApostrophes(name: string): string {
  return name.toLowerCase().replace(/['’]/g, "");
}

/** Words of a deputy's title: "vice", "deputy". */
const DEPUTY_WORDS = "vice|deputy|assistant|associate|under";
/** A military rank ending the words before a name, in lower case: "adm. ". */
const RANK_BEFORE_NAME = new RegExp(String.raw`\b(?:${MILITARY_RANKS.toLowerCase()})\.\s*$`);
const DEPUTIES = new RegExp(`^(?:${DEPUTY_WORDS})$`);
/** Words that make a name read as an outlet's a body's too: "Press Freedom Observatory" (not "Associated Press"). */
const BODY_IN_NAME = /\b(?:Observatory|Institute|Committee|Federation|Union|Association|Council|Foundation|Group|Alliance|Coalition|Society|Watch|Centre|Center|Forum|Project|Initiative)\b/;
/** Plurals for the staff of a body, who speak for it in a headline: "Council inspectors say". */
const STAFF_PLURALS = new Set("inspectors officials officers staff investigators spokesmen auditors regulators".split(" "));

/** Gives claim c to the entity `key`, with the description's mention inside the claim. */
export function credit(c: ExtractedClaim, key: string, mentions: Mention[]): void {
  const described = c.source!.entityKey;
  c.source = { entityKey: key, text: c.source!.text, role: null };
  for (const m of mentions) if (m.entityKey === described && m.start >= c.start && m.end <= c.end) m.entityKey = key;
}

/**
 * Headline words for whoever runs something, and the words of the titles the body may give them ("CEO" for "Chief
 * Executive Owen Halvorsen", "museum chief" for "the museum’s director", "airline boss" for "its chief operating officer").
 */
const HEAD_OF_WORDS = ["ceo", "chief", "executive", "boss", "head", "director", "chairman", "chairwoman", "chair", "president"];
/** Words for a member of a legislature, as a headline's "lawmaker" stands for them ("Rep. Tom Beal"). */
const LEGISLATOR_TITLES = ["lawmaker", "legislator", "senator", "sen.", "representative", "rep.", "congressman", "congresswoman", "assemblyman", "assemblywoman", "delegate"];
/** The titles a body may give whoever runs it ("FEMA Administrator", "Secret Service Director"), as "boss" stands for them. */
export const TITLES_OF_WHOEVER_RUNS: readonly string[] = [...HEAD_OF_WORDS, "administrator", "commissioner", "commandant"];
const TITLE_WORDS_OF = wordTable<readonly string[]>({
  ceo: ["ceo", "chief executive"],
  boss: TITLES_OF_WHOEVER_RUNS,
  chief: TITLES_OF_WHOEVER_RUNS,
  ag: ["attorney general"],
  head: HEAD_OF_WORDS,
  leader: [...HEAD_OF_WORDS, "leader"],
  lawmaker: LEGISLATOR_TITLES,
  legislator: LEGISLATOR_TITLES,
  senator: ["senator", "sen."],
  governor: ["governor", "gov."],
  representative: ["representative", "rep."],
  envoy: ["envoy", "ambassador"],
});
/** The words of the titles the body may give someone a headline's word describes ("senator": "senator", "sen."). */
export function titleWordsOf(noun: string): readonly string[] {
  return TITLE_WORDS_OF[noun] ?? [noun];
}
/** Words of a description that name a party, checked against the party the body gives the person. */
export const PARTY_MODIFIERS = wordTable<"D" | "R">({ gop: "R", republican: "R", democratic: "D", democrat: "D" });

/** Headline words for a head that may be a cabinet secretary or minister, when no head of a body is named so. */
const CABINET_HEAD_WORDS = new Set(["chief", "boss", "head"]);
/** Words a headline cuts short, in full. */
const SHORT_FORMS = wordTable<string>({ ed: "education", transpo: "transportation", econ: "economic" });

/**
 * The one person the body gives a role holding `noun` ("an independent security researcher"), if only one; the
 * description's other words must be in that role too ("Union leader" is no "Health Secretary"), but for a word for a
 * body when the role names one ("airline boss" and "Skylane’s chief operating officer"). Failing a head of a body, a
 * headline's "chief", "boss" or "head" may be a cabinet secretary or minister.
 */
export function personTitled(noun: string, modifiers: readonly string[], mentions: readonly Mention[], ents: EntityIndex, text: string): string | null {
  const found = personWithTitle(TITLE_WORDS_OF[noun] ?? [noun], modifiers, mentions, ents, text);
  // (Failing those, a cabinet head: "Commerce chief" for "Commerce Secretary Warren Oakes", "Health boss" for a minister.)
  return found ?? (CABINET_HEAD_WORDS.has(noun) ? personWithTitle(["secretary", "minister"], modifiers, mentions, ents, text) : null);
}

/** The one person the body gives a role holding one of `titles`, with the description's other words (see personTitled). */
function personWithTitle(titles: readonly string[], modifiers: readonly string[], mentions: readonly Mention[], ents: EntityIndex, text: string): string | null {
  // ("GOP lawmaker": a party the body gives the person, "R-Texas" or "a Republican", not a word of the role.)
  const party = modifiers.map((w) => PARTY_MODIFIERS[w]).find((p) => p !== undefined);
  const others = modifiers.filter((w) => PARTY_MODIFIERS[w] === undefined);
  // (Not a title held before: "Former CBK Governor Patrick Njoroge"; but "Mayor, a former public defender" is mayor.)
  const formerly = new Map(titles.map((t) => [t, new RegExp(String.raw`\b(?:former|ex-|then-)\s*(?:\S+\s+){0,4}${t.replace(/\./g, "\\.")}(?!\w)`)]));
  const holds = (m: Mention) => {
    const role = m.role!.toLowerCase();
    // (The words right before the name count as the role's: "union president Lorena Bakshi" is recorded as "president".)
    const before = text.slice(Math.max(0, m.start - 30), m.start).toLowerCase();
    // (Past a rank after the title: "Former Coast Guard Commandant Adm. Tom Reed".)
    const unranked = text.slice(Math.max(0, m.start - 50), m.start).toLowerCase().replace(RANK_BEFORE_NAME, "");
    const heldBefore = (t: string) => formerly.get(t)!.test(`${unranked.slice(-(t.length + 30))} ${role}`);
    const words = `${before} ${role}`.split(/[\s,]+/).map((w) => w.replace(/['’]s?$/, ""));
    const namesABody = /['’]s?\s|\s(?:of|at|for)\s/.test(role);
    const fits = (w: string) => words.includes(w) || (namesABody && (BODY_DESCRIPTIONS.has(w) || DESCRIPTION_KINDS[w]?.some((k) => k !== "person") === true));
    // (Of that party, or of none the article gives.)
    const given = partyGiven(m.role!);
    const ofParty = !party || given === null || given === party;
    // (Nor a deputy's: "Coast Guard Deputy Commandant Vice Adm. Tom Reed" is no "Coast Guard chief".)
    const deputy = (t: string) => new RegExp(String.raw`\b(?:deputy|vice|assistant|acting|associate)[\s-]+${t.replace(/\./g, "\\.")}(?!\w)`).test(role);
    return titles.some((t) => (t.includes(" ") ? role.includes(t) : role.split(/[\s,]+/).includes(t)) && !heldBefore(t) && !deputy(t)) && others.every(fits) && ofParty;
  };
  const titled = new Set(mentions.filter((m) => m.section === "body" && m.role && ents.kindOf(m.entityKey) === "person" && holds(m)).map((m) => m.entityKey));
  return titled.size === 1 ? [...titled][0]! : null;
}

/**
 * The one person who speaks in the body and whose name the body sets beside the description's word, in the words
 * around a mention: "Thabo Ramaphakela has coached Tshwane Rovers" for "Rovers coach", "founder and chief executive Ravi
 * Koenig" for "Vaultix founder", "Sudan's ambassador, Kamal Eldin Taha" for "Sudan's envoy". Every other word of the
 * description must be in the article, and, when several people are described so, beside only one of them.
 */
function personDescribedNear(noun: string, modifiers: readonly string[], owners: readonly string[], claims: readonly ExtractedClaim[], mentions: readonly Mention[], ents: EntityIndex, text: string): string | null {
  if (RELATIONAL.has(noun) || KIN_NOUNS.has(noun)) return null;
  const titles = TITLE_WORDS_OF[noun] ?? [noun];
  // (Not a deputy's title: "a former vice president of the club" is no "Former club president"; unless the headline's is.)
  const deputy = modifiers.some((w) => DEPUTIES.test(w)) ? "" : String.raw`(?<!\b(?:${DEPUTY_WORDS})[\s-])`;
  // (Nor one held before: "Former Coast Guard Commandant Adm. Tom Reed".)
  const former = modifiers.includes("former") ? "" : String.raw`(?<!\b(?:former|ex)[\s-](?:\S+\s){0,3})`;
  const titled = new RegExp(String.raw`(?<![\p{L}-])${deputy}${former}(?:${titles.map((t) => t.replace(/\./g, "\\.")).join("|")})(?:s|es|ed)?(?![\p{L}-])`, "iu");
  const bodyClaims = claims.filter((c) => c.section === "body");
  const body = text.slice(bodyClaims[0]?.start ?? text.length);
  const lower = body.toLowerCase();
  if (!modifiers.every((w) => new RegExp(String.raw`(?<!\p{L})${escapeRegExp(w)}`, "u").test(lower))) return null;
  const speakers = new Set(bodyClaims.filter((c) => c.source && ents.kindOf(c.source.entityKey) === "person").map((c) => c.source!.entityKey));
  const near = new Map<string, string>();
  for (const m of mentions) {
    if (m.section !== "body" || !speakers.has(m.entityKey)) continue;
    const around = wordsAround(text, m.start, m.end);
    const title = titled.exec(around);
    // (Not a title another name goes with: "Inverallan boss Paul Corrigan" is no "Strathkelvin boss".)
    // (A party or a nationality is no owner: "Democratic Gov. Lena Okafor-Reyes" is "Arizona governor".)
    const owner = title && /(\p{Lu}[\p{L}’'-]*)\s+$/u.exec(around.slice(0, title.index))?.[1];
    const owned = owner && !CAP_ADJECTIVES.has(owner.toLowerCase()) && !DEMONYMS.has(owner.toLowerCase()) && !/^(?:His|Her|Their|Its|Our|My)$/.test(owner);
    if (!title || (owned && modifiers.length > 0 && !modifiers.includes(owner.toLowerCase().replace(/['’]s?$/, "")))) continue;
    // (Nor one of another place after the name: "Republican Gov. Greg Hollis of Texas" is no "Arizona governor".)
    const of = /^\s+of\s+(\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*)?)/u.exec(text.slice(m.end, m.end + 40));
    const ofStart = of ? m.end + of[0].length - of[1]!.length : -1;
    const place = of && (PLACES.has(of[1]!.toLowerCase()) || mentions.some((x) => x.start === ofStart && ents.kindOf(x.entityKey) === "place"));
    if (place && modifiers.length > 0 && !modifiers.includes(of[1]!.toLowerCase())) continue;
    near.set(m.entityKey, `${near.get(m.entityKey) ?? ""} ${around.toLowerCase()}`);
  }
  // (A word the article writes in lower case must be beside the person, "union" of "Union boss"; a name need not be,
  // "Vaultix" of "Vaultix founder".)
  const common = modifiers.filter((w) => !owners.includes(w) && new RegExp(String.raw`(?<!\p{L})${escapeRegExp(w)}(?!\p{L})`, "u").test(body));
  const fits = (around: string, words: readonly string[]) => words.every((w) => around.includes(w));
  const fitting = near.size === 1 ? [...near].filter(([, around]) => fits(around, common)) : [...near].filter(([, around]) => modifiers.length > 0 && fits(around, modifiers));
  // (Nor when the body gives the word to a speaker not found to be anyone: "His current agent said" beside Luis Costa.)
  return fitting.length === 1 && !describesAnotherInBody(noun, fitting[0]![0], claims) ? fitting[0]![0] : null;
}

/** The few words either side of a mention, within its sentence (a stop or a line break ends it). */
function wordsAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 80);
  // (Not an abbreviation's stop, a title's most often: "Democratic Gov. Lena Okafor-Reyes".)
  const stops = [...before.matchAll(/(\p{L}*)\.\s|\n/gu)].filter((m) => !m[1] || !/^\p{Lu}/u.test(m[1]) || !ABBREV_NO_BREAK.has(m[1].toLowerCase()));
  const last = stops.at(-1);
  const from = last ? last.index + (last[1]?.length ?? 0) + 1 : 0;
  const stop = /\.\s|\n/.exec(after);
  return `${before.slice(from)} ${after.slice(0, stop ? stop.index : after.length)}`;
}

function describesAnotherInBody(noun: string, main: string | null, claims: readonly ExtractedClaim[]): boolean {
  return claims.some((c) => c.section === "body" && c.source && c.source.entityKey !== main && lastWord(c.source.text).toLowerCase() === noun);
}

/** The one person the body's own "the agent added" (by the description's noun) was found to be, if one: "Agent claims …". */
function personSpeakingSo(noun: string, claims: readonly ExtractedClaim[], ents: EntityIndex): string | null {
  const said = claims.filter((c) => c.section === "body" && c.source && c.source.text.toLowerCase() === `the ${noun}`);
  // (Nor when the body gives the word to someone else too: "His current agent said …" beside "the agent said".)
  const others = claims.some((c) => c.section === "body" && c.source && lastWord(c.source.text).toLowerCase() === noun && c.source.text.toLowerCase() !== `the ${noun}`);
  if (others) return null;
  const who = new Set(said.map((c) => c.source!.entityKey));
  const one = who.size === 1 ? [...who][0]! : null;
  return one && ents.kindOf(one) === "person" ? one : null;
}

/** Kinds of entity a headline's or a lede's description of a body may turn out to be (a name of no known kind too). */
export const BODY_KINDS: ReadonlySet<string> = new Set(["organization", "institution", "other"]);
const PERSON_KINDS = new Set(["person"]);
const COMPANY_KINDS = new Set(["organization", "other"]);

function describesABody(text: string): boolean {
  return BARE_DESCRIPTION.test(text) && BODY_DESCRIPTIONS.has(lastWord(text).toLowerCase());
}

function describesAPerson(text: string): boolean {
  return PERSON_DESCRIPTION.test(text.toLowerCase()) && isPersonWord(lastWord(text).toLowerCase());
}

function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(" ") + 1);
}

/**
 * The body or person the article is about: of the entities of those kinds (organisations and names of no known kind,
 * or people) that speak in the body, the one it names most often, at least twice and more often than any other.
 */
function mainSpeaker(claims: readonly ExtractedClaim[], mentions: readonly Mention[], ents: EntityIndex, kinds: ReadonlySet<string>): string | null {
  const speakers = new Set(claims.filter((c) => c.section === "body" && c.source).map((c) => c.source!.entityKey));
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.section === "body" && speakers.has(m.entityKey) && kinds.has(ents.kindOf(m.entityKey))) {
      counts.set(m.entityKey, (counts.get(m.entityKey) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : null;
}
