// The nested query actors(first: 100) → statements(first: 100) → document { title } on a
// large knowledge base (default .bench/wh.db, made by bench/ingest.ts): how many SQL
// statements it runs, and its time against one hand-written SQL query producing the same
// JSON. Goal: <= 1.5x the hand-written query.
//   npx tsx bench/nested-query.ts [--db PATH] [--runs N]
import { isDeepStrictEqual } from "node:util";
import { parseArgs } from "node:util";
import { execute, parse } from "graphql";
import { loadConfig } from "../src/config.js";
import { schema } from "../src/graph/schema.js";
import { createApp } from "../src/serve/app.js";
import { openDatabase } from "../src/store/db.js";

const { values } = parseArgs({ options: { db: { type: "string" }, runs: { type: "string" } } });
const dbPath = values.db ?? ".bench/wh.db";
const runs = Number(values.runs ?? 15);

const QUERY = `{ actors(first: 100) { edges { node { statements(first: 100) { edges { node { document { title } } } } } } } }`;

// Same rows, same order (actors by name then id; statements by id), same JSON shape.
const HAND_SQL = `
SELECT json_object('actors', json_object('edges', coalesce((
  SELECT json_group_array(json_object('node', json_object('statements', json_object('edges', json(a.statements))))) FROM (
    SELECT (SELECT coalesce(json_group_array(json_object('node', json_object('document', json_object('title', d.title)))), '[]') FROM (
              SELECT s.document_id FROM statements s WHERE s.speaker_id = actor.id ORDER BY s.id LIMIT 100
            ) st JOIN documents d ON d.id = st.document_id) AS statements
    FROM (SELECT id FROM actors ORDER BY name, id LIMIT 100) actor
  ) a), '[]')))`;

const config = { ...loadConfig({}), sqlStats: true, corsOrigins: [] };
const db = openDatabase(dbPath, { sqlStats: true });
const app = createApp({ db, config } as Parameters<typeof createApp>[0]);

async function graphql(): Promise<{ body: string; statements: number }> {
  const res = await app.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query: QUERY }),
  });
  const body = await res.text();
  return { body, statements: JSON.parse(body).extensions?.sql?.statements };
}

// Where the time goes: the same query through graphql-js alone (no HTTP, no limits), and
// the one SQL statement plugin-drizzle generated for it, run bare.
const document = parse(QUERY);
const contextValue = { db, curation: { access: "DISABLED", maxDocumentBytes: config.maxDocumentBytes } };
const executeOnly = async () => JSON.stringify(await execute({ schema, document, contextValue }));
let generated: { source: string; args: unknown[] } | undefined;
const prepare = db.$client.prepare.bind(db.$client);
db.$client.prepare = ((source: string) => {
  const statement = prepare(source);
  const all = statement.all.bind(statement);
  statement.all = ((...args: unknown[]) => ((generated = { source, args }), all(...args))) as typeof statement.all;
  return statement;
}) as typeof db.$client.prepare;
await executeOnly();
db.$client.prepare = prepare;
const generatedSql = db.$client.prepare(generated!.source);

const hand = db.$client.prepare(HAND_SQL).pluck();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Warm up both and check they agree.
const first = await graphql();
const parsed = JSON.parse(first.body);
if (parsed.errors) throw new Error(JSON.stringify(parsed.errors));
const handJson = JSON.parse(hand.get() as string);
const same = isDeepStrictEqual(parsed.data, handJson);
const statementsReturned = parsed.data.actors.edges.reduce((n: number, e: any) => n + e.node.statements.edges.length, 0);

const ours: number[] = [];
const theirs: number[] = [];
const executed: number[] = [];
const sqlAlone: number[] = [];
for (let i = 0; i < runs; i++) {
  let t = performance.now();
  await graphql();
  ours.push(performance.now() - t);
  t = performance.now();
  await executeOnly();
  executed.push(performance.now() - t);
  t = performance.now();
  generatedSql.raw().all(...generated!.args);
  sqlAlone.push(performance.now() - t);
  t = performance.now();
  // Parsed and serialized again, as a server returning it would.
  JSON.stringify({ data: JSON.parse(hand.get() as string) });
  theirs.push(performance.now() - t);
}
db.$client.close();

console.log(`database: ${dbPath}; ${parsed.data.actors.edges.length} actors, ${statementsReturned} statements, ${(first.body.length / 1024).toFixed(0)} KB response`);
console.log(`same JSON as the hand-written SQL: ${same ? "yes" : "NO"}`);
console.log(`SQL statements per request: ${first.statements}`);
console.log(`GraphQL (in-process, HTTP handler): ${median(ours).toFixed(1)} ms (median of ${runs})`);
console.log(`  of which graphql-js execute():     ${median(executed).toFixed(1)} ms`);
console.log(`  of which plugin-drizzle's SQL:     ${median(sqlAlone).toFixed(1)} ms`);
console.log(`hand-written SQL + JSON:            ${median(theirs).toFixed(1)} ms`);
console.log(`ratio: ${(median(ours) / median(theirs)).toFixed(2)}x (goal <= 1.5x)`);
