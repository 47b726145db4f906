// Saying something on air, under its many names: "on air", "on television", "in a TV interview", "on CNN", "on
// Face the Nation". Outlets name the same appearance differently (one the programme, another only "on air"), and
// alignment should see one thing: every claim that tells of a broadcast gets the one term ON_AIR_TERM. Like
// places.ts, this is general knowledge of the world (networks and long-running programmes), no story's words.
import { escapeRegExp } from "../text-units";

/** The term a claim gets when it tells of saying something on air. */
export const ON_AIR_TERM = "#on-air";

/** Nouns "air" modifies when "on the air" is no broadcast ("spent on the air force", "on air travel"). */
const AIR_COMPOUNDS =
  "force|forces|traffic|strikes?|raids?|bases?|conditioning|conditioners?|quality|ports?|lines?|craft|planes?|space|bags?|pollution|defen[cs]e|marshals?|power|support|war|attacks?|travel|fares?|ambulances?|shows?";

/** Plain words for a broadcast appearance (any case). */
const ON_AIR_WORDS = new RegExp(
  `\\bon[- ](?:the[- ])?air(?![- ](?:${AIR_COMPOUNDS})\\b)\\b|` +
    /\bon (?:national |live |cable |network )?(?:television|TV|radio)\b|\btelevised\b|\b(?:television|TV|radio|cable|broadcast) (?:interviews?|appearances?|shows?|programs?|programmes?)\b|\btalk[- ]shows?\b|\bSunday (?:talk |news |morning )?shows?\b/.source,
  "i",
);

/** Broadcast networks: "said on CNN", "on the ABC News program …", "on Fox News’ …" (names as written). */
const NETWORKS = [
  "ABC",
  "ABC News",
  "BBC",
  "CBS",
  "CBS News",
  "CNBC",
  "CNN",
  "C-SPAN",
  "Fox",
  "Fox Business",
  "Fox News",
  "MSNBC",
  "NBC",
  "NBC News",
  "NPR",
  "PBS",
  "Sky News",
  "Al Jazeera",
];
// (Not a network's name opening a street's or a place's: "on Fox Road", "on Fox Hill".)
const ON_NETWORK = new RegExp(`\\b[Oo]n (?:the )?(?:${NETWORKS.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])(?!\\s+(?:Road|Street|Avenue|Boulevard|Lane|Drive|Way|Place|Court|Hill|Lake|River|Island|Park|Square|Creek|Valley)\\b)`, "u");

/**
 * Long-running news and talk programmes whose names cannot be read as anything else when written with their
 * capitals ("Meet the Press", not "meet the press"). Ambiguous titles ("This Week", "The View", a host's name) are
 * left out: "on ABC" finds them when the network is named.
 */
const PROGRAMMES = [
  "Face the Nation",
  "Meet the Press",
  "Fox News Sunday",
  "Good Morning America",
  "Morning Joe",
  "Fox and Friends",
  "Fox & Friends",
  "Hardball",
  "Nightline",
  "NewsHour",
  "60 Minutes",
  "The Situation Room",
  "Anderson Cooper 360",
  "The O'Reilly Factor",
  "The O’Reilly Factor",
  "The Daily Show",
  "The Colbert Report",
  "The Tonight Show",
  "The Late Show",
  "Squawk Box",
  "Real Time with Bill Maher",
  "All Things Considered",
  "Morning Edition",
];
const PROGRAMME = new RegExp(`(?<![\\p{L}\\p{N}])(?:${PROGRAMMES.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "u");

/** Whether a text tells of saying something on air. */
export function mentionsOnAir(text: string): boolean {
  return ON_AIR_WORDS.test(text) || ON_NETWORK.test(text) || PROGRAMME.test(text);
}
