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
  if (!read) return undefined;
  let json: string;
  try {
    json = runRead(args.contextValue.db.$client, read);
  } catch (error) {
    // SQLite refusing the statement itself (a limit on expression depth or size): serve this
    // operation through the resolvers from now on. Busy or I/O errors still fail the request.
    if (!isStatementError(error)) throw error;
    compiled.get(args.document)?.set(variantKey(args), null);
    return undefined;
  }
  return { data: JSON.parse(json) };
}

function isStatementError(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === "SQLITE_ERROR";
}

const variantKey = ({ operationName, variableValues }: ReadArgs) => `${operationName ?? ""}\n${JSON.stringify(variableValues ?? {})}`;

function compiledRead(args: ReadArgs): CompiledRead | undefined {
  const { schema, document, operationName, variableValues } = args;
  let variants = compiled.get(document);
  if (!variants) compiled.set(document, (variants = new Map()));
  const key = variantKey(args);
  let read = variants.get(key);
  if (read === undefined) {
    read = compileRead(schema, document, operationName, variableValues) ?? null;
    if (variants.size >= MAX_VARIANTS_PER_DOCUMENT) variants.clear();
    variants.set(key, read);
  }
  return read ?? undefined;
}
