// An embedded social post is printed as its text, then a signature line: "— Rep. Joanne DeLuca (@RepJoDeLuca)
// December 5, 2017". The post is the signer's own words, whatever it names ("And @BradKesslerMO told us …" is the
// signer's claim, not Kessler's); the signature itself says nothing.
import { EMBED_SIGNATURE_SOURCE, mayBeSignature, PLATFORM, signerOf as signerName } from "../embed-signature";
import type { EntityIndex } from "./entities";
import type { EntityKind, ExtractedClaim, Mention } from "./types";

/** A signature line alone in its paragraph: a dash, the signer's name (group 1), the handle in brackets, the date. */
const SIGNATURE = new RegExp(EMBED_SIGNATURE_SOURCE, "mu");
/** The same, for every signature line of a text. */
const SIGNATURES = new RegExp(EMBED_SIGNATURE_SOURCE, "gmu");
const SIGNERS = new Set(["person", "organization", "institution"]);
/** Titles before a signer's name: "Rep. Joanne DeLuca", "Senator Ann Holt". */
const SIGNER_TITLE = /^(?:Rep|Sen|Senator|Gov|Governor|Dr|Mr|Mrs|Ms|Mayor|Rev|Councilman|Councilwoman|Sheriff)\.?\s+/;
/** Letters after a signer's name: "Lachlan Reid MP", "Ann Holt TD". */
const POST_NOMINALS = /\s+(?:MP|MSP|MLA|MS|MEP|TD|MHK|QC|KC|OBE|MBE|CBE)$/;
/** Last words of a body's name: "The White House", "Portland Police Bureau". */
const BODY_NAME_END = /\b(?:House|Bureau|Department|Police|Office|Agency|Inc|Corp|Company|Party|Committee|Council|Ministry|Campaign|Association|Union|Foundation|Institute|Service|Commission|Daily|News|Times|Post|Page|Network|Media|Group)\.?$/;
/** A platform named at a line's end, or before a date there: a signature without a handle may be in the text. */
// (Its date either way round: "7 June 2025", "March 16, 2038".)
const PLATFORM_AT_LINE_END = new RegExp(String.raw`\b${PLATFORM}(?:,?\s+(?:\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}))?\s*$`, "mu");

/** Whether the text from `start` to `end` is such a signature line (its dash first, a cheap test before the pattern). */
export function isSignatureLine(text: string, start: number, end: number): boolean {
  if (end - start > 160) return false;
  const line = text.slice(start, end).trim();
  return mayBeSignature(line) && SIGNATURE.test(line);
}

/**
 * Gives each post above a signature line, in the body, to its signer (through `attribute`), whatever the post names
 * ("@BradKesslerMO told us", "it said YES"), but a quotation the post tags with its own speaker. Returns the claims
 * without those read from the signature lines.
 */
export function resolveEmbeddedPosts(
  claims: ExtractedClaim[],
  mentions: readonly Mention[],
  ents: EntityIndex,
  text: string,
  bodyStart: number,
  attribute: (c: ExtractedClaim, key: string, name: string) => void,
): ExtractedClaim[] {
  if (!text.includes("(@", bodyStart) && !PLATFORM_AT_LINE_END.test(text.slice(bodyStart))) return claims;
  const signatures: [number, number][] = [];
  SIGNATURES.lastIndex = bodyStart;
  for (let m = SIGNATURES.exec(text); m; m = SIGNATURES.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    signatures.push([start, end]);
    // The post: the paragraph right above the signature, in the body (none when the signature opens it).
    let postEnd = start;
    while (postEnd > bodyStart && /\s/.test(text[postEnd - 1]!)) postEnd--;
    if (postEnd <= bodyStart) continue;
    const breakBefore = text.lastIndexOf("\n", postEnd - 1);
    const postStart = Math.max(bodyStart, breakBefore + 1);
    const signer = signerOf(signerName(m), start, end, mentions, ents);
    if (!signer) continue;
    for (const c of claims) {
      if (c.start < postStart || c.end > postEnd) continue;
      // (A quotation the post tags with its speaker stays theirs: "“We will not back down,” Mayor Tom Reyes said.")
      if (c.source && c.quote === "direct" && c.cue !== null && !c.exact.includes(`@${c.source.text}`)) continue;
      attribute(c, signer.key, signer.text);
      c.cue = "posted";
    }
  }
  return signatures.length ? claims.filter((c) => !signatures.some(([s, e]) => c.start < e && c.end > s)) : claims;
}

/** The signer: the person or body the signature names, else one made from its words (a body by its name's last word). */
function signerOf(words: string, start: number, end: number, mentions: readonly Mention[], ents: EntityIndex): { key: string; text: string } | null {
  const named = mentions.find((x) => x.start >= start && x.end <= end && SIGNERS.has(ents.kindOf(x.entityKey)));
  if (named) return { key: named.entityKey, text: named.text };
  const bare = words.trim().replace(SIGNER_TITLE, "").replace(POST_NOMINALS, "");
  const body = /^The\s/.test(bare) || BODY_NAME_END.test(bare) || /^\p{Lu}{2,8}$/u.test(bare);
  if (!body && !/^\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){1,3}$/u.test(bare)) return null;
  const kind: EntityKind = body ? "organization" : "person";
  return { key: ents.ensure(bare, kind), text: bare };
}
