// Red-team load: the pathological requests of the "Nobody can take the server down" issue,
// sent to a server this script starts on a copy of a knowledge base (127.0.0.1 only), while
// it samples the server's resident memory and probes /healthz. Every phase is bounded in
// requests and time. Prints, per phase, the answers (HTTP status × error code) and the
// slowest; then RSS over time and /healthz latency percentiles.
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
import { freePort, rssMb } from "./process.js";

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
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server: ChildProcess = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/serve/main.ts")], {
  cwd: ROOT,
  env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), PARLEY_DB: dbPath, NODE_ENV: "production" },
  stdio: ["ignore", "pipe", "pipe"],
});
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

// ---- probes: memory and /healthz ----------------------------------------------------
const started = Date.now();
const rss: { t: number; mb: number }[] = [];
const sampler = setInterval(() => rss.push({ t: Date.now() - started, mb: rssMb(pid) }), 250);
const health: number[] = [];
/** /healthz latencies of the phase running, by phase name ("idle" before the first). */
const healthByPhase = new Map<string, number[]>();
let currentPhase = "idle";
let healthFailures = 0;
/** The server's own event-loop delay (the listening thread), as /healthz reports it. */
let loopMax = 0;
const loopByPhase = new Map<string, number>();
let probing = true;
const prober = (async () => {
  while (probing) {
    const t = performance.now();
    try {
      const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(10_000) });
      const body = (await res.json()) as { eventLoopDelayMs?: { max: number } };
      const delay = body.eventLoopDelayMs?.max ?? 0;
      loopMax = Math.max(loopMax, delay);
      loopByPhase.set(currentPhase, Math.max(loopByPhase.get(currentPhase) ?? 0, delay));
      if (res.status !== 200) healthFailures++;
      const ms = performance.now() - t;
      health.push(ms);
      if (!healthByPhase.has(currentPhase)) healthByPhase.set(currentPhase, []);
      healthByPhase.get(currentPhase)!.push(ms);
    } catch {
      healthFailures++;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
})();

// An ordinary client meanwhile: GraphiQL's example query, one at a time.
const ordinary = new Map<string, { ms: number[]; failed: number }>();
const ordinaryClient = (async () => {
  const { EXAMPLE_QUERY } = await import("../src/serve/example-query.js");
  const body = JSON.stringify({ query: EXAMPLE_QUERY });
  while (probing) {
    const t = performance.now();
    let ok = false;
    try {
      const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body, signal: AbortSignal.timeout(60_000) });
      ok = res.status === 200 && !((await res.json()) as { errors?: unknown }).errors;
    } catch {
      ok = false;
    }
    if (!ordinary.has(currentPhase)) ordinary.set(currentPhase, { ms: [], failed: 0 });
    const entry = ordinary.get(currentPhase)!;
    entry.ms.push(performance.now() - t);
    if (!ok) entry.failed++;
    await new Promise((r) => setTimeout(r, 200));
  }
})();

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
for (const phase of phases) {
  if (exited) break;
  const before = rssMb(pid);
  if (currentPhase === "idle") await new Promise((r) => setTimeout(r, 3000));
  currentPhase = phase.name;
  const r = await runPhase(phase);
  results.push(r);
  const sorted = [...r.latencies].sort((a, b) => a - b);
  const answers = [...r.answers].map(([k, n]) => `${n}× ${k}`).join(", ");
  console.log(`\n${phase.name}: ${r.sent} requests; ${answers}`);
  const hs = [...(healthByPhase.get(phase.name) ?? [])].sort((a, b) => a - b);
  console.log(`  latency ms p50 ${percentile(sorted, 50).toFixed(0)}, max ${percentile(sorted, 100).toFixed(0)}; RSS ${before} → ${rssMb(pid)} MB`);
  console.log(`  /healthz meanwhile: ${hs.length} probes, p50 ${percentile(hs, 50).toFixed(1)}, p99 ${percentile(hs, 99).toFixed(1)}, max ${percentile(hs, 100).toFixed(1)} ms; the server's event loop waited at most ${loopByPhase.get(phase.name) ?? "?"} ms`);
  const o = ordinary.get(phase.name) ?? { ms: [], failed: 0 };
  const os = [...o.ms].sort((a, b) => a - b);
  console.log(`  an ordinary client meanwhile (the example query): ${os.length} requests, ${o.failed} failed, p50 ${percentile(os, 50).toFixed(0)}, max ${percentile(os, 100).toFixed(0)} ms`);
}

probing = false;
await Promise.all([prober, ordinaryClient]);
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
const idle = [...(healthByPhase.get("idle") ?? [])].sort((a, b) => a - b);
console.log(`/healthz before any attack: ${idle.length} probes, p50 ${percentile(idle, 50).toFixed(1)}, max ${percentile(idle, 100).toFixed(1)} ms`);
const h = [...health].sort((a, b) => a - b);
console.log(
  `/healthz: ${h.length} probes, ${healthFailures} failed; latency ms p50 ${percentile(h, 50).toFixed(1)}, p90 ${percentile(h, 90).toFixed(1)}, p99 ${percentile(h, 99).toFixed(1)}, max ${percentile(h, 100).toFixed(1)}`,
);
console.log(`the listening thread's event loop waited at most ${loopMax} ms (the rest of /healthz latency is CPU shared with this script and the workers)`);
process.exitCode = alive && healthFailures === 0 ? 0 : 1;
