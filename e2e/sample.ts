// The sample event (The Hill and The Daily Dot on WikiLeaks and Flynn). Other specs import events of their own, so
// it is found by its title, never by its place in the list.
import { expect, type APIRequestContext } from "@playwright/test";

export const SAMPLE_EVENT_TITLE = /destabilization campaign/i;

export async function sampleEventId(request: APIRequestContext): Promise<number> {
  const { events } = await (await request.get("/api/events")).json();
  const sample = (events as { id: number; title: string }[]).find((e) => SAMPLE_EVENT_TITLE.test(e.title));
  expect(sample, "the sample event").toBeDefined();
  return sample!.id;
}
