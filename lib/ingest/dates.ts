// Date stamps as news pages print them ("Posted on Feb 14, 2017", "— Updated at 8:59 a.m.",
// "Published 3:04 PM ET, Tue February 14, 2017", "2017-02-14T11:17:00Z") -> ISO 8601 strings.
//
// Output format: "2017-02-14" (date only), "2017-02-14T08:59:00" (time, zone unknown),
// "2017-02-14T11:17:00-06:00" / "...Z" (time and zone known).
//
// Zones: US abbreviations are read as US zones (CST = Central, not China). The generic "ET", "CT", "MT", "PT"
// are resolved with the US daylight-saving rules for the date they come with (ET in February -> -05:00, in
// July -> -04:00); without a date they stay unresolved until a date is supplied. Unknown abbreviations are
// not read as a zone, so such a line is not taken for a date line.

export interface DateParts {
  y: number;
  m: number;
  d: number;
}
export interface TimeParts {
  h: number;
  mi: number;
  s: number;
}
export type Zone =
  | { kind: "fixed"; offset: string } // "Z" or "+HH:MM" / "-HH:MM"
  | { kind: "us"; std: number }; // US zone named without S/D: standard offset in hours, DST decided by date
export interface Stamp {
  date?: DateParts;
  time?: TimeParts;
  zone?: Zone;
}
export type DateRole = "published" | "updated";
export interface DateMention {
  role: DateRole;
  /** null for relative stamps ("Updated 2 hours ago"): recognised as furniture, but not datable. */
  stamp: Stamp | null;
  /** The part of the line this mention was read from. */
  text: string;
}

const FIXED_ZONES: Record<string, string> = {
  UTC: "Z",
  GMT: "Z",
  UT: "Z",
  Z: "Z",
  EST: "-05:00",
  EDT: "-04:00",
  CST: "-06:00",
  CDT: "-05:00",
  MST: "-07:00",
  MDT: "-06:00",
  PST: "-08:00",
  PDT: "-07:00",
  AKST: "-09:00",
  AKDT: "-08:00",
  HST: "-10:00",
  WET: "Z",
  BST: "+01:00",
  CET: "+01:00",
  CEST: "+02:00",
  EET: "+02:00",
  EEST: "+03:00",
  MSK: "+03:00",
  JST: "+09:00",
  KST: "+09:00",
  HKT: "+08:00",
  SGT: "+08:00",
  AWST: "+08:00",
  ACST: "+09:30",
  AEST: "+10:00",
  AEDT: "+11:00",
  NZST: "+12:00",
  NZDT: "+13:00",
  // (IST is read as India's, the commonest use on English-language sites, though Irish and Israeli pages print it too;
  // ADT is Atlantic Canada's daylight time, NST and NDT Newfoundland's; AST is left out, being also Arabia's.)
  IST: "+05:30",
  PKT: "+05:00",
  ADT: "-03:00",
  NDT: "-02:30",
  NST: "-03:30",
  ACDT: "+10:30",
  SAST: "+02:00",
  WAT: "+01:00",
  CAT: "+02:00",
  EAT: "+03:00",
  // (Brasília's and Buenos Aires' time, as South American wires print it: "05/11/2027 - 19:32 BRT".)
  BRT: "-03:00",
  ART: "-03:00",
  // (Peru's and Colombia's, Chile's standard time; Malaysia's, the Philippines', Indochina's, Western Indonesia's; not
  // the Gulf's "GST", as often a sales tax.)
  PET: "-05:00",
  COT: "-05:00",
  CLT: "-04:00",
  MYT: "+08:00",
  PHT: "+08:00",
  ICT: "+07:00",
  WIB: "+07:00",
};
/**
 * Zones of places that print a date day first ("05/11/2027 - 19:32 BRT" is 5 November): Europe, Africa, South Asia,
 * Oceania, South America. With one of them a slashed date whose numbers could be either is read day first.
 */
const DAY_FIRST_ZONES = new Set("WET BST CET CEST EET EEST MSK IST PKT SAST WAT CAT EAT HKT SGT AWST ACST ACDT AEST AEDT NZST NZDT BRT ART PET COT CLT MYT PHT ICT WIB".split(" "));
const US_GENERIC_ZONES: Record<string, number> = { ET: -5, CT: -6, MT: -7, PT: -8 };

const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

// All sticky ("y"): each is tried at an exact position of the line.
const WEEKDAY_RE =
  /(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b\.?,?\s*/iy;
/** A weekday written out, ending the line: "…, Wednesday". */
const TRAILING_WEEKDAY_RE = /(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*$/iy;
// "Updated 16:51 GMT, Friday 22 November": a live page's day without its year, after a labelled stamp's time.
const TRAILING_YEARLESS_DATE_RE = new RegExp(`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?)\\s*$`, "iy");
const DATE_MDY_RE = new RegExp(`${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?![\\d])`, "iy");
const DATE_DMY_RE = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})(?![\\d])`, "iy");
const DATE_ISO_RE = /(\d{4})-(\d{2})-(\d{2})(?![\d])/y;
const DATE_SLASH_RE = /(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/y;
/** "16.03.2026": the day, the month and the year between full stops, as German and other European pages print a date. */
const DATE_DOTTED_RE = /(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])/y;
const TIME_12_RE = /(\d{1,2})(?:[:.](\d{2}))?(?:[:.](\d{2}))?\s*([ap])\.?\s?m(?![a-z])\.?/iy;
// ("21h08", as French and Portuguese pages print the time, the "h" between hours and minutes.)
const TIME_24_RE = /(\d{1,2})(?:[:.]|h(?=\d{2}(?![\d:.])))(\d{2})(?:[:.](\d{2})(?:\.\d+)?)?(?![\d])/y;
// Case-sensitive on purpose: zone abbreviations are printed in capitals.
const ZONE_RE = /\s*\(?(?:(UTC|GMT)\s*([+-])(\d{1,2})(?::?(\d{2}))?|([+-])(\d{2}):?(\d{2})|([A-Z]{1,5}))\)?(?![A-Za-z\d])/y;
/**
 * "(Cairo)", "(Nairobi time)": the place whose clock a time is told by, in brackets after it, as a zone of unknown
 * offset (the stamp keeps no zone; a capitalised name only, so "(est.)" or "(approx)" is never read so).
 */
const PLACE_ZONE_RE = /\s*\(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}(?: time)?\)(?![\p{L}\d])/uy;
/** A zone's abbreviation in brackets before a time: " (JST) ". */
const ZONE_FIRST_RE = /\s*\([A-Z]{2,5}\)\s*(?=\d)/y;
// (Or a middle dot: "Thu, Jun 10, 2032 · 05:50 AM".)
const SEP_DATE_TIME_RE = /\s*(?:,|\bat\b|@|[-–—|/·•]|T)?\s*/iy;
const SEP_TIME_DATE_RE = /\s*(?:,|\bon\b|[-–—|/])?\s*/iy;

const LEADING_DECORATION_RE = /^[\s*•·|>#—–-]+/;
const LABEL_RE =
  /(first published|originally published|date published|published|posted|created|added|last updated|last update|last modified|date modified|updated|modified|update|date)\b(?:\s+(?:on|at))?\s*(?:[:–—]|-(?=\s))?\s*/iy;
const SEPARATORS_RE = /[\s,;|•·/—–.-]*/y;
const RELATIVE_RE =
  /(?:(?:(?:about|around|nearly|almost|over|roughly|some|less than|more than)\s+)?(?:\d+|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|\d{1,3}\s?(?:s|m|h|d|w|hr|min)\s+ago|just now|yesterday|today)\b\.?/iy;
// "Updated at 9:30 a.m. with comment from the White House." — the note after an update stamp.
const TRAILING_CLAUSE_RE = /^(?:[-–—:,(]\s*)?(?:to|with|for|after)\b[^!?]{0,150}$/i;
/** "The Albion Times" after a dated stamp and a comma: the outlet's (or a place's) name closing the stamp line, a few capitalised words. */
const TRAILING_NAME_RE = /^(?:The\s)?\p{Lu}\p{Ll}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*){0,4}$/u;

function execAt(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function makeDate(y: number, m: number, d: number): DateParts | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function tryDate(s: string, pos: number): { date: DateParts; end: number; dayFirst?: DateParts } | null {
  let m = execAt(DATE_MDY_RE, s, pos);
  if (m) {
    const date = makeDate(Number(m[3]), monthNumber(m[1] ?? ""), Number(m[2]));
    return date ? { date, end: pos + m[0].length } : null;
  }
  m = execAt(DATE_DMY_RE, s, pos);
  if (m) {
    const date = makeDate(Number(m[3]), monthNumber(m[2] ?? ""), Number(m[1]));
    return date ? { date, end: pos + m[0].length } : null;
  }
  m = execAt(DATE_ISO_RE, s, pos);
  if (m) {
    const date = makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return date ? { date, end: pos + m[0].length } : null;
  }
  m = execAt(DATE_DOTTED_RE, s, pos);
  if (m) {
    // (Day first, unless the second number cannot be a month.)
    const a = Number(m[1]);
    const b = Number(m[2]);
    const date = b > 12 ? makeDate(Number(m[3]), a, b) : makeDate(Number(m[3]), b, a);
    return date ? { date, end: pos + m[0].length } : null;
  }
  m = execAt(DATE_SLASH_RE, s, pos);
  if (m) {
    // US month/day order unless the first number cannot be a month.
    const a = Number(m[1]);
    const b = Number(m[2]);
    // (A year of two digits is this century's: "17/03/31".)
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const date = a > 12 ? makeDate(y, b, a) : makeDate(y, a, b);
    // (Either order possible: the date read day first, for a zone of a place that prints it so.)
    const dayFirst = a <= 12 && b <= 12 && a !== b ? makeDate(y, b, a) : null;
    return date ? { date, end: pos + m[0].length, ...(dayFirst ? { dayFirst } : {}) } : null;
  }
  return null;
}

function tryTime(s: string, pos: number): { time: TimeParts; end: number } | null {
  let m = execAt(TIME_12_RE, s, pos);
  if (m) {
    const h12 = Number(m[1]);
    const mi = Number(m[2] ?? 0);
    const sec = Number(m[3] ?? 0);
    if (h12 < 1 || h12 > 12 || mi > 59 || sec > 59) return null;
    const pm = (m[4] ?? "").toLowerCase() === "p";
    const h = (h12 % 12) + (pm ? 12 : 0);
    return { time: { h, mi, s: sec }, end: pos + m[0].length };
  }
  m = execAt(TIME_24_RE, s, pos);
  if (m) {
    const h = Number(m[1]);
    const mi = Number(m[2]);
    const sec = Number(m[3] ?? 0);
    if (h > 23 || mi > 59 || sec > 59) return null;
    return { time: { h, mi, s: sec }, end: pos + m[0].length };
  }
  return null;
}

function offsetString(sign: string, hours: number, minutes: number): string {
  return `${sign}${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

function tryZone(s: string, pos: number): { zone: Zone; end: number; abbr?: string } | null {
  const m = execAt(ZONE_RE, s, pos);
  if (!m) return null;
  const end = pos + m[0].length;
  if (m[1]) {
    const h = Number(m[3]);
    const mi = Number(m[4] ?? 0);
    if (h > 14 || mi > 59) return null;
    return { zone: { kind: "fixed", offset: h === 0 && mi === 0 ? "Z" : offsetString(m[2] ?? "+", h, mi) }, end };
  }
  if (m[5]) {
    const h = Number(m[6]);
    const mi = Number(m[7]);
    if (h > 14 || mi > 59) return null;
    return { zone: { kind: "fixed", offset: offsetString(m[5], h, mi) }, end };
  }
  const abbr = m[8] ?? "";
  const fixed = FIXED_ZONES[abbr];
  if (fixed) return { zone: { kind: "fixed", offset: fixed }, end, abbr };
  const std = US_GENERIC_ZONES[abbr];
  if (std !== undefined) return { zone: { kind: "us", std }, end };
  return null;
}

/** Reads one date/time stamp starting exactly at `pos`; null when there is none there. */
export function parseStampAt(s: string, pos: number): { stamp: Stamp; end: number } | null {
  const weekday = execAt(WEEKDAY_RE, s, pos);
  const date = tryDate(s, weekday ? pos + weekday[0].length : pos);
  if (date) {
    const stamp: Stamp = { date: date.date };
    let end = date.end;
    // ("Aug 4, 2026 (JST) 21:15": a known zone in brackets between the date and the time.)
    const zoneFirst = execAt(ZONE_FIRST_RE, s, end);
    const zoneBefore = zoneFirst ? tryZone(s, end) : null;
    const timeAfterZone = zoneBefore ? tryTime(s, end + zoneFirst![0].length) : null;
    if (zoneBefore && timeAfterZone) return { stamp: { ...stamp, time: timeAfterZone.time, zone: zoneBefore.zone }, end: timeAfterZone.end };
    const sep = execAt(SEP_DATE_TIME_RE, s, end);
    const time = tryTime(s, end + (sep ? sep[0].length : 0));
    if (time) {
      stamp.time = time.time;
      end = time.end;
      const zone = tryZone(s, end);
      if (zone) {
        stamp.zone = zone.zone;
        end = zone.end;
        if (date.dayFirst && zone.abbr && DAY_FIRST_ZONES.has(zone.abbr)) stamp.date = date.dayFirst;
      } else end += execAt(PLACE_ZONE_RE, s, end)?.[0].length ?? 0;
    }
    return { stamp, end };
  }
  const time = tryTime(s, pos);
  if (!time) return null;
  const stamp: Stamp = { time: time.time };
  let end = time.end;
  const zone = tryZone(s, end);
  if (zone) {
    stamp.zone = zone.zone;
    end = zone.end;
  }
  // Time first, date after: "3:04 PM ET, Tue February 14, 2017".
  const sep = execAt(SEP_TIME_DATE_RE, s, end);
  let q = end + (sep ? sep[0].length : 0);
  const weekday2 = execAt(WEEKDAY_RE, s, q);
  if (weekday2) q += weekday2[0].length;
  const date2 = tryDate(s, q);
  if (date2) {
    stamp.date = date2.date;
    end = date2.end;
  }
  return { stamp, end };
}

function roleOfLabel(label: string): DateRole {
  return /updat|modif/i.test(label) ? "updated" : "published";
}

/** A reading time ending a date line: " | 6 min read", " · 5-minute read". */
const READING_TIME_AFTER = /\s*[|·•–—-]\s*\d{1,3}[\s-]*(?:min|mins|minute|minutes)\.?\s+read\s*$/i;

/**
 * A line that is nothing but date stamps (each optionally labelled "Posted on", "Updated:", "*First Published:",
 * ...) -> its mentions; null for any other line. The whole line must be consumed, so a body sentence that
 * contains a date is never taken for a date line.
 */
export function parseDateLine(line: string): DateMention[] | null {
  if (line.length > 200) return null;
  // ("Oct. 14, 2025 | 6 min read": the reading time after the stamps is furniture too.)
  line = line.replace(READING_TIME_AFTER, "");
  const lead = LEADING_DECORATION_RE.exec(line);
  let p = lead ? lead[0].length : 0;
  const found: { role: DateRole; stamp: Stamp | null; start: number; labelled: boolean }[] = [];

  while (p < line.length) {
    const seg = found.length === 0 ? 0 : p;
    const label = execAt(LABEL_RE, line, p);
    const q = label ? p + label[0].length : p;
    const stamp = parseStampAt(line, q);
    // An unlabelled stamp must carry a date: a lone "8:59" is not a date line.
    if (stamp && (label || stamp.stamp.date)) {
      found.push({ role: label ? roleOfLabel(label[1] ?? "") : "published", stamp: stamp.stamp, start: seg, labelled: !!label });
      p = stamp.end;
    } else if (label && execAt(RELATIVE_RE, line, q)) {
      const rel = execAt(RELATIVE_RE, line, q);
      found.push({ role: roleOfLabel(label[1] ?? ""), stamp: null, start: seg, labelled: true });
      p = q + (rel ? rel[0].length : 0);
    } else if (found.length && execAt(TRAILING_WEEKDAY_RE, line, p)) {
      // "Updated 6:41 PM PST, Wednesday": the weekday after a stamp's time is part of it.
      p += execAt(TRAILING_WEEKDAY_RE, line, p)![0].length;
    } else if (found.at(-1)?.labelled && found.at(-1)!.stamp?.time && !found.at(-1)!.stamp!.date && execAt(TRAILING_YEARLESS_DATE_RE, line, p)) {
      // (So is its day without the year, left undated: the page's own date says which year.)
      p += execAt(TRAILING_YEARLESS_DATE_RE, line, p)![0].length;
    } else {
      const last = found[found.length - 1];
      // The clause stays part of the last mention's text.
      if (last?.labelled && TRAILING_CLAUSE_RE.test(line.slice(p))) break;
      // ("Wednesday July 20 2033, 6.00pm, The Albion Times": the outlet's name after a dated stamp.)
      // (Only a stamp with its time, as a page prints its own: not a timeline's "June 4, 2024, Holt Resigns" nor a
      // letter's "May 2, 2024, Kharkiv".)
      if (last?.stamp?.date && last.stamp.time && /,\s*$/.test(line.slice(0, p)) && TRAILING_NAME_RE.test(line.slice(p))) break;
      return null;
    }
    const sep = execAt(SEPARATORS_RE, line, p);
    if (sep) p += sep[0].length;
  }
  if (found.length === 0) return null;
  return found.map((f, i) => {
    const next = found[i + 1];
    const end = next ? next.start : line.length;
    return { role: f.role, stamp: f.stamp, text: line.slice(f.start, end).trim() };
  });
}

/** A free-standing date string (a hint such as "2017-02-14" or "Feb 14, 2017 11:17 am EST") -> stamp. */
export function parseDateText(text: string): Stamp | null {
  const mentions = parseDateLine(text.trim());
  return mentions?.find((m) => m.stamp?.date)?.stamp ?? null;
}

// --- zones and formatting ---------------------------------------------------------------------------------

function dayOfWeek(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
function nthSunday(y: number, m: number, n: number): number {
  const first = dayOfWeek(y, m, 1);
  return 1 + ((7 - first) % 7) + (n - 1) * 7;
}
function lastSunday(y: number, m: number): number {
  const last = daysInMonth(y, m);
  return last - dayOfWeek(y, m, last);
}

/** US daylight-saving time on this calendar day (the 2 a.m. switch-over hour is ignored). */
export function isUsDst(date: DateParts): boolean {
  const { y, m, d } = date;
  let start: [number, number];
  let end: [number, number];
  if (y >= 2007) {
    start = [3, nthSunday(y, 3, 2)];
    end = [11, nthSunday(y, 11, 1)];
  } else if (y >= 1987) {
    start = [4, nthSunday(y, 4, 1)];
    end = [10, lastSunday(y, 10)];
  } else {
    start = [4, lastSunday(y, 4)];
    end = [10, lastSunday(y, 10)];
  }
  const key = m * 100 + d;
  return key >= start[0] * 100 + start[1] && key < end[0] * 100 + end[1];
}

function zoneOffset(zone: Zone | undefined, date: DateParts): string | null {
  if (!zone) return null;
  if (zone.kind === "fixed") return zone.offset;
  const hours = zone.std + (isUsDst(date) ? 1 : 0);
  return offsetString(hours < 0 ? "-" : "+", Math.abs(hours), 0);
}

function offsetMinutes(offset: string | null): number {
  if (!offset || offset === "Z") return 0;
  const sign = offset.startsWith("-") ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** ISO 8601 text for a stamp; null when it has no date. */
export function formatStamp(stamp: Stamp): string | null {
  const { date, time } = stamp;
  if (!date) return null;
  const day = `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
  if (!time) return day;
  const offset = zoneOffset(stamp.zone, date);
  return `${day}T${pad(time.h)}:${pad(time.mi)}:${pad(time.s)}${offset ?? ""}`;
}

function dayKey(date: DateParts): number {
  return date.y * 10000 + date.m * 100 + date.d;
}

// Milliseconds since the epoch; a stamp without a zone is read as UTC (good enough for ordering).
function instant(stamp: Stamp & { date: DateParts }): number {
  const { date, time } = stamp;
  const base = Date.UTC(date.y, date.m - 1, date.d, time?.h ?? 0, time?.mi ?? 0, time?.s ?? 0);
  return base - offsetMinutes(zoneOffset(stamp.zone, date)) * 60_000;
}

type DatedStamp = Stamp & { date: DateParts };

/** Earlier first; on the same day a stamp with a time sorts before one without (it is more precise). */
function compareStamps(a: DatedStamp, b: DatedStamp): number {
  const byDay = dayKey(a.date) - dayKey(b.date);
  if (byDay !== 0) return byDay;
  if (!!a.time !== !!b.time) return a.time ? -1 : 1;
  return instant(a) - instant(b);
}

function isBefore(a: DatedStamp, b: DatedStamp): boolean {
  if (a.time && b.time) return instant(a) < instant(b);
  return dayKey(a.date) < dayKey(b.date);
}

/**
 * publishedAt: the earliest "published/posted" stamp (on the same day, the one with a time).
 * updatedAt: the latest "updated" stamp. A time-only update ("Updated at 8:59 a.m.") takes its day, and its
 * zone when it has none, from `base` (a publishedAt hint) or else from the published stamp; without either
 * it cannot be dated. An update earlier than the publication is dropped as misread.
 */
export function pickDates(
  mentions: DateMention[],
  base?: Stamp | null,
): { publishedAt: string | null; updatedAt: string | null } {
  const dated = (s: Stamp | null | undefined): s is DatedStamp => !!s?.date;
  const published = mentions
    .filter((m) => m.role === "published")
    .map((m) => m.stamp)
    .filter(dated)
    .sort(compareStamps)[0];

  const anchor = dated(base) ? base : published;
  const updates: DatedStamp[] = [];
  for (const m of mentions) {
    if (m.role !== "updated" || !m.stamp) continue;
    if (dated(m.stamp)) updates.push(m.stamp);
    else if (anchor && m.stamp.time) {
      updates.push({ date: anchor.date, time: m.stamp.time, zone: m.stamp.zone ?? (anchor.time ? anchor.zone : undefined) });
    }
  }
  // Latest day first; on the same day the stamp with a time, then the later one.
  let updated = updates.sort((a, b) => dayKey(b.date) - dayKey(a.date) || (a.time ? 0 : 1) - (b.time ? 0 : 1) || instant(b) - instant(a))[0];
  const reference = dated(base) ? base : published;
  if (updated && reference && isBefore(updated, reference)) updated = undefined;

  return {
    publishedAt: published ? formatStamp(published) : null,
    updatedAt: updated ? formatStamp(updated) : null,
  };
}
