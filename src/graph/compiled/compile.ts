// Compiles a read operation into one SQL statement whose single value is the JSON of the
// response's `data` (or null when a guard of the builder fails), or reports that it can't (mutations, fields it doesn't cover), in
// which case graphql-js executes the operation as usual.
import {
  getOperationAST,
  getVariableValues,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
} from "graphql";
import { operationFields, Unsupported, type OperationScope } from "./selection.js";
import { Row, SqlBuilder, type LateParam } from "./sql-builder.js";
import { typeSpecs } from "./type-specs.js";

export interface CompiledRead {
  sql: string;
  params: Record<string, unknown>;
  /** Parameters computed on each run (SqlBuilder.lateParam). */
  late?: Record<string, LateParam>;
}

export function compileRead(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
): CompiledRead | undefined {
  const operation = getOperationAST(document, operationName);
  const queryType = schema.getQueryType();
  if (!operation || operation.operation !== "query" || !queryType) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return undefined;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const scope: OperationScope = { schema, fragments, variables: coerced.coerced };
  try {
    const builder = new SqlBuilder(scope, typeSpecs);
    const data = builder.object(queryType, new Row("query"), operationFields(scope, queryType, operation));
    const guarded = builder.guards.length ? `CASE WHEN ${builder.guards.join(" AND ")} THEN ${data} END` : data;
    const late = Object.keys(builder.late).length ? { late: builder.late } : {};
    return { sql: `SELECT ${guarded}`, params: builder.params, ...late };
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
