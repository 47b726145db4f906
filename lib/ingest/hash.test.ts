import { describe, expect, it } from "vitest";
import { contentHash } from "./hash";

describe("contentHash", () => {
  const article = { title: "Flynn resigns", body: "Flynn resigned on Monday.\n\nHe apologized." };

  it("is a sha256 hex digest", () => {
    expect(contentHash(article)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is the same when only whitespace and letter case differ", () => {
    const rescraped = {
      title: "  FLYNN\u00A0resigns ",
      body: "Flynn  resigned\ton Monday.\r\n\r\n\r\nHe\u200B apologized.\n",
    };
    expect(contentHash(rescraped)).toBe(contentHash(article));
  });

  it("differs for a different body or title", () => {
    expect(contentHash({ ...article, body: "Flynn resigned on Tuesday.\n\nHe apologized." })).not.toBe(contentHash(article));
    expect(contentHash({ ...article, title: "Flynn quits" })).not.toBe(contentHash(article));
  });

  it("keeps title and body apart and treats a missing title as empty", () => {
    expect(contentHash({ title: "A b", body: "c" })).not.toBe(contentHash({ title: "A", body: "b c" }));
    expect(contentHash({ title: null, body: "Body." })).toBe(contentHash({ title: "", body: "Body." }));
  });
});
