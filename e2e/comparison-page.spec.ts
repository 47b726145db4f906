import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function openSampleEvent(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: /destabilization campaign/i }).first().click();
  await expect(page).toHaveURL(/\/events\/\d+$/);
  await expect(page.getByTestId("proposition").first()).toBeVisible();
}

const proposition = (page: Page, text: string) => page.getByTestId("proposition").filter({ hasText: text });

test("the comparison shows both outlets, proposition by proposition", async ({ page }) => {
  await openSampleEvent(page);
  const summary = page.getByTestId("comparison-summary");
  await expect(summary).toContainText("The Daily Dot, The Hill");
  await expect(summary).toContainText("Shared propositions");
  // The blame both outlets report: a cell per outlet, each with its source badge.
  const blame = page.locator("section", { has: page.getByRole("heading", { name: /Who is blamed/ }) }).getByTestId("proposition").first();
  await expect(blame.getByTestId("outlet-cell")).toHaveCount(2);
  for (const outlet of ["The Daily Dot", "The Hill"]) {
    await expect(blame.locator(`[data-outlet="${outlet}"]`).getByTestId("source-badge").first()).toContainText("WikiLeaks");
  }
  // The Daily Dot's framing of it, marked as framing; The Hill's own summary drops the tweet's "US spies"; The Daily
  // Dot's headline names no one blamed (its body does: that is no omission of The Daily Dot's).
  await expect(blame.locator('[data-testid="difference"][data-type="framing"]').filter({ hasText: "Without a hint of irony" })).toBeVisible();
  const omissions = blame.locator('[data-testid="difference"][data-type="omission"]');
  await expect(omissions.filter({ hasText: "The Hill leaves out U.S. spies" })).toBeVisible();
  await expect(omissions.filter({ hasText: "The Daily Dot’s headline leaves out Dems and media" })).toBeVisible();
  await expect(omissions.filter({ hasText: /The Daily Dot leaves out/ })).toHaveCount(0);
});

test("why Flynn resigned: the officials he misled differ, and the difference is marked", async ({ page }) => {
  await openSampleEvent(page);
  const row = proposition(page, "Flynn resigned late Monday");
  await expect(row.locator('[data-outlet="The Hill"]')).toContainText("Trump administration officials");
  await expect(row.locator('[data-outlet="The Daily Dot"]')).toContainText("Vice President Mike Pence");
  await expect(row.getByTestId("hedge-marker")).toContainText("after reports emerged");
  const diff = row.getByTestId("word-diff").first();
  await expect(diff.locator("ins, del").filter({ hasText: "Trump administration officials" })).toHaveCount(1);
  await expect(diff.locator("ins, del").filter({ hasText: "Vice President Mike Pence" })).toHaveCount(1);
  await expect(row.getByTestId("difference").filter({ hasText: "Hedging" })).toBeVisible();
});

test("a claim only The Daily Dot carries says The Hill does not report it", async ({ page }) => {
  await openSampleEvent(page);
  const row = proposition(page, "Assange also briefly had his own show");
  await expect(row.locator('[data-outlet="The Hill"]')).toHaveText(/Not reported by The Hill/);
  await expect(row.getByTestId("difference")).toContainText("Only The Daily Dot reports this");
});

test("filters narrow the propositions, and clearing them brings all back", async ({ page }) => {
  await openSampleEvent(page);
  const all = await page.getByTestId("proposition").count();
  await page.getByLabel("Category", { exact: true }).selectOption({ label: "Denials" });
  await expect(page.getByRole("heading", { level: 2, name: /Denials/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /What was said/ })).toHaveCount(0);
  await page.getByLabel("Category", { exact: true }).selectOption({ label: "All categories" });

  // The sample event's hedging differences: The Hill's "after reports emerged" against the Daily Dot stating it.
  await page.getByLabel("Difference", { exact: true }).selectOption({ label: "Hedging" });
  const rows = page.getByTestId("proposition");
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeLessThan(all);
  for (const r of await rows.all()) await expect(r.getByTestId("difference").filter({ hasText: "Hedging" }).first()).toBeVisible();

  await page.getByLabel("Difference", { exact: true }).selectOption({ label: "Any or none" });
  await page.getByLabel("Source", { exact: true }).selectOption({ label: "Julian Assange" });
  for (const r of await rows.all()) await expect(r.getByTestId("source-badge").filter({ hasText: "Julian Assange" }).first()).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(rows).toHaveCount(all);
});

test("every proposition has a permalink", async ({ page }) => {
  await openSampleEvent(page);
  const row = proposition(page, "Flynn resigned late Monday");
  const id = await row.getAttribute("id");
  await row.getByRole("link", { name: "Link to this proposition" }).click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await page.reload();
  await expect(page.locator(`#${id}`)).toBeInViewport();
});

test("on a phone the outlets stack and nothing scrolls sideways", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the phone layout");
  await openSampleEvent(page);
  const cells = proposition(page, "Flynn resigned late Monday").getByTestId("outlet-cell");
  const [a, b] = await Promise.all([cells.nth(0).boundingBox(), cells.nth(1).boundingBox()]);
  expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.height);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("the framing panel gives each outlet's measures as text", async ({ page }) => {
  await openSampleEvent(page);
  await page.getByRole("group", { name: "Show" }).getByRole("button", { name: "Framing" }).click();
  const panel = page.getByTestId("framing-panel");
  for (const outlet of ["The Daily Dot", "The Hill"]) {
    const card = panel.getByRole("region", { name: new RegExp(outlet) });
    await expect(card).toContainText(/Attributed\s*\d+%/);
    await expect(card).toContainText(/Hedged\s*\d+%/);
  }
  await expect(panel.getByRole("region", { name: /The Daily Dot/ })).toContainText("“Without a hint of irony”");
});

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds no serious or critical problems on the comparison (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openSampleEvent(page);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
  });
}

test("the article reader marks claims in place and links to the same claim in the other outlet", async ({ page }) => {
  await openSampleEvent(page);
  await page.getByRole("group", { name: "Show" }).getByRole("button", { name: "Articles" }).click();
  await page.locator('[data-testid="outlet-column"][data-outlet="The Hill"]').getByRole("link", { name: /Read this article on its own/ }).click();
  await expect(page).toHaveURL(/\/articles\/\d+$/);
  const marks = page.getByTestId("claim-mark");
  await expect(marks.first()).toBeVisible();
  expect(await marks.count()).toBeGreaterThan(5);
  const mark = marks.filter({ hasText: "misled Trump administration officials" });
  await mark.focus();
  const detail = page.getByTestId("claim-detail");
  await expect(detail).toContainText("Hedged: after reports emerged");
  await expect(detail).toContainText("unnamed reports");
  await detail.getByRole("link", { name: "The Daily Dot" }).click();
  await expect(page).toHaveURL(/\/articles\/\d+#claim-\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("WikiLeaks blames Flynn");
  await expect(page.getByTestId("claim-detail")).toContainText("Also in");
  await expect(page.getByTestId("claim-detail").getByRole("link", { name: "The Hill" })).toBeVisible();
});

test("search from the header finds a claim and opens it in context", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search articles and claims" }).fill("categorically denied");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=categorically\+denied/);
  const result = page.getByTestId("claim-result").first();
  await expect(result).toContainText("Pence appeared on Face the Nation");
  await result.getByRole("link").click();
  await expect(page).toHaveURL(/\/articles\/\d+#claim-\d+$/);
  await expect(page.getByTestId("claim-detail")).toContainText("Mike Pence");
});

test("the search API refuses an empty query with a clear message", async ({ request }) => {
  const response = await request.get("/api/search?q=%20");
  expect(response.status()).toBe(400);
  expect((await response.json()).error.message).toBe("Type something to search for.");
  const ok = await request.get("/api/search?q=Assange");
  expect((await ok.json()).results.claims.length).toBeGreaterThan(0);
});
