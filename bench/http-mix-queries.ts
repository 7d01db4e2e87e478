// The queries of bench/http-mix.ts: what a frontend and an analyst send, each with the
// hand-written SQL a purpose-built endpoint would run for it (one statement returning the
// response's `data` as JSON, byte for byte what Parley returns). The hand-written SQL reads
// the same tables with the same orders and ties; the bench checks the answers are equal.
import Database from "better-sqlite3";
import { foldName } from "../src/store/fold.js";
import { matchExpression, parseSearch } from "../src/store/fts-query.js";

export interface MixQuery {
  name: string;
  /** What it stands for, for the printout. */
  title: string;
  graphql: string;
  variables: Record<string, unknown>;
  sql: string;
  /** The hand-written statement's parameters, from the request's variables. */
  params: (variables: Record<string, any>) => Record<string, unknown>;
}

/** The id of the actor named `@${p}` (a folded name or alias), as `Query.actor(name:)` finds it. */
const actorNamed = (p: string) =>
  `(SELECT id FROM actors WHERE name_key = @${p} OR id IN (SELECT actor_id FROM actor_aliases WHERE alias_key = @${p}) ORDER BY name_key = @${p} DESC, id LIMIT 1)`;

/** `[{ name }]` of an engagement's participants, by name. */
const participants = (engagement: string) =>
  `json((SELECT json_group_array(json_object('name', x.name)) FROM (SELECT a.name FROM engagement_participants ep JOIN actors a ON a.id = ep.actor_id WHERE ep.engagement_id = ${engagement} ORDER BY a.name, a.id) x))`;

/**
 * The day an engagement is placed on: its date, else the one day its date words resolve to,
 * else the publication day of its first report.
 */
const effectiveDate = (e: string, day = "substr(min(d.published_at), 1, 10)") =>
  `coalesce(${e}.date, CASE WHEN ${e}.date_basis = 'RELATIVE' AND ${e}.date_start = ${e}.date_end THEN ${e}.date_start END, (SELECT ${day} FROM engagement_sources es JOIN documents d ON d.id = es.document_id WHERE es.engagement_id = ${e}.id))`;

export const MIX: MixQuery[] = [
  {
    name: "actor-page",
    title: "an actor's page: statements and engagements",
    graphql: `query ActorPage($name: String!) {
  actor(name: $name) {
    name role
    statements(first: 50) { totalCount edges { node { kind text document { title publishedAt } } } }
    engagements(first: 50) { totalCount edges { node { kind status date participants { name } } } }
  }
}`,
    variables: { name: "Joe Biden" },
    params: (v) => ({ key: foldName(v.name) }),
    sql: `SELECT json_object('actor', json((SELECT json_object(
  'name', a.name, 'role', a.role,
  'statements', json_object(
    'totalCount', (SELECT count(*) FROM statements WHERE speaker_id = a.id),
    'edges', json((SELECT json_group_array(json_object('node', json_object('kind', s.kind, 'text', s.text, 'document', json_object('title', d.title, 'publishedAt', d.published_at))))
      FROM (SELECT kind, text, document_id FROM statements WHERE speaker_id = a.id ORDER BY id LIMIT 50) s JOIN documents d ON d.id = s.document_id))),
  'engagements', json_object(
    'totalCount', (SELECT count(*) FROM engagement_participants WHERE actor_id = a.id),
    'edges', json((SELECT json_group_array(json_object('node', json_object('kind', e.kind, 'status', e.status, 'date', e.date, 'participants', ${participants("e.id")})))
      FROM (SELECT e.id, e.kind, e.status, e.date FROM engagement_participants ep JOIN engagements e ON e.id = ep.engagement_id WHERE ep.actor_id = a.id ORDER BY e.id LIMIT 50) e))))
FROM actors a WHERE a.id = ${actorNamed("key")})))`,
  },
  {
    name: "between",
    title: "engagements between two actors in a period, with participants and sources",
    graphql: `query Between($a: String!, $b: String!, $from: Date, $to: Date) {
  engagements(participantNames: [$a, $b], from: $from, to: $to, orderBy: DATE, first: 50) {
    totalCount
    edges { node { kind status date effectiveDate dateText participants { name } sources { text document { title url publishedAt } } } }
  }
}`,
    variables: { a: "Joe Biden", b: "Vladimir Putin", from: "2021-01-01", to: "2022-12-31" },
    params: (v) => ({ a: foldName(v.a), b: foldName(v.b), from: v.from, toEnd: `${v.to}~` }),
    sql: `WITH g AS (
  SELECT * FROM (
    SELECT e.id, e.kind, e.status, e.date, e.date_text, ${effectiveDate("e")} AS eff FROM engagements e
    WHERE e.id IN (SELECT engagement_id FROM engagement_participants WHERE actor_id = ${actorNamed("a")})
      AND e.id IN (SELECT engagement_id FROM engagement_participants WHERE actor_id = ${actorNamed("b")})
  ) WHERE eff >= @from AND eff < @toEnd)
SELECT json_object('engagements', json_object('totalCount', (SELECT count(*) FROM g), 'edges', json((
  SELECT json_group_array(json_object('node', json_object(
    'kind', p.kind, 'status', p.status, 'date', p.date, 'effectiveDate', p.eff, 'dateText', p.date_text,
    'participants', ${participants("p.id")},
    'sources', json((SELECT json_group_array(json_object('text', s.text, 'document', json_object('title', d.title, 'url', d.url, 'publishedAt', d.published_at)))
      FROM (SELECT text, document_id FROM engagement_sources WHERE engagement_id = p.id ORDER BY id) s JOIN documents d ON d.id = s.document_id)))))
  FROM (SELECT * FROM g ORDER BY eff, id LIMIT 50) p))))`,
  },
  {
    name: "search",
    title: "full-text search, each hit with its document",
    graphql: `query Search($q: String!) {
  search(query: $q, first: 20) {
    totalCount
    edges { node { node {
      __typename
      ... on Document { title publishedAt url }
      ... on Statement { text speaker { name } document { title publishedAt url } }
    } } }
  }
}`,
    variables: { q: "ceasefire negotiations" },
    // No prefix terms here, so the match needs no completions from the stored words. Snippets
    // are cut in JavaScript (src/store/snippet.ts), so neither side asks for them.
    params: (v) => ({ m: matchExpression(parseSearch(v.q as string), () => []) }),
    sql: `WITH hits AS (
  SELECT rowid AS r, rowid >> 1 AS id, CASE rowid & 1 WHEN 0 THEN 'Document' ELSE 'Statement' END AS type, -bm25(search_fts, 5.0, 1.0, 1.0) AS score
  FROM search_fts WHERE search_fts MATCH @m)
SELECT json_object('search', json_object('totalCount', (SELECT count(*) FROM hits), 'edges', json((
  SELECT json_group_array(json_object('node', json_object(
    'node', json(CASE h.type
      WHEN 'Document' THEN (SELECT json_object('__typename', 'Document', 'title', d.title, 'publishedAt', d.published_at, 'url', d.url) FROM documents d WHERE d.id = h.id)
      ELSE (SELECT json_object('__typename', 'Statement', 'text', s.text,
          'speaker', json((SELECT json_object('name', a.name) FROM actors a WHERE a.id = s.speaker_id)),
          'document', json((SELECT json_object('title', d.title, 'publishedAt', d.published_at, 'url', d.url) FROM documents d WHERE d.id = s.document_id)))
        FROM statements s WHERE s.id = h.id) END))))
  FROM (SELECT * FROM hits ORDER BY score DESC, r & 1, r LIMIT 20) h))))`,
  },
  {
    name: "document-page",
    title: "one document with all its actors, statements and engagements",
    graphql: `query DocumentPage($id: ID!) {
  node(id: $id) {
    ... on Document {
      title url publisher publishedAt
      actors(first: 100) { totalCount edges { node { name kind } } }
      statements(first: 100) { totalCount edges { node { kind text speaker { name } speakerLabel } } }
      engagements(first: 100) { totalCount edges { node { kind status date participants { name } } } }
    }
  }
}`,
    // Set by the bench: the document with the most statements among those reporting engagements.
    variables: { id: "" },
    params: (v) => ({ id: Number(Buffer.from(v.id, "base64").toString().replace(/^Document:/, "")) }),
    sql: `SELECT json_object('node', json((SELECT json_object(
  'title', d.title, 'url', d.url, 'publisher', d.publisher, 'publishedAt', d.published_at,
  'actors', json_object('totalCount', (SELECT count(*) FROM document_actors WHERE document_id = d.id), 'edges', json((
    SELECT json_group_array(json_object('node', json_object('name', a.name, 'kind', a.kind)))
    FROM (SELECT a.name, a.kind FROM document_actors da JOIN actors a ON a.id = da.actor_id WHERE da.document_id = d.id ORDER BY a.name, a.id LIMIT 100) a))),
  'statements', json_object('totalCount', (SELECT count(*) FROM statements WHERE document_id = d.id), 'edges', json((
    SELECT json_group_array(json_object('node', json_object('kind', s.kind, 'text', s.text,
      'speaker', json((SELECT json_object('name', a.name) FROM actors a WHERE a.id = s.speaker_id)), 'speakerLabel', s.speaker_label)))
    FROM (SELECT kind, text, speaker_id, speaker_label FROM statements WHERE document_id = d.id ORDER BY start, id LIMIT 100) s))),
  'engagements', json_object('totalCount', (SELECT count(*) FROM engagement_sources WHERE document_id = d.id), 'edges', json((
    SELECT json_group_array(json_object('node', json_object('kind', e.kind, 'status', e.status, 'date', e.date, 'participants', ${participants("e.id")})))
    FROM (SELECT e.id, e.kind, e.status, e.date FROM engagement_sources es JOIN engagements e ON e.id = es.engagement_id WHERE es.document_id = d.id ORDER BY e.id LIMIT 100) e))))
FROM documents d WHERE d.id = @id)))`,
  },
  {
    name: "top-actors",
    title: "the actors with the most statements, with their counts",
    graphql: `{
  actors(orderBy: STATEMENTS, first: 20) {
    edges { node { name kind statements { totalCount } engagements { totalCount } } }
  }
}`,
    variables: {},
    params: () => ({}),
    sql: `SELECT json_object('actors', json_object('edges', json((
  SELECT json_group_array(json_object('node', json_object('name', t.name, 'kind', t.kind,
    'statements', json_object('totalCount', t.n),
    'engagements', json_object('totalCount', (SELECT count(*) FROM engagement_participants WHERE actor_id = t.id)))))
  FROM (SELECT a.id, a.name, a.kind, c.n FROM (SELECT speaker_id, count(*) AS n FROM statements WHERE speaker_id IS NOT NULL GROUP BY speaker_id) c
        JOIN actors a ON a.id = c.speaker_id ORDER BY c.n DESC, a.name, a.id LIMIT 20) t))))`,
  },
  {
    name: "network",
    title: "an actor's counterparts and timeline",
    graphql: `query Network($name: String!) {
  actor(name: $name) {
    name
    counterparts(first: 10) { engagements actor { name kind role } }
    timeline(granularity: MONTH) { period statements engagements }
  }
}`,
    variables: { name: "Antony Blinken" },
    params: (v) => ({ key: foldName(v.name) }),
    sql: `SELECT json_object('actor', json((SELECT json_object('name', a.name,
  'counterparts', json((SELECT json_group_array(json_object('engagements', c.n, 'actor', json_object('name', c.name, 'kind', c.kind, 'role', c.role))) FROM (
    SELECT x.name, x.kind, x.role, count(*) AS n FROM engagement_participants mine
    JOIN engagement_participants theirs ON theirs.engagement_id = mine.engagement_id AND theirs.actor_id <> mine.actor_id
    JOIN actors x ON x.id = theirs.actor_id
    WHERE mine.actor_id = a.id GROUP BY x.id ORDER BY n DESC, x.name, x.id LIMIT 10) c)),
  'timeline', json((SELECT json_group_array(json_object('period', t.period, 'statements', t.statements, 'engagements', t.engagements)) FROM (
    SELECT period, sum(st) AS statements, sum(1 - st) AS engagements FROM (
      SELECT substr(d.published_at, 1, 7) AS period, 1 AS st FROM statements s JOIN documents d ON d.id = s.document_id WHERE s.speaker_id = a.id
      UNION ALL
      SELECT substr(${effectiveDate("e", "min(d.published_at)")}, 1, 7), 0
      FROM engagement_participants ep JOIN engagements e ON e.id = ep.engagement_id WHERE ep.actor_id = a.id)
    WHERE period IS NOT NULL AND length(period) = 7 GROUP BY period ORDER BY period) t)))
FROM actors a WHERE a.id = ${actorNamed("key")})))`,
  },
];

/**
 * The mix on the knowledge base at `dbPath`: the document page shows a readout-like document,
 * the one reporting the most engagements.
 */
export function mixOn(dbPath: string): MixQuery[] {
  const sqlite = new Database(dbPath, { readonly: true });
  try {
    const documentId = sqlite.prepare("SELECT document_id FROM engagement_sources GROUP BY document_id ORDER BY count(*) DESC, document_id LIMIT 1").pluck().get() as number;
    return MIX.map((q) => (q.name === "document-page" ? { ...q, variables: { ...q.variables, id: Buffer.from(`Document:${documentId}`).toString("base64") } } : q));
  } finally {
    sqlite.close();
  }
}

/**
 * Other variables for the queries that take an actor or a document (`count` of each, by id):
 * for `--vary`, where each request asks for another one, so that caches keyed by variables
 * see requests they have not seen. The other queries keep their variables.
 */
export function variantsOn(dbPath: string, count: number): Map<string, Record<string, unknown>[]> {
  const sqlite = new Database(dbPath, { readonly: true });
  try {
    const names = sqlite.prepare("SELECT name FROM actors ORDER BY id LIMIT ?").pluck().all(count) as string[];
    const documents = sqlite.prepare("SELECT id FROM documents ORDER BY id LIMIT ?").pluck().all(count) as number[];
    return new Map<string, Record<string, unknown>[]>([
      ["actor-page", names.map((name) => ({ name }))],
      ["network", names.map((name) => ({ name }))],
      ["document-page", documents.map((id) => ({ id: Buffer.from(`Document:${id}`).toString("base64") }))],
    ]);
  } finally {
    sqlite.close();
  }
}
