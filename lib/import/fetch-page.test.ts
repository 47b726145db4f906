// The URL fetcher against real sockets: node:http servers on 127.0.0.1 started by the tests.
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { fetchPage, type LookupAll } from "./fetch-page";

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

const ARTICLE = "<!doctype html><html><head><title>Budget</title></head><body><p>Cancillería “quoted” text.</p></body></html>";
const routes = new Map<string, Handler>();
const hits: string[] = [];
const seenHeaders: http.IncomingHttpHeaders[] = [];
let server: http.Server;
let port: number;
let base: string; // http://127.0.0.1:port

function html(body: string | Buffer, type = "text/html; charset=utf-8"): Handler {
  return (_req, res) => {
    res.writeHead(200, { "Content-Type": type });
    res.end(body);
  };
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    hits.push(path);
    seenHeaders.push(req.headers);
    const handler = routes.get(path.split("?")[0]!);
    if (handler) return handler(req, res);
    res.writeHead(404, { "Content-Type": "text/plain" });
    res.end("not here");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;

  routes.set("/article", html(ARTICLE));
  routes.set("/plain", html("Just text.\n", "text/plain"));
  routes.set("/pdf", html("%PDF-1.7 ...", "application/pdf"));
  routes.set("/png", html(Buffer.from([0x89, 0x50, 0x4e, 0x47]), "image/png"));
  routes.set("/untyped", (_req, res) => {
    res.removeHeader("Content-Type");
    res.writeHead(200);
    res.end("what am I");
  });
  routes.set("/error", (_req, res) => {
    res.writeHead(500, { "Content-Type": "text/html" });
    res.end("<p>broken</p>");
  });
  routes.set("/big", html(`<p>${"x".repeat(5000)}</p>`));
  routes.set("/big-chunked", (_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html" }); // no Content-Length: counted while streaming
    for (let i = 0; i < 50; i++) res.write(`<p>${"y".repeat(100)}</p>`);
    res.end();
  });
  routes.set("/gzip", (_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip" });
    res.end(zlib.gzipSync(ARTICLE));
  });
  routes.set("/br", (_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Encoding": "br" });
    res.end(zlib.brotliCompressSync(ARTICLE));
  });
  routes.set("/deflate", (_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Encoding": "deflate" });
    res.end(zlib.deflateSync(ARTICLE));
  });
  routes.set("/gzip-bomb", (_req, res) => {
    const compressed = zlib.gzipSync(Buffer.alloc(1024 * 1024, 0x61)); // 1 MB of "a", about 1 KB compressed
    res.writeHead(200, { "Content-Type": "text/plain", "Content-Encoding": "gzip", "Content-Length": compressed.length });
    res.end(compressed);
  });
  routes.set("/gzip-damaged", (_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" });
    res.end(Buffer.from("this is not gzip at all"));
  });
  routes.set("/compress", (_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "compress" });
    res.end("??");
  });
  const latin1 = Buffer.from("<p>Cancillería, señor</p>", "latin1");
  routes.set("/latin1-undeclared", html(latin1, "text/html"));
  routes.set("/latin1-header", html(latin1, "text/html; charset=ISO-8859-1"));
  routes.set("/latin1-meta", html(Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body>'), latin1]), "text/html"));
  routes.set("/latin1-http-equiv", html(Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'), latin1]), "text/html"));
  routes.set("/latin1-says-utf8", html(latin1, "text/html; charset=utf-8"));
  routes.set("/klingon", html("<p>hello</p>", "text/html; charset=x-klingon"));
  routes.set("/bom", html(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("<p>BOM</p>")]), "text/html; charset=windows-1252"));
  routes.set("/empty", html("  \n ", "text/html"));
  routes.set("/nul", html(Buffer.from("abc\u0000def"), "text/plain"));
  routes.set("/never", () => {
    // Never answers.
  });
  routes.set("/stall-body", (_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html" });
    res.write("<p>first part"); // ... and never the rest
  });
  for (let i = 1; i <= 6; i++) {
    routes.set(`/chain/${i}`, (_req, res) => {
      res.writeHead(302, { Location: i < 6 ? `/chain/${i + 1}` : "/article" });
      res.end();
    });
  }
  routes.set("/loop", (_req, res) => {
    res.writeHead(301, { Location: "/loop" });
    res.end();
  });
  routes.set("/to-ftp", (_req, res) => {
    res.writeHead(302, { Location: "ftp://example.org/file" });
    res.end();
  });
  routes.set("/to-metadata", (_req, res) => {
    res.writeHead(307, { Location: "http://169.254.169.254/latest/meta-data/" });
    res.end();
  });
  routes.set("/to-loopback-literal", (_req, res) => {
    res.writeHead(308, { Location: `http://127.0.0.1:${port}/article` });
    res.end();
  });
  routes.set("/see-other", (_req, res) => {
    res.writeHead(303, { Location: "article?from=303" });
    res.end();
  });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

afterEach(() => {
  hits.length = 0;
  seenHeaders.length = 0;
  vi.unstubAllEnvs();
});

/** The AppError a promise rejects with; fails the test when it resolves or rejects with something else. */
async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

const ALLOW_LOCAL = { allowHosts: "127.0.0.1" };
const PRIVATE = "points to a private or local network";

/** A lookup that answers every name with these addresses, counting its calls. */
function fakeLookup(...addresses: string[]): LookupAll & { calls: string[] } {
  const calls: string[] = [];
  const lookup: LookupAll = (hostname, _options, callback) => {
    calls.push(hostname);
    setImmediate(() => callback(null, addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }))));
  };
  return Object.assign(lookup, { calls });
}

describe("fetchPage: the SSRF guard", () => {
  it("refuses a URL to 127.0.0.1 without an allowlist, and never connects", async () => {
    const error = await errorOf(fetchPage(`${base}/article`, { allowHosts: "" }));
    expect(error.code).toBe("invalid_input");
    expect(error.status).toBe(400);
    expect(error.message).toBe(
      "That address points to a private or local network (127.0.0.1); importing from it is not allowed. " +
        "An administrator can allow the host in IMPORT_ALLOW_HOSTS.",
    );
    expect(hits).toEqual([]);
  });

  it("fetches from 127.0.0.1 when the allowlist names it", async () => {
    const page = await fetchPage(`${base}/article`, ALLOW_LOCAL);
    expect(page).toEqual({
      url: `${base}/article`,
      requestedUrl: `${base}/article`,
      contentType: "text/html",
      charset: "utf-8",
      body: ARTICLE,
      status: 200,
    });
    expect(seenHeaders[0]?.["user-agent"]).toBe("Parallax-Importer/0.1");
    expect(seenHeaders[0]?.accept).toMatch(/^text\/html/);
    expect(seenHeaders[0]?.["accept-encoding"]).toBe("gzip, deflate, br");
  });

  it("an allowlist entry with another port does not allow this one", async () => {
    const error = await errorOf(fetchPage(`${base}/article`, { allowHosts: `127.0.0.1:${port === 1 ? 2 : port - 1}` }));
    expect(error.message).toContain(PRIVATE);
    const page = await fetchPage(`${base}/article`, { allowHosts: `127.0.0.1:${port}` });
    expect(page.status).toBe(200);
  });

  it.each([
    ["http://169.254.169.254/latest/meta-data/", "169.254.169.254"],
    ["http://10.0.0.5/", "10.0.0.5"],
    ["http://192.168.1.1:8080/admin", "192.168.1.1"],
    ["http://[::1]:9/", "::1"],
    ["http://[::ffff:127.0.0.1]/", "::ffff:7f00:1"],
    ["http://[fd00:ec2::254]/", "fd00:ec2::254"],
    ["http://0x7f.1/", "127.0.0.1"], // the URL parser writes it as 127.0.0.1
    ["http://2130706433/", "127.0.0.1"],
    ["http://0.0.0.0/", "0.0.0.0"],
  ])("refuses the IP-literal URL %s", async (url, shown) => {
    const lookup = fakeLookup("93.184.216.34");
    const error = await errorOf(fetchPage(url, { allowHosts: "", lookup, timeoutMs: 2000 }));
    expect(error.message).toContain(`${PRIVATE} (${shown})`);
    expect(lookup.calls).toEqual([]);
  });

  it("refuses a name that resolves to a private address (injected lookup answering 10.0.0.5)", async () => {
    const lookup = fakeLookup("10.0.0.5");
    const error = await errorOf(fetchPage("http://news.example/story", { allowHosts: "", lookup }));
    expect(error.code).toBe("invalid_input");
    expect(error.message).toContain(`${PRIVATE} (10.0.0.5)`);
    expect(lookup.calls).toEqual(["news.example"]);
  });

  it("refuses a name when any one of its addresses is private", async () => {
    const lookup = fakeLookup("93.184.216.34", "fd00::1");
    const error = await errorOf(fetchPage("http://mixed.example/", { allowHosts: "", lookup }));
    expect(error.message).toContain(`${PRIVATE} (fd00::1)`);
  });

  it("refuses the real name localhost", async () => {
    const error = await errorOf(fetchPage(`http://localhost:${port}/article`, { allowHosts: "" }));
    expect(error.message).toMatch(/points to a private or local network \((127\.0\.0\.1|::1)\)/);
    expect(hits).toEqual([]);
  });

  it("connects to the address the checked lookup gave (an allowlisted name)", async () => {
    const lookup = fakeLookup("127.0.0.1");
    const page = await fetchPage(`http://intranet.example:${port}/plain`, { allowHosts: "intranet.example", lookup });
    expect(page.body).toBe("Just text.\n");
    expect(page.contentType).toBe("text/plain");
    expect(lookup.calls).toEqual(["intranet.example"]);
    expect(seenHeaders[0]?.host).toBe(`intranet.example:${port}`);
  });

  it("fetches through the real name localhost when it is allowlisted", async () => {
    const page = await fetchPage(`http://localhost:${port}/article`, { allowHosts: "localhost" });
    expect(page.body).toBe(ARTICLE);
  });

  it("refuses an allowlisted host that redirects to a private address not in the list", async () => {
    const error = await errorOf(fetchPage(`http://localhost:${port}/to-loopback-literal`, { allowHosts: "localhost" }));
    expect(error.message).toBe(
      "The page redirected to an address that points to a private or local network (127.0.0.1); importing from it is not allowed. " +
        "An administrator can allow the host in IMPORT_ALLOW_HOSTS.",
    );
    expect(hits).toEqual(["/to-loopback-literal"]);
  });

  it("refuses a redirect to the metadata service even when the first host is allowed", async () => {
    const error = await errorOf(fetchPage(`${base}/to-metadata`, ALLOW_LOCAL));
    expect(error.message).toContain(`${PRIVATE} (169.254.169.254)`);
  });

  it("refuses a redirect to a name that resolves to a private address", async () => {
    routes.set("/to-name", (_req, res) => {
      res.writeHead(302, { Location: "http://internal.example/" });
      res.end();
    });
    const lookup = fakeLookup("192.168.0.10");
    const error = await errorOf(fetchPage(`${base}/to-name`, { ...ALLOW_LOCAL, lookup }));
    expect(error.message).toContain(`The page redirected to an address that ${PRIVATE} (192.168.0.10)`);
    expect(lookup.calls).toEqual(["internal.example"]);
  });
});

describe("fetchPage: URLs", () => {
  it.each(["notaurl", "ftp://x", "http://", "javascript:alert(1)", "file:///etc/passwd", "//example.org/x", "data:text/html,hi", "http:// spaces.example/"])(
    "refuses the malformed or non-http URL %j",
    async (url) => {
      const error = await errorOf(fetchPage(url, { allowHosts: "" }));
      expect(error.code).toBe("invalid_input");
      expect(error.message).toBe("The address is not a valid http or https URL.");
    },
  );

  it("refuses an empty address", async () => {
    expect((await errorOf(fetchPage("  ", { allowHosts: "" }))).message).toBe("The address is empty.");
  });

  it("refuses a user name or password in the URL", async () => {
    const error = await errorOf(fetchPage(`http://user:secret@127.0.0.1:${port}/article`, ALLOW_LOCAL));
    expect(error.message).toBe("The address contains a user name or password; remove them and try again.");
    expect(hits).toEqual([]);
  });

  it("says clearly when nothing listens on the port", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await errorOf(fetchPage(`http://127.0.0.1:${closedPort}/`, ALLOW_LOCAL));
    expect(error.code).toBe("invalid_input");
    expect(error.message).toBe(`Could not connect to 127.0.0.1:${closedPort}: the connection was refused (nothing is listening on that port).`);
  });

  it("says clearly when the host does not exist", async () => {
    const lookup: LookupAll = (hostname, _options, callback) =>
      setImmediate(() => callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" }), []));
    const error = await errorOf(fetchPage("https://example.org/news", { allowHosts: "", lookup }));
    expect(error.message).toBe("Could not reach example.org: no such host.");
  });
});

describe("fetchPage: redirects", () => {
  it("follows 5 redirects, relative ones included, and reports the final URL", async () => {
    const page = await fetchPage(`${base}/chain/2`, ALLOW_LOCAL);
    expect(page.url).toBe(`${base}/article`);
    expect(page.requestedUrl).toBe(`${base}/chain/2`);
    expect(page.body).toBe(ARTICLE);
    expect(hits).toEqual(["/chain/2", "/chain/3", "/chain/4", "/chain/5", "/chain/6", "/article"]);
  });

  it("refuses a 6th redirect", async () => {
    const error = await errorOf(fetchPage(`${base}/chain/1`, ALLOW_LOCAL));
    expect(error.message).toBe("The page redirected more than 5 times.");
    expect(hits).toHaveLength(6);
    expect(hits).not.toContain("/article");
  });

  it("refuses a redirect loop after 5", async () => {
    const error = await errorOf(fetchPage(`${base}/loop`, ALLOW_LOCAL));
    expect(error.message).toBe("The page redirected more than 5 times.");
    expect(hits).toEqual(Array(6).fill("/loop"));
  });

  it("honours maxRedirects", async () => {
    const error = await errorOf(fetchPage(`${base}/chain/5`, { ...ALLOW_LOCAL, maxRedirects: 1 }));
    expect(error.message).toBe("The page redirected more than 1 time.");
  });

  it("follows 303 See Other", async () => {
    const page = await fetchPage(`${base}/see-other`, ALLOW_LOCAL);
    expect(page.url).toBe(`${base}/article?from=303`);
  });

  it("refuses a redirect to another scheme", async () => {
    const error = await errorOf(fetchPage(`${base}/to-ftp`, ALLOW_LOCAL));
    expect(error.message).toBe("The page redirected to a ftp address; only http and https can be fetched.");
  });
});

describe("fetchPage: time and size limits", () => {
  it("gives up on a server that never answers", async () => {
    const started = Date.now();
    const error = await errorOf(fetchPage(`${base}/never`, { ...ALLOW_LOCAL, timeoutMs: 300 }));
    expect(error.code).toBe("invalid_input");
    expect(error.message).toBe("127.0.0.1 did not answer within 0.3 seconds.");
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("gives up on a body that stops halfway", async () => {
    const error = await errorOf(fetchPage(`${base}/stall-body`, { ...ALLOW_LOCAL, timeoutMs: 300 }));
    expect(error.message).toBe("127.0.0.1 did not answer within 0.3 seconds.");
  });

  it("refuses a page over the size limit (Content-Length)", async () => {
    const error = await errorOf(fetchPage(`${base}/big`, { ...ALLOW_LOCAL, maxBytes: 1000 }));
    expect(error.code).toBe("too_large");
    expect(error.status).toBe(413);
    expect(error.message).toBe("The page is larger than the 1000 bytes limit.");
  });

  it("refuses a page over the size limit while streaming (no Content-Length)", async () => {
    const error = await errorOf(fetchPage(`${base}/big-chunked`, { ...ALLOW_LOCAL, maxBytes: 2048 }));
    expect(error.code).toBe("too_large");
    expect(error.message).toBe("The page is larger than the 2 KB limit.");
    // Just under the limit it is read whole.
    const page = await fetchPage(`${base}/big-chunked`, { ...ALLOW_LOCAL, maxBytes: 50 * 107 });
    expect(page.body).toHaveLength(50 * 107);
  });

  it("counts the decompressed size (a gzip bomb)", async () => {
    const error = await errorOf(fetchPage(`${base}/gzip-bomb`, { ...ALLOW_LOCAL, maxBytes: 64 * 1024 }));
    expect(error.code).toBe("too_large");
    expect(error.message).toBe("The page is larger than the 64 KB limit.");
  });
});

describe("fetchPage: what the server answers", () => {
  it.each([
    ["/pdf", "The page is application/pdf, not HTML or text."],
    ["/png", "The page is image/png, not HTML or text."],
    ["/untyped", "The page did not say what it is (no Content-Type); only HTML or text pages can be imported."],
  ])("refuses %s", async (path, message) => {
    const error = await errorOf(fetchPage(`${base}${path}`, ALLOW_LOCAL));
    expect(error.code).toBe("invalid_input");
    expect(error.message).toBe(message);
  });

  it.each([
    ["/missing", "The server answered 404 Not Found."],
    ["/error", "The server answered 500 Internal Server Error."],
  ])("refuses the error status of %s", async (path, message) => {
    const error = await errorOf(fetchPage(`${base}${path}`, ALLOW_LOCAL));
    expect(error.code).toBe("invalid_input");
    expect(error.message).toBe(message);
  });

  it.each(["/gzip", "/br", "/deflate"])("decompresses %s", async (path) => {
    const page = await fetchPage(`${base}${path}`, ALLOW_LOCAL);
    expect(page.body).toBe(ARTICLE);
  });

  it("refuses damaged compressed content and unknown compressions", async () => {
    expect((await errorOf(fetchPage(`${base}/gzip-damaged`, ALLOW_LOCAL))).message).toBe(
      "The page's compressed content (gzip) is damaged and cannot be read.",
    );
    expect((await errorOf(fetchPage(`${base}/compress`, ALLOW_LOCAL))).message).toBe("The page is compressed with compress, which cannot be read.");
  });

  it("refuses empty pages and binary data", async () => {
    expect((await errorOf(fetchPage(`${base}/empty`, ALLOW_LOCAL))).message).toBe("The page is empty.");
    expect((await errorOf(fetchPage(`${base}/nul`, ALLOW_LOCAL))).message).toBe("The page looks like binary data, not HTML or text.");
  });
});

describe("fetchPage: character sets", () => {
  it("refuses bytes that are not UTF-8 when the page names no character set", async () => {
    const error = await errorOf(fetchPage(`${base}/latin1-undeclared`, ALLOW_LOCAL));
    expect(error.code).toBe("invalid_input");
    expect(error.message).toBe("The page is not valid UTF-8 and does not say which character set it uses, so it cannot be read.");
  });

  it("refuses bytes that are not UTF-8 when the page says it is UTF-8", async () => {
    const error = await errorOf(fetchPage(`${base}/latin1-says-utf8`, ALLOW_LOCAL));
    expect(error.message).toBe("The page says it is utf-8 but its text is not valid utf-8.");
  });

  it.each(["/latin1-header", "/latin1-meta", "/latin1-http-equiv"])("decodes the character set declared by %s", async (path) => {
    const page = await fetchPage(`${base}${path}`, ALLOW_LOCAL);
    expect(page.charset).toBe("windows-1252");
    expect(page.body).toContain("<p>Cancillería, señor</p>");
  });

  it("refuses a character set it cannot read", async () => {
    const error = await errorOf(fetchPage(`${base}/klingon`, ALLOW_LOCAL));
    expect(error.message).toBe('The page is in the character set "x-klingon", which cannot be read.');
  });

  it("lets a byte order mark win over the header and drops it", async () => {
    const page = await fetchPage(`${base}/bom`, ALLOW_LOCAL);
    expect(page.charset).toBe("utf-8");
    expect(page.body).toBe("<p>BOM</p>");
  });
});

describe("fetchPage: settings from the environment", () => {
  it("reads IMPORT_ALLOW_HOSTS, IMPORT_MAX_BYTES and IMPORT_FETCH_TIMEOUT_MS when no option is given", async () => {
    vi.stubEnv("IMPORT_ALLOW_HOSTS", "");
    expect((await errorOf(fetchPage(`${base}/article`))).message).toContain(PRIVATE);

    vi.stubEnv("IMPORT_ALLOW_HOSTS", "localhost, 127.0.0.1");
    expect((await fetchPage(`${base}/article`)).body).toBe(ARTICLE);

    vi.stubEnv("IMPORT_MAX_BYTES", "100");
    expect((await errorOf(fetchPage(`${base}/article`))).message).toBe("The page is larger than the 100 bytes limit.");

    vi.stubEnv("IMPORT_FETCH_TIMEOUT_MS", "200");
    expect((await errorOf(fetchPage(`${base}/never`))).message).toBe("127.0.0.1 did not answer within 0.2 seconds.");
  });
});
