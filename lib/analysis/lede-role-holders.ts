// A lede often gives a person's post before their name: "The chief executive of University Hospital Shannonside has
// denied …. [paragraph] Chief executive Declan Furlong said …", "The mayor of a flood-ravaged North Queensland town has
// accused …. Gundara Shire Mayor Dianne Kopecky said …". The claim is that person's, not the body's or the place's the
// post is of; and a headline's "Hospital chief denies …" is theirs too.
import type { EntityIndex } from "./entities";
import { credit, personTitled, TITLES_OF_WHOEVER_RUNS } from "./headline-descriptions";
import { negationContradiction } from "./compare/contradictions";
import { contentStems } from "./compare/terms";
import { isPersonNoun, MILITARY_RANKS, ROLE_HEADS, SPEAKS_FOR_BODY } from "./lexicon";
import { escapeRegExp } from "./text-units";
import type { ExtractedClaim, Mention } from "./types";

/**
 * "The chief executive of ", "But the head of the ", "Washington (UCN) - The head of the ": a post of something,
 * definite and opening the sentence (past its dateline), right before the name of what it is of. Group 1: the post ("chief executive"); group 2: what it is of, up to the name.
 */
const POST_OF_LEAD = /^(?:\p{Lu}[\p{L}.' ]{1,40}?(?:\s\([^()]{1,24}\))?\s[-–—]\s)?(?:(?:But|And|Meanwhile|Now),?\s+)?(?:The|the)\s+((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)\s+(?:of|at|for)\s+((?:(?:the|a|an)\s+)?(?:[\p{L}’'.-]+\s+){0,5})$/u;
/** A description that is such a post: "the mayor of a small coastal town". Group 1: the post; group 2: what it is of. */
const POST_OF_WORDS = /^the\s+((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)\s+(?:of|at|for)\s+(.+)$/iu;
/** A post after the name of what it is of: "Tasman Pacific Bank’s chief executive". Group 1: what it is of; group 2: the post. */
const POSSESSED_POST_WORDS = /^((?:\p{Lu}[\p{L}.&-]*\s+){0,5}\p{Lu}[\p{L}.&-]*)['’]s?\s+((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)$/u;
/** Only "The/the" right before a post the engine kept inside a name's mention ("The mayor of a … town"). */
const THE_BEFORE = /^(?:\p{Lu}[\p{L}.' ]{1,40}?(?:\s\([^()]{1,24}\))?\s[-–—]\s)?(?:(?:But|And|Meanwhile|Now),?\s+)?(?:The|the)\s+$/u;
/** Posts that speak for a body, or for a client, rather than as a person named later: the body keeps the claim. */
const NOT_HOLDERS = new Set([...SPEAKS_FOR_BODY, "member", "lawyer", "attorney", "counsel"]);
/** Words before a title that make it another post than the lede's: "Deputy mayor", "Former chief executive". */
const OTHER_POST = new Set("former ex deputy acting vice assistant interim associate co then outgoing incoming".split(" "));
/**
 * Words for whoever heads a body, which stand for any title a body gives its head (TITLES_OF_WHOEVER_RUNS, "chief
 * executive" before "executive", "director-general"): "the head of", "the chief of".
 */
const HEAD_WORDS = new Set(["head", "chief", "leader", "boss"]);
/** Right before a title, a word that makes it another post: "Former ", "deputy ". */
const OTHER_POST_BEFORE = /\b(?:former|ex|deputy|acting|vice|assistant|interim|outgoing)[\s-]+$/i;
/** A military rank or an honorific written between a title and the name: "Adm.", "Gen.", "Dr". */
const RANK_AFTER_TITLE = new RegExp(String.raw`^(?:${MILITARY_RANKS}|Dr|Prof|Rev)\.?$`);
/** How far past the lede's claim the holder must be named: about three paragraphs. */
const WINDOW = 900;
/** Kinds of source the engine gives a post of something to: the body or place it is of, or the description itself. */
const POST_KINDS = new Set(["organization", "institution", "other", "place", "unnamed"]);

interface LedePost {
  /** The post, in lower case: "chief executive", "mayor". */
  post: string;
  /** The words that give it: "The chief executive of University Hospital Shannonside". */
  words: string;
  /** What it is the post of: "University Hospital Shannonside", "a flood-ravaged North Queensland town". */
  of: string;
  /** The name the engine found in it, when one: "Coast Guard" of "the US Coast Guard". */
  name?: string;
}

/** The post a lede claim's source is given, or null. */
function postOf(c: ExtractedClaim, mentions: readonly Mention[], text: string): LedePost | null {
  const named = mentions.find((m) => m.entityKey === c.source!.entityKey && m.start >= c.start && m.end <= c.end);
  if (!named) return null;
  const lead = text.slice(c.start, named.start);
  // (A description the engine kept whole, "the mayor of a small coastal town", or a mention worded with its post.)
  const whole = POST_OF_WORDS.exec(`${lead}${named.text}`.trim());
  if (whole && (THE_BEFORE.test(lead) || lead === "")) return { post: whole[1]!.toLowerCase(), words: `${lead}${named.text}`.trim(), of: whole[2]! };
  // ("Tasman Pacific Bank’s chief executive has told …": the post after what it is of, kept whole.)
  const owned = lead === "" || THE_BEFORE.test(lead) ? POSSESSED_POST_WORDS.exec(named.text) : null;
  if (owned) return { post: owned[2]!.toLowerCase(), words: `${lead}${named.text}`.trim(), of: owned[1]! };
  const post = POST_OF_LEAD.exec(lead);
  if (!post) return null;
  const from = c.start + post[0].search(/\b(?:The|the)\s/);
  return { post: post[1]!.toLowerCase(), words: text.slice(from, named.end), of: `${post[2]!}${named.text}`, name: named.text };
}

/**
 * The person named with that post in the paragraphs after `from`: one whose title is the post itself ("Chief
 * executive Declan Furlong"), else the one whose title adds only a place or body's name ("Gundara Shire Mayor") when
 * the lede names no place ("a flood-ravaged … town") or names that one. Never a deputy's or former holder's title, nor
 * one of two.
 */
function holderAfter(given: LedePost, from: number, mentions: readonly Mention[], ents: EntityIndex, text: string): string | null {
  // ("The head of the Federal Emergency Management Agency …. FEMA Administrator Priya Ramaswamy": a word for whoever
  // heads it stands for the title the body gives its head.)
  const posts = HEAD_WORDS.has(given.post) ? [given.post, "chief executive", ...TITLES_OF_WHOEVER_RUNS, "director-general"] : [given.post];
  const named = /^(?:a|an)\s/i.test(given.of) ? null : given.of.toLowerCase();
  // (All its name's capitalised words, "Secret Service Director", or its initials, "FEMA" of "the Federal Emergency
  // Management Agency": not "Health Secretary" of "the National Health Service", nor "Port Director" of "Transportation".)
  const capitals = given.of.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const initials = capitals.map((w) => w[0]).join("");
  // (Or the name alone, past a word for whose it is: "Coast Guard Commandant" for "the US Coast Guard".)
  const namesWhatItHeads = (extra: readonly string[]) => named !== null && (extra.join(" ").toLowerCase() === capitals.join(" ").toLowerCase() || extra.join(" ") === given.name || (initials.length >= 2 && extra.length === 1 && extra[0] === initials));
  const exact = new Set<string>();
  const placed = new Set<string>();
  for (const m of mentions) {
    if (m.section !== "body" || m.start <= from || m.start >= from + WINDOW || !m.role || ents.kindOf(m.entityKey) !== "person") continue;
    // (Not one who held it before or stands in: "Former Coast Guard Commandant Adm. Tom Reed".)
    if (OTHER_POST_BEFORE.test(text.slice(Math.max(0, m.start - m.role.length - 12), m.start - m.role.length))) continue;
    // (A post of what the lede named, "chief executive of Tasman Pacific Bank", is that post; of another body, "chief
    // executive of Ofwat" for "Ridgeway Water's chief executive", it is none.)
    const [post0, ...ofParts] = m.role.split(/\s+(?:of|at|for)\s+/);
    const ofWords = ofParts.join(" ").toLowerCase().split(/[\s,]+/).filter((w) => /^\p{L}/u.test(w) && !/^(?:the|a|an)$/.test(w));
    // (A description of it may stand for its name: "The chairman of the lender, Sir Tom Reyes".)
    const ofNamed = ofParts.join(" ").split(/[\s,]+/).some((w) => /^\p{Lu}/u.test(w));
    if (ofNamed && !ofWords.every((w) => given.of.toLowerCase().includes(w))) continue;
    const role = post0!.split(/[\s,]+/).filter((w) => !/^(?:the|a|an)$/i.test(w));
    // (Past a rank or honorific after the title: "Coast Guard Commandant Adm. Harriet Lindqvist".)
    while (role.length > 1 && RANK_AFTER_TITLE.test(role.at(-1)!)) role.pop();
    const post = posts.find((p) => role.slice(-p.split(" ").length).map((w) => w.toLowerCase()).join(" ") === p);
    if (post === undefined) continue;
    const extra = role.slice(0, -post.split(" ").length);
    // (A title other than the lede's word only with what it heads named: "FEMA Administrator", not "Administrator".)
    if (extra.length === 0 && post === given.post) exact.add(m.entityKey);
    else if (extra.length > 0 && extra.every((w) => /^\p{Lu}/u.test(w) && !OTHER_POST.has(w.toLowerCase())) && (named === null ? post === given.post : post === given.post ? extra.every((w) => named.split(/\s+/).includes(w.toLowerCase())) : namesWhatItHeads(extra))) placed.add(m.entityKey);
  }
  const found = exact.size ? exact : placed;
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * Gives the lede's claims made by a post of something ("The chief executive of X has denied") to the person named with
 * that post in the next paragraphs, and a headline's or subheadline's description of that post ("Hospital chief") to
 * the same person, when its other words are the lede's.
 */
export function resolveLedeRoleHolders(claims: ExtractedClaim[], mentions: Mention[], ents: EntityIndex, text: string): void {
  const first = claims.find((c) => c.section === "body");
  if (!first) return;
  // (The lede: the paragraph of the body's first claim and the next, as a photo caption may come first.)
  const paragraphEnd = (from: number) => (text.indexOf("\n\n", from) < 0 ? text.length : text.indexOf("\n\n", from));
  const ledeEnd = paragraphEnd(paragraphEnd(first.start) + 2);
  const held: { post: LedePost; holder: string }[] = [];
  for (const c of claims) {
    if (c.section !== "body" || c.start >= ledeEnd || !c.source || !POST_KINDS.has(ents.kindOf(c.source.entityKey))) continue;
    const given = postOf(c, mentions, text);
    const head = given?.post.split(" ").at(-1) ?? "";
    if (!given || !ROLE_HEADS.has(head) || NOT_HOLDERS.has(head)) continue;
    const holder = holderAfter(given, c.end, mentions, ents, text);
    if (!holder) continue;
    credit(c, holder, mentions);
    c.source!.text = given.words;
    held.push({ post: given, holder });
  }
  resolveLedeByHeadline(claims, mentions, ents, ledeEnd);
  if (!held.length) return;
  // ("Hospital chief denies …": a headline's word for that post, its other words among the lede's.)
  const holderMentions = new Map(held.map(({ holder }) => [holder, mentions.filter((m) => m.entityKey === holder)]));
  for (const h of claims) {
    if (h.section === "body" || !h.source || ents.kindOf(h.source.entityKey) !== "unnamed") continue;
    const words = h.source.text.toLowerCase().split(/\s+/);
    const noun = words.at(-1)!;
    const fits = held.filter(({ post, holder }) => {
      const lede = post.words.toLowerCase();
      const titled = post.post.split(" ").includes(noun) || personTitled(noun, [], holderMentions.get(holder)!, ents, text) === holder;
      return titled && words.slice(0, -1).every((w) => lede.includes(w));
    });
    if (new Set(fits.map((f) => f.holder)).size === 1) credit(h, fits[0]!.holder, mentions);
  }
}

/**
 * "The Cabinet official in charge of the nation's energy policy on Wednesday blamed two utilities for rolling blackouts"
 * under "Energy secretary blames utilities for Christmas blackouts": a lede's claim by one person only described is the
 * person the headline's claim of the same kind, saying most of the same, was found to be.
 */
function resolveLedeByHeadline(claims: ExtractedClaim[], mentions: Mention[], ents: EntityIndex, ledeEnd: number): void {
  const named = claims.filter((h) => h.section !== "body" && h.source && ents.kindOf(h.source.entityKey) === "person");
  if (!named.length) return;
  for (const c of claims) {
    if (c.section !== "body" || c.start >= ledeEnd || !c.source || ents.kindOf(c.source.entityKey) === "person") continue;
    // (One person, by a word for what they are: "The official who runs …", "The Cabinet official in charge of …"; not
    // one who held a post before, "A former housing official".)
    const words = c.source.text.toLowerCase().split(/\s+/);
    const noun = words.at(-1)!;
    if (!isPersonNoun(noun) || words.includes("former")) continue;
    const lede = new Set(contentStems(c.content));
    const echoes = named.filter((h) => {
      const said = [...new Set(contentStems(h.content))];
      const shared = said.filter((w) => lede.has(w)).length;
      // (Not saying the opposite, as the comparison of outlets tells it: "the tax cuts will not pay for themselves"
      // under "… will pay for themselves".)
      return h.kind === c.kind && shared >= 2 && shared * 2 >= said.length && negationContradiction(c.content, h.content) === null;
    });
    const people = new Set(echoes.map((h) => h.source!.entityKey));
    if (people.size !== 1) continue;
    const person = [...people][0]!;
    const headline = echoes.find((h) => h.source!.entityKey === person)!;
    // (The description must fit the person: a word for any official, or a word of their title ("A coroner", "A senior
    // Republican senator"); not "A consumer advocate" for the energy minister.)
    const titled = noun === "official" || mentions.some((m) => m.entityKey === person && !!m.role && new RegExp(String.raw`\b${escapeRegExp(noun)}\b`, "i").test(m.role)) || headline.source!.text.toLowerCase().split(/\s+/).includes(noun);
    // (Nor one the lede sets against the headline's person, named there by the headline's word: "…, contradicting the
    // finance minister", "echoing remarks by the mayor".)
    const headlineNoun = headline.source!.text.toLowerCase().split(/\s+/).at(-1)!;
    const setAgainst = headlineNoun !== noun && new RegExp(String.raw`\b${escapeRegExp(headlineNoun)}\b`, "i").test(c.exact.slice(c.exact.indexOf(c.source.text) + c.source.text.length));
    if (titled && !setAgainst) credit(c, person, mentions);
  }
}
