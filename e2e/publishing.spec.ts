// Publishing a verdict: a fact-checker publishes through the API; a signed-out reader sees it on the comparison
// page (ISR: a few seconds late at most), in the article reader and on its public page with ClaimReview JSON-LD;
// the exports carry it. A draft stays out of every public place.
import { expect, test, type APIRequestContext, type TestInfo } from "@playwright/test";
import { signIn } from "./accounts";

interface Claim {
  id: number;
  articleId: number;
  section: string;
  exact: string;
  verdict: unknown;
}

/**
 * A body claim of the sample event that a proposition carries (so the matrix shows it) and no one has fact-checked
 * yet. Desktop and phone run at once against one database: each takes claims from its own half of the list.
 */
async function freshClaim(request: APIRequestContext, testInfo: TestInfo, skip = 0): Promise<{ claim: Claim; eventId: number }> {
  const { events } = await (await request.get("/api/events")).json();
  const event = events.find((e: { title: string }) => /destabilization campaign/i.test(e.title)) ?? events[0];
  const { event: detail } = await (await request.get(`/api/events/${event.id}`)).json();
  const { comparison } = await (await request.get(`/api/events/${event.id}/comparison`)).json();
  const grouped = new Set<number>(comparison.propositions.flatMap((p: { claimIds: number[] }) => p.claimIds));
  const candidates: Claim[] = detail.articles
    .flatMap((a: { claims: Claim[] }) => a.claims)
    .filter((c: Claim) => c.section === "body" && grouped.has(c.id))
    .sort((a: Claim, b: Claim) => a.id - b.id);
  const mine = candidates.filter((_, i) => i % 2 === (testInfo.project.name === "phone" ? 1 : 0));
  let skipped = 0;
  for (const claim of mine) {
    const { factChecks } = await (await request.get(`/api/claims/${claim.id}/fact-checks`)).json();
    if (factChecks.length > 0) continue;
    if (skipped++ < skip) continue;
    return { claim, eventId: event.id };
  }
  throw new Error("No claim left without a fact-check: reset the database.");
}

async function rating(request: APIRequestContext, label: string) {
  const { ratings } = await (await request.get("/api/ratings")).json();
  return ratings.find((r: { label: string }) => r.label === label) ?? ratings[ratings.length - 1];
}

test("a published verdict reaches the comparison, the reader, its public page and the exports", async ({ page, request }, testInfo) => {
  await signIn(request, "checker");
  const { claim, eventId } = await freshClaim(request, testInfo);
  const falseRating = await rating(request, "False");
  const explanation = `The record shows otherwise (${testInfo.project.name} ${Date.now()}).`;
  const evidence = [{ url: "https://example.org/record", note: "The official record" }];
  const created = await request.post(`/api/claims/${claim.id}/fact-checks`, {
    data: { ratingId: falseRating.id, explanation, evidence, status: "published" },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { factCheck } = await created.json();

  // The comparison page (signed out; ISR may serve a page up to 5 s old): the chip on the claim's cell.
  const chip = page.locator(`[data-testid="claim-cell"][data-claim-id="${claim.id}"]`).getByTestId("verdict-chip");
  await page.goto(`/events/${eventId}`);
  await expect(async () => {
    await page.reload();
    await expect(chip).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000, intervals: [1_000, 2_000] });
  await expect(chip).toHaveText(new RegExp(falseRating.label));
  await expect(chip).toHaveAttribute("href", `/fact-checks/${factCheck.id}`);

  // The reader: a marker on the highlighted claim, and the chip in its detail and its card.
  await page.goto(`/articles/${claim.articleId}#claim-${claim.id}`);
  await expect(page.locator(`#claim-${claim.id}`).getByTestId("verdict-marker")).toHaveCount(1);
  await page.locator(`#claim-${claim.id}`).focus();
  // (The detail's fact-check section may show the rating again; the chip is the link with the fact-check's id.)
  await expect(page.getByTestId("claim-detail").locator(`a[data-testid="verdict-chip"][data-fact-check-id="${factCheck.id}"]`)).toHaveText(
    new RegExp(falseRating.label),
  );
  await expect(page.getByTestId("claim").locator(`[data-fact-check-id="${factCheck.id}"]`)).toHaveCount(1);

  // The public page, reached from the chip.
  await page.getByTestId("claim").locator(`[data-fact-check-id="${factCheck.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/fact-checks/${factCheck.id}$`));
  await expect(page.getByTestId("fact-check-claim")).toContainText(claim.exact.slice(0, 40));
  await expect(page.getByTestId("fact-check-explanation")).toHaveText(explanation);
  await expect(page.getByTestId("fact-check-evidence").getByRole("link", { name: evidence[0]!.url })).toBeVisible();
  await expect(page.getByTestId("fact-check-evidence")).toContainText("The official record");
  await expect(page.getByTestId("fact-check-byline")).toContainText(/Published .* by /);
  await expect(page).toHaveTitle(new RegExp(falseRating.label));
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld["@type"]).toBe("ClaimReview");
  expect(ld.claimReviewed).toBe(claim.exact);
  expect(ld.url).toMatch(new RegExp(`/fact-checks/${factCheck.id}$`));
  expect(ld.itemReviewed["@type"]).toBe("Claim");
  expect(ld.itemReviewed.author.name).toBeTruthy();
  expect(ld.itemReviewed.appearance[0].url).toBeTruthy();
  expect(ld.reviewRating).toMatchObject({ ratingValue: falseRating.value, alternateName: falseRating.label });
  expect(typeof ld.reviewRating.bestRating).toBe("number");
  expect(typeof ld.reviewRating.worstRating).toBe("number");
  expect(ld.author.name).toBe("Parallax");
  expect(ld.datePublished).toBe(factCheck.publishedAt);
  const api = await page.request.get(`/api/fact-checks/${factCheck.id}/claimreview`);
  expect(api.status()).toBe(200);
  expect(await api.json()).toEqual(ld);

  // The list of fact-checks links to it.
  await page.goto("/fact-checks");
  await expect(page.getByTestId("fact-check-item").getByRole("link", { name: claim.exact.slice(0, 40) }).first()).toBeVisible();

  // The exports, signed out.
  const reviews = await page.request.get("/api/exports/claimreviews");
  expect(reviews.headers()["content-disposition"]).toContain("parallax-claimreviews.json");
  expect((await reviews.json()).find((r: { url: string }) => r.url === ld.url)).toEqual(ld);

  const annotations = await page.request.get(`/api/exports/annotations?event=${eventId}`);
  expect(annotations.headers()["content-type"]).toContain("application/ld+json");
  const collection = await annotations.json();
  expect(collection["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
  const annotation = collection.first.items.find((a: { id: string }) => a.id.endsWith(`/articles/${claim.articleId}#claim-${claim.id}`));
  expect(annotation.motivation).toBe("assessing");
  expect(annotation.body).toContainEqual(expect.objectContaining({ purpose: "assessing", value: falseRating.label }));
  expect(annotation.target.selector[0]).toMatchObject({ type: "TextQuoteSelector", exact: claim.exact });

  const csv = await (await page.request.get("/api/exports/claims.csv")).text();
  const row = csv.split("\r\n").find((line) => line.startsWith(`${claim.id},`));
  expect(row).toContain(`,${falseRating.label},published,`);
  expect(row).toContain(`/fact-checks/${factCheck.id}`);
});

test("an unpublished fact-check stays out of the exports and its page is not found for readers", async ({ page, request }, testInfo) => {
  await signIn(request, "checker");
  const { claim } = await freshClaim(request, testInfo, 1);
  const draft = await request.post(`/api/claims/${claim.id}/fact-checks`, {
    data: { ratingId: (await rating(request, "True")).id, explanation: "Still checking.", status: "in_review" },
  });
  expect(draft.status(), await draft.text()).toBe(201);
  const { factCheck } = await draft.json();

  // Fact-checkers see the page, marked as unpublished, with no ClaimReview in it.
  const asChecker = await request.get(`/fact-checks/${factCheck.id}`);
  expect(asChecker.status()).toBe(200);
  const html = await asChecker.text();
  expect(html).toContain("not published");
  expect(html).not.toContain("application/ld+json");

  // Signed out, then signed in as a reader: not found.
  expect((await page.goto(`/fact-checks/${factCheck.id}`))!.status()).toBe(404);
  await signIn(page.request, "reader");
  expect((await page.goto(`/fact-checks/${factCheck.id}`))!.status()).toBe(404);
  expect((await page.request.get(`/api/fact-checks/${factCheck.id}/claimreview`)).status()).toBe(404);

  const reviews = await (await page.request.get("/api/exports/claimreviews")).json();
  expect(reviews.some((r: { url: string }) => r.url.endsWith(`/fact-checks/${factCheck.id}`))).toBe(false);
  const csv = await (await page.request.get("/api/exports/claims.csv")).text();
  const row = csv.split("\r\n").find((line) => line.startsWith(`${claim.id},`))!;
  expect(row).toBeTruthy();
  expect(row.endsWith(",,,")).toBe(true);
  const collection = await (await page.request.get("/api/exports/annotations")).json();
  const annotation = collection.first.items.find((a: { id: string }) => a.id.endsWith(`#claim-${claim.id}`));
  expect(annotation.motivation).toBe("highlighting");
});
