// The GraphQL side of compiled reads: the fields an operation selects on an object type,
// collected by graphql-js itself (fragments, @skip/@include, variables coerced, merged by
// response key), so the compiled JSON has exactly the keys execution produces.
// graphql-js exports its collection from a module path of its own (16.x, pinned), not from
// the package index.
// A compiled statement is reused for other variables (plan.ts): every variable whose value is
// read while the statement is built (a directive's, or an argument's read through `args`)
// shapes the statement and is recorded in `structural`; arguments read through `values`
// must only reach the statement by SqlBuilder.argumentSql/argumentShape, which work them out
// again for each request's variables.
import { getArgumentValues, getNamedType, isObjectType, Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLObjectType, type GraphQLSchema, type OperationDefinitionNode, type ValueNode } from "graphql";
import { collectFields, collectSubfields } from "graphql/execution/collectFields.js";

/** Thrown for anything the compiler does not cover; the request then runs through graphql-js. */
export class Unsupported extends Error {}

export interface Field {
  /** Response key: the alias, else the field name. */
  key: string;
  name: string;
  /**
   * Argument values, variables substituted and defaults applied. Reading one makes the
   * variables it holds shape the statement (OperationScope.structural).
   */
  args: Record<string, unknown>;
  /** The same values, read without marking: only for SqlBuilder.argumentSql/argumentShape. */
  values: Record<string, unknown>;
  /** Whether any argument holds a variable. */
  varies: boolean;
  def: GraphQLField<unknown, unknown> | undefined;
  nodes: readonly FieldNode[];
}

export interface OperationScope {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  /** Coerced variable values. */
  variables: Record<string, unknown>;
  /** Variables whose values shaped the statement: it serves only requests with the same values. */
  structural: Set<string>;
}

/** The variables whose reads shape the statement (directives of collected fields). */
function tracked(scope: OperationScope): Record<string, unknown> {
  return new Proxy(scope.variables, {
    get(target, property, receiver) {
      if (typeof property === "string") scope.structural.add(property);
      return Reflect.get(target, property, receiver);
    },
  });
}

/** The fields an operation selects at its root. */
export function operationFields(scope: OperationScope, type: GraphQLObjectType, operation: OperationDefinitionNode): Field[] {
  return described(scope, type, collectFields(scope.schema, scope.fragments, tracked(scope), type, operation.selectionSet));
}

/** The fields selected below `field` when its value is of object type `type` (its own type, or the concrete type of an abstract one). */
export function fieldsOn(scope: OperationScope, type: GraphQLObjectType, field: Field): Field[] {
  return described(scope, type, collectSubfields(scope.schema, scope.fragments, tracked(scope), type, field.nodes));
}

/** The object type a field returns and the fields selected on it. */
export function subselection(scope: OperationScope, field: Field): { type: GraphQLObjectType; fields: Field[] } {
  const type = field.def && getNamedType(field.def.type);
  if (!type || !isObjectType(type)) throw new Unsupported(`${field.name} does not return an object type`);
  return { type, fields: fieldsOn(scope, type, field) };
}

/** A field's argument values for other variables (coerced), as `Field.values` holds them for the operation's. */
export function argumentsFor(field: Field, variables: Record<string, unknown>): Record<string, unknown> {
  return field.def ? getArgumentValues(field.def, field.nodes[0]!, variables) : {};
}

/** The names of the variables an argument value holds, at any depth (lists, input objects). */
export function variablesIn(value: ValueNode, out: string[] = []): string[] {
  if (value.kind === Kind.VARIABLE) out.push(value.name.value);
  else if (value.kind === Kind.LIST) for (const item of value.values) variablesIn(item, out);
  else if (value.kind === Kind.OBJECT) for (const f of value.fields) variablesIn(f.value, out);
  return out;
}

function described(scope: OperationScope, type: GraphQLObjectType, collected: Map<string, readonly FieldNode[]>): Field[] {
  const fields = type.getFields();
  return [...collected].map(([key, nodes]) => {
    const name = nodes[0]!.name.value;
    const def = fields[name];
    if (!def && name !== "__typename") throw new Unsupported(`${type.name}.${name}`);
    const values = def ? getArgumentValues(def, nodes[0]!, scope.variables) : {};
    const uses = new Map((nodes[0]!.arguments ?? []).map((a) => [a.name.value, variablesIn(a.value)] as const));
    const varies = [...uses.values()].some((v) => v.length > 0);
    return { key, name, def, nodes, values, varies, args: varies ? markingReads(values, uses, scope.structural) : values };
  });
}

/** `values`, each read marking the variables of the argument read as structural. */
function markingReads(values: Record<string, unknown>, uses: Map<string, string[]>, structural: Set<string>): Record<string, unknown> {
  const mark = (property: string | symbol) => {
    if (typeof property === "string") for (const v of uses.get(property) ?? []) structural.add(v);
  };
  const markAll = () => {
    for (const v of uses.values()) for (const name of v) structural.add(name);
  };
  return new Proxy(values, {
    get(target, property, receiver) {
      mark(property);
      return Reflect.get(target, property, receiver);
    },
    has(target, property) {
      mark(property);
      return Reflect.has(target, property);
    },
    getOwnPropertyDescriptor(target, property) {
      mark(property);
      return Reflect.getOwnPropertyDescriptor(target, property);
    },
    // Which arguments are present depends on which variables are.
    ownKeys(target) {
      markAll();
      return Reflect.ownKeys(target);
    },
  });
}
