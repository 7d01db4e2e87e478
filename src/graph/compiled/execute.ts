// Executes a read operation as one compiled SQL statement when the compiler covers it.
// Compilation is cached per parsed document (yoga parses each distinct query text once)
// and variable values, so a repeated request costs one lookup and one statement.
import type { DocumentNode, ExecutionResult, GraphQLSchema } from "graphql";
import type { Db } from "../../store/db.js";
import { compileRead, type CompiledRead } from "./compile.js";
import { runRead } from "./run.js";

export interface ReadArgs {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: Record<string, unknown> | null;
  contextValue: { db: Db };
}

const MAX_VARIANTS_PER_DOCUMENT = 64;
const compiled = new WeakMap<DocumentNode, Map<string, CompiledRead | null>>();

/** The response of a compiled read, or undefined when graphql-js must execute the operation. */
export function executeCompiledRead(args: ReadArgs): ExecutionResult | undefined {
  const read = compiledRead(args);
  return read ? { data: JSON.parse(runRead(args.contextValue.db.$client, read)) } : undefined;
}

function compiledRead({ schema, document, operationName, variableValues }: ReadArgs): CompiledRead | undefined {
  let variants = compiled.get(document);
  if (!variants) compiled.set(document, (variants = new Map()));
  const key = `${operationName ?? ""}\n${JSON.stringify(variableValues ?? {})}`;
  let read = variants.get(key);
  if (read === undefined) {
    read = compileRead(schema, document, operationName, variableValues) ?? null;
    if (variants.size >= MAX_VARIANTS_PER_DOCUMENT) variants.clear();
    variants.set(key, read);
  }
  return read ?? undefined;
}
