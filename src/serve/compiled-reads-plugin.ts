// Serves read operations the compiler covers (src/graph/compiled) with one SQL statement
// that builds the response JSON, instead of running the resolvers: the per-object work of
// graphql-js and plugin-drizzle costs more than the SQL. Everything else (mutations,
// snippets, search filters, backward paging…) executes as usual. Limits have run before.
// When the request's context carries a ServedRead (read-replay.ts), it is told what was served.
import { GraphQLError, type ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Context } from "../graph/builder.js";
import type { CompiledRead } from "../graph/compiled/compile.js";
import { executeCompiledRead, type ServedPlan } from "../graph/compiled/execute.js";

/** What one request's execution served, for read-replay.ts (as `readReplay` in its context). */
export interface ServedRead {
  /** Executions of the request (a batch has several; only a single one is replayed). */
  executions: number;
  read?: CompiledRead;
  /** The plan of the statement, to bind other variables to. */
  plan?: ServedPlan;
  /** The statement's JSON for this request. */
  json?: string;
  /** Serve a compiled read or nothing: an operation it does not cover is not executed. */
  compiledOnly?: boolean;
}

const NOT_COMPILED: ExecutionResult = { errors: [new GraphQLError("not served as a compiled read")] };

export function useCompiledReads({ maxResponseBytes }: { maxResponseBytes: number }): Plugin<Context> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const report = (args.contextValue as { readReplay?: ServedRead }).readReplay;
      if (report) report.executions++;
      const served = report
        ? (read: CompiledRead, json: string, plan: ServedPlan) => {
            report.read = read;
            report.json = json;
            report.plan = plan;
          }
        : undefined;
      setExecuteFn(
        (args) =>
          executeCompiledRead(args as Parameters<typeof executeCompiledRead>[0], { maxResponseBytes, served }) ?? (report?.compiledOnly ? NOT_COMPILED : executeFn(args)),
      );
    },
  };
}
