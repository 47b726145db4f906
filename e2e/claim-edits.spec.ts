// Claims by hand in the article reader: a fact-checker adds a claim from selected words, edits one, dismisses one
// (hidden from readers) and restores it; the API refuses anonymous and reader changes.
// Every test imports its own article into its own event (with the real CLI, into the run's database), so the
// desktop and phone projects never touch the same claims, and the sample event other specs read is left alone.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signIn } from "./accounts";
import { importIntoNewEvent, uniqueTag } from "./cli-import";

// Each test first imports an article through the CLI (a few seconds on a busy machine).
test.describe.configure({ timeout: 90_000 });

const BODY = [
  "The harbor council on Tuesday delayed a vote on the new ferry contract, citing rising fuel costs.",
  "Council chair Maria Ortiz said the contract would cost the city $4 million over five years.",
  "Will the ferries run on time? Tickets cost $3. Ferries run hourly.",
  "The operator denied that its boats were unsafe.",
  "The council will meet again in March.",
].join("\n\n");

interface ClaimJson {
  id: number;
  exact: string;
  kind: string;
  origin: string;
  section: string;
  start: number;
  end: number;
  source: { name: string } | null;
}

/** Imports a fresh article into an event of its own; returns its id. */
async function importArticle(request: APIRequestContext, tag: string): Promise<number> {
  const eventId = await importIntoNewEvent(request, `Harbor ferry contract (${uniqueTag(tag)})`, [
    { text: BODY, outlet: "Harbor Gazette", title: "Harbor council delays ferry contract" },
  ]);
  const detail = await (await request.get(`/api/events/${eventId}`)).json();
  return detail.event.articles[0].id as number;
}

async function claimsOf(request: APIRequestContext, articleId: number): Promise<ClaimJson[]> {
  const response = await request.get(`/api/articles/${articleId}`);
  expect(response.status()).toBe(200);
  return (await response.json()).article.claims;
}

/** Selects `words` in the article body as a reader's drag would (across claim marks, skipping kind labels). */
async function selectWords(page: Page, words: string) {
  await page.evaluate((words) => {
    const body = document.querySelector("[data-section=body]")!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement!.closest("[data-offset-skip]")) nodes.push(n as Text);
    for (const p of body.querySelectorAll("p")) {
      const mine = nodes.filter((n) => p.contains(n));
      const text = mine.map((n) => n.data).join("");
      const at = text.indexOf(words);
      if (at < 0) continue;
      const locate = (offset: number, end: boolean): [Text, number] => {
        let seen = 0;
        for (const n of mine) {
          if (offset < seen + n.length || (end && offset === seen + n.length)) return [n, offset - seen];
          seen += n.length;
        }
        throw new Error("offset outside the paragraph");
      };
      const range = document.createRange();
      range.setStart(...locate(at, false));
      range.setEnd(...locate(at + words.length, true));
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${words}" is not in the body`);
  }, words);
}

async function openAsChecker(page: Page, articleId: number) {
  await signIn(page.request, "checker");
  await page.goto(`/articles/${articleId}`);
  await expect(page.getByTestId("claim-edit-panel")).toBeVisible();
}

test("a fact-checker selects words in the article and adds a claim, which is then highlighted", async ({ page, request }, testInfo) => {
  const articleId = await importArticle(request, `add ${testInfo.project.name}`);
  const before = await claimsOf(request, articleId);
  await openAsChecker(page, articleId);

  const words = "Tickets cost $3. Ferries run hourly.";
  await selectWords(page, words);
  if (testInfo.project.name === "phone") {
    // The keyboard route: the side panel's button takes the current selection.
    await expect(page.getByText(`Selected: “${words}”`)).toBeVisible();
    await page.getByRole("button", { name: "Add a claim from the selected text" }).click();
  } else {
    await page.getByTestId("add-claim-floating").click();
  }
  const form = page.getByTestId("claim-form");
  await expect(form.getByTestId("claim-form-exact")).toHaveText(words);
  await form.getByLabel("Source").fill("Maria Ortiz");
  await form.getByLabel("Cue").fill("said");
  await form.getByLabel("Kind").selectOption("report");
  await form.getByLabel("Quotation").selectOption("indirect");
  await form.getByRole("button", { name: "Add claim" }).click();

  await expect(page.getByTestId("claim-edit-status")).toHaveText("Claim added.");
  await expect(form).toHaveCount(0);
  const mark = page.getByTestId("claim-mark").filter({ hasText: words });
  await expect(mark).toHaveAttribute("data-kind", "report");
  await expect(page.getByTestId("claim-detail")).toContainText("Maria Ortiz · said");
  await expect(page.getByTestId("claim-detail")).toContainText("Added by a fact-checker");

  const after = await claimsOf(request, articleId);
  expect(after).toHaveLength(before.length + 1);
  const added = after.find((c) => c.origin === "manual")!;
  expect(added).toMatchObject({ exact: words, kind: "report", section: "body", source: { name: "Maria Ortiz" } });
  expect(BODY.slice(added.start, added.end)).toBe(words);
});

test("a fact-checker edits a claim, and dismisses one, which readers then no longer see", async ({ page, request, browser }, testInfo) => {
  const articleId = await importArticle(request, `dismiss ${testInfo.project.name}`);
  const claims = await claimsOf(request, articleId);
  const toEdit = claims.find((c) => c.exact.startsWith("Council chair Maria Ortiz said"))!;
  const toDismiss = claims.find((c) => c.exact === "The operator denied that its boats were unsafe.")!;
  expect(toEdit && toDismiss).toBeTruthy();
  await openAsChecker(page, articleId);

  // Edit: the form opens prefilled; the change shows in the text and the panel.
  await page.locator(`#claim-${toEdit.id}`).focus();
  await page.getByRole("button", { name: "Edit this claim" }).click();
  const form = page.getByTestId("claim-form");
  await expect(form.getByLabel("Source")).toHaveValue(toEdit.source?.name ?? "");
  await form.getByLabel("Kind").selectOption("opinion");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("claim-edit-status")).toHaveText("Claim saved.");
  await expect(page.locator(`#claim-${toEdit.id}`)).toHaveAttribute("data-kind", "opinion");
  await expect(page.getByTestId("claim-detail")).toContainText("Edited by a fact-checker");

  // Dismiss: gone from the text, listed for fact-checkers to restore.
  await page.locator(`#claim-${toDismiss.id}`).focus();
  await page.getByRole("button", { name: "Dismiss this claim" }).click();
  await expect(page.getByTestId("claim-edit-status")).toContainText("Claim dismissed");
  await expect(page.locator(`#claim-${toDismiss.id}`)).toHaveCount(0);
  await expect(page.getByTestId("dismissed-claims")).toContainText("Dismissed claims (1)");

  // A signed-out reader sees neither the highlight nor the claim in the API; the words stay in the text.
  expect((await claimsOf(request, articleId)).map((c) => c.id)).not.toContain(toDismiss.id);
  const anonymous = await browser.newContext();
  const reader = await anonymous.newPage();
  await reader.goto(`/articles/${articleId}`);
  await expect(reader.getByTestId("highlighted-body")).toContainText("The operator denied that its boats were unsafe.");
  await expect(reader.getByTestId("claim-mark").first()).toBeVisible();
  await expect(reader.locator(`#claim-${toDismiss.id}`)).toHaveCount(0);
  await expect(reader.getByTestId("claim-edit-panel")).toHaveCount(0);
  expect((await reader.request.get(`/api/claims/${toDismiss.id}`)).status()).toBe(404);
  await anonymous.close();

  // Restore brings it back.
  await page.getByText("Dismissed claims (1)").click();
  await page.getByRole("button", { name: "Restore this claim" }).click();
  await expect(page.getByTestId("claim-edit-status")).toHaveText("Claim restored.");
  await expect(page.locator(`#claim-${toDismiss.id}`)).toBeVisible();
  await expect(page.getByTestId("dismissed-claims")).toHaveCount(0);
});

test("signed out or as a reader, adding or changing a claim is refused and nothing changes", async ({ request, playwright, baseURL }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "An API check: once is enough.");
  const articleId = await importArticle(request, "refused");
  const before = await claimsOf(request, articleId);
  const body = { section: "body", start: 0, end: 10, kind: "statement", source: "Someone" };

  const anonymous = await request.post(`/api/articles/${articleId}/claims`, { data: body });
  expect(anonymous.status()).toBe(401);
  expect((await request.patch(`/api/claims/${before[0]!.id}`, { data: { dismissed: true } })).status()).toBe(401);

  const readerRequest = await playwright.request.newContext({ baseURL });
  await signIn(readerRequest, "reader");
  expect((await readerRequest.post(`/api/articles/${articleId}/claims`, { data: body })).status()).toBe(403);
  expect((await readerRequest.patch(`/api/claims/${before[0]!.id}`, { data: { kind: "opinion" } })).status()).toBe(403);
  await readerRequest.dispose();

  expect(await claimsOf(request, articleId)).toEqual(before);
});
