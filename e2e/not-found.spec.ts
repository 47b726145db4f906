import { expect, test } from "@playwright/test";
import { SAMPLE_EVENT_TITLE } from "./sample";

for (const path of ["/events/999999", "/events/not-a-number", "/articles/999999", "/no-such-page"]) {
  test(`${path} answers with the 404 page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
    await expect(page.getByRole("link", { name: "See all events" })).toBeVisible();
  });
}

test("the JSON API answers unknown ids with a JSON 404", async ({ request }) => {
  for (const path of ["/api/events/999999", "/api/events/abc", "/api/articles/999999", "/api/nothing-here"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const body = await response.json();
    expect(body.error.code, path).toBe("not_found");
    expect(typeof body.error.message).toBe("string");
  }
});

test("the JSON API serves the sample event and its articles", async ({ request }) => {
  const list = await (await request.get("/api/events")).json();
  // The sample data makes one event; other specs may have imported events of their own by now.
  const summary = list.events.find((e: { title: string }) => SAMPLE_EVENT_TITLE.test(e.title));
  expect(summary.outlets).toEqual(["The Daily Dot", "The Hill"]);
  expect(summary.articleCount).toBe(2);

  const { event } = await (await request.get(`/api/events/${summary.id}`)).json();
  expect(event.articles.map((a: { outlet: { name: string } }) => a.outlet.name)).toEqual(["The Daily Dot", "The Hill"]);
  const articleId = event.articles[1].id;
  const { article } = await (await request.get(`/api/articles/${articleId}`)).json();
  expect(article.paragraphs[0]).toMatch(/^WikiLeaks on Tuesday blamed/);
  expect(article.event.id).toBe(summary.id);
});
