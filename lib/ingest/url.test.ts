import { describe, expect, it } from "vitest";
import { canonicalUrl, isTrackingParam, sameArticleUrl, schemeForms } from "./url";

describe("canonicalUrl", () => {
  it("accepts http and https only", () => {
    expect(canonicalUrl("https://news.example/a")).toBe("https://news.example/a");
    expect(canonicalUrl("http://news.example/a")).toBe("http://news.example/a");
    expect(canonicalUrl("ftp://news.example/a")).toBeNull();
    expect(canonicalUrl("javascript:alert(1)")).toBeNull();
    expect(canonicalUrl("mailto:desk@news.example")).toBeNull();
    expect(canonicalUrl("/relative/path")).toBeNull();
    expect(canonicalUrl("not a url")).toBeNull();
    expect(canonicalUrl("")).toBeNull();
  });

  it("lower-cases the scheme and host but not the path", () => {
    expect(canonicalUrl("HTTPS://News.Example/World/Story-A")).toBe("https://news.example/World/Story-A");
  });

  it("trims surrounding whitespace", () => {
    expect(canonicalUrl("  https://news.example/a \n")).toBe("https://news.example/a");
  });

  it("drops default ports and keeps others", () => {
    expect(canonicalUrl("https://news.example:443/a")).toBe("https://news.example/a");
    expect(canonicalUrl("http://news.example:80/a")).toBe("http://news.example/a");
    expect(canonicalUrl("http://news.example:8080/a")).toBe("http://news.example:8080/a");
    expect(canonicalUrl("https://news.example:80/a")).toBe("https://news.example:80/a");
  });

  it("drops the fragment", () => {
    expect(canonicalUrl("https://news.example/a#comments")).toBe("https://news.example/a");
    expect(canonicalUrl("https://news.example/a?id=3#")).toBe("https://news.example/a?id=3");
  });

  it("drops utm_* and click-id parameters, keeping the others in their order and spelling", () => {
    expect(
      canonicalUrl("https://news.example/a?utm_source=tw&id=7&fbclid=IwAR&page=2&utm_medium=social&gclid=x&q=a%20b+c"),
    ).toBe("https://news.example/a?id=7&page=2&q=a%20b+c");
    expect(canonicalUrl("https://news.example/a?z=1&a=2")).toBe("https://news.example/a?z=1&a=2");
  });

  it.each([
    "utm_source", "UTM_Campaign", "utm_content", "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid",
    "_ga", "ref_src", "cmpid", "CMP", "smid", "ocid", "yclid", "_hsenc", "mkt_tok", "guccounter", "WT.mc_id",
  ])("treats %s as tracking", (name) => {
    expect(isTrackingParam(name)).toBe(true);
    expect(canonicalUrl(`https://news.example/a?${name}=1&id=4`)).toBe("https://news.example/a?id=4");
  });

  it.each(["id", "page", "p", "q", "ref", "story", "utm", "source"])("keeps %s", (name) => {
    expect(isTrackingParam(name)).toBe(false);
    expect(canonicalUrl(`https://news.example/a?${name}=1`)).toBe(`https://news.example/a?${name}=1`);
  });

  it("removes an empty query and empty parameter slots", () => {
    expect(canonicalUrl("https://news.example/a?")).toBe("https://news.example/a");
    expect(canonicalUrl("https://news.example/a?utm_source=x&utm_medium=y")).toBe("https://news.example/a");
    expect(canonicalUrl("https://news.example/a?&&id=1&")).toBe("https://news.example/a?id=1");
  });

  it("keeps the path's trailing slash as it is, and the root as /", () => {
    expect(canonicalUrl("https://news.example")).toBe("https://news.example/");
    expect(canonicalUrl("https://news.example/")).toBe("https://news.example/");
    expect(canonicalUrl("https://news.example/world/")).toBe("https://news.example/world/");
    expect(canonicalUrl("https://news.example/world")).toBe("https://news.example/world");
  });

  it("drops credentials and a trailing dot on the host", () => {
    expect(canonicalUrl("https://user:pw@news.example/a")).toBe("https://news.example/a");
    expect(canonicalUrl("https://news.example./a")).toBe("https://news.example/a");
  });

  it("keeps www. and the scheme as they are", () => {
    expect(canonicalUrl("http://www.news.example/a")).toBe("http://www.news.example/a");
  });
});

describe("sameArticleUrl", () => {
  it("matches addresses that differ only in tracking, fragment, case of host, default port or scheme", () => {
    expect(sameArticleUrl("https://News.example:443/a?utm_source=x#top", "http://news.example/a")).toBe(true);
  });

  it("does not match different paths, parameters or hosts", () => {
    expect(sameArticleUrl("https://news.example/a", "https://news.example/A")).toBe(false);
    expect(sameArticleUrl("https://news.example/a?id=1", "https://news.example/a?id=2")).toBe(false);
    expect(sameArticleUrl("https://news.example/a", "https://www.news.example/a")).toBe(false);
    expect(sameArticleUrl("not a url", "not a url")).toBe(false);
  });
});

describe("schemeForms", () => {
  it("gives an address over http and over https, and leaves other addresses alone", () => {
    expect(schemeForms("https://news.example/a")).toEqual(["https://news.example/a", "http://news.example/a"]);
    expect(schemeForms("http://news.example/a")).toEqual(["http://news.example/a", "https://news.example/a"]);
    expect(schemeForms("ftp://news.example/a")).toEqual(["ftp://news.example/a"]);
  });
});
