// Lines that credit the work rather than tell its story: where it was reported from, whom it was made with, the paper
// a science story reports on, its writer's short biography; and two a page prints around it: a link to the page in
// another language, a newsletter's promise of the inbox. None of them is a claim (set 39, session 53).
import type { FurnitureKind } from "./furniture";

/** "Reporting from Billings, Mont., and Washington": where the reporters were, names only. */
const REPORTING_FROM_RE = /^Reporting (?:was )?(?:contributed )?from \p{Lu}[\p{L}.'’-]*(?:,? (?:and )?\p{Lu}[\p{L}.'’-]*)*\.?$/u;

/** "This story was produced in partnership with the Mountain West News Bureau, a collaboration of …". */
const PARTNERSHIP_RE =
  /^This (?:story|article|report|piece|series|project|episode) (?:was|is) (?:produced|reported|published|co-published|made) (?:in (?:partnership|collaboration) with|with (?:support|funding) from) (?:the )?\p{Lu}[^"“”]{2,240}$/u;

/** "Journal reference: Bekele-Haile S., Lindqvist-Ahmed R. et al., "…", Tropical Plant Health, 13 April 2039.": a citation, with its year. */
const JOURNAL_REFERENCE_RE = /^(?:Journal reference|References?|Citation|Paper|DOI)\s?:\s\p{Lu}[^]{8,400}?\b(?:1[89]|20)\d{2}\b[^]{0,80}$/u;

/**
 * "Jodie Farrant-Nguyen is a journalist at The North West Courier. She covers Barraba, Manilla and the Tamworth region.":
 * the writer's box, a name that is a reporter at an outlet, perhaps then what they cover.
 */
const WRITER_BIO_RE =
  /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3} is (?:a|an|the) (?:(?:senior|chief|staff|freelance|political|business|health|science|local|regional|community|sports|investigative|data|general) )?(?:journalist|reporter|correspondent|writer|editor|producer) (?:at|for|with) (?:The )?\p{Lu}[\p{L}\d&'’.-]*(?: \p{Lu}[\p{L}\d&'’.-]*){0,4}\.(?: (?:She|He|They) (?:covers|reports on|writes about|write about|cover|report on) [^"“”.!?]{3,160}\.)?$/u;

/** "Leer en español", "Read in English", "Lire en français": a link to the page in another language. */
const OTHER_LANGUAGE_RE =
  /^(?:(?:Leer|Lea|Lee|Read|Lire|Ler|Leia)(?: (?:this|the) (?:story|article))? (?:en|in|em) |En |In )(?:español|English|français|francais|português|Spanish|French|Portuguese|Arabic|Chinese|Swahili|Hindi)\.?$/u;

/** "Get the Business Monitor Markets newsletter in your inbox every weekday morning.": a newsletter and where it comes. */
const NEWSLETTER_INBOX_RE = /^Get (?:the|our) [^.!?"“”]{1,60}\bnewsletters? (?:(?:sent|delivered) )?(?:straight |direct(?:ly)? )?(?:to|in|into) your inbox\b[^.!?"“”]{0,60}[.!]?$/u;

/** The kind of furniture the (normalised) line is as such a credit or link, or null. */
export function creditLineKind(line: string): FurnitureKind | null {
  if (line.length > 500) return null;
  if (REPORTING_FROM_RE.test(line) || PARTNERSHIP_RE.test(line) || JOURNAL_REFERENCE_RE.test(line) || WRITER_BIO_RE.test(line)) return "credit";
  if (OTHER_LANGUAGE_RE.test(line) || NEWSLETTER_INBOX_RE.test(line)) return "ui";
  return null;
}
