// The table behind each Node type. `node(id:)` of a well-formed global id whose row does not
// exist answers null; plugin-drizzle's loader would throw ("Model actors(…) not found").
import { getTableName } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import * as tables from "../../schema/tables.js";
import type { Db } from "../store/db.js";

export const NODE_TABLES: Record<string, SQLiteTable> = {
  Actor: tables.actors,
  Document: tables.documents,
  Statement: tables.statements,
  Engagement: tables.engagements,
};

/** The row id of a global id's id part, as the server writes them: a positive integer. */
export function rowId(id: string): number | undefined {
  return /^[1-9]\d{0,14}$/.test(id) ? Number(id) : undefined;
}

export interface ParsedGlobalId {
  typename: string;
  id: string;
}

/** Which of these parsed global ids name a row that exists: one query per type. */
export function existingNodes(db: Db, ids: readonly ParsedGlobalId[]): Set<ParsedGlobalId> {
  const byType = new Map<string, ParsedGlobalId[]>();
  for (const g of ids) {
    if (!NODE_TABLES[g.typename] || rowId(g.id) === undefined) continue;
    const list = byType.get(g.typename);
    if (list) list.push(g);
    else byType.set(g.typename, [g]);
  }
  const found = new Set<ParsedGlobalId>();
  for (const [typename, list] of byType) {
    const table = getTableName(NODE_TABLES[typename]!);
    const present = new Set(
      db.$client
        .prepare(`SELECT id FROM "${table}" WHERE id IN (SELECT value FROM json_each(?))`)
        .pluck()
        .all(JSON.stringify(list.map((g) => rowId(g.id)))) as number[],
    );
    for (const g of list) if (present.has(rowId(g.id)!)) found.add(g);
  }
  return found;
}
