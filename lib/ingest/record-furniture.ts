// Lines that keep the record of a page rather than tell its story: a broadcast transcript's sound cues and its
// disclaimer, an obituary's dates of birth and death, a fact-check's researcher credit, a timed update stamp. None of
// them is a claim (set 38, session 52).

/** "(SOUNDBITE OF MUSIC)", "(BEGIN VIDEO CLIP)", "(CROSSTALK)": a transcript's cue for what was heard, in capitals. */
const SOUND_CUE_RE = /^\((?:SOUNDBITE OF [\p{Lu}\d ,'’&-]{2,60}|(?:BEGIN|END) (?:VIDEO|AUDIO) ?CLIP|(?:BEGIN|END) VIDEOTAPE|CROSSTALK|LAUGHTER|APPLAUSE|MUSIC|INAUDIBLE|COMMERCIAL BREAK)\)$/u;

/**
 * "NPR transcripts are created on a rush deadline by a contractor. This text may not be in its final form …": a
 * broadcaster's note on its transcripts (about its own transcript, not a transcript an article reports on).
 */
const TRANSCRIPT_DISCLAIMER_RE = /^(?:(?:\p{Lu}[\p{L}\d&'’.-]*\s){1,3}transcripts are (?:created|produced|prepared) on a rush deadline\b|This text may not be in its final form and may be updated or revised in the future\.)[^"“”]{0,400}$/u;

/** "Eithne Barrett: born March 9th, 1953; died February 21st, 2038": an obituary's life dates under the name. */
// (Or a comma and what she was: "Marisol Urrutia-Kessler, seismologist; born 3 March 1958; died 8 September 2040".)
const LIFE_DATES_RE = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,5}(?::|,\s\p{Ll}[\p{Ll} ,'’-]{2,60};)\s[Bb]orn\s[^;:"“”]{4,80};\s[Dd]ied\s[^;:"“”]{4,80}$/u;
/** "Marisol Urrutia-Kessler (1958-2040)": an obituary's name with the years of her life, alone on its line. */
const NAME_LIFE_YEARS_RE = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,5}\s\((?:1[89]|20)\d{2}\s?[-–]\s?(?:1[89]|20)\d{2}\)$/u;

/** "Principal researcher: Tom Adeyemi-Clarke": who researched the piece, by name alone. */
const RESEARCH_CREDIT_RE = /^(?:(?:Principal|Lead|Senior|Additional)\s)?(?:[Rr]esearcher|[Rr]esearch|[Ff]act-checker|[Ff]act checker|[Vv]erification)s?:\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}(?:(?:,\s|\sand\s)\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})*\.?$/u;

/**
 * "UPDATE: May 18, 2038, 2:40 PM EDT - This story has been updated with comment from the governor's office.": a stamp of
 * when the page changed, then only that comment came in (not what happened since, "… updated after Mayor Dana Ruiz said
 * she would resign", nor what someone said, "… with comment from Tom Reid, who said the claims were false").
 */
const TIMED_UPDATE_RE = /^(?:UPDATE|Update|UPDATED|Updated)\s?:\s[^"“”]{4,40}?\s[-–—]\s(?:This|The) (?:story|article|post|piece|report) (?:has been|was) updated(?: with (?:(?:additional|more|new|further) )?(?:comment|comments|a response|reaction|information|details|photos|video)(?: from (?:the )?(?:\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,4}|(?:\p{Lu}[\p{L}.-]*\s){0,3}\p{L}[\p{L}-]*(?:['’]s|s['’]) (?:office|lawyer|lawyers|spokesperson|spokesman|spokeswoman)|police|officials|the family))?)?\.?$/u;

/** Whether the (normalised) line is such a record line. */
export function isRecordLine(line: string): boolean {
  if (line.length > 500) return false;
  return SOUND_CUE_RE.test(line) || TRANSCRIPT_DISCLAIMER_RE.test(line) || LIFE_DATES_RE.test(line) || NAME_LIFE_YEARS_RE.test(line) || RESEARCH_CREDIT_RE.test(line) || TIMED_UPDATE_RE.test(line);
}
