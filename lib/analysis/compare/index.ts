// compareArticles: the claims of one event's articles lined up into propositions, with what differs between
// outlets. Pure: analyses in, comparison out.
import { alignItems, crossArticleSimilarities, tfidfVectors, type AlignItem } from "./align";
import { linkEntities } from "./entity-links";
import { propositionDifferences, type DiffClaim } from "./differences";
import { claimTerms, contentStems, type ClaimTerms } from "./terms";
import { CATEGORY_OF_KIND, type ClaimRef, type CompareArticle, type CompareOptions, type ComparedProposition, type Comparison } from "./types";
import type { ClaimKind, ExtractedClaim, PropositionCategory } from "../types";

export * from "./types";
export { asPhrases, wordDiff } from "./word-diff";
export { linkEntities, foldName } from "./entity-links";

const TOPIC_WORDS = 12;
const REFERS_BACK = /^(?:a|an|the)\s+(claim|allegation|assertion|accusation|charge|contention|notion|theory|statement)\b/i;

/** A back-referring claim's terms: its own plus what its referent claims (not the referent's source). */
function withReferent(own: ClaimTerms, referent: ClaimTerms, referringNoun: string): ClaimTerms {
  const counts = new Map(own.counts);
  for (const t of contentStems(referringNoun)) counts.delete(t);
  for (const [t, c] of referent.counts) if (t !== `#${referent.source}`) counts.set(t, (counts.get(t) ?? 0) + c);
  const entities = new Set([...own.entities, ...[...referent.entities].filter((e) => e !== referent.source)]);
  return { counts, entities, source: own.source };
}

/**
 * Similarities for alignment when some claims follow their referent as an appositive ("…, a claim which Pence
 * repeated on air last month"). A follower is not aligned itself, but its own words tell more about its referent's
 * proposition: who else made the claim, where, when. A claim of another outlet that matches those words ("Pence
 * appeared on Face the Nation … and denied any wrongdoing") matches the proposition, so the referent takes the
 * better of its own similarity and its follower's. The follower is compared by its own terms (`describing`): with
 * its referent's added, it would only repeat the referent's matches, more strongly.
 */
function creditFollowers(
  items: readonly AlignItem[],
  sims: ReadonlyMap<number, number>,
  describing: ReadonlyMap<number, ClaimTerms>,
  rootOf: (follower: number) => number,
): Map<number, number> {
  const n = items.length;
  const own = items.map((it, i) => ({ ...it, terms: describing.get(i) ?? it.terms }));
  const credited = new Map(sims);
  for (const [key, s] of crossArticleSimilarities(own, tfidfVectors(own))) {
    const i = Math.floor(key / n);
    const j = key % n;
    for (const [f, x] of [[i, j], [j, i]] as const) {
      if (!describing.has(f)) continue;
      const r = rootOf(f);
      const k = Math.min(r, x) * n + Math.max(r, x);
      if (s > (credited.get(k) ?? 0)) credited.set(k, s);
    }
  }
  return credited;
}

/** The most common category of the claims; ties go to the more specific category (attributed before background). */
function categoryOf(kinds: readonly ClaimKind[]): PropositionCategory {
  const order: PropositionCategory[] = ["blame", "denials", "concluded", "said", "opinion", "background"];
  const counts = new Map<PropositionCategory, number>();
  for (const k of kinds) counts.set(CATEGORY_OF_KIND[k], (counts.get(CATEGORY_OF_KIND[k]) ?? 0) + 1);
  return order.reduce((best, c) => ((counts.get(c) ?? 0) > (counts.get(best) ?? 0) ? c : best), order[0]!);
}

const wordCount = (text: string) => text.trim().split(/\s+/).length;

/**
 * The claim that names a proposition: a headline if one is in it (headlines sum up), else the claim closest to
 * the others. Fragments of under five words ("on air last month") never name anything.
 */
function namingClaim(members: readonly ExtractedClaim[], centrality: (i: number) => number, renames: (i: number) => boolean = () => false): ExtractedClaim {
  // (Not a claim that only renames another member, "A claim which Pence repeated on air …", when another will do.)
  const long = members.map((c, i) => ({ c, i })).filter(({ c }) => wordCount(c.exact) >= 5);
  const candidates = long.some(({ i }) => !renames(i)) ? long.filter(({ i }) => !renames(i)) : long;
  if (!candidates.length) return members[0]!;
  const headline = candidates.find(({ c }) => c.section === "title");
  if (headline) return headline.c;
  return candidates.reduce((best, x) => (centrality(x.i) > centrality(best.i) ? x : best)).c;
}

/** A short label: the claim's words without quotation marks, clipped to a dozen words. */
function topicOf(text: string): string {
  const words = text.replace(/[“”"]/g, "").trim().split(/\s+/);
  const clipped = words.slice(0, TOPIC_WORDS).join(" ").replace(/[,;:—–-]+$/, "");
  const label = words.length > TOPIC_WORDS ? `${clipped}…` : clipped.replace(/[.]$/, "");
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export function compareArticles(articles: readonly CompareArticle[], options: CompareOptions = {}): Comparison {
  const links = linkEntities(articles);
  const refs: ClaimRef[] = [];
  const items: (AlignItem & DiffClaim)[] = [];
  // Item index of a back-referring claim → item index of the claim it refers to.
  const refersTo = new Map<number, number>();
  // A back-referring appositive's own terms (without its referent's), by item index.
  const appositiveTerms = new Map<number, ClaimTerms>();
  articles.forEach((a, ai) => {
    const { claims, mentions, document } = a.analysis;
    const terms = claims.map((claim) => claimTerms(ai, claim, mentions, document.text, links));
    claims.forEach((claim, ci) => {
      const ref = { article: ai, claim: ci };
      refs.push(ref);
      const previous = claims[ci - 1];
      // "…, a claim which Pence repeated": the claim is about what the claim before it says.
      const own = terms[ci]!;
      const noun = REFERS_BACK.exec(claim.exact)?.[1];
      const referent = previous && noun && claim.start - previous.end <= 3 ? terms[ci - 1]! : null;
      // One that repeats its referent ("a claim which Pence repeated") states the same proposition; one that
      // refutes it ("a claim the intelligence community refutes") states the opposite and is aligned on its own.
      if (referent && claim.kind !== "denial") {
        refersTo.set(items.length, items.length - 1);
        // An appositive ("…, a claim which Pence repeated on air") describes the claim it renames: its own words
        // tell who else made it, where and when. A sentence of its own ("The statement also quotes …") may add
        // things the claim never said, so its words do not speak for the claim's proposition.
        if (document.text.slice(previous!.end, claim.start).includes(",")) appositiveTerms.set(items.length, own);
      }
      items.push({ ref, claim, article: ai, kind: claim.kind, terms: referent ? withReferent(own, referent, noun!) : own });
    });
  });
  // Items are laid out article by article: a claim's item index is its article's first index plus its own.
  const firstItem = articles.map((_, ai) => refs.findIndex((r) => r.article === ai));
  const idx = (r: ClaimRef): number | undefined =>
    r.article >= 0 && r.article < articles.length && r.claim >= 0 && r.claim < articles[r.article]!.analysis.claims.length
      ? firstItem[r.article]! + r.claim
      : undefined;

  const pinnedGroups = (options.pinned ?? []).map((g) => g.map(idx).filter((i): i is number => i !== undefined)).filter((g) => g.length > 0);
  const fixed = new Set<number>(pinnedGroups.flat());
  const singles = (options.single ?? []).map(idx).filter((i): i is number => i !== undefined && !fixed.has(i));
  for (const i of singles) fixed.add(i);

  const vectors = tfidfVectors(items);
  const sims = crossArticleSimilarities(items, vectors);
  const n = items.length;
  const simOf = (i: number, j: number) => (i === j ? 1 : (sims.get(Math.min(i, j) * n + Math.max(i, j)) ?? 0));
  const similarity = (a: ClaimRef, b: ClaimRef) => simOf(idx(a)!, idx(b)!);

  // A claim repeating its referent states the referent's proposition by construction: it joins its referent's
  // group rather than competing for matches of its own.
  const following = new Set([...refersTo.keys()].filter((i) => !fixed.has(i) && !fixed.has(refersTo.get(i)!)));
  const rootOf = (i: number) => {
    let root = refersTo.get(i)!;
    while (following.has(root)) root = refersTo.get(root)!;
    return root;
  };
  const describing = new Map([...appositiveTerms].filter(([i]) => following.has(i)));
  const alignSims = describing.size ? creditFollowers(items, sims, describing, rootOf) : sims;
  const aligned = alignItems(items, new Set([...fixed, ...following]), alignSims);
  for (const i of following) aligned.find((g) => g.includes(rootOf(i)))?.push(i);
  const groups = [
    ...pinnedGroups.map((g) => ({ members: g, pinned: true })),
    ...singles.map((i) => ({ members: [i], pinned: true })),
    ...aligned.map((g) => ({ members: g.sort((x, y) => x - y), pinned: false })),
  ];
  const documents = articles.map((a) => a.analysis.document.text);
  const roles = new Map<string, string[]>();
  articles.forEach((a, ai) => {
    for (const m of a.analysis.mentions) {
      if (!m.role) continue;
      const id = links.globalId(ai, m.entityKey);
      roles.set(id, [...(roles.get(id) ?? []), m.role]);
    }
  });
  const ctx = { outlets: articles.map((a) => a.outlet), links, similarity, rolesOf: (id: string) => roles.get(id) ?? [] };

  const propositions: ComparedProposition[] = groups.map(({ members, pinned }) => {
    const claims = members.map((i) => items[i]!);
    const centrality = (k: number) => members.reduce((sum, j) => sum + simOf(members[k]!, j), 0);
    return {
      topic: topicOf(namingClaim(claims.map((c) => c.claim), centrality, (k) => refersTo.has(members[k]!)).exact),
      category: categoryOf(claims.map((c) => c.claim.kind)),
      claims: claims.map((c) => c.ref),
      differences: propositionDifferences(claims, ctx, documents, articles.length),
      pinned,
    };
  });
  // Shared propositions first, then by where they first appear.
  const outletsOf = (p: ComparedProposition) => new Set(p.claims.map((c) => c.article)).size;
  const firstAt = (p: ComparedProposition) => Math.min(...p.claims.map((c) => c.article * 1e6 + c.claim));
  propositions.sort((a, b) => outletsOf(b) - outletsOf(a) || firstAt(a) - firstAt(b));
  return { propositions };
}
