import { describe, expect, it } from "vitest";
import { decodeTextBuffer } from "./decode";
import { errorOf } from "./test-support";

const utf8 = (s: string) => new TextEncoder().encode(s);


describe("decodeTextBuffer", () => {
  it("decodes UTF-8 text, including non-ASCII characters", () => {
    expect(decodeTextBuffer(utf8("Cancillería “quoted”\n"))).toBe("Cancillería “quoted”\n");
  });

  it("strips a UTF-8 byte order mark", () => {
    const buf = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Title")]);
    expect(decodeTextBuffer(buf)).toBe("Title");
  });

  it("rejects an empty or whitespace-only file", () => {
    expect(errorOf(() => decodeTextBuffer(new Uint8Array()))).toMatchObject({ code: "empty", message: "The file is empty." });
    expect(errorOf(() => decodeTextBuffer(utf8(" \n\t\u00A0\n"))).code).toBe("empty");
  });

  it("rejects a file with NUL bytes as binary", () => {
    const error = errorOf(() => decodeTextBuffer(new Uint8Array([0x54, 0x00, 0x65, 0x78, 0x74])));
    expect(error.code).toBe("binary");
    expect(error.message).toBe("This looks like a binary file, not text.");
  });

  it("rejects a file that is mostly control characters as binary", () => {
    const buf = new Uint8Array(100).fill(0x41);
    for (let i = 0; i < 30; i++) buf[i * 3] = 0x01;
    expect(errorOf(() => decodeTextBuffer(buf)).code).toBe("binary");
  });

  it("names known binary formats", () => {
    const pdf = utf8("%PDF-1.7\nstuff");
    expect(errorOf(() => decodeTextBuffer(pdf))).toMatchObject({ code: "binary", message: "This looks like a PDF, not a text file." });
  });

  it("rejects invalid UTF-8", () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]); // "Café ok" in Latin-1
    const error = errorOf(() => decodeTextBuffer(latin1));
    expect(error.code).toBe("encoding");
    expect(error.message).toMatch(/^The text is not valid UTF-8\./);
  });

  it("explains UTF-16 instead of calling it binary", () => {
    expect(errorOf(() => decodeTextBuffer(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).code).toBe("encoding");
  });

  it("rejects a file over the size limit, 2 MB by default", () => {
    expect(errorOf(() => decodeTextBuffer(utf8("a".repeat(11)), { maxBytes: 10 }))).toMatchObject({
      code: "too_large",
      message: "The file is too large (11 bytes); the limit is 10 bytes.",
    });
    const big = new Uint8Array(2 * 1024 * 1024 + 1).fill(0x61);
    expect(errorOf(() => decodeTextBuffer(big)).message).toBe("The file is larger than the 2 MB limit.");
    expect(errorOf(() => decodeTextBuffer(new Uint8Array(3 * 1024 * 1024).fill(0x61))).message).toBe(
      "The file is too large (3 MB); the limit is 2 MB.",
    );
    expect(decodeTextBuffer(new Uint8Array(2 * 1024 * 1024).fill(0x61))).toHaveLength(2 * 1024 * 1024);
  });
});
