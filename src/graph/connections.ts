// The connections of the schema, each defined once: the table it pages, and the rows its
// arguments select (filter) in the order it pages them by. A connection field carries its
// spec on its extensions; the resolvers (plugin-drizzle's connections) read it through
// `relatedQuery` and `rootRows`, compiled reads (src/graph/compiled/type-specs.ts) find it on
// the field, so the two paths cannot filter or order a connection differently, and a
// connection added without a spec is one compiled reads leave to the resolvers. The shape of
// its cursors comes with the spec (`connectionExtensions`), from the same ordering, for the
// checks of cursors sent back (src/graph/argument-checks.ts).
import type { SQL } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import * as tables from "../../schema/tables.js";
import type { Context } from "./builder.js";
import { cursorExtensions } from "./cursors.js";
import { actorCondition, documentCondition, engagementCondition, statementCondition } from "./conditions.js";
import {
  decodedId,
  readActorFilter,
  readDocumentFilter,
  readEngagementFilter,
  readStatementFilter,
  type IdReader,
  type SearchCompiler,
} from "./filter-args.js";
import { rawWhere } from "./filters.js";
import { actorOrdering, BY_ID, BY_NAME, cursorTag, drizzleOrder, engagementOrdering, type ActorOrderValue, type EngagementOrderValue, type Ordering } from "./orderings.js";
import { searchCompiler } from "./search-arg.js";

/** The rows a connection's arguments select, on its table (or an alias of it), and their order. */
export interface ConnectionRows<T> {
  filter: (t: T) => SQL | undefined;
  ordering: Ordering<T>;
}

export interface ConnectionSpec<T extends SQLiteTable = SQLiteTable> {
  table: T;
  /** The order the field's arguments (`orderBy`) ask for: what the connection pages by and its cursors hold. */
  ordering: (args: object) => Ordering<T>;
  /**
   * The rows the field's arguments select, in `ordering`. Global ids are read by `id` (the
   * resolvers get them decoded by Pothos, compiled reads as text), `search:` arguments
   * compiled by `search`. Arguments the resolvers refuse throw a GraphQLError.
   */
  rows: (args: object, id: IdReader, search: SearchCompiler) => ConnectionRows<T>;
}

/** A spec from the filter the arguments select and the ordering they ask for. */
function connectionSpec<T extends SQLiteTable>(
  table: T,
  filter: (args: object, id: IdReader, search: SearchCompiler) => ConnectionRows<T>["filter"],
  ordering: (args: object) => Ordering<T>,
): ConnectionSpec<T> {
  return { table, ordering, rows: (args, id, search) => ({ filter: filter(args, id, search), ordering: ordering(args) }) };
}

type Actors = typeof tables.actors;
type Documents = typeof tables.documents;
type Statements = typeof tables.statements;
type Engagements = typeof tables.engagements;

/** Actors, by name unless the field's `orderBy` says otherwise. */
export const ACTORS: ConnectionSpec<Actors> = connectionSpec(
  tables.actors,
  (args) => {
    const f = readActorFilter(args);
    return (t) => actorCondition(t, f);
  },
  (args) => {
    const orderBy = (args as { orderBy?: ActorOrderValue | null }).orderBy;
    return orderBy ? actorOrdering(orderBy) : BY_NAME;
  },
);

/** Documents, in the order they were stored. */
export const DOCUMENTS: ConnectionSpec<Documents> = connectionSpec(
  tables.documents,
  (args, _id, search) => {
    const f = readDocumentFilter(args, search);
    return (t) => documentCondition(t, f);
  },
  () => BY_ID,
);

/** Statements in `ordering` (by id, or in text order within a document). */
export const statementsIn = (ordering: Ordering<Statements>): ConnectionSpec<Statements> =>
  connectionSpec(
    tables.statements,
    (args, id, search) => {
      const f = readStatementFilter(args, id, search);
      return (t) => statementCondition(t, f);
    },
    () => ordering,
  );

/** Statements by id (the order they were stored: document by document, in text order). */
export const STATEMENTS = statementsIn(BY_ID);

/** Engagements, in the order the field's `orderBy` says. */
export const ENGAGEMENTS: ConnectionSpec<Engagements> = connectionSpec(
  tables.engagements,
  (args, id) => {
    const f = readEngagementFilter(args, id);
    return (t) => engagementCondition(t, f);
  },
  (args) => engagementOrdering((args as { orderBy?: EngagementOrderValue | null }).orderBy ?? "REPORTED"),
);

/** The extension a connection field carries its spec under. */
const SPEC = "parleyConnection";

/** A field's `extensions` carrying `spec`, and the shape of its cursors: the tags of its ordering's values. */
export const connectionExtensions = (spec: ConnectionSpec<any>) => ({
  [SPEC]: spec,
  ...cursorExtensions((args) => spec.ordering(args).map((key) => cursorTag(spec.table, key))),
});

/** The spec a field's extensions carry, if any. */
export function connectionSpecOf(extensions: Readonly<Record<string, unknown>> | null | undefined): ConnectionSpec | undefined {
  return extensions?.[SPEC] as ConnectionSpec | undefined;
}

/** A connection's rows as the resolvers read them: ids decoded by Pothos, searches compiled against the store. */
export function rootRows<T extends SQLiteTable>(spec: ConnectionSpec<T>, args: object, ctx: Context): ConnectionRows<T> {
  return spec.rows(args, decodedId, searchCompiler(ctx.db));
}

/** plugin-drizzle's `query` of a related connection: the filter and order of `spec`. */
export const relatedQuery =
  <T extends SQLiteTable>(spec: ConnectionSpec<T>) =>
  (args: object, ctx: Context) => {
    const rows = rootRows(spec, args, ctx);
    return { where: rawWhere((t: T) => rows.filter(t)), ...drizzleOrder(rows.ordering) };
  };

/** The options of a related connection (`t.relatedConnection`) that `spec` defines: its query, and the spec for compiled reads. */
export const related = <T extends SQLiteTable>(spec: ConnectionSpec<T>) => ({ query: relatedQuery(spec), extensions: connectionExtensions(spec) });

/** The extension a list of related rows (`t.relation` to many) carries its ordering under. */
const LIST_ORDER = "parleyListOrder";

/** The `extensions` of a field listing the rows of the relation of its name in `ordering`, for compiled reads. */
export const listOrderExtensions = (ordering: Ordering) => ({ [LIST_ORDER]: ordering });

/** The options of a relation to many rows listed in `ordering` (`t.relation`): its query, and the ordering for compiled reads. */
export const orderedRelation = (ordering: Ordering) => ({ query: drizzleOrder(ordering), extensions: listOrderExtensions(ordering) });

/** The ordering a relation field's extensions carry, if any. */
export function listOrderOf(extensions: Readonly<Record<string, unknown>> | null | undefined): Ordering | undefined {
  return extensions?.[LIST_ORDER] as Ordering | undefined;
}
