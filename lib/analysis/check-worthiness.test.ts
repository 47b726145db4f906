import { describe, expect, it } from "vitest";
import { checkWorthiness } from "./check-worthiness";

describe("checkWorthiness", () => {
  it("scores specific, consequential claims above vague opinion", () => {
    const specific = checkWorthiness("assertion", "Acme Corp was charged with fraud on March 3 after losing $4 million.", false);
    const vague = checkWorthiness("opinion", "Some things are sure to raise eyebrows.", false);
    expect(specific).toBeGreaterThan(0.6);
    expect(vague).toBeLessThan(0.3);
    for (const v of [specific, vague]) expect(v).toBeGreaterThanOrEqual(0);
    expect(specific).toBeLessThanOrEqual(1);
  });
});
