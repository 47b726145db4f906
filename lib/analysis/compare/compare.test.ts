import { describe, expect, it } from "vitest";
import { analyzeBody } from "../test-helpers";
import { compareArticles, linkEntities, wordDiff, type Comparison, type CompareArticle } from ".";
import { MAX_CLAIMS_PER_ARTICLE } from "./align";
import { mentionsOnAir } from "./broadcast";
import { contentStems } from "./terms";
import { runs } from "./word-diff";

// Two made-up outlets covering one made-up event.
const herald: CompareArticle = {
  outlet: "Springfield Herald",
  analysis: analyzeBody(
    "Mayor Ann Holt resigned on Friday after reports emerged that she misled the city council about the harbour contract. " +
      "The contractor, Dockside Ltd, has denied paying any bribes to city officials. " +
      "Police said 12 people were questioned. " +
      "The library will reopen in March.",
    "Mayor resigns over harbour contract",
  ),
};
const gazette: CompareArticle = {
  outlet: "Shelbyville Gazette",
  analysis: analyzeBody(
    "Without a hint of irony, Holt resigned on Friday for misleading the city council about the harbour contract. " +
      "Dockside chief executive Paul Varga has repeatedly denied paying bribes to city officials. " +
      "Police said 15 people were questioned.",
    "Holt quits in harbour scandal",
  ),
};

function propositionWith(c: Comparison, articles: CompareArticle[], fragment: string) {
  return c.propositions.find((p) => p.claims.some((r) => articles[r.article]!.analysis.claims[r.claim]!.exact.includes(fragment)));
}

describe("wordDiff", () => {
  it("marks the words only one version has", () => {
    const d = wordDiff("Flynn misled Trump administration officials", "Flynn misled Vice President Mike Pence");
    expect(runs(d, "removed")).toEqual(["Trump administration officials"]);
    expect(runs(d, "added")).toEqual(["Vice President Mike Pence"]);
    expect(d.filter((t) => t.op === "same").map((t) => t.text)).toEqual(["Flynn", "misled"]);
  });
  it("ignores case and the dots of abbreviations", () => {
    expect(wordDiff("U.S. spies", "US Spies").every((t) => t.op === "same")).toBe(true);
  });
});

describe("linkEntities", () => {
  it("links a surname in one outlet to the full name in another, and country forms", () => {
    const links = linkEntities([herald, gazette]);
    const holt = (i: number) => {
      const e = [herald, gazette][i]!.analysis.entities.find((x) => /Holt/.test(x.name))!;
      return links.globalId(i, e.key);
    };
    expect(holt(0)).toBe(holt(1));
    expect(links.nameOf(holt(1))).toBe("Ann Holt");
  });
  it("links a person's two-word name to the same name with a middle name, when only one such person is named", () => {
    const pair = ["Dana Reyes said the bridge was safe.", "Dana M. Reyes, the engineer, said the bridge was safe."].map(
      (body, i): CompareArticle => ({ outlet: `Outlet ${i}`, analysis: analyzeBody(body) }),
    );
    const links = linkEntities(pair);
    const ids = pair.map((a, i) => links.globalId(i, a.analysis.entities.find((e) => /Reyes/.test(e.name))!.key));
    expect(ids[0]).toBe(ids[1]);
    expect(links.nameOf(ids[0]!)).toBe("Dana M. Reyes");
  });
  it("still links a surname to its person when the person also speaks together with someone else", () => {
    const pair = ["Dana Reyes and Tom Hale said the bridge was safe. Later Tom Hale left.", "On Monday, Hale said the bridge was safe."].map(
      (body, i): CompareArticle => ({ outlet: `Outlet ${i}`, analysis: analyzeBody(body) }),
    );
    const links = linkEntities(pair);
    const id = (i: number, name: string) => links.globalId(i, pair[i]!.analysis.entities.find((e) => e.name === name)!.key);
    expect(pair[0]!.analysis.entities.map((e) => e.name)).toContain("Dana Reyes and Tom Hale");
    expect(id(1, "Hale")).toBe(id(0, "Tom Hale"));
    expect(id(0, "Dana Reyes and Tom Hale")).not.toBe(id(0, "Tom Hale"));
  });
  it("links a name with “Jr.” only to the same name with “Jr.”", () => {
    const three = ["Carl Weston Jr. said the dam held.", "Carl D. Weston Jr. said the dam held.", "Carl D. Weston said the dam broke."].map(
      (body, i): CompareArticle => ({ outlet: `Outlet ${i}`, analysis: analyzeBody(body) }),
    );
    const links = linkEntities(three);
    const ids = three.map((a, i) => links.globalId(i, a.analysis.entities.find((e) => /Weston/.test(e.name))!.key));
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).not.toBe(ids[0]);
  });
  it("links neither when two people share the first and last name", () => {
    const three = ["Tom Hale said the dam held.", "Tom A. Hale said the dam held.", "Tom B. Hale said the dam broke."].map(
      (body, i): CompareArticle => ({ outlet: `Outlet ${i}`, analysis: analyzeBody(body) }),
    );
    const links = linkEntities(three);
    const ids = three.map((a, i) => links.globalId(i, a.analysis.entities.find((e) => /Hale/.test(e.name))!.key));
    expect(new Set(ids).size).toBe(3);
  });
  it("links a one-word name that three outlets use, however they capitalise it", () => {
    const three = ["Users say Harbornet is slow, Dana Reyes said.", "Residents called Harbornet a failure.", "The city said HarborNet will be replaced."].map(
      (body, i): CompareArticle => ({ outlet: `Outlet ${i}`, analysis: analyzeBody(body) }),
    );
    const links = linkEntities(three);
    const ids = three.map((a, i) => links.globalId(i, a.analysis.entities.find((e) => /harbornet/i.test(e.name))!.key));
    expect(new Set(ids).size).toBe(1);
  });
});

describe("compareArticles", () => {
  const articles = [herald, gazette];
  const c = compareArticles(articles);

  it("puts each claim in exactly one proposition", () => {
    const all = c.propositions.flatMap((p) => p.claims.map((r) => `${r.article}:${r.claim}`));
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(herald.analysis.claims.length + gazette.analysis.claims.length);
  });

  it("lines up the same event told in different words and names what differs", () => {
    const resign = propositionWith(c, articles, "resigned on Friday after reports")!;
    expect(new Set(resign.claims.map((r) => r.article))).toEqual(new Set([0, 1]));
    const types = resign.differences.map((d) => d.type);
    expect(types).toContain("hedging");
    expect(types).toContain("framing");
    expect(resign.differences.find((d) => d.type === "hedging")!.explanation).toMatch(/Springfield Herald hedges it \(“after reports emerged”\)/);
    expect(resign.differences.find((d) => d.type === "framing")!.explanation).toMatch(/Without a hint of irony/);
  });

  it("reports a different source for the same denial", () => {
    const denial = propositionWith(c, articles, "denied paying")!;
    expect(new Set(denial.claims.map((r) => r.article))).toEqual(new Set([0, 1]));
    expect(denial.category).toBe("denials");
    const attribution = denial.differences.find((d) => d.type === "attribution");
    expect(attribution?.explanation).toBe("Springfield Herald attributes this to Dockside Ltd; Shelbyville Gazette attributes it to Paul Varga.");
  });

  it("calls different numbers for the same thing a contradiction", () => {
    const police = propositionWith(c, articles, "people were questioned")!;
    const contradiction = police.differences.find((d) => d.type === "contradiction");
    expect(contradiction?.explanation).toBe("Springfield Herald says 12 people; Shelbyville Gazette says 15 people.");
    expect(contradiction?.diff?.filter((t) => t.op !== "same").map((t) => t.text)).toEqual(["12", "15"]);
  });

  it("calls one source's words negated in one outlet and not in the other a contradiction", () => {
    const pair = [
      { outlet: "Herald", analysis: analyzeBody("Ann Holt said the council never approved the harbour contract.") },
      { outlet: "Gazette", analysis: analyzeBody("Ann Holt said the council approved the harbour contract in May.") },
    ];
    const [harbour] = compareArticles(pair).propositions;
    expect(harbour!.claims).toHaveLength(2);
    expect(harbour!.differences.find((d) => d.type === "contradiction")?.explanation).toBe(
      "Herald says “never approved”; Gazette says “approved” without a negation.",
    );
  });

  it("does not line up two claims that share a single word", () => {
    const pair = [
      { outlet: "Herald", analysis: analyzeBody("Holt approved them.") },
      { outlet: "Gazette", analysis: analyzeBody("The council approved cuts.") },
    ];
    expect(compareArticles(pair).propositions.map((p) => p.claims.length)).toEqual([1, 1]);
  });

  it("does not count a light verb or a general noun as a shared word, but lines up a claim made of little else", () => {
    const remarks = [
      { outlet: "Herald", analysis: analyzeBody("Holt said it was time to make the harbour safe.") },
      { outlet: "Gazette", analysis: analyzeBody("Holt said it was time to make peace with the unions.") },
    ];
    expect(compareArticles(remarks).propositions.map((p) => p.claims.length)).toEqual([1, 1]);
    const slogan = [
      { outlet: "Herald", analysis: analyzeBody("Holt said: “It can make her strong again.”") },
      { outlet: "Gazette", analysis: analyzeBody("“It can make her strong again,” Holt said.") },
    ];
    expect(compareArticles(slogan).propositions.map((p) => p.claims.length)).toEqual([2]);
  });

  it("keeps a claim only one outlet makes as its own proposition, with the omission named", () => {
    const library = propositionWith(c, articles, "library will reopen")!;
    expect(library.claims).toHaveLength(1);
    expect(library.category).toBe("background");
    expect(library.differences).toEqual([
      expect.objectContaining({ type: "omission", articles: [0], explanation: "Only Springfield Herald reports this; Shelbyville Gazette does not." }),
    ]);
  });

  it("keeps the groups people made and the claims they set apart", () => {
    const denialH = herald.analysis.claims.findIndex((x) => x.exact.includes("denied paying"));
    const libraryH = herald.analysis.claims.findIndex((x) => x.exact.includes("library"));
    const policeG = gazette.analysis.claims.findIndex((x) => x.exact.includes("15 people"));
    const pinned = compareArticles(articles, {
      pinned: [[{ article: 0, claim: libraryH }, { article: 1, claim: policeG }]],
      single: [{ article: 0, claim: denialH }],
    });
    const manual = pinned.propositions.find((p) => p.pinned && p.claims.length === 2)!;
    expect(manual.claims).toEqual([{ article: 0, claim: libraryH }, { article: 1, claim: policeG }]);
    const alone = pinned.propositions.find((p) => p.claims.some((r) => r.article === 0 && r.claim === denialH))!;
    expect(alone.claims).toHaveLength(1);
    expect(alone.pinned).toBe(true);
  });
});

describe("saying something on air", () => {
  const lineUp = (herald: string, gazette: string) =>
    compareArticles([
      { outlet: "Herald", analysis: analyzeBody(`${herald} The library will reopen in March.`) },
      { outlet: "Gazette", analysis: analyzeBody(`${gazette} The harbour will close in May.`) },
    ]).propositions.map((p) => p.claims.length);

  it("is one thing whether an outlet names the programme, the network or only the air, and nothing that looks like it", () => {
    for (const on of ["on air last month", "on television last month", "in a radio interview", "on CNN"]) {
      expect(mentionsOnAir(`Tom Hale repeated the charge ${on}.`), on).toBe(true);
    }
    for (const on of ["on Face the Nation", "on Meet the Press", "on the ABC News program “This Week”"]) {
      expect(mentionsOnAir(`Tom Hale appeared ${on}.`), on).toBe(true);
    }
    for (const text of [
      "The city spent more on the air force base than on schools.",
      "Holt will meet the press on Monday.",
      "NBC News reported that the pier was unsafe.",
      "The council will face the nation's scrutiny.",
      "She gave up on air travel.",
      "Tom Hale was injured in a crash on Fox Road.",
    ]) {
      expect(mentionsOnAir(text), text).toBe(false);
    }
    // The two claims share nothing else but the speaker.
    expect(lineUp("Tom Hale repeated the charge on air last month.", "Tom Hale appeared on Face the Nation and denied any wrongdoing.")).toEqual([2, 1, 1]);
  });

  it("lines up with a claim through the appositive that says who repeated it on air", () => {
    // The Herald's Holt claim and the Gazette's Hale claim share only Holt's name; the appositive ("a claim which
    // … Tom Hale repeated on air") shares Hale and the broadcast with the Gazette's.
    const pair = [
      {
        outlet: "Herald",
        analysis: analyzeBody(
          "Mayor Ann Holt resigned on Friday. Holt had said she did not discuss the harbour contract with Paul Varga during the campaign, " +
            "a claim which Deputy Mayor Tom Hale repeated on air last month. The library will reopen in March.",
        ),
      },
      {
        outlet: "Gazette",
        analysis: analyzeBody(
          "Holt resigned on Friday after misleading the council about a call with Paul Varga. " +
            "Tom Hale appeared on Face the Nation to defend Holt and categorically denied any wrongdoing. The harbour will close in May.",
        ),
      },
    ];
    const defence = propositionWith(compareArticles(pair), pair, "Face the Nation")!;
    expect(defence.claims.map((r) => pair[r.article]!.analysis.claims[r.claim]!.exact)).toEqual([
      "Holt had said she did not discuss the harbour contract with Paul Varga during the campaign",
      "a claim which Deputy Mayor Tom Hale repeated on air last month.",
      "Tom Hale appeared on Face the Nation to defend Holt and categorically denied any wrongdoing.",
    ]);
    // The appositive only renames the claim: it does not name the proposition.
    expect(defence.topic).not.toMatch(/^A claim which/);
    // A sentence of its own that refers back ("The statement was issued …") may tell what its claim never did:
    // its words do not pull other claims into its claim's proposition.
    const apart = [
      { outlet: "Herald", analysis: analyzeBody("Holt said the harbour would reopen in May. The statement was issued a day after Tom Hale's appearance on air.") },
      { outlet: "Gazette", analysis: analyzeBody("Tom Hale appeared on Face the Nation on Sunday.") },
    ];
    const hale = propositionWith(compareArticles(apart), apart, "Face the Nation")!;
    expect(hale.claims).toHaveLength(1);
  });
});

describe("text that repeats itself", () => {
  it("gives no proposition more than a few claims of one article, and still lines the repeats up", () => {
    const repeated = (article: CompareArticle, times: number): CompareArticle => ({
      outlet: article.outlet,
      analysis: analyzeBody(Array(times).fill(article.analysis.document.text).join("\n\n")),
    });
    const articles = [repeated(herald, 40), repeated(gazette, 40)];
    const c = compareArticles(articles);
    const placed = c.propositions.flatMap((p) => p.claims.map((r) => `${r.article}:${r.claim}`));
    expect(new Set(placed).size).toBe(placed.length);
    expect(placed.length).toBe(articles[0]!.analysis.claims.length + articles[1]!.analysis.claims.length);
    for (const p of c.propositions) {
      for (const article of [0, 1]) expect(p.claims.filter((r) => r.article === article).length).toBeLessThanOrEqual(MAX_CLAIMS_PER_ARTICLE);
    }
    const police = c.propositions.filter((p) => [0, 1].every((a) => p.claims.some((r) => r.article === a && articles[a]!.analysis.claims[r.claim]!.exact.startsWith("Police said"))));
    expect(police.length, "propositions pairing the police figures").toBeGreaterThanOrEqual(10);
  });
});

describe("a spokesperson and the body they speak for", () => {
  /** The proposition two made-up outlets share, the first attributing it as `heraldSource` says. */
  const sharedClaim = (heraldSource: string) =>
    compareArticles([
      { outlet: "Springfield Herald", analysis: analyzeBody(`${heraldSource} said the north pier would reopen in May after the repairs.`) },
      { outlet: "Shelbyville Gazette", analysis: analyzeBody("The Harbor Authority said the north pier would reopen in May after the repairs.") },
    ]).propositions.find((p) => p.claims.length === 2)!;

  it("are the same source worded differently, not an attribution difference", () => {
    const pier = sharedClaim("Lena Park, a spokeswoman for the Harbor Authority,");
    expect(pier.differences.map((d) => d.type)).not.toContain("attribution");
    expect(pier.differences.find((d) => d.type === "detail")!.explanation).toBe(
      "Springfield Herald names who spoke for Harbor Authority: Lena Park, a spokeswoman for the Harbor Authority; Shelbyville Gazette attributes it to Harbor Authority.",
    );
  });
  it("a founder speaks for themselves: still an attribution difference", () => {
    expect(sharedClaim("Jo Lane, the founder of the Harbor Authority,").differences.map((d) => d.type)).toContain("attribution");
  });
});

describe("claim terms", () => {
  it("leave out hedges and discourse markers: they say how a thing is claimed, not what", () => {
    expect(contentStems("In fact, the mayor reportedly approved the budget")).toEqual(contentStems("the mayor approved the budget"));
    expect(contentStems("Allegedly the fund was, of course, empty")).toEqual(contentStems("the fund was empty"));
    // (A single quotation mark closing a word is no part of it.)
    expect(contentStems("called the vote 'reckless'")).toEqual(contentStems("called the vote reckless"));
  });
});

describe("what a headline names", () => {
  // Two made-up outlets: one headline names who is blamed, the other does not; the bodies differ in one party.
  const articles: CompareArticle[] = [
    {
      outlet: "Springfield Herald",
      analysis: analyzeBody(
        "The union on Monday blamed a “smear campaign” by the press and the council for the strike at the harbour.",
        "Union: harbour strike due to ‘smear campaign’ by council, press",
      ),
    },
    {
      outlet: "Shelbyville Gazette",
      analysis: analyzeBody(
        "The union on Monday blamed the strike at the harbour on a “smear campaign” by the council, journalists and the port owners.",
        "Union blames harbour strike on ‘smear campaign’",
      ),
    },
  ];
  const differences = () => propositionWith(compareArticles(articles), articles, "smear campaign")!.differences;

  it("is weighed against the other headline, never against a sentence of the other outlet's body", () => {
    const explanations = differences().map((d) => d.explanation);
    expect(explanations).toContain("Shelbyville Gazette’s headline leaves out council and press, which Springfield Herald’s headline includes.");
    // The Gazette's body names the council: its headline leaving it out is not the Gazette leaving it out.
    expect(explanations.filter((e) => /^Shelbyville Gazette leaves out/.test(e))).toEqual([]);
  });
  it("still leaves out what the other article names nowhere, said once", () => {
    const pair: CompareArticle[] = [
      {
        outlet: "Springfield Herald",
        analysis: analyzeBody("The Dock Union on Monday blamed the council for the strike at the harbour.", "Dock Union blames council, port owners for harbour strike"),
      },
      { outlet: "Shelbyville Gazette", analysis: analyzeBody("The Dock Union on Monday blamed the council for the strike at the harbour, its second this year.") },
    ];
    const explanations = propositionWith(compareArticles(pair), pair, "blamed the council")!.differences.map((d) => d.explanation);
    expect(explanations.filter((e) => e.includes("port owners"))).toEqual(["Shelbyville Gazette leaves out port owners, which Springfield Herald includes."]);
  });
  it("the press and journalists are one party blamed; the bodies differ only in the port owners", () => {
    expect(differences().filter((d) => d.type === "omission" || d.type === "detail").map((d) => d.explanation)).toContain(
      "Springfield Herald leaves out port owners, which Shelbyville Gazette includes.",
    );
  });
});

describe("who is blamed, across outlets", () => {
  it("is the same party whether one outlet names them and the other refers back to them", () => {
    const articles: CompareArticle[] = [
      { outlet: "Springfield Herald", analysis: analyzeBody("Ann Holt spoke about the harbour fees on Monday. Council member Tom Reyes called her rhetoric “reckless” on Tuesday.") },
      { outlet: "Shelbyville Gazette", analysis: analyzeBody("Council member Tom Reyes called Ann Holt's rhetoric “reckless” on Tuesday.") },
    ];
    const row = propositionWith(compareArticles(articles), articles, "reckless")!;
    expect(row.claims.map((r) => r.article).sort()).toEqual([0, 1]);
    expect(row.differences.filter((d) => d.type === "omission" || d.type === "detail").map((d) => d.explanation)).toEqual([]);
  });
});
