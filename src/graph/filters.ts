// SQL conditions shared by a connection's rows and its totalCount, built from the table
// object drizzle passes in (it aliases tables inside relational queries).
import { and, sql, type SQL } from "drizzle-orm";

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
