// Compiles a read operation into one SQL statement whose single value is the JSON of the
// response's `data` (or null when a guard of the builder fails), or reports that it can't (mutations, fields it doesn't cover), in
// which case graphql-js executes the operation as usual.
// The statement is a plan (plan.ts): it serves every request of the operation whose variables
// give the same shape, their values bound as parameters.
import {
  getOperationAST,
  getVariableValues,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { limitingVariables, structuralKey, type ReadPlan } from "./plan.js";
import { operationFields, Unsupported, type OperationScope } from "./selection.js";
import { Row, SqlBuilder, type LateParam } from "./sql-builder.js";
import { typeSpecs } from "./type-specs.js";

export interface CompiledRead {
  sql: string;
  params: Record<string, unknown>;
  /** Parameters computed on each run (SqlBuilder.lateParam). */
  late?: Record<string, LateParam>;
}

/** The read operation `operationName` of `document`, if it is one. */
export function readOperation(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | undefined {
  const operation = getOperationAST(document, operationName);
  return operation?.operation === "query" ? operation : undefined;
}

/** The statement of an operation with one set of variables (raw, as a request sends them). */
export function compileRead(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
): CompiledRead | undefined {
  const operation = readOperation(document, operationName);
  if (!operation) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return undefined;
  return compilePlan(schema, document, operation, coerced.coerced);
}

/** The plan of a read operation compiled with these (coerced) variables; undefined when it is not compiled. */
export function compilePlan(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): ReadPlan | undefined {
  const queryType = schema.getQueryType();
  if (!queryType) return undefined;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  // The variables the limits read (page sizes, the cost's `first`, directives) shape the plan
  // whatever the compiler reads: the limits' verdict on a plan's requests is then the same.
  const scope: OperationScope = { schema, fragments, variables, structural: new Set(limitingVariables(document)) };
  try {
    const builder = new SqlBuilder(scope, typeSpecs);
    const data = builder.object(queryType, new Row("query"), operationFields(scope, queryType, operation));
    const guarded = builder.guards.length ? `CASE WHEN ${builder.guards.join(" AND ")} THEN ${data} END` : data;
    const late = Object.keys(builder.late).length ? { late: builder.late } : {};
    const declared = (operation.variableDefinitions ?? []).map((d) => d.variable.name.value);
    const structural = declared.filter((name) => scope.structural.has(name));
    return {
      sql: `SELECT ${guarded}`,
      params: builder.params,
      ...late,
      structural,
      key: structuralKey(structural, variables),
      slots: builder.slots,
      shapes: builder.shapes,
      variables,
      refused: false,
    };
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
