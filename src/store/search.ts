// Full-text search over documents (title, text) and statements (text), through the index of
// the `search_index` migration: one FTS5 table, `search_fts`, holds both kinds of rows, so
// their bm25 scores share one scale (a document's rowid is 2 × its id, a statement's
// 2 × its id + 1). Prefixes are completed from `search_words`, an unstemmed index of the
// documents kept only for its vocabulary: the stemmed index cannot complete "negotiat*",
// since it holds "negoti", not "negotiating".
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "./db.js";
import { matchExpression, parseSearch, SEARCH_LIMITS, type SearchTerm } from "./fts-query.js";
import { porterStem } from "./fts-tokens.js";
import { READ_CHARS, SnippetMatcher, type SnippetPattern } from "./snippet.js";

export type SearchHitType = "Document" | "Statement";

export interface SearchHitRow {
  type: SearchHitType;
  id: number;
  score: number;
}

/** A search ready to run: its MATCH expression (null: matches nothing) and what to mark in snippets. */
export interface CompiledSearch {
  match: string | null;
  patterns: SnippetPattern[];
}

/** Rows of the vocabulary a prefix may read to pick its most frequent completions. */
const COMPLETION_SCAN = 5_000;

/**
 * Parses, checks and completes a search (SearchInputError when a limit refuses it). A prefix
 * stands for its most frequent completions, at most SEARCH_LIMITS.maxExpansions distinct
 * stems; the stemmed index then matches every form of those.
 */
export function compileSearch(db: Db, input: string): CompiledSearch {
  const clauses = parseSearch(input);
  const vocabulary = db.$client.prepare(`SELECT term, doc FROM search_words_vocab WHERE term >= ? AND term < ? LIMIT ${COMPLETION_SCAN}`);
  const completed = new Map<SearchTerm, string[]>();
  for (const term of clauses.flat()) {
    if (!term.prefix) continue;
    const prefix = term.words[term.words.length - 1]!;
    const rows = vocabulary.raw().all(prefix, successor(prefix)) as [string, number][];
    rows.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const byStem = new Map<string, string>();
    for (const [word] of rows) {
      if (!word.startsWith(prefix)) continue;
      const stem = porterStem(word);
      if (!byStem.has(stem)) byStem.set(stem, word);
      if (byStem.size === SEARCH_LIMITS.maxExpansions) break;
    }
    completed.set(term, [...byStem.values()]);
  }
  const patterns = clauses.flat().map((term) => ({
    stems: term.words.map((w, i) =>
      term.prefix && i === term.words.length - 1 ? new Set(completed.get(term)!.map(porterStem)) : new Set([porterStem(w)]),
    ),
  }));
  return { match: matchExpression(clauses, (term) => completed.get(term) ?? []), patterns };
}

/** The smallest string above every string that starts with `prefix` (code point order is UTF-8 byte order). */
function successor(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop()!.codePointAt(0)!;
  return chars.join("") + String.fromCodePoint(last + 1);
}

/** The expression restricted to one kind of row, for `documents(search:)` and `statements(search:)`. */
export function scopedMatch(match: string, scope: SearchHitType): string {
  return scope === "Document" ? `{title document_text} : (${match})` : `statement_text : (${match})`;
}

// The SQL of a search, shared by the resolvers (below) and compiled reads
// (src/graph/compiled/search.ts); `match` is the SQL of the MATCH expression (a parameter).

/** The rows matching, as (rowid, score). A title match counts five times a match in a document's or statement's text. */
export const scoredHits = (match: string) => `SELECT rowid, -bm25(search_fts, 5.0, 1.0, 1.0) AS score FROM search_fts WHERE search_fts MATCH ${match}`;

/** The order of hits, best first, over the columns of scoredHits (documents before statements on a tie). */
export const hitOrder = (rowid = "rowid", score = "score") => `${score} DESC, ${rowid} & 1, ${rowid}`;

/** How many rows match. */
export const countOfHits = (match: string) => `SELECT count(*) FROM search_fts WHERE search_fts MATCH ${match}`;

/** The rowids of the rows that match, unranked. */
export const matchingRowids = (match: string) => `SELECT rowid FROM search_fts WHERE search_fts MATCH ${match}`;

/**
 * A MATCH expression that matches no row (an empty phrase), for a search whose expression
 * turns out null when it runs: FTS5 refuses a NULL one.
 */
export const MATCHES_NOTHING = '""';

export function countHits(db: Db, match: string): number {
  return db.$client.prepare(countOfHits("$match")).pluck().get({ match }) as number;
}

export function hitsPage(db: Db, match: string, offset: number, limit: number): SearchHitRow[] {
  const rows = db.$client
    .prepare(`SELECT rowid, score FROM (${scoredHits("$match")}) ORDER BY ${hitOrder()} LIMIT $limit OFFSET $offset`)
    .raw()
    .all({ match, limit, offset }) as [number, number][];
  return rows.map(([rowid, score]) => ({ type: rowid % 2 === 0 ? "Document" : "Statement", id: Math.floor(rowid / 2), score }));
}

/** The ids of the matching documents or statements, as a subquery for `id IN …`. */
export function matchingIds(match: string, scope: SearchHitType): SQL {
  return sql`(select rowid >> 1 from search_fts where search_fts match ${scopedMatch(match, scope)} and rowid & 1 = ${sql.raw(scope === "Document" ? "0" : "1")})`;
}

const DOCUMENT_SNIPPET_TOKENS = 24;
const STATEMENT_SNIPPET_TOKENS = 32;

/**
 * Snippets of the given hits: one statement per kind, whatever the page size, each text
 * read up to the snippet budget (src/store/snippet.ts). A document's snippet comes from its
 * text, or from its title when the text shows no hit.
 */
export function snippets(db: Db, search: CompiledSearch, hits: SearchHitRow[]): Map<string, string> {
  const out = new Map<string, string>();
  const matcher = new SnippetMatcher(search.patterns);
  const ids = (type: SearchHitType) => JSON.stringify(hits.filter((h) => h.type === type).map((h) => h.id));
  const docIds = ids("Document");
  if (docIds !== "[]") {
    const rows = db.$client
      .prepare(`SELECT id, title, substr(text, 1, $scan) FROM documents WHERE id IN (SELECT value FROM json_each($ids))`)
      .raw()
      .iterate({ ids: docIds, scan: READ_CHARS }) as IterableIterator<[number, string | null, string]>;
    for (const [id, title, text] of rows) {
      const body = matcher.snippet(text, { tokens: DOCUMENT_SNIPPET_TOKENS });
      const heading = !body.marked && title ? matcher.snippet(title, { tokens: DOCUMENT_SNIPPET_TOKENS }) : null;
      out.set(`Document:${id}`, heading?.marked ? heading.text : body.text);
    }
  }
  const statementIds = ids("Statement");
  if (statementIds !== "[]") {
    const rows = db.$client
      .prepare(`SELECT id, substr(text, 1, $scan) FROM statements WHERE id IN (SELECT value FROM json_each($ids))`)
      .raw()
      .iterate({ ids: statementIds, scan: READ_CHARS }) as IterableIterator<[number, string]>;
    for (const [id, text] of rows) out.set(`Statement:${id}`, matcher.snippet(text, { tokens: STATEMENT_SNIPPET_TOKENS }).text);
  }
  return out;
}
