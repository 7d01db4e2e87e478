// Load test: the nested query actors(first: 100) → statements(first: 100) → document, for
// 60 s at 64 connections, against a server this script starts in a child process on
// 127.0.0.1 (loopback only). Prints errors (goal 0), latency percentiles, and the server's
// resident memory at start and end (goal: flat).
//   npx tsx bench/load.ts [--db PATH] [--duration S] [--connections N] [--docs N]
// Without --db it ingests the first --docs (default 500) documents of the Kremlin/Ukraine
// corpus into a temporary database first.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { freePort, rssMb } from "./process.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = resolve(ROOT, "../shared/corpora/kremlin-and-ukraine-president-press-releases-2021-2022.jsonl.gz");
const QUERY = "{ actors(first: 100) { edges { node { statements(first: 100) { edges { node { document { title } } } } } } } }";

const { values } = parseArgs({
  options: { db: { type: "string" }, duration: { type: "string", default: "60" }, connections: { type: "string", default: "64" }, docs: { type: "string", default: "500" } },
});

const tmp = mkdtempSync(join(tmpdir(), "parley-load-"));
let dbPath = values.db;
if (!dbPath) {
  dbPath = join(tmp, "load.db");
  console.log(`ingesting ${values.docs} documents of ${CORPUS} into ${dbPath} …`);
  const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "test/helpers/ingest-corpus.ts"), dbPath, CORPUS, values.docs!], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error("ingestion failed");
}

const port = await freePort();
const server = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/serve/main.ts")], {
  cwd: ROOT,
  env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), PARLEY_DB: dbPath, NODE_ENV: "production" },
  stdio: ["ignore", "pipe", "inherit"],
});
await new Promise<void>((resolve, reject) => {
  server.stdout!.on("data", (chunk: Buffer) => {
    if (chunk.toString().includes("serving")) resolve();
  });
  server.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
});

const url = `http://127.0.0.1:${port}/graphql`;
const body = JSON.stringify({ query: QUERY });
const probe = (await (await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body })).json()) as any;
if (probe.errors) throw new Error(`the query fails: ${JSON.stringify(probe.errors)}`);
const statements = probe.data.actors.edges.reduce((n: number, e: any) => n + e.node.statements.edges.length, 0);
console.log(`response: ${probe.data.actors.edges.length} actors, ${statements} statements, ${(body.length / 1024).toFixed(1)} KB request, ${(JSON.stringify(probe).length / 1024).toFixed(0)} KB response`);

const memStart = rssMb(server.pid!);
let graphqlErrors = 0;
const result = await autocannon({
  url,
  method: "POST",
  headers: { "content-type": "application/json" },
  body,
  connections: Number(values.connections),
  duration: Number(values.duration),
  // A 200 can still carry GraphQL errors: count those too.
  setupClient: (client) => {
    client.on("body", (b: Buffer) => {
      if (b.includes('"errors"')) graphqlErrors++;
    });
  },
});
const memEnd = rssMb(server.pid!);
server.kill("SIGTERM");
rmSync(tmp, { recursive: true, force: true });

const l = result.latency;
console.log(`requests: ${result.requests.total} in ${result.duration} s (${result.requests.average} req/s average)`);
console.log(`errors: ${result.errors} connection errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, ${graphqlErrors} GraphQL errors`);
console.log(`latency ms: p50 ${l.p50}, p90 ${l.p90}, p99 ${l.p99}, max ${l.max}`);
console.log(`server memory (RSS): ${memStart} MB at start, ${memEnd} MB at end`);
process.exitCode = result.errors + result.timeouts + result.non2xx + graphqlErrors === 0 ? 0 : 1;
