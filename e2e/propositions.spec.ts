// Fact-checkers merge and split propositions on the comparison page. The changing test imports two articles into
// an event of its own (the sample event, which other specs read, is left alone). Splitting or merging re-runs the
// grouping of the event, which may give the engine's propositions new ids: propositions are found by the claims
// they hold.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signIn } from "./accounts";
import { importIntoNewEvent, uniqueTag } from "./cli-import";
import { sampleEventId } from "./sample";

// Two outlets on one story; both report the police figure (12 against 15), so they share that proposition.
const HERALD = [
  "Harbour director Ann Holt resigned on Friday after reports emerged that she misled the port board about the dredging contract.",
  "The contractor, Dockside Ltd, has denied paying bribes to port officials.",
  "Police said 12 people were questioned about the dredging contract.",
].join("\n\n");
const GAZETTE = [
  "Harbour director Ann Holt resigned on Friday for misleading the port board about the dredging contract.",
  "Dockside chief executive Paul Varga has repeatedly denied paying bribes to port officials over the dredging contract.",
  "Police said 15 people were questioned.",
].join("\n\n");
const CLAIM_TEXT = "Police said 15 people";

interface Comparison {
  propositions: { id: number; label: string; claimIds: number[] }[];
}

async function comparisonOf(request: APIRequestContext, eventId: number): Promise<Comparison> {
  const response = await request.get(`/api/events/${eventId}/comparison`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()).comparison;
}

/** The proposition holding a claim, by the claim's id. */
const holding = (comparison: Comparison, claimId: number) => comparison.propositions.find((p) => p.claimIds.includes(claimId));

test("a signed-out visitor sees no merge or split control", async ({ page }) => {
  const eventId = await sampleEventId(page.request);
  expect((await (await page.request.get("/api/session")).json()).user).toBeNull();
  // The page asks who is signed in before it decides what to show: wait for that answer.
  const session = page.waitForResponse((r) => r.url().endsWith("/api/session") && r.request().method() === "GET");
  await page.goto(`/events/${eventId}`);
  await session;
  await expect(page.getByTestId("proposition").first()).toBeVisible();
  await expect(page.getByText("Merge or split")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Merge$|Split into a new proposition/ })).toHaveCount(0);
});

test("a fact-checker splits a claim off a shared proposition and merges it back", async ({ page }, testInfo) => {
  // Two imports through the CLI, then a split, a merge and a refused merge in the browser.
  test.setTimeout(120_000);
  await signIn(page.request, "checker");
  const eventId = await importIntoNewEvent(page.request, `Harbour director resigns (${uniqueTag(testInfo.project.name)})`, [
    { text: HERALD, outlet: "Harbour Herald", title: "Harbour director resigns over dredging contract" },
    { text: GAZETTE, outlet: "Port Gazette", title: "Holt quits in dredging contract scandal" },
  ]);
  const { event } = await (await page.request.get(`/api/events/${eventId}`)).json();
  const claims = (event.articles as { outlet: { name: string }; claims: { id: number; exact: string }[] }[]).flatMap((a) =>
    a.claims.map((c) => ({ ...c, outlet: a.outlet.name })),
  );
  const moving = claims.find((c) => c.exact.includes(CLAIM_TEXT));
  expect(moving, `the claim "${CLAIM_TEXT}"`).toBeDefined();
  const before = holding(await comparisonOf(page.request, eventId), moving!.id);
  expect(before, "the proposition holding it").toBeDefined();
  expect(before!.claimIds.length, "a shared proposition").toBeGreaterThanOrEqual(2);
  const staying = before!.claimIds.filter((id) => id !== moving!.id);

  try {
    // The event page may be served from Next's cache up to 5 s behind the database (revalidate = 5): load it
    // until it shows the proposition the API just gave.
    const row = page.locator(`#p-${before!.id}`);
    await expect(async () => {
      await page.goto(`/events/${eventId}`);
      await expect(row.getByText("Merge or split")).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await row.getByText("Merge or split").click();
    const splitButton = row.getByRole("button", { name: "Split into a new proposition" });
    await expect(splitButton).toBeDisabled();
    // Ticking every claim would leave the proposition empty: not allowed.
    for (const box of await row.getByRole("checkbox").all()) await box.check();
    await expect(splitButton).toBeDisabled();
    for (const box of await row.getByRole("checkbox").all()) await box.uncheck();
    const box = row.getByRole("checkbox", { name: new RegExp(`^${moving!.outlet}: “${CLAIM_TEXT}`) });
    await box.check();
    await expect(splitButton).toBeEnabled();
    await splitButton.click();

    // The claim is in a proposition of its own now; the page goes to it.
    await expect.poll(async () => holding(await comparisonOf(page.request, eventId), moving!.id)?.claimIds).toEqual([moving!.id]);
    const split = await comparisonOf(page.request, eventId);
    const created = holding(split, moving!.id)!;
    const rest = holding(split, staying[0]!)!;
    expect(rest.id).not.toBe(created.id);
    expect(rest.claimIds).toEqual(staying);
    await expect(page).toHaveURL(new RegExp(`#p-${created.id}$`));
    const newRow = page.locator(`#p-${created.id}`);
    await expect(newRow).toBeFocused();
    await expect(newRow.getByTestId("claim-cell")).toHaveCount(1);
    await expect(newRow.getByTestId("claim-cell")).toContainText(CLAIM_TEXT);

    // Merge it back from the row of the claims that stayed.
    const restRow = page.locator(`#p-${rest.id}`);
    await restRow.getByText("Merge or split").click();
    await restRow.getByLabel("Merge with…").selectOption(String(created.id));
    await restRow.getByRole("button", { name: "Merge", exact: true }).click();

    // One proposition holds both again: the one merged into keeps its id, the split-off one is gone.
    const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
    await expect.poll(async () => sorted(holding(await comparisonOf(page.request, eventId), moving!.id)?.claimIds ?? [])).toEqual(sorted(before!.claimIds));
    const merged = await comparisonOf(page.request, eventId);
    expect(holding(merged, moving!.id)!.id).toBe(rest.id);
    expect(merged.propositions.some((p) => p.id === created.id)).toBe(false);
    await expect(page.locator(`#p-${created.id}`)).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`#p-${rest.id}$`));
    await expect(restRow).toBeFocused();
    await expect(restRow.getByRole("alert")).toHaveCount(0);
    await expect(restRow.getByTestId("claim-cell").filter({ hasText: CLAIM_TEXT })).toHaveCount(1);

    // Another fact-checker's change in between: this page still offers a proposition someone else has just merged
    // away, and the refusal is shown as the API words it.
    const holt = merged.propositions.find((p) => p.label.startsWith("Holt quits"))!;
    const director = merged.propositions.find((p) => p.label.startsWith("Harbour director resigns"))!;
    await restRow.getByText("Merge or split").click();
    await restRow.getByLabel("Merge with…").selectOption(String(holt.id));
    const elsewhere = await page.request.post("/api/propositions/merge", { data: { propositionIds: [director.id, holt.id] } });
    expect(elsewhere.status(), await elsewhere.text()).toBe(200);
    await restRow.getByRole("button", { name: "Merge", exact: true }).click();
    await expect(restRow.getByRole("alert")).toHaveText(`Proposition ${holt.id} was not found.`);
  } finally {
    // Leave the event whole, whatever failed above.
    const now = await comparisonOf(page.request, eventId);
    const [stayed, moved] = [holding(now, staying[0]!), holding(now, moving!.id)];
    if (stayed && moved && stayed.id !== moved.id) {
      const response = await page.request.post("/api/propositions/merge", { data: { propositionIds: [stayed.id, moved.id] } });
      expect(response.status(), await response.text()).toBe(200);
    }
  }
});
