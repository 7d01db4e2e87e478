// Client mistakes in an operation's arguments, found before anything executes, so the compiled
// reads and the resolvers answer them alike: a global id that no object of ours could have, a
// cursor its connection could not have issued, a text filter longer than SQLite's LIKE takes.
// Each is a BAD_USER_INPUT error whose `extensions.field` names the argument, as mutations
// name theirs. Without these checks they surfaced as internal errors or as Pothos messages
// with no code. What to check is read from the schema, as each field and argument is defined:
// the cursors a connection issues from the field's extensions (src/graph/connections.ts), a
// LIKE filter's folding from the argument's (src/graph/filter-args.ts).
import { decodeGlobalID } from "@pothos/plugin-relay";
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isInterfaceType,
  isObjectType,
  isUnionType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import { cursorShapeOf, isCursorOf } from "./cursors.js";
import { containsPattern, likeFilterOf, MAX_FILTER_TEXT } from "./filters.js";
import { rowId } from "./node-tables.js";

const SQLITE_MAX_LIKE_PATTERN_BYTES = 50_000;

function mistake(field: string, message: string, node: FieldNode): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, { nodes: [node], extensions: { code: "BAD_USER_INPUT", field } });
}

const shown = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);

/** Errors for the mistakes in the arguments of the operation `document` runs; empty when none. */
export function checkArguments(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, rawVariables: Record<string, unknown> | null | undefined): GraphQLError[] {
  const operation = getOperationAST(document, operationName);
  if (!operation) return [];
  // Variables that do not coerce are execution's to report.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return [];
  return checkOperationArguments(schema, document, operation, coerced.coerced);
}

/**
 * The same for variables already coerced. With `varyingOnly`, only the arguments that hold
 * variables are checked: for an operation whose other arguments passed with the same values
 * of its directives' variables (a plan's request served clean, src/serve/read-replay.ts),
 * the others give the same verdict.
 */
export function checkOperationArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  { varyingOnly = false }: { varyingOnly?: boolean } = {},
): GraphQLError[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const nodeInterface = schema.getType("Node");
  const nodeTypes = isInterfaceType(nodeInterface) ? schema.getImplementations(nodeInterface).objects.map((t) => t.name) : [];
  const errors: GraphQLError[] = [];
  // A fragment's arguments are the same wherever it is spread on the same type: read once.
  const seen = new Set<string>();

  const included = (node: Parameters<typeof getDirectiveValues>[1]) =>
    getDirectiveValues(GraphQLSkipDirective, node, variables)?.if !== true && getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;

  const checkGlobalIds = (arg: GraphQLArgument, value: unknown, node: FieldNode) => {
    const wanted = (arg.extensions as { relayGlobalIDFor?: { typename: string }[] | null }).relayGlobalIDFor?.map((t) => t.typename) ?? nodeTypes;
    for (const id of Array.isArray(value) ? value : [value]) {
      if (id == null) continue;
      let parsed: { typename: string; id: string } | undefined;
      try {
        parsed = decodeGlobalID(String(id));
      } catch {
        parsed = undefined;
      }
      if (!parsed || !wanted.includes(parsed.typename) || rowId(parsed.id) === undefined) {
        const what = wanted.length === 1 ? `${/^[AEIOU]/.test(wanted[0]!) ? "an" : "a"} ${wanted[0]}` : `an object (${wanted.join(", ")})`;
        errors.push(mistake(arg.name, `${shown(String(id))} is not the global id of ${what}`, node));
        return;
      }
    }
  };

  const checkField = (parent: GraphQLCompositeType, node: FieldNode) => {
    if (!isObjectType(parent) && !isInterfaceType(parent)) return;
    const def = parent.getFields()[node.name.value];
    if (!def) return; // __typename and introspection
    const key = `${parent.name}.${def.name}`;
    const type = getNamedType(def.type);
    const visitSelection = () => {
      if (node.selectionSet && (isObjectType(type) || isInterfaceType(type) || isUnionType(type))) visit(type, node.selectionSet);
    };
    if (varyingOnly && !holdsVariables(node)) return visitSelection();
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(def, node, variables);
    } catch {
      return; // an invalid literal is validation's, and execution's, to report
    }
    for (const arg of def.args) {
      const value = args[arg.name];
      if (value == null) continue;
      if ((arg.extensions as { isRelayGlobalID?: boolean }).isRelayGlobalID) checkGlobalIds(arg, value, node);
      // The cursors a connection issues, as its definition says (src/graph/connections.ts, an offset connection's own).
      const shape = arg.name === "after" || arg.name === "before" ? cursorShapeOf(def.extensions, args) : undefined;
      if (shape && !isCursorOf(String(value), shape)) {
        const order = typeof args.orderBy === "string" ? ` ordered by ${args.orderBy}` : "";
        errors.push(mistake(arg.name, `${shown(String(value))} is not a cursor of ${key}${order}; use a cursor it returned`, node));
      }
      const fold = likeFilterOf(arg.extensions);
      if (fold && typeof value === "string" && (value.length > MAX_FILTER_TEXT || Buffer.byteLength(containsPattern(fold(value))) > SQLITE_MAX_LIKE_PATTERN_BYTES)) {
        errors.push(mistake(arg.name, `at most ${MAX_FILTER_TEXT.toLocaleString("en-US")} characters, got ${value.length.toLocaleString("en-US")}`, node));
      }
    }
    visitSelection();
  };

  const visit = (parent: GraphQLCompositeType, set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) checkField(parent, selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && (isObjectType(type) || isInterfaceType(type) || isUnionType(type))) visit(type, selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !type || seen.has(`${fragment.name.value}@${parent.name}`)) continue;
        seen.add(`${fragment.name.value}@${parent.name}`);
        if (isObjectType(type) || isInterfaceType(type) || isUnionType(type)) visit(type, fragment.selectionSet);
      }
    }
  };

  const root = schema.getRootType(operation.operation);
  if (root) visit(root, operation.selectionSet);
  return errors;
}

const holding = new WeakMap<FieldNode, boolean>();

/** Whether any argument of the field holds a variable. */
function holdsVariables(node: FieldNode): boolean {
  let holds = holding.get(node);
  if (holds === undefined) holding.set(node, (holds = (node.arguments ?? []).some((a) => hasVariable(a.value))));
  return holds;
}

function hasVariable(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(hasVariable);
  if (value.kind === Kind.OBJECT) return value.fields.some((f) => hasVariable(f.value));
  return false;
}
