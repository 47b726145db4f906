// A person "of" a body or place, with an aside between the name and the verb, is the speaker.
import { describe, expect, it } from "vitest";
import { analyzeBody, claimWith, sourceName } from "./test-helpers";

describe("a person of a body, past an aside", () => {
  it("takes the person, not the body an aside describes, nor nobody past where a place lies", () => {
    const r = analyzeBody(
      "Grand Chief Eli Whitehorse of the Northern Treaty Chiefs Council, which represents 26 First Nations, said the delay was unacceptable. " +
        "Chief Marlene Oshie of Kesagami Lake First Nation, about 600 kilometres north of Winnipeg, told reporters on Thursday that the community asked for help. " +
        "The Northern Treaty Chiefs Council, which represents 26 First Nations, said it would sue.",
    );
    expect(["was unacceptable", "asked for help", "would sue"].map((f) => sourceName(r, claimWith(r, f)))).toEqual(["Eli Whitehorse", "Marlene Oshie", "Northern Treaty Chiefs Council"]);
  });

  it("keeps a place of no known name out of a titled person's name", () => {
    const r = analyzeBody("Mayor Tom Reyes of Port Ellis said the pier would reopen.");
    expect(sourceName(r, claimWith(r, "pier"))).toBe("Tom Reyes");
  });

  it("gives what someone wrote to its writer (“Holt's letter said”), but not a report about them", () => {
    const r = analyzeBody("Tom Holt resigned on Monday. Holt’s letter said the pier would close. Holt's autopsy report said he drowned. Holt's post said he was sorry.");
    expect(["pier would close", "drowned", "was sorry"].map((f) => sourceName(r, claimWith(r, f)))).toEqual(["Tom Holt", "unnamed reports", "Tom Holt"]);
  });

  it("reads “The 66-year-old Hungarian” as a described person, the one the paragraph before spoke of, never a name", () => {
    const one = analyzeBody("The panel said Viktor Halmi had taken bribes.\n\nThe 66-year-old Hungarian, who led the union for 12 years, said the ruling was political.");
    expect(sourceName(one, claimWith(one, "ruling was political"))).toBe("Viktor Halmi");
    const two = analyzeBody("The panel said Viktor Halmi and Anna Kovacs had taken bribes.\n\nThe 66-year-old Hungarian, who led the union for 12 years, said the ruling was political.");
    expect(["Viktor Halmi", "Anna Kovacs", "Hungarian"]).not.toContain(sourceName(two, claimWith(two, "ruling was political")));
  });

  it("does not take the one person named before for an age and a nation the sentence calls “he” when she is a woman", () => {
    const r = analyzeBody("Coach Ann Holt welcomed the club's new signing on Monday.\n\nThe 24-year-old Brazilian, who joined from Santos, said he was happy to be here.");
    expect(sourceName(r, claimWith(r, "happy to be here"))).not.toBe("Ann Holt");
  });
});
