// What each GraphQL field is in SQL, for compiled reads, taken from the definitions the
// resolvers use wherever they can be read:
// - the columns and extras of the node types' plain fields, from what Pothos records of each
//   field (`expose`, a one-column or one-extra `select`, a one-column list of related rows
//   such as aliases; an enum's names for its values), and the global ids;
// - each type's table and how a relation links two rows, from what plugin-drizzle records of
//   the type (its table and drizzle relations, schema/relations.ts), `node`'s table too;
// - every connection (its table, filter and ordering) and the ordering of a listed relation
//   (participants, sources), from the spec its field carries (src/graph/connections.ts).
// - Evidence, whose value is the row that holds the span (a statement's, or an engagement
//   source's), from its exposed fields and the relations of that row's table.
// What is written here: counterparts and timeline (their rows are the store's SQL, shared
// with the resolvers; their order is restated), and the root fields actor and node.
// Query.search is compiled in search.ts; fields without SQL (nodes) are served by graphql-js.
// test/graph/compiled-reads.test.ts runs every field here both ways and compares.
import { decodeGlobalID } from "@pothos/plugin-relay";
import { getColumns, getTableName, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { getNamedType, getNullableType, GraphQLError, isEnumType, isLeafType, isListType, isObjectType, type GraphQLNamedType, type GraphQLObjectType } from "graphql";
import { relations } from "../../../schema/relations.js";
import * as tables from "../../../schema/tables.js";
import { counterpartRows, timelineRows, type Granularity, type SparseCount } from "../../store/actor-aggregates.js";
import { actorByNameSql } from "../../store/actor-identity.js";
import { counterpartsPageSize } from "../actor.js";
import { connectionSpecOf, listOrderOf, type ConnectionSpec } from "../connections.js";
import type { IdReader } from "../filter-args.js";
import { cursorTag, leadingCount, type Ordering } from "../orderings.js";
import { schema } from "../schema.js";
import { searchField } from "./search.js";
import { fieldsOn, Unsupported } from "./selection.js";
import { BASE64_FUNCTION, fromTable, jsonArrayOf, jsonSubquery, literal, quote, Row, type ConnectionPart, type ConnectionSpec as ConnectionSqlSpec, type FieldSql, type From, type OrderKey, type SqlBuilder, type TypeSpecs } from "./sql-builder.js";

const name = (table: SQLiteTable) => quote(getTableName(table));
const column =
  (c: SQLiteColumn): FieldSql =>
  (_b, row) =>
    row.col(c.name);
const globalId =
  (typename: string): FieldSql =>
  (_b, row) =>
    `${BASE64_FUNCTION}(${literal(`${typename}:`)} || ${row.col("id")})`;

/** An ordering of orderings.ts on a table, as the compiled connection sorts and writes cursors by it. */
function orderKeys(b: SqlBuilder, table: SQLiteTable, ordering: Ordering): OrderKey[] {
  const columns = getColumns(table) as Record<string, SQLiteColumn>;
  return ordering.map((k) => {
    const desc = !!k.desc;
    const tag = cursorTag(table, k);
    if (k.expression) return { name: k.key, sql: (t) => b.render(k.expression!(t.table(table))), isColumn: false, desc, tag };
    const c = columns[k.key]!;
    return { name: c.name, sql: (t) => t.col(c.name), isColumn: true, desc, tag };
  });
}

interface RelationColumn {
  _: { column: SQLiteColumn };
}
interface Relation {
  relationType: "one" | "many";
  targetTable: SQLiteTable;
  sourceColumns: RelationColumn[];
  targetColumns: RelationColumn[];
  through?: { source: RelationColumn[]; target: RelationColumn[] };
  throughTable?: SQLiteTable;
  where?: unknown;
}

/** A drizzle table and its relations (schema/relations.ts). */
interface TableRelations {
  table: SQLiteTable;
  relations: Record<string, Relation>;
}

/** The drizzle table of a type and its relations, as plugin-drizzle records them on the type. */
function drizzleOf(typeName: string): TableRelations {
  const config = (schema.getType(typeName)?.extensions as { pothosDrizzleTable?: TableRelations } | undefined)?.pothosDrizzleTable;
  if (!config) throw new Error(`${typeName} is not a type of plugin-drizzle`);
  return config;
}

/** A table and its relations, from the relations plugin-drizzle is given (those of a type are the same object). */
function relationsOfTable(table: SQLiteTable): TableRelations {
  const config = Object.values(relations as unknown as Record<string, TableRelations>).find((r) => r.table === table);
  if (!config) throw new Error(`${getTableName(table)} has no relations`);
  return config;
}

/** The drizzle table of a type of plugin-drizzle; undefined for any other type. */
function drizzleTableOf(type: GraphQLObjectType): SQLiteTable | undefined {
  return (type.extensions as { pothosDrizzleTable?: { table: SQLiteTable } }).pothosDrizzleTable?.table;
}

function relationOf(typeName: string, relationName: string): Relation | undefined {
  return drizzleOf(typeName).relations[relationName];
}

/** How the rows of a relation's target are reached from one parent row. */
interface Link {
  where: (t: Row) => string;
  /** How many rows are linked, all of them (no filter): for a link table, its index alone answers. */
  count: string;
}

/**
 * How a drizzle relation links the parent row to rows of its target table: by a column, or
 * through a link table. Through a link table the rows are those whose id the link table
 * pairs with the parent's: SQLite reads that list from the link table's index, in id order.
 */
function relationLink(of: string | TableRelations, relationName: string): { target: SQLiteTable; link: (row: Row) => Link } {
  const config = typeof of === "string" ? drizzleOf(of) : of;
  const type = getTableName(config.table);
  const relation = config.relations[relationName];
  if (!relation) throw new Error(`no relation ${relationName} on ${type}`);
  if (relation.sourceColumns.length !== 1 || (typeof relation.where !== "symbol" && relation.where !== undefined)) throw new Error(`${type}.${relationName}: only single-column relations without a where are compiled`);
  const target = relation.targetTable;
  const source = relation.sourceColumns[0]!._.column.name;
  const targetColumn = quote(relation.targetColumns[0]!._.column.name);
  if (!relation.through) {
    return { target, link: (row) => ({ where: (t) => `${t.col(relation.targetColumns[0]!._.column.name)} = ${row.col(source)}`, count: `(SELECT count(*) FROM ${name(target)} WHERE ${targetColumn} = ${row.col(source)})` }) };
  }
  const from = quote(relation.through.source[0]!._.column.name);
  const to = quote(relation.through.target[0]!._.column.name);
  const junction = name(relation.throughTable!);
  // Link-table pairs are unique and their foreign keys hold, so the link table counts the rows.
  return {
    target,
    link: (row) => ({
      where: (t) => `${t.col(relation.targetColumns[0]!._.column.name)} IN (SELECT ${to} FROM ${junction} WHERE ${from} = ${row.col(source)})`,
      count: `(SELECT count(*) FROM ${junction} WHERE ${from} = ${row.col(source)})`,
    }),
  };
}

interface FieldRecord {
  pothosExposedField?: string;
  pothosDrizzleSelect?: unknown;
  pothosDrizzleLoaded?: unknown;
}

/** The one column or the one extra a field's `select` asks for, and nothing else. */
function plainSelect(select: unknown): { column?: string; extra?: (t: SQLiteTable) => SQL } {
  if (!select || typeof select !== "object") return {};
  const { columns = {}, extras = {}, ...rest } = select as { columns?: Record<string, boolean>; extras?: Record<string, unknown> };
  if (Object.keys(rest).length) return {};
  const c = Object.keys(columns);
  const x = Object.entries(extras);
  if (c.length === 1 && !x.length) return { column: c[0] };
  if (!c.length && x.length === 1 && typeof x[0]![1] === "function") return { extra: x[0]![1] as (t: SQLiteTable) => SQL };
  return {};
}

/**
 * The one column of a relation's rows a field's `select` asks for, and their order: a list of
 * scalars (`Actor.aliases`: `{ with: { aliases: { columns: { alias: true }, orderBy: { id: "asc" } } } }`).
 */
function relatedColumn(select: unknown): { relation: string; column: string; orderBy: [string, "asc" | "desc"][] } | undefined {
  if (!select || typeof select !== "object") return undefined;
  const { columns = {}, with: related, ...rest } = select as { columns?: Record<string, boolean>; with?: Record<string, unknown> };
  if (Object.keys(rest).length || Object.keys(columns).length || !related || Object.keys(related).length !== 1) return undefined;
  const [relation, query] = Object.entries(related)[0]!;
  const { columns: wanted = {}, orderBy = {}, ...others } = (query ?? {}) as { columns?: Record<string, boolean>; orderBy?: Record<string, "asc" | "desc"> };
  const picked = Object.keys(wanted).filter((c) => wanted[c]);
  // Without an order, drizzle lists the rows as SQLite happens to read them: not compiled.
  if (Object.keys(others).length || picked.length !== 1 || typeof orderBy !== "object" || !Object.keys(orderBy).length) return undefined;
  return { relation, column: picked[0]!, orderBy: Object.entries(orderBy) };
}

/** A list of one column of the rows of a relation, in the order the select gives (relatedColumn). */
function relatedColumnList(type: string, wanted: { relation: string; column: string; orderBy: [string, "asc" | "desc"][] }): FieldSql {
  const { target, link } = relationLink(type, wanted.relation);
  const columns = getColumns(target) as Record<string, SQLiteColumn>;
  const columnOf = (key: string) => {
    const c = columns[key];
    if (!c) throw new Error(`${getTableName(target)} has no column ${key}`);
    return c.name;
  };
  const value = columnOf(wanted.column);
  const order = wanted.orderBy.map(([key, direction]) => [columnOf(key), direction] as const);
  return (b, row) => {
    const t = new Row(b.alias("x"));
    const orderBy = order.map(([c, direction]) => `${t.col(c)}${direction === "desc" ? " DESC" : ""}`).join(", ");
    return jsonSubquery(`SELECT ${jsonArrayOf(t.col(value), orderBy)} FROM ${name(target)} ${t.alias} WHERE ${link(row).where(t)}`);
  };
}

/**
 * The fields of a node type that read its own row, as Pothos defines them: the global id,
 * exposed columns, one-column and one-extra selects, relations to one row, lists of related
 * rows in the order their field carries, and lists of one column of related rows.
 */
function nodeFields(type: string): Record<string, FieldSql> {
  const { table } = drizzleOf(type);
  const columns = getColumns(table) as Record<string, SQLiteColumn>;
  const out: Record<string, FieldSql> = { id: globalId(type) };
  for (const [fieldName, def] of Object.entries((schema.getType(type) as GraphQLObjectType).getFields())) {
    const record = def.extensions as FieldRecord;
    const select = plainSelect(record.pothosDrizzleSelect);
    const key = record.pothosExposedField ?? select.column;
    if (key && columns[key]) {
      out[fieldName] = enumColumn(columns[key], getNamedType(def.type)) ?? column(columns[key]);
    } else if (select.extra) {
      const extra = select.extra;
      out[fieldName] = (b, row) => b.render(extra(row.table(table)));
    } else if (record.pothosDrizzleLoaded && relationOf(type, fieldName)?.relationType === "one") {
      const { target, link } = relationLink(type, fieldName);
      out[fieldName] = (b, row, field) => b.one(field, name(target), link(row).where);
    } else if (listOrderOf(def.extensions) && relationOf(type, fieldName)?.relationType === "many") {
      out[fieldName] = relationList(type, fieldName, listOrderOf(def.extensions)!);
    } else {
      const wanted = relatedColumn(record.pothosDrizzleSelect);
      if (wanted && relationOf(type, wanted.relation)?.relationType === "many" && isListType(getNullableType(def.type)) && isLeafType(getNamedType(def.type))) {
        out[fieldName] = relatedColumnList(type, wanted);
      }
    }
  }
  return out;
}

/**
 * A column holding an enum's values where they differ from its names (PloverMode holds the
 * codebook's spelling, "third-party"): GraphQL writes the name. Undefined for any other column.
 */
function enumColumn(c: SQLiteColumn, type: GraphQLNamedType): FieldSql | undefined {
  if (!isEnumType(type)) return undefined;
  const renamed = type.getValues().filter((v) => v.value !== v.name);
  if (!renamed.length) return undefined;
  if (renamed.some((v) => typeof v.value !== "string")) throw new Error(`${type.name}: only text values are compiled`);
  const cases = type.getValues().map((v) => `WHEN ${literal(String(v.value))} THEN ${literal(v.name)}`).join(" ");
  return (_b, row) => `CASE ${row.col(c.name)} ${cases} END`;
}

/** A relation to many rows as a plain list, in `ordering`. */
function relationList(type: string, relationName: string, ordering: Ordering): FieldSql {
  const { target, link } = relationLink(type, relationName);
  return (b, row, field) => {
    return b.list(field, fromTable(name(target)), link(row).where, (t) => orderKeys(b, target, ordering).map((k) => `${k.sql(t)}${k.desc ? " DESC" : ""}`).join(", "));
  };
}

/** A connection field as its spec (src/graph/connections.ts) defines it: the rows `link` relates to the parent row (all rows at the root), filtered and ordered by the field's arguments. */
function connection(spec: ConnectionSpec, link: LinkOf): FieldSql {
  const { table } = spec;
  // The arguments are read again for each request a plan serves (plan.ts): the filter's SQL
  // is an argument slot; its ordering and whether it filters at all shape the statement.
  // Read once per arguments object: a plan asks for them up to four times per request, and
  // binding gives each field one object per request (plan.ts).
  const read = new WeakMap<Record<string, unknown>, ReturnType<ConnectionSpec["rows"]>>();
  const rowsOf = (args: Record<string, unknown>) => {
    let rows = read.get(args);
    if (!rows) read.set(args, (rows = readArgs(() => spec.rows(args, rawId, noSearch))));
    return rows;
  };
  return (b, row, field) => {
    const { ordering } = rowsOf(field.values);
    b.argumentShape(field, (args) => orderingShape(rowsOf(args).ordering));
    const linked = link?.(row);
    const where = (t: Row) => {
      const condition = b.argumentSql(field, (args) => rowsOf(args).filter(t.table(table)));
      const parts = [...(linked ? [linked.where(t)] : []), ...(condition ? [condition] : [])];
      return parts.length ? parts.join(" AND ") : "1";
    };
    // With no filter, the link alone says how many rows there are.
    const filtered = b.argumentShape(field, (args) => String(rowsOf(args).filter(table) !== undefined)) === "true";
    const unfiltered = linked && !filtered ? linked : undefined;
    const order = orderKeys(b, table, ordering);
    const count = leadingCount(ordering);
    const connectionSpec: ConnectionSqlSpec = {
      from: fromTable(name(table)),
      order,
      where,
      ...(unfiltered ? { count: unfiltered.count } : {}),
      ...(count ? { parts: countParts(b, table, where, order, count) } : {}),
    };
    return b.connection(field, connectionSpec);
  };
}

/** What distinguishes one ordering of orderings.ts from another (each key's name is its own). */
function orderingShape(ordering: Ordering): string {
  return ordering.map((k) => `${k.key}${k.desc ? " desc" : ""}`).join(",");
}

/** The connection fields of a type, each by the spec on its definition, linked to the parent row by the drizzle relation of its name (none at the root). */
function connectionFields(typeName: string): Record<string, FieldSql> {
  const type = schema.getType(typeName) as GraphQLObjectType;
  const out: Record<string, FieldSql> = {};
  for (const [fieldName, def] of Object.entries(type.getFields())) {
    const spec = connectionSpecOf(def.extensions);
    if (spec) out[fieldName] = connection(spec, type === schema.getQueryType() ? null : relationLink(typeName, fieldName).link);
  }
  return out;
}

/**
 * The rows of an ordering led by a count (orderings.ts, leadingCount): those with a count,
 * joined to the grouping that counts them, then those without, by the rest of the ordering.
 */
function countParts(b: SqlBuilder, table: SQLiteTable, where: (t: Row) => string, order: OrderKey[], count: SparseCount): ConnectionPart[] {
  const [lead, ...rest] = order;
  const grouped = (t: Row) => `${t.alias}_g`;
  return [
    {
      from: (t) => `(${b.render(count.grouped)}) ${grouped(t)} JOIN ${name(table)} ${t.alias} ON ${t.col("id")} = ${grouped(t)}.actor_id`,
      where,
      order: [{ ...lead!, sql: (t) => `${grouped(t)}.n` }, ...rest],
    },
    {
      from: fromTable(name(table)),
      where: (t) => `${where(t)} AND NOT ${b.render(count.has((t.table(table) as unknown as typeof tables.actors).id))}`,
      order: [{ ...lead!, sql: () => "0", constant: true }, ...rest],
    },
  ];
}

/** Arguments the resolvers would refuse (a period ending before it starts…) are left to them, to report. */
function readArgs<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof GraphQLError) throw new Unsupported(error.message);
    throw error;
  }
}

/** A global id argument's row id; any other id is left to Pothos to accept or refuse. */
const rawId: IdReader = (value, typename) => {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(String(value));
  } catch {
    throw new Unsupported("global id");
  }
  if (decoded.typename !== typename || !/^\d{1,15}$/.test(decoded.id)) throw new Unsupported("global id");
  return Number(decoded.id);
};

function globalIdType(value: unknown): string {
  try {
    return decodeGlobalID(String(value)).typename;
  } catch {
    throw new Unsupported("global id");
  }
}

// A search filter's prefix completions depend on the stored words, and a compiled statement is
// cached per query and variables: such reads go to the resolvers, which compile it each time.
const noSearch = (): never => {
  throw new Unsupported("search filter");
};

type LinkOf = ((row: Row) => Link) | null;

/**
 * The fields of an object type whose value is a row of `table` as stored (Evidence:
 * src/graph/evidence.ts): an exposed field reads the column of its name, NULL where the table
 * has none (the row has no such property); a field of a table's type reads the row the
 * relation of its name links (the resolvers get it loaded under that name).
 */
function rowFields(typeName: string, table: SQLiteTable): Record<string, FieldSql> {
  const config = relationsOfTable(table);
  const columns = getColumns(table) as Record<string, SQLiteColumn>;
  const out: Record<string, FieldSql> = {};
  for (const [fieldName, def] of Object.entries((schema.getType(typeName) as GraphQLObjectType).getFields())) {
    const exposed = (def.extensions as FieldRecord).pothosExposedField;
    const relation = config.relations[fieldName];
    const returns = getNamedType(def.type);
    if (exposed) {
      const c = columns[exposed];
      out[fieldName] = c ? (enumColumn(c, returns) ?? column(c)) : () => "NULL";
    } else if (relation?.relationType === "one" && isObjectType(returns) && drizzleTableOf(returns) === relation.targetTable) {
      const { target, link } = relationLink(config, fieldName);
      out[fieldName] = (b, row, field) => b.one(field, name(target), link(row).where);
    }
  }
  return out;
}

// Evidence is an engagement's source row (Engagement.sources lists them) or a statement's own row.
const sourceEvidence = rowFields("Evidence", relationOf("Engagement", "sources")!.targetTable);
const statementEvidence = rowFields("Evidence", drizzleOf("Statement").table);

export const typeSpecs: TypeSpecs = {
  Actor: {
    ...nodeFields("Actor"),
    ...connectionFields("Actor"),
    counterparts: (b, row, field) => {
      let size: number;
      try {
        size = counterpartsPageSize(field.args.first as number | null | undefined);
      } catch {
        throw new Unsupported("invalid first"); // the resolver reports it
      }
      const rows = counterpartRows(row.table(tables.actors).id, size);
      return b.list(field, fromTable(`(${b.render(rows)})`), () => "1", (c) => `${c.col("n")} DESC, ${c.col("name")}, ${c.col("id")}`);
    },
    timeline: (b, row, field) => {
      const rows = timelineRows(row.table(tables.actors).id, field.args.granularity as Granularity);
      return b.list(field, fromTable(`(${b.render(rows)})`), () => "1", (p) => p.col("period"));
    },
  },
  // Rows of counterpartRows: an actor's columns and the number of engagements together.
  Counterpart: {
    actor: (b, row, field) => b.sameRow(row, field),
    engagements: (_b, row) => row.col("n"),
  },
  // Rows of timelineRows.
  TimelineBucket: {
    period: (_b, row) => row.col("period"),
    statements: (_b, row) => row.col("statements"),
    engagements: (_b, row) => row.col("engagements"),
  },
  Document: {
    ...nodeFields("Document"),
    ...connectionFields("Document"),
  },
  Statement: {
    ...nodeFields("Statement"),
    evidence: (b, row, field) => b.sameRow(row, field, statementEvidence),
  },
  Evidence: sourceEvidence,
  Engagement: nodeFields("Engagement"),
  Query: {
    actor: (b, _row, field) =>
      // The store's lookup (actorNamed of the resolvers), written as text with its values bound.
      b.one(field, name(tables.actors), (t) => b.argumentText(field, (args, param) => `${t.col("id")} = ${actorByNameSql(param, String(args.name))}`)),
    node: (b, _row, field) => {
      // The id's type picks the table and the fields; its row id is a parameter.
      const typename = b.argumentShape(field, (args) => globalIdType(args.id));
      const type = b.scope.schema.getType(typename);
      const table = isObjectType(type) && type.getInterfaces().some((i) => i.name === "Node") ? drizzleTableOf(type) : undefined;
      if (!table || !isObjectType(type)) throw new Unsupported(`node of ${typename}`);
      const id = b.argumentText(field, (args, param) => param(rawId(args.id, typename)));
      const fields = fieldsOn(b.scope, type, field);
      // plugin-drizzle fails on an id of no row: such a request goes to it.
      b.guards.push(`EXISTS (SELECT 1 FROM ${name(table)} WHERE id = ${id})`);
      return b.oneOf(type, fields, name(table), (t) => `${t.col("id")} = ${id}`);
    },
    ...connectionFields("Query"),
    search: searchField,
  },
};
