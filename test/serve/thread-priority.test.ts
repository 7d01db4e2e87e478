// The server's worker threads run at a lower priority than the thread that listens, so that a
// health check is scheduled ahead of the queries it only hands on (src/serve/thread-priority.ts).
import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";

const linux = existsSync("/proc/thread-self");
if (!linux) console.warn("skipping the thread-priority test: /proc/thread-self is absent (not Linux)");

describe.skipIf(!linux)("worker thread priority", () => {
  it("lowers the calling worker thread alone, not the process's main thread", async () => {
    const worker = new Worker(new URL("../helpers/priority-worker.mjs", import.meta.url));
    const report = await new Promise<{ lowered: boolean; expected: number; thread: number; main: number }>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    await worker.terminate();
    expect(report.lowered).toBe(true);
    expect(report.thread).toBe(report.expected);
    expect(report.main).toBeLessThan(report.expected);
  });
});

describe("PARLEY_WORKER_NICE", () => {
  it("defaults to 10 and takes the nice values an unprivileged process may set", async () => {
    const { loadConfig } = await import("../../src/config.js");
    expect(loadConfig({}).workerNice).toBe(10);
    expect(loadConfig({ PARLEY_WORKER_NICE: "0" }).workerNice).toBe(0);
    expect(loadConfig({ PARLEY_WORKER_NICE: "19" }).workerNice).toBe(19);
    expect(() => loadConfig({ PARLEY_WORKER_NICE: "20" })).toThrow(/PARLEY_WORKER_NICE must be between 0 and 19/);
    expect(() => loadConfig({ PARLEY_WORKER_NICE: "-5" })).toThrow(/PARLEY_WORKER_NICE/);
  });
});
