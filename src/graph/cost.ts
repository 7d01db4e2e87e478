// The cost model behind PARLEY_MAX_COST: every field costs 1, and a field's selection costs
// once per item it can return. A connection returns up to `first` (or `last`) items, so
// `actors(first: 100) { edges { node { statements(first: 100) { … } } } }` costs about
// 100 × 100 × (the statement selection): the fan-out of the cyclic graph is what is priced.
import { getNamedType, getNullableType, isListType, type GraphQLField } from "graphql";
import { DEFAULT_PAGE_SIZE } from "./paging.js";

/** Items assumed for an unpaginated list (aliases, participants, sources): they are short. */
export const LIST_ITEMS = 10;

export function fieldCost(args: Record<string, unknown>, _ctx: unknown, field: GraphQLField<unknown, any, any>): { field: number; multiplier: number } {
  if (field.args.some((a) => a.name === "first" || a.name === "last")) {
    const size = [args.first, args.last].find((n): n is number => typeof n === "number");
    return { field: 1, multiplier: Math.max(size ?? DEFAULT_PAGE_SIZE, 0) };
  }
  const type = getNullableType(field.type);
  if (!isListType(type)) return { field: 1, multiplier: 1 };
  // A connection's edges were already counted by the connection's `first`.
  if (field.name === "edges" && getNamedType(type).name.endsWith("Edge")) return { field: 1, multiplier: 1 };
  // `nodes(ids:)` returns one item per id.
  if (Array.isArray(args.ids)) return { field: 1, multiplier: args.ids.length };
  return { field: 1, multiplier: LIST_ITEMS };
}
