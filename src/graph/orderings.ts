// The order of every connection, defined once: plugin-drizzle pages the resolvers' rows by
// it (and writes it into cursors), compiled reads sort, page and write the same cursors
// from it. Each ordering ends with a unique column, so a cursor fixes one position.
import { getColumns, getTableName, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type * as tables from "../../schema/tables.js";
import { engagementCounts, statementCounts, type SparseCount } from "../store/actor-aggregates.js";
import { effectiveDate } from "./conditions.js";
import type { CursorTag } from "./cursors.js";

/**
 * A key of an ordering: a column of the table (by its TypeScript name), or an expression
 * over a row, which plugin-drizzle selects as an extra of that name.
 */
export interface OrderKey<T = any> {
  key: string;
  desc?: boolean;
  expression?: (t: T) => SQL;
  /** How a cursor tags an expression's value (Pothos's cursor chunks); a column's type says it. */
  tag?: CursorTag;
  /**
   * The expression is this count of the row's id: 0 for most rows. Leading an ordering,
   * descending, it puts the rows with a count first (see `leadingCount`).
   */
  count?: SparseCount;
}

export type Ordering<T = any> = readonly OrderKey<T>[];

export const BY_ID: Ordering = [{ key: "id" }];
export const BY_NAME: Ordering = [{ key: "name" }, { key: "id" }];
export type ActorOrderValue = "NAME" | "STATEMENTS" | "ENGAGEMENTS";

export function actorOrdering(order: ActorOrderValue): Ordering<typeof tables.actors> {
  // The count is an extra of the same statement, so the cursor can carry it.
  if (order === "STATEMENTS") return [{ key: "statementCount", expression: (a) => statementCounts.of(a.id), tag: "N", desc: true, count: statementCounts }, ...BY_NAME];
  if (order === "ENGAGEMENTS") return [{ key: "engagementCount", expression: (a) => engagementCounts.of(a.id), tag: "N", desc: true, count: engagementCounts }, ...BY_NAME];
  return BY_NAME;
}

/**
 * The count an ordering leads with, descending: its rows fall into those with a count (in
 * the ordering) followed by those without (by the rest of the ordering, their count being 0).
 * A page reads the first part, and the second only when the first cannot fill it; each part
 * costs its own rows rather than a sort of every row.
 */
export function leadingCount(ordering: Ordering): SparseCount | undefined {
  const first = ordering[0];
  return first?.count && first.desc ? first.count : undefined;
}

/**
 * The ordering of the rows without the leading count, the count being 0 for each. (A
 * function call, as SQLite reads a bare integer in ORDER BY as a column's position.)
 */
export function withoutCount<T>(ordering: Ordering<T>): Ordering<T> {
  return [{ ...ordering[0]!, expression: () => sql<number>`abs(0)`, count: undefined }, ...ordering.slice(1)];
}

/** Statements of a document, in text order. */
export const BY_START: Ordering = [{ key: "start" }, { key: "id" }];

export type EngagementOrderValue = "REPORTED" | "DATE" | "RECENT";

// Undated engagements sort after every date: '~' follows the digits, '' precedes them.
const DATED_ASC = (t: typeof tables.engagements) => sql`coalesce(${effectiveDate(t)}, '~')`;
const DATED_DESC = (t: typeof tables.engagements) => sql`coalesce(${effectiveDate(t)}, '')`;

export function engagementOrdering(order: EngagementOrderValue): Ordering<typeof tables.engagements> {
  if (order === "DATE") return [{ key: "dateKey", expression: DATED_ASC, tag: "S" }, { key: "id" }];
  if (order === "RECENT") return [{ key: "dateKey", expression: DATED_DESC, tag: "S", desc: true }, { key: "id", desc: true }];
  return BY_ID;
}

/**
 * How a keyset cursor tags the value of a key of `table`: by the column's type (a number is
 * written "N:", text "S:", as Pothos's encoder tags the values plugin-drizzle reads), or as
 * the expression declares it. Compiled reads (reading `after` back) and the checks of the
 * cursors clients send back both read it here.
 */
export function cursorTag(table: SQLiteTable, key: OrderKey): CursorTag {
  if (key.expression) return key.tag ?? "S";
  const column = (getColumns(table) as Record<string, SQLiteColumn>)[key.key];
  if (!column) throw new Error(`${getTableName(table)} has no column ${key.key}`);
  return column.dataType.startsWith("number") ? "N" : "S";
}

/**
 * An ordering as a relational query of plugin-drizzle takes it: `orderBy`, and the extras it
 * orders by. The extras are left out of the type: rows keep their table's type, and the
 * plugin reads the extras' values into cursors itself.
 */
export function drizzleOrder<T>(ordering: Ordering<T>): { orderBy: Record<string, "asc" | "desc"> } {
  const orderBy = Object.fromEntries(ordering.map((k) => [k.key, k.desc ? "desc" : "asc"] as const));
  const expressions = ordering.filter((k) => k.expression);
  if (!expressions.length) return { orderBy };
  return { orderBy, extras: Object.fromEntries(expressions.map((k) => [k.key, k.expression!])) } as { orderBy: Record<string, "asc" | "desc"> };
}
