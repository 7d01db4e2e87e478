// A worker for test/hardening/time.test.ts, speaking worker-pool.ts's protocol: each job
// busy-waits `spinMs` in JavaScript, or blocks in native code (a child `sh -c`, like a long
// SQLite statement, which terminate() cannot cut short), or allocates until the heap limit
// kills the thread, or throws.
import { execFileSync } from "node:child_process";
import { parentPort, threadId } from "node:worker_threads";

parentPort.on("message", ({ id, payload }) => {
  if (payload.throw) {
    parentPort.postMessage({ id, error: "job failed" });
    return;
  }
  if (payload.shell) execFileSync("sh", ["-c", payload.shell]);
  if (payload.allocate) {
    const hoard = [];
    for (;;) hoard.push(new Array(1e6).fill(hoard.length));
  }
  const end = Date.now() + (payload.spinMs ?? 0);
  while (Date.now() < end);
  parentPort.postMessage({ id, result: { threadId, echo: payload.echo } });
});
parentPort.postMessage({ ready: true });
