import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { composeDocument } from "../../lib/analysis/document";
import type { AnalysisResult, EntityRef, ExtractedClaim } from "../../lib/analysis/types";
import { createTempDb } from "../test-support/temp-db";
import type { Db } from "../client";
import { getArticle, storeArticle, storeReanalysis } from "./articles";
import { getClaimsForArticles } from "./claims";

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTempDb()));
afterEach(() => cleanup());

const count = (sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;

const TITLE = "Mayor: bridge will reopen";
const BODY = "The bridge closed on Friday.\n\nMayor Ann Lee said the bridge would reopen in May. Lee blamed the storm.";

/** A hand-made engine result, so storage is tested apart from the engine. */
function analysis(entities: EntityRef[], claims: Partial<ExtractedClaim>[], version = "test-1"): AnalysisResult {
  const document = composeDocument({ title: TITLE, subtitle: null, body: BODY });
  return {
    analyzerVersion: version,
    document,
    entities,
    mentions: [],
    claims: claims.map((c) => {
      const exact = c.exact!;
      const start = document.text.indexOf(exact);
      return {
        section: "body",
        start,
        end: start + exact.length,
        exact,
        kind: "statement",
        source: null,
        cue: null,
        content: exact,
        quote: "none",
        hedged: false,
        hedges: [],
        blamed: [],
        checkWorthiness: 0.5,
        ...c,
      } as ExtractedClaim;
    }),
  };
}

const LEE: EntityRef = { key: "e1", name: "Ann Lee", kind: "person", aliases: ["Lee", "Mayor Ann Lee"] };
const STORM: EntityRef = { key: "e2", name: "storm", kind: "other", aliases: [] };

function store(result: AnalysisResult, contentHash = "h1") {
  const stored = storeArticle(
    { outlet: { name: "Gazette" }, title: TITLE, body: BODY, contentHash, analysis: result },
    db,
  );
  if (stored.status !== "imported") throw new Error("expected an import");
  return stored.article;
}

describe("storing the engine's claims", () => {
  it("stores claims with offsets into their own section and their resolved sources", () => {
    const article = store(
      analysis(
        [LEE, STORM],
        [
          { exact: "Mayor", section: "title", kind: "statement", source: { entityKey: "e1", text: "Mayor", role: null }, cue: ":" },
          { exact: "Mayor Ann Lee said the bridge would reopen in May.", source: { entityKey: "e1", text: "Mayor Ann Lee", role: "Mayor" }, cue: "said", quote: "indirect" },
          { exact: "Lee blamed the storm.", kind: "blame", source: { entityKey: "e1", text: "Lee", role: null }, cue: "blamed", blamed: [{ text: "the storm", entityKey: "e2" }] },
          { exact: "The bridge closed on Friday.", kind: "assertion" },
        ],
      ),
    );
    const claims = article.claims;
    expect(claims.map((c) => c.section)).toEqual(["title", "body", "body", "body"]);
    const [title, first, said, blame] = claims;
    expect(TITLE.slice(title!.start, title!.end)).toBe("Mayor");
    expect(first!.kind).toBe("assertion");
    expect(first!.source).toBeNull();
    expect(BODY.slice(said!.start, said!.end)).toBe(said!.exact);
    expect(said).toMatchObject({ source: { name: "Ann Lee", kind: "person" }, cue: "said", quote: "indirect", sourceRole: "Mayor" });
    expect(blame!.blamed).toEqual(["the storm"]);
    expect(count("select count(*) as n from entities")).toBe(2);
  });

  it("shows whom a pronoun or a description blamed means, beside the words", () => {
    const article = store(
      analysis([LEE, STORM], [{ exact: "Lee blamed the storm.", kind: "blame", source: { entityKey: "e1", text: "Lee", role: null }, cue: "blamed", blamed: [{ text: "it", entityKey: "e2" }, { text: "the council", entityKey: null }] }]),
    );
    expect(article.claims[0]!.blamed).toEqual(["it (storm)", "the council"]);
  });

  it("joins the same person across articles, by full name or an unambiguous surname", () => {
    store(analysis([LEE], [{ exact: "Lee blamed the storm.", kind: "blame", source: { entityKey: "e1", text: "Lee", role: null } }]), "h1");
    const onlySurname: EntityRef = { key: "x", name: "Lee", kind: "person", aliases: [] };
    const second = storeArticle(
      {
        outlet: { name: "Other" },
        title: "Other",
        body: BODY,
        contentHash: "h2",
        analysis: analysis([onlySurname], [{ exact: "Lee blamed the storm.", source: { entityKey: "x", text: "Lee", role: null } }]),
      },
      db,
    );
    expect(second.status === "imported" && second.article.claims[0]?.source?.name).toBe("Ann Lee");
    expect(count("select count(*) as n from entities")).toBe(1);
  });

  it("does not merge two people who share only a surname", () => {
    const other: EntityRef = { key: "e9", name: "Bob Lee", kind: "person", aliases: ["Lee"] };
    store(analysis([LEE], []), "h1");
    storeArticle({ outlet: { name: "B" }, title: "B", body: BODY, contentHash: "h2", analysis: analysis([other], []) }, db);
    const lee: EntityRef = { key: "z", name: "Lee", kind: "person", aliases: [] };
    storeArticle({ outlet: { name: "C" }, title: "C", body: BODY, contentHash: "h3", analysis: analysis([lee], []) }, db);
    expect(count("select count(*) as n from entities where kind = 'person'")).toBe(3);
  });

  it("stores nothing of the article when its analysis cannot be stored", () => {
    const broken = analysis([LEE], [{ exact: "Lee blamed the storm." }]);
    broken.claims[0]!.start = 3; // crosses from the title into the body
    expect(() => store(broken)).toThrow(/section boundary/);
    expect(count("select count(*) as n from articles")).toBe(0);
    expect(count("select count(*) as n from entities")).toBe(0);
  });
});

describe("re-analysis", () => {
  it("replaces engine claims but keeps what people dismissed, edited, fact-checked or added", () => {
    const article = store(
      analysis(
        [LEE],
        [
          { exact: "The bridge closed on Friday.", kind: "assertion" },
          { exact: "Mayor Ann Lee said the bridge would reopen in May.", source: { entityKey: "e1", text: "Mayor Ann Lee", role: null }, cue: "said" },
          { exact: "Lee blamed the storm.", kind: "blame", source: { entityKey: "e1", text: "Lee", role: null }, cue: "blamed" },
        ],
      ),
    );
    const [closed, said, blamed] = article.claims;
    db.$client.prepare("update claims set dismissed_at = 'now' where id = ?").run(closed!.id);
    db.$client.prepare("update claims set edited_at = 'now', cue = 'stated' where id = ?").run(said!.id);
    db.$client.prepare("insert into fact_checks (claim_id, explanation) values (?, 'checked')").run(blamed!.id);
    db.$client
      .prepare("insert into claims (article_id, section, start, \"end\", exact, kind, content, origin) values (?, 'body', 0, 3, 'The', 'assertion', 'The', 'manual')")
      .run(article.id);

    const rerun = analysis(
      [LEE],
      [
        { exact: "The bridge closed on Friday.", kind: "assertion" },
        { exact: "Mayor Ann Lee said the bridge would reopen in May.", source: { entityKey: "e1", text: "Mayor Ann Lee", role: null }, cue: "said" },
        { exact: "Lee blamed the storm.", kind: "statement" },
        { exact: "bridge would reopen in May", kind: "assertion" },
      ],
      "test-2",
    );
    const stored = storeReanalysis(article.id, rerun, db);
    expect(stored).toMatchObject({ claims: 1, kept: 4 });
    expect(count("select count(*) as n from fact_checks")).toBe(1);
    const visible = getClaimsForArticles([article.id], db).get(article.id)!;
    expect(visible.find((c) => c.id === said!.id)?.cue).toBe("stated");
    expect(visible.find((c) => c.id === blamed!.id)?.kind).toBe("blame");
    expect(visible.some((c) => c.id === closed!.id)).toBe(false); // dismissed stays hidden
    expect(visible.filter((c) => c.exact === "bridge would reopen in May")).toHaveLength(1);
    expect(getArticle(article.id, db)).not.toBeNull();
    expect(count(`select count(*) as n from articles where analyzer_version = 'test-2'`)).toBe(1);
  });
});
