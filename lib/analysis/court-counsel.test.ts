// What a court heard is the prosecution's case, put by its counsel; the defence's words are the defending counsel's.
import { describe, expect, it } from "vitest";
import { analyzeBody, claimWith, sourceName } from "./test-helpers";

const TRIAL = [
  "A former treasurer spent charity money on a racehorse, a jury heard.",
  "Opening the case for the prosecution at Newcastle Crown Court on Monday, Ann Holt said the treasurer had treated the account as his own.",
  "Tom Reyes, defending, argued that his client had been made a scapegoat.",
].join("\n\n");

describe("court counsel", () => {
  it("gives what the court heard to the prosecuting counsel and “defence says” to the defending one", () => {
    const r = analyzeBody(TRIAL, "Treasurer 'spent donations on racehorse', court told", "Defence says he was 'made a scapegoat'");
    expect(["a jury heard", "spent donations", "made a scapegoat'"].map((f) => sourceName(r, claimWith(r, f)))).toEqual(["Ann Holt", "Ann Holt", "Tom Reyes"]);
  });

  it("leaves the court hearing unnamed when no counsel, or two, are named so", () => {
    const none = analyzeBody("A former treasurer spent charity money on a racehorse, a jury heard.\n\nAnn Holt said the account was his own.");
    expect(sourceName(none, claimWith(none, "a jury heard"))).toBe("court hearing");
    const two = analyzeBody(`${TRIAL}\n\nSam Kerr, prosecuting, told the jury the money was gone.`);
    expect(sourceName(two, claimWith(two, "a jury heard"))).toBe("court hearing");
  });

  it("takes no one for counsel who only prosecutes a policy or defends a title, and leaves what the court heard in mitigation", () => {
    const r = analyzeBody(
      "A former treasurer spent charity money, a jury heard.\n\nProsecuting such fraud is a priority, Ann Holt, the chief constable, said.\n\nTom Reyes, defending champion, said he would race again.",
    );
    expect(sourceName(r, claimWith(r, "a jury heard"))).toBe("court hearing");
    const mitigation = analyzeBody(`${TRIAL}\n\nIn mitigation, Tom Reyes said his client was sorry.\n\nThe court heard that the treasurer had been caring for his sick mother.`);
    expect(sourceName(mitigation, claimWith(mitigation, "sick mother"))).toBe("court hearing");
  });
});

describe("“her Honour” in a court report (session 45)", () => {
  it("gives what “her Honour” or “His Honor” said to the judge or magistrate the article named, and makes no entity “Honour”", () => {
    const r = analyzeBody("Justice Ann Holt of the Supreme Court fined the builder on Friday. Lawyer Mary Reed said the company would appeal.\n\n“This was not a bad pour,” her Honour said in her remarks.");
    expect(sourceName(r, claimWith(r, "not a bad pour"))).toBe("Ann Holt");
    expect(r.entities.map((e) => e.name)).not.toContain("Honour");
    const magistrate = analyzeBody("Magistrate Tom Reed heard the case on Monday.\n\nHis Honor said the fine would be $4,000.");
    expect(sourceName(magistrate, claimWith(magistrate, "fine would be"))).toBe("Tom Reed");
  });
  it("keeps “Honor” in a name", () => {
    const r = analyzeBody("Honor Blackman said the Medal of Honor was hers.");
    expect(sourceName(r, claimWith(r, "was hers"))).toBe("Honor Blackman");
  });
});
