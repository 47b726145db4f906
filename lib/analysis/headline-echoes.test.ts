import { describe, expect, it } from "vitest";
import { analyzeBody, claimWith, sourceName } from "./test-helpers";

describe("a headline's description, by the body's claim it sums up (session 37)", () => {
  it("reads “Regulator says bank failed customers” as the body that said the bank had failed its customers", () => {
    const r = analyzeBody("The Central Bank of Nigeria said the bank had failed its customers. Zenora Bank said it would appeal.", "Regulator says bank failed customers");
    expect(sourceName(r, claimWith(r, "Regulator says"))).toBe("Central Bank of Nigeria");
  });
  it("leaves it alone when the body's claim is by someone of another kind, or shares too few words, or two share as many", () => {
    const union = analyzeBody("The Marches Farmers' Union said the new scheme was fairer to upland farms.", "Government insists new scheme is fairer");
    expect(sourceName(union, claimWith(union, "Government insists"))).not.toBe("Marches Farmers' Union");
    const few = analyzeBody("The Central Bank of Nigeria said inflation had slowed.", "Regulator says bank failed customers");
    expect(sourceName(few, claimWith(few, "Regulator says"))).not.toBe("Central Bank of Nigeria");
    const two = analyzeBody("The Central Bank of Nigeria said the bank had failed its customers. The Securities and Exchange Commission said the bank had failed its customers too.", "Regulator says bank failed customers");
    expect(sourceName(two, claimWith(two, "Regulator says"))).not.toBe("Central Bank of Nigeria");
  });
});

describe("a participle after when it was done (session 37)", () => {
  it("reads “filed a complaint with the FEC on Tuesday alleging” as the filer's, but “pointed to Holt saying” as Holt's", () => {
    const r = analyzeBody("The Campaign Integrity Project filed a complaint with the Federal Election Commission on Tuesday alleging that a contractor paid donors. Critics pointed to Holt saying the plan was flawed.");
    expect(sourceName(r, claimWith(r, "paid donors"))).toBe("Campaign Integrity Project");
    expect(sourceName(r, claimWith(r, "plan was flawed"))).toBe("Holt");
  });
});

describe("guards from session 37's second review (/work/s37/review2/review.md)", () => {
  it("never gives a watchdog's or regulator's headline to the company it oversees, nor a minister's to someone with no such title", () => {
    const airline = analyzeBody("Skyvale Airways said on Tuesday it had never misled passengers over refunds. The Competition and Markets Authority said it had opened an investigation.", "Watchdog says airline misled passengers over refunds");
    expect(sourceName(airline, claimWith(airline, "Watchdog says"))).not.toBe("Skyvale Airways");
    const energy = analyzeBody("Brightwatt Energy said it had fixed the billing errors that affected 20,000 customers.", "Regulator warns energy supplier over billing errors");
    expect(sourceName(energy, claimWith(energy, "Regulator warns"))).not.toBe("Brightwatt Energy");
    const minister = analyzeBody("Patient advocate Mary Walsh said hospital waiting lists would not fall until staff shortages were fixed.", "Minister says hospital waiting lists will fall");
    expect(sourceName(minister, claimWith(minister, "Minister says"))).not.toBe("Mary Walsh");
  });
  it("keeps a participle after “from” someone on a day with that someone, and a court that holds hearings no speaker", () => {
    const r = analyzeBody("The planning committee heard from residents on Tuesday complaining that the quarry would bring lorries. Cases have doubled. Under current rules, the Family Court holds, on average, 300 hearings a month.");
    expect(sourceName(r, claimWith(r, "complaining"))).not.toBe("planning committee");
    expect(claimWith(r, "300 hearings")?.source ?? null).toBeNull();
  });
  it("reads “the CM” as no deputy chief minister, and “the insider” as whoever spoke last", () => {
    const cm = analyzeBody("Deputy chief minister R. Gowda said the tender was fair. “We will cooperate,” the CM said.");
    expect(sourceName(cm, claimWith(cm, "We will cooperate"))).not.toBe("R. Gowda");
    const insider = analyzeBody("A source close to the singer told the Daily Glare she was exhausted. Meanwhile, one person who works at the studio said the album was late. “The label is furious,” the insider said.");
    expect(sourceName(insider, claimWith(insider, "label is furious"))).not.toBe("a source close to the singer");
  });
});

describe("a headline's denial, by the body's denial it sums up (session 41)", () => {
  it("reads “Club says it 'strongly refutes' allegations” as the club the body names, a denial", () => {
    const r = analyzeBody("The Premier League charged Hartfield Rovers with breaking its spending rules on Monday. Dunmore United, a rival club, had complained to the league last year. Hartfield Rovers said it was “surprised” by the charges and “strongly refutes” them.", "Club says it 'strongly refutes' allegations");
    const headline = claimWith(r, "Club says");
    expect(sourceName(r, headline)).toBe("Hartfield Rovers");
    expect(headline?.kind).toBe("denial");
  });
});

describe("a body's words through its named spokesperson (session 48)", () => {
  it("gives “The agency says …” to the body a named spokeswoman speaks for, not left to “agency”", () => {
    const body = "Officials shelved the study last year. A spokeswoman for the Department of Health and Human Services, Carla Ruiz-Benton, said the work “was never finished.” Dr. Ann Lowe said the data were solid.";
    const r = analyzeBody(body, "Study was shelved", "The agency says the work was never finished");
    expect(sourceName(r, r.claims.find((c) => c.section === "subtitle"))).toBe("Department of Health and Human Services");
  });
});

describe("a spokesperson's body: guard from session 48's review", () => {
  it("takes only the body right after “for”: not the company a union's spokeswoman names", () => {
    const r = analyzeBody("A spokeswoman for the union at Acme Foods, Carla Ruiz, said the plant would close in June. Acme declined to comment.", "Plant to close", "Company says the plant will close in June");
    expect(sourceName(r, r.claims.find((c) => c.section === "subtitle"))).not.toBe("Acme Foods");
  });
});

describe("a headline's group, by the one of it the body quotes (session 50)", () => {
  const sub = (r: ReturnType<typeof analyzeBody>) => sourceName(r, r.claims.find((c) => c.section === "subtitle"));
  it("gives “Shipowners say …” to the body named for them, and “senators blame …” to the senator whose words it shares", () => {
    const owners = analyzeBody("The Dayton Shipowners' Council said the fuel had damaged 40 engines. Port officials declined to comment.", "Fuel scandal widens", "Shipowners say bad fuel damaged engines");
    expect(sub(owners)).toBe("Dayton Shipowners' Council");
    const senators = analyzeBody("Sen. Ann Holt, R-Ohio, said the contractor was broken beyond repair. Sen. Tom Reed, D-Iowa, asked for the files.", "Hearing turns sour", "Senators blame broken contractor");
    expect(sub(senators)).toBe("Ann Holt");
    // (A chamber's leader is a lawmaker: "House Republican Leader Tom Reed".)
    const leader = analyzeBody("The sponsor, state Rep. Ann Holt, said fuel tax revenue had fallen. House Republican Leader Tom Reed called the bill “a mileage tax” on farmers.", "Road charge advances", "Rural lawmakers call it a ‘mileage tax’ on farmers");
    expect(sub(leader)).toBe("Tom Reed");
  });
  it("leaves the group when two members share as much, when no one is titled so, or when the description's body is not the role's", () => {
    const tie = analyzeBody("Sen. Ann Holt said the agency had failed. Sen. Tom Reed said the files were missing.", "Hearing turns sour", "Senators demand answers");
    expect(sub(tie)).toBe("senators");
    const untitled = analyzeBody("Aides to every senator played the voice of Ann Holt, a retired judge. Holt said the fee was illegal.", "Fee fight", "Senators say the fee is illegal");
    expect(sub(untitled)).not.toBe("Ann Holt");
    const company = analyzeBody("Tom Reed, the president of Acme Shrimp, said the evidence was weak.", "Shrimp imports", "Agency leaders say the evidence was weak");
    expect(sub(company)).not.toBe("Tom Reed");
  });
  it("takes no body that only has the group's word in its name, no one serving or formerly a member, no other party, and no one saying something else (review of session 50)", () => {
    const eu = analyzeBody("The European Union said the new labour rules were the strongest in the world.", "Labour rules", "Unions say EU labour rules are too weak");
    expect(sub(eu)).not.toBe("European Union");
    const insurer = analyzeBody("Farmers Insurance Group said drought aid claims had doubled.", "Drought", "Farmers say drought aid is too slow");
    expect(sub(insurer)).not.toBe("Farmers Insurance Group");
    const aide = analyzeBody("Tom Reed, an aide to Sen. Ann Holt, said the contractor had caused the outage.", "Outage", "Senators blame contractor for outage");
    expect(sub(aide)).not.toBe("Tom Reed");
    const former = analyzeBody("Former Sen. Tom Reed, now a lobbyist for the contractor, said the contractor had not failed.", "Upgrade", "Senators blame contractor for failed upgrade");
    expect(sub(former)).not.toBe("Tom Reed");
    const party = analyzeBody("Sen. Ann Holt, D-Ohio, said the contractor was to blame for the delays.", "Delays", "Republican senators blame contractor for delays");
    expect(sub(party)).not.toBe("Ann Holt");
    const other = analyzeBody("The contractor, Acme Systems, has been criticised for cost overruns. Sen. Ann Holt said the hearing would resume on Tuesday.", "Overruns", "Senators blame contractor for cost overruns");
    expect(sub(other)).not.toBe("Ann Holt");
  });
  it("takes no member sharing no word when another speaker's words are the headline's", () => {
    const r = analyzeBody("Tom Reed, a spokesman for Harbor Riders, called the vote “reckless.” Ann Holt, a cyclist, said she would drive again.", "Council scraps bike lane", "Cyclists call decision 'reckless'");
    expect(sub(r)).not.toBe("Ann Holt");
  });
});
