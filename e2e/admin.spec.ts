// Signing in through the form, the header's account menu, and the admin pages: accounts, the rating scale and
// the audit log. Desktop and phone run at once against one database, so everything made here is unique.
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, PASSWORD, signIn } from "./accounts";

const suffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

test("an admin signs in, adds a fact-checker and a rating, finds both in the audit log, and signs out", async ({ page }) => {
  const id = suffix();
  const email = `checker-${id}@e2e.test`;
  const label = `Disputed ${id}`;

  // A visitor is sent to sign in, and back to the page afterwards.
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fusers$/);
  await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
  await expect(mainNav(page).getByRole("link", { name: "Sign in" })).toBeVisible();

  // A wrong password is answered in the form (an unknown address, so no real account is throttled).
  await page.getByLabel("Email").fill(`nobody-${id}@e2e.test`);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("That email and password do not match an account.");

  await page.getByLabel("Email").fill(ACCOUNTS.admin);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
  await expect(mainNav(page).getByRole("button", { name: /account menu/ })).toBeVisible();

  // A new fact-checker.
  const form = page.getByRole("region", { name: "Add an account" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel(/^Name/).fill(`Checker ${id}`);
  await form.getByLabel("Role").selectOption("fact_checker");
  await form.getByLabel(/^Password/).fill("short");
  await form.getByRole("button", { name: "Create account" }).click();
  // The browser refuses a short password before the API sees it: nothing is created.
  await expect(page.locator(`[data-testid=user-row][data-email="${email}"]`)).toHaveCount(0);
  await form.getByLabel(/^Password/).fill("a long enough password");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByText(`Created ${email} (Fact-checker).`)).toBeVisible();
  const row = page.locator(`[data-testid=user-row][data-email="${email}"]`);
  await expect(row).toContainText(`Checker ${id}`);
  await expect(row).toContainText("Fact-checker");

  // The same email again is refused with the API's message.
  await form.getByLabel("Email").fill(email.toUpperCase());
  await form.getByLabel(/^Password/).fill("a long enough password");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByRole("alert")).toContainText("There is already an account for");

  // Disable and enable the new account.
  await row.getByRole("button", { name: `Disable Checker ${id}` }).click();
  await expect(row).toContainText("Disabled");
  await row.getByRole("button", { name: `Enable Checker ${id}` }).click();
  await expect(row.getByText("Disabled", { exact: true })).toHaveCount(0);

  // A new rating on the scale.
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Rating scale" }).click();
  await expect(page.getByRole("heading", { name: "Rating scale", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Add a rating" }).click();
  const newRow = page.getByTestId("rating-row").last();
  await newRow.getByLabel("Label").fill(label);
  await newRow.getByLabel(/^Hex colour/).fill("#7c3aed");
  await page.getByRole("button", { name: "Save the scale" }).click();
  await expect(page.getByText(/^Saved the scale/)).toBeVisible();
  const saved = page.getByTestId("rating-row").filter({ hasText: label });
  await expect(saved).toHaveCount(1);
  await expect(saved.getByText(label, { exact: true })).toHaveCSS("background-color", "rgb(124, 58, 237)");
  // Retire it again so that other tests see the usual scale.
  await saved.getByLabel("Retired").check();
  await page.getByRole("button", { name: "Save the scale" }).click();
  await expect(page.getByText(/^Saved the scale/)).toBeVisible();

  // Both changes are in the audit log, filtered by action.
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  await page.getByLabel("Action starts with").fill("user.create");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=user\.create/);
  const created = page.getByTestId("audit-entry").filter({ hasText: email });
  await expect(created).toHaveCount(1);
  await expect(created).toContainText(ACCOUNTS.admin);
  await page.getByLabel("Action starts with").fill("rating_scale.");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("audit-entry").filter({ hasText: label }).first()).toBeVisible();
  await expect(page.getByTestId("audit-entry").filter({ hasNotText: "rating_scale.save" })).toHaveCount(0);

  // Sign out from the header's menu.
  await mainNav(page).getByRole("button", { name: /account menu/ }).click();
  await mainNav(page).getByRole("button", { name: "Sign out" }).click();
  await expect(mainNav(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/admin/audit");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Faudit$/);
});

test("a reader is refused the admin pages and sees no admin link", async ({ page }) => {
  await signIn(page.request, "reader");
  for (const path of ["/admin/users", "/admin/ratings", "/admin/audit"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Only admins can see this page" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Add an account" })).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Admin" })).toHaveCount(0);
  }
  await mainNav(page).getByRole("button", { name: /account menu/ }).click();
  await expect(mainNav(page).getByText("Reader", { exact: true })).toBeVisible();
  await expect(mainNav(page).getByRole("link", { name: "Admin" })).toHaveCount(0);
  await expect(mainNav(page).getByRole("link", { name: "Queue" })).toHaveCount(0);
  // The API refuses too.
  expect((await page.request.get("/api/users")).status()).toBe(403);
  expect((await page.request.get("/api/audit")).status()).toBe(403);
});
