// Contradictions between two versions of one proposition: things both cannot be right about. Each test asks for
// evidence that the two versions speak of the same thing, since a proposition's claims can share a topic and
// still say different things ("Police said 12 people were questioned" against "15 people were questioned" is a
// contradiction; "$447 billion package" against "$35 billion piece" is not).
import { contentStems } from "./terms";

interface Token {
  text: string;
  lower: string;
  /** Content stem, or null for a stopword, a number or a one-letter word. */
  stem: string | null;
  /** Punctuation that ends a clause or a phrase (a comma, a dash, a quotation mark) comes just before it. */
  breakBefore: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.,\-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
const NUMBER = /^\d[\d,]*(?:\.\d+)?$/;

const BREAK = /[,;:.!?()“”"—–]/;

function tokens(text: string): Token[] {
  let end = 0;
  return [...text.matchAll(TOKEN)].map((m) => {
    const t = m[0];
    const lower = t.toLowerCase();
    const stems = NUMBER.test(t) ? [] : contentStems(t);
    const breakBefore = BREAK.test(text.slice(end, m.index));
    end = m.index + t.length;
    return { text: t, lower, stem: stems.length === 1 ? stems[0]! : null, breakBefore };
  });
}

/** Words before a number that make it approximate ("more than $1 million", "about 40 people"). */
const APPROXIMATE = new Set("than over about nearly almost roughly around approximately some under least estimated".split(" "));
/** How far from a number its context word may be. */
const CONTEXT_WORDS = 3;

interface Quantity {
  value: string;
  unit: string;
  /** The content stems just before the number and just after the unit: what is counted or measured. */
  before: string | null;
  after: string | null;
}

/** The first content stem within CONTEXT_WORDS of `from` in the direction `step`, in the same phrase. */
function nearestStem(ts: readonly Token[], from: number, step: 1 | -1): string | null {
  for (let k = 1, i = from + step; k <= CONTEXT_WORDS && i >= 0 && i < ts.length; k++, i += step) {
    if (ts[step === 1 ? i : i + 1]!.breakBefore) return null;
    if (ts[i]!.stem) return ts[i]!.stem;
  }
  return null;
}

/** Exact numbers followed by a content word ("12 people", "$447 billion", "21 percent"). */
function quantities(text: string): Quantity[] {
  const ts = tokens(text);
  const out: Quantity[] = [];
  ts.forEach((t, i) => {
    const unit = ts[i + 1];
    if (!NUMBER.test(t.text) || !unit?.stem || APPROXIMATE.has(ts[i - 1]?.lower ?? "")) return;
    out.push({ value: t.text.replace(/,/g, ""), unit: unit.lower, before: nearestStem(ts, i, -1), after: nearestStem(ts, i + 1, 1) });
  });
  return out;
}

/**
 * Two numbers for the same thing that disagree: the same unit, the same word before the number or after the unit,
 * and no number the two versions share for that unit (a claim that gives both figures is not contradicted).
 */
export function numberContradiction(a: string, b: string): { unit: string; a: string; b: string } | null {
  const qa = quantities(a);
  const qb = quantities(b);
  for (const x of qa) {
    const valuesA = new Set(qa.filter((q) => q.unit === x.unit).map((q) => q.value));
    const valuesB = new Set(qb.filter((q) => q.unit === x.unit).map((q) => q.value));
    if ([...valuesA].some((v) => valuesB.has(v))) continue;
    const y = qb.find((q) => q.unit === x.unit && ((x.before && q.before === x.before) || (x.after && q.after === x.after)));
    if (y) return { unit: x.unit, a: x.value, b: y.value };
  }
  return null;
}

// Negations of a clause. "Without", "neither" and "nor" negate a phrase ("steps he took without congressional
// action") far more often than they deny an event, and are left out.
const NEGATORS = new Set("not never no none nobody nothing cannot".split(" "));
const isNegator = (t: Token) => NEGATORS.has(t.lower) || /n['’]t$/.test(t.lower);

interface Polarity {
  /**
   * Stems a negation governs ("did not discuss sanctions" → "discuss"), each with the words from the negation to it
   * and the content stem after it ("sanction"): what is negated.
   */
  negated: Map<string, { phrase: string; next: string | null }>;
  /** Other stems, with the word they come from. */
  affirmed: Map<string, string>;
  hasNegation: boolean;
}

function polarity(text: string): Polarity {
  const ts = tokens(text);
  const negated = new Map<string, { phrase: string; next: string | null }>();
  const governed = new Set<number>();
  ts.forEach((t, i) => {
    if (!isNegator(t)) return;
    for (let k = i + 1; k <= i + CONTEXT_WORDS && k < ts.length && !isNegator(ts[k]!) && !ts[k]!.breakBefore; k++) {
      if (!ts[k]!.stem) continue;
      governed.add(k);
      const phrase = ts.slice(i, k + 1).map((x) => x.text).join(" ");
      if (!negated.has(ts[k]!.stem!)) negated.set(ts[k]!.stem!, { phrase, next: nearestStem(ts, k, 1) });
      break;
    }
  });
  const affirmed = new Map<string, string>();
  ts.forEach((t, i) => {
    if (t.stem && !governed.has(i) && !affirmed.has(t.stem)) affirmed.set(t.stem, t.text);
  });
  return { negated, affirmed, hasNegation: ts.some(isNegator) };
}

/**
 * One version negates what the other affirms: a word a negation governs in one and the word after it ("did not
 * discuss sanctions") are both in the other, which has no negation at all ("discussed sanctions"). The word after
 * keeps a shared verb about different things apart ("hasn't apologized to the young men" against "I apologize to
 * all involved"). Returns which version is negative and the words on each side.
 */
export function negationContradiction(a: string, b: string): { negative: "a" | "b"; negated: string; affirmed: string } | null {
  const pa = polarity(a);
  const pb = polarity(b);
  if (pa.hasNegation === pb.hasNegation) return null;
  const [neg, pos, negative] = pa.hasNegation ? [pa, pb, "a" as const] : [pb, pa, "b" as const];
  for (const [stem, { phrase, next }] of neg.negated) {
    const word = pos.affirmed.get(stem);
    // The negative version saying the word without a negation too ("the right candidate … is not the right
    // candidate") holds both; it contradicts nothing.
    if (word && next && pos.affirmed.has(next) && !neg.affirmed.has(stem)) return { negative, negated: phrase, affirmed: word };
  }
  return null;
}
