import { describe, expect, it } from "vitest";
import { findHedges } from "./hedges";

describe("findHedges", () => {
  it("finds hedge words and phrases", () => {
    expect(findHedges("The mayor reportedly met the donor.")).toEqual(["reportedly"]);
    expect(findHedges("Files the group is believed to have stolen.")).toEqual(["is believed to"]);
    expect(findHedges("She quit after reports emerged that she lied.")).toEqual(["after reports emerged"]);
    expect(findHedges("Funds allegedly went missing and may have been spent.")).toEqual(["allegedly", "may have been"]);
    expect(findHedges("The video appears to have been taken by a hidden camera.")).toEqual(["appears to"]);
    expect(findHedges("He seemed to mouth an apology.")).toEqual(["seemed to"]);
    // Seeming so, and what does not appear to be so.
    expect(findHedges("His tenure, once again, seems shaky.")).toEqual(["seems shaky"]);
    expect(findHedges("It does not appear that Holt ever sought to correct the mistakes.")).toEqual(["It does not appear that"]);
    // (Not of someone in a relative clause: the claim is what the justices did.)
    expect(findHedges("Some justices who seemed sympathetic to the plaintiffs expressed qualms.")).toEqual([]);
    for (const t of ["Mayor Ann Holt, who at first seemed sympathetic, said the fee was illegal.", "Mayor Ann Holt, whose aides seemed nervous, said the fee was illegal.", "Though it seemed unlikely, the council passed the fee.", "What seemed certain on Monday collapsed on Tuesday."]) {
      expect(findHedges(t), t).toEqual([]);
    }
  });
  it("finds unnamed sources telling, and judgements held widely with no one named", () => {
    expect(findHedges("Meanwhile, multiple sources tell the Herald that they believe Holt will drop out.")).toEqual(["multiple sources tell"]);
    expect(findHedges("The pier will close, according to sources.")).toEqual(["according to sources"]);
    expect(findHedges("Holt is widely considered the favourite.")).toEqual(["widely considered"]);
    expect(findHedges("The vote was widely seen as a rebuke.")).toEqual(["widely seen as"]);
    expect(findHedges("According to two sources, the deal is close.")).toEqual(["According to two sources"]);
    expect(findHedges("A source told the Herald that Holt will drop out.")).toEqual(["A source told"]);
    // Not a source named, nor a classification, nor documents, nor what is said of the speaker in an aside.
    expect(findHedges("Two sources of funding were cut.")).toEqual([]);
    expect(findHedges("Theft is considered a felony in the state.")).toEqual([]);
    expect(findHedges("Campaign records and other sources indicate the company gave $2 million.")).toEqual([]);
    expect(findHedges("Mayor Ann Holt, widely seen as the front-runner, said the fee was illegal.")).toEqual([]);
    expect(findHedges("Ann Holt, who is widely regarded as the best fundraiser, said the fee was illegal.")).toEqual([]);
    expect(findHedges("The video was widely viewed as of Tuesday night.")).toEqual([]);
  });
  it("ignores plain statements and hedges inside quoted ranges", () => {
    expect(findHedges("The council approved the budget on Monday.")).toEqual([]);
    expect(findHedges("The mayor appeared before the council.")).toEqual([]);
    expect(findHedges("The mayor appears today before the council.")).toEqual([]);
    const t = "He said “it apparently works” yesterday.";
    expect(findHedges(t, [{ start: 8, end: 29 }])).toEqual([]);
  });
  it("finds what may or might be, and what appears ready or inclined, but not a rule, a claim reported or a thing described", () => {
    expect(findHedges("The lawsuit may soon be dismissed.")).toEqual(["may soon be"]);
    expect(findHedges("Turnout might be depressed in rural counties.")).toEqual(["might be"]);
    expect(findHedges("The court appears ready to block the suit.")).toEqual(["appears ready"]);
    expect(findHedges("Two justices also appeared inclined to allow it.")).toEqual(["appeared inclined"]);
    expect(findHedges("Couples may be required to file twice.")).toEqual([]);
    expect(findHedges("The council disputed claims that the fees might be illegal.")).toEqual([]);
    expect(findHedges("The mayor appeared together with the governor.")).toEqual([]);
  });
  it("finds what is likely, probable or perhaps so, but not what could not possibly be", () => {
    expect(findHedges("The hearing is likely to be as contentious as the last one.")).toEqual(["likely to"]);
    expect(findHedges("The tower, perhaps 15 stories tall, would be built near the pier.")).toEqual(["perhaps"]);
    expect(findHedges("The ruling will probably be its most important this year.")).toEqual(["probably"]);
    expect(findHedges("The members couldn't possibly meet the standard.")).toEqual([]);
    expect(findHedges("Reyes began making noises about possibly canceling the debate.")).toEqual([]);
  });
  it("finds what will likely be so and what is seen as so by no one named, but not likely voters or who was seen", () => {
    expect(findHedges("The bill will likely pass the Senate next week.")).toEqual(["will likely"]);
    expect(findHedges("The vote would most likely be delayed until March.")).toEqual(["would most likely"]);
    expect(findHedges("The fee, most likely, will be cut.")).toEqual(["most likely"]);
    expect(findHedges("The plan is seen as a concession to the unions.")).toEqual(["is seen as"]);
    expect(findHedges("Likely voters favor Holt by six points.")).toEqual([]);
    expect(findHedges("Holt is the most likely nominee.")).toEqual([]);
    expect(findHedges("The senator was seen leaving the building at noon.")).toEqual([]);
    expect(findHedges("Council members fear the risk of being seen as weak on crime.")).toEqual([]);
  });
  it("finds what could be so, but not what could be done to something", () => {
    expect(findHedges("The deal could soon be dead.")).toEqual(["could soon be"]);
    expect(findHedges("It could be a problem.")).toEqual(["could be"]);
    expect(findHedges("Drivers could be fined 50 dollars under the new rule.")).toEqual([]);
    expect(findHedges("The money could be used for road repairs.")).toEqual([]);
    expect(findHedges("She warned the figures could be “abused” by lawmakers.")).toEqual([]);
  });
  it("finds no hedge in who was seen where or when, nor in which one is most likely", () => {
    expect(findHedges("The smoke was seen as far away as Denver.")).toEqual([]);
    expect(findHedges("The suspect was seen as recently as Tuesday near the river.")).toEqual([]);
    expect(findHedges("The girl was seen as she walked home from school.")).toEqual([]);
    expect(findHedges("Flames were seen as firefighters arrived.")).toEqual([]);
    expect(findHedges("Lightning was seen as the storm moved east.")).toEqual([]);
    expect(findHedges("Holt's most likely opponent is Ann Kerr.")).toEqual([]);
    expect(findHedges("His most likely successor is the deputy chief.")).toEqual([]);
    expect(findHedges("The two most likely candidates met on Tuesday.")).toEqual([]);
    // (What is seen as something stays hedged, and so does what is most likely so.)
    expect(findHedges("Somalia is seen as a failed state.")).toEqual(["is seen as"]);
    expect(findHedges("The probe is seen as politically motivated.")).toEqual(["is seen as"]);
    expect(findHedges("He is seen as the most qualified candidate.")).toEqual(["is seen as"]);
    expect(findHedges("It's most likely a gas leak.")).toEqual(["most likely"]);
  });
  it("keeps to what the session-19 review found: rates, rules and asides are no hedges; what someone warned may be is one", () => {
    expect(findHedges("Smokers are twice as likely to develop lung cancer.")).toEqual([]);
    expect(findHedges("Women are less likely to be diagnosed early.")).toEqual([]);
    expect(findHedges("Forecasters said that the storm may be the strongest in a decade.")).toEqual(["may be"]);
    expect(findHedges("The defendant may be sentenced to up to 10 years in prison.")).toEqual([]);
    expect(findHedges("Senator Mark Ellis, who is likely to run for governor, said the bill would pass.")).toEqual([]);
  });
  it("finds the writer's own doubt outside quotations, not a speaker's inside them", () => {
    expect(findHedges("I suspect most of the council has never set foot in it.")).toEqual(["I suspect"]);
    expect(findHedges("But they are also, I think, beside the point.")).toEqual(["I think"]);
    expect(findHedges("It seems to me that the real trade-off is the budget.")).toEqual(["It seems to me"]);
    const text = "“I think we played well,” Holt said.";
    expect(findHedges(text, [{ start: 0, end: text.indexOf("”") + 1 }])).toEqual([]);
  });
  it("finds the British \"is understood to\", and no doubt in whether something could be verified", () => {
    expect(findHedges("Several backbenchers are understood to have written to the leadership.")).toEqual(["are understood to"]);
    expect(findHedges("It is understood that the player will stay.")).toEqual(["It is understood"]);
    expect(findHedges("Neither side's account could be independently verified.")).toEqual([]);
    expect(findHedges("The deal could soon be dead.")).toEqual(["could soon be"]);
  });
});

describe("what is expected (session 44)", () => {
  it("hedges what no one named expects (“The trial is expected to last three weeks”, “is not expected to act”), not an aside or a clause of when", () => {
    expect(findHedges("The trial is expected to last three weeks.")).toEqual(["is expected to"]);
    expect(findHedges("The FEC is not expected to act before March.")).toEqual(["is not expected to"]);
    expect(findHedges("Blaine, who is expected to testify next week, said she stands by her reporting.")).toEqual([]);
    expect(findHedges("Storms are named when they are expected to cause high impacts.")).toEqual([]);
  });
});

describe("a name that “understands” (session 44)", () => {
  it("hedges what an outlet has learnt and does not source (“PBC News understands that …”), not a person understanding why", () => {
    expect(findHedges("PBC News understands that a demand was made on Monday evening.")).toEqual(["PBC News understands"]);
    expect(findHedges("The Clarion understands the society has frozen her account.")).toEqual(["The Clarion understands"]);
    expect(findHedges("Ann Holt understands why voters are angry.")).toEqual([]);
    expect(findHedges("The council says it understands that residents are angry.")).toEqual([]);
  });
});
