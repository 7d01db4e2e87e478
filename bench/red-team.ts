// Red-team load: the pathological requests of the "Nobody can take the server down" issue,
// sent to a server this script starts on a copy of a knowledge base (127.0.0.1 only, started
// like `npm start`, from the bundle), while it samples the server's resident memory, probes
// /healthz, and runs a second client (from 127.0.0.2, another client to the server's
// per-address limits) sending GraphiQL's example query; the probes run on a thread of their
// own (red-team-probes.ts). Every phase is bounded in requests and time. Prints, per phase,
// the answers (HTTP status × error code) and their latency; then RSS over time, and per phase
// /healthz latency, the server's event-loop delay, and the second client's wait.
//   npx tsx bench/red-team.ts [--db PATH] [--phase-seconds S] [--memory-requests N]
// Without --db it ingests the Kremlin/Ukraine corpus from ../shared (or, when that is
// absent, the committed slice in test/fixtures/corpus) into a temporary database. The
// server runs with the default configuration; set PARLEY_* in the environment to vary it.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { Worker } from "node:worker_threads";
import { freePort, rssMb } from "./process.js";
import type { ProbeResults } from "./red-team-probes.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = resolve(ROOT, "../shared/corpora/kremlin-and-ukraine-president-press-releases-2021-2022.jsonl.gz");
const SLICE = join(ROOT, "test/fixtures/corpus/kremlin-ukraine-slice.jsonl");

const { values } = parseArgs({
  options: {
    db: { type: "string" },
    "phase-seconds": { type: "string", default: "20" },
    "memory-requests": { type: "string", default: "200" },
  },
});
const PHASE_MS = Number(values["phase-seconds"]) * 1000;
const MEMORY_REQUESTS = Number(values["memory-requests"]);

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN);
const b64 = (s: string) => Buffer.from(s).toString("base64");

// ---- the knowledge base -------------------------------------------------------------
const tmp = mkdtempSync(join(tmpdir(), "parley-red-team-"));
const dbPath = join(tmp, "kb.db");
if (values.db) {
  copyFileSync(values.db, dbPath);
} else {
  const corpus = existsSync(CORPUS) ? CORPUS : SLICE;
  if (corpus === SLICE) console.warn(`${CORPUS} is absent: using the committed slice ${SLICE}`);
  console.log(`ingesting ${corpus} …`);
  const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), "ingest", corpus], {
    cwd: ROOT,
    env: { ...process.env, PARLEY_DB: dbPath },
    stdio: ["ignore", "ignore", "inherit"],
    timeout: 600_000,
  });
  if (r.status !== 0) throw new Error("ingestion failed");
}
const kb = new Database(dbPath, { readonly: true });
const largest = kb.prepare("SELECT id, length(text) + length(raw_text) AS chars FROM documents ORDER BY chars DESC LIMIT 1").get() as { id: number; chars: number };
const documents = (kb.prepare("SELECT count(*) FROM documents").pluck().get() as number) || 1;
kb.close();
console.log(`knowledge base: ${documents} documents; the largest has ${largest.chars} characters of text and raw text`);

// ---- the server ---------------------------------------------------------------------
// Started as `npm start` starts it (bin/parley.mjs: the bundle, whose workers boot without tsx).
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server: ChildProcess = spawn(process.execPath, [join(ROOT, "bin/parley.mjs"), "serve"], {
  cwd: ROOT,
  env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), PARLEY_DB: dbPath, NODE_ENV: "production" },
  stdio: ["ignore", "pipe", "pipe"],
});
// Whatever happens to this script, the server does not outlive it.
process.once("exit", () => server.kill("SIGKILL"));
let serverLog = 0;
server.stderr!.on("data", (chunk: Buffer) => (serverLog += chunk.length));
let exited: string | null = null;
server.once("exit", (code, signal) => (exited = `exited with ${code ?? signal}`));
await new Promise<void>((resolve, reject) => {
  server.stdout!.on("data", (chunk: Buffer) => {
    serverLog += chunk.length;
    if (chunk.toString().includes("serving")) resolve();
  });
  server.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
});
const pid = server.pid!;

// ---- probes: memory, /healthz and a second client -----------------------------------
const started = Date.now();
const rss: { t: number; mb: number }[] = [];
const sampler = setInterval(() => rss.push({ t: Date.now() - started, mb: rssMb(pid) }), 250);
// /healthz and the second client run on a thread of their own: this thread builds 9 MB bodies
// and parses large answers, and its pauses must not count as the server's.
// Workers do not inherit tsx's hooks: the thread registers them, then loads the TypeScript.
const probesBoot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(new URL("./red-team-probes.ts", import.meta.url).href)}); })`;
const probes = new Worker(probesBoot, { eval: true, workerData: { base } });
const setPhase = (name: string) => probes.postMessage({ phase: name });
const probeResults = new Promise<ProbeResults>((resolve) => probes.once("message", resolve));

// ---- phases -------------------------------------------------------------------------
interface Phase {
  name: string;
  requests: number;
  concurrency: number;
  body: (i: number) => string;
}

const aliases = (n: number, field: (i: number) => string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join(" ")} }`;
const nineMb = 9 * 1024 * 1024;
const phases: Phase[] = [
  {
    name: "memory: unique 9 MB unused variable",
    requests: MEMORY_REQUESTS,
    concurrency: 8,
    body: (i) => `{"query":"{ __typename } # ${i % 6}","variables":{"x":"${String(i).padStart(8, "0")}${"x".repeat(nineMb)}"}}`,
  },
  {
    // The largest body a request without the token may send now (PARLEY_MAX_QUERY_BODY_BYTES).
    name: "upload: unique 1.1 MB unused variable",
    requests: MEMORY_REQUESTS * 2,
    concurrency: 8,
    body: (i) => `{"query":"{ __typename } # ${i % 6}","variables":{"x":"${String(i).padStart(8, "0")}${"x".repeat(1024 * 1024 + 100 * 1024)}"}}`,
  },
  {
    name: "large nodes: 1,400 copies of the largest document, text and rawText",
    requests: 40,
    concurrency: 4,
    body: () => JSON.stringify({ query: "query($ids: [ID!]!) { nodes(ids: $ids) { ... on Document { text rawText } } }", variables: { ids: Array.from({ length: 1400 }, () => b64(`Document:${largest.id}`)) } }),
  },
  {
    name: "largest allowed: 20 copies of the largest document, text and rawText",
    requests: 40,
    concurrency: 4,
    body: () => JSON.stringify({ query: "query($ids: [ID!]!) { nodes(ids: $ids) { ... on Document { text rawText } } }", variables: { ids: Array.from({ length: 20 }, () => b64(`Document:${largest.id}`)) } }),
  },
  {
    name: "nested: documents(100) → actors(100) → statements(3)",
    requests: 40,
    concurrency: 4,
    body: () => JSON.stringify({ query: "{ documents(first: 100) { edges { node { actors(first: 100) { edges { node { statements(first: 3) { edges { node { text } } } } } } } } } }" }),
  },
  {
    name: "scans: 20 aliased documents(contains:)",
    requests: 40,
    concurrency: 4,
    body: (i) => JSON.stringify({ query: aliases(20, (a) => `documents(first: 100, contains: "e${i}${a}") { totalCount edges { node { title actors(first: 20) { edges { node { name } } } } } }`) }),
  },
  {
    name: "search: 20 aliased search(first: 100)",
    requests: 40,
    concurrency: 4,
    body: (i) => JSON.stringify({ query: aliases(20, (a) => `search(query: "the president of Russia ${i} ${a}", first: 100) { edges { node { score snippet } } }`) }),
  },
  {
    name: "search: wildcard and OR terms",
    requests: 40,
    concurrency: 4,
    body: (i) => JSON.stringify({ query: aliases(20, (a) => `search(query: "a${(i + a) % 10}* OR the OR of OR and", first: 100) { edges { node { score snippet } } }`) }),
  },
];

interface PhaseResult {
  name: string;
  sent: number;
  answers: Map<string, number>;
  latencies: number[];
}

async function runPhase(phase: Phase): Promise<PhaseResult> {
  const result: PhaseResult = { name: phase.name, sent: 0, answers: new Map(), latencies: [] };
  const deadline = Date.now() + PHASE_MS;
  let next = 0;
  const one = async () => {
    while (next < phase.requests && Date.now() < deadline && !exited) {
      const i = next++;
      result.sent++;
      const t = performance.now();
      let answer: string;
      try {
        const res = await fetch(`${base}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json" },
          body: phase.body(i),
          signal: AbortSignal.timeout(60_000),
        });
        const text = await res.text();
        let code = "data";
        try {
          const json = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
          if (json.errors?.length) code = String(json.errors[0]!.extensions?.code ?? "error");
        } catch {
          code = "not JSON";
        }
        answer = `${res.status} ${code}${code === "data" ? ` (${(text.length / 1e6).toFixed(1)} MB)` : ""}`;
      } catch (error) {
        answer = `no answer (${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)})`.slice(0, 80);
      }
      result.latencies.push(performance.now() - t);
      const key = answer.replace(/\(\d+\.\d MB\)/, "");
      result.answers.set(key, (result.answers.get(key) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: phase.concurrency }, one));
  return result;
}

const results: PhaseResult[] = [];
await new Promise((r) => setTimeout(r, 3000));
for (const phase of phases) {
  if (exited) break;
  const before = rssMb(pid);
  setPhase(phase.name);
  const r = await runPhase(phase);
  results.push(r);
  const sorted = [...r.latencies].sort((a, b) => a - b);
  const answers = [...r.answers].map(([k, n]) => `${n}× ${k}`).join(", ");
  console.log(`\n${phase.name}: ${r.sent} requests; ${answers}`);
  console.log(`  latency ms p50 ${percentile(sorted, 50).toFixed(0)}, max ${percentile(sorted, 100).toFixed(0)}; RSS ${before} → ${rssMb(pid)} MB`);
}
setPhase("after");
await new Promise((r) => setTimeout(r, 1000));
probes.postMessage({ stop: true });
const probed = await probeResults;
await probes.terminate();
clearInterval(sampler);
const alive = !exited;
server.kill("SIGTERM");
rmSync(tmp, { recursive: true, force: true });

// ---- report ---------------------------------------------------------------------------
const mbs = rss.map((s) => s.mb).filter(Number.isFinite);
console.log(`\nserver: ${alive ? "alive at the end" : `DIED (${exited})`}; ${(serverLog / 1024).toFixed(0)} KB of log`);
console.log(`RSS MB: start ${mbs[0]}, max ${Math.max(...mbs)}, end ${mbs[mbs.length - 1]}`);
const perSecond: string[] = [];
for (let s = 0; s * 1000 <= (rss[rss.length - 1]?.t ?? 0); s += 5) {
  const sample = rss.find((x) => x.t >= s * 1000);
  if (sample) perSecond.push(`${s}s ${sample.mb}`);
}
console.log(`RSS every 5 s: ${perSecond.join(", ")}`);
const fmt = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return `${sorted.length} probes, p50 ${percentile(sorted, 50).toFixed(1)}, p99 ${percentile(sorted, 99).toFixed(1)}, max ${percentile(sorted, 100).toFixed(1)} ms`;
};
console.log("\nper phase: /healthz latency | the server's event-loop delay (max) | a second client sending GraphiQL's example query, one at a time");
for (const [phase, p] of Object.entries(probed.byPhase)) {
  const over = p.second.filter((ms) => ms > 2000).length;
  console.log(`  ${phase}\n    /healthz ${fmt(p.health)} | loop ${p.loopMax} ms | second client ${fmt(p.second).replace("probes", "requests")}, ${p.secondFailed} failed, ${over} over 2 s`);
}
const attack = Object.entries(probed.byPhase).filter(([phase]) => phase !== "idle" && phase !== "after");
const allHealth = attack.flatMap(([, p]) => p.health);
const allSecond = attack.flatMap(([, p]) => p.second);
console.log(`/healthz during the attacks: ${fmt(allHealth)}; ${probed.healthFailures} failed`);
console.log(`second client during the attacks: ${fmt(allSecond).replace("probes", "requests")}; ${allSecond.filter((ms) => ms > 2000).length} over 2 s, ${attack.reduce((n, [, p]) => n + p.secondFailed, 0)} failed`);
console.log(`the listening thread's event loop waited at most ${Math.max(0, ...attack.map(([, p]) => p.loopMax))} ms during the attacks`);
process.exitCode = alive && probed.healthFailures === 0 ? 0 : 1;
