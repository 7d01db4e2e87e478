// Yoga keeps every parsed query (and every parse error) keyed by the query text, 1,024 of
// them whatever their size; a query text can be megabytes of comments or string literal
// (one token), so those caches could hold gigabytes. These hold at most MAX_CACHED_QUERIES
// texts of at most MAX_QUERY_CHARS characters, MAX_TOTAL_CHARS in all (a parsed document
// takes a few times its text); longer queries are parsed every time they come.
import type { DocumentNode } from "graphql";
import { LRUCache } from "lru-cache";

export const MAX_QUERY_CHARS = 64 * 1024;
const MAX_CACHED_QUERIES = 1024;
const MAX_TOTAL_CHARS = 8 * 1024 * 1024;

function byQueryText<T>() {
  const entries = new LRUCache<string, { value: T }>({ max: MAX_CACHED_QUERIES, maxSize: MAX_TOTAL_CHARS, sizeCalculation: (_box, key) => Math.max(1, key.length) });
  return {
    get: (query: string): T | undefined => entries.get(query)?.value,
    set: (query: string, value: T): void => {
      if (query.length <= MAX_QUERY_CHARS) entries.set(query, { value });
    },
  };
}

/** Yoga's `parserAndValidationCache` option. */
export function boundedParseCache() {
  return { documentCache: byQueryText<DocumentNode>(), errorCache: byQueryText<unknown>() };
}
