import { expect, test, type Page } from "@playwright/test";
import { FURNITURE } from "./furniture";

async function openSampleEvent(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: /destabilization campaign/i }).first().click();
  await expect(page).toHaveURL(/\/events\/\d+$/);
}

/** The event's articles side by side (the page opens on the comparison). */
async function showArticles(page: Page) {
  await page.getByRole("group", { name: "Show" }).getByRole("button", { name: "Articles" }).click();
}

test("the home page lists the sample event with both outlets", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();
  const event = page.getByRole("link", { name: /destabilization campaign/i });
  await expect(event).toHaveCount(1);
  await expect(event).toContainText("2 articles");
  await expect(event).toContainText("The Daily Dot");
  await expect(event).toContainText("The Hill");
});

test("the event page shows both outlets' articles without page furniture", async ({ page }) => {
  await openSampleEvent(page);
  await showArticles(page);
  const columns = page.getByTestId("outlet-column");
  await expect(columns).toHaveCount(2);

  const hill = page.locator('[data-outlet="The Hill"]');
  const dot = page.locator('[data-outlet="The Daily Dot"]');
  await expect(hill.getByRole("heading", { level: 2 })).toHaveText(
    "WikiLeaks: Flynn leaving due to ‘destabilization campaign’ by Dems, media",
  );
  await expect(dot.getByRole("heading", { level: 2 })).toHaveText(
    "WikiLeaks blames Flynn’s resignation on ‘destabilization campaign’",
  );
  await expect(dot).toContainText("By Andrew Couts");
  await expect(dot).toContainText("After helping destabilize the 2016 election");
  await expect(hill).toContainText("WikiLeaks on Tuesday blamed a “destabilization campaign”");
  await expect(hill).toContainText("NBC News reported last month");
  await expect(dot).toContainText("Without a hint of irony");
  await expect(dot).toContainText("as the “real story.”");

  const text = await page.locator("body").innerText();
  for (const furniture of FURNITURE) expect(text, `"${furniture}" should not be shown`).not.toContain(furniture);
  expect(text).not.toContain("\u00a0");
});

test("columns sit side by side on a desktop and stack on a phone", async ({ page }, testInfo) => {
  await openSampleEvent(page);
  await showArticles(page);
  const [first, second] = await Promise.all(
    [0, 1].map((i) => page.getByTestId("outlet-column").nth(i).boundingBox()),
  );
  expect(first).not.toBeNull();
  expect(second).not.toBeNull();
  if (testInfo.project.name === "phone") {
    expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height);
    // Nothing scrolls sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  } else {
    expect(Math.abs(second!.y - first!.y)).toBeLessThan(2);
    expect(second!.x).toBeGreaterThan(first!.x + first!.width - 1);
  }
});

test("an article opens on its own page and links back to its event", async ({ page }) => {
  await openSampleEvent(page);
  await showArticles(page);
  const eventUrl = page.url();
  await page.locator('[data-outlet="The Hill"]').getByRole("link", { name: /Read this article on its own/ }).click();
  await expect(page).toHaveURL(/\/articles\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "WikiLeaks: Flynn leaving due to ‘destabilization campaign’ by Dems, media",
  );
  await expect(page.getByRole("article").getByText("“I have sincerely apologized")).toBeVisible();
  await page.getByRole("link", { name: /destabilization campaign/ }).click();
  await expect(page).toHaveURL(eventUrl);
});

test("the keyboard reaches the event and opens it", async ({ page, browserName }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "keyboard navigation is checked on the desktop layout");
  expect(browserName).toBe("chromium");
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  const eventLink = page.getByRole("link", { name: /destabilization campaign/i });
  for (let i = 0; i < 10 && !(await eventLink.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(eventLink).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/events\/\d+$/);
});
