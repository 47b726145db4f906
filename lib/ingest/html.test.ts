import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { htmlToArticle, looksLikeHtml } from "./html";
import { errorOf } from "./test-support";

function fixture(name: string): string {
  return fs.readFileSync(path.join(__dirname, "fixtures", name), "utf8");
}

function paragraphs(text: string): string[] {
  return text.split("\n\n");
}

const PAGE = `<!doctype html>
<html><head>
  <title>Harbour wall approved | Gazette</title>
  <meta property="og:title" content="Harbour wall approved">
  <meta property="og:site_name" content="Harbour Gazette">
  <meta name="author" content="Jo Writer">
  <meta property="article:published_time" content="2024-03-01T10:00:00Z">
  <script>document.write("tracking")</script>
</head><body>
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <article>
    <h1>Harbour wall approved</h1>
    <p>The city council on Monday approved a new harbour wall after two winters of flooding that damaged
       dozens of homes along the seafront and closed the ferry terminal for weeks.</p>
    <p>“We cannot wait another year,” the mayor said, adding that work would start in the spring and
       take about eighteen months to finish, according to the council's own estimate.</p>
    <p>Opponents said the cost, put at 40 million pounds, would fall on residents who had already paid
       for earlier repairs that failed during the storms of the last two winters.</p>
  </article>
  <footer>Share this article · Most popular</footer>
</body></html>`;

describe("htmlToArticle", () => {
  it("keeps the article's paragraphs and the page's metadata, and drops navigation and scripts", () => {
    const article = htmlToArticle(PAGE);
    expect(article.title).toBe("Harbour wall approved");
    expect(article.author).toBe("Jo Writer");
    expect(article.publishedAt).toBe("2024-03-01T10:00:00Z");
    expect(article.siteName).toBe("Harbour Gazette");
    const paragraphs = article.text.split("\n\n");
    expect(paragraphs.some((p) => p.startsWith("The city council on Monday approved"))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith("“We cannot wait another year,” the mayor said"))).toBe(true);
    expect(article.text).not.toContain("tracking");
    expect(article.text).not.toContain("Home");
    expect(article.text).not.toMatch(/\s{3,}/);
  });

  it("refuses a page with no article text", () => {
    expect(() => htmlToArticle("<html><body><nav>Home</nav></body></html>")).toThrow(/No article text/);
  });

  it("keeps the old field names working", () => {
    const article = htmlToArticle(PAGE);
    expect(article.siteName).toBe(article.outlet);
    expect(article.authors).toEqual(["Jo Writer"]);
    expect(article.origins).toMatchObject({ title: "opengraph", author: "meta", publishedAt: "opengraph", outlet: "opengraph" });
  });

  it("tells HTML from plain text", () => {
    expect(looksLikeHtml(PAGE)).toBe(true);
    expect(looksLikeHtml("  <html><body>x</body></html>")).toBe(true);
    expect(looksLikeHtml("Title\n\nA sentence about <b>tags</b> in prose.")).toBe(false);
  });
});

describe("htmlToArticle on the fixtures", () => {
  it("a news page with JSON-LD: metadata from the page, only the story's paragraphs in the text", () => {
    const article = htmlToArticle(fixture("jsonld-news.html"), { url: "https://www.meridiancourier.example/p/88213" });
    expect(article).toMatchObject({
      title: "Port authority’s dredging plan splits river towns",
      subtitle: "Upstream mayors say deeper channel will cost them their moorings",
      outlet: "The Meridian Courier",
      siteName: "The Meridian Courier",
      authors: ["Ana Lindqvist", "Tomás Reyes"],
      author: "Ana Lindqvist, Tomás Reyes",
      publishedAt: "2024-05-14T06:30:00-04:00",
      modifiedAt: "2024-05-14T09:12:00-04:00",
      url: "https://www.meridiancourier.example/2024/05/14/port-dredging-plan-river-towns/?page=2",
      origins: { title: "json-ld", outlet: "json-ld", author: "json-ld", publishedAt: "json-ld", modifiedAt: "json-ld", url: "json-ld" },
    });
    const ps = paragraphs(article.text);
    expect(ps).toHaveLength(7);
    expect(ps[0]).toBe(
      "The Meridian port authority on Monday published its plan to deepen the river channel by two metres, a project it says is needed so that larger container ships can reach the harbour by 2026.",
    );
    expect(ps[2]).toBe(
      "“We were told about this plan the same week as everyone else,” said Helga Brandt, mayor of Oster Ferry. “Nobody asked the people who live on this stretch of water.”",
    );
    expect(ps[6]).toMatch(/^The regional council is expected to debate the plan/);
    for (const boilerplate of ["dredging plan splits", "Upstream mayors say", "By Ana", "May 14, 2024", "Region", "Politics", "All rights reserved", "hijacked", "window.analytics"]) {
      expect(article.text).not.toContain(boilerplate);
    }
  });

  it("an OpenGraph-only page", () => {
    const article = htmlToArticle(fixture("opengraph-only.html"), { url: "https://eastsideledger.example/local/x" });
    expect(article).toMatchObject({
      title: "Library opening hours cut at four branches",
      subtitle: null,
      outlet: "Eastside Ledger",
      author: "Priya Natarajan",
      publishedAt: "2024-02-03T08:15:00+00:00",
      modifiedAt: null,
      url: "https://eastsideledger.example/local/2024/library-hours-cut",
    });
    const ps = paragraphs(article.text);
    expect(ps).toHaveLength(6);
    expect(ps[0]).toMatch(/^Four of the borough’s neighbourhood libraries will close on Mondays/);
    expect(ps[0]).toContain("£1.2m");
    expect(ps[5]).toMatch(/“Monday is exactly when they need it\.”$/);
    for (const boilerplate of ["Library opening hours cut", "Priya Natarajan", "3 February 2024", "Sport", "About us", "Privacy", "font-family"]) {
      expect(article.text).not.toContain(boilerplate);
    }
  });

  it("a page with heavy boilerplate: the article's paragraphs and nothing else", () => {
    const article = htmlToArticle(fixture("boilerplate-heavy.html"));
    expect(article).toMatchObject({
      title: "City to test four-day week for bin crews",
      outlet: "Northport Daily News",
      author: "Dana Okafor",
      publishedAt: "2024-09-19T16:45:00-05:00",
      url: "https://news.northport.example/city/four-day-week-bin-crews-7731",
    });
    expect(paragraphs(article.text)).toEqual([
      "Northport will let its sanitation crews work four ten-hour days instead of five eight-hour shifts in a six-month trial starting in November, the public works department announced Thursday.",
      "The department said the change would cut overtime, which reached 1.9 million dollars last year, and help it hire drivers at a time when a third of its trucks sit idle on some mornings for lack of staff.",
      "Collection days will not change for most households, officials said, but about 4,000 homes on the east side will move from Friday to Thursday pickup. Letters will go out in October.",
      "“Our crews asked for this,” said public works director Lena Morales. “Longer days are hard, but a three-day weekend is something people in this job have never had.”",
      "The union representing the workers said it supported the trial as long as crews could return to the old schedule if injuries rose. A report on the results is due to the council next June.",
    ]);
    for (const boilerplate of [
      "We use cookies", "Accept all cookies", "Subscribe today", "Advertisement", "Share on Facebook", "Copy link",
      "Related stories", "Recycling fees", "Sign up for the Morning Brief", "in your inbox", "Tags:", "covers city hall",
      "Comments (14)", "riverside_dad", "Log in to comment", "Most read", "Tigers win", "Careers", "All rights reserved",
      "By Dana Okafor", "Published Sept. 19",
    ]) {
      expect(article.text).not.toContain(boilerplate);
    }
    // the date line Readability left in is reported as removed
    expect(article.removed).toContain("Published Sept. 19, 2024 4:45 p.m. CT");
  });

  it("a login, search and index page has no article", () => {
    const error = errorOf(() => htmlToArticle(fixture("no-article.html")));
    expect(error.code).toBe("no_article");
  });
});

describe("htmlToArticle: text clean-up", () => {
  const body = `
    <p>The first paragraph of the story has enough words in it to count as prose for the extractor, by a margin.</p>
    <p>The second paragraph goes on with the story and adds a few more facts, quotes and figures to the article.</p>
    <p>The third paragraph ends the story with a reaction from the people it is about, as stories usually do.</p>`;

  it("does not repeat the headline, the dek or the byline as the first paragraphs", () => {
    const html = `<!doctype html><html><head>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall approved",
        "alternativeHeadline":"Council votes 7-2 after two winters of floods","author":{"@type":"Person","name":"Jo Writer"}}</script>
      </head><body><div class="story">
      <div class="headline">Harbour wall approved</div>
      <div class="standfirst">Council votes 7-2 after two winters of floods</div>
      <div class="credit">Jo Writer</div>
      ${body}</div></body></html>`;
    const article = htmlToArticle(html);
    expect(article.title).toBe("Harbour wall approved");
    expect(paragraphs(article.text)[0]).toMatch(/^The first paragraph of the story/);
    expect(paragraphs(article.text)).toHaveLength(3);
    expect(article.removed).toEqual(["Harbour wall approved", "Council votes 7-2 after two winters of floods", "Jo Writer"]);
  });

  it("keeps a body paragraph that merely mentions the author", () => {
    const html = `<html><head><meta name="author" content="Jo Writer"></head><body><article>${body}
      <p>Jo Writer contributed reporting from the harbour, where she spoke to residents and the ferry crews.</p></article></body></html>`;
    expect(htmlToArticle(html).text).toContain("Jo Writer contributed reporting");
  });

  it("never runs the page's scripts", () => {
    const html = `<html><head><script>document.title = "Injected title"</script></head><body><article>${body}</article>
      <script>document.querySelector("article").innerHTML += "<p>Injected paragraph with many words so that it would show up in the text.</p>"</script>
      <img src="x" onerror="document.body.innerHTML = 'gone'"></body></html>`;
    const article = htmlToArticle(html);
    expect(article.text).not.toContain("Injected");
    expect(article.title).not.toBe("Injected title");
    expect(paragraphs(article.text)).toHaveLength(3);
  });

  it("never loads the page's resources", async () => {
    const requests: string[] = [];
    const server = http.createServer((req, res) => {
      requests.push(req.url ?? "");
      res.end("x");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      htmlToArticle(`<html><head><link rel="stylesheet" href="${base}/style.css"><script src="${base}/app.js"></script>
        </head><body><article>${body}<img src="${base}/photo.jpg"><iframe src="${base}/frame.html"></iframe></article></body></html>`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(requests).toEqual([]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("keeps an article whose wrapper's class looks like boilerplate, and drops comments marked up as articles", () => {
    const html = `<html><body><div class="layout share-wrap">${body}</div>
      <div class="comments"><article class="comment"><p>I disagree entirely with this decision and with the council's
      reasoning on the matter at hand, speaking as a resident of the harbour for thirty years.</p></article></div></body></html>`;
    const article = htmlToArticle(html);
    expect(paragraphs(article.text)).toHaveLength(3);
    expect(article.text).not.toContain("I disagree");
  });

  it("reads a story written as text and line breaks", () => {
    const s = "The council voted on Monday to approve the plan, which residents and officials had debated for two years.";
    const article = htmlToArticle(`<html><body><div id="story">${s}<br><br>${s.replace("Monday", "Friday")}</div></body></html>`);
    expect(paragraphs(article.text)).toEqual([s, s.replace("Monday", "Friday")]);
  });

  it("counts only text outside links as article text", () => {
    const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/s/${i}">Another long headline about a story number ${i} today</a></li>`).join("");
    expect(errorOf(() => htmlToArticle(`<html><body><article><h1>Latest</h1><ul>${links}</ul></article></body></html>`)).code).toBe("no_article");
  });

  it("drops call-to-action links at the end of a paragraph, and keeps links that are part of the sentence", () => {
    const s1 = "The council voted on Monday to approve the plan, which residents and officials had debated for two years.";
    const s2 = "Opponents said the cost would fall on residents who had already paid for earlier repairs, according to";
    const s3 = "The mayor said work would start in spring, and the full plan is published on";
    const article = htmlToArticle(`<html><body><article>
      <p>${s1} <a href="/more">Read more</a></p>
      <p>${s2} <a href="/r">the council's report</a> (<a href="/x">click here</a>).</p>
      <p>${s3} <a href="/plan">the council's website</a>. <strong><a href="/c">Continue reading »</a></strong></p>
    </article></body></html>`);
    expect(paragraphs(article.text)).toEqual([s1, `${s2} the council's report.`, `${s3} the council's website.`]);
  });

  it("drops a call to action left as words when its “javascript:” link was taken apart, and lists it as removed", () => {
    const s1 = "Campaigners said the plan for the sea wall had been rushed through the council without a proper consultation.";
    const s2 = "The council said the plan was sound, and that residents would be able to read every page of it before work began";
    const article = htmlToArticle(`<html><body><article>
      <p>${s1} <a href="javascript:alert(1)">click here</a></p>
      <p>${s2} in spring. Residents should click here and there on the map to find their homes.</p>
    </article></body></html>`);
    expect(paragraphs(article.text)).toEqual([s1, `${s2} in spring. Residents should click here and there on the map to find their homes.`]);
    expect(article.removed).toContain("click here");
  });

  it("keeps a link that ends the sentence itself, and lists a paragraph that is only a call to action as removed", () => {
    const lead = "The council voted on Monday to approve the plan, which residents and officials had debated for two years";
    const article = htmlToArticle(`<html><body><article>
      <p>${lead}, the mayor wrote in a long post on <a href="/f">Facebook</a>.</p>
      <p>${lead}, and police on Tuesday released the <a href="/v">video</a>.</p>
      <p><a href="/more">Read more</a></p>
    </article></body></html>`);
    expect(paragraphs(article.text)).toEqual([`${lead}, the mayor wrote in a long post on Facebook.`, `${lead}, and police on Tuesday released the video.`]);
    expect(article.removed).toEqual(["Read more"]);
  });

  it("reads a definition list and a table's cells apart, and leaves out a table's header row", () => {
    const s = "The council voted on Monday to approve the plan, which residents and officials had debated for two years.";
    const article = htmlToArticle(`<html><body><article><p>${s}</p>
      <dl><dt>Cost</dt><dd>The wall will cost forty million pounds over three years, the council says.</dd></dl>
      <table><thead><tr><th>Party</th><th>Votes</th></tr></thead><tbody><tr><td>Labour won the ward by a wide margin.</td><td>12,400</td></tr></tbody></table>
    </article></body></html>`);
    expect(paragraphs(article.text)).toEqual([s, "Cost", "The wall will cost forty million pounds over three years, the council says.", "Labour won the ward by a wide margin.", "12,400"]);
  });

  it("drops a signature that is not under its own post's text (a picture-only post)", () => {
    const s = "The project has been delayed three times since it was first approved by the council in the spring of 2019.";
    const article = htmlToArticle(`<html><body><article><p>${s}</p>
      <blockquote class="twitter-tweet"><p><a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash; Jo Campaigner (@jocampaigns) <a href="/t">March 4, 2024</a></blockquote>
      <p>${s.replace("three", "four")}</p></article></body></html>`);
    expect(article.removed).toContain("— Jo Campaigner (@jocampaigns) March 4, 2024");
  });

  it("keeps an embedded post's signature under the post, for the cleaner, and reads a block's loose text in order", () => {
    const s = "The council voted on Monday to approve the plan, which residents and officials had debated for two years.";
    const post = "The harbour wall is a waste of money and the council knows it, say residents of the seafront.";
    const article = htmlToArticle(`<html><body><article><p>${s}</p>
      <blockquote class="twitter-tweet"><p lang="en">${post}</p>&mdash; Jo Resident (@joresident) <a href="/t">March 1, 2024</a></blockquote>
      <p>${s.replace("Monday", "Friday")}</p>
      <blockquote>Loose words before <p>${s.replace("Monday", "Sunday")}</p> and loose words after.</blockquote>
      <div class="advert-slot">Advertisement</div><p>Advertisement</p>
      <blockquote><p>— Jo Resident (@joresident) March 1, 2024</p></blockquote>
    </article></body></html>`);
    expect(paragraphs(article.text)).toEqual([
      s,
      post,
      "— Jo Resident (@joresident) March 1, 2024",
      s.replace("Monday", "Friday"),
      "Loose words before",
      s.replace("Monday", "Sunday"),
      "and loose words after.",
    ]);
    // A signature under anything but a kept paragraph is furniture, as before.
    expect(article.removed).toEqual(["Advertisement", "— Jo Resident (@joresident) March 1, 2024"]);
  });

  it("refuses a page nested thousands of elements deep with a clear message, not a stack overflow", () => {
    const deep = `<html><body><article><p>${"<b>".repeat(5000)}The ad says: “hi”${"</b>".repeat(5000)}</p></article></body></html>`;
    const tooDeep = errorOf(() => htmlToArticle(deep));
    expect([tooDeep.code, tooDeep.message]).toEqual(["no_article", "This HTML page is nested too deeply to read (thousands of elements inside one another)."]);
    // Refused before parsing: 20,000 nested elements used to keep the parser busy for about a minute.
    const deeper = `<html><body>${"<div>".repeat(20_000)}Deep${"</div>".repeat(20_000)}</body></html>`;
    expect(errorOf(() => htmlToArticle(deeper)).message).toBe(tooDeep.message);
    // Many elements one after another, void elements, comments and scripts do not count as depth.
    const wide = `<html><body><article><h1>Wide page</h1>${"<div><span>x</span><br><img src=a.png></div>".repeat(3_000)}<!--${"<div>".repeat(2_000)}--><script>${"<div>".repeat(2_000)}</script></article></body></html>`;
    expect(() => htmlToArticle(wide)).not.toThrow(tooDeep.message);
  });
});

describe("htmlToArticle: metadata fallbacks", () => {
  const story = `<p>The first paragraph of the story has enough words in it to count as prose for the extractor, by a margin.</p>
    <p>The second paragraph goes on with the story and adds a few more facts, quotes and figures to the article.</p>`;

  it("takes the byline from the page's text when no metadata names an author", () => {
    const article = htmlToArticle(`<html><head><title>Story</title></head><body><article>
      <p class="byline">By Kim Lee and Sam Ode</p>${story}</article></body></html>`);
    expect(article.authors).toEqual(["Kim Lee", "Sam Ode"]);
    expect(article.author).toBe("Kim Lee, Sam Ode");
    expect(article.origins.author).toBe("text");
    expect(article.text).not.toContain("Kim Lee");
  });

  it("leaves authors empty rather than guess from a byline element that holds no names", () => {
    const article = htmlToArticle(`<html><head><title>Story</title></head><body><article>
      <p class="byline">Updated daily by our team of reporters around the world</p>${story}</article></body></html>`);
    expect(article.authors).toEqual([]);
    expect(article.author).toBeNull();
    expect(article.origins.author).toBeUndefined();
  });
});
