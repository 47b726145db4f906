// Hostile input and the browser's defences, over real HTTP against the production server:
// - every page (and the JSON API) answers with the security headers, and every page hydrates and works under the
//   Content-Security-Policy without one violation;
// - script and event-handler payloads in an article's title, outlet, body, claims, event title and a published
//   fact-check render as inert text wherever they are shown;
// - a change sent from another site is refused, whatever the route, and changes nothing.
// Desktop and phone run at once against one database: everything made here carries a unique tag.
import { expect, test, type APIResponse, type Locator, type Page, type Response } from "@playwright/test";
import { ACCOUNTS, PASSWORD, signIn } from "./accounts";
import { uniqueTag } from "./cli-import";
import { sampleEventId } from "./sample";

// ---------------------------------------------------------------------------------------------------------------
// Headers

/** The CSP as directive → sources. */
function parseCsp(value: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of value.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The production policy: what each directive must allow, and nothing looser where it matters. */
const CSP_MUST_HAVE: Record<string, string[]> = {
  "default-src": ["'self'"],
  "script-src": ["'self'", "'unsafe-inline'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

function expectSecurityHeaders(headers: Record<string, string>, what: string): void {
  const csp = headers["content-security-policy"];
  expect(csp, `${what}: Content-Security-Policy`).toBeTruthy();
  const directives = parseCsp(csp!);
  for (const [name, sources] of Object.entries(CSP_MUST_HAVE)) {
    expect(directives.get(name), `${what}: CSP ${name}`).toEqual(expect.arrayContaining(sources));
  }
  // The production server runs no eval and no WebSocket (those are for `next dev` only), and nothing comes from
  // another host: no wildcard, no scheme-wide source except data: images.
  expect(directives.get("script-src"), `${what}: script-src`).not.toContain("'unsafe-eval'");
  expect(directives.get("connect-src"), `${what}: connect-src`).toEqual(["'self'"]);
  for (const [name, sources] of directives) {
    for (const source of sources) expect(["*", "http:", "https:", "ws:", "blob:"], `${what}: CSP ${name} ${source}`).not.toContain(source);
  }
  expect(headers["x-content-type-options"], `${what}: X-Content-Type-Options`).toBe("nosniff");
  expect(headers["referrer-policy"], `${what}: Referrer-Policy`).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"], `${what}: X-Frame-Options`).toBe("DENY");
  const permissions = headers["permissions-policy"] ?? "";
  for (const feature of ["camera=()", "microphone=()", "geolocation=()"]) expect(permissions, `${what}: Permissions-Policy`).toContain(feature);
  expect(headers["cross-origin-opener-policy"], `${what}: Cross-Origin-Opener-Policy`).toBe("same-origin");
  expect(headers["x-powered-by"], `${what}: X-Powered-By`).toBeUndefined();
}

// ---------------------------------------------------------------------------------------------------------------
// CSP violations: the browser's securitypolicyviolation events (recorded on window by an init script, so every
// document of the page records them from its first script) and its console reports.

declare global {
  interface Window {
    __cspViolations?: string[];
    __xss?: unknown;
  }
}

async function watchCsp(page: Page): Promise<{ console: string[] }> {
  const seen = { console: [] as string[] };
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.console.push(message.text());
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations!.push(`${e.violatedDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return seen;
}

async function expectNoCspViolations(page: Page, seen: { console: string[] }, what: string): Promise<void> {
  const violations = await page.evaluate(() => window.__cspViolations);
  expect(violations, `${what}: the violation recorder ran`).toBeDefined();
  expect(violations, `${what}: CSP violations`).toEqual([]);
  expect(seen.console, `${what}: CSP console reports`).toEqual([]);
}

async function visit(page: Page, path: string, status = 200): Promise<Response> {
  const response = await page.goto(path);
  expect(response, path).not.toBeNull();
  expect(response!.status(), path).toBe(status);
  expectSecurityHeaders(response!.headers(), path);
  return response!;
}

/** The header's account corner is a client component that asks GET /api/session: it shows only once hydrated. */
const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });
async function expectHydratedSignedOut(page: Page) {
  await expect(mainNav(page).getByRole("link", { name: "Sign in" })).toBeVisible();
}
async function expectHydratedSignedIn(page: Page) {
  await expect(mainNav(page).getByRole("button", { name: /account menu/ })).toBeVisible();
}

test.describe("security headers and the Content-Security-Policy", () => {
  test("the home page: headers, hydration, and the search box submits under the CSP", async ({ page }) => {
    const seen = await watchCsp(page);
    await visit(page, "/");
    await expect(page.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();
    await expectHydratedSignedOut(page);
    await expectNoCspViolations(page, seen, "/");

    // The search form posts to this origin (form-action 'self'), and the results page obeys the policy too.
    await page.getByLabel("Search articles and claims").fill("WikiLeaks");
    await page.getByLabel("Search articles and claims").press("Enter");
    await expect(page).toHaveURL(/\/search\?q=WikiLeaks$/);
    await expect(page.getByTestId("claim-result").first()).toBeVisible();
    await expectHydratedSignedOut(page);
    await expectNoCspViolations(page, seen, "/search?q=WikiLeaks");
  });

  test("the event page: headers, and the view switch works under the CSP", async ({ page, request }) => {
    const seen = await watchCsp(page);
    const eventId = await sampleEventId(request);
    await visit(page, `/events/${eventId}`);
    await expectHydratedSignedOut(page);
    await page.getByRole("group", { name: "Show" }).getByRole("button", { name: "Articles" }).click();
    await expect(page.getByTestId("outlet-column")).toHaveCount(2);
    await expectNoCspViolations(page, seen, `/events/${eventId}`);
  });

  test("the article page: headers, and choosing a claim works under the CSP", async ({ page, request }) => {
    const seen = await watchCsp(page);
    const { event } = await (await request.get(`/api/events/${await sampleEventId(request)}`)).json();
    const article = event.articles[0] as { id: number; claims: { id: number; section: string }[] };
    const claim = article.claims.find((c) => c.section === "body")!;
    await visit(page, `/articles/${article.id}`);
    await expectHydratedSignedOut(page);
    await page.locator(`#claim-${claim.id}`).focus();
    await expect(page.getByTestId("claim-detail")).toBeVisible();
    await expectNoCspViolations(page, seen, `/articles/${article.id}`);
  });

  test("search, fact-checks, sign-in and a 404: headers and no CSP violation", async ({ page }) => {
    const seen = await watchCsp(page);
    await visit(page, "/search?q=x");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Search results for");
    await expectHydratedSignedOut(page);
    await expectNoCspViolations(page, seen, "/search?q=x");

    await visit(page, "/fact-checks");
    await expect(page.getByRole("heading", { level: 1, name: "Fact-checks" })).toBeVisible();
    await expectHydratedSignedOut(page);
    await expectNoCspViolations(page, seen, "/fact-checks");

    await visit(page, "/no-such-page", 404);
    await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
    await expectHydratedSignedOut(page);
    await expectNoCspViolations(page, seen, "/no-such-page");

    // Signing in through the form (a client-side fetch), then the fact-checkers' queue and the admin import page.
    await visit(page, "/sign-in?next=%2Fqueue");
    await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
    await expectNoCspViolations(page, seen, "/sign-in");
    await page.getByLabel("Email").fill(ACCOUNTS.admin);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/queue$/);
    await expectNoCspViolations(page, seen, "/sign-in (after signing in)");

    await visit(page, "/queue");
    await expect(page.getByRole("heading", { name: "Fact-checking queue" })).toBeVisible();
    await expectHydratedSignedIn(page);
    await expect(page.getByTestId("queue-item").first()).toBeVisible();
    await expectNoCspViolations(page, seen, "/queue");

    await visit(page, "/admin/import");
    await expect(page.getByRole("heading", { name: "Import", level: 1 })).toBeVisible();
    await expectHydratedSignedIn(page);
    const urlTab = page.getByRole("tablist", { name: "Import from" }).getByRole("tab", { name: "From a URL" });
    await urlTab.click();
    await expect(urlTab).toHaveAttribute("aria-selected", "true");
    await expectNoCspViolations(page, seen, "/admin/import");
  });

  test("the JSON API sends the same headers, on answers and on errors", async ({ request }) => {
    const eventId = await sampleEventId(request);
    const answers: [string, APIResponse][] = [
      ["GET /api/events", await request.get("/api/events")],
      [`GET /api/events/${eventId}`, await request.get(`/api/events/${eventId}`)],
      ["GET /api/search?q=flynn", await request.get("/api/search?q=flynn")],
      ["GET /api/exports/claims.csv", await request.get("/api/exports/claims.csv")],
      ["GET /api/nothing-here (404)", await request.get("/api/nothing-here")],
      ["GET /api/queue (401)", await request.get("/api/queue")],
      ["POST /api/session (400)", await request.post("/api/session", { data: {} })],
    ];
    for (const [what, response] of answers) expectSecurityHeaders(response.headers(), what);
    expect(answers.map(([, r]) => r.status())).toEqual([200, 200, 200, 200, 404, 401, 400]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Script and event-handler payloads

const PAYLOADS = {
  script: "<script>window.__xss=1</script>",
  img: `<img src=x onerror="window.__xss=1">`,
  svg: `"><svg onload=window.__xss=1>`,
  js: "javascript:window.__xss=1",
};
const ALL_PAYLOADS = Object.values(PAYLOADS).join(" ");

/** Nothing ran, no element carries a handler, no link runs script; and `texts` are shown as text (in `within`). */
async function expectInert(page: Page, what: string, texts: string[], within: Locator = page.locator("body")): Promise<void> {
  for (const text of texts) await expect(within.getByText(text).first(), `${what}: "${text}" as text`).toBeVisible();
  expect(await page.evaluate(() => window.__xss), `${what}: window.__xss`).toBeUndefined();
  await expect(page.locator("[onerror], [onload]"), `${what}: elements with handlers`).toHaveCount(0);
  await expect(page.locator('img[src="x"], svg[onload]'), `${what}: injected elements`).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i], [src^="javascript:" i], form[action^="javascript:" i]'), `${what}: javascript: URLs`).toHaveCount(0);
}

test("script and event-handler payloads in an article, its claims and a published fact-check render as inert text", async ({ page, request, playwright, baseURL }) => {
  const tag = uniqueTag("Xsstest");
  const word = tag.split(" ").at(-1)!;
  const title = `${tag} council vote ${PAYLOADS.script} ${PAYLOADS.img}`;
  const outlet = `Outlet ${word} ${PAYLOADS.svg}`;
  const eventTitle = `Event ${tag} ${PAYLOADS.script} ${PAYLOADS.svg}`;
  const paragraphs = [
    `The mayor said that the council approved ${PAYLOADS.script} a budget of 12 million dollars on Monday.`,
    `According to the auditor, the report at ${PAYLOADS.js} showed ${PAYLOADS.img} losses of 3 million dollars.`,
    `Officials claimed ${PAYLOADS.svg} that the vote was unanimous, the spokesperson told reporters.`,
  ];

  // The admin imports it (a javascript: address for the article is refused first).
  await signIn(request, "admin");
  const badUrl = await request.post("/api/imports", {
    data: { article: { title, paragraphs, outlet, url: PAYLOADS.js }, eventTitle },
  });
  expect(badUrl.status(), await badUrl.text()).toBe(400);
  const imported = await request.post("/api/imports", {
    data: { article: { title, paragraphs, outlet, author: `Reporter ${PAYLOADS.img}` }, eventTitle },
  });
  expect(imported.status(), await imported.text()).toBe(201);
  const { article } = (await imported.json()) as {
    article: { id: number; title: string; event: { id: number }; outlet: { name: string }; claims: { id: number; section: string; exact: string }[] };
  };
  expect(article.title).toBe(title);
  expect(article.outlet.name).toBe(outlet);
  const claim = article.claims.find((c) => c.section === "body" && c.exact.includes(PAYLOADS.img));
  expect(claim, `a claim holding the payload among ${JSON.stringify(article.claims.map((c) => c.exact))}`).toBeDefined();
  const eventId = article.event.id;

  // A fact-checker (their own session) publishes a verdict whose explanation and evidence note carry the payloads.
  const checker = await playwright.request.newContext({ baseURL });
  await signIn(checker, "checker");
  const { ratings } = await (await checker.get("/api/ratings")).json();
  const ratingId = (ratings as { id: number; label: string }[]).find((r) => r.label === "False")?.id ?? ratings[0].id;
  const explanation = `Explained ${word}: ${ALL_PAYLOADS}`;
  const note = `Note ${word} ${PAYLOADS.img} ${PAYLOADS.svg}`;
  for (const url of [PAYLOADS.js, "JavaScript:window.__xss=1", " javascript:window.__xss=1", "data:text/html,<script>window.__xss=1</script>", "vbscript:x"]) {
    const refused = await checker.post(`/api/claims/${claim!.id}/fact-checks`, {
      data: { ratingId, explanation, evidence: [{ url, note }], status: "published" },
    });
    expect(refused.status(), `evidence URL ${url}: ${await refused.text()}`).toBe(400);
  }
  const created = await checker.post(`/api/claims/${claim!.id}/fact-checks`, {
    data: { ratingId, explanation, evidence: [{ url: "https://example.org/evidence", note }], status: "published" },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { factCheck } = await created.json();
  await checker.dispose();

  // Signed out: the article, the event, the fact-checks, the fact-check's page, and search.
  const seen = await watchCsp(page);
  await visit(page, `/articles/${article.id}`);
  await expectHydratedSignedOut(page);
  await expectInert(page, "the article", [title, outlet, PAYLOADS.script, PAYLOADS.js, PAYLOADS.img, PAYLOADS.svg]);
  await page.locator(`#claim-${claim!.id}`).focus();
  const detail = page.getByTestId("claim-detail");
  await expect(detail.getByTestId("published-fact-check")).toBeVisible();
  await expect(detail.getByText(explanation)).toBeVisible();
  await expect(detail.getByRole("link", { name: note })).toHaveAttribute("href", "https://example.org/evidence");
  await expectInert(page, "the article with the claim's fact-check", [explanation]);
  await expectNoCspViolations(page, seen, "the article");

  await visit(page, `/events/${eventId}`);
  await expectHydratedSignedOut(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(eventTitle);
  await expectInert(page, "the event (comparison)", [eventTitle]);
  await page.getByRole("group", { name: "Show" }).getByRole("button", { name: "Articles" }).click();
  await expect(page.getByTestId("outlet-column")).toHaveCount(1);
  await expectInert(page, "the event (articles)", [title, outlet, PAYLOADS.img, PAYLOADS.svg]);
  await expectNoCspViolations(page, seen, "the event");

  await visit(page, "/fact-checks");
  await expectHydratedSignedOut(page);
  const item = page.getByTestId("fact-check-item").filter({ has: page.locator(`a[href="/fact-checks/${factCheck.id}"]`) });
  await expect(item).toContainText(claim!.exact);
  await expectInert(page, "/fact-checks", [claim!.exact, outlet]);
  await expectNoCspViolations(page, seen, "/fact-checks");

  await visit(page, `/fact-checks/${factCheck.id}`);
  await expectHydratedSignedOut(page);
  await expectInert(page, `/fact-checks/${factCheck.id}`, [claim!.exact, explanation, note]);
  // The ClaimReview JSON-LD carries the payloads as data, and its script element is not closed early by them.
  const jsonLd = page.locator('script[type="application/ld+json"]');
  await expect(jsonLd).toHaveCount(1);
  const review = JSON.parse((await jsonLd.textContent())!);
  expect(review.reviewBody).toBe(explanation);
  expect(review.claimReviewed).toBe(claim!.exact);
  await expectNoCspViolations(page, seen, `/fact-checks/${factCheck.id}`);

  await visit(page, `/search?q=${encodeURIComponent(word)}`);
  await expect(page.getByTestId("article-result").filter({ hasText: title })).toHaveCount(1);
  await expectInert(page, "search", [title]);
  // The payload typed into the search box is shown back as text too.
  await visit(page, `/search?q=${encodeURIComponent(PAYLOADS.img)}`);
  await expectInert(page, "search for a payload", [`Search results for “${PAYLOADS.img}”`]);
  await expectNoCspViolations(page, seen, "search");

  // The fact-checkers' queue, filtered to this event.
  await signIn(page.request, "checker");
  await visit(page, `/queue?event=${eventId}`);
  await expectHydratedSignedIn(page);
  await expect(page.getByTestId("queue-item").first()).toBeVisible();
  await expectInert(page, "the queue", [PAYLOADS.script, PAYLOADS.img, PAYLOADS.svg, PAYLOADS.js], page.getByTestId("queue-item"));
  await expectNoCspViolations(page, seen, "the queue");
});

// ---------------------------------------------------------------------------------------------------------------
// Cross-origin changes

test("changes sent from another site are refused with 403 and change nothing", async ({ request, baseURL }) => {
  const tag = uniqueTag("Csrf");
  const word = tag.split(" ").at(-1)!;
  await signIn(request, "admin");
  const eventId = await sampleEventId(request);
  const { event } = await (await request.get(`/api/events/${eventId}`)).json();
  const article = event.articles[0] as { id: number; claims: { id: number }[] };
  const claimId = article.claims[0]!.id;
  const { users } = await (await request.get("/api/users")).json();
  const reader = (users as { id: number; email: string; name: string | null }[]).find((u) => u.email === ACCOUNTS.reader)!;
  const { ratings } = await (await request.get("/api/ratings")).json();

  const changes: { what: string; method: string; url: string; data: unknown }[] = [
    { what: "add a user", method: "POST", url: "/api/users", data: { email: `evil-${word}@e2e.test`, role: "admin", password: "a long enough password" } },
    { what: "rename a user", method: "PATCH", url: `/api/users/${reader.id}`, data: { name: `Evil ${word}` } },
    { what: "add a rating", method: "PUT", url: "/api/ratings", data: { ratings: [...ratings, { label: `Evil ${word}`, color: "#ff0000", value: 9 }] } },
    { what: "add a fact-check", method: "POST", url: `/api/claims/${claimId}/fact-checks`, data: { ratingId: null, explanation: `Evil ${word}`, evidence: [], status: "draft" } },
    { what: "move an article", method: "PATCH", url: `/api/articles/${article.id}`, data: { eventId: 999_999 } },
    { what: "import an article", method: "POST", url: "/api/imports", data: { text: `Evil ${word} said the council lied.`, outlet: `Evil ${word}` } },
    { what: "sign out", method: "DELETE", url: "/api/session", data: undefined },
    { what: "sign in", method: "POST", url: "/api/session", data: { email: ACCOUNTS.reader, password: PASSWORD } },
  ];
  const crossSite: Record<string, string>[] = [
    { origin: "https://evil.example" },
    { origin: "null" },
    // Same host name, another port: another origin.
    { origin: new URL(baseURL!).origin.replace(/:\d+$/, ":1") },
    { "sec-fetch-site": "cross-site" },
    { "sec-fetch-site": "same-site" },
  ];
  for (const change of changes) {
    for (const headers of crossSite) {
      const what = `${change.what} (${change.method} ${change.url}) with ${JSON.stringify(headers)}`;
      const response = await request.fetch(change.url, { method: change.method, headers, data: change.data });
      expect(response.status(), what).toBe(403);
      expect((await response.json()).error.message, what).toMatch(/another site/);
      expectSecurityHeaders(response.headers(), what);
    }
  }

  // Nothing changed: still signed in as the admin, and nothing of the attempts stored.
  expect((await (await request.get("/api/session")).json()).user.email).toBe(ACCOUNTS.admin);
  const after = (await (await request.get("/api/users")).json()).users as { id: number; email: string; name: string | null }[];
  expect(after.map((u) => u.email)).not.toContain(`evil-${word}@e2e.test`);
  expect(after.find((u) => u.id === reader.id)!.name).toBe(reader.name);
  const ratingLabels = ((await (await request.get("/api/ratings")).json()).ratings as { label: string }[]).map((r) => r.label);
  expect(ratingLabels).not.toContain(`Evil ${word}`);
  const { factChecks } = await (await request.get(`/api/claims/${claimId}/fact-checks`)).json();
  expect((factChecks as { explanation: string }[]).map((f) => f.explanation)).not.toContain(`Evil ${word}`);
  expect((await (await request.get(`/api/articles/${article.id}`)).json()).article.event.id).toBe(eventId);
  const { results } = await (await request.get(`/api/search?q=${word}`)).json();
  expect(results.articles.length + results.claims.length).toBe(0);
  const { entries } = await (await request.get(`/api/audit?action=user.`)).json();
  expect(JSON.stringify(entries)).not.toContain(word);

  // The same kind of request from this site's own pages goes through (a preview writes nothing).
  const own = await request.post("/api/imports/preview", {
    headers: { origin: new URL(baseURL!).origin, "sec-fetch-site": "same-origin" },
    data: { text: `Preview ${word} said the council met.`, title: `Preview ${word}`, outlet: "Preview outlet" },
  });
  expect(own.status(), await own.text()).toBe(200);
});
