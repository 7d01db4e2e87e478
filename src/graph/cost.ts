// The cost model behind PARLEY_MAX_COST: a query costs the number of objects it can return,
// as GitHub's GraphQL API counts nodes. A connection returns up to `first` (or `last`) nodes
// for each item of the lists above it, so
//   actors(first: 100) { edges { node { statements(first: 100) { … } } } }
// costs 100 + 100 × 100 = 10,100 whatever its scalar fields; a third level of 100 would make
// it 1,010,100. Scalars, single objects and `edges` add nothing: they come with their node.
// @pothos/plugin-complexity sums, per field, `field + multiplier × (cost of its selection)`.
import { getNamedType, getNullableType, isLeafType, isListType, type GraphQLField } from "graphql";
import { DEFAULT_PAGE_SIZE } from "./paging.js";

/**
 * Items assumed for a list that no argument bounds (participants, sources, timeline): the
 * data bounds it, not the query; these lists are short.
 */
export const LIST_ITEMS = 10;

/**
 * What a field that can hold a whole document (`Document.text`, `rawText`) counts, in nodes:
 * a node is a few hundred bytes of response, a document text up to PARLEY_MAX_DOCUMENT_BYTES
 * (5 MB). At the default cost limit a request can ask for about 50 of them; the response
 * byte budget (PARLEY_MAX_RESPONSE_BYTES) bounds what those 50 weigh.
 */
export const LARGE_TEXT_NODES = 1000;

export interface FieldCost {
  /** Nodes this field returns per item of its parent. */
  field: number;
  /** How many times its selection is returned per item of its parent. */
  multiplier: number;
}

const NONE: FieldCost = { field: 0, multiplier: 1 };

export function fieldCost(args: Record<string, unknown>, _ctx: unknown, field: GraphQLField<unknown, any, any>): FieldCost {
  const items = itemsReturned(args, field);
  return items === null ? NONE : { field: items, multiplier: items };
}

/** How many nodes one occurrence of the field can return; null when it is not a list of nodes. */
function itemsReturned(args: Record<string, unknown>, field: GraphQLField<unknown, any, any>): number | null {
  // Connections, and `counterparts(first:)`: the page size (variables and their defaults
  // already applied to `args`).
  if (field.args.some((a) => a.name === "first" || a.name === "last")) {
    const size = [args.first, args.last].find((n): n is number => typeof n === "number");
    return Math.max(size ?? DEFAULT_PAGE_SIZE, 0);
  }
  const type = getNullableType(field.type);
  if (!isListType(type)) return null;
  // Leaf lists (an actor's aliases) are values of their node, not nodes.
  if (isLeafType(getNamedType(type))) return null;
  // A connection's edges were already counted by the connection's `first`.
  if (field.name === "edges" && getNamedType(type).name.endsWith("Edge")) return null;
  // `nodes(ids:)` returns one item per id.
  if (Array.isArray(args.ids)) return args.ids.length;
  return LIST_ITEMS;
}
