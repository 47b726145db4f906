// A headline names a body by its trade more often than by its name ("Carmaker admits breach …", "Fitness app maker
// admits …"): such a description is the body the article is about, when the article is plainly about one.
import type { EntityIndex } from "./entities";
import type { ExtractedClaim, Mention } from "./types";

/** Last words of a headline's bare description of a body: "carmaker", "app maker", "tech giant", "budget airline". */
const BODY_DESCRIPTIONS = new Set(
  "maker carmaker automaker chipmaker drugmaker firm company giant group bank lender insurer airline carrier retailer supermarket grocer chain startup start-up operator developer manufacturer brand broker".split(" "),
);

/** Up to three lower-case words (the first capitalised as a headline's), no article: "Fitness app maker". */
const BARE_DESCRIPTION = /^\p{Lu}[\p{Ll}-]*(?:\s[\p{Ll}-]+){0,2}$/u;

/** Gives a headline or subheadline claim whose source is such a description to the body the article is about, if any. */
export function resolveHeadlineDescriptions(claims: ExtractedClaim[], mentions: Mention[], ents: EntityIndex): void {
  const heads = claims.filter((c) => c.section !== "body" && c.source && ents.kindOf(c.source.entityKey) === "unnamed" && describesABody(c.source.text));
  if (!heads.length) return;
  const main = mainOrganisation(claims, mentions, ents);
  if (!main) return;
  for (const c of heads) {
    const described = c.source!.entityKey;
    c.source = { entityKey: main, text: c.source!.text, role: null };
    // (The description's mention in the headline is the body's too.)
    for (const m of mentions) if (m.section !== "body" && m.entityKey === described && m.start >= c.start && m.end <= c.end) m.entityKey = main;
  }
}

function describesABody(text: string): boolean {
  return BARE_DESCRIPTION.test(text) && BODY_DESCRIPTIONS.has(text.slice(text.lastIndexOf(" ") + 1).toLowerCase());
}

/**
 * The body the article is about: of the organisations (or names of no known kind) that speak in the body, the one it
 * names most often, at least twice and more often than any other.
 */
function mainOrganisation(claims: readonly ExtractedClaim[], mentions: readonly Mention[], ents: EntityIndex): string | null {
  const speakers = new Set(claims.filter((c) => c.section === "body" && c.source).map((c) => c.source!.entityKey));
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const kind = ents.kindOf(m.entityKey);
    if (m.section === "body" && speakers.has(m.entityKey) && (kind === "organization" || kind === "institution" || kind === "other")) {
      counts.set(m.entityKey, (counts.get(m.entityKey) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : null;
}
