// SQL conditions shared by a connection's rows and its totalCount, built from the table
// object drizzle passes in (it aliases tables inside relational queries).
import { and, sql, type SQL } from "drizzle-orm";

/** Longest `contains` / actor `search` text (SQLite refuses LIKE patterns over 50,000 bytes). */
export const MAX_FILTER_TEXT = 10_000;

/** A LIKE pattern matching `text` anywhere, with LIKE's wildcards escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function likeCondition(column: SQL | unknown, text: string): SQL {
  return sql`${column} LIKE ${containsPattern(text)} ESCAPE '\\'`;
}

export function allOf(conditions: (SQL | undefined | false | null)[]): SQL | undefined {
  const present = conditions.filter((c): c is SQL => !!c);
  return present.length ? and(...present) : undefined;
}

/** A relational-query `where` (plugin-drizzle's `query`) from a condition; no condition matches every row. */
export function rawWhere<T>(condition: (t: T) => SQL | undefined) {
  return { RAW: (t: T) => condition(t) ?? sql`1 = 1` };
}

/** The extension a text argument that becomes a LIKE pattern carries the folding applied to it under. */
const LIKE_FILTER = "parleyLikeFilter";

/**
 * The `extensions` of a text filter argument whose text becomes a LIKE pattern after `fold`:
 * set where the argument is defined, so the argument checks (src/graph/argument-checks.ts)
 * bound its length on every field that takes it.
 */
export const likeFilterExtensions = (fold: (text: string) => string) => ({ [LIKE_FILTER]: fold });

/** The folding of a LIKE filter argument, from its extensions; undefined for any other argument. */
export function likeFilterOf(extensions: Readonly<Record<string, unknown>> | null | undefined): ((text: string) => string) | undefined {
  return extensions?.[LIKE_FILTER] as ((text: string) => string) | undefined;
}
