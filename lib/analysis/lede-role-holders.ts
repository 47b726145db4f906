// A lede often gives a person's post before their name: "The chief executive of University Hospital Shannonside has
// denied …. [paragraph] Chief executive Declan Furlong said …", "The mayor of a flood-ravaged North Queensland town has
// accused …. Gundara Shire Mayor Dianne Kopecky said …". The claim is that person's, not the body's or the place's the
// post is of; and a headline's "Hospital chief denies …" is theirs too.
import type { EntityIndex } from "./entities";
import { credit, personTitled } from "./headline-descriptions";
import { ROLE_HEADS } from "./lexicon";
import type { ExtractedClaim, Mention } from "./types";

/**
 * "The chief executive of ", "But the head of the ", "A spokesman for the ": a post of something, opening the
 * sentence, right before the name of what it is of. Group 1: the post's last word.
 */
const POST_OF_LEAD = /^(?:(?:But|And|Meanwhile|Now),?\s+)?(?:The|the|A|a|An|an)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:of|at|for)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}’'.-]+\s+){0,5}$/u;
/** A description that is such a post: "the mayor of a small coastal town". Group 1: the post's last word. */
const POST_OF_WORDS = /^(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:of|at|for)\s/iu;
/** Posts that speak for a body rather than as a person named later: the body keeps the claim. */
const SPEAKS_FOR = new Set(["spokesman", "spokeswoman", "spokesperson", "official", "officials", "member", "aide", "lawyer", "attorney", "counsel"]);
/** How far past the lede's claim the holder must be named: about three paragraphs. */
const WINDOW = 900;
/** Kinds of source the engine gives a post of something to: the body or place it is of, or the description itself. */
const POST_KINDS = new Set(["organization", "institution", "other", "place", "unnamed"]);

/**
 * The post a lede claim's source is given ("executive" of "The chief executive of …") and the words that give it
 * ("The chief executive of University Hospital Shannonside"), or null.
 */
function postOf(c: ExtractedClaim, mentions: readonly Mention[], text: string): { post: string; words: string } | null {
  const role = c.source!.role?.toLowerCase();
  if (role && ROLE_HEADS.has(role)) return { post: role, words: c.source!.text };
  // (A description the engine kept whole: "the mayor of a small coastal town".)
  const whole = POST_OF_WORDS.exec(c.source!.text)?.[1]?.toLowerCase();
  if (whole && ROLE_HEADS.has(whole)) return { post: whole, words: c.source!.text };
  const named = mentions.find((m) => m.entityKey === c.source!.entityKey && m.start >= c.start && m.end <= c.end);
  const lead = named ? POST_OF_LEAD.exec(text.slice(c.start, named.start)) : null;
  if (!lead || !ROLE_HEADS.has(lead[1]!)) return null;
  const from = c.start + lead[0].search(/\b(?:The|the|A|a|An|an)\s/);
  return { post: lead[1]!, words: text.slice(from, named!.end) };
}

/** The first person named with that post in the paragraphs after `from` ("Chief executive Declan Furlong"). */
function holderAfter(post: string, from: number, mentions: readonly Mention[], ents: EntityIndex): string | null {
  const holder = mentions.find(
    (m) => m.section === "body" && m.start > from && m.start < from + WINDOW && ents.kindOf(m.entityKey) === "person" && (m.role ?? "").toLowerCase().split(/[\s,]+/).includes(post),
  );
  return holder?.entityKey ?? null;
}

/**
 * Gives the lede's claims made by a post of something ("The chief executive of X has denied") to the person named with
 * that post in the next paragraphs, and a headline's or subheadline's description of that post ("Hospital chief") to
 * the same person.
 */
export function resolveLedeRoleHolders(claims: ExtractedClaim[], mentions: Mention[], ents: EntityIndex, text: string): void {
  const lede = claims.find((c) => c.section === "body");
  if (!lede) return;
  // (The lede: the body's first two paragraphs, as a photo caption may come first.)
  const paragraphEnd = (from: number) => (text.indexOf("\n\n", from) < 0 ? text.length : text.indexOf("\n\n", from));
  const ledeEnd = paragraphEnd(paragraphEnd(lede.start) + 2);
  for (const c of claims) {
    if (c.section !== "body" || c.start >= ledeEnd || !c.source || !POST_KINDS.has(ents.kindOf(c.source.entityKey))) continue;
    const given = postOf(c, mentions, text);
    if (!given || SPEAKS_FOR.has(given.post)) continue;
    const { post } = given;
    const holder = holderAfter(post, c.end, mentions, ents);
    if (!holder) continue;
    credit(c, holder, mentions);
    c.source!.text = given.words;
    // ("Hospital chief denies …": a headline's word for that post, which no one else in the body holds.)
    for (const h of claims) {
      if (h.section === "body" || !h.source || ents.kindOf(h.source.entityKey) !== "unnamed") continue;
      const noun = h.source.text.toLowerCase().split(" ").at(-1)!;
      if (noun === post || personTitled(noun, [], [...mentions].filter((m) => m.entityKey === holder), ents, text) === holder) credit(h, holder, mentions);
    }
  }
}
