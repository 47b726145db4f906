import { expect, test } from "@playwright/test";

test("the event page shows each article's claims with source, cue, kind and hedge", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /destabilization campaign/i }).first().click();
  const show = page.getByRole("group", { name: "Show" });
  await show.getByRole("button", { name: "Claims" }).click();
  await expect(show.getByRole("button", { name: "Claims" })).toHaveAttribute("aria-pressed", "true");

  const hill = page.locator('[data-outlet="The Hill"]');
  const dot = page.locator('[data-outlet="The Daily Dot"]');
  // "the organization tweeted" is WikiLeaks.
  const tweet = hill.getByTestId("claim").filter({ hasText: "National Security Advisor Michael Flynn resigns" });
  await expect(tweet.getByTestId("claim-source")).toContainText("WikiLeaks · tweeted");
  // Two denials in one sentence, each with its own source.
  const denials = hill.locator('[data-testid="claim"][data-kind="denial"]');
  await expect(denials.filter({ hasText: "being behind the hacks" }).getByTestId("claim-source")).toContainText("Russia");
  await expect(denials.filter({ hasText: "getting the hacked emails from Moscow" }).getByTestId("claim-source")).toContainText("WikiLeaks");
  // A hedged claim says so in words.
  await expect(dot.getByTestId("claim").filter({ hasText: "Flynn reportedly discussed sanctions" })).toContainText("Hedged");
  // The outlet's own voice is labelled as such.
  await expect(dot.getByTestId("claim").filter({ hasText: "is sure to raise eyebrows" })).toContainText("The outlet itself");
  // No claim comes from page furniture.
  await expect(page.getByTestId("claim").filter({ hasText: /Getty Images|Share this article|Most Popular/ })).toHaveCount(0);
});

test("the article page lists its claims beside the text", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /destabilization campaign/i }).first().click();
  await page.getByRole("group", { name: "Show" }).getByRole("button", { name: "Articles" }).click();
  await page.locator('[data-outlet="The Daily Dot"]').getByRole("link", { name: /Read this article on its own/ }).click();
  const claims = page.getByRole("list", { name: "Claims in this article" });
  await expect(claims.getByTestId("claim").first()).toBeVisible();
  await expect(claims.getByTestId("claim").filter({ hasText: "Assange has repeatedly denied" })).toContainText("Denial");
});
