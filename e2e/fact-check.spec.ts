// The fact-checker's workspace in a real browser: the queue by keyboard, the editor's local drafts across a
// reload, and two people saving the same fact-check (the stale save shows both versions; nothing is lost).
// Desktop and phone run at once against one database, beside other specs: every test works on claims of the
// sample event that no other spec touches, and each project takes its own.
import { expect, test, type APIRequestContext, type Browser, type Page, type TestInfo } from "@playwright/test";
import { signIn, type ACCOUNTS } from "./accounts";

interface QueueItem {
  claimId: number;
  exact: string;
  status: string;
  article: { id: number };
  event: { id: number } | null;
}

/** The sample-event claim of this test and project, found by its words (ids differ between databases). */
async function claimFor(request: APIRequestContext, testInfo: TestInfo, fragments: { desktop: string; phone: string }): Promise<QueueItem> {
  const fragment = testInfo.project.name === "phone" ? fragments.phone : fragments.desktop;
  const response = await request.get("/api/queue?limit=200");
  expect(response.status(), await response.text()).toBe(200);
  const { items } = (await response.json()) as { items: QueueItem[] };
  const item = items.find((i) => i.exact.includes(fragment));
  expect(item, `a queue item with "${fragment}"`).toBeDefined();
  return item!;
}

async function newestFactCheck(request: APIRequestContext, claimId: number) {
  const { factChecks } = await (await request.get(`/api/claims/${claimId}/fact-checks`)).json();
  return factChecks[0] as { id: number; version: number; status: string; explanation: string; rating: { label: string } | null; evidence: { url: string; note: string }[] };
}

/** A second signed-in browser session on the same kind of device as the test's own. */
async function newSession(browser: Browser, testInfo: TestInfo, who: keyof typeof ACCOUNTS): Promise<Page> {
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL } = testInfo.project.use;
  const context = await browser.newContext({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL });
  await signIn(context.request, who);
  return context.newPage();
}

const editorOf = (page: Page) => page.getByTestId("fact-check-editor");

test("a fact-checker picks a claim in the queue by keyboard, sets a verdict, adds evidence and publishes; a signed-out reader sees it", async ({ page, browser }, testInfo) => {
  await signIn(page.request, "checker");
  const target = await claimFor(page.request, testInfo, { desktop: "Still, WikiLeaks is correct", phone: "The negative characterization of the events" });
  const explanation = `Both outlets report the sequence accurately (${testInfo.project.name} ${Date.now()}).`;

  await page.goto("/queue");
  await expect(page.getByRole("heading", { name: "Fact-checking queue" })).toBeVisible();
  // Only the sample event's claims: other specs import articles of their own.
  // A choice made before the page hydrates is lost (React never sees it): choose until the address shows the filter.
  await expect(async () => {
    await page.getByLabel("Event", { exact: true }).selectOption(String(target.event!.id));
    await expect(page).toHaveURL(new RegExp(`[?&]event=${target.event!.id}(&|$)`), { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  const list = page.getByRole("list", { name: "Claims to check" });
  // The list from before the filter stays on screen, marked busy, until the filtered one arrives.
  await expect(list).toHaveAttribute("aria-busy", "false");
  await expect(list.getByTestId("queue-item").first()).toBeVisible();

  // k from nothing selected starts at the end of the list (the least check-worthy claims); walk to ours with j and
  // k. Other specs publish verdicts on sample claims meanwhile, so the list may change under us: each step looks
  // again at where ours is, and goes up or down towards it.
  const selected = list.locator('[data-testid="queue-item"][aria-current="true"]');
  // A plain loop, not toPass: toPass backs off to a second between tries, too slow for a long walk.
  for (let step = 0; ; step++) {
    expect(step, "steps to reach the claim").toBeLessThan(200);
    const ids = await list.getByTestId("queue-item").evaluateAll((items) => items.map((i) => i.getAttribute("data-claim-id")));
    // The first k may have landed on the list from before the filter (it is shown until the filtered one arrives):
    // then the selected claim is not in this list, and k starts again from its end.
    if ((await selected.count()) === 0) {
      await page.keyboard.press("k");
      await expect(selected).toHaveCount(1, { timeout: 2_000 }).catch(() => undefined);
      continue;
    }
    const current = await selected.getAttribute("data-claim-id");
    const at = ids.indexOf(current);
    const want = ids.indexOf(String(target.claimId));
    expect(want, "the claim is in the queue").toBeGreaterThanOrEqual(0);
    if (at === want) break;
    await page.keyboard.press(at > want ? "k" : "j");
    // The selection moves (or the list changed under us and the next look finds out).
    await expect(selected).not.toHaveAttribute("data-claim-id", current ?? "", { timeout: 2_000 }).catch(() => undefined);
  }
  await expect(selected).toHaveAttribute("data-claim-id", String(target.claimId));
  await expect(page.getByTestId("selected-claim")).toHaveText(target.exact);
  const editor = editorOf(page);
  await expect(editor).toBeVisible();

  // Publishing without a verdict is refused in the browser, with the message beside the verdicts.
  await editor.getByRole("radio", { name: "No verdict yet" }).check();
  await editor.getByRole("radio", { name: "Published" }).check();
  await page.keyboard.press("s");
  await expect(editor.getByRole("group", { name: "Verdict" })).toContainText("Choose a verdict before publishing.");

  // 2: the second rating of the scale.
  await page.keyboard.press("2");
  await expect(editor.getByRole("radio", { name: "Mostly true" })).toBeChecked();
  await editor.getByLabel("Explanation").fill(explanation);
  const row = (await editor.getByTestId("evidence-row").count()) + 1;
  await editor.getByRole("button", { name: "Add evidence" }).click();
  await expect(editor.getByLabel(`Link ${row}`, { exact: true })).toBeFocused();
  await editor.getByLabel(`Link ${row}`, { exact: true }).fill("https://example.org/transcript");
  await editor.getByLabel(`Note ${row}`, { exact: true }).fill("The full transcript");
  // Ctrl+Enter saves even while typing.
  await page.keyboard.press("Control+Enter");
  await expect(editor.getByRole("status").filter({ hasText: /Saved version \d+ \(published\)/ })).toBeVisible();

  const saved = await newestFactCheck(page.request, target.claimId);
  expect(saved).toMatchObject({ status: "published", explanation, rating: { label: "Mostly true" } });
  expect(saved.evidence).toHaveLength(row);
  expect(saved.evidence[row - 1]).toEqual({ url: "https://example.org/transcript", note: "The full transcript" });
  await expect(editor.getByRole("link", { name: "Public page" })).toHaveAttribute("href", `/fact-checks/${saved.id}`);
  await expect(list.locator(`[data-claim-id="${target.claimId}"]`)).toContainText("Published");
  await expect(list.locator(`[data-claim-id="${target.claimId}"]`)).toContainText("Mostly true");

  // A signed-out reader sees the verdict on the comparison page (served from a cache up to 5 s old: reload).
  const reader = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const readerPage = await reader.newPage();
  const chip = readerPage.locator(`[data-testid="claim-cell"][data-claim-id="${target.claimId}"]`).getByTestId("verdict-chip");
  await readerPage.goto(`/events/${target.event!.id}`);
  await expect(async () => {
    await readerPage.reload();
    await expect(chip).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000, intervals: [1_000, 2_000] });
  await expect(chip).toHaveText(/Mostly true/);
  await expect(chip).toHaveAttribute("href", `/fact-checks/${saved.id}`);
  await reader.close();

  // ? lists the shortcuts; Escape closes the list and gives focus back.
  const shortcutsButton = page.getByRole("button", { name: /Keyboard shortcuts/ });
  await shortcutsButton.focus();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Next claim");
  await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(shortcutsButton).toBeFocused();
});

test("unsaved changes in the editor survive a reload, and can be discarded", async ({ page }, testInfo) => {
  await signIn(page.request, "checker");
  const target = await claimFor(page.request, testInfo, { desktop: "Assange also briefly had his own show", phone: "U.S. intelligence agencies focused on" });
  const saved = `Saved notes ${testInfo.project.name} ${Date.now()}`;
  const created = await page.request.post(`/api/claims/${target.claimId}/fact-checks`, { data: { explanation: saved, status: "draft" } });
  expect(created.status(), await created.text()).toBe(201);

  // The article reader opens with the claim active; its fact-check editor sits in the claim's panel.
  await page.goto(`/articles/${target.article.id}#claim-${target.claimId}`);
  const editor = editorOf(page);
  const explanation = editor.getByLabel("Explanation");
  await expect(explanation).toHaveValue(saved);
  const unsaved = `${saved}, and a paragraph not saved yet`;
  await explanation.fill(unsaved);
  await expect(editor).toContainText("Unsaved changes (kept in this browser)");

  await page.reload();
  await expect(editor.getByTestId("restored-note")).toContainText("Restored your unsaved changes from");
  await expect(explanation).toHaveValue(unsaved);
  // Nothing reached the server.
  expect((await newestFactCheck(page.request, target.claimId)).explanation).toBe(saved);

  await editor.getByRole("button", { name: "Discard them" }).click();
  await expect(explanation).toHaveValue(saved);
  await page.reload();
  await expect(explanation).toHaveValue(saved);
  await expect(editor.getByTestId("restored-note")).toHaveCount(0);
});

test("a stale save shows both versions side by side and loses nothing", async ({ page, browser }, testInfo) => {
  await signIn(page.request, "checker");
  const target = await claimFor(page.request, testInfo, { desktop: "Both Assange and Flynn, many have noted", phone: "The FBI routinely monitors calls" });
  const stamp = `${testInfo.project.name} ${Date.now()}`;
  const created = await page.request.post(`/api/claims/${target.claimId}/fact-checks`, { data: { explanation: `Base ${stamp}`, status: "draft" } });
  expect(created.status(), await created.text()).toBe(201);
  const { factCheck } = await created.json();

  const other = await newSession(browser, testInfo, "checker2");
  const url = `/queue?event=${target.event!.id}&claim=${target.claimId}`;
  await page.goto(url);
  await other.goto(url);
  const mine = editorOf(page);
  const theirs = editorOf(other);
  await expect(mine.getByLabel("Explanation")).toHaveValue(`Base ${stamp}`);
  await expect(theirs.getByLabel("Explanation")).toHaveValue(`Base ${stamp}`);

  // The first save wins…
  await mine.getByLabel("Explanation").fill(`First ${stamp}`);
  await mine.getByRole("button", { name: "Save", exact: true }).click();
  await expect(mine.getByRole("status").filter({ hasText: `Saved version ${factCheck.version + 1}` })).toBeVisible();

  // …and the second, started from the older version, is refused and shown beside it.
  await theirs.getByLabel("Explanation").fill(`Second ${stamp}`);
  await theirs.getByRole("button", { name: "Save", exact: true }).click();
  const conflict = theirs.getByTestId("fact-check-conflict");
  await expect(conflict).toBeVisible();
  await expect(conflict.getByTestId("conflict-theirs")).toContainText(`Saved by someone else (version ${factCheck.version + 1})`);
  await expect(conflict.getByTestId("conflict-theirs")).toContainText(`First ${stamp}`);
  await expect(conflict.getByTestId("conflict-mine")).toContainText("Your changes");
  await expect(conflict.getByTestId("conflict-mine")).toContainText(`Second ${stamp}`);
  // Nothing is lost: the server has the first save, the form still has the second person's text.
  await expect(theirs.getByLabel("Explanation")).toHaveValue(`Second ${stamp}`);
  expect(await newestFactCheck(page.request, target.claimId)).toMatchObject({ id: factCheck.id, version: factCheck.version + 1, explanation: `First ${stamp}` });

  // Keeping theirs saves over the newer version, knowingly.
  await conflict.getByRole("button", { name: `Keep mine and save over version ${factCheck.version + 1}` }).click();
  await expect(theirs.getByRole("status").filter({ hasText: `Saved version ${factCheck.version + 2}` })).toBeVisible();
  await expect(conflict).toHaveCount(0);
  expect(await newestFactCheck(page.request, target.claimId)).toMatchObject({ version: factCheck.version + 2, explanation: `Second ${stamp}` });

  // Every version stays in the history, and an earlier one can be restored as a new version.
  await theirs.getByTestId("fact-check-history").locator("summary").click();
  await expect(theirs.getByTestId("history-entry")).toHaveCount(factCheck.version + 2);
  await theirs.getByRole("button", { name: `Restore this version: version ${factCheck.version + 1}` }).click();
  await expect(theirs.getByRole("status").filter({ hasText: `Restored version ${factCheck.version + 1} as version ${factCheck.version + 3}` })).toBeVisible();
  await expect(theirs.getByLabel("Explanation")).toHaveValue(`First ${stamp}`);
  expect(await newestFactCheck(page.request, target.claimId)).toMatchObject({ version: factCheck.version + 3, explanation: `First ${stamp}` });
  await other.context().close();
});
