// Lines that credit the work rather than tell its story: where it was reported from, whom it was made with, the paper
// a science story reports on; and two a page prints around it: a link to the page in another language, a newsletter's
// promise of the inbox, or offer; who wrote and edited the piece, and where readers may send in a claim (set 40, session
// 54). None of them is a claim (set 39, session 53). (A writer's short biography closing the article is
// clean-article.ts's to find, by where it stands.)
import type { FurnitureKind } from "./furniture";

/** "Reporting from Billings, Mont., and Washington": where the reporters were, names only. */
const REPORTING_FROM_RE = /^Reporting (?:was )?(?:contributed )?from \p{Lu}[\p{L}.'’-]*(?:,? (?:and )?\p{Lu}[\p{L}.'’-]*)*\.?$/u;

/**
 * "This story was produced in partnership with the Mountain West News Bureau, a collaboration of …": the partner's name,
 * perhaps what it is after a comma, and nothing else, no verb of saying (not "…, which lent $300 million, the ministry
 * said.", "…, a spokesman confirmed.").
 */
const PARTNERSHIP_RE =
  /^(?![^"“”]*\b(?:said|says|told|confirmed|added|announced|stated)\b)This (?:story|article|report|piece|series|episode) (?:was|is) (?:produced|reported|published|co-published) (?:in (?:partnership|collaboration) with|with (?:support|funding) from) (?:the )?\p{Lu}[\p{L}\d&'’.-]*(?: (?:\p{Lu}[\p{L}\d&'’.-]*|of|for|and|the|&))*(?:, (?:a|an|the) [^"“”,]{2,160})?\.?$/u;

/**
 * "Journal reference: Bekele-Haile S., Lindqvist-Ahmed R. et al., "…", Tropical Plant Health, 13 April 2039.": a citation,
 * its authors with "et al." or a DOI, and its year (not "Reference: Ann Holt et al. found in a 2038 study that …").
 */
const JOURNAL_REFERENCE_RE = /^(?![^"“”]*\b(?:said|says|found|finds|showed|shows|reported|reports)\b)(?:Journal reference|Reference|Citation|DOI)\s?:\s\p{Lu}[^]{8,400}?(?:\bet al\.|\bdoi\b|doi\.org)[^]{0,300}\b(?:1[89]|20)\d{2}\b[^]{0,80}$/iu;

/** "Leer en español", "Read in English", "Lire en français": a link to the page in another language. */
const OTHER_LANGUAGE_RE =
  /^(?:(?:Leer|Lea|Lee|Read|Lire|Ler|Leia)(?: (?:this|the) (?:story|article))? (?:en|in|em) |En )(?:español|English|français|francais|português|Spanish|French|Portuguese|Arabic|Chinese|Swahili|Hindi)$/u;

/**
 * "Get the Business Monitor Markets newsletter in your inbox every weekday morning.": a newsletter, where it comes and when,
 * and nothing else (not "…, the fraudulent emails promised.").
 */
const NEWSLETTER_INBOX_RE = /^Get (?:the|our) [^.!?"“”,]{1,60}\bnewsletters? (?:(?:sent|delivered) )?(?:straight |direct(?:ly)? )?(?:to|in|into) your inbox(?: (?:every|each) (?:day|morning|evening|week|weekday|weekday morning|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?)?[.!]?$/u;
/** "Get our free Europe Today newsletter": the offer alone, a link's words with no full stop. */
const NEWSLETTER_OFFER_RE = /^(?:Get|Sign up (?:for|to)|Subscribe to) (?:our|the) (?:free )?(?:\p{Lu}[\p{L}\d&'’.-]*\s){1,4}(?:newsletter|briefing|bulletin)s?$/u;

/**
 * "This fact-check was written by Aditi Raghunathan-Kale and edited by Farhan Siddiqui-Nair.": who wrote and edited the
 * piece, names only.
 */
const WRITTEN_BY_RE = /^This (?:story|article|report|piece|fact-check|fact check|explainer|analysis) was (?:written|reported|researched|edited|fact-checked)(?: and (?:written|reported|researched|edited|fact-checked))? by \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}(?:(?:,| and) (?:(?:written|reported|researched|edited|fact-checked) by )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})*\.?$/u;

/**
 * "Spotted a claim you want checked? WhatsApp us on +91 90000 12345.": asking readers to send something in, by a number or
 * an address, and nothing else.
 */
const SEND_US_RE = /^(?:[^.!?"“”]{4,80}\?\s)?(?:WhatsApp|Message|Text|Call|Email|E-mail|Write to|Contact) us (?:on|at|via)\s(?:\+?[\d ()-]{7,20}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\.?$/u;

/** The kind of furniture the (normalised) line is as such a credit or link, or null. */
export function creditLineKind(line: string): FurnitureKind | null {
  if (line.length > 500) return null;
  if (REPORTING_FROM_RE.test(line) || PARTNERSHIP_RE.test(line) || JOURNAL_REFERENCE_RE.test(line) || WRITTEN_BY_RE.test(line)) return "credit";
  if (OTHER_LANGUAGE_RE.test(line) || NEWSLETTER_INBOX_RE.test(line) || NEWSLETTER_OFFER_RE.test(line) || SEND_US_RE.test(line)) return "ui";
  return null;
}
