import { describe, expect, it } from "vitest";
import { clusterArticles, type EventArticle } from "./events";

// Two reports of one made-up story from different angles, each with many words of its own, and an unrelated story.
// In an archive of one article, IDF alone would rank the words the two reports share below words neither shares
// (their similarity is 0.145 then, under the join threshold of 0.15).
const collapse: EventArticle = {
  title: "Port Ellis harbour wall collapses in overnight storm",
  body:
    "A section of the Port Ellis harbour wall collapsed during Tuesday's storm, flooding the fish market and " +
    "sweeping three moored trawlers onto the slipway. Coastguard crews evacuated forty residents from cottages " +
    "along Quay Street before dawn. Mayor Ann Holt toured the damage with insurers and promised emergency repairs " +
    "to the harbour wall. Shopkeepers described waves crashing over rooftops, broken windows, ruined stock and a " +
    "car park buried under shingle. The ferry to Gull Island was cancelled, and schools closed while electricians " +
    "restored power to the seafront.",
  published: null,
};
const warnings: EventArticle = {
  title: "Council ignored engineers' warnings for five years",
  body:
    "The harbour wall had been condemned years ago, before the storm. " +
    "Inspection reports seen by the Gazette show engineers told the council in 2019 that the Port Ellis harbour " +
    "wall had deep cracks and corroded reinforcement. The consultants recommended urgent underpinning, costed at " +
    "two million pounds, but councillors deferred the budget twice, citing pension liabilities and a leisure " +
    "centre refurbishment. Opposition members now demand a public inquiry into the delay. A council spokesman " +
    "said maintenance contracts were reviewed annually and that the harbour wall was monitored by surveyors. " +
    "Structural experts contacted by the Gazette said masonry fatigue, tidal scour and neglected drainage " +
    "probably weakened the foundations. The harbour wall collapsed in Tuesday's storm, flooding the fish market and " +
    "wrecking trawlers, and Mayor Ann Holt has promised emergency repairs.",
  published: null,
};
const library: EventArticle = {
  title: "Shelbyville library reopens after renovation",
  body:
    "The Shelbyville library reopened on Saturday after an eighteen-month renovation that added a children's " +
    "wing, a rooftop reading garden and solar panels. Volunteers catalogued donated books while a brass band played " +
    "outside. Librarians expect membership to double, and the café will host poetry evenings every Thursday.",
  published: null,
};

describe("clusterArticles", () => {
  it("keeps two reports of one story together in a new archive, and an unrelated story apart", () => {
    const events = clusterArticles([collapse, warnings, library]);
    expect(events).toEqual([[0, 1], [2]]);
  });
});
