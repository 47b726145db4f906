// An embedded social post is printed as its text, then a signature line: "— Rep. Joanne DeLuca (@RepJoDeLuca)
// December 5, 2017". The post is the signer's own words, whatever it names ("And @BradKesslerMO told us …" is the
// signer's claim, not Kessler's); the signature itself says nothing.
import type { EntityIndex } from "./entities";
import type { ExtractedClaim, Mention } from "./types";

/** A signature line alone in its paragraph: a dash, the signer's name, the handle in brackets, the date. */
const SIGNATURE = /^[—–-][ \t]*([^()@\n]{1,60}?)[ \t]*\(@[\w.-]{1,40}\)[ \t]+(?:on[ \t]+)?\p{L}{3,9}\.?[ \t]+\d{1,2},[ \t]+\d{4}[ \t]*$/gmu;
const SIGNERS = new Set(["person", "organization", "institution"]);

/**
 * Gives each post above a signature line to its signer (through `attribute`), and returns the claims without those
 * read from the signature lines.
 */
export function resolveEmbeddedPosts(
  claims: ExtractedClaim[],
  mentions: readonly Mention[],
  ents: EntityIndex,
  text: string,
  attribute: (c: ExtractedClaim, key: string, name: string) => void,
): ExtractedClaim[] {
  if (!text.includes("(@")) return claims;
  const signatures: [number, number][] = [];
  for (const m of text.matchAll(SIGNATURE)) {
    const start = m.index;
    const end = start + m[0].length;
    signatures.push([start, end]);
    const named = mentions.find((x) => x.start >= start && x.end <= end && SIGNERS.has(ents.kindOf(x.entityKey)));
    // (A signer named nowhere else is still a person by a name of two to four capitalised words, past a title.)
    const bare = m[1]!.replace(/^(?:Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Mayor|Rev)\.?\s+/, "");
    const signer = named ?? (/^\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){1,3}$/u.test(bare) ? { entityKey: ents.ensure(bare, "person"), text: bare } : null);
    // The post: the paragraph right above the signature.
    let postEnd = start;
    while (postEnd > 0 && /\s/.test(text[postEnd - 1]!)) postEnd--;
    const breakBefore = text.lastIndexOf("\n\n", postEnd - 2);
    const postStart = breakBefore < 0 ? 0 : breakBefore + 2;
    if (!signer || postEnd === start) continue;
    for (const c of claims) {
      if (c.start < postStart || c.end > postEnd) continue;
      attribute(c, signer.entityKey, signer.text);
      c.cue = text[start]!;
    }
  }
  return signatures.length ? claims.filter((c) => !signatures.some(([s, e]) => c.start < e && c.end > s)) : claims;
}
