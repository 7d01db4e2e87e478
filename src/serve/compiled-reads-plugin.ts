// Serves read operations the compiler covers (src/graph/compiled) with one SQL statement
// that builds the response JSON, instead of running the resolvers: the per-object work of
// graphql-js and plugin-drizzle costs more than the SQL. Everything else (mutations,
// snippets, search filters, backward paging…) executes as usual. Limits have run before.
// When the request carries a ServedRead (read-replay.ts), it is told what was served.
import type { Plugin } from "graphql-yoga";
import type { Context } from "../graph/builder.js";
import { executeCompiledRead } from "../graph/compiled/execute.js";
import type { ServedRead } from "./read-replay.js";

export function useCompiledReads({ maxResponseBytes }: { maxResponseBytes: number }): Plugin<Context> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const report = (args.contextValue as { readReplay?: ServedRead }).readReplay;
      if (report) report.executions++;
      const served = report
        ? (read: ServedRead["read"], json: string) => {
            report.read = read;
            report.json = json;
          }
        : undefined;
      setExecuteFn((args) => executeCompiledRead(args as Parameters<typeof executeCompiledRead>[0], { maxResponseBytes, served }) ?? executeFn(args));
    },
  };
}
