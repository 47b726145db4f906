// Embedded social posts: the post above a signature line is the signer's; the signature line says nothing.
import { describe, expect, it } from "vitest";
import { analyzeBody, sourceName } from "./test-helpers";

const body = (post: string, signature: string) =>
  `Rep. Joanne DeLuca (D-Conn.) weighed in.\n\n${post}\n\n${signature}\n\nThe city plans to sue.`;

describe("embedded posts", () => {
  it("gives a post to the person its signature names, quoted directly, and reads no claim from the signature", () => {
    const r = analyzeBody(body("Four months. And @BradKesslerMO told us everything was fine. https://t.co/Qm4vRt8Lzx", "— Marcia Whitcomb (@MarciaWhitcomb) August 21, 2018"));
    const post = r.claims.filter((c) => /Four months|told us/.test(c.exact));
    expect(post.map((c) => [sourceName(r, c), c.quote, c.cue])).toEqual([
      ["Marcia Whitcomb", "direct", "—"],
      ["Marcia Whitcomb", "direct", "—"],
    ]);
    expect(r.claims.some((c) => c.exact.includes("(@MarciaWhitcomb)"))).toBe(false);
    // (The paragraph after the signature is the outlet's own again.)
    expect(sourceName(r, r.claims.at(-1))).toBeNull();
  });

  it("leaves a paragraph alone when the line under it is no signature", () => {
    const r = analyzeBody(body("Four months went by.", "— Marcia Whitcomb, August 21, 2018"));
    expect(sourceName(r, r.claims.find((c) => c.exact === "Four months went by."))).toBeNull();
  });
});
