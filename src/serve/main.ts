// `npm start`: open (and migrate) the database, seed it on first start, then listen.
// With PARLEY_WORKERS ≥ 1 (the default) requests execute in worker threads with a deadline
// (pooled-handler.ts) and this thread only listens; with 0 they execute on this thread.
import { createServer, type RequestListener, type Server } from "node:http";
import { loadConfig, type Config } from "../config.js";
import { seedIfEmpty } from "../ingest/seed.js";
import { openDatabase, type Db } from "../store/db.js";
import { Admission, withAdmission } from "./admission.js";
import type { WireResponse } from "./app-worker.js";
import { clientAddressOf } from "./client-address.js";
import type { ListeningReads } from "./listening-reads.js";
import { pooledHandler } from "./pooled-handler.js";
import { WorkerPool } from "./worker-pool.js";

/** Jobs that may wait for a worker before requests are answered 503 SERVER_BUSY. */
const MAX_QUEUED_REQUESTS = 1000;

export interface RunningServer {
  server: Server;
  port: number;
  /** Worker threads executing requests; 0 when they execute on the listening thread. */
  workers: number;
  close(): Promise<void>;
}

/** Starts the server of `config` (listening on config.host:config.port; port 0 picks one). */
export async function startServer(config: Config): Promise<RunningServer> {
  // First: a malformed PARLEY_TRUST_PROXY is refused before anything is opened.
  const clientAddress = clientAddressOf(config.trustProxy);
  const admission = new Admission(config.admission);
  const db = openDatabase(config.dbPath, { sqlStats: config.sqlStats });
  const added = seedIfEmpty(db);
  if (added) console.log(`seeded ${added} documents into ${config.dbPath}`);
  let pool: WorkerPool<WireResponse> | null = null;
  let handler: RequestListener;
  // Each worker opens the database by its path: an in-memory database would be a new, empty
  // one in every worker, so it is served from this thread.
  const workers = config.dbPath === ":memory:" ? 0 : config.workers;
  if (workers > 0) {
    pool = new WorkerPool<WireResponse>({
      size: workers,
      boot: new URL("./app-worker-boot.mjs", import.meta.url),
      workerData: { config },
      heapMb: config.workerHeapMb,
      maxQueue: MAX_QUEUED_REQUESTS,
      onWorkerError: (error) => console.error(`a server worker failed to start: ${error.message.slice(0, 200)}`),
    });
    await pool.started().catch(async (error: unknown) => {
      await pool!.close();
      db.$client.close();
      throw error;
    });
    handler = pooledHandler({ db, pool, config, admission, clientAddress, listening: await listeningReads(db, config) });
  } else {
    // Imported only here: the schema and yoga are the workers' business otherwise.
    const { createApp } = await import("./app.js");
    handler = withAdmission(createApp({ db, config }), { admission, clientAddress, apiToken: config.apiToken });
  }
  const server = createServer(handler);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, config.host, () => resolve());
    });
  } catch (err) {
    // A port in use, say: the caller reports it; nothing is left open.
    await pool?.close();
    db.$client.close();
    throw err;
  }
  // The port actually bound: PORT=0 picks a free one.
  const port = (server.address() as { port: number }).port;
  return {
    server,
    port,
    workers,
    close: () => closeAll(server, pool, db),
  };
}

/** Bound reads on the listening thread when PARLEY_LISTENING_READS_MS asks for them (the schema loaded here only then). */
async function listeningReads(db: Db, config: Config): Promise<ListeningReads | null> {
  if (!config.listeningReadsMs) return null;
  const [{ schema }, { ListeningReads }] = await Promise.all([import("../graph/schema.js"), import("./listening-reads.js")]);
  return new ListeningReads(db, schema, { thresholdMs: config.listeningReadsMs, maxResponseBytes: config.maxResponseBytes, maxVariablesBytes: config.maxVariablesBytes });
}

async function closeAll(server: Server, pool: WorkerPool<WireResponse> | null, db: Db): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await closed;
  await pool?.close();
  db.$client.close();
}

export async function serve(): Promise<void> {
  const config = loadConfig();
  const running = await startServer(config);
  const { workers } = running;
  const mode = workers > 0 ? `${workers} worker${workers > 1 ? "s" : ""}, ${config.queryTimeoutMs} ms per request` : "requests on one thread, no deadline";
  console.log(`Parley serving GraphQL and GraphiQL at http://${config.host}:${running.port}/graphql (database ${config.dbPath}; ${mode})`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (import.meta.url === `file://${process.argv[1]}`) await serve();
