// One SQL statement per read operation (query text and operation name), reused for other
// variables: a plan. Compiling records which variables shaped the statement (`structural`:
// directives, page sizes, orderings, anything a field's SQL read from its arguments) and,
// for the others, the SQL worked out from the arguments that hold them (argument slots: an
// actor's name lookup, a node's id, a connection's filter). A request with other variables is
// served by a plan when its structural variables have the plan's values and its arguments
// give the same slot texts and shapes; their values are then the statement's parameters, and
// nothing is walked or built but those slots. Otherwise another plan is compiled.
import { visit, type DocumentNode } from "graphql";
import type { CompiledRead } from "./compile.js";
import { argumentsFor, variablesIn, type Field } from "./selection.js";
import type { ArgumentShape, ArgumentSlot } from "./sql-builder.js";

export interface ReadPlan extends CompiledRead {
  /** The declared variables that shaped the statement, in declaration order. */
  structural: string[];
  /** Their values when it was compiled (structuralKey). */
  key: string;
  slots: ArgumentSlot[];
  shapes: ArgumentShape[];
  /** The (coerced) variables it was compiled with, whose arguments gave `slots` and `shapes`. */
  variables: Record<string, unknown>;
  /** SQLite refused the statement: its requests go to the resolvers. */
  refused: boolean;
}

/** The structural variables' coerced values as one text; an absent variable differs from null. */
export function structuralKey(names: readonly string[], variables: Record<string, unknown>): string {
  let key = "";
  for (const name of names) key += `${Object.hasOwn(variables, name) ? (JSON.stringify(variables[name]) ?? "null") : "~"}\u0000`;
  return key;
}

// Arguments the limits read (src/serve/limits.ts: page size and cost; src/graph/cost.ts).
const LIMITED_ARGUMENTS = new Set(["first", "last", "ids"]);

const limiting = new WeakMap<DocumentNode, string[]>();

/** The variables a document passes to page sizes or directives, whose values the limits weigh. */
export function limitingVariables(document: DocumentNode): string[] {
  let names = limiting.get(document);
  if (!names) {
    const found: string[] = [];
    visit(document, {
      Argument: (node) => {
        if (LIMITED_ARGUMENTS.has(node.name.value)) variablesIn(node.value, found);
      },
      Directive: (node) => {
        for (const argument of node.arguments ?? []) variablesIn(argument.value, found);
      },
      VariableDefinition: () => false,
    });
    names = [...new Set(found)];
    limiting.set(document, names);
  }
  return names;
}

/**
 * The statement of `plan` for these (coerced) variables, or null when it does not serve them
 * (another shape; or arguments its slots refuse, which the compiler and the resolvers judge).
 * The caller has found the plan by its structural key, so the variables that fix it are its own.
 * A field whose variables have the values the plan was compiled with gives the plan's own
 * slot texts, values and shapes: it is not read again.
 */
export function bindPlan(plan: ReadPlan, variables: Record<string, unknown>): CompiledRead | null {
  if (!plan.slots.length && !plan.shapes.length) return plan;
  const argumentsOf = new Map<Field, Record<string, unknown> | null>();
  /** The field's arguments for these variables; null when they are those of the plan. */
  const args = (field: Field) => {
    let values = argumentsOf.get(field);
    if (values === undefined) argumentsOf.set(field, (values = sameVariables(field, plan.variables, variables) ? null : argumentsFor(field, variables)));
    return values;
  };
  try {
    for (const shape of plan.shapes) {
      const values = args(shape.field);
      if (values && shape.of(values) !== shape.value) return null;
    }
    let params: Record<string, unknown> | undefined;
    for (const [i, slot] of plan.slots.entries()) {
      const values = args(slot.field);
      if (!values) continue;
      const { text, params: bound } = slot.render(values, i);
      if (text !== slot.text) return null;
      Object.assign((params ??= { ...plan.params }), bound);
    }
    return params ? { sql: plan.sql, params, ...(plan.late ? { late: plan.late } : {}) } : plan;
  } catch {
    // An argument the slot's code refuses (an id of another type, a period ending before it
    // starts): compiling again finds it out, and the resolvers report it.
    return null;
  }
}

const fieldVariables = new WeakMap<Field, string[]>();

/** Whether the variables `field`'s arguments hold have the same values in `a` and `b`. */
function sameVariables(field: Field, a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  let names = fieldVariables.get(field);
  if (!names) {
    names = [];
    for (const argument of field.nodes[0]!.arguments ?? []) variablesIn(argument.value, names);
    fieldVariables.set(field, names);
  }
  for (const name of names) {
    if (Object.hasOwn(a, name) !== Object.hasOwn(b, name)) return false;
    const [x, y] = [a[name], b[name]];
    // Coerced values: scalars, enum values, lists and input objects of them, which JSON writes
    // alike exactly when they are alike.
    if (!Object.is(x, y) && (typeof x !== "object" || typeof y !== "object" || x === null || y === null || JSON.stringify(x) !== JSON.stringify(y))) return false;
  }
  return true;
}
