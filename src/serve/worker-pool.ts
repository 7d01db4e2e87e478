// Worker threads that each run one job at a time, with a deadline per job. SQLite work is
// synchronous (better-sqlite3 has no progress handler to interrupt a statement), so the only
// way to stop a request that runs too long is to stop its thread: the job's worker is
// terminated and a fresh one started. One job per worker means a termination fails nobody
// else. Workers have their own V8 heap limit, so a job that needs too much memory kills its
// worker, not the process.
//
// Jobs wait in a FairQueue, by client, and while other clients have been active lately no
// client holds every worker: one is kept for the others (ACTIVE_WINDOW_MS), so a client
// whose requests all run to their deadline delays another's by one worker start at most,
// instead of by the deadline of each request queued ahead.
//
// Protocol: a worker posts { ready: true } once it can take jobs, then answers each
// { id, payload } with { id, result } or { id, error }.
import { Worker } from "node:worker_threads";
import { FairQueue } from "./fair-queue.js";

export type Outcome<R> =
  | { kind: "done"; result: R }
  /** The job ran past its deadline; its worker was terminated. */
  | { kind: "timeout" }
  /** The worker died under the job (out of memory, a crash), or the job threw. */
  | { kind: "failed"; outOfMemory: boolean; message: string }
  /** Too many jobs waiting, or the pool is closing. */
  | { kind: "busy" };

export interface PoolOptions {
  size: number;
  /** The worker's entry point. */
  boot: URL;
  workerData?: unknown;
  heapMb: number;
  /** Jobs that may wait for a worker; more are answered `busy`. */
  maxQueue: number;
  /** How long a client counts as active after asking (default ACTIVE_WINDOW_MS). */
  activeWindowMs?: number;
  /** Called with what a worker reports outside jobs (a failed start, say). */
  onWorkerError?: (error: Error) => void;
}

interface Job<R> {
  id: number;
  client: string;
  payload: unknown;
  transfer: ArrayBuffer[];
  timeoutMs: number | null;
  settle(outcome: Outcome<R>): void;
}

interface Slot<R> {
  worker: Worker;
  ready: boolean;
  job: Job<R> | null;
  timer: NodeJS.Timeout | null;
  /** Set once the slot is being replaced: it takes no more jobs. */
  retired: boolean;
}

// A worker that dies before it is ready is restarted after this pause, so a broken start
// (a database that cannot be opened) does not spin.
const RESTART_PAUSE_MS = 1000;
/** A client that asked within this long counts as active: the others leave it a worker. */
export const ACTIVE_WINDOW_MS = 10_000;

export interface RunOptions {
  /** null: no deadline. */
  timeoutMs: number | null;
  transfer?: ArrayBuffer[];
  /** Whose job it is (an address): jobs are taken from clients in turns. */
  client?: string;
}

export class WorkerPool<R> {
  private readonly slots = new Set<Slot<R>>();
  private readonly queue = new FairQueue<Job<R>>();
  /** Jobs executing, by client. */
  private readonly held = new Map<string, number>();
  /** Workers terminated at a job's deadline and not gone yet, by the job's client. */
  private readonly stopping = new Map<string, number>();
  /** When each client last asked, least recent first, within ACTIVE_WINDOW_MS. */
  private readonly lastSeen = new Map<string, number>();
  private wakeTimer: NodeJS.Timeout | null = null;
  private nextId = 1;
  private closed = false;
  /** Workers terminated at a deadline that have not exited yet. */
  private terminating = 0;
  private readonly activeWindowMs: number;
  private readonly firstReady: Promise<void>;
  private resolveFirstReady!: () => void;
  private rejectFirstReady!: (error: Error) => void;

  constructor(private readonly options: PoolOptions) {
    if (options.size < 1) throw new Error("a pool needs at least one worker");
    this.activeWindowMs = options.activeWindowMs ?? ACTIVE_WINDOW_MS;
    this.firstReady = new Promise((resolve, reject) => {
      this.resolveFirstReady = resolve;
      this.rejectFirstReady = reject;
    });
    // A failed start is reported through started(); never an unhandled rejection.
    this.firstReady.catch(() => {});
    for (let i = 0; i < options.size; i++) this.spawn();
  }

  /** Resolves once every worker of the first batch is ready; rejects if one fails to start. */
  async started(): Promise<void> {
    await this.firstReady;
  }

  /** Runs a job on the next free worker, in its client's turn. */
  run(payload: unknown, { timeoutMs, transfer = [], client = "" }: RunOptions): Promise<Outcome<R>> {
    if (this.closed || this.queue.size >= this.options.maxQueue) return Promise.resolve({ kind: "busy" });
    this.seen(client, Date.now());
    return new Promise((settle) => {
      this.queue.push(client, { id: this.nextId++, client, payload, transfer, timeoutMs, settle });
      this.dispatch();
    });
  }

  stats(): { workers: number; ready: number; busy: number; queued: number } {
    const live = [...this.slots].filter((s) => !s.retired);
    return { workers: live.length, ready: live.filter((s) => s.ready).length, busy: live.filter((s) => s.job).length, queued: this.queue.size };
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    for (const job of this.queue.drain()) job.settle({ kind: "busy" });
    await Promise.all([...this.slots].map((slot) => this.retire(slot)));
  }

  private spawn(): void {
    const worker = new Worker(this.options.boot, { workerData: this.options.workerData, resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb } });
    const slot: Slot<R> = { worker, ready: false, job: null, timer: null, retired: false };
    this.slots.add(slot);
    let failure: Error | null = null;
    worker.on("message", (message: { ready?: true; id?: number; result?: R; error?: string }) => {
      if (message.ready) {
        slot.ready = true;
        if (this.stats().ready === this.options.size) this.resolveFirstReady();
      } else if (slot.job && message.id === slot.job.id) {
        this.finish(slot, message.error === undefined ? { kind: "done", result: message.result as R } : { kind: "failed", outOfMemory: false, message: message.error });
      }
      this.dispatch();
    });
    worker.on("error", (error: Error & { code?: string }) => {
      failure = error;
      if (slot.job) this.finish(slot, { kind: "failed", outOfMemory: error.code === "ERR_WORKER_OUT_OF_MEMORY", message: error.message });
    });
    worker.on("exit", () => {
      const wasReady = slot.ready;
      this.slots.delete(slot);
      if (slot.job) this.finish(slot, this.closed ? { kind: "busy" } : { kind: "failed", outOfMemory: false, message: "the worker stopped" });
      if (this.closed || slot.retired) return;
      // Died on its own: replace it.
      if (!wasReady) {
        const error = failure ?? new Error("a worker stopped before it was ready");
        this.rejectFirstReady(error);
        this.options.onWorkerError?.(error);
        setTimeout(() => !this.closed && this.spawn(), RESTART_PAUSE_MS).unref();
      } else {
        this.spawn();
      }
    });
  }

  private dispatch(): void {
    const now = Date.now();
    const share = this.shareRule(now);
    for (const slot of this.slots) {
      if (!this.queue.size) return;
      if (!slot.ready || slot.job || slot.retired) continue;
      const job = this.queue.take(share);
      if (!job) {
        // Free workers, but every waiting client holds its share: look again when the
        // others' activity expires and the share grows.
        this.wakeAt(this.shareGrowsAt());
        return;
      }
      slot.job = job;
      this.held.set(job.client, (this.held.get(job.client) ?? 0) + 1);
      if (job.timeoutMs !== null) slot.timer = setTimeout(() => this.expire(slot), job.timeoutMs);
      slot.worker.postMessage({ id: job.id, payload: job.payload }, job.transfer);
    }
  }

  /**
   * Whether a client may take one more worker: always while it is the only client active,
   * otherwise while it holds fewer than all workers but one (any, with a single worker).
   */
  private shareRule(now: number): (client: string) => boolean {
    this.prune(now);
    const active = this.lastSeen.size;
    const shared = Math.max(1, this.options.size - 1);
    return (client) => {
      const held = this.held.get(client) ?? 0;
      if (active === 0 || (active === 1 && this.lastSeen.has(client))) return held < this.options.size;
      return held + (this.stopping.get(client) ?? 0) < shared;
    };
  }

  /** When the least recently active client stops counting as active. */
  private shareGrowsAt(): number {
    for (const at of this.lastSeen.values()) return at + this.activeWindowMs;
    return Infinity;
  }

  private wakeAt(time: number): void {
    if (this.wakeTimer || !Number.isFinite(time)) return;
    this.wakeTimer = setTimeout(() => {
      this.wakeTimer = null;
      this.dispatch();
    }, Math.max(1, time - Date.now()));
    this.wakeTimer.unref();
  }

  private seen(client: string, now: number): void {
    // Re-inserted so the map stays in order of last activity: prune() stops at the first recent one.
    this.lastSeen.delete(client);
    this.lastSeen.set(client, now);
  }

  /** Forgets the clients that have not asked within the active window. */
  private prune(now: number): void {
    for (const [client, at] of this.lastSeen) {
      if (now - at < this.activeWindowMs) return;
      this.lastSeen.delete(client);
    }
  }

  private finish(slot: Slot<R>, outcome: Outcome<R>): void {
    const job = slot.job;
    if (!job) return;
    slot.job = null;
    count(this.held, job.client, -1);
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    job.settle(outcome);
  }

  /**
   * A job past its deadline: answered now, its worker terminated. Termination takes effect
   * when the worker's running SQLite statement returns (V8 cannot stop native code), so the
   * replacement starts at once unless as many workers as the pool holds are still winding
   * down; then it waits for this one to be gone, which bounds the threads at twice the size.
   * Until the worker is gone its statement still takes a core, and while others are active
   * the job's client is charged for it as for a worker it holds: a client whose requests
   * all run to the deadline cannot take the worker kept for the others meanwhile.
   */
  private expire(slot: Slot<R>): void {
    const client = slot.job?.client ?? "";
    this.finish(slot, { kind: "timeout" });
    count(this.stopping, client, 1);
    const respawn = () => !this.closed && this.spawn();
    const stopping = this.terminating;
    this.terminating++;
    const gone = this.retire(slot).finally(() => {
      this.terminating--;
      count(this.stopping, client, -1);
      this.dispatch();
    });
    if (stopping < this.options.size) respawn();
    else void gone.then(respawn);
  }

  private async retire(slot: Slot<R>): Promise<void> {
    slot.retired = true;
    await slot.worker.terminate();
  }
}

/** Adds `delta` to a client's count; a client at 0 leaves the map. */
function count(map: Map<string, number>, client: string, delta: number): void {
  const n = (map.get(client) ?? 0) + delta;
  if (n > 0) map.set(client, n);
  else map.delete(client);
}
