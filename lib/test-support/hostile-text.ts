// Hostile text for the property-based tests of ingest and analysis (lib/ingest/hostile.test.ts,
// lib/analysis/hostile.test.ts) and for scripts/bench-hostile.ts: every script, bidirectional marks, combining
// marks, emoji sequences, control characters, lone surrogates, strings of only quotes or punctuation, and
// news-like sentences with attributions mixed with all of it. Test code only; nothing in the app imports it.
import fc from "fast-check";

/** One seed for every property, so that a failure reproduces (fast-check prints it with the counterexample). */
export const HOSTILE_SEED = 20_240_808;

const fromCodePoints = (min: number, max: number) => fc.integer({ min, max }).map((cp) => String.fromCodePoint(cp));

/** Letters (and some signs) of one script, by code point range. */
export const SCRIPT_RANGES: Record<string, [number, number][]> = {
  latin: [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f]],
  cyrillic: [[0x400, 0x4ff]],
  greek: [[0x370, 0x3ff]],
  arabic: [[0x600, 0x6ff]],
  hebrew: [[0x590, 0x5ff]],
  devanagari: [[0x900, 0x97f]],
  cjk: [[0x4e00, 0x9fff], [0x3040, 0x30ff]],
  thai: [[0xe00, 0xe7f]],
  hangul: [[0xac00, 0xd7a3]],
};

const scriptChar = fc.oneof(
  ...Object.values(SCRIPT_RANGES).flatMap((ranges) => ranges.map(([min, max]) => fromCodePoints(min, max))),
);

/** A word of 1–12 letters of one script. */
export const scriptWord: fc.Arbitrary<string> = fc.constantFrom(...Object.keys(SCRIPT_RANGES)).chain((script) =>
  fc
    .array(fc.oneof(...SCRIPT_RANGES[script]!.map(([min, max]) => fromCodePoints(min, max))), { minLength: 1, maxLength: 12 })
    .map((cs) => cs.join("")),
);

export const QUOTE_CHARS = ["“", "”", '"', "'", "‘", "’", "«", "»", "„", "‹", "›", "「", "」"];
export const PUNCTUATION_CHARS = [".", ",", ";", ":", "!", "?", "…", "—", "–", "-", "(", ")", "[", "]", "{", "}", "/", "\\", "*", "&", "#", "@", "%", "·", "•", "¿", "¡", "،", "。", "、", "।"];
export const WHITESPACE_CHARS = [" ", "\t", "\n", "\r", "\r\n", "\v", "\f", "\u00a0", "\u1680", "\u2002", "\u2003", "\u2009", "\u200a", "\u202f", "\u205f", "\u3000", "\u2028", "\u2029", "\u0085"];
/** Marks that change direction or render as nothing. */
export const INVISIBLE_CHARS = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u061c"];
export const EMOJI_SEQUENCES = [
  "🙂", "👍🏽", "👩🏿", "👩‍👩‍👧‍👦", "👨🏽‍💻", "🏳️‍🌈", "🧑🏻‍🤝‍🧑🏾", "🇺🇸", "🇺🇦", "❤️", "1️⃣", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "👁‍🗨",
];

const controlChar = fc.oneof(fromCodePoints(0x00, 0x1f), fromCodePoints(0x7f, 0x9f));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u));
const combiningRun = fc
  .tuple(fc.oneof(scriptChar, fc.constant("")), fromCodePoints(0x300, 0x36f), fc.integer({ min: 1, max: 60 }))
  .map(([base, mark, n]) => base + mark.repeat(n));
const emoji = fc.oneof(fc.constantFrom(...EMOJI_SEQUENCES), fromCodePoints(0x1f300, 0x1faff), fromCodePoints(0x1f3fb, 0x1f3ff));

/** One hostile piece: a character, a mark, a sequence or a word. */
export const hostileAtom: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: scriptWord },
  { weight: 2, arbitrary: fc.constantFrom(...QUOTE_CHARS) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION_CHARS) },
  { weight: 2, arbitrary: fc.constantFrom(...WHITESPACE_CHARS) },
  { weight: 1, arbitrary: fc.constantFrom(...INVISIBLE_CHARS) },
  { weight: 1, arbitrary: emoji },
  { weight: 1, arbitrary: combiningRun },
  { weight: 1, arbitrary: controlChar },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
);

const NAMES = ["Ann Holt", "Mr. Holt", "the ministry", "Dr. Varga", "U.S. officials", "Reuters", "a spokesman", "he", "she", "Владимир Путин", "محمد", "习近平", "Kim Jong-un"];
const CONTENT = ["the bridge is safe", "12 people were questioned", "he had misled Congress", "the plan would cost $3 million", "nothing happened", "Russia hacked the election"];

/** A phrase that is either ordinary or hostile, for the slots of a news-like sentence. */
const slot = (ordinary: readonly string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ordinary) },
    { weight: 2, arbitrary: fc.array(hostileAtom, { minLength: 1, maxLength: 5 }).map((a) => a.join("")) },
  );

/** A sentence with an attribution: "X said …", "according to Y, …", "“…,” X said.", denials, blame, hedges. */
export const newsSentence: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 0, max: 7 }),
    slot(NAMES),
    slot(CONTENT),
    slot(NAMES),
    fc.constantFrom("“", '"', "«", "„", "'", ""),
    fc.constantFrom("”", '"', "»", "“", "'", ""),
  )
  .map(([form, who, what, other, open, close]) => {
    switch (form) {
      case 0:
        return `${who} said ${what}.`;
      case 1:
        return `According to ${who}, ${what}.`;
      case 2:
        return `${open}${what},${close} ${who} said.`;
      case 3:
        return `${who} denied that ${what}.`;
      case 4:
        return `${who} blamed ${other} for ${what}.`;
      case 5:
        return `${what}, ${who} reportedly told ${other}.`;
      case 6:
        return `${who}: ${open}${what}${close}`;
      default:
        return `${open}${what}.${close}`;
    }
  });

/** Text made only of one class of character: quotes, punctuation or whitespace. */
export const onlyQuotes = fc.array(fc.constantFrom(...QUOTE_CHARS), { minLength: 1, maxLength: 80 }).map((a) => a.join(""));
export const onlyPunctuation = fc.array(fc.constantFrom(...PUNCTUATION_CHARS), { minLength: 1, maxLength: 80 }).map((a) => a.join(""));
export const onlyWhitespace = fc.array(fc.constantFrom(...WHITESPACE_CHARS, ...INVISIBLE_CHARS), { minLength: 0, maxLength: 40 }).map((a) => a.join(""));

const separator = fc.constantFrom(" ", " ", "", "\n", "\n\n", "\r\n", "\u2029", " — ");

const paragraphBreak = fc.constantFrom("\n\n", "\n", "\r\n\r\n", "\u2029", "\n \u00a0\n");

/** An article: paragraphs of news sentences with hostile pieces between and inside them. */
export const hostileArticle: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.array(fc.tuple(newsSentence, fc.oneof({ weight: 3, arbitrary: fc.constant(" ") }, { weight: 1, arbitrary: hostileAtom })), { minLength: 1, maxLength: 5 }),
      paragraphBreak,
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((ps) => ps.map(([sentences, brk]) => sentences.flat().join("") + brk).join(""));

/** Article-like hostile text: news sentences and hostile pieces joined by spaces and line breaks. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileArticle },
  { weight: 4, arbitrary: fc.array(fc.tuple(fc.oneof(newsSentence, hostileAtom, hostileAtom), separator), { maxLength: 30 }).map((ps) => ps.flat().join("")) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  { weight: 1, arbitrary: onlyQuotes },
  { weight: 1, arbitrary: onlyPunctuation },
  { weight: 1, arbitrary: onlyWhitespace },
);

/** A title or dek: null, empty, or a short hostile text. */
export const hostileTitle: fc.Arbitrary<string | null> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.array(fc.oneof(newsSentence, hostileAtom), { maxLength: 4 }).map((a) => a.join(" ")),
);

// ---------------------------------------------------------------- large inputs, built deterministically

/** A small deterministic generator (Park–Miller), so large inputs are the same on every run. */
export function seededRandom(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

/** UTF-8 length of a string (a lone surrogate counts 3 bytes, as the U+FFFD it is encoded as). */
function utf8(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** A paragraph of news prose with attributions, quotes and hedges. */
export const NEWS_PARAGRAPH =
  "“The bridge is safe,” Transport Minister Ola Berg said on Tuesday, after the Coastal Times reported cracks. " +
  "Engineers at the Highway Agency concluded that repairs were needed, and Berg has denied ignoring them. " +
  "According to police, 12 people were questioned. The bridge reportedly carries 40,000 cars a day. " +
  "The Ferry Board answered with a letter. “We object,” the letter says, and Berg, for his part, said nothing.";

/**
 * A string of about `bytes` UTF-8 bytes. Kinds: "prose" (news sentences, paragraphs), "line" (news sentences on one
 * line, no breaks), "mixed" (sentences and hostile characters of every script on one line), "quotes" (only quote
 * marks), "marks" (one letter under combining marks), "nospace" (letters with no space or punctuation at all).
 */
export function largeText(kind: "prose" | "line" | "mixed" | "quotes" | "marks" | "nospace", bytes: number): string {
  const rand = seededRandom(bytes + kind.length);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const ranges = Object.values(SCRIPT_RANGES).flat();
  const parts: string[] = [];
  let size = 0;
  const push = (s: string) => {
    parts.push(s);
    size += utf8(s);
  };
  const sentences = NEWS_PARAGRAPH.split(/(?<=\.) /);
  while (size < bytes) {
    switch (kind) {
      case "prose":
        push(parts.length % 4 === 3 ? `${pick(sentences)}\n\n` : `${pick(sentences)} `);
        break;
      case "line":
        push(`${pick(sentences)} `);
        break;
      case "mixed": {
        const [min, max] = pick(ranges);
        const word = Array.from({ length: 1 + Math.floor(rand() * 8) }, () => String.fromCodePoint(min + Math.floor(rand() * (max - min + 1)))).join("");
        push(pick([`${pick(sentences)} `, `${word} `, `${pick(EMOJI_SEQUENCES)} `, `${pick(QUOTE_CHARS)}`, `${pick(INVISIBLE_CHARS)}`, "e\u0301\u0301\u0301 "]));
        break;
      }
      // Single characters, 256 at a time.
      case "quotes":
        push(Array.from({ length: 256 }, () => pick(QUOTE_CHARS)).join(""));
        break;
      case "marks":
        push(parts.length === 0 ? "a" : "\u0301".repeat(256));
        break;
      case "nospace":
        push(String.fromCharCode(...Array.from({ length: 256 }, () => 0x61 + Math.floor(rand() * 26))));
        break;
    }
  }
  return parts.join("");
}

// ---------------------------------------------------------------- small HTML pages

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A small HTML page with hostile text in its head and body, escaped or (to be nastier) as raw markup. */
export const hostileHtml: fc.Arbitrary<string> = fc
  .tuple(hostileTitle, fc.array(fc.oneof(hostileArticle, hostileText), { minLength: 0, maxLength: 4 }), fc.boolean(), fc.constantFrom("p", "div", "li", "blockquote", "h2"))
  .map(([title, paragraphs, raw, tag]) => {
    const t = raw ? (title ?? "") : escapeHtml(title ?? "");
    const body = paragraphs.map((p) => `<${tag}>${raw ? p : escapeHtml(p)}</${tag}>`).join("\n");
    return `<!doctype html><html><head><title>${t}</title><meta property="og:title" content="${escapeHtml(t).replace(/"/g, "&quot;")}"></head><body><article><h1>${t}</h1>${body}</article></body></html>`;
  });

/** Address-like strings: http(s) and other schemes with hostile user info, hosts, paths, queries and fragments. */
export const hostileUrl: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.constantFrom("http://", "https://", "HTTPS://", "ftp://", "javascript:", "data:", "", "//", "http:/", "http:\\\\"),
        fc.constantFrom("", "user:pass@", "@", ":@"),
        fc.oneof(fc.constantFrom("example.com", "EXAMPLE.com.", "example.com..", "xn--nxasmq6b.com", "bücher.de", "[::1]", "127.0.0.1", "0x7f.1", "例え.テスト", "a".repeat(70) + ".com", ""), fc.domain(), scriptWord),
        fc.constantFrom("", ":80", ":443", ":8080", ":0", ":65536", ":x"),
        fc.array(fc.oneof(hostileAtom, fc.constantFrom("/", "%", "%zz", "%E2%80%AE", "..", "?")), { maxLength: 5 }).map((a) => a.join("")),
        fc
          .array(
            fc.tuple(fc.constantFrom("utm_source", "UTM_Medium", "fbclid", "id", "q", "", "utm_", "%75tm_source", "a+b", "wt.mc_id"), fc.oneof(hostileAtom, fc.constantFrom("", "1", "%", "=", "&"))),
            { maxLength: 4 },
          )
          .map((ps) => (ps.length ? `?${ps.map(([k, v]) => `${k}=${v}`).join("&")}` : "")),
        fc.oneof(fc.constant(""), hostileAtom.map((f) => `#${f}`)),
      )
      .map((parts) => parts.join("")),
  },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
);
