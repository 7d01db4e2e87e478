// Serves read operations the compiler covers (src/graph/compiled) with one SQL statement
// that builds the response JSON, instead of running the resolvers: the per-object work of
// graphql-js and plugin-drizzle costs more than the SQL. Everything else (mutations,
// snippets, search filters, backward paging…) executes as usual. Limits have run before.
import type { Plugin } from "graphql-yoga";
import type { Context } from "../graph/builder.js";
import { executeCompiledRead } from "../graph/compiled/execute.js";

export function useCompiledReads({ maxResponseBytes }: { maxResponseBytes: number }): Plugin<Context> {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => executeCompiledRead(args as Parameters<typeof executeCompiledRead>[0], { maxResponseBytes }) ?? executeFn(args));
    },
  };
}
