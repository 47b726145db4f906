// Hand-built AnalysisResults for the scoring tests: the scoring is tested apart from the engine.
import { composeDocument } from "../document";
import type { AnalysisInput, AnalysisResult, ClaimKind, EntityRef, ExtractedClaim, QuoteType } from "../types";

export interface FakeClaim {
  /** Claim text; must occur in the document (the `nth` occurrence, default the first). */
  exact: string;
  nth?: number;
  kind?: ClaimKind;
  /** Entity name of the source; null (default for assertion/opinion) for the outlet's voice. */
  source?: string | null;
  /** Extra aliases of that entity. */
  aliases?: string[];
  hedged?: boolean;
  quote?: QuoteType;
  /** Overrides the computed offsets (to test a claim whose offsets do not match its text). */
  start?: number;
}

/** An AnalysisResult for `input` holding exactly `claims`, one entity per distinct source name. */
export function fakeResult(input: AnalysisInput, claims: FakeClaim[]): AnalysisResult {
  const document = composeDocument(input);
  const entities = new Map<string, EntityRef>();
  const out: ExtractedClaim[] = claims.map((c) => {
    let start = -1;
    for (let n = 0; n <= (c.nth ?? 0); n++) start = document.text.indexOf(c.exact, start + 1);
    if (start < 0) throw new Error(`fakeResult: "${c.exact}" is not in the document`);
    if (c.start !== undefined) start = c.start;
    const kind = c.kind ?? "statement";
    const sourceName = c.source === undefined ? (kind === "assertion" || kind === "opinion" ? null : "Someone") : c.source;
    let entityKey: string | null = null;
    if (sourceName !== null) {
      const entity = entities.get(sourceName) ?? { key: `e${entities.size + 1}`, name: sourceName, kind: "person" as const, aliases: [] };
      entity.aliases.push(...(c.aliases ?? []));
      entities.set(sourceName, entity);
      entityKey = entity.key;
    }
    return {
      section: "body",
      start,
      end: start + c.exact.length,
      exact: c.exact,
      kind,
      source: entityKey ? { entityKey, text: sourceName!, role: null } : null,
      cue: null,
      content: c.exact,
      quote: c.quote ?? "none",
      hedged: c.hedged ?? false,
      hedges: [],
      blamed: [],
      checkWorthiness: 0.5,
    };
  });
  return { analyzerVersion: "test", document, entities: [...entities.values()], mentions: [], claims: out };
}
