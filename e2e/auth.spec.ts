// Sign-in, roles and stale saves through the real server's JSON API.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signIn } from "./accounts";
import { sampleEventId } from "./sample";

interface ClaimRef {
  id: number;
  exact: string;
}

// A claim of the sample event no other test annotates: each project takes its own.
async function claimFor(request: APIRequestContext, fragment: string): Promise<ClaimRef> {
  const { event } = await (await request.get(`/api/events/${await sampleEventId(request)}`)).json();
  const claims = (event.articles as { claims: ClaimRef[] }[]).flatMap((a) => a.claims);
  const claim = claims.find((c) => c.exact.includes(fragment));
  expect(claim, `a claim with "${fragment}"`).toBeDefined();
  return claim!;
}

async function ratingId(request: APIRequestContext, label: string): Promise<number> {
  const { ratings } = await (await request.get("/api/ratings")).json();
  return (ratings as { id: number; label: string }[]).find((r) => r.label === label)!.id;
}

test("a reader cannot annotate through the API, and nothing changes", async ({ playwright, baseURL }, testInfo) => {
  const claim = await claimFor(await playwright.request.newContext({ baseURL }), testInfo.project.name === "desktop" ? "sending the tumultuous" : "Pence");
  const anonymous = await playwright.request.newContext({ baseURL });
  const reader = await playwright.request.newContext({ baseURL });
  await signIn(reader, "reader");
  const checker = await playwright.request.newContext({ baseURL });
  await signIn(checker, "checker");
  const count = async () => ((await (await checker.get(`/api/claims/${claim.id}/fact-checks`)).json()).factChecks as unknown[]).length;
  const before = await count();
  const body = { ratingId: await ratingId(anonymous, "False"), explanation: "Wrong.", status: "published" };

  const unsigned = await anonymous.post(`/api/claims/${claim.id}/fact-checks`, { data: body });
  expect(unsigned.status()).toBe(401);
  expect(await unsigned.json()).toEqual({ error: { code: "unauthorized", message: "Sign in to do this." } });
  const asReader = await reader.post(`/api/claims/${claim.id}/fact-checks`, { data: body });
  expect(asReader.status()).toBe(403);
  expect((await asReader.json()).error.code).toBe("forbidden");
  expect((await reader.post("/api/propositions/merge", { data: { propositionIds: [1, 2] } })).status()).toBe(403);
  expect((await reader.put("/api/ratings", { data: { ratings: [{ label: "Yes", color: "#000000", value: 1 }] } })).status()).toBe(403);
  expect(await count()).toBe(before);

  // A change sent from another site is refused even with a fact-checker's cookie.
  const crossSite = await checker.post(`/api/claims/${claim.id}/fact-checks`, { data: body, headers: { origin: "https://evil.example" } });
  expect(crossSite.status()).toBe(403);
  expect(await count()).toBe(before);
});

test("two fact-checkers editing one fact-check: the stale save gets a 409 and nothing is lost", async ({ playwright, baseURL }, testInfo) => {
  const claim = await claimFor(await playwright.request.newContext({ baseURL }), testInfo.project.name === "desktop" ? "Flynn reportedly discussed sanctions" : "Without a hint of irony");
  const ana = await playwright.request.newContext({ baseURL });
  await signIn(ana, "checker");
  const ben = await playwright.request.newContext({ baseURL });
  await signIn(ben, "checker2");

  const created = await ana.post(`/api/claims/${claim.id}/fact-checks`, { data: { explanation: "Checking the call transcripts." } });
  expect(created.status()).toBe(201);
  const { factCheck } = await created.json();
  expect(factCheck.version).toBe(1);
  // Both open version 1.
  const opened = (await (await ben.get(`/api/fact-checks/${factCheck.id}`)).json()).factCheck;
  expect(opened.version).toBe(1);

  const anaSave = await ana.put(`/api/fact-checks/${factCheck.id}`, {
    data: { version: 1, ratingId: await ratingId(ana, "Mostly true"), explanation: "Ana: the transcripts support it.", evidence: [{ url: "https://example.org/transcript", note: "Transcript" }], status: "in_review" },
  });
  expect(anaSave.status()).toBe(200);
  const benSave = await ben.put(`/api/fact-checks/${factCheck.id}`, { data: { version: 1, explanation: "Ben: not proven.", status: "draft" } });
  expect(benSave.status()).toBe(409);
  const conflict = (await benSave.json()).error;
  expect(conflict.code).toBe("conflict");
  expect(conflict.message).toMatch(/saved by someone else/);
  expect(conflict.current).toMatchObject({ version: 2, explanation: "Ana: the transcripts support it." });

  // Ana's save stands; the history holds both of her versions and nothing of Ben's stale save.
  const now = (await (await ben.get(`/api/fact-checks/${factCheck.id}`)).json()).factCheck;
  expect(now).toMatchObject({ version: 2, explanation: "Ana: the transcripts support it.", status: "in_review" });
  expect(now.evidence).toEqual([{ url: "https://example.org/transcript", note: "Transcript" }]);
  const { revisions } = await (await ben.get(`/api/fact-checks/${factCheck.id}/history`)).json();
  expect(revisions.map((r: { version: number; editor: { name: string } }) => [r.version, r.editor.name])).toEqual([
    [2, "checker@e2e.test"],
    [1, "checker@e2e.test"],
  ]);
  // Ben saves again over the version he has now seen.
  const retry = await ben.put(`/api/fact-checks/${factCheck.id}`, { data: { version: 2, explanation: "Ben: not proven.", status: "draft" } });
  expect(retry.status()).toBe(200);
  expect((await retry.json()).factCheck.version).toBe(3);
});

test("sign-in refuses wrong passwords, slows down guessing, and signs out", async ({ playwright, baseURL }) => {
  const visitor = await playwright.request.newContext({ baseURL });
  const email = `nobody-${Date.now()}-${Math.random().toString(36).slice(2)}@e2e.test`;
  for (let i = 0; i < 5; i++) {
    const wrong = await visitor.post("/api/session", { data: { email, password: "not the password" } });
    expect(wrong.status()).toBe(401);
    expect((await wrong.json()).error.message).toBe("That email and password do not match an account.");
  }
  const slowed = await visitor.post("/api/session", { data: { email, password: "not the password" } });
  expect(slowed.status()).toBe(429);
  expect(Number(slowed.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await slowed.json()).error.message).toMatch(/Too many failed sign-ins/);
  expect((await visitor.post("/api/session", { data: { email: "" } })).status()).toBe(400);

  const checker = await playwright.request.newContext({ baseURL });
  const signedIn = await checker.post("/api/session", { data: { email: "checker@e2e.test", password: "e2e-password-long-enough" } });
  const cookie = signedIn.headers()["set-cookie"] ?? "";
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  expect((await (await checker.get("/api/session")).json()).user).toMatchObject({ email: "checker@e2e.test", role: "fact_checker" });
  expect((await checker.delete("/api/session")).status()).toBe(200);
  expect((await (await checker.get("/api/session")).json()).user).toBeNull();
});
