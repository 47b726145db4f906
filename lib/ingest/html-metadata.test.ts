import fs from "node:fs";
import path from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { describe, expect, it } from "vitest";
import { pageDate, readPageMetadata } from "./html-metadata";

function fixture(name: string): string {
  return fs.readFileSync(path.join(__dirname, "fixtures", name), "utf8");
}

function read(html: string, pageUrl?: string) {
  const { document } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window;
  return readPageMetadata(document, pageUrl);
}

const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const page = (head: string) => `<!doctype html><html><head>${head}</head><body><p>Body.</p></body></html>`;

describe("readPageMetadata on the fixtures", () => {
  it("reads the NewsArticle of a JSON-LD @graph over OpenGraph and meta tags", () => {
    const meta = read(fixture("jsonld-news.html"), "https://www.meridiancourier.example/p/88213");
    expect(meta).toEqual({
      title: "Port authority’s dredging plan splits river towns",
      subtitle: "Upstream mayors say deeper channel will cost them their moorings",
      // publisher is an {"@id"} reference to the Organization node of the graph
      outlet: "The Meridian Courier",
      authors: ["Ana Lindqvist", "Tomás Reyes"],
      publishedAt: "2024-05-14T06:30:00-04:00",
      modifiedAt: "2024-05-14T09:12:00-04:00",
      // mainEntityOfPage, with utm_* and the fragment dropped and page=2 kept
      url: "https://www.meridiancourier.example/2024/05/14/port-dredging-plan-river-towns/?page=2",
      description: "Upstream towns fear silt and lost moorings; the port says the channel must be deepened by 2026.",
      origins: {
        title: "json-ld",
        outlet: "json-ld",
        author: "json-ld",
        publishedAt: "json-ld",
        modifiedAt: "json-ld",
        url: "json-ld",
      },
    });
  });

  it("reads a page with only OpenGraph and meta tags", () => {
    const meta = read(fixture("opengraph-only.html"), "https://eastsideledger.example/some/where?x=1");
    expect(meta.title).toBe("Library opening hours cut at four branches");
    expect(meta.outlet).toBe("Eastside Ledger");
    // article:author is a profile URL, so the name comes from <meta name="author">, without its "By"
    expect(meta.authors).toEqual(["Priya Natarajan"]);
    expect(meta.publishedAt).toBe("2024-02-03T08:15:00+00:00");
    // article:modified_time "last week" is not a date
    expect(meta.modifiedAt).toBeNull();
    // the relative canonical link, resolved against the page, without CMP and gclid
    expect(meta.url).toBe("https://eastsideledger.example/local/2024/library-hours-cut");
    expect(meta.subtitle).toBeNull();
    expect(meta.description).toBe("Four neighbourhood libraries will close on Mondays from March.");
    expect(meta.origins).toEqual({
      title: "opengraph",
      outlet: "opengraph",
      author: "meta",
      publishedAt: "opengraph",
      url: "meta",
    });
  });

  it("reads a JSON-LD @type array and a plain-string author", () => {
    const meta = read(fixture("boilerplate-heavy.html"));
    expect(meta.title).toBe("City to test four-day week for bin crews");
    expect(meta.authors).toEqual(["Dana Okafor"]);
    expect(meta.outlet).toBe("Northport Daily News");
    expect(meta.origins.author).toBe("json-ld");
    expect(meta.url).toBe("https://news.northport.example/city/four-day-week-bin-crews-7731");
    expect(meta.origins.url).toBe("opengraph");
  });

  it("finds little on a page that is not an article", () => {
    const meta = read(fixture("no-article.html"));
    expect(meta.title).toBe("Sign in or search");
    expect(meta.outlet).toBe("Harbour Gazette");
    expect(meta.authors).toEqual([]);
    expect(meta.publishedAt).toBeNull();
    expect(meta.url).toBeNull();
  });
});

describe("readPageMetadata: JSON-LD", () => {
  it("skips invalid JSON and reads the next block", () => {
    const meta = read(page(`<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken",}</script>
      ${ld({ "@type": "NewsArticle", headline: "Valid headline" })}`));
    expect(meta.title).toBe("Valid headline");
    expect(meta.origins.title).toBe("json-ld");
  });

  it("reads a top-level array and picks the article node, not the organisation or breadcrumbs", () => {
    const meta = read(
      page(
        ld([
          { "@type": "Organization", name: "Org Name" },
          { "@type": "BreadcrumbList", name: "Crumbs" },
          { "@type": "OpinionNewsArticle", headline: "Opinion headline", publisher: { "@type": "Organization", name: "Daily Op" } },
        ]),
      ),
    );
    expect(meta.title).toBe("Opinion headline");
    expect(meta.outlet).toBe("Daily Op");
  });

  it.each(["Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "http://schema.org/NewsArticle"])(
    "accepts @type %s",
    (type) => {
      expect(read(page(ld({ "@type": type, headline: "H" }))).title).toBe("H");
    },
  );

  it("accepts a WebPage with a headline, or a WebPage whose mainEntity is the article", () => {
    expect(read(page(ld({ "@type": "WebPage", headline: "Page headline" }))).title).toBe("Page headline");
    const nested = read(page(ld({ "@type": "WebPage", name: "Page", mainEntity: { "@type": "NewsArticle", headline: "Inner" } })));
    expect(nested.title).toBe("Inner");
    // a WebPage without a headline is not taken for the article
    expect(read(page(`${ld({ "@type": "WebPage", name: "Just a page" })}<title>Doc title</title>`)).origins.title).toBe("meta");
  });

  it("resolves author references within the @graph and dedupes names", () => {
    const meta = read(
      page(
        ld({
          "@context": "https://schema.org",
          "@graph": [
            { "@type": "Person", "@id": "#p1", name: "Lee Park" },
            {
              "@type": "NewsArticle",
              headline: "H",
              author: [{ "@id": "#p1" }, { "@type": "Person", name: "lee park" }, { "@type": "Person", name: "By Sam Ode" }],
            },
          ],
        }),
      ),
    );
    expect(meta.authors).toEqual(["Lee Park", "Sam Ode"]);
  });

  it("splits a string author listing several names, but not a single name", () => {
    expect(read(page(ld({ "@type": "NewsArticle", author: "Jane Doe and John Roe" }))).authors).toEqual(["Jane Doe", "John Roe"]);
    expect(read(page(ld({ "@type": "NewsArticle", author: "Reuters" }))).authors).toEqual(["Reuters"]);
  });

  it("drops dates that are not dates and keeps ISO dates as given", () => {
    const meta = read(page(ld({ "@type": "NewsArticle", datePublished: " 2024-03-01T10:00:00Z ", dateModified: "soon" })));
    expect(meta.publishedAt).toBe("2024-03-01T10:00:00Z");
    expect(meta.modifiedAt).toBeNull();
  });

  it("decodes HTML entities in JSON-LD strings", () => {
    expect(read(page(ld({ "@type": "NewsArticle", headline: "Fish &amp; chips &#8211; a &quot;history&quot;" }))).title).toBe(
      'Fish & chips – a "history"',
    );
  });

  it("takes url before mainEntityOfPage, and resolves relative ones against the page", () => {
    expect(read(page(ld({ "@type": "NewsArticle", url: "https://a.example/x", mainEntityOfPage: "https://a.example/y" }))).url).toBe(
      "https://a.example/x",
    );
    expect(read(page(ld({ "@type": "NewsArticle", mainEntityOfPage: "/y?utm_source=z" })), "https://a.example/page").url).toBe(
      "https://a.example/y",
    );
    // a relative address with no page address to resolve it against is not used
    expect(read(page(ld({ "@type": "NewsArticle", mainEntityOfPage: "/y" }))).url).toBeNull();
  });

  it("falls back to the WebSite name when the article has no publisher", () => {
    const meta = read(page(ld({ "@graph": [{ "@type": "WebSite", name: "Site Name" }, { "@type": "NewsArticle", headline: "H" }] })));
    expect(meta.outlet).toBe("Site Name");
  });
});

describe("readPageMetadata: OpenGraph and meta tags", () => {
  it("prefers OpenGraph to other meta tags, field by field", () => {
    const meta = read(
      page(`<title>Doc title | Site</title>
        <meta property="og:title" content="OG title">
        <meta name="author" content="Meta Author">
        <meta name="date" content="2020-01-02">
        <meta property="article:published_time" content="2020-01-01T08:00:00Z">
        <link rel="canonical" href="https://a.example/canonical">
        <meta property="og:url" content="https://a.example/og">`),
    );
    expect(meta.title).toBe("OG title");
    expect(meta.authors).toEqual(["Meta Author"]);
    expect(meta.publishedAt).toBe("2020-01-01T08:00:00Z");
    expect(meta.url).toBe("https://a.example/og");
    expect(meta.origins).toMatchObject({ title: "opengraph", author: "meta", publishedAt: "opengraph", url: "opengraph" });
  });

  it("takes article:author names, not profile URLs, and several of them", () => {
    const meta = read(
      page(`<meta property="article:author" content="https://social.example/jo">
        <meta property="article:author" content="Jo Writer">
        <meta property="article:author" content="Al Editor">`),
    );
    expect(meta.authors).toEqual(["Jo Writer", "Al Editor"]);
    expect(meta.origins.author).toBe("opengraph");
  });

  it("reads byl, parsely and Dublin Core tags in any case", () => {
    const meta = read(
      page(`<meta name="byl" content="By KIM LEE">
        <meta name="DC.date.issued" content="2019-07-04">
        <meta name="parsely-title" content="Parsely title">
        <meta name="dcterms.modified" content="2019-07-05T12:00:00+02:00">`),
    );
    expect(meta.authors).toEqual(["KIM LEE"]);
    expect(meta.publishedAt).toBe("2019-07-04");
    expect(meta.modifiedAt).toBe("2019-07-05T12:00:00+02:00");
    expect(meta.title).toBe("Parsely title");
  });

  it("reads microdata dates from <time> elements", () => {
    const { document } = new JSDOM(
      `<html><body><time itemprop="datePublished" datetime="2021-05-06T07:08:09Z">May 6</time></body></html>`,
    ).window;
    const meta = readPageMetadata(document);
    expect(meta.publishedAt).toBe("2021-05-06T07:08:09Z");
    expect(meta.origins.publishedAt).toBe("meta");
  });

  it("strips the outlet from a <title> used as the headline", () => {
    const meta = read(page(`<title>Harbour wall approved | Harbour Gazette</title><meta property="og:site_name" content="Harbour Gazette">`));
    expect(meta.title).toBe("Harbour wall approved");
    expect(meta.origins.title).toBe("meta");
    // without a known outlet, the title is kept whole
    expect(read(page(`<title>Harbour wall approved | Harbour Gazette</title>`)).title).toBe("Harbour wall approved | Harbour Gazette");
  });

  it("converts readable non-ISO dates and drops the rest", () => {
    expect(read(page(`<meta name="date" content="Feb 14, 2017 11:17 am EST">`)).publishedAt).toBe("2017-02-14T11:17:00-05:00");
    expect(read(page(`<meta name="date" content="2024-02-30">`)).publishedAt).toBeNull();
    expect(read(page(`<meta name="date" content="yesterday">`)).publishedAt).toBeNull();
  });

  it("ignores a canonical link that is not http(s)", () => {
    expect(read(page(`<link rel="canonical" href="javascript:alert(1)">`), "https://a.example/").url).toBeNull();
  });
});

describe("pageDate", () => {
  it("keeps ISO dates as given and checks their ranges", () => {
    expect(pageDate("2024-05-14")).toBe("2024-05-14");
    expect(pageDate("2024-05-14T06:30:00.123Z")).toBe("2024-05-14T06:30:00.123Z");
    expect(pageDate("2024-05-14 06:30:00")).toBe("2024-05-14T06:30:00");
    expect(pageDate("2024-13-01")).toBeNull();
    expect(pageDate("2024-05-14T25:00:00Z")).toBeNull();
    expect(pageDate("")).toBeNull();
  });
});
