// Statements prepared once per connection: ingest and fusion run them for every fact.
// One cached better-sqlite3 Statement serves every caller of its SQL text, and pluck()/raw()
// change the statement itself, so a caller that switched its mode would change what the next
// caller gets. So each mode has its own statements, set to it once when made, and
// the type handed out has no method that changes a statement's state.
import type { Database, Statement } from "better-sqlite3";

/** How rows come back: objects by column name, the first column's value, or arrays. */
export type RowMode = "rows" | "pluck" | "raw";

/** A cached statement: it runs, but cannot be switched to another mode or bound for good. */
export type PreparedStatement = Omit<Statement<unknown[]>, "pluck" | "raw" | "expand" | "bind" | "safeIntegers">;

type Cache = Record<RowMode, Map<string, Statement<unknown[]>>>;
const byConnection = new WeakMap<Database, Cache>();

export function prepared(sqlite: Database, source: string, mode: RowMode = "rows"): PreparedStatement {
  let cache = byConnection.get(sqlite);
  if (!cache) byConnection.set(sqlite, (cache = { rows: new Map(), pluck: new Map(), raw: new Map() }));
  const ofMode = cache[mode];
  let s = ofMode.get(source);
  if (!s) {
    s = sqlite.prepare<unknown[]>(source);
    if (mode === "pluck") s.pluck();
    else if (mode === "raw") s.raw();
    ofMode.set(source, s);
  }
  return s;
}
