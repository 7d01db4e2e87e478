// What each GraphQL field is in SQL, for compiled reads. It mirrors the Pothos definitions
// (actor.ts, document.ts, statement.ts, engagement.ts, evidence.ts, query.ts): the same
// columns, relations, orders and filters. Fields left out here (counterparts, timeline,
// search, node, filters by text) are served by graphql-js. test/graph/compiled-reads.test.ts
// runs every field here both ways and compares.
import { decodeGlobalID } from "@pothos/plugin-relay";
import { getTableName } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import * as tables from "../../../schema/tables.js";
import { foldName } from "../../store/fold.js";
import { containsPattern } from "../filters.js";
import { Unsupported, type Field } from "./selection.js";
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

const BY_ID: OrderKey[] = [{ column: "id", tag: "N" }];
const BY_NAME: OrderKey[] = [
  { column: tables.actors.name.name, tag: "S" },
  { column: "id", tag: "N" },
];
const BY_START: OrderKey[] = [
  { column: tables.statements.start.name, tag: "N" },
  { column: "id", tag: "N" },
];

/** Rows of `table` whose id a link table pairs with the parent row's id. */
const linked = (link: SQLiteTable, target: SQLiteColumn, parent: SQLiteColumn, row: Row) => (t: Row) =>
  `${t.col("id")} IN (SELECT ${col(target)} FROM ${name(link)} WHERE ${col(parent)} = ${row.col("id")})`;

const connection =
  (table: SQLiteTable, order: OrderKey[], where: (row: Row) => (t: Row) => string): FieldSql =>
  (b, row, field) =>
    b.connection(field, { table: name(table), order, where: where(row) });

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
    statements: connection(tables.statements, BY_ID, (row) => (t) => `${t.col(tables.statements.speakerId.name)} = ${row.col("id")}`),
    engagements: connection(tables.engagements, BY_ID, (row) =>
      linked(tables.engagementParticipants, tables.engagementParticipants.engagementId, tables.engagementParticipants.actorId, row),
    ),
    documents: connection(tables.documents, BY_ID, (row) =>
      linked(tables.documentActors, tables.documentActors.documentId, tables.documentActors.actorId, row),
    ),
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
    actors: connection(tables.actors, BY_NAME, (row) => linked(tables.documentActors, tables.documentActors.actorId, tables.documentActors.documentId, row)),
    statements: connection(tables.statements, BY_START, (row) => (t) => `${t.col(tables.statements.documentId.name)} = ${row.col("id")}`),
    engagements: connection(tables.engagements, BY_ID, (row) =>
      linked(tables.engagementSources, tables.engagementSources.engagementId, tables.engagementSources.documentId, row),
    ),
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
  // Read from a statement or an engagement source: both rows have document_id, start, end, text, rule.
  Evidence: {
    document: documentById(tables.statements.documentId),
    start: column(tables.statements.start),
    end: column(tables.statements.end),
    text: column(tables.statements.text),
    rule: column(tables.statements.rule),
  },
  Engagement: {
    id: globalId("Engagement"),
    kind: column(tables.engagements.kind),
    status: column(tables.engagements.status),
    date: column(tables.engagements.date),
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
    actor: (b, _row, field) => {
      const key = b.param(foldName(String(field.args.name)));
      return b.one(
        field,
        name(tables.actors),
        (t) =>
          `(${t.col(tables.actors.nameKey.name)} = ${key} OR EXISTS (SELECT 1 FROM ${name(tables.actorAliases)} x WHERE x.${col(tables.actorAliases.actorId)} = ${t.col("id")} AND x.${col(tables.actorAliases.aliasKey)} = ${key}))`,
        // A canonical-name match beats an alias shared with another actor.
        (t) => `${t.col(tables.actors.nameKey.name)} = ${key} DESC, ${t.col("id")}`,
      );
    },
    actors: (b, _row, field) => {
      const { kind, search, orderBy } = field.args as { kind?: string | null; search?: string | null; orderBy: string };
      if (orderBy !== "NAME") throw new Unsupported("actors ordered by counts");
      const filters: Filter[] = [];
      if (kind) filters.push(equals(tables.actors.kind, b.param(kind)));
      if (search) {
        const pattern = b.param(containsPattern(foldName(search)));
        filters.push(
          (t) =>
            `EXISTS (SELECT 1 FROM ${name(tables.actorAliases)} x WHERE x.${col(tables.actorAliases.actorId)} = ${t.col("id")} AND x.${col(tables.actorAliases.aliasKey)} LIKE ${pattern} ESCAPE '\\')`,
        );
      }
      return rootConnection(b, field, tables.actors, BY_NAME, filters);
    },
    documents: (b, _row, field) => {
      if (field.args.search || field.args.contains) throw new Unsupported("text filters");
      return rootConnection(b, field, tables.documents, BY_ID, []);
    },
    statements: (b, _row, field) => {
      const { speaker, kind, search, contains } = field.args as Record<string, string | null | undefined>;
      if (search || contains) throw new Unsupported("text filters");
      const filters: Filter[] = [];
      if (speaker) filters.push(equals(tables.statements.speakerId, b.param(actorId(speaker))));
      if (kind) filters.push(equals(tables.statements.kind, b.param(kind)));
      return rootConnection(b, field, tables.statements, BY_ID, filters);
    },
    engagements: (b, _row, field) => {
      const { participant, kind, status } = field.args as Record<string, string | null | undefined>;
      const filters: Filter[] = [];
      if (participant) {
        const actor = b.param(actorId(participant));
        filters.push(
          (t) =>
            `EXISTS (SELECT 1 FROM ${name(tables.engagementParticipants)} x WHERE x.${col(tables.engagementParticipants.engagementId)} = ${t.col("id")} AND x.${col(tables.engagementParticipants.actorId)} = ${actor})`,
        );
      }
      if (kind) filters.push(equals(tables.engagements.kind, b.param(kind)));
      if (status) filters.push(equals(tables.engagements.status, b.param(status)));
      return rootConnection(b, field, tables.engagements, BY_ID, filters);
    },
  },
};

/** A condition on a row; a connection applies it to its page and to its count. */
type Filter = (t: Row) => string;

const equals =
  (c: SQLiteColumn, param: string): Filter =>
  (t) =>
    `${t.col(c.name)} = ${param}`;

function rootConnection(b: SqlBuilder, field: Field, table: SQLiteTable, order: OrderKey[], filters: Filter[]): string {
  const spec: ConnectionSpec = { table: name(table), order, where: (t) => (filters.length ? filters.map((f) => f(t)).join(" AND ") : "1") };
  return b.connection(field, spec);
}

/** The row id of an actor's global id; any other id is left to Pothos to accept or refuse. */
function actorId(globalId: string): number {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    throw new Unsupported("global id");
  }
  if (decoded.typename !== "Actor" || !/^\d{1,15}$/.test(decoded.id)) throw new Unsupported("global id");
  return Number(decoded.id);
}
