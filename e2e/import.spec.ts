// The admin import page (issue 7): a page served by a local test server imported by URL (preview, edit, save, see it
// on its event page, then refused as a duplicate), bad input answered in the form, a bulk upload followed as a job
// (progress, per-item results, survives a reload, duplicates on a second upload), and who may use any of it.
// Desktop and phone run against one database, and so do repeated runs: every page and file here is unique per test.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { signIn } from "./accounts";
import { uniqueTag } from "./cli-import";
import { startPageServer, type PageServer } from "./page-server";

test.describe.configure({ timeout: 120_000 });

let server: PageServer;
test.beforeAll(async () => {
  server = await startPageServer();
});
test.afterAll(async () => {
  await server?.stop();
});

const OUTLET = "The Lakeside Ledger";
const AUTHOR = "Mira Okafor";

/** A news page like lib/ingest/fixtures/jsonld-news.html, unique to this test: in its headline, a paragraph and its address. */
function newsPage(tag: string) {
  const slug = tag.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const canonical = server.url(`/news/2026/03/03/${slug}`);
  const headline = `Riverside council delays the ferry terminal vote ${tag}`;
  const paragraph = `The Riverside council on Tuesday postponed its vote on the new ferry terminal for the ${tag} district by a month, after residents filled the chamber to object to the planned car park.`;
  const quote = "We are not against a new terminal, but nobody has shown us where the traffic will go";
  const ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline,
    datePublished: "2026-03-03T08:15:00Z",
    author: [{ "@type": "Person", name: AUTHOR }],
    publisher: { "@type": "Organization", name: OUTLET },
    mainEntityOfPage: `${canonical}?utm_source=x&utm_medium=feed#top`,
  };
  const html = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${headline} | Lakeside Ledger</title>
  <link rel="canonical" href="${canonical}?utm_source=x&amp;utm_medium=feed">
  <meta property="og:site_name" content="Ledger Online">
  <script type="application/ld+json">${JSON.stringify(ld)}</script>
</head>
<body>
  <header><nav><a href="/">Home</a> <a href="/local">Local news</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>
  <main>
    <article>
      <h1>${headline}</h1>
      <p class="byline">By ${AUTHOR}</p>
      <p>${paragraph}</p>
      <p>The terminal, which would replace the ageing pier at Harbour Street, is expected to cost 42 million euros and carry about 3,000 passengers a day when it opens in 2028.</p>
      <p>&ldquo;${quote},&rdquo; said Mayor Elena Duarte. &ldquo;The council should listen before it pours concrete.&rdquo;</p>
      <p>Transport officials said the design had already been changed twice to reduce the number of parking spaces, and that a traffic study would be published before the next meeting.</p>
      <p>According to the harbour board, the existing pier has been closed for repairs eleven times in the past three years, and ferry operators say the delays cost them passengers every summer.</p>
    </article>
    <aside class="newsletter">
      <h2>Subscribe to our newsletter</h2>
      <p>Get the Ledger&rsquo;s morning briefing in your inbox every day.</p>
      <form><label>Email <input type="email"></label> <button>Sign up</button></form>
    </aside>
  </main>
  <footer><p>&copy; 2026 The Lakeside Ledger. All rights reserved.</p></footer>
</body>
</html>`;
  return { url: server.serve(`/news/2026/03/03/${slug}`, html), canonical, headline, paragraph, quote };
}

/** Plain-text article (headline on the first line) for the bulk upload. */
const textArticle = (tag: string, what: string) =>
  `Harbour board approves ${what} ${tag}\n\n` +
  `The harbour board on Wednesday approved ${what} for the ${tag} quay, ending a two-year dispute with the fishing cooperative.\n\n` +
  `The work will cost 6 million euros and is expected to take eighteen months, the board said in a statement.\n\n` +
  `“This is the best news the quay has had in a decade,” said Jonas Pirk, chairman of the cooperative.\n`;

async function openImport(page: Page, who: "admin" | "checker" | "reader" = "admin") {
  await signIn(page.request, who);
  // The first hit of the page compiles it on a dev server.
  await page.goto("/admin/import", { timeout: 60_000 });
}

const tab = (page: Page, name: string) => page.getByRole("tablist", { name: "Import from" }).getByRole("tab", { name });
const panel = (page: Page, name: string) => page.getByRole("tabpanel", { name });

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
  expect(overflow, "the page scrolls sideways").toBeLessThanOrEqual(0);
}

async function seriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`);
}

/** Stored articles and claims whose text holds `word` (the random part of a unique tag). */
async function searchHits(request: APIRequestContext, word: string) {
  const { results } = await (await request.get(`/api/search?q=${encodeURIComponent(word)}`)).json();
  return (results.articles as { id: number; title: string }[]).length + (results.claims as unknown[]).length;
}
const randomPart = (tag: string) => tag.split(" ").at(-1)!;

test("an admin imports a page by URL: preview, correct the headline, save, see it on its event page; the same page again is a duplicate", async ({ page }) => {
  const tag = uniqueTag("Url");
  const served = newsPage(tag);
  await openImport(page);
  await expect(page.getByRole("heading", { name: "Import", level: 1 })).toBeVisible();

  // The source tabs work by keyboard: from the first tab, Left wraps to the last, Left again is "From a URL".
  await expect(tab(page, "Paste text")).toHaveAttribute("aria-selected", "true");
  await tab(page, "Paste text").focus();
  await page.keyboard.press("ArrowLeft");
  await expect(tab(page, "Upload files")).toBeFocused();
  await expect(tab(page, "Upload files")).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowLeft");
  await expect(tab(page, "From a URL")).toBeFocused();
  await expect(tab(page, "From a URL")).toHaveAttribute("aria-selected", "true");
  await expect(panel(page, "Paste text")).toBeHidden();
  const urlPanel = panel(page, "From a URL");
  await expect(urlPanel).toBeVisible();

  await urlPanel.getByLabel("Article address").fill(served.url);
  await urlPanel.getByRole("button", { name: "Preview" }).click();
  const preview = urlPanel.getByTestId("import-preview");
  await expect(preview).toBeVisible({ timeout: 30_000 });
  expect(server.requests.some((r) => served.url.endsWith(r)), "the importer fetched the page").toBe(true);

  // Metadata from the JSON-LD, each with a note of where it came from; the address without its tracking parameters.
  const headline = preview.getByLabel("Headline", { exact: true });
  await expect(headline).toHaveValue(served.headline);
  await expect(headline).toHaveAccessibleDescription("from the page's JSON-LD");
  await expect(preview.getByLabel(/^Outlet/)).toHaveValue(OUTLET);
  await expect(preview.getByLabel(/^Outlet/)).toHaveAccessibleDescription("from the page's JSON-LD");
  await expect(preview.getByLabel(/^Author/)).toHaveValue(AUTHOR);
  await expect(preview.getByLabel(/^Author/)).toHaveAccessibleDescription("from the page's JSON-LD");
  await expect(preview.getByLabel(/^Address \(URL\)/)).toHaveValue(served.canonical);

  // The article's text, without the page's navigation and newsletter box.
  const text = preview.getByRole("region", { name: "Cleaned text" });
  await expect(text).toContainText(served.paragraph);
  await expect(text).toContainText(served.quote);
  await expect(text).not.toContainText("Subscribe to our newsletter");
  await expect(text).not.toContainText("Local news");
  await expect(text).not.toContainText("All rights reserved");

  // The claims the engine finds, the mayor's quote attributed to her; and the event it would go to.
  const claims = preview.getByTestId("preview-claims").getByRole("listitem");
  expect(await claims.count()).toBeGreaterThanOrEqual(3);
  await expect(claims.filter({ hasText: served.quote }).filter({ hasText: "Elena Duarte" })).toHaveCount(1);
  await expect(preview.getByTestId("automatic-event")).toHaveText(/^(Starts a new event|Joins: .+) \(the archive's choice\)$/);

  // Correct the headline, then save.
  const edited = `${served.headline} (edited)`;
  await headline.fill(edited);
  await expect(headline).toHaveAccessibleDescription(/^edited \(was “.+”, from the page's JSON-LD\)$/);
  await preview.getByRole("button", { name: "Save article" }).click();
  const done = urlPanel.getByRole("status").filter({ hasText: "Imported" });
  await expect(done).toBeVisible({ timeout: 30_000 });
  await expect(preview).toHaveCount(0);
  // Links to the article and to its event (a new event is named after the article).
  const [articleLink, eventLink] = [done.getByRole("link").first(), done.getByRole("link").nth(1)];
  await expect(articleLink).toHaveText(edited);
  await expect(articleLink).toHaveAttribute("href", /^\/articles\/\d+$/);
  const articleId = Number((await articleLink.getAttribute("href"))!.split("/").at(-1));

  // The API has the corrected headline, the JSON-LD's metadata and the canonical address without tracking.
  const { article } = await (await page.request.get(`/api/articles/${articleId}`)).json();
  expect(article.title).toBe(edited);
  expect(article.url).toBe(served.canonical);
  expect(article.outlet.name).toBe(OUTLET);
  expect(article.author).toBe(AUTHOR);
  expect(article.paragraphs).toContain(served.paragraph);
  expect(article.event).not.toBeNull();
  expect(await searchHits(page.request, randomPart(tag))).toBeGreaterThan(0);

  // Its event page shows it (the page may be served from a cache up to 5 s old: reload until it is there).
  await expect(eventLink).toHaveAttribute("href", `/events/${article.event.id}`);
  await eventLink.click();
  await expect(page).toHaveURL(new RegExp(`/events/${article.event.id}$`), { timeout: 30_000 });
  await expect(async () => {
    await expect(page.getByText(edited, { exact: true }).first()).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000, intervals: [1_000, 3_000] });

  // The same address again is recognised, names the stored article, and cannot be saved.
  await page.goto("/admin/import");
  await tab(page, "From a URL").click();
  await urlPanel.getByLabel("Article address").fill(served.url);
  await urlPanel.getByRole("button", { name: "Preview" }).click();
  const duplicate = urlPanel.getByRole("alert").filter({ hasText: "Already in the archive" });
  await expect(duplicate).toBeVisible({ timeout: 30_000 });
  await expect(duplicate.getByRole("link", { name: edited, exact: true })).toHaveAttribute("href", `/articles/${articleId}`);
  await expect(urlPanel.getByRole("button", { name: "Save article" })).toBeDisabled();
  await expect(urlPanel.getByText("This article is already stored.")).toBeVisible();
});

test("bad input is answered in the form and nothing is stored", async ({ page }) => {
  const tag = uniqueTag("Bad");
  const slug = tag.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  await openImport(page);

  // An address that answers 404: the API's message, no preview.
  await tab(page, "From a URL").click();
  const urlPanel = panel(page, "From a URL");
  const missing = server.url(`/gone/${slug}`);
  await urlPanel.getByLabel("Article address").fill(missing);
  await urlPanel.getByRole("button", { name: "Preview" }).click();
  await expect(urlPanel.getByRole("alert")).toHaveText("The server answered 404 Not Found.", { timeout: 30_000 });
  await expect(urlPanel.getByTestId("import-preview")).toHaveCount(0);
  expect(server.requests).toContain(`/gone/${slug}`);

  // A page with no article in it: the 422's message.
  await tab(page, "Paste HTML").click();
  const htmlPanel = panel(page, "Paste HTML");
  await htmlPanel
    .getByLabel("Page HTML")
    .fill(`<!doctype html><html><head><title>${tag}</title></head><body><nav><a href="/">Home</a> <a href="/about">About ${tag}</a></nav><footer>© 2026</footer></body></html>`);
  await htmlPanel.getByRole("button", { name: "Preview" }).click();
  await expect(htmlPanel.getByRole("alert")).toHaveText("No article text was found in this HTML page.", { timeout: 30_000 });
  await expect(htmlPanel.getByTestId("import-preview")).toHaveCount(0);
  await expect(htmlPanel.getByRole("button", { name: "Save article" })).toHaveCount(0);

  // Empty input cannot even be sent.
  await tab(page, "Paste text").click();
  await panel(page, "Paste text").getByLabel("Article text").fill("   ");
  await expect(panel(page, "Paste text").getByRole("button", { name: "Preview" })).toBeDisabled();

  // Nothing was stored: no article or claim holds the tag, and no event is named after it. (Other specs import
  // at the same time, so the number of events or jobs is no measure.)
  expect(await searchHits(page.request, randomPart(tag))).toBe(0);
  const { events } = await (await page.request.get("/api/events")).json();
  expect((events as { title: string }[]).filter((e) => e.title.includes(randomPart(tag)))).toEqual([]);
});

test("a bulk upload runs as a job with progress and per-item results, survives a reload, and a second upload finds duplicates", async ({ page }) => {
  const tag = uniqueTag("Bulk");
  const first = textArticle(tag, "a new breakwater");
  const second = textArticle(tag, "dredging the inner basin");
  const feedGood = {
    title: `Quay lights switched to solar power ${tag}`,
    body: `The harbour board switched the quay lights of the ${tag} pier to solar power on Thursday.\n\nThe change will save 40,000 euros a year, the board said.`,
    outlet: "Harbour Feed Weekly",
    author: "Lena Brook",
    published: "2026-03-05",
  };
  const feed = [JSON.stringify(feedGood), `{"title": "Broken line ${tag}", "body": `, JSON.stringify({ title: `No body ${tag}`, outlet: "Harbour Feed Weekly" })].join("\n") + "\n";
  const files = [
    { name: "breakwater.txt", mimeType: "text/plain", buffer: Buffer.from(first) },
    { name: "dredging.txt", mimeType: "text/plain", buffer: Buffer.from(second) },
    { name: "feed.ndjson", mimeType: "application/x-ndjson", buffer: Buffer.from(feed) },
    {
      name: "menu.html",
      mimeType: "text/html",
      buffer: Buffer.from(`<!doctype html><html><body><nav><a href="/">Home</a> <a href="/news">News ${tag}</a></nav></body></html>`),
    },
  ];
  // 2 text files + 3 feed lines + 1 page = 6 items: the text files and the feed's first line import; the broken
  // line, the line without a body and the page without an article fail.
  const expected = { total: 6, imported: 3, duplicate: 0, failed: 3 };

  await openImport(page);
  await tab(page, "Upload files").click();
  const filesPanel = panel(page, "Upload files");

  async function upload(): Promise<{ id: number; job: Locator }> {
    const before = page.url();
    await filesPanel.getByLabel("Choose files to import").setInputFiles(files);
    await expect(filesPanel.getByRole("list", { name: "Chosen files" }).getByRole("listitem")).toHaveCount(files.length);
    await filesPanel.getByLabel(/^Default outlet/).fill("Quay Chronicle");
    await filesPanel.getByRole("button", { name: `Import ${files.length} files` }).click();
    await expect(page).not.toHaveURL(before, { timeout: 30_000 });
    await expect(page).toHaveURL(/\/admin\/import\?job=\d+$/);
    const id = Number(new URL(page.url()).searchParams.get("job"));
    const job = page.getByTestId("import-job");
    await expect(job.getByRole("heading", { name: `Import job ${id}` })).toBeVisible();
    // The chosen files are cleared once the job has started.
    await expect(filesPanel.getByRole("list", { name: "Chosen files" })).toHaveCount(0);
    return { id, job };
  }

  async function expectFinished(job: Locator, counts: typeof expected) {
    const bar = job.getByRole("progressbar", { name: "Import progress" });
    await expect(bar).toHaveAttribute("aria-valuetext", `${counts.total} of ${counts.total}`, { timeout: 60_000 });
    await expect(bar).toHaveAttribute("aria-valuenow", String(counts.total));
    await expect(bar).toHaveAttribute("aria-valuemax", String(counts.total));
    await expect(job.getByText("Finished", { exact: true })).toBeVisible();
    await expect(job.getByTestId("count-imported")).toHaveText(`${counts.imported} imported`);
    await expect(job.getByTestId("count-duplicate")).toHaveText(`${counts.duplicate} duplicate`);
    await expect(job.getByTestId("count-failed")).toHaveText(`${counts.failed} failed`);
    await expect(job.getByTestId("count-pending")).toHaveText("0 waiting");
    await expect(job.getByTestId("import-item")).toHaveCount(counts.total);
  }

  const item = (job: Locator, label: string) =>
    job.getByRole("table", { name: "Items" }).getByTestId("import-item").filter({ has: page.getByRole("cell", { name: new RegExp(`^${label.replace(/\./g, "\\.")}`) }) });

  async function expectFailures(job: Locator) {
    await expect(item(job, "feed.ndjson line 2")).toHaveAttribute("data-status", "failed");
    await expect(item(job, "feed.ndjson line 2")).toContainText("Line 2 is not valid JSON");
    await expect(item(job, "feed.ndjson line 3")).toHaveAttribute("data-status", "failed");
    await expect(item(job, "feed.ndjson line 3")).toContainText("The article needs its text: give body, text or paragraphs.");
    await expect(item(job, "menu.html")).toHaveAttribute("data-status", "failed");
    await expect(item(job, "menu.html")).toContainText("No article text was found");
    for (const failed of ["feed.ndjson line 2", "feed.ndjson line 3", "menu.html"]) {
      await expect(item(job, failed)).toContainText("Failed");
      await expect(item(job, failed).getByRole("link")).toHaveCount(0);
    }
  }

  // The first upload: everything good is imported, every failure has its reason.
  const run1 = await upload();
  await expectFinished(run1.job, expected);
  await expectFailures(run1.job);
  const firstTitle = `Harbour board approves a new breakwater ${tag}`;
  const imported: Record<string, string> = {};
  const good: [string, string][] = [
    ["breakwater.txt", firstTitle],
    ["dredging.txt", `Harbour board approves dredging the inner basin ${tag}`],
    ["feed.ndjson line 1", feedGood.title],
  ];
  for (const [label, title] of good) {
    await expect(item(run1.job, label)).toHaveAttribute("data-status", "imported");
    await expect(item(run1.job, label)).toContainText("Imported");
    const link = item(run1.job, label).getByRole("link", { name: title, exact: true });
    imported[label] = (await link.getAttribute("href"))!;
    expect(imported[label]).toMatch(/^\/articles\/\d+$/);
  }
  // The outlet typed as the default went to the text files; the feed line kept its own.
  const outletOf = async (href: string) => (await (await page.request.get(`/api${href}`)).json()).article.outlet.name;
  expect(await outletOf(imported["breakwater.txt"]!)).toBe("Quay Chronicle");
  expect(await outletOf(imported["feed.ndjson line 1"]!)).toBe("Harbour Feed Weekly");
  if (test.info().project.name === "phone") await noHorizontalScroll(page);

  // A reload shows the same job, finished, with the same results; it is in the recent list too.
  await page.reload();
  await expect(tab(page, "Upload files")).toHaveAttribute("aria-selected", "true");
  await expectFinished(run1.job, expected);
  await expectFailures(run1.job);
  await expect(item(run1.job, "breakwater.txt").getByRole("link", { name: firstTitle, exact: true })).toHaveAttribute("href", imported["breakwater.txt"]!);
  await expect(page.getByRole("link", { name: `Job ${run1.id}`, exact: true })).toHaveAttribute("aria-current", "page");

  // The same files again: the good ones are duplicates of the articles just stored; nothing new is stored.
  const run2 = await upload();
  expect(run2.id).not.toBe(run1.id);
  await expectFinished(run2.job, { ...expected, imported: 0, duplicate: expected.imported });
  await expectFailures(run2.job);
  for (const label of Object.keys(imported)) {
    await expect(item(run2.job, label)).toHaveAttribute("data-status", "duplicate");
    await expect(item(run2.job, label).getByRole("link")).toHaveAttribute("href", imported[label]!);
  }
  const { job } = await (await page.request.get(`/api/imports/${run2.id}`)).json();
  expect(job.counts).toEqual({ imported: 0, duplicate: 3, failed: 3, pending: 0 });
  const stored = (await (await page.request.get(`/api/search?q=${encodeURIComponent(randomPart(tag))}`)).json()).results.articles as { id: number }[];
  expect(stored.map((a) => `/articles/${a.id}`).sort()).toEqual(Object.values(imported).sort());
});

for (const who of ["checker", "reader"] as const) {
  test(`a ${who} cannot reach the import page or its API`, async ({ page }) => {
    await openImport(page, who);
    await expect(page.getByRole("heading", { name: "Only admins can see this page" })).toBeVisible();
    await expect(page.getByRole("tablist", { name: "Import from" })).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Admin" })).toHaveCount(0);
    const api = page.request;
    expect((await api.get("/api/imports")).status()).toBe(403);
    expect((await api.get("/api/imports/1")).status()).toBe(403);
    expect((await api.post("/api/imports", { data: { text: `Refused ${who}\n\nA paragraph.`, outlet: "Nobody" } })).status()).toBe(403);
    expect((await api.post("/api/imports", { multipart: { files: { name: "a.txt", mimeType: "text/plain", buffer: Buffer.from("Refused\n\nText.") } } })).status()).toBe(403);
    expect((await api.post("/api/imports/preview", { data: { url: server.url("/never") } })).status()).toBe(403);
    expect(server.requests).not.toContain("/never");
  });
}

test("a visitor is sent to sign in, and the import API answers 401", async ({ page, playwright, baseURL }) => {
  await page.goto("/admin/import", { timeout: 60_000 });
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fimport$/);
  const api = await playwright.request.newContext({ baseURL });
  try {
    expect((await api.get("/api/imports")).status()).toBe(401);
    expect((await api.get("/api/imports/1")).status()).toBe(401);
    expect((await api.post("/api/imports", { data: { text: "Refused\n\nA paragraph.", outlet: "Nobody" } })).status()).toBe(401);
    expect((await api.post("/api/imports/preview", { data: { url: server.url("/never-anonymous") } })).status()).toBe(401);
    expect(server.requests).not.toContain("/never-anonymous");
  } finally {
    await api.dispose();
  }
});

test("the import page has no serious accessibility problems and fits a phone, in light and dark", async ({ page }) => {
  if (test.info().project.name === "phone") await page.setViewportSize({ width: 390, height: 844 });
  const served = newsPage(uniqueTag("Axe"));
  await openImport(page);
  await expect(page.getByRole("tablist", { name: "Import from" })).toBeVisible();
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await seriousAxeViolations(page), `empty page, ${scheme}`).toEqual([]);
    await noHorizontalScroll(page);
  }
  // With a preview on screen (nothing is saved).
  await tab(page, "From a URL").click();
  await panel(page, "From a URL").getByLabel("Article address").fill(served.url);
  await panel(page, "From a URL").getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("import-preview")).toBeVisible({ timeout: 30_000 });
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await seriousAxeViolations(page), `preview, ${scheme}`).toEqual([]);
    await noHorizontalScroll(page);
  }
  // The upload tab with a file chosen (not uploaded).
  await tab(page, "Upload files").click();
  await panel(page, "Upload files")
    .getByLabel("Choose files to import")
    .setInputFiles([{ name: "a-rather-long-file-name-for-a-narrow-screen-to-wrap.txt", mimeType: "text/plain", buffer: Buffer.from("Headline\n\nBody.") }]);
  await expect(panel(page, "Upload files").getByRole("list", { name: "Chosen files" })).toBeVisible();
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await seriousAxeViolations(page), `upload, ${scheme}`).toEqual([]);
    await noHorizontalScroll(page);
  }
});
