import { describe, expect, it } from "vitest";
import { attributedKind, isOpinion, ownVoiceKind } from "./kinds";
import { analyzeBody, claimWith } from "./test-helpers";

const kindsOf = (body: string) => analyzeBody(body).claims.map((c) => c.kind);

describe("kinds", () => {
  it("maps cue classes and source kinds to claim kinds", () => {
    expect(attributedKind("blame", "person", "", "blamed")).toBe("blame");
    expect(attributedKind("denial", "organization", "", "denied")).toBe("denial");
    expect(attributedKind("finding", "institution", "", "concluded")).toBe("finding");
    expect(attributedKind("finding", "person", "", "concluded")).toBe("statement");
    // A judge rules on charges against others; a person clearing herself denies them.
    expect(attributedKind("finding", "person", "the claims lacked merit", "ruled")).toBe("finding");
    expect(attributedKind("finding", "person", "the allegations were without merit", "found", "Judge")).toBe("finding");
    expect(attributedKind("finding", "person", "the allegations were without merit", "found", "Mayor")).toBe("denial");
    expect(attributedKind("report", "outlet", "", "reported")).toBe("report");
    // People speaking without a name are not a report: "according to the official".
    expect(attributedKind("report", "anonymous", "", "according to")).toBe("statement");
    expect(attributedKind("report", "unnamed", "", "according to")).toBe("report");
    // "per" credits a source as "according to" does.
    expect(attributedKind("report", "anonymous", "", "per")).toBe("statement");
    expect(attributedKind("report", "institution", "", "per")).toBe("finding");
    expect(attributedKind("statement", "person", "", "said")).toBe("statement");
    expect(attributedKind("statement", "person", "I have not broken any laws.", "said")).toBe("denial");
    expect(attributedKind("statement", "person", "he had no knowledge of the offer", "said")).toBe("denial");
    expect(attributedKind("statement", "person", "I'm not aware of anyone in my office having seen the cable", "said")).toBe("denial");
    expect(attributedKind("statement", "person", "he was not aware of the offer until Monday", "said")).toBe("denial");
    expect(attributedKind("statement", "person", "voters are aware of the offer", "said")).toBe("statement");
    expect(attributedKind("statement", "person", "many residents are not aware that the fee doubled", "said")).toBe("statement");
    expect(attributedKind("statement", "person", "the offer was not made in writing", "said")).toBe("statement");
    // Not apologising, and what others did not even do, deny no act of the speaker's.
    expect(attributedKind("statement", "person", "he hasn't apologized to the men involved", "told")).toBe("statement");
    expect(attributedKind("statement", "person", "They didn’t even do this to Howard Dean", "said")).toBe("statement");
    expect(attributedKind("statement", "person", "she had never met Weiner", "told")).toBe("denial");
    // Denying what was said, or what one's own thing is; demanding an apology; a dismissal "as" something is no denial.
    expect(attributedKind("statement", "person", "Not a single thing he said is accurate", "said")).toBe("denial");
    expect(attributedKind("statement", "person", "nothing could be further from the truth", "said")).toBe("denial");
    expect(attributedKind("statement", "person", "It’s not a birther bill", "said")).toBe("denial");
    expect(attributedKind("statement", "person", "It’s not a good day", "said")).toBe("statement");
    expect(attributedKind("statement", "person", "It is not a good plan", "said")).toBe("statement");
    expect(attributedKind("statement", "person", "We have to apologize to no one", "said")).toBe("statement");
    expect(attributedKind("denial", "person", "the investigation as a witch hunt", "dismissed")).toBe("denial");
    expect(attributedKind("statement", "person", "Chairman Steele needs to apologize to our military", "said")).toBe("blame");
    // Dismissing someone's politics as phony faults them (a charge, not a denial); as merely something, it describes them.
    expect(attributedKind("denial", "person", "Obama’s politics as being based in “some phony theology.”", "dismissed")).toBe("blame");
    expect(attributedKind("denial", "person", "Obama’s politics as being based in “some theology.”", "dismissed")).toBe("statement");
    expect(attributedKind("denial", "organization", "that criticism.", "dismissed")).toBe("denial");
    expect(attributedKind("statement", "person", "I didn't do anything wrong", "said")).toBe("denial");
    expect(attributedKind("statement", "person", "I haven't broken any laws", "said")).toBe("denial");
    for (const remark of ["It is not a good idea to close the harbour", "the state would play no role in the talks", "there was nothing wrong with the harbour"]) {
      expect(attributedKind("statement", "person", remark, "said")).toBe("statement");
    }
    expect(attributedKind("statement", "organization", "Mayor out due to pressure by unions", ":")).toBe("blame");
  });
  it("reads the speaker saying they did not do something as a denial, but not what they did not see or think", () => {
    const kindOf = (content: string) => attributedKind("statement", "person", content, "said");
    for (const denial of ["he did not discuss the contract with Reyes", "I didn't send that picture out", "she had never met him", "“I wasn't suggesting the mayor lied."]) {
      expect(kindOf(denial), denial).toBe("denial");
    }
    for (const remark of [
      "I haven't seen the moment of truth yet", "they did not see the fight spreading", "he would not run in June", "the council did not meet",
      "he has not decided whether to run", "she did not yet know whether the pier would open", "he did not return calls seeking comment",
    ]) {
      expect(kindOf(remark), remark).toBe("statement");
    }
  });
  it("reads calling an accusation false, or saying “that's not true”, as a denial", () => {
    const kindOf = (content: string) => attributedKind("statement", "person", content, "said");
    expect(kindOf("accusations that she had misled the council were false")).toBe("denial");
    expect(kindOf("the charges against him are completely baseless")).toBe("denial");
    expect(kindOf("That's simply not true.")).toBe("denial");
    // What was charged, said not to exist; not an idiom, nor what is not there yet.
    expect(["There was no such impropriety,", "there has been no such deal between them", "There is no such thing as a free lunch.", "There is no such program in the budget yet"].map(kindOf)).toEqual([
      "denial",
      "denial",
      "statement",
      "statement",
    ]);
    // A claim about something else that is false is no denial of anything said about the speaker's side.
    expect(kindOf("the answer to the quiz was false")).toBe("statement");
  });
  it("reads the writer's evaluations as opinion: a problem named, superlatives, impressions, judged performances", () => {
    for (const t of [
      "The problem with the fee is that it is politically impossible.",
      "The most controversial part of the plan is the fee.",
      "One of Holt's best one-liners came when she sought to explain the fee.",
      "The vote has been one of the few bright spots for the council.",
      "The appeal was made all the more effective by her own story.",
      "The fight over the pier seemed far away on Monday.",
      "It was a sharp and spirited debate.",
    ]) expect(ownVoiceKind(t)).toBe("opinion");
    expect(ownVoiceKind("That position may represent something of a compromise.")).toBe("opinion");
    for (const t of [
      "He was one of the most senior officials in the port.",
      "The fee rose by a bit more than 2 percent.",
      "That he may win is clear.",
      "A problem with the wiring delayed the ferry by two hours.",
      "The Dayton plant is one of the few factories still open in the county.",
      "Ann Holt did appear at the hearing on Monday.",
      "The storm dropped a bit of snow on the city.",
      "The most important vote of the session is on Monday.",
      "It was the worst day for the harbour since 2008.",
      "The Dow had its worst performance since 2008 on Monday, falling 7 percent.",
      "Ann Holt won the award for best performance at the festival on Sunday.",
      "During the worst moments of the storm, 40 people were trapped on the pier.",
    ]) expect(ownVoiceKind(t)).toBe("assertion");
  });
  it("reads the writer's verdict on how bad or striking something is as opinion, and a description as assertion", () => {
    for (const t of [
      "It is a damning figure for a hospital that was promised a new wing.",
      "For a firm that promised to reinvent banking, it is a bruising comedown.",
      "The dead fish on the beaches are an embarrassing picture.",
      "The vote caps a bruising year for the council.",
      "It is, frankly, the kind of storm the town was warned about.",
    ]) expect(ownVoiceKind(t)).toBe("opinion");
    for (const t of [
      "The audit's findings make grim reading for the board.",
      "That account is hard to square with the filings.",
      "It was, by any measure, a shambles.",
      "The affair lays bare how easily the figures were dressed up.",
      "For a company that spent a year boasting about its culture, the cuts will sting.",
    ]) expect(ownVoiceKind(t)).toBe("opinion");
    for (const t of [
      "The hospital was a troubled place for patients in 2019.",
      "The fund lost a quarter of its value in a year.",
      "He spoke frankly about the loss.",
      "It is hard to say when the bridge will open.",
      "For a family of four that earns $50,000, the tax rises by $300.",
    ]) expect(ownVoiceKind(t)).toBe("assertion");
  });

  it("reads a claim called groundless, a deal that is no admission, conduct said to be lawful and a client who never did it as denials", () => {
    expect(
      kindsOf(
        "Chief executive Ann Holt said the claim was “entirely without foundation”. The company says the deal is not an admission of wrongdoing. " +
          "“We have always operated within the law,” the bank said. Her lawyer said her client never allowed his opinions to influence his work. " +
          "The minister said the plan was not an admission that the scheme failed. The bank said it had always operated branches in the north.",
      ),
    ).toEqual(["denial", "denial", "denial", "denial", "statement", "statement"]);
  });

  it("reads blame said to lie with someone, and a misdeed charged past “either”, as blame", () => {
    const r = analyzeBody("‘The blame for this lies squarely with Westminster,’ Pennock said. Holt said the blame lies with me. Amsel said Mr. Kell either misled Congress or never read the memos.");
    expect(r.claims.map((c) => [c.kind, c.blamed.map((b) => b.text)])).toEqual([
      ["blame", ["Westminster"]],
      ["statement", []],
      ["blame", ["Mr. Kell"]],
    ]);
  });

  it("reads a culprit, a scapegoat and public money treated as one's own purse as blame, with whom it blames", () => {
    const r = analyzeBody(
      "Growers say a hot summer is the main culprit. “The real culprit is the Treasury,” Holt said. Police said they were still looking for the culprit. " +
        "Mayor Ann Reyes said the weather was not the culprit. Kerr argued that Lamb had been “made a scapegoat” for the failings of a board that met twice a year. " +
        "Ann Voss said Lamb had “treated the club's bank account as his own wallet”. “They treated me like their own son,” Lamb said.",
    );
    expect(r.claims.map((c) => [c.kind, c.blamed.map((b) => b.text)])).toEqual([
      ["blame", ["hot summer"]],
      ["blame", ["Treasury"]],
      ["statement", []],
      ["statement", []],
      ["blame", ["board"]],
      ["blame", ["Lamb"]],
      ["statement", []],
    ]);
  });

  it("reads no part played, “no such” thing, “have never” done, a report called untrue and words “taken out of context” as denials", () => {
    expect(
      kindsOf(
        "Feldt said the foundation had played no role in the design of the research. The coach said injuries had played no small part in the defeat. " +
          "The LPCA said the report was “inaccurate and misleading”. “No such proposal was ever presented,” spokesman Brent Ocasio said. " +
          "“I have never taken one cent from anybody,” Halmi said. “I have never been so proud,” Ann Voss said. " +
          "Zuidwind said the email had been “taken out of context”. Kerr said the photo was taken in context of the flood.",
      ),
    ).toEqual(["denial", "statement", "denial", "denial", "denial", "statement", "denial", "statement"]);
    // Something said, named before its speaker in a relative clause, dismissed or called untrue (not called a good read).
    expect(kindsOf("It ran on Monday, a claim the White House dismissed as “fake news.” It cited a report the Housing Department called “false and malicious.” He cited a report the mayor called “a great read.”").slice(1)).toEqual([
      "denial", "denial", "statement",
    ]);
  });

  it("carries a denial on only to the speaker's next words that say no", () => {
    expect(kindsOf("Kerr said the claims were false. “Not once,” she said. Lamb said the report was untrue. “He got a fire sale,” Lamb said.")).toEqual(["denial", "denial", "denial", "statement"]);
  });

  it("reads what a document or record holds, credited “according to” it, as a finding, and a news outlet's as a report", () => {
    expect(
      kindsOf(
        "The vote was close. Rotich lost by 1,214 votes, according to the official tally. About 70 percent of services will be cancelled, according to the company's own contingency plan. " +
          "The council never took up the idea, according to minutes of its meetings. Unemployment stood at 3.9 percent, according to state figures. " +
          "The mayor resigned, according to a report in the Harbor Times. The mayor resigned, according to reports.",
      ).slice(1),
    ).toEqual(["finding", "finding", "finding", "finding", "report", "report"]);
    // ("the official" alone is someone; "the official tally" is a record.)
    expect(kindsOf("Prices rose. Prices rose, according to the official.").at(-1)).toBe("statement");
  });

  it("reads the writer's set phrases of comment as opinion, and the same words used plainly as fact", () => {
    const opinions = [
      "For commuters who have sat through three strikes, the arguments will be cold comfort.",
      "The quarter was an uncomfortable reminder of how quickly biology can turn.",
      "The shortfall was entirely predictable.",
      "But the dams-only story is too simple.",
      "It is a fair point, if an uncomfortable one.",
      "That argument would be easier to take seriously if Landry hadn't voted for the cut.",
      "Brightwell is learning that the hard way.",
      "Our take: coordination cases are hard to prove.",
      "Special measures are, in truth, a verdict on a decade, and families deserve to hear who was watching.",
      "It is a familiar script in by-elections: a narrow margin and a losing side that cries foul.",
      "Democrats were quick to seize on it.",
    ];
    for (const t of opinions) expect(ownVoiceKind(t), t).toBe("opinion");
    for (const t of ["He took the hard way down the mountain.", "The plan was easy to use, the council said.", "The reminder letters went out on Monday.", "Fewer patients were treated in May."]) {
      expect(ownVoiceKind(t), t).toBe("assertion");
    }
  });

  it("keeps to what the second review of session 32 found: plain uses of the phrases of comment, and allegations, are no opinion or finding", () => {
    for (const t of [
      "The levee didn't hold back the river.",
      "Children were pointing fingers at the rising water.",
      "The mill sits on shaky ground above a disused mine.",
      "It was a small consolation prize.",
      "Tide times are predictable years in advance.",
      "The cockpit recording was understandable.",
      "It was one of the most powerful quakes ever recorded.",
      "Few came, and fewer still stayed for the vote.",
      "The password was too simple.",
      "The turbine would be more efficient if it were taller.",
      "The striker wasted no time, scoring after 40 seconds.",
    ]) {
      expect(ownVoiceKind(t), t).toBe("assertion");
    }
    for (const t of ["In truth, the plan was never funded.", "Let's call this what it is: a tax.", "Republicans, meanwhile, were pointing fingers."]) expect(ownVoiceKind(t), t).toBe("opinion");
    expect(kindsOf("The block was sold. The tenants were evicted, according to the lawsuit. She was at home, according to a statement from her office.").slice(1)).not.toContain("finding");
  });

  it("keeps to what the review of session 32 found: no blame or denial in these", () => {
    const said = [
      "“Whether the old wiring was the culprit is something the inspectors will decide,” said fire chief Anna Berg.",
      "“If the heater was the culprit, we will know within a week,” said fire chief Anna Berg.",
      "Union leader Pat Moran warned against scapegoating migrants for the housing shortage.",
      "“Nobody should be made a scapegoat,” said union leader Pat Moran.",
      "Investigators said the weather had played no role in the crash.",
      "“Luck has no part in this,” said captain Sara Lund.",
      "“I have never lost hope,” said captain Sara Lund.",
      "“No such storm has been recorded since 1911,” said forecaster Ian Pike.",
      "Ann Voss said the tenant had treated the shop as his own property.",
      "Ann Voss said the plan was presented out of context at the meeting.",
    ];
    for (const body of said) expect(kindsOf(`The season ended. ${body}`).at(-1), body).toBe("statement");
    // Something said, called or dismissed as anything but untrue, is no denial.
    expect(kindsOf("It ran on Monday, a recovery the minister called “a false dawn.” It cited a plan the council dismissed as “a good start.”").slice(1)).not.toContain("denial");
  });

  it("keeps charges and duties apart from denials and blame (review of session 31)", () => {
    expect(
      kindsOf(
        "Investigators said the expense claims were fabricated. Critics said the deal, which the company insists is not an admission of wrongdoing, lets it off lightly. " +
          "Responsibility for the service rests with local authorities under the 2010 act, the minister said. It was wrong to suggest that responsibility for this rests with the nurses, Holt said. " +
          "Blame for the delays lies with the council, Reyes said. The blame lies with nobody, Kerr said.",
      ),
    ).toEqual(["statement", "statement", "statement", "statement", "blame", "statement"]);
  });

  it("tells opinion from assertion in the outlet's own voice", () => {
    expect(ownVoiceKind("The plan is sure to raise eyebrows.")).toBe("opinion");
    expect(ownVoiceKind("Still, the council is correct that costs rose.")).toBe("opinion");
    // The writer's own doubt or belief.
    expect(ownVoiceKind("I suspect most of the council has never set foot in it.")).toBe("opinion");
    expect(ownVoiceKind("But they are also, I think, beside the point.")).toBe("opinion");
    expect(ownVoiceKind("I would like to believe her.")).toBe("opinion");
    expect(ownVoiceKind("He is wrong on both counts.")).toBe("opinion");
    expect(ownVoiceKind("Those numbers may well be accurate.")).toBe("opinion");
    expect(ownVoiceKind("The council met on Monday.")).toBe("assertion");
  });
  it("takes the writer's speculation and reading of events for opinion, not a possibility someone reports", () => {
    for (const opinion of [
      "The endorsement could prove helpful to the mayor.",
      "The harbor vote will probably be the council's most important this year.",
      "The feud mirrors a broader split among Greens on the harbor.",
      "The prospects for the plan are murky, a testimony to the union's power.",
      "Hale has dropped out, but don't expect him to fade quietly.",
      "Reading the charter aloud sounded like a simple exercise.",
      "While the report does soften some of the theories that have arisen, it could also embolden critics.",
      "The mayor's visit is likely to be as tense as the last one.",
      "She seemed determined to be less passive than the last moderator.",
      "The fee will likely be tested in court as soon as Friday.",
      "It appears the port authority uses some kind of private contractor.",
      "If Holt entered the race and won, she would be the junior member of the board.",
      "No vote is set, but if it did come up before the budget, it would put Holt in a tough spot.",
      "If the fee was too steep last spring, why did the board keep it?",
    ]) expect(ownVoiceKind(opinion), opinion).toBe("opinion");
    for (const assertion of [
      "Estimates of how many workers could be affected run from 500 to 1,600.",
      "The judge paused so that he could be given a glass of water.",
      "Critics have argued the plan could cost $3 million.",
      "The new tower, perhaps 15 stories tall, would stand on the pier.",
      "The council may be required to hold a second vote.",
      "Estimates of how many workers, at most, could be affected run from 500 to 1,600.",
      "The board said that if the fee passed, it would cut ferry service.",
      "If convicted, Holt would have been the first mayor removed from office.",
      "And they are worried about parking fees?",
    ]) expect(ownVoiceKind(assertion), assertion).toBe("assertion");
  });
  it("reads a charge that someone broke or is breaking a law as blame, not a record broken (held-out set 10)", () => {
    expect(kindsOf("The Justice Department said New Bristol had violated a federal law. The department says the city is breaking federal law. Holt said the team is breaking new ground. Holt said the storm was breaking records.")).toEqual([
      "blame",
      "blame",
      "statement",
      "statement",
    ]);
  });
  it("reads what one person the article does not name concludes as a statement, and a poll's as a finding", () => {
    // A judge or an auditor the article does not name still finds.
    expect(kindsOf("A federal judge found that the company had not broken any laws. An independent auditor found that the city overpaid.")).toEqual(["finding", "finding"]);
    expect(kindsOf("Then an unseen announcer concludes: “Ann Holt failed us.” A young man concluded that the fee was too high. A new poll concluded that the fee was unpopular.")).toEqual([
      "statement",
      "statement",
      "finding",
    ]);
  });
  it("reads a participle of saying after a main clause that charges someone as blame (“criticized the mayor, saying …”)", () => {
    const r = analyzeBody(
      "Ann Holt criticized the mayor, saying the plan was unfair. Ann Holt took Tom Reyes to task for the plan, saying it was unfair. " +
        "Ann Holt lashed out at the council, arguing the fee was illegal. Ann Holt slammed the board's plan, saying it would raise fees. " +
        "Ann Holt decried the exercise altogether, saying it was a waste. Ann Holt praised the mayor, saying the plan was fair. " +
        "Ann Holt met the mayor, saying the plan was fair. Tom Reyes, who criticized the mayor last year, said the plan was fair.",
    );
    // Not a verb doing other work, a door slammed, oneself, nor a charge the subject has moved past.
    expect(
      kindsOf(
        "Ann Holt tweaked the parking rules, saying the change would help. Ann Holt knocked on doors in the district, saying she wanted to listen. " +
          "Ann Holt slammed the door on a tax increase, saying families pay enough. Ann Holt mocked herself at the dinner, saying she was too old. " +
          "Ann Holt criticized the mayor last year but has since endorsed her plan, saying it will create jobs.",
      ),
    ).toEqual(["statement", "statement", "statement", "statement", "statement"]);
    expect(r.claims.map((c) => [c.kind, c.blamed.map((b) => b.text)])).toEqual([
      ["blame", ["mayor"]],
      ["blame", ["Tom Reyes"]],
      ["blame", ["council"]],
      ["blame", ["board"]],
      ["blame", []],
      ["statement", []],
      ["statement", []],
      ["statement", []],
    ]);
  });
  it("keeps a judge's or inspector's role for a finding made under their surname alone", () => {
    expect(
      kindsOf("Inspector General Tom Reyes released his review on Monday. Reyes concluded the program did not break any law. Mayor Tom Lin was accused of fraud. Lin concluded that the charges were without merit."),
    ).toEqual(["assertion", "finding", "assertion", "denial"]);
  });
  it("reads charging, decrying and calling someone's answer evasive as blame, and calling the other side's evidence unreliable as denial", () => {
    expect(kindsOf("Ann Holt charged that the mayor lied.")).toEqual(["blame"]);
    expect(kindsOf("Ann Holt decried the mayor's decision.")).toEqual(["blame"]);
    expect(kindsOf("Rep. Ann Holt later called her answer evasive.")).toEqual(["blame"]);
    // Whose answer may be named by a possessive ("the council's", "Tom Reyes's"), and the committee is someone too.
    expect(kindsOf("Ann Holt called the council's answer evasive. Ann Holt called Tom Reyes’s plan reckless and dangerous. Ann Holt called the committee reckless.")).toEqual(["blame", "blame", "blame"]);
    expect(kindsOf("Ann Holt called the mayor's office yesterday.")).toEqual(["assertion"]);
    // A judgement in quotation marks: any word of fault in it, or "over the line"; someone's words judged untrue fault them.
    expect(
      kindsOf('Tom Reyes called Ann Holt “unhinged.” Tom Reyes called her plan "well over the line." Tom Reyes called the mayor’s decision “a huge mistake.” Tom Reyes called Ann Holt\'s comments "inaccurate."'),
    ).toEqual(["blame", "blame", "blame", "blame"]);
    expect(kindsOf('Tom Reyes called the pier "a watershed moment." The Harbor Board called the report "a distortion."')).toEqual(["statement", "denial"]);
    // Not praise holding a word for a problem, a name, a denial of fault, nor a thing that is no one's.
    expect(
      kindsOf(
        'Tom Reyes called Ann Holt “a tireless fighter against poverty and crime.” Tom Reyes called Ann Holt “no threat to anyone.” ' +
          "Tom Reyes called his new book “Broken Promises.” Tom Reyes called the storm’s damage “devastating.” Tom Reyes called the storm’s damage extreme.",
      ),
    ).toEqual(["statement", "statement", "statement", "statement", "statement"]);
    expect(kindsOf("Ann Holt called the plan effective. Ann Holt called the storm dangerous.")).toEqual(["statement", "statement"]);
    expect(kindsOf("The Harbor Board calls that evidence unrepresentative and unreliable.")).toEqual(["denial"]);
    expect(kindsOf("Ann Holt said any suggestion that the fee is a tax is off base. Tom Reyes said the claims were inaccurate.")).toEqual(["denial", "denial"]);
    // A reproach frames the speaker's next words, also a quotation standing as the next paragraph (but only that one).
    expect(kindsOf("Rep. Ann Holt called his answer evasive.\n\n“You cannot mislead the council,” she said.\n\n“The pier opens Monday,” she said.")).toEqual([
      "blame",
      "blame",
      "statement",
    ]);
  });
  it("reads “that was never the case”, “did not come to my attention” and calls to resign as denial and blame, and a body's review as its finding", () => {
    expect(analyzeBody("Ann Holt said that was never the case.").claims[0]).toMatchObject({ kind: "denial", content: "that was never the case." });
    expect(kindsOf("Ann Holt said the warnings did not come to her attention.")).toEqual(["denial"]);
    expect(kindsOf("Ann Holt called for Tom Reyes's resignation. Ann Holt urged the mayor to step down. Ann Holt urged the mayor to reopen the pier.")).toEqual([
      "blame",
      "blame",
      "statement",
    ]);
    expect(kindsOf("The Harbor Board issued a report Tuesday claiming the pier was safe.")).toEqual(["finding"]);
    // Urging someone to apologise, also named after lower-case words, charges them too (but not to apologise to no one).
    const apology = analyzeBody("Republican senators urged party Chairman Tom Reyes to publicly apologize for his remarks. Ann Holt urged voters to apologize to nobody.");
    expect(apology.claims.map((c) => [c.kind, c.blamed.map((b) => b.text)])).toEqual([
      ["blame", ["Chairman Tom Reyes"]],
      ["statement", []],
    ]);
  });
  it("gives a blame or a denial's kind to the speaker's quotation right after it when it says no or finds fault, and to nothing else", () => {
    expect(kindsOf("Ann Holt blamed the mayor for the delays. “He has wasted two years,” she said. “The pier opens in May,” she said.")).toEqual(["blame", "blame", "statement"]);
    expect(kindsOf("Ann Holt blamed the mayor for the delays. She said the pier would reopen in May.")).toEqual(["blame", "statement"]);
    expect(kindsOf("Ann Holt denied taking the money. “I never took a cent,” she said.")).toEqual(["denial", "denial"]);
    expect(kindsOf("Coach Ann Holt blamed the weather for the delay. “We expect to play on Saturday,” she said.")).toEqual(["blame", "statement"]);
    // Also to a quotation opening the next paragraph, but not to the one after it nor to a quotation told indirectly.
    expect(kindsOf("Ann Holt blamed the mayor for the delays.\n\n“He has wasted two years,” she said.\n\n“He is wrong,” she said.")).toEqual(["blame", "blame", "statement"]);
    expect(kindsOf("Ann Holt blamed the mayor for the delays.\n\nShe said he was not ready.")).toEqual(["blame", "statement"]);
    // A quotation that names its own culprits keeps them.
    const own = analyzeBody("Ann Holt blamed the mayor for the delays. “The pier did not fail; it fell to a campaign by Harbor Pilots and the Dock Union,” she said.");
    expect(own.claims.map((c) => [c.kind, c.blamed.map((b) => b.text)])).toEqual([
      ["blame", ["mayor"]],
      ["blame", ["Harbor Pilots", "Dock Union"]],
    ]);
    // Not words about the speaker alone.
    expect(kindsOf("Ann Holt blamed the mayor for the delays. “I’m not ashamed to admit I’m a sailor,” she said.")).toEqual(["blame", "statement"]);
  });
  it("reads someone charged with doing harm (“is damaging”, “raided”, “X's war on”) as blame of them, not a storm's damage", () => {
    const r = analyzeBody("“Mayor Tom Reyes is actually damaging the harbor,” Ann Holt said.");
    expect(r.claims[0]).toMatchObject({ kind: "blame", blamed: [{ text: "Mayor Tom Reyes" }] });
    expect(kindsOf("Ann Holt said they raided the pension fund. “I will end Reyes's war on fishermen,” she said.")).toEqual(["blame", "blame"]);
    expect(kindsOf("Ann Holt said the storm damaged the pier. Ann Holt said Reyes cut taxes.")).toEqual(["statement", "statement"]);
    // Not the passive, not what a speaker owns up to, not a storm, not a war on a scourge.
    expect(kindsOf("Police said Tom Reyes was hurt in the crash. Ann Holt said she was misled by her staff.")).toEqual(["statement", "statement"]);
    expect(kindsOf("Police said Tom Reyes hurt his knee.")).toEqual(["statement"]);
    expect(kindsOf("Mayor Ann Holt admitted she lied to the board. She said Hurricane Sandy had destroyed the pier.")).toEqual(["statement", "statement"]);
    expect(kindsOf("Ann Holt said Nixon's war on drugs began in 1971.")).toEqual(["statement"]);
    // A quoted "war on", one waged ("is waging a war on"), and one in a title-case headline.
    const blamedIn = (body: string, title?: string) => {
      const c = analyzeBody(body, title).claims.find((x) => x.section === (title ? "title" : "body") && x.kind === "blame");
      return c ? c.blamed.map((b) => b.text) : null;
    };
    expect(blamedIn("Ann Kerr said she can defend faith from Holt's “war on religion.”")).toEqual(["Holt"]);
    expect(blamedIn('Ann Kerr is on the attack, claiming in a new TV ad that Mayor Ben Holt is waging a "War on Religion," and she can defend faith.')).toEqual(["Mayor Ben Holt"]);
    expect(blamedIn("Ann Kerr said Mayor Ben Holt is waging a war on small businesses.")).toEqual(["Mayor Ben Holt"]);
    expect(blamedIn("Mayor Ben Holt spoke on Monday. Ann Kerr answered.", "Kerr TV Ad: I Can Defend Faith from Holt’s “War on Religion")).toEqual(["Holt"]);
    expect(blamedIn("Mayor Ben Holt spoke on Monday. Ann Kerr answered.", "Kerr Says Holt's War on Drugs Is Working")).toBeNull();
    expect(blamedIn("Ann Kerr said Holt is waging a war on terror.")).toBeNull();
  });
  it("reads a question of reproach (“What were the editors thinking?”) as blame, kept though it is short", () => {
    const r = analyzeBody('The council met. "What were the editors thinking?" Ann Kerr wrote. "What was Holt thinking putting this on the cover?" Ann Kerr asked. "What is he thinking about for dinner," Ann Kerr said. "Why now?" Ann Kerr asked.');
    expect(r.claims.slice(1).map((c) => [c.kind, c.blamed.map((b) => b.text)])).toEqual([
      ["blame", ["editors"]],
      ["blame", ["Holt"]],
      ["statement", []],
    ]);
  });
  it("reads a misdeed charged in what is said (lying, covering up, ignoring warnings, failing a duty, for political reasons) as blame", () => {
    const r = analyzeBody(
      "Mayor Ben Holt spoke. Conservative activists said the lawmakers were lying. Ann Kerr argued that the council covered up the audit. " +
        "Republican lawmakers have argued that the mayor's office and the council were attempting to alter the budget figures for political reasons. " +
        "Ann Kerr said they failed to secure the embassy.",
    );
    expect(r.claims.slice(1).map((c) => [c.kind, c.blamed.map((b) => b.text)])).toEqual([
      ["blame", ["lawmakers"]],
      ["blame", ["council"]],
      ["blame", ["mayor's office", "council"]],
      ["blame", ["they"]],
    ]);
    // Not a rest, a game or a rain ignored.
    expect(kindsOf("Ann Kerr said she was lying down when the storm hit. Ann Kerr said the Giants failed to score in the second half. Ann Kerr said the Tigers covered up their weakness well. Ann Kerr said the children ignored the rain.")).toEqual([
      "statement", "statement", "statement", "statement",
    ]);
  });
  it("reads someone charged with misusing something as blamed", () => {
    const r = analyzeBody("Tom Reyes spoke on Monday. Ann Holt said Reyes has misused the harbour fund.");
    expect(r.claims.at(-1)!.blamed.map((b) => b.text)).toEqual(["Reyes"]);
  });
  it("reads targeting someone for a deed, also for not doing something, as blame", () => {
    expect(kindsOf("Ann Holt has repeatedly targeted the mayor for not taking a firm stance. The ads targeted voters in Ohio for weeks.")).toEqual(["blame", "assertion"]);
  });
  it("keeps to what a review of the new rules found: no blame in condemning a killing, removing troops or quitting smoking", () => {
    expect(kindsOf("Ambassador Tom Reyes was killed in the attack. Mayor Ann Holt condemned his killing.")).toEqual(["assertion", "assertion"]);
    expect(kindsOf("Sen. Ann Holt called for the removal of U.S. troops from Afghanistan. Dr. Tom Reyes urged smokers to quit.")).toEqual(["statement", "statement"]);
    const r = analyzeBody("Sen. Ann Holt called for Tom Reyes's resignation. Ann Holt condemned Reyes's comments.");
    expect(r.claims.map((c) => [c.kind, c.blamed.map((b) => b.text)])).toEqual([["blame", ["Tom Reyes"]], ["blame", ["Reyes"]]]);
  });
  it("reads insisting that something is not so as a denial, and insisting alone as a statement", () => {
    expect(kindsOf("Ann Holt insisted it was “not a secret program.” Tom Reyes maintained that the fee wasn’t a tax.")).toEqual(["denial", "denial"]);
    expect(kindsOf("Ann Holt insisted the pier was safe.")).toEqual(["statement"]);
  });
  it("reads an outlet's forecast as what it reports and an institution's as its finding; a person's or a party's as a statement", () => {
    expect(attributedKind("statement", "outlet", "a Democratic pick-up of between five and 12 seats.", "projected")).toBe("report");
    expect(attributedKind("statement", "institution", "that the fee will raise $2 million.", "estimates")).toBe("finding");
    expect(attributedKind("statement", "organization", "that this will save $35 million.", "estimated")).toBe("statement");
    expect(attributedKind("statement", "person", "a loss of five million dollars.", "projected")).toBe("statement");
    // Not an outlet on itself, an institution's prediction, nor a forecast with no quantity (a review's counter-examples).
    expect(attributedKind("statement", "outlet", "its digital revenue would rise 10 percent next year.", "projected")).toBe("statement");
    expect(attributedKind("statement", "institution", "that Mayor Ann Holt would resign within a month.", "predicted")).toBe("statement");
    expect(attributedKind("statement", "institution", "strength in the region.", "projected")).toBe("statement");
  });
  it("reads a rating given by a body (“rated the ad as false”) as its finding, and a person's as a statement", () => {
    expect(kindsOf('The Harbor Watch rated the mayor\'s ad as "false," noting that the fee had not risen.')).toEqual(["finding"]);
    expect(kindsOf("Ann Holt rated the plan as weak. The movie was rated as the best of the year.")).toEqual(["statement", "assertion"]);
  });
  it("reads a grade in quotation marks, or a fact-checker's “false”, as a rating without “as”", () => {
    expect(kindsOf('The Harbor Watch rated the mayor\'s central claim "Mostly False" on Friday.')).toEqual(["finding"]);
    expect(kindsOf("Mayor Ann Holt repeated a claim the Harbor Watch also rated false last year.")).toEqual(["finding"]);
    expect(kindsOf('The movie is rated "R" for violence. Guests rated the hotel highly.')).toEqual(["assertion", "assertion"]);
    expect(kindsOf("The Dayton Bar Association rated Judge Ann Holt “Well Qualified,” its highest grade, on Monday.")).toEqual(["finding"]);
  });
  it("reads no grade in a title, a word of a compound or a choice (review of session 50)", () => {
    expect(kindsOf("Critics at the Dayton Courier rated the new film “Harbor Lights” among the year's best.")).toEqual(["assertion"]);
    expect(kindsOf("Fans rated the band's new single “Paper Moon” five stars.")).toEqual(["assertion"]);
    expect(kindsOf("Listeners rated the network's true-crime podcasts the most popular of the year.")).toEqual(["assertion"]);
    expect(kindsOf("Officials rated the statements true or false based on the records.")).toEqual(["assertion"]);
  });
  it("gives a denial's kind to what the speaker says is so “instead”", () => {
    expect(kindsOf("Ann Holt denied that the program mined data. Instead, she said it was a system to “facilitate” searches.")).toEqual(["denial", "denial"]);
    expect(kindsOf("Ann Holt blamed the mayor for the delay. Instead, she said the council should vote.")).toEqual(["blame", "statement"]);
  });
  it("reads what an outlet says or notes as what it reports, and what it does as a company as its statement", () => {
    expect(kindsOf("The Springfield Herald broke the story. The Herald said the mayor had resigned.")).toEqual(["assertion", "report"]);
    expect(attributedKind("statement", "outlet", "the photo was fair", "defended")).toBe("statement");
  });
  it("keeps to what a second review found: insisting on resolve, an outlet on itself, blame after “Instead,”", () => {
    expect(kindsOf("Ann Holt insisted it was not too late to reach a deal. Ann Holt insisted the plan would help families who are not covered.")).toEqual(["statement", "statement"]);
    expect(kindsOf("The Springfield Herald broke the story. The Herald said it stood by its reporting.")).toEqual(["assertion", "statement"]);
    expect(kindsOf("Sen. Ann Holt denied that she had lied. Instead, she said Democrats should be blamed for the delay.")).toEqual(["denial", "statement"]);
  });
  it("reads a claim as blame when the same speaker's later verb in it charges someone, and names whose conduct is faulted", () => {
    const r = analyzeBody(
      "Mayor Ann Holt urged the members to pass the budget, mocking them for their “endless delays.” " +
        "Lena Voss does criticize what she calls the “radical” nature of the Harbor League that Tom Reyes leads. Tom Reyes urged the members to pass the budget.",
    );
    expect(r.claims.map((c) => c.kind)).toEqual(["blame", "blame", "statement"]);
    expect(r.claims[1]!.blamed.map((b) => b.text)).toEqual(["Harbor League"]);
  });
  it("reads a negation of what a charge just named charges as denial, but not a charge's own speaker going on, nor a shared name", () => {
    expect(
      kindsOf("The Harbor League has been beset with allegations of racism since a rally in May. League leaders say there is no racism within the group."),
    ).toEqual(["assertion", "denial"]);
    expect(kindsOf("Mayor Ann Holt was accused of spending campaign funds on a boat. She said she had never spent campaign funds on herself.")).toEqual(["assertion", "denial"]);
    // Holt makes the charge herself; and a negation about something else, though it names the same city.
    expect(kindsOf("Ann Holt accused the council of wasting money. She said the council has not spent money wisely.")).toEqual(["blame", "statement"]);
    expect(kindsOf("The Elton council faced allegations of waste in Elton. Ann Holt said Elton would not build a stadium.")).toEqual(["assertion", "statement"]);
    // Nor someone who is not among those charged, clearing them.
    expect(kindsOf("The port board faced allegations of waste in May. Auditor Ben Ray said there was no waste in its budget.")).toEqual(["assertion", "statement"]);
  });
  it("reads someone's words or deeds judged at fault, also untrue, as blame of their owner", () => {
    const r = analyzeBody(
      "Ben Ray told the Herald that Ann Holt’s comments are “utterly irresponsible.” Tom Reyes said Holt's remarks were “wildly inaccurate.” Max Ode said Holt's plan is popular.",
    );
    expect(r.claims.map((c) => c.kind)).toEqual(["blame", "blame", "statement"]);
    expect(r.claims[0]!.blamed.map((b) => b.text)).toEqual(["Ann Holt"]);
    // Not what became of someone's deeds (a review's counter-examples).
    expect(kindsOf("Ben Ray said Tom Reyes's proposals were defeated. Max Ode said Tom Reyes's proposals were dead. Lena Voss said Tom Reyes's leadership was missed.")).toEqual([
      "statement",
      "statement",
      "statement",
    ]);
    // Also a strongly negative word, and deeds in the plural; not a word only a little negative, nor an injury.
    expect(
      kindsOf("Ben Ray said the Harbor Board's personnel decisions were “disastrous.” Tom Reyes said Holt's plan is dangerous. Max Ode said Holt's plan was difficult. Lena Voss said Holt's injuries were severe."),
    ).toEqual(["blame", "blame", "statement", "statement"]);
  });
  it("reads casting someone, or what they did, as something at fault (“described … as”, “dismissed … as”) as blame of them (invented)", () => {
    const r = analyzeBody(
      "Council chairman Tom Reyes spoke on Monday. Critics have described the chairman as gaffe-prone and said he has not raised enough money. " +
        "Ann Lee described the new Kline ad as “dishonest and hypocritical.” Ben Ray dismissed Holt's politics as being based in “some phony theology.” " +
        "Max Ode portrayed the council's plan as reckless.",
    );
    expect(r.claims.slice(1).map((c) => [c.kind, c.blamed.map((b) => b.text)])).toEqual([
      ["blame", ["chairman"]],
      ["blame", ["Kline"]],
      ["blame", ["Holt"]],
      ["blame", ["council"]],
    ]);
    expect(r.entities.find((e) => e.key === r.claims[1]!.blamed[0]!.entityKey)?.name).toBe("Tom Reyes");
    // Not a thing, the speaker, a friend, nor a report called false (a denial).
    expect(
      kindsOf("Ann Lee described the storm as dangerous. Ann Lee described herself as a fighter. Ann Lee described Tom Reyes as a friend. Ann Lee dismissed the report as false."),
    ).toEqual(["statement", "statement", "statement", "denial"]);
    // Not a state someone is in, nor what they suffer, nor a fault denied (a review's counter-examples); a deed may be
    // cast as something bad ("a disaster"), a person only as something at fault.
    const context = "Senator Ann Holt and Governor Tom Reyes met on Monday. ";
    const cast = (sentence: string) => analyzeBody(context + sentence).claims.at(-1)!;
    for (const sentence of [
      "Hospital officials described her condition as grave.",
      "Doctors described Holt's injuries as severe.",
      "Senator Ann Holt described the governor as heartbroken.",
      "Senator Ann Holt described Reyes as worried about the deficit.",
      "Senator Ann Holt described the governor as a victim of unfair attacks.",
      "Senator Ann Holt portrayed Reyes as a target of a dishonest smear.",
      "Senator Ann Holt described Reyes as anything but corrupt.",
      "Senator Ann Holt described the Reyes ads as a response to dishonest attacks.",
    ]) {
      expect(cast(sentence).kind, sentence).toBe("statement");
    }
    expect(cast("Holt described the governor's budget as a disaster for working families.").kind).toBe("blame");
    // The critics of someone are who is faulted, not that someone.
    expect(cast("Holt dismissed the governor's critics as dishonest.").blamed.map((b) => b.text)).toEqual(["governor's critics"]);
  });
  it("reads a bare criticism of someone as blame, which frames only the speaker's quotation that finds fault (invented)", () => {
    // (A decision criticized with no maker named is still her criticism, since 1.12.397: "blasted the move on Twitter.")
    expect(kindsOf("Ann Holt criticized Tom Reyes. Ann Holt sharply criticized the council. Ann Holt criticized the decision. Ann Holt slammed the door.")).toEqual([
      "blame",
      "blame",
      "blame",
      "assertion",
    ]);
    // Not a storm or a game (a review's counter-examples).
    expect(kindsOf("Hurricane Ida slammed New Orleans. The Patriots blasted the New York Jets.")).toEqual(["assertion", "assertion"]);
    expect(analyzeBody("Tom Reyes criticized the council. “They are wrong,” Reyes said.").claims.map((c) => c.kind)).toEqual(["blame", "blame"]);
    expect(analyzeBody("Senator Ann Holt criticized Tom Reyes. She said she would run for governor next year.").claims.map((c) => c.kind)).toEqual(["blame", "statement"]);
  });
  it("reads saying one is certain one did not do something as a denial", () => {
    expect(kindsOf("Tom Reyes said Wednesday he's certain he did not send the photo. Ann Holt said Sunday she wasn't questioning whether the vote was fair. Max Ode said he is sure he did not see the memo.")).toEqual([
      "denial",
      "denial",
      "statement",
    ]);
    // Not someone else's act, an outcome, nor questioning in its literal sense (a review's counter-examples).
    expect(kindsOf("Senator Ann Holt said she is sure he never read the bill. Coach Tom Reyes said he is confident they haven't peaked yet. Detective Max Ode said he was not questioning the suspect when the suspect collapsed.")).toEqual([
      "statement",
      "statement",
      "statement",
    ]);
  });
  it("reads a fault found with someone (“Our problem with Tom Reyes is …”) as blame of them, not one found with a plan (invented)", () => {
    const r = analyzeBody(
      "“Our problem with Representative Tom Reyes is that he claims the budget is balanced,” said Ann Holt. “The trouble with the council is that it never listens,” Holt said. " +
        "“My only issue with the plan is the cost,” Holt said. “We have no problem with Tom Reyes,” Holt said.",
    );
    expect(r.claims.map((c) => [c.kind, c.blamed.map((b) => b.text)])).toEqual([
      ["blame", ["Representative Tom Reyes"]],
      ["blame", ["council"]],
      ["statement", []],
      ["statement", []],
    ]);
    // Not a matter settled, nor a diagnosis (a review's counter-examples).
    expect(kindsOf("“The issue with Tom Reyes was resolved on Monday,” said Ann Holt. “The problem with Tom Reyes's visa was resolved on Monday,” Holt said. “The trouble with him was a rare infection,” said Dr. Max Ode.")).toEqual([
      "statement",
      "statement",
      "statement",
    ]);
  });
  it("reads defending something as a stance, a denial only when it denies a wrong, and taking words back with a negation as denial (session 44)", () => {
    expect(
      kindsOf(
        "Mayor Ann Holt forcefully defended the pier contract, saying the council was fully briefed. Tom Reyes defended the budget as fair. " +
          "Lena Voss tried to clarify her comment, saying she was not talking about the mayor. Ben Ray tried to clarify the plan, saying it starts in May. " +
          "Coach Graeme Vandort defended his bowler. Ann Holt defended the contract, saying she had done nothing wrong.",
      ),
    ).toEqual(["statement", "statement", "denial", "statement", "statement", "denial"]);
  });
  it("reads decrying someone's decision to do something as blame, and the speaker's quotation after it", () => {
    const r = analyzeBody("In a statement on Tuesday, Ann Holt decried the Elton council’s decision to cut the school budget. “This is a council at war with families,” she said.");
    expect(r.claims.map((c) => c.kind)).toEqual(["blame", "blame"]);
    expect(r.claims[0]!.blamed.map((b) => b.text)).toEqual(["Elton council"]);
  });
  it("keeps to what a review of the new kind rules found (invented counter-examples)", () => {
    const kindOf = (body: string) => analyzeBody(body).claims.at(-1)!.kind;
    expect(kindOf("Mayor Tom Reyes said Kline’s claims are false and that he never took a bribe.")).toBe("denial");
    expect(kindOf("Governor Paul Brenn said Senator Ada Kline’s plan was hardly radical.")).toBe("statement");
    expect(kindOf("Mayor Tom Reyes said his comments were wrong and apologized to the council.")).toBe("statement");
    expect(kindOf("Mayor Tom Reyes said it would be wrong to criticize the council for the delays.")).toBe("statement");
    expect(kindOf("Governor Paul Brenn vowed to defend the state’s farmers from the drought.")).toBe("statement");
    expect(kindOf("Ada Kline, who defended Tom Reyes in a 2015 fraud case, said the port would close.")).toBe("statement");
    expect(kindOf("Mayor Tom Reyes, clarifying the schedule on Monday, said the bridge would not open until May.")).toBe("statement");
    expect(kindOf("The Harwick Group was accused by Mayor Tom Reyes of overbilling the city. Reyes said the city has never recovered the money lost to overbilling.")).toBe("statement");
    expect(kindOf("Mayor Tom Reyes was accused of cutting school funding. Reyes said the state would not restore school funding this year.")).toBe("statement");
    expect(kindOf("Mayor Tom Reyes blamed the Harwick Group for the delays.\n\n“I don't know when the bridge will open,” he said.")).toBe("statement");
    expect(kindOf("Councilwoman Ada Kline denied taking money from the Harwick Group.\n\n“It is not easy to run a city this size,” she said.")).toBe("statement");
    expect(kindOf("Ann Holt denied taking the money.\n\n“I never took a cent,” she said.")).toBe("denial");
  });
  it("names who is blamed, not when, where, a victim or a warning's author (invented counter-examples)", () => {
    const blamed = (body: string) => analyzeBody(body).claims[0]!.blamed.map((b) => b.text);
    expect(blamed("Mayor Tom Reyes blamed the Harwick Group for the chemical spill on Tuesday.")).toEqual(["Harwick Group"]);
    expect(blamed("Mayor Tom Reyes blamed Councilwoman Ada Kline for failing to pass the budget by March.")).toEqual(["Councilwoman Ada Kline"]);
    expect(blamed("Mayor Tom Reyes accused Councilwoman Ada Kline of ignoring a warning by the State Auditor.")).toEqual(["Councilwoman Ada Kline"]);
    expect(blamed("Governor Paul Brenn blamed the flooding on the city.")).toEqual(["city"]);
    expect(blamed("Senator Ada Kline criticized the police department for its slow response to the riot.")).toEqual(["police department"]);
    expect(blamed("Senator Ada Kline criticized the treatment of migrants in the camps as “inhumane.”")).toEqual([]);
    expect(blamed("Senator Ada Kline condemned the shooting in Harwick Park as “a senseless act of hate.”")).toEqual([]);
    const carried = analyzeBody("Mayor Tom Reyes blamed Councilwoman Ada Kline for the delays. “She was warned by Harwick engineers in May and did nothing,” he said.");
    expect(carried.claims[1]!.blamed.map((b) => b.text)).toEqual(["Councilwoman Ada Kline"]);
  });

  it("reads a claim called false and a body saying it did no wrong as denials (126 probes, /work/s24/gap/gap4.cjs)", () => {
    const lead = "Harlow Bank cut 300 jobs. Union leader Ann Reid said the bank had lied to staff. ";
    expect(kindsOf(`${lead}The bank called the allegation “nonsense”.`).at(-1)).toBe("denial");
    expect(kindsOf(`${lead}Tom Holt called the claims false.`).at(-1)).toBe("denial");
    expect(kindsOf(`${lead}The bank said it had not misled anyone.`).at(-1)).toBe("denial");
    // (Not what a body did not do that is no wrong, nor a claim praised.)
    expect(kindsOf(`${lead}The bank said it had not hired anyone.`).at(-1)).toBe("statement");
    expect(kindsOf(`${lead}Tom Holt called the report “excellent”.`).at(-1)).not.toBe("denial");
  });

  it("reads more of the writer's idioms of judgement as opinion (an analysis in set 13), and their plain uses as fact", () => {
    const opinions = [
      "The harbour deserves better.",
      "Cost, not safety, is the crux of the problem.",
      "The council found a convenient scapegoat in the contractor.",
      "The statement is not quite an apology.",
      "The record is messier than either camp would care to admit.",
      "The board will need to stop blaming the weather.",
      "The project stalled for want of ambition.",
      "By spring the coalition had run out of ideas, and by summer it ran out of excuses.",
    ];
    for (const t of opinions) expect(ownVoiceKind(t), t).toBe("opinion");
    for (const t of ["The festival ran out of money in July.", "Trains must stop at every station.", "The council did not say what the root of the tree had damaged."]) {
      expect(ownVoiceKind(t), t).toBe("assertion");
    }
  });
});


describe("a writer's verdicts of set 14's partisan page (session 34)", () => {
  it.each(["That is a convenient story.", "It is also, by most independent estimates, nonsense.", "It was a curious accusation from a man whose campaigns were bankrolled by the industry.", "Don't hold your breath."])("reads %s as opinion", (t) => {
    expect(isOpinion(t)).toBe(true);
  });
  it.each(["He was a rich man.", "It was an odd number.", "The story was published on Monday."])("leaves %s alone", (t) => {
    expect(isOpinion(t)).toBe(false);
  });
});

describe("keeps the writer's verdicts of session 34 to their scope (its second review)", () => {
  it.each(["It was a strange story that began in 1998.", "The border is an odd line drawn by colonial officials.", "Edward Lear's best-known work is nonsense verse for children.", "Do not hold your breath while scuba diving."])("leaves %s alone", (t) => {
    expect(isOpinion(t)).toBe(false);
  });
});

describe("how someone looked, and a denial made for someone (session 37)", () => {
  it("reads a witness's “He didn't look like …” as a statement, but her own “I did not …” and a wrong denied for a client as denials", () => {
    expect(kindsOf("A witness was there. “He didn't look like he knew where he was,” she said.")[1]).toBe("statement");
    expect(kindsOf("The family spoke. “He never stopped believing in the music,” the statement said.")[1]).toBe("statement");
    expect(kindsOf("A witness was there. “I did not take the money,” she said.")[1]).toBe("denial");
    expect(kindsOf("Her lawyer wrote to the panel. “She has not committed any crime,” the letter reads.")[1]).toBe("denial");
    expect(kindsOf("Holt spoke to reporters. Holt said he did not take the money.")[1]).toBe("denial");
    // (A denial made for someone else stays one: a solicitor's, a club's.)
    expect(kindsOf("Tom Reid was in court. “He did not steal anything from that shop,” his solicitor, Mark Doyle, told the court.")[1]).toBe("denial");
    expect(kindsOf("The club was fined. “They did not break any rules,” a club spokesman said.")[1]).toBe("denial");
  });
});

describe("a failure laid at someone's door (session 37)", () => {
  it("reads “That failure lies with Corvane” and a failure caused by someone named as blame, not a storm or a denial", () => {
    expect(kindsOf("The minister spoke. “That failure lies with Corvane Systems, which was paid £62m,” she said.")[1]).toBe("blame");
    expect(kindsOf("The bank spoke. Holt said the failure was caused by a defect in a script supplied by Kestrel.")[1]).toBe("blame");
    expect(kindsOf("The bank spoke. Holt said the outage was caused by Storm Isolde.")[1]).toBe("statement");
    expect(kindsOf("The bank spoke. Holt said the outage was not caused by Kestrel.")[1]).toBe("statement");
  });
});

describe("a charge denied inside what was said (session 41)", () => {
  it("reads “it “categorically denies” the allegations”, “disputes the figures” and “by the charges and “strongly refutes” them” as denials", () => {
    expect(kindsOf("Maple Foods was sued. The company said it “categorically denies” the allegations and would fight the case.")[1]).toBe("denial");
    expect(kindsOf("Staff say they were not paid. A spokeswoman said the chef “disputes the figures being circulated”.")[1]).toBe("denial");
    expect(kindsOf("The league charged the club. The club said it was “surprised” by the charges and “strongly refutes” them.")[1]).toBe("denial");
    expect(kindsOf("The council spoke. The party said it “rejects with contempt” the council’s accusations.")[1]).toBe("denial");
  });
  it("reads “that account was “pure fiction”” and “The idea that there was a row is complete nonsense” as denials, not an idea said to be sound", () => {
    expect(kindsOf("The speaker told reporters the vote was fair. The leader said that account was \"pure fiction.\"")[1]).toBe("denial");
    expect(kindsOf("The palace was asked about a row. “The idea that there was a row is complete nonsense,” a royal source said.")[1]).toBe("denial");
    expect(kindsOf("The lecture began. “The idea that the universe is expanding is not nonsense,” the professor said.")[1]).toBe("statement");
    expect(kindsOf("The audit began. The minister said accounts were being checked.")[1]).toBe("statement");
  });
  it("leaves a denial someone else made, reported by the speaker, and claims of a number of people, alone (session 41's review)", () => {
    expect(kindsOf("A man was arrested. Police said the suspect denied the charges during questioning.")[1]).toBe("statement");
    expect(kindsOf("The audit ended. The regulator said the company had disputed the findings at every stage.")[1]).toBe("statement");
    expect(kindsOf("Applications rose. The ministry said it had rejected the claims of 300 asylum seekers.")[1]).toBe("statement");
    expect(kindsOf("He was charged on Monday. His lawyer said he rejected the accusations.")[1]).toBe("denial");
    expect(kindsOf("Marco Reyes was charged on Monday. His lawyer said his client denied all the charges.")[1]).toBe("denial");
  });
  it("leaves an offer, a count of claims and claims for money alone", () => {
    expect(kindsOf("Talks went on. The union said it rejected the offer.")[1]).toBe("statement");
    expect(kindsOf("Floods hit the town. The insurer said it had rejected 300 claims.")[1]).toBe("statement");
    expect(kindsOf("Floods hit the town. The council said it rejected claims for compensation.")[1]).toBe("statement");
  });
});

describe("blame in a wrong done or a match lost (session 41)", () => {
  it("reads “the council had mishandled the flood response” and “She cost me the match” as blame, not a mishap of one's own or the rain", () => {
    expect(kindsOf("The report came out. Holt said the council had mishandled the flood response.")[1]).toBe("blame");
    expect(kindsOf("The umpire was criticised. “She cost me the match,” Vasilakis said.")[1]).toBe("blame");
    expect(kindsOf("The coach spoke. Holt said Reyes had cost them the election.")[1]).toBe("blame");
    expect(kindsOf("The chef spoke. Holt said he had botched the souffle.")[1]).toBe("statement");
    expect(kindsOf("Rain fell. “The rain cost us the match,” Holt said.")[1]).toBe("statement");
    expect(kindsOf("Injuries hit. “Injuries cost us the title,” Holt said.")[1]).toBe("statement");
  });
  it("reads someone called a name of reproach (“she was “a disgrace to this sport””, “Reyes was a liar”) as blame, not a storm, oneself or a denial", () => {
    expect(kindsOf("The umpire was criticised. Holt told the umpire that she was “a disgrace to this sport.”")[1]).toBe("blame");
    // (A pronoun in reported speech may be the speaker: session 41's second review.)
    expect(kindsOf("He spoke to students. Marco Reyes said he was a coward when he started out.")[1]).toBe("statement");
    expect(kindsOf("She joined in 2019. Dana Reyes said she was a fraud investigator.")[1]).toBe("statement");
    expect(kindsOf("The final was lost. Luis Moreno said he had cost them the final.")[1]).toBe("statement");
    expect(kindsOf("The penalty was missed. “I botched the penalty,” Moreno said.")[1]).toBe("statement");
    expect(kindsOf("The minister resigned. “He is a total fraud,” Ken Tanaka said of the former minister.")[1]).toBe("blame");
    expect(kindsOf("The umpire was criticised. Holt said Reyes was a liar.")[1]).toBe("blame");
    expect(kindsOf("The storm hit. Holt said the storm was a disaster.")[1]).toBe("statement");
    expect(kindsOf("Holt spoke. “I am a fraud,” Holt said.")[1]).toBe("statement");
    expect(kindsOf("Holt spoke. Holt said Reyes was not a coward.")[1]).not.toBe("blame");
  });
});

describe("blame in the speaker's own words (session 42)", () => {
  it("reads “I blame the people who knew” and “We blame the council for this mess” as blame, not “I blame myself”", () => {
    const r = analyzeBody("Dorrance spoke outside court. \"I blame the people who knew and did it anyway,\" Melissa Dorrance said. \"We blame the council for this mess,\" Tom Holt said. \"I blame myself,\" Ann Kerr said.");
    expect(claimWith(r, "people who knew")!.kind).toBe("blame");
    expect(claimWith(r, "council for this mess")!.kind).toBe("blame");
    expect(claimWith(r, "blame myself")!.kind).not.toBe("blame");
  });
});

describe("denying any part in it, anywhere in what was said (session 46)", () => {
  it.each([
    "she had “never asked for anything in return” for her giving.",
    "her client “never saw the warden’s request” and would appeal.",
    "the contracts were awarded “through a competitive process that I had nothing to do with”.",
    "I had no idea, none, that anyone was being paid.",
    "it was “not aware of any shortage” and more tests had been shipped.",
    "the company “does not accept that a causal link has been established”.",
    "“No one received special access.”",
  ])("reads %s as a denial", (content) => {
    expect(attributedKind("statement", "person", content, "said")).toBe("denial");
  });

  it.each(["lawmakers never approved the decree.", "I said something cruel about a person I've never met.", "the harbour had never looked better."])("keeps %s a statement", (content) => {
    expect(attributedKind("statement", "person", content, "said")).toBe("statement");
  });
});

describe("no denial in words that only sound like one (session 46's second review)", () => {
  it.each([
    "I have no idea what the weather will do.",
    "this is categorically the best season we have had.",
    "the council does not accept cash payments.",
    "no one received serious injuries.",
    "the delay has nothing to do with the weather.",
    "the company has never paid a dividend.",
    "after the accident, he never spoke again.",
  ])("keeps %s a statement", (content) => {
    expect(attributedKind("statement", "person", content, "said")).toBe("statement");
  });
});

describe("set 34's kinds (session 48)", () => {
  it("reads “have nothing to do with each other” and “never once discussed” as denials", () => {
    const r = analyzeBody("Sen. Garrett Pem spoke. The senator says the charity and his votes have nothing to do with each other. In a statement, he said he had “never once discussed a donation with a contractor”.");
    expect(claimWith(r, "nothing to do with each other")?.kind).toBe("denial");
    expect(claimWith(r, "never once discussed")?.kind).toBe("denial");
  });
  it("reads what a person's report or a lab's analysis found as a finding", () => {
    const r = analyzeBody("A report by electrical engineer Dr Mei-Ling Oko, tendered by the commission, found that customers saved less. An analysis by the Emory Civic Data Lab found that wait times rose.");
    expect(claimWith(r, "customers saved less")?.kind).toBe("finding");
    expect(claimWith(r, "wait times rose")?.kind).toBe("finding");
    expect(claimWith(analyzeBody("Dr Mei-Ling Oko found that customers saved less."), "customers saved less")?.kind).not.toBe("finding");
  });
});

describe("guards from session 48's third review (/work/s48/review3/review.md)", () => {
  it("reads no praise or unrelated things as denials, and no critic's review as a finding", () => {
    const r = analyzeBody("The coach said he had “never once received a technical foul” in his career. Fire officials said the two fires had nothing to do with each other. A review by critic Tom Reed found the film slow.");
    expect(claimWith(r, "technical foul")?.kind).not.toBe("denial");
    expect(claimWith(r, "two fires")?.kind).not.toBe("denial");
    expect(claimWith(r, "film slow")?.kind).not.toBe("finding");
  });
});
