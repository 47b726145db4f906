// Full-text search over the archive (FTS5 tables of migration 0002): articles and claims matching every word.
import type { Db } from "../client";
import type { SearchResults } from "../../lib/views";

const MAX_QUERY_WORDS = 12;

/**
 * An FTS5 query from what a person typed: every word must match (the last one as a prefix, for search as you
 * type); quotes and operators are taken as plain text, so no input is a syntax error. null when nothing is left.
 */
export function ftsQuery(input: string): string | null {
  const words = (input.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_QUERY_WORDS);
  if (!words.length) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? "*" : ""}`).join(" ");
}

/** Articles and claims matching `input`, best first. */
export function searchArchive(db: Db, input: string, limit = 20): SearchResults {
  const query = ftsQuery(input);
  if (!query) return { query: input, articles: [], claims: [] };
  // FTS5's MATCH, rank and snippet() are SQLite functions Drizzle has no words for: plain prepared statements.
  const client = db.$client;
  const articles = client
    .prepare(
      `select a.id, a.title, o.name as outlet, a.event_id as eventId,
              snippet(articles_fts, 2, '[[', ']]', '…', 16) as snippet
         from articles_fts join articles a on a.id = articles_fts.rowid join outlets o on o.id = a.outlet_id
        where articles_fts match ? order by rank limit ?`,
    )
    .all(query, limit) as SearchResults["articles"];
  const claims = client
    .prepare(
      `select c.id, c.article_id as articleId, c.kind, o.name as outlet, a.title as articleTitle,
              snippet(claims_fts, 0, '[[', ']]', '…', 24) as snippet
         from claims_fts join claims c on c.id = claims_fts.rowid join articles a on a.id = c.article_id
              join outlets o on o.id = a.outlet_id
        where claims_fts match ? and c.dismissed_at is null order by rank limit ?`,
    )
    .all(query, limit) as SearchResults["claims"];
  return { query: input, articles, claims };
}
