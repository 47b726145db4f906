import type { AnalysisDocument, AnalysisInput, Section } from "./types";

const SEPARATOR = "\n\n";

/** Joins title, subtitle and body into the one text the engine reads, remembering where each section lies. */
export function composeDocument(input: AnalysisInput): AnalysisDocument {
  const parts: [Section, string | null][] = [
    ["title", input.title],
    ["subtitle", input.subtitle],
    ["body", input.body],
  ];
  let text = "";
  const sections: AnalysisDocument["sections"] = [];
  for (const [section, value] of parts) {
    if (!value) continue;
    if (text) text += SEPARATOR;
    sections.push({ section, start: text.length, end: text.length + value.length });
    text += value;
  }
  return { text, sections };
}

/** The section an offset of the document falls in. */
export function sectionAt(document: AnalysisDocument, offset: number): Section {
  for (const s of document.sections) if (offset >= s.start && offset <= s.end) return s.section;
  return "body";
}

/** Converts a span of the document into offsets within its own section's text (how claims are stored). */
export function toSectionOffsets(
  document: AnalysisDocument,
  span: { start: number; end: number },
): { section: Section; start: number; end: number } {
  const section = document.sections.find((s) => span.start >= s.start && span.end <= s.end);
  if (!section) throw new Error(`Span ${span.start}-${span.end} crosses a section boundary.`);
  return { section: section.section, start: span.start - section.start, end: span.end - section.start };
}
