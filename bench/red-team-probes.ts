// The probes of bench/red-team.ts, on a thread of their own: /healthz every 50 ms, and a
// second client sending GraphiQL's example query one at a time, 200 ms apart. Results are
// kept by the phase the main thread announces, and posted back once on { stop }.
//
// The second client connects from 127.0.0.2 (all of 127.0.0.0/8 is loopback on Linux) and
// the attacks from 127.0.0.1, so the server's per-client limits see two clients, as they
// would see two machines.
import { request } from "node:http";
import { parentPort, workerData } from "node:worker_threads";
import { EXAMPLE_QUERY } from "../src/serve/example-query.js";

export interface PhaseProbes {
  health: number[];
  loopMax: number;
  second: number[];
  secondFailed: number;
}

export interface ProbeResults {
  byPhase: Record<string, PhaseProbes>;
  healthFailures: number;
}

const { base } = workerData as { base: string };
const url = new URL(base);
let phase = "idle";
let running = true;
const byPhase: Record<string, PhaseProbes> = {};
let healthFailures = 0;
const entry = () => (byPhase[phase] ??= { health: [], loopMax: 0, second: [], secondFailed: 0 });

/** One request on a fresh connection from `localAddress`; status and body. */
function send(path: string, localAddress: string, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: body === undefined ? "GET" : "POST",
        localAddress,
        headers: body === undefined ? {} : { "content-type": "application/json", accept: "application/json", "content-length": Buffer.byteLength(body) },
        timeout: 60_000,
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(body);
  });
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function probeHealth(): Promise<void> {
  while (running) {
    const t = performance.now();
    try {
      const { status, text } = await send("/healthz", "127.0.0.1");
      const ms = performance.now() - t;
      const e = entry();
      e.health.push(ms);
      e.loopMax = Math.max(e.loopMax, (JSON.parse(text) as { eventLoopDelayMs?: { max: number } }).eventLoopDelayMs?.max ?? 0);
      if (status !== 200) healthFailures++;
    } catch {
      healthFailures++;
    }
    await pause(50);
  }
}

async function secondClient(): Promise<void> {
  const body = JSON.stringify({ query: EXAMPLE_QUERY });
  while (running) {
    const t = performance.now();
    let ok = false;
    try {
      const { status, text } = await send("/graphql", "127.0.0.2", body);
      ok = status === 200 && !(JSON.parse(text) as { errors?: unknown }).errors;
    } catch {
      ok = false;
    }
    const e = entry();
    e.second.push(performance.now() - t);
    if (!ok) e.secondFailed++;
    await pause(200);
  }
}

parentPort!.on("message", (message: { phase?: string; stop?: true }) => {
  if (message.phase) phase = message.phase;
  if (message.stop) running = false;
});
await Promise.all([probeHealth(), secondClient()]);
parentPort!.postMessage({ byPhase, healthFailures } satisfies ProbeResults);
