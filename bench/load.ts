// Load test: 60 s at 64 connections against a server this script starts in a child process
// on 127.0.0.1 (loopback only). Prints errors (goal 0), latency percentiles, and the server's
// resident memory before the load and at its start, middle and end (goal: flat).
//   npx tsx bench/load.ts [--db PATH] [--duration S] [--connections N] [--docs N] [--mix]
// The load is the nested query actors(first: 100) → statements(first: 100) → document, or
// with --mix the six queries of bench/http-mix-queries.ts, each connection sending them in
// turn (then --db defaults to the White House knowledge base of bench/http-mix.ts,
// .bench/wh.db). Without --db and --mix it ingests the first --docs (default 500) documents of
// the Kremlin/Ukraine corpus into a temporary database first.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { mixOn } from "./http-mix-queries.js";
import { freePort, rssMb } from "./process.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = resolve(ROOT, "../shared/corpora/kremlin-and-ukraine-president-press-releases-2021-2022.jsonl.gz");
const NESTED = "{ actors(first: 100) { edges { node { statements(first: 100) { edges { node { document { title } } } } } } } }";

const { values } = parseArgs({
  options: {
    db: { type: "string" },
    duration: { type: "string", default: "60" },
    connections: { type: "string", default: "64" },
    docs: { type: "string", default: "500" },
    mix: { type: "boolean", default: false },
  },
});

const tmp = mkdtempSync(join(tmpdir(), "parley-load-"));
let dbPath = values.db ?? (values.mix ? join(ROOT, ".bench/wh.db") : undefined);
if (values.mix && !existsSync(dbPath!)) {
  console.error(`no knowledge base at ${dbPath}: pass --db, or run bench/http-mix.ts once to ingest the White House corpus there`);
  process.exit(2);
}
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
const bodies = values.mix ? mixOn(dbPath).map((q) => ({ name: q.name, body: JSON.stringify({ query: q.graphql, variables: q.variables }) })) : [{ name: "nested", body: JSON.stringify({ query: NESTED }) }];
for (const { name, body } of bodies) {
  const probe = await (await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body })).text();
  if (probe.includes('"errors"')) throw new Error(`${name} fails: ${probe.slice(0, 500)}`);
  console.log(`${name}: ${(body.length / 1024).toFixed(1)} KB request, ${(probe.length / 1024).toFixed(1)} KB response`);
}

// Resident memory every second of the load, to tell a leak (steady growth) from the heap's
// ordinary rise and fall.
const memBefore = rssMb(server.pid!);
const samples: number[] = [];
const sampler = setInterval(() => samples.push(rssMb(server.pid!)), 1000);
let graphqlErrors = 0;
const result = await autocannon({
  url,
  connections: Number(values.connections),
  duration: Number(values.duration),
  // Each connection sends the bodies in turn.
  requests: bodies.map(({ body }) => ({ method: "POST", path: "/graphql", headers: { "content-type": "application/json" }, body })),
  // A 200 can still carry GraphQL errors: count those too.
  setupClient: (client) => {
    client.on("body", (b: Buffer) => {
      if (b.includes('"errors"')) graphqlErrors++;
    });
  },
});
clearInterval(sampler);
server.kill("SIGTERM");
rmSync(tmp, { recursive: true, force: true });

const l = result.latency;
const at = (fraction: number) => samples[Math.min(samples.length - 1, Math.floor(fraction * samples.length))];
console.log(`${bodies.length === 1 ? bodies[0]!.name : `mix of ${bodies.length} queries (${bodies.map((b) => b.name).join(", ")})`}, ${values.connections} connections, database ${dbPath}`);
console.log(`requests: ${result.requests.total} in ${result.duration} s (${result.requests.average} req/s average)`);
console.log(`errors: ${result.errors} connection errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, ${graphqlErrors} GraphQL errors`);
console.log(`latency ms: p50 ${l.p50}, p90 ${l.p90}, p99 ${l.p99}, max ${l.max}`);
console.log(
  `server memory (RSS, MB): ${memBefore} before the load; ${samples[0]} at its start, ${at(0.5)} in the middle, ${samples[samples.length - 1]} at the end; ` +
    `lowest ${Math.min(...samples)}, highest ${Math.max(...samples)} (${samples.length} samples, one a second)`,
);
process.exitCode = result.errors + result.timeouts + result.non2xx + graphqlErrors === 0 ? 0 : 1;
