// Runs compiled reads: one prepared statement per distinct SQL text (kept, up to a bound),
// the functions the statements call (base64, keyset cursors) registered once per connection.
import { encodeBase64 } from "@pothos/core";
import type { Database, Statement } from "better-sqlite3";
import type { Db } from "../../store/db.js";
import { encodeKeysetCursor } from "../cursors.js";
import { BASE64_FUNCTION, KEYSET_CURSOR_FUNCTION } from "./sql-builder.js";
import type { CompiledRead } from "./compile.js";

const MAX_STATEMENTS = 256;
const statementsByConnection = new WeakMap<Database, Map<string, Statement>>();

/** The JSON text of `data`; null when the statement's guards refuse (the resolvers answer then). */
export function runRead(db: Db, read: CompiledRead): string | null {
  const params = read.late ? { ...read.params, ...Object.fromEntries(Object.entries(read.late).map(([name, compute]) => [name, compute(db)])) } : read.params;
  return statementFor(db.$client, read.sql).pluck().get(params) as string | null;
}

function statementFor(sqlite: Database, sql: string): Statement {
  let statements = statementsByConnection.get(sqlite);
  if (!statements) {
    sqlite.function(BASE64_FUNCTION, { deterministic: true }, (text: unknown) => encodeBase64(String(text)));
    sqlite.function(KEYSET_CURSOR_FUNCTION, { deterministic: true, varargs: true }, (...values: unknown[]) => encodeKeysetCursor(values));
    statements = new Map();
    statementsByConnection.set(sqlite, statements);
  }
  let statement = statements.get(sql);
  if (statement) {
    // Most recently used last, so the oldest is evicted first.
    statements.delete(sql);
  } else {
    statement = sqlite.prepare(sql);
    if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value!);
  }
  statements.set(sql, statement);
  return statement;
}
