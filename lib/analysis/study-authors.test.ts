import { describe, expect, it } from "vitest";
import { analyzeBody, claimWith, sourceName } from "./test-helpers";

describe("a study's author", () => {
  it("is the one body whose researchers the article names (\"Researchers at the Westmere Center … ; the study found\")", () => {
    const r = analyzeBody(
      "Wages rose. Researchers at the Holbeck Institute for Labour Studies compared 12 cities. Hours fell by 3 percent, the study found.",
      "Minimum wage did not cut jobs, study finds",
    );
    expect(r.claims.filter((c) => c.source).map((c) => sourceName(r, c))).toEqual(["Holbeck Institute for Labour Studies", "Holbeck Institute for Labour Studies"]);
  });

  it("is not a body that wrote some other document (\"a report by the Department of Health\")", () => {
    const r = analyzeBody("A study published in the Lancet found benefits. According to a report by the Department of Health, budgets rose. The study found that children benefited most.");
    expect(sourceName(r, r.claims.at(-1))).not.toBe("Department of Health");
  });

  it("stays the study when no body, or more than one, is named as its author", () => {
    const none = analyzeBody("Wages rose. Hours fell by 3 percent, the study found.");
    expect(sourceName(none, none.claims.at(-1))).toBe("study");
    const two = analyzeBody("Researchers at the Holbeck Institute and scientists at Wexford University worked together. Hours fell, the study found.");
    expect(sourceName(two, two.claims.at(-1))).toBe("study");
  });
  it("of several authors, is the one whose sentence speaks of that kind of study (“survey finds” and divers who surveyed)", () => {
    const r = analyzeBody(
      "More than half of the coral was bleached, according to the largest underwater survey of the region. " +
        "Divers from the Coral Sea Research Institute surveyed 212 reefs in April.\n\n" +
        "A separate modelling study by researchers at the Pacific Climate Observatory concluded that bleaching would become common.",
      "Half of the outer reefs bleached, survey finds",
    );
    expect(sourceName(r, r.claims.find((c) => c.section === "title"))).toBe("Coral Sea Research Institute");
    expect(sourceName(r, claimWith(r, "More than half"))).toBe("Coral Sea Research Institute");
  });

  it("gives “its authors” and “the authors” to the study's author, of two the one named in the sentence before", () => {
    const r = analyzeBody(
      "Dr Vannak Chhim, who led the Mekong Policy Institute study, said the dams were only part of it. " +
        "A 2024 study by the Bangkok Water Futures Forum estimated that illegal fishing may account for a quarter of the decline. Its authors also blamed sand mining in the delta.",
    );
    expect(sourceName(r, claimWith(r, "Its authors"))).toBe("Bangkok Water Futures Forum");
    const one = analyzeBody("A study by the Harbor Institute estimated that fees rose. The authors blamed the council.");
    expect(sourceName(one, claimWith(one, "The authors blamed"))).toBe("Harbor Institute");
  });
});

describe("a study's journal (session 37)", () => {
  it("credits the study's findings, its researchers' and a headline's “study finds” to the journal named as where it came out", () => {
    const r = analyzeBody(
      "Researchers analysed 12,000 fish loads from the Nordland colony. The study found that the energy content fell by 54%. The study, published on Wednesday in the journal Marine Ecology and Evolution Letters, links the change to warming seas. Only 31% of chicks survived, the researchers wrote.",
      "Puffin chicks starving, study finds",
    );
    expect(sourceName(r, claimWith(r, "study finds"))).toBe("Marine Ecology and Evolution Letters");
    expect(sourceName(r, claimWith(r, "energy content fell"))).toBe("Marine Ecology and Evolution Letters");
    expect(sourceName(r, claimWith(r, "researchers wrote"))).toBe("Marine Ecology and Evolution Letters");
  });
  it("takes a journal by its own words, “Journal of”, “Letters”, with no “journal” before it, but no newspaper (session 49)", () => {
    const r = analyzeBody("Tap water contains nanoplastics, according to a study published this week in the Journal of Water and Health Sciences. The researchers found that 31 particles per litre was the median.");
    expect(sourceName(r, claimWith(r, "31 particles"))).toBe("Journal of Water and Health Sciences");
    const letters = analyzeBody("Cod eggs fell by 40 percent, according to a study published on Wednesday in Marine Ecology Letters. The researchers, from the Bergen Institute of Marine Research, found that spawning had shifted.");
    expect(sourceName(letters, claimWith(letters, "spawning had shifted"))).toBe("Marine Ecology Letters");
    const paper = analyzeBody("Cod eggs fell by 40 percent, according to a study published Monday in the Bergen Herald. The researchers found that spawning had shifted.");
    expect(sourceName(paper, claimWith(paper, "spawning had shifted"))).not.toBe("Bergen Herald");
  });
  it("takes no newspaper for a journal by the words of its name: “the Atlanta Journal-Constitution”, “the Wall Street Journal” (session 49's review)", () => {
    const r = analyzeBody("A study by Emory University researchers, published Sunday in the Atlanta Journal-Constitution, found that test scores fell.");
    expect(sourceName(r, claimWith(r, "test scores fell"))).toBe("Emory University");
    const wsj = analyzeBody("A study published Monday in the Wall Street Journal found that rents rose. The study found that wages lagged.");
    expect(sourceName(wsj, claimWith(wsj, "wages lagged"))).not.toBe("Wall Street Journal");
  });
  it("keeps the body whose researchers did it when no journal is named, nor a month it came out in", () => {
    const r = analyzeBody("Researchers at the Nordland Institute of Marine Research analysed 12,000 fish loads. The study, published in May, found that the energy content fell by 54%.");
    expect(sourceName(r, claimWith(r, "energy content fell"))).toBe("Nordland Institute of Marine Research");
  });
});

describe("a study's journal and its researchers' body (session 37)", () => {
  it("gives the paper's findings to the journal and what its researchers said to the body they work for", () => {
    const r = analyzeBody("Researchers at the Nordland Institute of Marine Research analysed 12,000 fish loads. The study, published on Wednesday in the journal Marine Ecology Letters, found that chicks were starving. The researchers said warming seas were to blame.");
    expect(sourceName(r, claimWith(r, "chicks were starving"))).toBe("Marine Ecology Letters");
    expect(sourceName(r, claimWith(r, "warming seas"))).toBe("Nordland Institute of Marine Research");
  });
});

describe("what a study named with its author says, and what “the report” says (session 41)", () => {
  it("reads “A 2024 study by the Harbour Institute estimated”, “A report published in March by the …” and “The report notes” as findings", () => {
    const r = analyzeBody("Fines are rising. A 2024 study by the Harbour Institute estimated that fines would rise. A report published in March by the International Organization for Migration estimated that 1.3 million people had left. The council commissioned a review of the dam. The report notes that the district is short of 1,400 homes.");
    expect(claimWith(r, "fines would rise")?.kind).toBe("finding");
    expect(claimWith(r, "1.3 million")?.kind).toBe("finding");
    expect(claimWith(r, "1,400 homes")?.kind).toBe("finding");
  });
  it("keeps what a study's funder said its own, and a journal ending in “Reports” a journal", () => {
    const r = analyzeBody("The study was funded in part by the Lung Health Foundation, which said it had no say in the results. A 2023 study in the journal Poultry Science Reports found that some birds took hours to die.");
    expect(claimWith(r, "no say")?.kind).not.toBe("finding");
    expect(r.entities.find((e) => e.name === "Poultry Science Reports")?.kind).toBe("outlet");
  });
});

describe("a study by the journal that published it, and a headline's “study finds” (session 48)", () => {
  const body = "Cod eggs fell by 40 percent over a decade, according to a study published on Wednesday in Marine Ecology Letters. Shipowners disputed the findings.";
  it("gives “according to a study published … in Marine Ecology Letters” to the journal, as a finding", () => {
    const r = analyzeBody(body);
    const c = claimWith(r, "Cod eggs fell");
    expect(sourceName(r, c)).toBe("Marine Ecology Letters");
    expect(c?.kind).toBe("finding");
  });
  it("gives the headline's “…, study finds” to the one journal or body whose study the body cites", () => {
    const r = analyzeBody(body, "Ship noise is driving cod away, study finds");
    expect(sourceName(r, r.claims.find((c) => c.section === "title"))).toBe("Marine Ecology Letters");
  });
});
