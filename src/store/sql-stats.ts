// Counts the SQL statements a unit of work runs (a GraphQL request, say), so the
// "bounded by query depth, not by rows" promise can be checked from outside.
import { AsyncLocalStorage } from "node:async_hooks";
import type { Database, Statement } from "better-sqlite3";

export interface SqlCounter {
  statements: number;
}

const storage = new AsyncLocalStorage<SqlCounter>();

export function countSql<T>(counter: SqlCounter, work: () => T): T {
  return storage.run(counter, work);
}

const EXECUTORS = ["all", "get", "run", "iterate"] as const;

/** Wraps `prepare` so every execution of a statement counts against the current counter. */
export function instrumentSqlCounting(sqlite: Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const statement = prepare(source) as Statement;
    for (const name of EXECUTORS) {
      const original = (statement[name] as (...args: unknown[]) => unknown).bind(statement);
      (statement as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
        const counter = storage.getStore();
        if (counter) counter.statements++;
        return original(...args);
      };
    }
    return statement;
  }) as Database["prepare"];
}
