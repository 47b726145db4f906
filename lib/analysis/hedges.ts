// Hedges: wording that marks a claim as unconfirmed ("reportedly", "is believed to", "after reports emerged").

import { ALL_FAMILIES, keywordFamily, type Families } from "./keywords";

/**
 * After "seen as": a comparison of distance or time ("far away as", "recently as", "late as") or a clause of when, with
 * its subject and verb ("she walked", "the storm moved", "officers approached"), not what someone is seen as.
 */
const SEEN_WHERE_OR_WHEN =
  String.raw` (?:(?:far|recently|early|late|long|soon|close|near|high|low)\b[^.;]{0,30}?\bas\b|(?:he|she|they|it|we|i|you)\b|` +
  String.raw`(?:the |some |many |two |three |several )?(?!(?:most|more|less|least|best|better|worst|worse|ill|very|so|too|well|a|an|the|one|his|her|their|its|our|my|your|this|that|being|having)\b)(?![a-z]+ly\b)[a-z]+ [a-z]+ed\b)`;
/** The kinds of hedge, each a pattern part; HEDGE_RE is their union. */
const HEDGE_PARTS = [
  // Adverbs of hearsay and doubt: "reportedly", "allegedly", "apparently".
  String.raw`reportedly|purportedly|allegedly|apparently|supposedly|ostensibly|presumably|unconfirmed|rumou?red`,
  // Seeming: "appears to", "seems shaky", "it does not appear that", "it appears that".
  String.raw`(?:appears?|appeared|seems?|seemed) to\b|(?:seems?|seemed) (?:[a-z]+ly )?(?!to\b|like\b|as\b|the\b|a\b|an\b)[a-z]{3,}`,
  String.raw`it (?:(?:does|did) not|doesn['’]t|didn['’]t) appear that|it (?:appears|appeared) that`,
  String.raw`(?:appears?|appeared) (?:[a-z]+ly )?(?:ready|poised|likely|unlikely|certain|sure|willing|unwilling|eager|reluctant|inclined|headed|set|close|open|determined|prepared|intent|resigned|sympathetic|skeptical|sceptical|confident|unconvinced|divided|split|doomed|stalled|unaware|uninterested)\b`,
  // Held by unnamed others: "is believed to", "widely considered", "it was reported".
  // (And the British "is understood to", "it is understood that".)
  String.raw`(?:is|are|was|were|has been|have been) (?:believed|thought|said|alleged|reported|suspected|rumou?red|understood) to`,
  String.raw`(?:widely|generally) (?:considered|(?:seen|viewed|regarded) as(?! of\b)|believed)|it (?:is|was) (?:believed|reported|alleged|rumou?red|understood)(?!\s+by\s+(?!(?:some|many|others|several|local|unnamed|media|news|a\s+(?:number|few|handful|group)|residents|people|critics|sources)\b))`,
  // Seen so by no one named: "The plan is seen as a concession" (not "was seen leaving the building", nor "the risk of
  // being seen as"; nor seen where or when, "was seen as far away as Denver", "was seen as recently as Tuesday", "was
  // seen as she walked home", "were seen as firefighters arrived": SEEN_WHERE_OR_WHEN).
  String.raw`(?:is|are|was|were) (?:(?:now|still|often|increasingly) )?(?:seen|viewed|regarded) as(?! of\b)(?!${SEEN_WHERE_OR_WHEN})`,
  // Possibility: "may have", "may soon be" (not a rule: "may be required"), "likely to", "probably", "perhaps".
  String.raw`(?:may|might|could) have (?:been )?`,
  String.raw`(?:may|might) (?:soon |well |also |still |yet |eventually )?be\b(?! (?:required|allowed|permitted|forced|asked|sentenced|fined|appealed|excused|accompanied|used|obtained|eligible)\b)`,
  // "The deal could soon be dead", "could be near" (not what could be done to it: "could be fined", "could be seen").
  String.raw`could (?:soon |well |also |still |eventually )?be\b(?! [“"]?(?:[a-z]+ly )?(?:[a-z]+ed|[a-z]+en|used|paid|made|held|sent|sold|cut|set|put|kept|told|lost|found|built|brought|bought|caught|hit|hurt|left|met|read|run|shut|spent|struck|thought|won|eligible|required|allowed)\b)`,
  String.raw`\b(?:likely|unlikely) to\b|\b(?:probably|possibly|perhaps)\b`,
  // What is expected, by no one named: "The trial is expected to last three weeks", "is not expected to act".
  String.raw`(?:is|are|was|were) (?:not |also |now |still |widely |generally )?expected to\b`,
  // "will likely pass", "would most likely be delayed", "most likely" (not "Likely voters", "the most likely nominee").
  String.raw`(?:will|would|won['’]t|wouldn['’]t) (?:most |very )?likely\b|most likely\b`,
  // Reports and unnamed sources: "after reports emerged", "according to two sources", "sources say".
  String.raw`(?:after|amid|following) (?:media |news |press )?reports (?:emerged|surfaced|that)|(?:media |news )?reports (?:emerged|surfaced|suggest(?:ed)?)|according to (?:media |news |press |unconfirmed )?reports`,
  String.raw`(?:(?:a|one|two|three|several|multiple) )?sources? (?:say|says|said|tell|tells|told)|according to (?:(?:unnamed|anonymous|a|one|two|three|several|multiple) )?sources?`,
  // The writer's own doubt, outside quotations: "I suspect most of the council …", "they are, I think, beside the
  // point", "It seems to me that …" (case kept: "I" is the writer).
  String.raw`(?:I (?:suspect|think(?! (?:like|of|about)\b)|believe(?! in\b)|guess|doubt)\b|it seems to me\b)`,
];
const HEDGE_RE = new RegExp(String.raw`\b(?:${HEDGE_PARTS.join("|")})`, "gi");

// The words every match of HEDGE_RE contains, whole or (as the pattern has no final \b) as a prefix of a longer
// word (see keywords.ts); keep them in step with the pattern.
const HEDGE_WORDS = keywordFamily(
  "may might could reports according source sources said thought suspected expected understands appear appears appeared seem seems seemed widely generally likely unlikely probably possibly perhaps seen viewed regarded suspect think believe guess doubt".split(" "),
  "reported purportedly alleged apparently supposedly ostensibly presumably unconfirmed rumored rumoured believed understood".split(" "),
);

/** The end of a relative clause or a concession, right before "seemed": "who at first ", "whose aides ", "Though it ". */
const SEEMED_IN_ASIDE = /(?:\b(?:who|which|that) (?:(?:had|has|have|once|at|first|initially|long|also|then|still) ){0,2}|\bwhose [a-z]+ |\b(?:what|though|although|after) (?:[a-z]+ ){0,3})$/i;
/** The start of an aside about someone, right before "widely": ", ", ", who is ". */
const HELD_IN_ASIDE = /(?:,|\bwho (?:is|was|are|were)) $/i;

/**
 * Hedges in `text`, ignoring anything inside the given quoted ranges (relative to text). `families`: the keyword
 * families that can occur in `text` (keywords.ts).
 */
/**
 * A determiner, an owner or a count right before "most likely": which one is meant ("the most likely nominee", "Holt's
 * most likely opponent", "the two most likely candidates"; not "it's most likely a leak", where "'s" is "is").
 */
const MOST_LIKELY_WHICH = /(?:\b(?:the|a|an|his|her|their|its|our|my|your|two|three|four|five|several)|\b(?!(?:it|that|he|she|there|what|who|this|here|where)['’]s\b)[\p{L}.]+['’]s|s['’])\s+$/iu;
/** A verb of saying or thinking before "that": what it reports may be hedged ("warned that the dam might be …"). */
const SAID_THAT = /\b(?:said|says|say|warned|warns|told|believe[sd]?|think|thinks|thought|fear(?:s|ed)?|predicted|cautioned|acknowledged|noted|added|suggested|argued|conceded|worried|estimated)\s+(?:[\p{L}’'-]+\s+){0,2}?that\s+(?:[\p{L}’'-]+\s+){0,3}$/iu;
export function findHedges(text: string, quoted: { start: number; end: number }[] = [], families: Families = ALL_FAMILIES): string[] {
  const out: string[] = [];
  if ((families & HEDGE_WORDS) === 0) return out;
  HEDGE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HEDGE_RE.exec(text)) !== null) {
    const at = m.index;
    if (quoted.some((q) => at >= q.start && at < q.end)) continue;
    // (Not what seemed so in an aside or a concession, nor what is widely thought of someone in an aside:
    // "Holt, who at first seemed sympathetic, said", "Though it seemed unlikely, …", "Holt, widely seen as the
    // front-runner, said". Tested on the text before the match: a lookbehind in the pattern would run at every position.)
    const before = text.slice(Math.max(0, at - 40), at);
    if ((/^seem/i.test(m[0]) && !/ to$/i.test(m[0]) && SEEMED_IN_ASIDE.test(before)) || (/^(?:widely|generally)/i.test(m[0]) && HELD_IN_ASIDE.test(before))) continue;
    // (Nor what "might be" in a clause that only tells what was claimed or which thing: "disputed claims that the calls
    // might be illegal", "the evidence that might be presented".)
    if (/^(?:may|might) (?!have)/i.test(m[0]) && /\b(?:that|which|who)\s+(?:[\p{L}’'-]+\s+){0,3}$/iu.test(before) && !SAID_THAT.test(before)) continue;
    // (Nor a comparison of rates, "twice as likely to", "less likely to", nor an aside, "Ellis, who is likely to run, said".)
    if (/^(?:un)?likely/i.test(m[0]) && (/\b(?:as|more|less|times)\s+$/i.test(before) || /,\s+(?:who|which)\s+(?:is|are|was|were)\s+$/i.test(before))) continue;
    // (Nor what is expected of someone in an aside or a clause of when: "Blaine, who is expected to testify next week,
    // said", "storms are named when they are expected to cause …".)
    if (/expected to$/i.test(m[0]) && /(?:\b(?:who|which|when|if|whether|where)\s+(?:[\p{L}’'-]+\s+){0,2})$/iu.test(before)) continue;
    // (Nor "couldn't possibly", which insists, or "noises about possibly canceling", a plan talked of.)
    // (Nor "the most likely nominee": which one, not whether.)
    // (Nor "Holt's most likely opponent", "his most likely successor", "the two most likely candidates".)
    if (/^most likely/i.test(m[0]) && MOST_LIKELY_WHICH.test(before)) continue;
    if (/^possibly/i.test(m[0]) && /(?:n['’]t|\bnot|\babout|\bof)\s+$/i.test(before)) continue;
    const h = m[0].trim();
    if (!out.includes(h)) out.push(h);
  }
  // "The Irish Courant understands that …", "PBC News understands …": a name opening the sentence that has learnt
  // something it does not source (case kept: "Holt understands" in lower case would be no name).
  const understands = text.includes("understands") ? NAME_UNDERSTANDS.exec(text) : null;
  if (understands && !quoted.some((q) => understands.index >= q.start && understands.index < q.end)) out.push(understands[1]!);
  return out;
}
/** A name of up to four capitalised words opening the sentence, then "understands" (group 1: the hedge's words). */
const NAME_UNDERSTANDS = /^\s*((?:The\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}\s+understands)\b(?!\s+(?:why|how|what|the\s+(?:need|importance|concern|frustration|anger)))/u;
