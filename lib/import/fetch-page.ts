// Fetches a web page for the importer, server-side, without letting a URL reach the server's own networks.
//
// node:http(s) rather than fetch(), so that the guard sees the address actually connected to: the request's
// `lookup` resolves the host, refuses it when any address it resolves to is not public (loopback, private,
// link-local, metadata...) unless IMPORT_ALLOW_HOSTS names the host, and hands the connection only the addresses
// it checked, so a second DNS answer (rebinding) is never consulted. IP-literal hosts, which skip the lookup, are
// checked before connecting, and the connected socket's address is checked once more. Redirects are followed by
// hand, each hop checked the same way. Every failure is an AppError with a message for the admin who typed the URL.
import http from "node:http";
import https from "node:https";
import dns from "node:dns";
import { isIP, type Socket } from "node:net";
import { Writable, pipeline, type Transform } from "node:stream";
import zlib from "node:zlib";
import { AppError } from "@/lib/errors";
import { readEnv } from "@/lib/env";
import { isAllowedHost, isPublicAddress, parseAllowList, type AllowList } from "./address-guard";

export const DEFAULT_FETCH_TIMEOUT_MS = 10_000;
export const DEFAULT_FETCH_MAX_BYTES = 2 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const USER_AGENT = "Parallax-Importer/0.1";

const MAX_URL_LENGTH = 4096;
const ACCEPTED_TYPES = new Set(["text/html", "application/xhtml+xml", "text/plain"]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** dns.lookup with `{all: true}`: `dns.lookup` itself, or a stand-in in tests. */
export type LookupAll = (
  hostname: string,
  options: dns.LookupAllOptions,
  callback: (error: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[]) => void,
) => void;

export interface FetchPageOptions {
  /** For the whole fetch, redirects and body included. Default IMPORT_FETCH_TIMEOUT_MS, else 10 s. */
  timeoutMs?: number;
  /** Limit on the decoded (decompressed) body. Default IMPORT_MAX_BYTES, else 2 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Hosts that may be private or local: a list, or the IMPORT_ALLOW_HOSTS syntax. Default IMPORT_ALLOW_HOSTS. */
  allowHosts?: AllowList | string;
  /** Resolver, for tests. Default dns.lookup. */
  lookup?: LookupAll;
}

export interface FetchedPage {
  /** The final URL, after redirects. */
  url: string;
  /** The URL as asked for (normalised by the URL parser). */
  requestedUrl: string;
  /** The media type, lower case, without parameters: text/html, application/xhtml+xml or text/plain. */
  contentType: string;
  /** The character set the body was decoded from (WHATWG name, e.g. "utf-8", "windows-1252"). */
  charset: string;
  body: string;
  status: number;
}

const invalid = (message: string) => new AppError("invalid_input", message);

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  const text = Number.isInteger(seconds) ? String(seconds) : String(Math.round(seconds * 10) / 10 || seconds);
  return `${text} ${seconds === 1 ? "second" : "seconds"}`;
}

/** The host as the URL writes it, for messages: `example.org`, `[::1]`, with the port when it is not the default. */
const displayHost = (url: URL) => url.host;
const bareHost = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, "$1");
const portOf = (url: URL) => (url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80);

function privateAddressError(address: string, viaRedirect: boolean): AppError {
  const what = viaRedirect ? "The page redirected to an address that points" : "That address points";
  return invalid(
    `${what} to a private or local network (${address}); importing from it is not allowed. ` +
      "An administrator can allow the host in IMPORT_ALLOW_HOSTS.",
  );
}

/** Parses and checks one URL (the one asked for or a redirect's target). */
function checkUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = base ? new URL(raw, base) : new URL(raw);
  } catch {
    throw invalid(base ? "The page redirected to an address that is not a valid URL." : "The address is not a valid http or https URL.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw invalid(
      base
        ? `The page redirected to a ${url.protocol.replace(/:$/, "")} address; only http and https can be fetched.`
        : "The address is not a valid http or https URL.",
    );
  }
  if (!url.hostname) throw invalid("The address is not a valid http or https URL.");
  if (url.username || url.password) {
    throw invalid(
      base
        ? "The page redirected to an address with a user name or password in it, which is not allowed."
        : "The address contains a user name or password; remove them and try again.",
    );
  }
  return url;
}

interface Hop {
  url: URL;
  viaRedirect: boolean;
  allowList: AllowList;
  lookup: LookupAll;
  maxBytes: number;
  signal: AbortSignal;
  timeoutMessage: () => string;
}

type HopResult =
  | { kind: "redirect"; location: string; status: number }
  | { kind: "page"; status: number; contentType: string; charsetParam: string | null; bytes: Buffer };

/** The lookup handed to http.request: resolves every address, refuses the host when any is not public. */
function guardedLookup(hop: Hop, allowed: boolean) {
  return (
    hostname: string,
    options: dns.LookupOptions,
    callback: (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void,
  ) => {
    hop.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "");
      if (!addresses || addresses.length === 0) {
        return callback(Object.assign(new Error(`No address for ${hostname}`), { code: "ENOTFOUND" }), "");
      }
      if (!allowed) {
        const refused = addresses.find((a) => !isPublicAddress(a.address));
        if (refused) return callback(privateAddressError(refused.address, hop.viaRedirect) as NodeJS.ErrnoException, "");
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0]!;
      return callback(null, first.address, first.family);
    });
  };
}

function errorCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; errors?: { code?: unknown }[] };
  if (typeof e?.code === "string") return e.code;
  // Connecting to several addresses in turn (autoSelectFamily) fails with an AggregateError of each attempt.
  const inner = e?.errors?.find((x) => typeof x?.code === "string");
  return inner ? String(inner.code) : undefined;
}

function networkError(error: unknown, url: URL): AppError {
  if (error instanceof AppError) return error;
  const host = displayHost(url);
  const code = errorCode(error);
  switch (code) {
    case "ENOTFOUND":
      return invalid(`Could not reach ${url.hostname}: no such host.`);
    case "EAI_AGAIN":
    case "EAI_FAIL":
      return invalid(`Could not reach ${url.hostname}: its name could not be looked up (DNS failed). Try again later.`);
    case "ECONNREFUSED":
      return invalid(`Could not connect to ${host}: the connection was refused (nothing is listening on that port).`);
    case "ECONNRESET":
    case "EPIPE":
      return invalid(`${host} closed the connection before the page was received.`);
    case "EHOSTUNREACH":
    case "ENETUNREACH":
    case "EADDRNOTAVAIL":
      return invalid(`Could not connect to ${host}: the network or host is unreachable.`);
    case "ETIMEDOUT":
      return invalid(`Could not connect to ${host}: the connection timed out.`);
    default:
      break;
  }
  if (code && (/CERT|SSL|TLS/.test(code) || code === "DEPTH_ZERO_SELF_SIGNED_CERT" || code === "UNABLE_TO_GET_ISSUER_CERT_LOCALLY")) {
    return invalid(`Could not connect securely to ${host}: its certificate is not valid (${code}).`);
  }
  if (code?.startsWith("HPE_")) return invalid(`${host} did not answer with valid HTTP.`);
  return invalid(`Could not fetch the page from ${host}${code ? ` (${code})` : ""}.`);
}

function decoderFor(encoding: string): Transform | null {
  switch (encoding) {
    case "gzip":
    case "x-gzip":
      return zlib.createGunzip();
    case "deflate":
      return zlib.createInflate();
    case "br":
      return zlib.createBrotliDecompress();
    default:
      return null;
  }
}

/** One request: a redirect to follow, or the page's bytes (decompressed, within the size limit). */
function requestOnce(hop: Hop): Promise<HopResult> {
  const { url } = hop;
  const host = bareHost(url);
  const port = portOf(url);
  const allowed = isAllowedHost(host, hop.allowList, port);
  // An IP literal is connected to directly, without a lookup: check it now.
  if (isIP(host) && !allowed && !isPublicAddress(host)) throw privateAddressError(host, hop.viaRedirect);

  return new Promise<HopResult>((resolve, reject) => {
    let settled = false;
    let req: http.ClientRequest | undefined;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      req?.destroy();
      reject(hop.signal.aborted ? invalid(hop.timeoutMessage()) : networkError(error, url));
    };
    const succeed = (result: HopResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };

    const transport = url.protocol === "https:" ? https : http;
    req = transport.request({
      protocol: url.protocol,
      hostname: host,
      port,
      path: `${url.pathname}${url.search}`,
      method: "GET",
      agent: false,
      signal: hop.signal,
      lookup: guardedLookup(hop, allowed) as unknown as http.RequestOptions["lookup"],
      headers: {
        Accept: "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8",
        "Accept-Encoding": "gzip, deflate, br",
        "User-Agent": USER_AGENT,
        Connection: "close",
      },
    });

    // Belt and braces: the address the socket actually reached.
    req.on("socket", (socket: Socket) => {
      socket.once("connect", () => {
        const remote = socket.remoteAddress;
        if (!allowed && remote && !isPublicAddress(remote)) fail(privateAddressError(remote, hop.viaRedirect));
      });
    });
    req.on("error", fail);

    req.on("response", (res) => {
      res.on("error", fail);
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (REDIRECTS.has(status) && location) {
        res.resume();
        succeed({ kind: "redirect", location, status });
        req?.destroy();
        return;
      }
      if (status < 200 || status > 299) {
        res.resume();
        const reason = http.STATUS_CODES[status];
        fail(invalid(`The server answered ${status}${reason ? ` ${reason}` : ""}.`));
        return;
      }

      const typeHeader = res.headers["content-type"] ?? "";
      const contentType = (typeHeader.split(";")[0] ?? "").trim().toLowerCase();
      if (!contentType) {
        fail(invalid("The page did not say what it is (no Content-Type); only HTML or text pages can be imported."));
        return;
      }
      if (!ACCEPTED_TYPES.has(contentType)) {
        fail(invalid(`The page is ${contentType}, not HTML or text.`));
        return;
      }
      const charsetParam = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(typeHeader)?.[1] ?? null;

      const tooLarge = () => new AppError("too_large", `The page is larger than the ${formatSize(hop.maxBytes)} limit.`);
      const encodings = (res.headers["content-encoding"] ?? "")
        .split(",")
        .map((e) => e.trim().toLowerCase())
        .filter((e) => e && e !== "identity");
      const decoders: Transform[] = [];
      // Applied last to first: "gzip, br" was gzipped, then brotli-compressed.
      for (const encoding of [...encodings].reverse()) {
        const decoder = decoderFor(encoding);
        if (!decoder) {
          fail(invalid(`The page is compressed with ${encoding}, which cannot be read.`));
          return;
        }
        decoders.push(decoder);
      }
      const declared = Number(res.headers["content-length"]);
      if (decoders.length === 0 && Number.isFinite(declared) && declared > hop.maxBytes) {
        fail(tooLarge());
        return;
      }

      let decodeFailed = false;
      for (const decoder of decoders) decoder.once("error", () => (decodeFailed = true));
      const chunks: Buffer[] = [];
      let size = 0;
      const sink = new Writable({
        write(chunk: Buffer, _encoding, callback) {
          size += chunk.length;
          if (size > hop.maxBytes) return callback(tooLarge());
          chunks.push(chunk);
          callback();
        },
      });
      pipeline([res, ...decoders, sink], (error) => {
        if (!error) {
          succeed({ kind: "page", status, contentType, charsetParam, bytes: Buffer.concat(chunks) });
        } else if (error instanceof AppError || hop.signal.aborted) {
          fail(error);
        } else if (decodeFailed) {
          fail(invalid(`The page's compressed content (${encodings.join(", ")}) is damaged and cannot be read.`));
        } else {
          fail(error);
        }
      });
    });

    req.end();
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Character sets

function decoderLabel(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.trim().toLowerCase(), { fatal: true });
  } catch {
    return null;
  }
}

/** The charset an HTML page declares in its first bytes: <meta charset>, <meta http-equiv> or <?xml encoding>. */
function sniffDeclaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString("latin1");
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  if (meta) return meta[1]!;
  const xml = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/i.exec(head);
  return xml ? xml[1]! : null;
}

function decodeBody(bytes: Buffer, contentType: string, headerCharset: string | null): { text: string; charset: string } {
  // A byte order mark wins over any declaration (as in browsers).
  let label: string | null = null;
  let source: "bom" | "header" | "page" | null = null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) [label, source] = ["utf-8", "bom"];
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [label, source] = ["utf-16le", "bom"];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [label, source] = ["utf-16be", "bom"];
  else if (headerCharset) [label, source] = [headerCharset, "header"];
  else if (contentType !== "text/plain") {
    const declared = sniffDeclaredCharset(bytes);
    if (declared) [label, source] = [declared, "page"];
  }

  let decoder = label ? decoderLabel(label) : decoderLabel("utf-8");
  if (!decoder) throw invalid(`The page is in the character set "${label}", which cannot be read.`);
  // A page that found its own <meta charset> could be read as ASCII-compatible bytes; UTF-16 there means UTF-8.
  if (source === "page" && decoder.encoding.startsWith("utf-16")) decoder = decoderLabel("utf-8")!;

  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    if (!label) throw invalid("The page is not valid UTF-8 and does not say which character set it uses, so it cannot be read.");
    throw invalid(`The page says it is ${decoder.encoding} but its text is not valid ${decoder.encoding}.`);
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  return { text, charset: decoder.encoding };
}

// ---------------------------------------------------------------------------------------------------------------

function resolveOptions(options: FetchPageOptions) {
  const needsEnv = options.timeoutMs === undefined || options.maxBytes === undefined || options.allowHosts === undefined;
  const env = needsEnv ? readEnv() : null;
  const allowHosts = options.allowHosts ?? env?.IMPORT_ALLOW_HOSTS;
  return {
    timeoutMs: options.timeoutMs ?? env?.IMPORT_FETCH_TIMEOUT_MS ?? DEFAULT_FETCH_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? env?.IMPORT_MAX_BYTES ?? DEFAULT_FETCH_MAX_BYTES,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    allowList: typeof allowHosts === "string" || allowHosts === undefined ? parseAllowList(allowHosts) : allowHosts,
    lookup: options.lookup ?? (dns.lookup as LookupAll),
  };
}

/**
 * Fetches an HTML or plain-text page by URL, following up to `maxRedirects` redirects, and returns its text.
 * Throws AppError invalid_input (or too_large for the size limit) with a message for the person who gave the URL.
 */
export async function fetchPage(rawUrl: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const trimmed = typeof rawUrl === "string" ? rawUrl.trim() : "";
  if (!trimmed) throw invalid("The address is empty.");
  if (trimmed.length > MAX_URL_LENGTH) throw invalid("The address is too long.");
  const requested = checkUrl(trimmed);
  const { timeoutMs, maxBytes, maxRedirects, allowList, lookup } = resolveOptions(options);

  const controller = new AbortController();
  let current = requested;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      const result = await requestOnce({
        url: current,
        viaRedirect: redirects > 0,
        allowList,
        lookup,
        maxBytes,
        signal: controller.signal,
        timeoutMessage: () => `${current.hostname} did not answer within ${formatSeconds(timeoutMs)}.`,
      });
      if (result.kind === "redirect") {
        if (redirects >= maxRedirects) {
          throw invalid(`The page redirected more than ${maxRedirects} ${maxRedirects === 1 ? "time" : "times"}.`);
        }
        current = checkUrl(result.location, current);
        continue;
      }
      const { text, charset } = decodeBody(result.bytes, result.contentType, result.charsetParam);
      if (text.includes("\u0000")) throw invalid("The page looks like binary data, not HTML or text.");
      if (!text.trim()) throw invalid("The page is empty.");
      return { url: current.href, requestedUrl: requested.href, contentType: result.contentType, charset, body: text, status: result.status };
    }
  } finally {
    clearTimeout(timer);
  }
}
