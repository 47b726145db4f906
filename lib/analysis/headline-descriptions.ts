// A headline names a body by its trade more often than by its name ("Carmaker admits breach …", "Fitness app maker
// admits …"), and a person by what they are ("Devastated athlete vows …", "Nevada Senate hopeful demands …"): such a
// description is the body or person the article is about, when the article is plainly about one.
import type { EntityIndex } from "./entities";
import { DESCRIPTION_KINDS } from "./lexicon";
import type { ExtractedClaim, Mention } from "./types";

/** Last words of a headline's bare description of a body: "carmaker", "app maker", "tech giant", "budget airline". */
const BODY_DESCRIPTIONS = new Set(
  "maker carmaker automaker chipmaker drugmaker firm company giant group bank lender insurer airline carrier retailer supermarket grocer chain startup start-up operator developer manufacturer brand broker".split(" "),
);

/** Up to three lower-case words (the first capitalised as a headline's), no article: "Fitness app maker". */
const BARE_DESCRIPTION = /^\p{Lu}[\p{Ll}-]*(?:\s[\p{Ll}-]+){0,2}$/u;

/** Up to four words, the last a lower-case noun: "Devastated athlete", "Nevada Senate hopeful". */
const PERSON_DESCRIPTION = /^(?:[\p{L}-]+\s){0,3}\p{Ll}[\p{Ll}-]*$/u;
/** People who speak for someone else: a headline's "Lawyer says" is not the person the article is about. */
const SPEAKS_FOR_OTHERS = new Set("lawyer attorney spokesman spokeswoman spokesperson aide adviser advisor agent publicist barrister solicitor representative".split(" "));

/**
 * Gives a headline or subheadline claim whose source is such a description to the body or person the article is
 * about, if any.
 */
export function resolveHeadlineDescriptions(claims: ExtractedClaim[], mentions: Mention[], ents: EntityIndex): void {
  const described = claims.filter((c) => c.section !== "body" && c.source && ents.kindOf(c.source.entityKey) === "unnamed");
  resolveTo(described.filter((c) => describesABody(c.source!.text)), () => mainSpeaker(claims, mentions, ents, BODY_KINDS), mentions);
  // (Not a description the body gives someone else: "…, whistleblower claims" when "The whistleblower, who …, said" is
  // an unnamed source and the person named most is a patient.)
  const people = described.filter((c) => describesAPerson(c.source!.text));
  const main = people.length ? mainSpeaker(claims, mentions, ents, PERSON_KINDS) : null;
  resolveTo(people.filter((c) => !describesAnotherInBody(lastWord(c.source!.text), main, claims)), () => main, mentions);
}

function describesAnotherInBody(noun: string, main: string | null, claims: readonly ExtractedClaim[]): boolean {
  return claims.some((c) => c.section === "body" && c.source && c.source.entityKey !== main && lastWord(c.source.text).toLowerCase() === noun);
}

const BODY_KINDS = new Set(["organization", "institution", "other"]);
const PERSON_KINDS = new Set(["person"]);

function resolveTo(heads: ExtractedClaim[], findMain: () => string | null, mentions: Mention[]): void {
  if (!heads.length) return;
  const main = findMain();
  if (!main) return;
  for (const c of heads) {
    const described = c.source!.entityKey;
    c.source = { entityKey: main, text: c.source!.text, role: null };
    // (The description's mention in the headline is the body's too.)
    for (const m of mentions) if (m.section !== "body" && m.entityKey === described && m.start >= c.start && m.end <= c.end) m.entityKey = main;
  }
}

function describesABody(text: string): boolean {
  return BARE_DESCRIPTION.test(text) && BODY_DESCRIPTIONS.has(lastWord(text).toLowerCase());
}

function describesAPerson(text: string): boolean {
  const noun = lastWord(text);
  return PERSON_DESCRIPTION.test(text) && DESCRIPTION_KINDS[noun]?.includes("person") === true && !SPEAKS_FOR_OTHERS.has(noun);
}

function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(" ") + 1);
}

/**
 * The body or person the article is about: of the entities of those kinds (organisations and names of no known kind,
 * or people) that speak in the body, the one it names most often, at least twice and more often than any other.
 */
function mainSpeaker(claims: readonly ExtractedClaim[], mentions: readonly Mention[], ents: EntityIndex, kinds: ReadonlySet<string>): string | null {
  const speakers = new Set(claims.filter((c) => c.section === "body" && c.source).map((c) => c.source!.entityKey));
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.section === "body" && speakers.has(m.entityKey) && kinds.has(ents.kindOf(m.entityKey))) {
      counts.set(m.entityKey, (counts.get(m.entityKey) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : null;
}
