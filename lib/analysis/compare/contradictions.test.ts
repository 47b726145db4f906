import { describe, expect, it } from "vitest";
import { negationContradiction, numberContradiction } from "./contradictions";

describe("numberContradiction", () => {
  it("finds two numbers for the same thing", () => {
    expect(numberContradiction("Police said 12 people were questioned.", "Police said 15 people were questioned.")).toEqual({ unit: "people", a: "12", b: "15" });
    expect(numberContradiction("The council approved a $2.5 million budget for the port.", "The council approved a $3 million budget.")).toEqual({
      unit: "million",
      a: "2.5",
      b: "3",
    });
  });

  it("does not when the numbers measure different things", () => {
    expect(numberContradiction("The $40 million bridge opened.", "The city spent $15 million on repairs to the tunnel.")).toBeNull();
  });

  it("does not when one version gives both figures", () => {
    expect(numberContradiction("Ruiz leads with 21 percent, with Park at 17 percent.", "Park is second at 17 percent (Ruiz leads at 21 percent).")).toBeNull();
  });

  it("does not when a figure is approximate", () => {
    expect(numberContradiction("The study cost $1.1 million to run.", "The study cost more than $1 million to run.")).toBeNull();
  });

  it("reads the same figure written two ways as one", () => {
    expect(numberContradiction("The council approved a $2.5 million budget.", "The council approved a $2.50 million budget.")).toBeNull();
  });

  it("takes no unit across a comma", () => {
    expect(numberContradiction("Born in 1950, Smith said the plan failed.", "At 64, Smith said the plan failed.")).toBeNull();
  });

  it("ignores a year followed by a function word", () => {
    expect(numberContradiction("She served from 1990 to 2002.", "She held the seat from 1991 to 2003.")).toBeNull();
  });
});

describe("negationContradiction", () => {
  it("finds one version negating what the other affirms", () => {
    expect(negationContradiction("he did not discuss the tariffs with the envoy", "Ortiz discussed the tariffs with the envoy")).toEqual({
      negative: "a",
      negated: "not discuss",
      affirmed: "discussed",
    });
    expect(negationContradiction("The mayor signed the harbour contract.", "The mayor never signed the harbour contract.")).toEqual({
      negative: "b",
      negated: "never signed",
      affirmed: "signed",
    });
  });

  it("does not when both versions carry a negation", () => {
    expect(negationContradiction("she had done nothing wrong", "I have not done anything wrong")).toBeNull();
  });

  it("does not when the negated words are about something else", () => {
    expect(negationContradiction("He hasn't apologized to the young men involved", "I apologize to all involved")).toBeNull();
    expect(negationContradiction("This is not a national security matter.", "He hired an internet security firm.")).toBeNull();
  });

  it("does not when the negative version also says it without the negation", () => {
    expect(negationContradiction("the right candidate must win, but if he is not the right candidate I will run", "the right candidate must win")).toBeNull();
  });

  it("does not take “not only” or “nothing but” for a negation", () => {
    expect(negationContradiction("He not only discussed the tariffs with the envoy.", "He discussed the tariffs with the envoy.")).toBeNull();
    expect(negationContradiction("Nothing but praise for the contract", "Praise for the contract")).toBeNull();
  });

  it("needs the word after the negated one right after it in the other version too", () => {
    expect(negationContradiction("He did not discuss sanctions with the envoy.", "He discussed tariffs with the envoy and announced sanctions.")).toBeNull();
  });

  it("does not take the word after a comma as what is negated", () => {
    expect(negationContradiction("He did not win, Ohio voters said.", "Ohio voters said he could win Ohio.")).toBeNull();
  });

  it("does not read across a comma", () => {
    expect(negationContradiction("That is not the objective, people are the objective.", "People are the objective.")).toBeNull();
  });

  it("leaves phrase negations alone", () => {
    expect(negationContradiction("steps he took without congressional action", "steps that need congressional action")).toBeNull();
  });
});
