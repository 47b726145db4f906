// The signature line printed under an embedded social post: a dash, the signer's name, the handle in brackets, the
// date ("— Rep. Joanne DeLuca (@RepJoDeLuca) December 5, 2017"). One pattern for the cleaner, which keeps such a line
// under its post (lib/ingest/furniture.ts), and the claim engine, which gives the post to the signer
// (lib/analysis/embedded-posts.ts).

/** The pattern's source, on one line: the signer's name is group 1. */
export const EMBED_SIGNATURE_SOURCE = String.raw`^[—–-][ \t]*([^()@\n]{1,60}?)[ \t]*\(@[\w.-]{1,40}\)[ \t]+(?:on[ \t]+)?\p{L}{3,9}\.?[ \t]+\d{1,2},[ \t]+\d{4}[ \t]*$`;
