// A worker thread of the server (worker-pool.ts): its own database connection and
// application, answering one HTTP request at a time for the thread that listens
// (pooled-handler.ts). Requests and responses cross as plain data, bodies transferred.
// A request yoga answered as a compiled read is answered again without yoga (read-replay.ts).
import { parentPort, workerData } from "node:worker_threads";
import type { Config } from "../config.js";
import { openDatabase } from "../store/db.js";
import { createApp } from "./app.js";
import { ReadReplay, replayingHandler, type ReplayRequest, type ReplayResponse } from "./read-replay.js";
import { lowerThisThreadPriority } from "./thread-priority.js";

export type WireRequest = ReplayRequest;
export type WireResponse = ReplayResponse;

if (!parentPort) throw new Error("app-worker.ts runs as a worker thread");
const port = parentPort;
const { config } = workerData as { config: Config };
lowerThisThreadPriority(config.workerNice);
const db = openDatabase(config.dbPath, { sqlStats: config.sqlStats });
const answer = replayingHandler(createApp({ db, config }), new ReadReplay(db, config));

port.on("message", async ({ id, payload }: { id: number; payload: WireRequest }) => {
  try {
    const result = await answer(payload);
    port.postMessage({ id, result }, [result.body]);
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage({ ready: true });
