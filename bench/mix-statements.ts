// The statements alone (#13): for each query of bench/http-mix.ts, the compiled statement and
// the hand-written one (of each of N actors or documents for the queries that take one; the
// others with their own variables, 200 times; compiled beforehand), in CPU µs per statement, in-process: no HTTP, no GraphQL, no binding.
//   npx tsx bench/mix-statements.ts [--db PATH] [--vary N] [--rounds R]
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse } from "graphql";
import { compileRead } from "../src/graph/compiled/compile.js";
import { runRead } from "../src/graph/compiled/run.js";
import { schema } from "../src/graph/schema.js";
import { openDatabase } from "../src/store/db.js";
import { mixOn, variantsOn } from "./http-mix-queries.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { db: { type: "string", default: join(ROOT, ".bench/wh.db") }, vary: { type: "string", default: "3000" }, rounds: { type: "string", default: "3" } } });
const dbPath = resolve(values.db!);
const db = openDatabase(dbPath, { readonly: true });
const variants = variantsOn(dbPath, Number(values.vary));
const perStatement = (run: () => void, count: number) => {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / count;
};
for (const q of mixOn(dbPath)) {
  // The others, with their own variables again and again.
  const vars = variants.get(q.name) ?? Array.from({ length: 200 }, () => q.variables);
  const document = parse(q.graphql);
  const reads = vars.map((v) => compileRead(schema, document, undefined, v)!);
  const hand = db.$client.prepare(q.sql).pluck();
  const rounds: string[] = [];
  for (let r = 0; r < Number(values.rounds); r++) {
    const ours = perStatement(() => reads.forEach((read) => runRead(db, read)), reads.length);
    const theirs = perStatement(() => vars.forEach((v) => hand.get(q.params(v))), vars.length);
    rounds.push(`${ours.toFixed(0)} / ${theirs.toFixed(0)}`);
  }
  console.log(`${q.name}: compiled / hand-written µs of CPU per statement, ${vars.length} each: ${rounds.join(", ")}`);
}
db.$client.close();
