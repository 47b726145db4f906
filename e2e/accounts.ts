// The accounts every e2e run starts with (created by global-setup.ts), and signing in as one of them.
import { expect, type APIRequestContext } from "@playwright/test";

export const PASSWORD = "e2e-password-long-enough";
export const ACCOUNTS = {
  admin: "admin@e2e.test",
  checker: "checker@e2e.test",
  checker2: "checker2@e2e.test",
  reader: "reader@e2e.test",
} as const;
export const ROLE_OF: Record<keyof typeof ACCOUNTS, string> = { admin: "admin", checker: "fact_checker", checker2: "fact_checker", reader: "reader" };

/** Signs `request` (a page's `page.request`, or a test's `request`) in: its cookie jar then holds the session. */
export async function signIn(request: APIRequestContext, who: keyof typeof ACCOUNTS): Promise<void> {
  const response = await request.post("/api/session", { data: { email: ACCOUNTS[who], password: PASSWORD } });
  expect(response.status(), await response.text()).toBe(200);
}
