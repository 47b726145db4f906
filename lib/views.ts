// The shapes pages, client components and the JSON API exchange: plain, serialisable data.

export interface OutletView {
  id: number;
  name: string;
  domain: string | null;
}

export interface ArticleView {
  id: number;
  title: string;
  subtitle: string | null;
  author: string | null;
  publishedAt: string | null;
  sourceUpdatedAt: string | null;
  url: string | null;
  wordCount: number;
  importedAt: string;
  outlet: OutletView;
  event: { id: number; title: string } | null;
  paragraphs: string[];
  /** The claims found in it, in reading order; dismissed ones left out. */
  claims: ClaimView[];
}

export interface EventSummary {
  id: number;
  title: string;
  summary: string | null;
  articleCount: number;
  outlets: string[];
  latestPublishedAt: string | null;
}

export interface EventDetail {
  id: number;
  title: string;
  summary: string | null;
  createdAt: string;
  articles: ArticleView[];
}

export interface ApiErrorBody {
  error: { code: string; message: string; [detail: string]: unknown };
}

export interface ClaimView {
  id: number;
  articleId: number;
  section: "title" | "subtitle" | "body";
  /** Offsets into the section's text (the title, the subtitle, or the body). */
  start: number;
  end: number;
  exact: string;
  kind: "blame" | "statement" | "finding" | "denial" | "report" | "assertion" | "opinion";
  source: { id: number; name: string; kind: string } | null;
  sourceText: string | null;
  sourceRole: string | null;
  cue: string | null;
  content: string;
  quote: "direct" | "indirect" | "mixed" | "none";
  hedged: boolean;
  hedges: string[];
  blamed: string[];
  checkWorthiness: number;
  origin: "auto" | "manual";
  /** The newest published verdict on this claim, if any. */
  verdict: VerdictView | null;
  /** Dismissed by a fact-checker: hidden from readers, kept for restoring (only fact-checkers are sent these). */
  dismissed: boolean;
  /** A fact-checker changed what the engine found (kind, source, cue, quote or hedging). */
  edited: boolean;
}

/** One word, or a run of words with the same mark, of a word-level diff between two outlets' versions. */
export interface DiffTokenView {
  text: string;
  op: "same" | "removed" | "added";
}

export interface DifferenceView {
  id: number;
  type: "omission" | "attribution" | "hedging" | "detail" | "framing" | "contradiction";
  explanation: string;
  origin: "auto" | "manual";
  dismissed: boolean;
  claimIds: number[];
  articleIds: number[];
  diff: DiffTokenView[] | null;
}

export interface PropositionView {
  id: number;
  label: string;
  category: "blame" | "said" | "concluded" | "denials" | "background" | "opinion";
  origin: "auto" | "manual";
  /** The claims, each with the article (and so the outlet) it comes from. */
  claimIds: number[];
  articleIds: number[];
  differences: DifferenceView[];
  /** The newest published verdict on this proposition, if any. */
  verdict: VerdictView | null;
}

/** How one article frames the story (lib/analysis/framing.ts); shares are 0–1 of its claims. */
export interface FramingView {
  articleId: number;
  claims: number;
  attributed: number;
  unattributed: number;
  anonymousOrUnnamed: number;
  hedged: number;
  /** Loaded or editorial wording, with offsets into its section's text. */
  loaded: { section: "title" | "subtitle" | "body"; start: number; end: number; text: string; reason: "editorial" | "loaded" }[];
  headline: { hedged: boolean; attributed: boolean; loaded: number; supportedByBody: number; dropsBodyHedges: boolean } | null;
}

/** An event's comparison: its articles' claims grouped into propositions, with what differs between outlets. */
export interface EventComparison {
  eventId: number;
  propositions: PropositionView[];
  framing: FramingView[];
}

/** Search results; snippets mark matched words with [[ and ]]. */
export interface SearchResults {
  query: string;
  articles: { id: number; title: string; outlet: string; eventId: number | null; snippet: string }[];
  claims: { id: number; articleId: number; kind: ClaimView["kind"]; outlet: string; articleTitle: string; snippet: string }[];
}

/** A rating of the organisation's scale; value is ClaimReview's ratingValue (higher is truer). */
export interface RatingView {
  id: number;
  label: string;
  color: string;
  value: number;
  retired: boolean;
}

/** A published verdict, as shown beside a claim or a proposition. */
export interface VerdictView {
  factCheckId: number;
  label: string;
  color: string;
}

export interface PersonView {
  id: number;
  name: string;
}

export type FactCheckStatus = "draft" | "in_review" | "published";

export interface EvidenceView {
  url: string;
  note: string;
}

/** What a fact-check is about: one claim (with where it appeared) or one proposition of an event. */
export type FactCheckTarget =
  | {
      type: "claim";
      claimId: number;
      exact: string;
      source: string | null;
      sourceIsPerson: boolean;
      articleId: number;
      articleTitle: string;
      articleUrl: string | null;
      outlet: string;
      author: string | null;
      publishedAt: string | null;
      eventId: number | null;
    }
  | { type: "proposition"; propositionId: number; label: string; eventId: number };

export interface FactCheckView {
  id: number;
  version: number;
  target: FactCheckTarget;
  rating: RatingView | null;
  explanation: string;
  evidence: EvidenceView[];
  status: FactCheckStatus;
  author: PersonView | null;
  assignee: PersonView | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface FactCheckRevisionView {
  version: number;
  rating: RatingView | null;
  explanation: string;
  evidence: EvidenceView[];
  status: FactCheckStatus;
  editor: PersonView | null;
  createdAt: string;
}

/** One entry of the audit log, as the admin pages and GET /api/audit show it. */
export interface AuditEntryView {
  id: number;
  at: string;
  action: string;
  subjectType: string;
  subjectId: number | null;
  user: { id: number; email: string; name: string | null } | null;
  details: Record<string, unknown> | null;
}

/** One claim of the fact-checking queue, with where it appeared and the state of its newest fact-check. */
export interface QueueItemView {
  claimId: number;
  exact: string;
  kind: ClaimView["kind"];
  /** Who the claim is attributed to (null: the outlet itself). */
  source: string | null;
  checkWorthiness: number;
  article: { id: number; title: string; url: string | null };
  outlet: { id: number; name: string };
  event: { id: number; title: string } | null;
  /** The newest fact-check's status, or "unchecked" when the claim has none. */
  status: "unchecked" | FactCheckStatus;
  factCheck: { id: number; version: number; verdict: { label: string; color: string } | null; assignee: PersonView | null } | null;
}

// ---------------------------------------------------------------- imports (admin)

/** One claim the engine found in an article being previewed (not stored yet). */
export interface PreviewClaimView {
  section: "title" | "subtitle" | "body";
  start: number;
  end: number;
  exact: string;
  kind: ClaimView["kind"];
  /** The canonical name of who the claim is attributed to; null for the outlet's own voice. */
  source: string | null;
  cue: string | null;
  quote: ClaimView["quote"];
  hedged: boolean;
  hedges: string[];
  checkWorthiness: number;
}

/** Where a metadata value came from, so the admin knows what to double-check. */
export type MetadataOrigin = "given" | "json-ld" | "opengraph" | "meta" | "text" | "url";

/** What importing one article would store, shown before saving (`POST /api/imports/preview`). */
export interface ImportPreview {
  article: {
    title: string;
    subtitle: string | null;
    outlet: string | null;
    author: string | null;
    publishedAt: string | null;
    modifiedAt: string | null;
    /** The canonical address of the article (tracking parameters and fragment dropped), if known. */
    url: string | null;
    paragraphs: string[];
    wordCount: number;
  };
  /** Which part of the page or text each metadata value was read from. */
  origins: Partial<Record<"title" | "outlet" | "author" | "publishedAt" | "modifiedAt" | "url", MetadataOrigin>>;
  source: { kind: "text" | "html" | "url" | "article"; fetchedFrom: string | null };
  claims: PreviewClaimView[];
  /** The event the article would join; null when it would start a new event named after it. */
  event: { id: number; title: string } | null;
  /** Already stored: the article it duplicates and why (same canonical URL or same text). */
  duplicate: { articleId: number; title: string; reason: "url" | "content" } | null;
  /** Lines dropped as page furniture (bylines, share buttons…), for the admin to check nothing real was lost. */
  removed: string[];
}

export const IMPORT_ITEM_STATUS_LABELS = {
  pending: "Waiting",
  imported: "Imported",
  duplicate: "Duplicate",
  failed: "Failed",
} as const;
export type ImportItemStatus = keyof typeof IMPORT_ITEM_STATUS_LABELS;
export type ImportJobStatus = "queued" | "running" | "done" | "failed";

export interface ImportItemView {
  position: number;
  /** File name, "feed.ndjson line 12", or the URL. */
  label: string;
  status: ImportItemStatus;
  /** The article stored, or for a duplicate the article already stored. */
  article: { id: number; title: string; eventId: number | null } | null;
  /** Why it failed, or which kind of duplicate it is, in words. */
  message: string | null;
}

export interface ImportJobSummaryView {
  id: number;
  status: ImportJobStatus;
  source: string;
  total: number;
  counts: Record<ImportItemStatus, number>;
  createdAt: string;
  finishedAt: string | null;
  createdBy: string | null;
}

export interface ImportJobView extends ImportJobSummaryView {
  items: ImportItemView[];
}
