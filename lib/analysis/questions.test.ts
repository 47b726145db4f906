import { describe, expect, it } from "vitest";
import { checkWorthiness } from "./check-worthiness";
import { asksOnly, isInterrogative } from "./questions";
import { analyzeBody, claimWith, sourceName } from "./test-helpers";

describe("questions", () => {
  it("tells a question that asks from a statement that ends in a question mark", () => {
    expect(isInterrogative("Do you think the council would allow a casino on the pier?")).toBe(true);
    expect(isInterrogative("Well, which is it?")).toBe(true);
    expect(isInterrogative("“Why?”")).toBe(true);
    // Said with a rising tone, but a statement in its word order.
    expect(isInterrogative("And they are worried about parking fees?")).toBe(false);
    // A question and the answer after it.
    expect(isInterrogative("Why? Because the council never voted.")).toBe(false);
    expect(isInterrogative("The council never voted.")).toBe(false);
  });

  it("takes only short questions for no claim at all", () => {
    expect(asksOnly("How are you?")).toBe(true);
    expect(asksOnly("Will it be a big story?")).toBe(true);
    expect(asksOnly("How come the harbour board never published the contract it signed with Zentrix?")).toBe(false);
    // Exclaimed, as short questions often are ("Who are you!"); an exclamation that asks nothing stays.
    expect(asksOnly("“Who are you!”")).toBe(true);
    expect(asksOnly("We will win this vote!")).toBe(false);
    expect(asksOnly("What a disgrace!")).toBe(false);
    // A short question that names someone insinuates.
    expect(asksOnly("Did Holt lie to the council?")).toBe(false);
    expect(asksOnly("Did I say that?")).toBe(true);
    // A few words asked with no verb, whatever opens them; a statement asked with a rising tone stays.
    expect(asksOnly("Wait until when?")).toBe(true);
    expect(asksOnly("A circus?")).toBe(true);
    expect(asksOnly("They are worried about parking fees?")).toBe(false);
  });

  it("drops short questions, keeps long ones with their speaker, and passes the speaker on through a quotation", () => {
    const r = analyzeBody(
      "Mayor Ann Holt spoke at the pier on Monday. “How are you?” Holt asked the crowd. “The board signed the contract in secret.” " +
        "“Why would the board hide a contract it signed with Zentrix last spring?” she asked.",
    );
    expect(r.claims.some((c) => c.exact.includes("How are you?"))).toBe(false);
    expect(sourceName(r, claimWith(r, "The board signed the contract in secret"))).toBe("Ann Holt");
    expect(sourceName(r, claimWith(r, "Why would the board hide"))).toBe("Ann Holt");
  });

  it("reads a question the outlet asks itself as its opinion, and ranks questions low for checking", () => {
    const r = analyzeBody("The board signed the contract in March. If the deal was too sensitive to share then, why publish it now, weeks before the vote?");
    expect(claimWith(r, "why publish it now")?.kind).toBe("opinion");
    expect(claimWith(r, "The board signed")?.kind).toBe("assertion");
    const asked = checkWorthiness("statement", "“Did the board sign the contract in March 2019?” Holt asked.", false);
    const stated = checkWorthiness("statement", "“The board signed the contract in March 2019,” Holt said.", false);
    expect(asked).toBeLessThan(stated);
  });

  it("takes the answer after a question, and both halves of a quotation its tag splits, as what was said", () => {
    const r = analyzeBody("Asked point-blank, “Is that your signature?” Tom Reyes replied, “I am not going to talk about this anymore.” " +
      "“If the vote is held,” Holt said, “the union will win it.”");
    expect(claimWith(r, "Tom Reyes replied")?.content).toBe("I am not going to talk about this anymore");
    expect(claimWith(r, "Holt said")?.content).toBe("If the vote is held, the union will win it");
    // Not a reply: both parts. A comma that only marks the tag goes.
    const both = analyzeBody("“We will appeal!” Holt said, “This ruling is wrong.” “Can the board do this?” Reyes asked, “The charter says it cannot.” " +
      "“The harbour,” Ann Lee said, “is ours.”");
    expect(claimWith(both, "Holt said")?.content).toBe("We will appeal! This ruling is wrong");
    expect(claimWith(both, "Reyes asked")?.content).toBe("Can the board do this? The charter says it cannot");
    expect(claimWith(both, "Ann Lee said")?.content).toBe("The harbour is ours");
  });
});
