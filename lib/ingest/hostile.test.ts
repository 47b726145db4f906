// Property-based tests of ingest with random and adversarial text (issue 8, hostile input): every script, RTL
// and bidirectional marks, combining marks, emoji, control characters, lone surrogates, only quotes, only
// whitespace, 1 MB lines. Nothing may throw except the module's own IngestError, with a message for people; what
// comes out keeps the promises the modules document. Seeded: a failure prints its seed and counterexample.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EMOJI_SEQUENCES,
  HOSTILE_SEED,
  INVISIBLE_CHARS,
  QUOTE_CHARS,
  hostileHtml,
  hostileText,
  hostileTitle,
  hostileUrl,
  largeText,
  newsSentence,
} from "@/lib/test-support/hostile-text";
import { cleanArticleText, type CleanArticle } from "./clean-article";
import { decodeTextBuffer } from "./decode";
import { IngestError } from "./errors";
import { htmlToArticle } from "./html";
import { canonicalUrl } from "./url";

const params = (numRuns: number): fc.Parameters<unknown> => ({ seed: HOSTILE_SEED, numRuns });

const INGEST_CODES = new Set(["empty", "binary", "encoding", "too_large", "no_article"]);

/** Runs fn; an IngestError with a code and a message is an answer, anything else thrown fails the property. */
function resultOrIngestError<T>(fn: () => T): T | IngestError {
  try {
    return fn();
  } catch (error) {
    if (error instanceof IngestError && INGEST_CODES.has(error.code) && error.message.trim() !== "") return error;
    throw error;
  }
}

// What normalizeWhitespace promises (plain spaces and "\n" only; no zero-width characters), hence what no
// paragraph, headline, dek or byline may contain: line breaks of any kind, tabs, space-like and invisible characters.
const NOT_IN_A_LINE = /[\n\r\t\v\f\u0085\u2028\u2029\u00a0\u1680\u2000-\u200d\u202f\u205f\u3000\u2060\ufeff\u00ad]/u;

/** Every promise of CleanArticle that can be checked on any input; returns the broken ones. */
function cleanViolations(a: CleanArticle): string[] {
  const out: string[] = [];
  if (a.paragraphs.length === 0) out.push("no paragraphs");
  if (a.body !== a.paragraphs.join("\n\n")) out.push("body is not paragraphs.join('\\n\\n')");
  a.paragraphs.forEach((p, i) => {
    if (!p) out.push(`paragraph ${i} empty`);
    if (NOT_IN_A_LINE.test(p)) out.push(`paragraph ${i} has a line break or special space: ${JSON.stringify(p)}`);
    if (p !== p.trim() || p.includes("  ")) out.push(`paragraph ${i} untrimmed or with double spaces: ${JSON.stringify(p)}`);
  });
  for (const [name, v] of [["title", a.title], ["subtitle", a.subtitle], ["author", a.author]] as const) {
    if (v === null) continue;
    if (v === "") out.push(`${name} is "" (should be null)`);
    if (NOT_IN_A_LINE.test(v)) out.push(`${name} has a line break or special space: ${JSON.stringify(v)}`);
  }
  for (const d of [a.publishedAt, a.updatedAt]) {
    if (d !== null && !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?)?$/.test(d)) out.push(`date not ISO 8601: ${d}`);
  }
  if (!a.removed.every((r) => typeof r === "string")) out.push("removed holds a non-string");
  return out;
}

describe("cleanArticleText on hostile text", () => {
  it("returns a clean article or an IngestError, never anything else", () => {
    fc.assert(
      fc.property(hostileText, (raw) => {
        const r = resultOrIngestError(() => cleanArticleText(raw));
        if (r instanceof IngestError) return;
        expect(cleanViolations(r)).toEqual([]);
      }),
      params(200),
    );
  });

  it("keeps its promises with hostile hints (title, author, date)", () => {
    fc.assert(
      fc.property(hostileText, hostileTitle, hostileTitle, hostileTitle, (raw, title, author, publishedAt) => {
        const r = resultOrIngestError(() => cleanArticleText(raw, { title, author, publishedAt }));
        if (r instanceof IngestError) return;
        // A hint we cannot read as a date is passed through as given, so the date is not checked here.
        expect(cleanViolations({ ...r, publishedAt: null })).toEqual([]);
      }),
      params(100),
    );
  });

  it("keeps every news sentence it is given when the text is only news sentences", () => {
    // No sentence of prose is furniture: ten of them, one per line, all come out (some as headline or dek).
    fc.assert(
      fc.property(fc.array(newsSentence, { minLength: 3, maxLength: 10 }), (sentences) => {
        const r = resultOrIngestError(() => cleanArticleText(sentences.join("\n\n")));
        if (r instanceof IngestError) return;
        expect(cleanViolations(r)).toEqual([]);
        const out = [r.title, r.subtitle, r.author, r.body, ...r.removed].join("\n");
        // Every word of length ≥ 4 in letters of the input survives somewhere (kept, or listed as removed).
        for (const w of sentences.join(" ").normalize("NFC").match(/\p{L}{4,}/gu) ?? []) expect(out).toContain(w);
      }),
      params(100),
    );
  });

  it("refuses empty, whitespace-only and invisible-only text as empty", () => {
    for (const raw of ["", " ", "\n\n\n", "\u2028\u2029\u0085\f\v\t\r\n", INVISIBLE_CHARS.join(""), "\u00a0\u3000\ufeff"]) {
      const r = resultOrIngestError(() => cleanArticleText(raw));
      // Bidi marks such as U+200E/U+200F/U+202E are not whitespace: those strings may be read as text.
      if (raw === INVISIBLE_CHARS.join("")) continue;
      expect(r).toBeInstanceOf(IngestError);
      expect((r as IngestError).code).toBe("empty");
    }
  });

  it("handles 1 MB inputs: one long line, only quotes, stacked combining marks, no spaces", () => {
    for (const kind of ["line", "mixed", "quotes", "marks", "nospace"] as const) {
      const raw = largeText(kind, 1 << 20);
      const r = resultOrIngestError(() => cleanArticleText(raw));
      if (r instanceof IngestError) continue;
      expect(cleanViolations(r)).toEqual([]);
      if (kind === "line" || kind === "nospace") expect(r.body.length).toBeGreaterThan(1_000_000 - 1000);
    }
  });
});

describe("decodeTextBuffer on hostile bytes", () => {
  const utf8 = new TextEncoder();

  it("returns text or an IngestError for any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = resultOrIngestError(() => decodeTextBuffer(bytes));
        if (r instanceof IngestError) return;
        // What it returns is exactly the bytes read as UTF-8, without a leading BOM.
        expect(r).toBe(new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, ""));
      }),
      params(200),
    );
  });

  it("reads every hostile text that is valid UTF-8 back unchanged (or refuses it with a reason)", () => {
    fc.assert(
      fc.property(hostileText, fc.boolean(), (text, bom) => {
        const bytes = utf8.encode((bom ? "\uFEFF" : "") + text);
        const r = resultOrIngestError(() => decodeTextBuffer(bytes));
        if (r instanceof IngestError) {
          // Refused only for a reason that holds: empty, control bytes (NUL or many), or nothing but blank space.
          expect(["empty", "binary"]).toContain(r.code);
          return;
        }
        // TextEncoder writes lone surrogates as U+FFFD; the decoder drops a leading BOM, and decodeTextBuffer one more.
        let expected = (bom ? "\uFEFF" : "") + text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
        for (let i = 0; i < 2 && expected.startsWith("\uFEFF"); i++) expected = expected.slice(1);
        expect(r).toBe(expected);
      }),
      params(200),
    );
  });

  it("refuses invalid UTF-8, UTF-16 and over-large files with their own codes", () => {
    expect((resultOrIngestError(() => decodeTextBuffer(Uint8Array.from([0x61, 0xc3, 0x28, 0x62]))) as IngestError).code).toBe("encoding");
    expect((resultOrIngestError(() => decodeTextBuffer(Uint8Array.from([0xed, 0xa0, 0x80]))) as IngestError).code).toBe("encoding"); // a UTF-8 surrogate
    expect((resultOrIngestError(() => decodeTextBuffer(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]))) as IngestError).code).toBe("encoding");
    expect((resultOrIngestError(() => decodeTextBuffer(new Uint8Array(11).fill(0x61), { maxBytes: 10 })) as IngestError).code).toBe("too_large");
  });

  it("reads a 1 MB file of mixed scripts on one line", () => {
    const text = largeText("mixed", 1 << 20);
    expect(decodeTextBuffer(utf8.encode(text))).toBe(text);
  });
});

describe("htmlToArticle on small hostile pages", () => {
  // jsdom is slow: few, small pages.
  it("returns an article or an IngestError", () => {
    fc.assert(
      fc.property(hostileHtml, (html) => {
        const r = resultOrIngestError(() => htmlToArticle(html));
        if (r instanceof IngestError) {
          expect(r.code).toBe("no_article");
          return;
        }
        expect(typeof r.text).toBe("string");
        expect(r.text.split("\n\n").every((p) => p !== "" && !p.includes("\n"))).toBe(true);
        expect(r.author).toBe(r.authors.length ? r.authors.join(", ") : null);
      }),
      params(25),
    );
  });

  it("reads a page with lone surrogates (two low surrogates in a row made the HTML parser throw a RangeError)", () => {
    // Found by the property above: parse5 7 combined "\udc00\udc00" into code point 0x110000.
    const prose = "Ann Holt said the bridge is safe, and the ministry denied that 12 people were questioned on Tuesday. ".repeat(3);
    const r = htmlToArticle(`<html><body><article><p>\udc00\udc00 ${prose}\ud800</p></article></body></html>`);
    expect(r.text).toContain("the bridge is safe");
    expect(r.text.startsWith("\uFFFD\uFFFD ")).toBe(true);
  });

  it("reads a page whose article is news sentences mixed with hostile characters", () => {
    const body = [...EMOJI_SEQUENCES, ...QUOTE_CHARS, "\u202eevil\u202c", "\u0000\u0001", "e" + "\u0301".repeat(50)]
      .map((x, i) => `<p>Minister Ola Berg said ${x} the bridge is safe, according to the ${i}th report of the agency today.</p>`)
      .join("");
    const r = htmlToArticle(`<html><head><title>“Safe” ‮</title></head><body><article><h1>Bridge</h1>${body}</article></body></html>`);
    expect(r.text).toContain("the bridge is safe");
  });
});

describe("canonicalUrl on hostile addresses", () => {
  it("never throws; returns null or an http(s) address that the URL parser accepts, in canonical form", () => {
    fc.assert(
      fc.property(hostileUrl, (raw) => {
        const c = canonicalUrl(raw);
        if (c === null) return;
        const url = new URL(c);
        expect(["http:", "https:"]).toContain(url.protocol);
        expect(url.hash).toBe("");
        expect(url.username + url.password).toBe("");
        // Canonical: canonicalising again changes nothing.
        expect(canonicalUrl(c)).toBe(c);
      }),
      params(300),
    );
  });

  it("handles a 1 MB address", () => {
    const long = `https://example.com/${"a".repeat(1 << 20)}?utm_source=x&${"b=1&".repeat(1000)}#${"\u202e".repeat(100)}`;
    const c = canonicalUrl(long);
    expect(c).not.toBeNull();
    expect(c).not.toContain("utm_source");
  });
});
