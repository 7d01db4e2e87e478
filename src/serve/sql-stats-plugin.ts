// With PARLEY_SQL_STATS=1, each response carries extensions.sql.statements: how many SQL
// statements its execution ran.
import type { Plugin } from "graphql-yoga";
import { countSql, type SqlCounter } from "../store/sql-stats.js";

export function useSqlStats(): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      const counter: SqlCounter = { statements: 0 };
      setExecuteFn((args) => countSql(counter, () => executeFn(args)));
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in (result as object)) return;
          const single = result as { extensions?: Record<string, unknown> };
          setResult({ ...single, extensions: { ...single.extensions, sql: { statements: counter.statements } } } as never);
        },
      };
    },
  };
}
