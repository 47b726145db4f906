import { describe, expect, it } from "vitest";
import { analyzeBody, claimWith, sourceName } from "./test-helpers";

describe("a statement spoken of again", () => {
  it("is the statement's issuer's, who spoke in a statement before (“In a statement …, he said …. “…,” the statement said.”)", () => {
    const r = analyzeBody(
      "Ortiz denied taking any banned substance. In a statement released through his lawyer, he said he had never cheated.\n\n" +
        "\"I train on the same roads as everyone else. I have nothing to hide,\" the statement said. \"I ask my fans to wait.\"",
    );
    expect(sourceName(r, claimWith(r, "I have nothing to hide"))).toBe("Ortiz");
    expect(sourceName(r, claimWith(r, "I ask my fans"))).toBe("Ortiz");
  });

  it("is a named body's that issued or read it (“The Harbor Board issued a statement”, “(CNSR), read the communiqué”)", () => {
    const issued = analyzeBody("The Harbor Board issued a statement on Monday. The statement said the vote was delayed.");
    expect(sourceName(issued, claimWith(issued, "the vote was delayed"))).toBe("Harbor Board");
    const read = analyzeBody(
      "Colonel Ali Moussa, the spokesman of the ruling Council for National Renewal (CNR), read the communiqué on television. " +
        "The vote would be held later, the statement said.",
    );
    expect(sourceName(read, claimWith(read, "The vote would be held later"))).toBe("Council for National Renewal");
  });

  it("goes to an emailed response's speaker (“In an emailed response to questions, the company said …”)", () => {
    const r = analyzeBody(
      "In an emailed response to questions, Corvane Systems said it had advised the bank to postpone the upgrade. \"The client chose to proceed,\" the statement said.",
    );
    expect(sourceName(r, claimWith(r, "The client chose to proceed"))).toBe("Corvane Systems");
  });

  it("stays the statement when no one spoke in one before, or only long before", () => {
    const none = analyzeBody("Ann Holt said the plan was sound. The statement said the vote was delayed.");
    expect(sourceName(none, claimWith(none, "the vote was delayed"))).toBe("statement");
    const far = analyzeBody(`In a statement, Ann Holt said the plan was sound.\n\n${"The river rose all week and the town waited for news. ".repeat(30)}\n\nThe statement said the vote was delayed.`);
    expect(sourceName(far, claimWith(far, "the vote was delayed"))).toBe("statement");
  });
});

describe("guards from session 43's review (/work/s43/review/review.md)", () => {
  it("gives the statement to no one who only spoke of it, or in a written response", () => {
    const of = analyzeBody("“That statement is simply false,” Councillor Tom Reed said on Tuesday. The statement, issued by the union on Friday, said wages had gone unpaid.");
    expect(sourceName(of, claimWith(of, "wages had gone unpaid"))).not.toBe("Tom Reed");
    const written = analyzeBody("Acme's chief executive, Ann Holt, rejected the claims in a written response. The statement said the union would file a complaint.");
    expect(sourceName(written, claimWith(written, "would file a complaint"))).not.toBe("Ann Holt");
  });
});

describe("a report spoken of again (session 45)", () => {
  it("gives “The report said” to whoever spoke in it or made it, named or described", () => {
    const r = analyzeBody("In a report to the meeting, chief executive Mary Kiely said the campus could create 600 jobs. The report said the water section had no objection.");
    expect(sourceName(r, claimWith(r, "no objection"))).toBe("Mary Kiely");
    const office = analyzeBody("A preliminary report by the department's inspector general found that the warden had written in February. The request was denied in April, the report said.");
    expect(sourceName(office, claimWith(office, "denied in April"))).toBe("the department's inspector general");
  });
  it("gives “The 46-page report found”, “The new report said” to the report's maker as “The report” (session 49)", () => {
    const r = analyzeBody("Ballots arrived late, the agency's inspector general said in a report released Tuesday. The 46-page report found that 17% of ballots took three days. The new report said 1,900 ballots were not counted.");
    expect(["took three days", "were not counted"].map((f) => sourceName(r, claimWith(r, f)))).toEqual(["the agency's inspector general", "the agency's inspector general"]);
  });
  it("gives no other report to the earlier report's maker: “The latest report, released Monday by the state auditor”, “The 2023 report” (session 49's review)", () => {
    const r = analyzeBody("The inspector general said in a report in 2021 that the program was mismanaged. The latest report, released Monday by the state auditor, said the problems persisted. The 2023 report had found that costs rose.");
    expect(sourceName(r, claimWith(r, "problems persisted"))).not.toBe("inspector general");
    expect(sourceName(r, claimWith(r, "costs rose"))).not.toBe("inspector general");
  });
  it("never gives a report to someone who only answered it (session 45's second review)", () => {
    const r = analyzeBody("In response to a report by a parliamentary committee, Health Secretary Ann Holt said the criticism was unfair. The report said residents were left without care.");
    expect(sourceName(r, claimWith(r, "without care"))).not.toBe("Ann Holt");
  });
  it("keeps “reports” that emerged, and a report no one was said to make, as they are", () => {
    const r = analyzeBody("Holt resigned after reports emerged that he had misled officials. The mayor said the report was wrong.");
    expect(sourceName(r, claimWith(r, "misled officials"))).toBe("unnamed reports");
  });
});

describe("a letter spoken of again (session 50)", () => {
  it("gives “the letter said” to whoever wrote in it, and keeps a report's maker from a letter's", () => {
    const r = analyzeBody("In a letter to the harbor board, the mayors, led by Dayton Mayor Ann Holt, wrote that the plan was reckless. “Moving the pilots away is a gamble with lives,” the letter said.");
    expect(sourceName(r, claimWith(r, "gamble with lives"))).toBe("Ann Holt");
    const other = analyzeBody("In a report to the board, Tom Reed said the pier was unsafe. “We were never told,” the letter said.");
    expect(sourceName(other, claimWith(other, "never told"))).not.toBe("Tom Reed");
  });
  it("keeps “the letter” when another letter or an answer came up since, or the first was spoken of inside a quotation (review of session 50)", () => {
    const separate = analyzeBody("In a letter to the board, Mayor Ann Holt wrote that the pier must close. A separate letter, leaked to the Courier, surfaced on Friday. “Keep this quiet,” the letter said.");
    expect(sourceName(separate, claimWith(separate, "Keep this quiet"))).not.toBe("Ann Holt");
    const reply = analyzeBody("In a letter to the mayor, the doctors wrote that the clinic was failing. Holt replied on Friday. “The clinic will close,” the letter said.");
    expect(sourceName(reply, claimWith(reply, "clinic will close"))).not.toBe("doctors");
    const quoted = analyzeBody("“In a letter to the board, Reed wrote that the dam was sound,” Ann Holt said. “The dam could fail within a year,” the letter said.");
    expect(sourceName(quoted, claimWith(quoted, "could fail"))).not.toBe("Ann Holt");
  });
});
