// The one Pothos builder: Relay for global ids and connections, Drizzle for planned,
// batched SQL (a nested query becomes one statement per root field, not one per row).
import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import DrizzlePlugin from "@pothos/plugin-drizzle";
import RelayPlugin, { resolveNodes } from "@pothos/plugin-relay";
import type { GraphQLResolveInfo } from "graphql";
import { getTableConfig } from "drizzle-orm/sqlite-core";
import { relations } from "../../schema/relations.js";
import type { Db } from "../store/db.js";
import { fieldCost } from "./cost.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./paging.js";
import type { Curation } from "./mutations/curation.js";
import { existingNodes, type ParsedGlobalId } from "./node-tables.js";

export interface Context {
  db: Db;
  /** Who may curate, and with what limits; mutations check it (reads never do). */
  curation: Curation;
}

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

export const builder = new SchemaBuilder<{
  Context: Context;
  /** Dates are YYYY-MM-DD strings on both sides (src/graph/date.ts). */
  Scalars: { Date: { Input: string; Output: string } };
  DrizzleRelations: typeof relations;
  DefaultFieldNullability: false;
}>({
  plugins: [ComplexityPlugin, RelayPlugin, DrizzlePlugin],
  defaultFieldNullability: false,
  // Only the cost model lives here; the limit is enforced per request before execution
  // (src/serve/limits.ts), where the configured budget is known.
  complexity: { fieldComplexity: fieldCost },
  drizzle: {
    client: (ctx) => ctx.db,
    getTableConfig,
    relations,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeTypeOptions: { description: "An object with a global id that `node` can refetch." },
    idFieldOptions: { description: "Global id, usable with `Query.node`." },
    nodeQueryOptions: {
      description: "Refetches any object by its global id; null when no object has it.",
      args: { id: { description: "A global id returned by any `id` field." } },
      resolve: async (_root, args, ctx, info) => (await existingOrNull(ctx, info, [args.id]))[0],
    },
    nodesQueryOptions: {
      description: "Refetches several objects by their global ids, in the given order; null for an id no object has.",
      args: { ids: { description: "Global ids returned by `id` fields." } },
      resolve: (_root, args, ctx, info) => existingOrNull(ctx, info, args.ids),
    },
    pageInfoTypeOptions: { description: "Where a page sits in its connection." },
    hasNextPageFieldOptions: { description: "Whether more items follow this page." },
    hasPreviousPageFieldOptions: { description: "Whether items precede this page." },
    startCursorFieldOptions: { description: "Cursor of the first item of the page." },
    endCursorFieldOptions: { description: "Cursor of the last item of the page; pass it as `after` for the next page." },
    cursorFieldOptions: { description: "Opaque position of this item, for `after` and `before`." },
    nodeFieldOptions: { description: "The item." },
    edgesFieldOptions: { description: "The items of this page with their cursors." },
    pageInfoFieldOptions: { description: "Pagination information for this page." },
    firstArgOptions: { description: `How many items to return after \`after\` (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` },
    afterArgOptions: { description: "Return items after this cursor." },
    lastArgOptions: { description: `How many items to return before \`before\` (at most ${MAX_PAGE_SIZE}).` },
    beforeArgOptions: { description: "Return items before this cursor." },
    defaultConnectionTypeOptions: { description: "A page of items, with cursors, pagination information and the total count." },
    defaultEdgeTypeOptions: { description: "An item of a page and its cursor." },
  },
});

/**
 * Loads nodes by parsed global id, null for those whose row does not exist: plugin-drizzle's
 * loader rejects a missing row, which would reach the client as an internal error. Malformed
 * ids never get here (src/graph/argument-checks.ts refuses them before execution).
 */
function existingOrNull(ctx: Context, info: GraphQLResolveInfo, ids: readonly ParsedGlobalId[]): Promise<unknown[]> {
  const existing = existingNodes(ctx.db, ids);
  return resolveNodes(builder, ctx, info, ids.map((id) => (existing.has(id) ? id : null)));
}
