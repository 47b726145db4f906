// The exports on a real SQLite file: the sample archive, one published and one draft fact-check.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSampleData } from "../../lib/import/sample-data";
import { importText } from "../../lib/import/import-text";
import { annotationCollection, toWebAnnotation, CONTEXT_CHARS } from "../../lib/exports/annotations";
import { CLAIMS_CSV_HEADER, claimCsvRow, type ExportClaim } from "../../lib/exports/claims";
import { claimReviewsExport } from "../../lib/exports/claimreviews";
import { createTempDb } from "../test-support/temp-db";
import type { Db } from "../client";
import { getClaimsForArticles } from "./claims";
import { getEventComparison } from "./comparison";
import { createFactCheck, listPublishedFactChecks, listRatings, updateFactCheck } from "./fact-checks";
import { countExportClaims, exportClaimBatches } from "./exports";
import { createUser } from "./users";

const SITE = "https://parallax.example/";
let db: Db;
let cleanup: () => void;
let published: { id: number; claimId: number };
let draft: { id: number; claimId: number };
let propositionCheck: { id: number; propositionId: number; eventId: number };
let all: ExportClaim[];

beforeAll(async () => {
  ({ db, cleanup } = createTempDb());
  loadSampleData(db);
  // An article with accents, a quote mark and a comma in its words, and a claim in its headline.
  const imported = importText(
    { text: 'Zürich mayor says "no" to tolls, blames Bern\n\nMayor Corine Mauch said on Monday that the city would "never" charge tolls, blaming the canton of Bern for the delay.', outlet: "Tages-Anzeiger", publishedAt: "2025-03-07" },
    db,
  );
  if (imported.status !== "imported") throw new Error("expected an import");
  const checker = (await createUser({ email: "c@example.org", name: "Cora Checker", password: "long enough password", role: "fact_checker" }, null, db)).id;
  const claimIds = (db.$client.prepare("select id from claims where dismissed_at is null order by id").all() as { id: number }[]).map((r) => r.id);
  const ratingId = listRatings(db).find((r) => r.label === "False")!.id;
  const evidence = [{ url: "https://example.org/source", note: "The record" }];
  const made = createFactCheck({ claimId: claimIds[0]! }, { ratingId, explanation: "The record says otherwise.", evidence, status: "published" }, checker, db);
  published = { id: made.id, claimId: claimIds[0]! };
  const d = createFactCheck({ claimId: claimIds[1]! }, { ratingId, explanation: "Not yet.", evidence: [], status: "draft" }, checker, db);
  draft = { id: d.id, claimId: claimIds[1]! };
  const p = db.$client.prepare("select id, event_id as eventId from propositions order by id limit 1").get() as { id: number; eventId: number };
  const pc = createFactCheck({ propositionId: p.id }, { ratingId, explanation: "All wrong.", evidence, status: "published" }, checker, db);
  propositionCheck = { id: pc.id, propositionId: p.id, eventId: p.eventId };
  all = [...exportClaimBatches({}, db, 1)].flat();
});
afterAll(() => cleanup());

describe("exportClaimBatches", () => {
  it("reads every claim that is not dismissed, once, in batches", () => {
    const ids = all.map((c) => c.claimId);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(countExportClaims({}, db));
    const stored = (db.$client.prepare("select count(*) as n from claims where dismissed_at is null").get() as { n: number }).n;
    expect(ids.length).toBe(stored);
    // With more articles per batch, the same claims in the same order.
    expect([...exportClaimBatches({}, db)].flat().map((c) => c.claimId)).toEqual(ids);
  });

  it("leaves dismissed claims out and keeps to one event when asked", () => {
    const victim = all[all.length - 1]!;
    db.$client.prepare("update claims set dismissed_at = '2025-01-01' where id = ?").run(victim.claimId);
    try {
      expect([...exportClaimBatches({}, db)].flat().some((c) => c.claimId === victim.claimId)).toBe(false);
    } finally {
      db.$client.prepare("update claims set dismissed_at = null where id = ?").run(victim.claimId);
    }
    const eventId = all[0]!.eventId!;
    const one = [...exportClaimBatches({ eventId }, db)].flat();
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((c) => c.eventId === eventId)).toBe(true);
    expect(one.length).toBe(countExportClaims({ eventId }, db));
  });

  it("carries only published verdicts", () => {
    expect(all.find((c) => c.claimId === published.claimId)!.verdict).toEqual({ factCheckId: published.id, label: "False", color: expect.any(String) });
    expect(all.find((c) => c.claimId === draft.claimId)!.verdict).toBeNull();
  });
});

describe("Web Annotations", () => {
  it("select exactly the claim's words in its section's text, with context", () => {
    const sections = new Set<string>();
    for (const claim of all) {
      const a = toWebAnnotation(claim, SITE);
      const [quote, position] = a.target.selector;
      sections.add(claim.section);
      const article = db.$client.prepare("select title, subtitle, body, url from articles where id = ?").get(claim.articleId) as Record<string, string | null>;
      const text = claim.section === "title" ? article.title! : claim.section === "subtitle" ? article.subtitle! : article.body!;
      expect(text.slice(position.start, position.end)).toBe(quote.exact);
      expect(quote.exact).toBe(claim.exact);
      expect(text.slice(0, position.start).endsWith(quote.prefix)).toBe(true);
      expect(text.slice(position.end).startsWith(quote.suffix)).toBe(true);
      expect(quote.prefix.length).toBe(Math.min(CONTEXT_CHARS, position.start));
      expect(quote.suffix.length).toBe(Math.min(CONTEXT_CHARS, text.length - position.end));
      expect(a.target["parallax:section"]).toBe(claim.section);
      expect(a.target.source).toBe(article.url ?? `https://parallax.example/articles/${claim.articleId}`);
    }
    expect(sections.has("title")).toBe(true);
    expect(sections.has("body")).toBe(true);
  });

  it("assess claims with a published verdict and highlight the rest", () => {
    const checked = toWebAnnotation(all.find((c) => c.claimId === published.claimId)!, SITE);
    expect(checked.motivation).toBe("assessing");
    expect(checked.body).toContainEqual({ type: "TextualBody", purpose: "assessing", value: "False", format: "text/plain" });
    expect(checked.body).toContainEqual(expect.objectContaining({ id: `https://parallax.example/fact-checks/${published.id}` }));
    const plain = toWebAnnotation(all.find((c) => c.claimId === draft.claimId)!, SITE);
    expect(plain.motivation).toBe("highlighting");
    expect(plain.body.some((b) => b.purpose === "assessing")).toBe(false);
    expect(plain.body[0]).toMatchObject({ type: "TextualBody", purpose: "tagging" });
  });

  it("form one JSON-LD AnnotationCollection", () => {
    const doc = JSON.parse(annotationCollection(all, SITE, "https://parallax.example/api/exports/annotations", "All"));
    expect(doc["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(doc.type).toBe("AnnotationCollection");
    expect(doc.total).toBe(all.length);
    expect(doc.first.type).toBe("AnnotationPage");
    expect(doc.first.items).toHaveLength(all.length);
    expect(doc.first.items[0].type).toBe("Annotation");
    expect(JSON.parse(annotationCollection([], SITE, "x", "none")).first.items).toEqual([]);
  });
});

describe("claims CSV", () => {
  it("writes one record per claim in the header's order, with the verdict when published", () => {
    const claim = all.find((c) => c.claimId === published.claimId)!;
    const row = claimCsvRow(claim, SITE);
    expect(row.endsWith("\r\n")).toBe(true);
    expect(row.startsWith(`${claim.claimId},${claim.eventId},`)).toBe(true);
    expect(row).toContain(`,False,published,https://parallax.example/fact-checks/${published.id}\r\n`);
    const zurich = all.find((c) => c.section === "title" && c.articleTitle.startsWith("Zürich"))!;
    const zRow = claimCsvRow(zurich, SITE);
    expect(zRow).toContain('"Zürich mayor says ""no"" to tolls, blames Bern"');
    expect(zRow.endsWith(",,,\r\n")).toBe(true);
    expect(CLAIMS_CSV_HEADER).toHaveLength(20);
  });
});

describe("published verdicts in the views", () => {
  it("ClaimView.verdict: the published fact-check only", () => {
    const articleIds = [...new Set(all.map((c) => c.articleId))];
    const claims = [...getClaimsForArticles(articleIds, db).values()].flat();
    expect(claims.find((c) => c.id === published.claimId)!.verdict).toMatchObject({ factCheckId: published.id, label: "False" });
    expect(claims.find((c) => c.id === draft.claimId)!.verdict).toBeNull();
  });

  it("PropositionView.verdict, and gone once unpublished", async () => {
    const find = () => getEventComparison(db, propositionCheck.eventId)!.propositions.find((p) => p.id === propositionCheck.propositionId)!;
    expect(find().verdict).toMatchObject({ factCheckId: propositionCheck.id, label: "False" });
    const ratingId = listRatings(db).find((r) => r.label === "False")!.id;
    const checker = (db.$client.prepare("select id from users limit 1").get() as { id: number }).id;
    updateFactCheck(propositionCheck.id, 1, { ratingId, explanation: "All wrong.", evidence: [], status: "draft" }, checker, db);
    expect(find().verdict).toBeNull();
    expect(listPublishedFactChecks(db).some((f) => f.id === propositionCheck.id)).toBe(false);
  });
});

describe("ClaimReview export", () => {
  it("carries the review, the claim with its author and appearance, and the rating", () => {
    const scale = listRatings(db);
    const reviews = claimReviewsExport(listPublishedFactChecks(db), scale, SITE);
    const review = reviews.find((r) => r.url === `https://parallax.example/fact-checks/${published.id}`)!;
    const claim = all.find((c) => c.claimId === published.claimId)!;
    expect(review["@type"]).toBe("ClaimReview");
    expect(review.claimReviewed).toBe(claim.exact);
    expect(review.itemReviewed["@type"]).toBe("Claim");
    expect(review.itemReviewed.author?.name).toBeTruthy();
    expect(review.itemReviewed.appearance?.[0]?.url).toBe(claim.articleUrl ?? `https://parallax.example/articles/${claim.articleId}`);
    expect(review.reviewRating).toMatchObject({
      "@type": "Rating",
      ratingValue: scale.find((r) => r.label === "False")!.value,
      bestRating: Math.max(...scale.map((r) => r.value)),
      worstRating: Math.min(...scale.map((r) => r.value)),
      alternateName: "False",
    });
    expect(review.author).toMatchObject({ "@type": "Organization", name: "Parallax" });
    expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // Drafts never leave Parallax, even when handed in.
    const withDraft = claimReviewsExport([...listPublishedFactChecks(db), { ...listPublishedFactChecks(db)[0]!, id: draft.id, status: "draft" }], scale, SITE);
    expect(withDraft.some((r) => r.url.endsWith(`/fact-checks/${draft.id}`))).toBe(false);
  });
});
