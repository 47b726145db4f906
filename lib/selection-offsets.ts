// Maps a selection in the rendered article to offsets into a section's stored text (how claims are anchored).
// The reader marks up its text for this:
//   data-section="title|subtitle|body"  the element holding one section's text;
//   data-start="<n>"                     an element whose text starts at offset n of its section (a body paragraph;
//                                        the body is its paragraphs joined by "\n\n");
//   data-offset-skip                     text that is shown or spoken but is not the article's (a claim's kind label).
// Pure DOM reading: no React, no globals, so it runs under jsdom in unit tests.

export type SectionName = "title" | "subtitle" | "body";

export interface SectionSpan {
  section: SectionName;
  start: number;
  end: number;
}

const SECTIONS = new Set<string>(["title", "subtitle", "body"]);

const elementOf = (node: Node): Element | null => (node.nodeType === 1 ? (node as Element) : node.parentElement);

/** Characters of article text in `root` before the DOM point (node, offset), skipping [data-offset-skip] text. */
function textBefore(root: Element, node: Node, offset: number): number {
  const doc = root.ownerDocument;
  const point = doc.createRange();
  point.setStart(node, offset);
  point.collapse(true);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0;
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    const skipped = t.parentElement?.closest("[data-offset-skip]");
    const counts = !skipped || !root.contains(skipped);
    if (t === node) return total + (counts ? Math.min(offset, t.length) : 0);
    if (point.comparePoint(t, 0) >= 0) break; // this text starts at or after the point
    if (counts) total += t.length;
  }
  return total;
}

const textLength = (root: Element) => textBefore(root, root, root.childNodes.length);

/** Where a DOM point falls in its section's text; null when it is outside every [data-section] element. */
export function pointToOffset(node: Node, offset: number): { section: SectionName; offset: number } | null {
  const el = elementOf(node);
  const sectionEl = el?.closest("[data-section]");
  const section = sectionEl?.getAttribute("data-section");
  if (!el || !sectionEl || !section || !SECTIONS.has(section)) return null;
  const name = section as SectionName;
  const anchor = el.closest("[data-start]");
  if (anchor && sectionEl.contains(anchor)) {
    return { section: name, offset: Number(anchor.getAttribute("data-start")) + textBefore(anchor, node, offset) };
  }
  const parts = [...sectionEl.querySelectorAll("[data-start]")];
  if (parts.length === 0) return { section: name, offset: textBefore(sectionEl, node, offset) };
  // Between paragraphs (a triple click, a drag past the end): the next paragraph's start, or the end of the last.
  const point = sectionEl.ownerDocument.createRange();
  point.setStart(node, offset);
  point.collapse(true);
  for (const part of parts) {
    if (point.comparePoint(part, 0) >= 0) return { section: name, offset: Number(part.getAttribute("data-start")) };
  }
  const last = parts[parts.length - 1]!;
  return { section: name, offset: Number(last.getAttribute("data-start")) + textLength(last) };
}

export type SelectionResult = { span: SectionSpan } | { error: string } | null;

/**
 * The section span a DOM range covers: null when it is collapsed or outside the article, an error when it runs
 * across sections. Trim it with `trimSpan` against the section's text.
 */
export function rangeToSpan(range: Pick<Range, "startContainer" | "startOffset" | "endContainer" | "endOffset" | "collapsed">): SelectionResult {
  if (range.collapsed) return null;
  const start = pointToOffset(range.startContainer, range.startOffset);
  const end = pointToOffset(range.endContainer, range.endOffset);
  if (!start && !end) return null;
  if (!start || !end || start.section !== end.section) return { error: "Select words within one part of the article: the headline or one paragraph." };
  if (end.offset <= start.offset) return null;
  return { span: { section: start.section, start: start.offset, end: end.offset } };
}

/** The span without white space at either end, checked against the section's text; an error says what is wrong. */
export function trimSpan(text: string, span: SectionSpan): { span: SectionSpan } | { error: string } {
  let { start, end } = span;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start === end) return { error: "The selection holds no words." };
  if (text.slice(start, end).includes("\n\n")) return { error: "Select words within one paragraph." };
  return { span: { section: span.section, start, end } };
}
