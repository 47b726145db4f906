// The admin's data page: what the database holds, and a download of everything as a Parallax export. Other specs
// write meanwhile, so counts are checked as lower bounds and against the sample data every run starts with.
import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./accounts";

test("an admin sees what the database holds and downloads all of it, without passwords; the download is audited", async ({ page }) => {
  await signIn(page.request, "admin");
  await page.goto("/admin/data");
  await expect(page.getByRole("heading", { name: "Data", level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Data" })).toHaveAttribute("aria-current", "page");
  const shown = async (table: string) => Number((await page.getByTestId(`count-${table}`).innerText()).replaceAll(",", ""));
  expect(await shown("articles")).toBeGreaterThanOrEqual(2);
  expect(await shown("users")).toBeGreaterThanOrEqual(4);

  const link = page.getByRole("link", { name: "Download the export (JSON)" });
  await link.focus();
  const downloading = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^parallax-export-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(fs.readFileSync((await download.path())!, "utf8")) as {
    format: string;
    passwordHashes: boolean;
    tables: Record<string, Record<string, unknown>[]>;
  };
  expect(exported.format).toBe("parallax-export");
  expect(exported.passwordHashes).toBe(false);
  const titles = exported.tables.articles!.map((a) => String(a.title));
  expect(titles.filter((t) => /destabilization campaign/i.test(t)).length, "the sample articles").toBeGreaterThanOrEqual(2);
  expect(exported.tables.claims!.length).toBeGreaterThan(titles.length);
  expect(exported.tables.users!.map((u) => u.email)).toContain("admin@e2e.test");
  expect(exported.tables.users!.every((u) => !("password_hash" in u))).toBe(true);
  expect(exported).not.toHaveProperty("tables.sessions");

  const audit = await (await page.request.get("/api/audit?action=export.download")).json();
  expect(audit.entries.some((e: { action: string; user: { email: string } | null }) => e.action === "export.download" && e.user?.email === "admin@e2e.test")).toBe(true);

  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} ${v.nodes[0]?.target}`), scheme).toEqual([]);
  }
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth), "scrolls sideways").toBeLessThanOrEqual(0);
});

for (const who of ["reader", "checker"] as const) {
  test(`a ${who} is refused the data page and the export`, async ({ page }) => {
    await signIn(page.request, who);
    await page.goto("/admin/data");
    await expect(page.getByRole("heading", { name: "Only admins can see this page" })).toBeVisible();
    const response = await page.request.get("/api/exports/everything");
    expect(response.status()).toBe(403);
    expect((await response.json()).error.code).toBe("forbidden");
  });
}

test("a visitor is sent to sign in, and the export answers 401", async ({ page }) => {
  await page.goto("/admin/data");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fdata$/);
  const response = await page.request.get("/api/exports/everything");
  expect(response.status()).toBe(401);
});
