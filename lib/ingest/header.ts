// The article header: headline, dek (standfirst), byline. Works on the units left after furniture and date
// lines have been recognised, so it only has to tell headline, dek, byline and body apart.
import { parseDateLine, type DateMention } from "./dates";
import { foldText } from "./normalize";

// Words that end or belong to an affiliation or job title, never to a person's name.
const ROLE_WORDS = new Set(
  "staff writer writers reporter reporters correspondent correspondents editor editors contributor contributors contributing columnist senior chief political producer analyst associated press reuters afp news times post journal agency wire service desk team bureau the daily weekly magazine media network online digital report".split(
    " ",
  ),
);
// Capitalised words that make a short line a section label or UI text rather than a name.
const NOT_NAME_WORDS = new Set(
  "news live updates update breaking analysis opinion video videos photos photo exclusive world politics business sports story stories check more latest top editorial review podcast watch read share home menu search subscribe comments related trending popular advertisement image lead article sponsored follow newsletter sign login tags topics national security health science technology tech entertainment culture lifestyle travel money markets economy weather local us u.s. uk today yesterday monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december league championship cup football soccer rugby cricket club party union council committee university college association federation ministry department government".split(
    " ",
  ),
);
const PARTICLES = new Set("van von de del della der den da di du la le dos das bin ibn al el ter ten y e".split(" "));
const SUFFIXES = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);
const NAME_TOKEN_RE = /^(?:\p{Lu}[\p{L}'’-]*\.?|(?:\p{Lu}\.)+)$/u;

function titleCaseIfShouting(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function isPersonName(part: string): boolean {
  const tokens = part.split(/\s+/).filter(Boolean);
  const core = tokens.filter((t) => !PARTICLES.has(t) && !SUFFIXES.has(t.toLowerCase()));
  if (core.length < 2 || core.length > 4 || tokens.length > 6) return false;
  const first = tokens[0] ?? "";
  const last = tokens[tokens.length - 1] ?? "";
  if (PARTICLES.has(first) || PARTICLES.has(last)) return false;
  return tokens.every((t) => {
    const lower = t.toLowerCase().replace(/[.’']+$/, "");
    if (NOT_NAME_WORDS.has(lower) || ROLE_WORDS.has(lower)) return false;
    return PARTICLES.has(t) || SUFFIXES.has(t.toLowerCase()) || NAME_TOKEN_RE.test(t);
  });
}

function isAffiliation(part: string): boolean {
  return part
    .split(/\s+/)
    .some((t) => ROLE_WORDS.has(t.toLowerCase().replace(/[.,]+$/, "")));
}

/** A writer's beat: "Health", "Technology", "Home Affairs". */
const BEAT_WORDS = new Set(
  "health technology tech science business economics economy education environment climate crime legal home affairs foreign diplomatic defence defense sport sports arts culture media transport security politics political consumer money property travel markets finance financial companies industry energy agriculture courts investigations".split(
    " ",
  ),
);
const JOB_NOUNS = "correspondent|reporter|editor|writer|columnist|producer|contributor";
/** A job's noun ending a line: "… correspondent", "Staff Writers". */
const JOB_AT_END_RE = new RegExp(`(?:${JOB_NOUNS}|writers|reporters|editors)$`, "i");
/** " Health correspondent", " Senior political reporter": a job after a byline's name, with its beat. */
const JOB_AFTER_NAME_RE = new RegExp(`\\s+(?:(?:senior|chief|deputy|${[...BEAT_WORDS].join("|")})\\s+){0,3}(?:${JOB_NOUNS})$`, "i");
/**
 * "Ann Holt Prairie bureau chief Regina", "Tom Reed Senior political reporter Ottawa": a writer's name (group 1), their
 * job with its noun in lower case (the region or rank before it capitalised), then the city they file from.
 */
const JOB_AND_PLACE_AFTER_NAME_RE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}?)\s(?:\p{Lu}\p{Ll}+\s){0,2}(?:\p{Ll}+\s){0,2}(?:bureau chief|${JOB_NOUNS})(?:\s\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)?$`,
  "u",
);
/**
 * ", a senior reporter covering enterprise software.": what the writer is, after a comma closing a "By" line (no comma
 * after it, as a sentence going on would have).
 */
const BYLINE_APPOSITIVE_RE = new RegExp(String.raw`,\s(?:an?|the|our)\s(?:[\p{L}-]+\s){0,3}(?:${JOB_NOUNS})(?:\s(?:covering|who covers|based in|for|at|with|on)\b[^"“”|•·,;]{0,100})?\.?$`, "u");
/** " in Maputo" before " and Ann Holt in London": where each of two writers files from (the last one's goes later). */
const PLACE_BEFORE_CO_WRITER_RE = /\s+(?:in|at)\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}(?=\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,3}\s+(?:in|at)\s+\p{Lu})/gu;

/** A byline that names no one: "Special Correspondent", "Staff Reporter", "Our Bureau", "Express News Service". */
const STAFF_BYLINE_RE = /^(?:(?:Special|Staff|Our|Own|Senior|Chief|Principal|Legal|Political|Diplomatic|Sports|Business|City|Metro|Web|News)\s+)?(?:Correspondent|Reporter|Writer|Bureau|Desk|Staff)(?:,\s*\p{Lu}[\p{L} .]{1,30})?$|^(?:\p{Lu}\p{L}+\s+)?News\s+Service$/u;
/** An outlet's name alone: "Continental Press", "The Associated Press", "Reuters News Service", "Local Democracy Reporting". */
// (A paper's name too, by its last word: "The Elmbrook Sentinel", "Harbour Gazette"; or the writer's tie to it, "Special
// to The Harbor Post", "Associated with the National Press Wire".)
const OUTLET_LINE_RE = /^(?:(?:Special to|Associated with|Writing for|Reporting for) (?:the\s)?)?(?:The\s)?(?:\p{Lu}[\p{L}&'’.-]*\s){0,3}(?:Press(?:\sAssociation)?|News|Newswire|Wire|Agency|Media|Service|Bureau|Desk|Reporting|Sentinel|Times|Post|Herald|Tribune|Gazette|Courier|Chronicle|Journal|Observer|Examiner|Advertiser|Register|Telegraph|Ledger|Dispatch|Inquirer|Bulletin|Monitor|Standard|Mirror|Radio)$/u;
/**
 * An outlet's name printed as the byline, its last word or two saying it is a newsroom: "Beacon News Digital", "Harbor
 * Press Online", "Meridian Media Network" (a name before the newsroom's word, not "Breaking News").
 */
const OUTLET_BYLINE_RE = /^(?:The\s)?(?!Breaking\s|Latest\s|Fake\s|Top\s|Good\s|Bad\s)\p{Lu}[\p{L}&'’.-]*(?:\s\p{Lu}[\p{L}&'’.-]*){0,2}\s(?:News|Press|Media|Newswire|Wire)(?:\s(?:Digital|Online|Network|Service|Group|Desk))?$/u;
/** A brand in one word with a capital inside: "FactLens", "PolitiFact". */
const CAMEL_BRAND_RE = /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u;
/** A kicker in capitals, a word or three with no digits: "SKIN DEEP", "WORLD EXCLUSIVE". */
// (No word that may be a verb, "MAYOR RESIGNS", "TALKS COLLAPSED": a headline in capitals over its dek.)
const KICKER_RE = /^(?=.{3,25}$)(?!.*(?:S|ED)\b)\p{Lu}[\p{Lu}'’&-]*(?: \p{Lu}[\p{Lu}'’&-]*){0,2}$/u;
/**
 * A story's label on its own line above the byline: "Exclusive", "Interview" (furniture.ts already takes "Analysis",
 * "Breaking", "Opinion" and "Live" for the page's labels wherever they stand).
 */
const STORY_LABEL_RE = /^(?:Exclusive|EXCLUSIVE|Explainer|Interview)$/;
/** A region or topic label, one or two capitalised words alone on a line: "Germany", "Middle East". */
const LABEL_LINE_RE = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?$/u;
/** A place in capitals alone on its line: "WASHINGTON", "SAN JUAN". */
const PLACE_ALONE_RE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{2,30}$/u;
/**
 * A masthead or kicker in capitals above the byline: "THE BALLOT BRIEF", "EXCLUSIVE"; or a kicker's sections, parted by a
 * dot or a slash: "ALERTS · MIDDLE EAST & NORTH AFRICA", "ESPORTS / CHESS".
 */
const MASTHEAD_RE = /^(?=[^\p{Ll}]{2,40}$)\p{Lu}[\p{Lu}\d&'’.-]*(?:\s(?:[·•/›»]\s)?[\p{Lu}\d&'’.-]+){0,5}$/u;

/**
 * A short line naming the writer's job only: "Staff Writer", "Science Editor", "Technology reporter, PBC News" (the
 * outlet after a comma), "North of England correspondent".
 */
function isJobLine(line: string): boolean {
  const [job = "", outlet] = line.split(/,\s+/);
  const words = job.split(/\s+/);
  // (A place may be the beat: "North of England correspondent", "Middle East editor".)
  const beat = (w: string) => ROLE_WORDS.has(w.toLowerCase()) || BEAT_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w) || w === "of";
  const jobWords = line.length <= 60 && words.length <= 5 && words.every(beat);
  return jobWords && JOB_AT_END_RE.test(job) && (outlet === undefined || /^(?:\p{Lu}[\p{L}\d&'’.-]*\s?){1,4}$/u.test(outlet));
}

/** ", Industrial and Labour Reporter", ", Health & Science Editor": a job whose beat names two things, after a comma. */
const JOB_OF_TWO_BEATS_RE = /,\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:and|&)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Ww]riter|[Cc]olumnist|[Pp]roducer|[Cc]ontributor)$/u;

/** "/Staff Reporter", "/Gleaner Writer": a writer's job after their name and a slash with no spaces. */
const JOB_AFTER_SLASH_RE = /\/(?:\p{Lu}[\p{L}'’-]*\s){0,2}(?:Reporter|Writer|Correspondent|Contributor|Editor|Journalist)$/u;
/** "Andre McFarlane/Staff Reporter": a writer's name and job, which a credit's "photographer/outlet" would take for one. */
export function isWriterSlashJob(line: string): boolean {
  return JOB_AFTER_SLASH_RE.test(line) && parseBareByline(line) !== null;
}

/** "Jane Doe, John Roe and Ann Poe" -> parts; a lone suffix ("Jr.") is glued back to the name before it. */
function splitNames(list: string): string[] {
  const parts: string[] = [];
  for (const raw of list.split(/\s*[,;&]\s*|\s+and\s+/i)) {
    const part = raw.trim();
    if (!part) continue;
    if (SUFFIXES.has(part.toLowerCase()) && parts.length) parts[parts.length - 1] += `, ${part}`;
    else parts.push(part);
  }
  return parts;
}

export interface Byline {
  authors: string[];
  /** Dates printed on the byline line itself ("By Jane Doe | Feb 14, 2017"). */
  dates: DateMention[];
}

/** Words that credit a writer before "by": "Words by", "Interview by", "Analysis by". */
const CREDIT_WORDS = "Posted|Written|Reported|Words|Analysis|Interview|Interviews|Commentary|Story|Text|Reporting|Report";
// "By Jane Doe", "by Jane Doe", "Posted by Jane Doe | Oct. 9, 2024".
const BY_RE = new RegExp(String.raw`^(?:(?:${CREDIT_WORDS})\s+by|By|BY|by):?\s+(\S.*)$`, "u");
// No sentence punctuation in a byline, apart from initials ("Michael T. Flynn") and a trailing "Jr.".
const SENTENCE_PUNCT_RE = /[!?:;"“”()]|\p{Ll}{2,}\.(?:\s|$)/u;

/** Splits "Jane Doe | Feb 14, 2017" at the earliest point where the rest is a date line. */
function splitOffDates(text: string): { names: string; dates: DateMention[] } {
  for (let i = 1; i < text.length; i++) {
    if (!/[\s|•·,—–-]/.test(text[i - 1] ?? "") || /[\s|•·,—–-]/.test(text[i] ?? "")) continue;
    const dates = parseDateLine(text.slice(i));
    if (dates) return { names: text.slice(0, i).replace(/[\s|•·,—–/-]+$/, ""), dates };
    // "By Jane Doe on Feb 14, 2017": an "on"/"at" before the stamp is part of the separator.
    const on = /^(?:on|at)\s+/i.exec(text.slice(i));
    if (on) {
      const dates2 = parseDateLine(text.slice(i + on[0].length));
      if (dates2) return { names: text.slice(0, i).replace(/[\s|•·,—–/-]+$/, ""), dates: dates2 };
    }
  }
  return { names: text, dates: [] };
}

// An outlet name in capitals ("CNN", "NBC News") after the author's name is an affiliation.
const OUTLET_ACRONYM_RE = /^\p{Lu}{2,6}\b/u;

const OUTLET_BRAND_RE = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*|\d+)[\p{L}\d]*$/u;

function authorsFrom(names: string, explicitBy: boolean): string[] | null {
  // An affiliation after a bar, a dash or a spaced slash goes: "Jane Doe | Staff Writer", "Jane Doe — The Hill", "Jane
  // Doe / BTN";
  // so does a dateline place: "Jane Doe in Washington", "Joe Feeney at Dunmore Park".
  // (So do the writer's e-mail address and "with agencies": "By Dana Whitcomb dwhitcomb@courier.com", "By Lucía Ferrer
  // with agencies".)
  // (A live blog's shifts go too: "Ana Ruiz (now) and Tom Holt (earlier)".)
  const main = (names.replace(/\s\((?:now|earlier|later|previously)\)/g, "").split(/\s*[|•·—–]\s*|\s+[-/]\s+/)[0] ?? "")
    // ("By Han So-yeon (soyeon.han@ledger.example)": the address in brackets too.)
    .replace(/\s+(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\([\w.+-]+@[\w-]+(?:\.[\w-]+)+\))$/u, "")
    // ("By Ann Holt (Harbor Public Radio)": the writer's outlet in brackets, capitalised names only.)
    .replace(/\s+\((?:The\s)?\p{Lu}[\p{L}\d&'’.-]*(?:\s(?:\p{Lu}[\p{L}\d&'’.-]*|of|and|&)){0,5}\)$/u, "")
    // ("By Ann Holt, Industrial and Labour Reporter": a job of two beats after a comma, which the names' "and" would split.)
    .replace(JOB_OF_TWO_BEATS_RE, "")
    // ("Andre McFarlane/Staff Reporter": the writer's job after a slash with no spaces.)
    .replace(JOB_AFTER_SLASH_RE, "")
    .replace(/\s+(?:with|and)\s+(?:agencies|wires|wire\s+services|staff|news\s+agencies)$/u, "")
    // ("By Ann Holt, a senior reporter covering health.")
    .replace(BYLINE_APPOSITIVE_RE, "")
    // ("Ann Holt in Maputo and Tom Reed in London": each writer's place.)
    .replace(PLACE_BEFORE_CO_WRITER_RE, "")
    .replace(/\s+(?:in|at)\s+\p{Lu}[\p{L}.'’ -]{0,40}$/u, "")
    .trim();
  if (!main || main.length > 120 || SENTENCE_PUNCT_RE.test(main)) return null;
  const parts = splitNames(main);
  const people = parts.filter(isPersonName);
  // ("By Marcus Bell, NewsNet24": one word with a capital or a digit inside it is an outlet's brand.)
  // ("By Adewale Ogunbiyi, Ibadan": after an explicit "By", one word after the last name is where the writer files from.)
  const isAffiliationPart = (p: string, i: number) =>
    isAffiliation(p) || (i > 0 && OUTLET_ACRONYM_RE.test(p) && p.split(/\s+/).length <= 3) || (i > 0 && OUTLET_BRAND_RE.test(p)) ||
    (explicitBy && i > 0 && i === parts.length - 1 && /^\p{Lu}\p{Ll}+$/u.test(p));
  if (people.length && parts.every((p, i) => isPersonName(p) || isAffiliationPart(p, i))) {
    return people.map(titleCaseIfShouting);
  }
  // "By The Associated Press", "By Reuters": an organisation byline, accepted only after an explicit "By".
  // ("Posted by KTVR 7 News Staff": a station's name may hold its channel number.)
  if (explicitBy && parts.length === 1 && /^\p{Lu}[\p{L}'’.&-]*(?:\s+[\p{Lu}\d][\p{L}\d'’.&-]*){0,5}\s*$/u.test(main)) return [main];
  return null;
}

/** A "By ..." line -> authors (and any dates on it); null when the line is something else. */
export function parseByLine(line: string): Byline | null {
  if (line.length > 160) return null;
  const m = BY_RE.exec(line);
  if (!m) return null;
  const { names, dates } = splitOffDates(m[1] ?? "");
  // (After a lower-case "by" only people's names: "by Brett Calloway", never "by Reuters"-like words of a sentence.)
  const authors = authorsFrom(names, !line.startsWith("by"));
  return authors ? { authors, dates } : null;
}

/** "From Adewale Ogunbiyi, Port Harcourt": a byline with "From", the writer's name and the place they file from (required). */
/** First words of a place's name or a newsroom's label, which open no writer's name. */
const NOT_A_WRITER_OPENING = /^(?:Our|Staff|Port|Fort|San|Santa|Saint|St\.?|Mount|New|North|South|East|West|Lake|Cape|Los|Las|El|La|Rio|Puerto|Porto)\s/;
const FROM_BYLINE_RE = /^From\s(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3}),\s\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}$/u;

/** A name of three or four words and a place, as a byline right under the headline may be: "Tahmina Akter Chowdhury, Chattogram". */
const DEK_SLOT_BYLINE_RE = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){2,3},\s(?!Again$)\p{Lu}\p{Ll}+(?<!ly)$/u;
/** A name of two to four words, then one capitalised word after a comma: "Tahmina Akter Chowdhury, Chattogram". */
const NAME_THEN_PLACE_RE = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3},\s\p{Lu}\p{Ll}+$/u;

/** "Author ", "Authors: ": the label of a header's byline without "By" (a capitalised name after it). */
const AUTHOR_LABEL_RE = /^(?:Authors?|AUTHORS?)(?:\s*:\s*|\s+)(?=\p{Lu})/u;

/** A line that is only a person's name (or several), as bylines print without "By". Header use only. */
export function parseBareByline(line: string, placeAfter = false): Byline | null {
  if (line.length > 160) return null;
  // ("Author Hannah Szymanski", "Authors: Ann Holt and Tom Reed": the writer's name under its label, as a broadcaster's
  // site prints it in the header; names only after it.)
  const labelled = AUTHOR_LABEL_RE.exec(line);
  if (labelled) {
    const authors = authorsFrom(line.slice(labelled[0].length), false);
    return authors ? { authors, dates: [] } : null;
  }
  const from = FROM_BYLINE_RE.exec(line);
  // (Not a place, "From Port Harcourt, Rivers State", nor a newsroom's "From Our Correspondent".)
  if (from && !NOT_A_WRITER_OPENING.test(from[1]!)) {
    const authors = authorsFrom(from[1]!, true);
    return authors ? { authors, dates: [] } : null;
  }
  // ("Nicole Arsenault · CPB News · Posted: Mar 28, 2025 6:00 AM ADT": with the outlet and the dates after it; a
  // channel's number in the outlet's name, "KMRV 9 News", but none in the writer's.)
  const { names, dates } = /\d/.test(line) ? splitOffDates(line) : { names: line, dates: [] };
  if (names.length > 100 || /\d/.test(names.split(/\s*[|•·]\s*/)[0]!)) return null;
  // (A title-case subhead is no name: "Support Slips Among Parents".)
  if (/\b(?:Among|For|With|Over|After|Before|In|On|To|The|At|From|Into|As|Amid|Against)\s/.test(names)) return null;
  // "Harriet Quayle Health correspondent": the writer's beat and job after the name.
  // ("Leonard Achebe-Strand, Regional Correspondent": the job after a comma is an affiliation as it stands.)
  // ("Ann Holt Prairie bureau chief Regina": the job, then the city the writer files from.)
  const jobAndPlace = JOB_AND_PLACE_AFTER_NAME_RE.exec(names);
  // ("Tahmina Akter Chowdhury, Chattogram" above the dates, `placeAfter`: a name, then one word for where the writer files
  // from, as after a "By".)
  const authors = authorsFrom(names, placeAfter && NAME_THEN_PLACE_RE.test(names)) ?? authorsFrom(names.replace(JOB_AFTER_NAME_RE, ""), false) ?? (jobAndPlace ? authorsFrom(jobAndPlace[1]!, false) : null);
  return authors ? { authors, dates } : null;
}

/** A credit inside a bar of the header: "By Marta Oddone", "Interview by Rhodri Pryce-Jenkins". Group 1: the names. */
const BAR_CREDIT_RE = new RegExp(String.raw`^(?:(?:${CREDIT_WORDS})\s+by|By|BY):?\s+(\S.*)$`, "u");
/** A part of a header bar crediting the pictures, someone's who is not an author: "Photographs by Tomas Ruiz-Tagle". */
const BAR_PICTURES_RE = /^(?:Photo(?:graph)?s|Pictures|Images|Illustrations?|Graphics|Video)\s+by\s+\p{Lu}/u;
/** A part of a header bar that names a place, an outlet, a section or a desk: "Lucknow", "The Meridian Ledger", "Asia desk". */
const BAR_LABEL_RE = /^(?=.{2,60}$)[\p{Lu}\d][\p{L}\d&'’.-]*(?:,?\s(?:[\p{Lu}\d&][\p{L}\d&'’.-]*|of|and|the|for|on|de|desk|checks?|news|section|team|edition))*$/u;
/** "Updated: June 18, 2024, 21:15 IST", "Published 12 May": a date after its label. */
const STAMP_LABEL_RE = /^(?:(?:Last\s+)?(?:Updated|Published|Posted|Modified)(?:\s+on)?\s*:?\s+)/i;

/**
 * A bar of header facts, parts split by " | ": the outlet, the section, the place, the writer and the dates
 * ("The Riviera Dispatch | Transport | By Marta Oddone | 12 May 2025, 16:05", "ANALYSIS | The Meridian Ledger | Asia
 * desk", "Education | Carmarthen & Teifi Gazette"). Every part must be such a fact, and the bar must hold a credit, a
 * date, a section's name, or three parts at least. The authors are those of its credit only.
 */
export function parseHeaderBar(line: string): Byline | null {
  if (line.length > 200) return null;
  // (Or two parts by a spaced slash: "The Manila Chronicle / 05:24 AM January 14, 2029"; more are a byline's, "Ann
  // Holt / BTN / Updated: …".)
  const bars = line.split(/\s+\|\s+/);
  const slashed = line.split(/\s+\/\s+/);
  const parts = bars.length === 1 && slashed.length === 2 ? slashed : bars;
  if (parts.length < 2 || parts.length > 6) return null;
  const authors: string[] = [];
  const dates: DateMention[] = [];
  let telling = false;
  for (const part of parts) {
    const credit = BAR_CREDIT_RE.exec(part);
    const names = credit ? authorsFrom(credit[1]!, true) : null;
    const stamp = parseDateLine(part.replace(STAMP_LABEL_RE, ""));
    if (names) authors.push(...names);
    else if (stamp) dates.push(...stamp);
    else if (!(BAR_LABEL_RE.test(part) || BAR_PICTURES_RE.test(part) || isJobLine(part) || STAFF_BYLINE_RE.test(part))) return null;
    telling ||= names !== null || stamp !== null || isSectionWord(part);
  }
  return telling || parts.length >= 3 ? { authors, dates } : null;
}

/** A section's name in a header bar: "Education", "Transport", "Athletics", "Obituaries". */
function isSectionWord(part: string): boolean {
  return /^(?:news|world|politics|business|markets|economy|education|transport|travel|sport|sports|athletics|football|cricket|rugby|tennis|science|health|environment|climate|culture|arts|opinion|analysis|obituaries|features|technology|tech|crime|courts|weather|lifestyle|entertainment|fact\s+checks?)$/i.test(part.trim());
}

// "WASHINGTON (Reuters) - ...", "NEW YORK — ...", "Washington (CNN) ...": a dateline opens a body paragraph.
const DATELINE_RE = /^(?:\p{Lu}[\p{Lu} .,'’]{2,40}(?:\s*\([^()]{1,30}\))?\s*[-—–]\s|\p{Lu}[\p{L} .,'’]{1,40}\s\((?:\p{Lu}[\p{L}.&-]*\s?){1,3}\)\s*[-—–:]?\s*\p{Lu})/u;

/** Could this line be a headline: not too long, no full stop at the end, not opening with a dateline. */
export function looksLikeHeadline(line: string): boolean {
  return line.length <= 250 && !/\p{Ll}{2,}\.["”’)]?$/u.test(line) && !DATELINE_RE.test(line);
}

function titleKey(s: string): string {
  return foldText(s)
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[\s.!?:;,'"-]+$/, "");
}

export function sameTitle(a: string, b: string): boolean {
  return titleKey(a) === titleKey(b);
}

export interface HeaderUnit {
  text: string;
  kind: "content" | "date";
}

export interface HeaderResult {
  titleIndex: number | null;
  subtitleIndex: number | null;
  /** Units that are bylines (removed from the body). */
  bylineIndexes: number[];
  /** Units right after the headline that repeat it, case and punctuation aside (removed from the body). */
  repeatedTitleIndexes: number[];
  authors: string[];
  /** Dates printed on byline lines. */
  dates: DateMention[];
  /** Index of the first body unit (units.length when there is none). */
  bodyStart: number;
}

const MAX_DEK_LENGTH = 400;

/**
 * Headline: the first content unit, if it matches the title hint or could be a headline (a first line that
 * ends with a full stop or opens with a dateline is a body paragraph: the text has no headline). Dek: one content unit between the headline and a
 * byline/date block; without such a block no dek is guessed and the second unit is body.
 */
export function findHeader(units: HeaderUnit[], hintTitle?: string | null): HeaderResult {
  const result: HeaderResult = {
    titleIndex: null,
    subtitleIndex: null,
    bylineIndexes: [],
    repeatedTitleIndexes: [],
    authors: [],
    dates: [],
    bodyStart: units.length,
  };
  const takeByline = (i: number, by: Byline) => {
    result.bylineIndexes.push(i);
    if (result.authors.length === 0) result.authors = by.authors;
    result.dates.push(...by.dates);
  };

  let i = 0;
  // Before the headline: date lines and "By" lines (a bare name here could be a Title Case headline).
  for (; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind === "date") continue;
    const by = parseByLine(u.text);
    if (!by) break;
    takeByline(i, by);
  }
  if (i >= units.length) return result;

  // "SKIN DEEP" above "Love Villa's Jade hit with ad ban over 'miracle' acne cream": a tabloid's kicker in capitals over
  // the headline, no part of it (only a word or three, over a headline twice as long with the byline or dates under it).
  const meta = (u: HeaderUnit | undefined) => !!u && (u.kind === "date" || parseByLine(u.text) !== null || parseHeaderBar(u.text) !== null);
  const under = units[i + 1];
  if (KICKER_RE.test(units[i]!.text) && under?.kind === "content" && !(hintTitle && sameTitle(units[i]!.text, hintTitle)) && under.text.length >= Math.max(40, 2 * units[i]!.text.length) && looksLikeHeadline(under.text) && units.slice(i + 2, i + 5).some(meta)) {
    result.bylineIndexes.push(i);
    i++;
  }
  const first = units[i]!;
  // (A headline may end with a full stop, "… On Court Pick. Nobody Believes Her.", when a byline or date follows it,
  // right after it or after a dek.)
  const metaFollows = units.slice(i + 1, i + 3).some((u) => u.kind === "date" || parseByLine(u.text) !== null || parseHeaderBar(u.text) !== null);
  const isTitle = hintTitle && sameTitle(first.text, hintTitle) ? true : looksLikeHeadline(first.text) || (first.text.length <= 200 && metaFollows);
  if (!isTitle) {
    result.bodyStart = i; // the text starts with its body
    return result;
  }
  result.titleIndex = i++;
  // Scraped or pasted text often prints the headline twice (a page title, then the article's own heading); a text
  // that is a headline and that headline as its only paragraph keeps the paragraph.
  const repeatsTitle = (u: HeaderUnit) => u.kind === "content" && (sameTitle(u.text, first.text) || (!!hintTitle && sameTitle(u.text, hintTitle)));
  let afterRepeats = i;
  while (afterRepeats < units.length && repeatsTitle(units[afterRepeats]!)) afterRepeats++;
  if (units.slice(afterRepeats).some((u) => u.kind === "content")) {
    for (; i < afterRepeats; i++) result.repeatedTitleIndexes.push(i);
  }

  let dek: number | null = null;
  let sawMeta = false;
  for (; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind === "date") {
      sawMeta = true;
      continue;
    }
    // (A bar of header facts, "The Riviera Dispatch | Transport | By Marta Oddone | 12 May 2025", is the byline's.)
    const bar = parseHeaderBar(u.text);
    if (bar) {
      takeByline(i, bar);
      sawMeta = true;
      continue;
    }
    // (A name and a place only above the dates; in the dek's own slot, right under the headline, only a name of three
    // words or more and a place that is no adverb: "Tahmina Akter Chowdhury, Chattogram", not "Voters Say No, Again".)
    const nameThenPlace = units[i + 1]?.kind === "date" && (i > result.titleIndex! + 1 || DEK_SLOT_BYLINE_RE.test(u.text));
    const by = result.authors.length === 0 ? (parseByLine(u.text) ?? parseBareByline(u.text, nameThenPlace)) : null;
    // "By Dana Kowalczyk" then "Staff Writer": the writer's job on a line of its own under the byline.
    // (Or the writer's outlet on its own line: "By HANNAH PRZYBYLSKI" then "Continental Press".)
    if (!by && result.bylineIndexes.at(-1) === i - 1 && (isJobLine(u.text) || OUTLET_LINE_RE.test(u.text))) {
      result.bylineIndexes.push(i);
      continue;
    }
    if (by) {
      takeByline(i, by);
      sawMeta = true;
      continue;
    }
    // "48" alone under the byline and the dates: the comment count beside them, no part of the story.
    if (sawMeta && /^\d{1,5}$/.test(u.text)) {
      result.bylineIndexes.push(i);
      continue;
    }
    // "Special Correspondent" above the dateline's dates: a byline that names no one.
    // (Any job alone, "Chief Political Correspondent", "HT Correspondent"; not a title-case dek, "The Last War Correspondent".)
    if (result.authors.length === 0 && (STAFF_BYLINE_RE.test(u.text) || (isJobLine(u.text) && !/^(?:The|A|An)\s/.test(u.text))) && units[i + 1]?.kind === "date") {
      result.bylineIndexes.push(i);
      sawMeta = true;
      continue;
    }
    // "THE BALLOT BRIEF" right above "By Nora Lindgren | …": a masthead, not the dek; "Germany" right above a bare
    // byline or the dates: the story's region or topic label, as a broadcaster's site prints it.
    const next = units[i + 1];
    const metaNext = !!next && (next.kind === "date" || !!parseByLine(next.text) || !!parseHeaderBar(next.text) || (result.authors.length === 0 && !!parseBareByline(next.text) && units[i + 2]?.kind === "date"));
    // (A co-author's name on a stacked byline is the byline's: "Jane Doe" then "John Roe" then the dates.)
    const coAuthor = result.authors.length > 0 && result.bylineIndexes.at(-1) === i - 1 ? parseBareByline(u.text) : null;
    if (coAuthor && metaNext) {
      result.bylineIndexes.push(i);
      result.authors = [...result.authors, ...coAuthor.authors.filter((a) => !result.authors.includes(a))];
      continue;
    }
    // ("Beacon News Digital" right above the dates: the outlet's name where the byline would be, not the dek.)
    if (OUTLET_BYLINE_RE.test(u.text) && metaNext && next?.kind === "date") {
      result.bylineIndexes.push(i);
      continue;
    }
    // (Or a brand in one word with a capital inside, "FactLens", right above the byline.)
    // (Or a story's label, "Exclusive", with or without a dek above it.)
    if ((MASTHEAD_RE.test(u.text) || (LABEL_LINE_RE.test(u.text) && dek !== null) || CAMEL_BRAND_RE.test(u.text) || STORY_LABEL_RE.test(u.text)) && metaNext) {
      result.bylineIndexes.push(i);
      continue;
    }
    if (!sawMeta && dek === null && u.text.length <= MAX_DEK_LENGTH) {
      dek = i; // tentative: a dek only if a byline/date block follows
      continue;
    }
    if (sawMeta) {
      result.subtitleIndex = dek;
      // "WASHINGTON" alone above the first paragraph: the dateline, printed on a line of its own.
      const dateline = PLACE_ALONE_RE.test(u.text) && units.slice(i + 1).some((x) => x.kind === "content");
      if (dateline) result.bylineIndexes.push(i);
      result.bodyStart = dateline ? i + 1 : i;
    } else {
      result.bodyStart = dek ?? i;
    }
    return result;
  }
  // Ran out of units: a tentative dek with nothing after the meta block is body, not a dek.
  result.bodyStart = dek ?? units.length;
  return result;
}
