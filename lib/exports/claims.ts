// One claim of the archive as the exports describe it (CSV and Web Annotations), with the text of the section
// its offsets index so that quotes and their context can be cut from it.
import type { ClaimView, VerdictView } from "../views";
import { csvRow, type CsvValue } from "./csv";

export interface ExportClaim {
  claimId: number;
  eventId: number | null;
  eventTitle: string | null;
  outlet: string;
  articleId: number;
  articleTitle: string;
  /** Where the outlet published it; null when Parallax only has the text. */
  articleUrl: string | null;
  section: ClaimView["section"];
  /** Offsets into `sectionText` (the title, the subtitle or the body as Parallax stores it). */
  start: number;
  end: number;
  sectionText: string;
  exact: string;
  kind: ClaimView["kind"];
  source: string | null;
  cue: string | null;
  quote: ClaimView["quote"];
  hedged: boolean;
  checkWorthiness: number;
  createdAt: string;
  /** The newest published verdict; exports never show unpublished work. */
  verdict: VerdictView | null;
}

export const CLAIMS_CSV_HEADER = [
  "claim_id",
  "event_id",
  "event_title",
  "outlet",
  "article_id",
  "article_title",
  "article_url",
  "section",
  "start",
  "end",
  "kind",
  "source",
  "cue",
  "quote_type",
  "quote",
  "hedged",
  "check_worthiness",
  "verdict",
  "fact_check_status",
  "fact_check_url",
];

const base = (siteUrl: string) => siteUrl.replace(/\/+$/, "");

/** The address of a claim's article: the outlet's page when known, otherwise the Parallax reader. */
export function articleAddress(claim: Pick<ExportClaim, "articleId" | "articleUrl">, siteUrl: string): string {
  return claim.articleUrl ?? `${base(siteUrl)}/articles/${claim.articleId}`;
}

export function factCheckAddress(factCheckId: number, siteUrl: string): string {
  return `${base(siteUrl)}/fact-checks/${factCheckId}`;
}

/** The CSV record of one claim (with its CRLF). */
export function claimCsvRow(claim: ExportClaim, siteUrl: string): string {
  const values: CsvValue[] = [
    claim.claimId,
    claim.eventId,
    claim.eventTitle,
    claim.outlet,
    claim.articleId,
    claim.articleTitle,
    claim.articleUrl ?? `${base(siteUrl)}/articles/${claim.articleId}`,
    claim.section,
    claim.start,
    claim.end,
    claim.kind,
    claim.source,
    claim.cue,
    claim.quote,
    claim.exact,
    claim.hedged,
    Math.round(claim.checkWorthiness * 1000) / 1000,
    claim.verdict?.label ?? "",
    claim.verdict ? "published" : "",
    claim.verdict ? factCheckAddress(claim.verdict.factCheckId, siteUrl) : "",
  ];
  return csvRow(values);
}
