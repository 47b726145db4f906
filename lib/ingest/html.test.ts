import { describe, expect, it } from "vitest";
import { htmlToArticle, looksLikeHtml } from "./html";

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

  it("tells HTML from plain text", () => {
    expect(looksLikeHtml(PAGE)).toBe(true);
    expect(looksLikeHtml("  <html><body>x</body></html>")).toBe(true);
    expect(looksLikeHtml("Title\n\nA sentence about <b>tags</b> in prose.")).toBe(false);
  });
});
