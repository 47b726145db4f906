// A broadcast transcript: presenters' turns are the outlet's; every other labelled turn is its speaker's.
import { describe, expect, it } from "vitest";
import { analyzeBody, claimWith, sourceName } from "./test-helpers";

const transcript = [
  "ANA ROYCE, HOST: The river hit a record low last fall. From member station KWTR, Tom Baird reports.",
  "TOM BAIRD, BYLINE: Outside Corinne, Gary Pettit checks a headgate. He grows hay on 900 acres.",
  "GARY PETTIT: If I fallow this ground, the weeds take it. Nobody's paying me for that.",
  "BAIRD: At a hearing last month, a rancher from Box Elder County told lawmakers the plan would empty farm towns.",
  "UNIDENTIFIED PERSON: In ten years there's no feed store and no school.",
  "BAIRD: The first leases are due in June.",
].join("\n\n");

describe("broadcast transcripts (session 52)", () => {
  it("gives each named speaker's turn to them with the label as the cue, and keeps the presenters' turns the outlet's", () => {
    const r = analyzeBody(transcript);
    const turn = claimWith(r, "weeds take it")!;
    expect([sourceName(r, turn), turn.cue, turn.quote]).toEqual(["Gary Pettit", "GARY PETTIT:", "direct"]);
    expect(sourceName(r, claimWith(r, "Nobody's paying me"))).toBe("Gary Pettit");
    expect(sourceName(r, claimWith(r, "He grows hay"))).toBeNull();
    expect(sourceName(r, claimWith(r, "first leases are due"))).toBeNull();
  });

  it("gives “UNIDENTIFIED PERSON:” to the one the narration before described", () => {
    const r = analyzeBody(transcript);
    expect(sourceName(r, claimWith(r, "no feed store"))).toBe("a rancher from Box Elder County");
  });

  it("gives no turn to a label that names no one (“CORRECTION:”, “CROWD:”) and knows a one-letter first name (“A RAMIREZ, HOST:”)", () => {
    const r = analyzeBody("A RAMIREZ, HOST: Wildfires are burning. Here is Ann Vu.\n\nRAMIREZ: How many homes are at risk?\n\nCROWD: Let's go, Rovers!\n\nCORRECTION: An earlier version misstated the mayor's age.");
    expect(sourceName(r, claimWith(r, "How many homes"))).toBeNull();
    expect(sourceName(r, claimWith(r, "Let's go"))).toBeNull();
    expect(sourceName(r, claimWith(r, "misstated the mayor"))).toBeNull();
  });

  it("passes a label's titles, knows a guest by the first name the narration gave, and makes no one of “EDITOR'S NOTE:”", () => {
    const r = analyzeBody("ARI SHAW, HOST: I met Jorge Ruiz at the gate.\n\nJORGE: They turned us away.\n\nSEN. ANN HOLT: We will not back down.\n\nEDITOR'S NOTE: An earlier version misstated the date.");
    expect(sourceName(r, claimWith(r, "turned us away"))).toBe("Jorge Ruiz");
    // (Named as the label spells her when the article names her nowhere else.)
    expect(sourceName(r, claimWith(r, "not back down"))?.toLowerCase()).toBe("ann holt");
    expect(sourceName(r, claimWith(r, "misstated the date"))).toBeNull();
    // (A label with a role is a person's, whatever the given name: "MARA DIAZ, POLITICAL ANALYST:".)
    const analyst = analyzeBody("ARI SHAW, HOST: Now to the polls.\n\nMARA DIAZ, POLITICAL ANALYST: The polls are tightening in Ohio.");
    expect(sourceName(analyst, claimWith(analyst, "polls are tightening"))?.toLowerCase()).toBe("mara diaz");
  });

  it("reads no turns without a presenter's role: a list of names and colons is no transcript", () => {
    const r = analyzeBody("The panel named its winners.\n\nGARY PETTIT: Best hay grower of the year.\n\nANA ROYCE: Best newcomer.");
    expect(sourceName(r, claimWith(r, "Best hay grower"))).toBeNull();
  });
});

describe("a host–reporter conversation (session 54)", () => {
  const body = [
    "CORA LINDQVIST-AMES, HOST: Trucks loaded with uranium ore started rolling again this week.",
    "SHANDIIN YAZZIE-CALDWELL, BYLINE: Hi, Cora.",
    "LINDQVIST-AMES: So what's actually on these trucks?",
    "YAZZIE-CALDWELL: Ore from the Pinyon Ridge Mine, south of the Grand Canyon.",
    "LINDQVIST-AMES: And the tribe never agreed to this?",
    "YAZZIE-CALDWELL: The tribe's president, Delbert Nez-Harrington, told me the Nation found out from a letter.",
    "DELBERT NEZ-HARRINGTON: A letter in the mail is not consultation.",
    "LINDQVIST-AMES: Is there any evidence the trucks are dangerous?",
    "YAZZIE-CALDWELL: Not from these trucks, so far.",
  ].join("\n\n");

  it("keeps the reporter's answers to the host the outlet's own voice, and the guests' turns theirs", () => {
    const r = analyzeBody(body);
    expect(sourceName(r, claimWith(r, "Pinyon Ridge Mine"))).toBeNull();
    expect(sourceName(r, claimWith(r, "so far"))).toBeNull();
    expect(sourceName(r, claimWith(r, "found out from a letter"))).toBe("Delbert Nez-Harrington");
    expect(sourceName(r, claimWith(r, "not consultation"))).toBe("Delbert Nez-Harrington");
  });

  it("still gives a print interview's labelled answers to the one answering", () => {
    const r = analyzeBody("Tom Reyes, the mayor, spoke to us on Monday.\n\nQ: Why close the pool?\n\nREYES: We cannot afford the repairs.\n\nQ: When will it reopen?\n\nREYES: Not before 2041.\n\nQ: Any regrets?\n\nREYES: None at all.");
    expect(sourceName(r, claimWith(r, "afford the repairs"))).toBe("Tom Reyes");
  });
});
