import { composeDocument } from "./document";
import { splitSentences } from "./sentences";
import type { AnalysisInput, AnalysisResult, ExtractedClaim } from "./types";

export const ANALYZER_VERSION = "0.1.0";

export function analyzeArticle(input: AnalysisInput): AnalysisResult {
  const document = composeDocument(input);
  const claims: ExtractedClaim[] = [];
  for (const sec of document.sections) {
    const secText = document.text.slice(sec.start, sec.end);
    for (const s of splitSentences(secText)) {
      const start = sec.start + s.start;
      const end = sec.start + s.end;
      const exact = document.text.slice(start, end);
      claims.push({
        section: sec.section, start, end, exact, kind: "assertion", source: null, cue: null, content: exact,
        quote: "none", hedged: false, hedges: [], blamed: [], checkWorthiness: 0.5,
      });
    }
  }
  return { analyzerVersion: ANALYZER_VERSION, document, entities: [], mentions: [], claims };
}
