// The nested query actors(first: 100) → statements(first: 100) → document { title } on a
// large knowledge base (default .bench/wh.db, made by bench/ingest.ts): how many SQL
// statements it runs, and its time against one hand-written SQL query producing the same
// JSON. Goal: <= 1.5x the hand-written query.
// The query is executed as a compiled read (src/graph/compiled): the goal compares its
// execution with the hand-written SQL, both parsed and serialized as a server would. The
// HTTP handler adds yoga's fixed cost per request (measured on `{ __typename }`), printed
// apart; the resolvers (PARLEY_COMPILED_READS=0) are timed too, for comparison.
//   npx tsx bench/nested-query.ts [--db PATH] [--runs N]
import { isDeepStrictEqual } from "node:util";
import { parseArgs } from "node:util";
import { execute, parse } from "graphql";
import { loadConfig } from "../src/config.js";
import { executeCompiledRead } from "../src/graph/compiled/execute.js";
import { schema } from "../src/graph/schema.js";
import { createApp } from "../src/serve/app.js";
import { openDatabase } from "../src/store/db.js";

const { values } = parseArgs({ options: { db: { type: "string" }, runs: { type: "string" } } });
const dbPath = values.db ?? ".bench/wh.db";
const runs = Number(values.runs ?? 200);

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
const app = createApp({ db, config });
const resolversApp = createApp({ db, config: { ...config, compiledReads: false } });

async function graphql(query = QUERY, through = app): Promise<{ body: string; statements: number }> {
  const res = await through.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = await res.text();
  return { body, statements: JSON.parse(body).extensions?.sql?.statements };
}

// Where the time goes: the compiled read alone and the resolvers alone (graphql-js, no HTTP,
// no limits), and the one SQL statement plugin-drizzle generated for the resolvers, run bare.
const document = parse(QUERY);
const contextValue = { db, curation: { access: "DISABLED" as const, maxDocumentBytes: config.maxDocumentBytes } };
const compiledOnly = () => JSON.stringify(executeCompiledRead({ schema, document, contextValue }));
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
const viaResolvers = await graphql(QUERY, resolversApp);
const sameAsResolvers = isDeepStrictEqual(JSON.parse(viaResolvers.body).data, parsed.data);
if (JSON.parse(compiledOnly()).data === undefined) throw new Error("the query was not compiled");
const statementsReturned = parsed.data.actors.edges.reduce((n: number, e: any) => n + e.node.statements.edges.length, 0);

const ours: number[] = [];
const theirs: number[] = [];
const compiled: number[] = [];
const overhead: number[] = [];
const resolversHttp: number[] = [];
const executed: number[] = [];
const sqlAlone: number[] = [];
// Interleaved, so a noisy neighbour slows every measure alike; medians of many runs. The
// resolvers run in a loop of their own: their garbage would otherwise be collected during
// the other measures.
for (let i = 0; i < runs; i++) {
  let t = performance.now();
  await graphql();
  ours.push(performance.now() - t);
  t = performance.now();
  compiledOnly();
  compiled.push(performance.now() - t);
  t = performance.now();
  await graphql("{ __typename }");
  overhead.push(performance.now() - t);
  t = performance.now();
  // Parsed and serialized again, as a server returning it would.
  JSON.stringify({ data: JSON.parse(hand.get() as string) });
  theirs.push(performance.now() - t);
}
for (let i = 0; i < runs; i++) {
  let t = performance.now();
  await graphql(QUERY, resolversApp);
  resolversHttp.push(performance.now() - t);
  t = performance.now();
  await executeOnly();
  executed.push(performance.now() - t);
  t = performance.now();
  generatedSql.raw().all(...generated!.args);
  sqlAlone.push(performance.now() - t);
}
db.$client.close();

const ms = (xs: number[]) => `${median(xs).toFixed(2)} ms`;
console.log(`database: ${dbPath}; ${parsed.data.actors.edges.length} actors, ${statementsReturned} statements, ${(first.body.length / 1024).toFixed(0)} KB response; medians of ${runs} runs`);
console.log(`same JSON as the hand-written SQL: ${same ? "yes" : "NO"}; as the resolvers: ${sameAsResolvers ? "yes" : "NO"}`);
console.log(`SQL statements per request: ${first.statements} (resolvers: ${viaResolvers.statements})`);
console.log(`hand-written SQL + JSON:               ${ms(theirs)}`);
console.log(`compiled read (execution + JSON):      ${ms(compiled)}  ratio ${(median(compiled) / median(theirs)).toFixed(2)}x (goal <= 1.5x)`);
console.log(`GraphQL over the HTTP handler:         ${ms(ours)}  ratio ${(median(ours) / median(theirs)).toFixed(2)}x`);
console.log(`  of which yoga per request ({ __typename }): ${ms(overhead)}`);
console.log(`resolvers over the HTTP handler:       ${ms(resolversHttp)}  ratio ${(median(resolversHttp) / median(theirs)).toFixed(2)}x`);
console.log(`  of which graphql-js execute():       ${ms(executed)}`);
console.log(`  of which plugin-drizzle's SQL:       ${ms(sqlAlone)}`);
