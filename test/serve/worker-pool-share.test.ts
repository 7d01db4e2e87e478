// The worker pool takes jobs from clients in turns and, while another client has been active
// lately, leaves no client every worker: a client flooding long requests cannot make another
// wait behind its queue. Assertions are on the order things happen, not on durations.
import { describe, expect, it } from "vitest";
import { WorkerPool, type Outcome } from "../../src/serve/worker-pool.js";

const SPIN = new URL("../helpers/spin-worker.mjs", import.meta.url);
type Result = { threadId: number; echo?: unknown };
const pool = (size: number, activeWindowMs?: number) => new WorkerPool<Result>({ size, boot: SPIN, heapMb: 256, maxQueue: 100, activeWindowMs });

/** Runs a job and records, in `order`, its label when it settles. */
function tracked(p: WorkerPool<Result>, order: string[], label: string, client: string, spinMs: number): Promise<Outcome<Result>> {
  return p.run({ spinMs, echo: label }, { timeoutMs: null, client }).then((outcome) => {
    order.push(label);
    return outcome;
  });
}

describe("the worker pool's share between clients", () => {
  it("runs another client's job before the rest of a flood queued ahead of it", async () => {
    const p = pool(1);
    try {
      await p.started();
      const order: string[] = [];
      const flood = [1, 2, 3, 4].map((i) => tracked(p, order, `flood-${i}`, "10.0.0.1", 300));
      const other = tracked(p, order, "other", "10.0.0.2", 0);
      await Promise.all([...flood, other]);
      // flood-1 was running when "other" arrived; first come, first served would put it last.
      expect(order).toEqual(["flood-1", "other", "flood-2", "flood-3", "flood-4"]);
    } finally {
      await p.close();
    }
  }, 60_000);

  it("keeps a worker for a client seen lately, so its next job starts while a flood holds the other", async () => {
    const p = pool(2);
    try {
      await p.started();
      const order: string[] = [];
      // The second client asks once: it is now active.
      await tracked(p, order, "other-1", "10.0.0.2", 0);
      const flood = [1, 2, 3].map((i) => tracked(p, order, `flood-${i}`, "10.0.0.1", 1500));
      await new Promise((r) => setTimeout(r, 50));
      // One worker is the flood's, the other kept free.
      expect(p.stats()).toMatchObject({ busy: 1, queued: 2 });
      const other = tracked(p, order, "other-2", "10.0.0.2", 0);
      await other;
      // It did not wait for any of the flood's jobs.
      expect(order).toEqual(["other-1", "other-2"]);
      await Promise.all(flood);
      expect(order.slice(2)).toEqual(["flood-1", "flood-2", "flood-3"]);
    } finally {
      await p.close();
    }
  }, 60_000);

  it("gives a client alone every worker, and all of them again once the others have gone quiet", async () => {
    const p = pool(2, 3000);
    try {
      await p.started();
      const order: string[] = [];
      const alone = [1, 2].map((i) => tracked(p, order, `alone-${i}`, "10.0.0.1", 400));
      await new Promise((r) => setTimeout(r, 50));
      expect(p.stats()).toMatchObject({ busy: 2, queued: 0 });
      await Promise.all(alone);
      await tracked(p, order, "other", "10.0.0.2", 0);
      const again = [1, 2].map((i) => tracked(p, order, `again-${i}`, "10.0.0.1", 200));
      await new Promise((r) => setTimeout(r, 50));
      // "other" asked within the active window: the flood gets one worker…
      expect(p.stats()).toMatchObject({ busy: 1, queued: 1 });
      await Promise.all(again);
      // …and both again after the window, without anyone else asking.
      await new Promise((r) => setTimeout(r, 3200));
      const later = [1, 2].map((i) => tracked(p, order, `later-${i}`, "10.0.0.1", 400));
      await new Promise((r) => setTimeout(r, 50));
      expect(p.stats()).toMatchObject({ busy: 2, queued: 0 });
      await Promise.all(later);
    } finally {
      await p.close();
    }
  }, 60_000);
});
