// The GraphQL side of compiled reads: the fields an operation selects on an object type,
// merged by response key the way graphql-js collects them (fragments, @skip/@include,
// variables coerced), so the compiled JSON has exactly the keys execution would produce.
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";

/** Thrown for anything the compiler does not cover; the request then runs through graphql-js. */
export class Unsupported extends Error {}

export interface Field {
  /** Response key: the alias, else the field name. */
  key: string;
  name: string;
  /** Argument values, variables substituted and defaults applied. */
  args: Record<string, unknown>;
  def: GraphQLField<unknown, unknown> | undefined;
  nodes: FieldNode[];
}

export interface OperationScope {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  /** Coerced variable values. */
  variables: Record<string, unknown>;
}

export function collectFields(scope: OperationScope, type: GraphQLObjectType, sets: readonly SelectionSetNode[]): Field[] {
  const byKey = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (!included(scope, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const nodes = byKey.get(key);
        if (nodes) nodes.push(selection);
        else byKey.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || appliesTo(scope, selection.typeCondition.name.value, type)) visit(selection.selectionSet);
      } else {
        const name = selection.name.value;
        if (visited.has(name)) continue;
        visited.add(name);
        const fragment = scope.fragments[name];
        if (!fragment) throw new Unsupported(`unknown fragment ${name}`);
        if (appliesTo(scope, fragment.typeCondition.name.value, type)) visit(fragment.selectionSet);
      }
    }
  };
  for (const set of sets) visit(set);
  const fields = type.getFields();
  return [...byKey].map(([key, nodes]) => {
    const name = nodes[0]!.name.value;
    const def = fields[name];
    if (!def && name !== "__typename") throw new Unsupported(`${type.name}.${name}`);
    return { key, name, def, nodes, args: def ? getArgumentValues(def, nodes[0]!, scope.variables) : {} };
  });
}

/** The object type a field returns and the fields selected on it. */
export function subselection(scope: OperationScope, field: Field): { type: GraphQLObjectType; fields: Field[] } {
  const type = field.def && getNamedType(field.def.type);
  if (!type || !isObjectType(type)) throw new Unsupported(`${field.name} does not return an object type`);
  const sets = field.nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  return { type, fields: collectFields(scope, type, sets) };
}

function included(scope: OperationScope, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, scope.variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, scope.variables)?.if !== false;
}

function appliesTo(scope: OperationScope, condition: string, type: GraphQLObjectType): boolean {
  if (condition === type.name) return true;
  const conditionType = scope.schema.getType(condition);
  return !!conditionType && isAbstractType(conditionType) && scope.schema.isSubType(conditionType, type);
}
