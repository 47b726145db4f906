// Uploaded file bytes -> text, refusing what is not a UTF-8 text file with a message a person understands.
import { IngestError } from "./errors";
import { normalizeWhitespace } from "./normalize";

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

// Share of control bytes above which a file is taken for binary data.
const MAX_CONTROL_SHARE = 0.1;

const MAGIC: { name: string; bytes: number[] }[] = [
  { name: "a PDF", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: "a ZIP archive or Office document", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
];

/** "2 MB", "340 KB", "12 bytes". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function startsWith(buf: Uint8Array, bytes: number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

function isControlByte(b: number): boolean {
  // Tab, line feed, form feed, carriage return and escape occur in real text files.
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f;
}

export function decodeTextBuffer(buf: Uint8Array, opts: { maxBytes?: number } = {}): string {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (buf.byteLength === 0) throw new IngestError("empty", "The file is empty.");
  if (buf.byteLength > maxBytes) {
    const size = formatSize(buf.byteLength);
    const limit = formatSize(maxBytes);
    // Just over the limit both round to the same figure; "too large (2 MB); the limit is 2 MB" would read oddly.
    const message = size === limit ? `The file is larger than the ${limit} limit.` : `The file is too large (${size}); the limit is ${limit}.`;
    throw new IngestError("too_large", message);
  }
  // UTF-16 text is full of NUL bytes; say what it is rather than calling it binary.
  if (startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff])) {
    throw new IngestError("encoding", "The text is UTF-16, not UTF-8. Save the file as UTF-8 and try again.");
  }
  const magic = MAGIC.find((m) => startsWith(buf, m.bytes));
  if (magic) throw new IngestError("binary", `This looks like ${magic.name}, not a text file.`);

  let controls = 0;
  for (const b of buf) {
    if (b === 0) throw new IngestError("binary", "This looks like a binary file, not text.");
    if (isControlByte(b)) controls++;
  }
  if (controls / buf.byteLength > MAX_CONTROL_SHARE) {
    throw new IngestError("binary", "This looks like a binary file, not text.");
  }

  let text: string;
  try {
    // The decoder drops a leading UTF-8 BOM itself (ignoreBOM defaults to false).
    text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new IngestError("encoding", "The text is not valid UTF-8. Save the file as UTF-8 and try again.");
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  if (!normalizeWhitespace(text)) throw new IngestError("empty", "The file is empty: it contains only blank space.");
  return text;
}
