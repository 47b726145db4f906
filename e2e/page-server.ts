// A tiny web server for the import specs: it serves the pages a test registers on 127.0.0.1 (the only host the
// e2e server's importer is allowed to fetch from, through IMPORT_ALLOW_HOSTS), on a port the system picks.
// Anything not registered is a 404.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ServedPage {
  body: string;
  status?: number;
  contentType?: string;
}

export interface PageServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Serves `page` (a string is HTML) at `path`; returns its full URL. */
  serve(path: string, page: string | ServedPage): string;
  /** The full URL of `path` on this server, registered or not. */
  url(path: string): string;
  /** The paths requested so far, in order (query strings included). */
  requests: string[];
  stop(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const pages = new Map<string, ServedPage>();
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const target = req.url ?? "/";
    requests.push(target);
    const page = pages.get(new URL(target, "http://x").pathname);
    if (!page) {
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
      res.end("<!doctype html><title>Not found</title><h1>Not found</h1>");
      return;
    }
    res.writeHead(page.status ?? 200, { "content-type": page.contentType ?? "text/html; charset=utf-8" });
    res.end(page.body);
  });
  // The importer may keep a connection alive; do not let it hold stop() up.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = (path: string) => new URL(path, origin).toString();
  return {
    origin,
    requests,
    url,
    serve(path, page) {
      pages.set(new URL(path, origin).pathname, typeof page === "string" ? { body: page } : page);
      return url(path);
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
