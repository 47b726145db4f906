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
      ["Marcia Whitcomb", "direct", "posted"],
      ["Marcia Whitcomb", "direct", "posted"],
    ]);
    expect(r.claims.some((c) => c.exact.includes("(@MarciaWhitcomb)"))).toBe(false);
    // (The paragraph after the signature is the outlet's own again.)
    expect(sourceName(r, r.claims.at(-1))).toBeNull();
  });

  it("reads a signature with the platform after the handle or a comma, with or without a date, but not “Share on Facebook”", () => {
    for (const signature of ["Hamish Dunlevy (@hdunlevy_paints), Instagram", "Travel Truths Daily, Facebook, 7 June 2025"]) {
      const r = analyzeBody(body("There will never be another hand like his.", signature));
      const post = r.claims.find((c) => c.exact.startsWith("There will never"));
      expect([sourceName(r, post), post?.cue], signature).toEqual([signature.split(/ \(|,/)[0], "posted"]);
      expect(r.claims.some((c) => c.exact.includes(signature.split(",")[1]!.trim()))).toBe(false);
    }
    // (The date month first, and letters after the name: "Lachlan Reid MP, Facebook, March 16, 2038" (session 52).)
    const mp = analyzeBody(body("There will never be another hand like his.", "- Lachlan Reid MP, Facebook, March 16, 2038"));
    const mpPost = mp.claims.find((c) => c.exact.startsWith("There will never"));
    expect([sourceName(mp, mpPost), mpPost?.cue]).toEqual(["Lachlan Reid", "posted"]);
    expect(mp.claims.some((c) => c.exact.includes("March 16, 2038"))).toBe(false);
    const share = analyzeBody(body("There will never be another hand like his.", "Share on Facebook"));
    expect(sourceName(share, share.claims.find((c) => c.exact.startsWith("There will never")))).toBeNull();
    // (Nor a photo's credit with no handle or date: "Harbour Police, Facebook".)
    const credit = analyzeBody(body("The inspector suffered a broken wrist, the rail operator said.", "Harbour Police, Facebook"));
    expect(sourceName(credit, credit.claims.find((c) => c.exact.startsWith("The inspector")))).not.toBe("Harbour Police");
  });

  it("reads a signature with a Mastodon handle, its server after a second “@” (session 37, set 20)", () => {
    const signature = "- Noor Vandersloot (@noor@infosec.exchange) May 11, 2026";
    const r = analyzeBody(body("It was a public bucket and a stolen token.", signature));
    const post = r.claims.find((c) => c.exact.startsWith("It was a public bucket"));
    expect([sourceName(r, post), post?.cue]).toEqual(["Noor Vandersloot", "posted"]);
    expect(r.claims.some((c) => c.exact.includes("@noor@infosec.exchange"))).toBe(false);
  });

  it("leaves a paragraph alone when the line under it is no signature", () => {
    const r = analyzeBody(body("Four months went by.", "— Marcia Whitcomb (@MarciaWhitcomb), a state senator, wrote on August 21, 2018 that she would run."));
    expect(sourceName(r, r.claims.find((c) => c.exact === "Four months went by."))).toBeNull();
  });

  it("gives no headline to a signature opening the body, keeps a quotation the post tags with its speaker, and keeps the signer from a later “he”", () => {
    const sig = "— Rep. Joanne DeLuca (@RepJoDeLuca) December 5, 2017";
    const opening = analyzeBody(`${sig}\n\nThe city plans to sue.`, "Senator blasts cut");
    expect(opening.claims.map((c) => sourceName(opening, c))).not.toContain("Joanne DeLuca");
    const tagged = analyzeBody(`The vote was held.\n\n“We will not back down,” Mayor Tom Reyes said tonight.\n\n${sig}`);
    expect(sourceName(tagged, tagged.claims.find((c) => c.exact.includes("back down")))).toBe("Tom Reyes");
    const later = analyzeBody(`Mayor Tom Reyes defended the plan on Monday.\n\nThis is cruel and the mayor knows it.\n\n— Ben Holt (@benholt) March 2, 2018\n\nHe said the city would appeal the ruling.`);
    expect(sourceName(later, later.claims.find((c) => c.exact.startsWith("He said")))).toBe("Tom Reyes");
    // (A body signs as a body: "— Portland Police Bureau (@PortlandPolice) …".)
    const body = analyzeBody(`Officers were praised.\n\nWe are proud of our officers.\n\n— Portland Police Bureau (@PortlandPolice) March 2, 2018`);
    const post = body.claims.find((c) => c.exact.startsWith("We are proud"))!;
    expect([sourceName(body, post), body.entities.find((e) => e.key === post.source?.entityKey)?.kind, post.cue]).toEqual(["Portland Police Bureau", "organization", "posted"]);
  });

  it("gives every paragraph of a post to its signer when a line ending in a colon introduces it, and only the last one otherwise", () => {
    const sig = "— Ann Holt (@annholt) March 2, 2018";
    const post = "The council has lied to us for a year.\n\nThe library stays open or we see them in court.";
    const introduced = analyzeBody(`The vote was held on Monday.\n\nAnn Holt, who leads the residents' group, wrote on Facebook:\n\n${post}\n\n${sig}`);
    expect(["lied to us", "stays open"].map((w) => sourceName(introduced, introduced.claims.find((c) => c.exact.includes(w))))).toEqual(["Ann Holt", "Ann Holt"]);
    const bare = analyzeBody(`The vote was held on Monday.\n\n${post}\n\n${sig}`);
    expect(["lied to us", "stays open"].map((w) => sourceName(bare, bare.claims.find((c) => c.exact.includes(w))))).toEqual([null, "Ann Holt"]);
    // (One post's signature ends the next post's reach: "Here is what people posted:" then two posts.)
    const two = analyzeBody(`Here is what people posted:\n\nThe council lied.\n\n— Ben Holt (@benholt) March 2, 2018\n\nThe library stays open.\n\n${sig}`);
    expect(["council lied", "stays open"].map((w) => sourceName(two, two.claims.find((c) => c.exact.includes(w))))).toEqual(["Ben Holt", "Ann Holt"]);
  });
});
