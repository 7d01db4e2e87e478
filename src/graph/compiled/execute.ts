// Executes a read operation as one compiled SQL statement when the compiler covers it.
// Compilation is cached per operation (document and declared variables), so a repeated
// request costs one lookup and one statement.
import type { ExecutionResult, GraphQLSchema } from "graphql";
import type { Db } from "../../store/db.js";
import { OperationCache, type Operation } from "../operation-cache.js";
import { rawJsonObject } from "../raw-json.js";
import { responseTooLarge } from "../response-size.js";
import { compileRead, type CompiledRead } from "./compile.js";
import { runRead } from "./run.js";

export interface ReadArgs extends Operation {
  schema: GraphQLSchema;
  contextValue: { db: Db };
}

/** Compiled operations; null for those the compiler does not cover. */
const compiled = new OperationCache<CompiledRead | null>({
  sizeOf: (read) => (read ? read.sql.length + JSON.stringify(read.params).length : 1),
});

/**
 * The response of a compiled read, or undefined when graphql-js must execute the operation.
 * JSON longer than `maxResponseBytes` characters (at least as many bytes) is refused.
 * `served` hears of each response served, with the statement that made it.
 */
export function executeCompiledRead(
  args: ReadArgs,
  { maxResponseBytes = Infinity, served }: { maxResponseBytes?: number; served?: (read: CompiledRead, json: string) => void } = {},
): ExecutionResult | undefined {
  let read = compiled.get(args);
  if (read === undefined) {
    read = compileRead(args.schema, args.document, args.operationName, args.variableValues) ?? null;
    compiled.set(args, read);
  }
  if (!read) return undefined;
  let json: string | null;
  try {
    json = runRead(args.contextValue.db, read);
  } catch (error) {
    // SQLite refusing the statement itself (a limit on expression depth or size): serve this
    // operation through the resolvers from now on. Busy or I/O errors still fail the request.
    if (!isStatementError(error)) throw error;
    compiled.set(args, null);
    return undefined;
  }
  // A guard refused this request (a node that does not exist): the resolvers answer it.
  if (json === null) return undefined;
  if (json.length > maxResponseBytes) return { errors: [responseTooLarge(maxResponseBytes)] };
  served?.(read, json);
  // Served as the statement's text (no real numbers reach it, so the text is what
  // JSON.stringify of the parsed value writes); parsed only if something reads it.
  return { data: rawJsonObject(json) };
}

function isStatementError(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === "SQLITE_ERROR";
}
