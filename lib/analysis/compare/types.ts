// The contract of the comparison engine: the analyses of one event's articles in, propositions and the
// differences between outlets out. Pure data; articles and claims are named by their index in the input.
import type { AnalysisResult, ClaimKind, DifferenceType, PropositionCategory } from "../types";

export interface CompareArticle {
  outlet: string;
  analysis: AnalysisResult;
}

/** A claim of the input: `article` indexes the articles, `claim` that article's `analysis.claims`. */
export interface ClaimRef {
  article: number;
  claim: number;
}

/** One word of a word-level diff between two versions of a proposition. */
export interface DiffToken {
  text: string;
  /** "same" in both versions, "removed" only in the first, "added" only in the second. */
  op: "same" | "removed" | "added";
}

export interface ComparedDifference {
  type: DifferenceType;
  /** One sentence a reader understands: "The Hill hedges it (“after reports emerged”); The Daily Dot states it as fact." */
  explanation: string;
  /** The articles the difference is between (indexes), and the claims compared. */
  articles: number[];
  claims: ClaimRef[];
  /** The words that differ, first claim against second; absent for omissions of a whole proposition. */
  diff: DiffToken[] | null;
}

export interface ComparedProposition {
  /** A short label: what the proposition is about. */
  topic: string;
  category: PropositionCategory;
  claims: ClaimRef[];
  differences: ComparedDifference[];
  /** True when a person grouped these claims (kept as given, never re-aligned). */
  pinned: boolean;
}

export interface CompareOptions {
  /** Groups of claims people made by hand: kept together and left out of automatic alignment. */
  pinned?: ClaimRef[][];
  /** Claims people took out of every group: each stays a proposition of its own. */
  single?: ClaimRef[];
}

export interface Comparison {
  propositions: ComparedProposition[];
}

/** Category of a proposition from the kinds of its claims. */
export const CATEGORY_OF_KIND: Record<ClaimKind, PropositionCategory> = {
  blame: "blame",
  statement: "said",
  report: "said",
  finding: "concluded",
  denial: "denials",
  assertion: "background",
  opinion: "opinion",
};
