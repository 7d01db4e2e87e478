// Finding "time": SQLite work is synchronous, so one long request held the only thread and
// /healthz with it. Requests now execute in worker threads (PARLEY_WORKERS) with a deadline
// (PARLEY_QUERY_TIMEOUT_MS): past it the worker is terminated, the request gets 504
// QUERY_TIMEOUT, and a fresh worker takes its place; the listening thread answers /healthz.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { startServer, type RunningServer } from "../../src/serve/main.js";
import { WorkerPool } from "../../src/serve/worker-pool.js";
import { openDatabase } from "../../src/store/db.js";
import { fingerprint } from "../../src/store/fingerprint.js";
import { storeDocument } from "../../src/store/store-document.js";
import { tempDir } from "../helpers/corpus.js";

const SPIN = new URL("../helpers/spin-worker.mjs", import.meta.url);
const spinPool = (size: number, extra: { heapMb?: number; maxQueue?: number } = {}) =>
  new WorkerPool<{ threadId: number; echo?: unknown }>({ size, boot: SPIN, heapMb: extra.heapMb ?? 256, maxQueue: extra.maxQueue ?? 100 });

describe("the worker pool", () => {
  it("stops a job past its deadline, fails nobody else, and goes on with a fresh worker", async () => {
    const pool = spinPool(2);
    try {
      await pool.started();
      const long = pool.run({ spinMs: 20_000 }, { timeoutMs: 200 });
      const other = pool.run({ spinMs: 400, echo: "other" }, { timeoutMs: 10_000 });
      expect(await long).toEqual({ kind: "timeout" });
      const done = await other;
      expect(done).toMatchObject({ kind: "done", result: { echo: "other" } });
      // Both workers take jobs again, the terminated one replaced.
      const next = await Promise.all([pool.run({ echo: 1 }, { timeoutMs: 30_000 }), pool.run({ echo: 2 }, { timeoutMs: 30_000 })]);
      expect(next.map((o) => o.kind)).toEqual(["done", "done"]);
      expect(pool.stats()).toMatchObject({ workers: 2, busy: 0, queued: 0 });
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("replaces a worker stuck in native code at once, without waiting for it to stop", async () => {
    const pool = spinPool(1);
    const marker = join(tempDir("parley-pool-"), "unblocked");
    try {
      await pool.started();
      // terminate() takes effect only when the native call returns: 3 s from now.
      expect(await pool.run({ shell: `sleep 3; touch ${marker}` }, { timeoutMs: 200 })).toEqual({ kind: "timeout" });
      expect(await pool.run({ echo: "fresh" }, { timeoutMs: 30_000 })).toMatchObject({ kind: "done", result: { echo: "fresh" } });
      expect(existsSync(marker)).toBe(false);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("lets a job without a deadline run as long as it takes", async () => {
    const pool = spinPool(1);
    try {
      await pool.started();
      expect(await pool.run({ spinMs: 600, echo: "slow" }, { timeoutMs: null })).toMatchObject({ kind: "done", result: { echo: "slow" } });
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("contains a job that runs out of memory to its worker", async () => {
    const pool = spinPool(1, { heapMb: 32 });
    try {
      await pool.started();
      expect(await pool.run({ allocate: true }, { timeoutMs: 30_000 })).toMatchObject({ kind: "failed", outOfMemory: true });
      expect(await pool.run({ echo: "after" }, { timeoutMs: 30_000 })).toMatchObject({ kind: "done", result: { echo: "after" } });
      expect(await pool.run({ throw: true }, { timeoutMs: 30_000 })).toMatchObject({ kind: "failed", outOfMemory: false, message: "job failed" });
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("answers `busy` beyond its queue", async () => {
    const pool = spinPool(1, { maxQueue: 1 });
    try {
      await pool.started();
      const running = pool.run({ spinMs: 300 }, { timeoutMs: null });
      await new Promise((r) => setTimeout(r, 50));
      const queued = pool.run({ echo: "queued" }, { timeoutMs: null });
      expect(await pool.run({ echo: "third" }, { timeoutMs: null })).toEqual({ kind: "busy" });
      expect((await running).kind).toBe("done");
      expect(await queued).toMatchObject({ kind: "done", result: { echo: "queued" } });
    } finally {
      await pool.close();
    }
  }, 60_000);
});

it("serves an in-memory database from the listening thread: workers would each open an empty one", async () => {
  const running = await startServer(loadConfig({ PARLEY_DB: ":memory:", PORT: "0", PARLEY_WORKERS: "2" }));
  try {
    expect(running.workers).toBe(0);
    const res = await fetch(`http://127.0.0.1:${running.port}/graphql?query=${encodeURIComponent("{ documents { totalCount } }")}`, { headers: { accept: "application/json" } });
    expect((await res.json()).data.documents.totalCount).toBeGreaterThan(0);
  } finally {
    await running.close();
  }
}, 60_000);

describe("the server with workers", () => {
  const TOKEN = "time-test-token";
  let server: RunningServer;
  let base: string;

  beforeAll(async () => {
    // A document of two million `a`: `contains` with a long run of `a` then `b` makes SQLite's
    // LIKE compare at every position, a second or more of synchronous work.
    const path = join(tempDir("parley-time-"), "kb.db");
    const db = openDatabase(path);
    const text = "a".repeat(2_000_000);
    storeDocument(db, { slug: "long", title: "Long", url: null, publisher: null, author: null, publishedAt: null, rawText: text, text, fingerprint: fingerprint(text) }, { actors: [], statements: [], engagements: [] });
    db.$client.close();
    const config = loadConfig({ PARLEY_DB: path, PORT: "0", PARLEY_WORKERS: "2", PARLEY_QUERY_TIMEOUT_MS: "300", PARLEY_API_TOKEN: TOKEN });
    server = await startServer(config);
    base = `http://127.0.0.1:${server.port}`;
  }, 120_000);

  afterAll(async () => {
    await server?.close();
  });

  const slow = (headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...headers },
      body: JSON.stringify({
        query: `query ($p: String!) { ${Array.from({ length: 10 }, (_, i) => `a${i}: documents(contains: $p) { totalCount }`).join(" ")} }`,
        variables: { p: `${"a".repeat(100)}b` },
      }),
    });

  it("answers /healthz while a request runs, stops the request at its deadline, and goes on", async () => {
    const running = slow().then(async (res) => ({ at: "query", status: res.status, body: await res.json() }));
    await new Promise((r) => setTimeout(r, 100));
    const health = fetch(`${base}/healthz`).then(async (res) => ({ at: "health", status: res.status, body: await res.json() }));
    const first = await Promise.race([running, health]);
    expect(first.at).toBe("health");
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: "ok", workers: { workers: 2 } });
    const stopped = await running;
    expect(stopped.status).toBe(504);
    expect(stopped.body.errors[0].extensions.code).toBe("QUERY_TIMEOUT");
    expect(stopped.body.errors[0].message).toMatch(/PARLEY_QUERY_TIMEOUT_MS=300/);
    // The stopped worker is replaced; on a loaded machine its successor may start after a first
    // request's deadline, so "goes on" allows a few tries.
    let after!: Response;
    for (let i = 0; i < 20; i++) {
      after = await fetch(`${base}/graphql?query=${encodeURIComponent("{ documents { totalCount } }")}`, { headers: { accept: "application/json" } });
      if (after.status === 200) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(after.status).toBe(200);
    expect((await after.json()).data.documents.totalCount).toBe(1);
  }, 60_000);

  it("serves GraphiQL's page past the query deadline: its first rendering in a worker takes longer", async () => {
    // Loading, rendering and compressing the 9 MB page takes over the 300 ms deadline here.
    const page = await fetch(`${base}/graphql`, { headers: { accept: "text/html", "accept-encoding": "br" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("YogaGraphiQL");
    // An HTML GET elsewhere is no way around the deadline for a query.
    const query = encodeURIComponent(`{ documents(contains: "${"a".repeat(100)}b") { totalCount } a: documents(contains: "${"a".repeat(100)}b") { totalCount } }`);
    expect((await fetch(`${base}/elsewhere?query=${query}`, { headers: { accept: "text/html" } })).status).not.toBe(200);
  }, 60_000);

  it("gives a curator's request (the API token) no deadline", async () => {
    const res = await slow({ authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(200);
    expect((await res.json()).data.a0.totalCount).toBe(0);
  }, 60_000);
});
