// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { pointToOffset, rangeToSpan, trimSpan, type SectionSpan } from "./selection-offsets";

const TITLE = "Mayor: bridge will reopen";
const P1 = "The bridge closed on Friday.";
const P2 = "Mayor Ann Lee said it would reopen in May. Lee blamed the storm.";
const BODY = `${P1}\n\n${P2}`;
const P2_START = P1.length + 2;

// The shape the reader renders: plain spans, claim marks with a spoken kind label that is not article text.
beforeEach(() => {
  document.body.innerHTML = `
    <h1 data-section="title">${TITLE}</h1>
    <p id="outside">Not the article</p>
    <div data-section="body" id="body">
      <p data-start="0" id="p1"><span>The bridge </span><mark id="m1"><span data-offset-skip class="sr-only">[Report] </span>closed on Friday.</mark></p>
      <p data-start="${P2_START}" id="p2"><mark id="m2"><span data-offset-skip class="sr-only">[Statement] </span>Mayor Ann Lee said it would reopen in May.</mark><span id="s2"> Lee blamed the storm.</span></p>
    </div>`;
});

const $ = (id: string) => document.getElementById(id)!;
const text = (el: Element, index = 0) => [...el.childNodes].filter((n) => n.nodeType === 3)[index]!;
const markText = (id: string) => $(id).lastChild!; // the mark's own text, after the kind label

function range(start: [Node, number], end: [Node, number]) {
  const r = document.createRange();
  r.setStart(...start);
  r.setEnd(...end);
  return r;
}

const sliceOf = (span: SectionSpan) => (span.section === "title" ? TITLE : BODY).slice(span.start, span.end);

describe("pointToOffset", () => {
  it("counts article text only, skipping kind labels", () => {
    expect(pointToOffset(markText("m1"), 0)).toEqual({ section: "body", offset: "The bridge ".length });
    expect(pointToOffset(markText("m1"), 6)).toEqual({ section: "body", offset: "The bridge closed".length });
    expect(pointToOffset(text($("s2")), 1)).toEqual({ section: "body", offset: P2_START + "Mayor Ann Lee said it would reopen in May. ".length });
  });

  it("maps a point inside a kind label to the start of the claim's text", () => {
    expect(pointToOffset($("m2").firstChild!.firstChild!, 4)).toEqual({ section: "body", offset: P2_START });
  });

  it("maps element points (child indexes) and points between paragraphs", () => {
    expect(pointToOffset($("p2"), 1)).toEqual({ section: "body", offset: P2_START + "Mayor Ann Lee said it would reopen in May.".length });
    expect(pointToOffset($("p1"), 0)).toEqual({ section: "body", offset: 0 });
    const between = [...$("body").childNodes].indexOf($("p2"));
    expect(pointToOffset($("body"), between)).toEqual({ section: "body", offset: P2_START });
    expect(pointToOffset($("body"), $("body").childNodes.length)).toEqual({ section: "body", offset: BODY.length });
  });

  it("reads the headline, and nothing outside the article", () => {
    expect(pointToOffset(text(document.querySelector("h1")!), 7)).toEqual({ section: "title", offset: 7 });
    expect(pointToOffset(text($("outside")), 2)).toBeNull();
  });
});

describe("rangeToSpan and trimSpan", () => {
  it("gives the body offsets of a selection across a claim mark, whose slice is the selected words", () => {
    const result = rangeToSpan(range([text($("p1").firstChild! as Element), 4], [markText("m1"), 6]));
    expect(result).toEqual({ span: { section: "body", start: 4, end: 17 } });
    expect(sliceOf((result as { span: SectionSpan }).span)).toBe("bridge closed");
  });

  it("works in the second paragraph and trims white space", () => {
    const r = rangeToSpan(range([markText("m2"), 42], [text($("s2")), 22]));
    expect(r).not.toBeNull();
    const trimmed = trimSpan(BODY, (r as { span: SectionSpan }).span);
    expect(sliceOf((trimmed as { span: SectionSpan }).span)).toBe("Lee blamed the storm.");
  });

  it("takes a triple-clicked paragraph (ending at the next one) as that paragraph", () => {
    const r = rangeToSpan(range([$("p1"), 0], [$("p2"), 0]));
    const trimmed = trimSpan(BODY, (r as { span: SectionSpan }).span);
    expect(trimmed).toEqual({ span: { section: "body", start: 0, end: P1.length } });
  });

  it("refuses selections across sections or paragraphs, and ignores empty or outside ones", () => {
    expect(rangeToSpan(range([text(document.querySelector("h1")!), 0], [markText("m1"), 3]))).toHaveProperty("error");
    expect(rangeToSpan(range([text($("outside")), 0], [markText("m1"), 3]))).toHaveProperty("error");
    expect(rangeToSpan(range([text($("outside")), 0], [text($("outside")), 3]))).toBeNull();
    expect(rangeToSpan(range([markText("m1"), 3], [markText("m1"), 3]))).toBeNull();
    const across = rangeToSpan(range([markText("m1"), 0], [markText("m2"), 5])) as { span: SectionSpan };
    expect(trimSpan(BODY, across.span)).toEqual({ error: "Select words within one paragraph." });
    expect(trimSpan(BODY, { section: "body", start: P1.length, end: P2_START })).toEqual({ error: "The selection holds no words." });
  });

  it("gives the headline's offsets", () => {
    const h1 = text(document.querySelector("h1")!);
    expect(rangeToSpan(range([h1, 7], [h1, 13]))).toEqual({ span: { section: "title", start: 7, end: 13 } });
  });
});
