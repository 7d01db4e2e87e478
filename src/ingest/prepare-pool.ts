// A small pool of worker threads that clean and extract documents, so that the CPU-heavy
// half of ingestion uses the other cores while the main thread writes to SQLite.
import { Worker } from "node:worker_threads";
import type { SourceDocument } from "../source/types.js";
import type { PreparedDocument } from "./prepare-document.js";
import type { PrepareRequest, PrepareResponse } from "./prepare-worker.js";

export interface PreparedWithWords {
  prepared: PreparedDocument;
  /** Whitespace-separated words of the raw text, for throughput figures. */
  words: number;
}

interface Job {
  resolve(value: PreparedWithWords): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
}

const BOOT = new URL("./prepare-worker-boot.mjs", import.meta.url);

/**
 * Old-space limit of a prepare worker. V8 otherwise sizes it from the machine's memory and
 * collects lazily, so each worker's heap grew with the garbage of tagging and extraction (a full
 * White House ingest peaked at 1.15 GB RSS); one document's extraction needs far less.
 */
const WORKER_HEAP_MB = 256;

export class PreparePool {
  private slots: Slot[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly size: number) {
    if (size < 1) throw new Error("a pool needs at least one worker");
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(BOOT, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }), jobs: new Map() };
    slot.worker.on("message", (response: PrepareResponse) => {
      const job = slot.jobs.get(response.id);
      if (!job) return;
      slot.jobs.delete(response.id);
      if (response.ok) job.resolve({ prepared: response.prepared, words: response.words });
      else job.reject(new Error(response.error));
    });
    // A worker that dies (out of memory, a crash in the extractor) fails only the documents
    // it held; a fresh worker takes its place.
    const fail = (error: Error) => {
      for (const job of slot.jobs.values()) job.reject(error);
      slot.jobs.clear();
      const index = this.slots.indexOf(slot);
      if (index >= 0 && !this.closed) this.slots[index] = this.spawn();
    };
    slot.worker.on("error", fail);
    slot.worker.on("exit", (code) => {
      if (!this.closed) fail(new Error(`prepare worker exited with code ${code}`));
    });
    return slot;
  }

  prepare(source: SourceDocument): Promise<PreparedWithWords> {
    if (this.closed) return Promise.reject(new Error("pool is closed"));
    let slot = this.slots[0]!;
    for (const s of this.slots) if (s.jobs.size < slot.jobs.size) slot = s;
    const id = this.nextId++;
    return new Promise<PreparedWithWords>((resolve, reject) => {
      slot.jobs.set(id, { resolve, reject });
      slot.worker.postMessage({ id, source } satisfies PrepareRequest);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
