import { expect, test } from "@playwright/test";
import { signIn } from "./accounts";
import { sampleEventId } from "./sample";

interface Comparison {
  propositions: {
    id: number;
    category: string;
    claimIds: number[];
    articleIds: number[];
    differences: { id: number; type: string; explanation: string; dismissed: boolean; origin: string }[];
  }[];
  framing: { articleId: number; claims: number; attributed: number; loaded: { text: string; reason: string }[] }[];
}

async function sampleComparison(request: import("@playwright/test").APIRequestContext) {
  const eventId = await sampleEventId(request);
  const response = await request.get(`/api/events/${eventId}/comparison`);
  expect(response.status()).toBe(200);
  return { eventId, comparison: (await response.json()).comparison as Comparison };
}

test("the sample event's comparison lines up both outlets and names what differs", async ({ request }) => {
  const { comparison } = await sampleComparison(request);
  const blame = comparison.propositions.find((p) => p.category === "blame" && p.articleIds.length === 2);
  expect(blame, "a blame proposition both outlets report").toBeDefined();
  expect(blame!.differences.some((d) => d.type === "framing" && d.explanation.includes("Without a hint of irony"))).toBe(true);
  const all = comparison.propositions.flatMap((p) => p.claimIds);
  expect(new Set(all).size).toBe(all.length);
  expect(comparison.framing).toHaveLength(2);
  for (const f of comparison.framing) {
    expect(f.claims).toBeGreaterThan(0);
    expect(f.attributed).toBeGreaterThan(0);
    expect(f.attributed).toBeLessThanOrEqual(1);
  }
  expect(comparison.framing.flatMap((f) => f.loaded.map((l) => l.text))).toContain("Without a hint of irony");
});

test("comparison changes refuse bad input with a clear message", async ({ request }) => {
  await signIn(request, "checker");
  const merge = await request.post("/api/propositions/merge", { data: { propositionIds: [1] } });
  expect(merge.status()).toBe(400);
  expect((await merge.json()).error.message).toMatch(/at least two propositions/);
  const notJson = await request.post("/api/propositions/merge", { data: "merge them", headers: { "content-type": "text/plain" } });
  expect(notJson.status()).toBe(400);
  expect((await notJson.json()).error.message).toMatch(/must be JSON/);
  const badType = await request.post("/api/propositions/1/differences", { data: { type: "spin", explanation: "x" } });
  expect(badType.status()).toBe(400);
  expect((await badType.json()).error.message).toMatch(/type must be one of omission/);
  expect((await request.patch("/api/differences/abc", { data: { dismissed: true } })).status()).toBe(404);
  expect((await request.patch("/api/differences/999999", { data: { dismissed: true } })).status()).toBe(404);
  expect((await request.get("/api/events/999999/comparison")).status()).toBe(404);
  const huge = await request.post("/api/propositions/merge", { data: { propositionIds: [1, 2], padding: "x".repeat(200_000) } });
  expect(huge.status()).toBe(400);
  expect((await huge.json()).error.message).toMatch(/too large/);
});

test("a dismissed difference stays dismissed until it is brought back", async ({ request }, testInfo) => {
  // Changes shared data: one project is enough.
  test.skip(testInfo.project.name !== "desktop");
  await signIn(request, "checker");
  const { eventId, comparison } = await sampleComparison(request);
  // A difference no page test reads (pages are cached for a few seconds, and other tests run alongside).
  const { event } = await (await request.get(`/api/events/${eventId}`)).json();
  const claim = (event.articles as { claims: { id: number; exact: string }[] }[])
    .flatMap((a) => a.claims)
    .find((c) => c.exact.includes("Russia has denied being behind the hacks"))!;
  const difference = comparison.propositions.find((p) => p.claimIds.includes(claim.id))!.differences[0]!;
  expect(difference.dismissed).toBe(false);
  const dismissed = await request.patch(`/api/differences/${difference.id}`, { data: { dismissed: true } });
  expect(dismissed.status()).toBe(200);
  const after = (await (await request.get(`/api/events/${eventId}/comparison`)).json()).comparison as Comparison;
  expect(after.propositions.flatMap((p) => p.differences).find((d) => d.id === difference.id)?.dismissed).toBe(true);
  expect((await request.patch(`/api/differences/${difference.id}`, { data: { dismissed: false } })).status()).toBe(200);
});
