// A worker thread of the server (worker-pool.ts): its own database connection and
// application, answering one HTTP request at a time for the thread that listens
// (pooled-handler.ts). Requests and responses cross as plain data, bodies transferred.
import { parentPort, workerData } from "node:worker_threads";
import type { Config } from "../config.js";
import { openDatabase } from "../store/db.js";
import { createApp } from "./app.js";
import { lowerThisThreadPriority } from "./thread-priority.js";

export interface WireRequest {
  method: string;
  url: string;
  headers: [string, string][];
  body: ArrayBuffer | null;
}

export interface WireResponse {
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

if (!parentPort) throw new Error("app-worker.ts runs as a worker thread");
const port = parentPort;
const { config } = workerData as { config: Config };
lowerThisThreadPriority(config.workerNice);
const db = openDatabase(config.dbPath, { sqlStats: config.sqlStats });
const app = createApp({ db, config });

port.on("message", async ({ id, payload }: { id: number; payload: WireRequest }) => {
  try {
    const response = await app.fetch(payload.url, { method: payload.method, headers: payload.headers, body: payload.body });
    // A copy of its own: the buffer a response hands out may sit in a shared pool, which
    // cannot be transferred.
    const body = new Uint8Array(await response.arrayBuffer()).slice().buffer;
    const result: WireResponse = { status: response.status, headers: [...response.headers], body };
    port.postMessage({ id, result }, [body]);
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage({ ready: true });
