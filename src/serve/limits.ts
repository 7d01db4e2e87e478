// Refuses abusive operations before they execute. The graph is cyclic (actor → statements →
// document → actors → …), so without limits one small request can ask for millions of rows.
// Each refusal is a GraphQL error naming the limit and its environment variable, with
// `extensions.code` and `extensions.limit`:
//   tokens  (PARLEY_MAX_TOKENS)  while parsing: bounds the work of everything after;
//   depth   (PARLEY_MAX_DEPTH)   nesting of selections, fragments flattened, introspection exempt;
//   aliases (PARLEY_MAX_ALIASES) the same field asked for many times under different names;
//   cost    (PARLEY_MAX_COST)    the nodes the query can return, GitHub's node limit (src/graph/cost.ts);
//   page size                    `first`/`last` above MAX_PAGE_SIZE (or negative), more ids
//                                than that in `nodes(ids:)`;
//   variables (PARLEY_MAX_VARIABLES_BYTES) the JSON of a query's variables.
// Depth, aliases and tokens come from graphql-armor; cost from @pothos/plugin-complexity.
// Cost and page size read `first` with the request's variables coerced as execution will
// coerce them, defaults included: `query($n: Int = 1000)` is refused like `first: 1000`.
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { createComplexityRule } from "@pothos/plugin-complexity";
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  validate,
  type ArgumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import type { QueryLimits } from "../config.js";
import { OperationCache } from "../graph/operation-cache.js";
import { MAX_PAGE_SIZE } from "../graph/paging.js";
import { jsonBytesOver } from "./json-size.js";

type Rejection = (context: ValidationContext | null, error: GraphQLError) => void;

function limitError(message: string, code: string, limit: number, variable: string): GraphQLError {
  return new GraphQLError(`${message} (${variable}=${limit})`, { extensions: { code, limit, http: { status: 400 } } });
}

/** Replaces an armor rejection by our own error: same finding, with a code and the variable to raise. */
function rejectWith(code: string, limit: number, variable: string): Rejection {
  return (context, error) => {
    const ours = limitError(error.message.replace(/^Syntax Error: /, ""), code, limit, variable);
    if (context) context.reportError(ours);
    else throw ours; // the token limit rejects while parsing, where there is nothing to report to
  };
}

function pageSizeError(message: string, node: ArgumentNode): GraphQLError {
  return new GraphQLError(message, { nodes: [node], extensions: { code: "PAGE_SIZE_LIMIT", limit: MAX_PAGE_SIZE, http: { status: 400 } } });
}

/** How many ids `nodes(ids:)` is asked for: a literal list, or a (coerced) variable. */
function idCount(node: ArgumentNode, variables: Record<string, unknown>): number {
  if (node.value.kind === Kind.LIST) return node.value.values.length;
  if (node.value.kind !== Kind.VARIABLE) return 1;
  const value = variables[node.value.name.value];
  return Array.isArray(value) ? value.length : 1;
}

/**
 * `first`/`last` beyond a page, literal or from a (coerced) variable; and `nodes(ids:)` with
 * more ids than a page (GitHub's limit too): each id is a lookup that no `first` bounds.
 */
function pageSizeRule(variables: Record<string, unknown>): ValidationRule {
  return (context) => ({
    Argument(node) {
      if (node.name.value === "ids") {
        const count = idCount(node, variables);
        if (count > MAX_PAGE_SIZE) context.reportError(pageSizeError(`\`ids\` takes at most ${MAX_PAGE_SIZE} ids, got ${count}`, node));
        return;
      }
      if (node.name.value !== "first" && node.name.value !== "last") return;
      const value =
        node.value.kind === Kind.INT ? Number(node.value.value) : node.value.kind === Kind.VARIABLE ? variables[node.value.name.value] : undefined;
      if (typeof value === "number" && (value > MAX_PAGE_SIZE || value < 0)) {
        context.reportError(pageSizeError(`\`${node.name.value}\` must be between 0 and ${MAX_PAGE_SIZE}, got ${value}`, node));
      }
    },
  });
}

/**
 * Cost and page size depend on the variables, so they are checked per request at the start
 * of execution, before any resolver runs (validation results are cached per document and
 * must not depend on variables).
 */
function useCostLimit(maxCost: number): Plugin {
  // Operations known to pass: a repeated request skips the walk. Refusals are not kept.
  const passed = new OperationCache<true>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const raw = args.variableValues;
      const inputs = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
      const operation = { document: args.document, operationName: args.operationName, variableValues: inputs };
      if (passed.get(operation)) return;
      const variables = coercedVariables(args.schema, args.document, args.operationName, inputs);
      // Variables that do not coerce (or no such operation): execution refuses the request
      // before any resolver runs, with graphql-js's own message.
      if (!variables) return;
      const complexityRule = createComplexityRule({
        // Raw: the rule coerces them itself, the same way.
        variableValues: inputs,
        operationName: args.operationName ?? undefined,
        context: args.contextValue,
        validate: ({ complexity }, reportError) => {
          if (complexity > maxCost) {
            reportError(limitError(`Query cost ${complexity} exceeds the limit of ${maxCost}`, "QUERY_COST_LIMIT", maxCost, "PARLEY_MAX_COST"));
          }
        },
      });
      const errors = validate(args.schema, args.document, [pageSizeRule(variables), complexityRule]);
      if (errors.length) setResultAndStopExecution({ errors });
      else passed.set(operation, true);
    },
  };
}

/** The variables as execution will see them: types checked, defaults filled in. */
function coercedVariables(schema: GraphQLSchema, document: Parameters<typeof getOperationAST>[0], operationName: string | null | undefined, inputs: Record<string, unknown>) {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], inputs);
  return result.coerced ?? null;
}

/**
 * The variables of a query, as JSON, within a byte budget; checked before anything reads
 * them. Mutations carry document texts and are bounded by the request body limit instead.
 */
function useVariablesBudget(maxBytes: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (getOperationAST(args.document, args.operationName)?.operation === "mutation") return;
      const over = jsonBytesOver(args.variableValues ?? {}, maxBytes);
      if (over === null) return;
      setResultAndStopExecution({
        errors: [limitError(`The variables take more than ${maxBytes} bytes as JSON`, "VARIABLES_TOO_LARGE", maxBytes, "PARLEY_MAX_VARIABLES_BYTES")],
      });
    },
  };
}

export function useQueryLimits(limits: QueryLimits, maxVariablesBytes: number): Plugin[] {
  return [
    maxTokensPlugin({ n: limits.maxTokens, onReject: [rejectWith("QUERY_TOKEN_LIMIT", limits.maxTokens, "PARLEY_MAX_TOKENS")] }),
    maxDepthPlugin({
      n: limits.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [rejectWith("QUERY_DEPTH_LIMIT", limits.maxDepth, "PARLEY_MAX_DEPTH")],
    }),
    maxAliasesPlugin({
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [rejectWith("QUERY_ALIAS_LIMIT", limits.maxAliases, "PARLEY_MAX_ALIASES")],
    }),
    useVariablesBudget(maxVariablesBytes),
    useCostLimit(limits.maxCost),
  ];
}
