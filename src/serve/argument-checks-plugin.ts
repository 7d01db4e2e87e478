// Refuses an operation whose arguments hold a client mistake (a malformed global id or cursor,
// an overlong text filter: src/graph/argument-checks.ts) before it executes, on the compiled
// path and through the resolvers alike. The verdict is cached per operation and variables.
import type { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { checkArguments } from "../graph/argument-checks.js";
import type { Context } from "../graph/builder.js";
import { OperationCache } from "../graph/operation-cache.js";

const verdicts = new OperationCache<GraphQLError[]>();

export function useArgumentChecks(): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let errors = verdicts.get(args);
      if (!errors) {
        errors = checkArguments(args.schema, args.document, args.operationName, args.variableValues as Record<string, unknown> | undefined);
        verdicts.set(args, errors);
      }
      if (errors.length) setResultAndStopExecution({ errors });
    },
  };
}
