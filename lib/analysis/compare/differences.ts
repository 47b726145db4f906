// Differences between outlets within one proposition. Each pair of articles is compared through its closest pair
// of claims; every difference is typed, explained in a sentence and carries the word-level diff.
import { loadedPhrases } from "../framing";
import { SPOKESPERSON_WORDS } from "../lexicon";
import type { ExtractedClaim } from "../types";
import { foldName, type EntityLinks } from "./entity-links";
import { negationContradiction, numberContradiction } from "./contradictions";
import { countryOf } from "./places";
import { contentStems, type ClaimTerms } from "./terms";
import type { ClaimRef, ComparedDifference, DiffToken } from "./types";
import { runs, wordDiff } from "./word-diff";

export interface DiffClaim {
  ref: ClaimRef;
  claim: ExtractedClaim;
  terms: ClaimTerms;
}

export interface DiffContext {
  outlets: readonly string[];
  links: EntityLinks;
  similarity(a: ClaimRef, b: ClaimRef): number;
  /** The roles the articles give an entity (event-wide id): "a spokeswoman for the Obama campaign". */
  rolesOf(globalId: string): readonly string[];
}

/** Roles whose words are their body's: a spokesperson speaks for it; a founder or a member speaks for themselves. */
const SPEAKING_ROLE = new RegExp(String.raw`\b(?:${[...SPOKESPERSON_WORDS].join("|")}|press secretary|communications director)\b`, "i");

/** The spokesperson's role the articles give `person` that names `body` ("a spokeswoman for the Obama campaign"). */
function speaksFor(person: string, body: string, ctx: DiffContext): string | null {
  const name = fold(ctx.links.nameOf(body));
  if (name.length < 2) return null;
  return ctx.rolesOf(person).find((role) => SPEAKING_ROLE.test(role) && ` ${fold(role)} `.includes(` ${name} `)) ?? null;
}

const quote = (s: string) => `“${s}”`;
const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
const fold = (s: string) => s.toLowerCase().replace(/[“”"‘’'.]/g, "").replace(/\s+/g, " ").trim();
/** Words for the news media as a group: blaming "the press" or "journalists" is blaming "the media". */
const NEWS_MEDIA = /^(?:the )?(?:(?:news|mainstream|national) )?(?:media|press|press corps|journalists|reporters)$/;
const blamedKey = (text: string) => `blamed:${NEWS_MEDIA.test(fold(text)) ? "media" : fold(text)}`;
const isHeadline = (c: DiffClaim) => c.claim.section === "title";

// Per-claim results reused across the pairs a claim is compared in.
const stemSets = new WeakMap<ExtractedClaim, Set<string>>();
const phraseLists = new WeakMap<ExtractedClaim, string[]>();

function stemSet(claim: ExtractedClaim): Set<string> {
  let s = stemSets.get(claim);
  if (!s) stemSets.set(claim, (s = new Set(contentStems(claim.exact))));
  return s;
}

/** Loaded and editorial words that are the outlet's own: asides outside what a source is reported to say, loaded words outside quotations. */
function ownPhrases(c: DiffClaim, doc: string): string[] {
  const cached = phraseLists.get(c.claim);
  if (cached) return cached;
  const at = c.claim.source ? c.claim.exact.indexOf(c.claim.content) : -1;
  const reported = at >= 0 ? { start: c.claim.start + at, end: c.claim.start + at + c.claim.content.length } : null;
  const ownWords = (p: { start: number; end: number }) => !reported || p.end <= reported.start || p.start >= reported.end;
  const out = loadedPhrases(doc, c.claim.start, c.claim.end)
    .filter((p) => (p.reason === "editorial" ? ownWords(p) : !insideQuotes(doc, c.claim.start, p.start)))
    .map((p) => p.text);
  phraseLists.set(c.claim, out);
  return out;
}

/** Whether `pos` is inside a quotation that is open at that point of the claim starting at `from`. */
function insideQuotes(text: string, from: number, pos: number): boolean {
  let open = false;
  for (let i = from; i < pos; i++) {
    const ch = text[i];
    if (ch === "“") open = true;
    else if (ch === "”") open = false;
    else if (ch === '"') open = !open;
  }
  return open;
}

/** Each claim's specifics, computed once a comparison: a claim meets several others, and its whole article's are asked for. */
const specificsOf = new WeakMap<DiffClaim, Map<string, string>>();

/** What a claim names besides its source: entities, blamed parties as worded, numbers. */
function specifics(c: DiffClaim, links: EntityLinks): Map<string, string> {
  const cached = specificsOf.get(c);
  if (cached) return cached;
  const out = new Map<string, string>();
  specificsOf.set(c, out);
  for (const id of c.terms.entities) {
    if (id === c.terms.source) continue;
    const name = links.nameOf(id);
    // "Moscow" and "Russia" are one country for this purpose.
    out.set(countryOf(foldName(name)) ?? id, name);
  }
  for (const b of c.claim.blamed) {
    const id = b.entityKey ? links.globalId(c.ref.article, b.entityKey) : blamedKey(b.text);
    if (id === c.terms.source) continue;
    // "U.S. spies" stands for itself: the "U.S." inside it is not a detail of its own.
    for (const [k, name] of out) if (k !== id && fold(b.text).includes(fold(name))) out.delete(k);
    // (Named as worded, unless the words only refer to them: "his rhetoric" is Santorum's, "the agency" the I.R.S.)
    out.set(id, b.entityKey && !/\p{Lu}/u.test(b.text) ? links.nameOf(id) : b.text);
  }
  return out;
}

const namedStemsOf = new WeakMap<DiffClaim, Set<string>>();

/** A claim's content stems with those of the names of whom it names (see specifics). */
function namedStems(c: DiffClaim, links: EntityLinks): Set<string> {
  let stems = namedStemsOf.get(c);
  if (!stems) namedStemsOf.set(c, (stems = new Set([...stemSet(c.claim), ...[...specifics(c, links).values()].flatMap(contentStems)])));
  return stems;
}

/** The longest run of words one claim has and the other lacks, when it carries at least two content words. */
function longestExtra(diff: DiffToken[], op: "added" | "removed", otherStems: Set<string>): string | null {
  let best: string | null = null;
  for (const run of runs(diff, op)) {
    const fresh = contentStems(run).filter((s) => !otherStems.has(s));
    if (fresh.length >= 2 && (!best || run.length > best.length)) best = run;
  }
  return best;
}

/** The differences between two articles' versions of a proposition. */
export function compareClaims(
  a: DiffClaim,
  b: DiffClaim,
  ctx: DiffContext,
  documents: readonly string[],
  namedIn: (article: number) => ReadonlySet<string>,
): ComparedDifference[] {
  const A = ctx.outlets[a.ref.article]!;
  const B = ctx.outlets[b.ref.article]!;
  const diff = wordDiff(a.claim.exact, b.claim.exact);
  const out: ComparedDifference[] = [];
  const push = (type: ComparedDifference["type"], explanation: string) =>
    out.push({ type, explanation, articles: [a.ref.article, b.ref.article], claims: [a.ref, b.ref], diff });

  // Attribution: who it is attributed to, or attributed against stated outright.
  const sa = a.terms.source;
  const sb = b.terms.source;
  const spokesperson = sa && sb && sa !== sb ? ([sa, sb] as const).find((p) => speaksFor(p, p === sa ? sb : sa, ctx)) : undefined;
  if (spokesperson) {
    // One outlet names the person who spoke for the body the other quotes: the same source, worded differently.
    const [P, body, other] = spokesperson === sa ? [A, sb!, B] : [B, sa!, A];
    const role = speaksFor(spokesperson, body, ctx)!;
    push("detail", `${P} names who spoke for ${ctx.links.nameOf(body)}: ${ctx.links.nameOf(spokesperson)}, ${role}; ${other} attributes it to ${ctx.links.nameOf(body)}.`);
  } else if (sa !== sb) {
    if (sa && sb) push("attribution", `${A} attributes this to ${ctx.links.nameOf(sa)}; ${B} attributes it to ${ctx.links.nameOf(sb)}.`);
    else if (sa) push("attribution", `${A} attributes this to ${ctx.links.nameOf(sa)}; ${B} states it in its own voice.`);
    else push("attribution", `${B} attributes this to ${ctx.links.nameOf(sb!)}; ${A} states it in its own voice.`);
  } else if (sa && a.claim.source?.role && b.claim.source?.role && fold(a.claim.source.role) !== fold(b.claim.source.role)) {
    push("detail", `${A} calls ${ctx.links.nameOf(sa)} ${quote(a.claim.source.role)}; ${B} calls them ${quote(b.claim.source.role)}.`);
  }

  // Hedging.
  if (a.claim.hedged !== b.claim.hedged) {
    const [h, plain, hc] = a.claim.hedged ? [A, B, a.claim] : [B, A, b.claim];
    push("hedging", `${h} hedges it (${hc.hedges.map(quote).join(", ")}); ${plain} states it without a hedge.`);
  } else if (a.claim.hedged && fold(a.claim.hedges.join(" ")) !== fold(b.claim.hedges.join(" "))) {
    push("hedging", `${A} hedges it with ${list(a.claim.hedges.map(quote))}; ${B} with ${list(b.claim.hedges.map(quote))}.`);
  }

  // Details: who or what each version names; one-sided extras are omissions. A headline sums up in a few words: what
  // it leaves out that a sentence of the other outlet names is an omission only if its article names it nowhere in
  // the proposition (`namedIn`), and the same for what it names that the other's sentence leaves out.
  const bothHeadlines = isHeadline(a) && isHeadline(b);
  const comparable = bothHeadlines || (!isHeadline(a) && !isHeadline(b));
  const xa = specifics(a, ctx.links);
  const xb = specifics(b, ctx.links);
  const missing = (named: Map<string, string>, other: Map<string, string>, otherArticle: number) =>
    [...named].filter(([k]) => !other.has(k) && (comparable || !namedIn(otherArticle).has(k))).map(([, v]) => v);
  const onlyA = missing(xa, xb, b.ref.article);
  const onlyB = missing(xb, xa, a.ref.article);
  const [inA, inB] = bothHeadlines ? [`${A}’s headline`, `${B}’s headline`] : [A, B];
  if (onlyA.length && onlyB.length) push("detail", `${inA} names ${list(onlyA)} where ${inB} names ${list(onlyB)}.`);
  else if (onlyA.length) push("omission", `${inB} leaves out ${list(onlyA)}, which ${inA} includes.`);
  else if (onlyB.length) push("omission", `${inA} leaves out ${list(onlyB)}, which ${inB} includes.`);

  // Numbers for the same thing that disagree cannot both be right.
  const numbers = numberContradiction(a.claim.exact, b.claim.exact);
  if (numbers) push("contradiction", `${A} says ${numbers.a} ${numbers.unit}; ${B} says ${numbers.b} ${numbers.unit}.`);
  // One outlet's version negated: only when both give the same source and neither is a denial.
  const sameVoice = sa === sb && a.claim.kind !== "denial" && b.claim.kind !== "denial";
  const negation = sameVoice ? negationContradiction(a.claim.content, b.claim.content) : null;
  if (negation) {
    const [neg, pos] = negation.negative === "a" ? [A, B] : [B, A];
    push("contradiction", `${neg} says ${quote(negation.negated)}; ${pos} says ${quote(negation.affirmed)} without a negation.`);
  }

  // A clause one version adds.
  // (With the names of whom each version names: "her rhetoric" that means Ann Holt's does not leave out "Ann Holt's".)
  const stemsA = namedStems(a, ctx.links);
  const stemsB = namedStems(b, ctx.links);
  const extraB = comparable ? longestExtra(diff, "added", stemsA) : null;
  const extraA = comparable ? longestExtra(diff, "removed", stemsB) : null;
  if (extraB && !onlyB.length) push("omission", `${B} adds ${quote(extraB)}, which ${A} does not say.`);
  if (extraA && !onlyA.length) push("omission", `${A} adds ${quote(extraA)}, which ${B} does not say.`);

  // Framing: loaded or editorial words in one version only, or opinion against fact.
  // The outlet's own words only (see ownPhrases).
  const phrases = (c: DiffClaim) => ownPhrases(c, documents[c.ref.article]!);
  const pa = phrases(a);

  const pb = phrases(b);
  const fa = new Set(pa.map(fold));
  const fb = new Set(pb.map(fold));
  const loadedA = [...new Set(pa.filter((p) => !fb.has(fold(p))))];
  const loadedB = [...new Set(pb.filter((p) => !fa.has(fold(p))))];
  if (loadedA.length) push("framing", `${A} frames it with ${list(loadedA.map(quote))}, which ${B} does not use.`);
  if (loadedB.length) push("framing", `${B} frames it with ${list(loadedB.map(quote))}, which ${A} does not use.`);
  if (!loadedA.length && !loadedB.length && (a.claim.kind === "opinion") !== (b.claim.kind === "opinion")) {
    const [op, fact] = a.claim.kind === "opinion" ? [A, B] : [B, A];
    push("framing", `${op} gives it as the outlet's own judgement; ${fact} as fact or report.`);
  }
  return out;
}

/** The article whose claims are, in sum, the most similar to the other articles' claims of the proposition. */
function referenceArticle(articles: readonly number[], byArticle: Map<number, DiffClaim[]>, ctx: DiffContext): number {
  let best = articles[0]!;
  let bestScore = -1;
  for (const a of articles) {
    let score = 0;
    for (const c of byArticle.get(a)!) for (const b of articles) if (b !== a) for (const o of byArticle.get(b)!) score += ctx.similarity(c.ref, o.ref);
    if (score > bestScore) [best, bestScore] = [a, score];
  }
  return best;
}

/** All differences of a proposition: whether every outlet reports it, and how each outlet's version differs. */
export function propositionDifferences(members: readonly DiffClaim[], ctx: DiffContext, documents: readonly string[], eventArticles: number): ComparedDifference[] {
  const byArticle = new Map<number, DiffClaim[]>();
  for (const m of members) {
    if (!byArticle.has(m.ref.article)) byArticle.set(m.ref.article, []);
    byArticle.get(m.ref.article)!.push(m);
  }
  const articles = [...byArticle.keys()].sort((x, y) => x - y);
  const out: ComparedDifference[] = [];
  // Everything each article's claims of the proposition name (see compareClaims).
  const named = new Map<number, Set<string>>();
  const namedIn = (article: number) => {
    let keys = named.get(article);
    if (!keys) named.set(article, (keys = new Set((byArticle.get(article) ?? []).flatMap((c) => [...specifics(c, ctx.links).keys()]))));
    return keys;
  };
  if (articles.length < eventArticles) {
    const missing = ctx.outlets.map((_, i) => i).filter((i) => !byArticle.has(i));
    const have = articles.map((i) => ctx.outlets[i]!);
    out.push({
      type: "omission",
      explanation: `${articles.length === 1 ? "Only " : ""}${list(have)} ${articles.length === 1 ? "reports" : "report"} this; ${list(missing.map((i) => ctx.outlets[i]!))} ${missing.length === 1 ? "does" : "do"} not.`,
      articles,
      claims: members.map((m) => m.ref),
      diff: null,
    });
  }
  // Every other outlet's version against the reference outlet's (the one whose claims are closest to all the
  // others): k − 1 comparisons for k outlets rather than every pair. Within a pair of articles, each claim meets
  // its closest claim on the other side (a headline and a body sentence may both have something to say), and a
  // type already reported for the two articles is not repeated.
  const reference = referenceArticle(articles, byArticle, ctx);
  const seen = new Set<string>();
  for (const x of [articles.indexOf(reference)]) {
    for (let y = 0; y < articles.length; y++) {
      if (y === x) continue;
      const xs = byArticle.get(articles[x]!)!;
      const ys = byArticle.get(articles[y]!)!;
      const pairs = new Map<string, [DiffClaim, DiffClaim]>();
      const closest = (c: DiffClaim, others: DiffClaim[]) =>
        others.reduce((best, o) => (ctx.similarity(c.ref, o.ref) > ctx.similarity(c.ref, best.ref) ? o : best));
      for (const a of xs) {
        const b = closest(a, ys);
        pairs.set(`${a.ref.claim}:${b.ref.claim}`, [a, b]);
      }
      for (const b of ys) {
        const a = closest(b, xs);
        pairs.set(`${a.ref.claim}:${b.ref.claim}`, [a, b]);
      }
      // Headlines are also weighed against each other: what one headline names and the other leaves out.
      for (const a of xs.filter(isHeadline)) for (const b of ys.filter(isHeadline)) pairs.set(`${a.ref.claim}:${b.ref.claim}`, [a, b]);
      // Closest pairs first; after them, a type already reported for these two articles is not repeated.
      const ordered = [...pairs.values()].sort((p, q) => ctx.similarity(q[0].ref, q[1].ref) - ctx.similarity(p[0].ref, p[1].ref));
      for (const [a, b] of ordered) {
        // Explanations name the outlets in the event's order.
        const [first, second] = a.ref.article < b.ref.article ? [a, b] : [b, a];
        const headlines = isHeadline(a) && isHeadline(b);
        for (const d of compareClaims(first, second, ctx, documents, namedIn)) {
          // What the headlines name is told apart from what the articles' sentences name.
          // (…unless they name the same: one difference said twice, for the headlines and for the sentences, is noise.)
          const key = `${articles[y]}|${d.type}${headlines && (d.type === "omission" || d.type === "detail") ? "|headline" : ""}`;
          const said = d.explanation.replaceAll("’s headline", "");
          if (seen.has(key) || seen.has(said)) continue;
          seen.add(key);
          seen.add(said);
          out.push(d);
        }
      }
    }
  }
  return out;
}
