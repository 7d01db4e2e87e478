// Executes a read operation as one compiled SQL statement when the compiler covers it.
// Statements are plans (plan.ts), kept per operation (document and operation name): a
// request with other variables costs a lookup, the binding of its arguments' values, and the
// statement; only variables of another shape compile another plan.
import { getVariableValues, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { LRUCache } from "lru-cache";
import type { Db } from "../../store/db.js";
import { documentId, OperationCache, type Operation } from "../operation-cache.js";
import { rawJsonObject } from "../raw-json.js";
import { responseTooLarge } from "../response-size.js";
import { compilePlan, readOperation, type CompiledRead } from "./compile.js";
import { bindPlan, structuralKey, type ReadPlan } from "./plan.js";
import { runRead } from "./run.js";

export interface ReadArgs extends Operation {
  schema: GraphQLSchema;
  contextValue: { db: Db };
}

/** The plan a request was served by: whoever serves its operation again binds other variables to it (read-replay.ts). */
export interface ServedPlan {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | null | undefined;
  /** The plan's structural values (ReadPlan.key). */
  key: string;
}

/** Plans of one operation kept at most: variables of more shapes than this compile again. */
const MAX_PLANS_PER_OPERATION = 64;
const MAX_OPERATIONS = 1024;
/** Plans' SQL held, in characters. */
const MAX_TOTAL_CHARS = 16 * 1024 * 1024;

/**
 * The plans of one operation, by their structural variables and those variables' values (a
 * request finds the plans that may serve it in one lookup, however many values were seen),
 * the most recently used last.
 */
class Family {
  /** Lists of structural variables of the plans (one, unless directives hide some fields' variables). */
  private readonly structurals = new Map<string, string[]>();
  private readonly plans = new Map<string, ReadPlan[]>();
  private count = 0;
  chars = 0;

  private static key(names: string, plan: { key: string }): string {
    return `${names}\u0001${plan.key}`;
  }

  bound(variables: Record<string, unknown>): Bound | undefined {
    for (const [names, structural] of this.structurals) {
      const key = Family.key(names, { key: structuralKey(structural, variables) });
      const plans = this.plans.get(key);
      if (!plans) continue;
      for (const plan of plans) {
        const read = bindPlan(plan, variables);
        if (!read) continue;
        this.plans.delete(key);
        this.plans.set(key, plans);
        return { plan, read };
      }
    }
    return undefined;
  }

  add(plan: ReadPlan): void {
    const names = plan.structural.join(",");
    this.structurals.set(names, plan.structural);
    const key = Family.key(names, plan);
    this.plans.set(key, [plan, ...(this.plans.get(key) ?? [])]);
    this.count++;
    this.chars += plan.sql.length;
    while (this.count > MAX_PLANS_PER_OPERATION) {
      const [oldest, plans] = this.plans.entries().next().value!;
      const dropped = plans.pop()!;
      if (!plans.length) this.plans.delete(oldest);
      this.count--;
      this.chars -= dropped.sql.length;
    }
  }

  get size(): number {
    return this.count;
  }
}

/** Plans by operation. */
const families = new LRUCache<string, Family>({
  max: MAX_OPERATIONS,
  maxSize: MAX_TOTAL_CHARS,
  sizeCalculation: (family, key) => key.length + family.chars,
});
/** Operations and variables the compiler does not cover. */
const notCompiled = new OperationCache<true>();

const operationKey = (document: DocumentNode, operationName: string | null | undefined) => `${documentId(document)}\u0000${operationName ?? ""}`;

/** A plan's statement for these variables; the plan refused by SQLite too, for its requests go to the resolvers. */
interface Bound {
  plan: ReadPlan;
  read: CompiledRead;
}

/** The statement of a kept plan for these (coerced) variables, if one serves them. */
function boundFromPlans(key: string, variables: Record<string, unknown>): Bound | undefined {
  return families.get(key)?.bound(variables);
}

function keep(key: string, plan: ReadPlan): void {
  const family = families.get(key) ?? new Family();
  family.add(plan);
  // Set again: its size has changed.
  families.set(key, family);
}

/**
 * A kept plan's statement for a request with these (raw) variables, without compiling, with the
 * operation and the variables coerced: null when no plan of the operation serves them (other
 * shapes, variables that do not coerce).
 */
export function boundRead(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
): { read: CompiledRead; plan: string; operation: OperationDefinitionNode; variables: Record<string, unknown> } | null {
  const operation = readOperation(document, operationName);
  if (!operation) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return null;
  const bound = boundFromPlans(operationKey(document, operationName), coerced.coerced);
  return bound && !bound.plan.refused ? { read: bound.read, plan: bound.plan.key, operation, variables: coerced.coerced } : null;
}

/**
 * Like boundRead, compiling (without running) and keeping the plan when none serves these
 * variables: for a thread that serves plans another thread's yoga vouched for (src/serve/listening-reads.ts).
 */
export function plannedRead(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
): ReturnType<typeof boundRead> {
  const bound = boundRead(schema, document, operationName, rawVariables);
  if (bound) return bound;
  const operation = readOperation(document, operationName);
  if (!operation) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return null;
  const plan = compilePlan(schema, document, operation, coerced.coerced);
  if (!plan) return null;
  keep(operationKey(document, operationName), plan);
  return plan.refused ? null : { read: plan, plan: plan.key, operation, variables: coerced.coerced };
}

/**
 * The response of a compiled read, or undefined when graphql-js must execute the operation.
 * JSON longer than `maxResponseBytes` characters (at least as many bytes) is refused.
 * `served` hears of each response served, with the statement that made it and its plan.
 */
export function executeCompiledRead(
  args: ReadArgs,
  { maxResponseBytes = Infinity, served }: { maxResponseBytes?: number; served?: (read: CompiledRead, json: string, plan: ServedPlan) => void } = {},
): ExecutionResult | undefined {
  const operation = readOperation(args.document, args.operationName);
  if (!operation || notCompiled.get(args)) return undefined;
  const coerced = getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {});
  // Variables that do not coerce: graphql-js reports them.
  if (coerced.errors) return undefined;
  const key = operationKey(args.document, args.operationName);
  let bound = boundFromPlans(key, coerced.coerced);
  if (!bound) {
    const plan = compilePlan(args.schema, args.document, operation, coerced.coerced);
    if (!plan) {
      notCompiled.set(args, true);
      return undefined;
    }
    keep(key, plan);
    bound = { plan, read: plan };
  }
  if (bound.plan.refused) return undefined;
  let json: string | null;
  try {
    json = runRead(args.contextValue.db, bound.read);
  } catch (error) {
    // SQLite refusing the statement itself (a limit on expression depth or size): serve the
    // plan's requests through the resolvers from now on. Busy or I/O errors still fail the request.
    if (!isStatementError(error)) throw error;
    bound.plan.refused = true;
    return undefined;
  }
  // A guard refused this request (a node that does not exist): the resolvers answer it.
  if (json === null) return undefined;
  if (json.length > maxResponseBytes) return { errors: [responseTooLarge(maxResponseBytes)] };
  served?.(bound.read, json, { schema: args.schema, document: args.document, operationName: args.operationName, key: bound.plan.key });
  // Served as the statement's text (no real numbers reach it, so the text is what
  // JSON.stringify of the parsed value writes); parsed only if something reads it.
  return { data: rawJsonObject(json) };
}

function isStatementError(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === "SQLITE_ERROR";
}

/** How many plans an operation has (for tests). */
export function plansOf(document: DocumentNode, operationName?: string | null): number {
  return families.get(operationKey(document, operationName))?.size ?? 0;
}
