// Helpers for the engine's tests (not used by the engine itself).
import { analyzeArticle } from "./analyze";
import type { AnalysisResult, ExtractedClaim } from "./types";

export function analyzeBody(body: string, title: string | null = null, subtitle: string | null = null): AnalysisResult {
  return analyzeArticle({ title, subtitle, body });
}

/** The canonical name of a claim's source, or null. */
export function sourceName(r: AnalysisResult, c: ExtractedClaim | undefined): string | null {
  if (!c?.source) return null;
  return r.entities.find((e) => e.key === c.source!.entityKey)?.name ?? null;
}

/** The claim whose text contains `fragment`. */
export function claimWith(r: AnalysisResult, fragment: string): ExtractedClaim | undefined {
  return r.claims.find((c) => c.exact.includes(fragment));
}

/** Checks the invariants every result must satisfy; returns a list of violations. */
export function invariantViolations(r: AnalysisResult): string[] {
  const out: string[] = [];
  const keys = new Set(r.entities.map((e) => e.key));
  if (keys.size !== r.entities.length) out.push("duplicate entity keys");
  const inOneSection = (start: number, end: number) => r.document.sections.some((s) => start >= s.start && end <= s.end);
  for (const c of r.claims) {
    if (r.document.text.slice(c.start, c.end) !== c.exact) out.push(`claim span mismatch: ${c.exact}`);
    if (!inOneSection(c.start, c.end)) out.push(`claim crosses a section: ${c.exact}`);
    const attributed = ["blame", "statement", "finding", "denial", "report"].includes(c.kind);
    if (attributed && !c.source) out.push(`attributed claim without source: ${c.exact}`);
    if (!attributed && c.source) out.push(`own-voice claim with source: ${c.exact}`);
    if (c.source && !keys.has(c.source.entityKey)) out.push(`unknown source key ${c.source.entityKey}`);
    for (const b of c.blamed) if (b.entityKey !== null && !keys.has(b.entityKey)) out.push(`unknown blamed key ${b.entityKey}`);
    if (!(c.checkWorthiness >= 0 && c.checkWorthiness <= 1)) out.push(`checkWorthiness out of range: ${c.checkWorthiness}`);
    if (c.hedged !== c.hedges.length > 0) out.push(`hedged/hedges disagree: ${c.exact}`);
  }
  for (const m of r.mentions) {
    if (r.document.text.slice(m.start, m.end) !== m.text) out.push(`mention span mismatch: ${m.text}`);
    if (!inOneSection(m.start, m.end)) out.push(`mention crosses a section: ${m.text}`);
    if (!keys.has(m.entityKey)) out.push(`unknown mention key ${m.entityKey}`);
  }
  return out;
}
