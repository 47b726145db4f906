// The signature line printed under an embedded social post: a dash, the signer's name, the handle in brackets, the
// date ("— Rep. Joanne DeLuca (@RepJoDeLuca) December 5, 2017"). One pattern for the cleaner, which keeps such a line
// under its post (lib/ingest/furniture.ts), and the claim engine, which gives the post to the signer
// (lib/analysis/embedded-posts.ts).

// Also, with or without the dash, the platform named after the handle (with or without the date) or after a comma and
// then the date ("Hamish Dunlevy (@hdunlevy_paints), Instagram", "Travel Truths Daily, Facebook, 7 June 2025"; not
// "Share on Facebook", nor a photo's credit, "Harbour Police, Facebook").

/** A post's date: "December 5, 2017", "7 June 2025". */
const POST_DATE = String.raw`(?:\p{L}{3,9}\.?[ \t]+\d{1,2},[ \t]+\d{4}|\d{1,2}[ \t]+\p{L}{3,9}[ \t]+\d{4})`;
/** The same, the year left out where a dash and a handle already make the line a signature: "October 9", "9 October". */
const POST_DAY = String.raw`(?:\p{L}{3,9}\.?[ \t]+\d{1,2}(?:,[ \t]+\d{4})?|\d{1,2}[ \t]+\p{L}{3,9}(?:[ \t]+\d{4})?)`;
/** Where a post was made. */
export const PLATFORM = String.raw`(?:Instagram|Facebook|X|Twitter|TikTok|Threads|Bluesky|LinkedIn|YouTube|Mastodon|Telegram)`;
/** A Mastodon handle's server after the name: "(@noor@infosec.exchange)". */
const SERVER = String.raw`(?:@[\w-]{1,40}(?:\.[\w-]{1,40}){1,4})?`;
/** The pattern's source, on one line: the signer's name is group 1. */
export const EMBED_SIGNATURE_SOURCE =
  String.raw`^(?:[—–-][ \t]*([^()@\n]{1,60}?)[ \t]*\(@[\w.-]{1,40}${SERVER}\)[ \t]+(?:on[ \t]+)?${POST_DAY}` +
  // (A handle or a date with it: "Harbour Police, Facebook" alone is a photo's credit.)
  String.raw`|(?:[—–-][ \t]*)?(\p{Lu}[\p{L}\d.’'&-]*(?:[ \t]+(?:[\p{Lu}\d][\p{L}\d.’'&-]*|of|the|de|da|van|von|and|&)){0,6})[ \t]*(?:\(@[\w.-]{1,40}${SERVER}\),?[ \t]+${PLATFORM}(?:,?[ \t]+(?:on[ \t]+)?${POST_DATE})?|,[ \t]+${PLATFORM},?[ \t]+(?:on[ \t]+)?${POST_DATE}))[ \t]*$`;
/** A cheap test before the pattern: a dash first, or a platform named, in a short line. */
const PLATFORM_NAMED = new RegExp(String.raw`\b${PLATFORM}\b`);
export function mayBeSignature(line: string): boolean {
  return line.length <= 160 && (/^[—–-]/.test(line) || PLATFORM_NAMED.test(line));
}
/** The signer's name in a match of EMBED_SIGNATURE_SOURCE. */
export function signerOf(m: RegExpExecArray): string {
  return (m[1] ?? m[2]!).trim();
}
