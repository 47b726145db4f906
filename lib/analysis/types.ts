// The contract of the claim engine: plain data in, plain data out. No I/O, no framework.

export const CLAIM_KINDS = ["blame", "statement", "finding", "denial", "report", "assertion", "opinion"] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
/** Kinds attributed to someone; `assertion` and `opinion` are the outlet's own voice (source null). */
export const ATTRIBUTED_KINDS: readonly ClaimKind[] = ["blame", "statement", "finding", "denial", "report"];

export const QUOTE_TYPES = ["direct", "indirect", "mixed", "none"] as const;
export type QuoteType = (typeof QUOTE_TYPES)[number];

export const SECTIONS = ["title", "subtitle", "body"] as const;
export type Section = (typeof SECTIONS)[number];

export const ENTITY_KINDS = [
  "person",
  "organization",
  "institution", // "the intelligence community", "U.S. intelligence agencies", "the FBI"
  "outlet", // news organisations: "NBC News", "The Washington Post"
  "place",
  "anonymous", // "anonymous sources within the U.S. government", "officials familiar with…"
  "unnamed", // "reports emerged", "many have noted", "critics"
  "other",
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** What the engine reads: the cleaned article. */
export interface AnalysisInput {
  title: string | null;
  subtitle: string | null;
  body: string;
}

/** The document the engine analyses: title, subtitle and body joined by blank lines, with where each lies. */
export interface AnalysisDocument {
  text: string;
  sections: { section: Section; start: number; end: number }[];
}

/** An entity recognised in the article, canonicalised within it ("Flynn" and "Michael Flynn" are one). */
export interface EntityRef {
  /** Unique within one AnalysisResult; claims and mentions point to it. */
  key: string;
  /** Canonical name: the fullest form the article uses ("Michael Flynn", "WikiLeaks", "U.S. intelligence community"). */
  name: string;
  kind: EntityKind;
  /** Every other surface form seen for it in the article ("Flynn", "national security adviser Michael Flynn" → "Flynn"). */
  aliases: string[];
}

/** Offsets are UTF-16 indexes into AnalysisDocument.text: `text.slice(start, end) === text` of the mention. */
export interface Mention {
  entityKey: string;
  section: Section;
  start: number;
  end: number;
  text: string;
  /** The role or title this outlet gives the entity here ("national security adviser", "then the head of the CIA"). */
  role: string | null;
}

export interface ClaimSource {
  entityKey: string;
  /** The source as worded in this sentence, before resolution ("the organization", "he", "Assange"). */
  text: string;
  role: string | null;
}

export interface ExtractedClaim {
  section: Section;
  /** UTF-16 offsets into AnalysisDocument.text; `document.text.slice(start, end) === exact`. */
  start: number;
  end: number;
  exact: string;
  kind: ClaimKind;
  /** null for the outlet's own voice (assertion, opinion). */
  source: ClaimSource | null;
  /** The attributing verb or marker: "said", "tweeted", "according to", ":" for a headline "X: …". */
  cue: string | null;
  /** What is claimed, without the attribution ("Flynn resigns after destabilization campaign by …"). */
  content: string;
  quote: QuoteType;
  hedged: boolean;
  /** The hedge words found ("reportedly", "is believed to", "after reports emerged"). */
  hedges: string[];
  /** For blame claims: who is blamed, as worded, resolved to an entity where one is known. */
  blamed: { text: string; entityKey: string | null }[];
  /** 0–1: how much a fact-checker should look at it (specific, factual, consequential). */
  checkWorthiness: number;
}

export interface AnalysisResult {
  analyzerVersion: string;
  document: AnalysisDocument;
  entities: EntityRef[];
  mentions: Mention[];
  claims: ExtractedClaim[];
}

// ---------------------------------------------------------------- cross-outlet comparison

/** Where a proposition sits on the comparison page. */
export const PROPOSITION_CATEGORIES = ["blame", "said", "concluded", "denials", "background", "opinion"] as const;
export type PropositionCategory = (typeof PROPOSITION_CATEGORIES)[number];

/** How two outlets' versions of a proposition differ. */
export const DIFFERENCE_TYPES = ["omission", "attribution", "hedging", "detail", "framing", "contradiction"] as const;
export type DifferenceType = (typeof DIFFERENCE_TYPES)[number];
