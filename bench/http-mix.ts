// What users send, over HTTP: each query of bench/http-mix-queries.ts against Parley's server
// and against a baseline (node:http + better-sqlite3 running the query's one hand-written SQL
// statement), side by side in one run, on the White House knowledge base. Prints req/s,
// p50/p99 latency and the ratio for each query, their geometric mean, the SQL statements each
// query costs Parley, and checks that both return byte for byte the same body.
//   npx tsx bench/http-mix.ts [--db PATH] [--duration S] [--rounds N] [--connections N] [--warmup S] [--only NAME,…] [--vary N] [--profile DIR] [--server FILE]
// With --server FILE, another entry point stands for Parley's server (bench/one-thread-server.ts:
// the workers' handler on the listening thread, to measure what the hand-off costs).
// With --profile DIR, Parley's server writes a CPU profile of each of its threads into DIR
// (node --cpu-prof), to open in Chrome's DevTools.
// With --vary N, the actor page and the network ask for N actors in turn and the document page
// for N documents, one after another (the first 20 answers compared): with N above the server's
// caches of requests (1,024) no request finds its own answer's statement kept, unlike a query
// repeated with the same variables; it is bound to its operation's plan (src/graph/compiled/plan.ts),
// as every request of a frontend browsing many actors is.
// Each side runs `duration` seconds per query, in `rounds` turns alternating with the other
// side, so that a change of load on a shared machine weighs on both alike; besides the ratio
// of the means it prints the median of the rounds' ratios, and each server's CPU time per
// request (from /proc), which depends little on what else the machine runs.
// Without the database (default .bench/wh.db) it first ingests the White House corpus into it
// with `npx parley ingest` (about two minutes), once.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { loadConfig } from "../src/config.js";
import { createApp } from "../src/serve/app.js";
import { openDatabase } from "../src/store/db.js";
import { mixOn, variantsOn } from "./http-mix-queries.js";
import { cpuSeconds, freePort, rssMb } from "./process.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = resolve(ROOT, "../shared/corpora/whitehouse-briefing-room-2021-2026.jsonl.gz");

const { values } = parseArgs({
  options: {
    db: { type: "string", default: join(ROOT, ".bench/wh.db") },
    duration: { type: "string", default: "6" },
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "32" },
    warmup: { type: "string", default: "1" },
    only: { type: "string" },
    vary: { type: "string", default: "0" },
    profile: { type: "string" },
    server: { type: "string", default: "src/serve/main.ts" },
  },
});
const dbPath = resolve(values.db!);
const connections = Number(values.connections);

/** The knowledge base, ingested once; an interrupted ingest leaves only its `.partial` file. */
function ensureDatabase(): void {
  if (existsSync(dbPath)) return;
  if (!existsSync(CORPUS)) {
    console.error(`no database at ${dbPath} and no corpus at ${CORPUS} to make one from`);
    process.exit(2);
  }
  const partial = `${dbPath}.partial`;
  console.log(`ingesting ${CORPUS} into ${dbPath} (once; about two minutes) …`);
  const r = spawnSync("npx", ["parley", "ingest", CORPUS], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, PARLEY_DB: partial } });
  if (r.status !== 0) throw new Error(`npx parley ingest failed (${r.status})`);
  renameSync(partial, dbPath);
  for (const suffix of ["-wal", "-shm"]) rmSync(partial + suffix, { force: true });
}

/** Starts a server in a child process; resolves with its port once it says it listens. */
function startServer(args: string[], env: NodeJS.ProcessEnv, ready: RegExp, nodeArgs: string[] = []): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolvePort, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = ready.exec(out);
      if (m) resolvePort({ child, port: Number(m[1]) });
    });
    child.once("exit", (code) => reject(new Error(`${args.join(" ")} exited with ${code}`)));
  });
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  failures: number;
  requests: number;
  /** CPU seconds the server used during the load, all its threads. */
  cpu: number;
}

/** Loads `url` with `bodies` in turn. */
async function load(url: string, bodies: string[], seconds: number, pid: number): Promise<Load> {
  const cpuBefore = cpuSeconds(pid);
  let next = 0;
  const requests = bodies.length > 1 ? [{ setupRequest: (req: object) => ({ ...req, body: bodies[next++ % bodies.length] }) }] : undefined;
  const r = await autocannon({ url, method: "POST", headers: { "content-type": "application/json" }, body: bodies[0], requests, connections, duration: seconds });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, failures: r.errors + r.timeouts + r.non2xx, requests: r.requests.total, cpu: cpuSeconds(pid) - cpuBefore };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const sum = (rounds: Load[], of: (r: Load) => number) => rounds.reduce((s, r) => s + of(r), 0);

/** Rounds of one side: mean req/s, the median round's latencies, every failure, all requests and CPU. */
function combine(rounds: Load[]): Load {
  return {
    rps: sum(rounds, (r) => r.rps) / rounds.length,
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    failures: sum(rounds, (r) => r.failures),
    requests: sum(rounds, (r) => r.requests),
    cpu: sum(rounds, (r) => r.cpu),
  };
}

/** Server CPU per request, in ms. */
const cpuMs = (l: Load) => (1000 * l.cpu) / l.requests;

async function post(url: string, body: string): Promise<string> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  return res.text();
}

ensureDatabase();

const only = values.only?.split(",");
const queries = mixOn(dbPath).filter((q) => !only || only.includes(q.name));
const variants = Number(values.vary) > 0 ? variantsOn(dbPath, Number(values.vary)) : new Map<string, Record<string, unknown>[]>();

// SQL statements per request, counted in-process on the same database.
const counting = openDatabase(dbPath, { sqlStats: true, readonly: true });
const countingApp = createApp({ db: counting, config: { ...loadConfig({}), sqlStats: true, corsOrigins: [] } });
const statements = new Map<string, number>();
for (const q of queries) {
  const res = await countingApp.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: q.graphql, variables: q.variables }),
  });
  statements.set(q.name, ((await res.json()) as { extensions?: { sql?: { statements: number } } }).extensions?.sql?.statements ?? NaN);
}
counting.$client.close();

const parley = await startServer([values.server!], { HOST: "127.0.0.1", PORT: String(await freePort()), PARLEY_DB: dbPath, NODE_ENV: "production" }, /serving GraphQL.*:(\d+)\/graphql/, values.profile ? ["--cpu-prof", `--cpu-prof-dir=${resolve(values.profile)}`] : []);
const baseline = await startServer(["bench/http-mix-baseline.ts", dbPath], {}, /listening (\d+)/);
const parleyUrl = `http://127.0.0.1:${parley.port}/graphql`;
const baselineUrl = (q: { name: string }) => `http://127.0.0.1:${baseline.port}/${q.name}`;

let failed = false;
const rows: { name: string; ours: Load; theirs: Load; same: string; bytes: number; roundRatio: number }[] = [];
const memStart = rssMb(parley.child.pid!);
const loadStart = loadavg()[0]!;
try {
  for (const q of queries) {
    const body = JSON.stringify({ query: q.graphql, variables: q.variables });
    const bodies = (variants.get(q.name) ?? [q.variables]).map((variables) => JSON.stringify({ query: q.graphql, variables }));
    for (const other of bodies.slice(0, 20)) {
      if (other === body) continue;
      const [a, b] = [await post(parleyUrl, other), await post(baselineUrl(q), other)];
      if (a !== b) {
        console.warn(`${q.name}: answers differ for ${other.slice(-80)}`);
        failed = true;
      }
    }
    const [ours, theirs] = [await post(parleyUrl, body), await post(baselineUrl(q), body)];
    const parsed = JSON.parse(ours) as { data?: unknown; errors?: unknown };
    let same = ours === theirs ? "yes" : JSON.stringify(parsed) === JSON.stringify(JSON.parse(theirs)) ? "same JSON, other bytes" : "NO";
    if (parsed.errors) same = `errors: ${JSON.stringify(parsed.errors)}`;
    if (same !== "yes") failed = true;
    const empty = JSON.stringify(parsed.data).length < 60;
    if (empty) console.warn(`${q.name}: the answer is nearly empty (${JSON.stringify(parsed.data)})`);
    const warmup = Number(values.warmup);
    if (warmup > 0) {
      await load(parleyUrl, bodies, warmup, parley.child.pid!);
      await load(baselineUrl(q), bodies, warmup, baseline.child.pid!);
    }
    const rounds = Number(values.rounds);
    const slice = Number(values.duration) / rounds;
    const [oursRounds, theirsRounds]: Load[][] = [[], []];
    for (let i = 0; i < rounds; i++) {
      oursRounds.push(await load(parleyUrl, bodies, slice, parley.child.pid!));
      theirsRounds.push(await load(baselineUrl(q), bodies, slice, baseline.child.pid!));
    }
    // Each round's ratio against the baseline's round next to it, the median of them: a
    // burst of load elsewhere spoils one round, not the figure.
    const roundRatio = median(oursRounds.map((o, i) => o.rps / theirsRounds[i]!.rps));
    const run = { name: q.name, ours: combine(oursRounds), theirs: combine(theirsRounds), same, bytes: ours.length, roundRatio };
    if (run.ours.failures || run.theirs.failures) failed = true;
    rows.push(run);
    console.log(
      `${q.name}: Parley ${run.ours.rps.toFixed(0)} req/s, baseline ${run.theirs.rps.toFixed(0)} req/s, ratio ${(run.ours.rps / run.theirs.rps).toFixed(2)} (median of rounds ${roundRatio.toFixed(2)}); CPU per request ${cpuMs(run.ours).toFixed(2)} against ${cpuMs(run.theirs).toFixed(2)} ms; same body: ${same}`,
    );
  }
} finally {
  const memEnd = rssMb(parley.child.pid!);
  // Reads answered on the listening thread (PARLEY_LISTENING_READS_MS), as /healthz reports them.
  const health: { listeningReads?: unknown } = await fetch(`http://127.0.0.1:${parley.port}/healthz`).then((r) => r.json(), () => ({}));
  if (health.listeningReads) console.log(`\nParley's listening thread: ${JSON.stringify(health.listeningReads)}`);
  parley.child.kill("SIGTERM");
  baseline.child.kill("SIGTERM");
  console.log(`\nParley server memory (RSS): ${memStart} MB before the loads, ${memEnd} MB after`);
  console.log(`machine load average (1 min): ${loadStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end`);
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`\n${connections} connections, ${values.duration} s per query and side in ${values.rounds} alternating rounds, database ${dbPath}`);
if (variants.size) console.log(`variables varied: ${[...variants.keys()].join(", ")} each ask for ${values.vary} actors or documents in turn (KB: the size of the first answer)`);
console.log(
  `${"query".padEnd(14)} ${pad("stmts", 5)} ${pad("KB", 5)} | ${pad("Parley req/s", 12)} ${pad("p50", 5)} ${pad("p99", 5)} ${pad("CPU", 5)} | ${pad("baseline req/s", 14)} ${pad("p50", 5)} ${pad("p99", 5)} ${pad("CPU", 5)} | ${pad("ratio", 5)} ${pad("rounds", 6)} ${pad("CPU", 5)} | same body`,
);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(14)} ${pad(statements.get(r.name)!, 5)} ${pad((r.bytes / 1024).toFixed(1), 5)} | ${pad(r.ours.rps.toFixed(0), 12)} ${pad(r.ours.p50, 5)} ${pad(r.ours.p99, 5)} ${pad(cpuMs(r.ours).toFixed(2), 5)} | ${pad(r.theirs.rps.toFixed(0), 14)} ${pad(r.theirs.p50, 5)} ${pad(r.theirs.p99, 5)} ${pad(cpuMs(r.theirs).toFixed(2), 5)} | ${pad((r.ours.rps / r.theirs.rps).toFixed(2), 5)} ${pad(r.roundRatio.toFixed(2), 6)} ${pad((cpuMs(r.theirs) / cpuMs(r.ours)).toFixed(2), 5)} | ${r.same}${r.ours.failures + r.theirs.failures ? ` (${r.ours.failures} + ${r.theirs.failures} failed requests)` : ""}`,
  );
}
const geomean = (xs: number[]) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
console.log(
  `geometric mean of the ratios: ${geomean(rows.map((r) => r.ours.rps / r.theirs.rps)).toFixed(2)} (goal >= 0.5 for each query); ` +
    `of the rounds' medians ${geomean(rows.map((r) => r.roundRatio)).toFixed(2)}; of the CPU ratios ${geomean(rows.map((r) => cpuMs(r.theirs) / cpuMs(r.ours))).toFixed(2)}`,
);
console.log(
  "latencies in ms; stmts: SQL statements Parley ran for one request; KB: response size; CPU: the server's CPU ms per request (all threads);\n" +
    "ratio: Parley's req/s over the baseline's; rounds: the median of each round's ratio; CPU: the baseline's CPU per request over Parley's",
);
process.exitCode = failed ? 1 : 0;
