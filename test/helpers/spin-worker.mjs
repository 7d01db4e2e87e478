// A worker for test/hardening/time.test.ts, speaking worker-pool.ts's protocol: each job
// busy-waits `spinMs` (synchronous, like a long SQLite statement), or allocates until the
// heap limit kills the thread, or throws.
import { parentPort, threadId } from "node:worker_threads";

parentPort.on("message", ({ id, payload }) => {
  if (payload.throw) {
    parentPort.postMessage({ id, error: "job failed" });
    return;
  }
  if (payload.allocate) {
    const hoard = [];
    for (;;) hoard.push(new Array(1e6).fill(hoard.length));
  }
  const end = Date.now() + (payload.spinMs ?? 0);
  while (Date.now() < end);
  parentPort.postMessage({ id, result: { threadId, echo: payload.echo } });
});
parentPort.postMessage({ ready: true });
