// The exported record types, described once for every format: their columns (JSON key,
// SQL expression, CSV header), the links JSON nests, and how the scope narrows them.
import { SCOPE_TABLES, type Scope } from "./scope.js";

export interface Column {
  /** Key in JSON and NDJSON records. */
  key: string;
  sql: string;
  /** Header in CSV. */
  csv: string;
}

export interface TableSpec {
  /** JSON key, CSV file name (without .csv). */
  name: string;
  /** NDJSON `type` of a record. */
  type: string;
  from: string;
  orderBy: string;
  columns: Column[];
  /** JSON arrays of linked ids: in JSON and NDJSON only; CSV has link tables instead. */
  nested?: { key: string; sql: string }[];
  /** Condition that keeps the rows in scope. */
  scoped(scope: Scope): string | null;
}

const col = (key: string, sql: string, csv = sql.replace(/^\w+\./, "")): Column => ({ key, sql, csv });
const inScope = (column: string, table: keyof typeof SCOPE_TABLES) => `${column} IN (SELECT id FROM ${SCOPE_TABLES[table]})`;
const when = (scope: Scope, condition: string) => (scope.filtered ? condition : null);

export const documentsSpec: TableSpec = {
  name: "documents",
  type: "document",
  from: "documents d",
  orderBy: "d.id",
  columns: [
    col("id", "d.id"),
    col("slug", "d.slug"),
    col("title", "d.title"),
    col("url", "d.url"),
    col("publisher", "d.publisher"),
    col("author", "d.author"),
    col("publishedAt", "d.published_at"),
    col("ingestedAt", "d.ingested_at"),
    col("wordCount", "d.word_count"),
    col("sha256", "d.sha256"),
    col("text", "d.text"),
  ],
  nested: [
    {
      key: "actors",
      sql: `(SELECT json_group_array(json_object('actorId', da.actor_id, 'mentions', da.mention_count)) FROM document_actors da WHERE da.document_id = d.id)`,
    },
  ],
  scoped: (s) => when(s, inScope("d.id", "documents")),
};

export const actorsSpec: TableSpec = {
  name: "actors",
  type: "actor",
  from: "actors a",
  orderBy: "a.id",
  columns: [col("id", "a.id"), col("name", "a.name"), col("kind", "a.kind"), col("role", "a.role"), col("affiliationId", "a.affiliation_id")],
  nested: [{ key: "aliases", sql: `(SELECT json_group_array(x.alias) FROM (SELECT alias FROM actor_aliases WHERE actor_id = a.id ORDER BY id) x)` }],
  scoped: (s) => when(s, inScope("a.id", "actors")),
};

export const statementsSpec: TableSpec = {
  name: "statements",
  type: "statement",
  from: "statements s",
  orderBy: "s.id",
  columns: [
    col("id", "s.id"),
    col("documentId", "s.document_id"),
    col("speakerId", "s.speaker_id"),
    col("speakerLabel", "s.speaker_label"),
    col("kind", "s.kind"),
    col("text", "s.text"),
    col("start", "s.start"),
    col("end", 's."end"', "end"),
    col("verb", "s.verb"),
    col("rule", "s.rule"),
    col("part", "s.part"),
  ],
  scoped: (s) => when(s, inScope("s.id", "statements")),
};

export const engagementsSpec: TableSpec = {
  name: "engagements",
  type: "engagement",
  from: "engagements e",
  orderBy: "e.id",
  columns: [
    col("id", "e.id"),
    col("kind", "e.kind"),
    col("status", "e.status"),
    col("date", "e.date"),
    col("dateText", "e.date_text"),
    col("count", "e.count"),
    col("forumId", "e.forum_id"),
    col("dateStart", "e.date_start"),
    col("dateEnd", "e.date_end"),
    col("dateBasis", "e.date_basis"),
    // PLOVER's spellings (CONSULT, third-party), as PLOVER/POLECAT data write event type and mode.
    col("ploverCategory", "e.plover_category"),
    col("ploverMode", "e.plover_mode"),
  ],
  scoped: (s) => when(s, inScope("e.id", "engagements")),
};

/** Engagement links depend on the scope: sources only from documents in it. */
export function engagementNested(scope: Scope): { key: string; sql: string }[] {
  const sourceScope = scope.filtered ? ` AND ${inScope("es.document_id", "documents")}` : "";
  return [
    { key: "participantIds", sql: `(SELECT json_group_array(x.actor_id) FROM (SELECT actor_id FROM engagement_participants WHERE engagement_id = e.id ORDER BY actor_id) x)` },
    {
      key: "sources",
      sql: `(SELECT json_group_array(json_object('documentId', x.document_id, 'start', x.start, 'end', x."end", 'text', x.text, 'rule', x.rule, 'part', x.part, 'status', x.status, 'dateText', x.date_text, 'dateStart', x.date_start, 'dateEnd', x.date_end, 'dateBasis', x.date_basis))
        FROM (SELECT es.document_id, es.start, es."end", es.text, es.rule, es.part, es.status, es.date_text, es.date_start, es.date_end, es.date_basis FROM engagement_sources es WHERE es.engagement_id = e.id${sourceScope} ORDER BY es.id) x)`,
    },
  ];
}

// Link tables, for CSV.
export const actorAliasesSpec: TableSpec = {
  name: "actor_aliases",
  type: "actor_alias",
  from: "actor_aliases aa",
  orderBy: "aa.id",
  columns: [col("actorId", "aa.actor_id"), col("alias", "aa.alias")],
  scoped: (s) => when(s, inScope("aa.actor_id", "actors")),
};

export const documentActorsSpec: TableSpec = {
  name: "document_actors",
  type: "document_actor",
  from: "document_actors da",
  orderBy: "da.document_id, da.actor_id",
  columns: [col("documentId", "da.document_id"), col("actorId", "da.actor_id"), col("mentions", "da.mention_count")],
  scoped: (s) => when(s, inScope("da.document_id", "documents")),
};

export const engagementParticipantsSpec: TableSpec = {
  name: "engagement_participants",
  type: "engagement_participant",
  from: "engagement_participants ep",
  orderBy: "ep.engagement_id, ep.actor_id",
  columns: [col("engagementId", "ep.engagement_id"), col("actorId", "ep.actor_id")],
  scoped: (s) => when(s, inScope("ep.engagement_id", "engagements")),
};

export const engagementSourcesSpec: TableSpec = {
  name: "engagement_sources",
  type: "engagement_source",
  from: "engagement_sources es",
  orderBy: "es.id",
  columns: [
    col("engagementId", "es.engagement_id"),
    col("documentId", "es.document_id"),
    col("start", "es.start"),
    col("end", 'es."end"', "end"),
    col("text", "es.text"),
    col("rule", "es.rule"),
    col("part", "es.part"),
    col("status", "es.status"),
    col("dateText", "es.date_text"),
    col("dateStart", "es.date_start"),
    col("dateEnd", "es.date_end"),
    col("dateBasis", "es.date_basis"),
  ],
  scoped: (s) => when(s, `${inScope("es.engagement_id", "engagements")} AND ${inScope("es.document_id", "documents")}`),
};

/** The four record types of JSON and NDJSON, with their nested links. */
export function recordTables(scope: Scope): TableSpec[] {
  return [documentsSpec, actorsSpec, statementsSpec, { ...engagementsSpec, nested: engagementNested(scope) }];
}

/** Every table CSV writes, link tables included. */
export const CSV_TABLES: TableSpec[] = [
  documentsSpec,
  actorsSpec,
  actorAliasesSpec,
  documentActorsSpec,
  statementsSpec,
  engagementsSpec,
  engagementParticipantsSpec,
  engagementSourcesSpec,
];

function where(spec: TableSpec, scope: Scope): string {
  const condition = spec.scoped(scope);
  return condition ? ` WHERE ${condition}` : "";
}

/** One JSON object per row, built by SQLite (its JSON encoder is faster than a JS round trip). */
export function jsonQuery(spec: TableSpec, scope: Scope, type?: string): string {
  const pairs = [
    ...(type ? [`'type', '${type}'`] : []),
    ...spec.columns.map((c) => `'${c.key}', ${c.sql}`),
    ...(spec.nested ?? []).map((n) => `'${n.key}', json(coalesce(${n.sql}, '[]'))`),
  ];
  return `SELECT json_object(${pairs.join(", ")}) FROM ${spec.from}${where(spec, scope)} ORDER BY ${spec.orderBy}`;
}

/** The row's column values, in `columns` order. */
export function rowQuery(spec: TableSpec, scope: Scope): string {
  return `SELECT ${spec.columns.map((c) => c.sql).join(", ")} FROM ${spec.from}${where(spec, scope)} ORDER BY ${spec.orderBy}`;
}
