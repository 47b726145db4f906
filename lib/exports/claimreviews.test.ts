import { describe, expect, it } from "vitest";
import { jsonForScript } from "./claimreviews";

describe("jsonForScript", () => {
  it("cannot close the script element it is embedded in, and still parses to the same value", () => {
    const value = { claimReviewed: 'He wrote "</script><script>alert(1)</script>" and <!-- this', sep: "a\u2028b\u2029c" };
    const text = jsonForScript(value);
    expect(text).not.toContain("<");
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(text).toContain("\\u003c/script>");
    expect(JSON.parse(text)).toEqual(value);
  });
});
