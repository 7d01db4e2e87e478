// What each GraphQL field is in SQL, for compiled reads. The filters, their arguments and
// the orderings are the resolvers' own (conditions.ts, filter-args.ts, orderings.ts); the
// columns, relations and links mirror the Pothos definitions (actor.ts, document.ts,
// statement.ts, engagement.ts, evidence.ts, query.ts). Fields left out here (counterparts,
// timeline, search, node) are served by graphql-js. test/graph/compiled-reads.test.ts runs
// every field here both ways and compares.
import { decodeGlobalID } from "@pothos/plugin-relay";
import { getColumns, getTableName, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { GraphQLError } from "graphql";
import * as tables from "../../../schema/tables.js";
import { actorCondition, actorNamed, documentCondition, effectiveDate, engagementCondition, statementCondition } from "../conditions.js";
import { readActorFilter, readDocumentFilter, readEngagementFilter, readStatementFilter, type IdReader } from "../filter-args.js";
import { actorOrdering, BY_ID, BY_NAME, BY_START, engagementOrdering, type ActorOrderValue, type Ordering } from "../orderings.js";
import { isObjectType } from "graphql";
import { counterpartRows, timelineRows, type Granularity } from "../../store/actor-aggregates.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../paging.js";
import { fieldsOn, Unsupported } from "./selection.js";
import { BASE64_FUNCTION, literal, quote, type ConnectionSpec, type FieldSql, type OrderKey, type Row, type SqlBuilder, type TypeSpecs } from "./sql-builder.js";

const name = (table: SQLiteTable) => quote(getTableName(table));
const col = (column: SQLiteColumn) => quote(column.name);
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
    if (k.expression) return { name: k.key, sql: (t) => b.render(k.expression!(t.table(table))), isColumn: false, desc, tag: k.tag ?? "S" };
    const c = columns[k.key];
    if (!c) throw new Error(`${getTableName(table)} has no column ${k.key}`);
    return { name: c.name, sql: (t) => t.col(c.name), isColumn: true, desc, tag: c.dataType.startsWith("number") ? "N" : "S" };
  });
}

/** Rows of `table` whose id a link table pairs with the parent row's id. */
const linked = (link: SQLiteTable, target: SQLiteColumn, parent: SQLiteColumn, row: Row) => (t: Row) =>
  `${t.col("id")} IN (SELECT ${col(target)} FROM ${name(link)} WHERE ${col(parent)} = ${row.col("id")})`;

/** Rows whose `fk` is the parent row's id. */
const owned = (fk: SQLiteColumn, row: Row) => (t: Row) => `${t.col(fk.name)} = ${row.col("id")}`;

/** A connection of `table`: the rows `link` relates to the parent row (all rows at the root), filtered and ordered by the field's arguments. */
function connection<T extends SQLiteTable>(
  table: T,
  link: ((row: Row) => (t: Row) => string) | null,
  read: (args: Record<string, unknown>) => { filter: (t: T) => ReturnType<typeof actorCondition>; ordering: Ordering },
): FieldSql {
  return (b, row, field) => {
    const { filter, ordering } = readArgs(() => read(field.args));
    const where = (t: Row) => {
      const condition = filter(t.table(table));
      const parts = [...(link ? [link(row)(t)] : []), ...(condition ? [b.render(condition)] : [])];
      return parts.length ? parts.join(" AND ") : "1";
    };
    const spec: ConnectionSpec = { table: name(table), order: orderKeys(b, table, ordering), where };
    return b.connection(field, spec);
  };
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

/** The tables of the types `Query.node` refetches. */
const NODE_TABLES: Record<string, SQLiteTable> = { Actor: tables.actors, Document: tables.documents, Statement: tables.statements, Engagement: tables.engagements };

function globalIdType(value: unknown): string {
  try {
    return decodeGlobalID(String(value)).typename;
  } catch {
    throw new Unsupported("global id");
  }
}

const statements = (link: ((row: Row) => (t: Row) => string) | null, ordering: Ordering) =>
  connection(tables.statements, link, (args) => {
    const f = readStatementFilter(args, rawId);
    return { filter: (t) => statementCondition(t, f), ordering };
  });
const engagements = (link: ((row: Row) => (t: Row) => string) | null) =>
  connection(tables.engagements, link, (args) => {
    const f = readEngagementFilter(args, rawId);
    return { filter: (t) => engagementCondition(t, f), ordering: engagementOrdering(f.orderBy) };
  });
const documents = (link: ((row: Row) => (t: Row) => string) | null) =>
  connection(tables.documents, link, (args) => {
    const f = readDocumentFilter(args);
    return { filter: (t) => documentCondition(t, f), ordering: BY_ID };
  });
const actors = (link: ((row: Row) => (t: Row) => string) | null) =>
  connection(tables.actors, link, (args) => {
    const f = readActorFilter(args);
    return { filter: (t) => actorCondition(t, f), ordering: args.orderBy ? actorOrdering(args.orderBy as ActorOrderValue) : BY_NAME };
  });

const actorById = (fk: SQLiteColumn): FieldSql => (b, row, field) => b.one(field, name(tables.actors), (t) => `${t.col("id")} = ${row.col(fk.name)}`);
const documentById = (fk: SQLiteColumn): FieldSql => (b, row, field) => b.one(field, name(tables.documents), (t) => `${t.col("id")} = ${row.col(fk.name)}`);

export const typeSpecs: TypeSpecs = {
  Actor: {
    id: globalId("Actor"),
    name: column(tables.actors.name),
    kind: column(tables.actors.kind),
    role: column(tables.actors.role),
    aliases: (_b, row) =>
      `json((SELECT json_group_array(x.${col(tables.actorAliases.alias)} ORDER BY x.id) FROM ${name(tables.actorAliases)} x WHERE x.${col(tables.actorAliases.actorId)} = ${row.col("id")}))`,
    affiliation: actorById(tables.actors.affiliationId),
    statements: statements((row) => owned(tables.statements.speakerId, row), BY_ID),
    engagements: engagements((row) => linked(tables.engagementParticipants, tables.engagementParticipants.engagementId, tables.engagementParticipants.actorId, row)),
    documents: documents((row) => linked(tables.documentActors, tables.documentActors.documentId, tables.documentActors.actorId, row)),
    counterparts: (b, row, field) => {
      const first = field.args.first as number | null | undefined;
      if (first != null && first < 0) throw new Unsupported("invalid first");
      const rows = counterpartRows(row.table(tables.actors).id, Math.min(first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE));
      return b.list(field, `(${b.render(rows)})`, () => "1", (c) => `${c.col("n")} DESC, ${c.col("name")}, ${c.col("id")}`);
    },
    timeline: (b, row, field) => {
      const rows = timelineRows(row.table(tables.actors).id, field.args.granularity as Granularity);
      return b.list(field, `(${b.render(rows)})`, () => "1", (p) => p.col("period"));
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
    id: globalId("Document"),
    slug: column(tables.documents.slug),
    title: column(tables.documents.title),
    url: column(tables.documents.url),
    publisher: column(tables.documents.publisher),
    author: column(tables.documents.author),
    publishedAt: column(tables.documents.publishedAt),
    ingestedAt: column(tables.documents.ingestedAt),
    wordCount: column(tables.documents.wordCount),
    text: column(tables.documents.text),
    rawText: column(tables.documents.rawText),
    actors: actors((row) => linked(tables.documentActors, tables.documentActors.actorId, tables.documentActors.documentId, row)),
    statements: statements((row) => owned(tables.statements.documentId, row), BY_START),
    engagements: engagements((row) => linked(tables.engagementSources, tables.engagementSources.engagementId, tables.engagementSources.documentId, row)),
  },
  Statement: {
    id: globalId("Statement"),
    text: column(tables.statements.text),
    kind: column(tables.statements.kind),
    verb: column(tables.statements.verb),
    speaker: actorById(tables.statements.speakerId),
    speakerLabel: column(tables.statements.speakerLabel),
    document: documentById(tables.statements.documentId),
    evidence: (b, row, field) => b.sameRow(row, field),
  },
  // Read from a statement or an engagement source: both rows have document_id, start, end, text.
  Evidence: {
    document: documentById(tables.statements.documentId),
    start: column(tables.statements.start),
    end: column(tables.statements.end),
    text: column(tables.statements.text),
  },
  Engagement: {
    id: globalId("Engagement"),
    kind: column(tables.engagements.kind),
    status: column(tables.engagements.status),
    date: column(tables.engagements.date),
    effectiveDate: (b, row) => b.render(effectiveDate(row.table(tables.engagements))),
    dateText: column(tables.engagements.dateText),
    count: column(tables.engagements.count),
    forum: actorById(tables.engagements.forumId),
    participants: (b, row, field) =>
      b.list(
        field,
        name(tables.actors),
        linked(tables.engagementParticipants, tables.engagementParticipants.actorId, tables.engagementParticipants.engagementId, row),
        (t) => `${t.col(tables.actors.name.name)}, ${t.col("id")}`,
      ),
    sources: (b, row, field) =>
      b.list(field, name(tables.engagementSources), (t) => `${t.col(tables.engagementSources.engagementId.name)} = ${row.col("id")}`, (t) => `${t.col("id")}`),
  },
  Query: {
    actor: (b, _row, field) =>
      b.one(field, name(tables.actors), (t) => b.render(sql`${t.table(tables.actors).id} = ${actorNamed(String(field.args.name))}`)),
    node: (b, _row, field) => {
      const typename = globalIdType(field.args.id);
      const table = NODE_TABLES[typename];
      const type = b.scope.schema.getType(typename);
      if (!table || !isObjectType(type)) throw new Unsupported(`node of ${typename}`);
      const id = b.param(rawId(field.args.id, typename));
      const fields = fieldsOn(b.scope, type, field);
      // plugin-drizzle fails on an id of no row: such a request goes to it.
      b.guards.push(`EXISTS (SELECT 1 FROM ${name(table)} WHERE id = ${id})`);
      return b.oneOf(type, fields, name(table), (t) => `${t.col("id")} = ${id}`);
    },
    actors: actors(null),
    documents: documents(null),
    statements: statements(null, BY_ID),
    engagements: engagements(null),
  },
};
