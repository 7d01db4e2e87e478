// The GraphQL side of compiled reads: the fields an operation selects on an object type,
// collected by graphql-js itself (fragments, @skip/@include, variables coerced, merged by
// response key), so the compiled JSON has exactly the keys execution produces.
// graphql-js exports its collection from a module path of its own (16.x, pinned), not from
// the package index.
import { getArgumentValues, getNamedType, isObjectType, type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLObjectType, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { collectFields, collectSubfields } from "graphql/execution/collectFields.js";

/** Thrown for anything the compiler does not cover; the request then runs through graphql-js. */
export class Unsupported extends Error {}

export interface Field {
  /** Response key: the alias, else the field name. */
  key: string;
  name: string;
  /** Argument values, variables substituted and defaults applied. */
  args: Record<string, unknown>;
  def: GraphQLField<unknown, unknown> | undefined;
  nodes: readonly FieldNode[];
}

export interface OperationScope {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  /** Coerced variable values. */
  variables: Record<string, unknown>;
}

/** The fields an operation selects at its root. */
export function operationFields(scope: OperationScope, type: GraphQLObjectType, operation: OperationDefinitionNode): Field[] {
  return described(scope, type, collectFields(scope.schema, scope.fragments, scope.variables, type, operation.selectionSet));
}

/** The fields selected below `field` when its value is of object type `type` (its own type, or the concrete type of an abstract one). */
export function fieldsOn(scope: OperationScope, type: GraphQLObjectType, field: Field): Field[] {
  return described(scope, type, collectSubfields(scope.schema, scope.fragments, scope.variables, type, field.nodes));
}

/** The object type a field returns and the fields selected on it. */
export function subselection(scope: OperationScope, field: Field): { type: GraphQLObjectType; fields: Field[] } {
  const type = field.def && getNamedType(field.def.type);
  if (!type || !isObjectType(type)) throw new Unsupported(`${field.name} does not return an object type`);
  return { type, fields: fieldsOn(scope, type, field) };
}

function described(scope: OperationScope, type: GraphQLObjectType, collected: Map<string, readonly FieldNode[]>): Field[] {
  const fields = type.getFields();
  return [...collected].map(([key, nodes]) => {
    const name = nodes[0]!.name.value;
    const def = fields[name];
    if (!def && name !== "__typename") throw new Unsupported(`${type.name}.${name}`);
    return { key, name, def, nodes, args: def ? getArgumentValues(def, nodes[0]!, scope.variables) : {} };
  });
}
