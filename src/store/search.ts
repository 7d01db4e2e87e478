// Full-text search over documents (title, text) and statements (text), through the FTS5
// tables of the `fts` migration. Hits of both kinds share one ranking: bm25, negated so
// that a higher score is a better match.
import type { Db } from "./db.js";

export type SearchHitType = "Document" | "Statement";

export interface SearchHitRow {
  type: SearchHitType;
  id: number;
  score: number;
}

/** Matched terms in snippets are wrapped in these. */
export const MARK_OPEN = "<mark>";
export const MARK_CLOSE = "</mark>";
const ELLIPSIS = "…";

// A title match weighs more than a match in the body.
const HITS = `
  SELECT 'Document' AS type, rowid AS id, -bm25(documents_fts, 5.0, 1.0) AS score FROM documents_fts WHERE documents_fts MATCH $match
  UNION ALL
  SELECT 'Statement' AS type, rowid AS id, -bm25(statements_fts) AS score FROM statements_fts WHERE statements_fts MATCH $match`;

export function countHits(db: Db, match: string): number {
  return db.$client.prepare(`SELECT count(*) FROM (${HITS})`).pluck().get({ match }) as number;
}

export function hitsPage(db: Db, match: string, offset: number, limit: number): SearchHitRow[] {
  return db.$client
    .prepare(`SELECT type, id, score FROM (${HITS}) ORDER BY score DESC, type, id LIMIT $limit OFFSET $offset`)
    .all({ match, limit, offset }) as SearchHitRow[];
}

/** Snippets of the given hits: one statement per kind, whatever the page size. */
export function snippets(db: Db, match: string, hits: SearchHitRow[]): Map<string, string> {
  const out = new Map<string, string>();
  const ids = (type: SearchHitType) => JSON.stringify(hits.filter((h) => h.type === type).map((h) => h.id));
  const docIds = ids("Document");
  if (docIds !== "[]") {
    const rows = db.$client
      .prepare(
        `SELECT rowid AS id, snippet(documents_fts, -1, $open, $close, $ellipsis, 24) AS snippet FROM documents_fts
         WHERE documents_fts MATCH $match AND rowid IN (SELECT value FROM json_each($ids))`,
      )
      .all({ match, ids: docIds, open: MARK_OPEN, close: MARK_CLOSE, ellipsis: ELLIPSIS }) as { id: number; snippet: string }[];
    for (const r of rows) out.set(`Document:${r.id}`, r.snippet);
  }
  const statementIds = ids("Statement");
  if (statementIds !== "[]") {
    const rows = db.$client
      .prepare(
        `SELECT rowid AS id, snippet(statements_fts, 0, $open, $close, $ellipsis, 32) AS snippet FROM statements_fts
         WHERE statements_fts MATCH $match AND rowid IN (SELECT value FROM json_each($ids))`,
      )
      .all({ match, ids: statementIds, open: MARK_OPEN, close: MARK_CLOSE, ellipsis: ELLIPSIS }) as { id: number; snippet: string }[];
    for (const r of rows) out.set(`Statement:${r.id}`, r.snippet);
  }
  return out;
}
