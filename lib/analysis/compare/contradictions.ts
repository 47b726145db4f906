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
  /** Punctuation that ends a clause or a phrase (a comma, a dash, a bracket, a quotation mark) comes just before it. */
  breakBefore: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.,\-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
const NUMBER = /^\d[\d,]*(?:\.\d+)?$/;

const BREAK = /[,;:.!?()“”"‘’—–]|\s-+\s/;

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
    // "In 2012, officials said": a comma between a number and the next word leaves the number without a unit.
    if (!NUMBER.test(t.text) || !unit?.stem || unit.breakBefore || APPROXIMATE.has(ts[i - 1]?.lower ?? "")) return;
    // "2.5" and "2.50" are one figure.
    const value = String(Number(t.text.replace(/,/g, "")));
    out.push({ value, unit: unit.lower, before: nearestStem(ts, i, -1), after: nearestStem(ts, i + 1, 1) });
  });
  return out;
}

/**
 * Two numbers for the same thing that disagree: the same unit, the same word before the number or after the unit,
 * and no number the two versions share for that unit (a claim that gives both figures is not contradicted).
 */
export function numberContradiction(a: string, b: string): { unit: string; a: string; b: string } | null {
  const byUnitA = byUnit(quantities(a));
  const byUnitB = byUnit(quantities(b));
  for (const [unit, xs] of byUnitA) {
    const ys = byUnitB.get(unit);
    if (!ys || xs.some((x) => ys.some((y) => y.value === x.value))) continue;
    for (const x of xs) {
      const y = ys.find((q) => (x.before && q.before === x.before) || (x.after && q.after === x.after));
      if (y) return { unit, a: x.value, b: y.value };
    }
  }
  return null;
}

function byUnit(qs: readonly Quantity[]): Map<string, Quantity[]> {
  const out = new Map<string, Quantity[]>();
  for (const q of qs) out.set(q.unit, [...(out.get(q.unit) ?? []), q]);
  return out;
}

// Negations of a clause. "Without", "neither" and "nor" negate a phrase ("steps he took without congressional
// action") far more often than they deny an event, and are left out.
const NEGATORS = new Set("not never no none nobody nothing cannot".split(" "));
const isNegator = (t: Token) => NEGATORS.has(t.lower) || /n['’]t$/.test(t.lower);
/** After a negation, words that make it deny nothing: "not only", "nothing but", "no doubt", "not least". */
const NOT_DENYING = new Set("only just merely but least doubt".split(" "));

interface Polarity {
  /**
   * Stems a negation governs ("did not discuss sanctions" → "discuss"), each with the words from the negation to it
   * and the content stem after it ("sanction"): what is negated.
   */
  negated: Map<string, { phrase: string; next: string | null }>;
  /** Other stems: each time one occurs, the word as written and the content stem after it in its phrase. */
  affirmed: Map<string, { word: string; next: string | null }[]>;
  hasNegation: boolean;
}

function polarity(text: string): Polarity {
  const ts = tokens(text);
  const negated = new Map<string, { phrase: string; next: string | null }>();
  const governed = new Set<number>();
  ts.forEach((t, i) => {
    if (!isNegator(t) || NOT_DENYING.has(ts[i + 1]?.lower ?? "")) return;
    for (let k = i + 1; k <= i + CONTEXT_WORDS && k < ts.length && !isNegator(ts[k]!) && !ts[k]!.breakBefore; k++) {
      if (!ts[k]!.stem) continue;
      governed.add(k);
      const phrase = ts.slice(i, k + 1).map((x) => x.text).join(" ");
      if (!negated.has(ts[k]!.stem!)) negated.set(ts[k]!.stem!, { phrase, next: nearestStem(ts, k, 1) });
      break;
    }
  });
  const affirmed = new Map<string, { word: string; next: string | null }[]>();
  ts.forEach((t, i) => {
    if (!t.stem || governed.has(i)) return;
    affirmed.set(t.stem, [...(affirmed.get(t.stem) ?? []), { word: t.text, next: nearestStem(ts, i, 1) }]);
  });
  return { negated, affirmed, hasNegation: ts.some((t, i) => isNegator(t) && !NOT_DENYING.has(ts[i + 1]?.lower ?? "")) };
}

/**
 * One version negates what the other affirms: a word a negation governs in one, followed by the same word ("did not
 * discuss sanctions"), is in the other, which has no negation at all ("discussed sanctions"). The word after
 * keeps a shared verb about different things apart ("hasn't apologized to the young men" against "I apologize to
 * all involved"). Returns which version is negative and the words on each side.
 */
export function negationContradiction(a: string, b: string): { negative: "a" | "b"; negated: string; affirmed: string } | null {
  const pa = polarity(a);
  const pb = polarity(b);
  if (pa.hasNegation === pb.hasNegation) return null;
  const [neg, pos, negative] = pa.hasNegation ? [pa, pb, "a" as const] : [pb, pa, "b" as const];
  for (const [stem, { phrase, next }] of neg.negated) {
    // The same word followed by the same word in the other version: "discussed sanctions", not "discussed tariffs
    // … and announced sanctions".
    const same = next ? pos.affirmed.get(stem)?.find((x) => x.next === next) : undefined;
    // The negative version saying the word without a negation too ("the right candidate … is not the right
    // candidate") holds both; it contradicts nothing.
    if (same && !neg.affirmed.has(stem)) return { negative, negated: phrase, affirmed: same.word };
  }
  return null;
}
