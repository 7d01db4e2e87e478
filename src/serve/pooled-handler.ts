// The listening thread when requests execute in workers (PARLEY_WORKERS ≥ 1). It answers
// /healthz itself, so the check stays fast while every worker is busy; refuses a client over
// its limits (admission.ts, 429), bodies that are too large, or that would take the bodies
// waiting for a worker past PENDING_BODIES maximal ones in all; and hands every other request
// to the pool under its client's name (taken in turns), with a deadline unless the request
// carries the curator's token (ingesting a large document takes longer, and curators are
// trusted; they are not rate-limited either). A request past its deadline is answered 504
// QUERY_TIMEOUT. With PARLEY_LISTENING_READS_MS, bound reads of plans that have shown
// themselves fast are answered on this thread instead, past the same checks (listening-reads.ts).
import type { IncomingMessage, ServerResponse } from "node:http";
import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";
import type { Config } from "../config.js";
import type { Db } from "../store/db.js";
import type { Admission } from "./admission.js";
import type { WireRequest, WireResponse } from "./app-worker.js";
import { curatorAccess } from "./auth.js";
import type { ClientAddress } from "./client-address.js";
import { GRAPHQL_ENDPOINT } from "./endpoint.js";
import type { ListeningReads } from "./listening-reads.js";
import { paramsOf, requestKey, type Params, type RequestKey } from "./read-replay.js";
import { bodyLimits, bodyRefusal, sendRefusal, type Refusal } from "./request-guard.js";
import type { Outcome, WorkerPool } from "./worker-pool.js";

/** How many maximal request bodies may wait for a worker at once, in all. */
const PENDING_BODIES = 4;

export interface PooledHandlerOptions {
  db: Db;
  pool: WorkerPool<WireResponse>;
  config: Pick<Config, "apiToken" | "maxDocumentBytes" | "maxQueryBodyBytes" | "queryTimeoutMs" | "workerHeapMb">;
  admission: Admission;
  clientAddress: ClientAddress;
  /** Bound reads answered on this thread; none without. */
  listening?: ListeningReads | null;
}

export function pooledHandler({ db, pool, config, admission, clientAddress, listening = null }: PooledHandlerOptions) {
  const limits = bodyLimits(config);
  const maxPending = PENDING_BODIES * limits.curator;
  let pending = 0;
  // How long this thread kept others waiting since the last check, for /healthz.
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();

  async function execute(req: IncomingMessage, url: URL, length: number, curator: boolean, client: string): Promise<Outcome<WireResponse>> {
    pending += length;
    try {
      const body = await readBody(req, length);
      const request: WireRequest = { method: req.method ?? "GET", url: url.href, headers: headerPairs(req), body };
      // Keys and parameters read before the body is transferred: to answer here, or to learn from the worker's answer.
      const key = listening && !curator ? requestKey(request, config.apiToken) : null;
      const params = key && paramsOf(key.body);
      if (params) {
        const answer = answeredHere(listening!, key!, params);
        if (answer) return { kind: "done", result: answer };
      }
      const unbounded = curator || isPageRequest(req, url);
      const outcome = await pool.run(request, { timeoutMs: unbounded ? null : config.queryTimeoutMs, transfer: body ? [body] : [], client });
      if (params && outcome.kind === "done") learnFrom(listening!, key!, params, outcome.result);
      return outcome;
    } finally {
      pending -= length;
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL, curator: boolean, client: string): Promise<void> {
    const refusal = bodyRefusal((name) => req.headers[name] as string | undefined, limits, curator);
    if (refusal) return sendRefusal(res, refusal);
    const length = Number(req.headers["content-length"] ?? 0);
    if (pending + length > maxPending) return sendRefusal(res, busy());
    let outcome: Outcome<WireResponse>;
    try {
      outcome = await execute(req, url, length, curator, client);
    } catch {
      // The client went away, or sent less than it announced: nothing to answer.
      res.destroy();
      return;
    }
    if (outcome.kind === "done") return respond(res, outcome.result, req.method === "HEAD");
    if (outcome.kind === "busy") return sendRefusal(res, busy());
    if (outcome.kind === "timeout") {
      const message = `The request ran longer than ${config.queryTimeoutMs} ms (PARLEY_QUERY_TIMEOUT_MS=${config.queryTimeoutMs}) and was stopped: ask for fewer items or narrower filters.`;
      return sendRefusal(res, { status: 504, code: "QUERY_TIMEOUT", message });
    }
    if (outcome.outOfMemory) {
      const message = `The request needed more memory than a worker has (PARLEY_WORKER_HEAP_MB=${config.workerHeapMb}) and was stopped.`;
      return sendRefusal(res, { status: 503, code: "OUT_OF_MEMORY", message });
    }
    console.error(`request failed in its worker: ${outcome.message.slice(0, 200)}`);
    return sendRefusal(res, { status: 500, code: "INTERNAL_SERVER_ERROR", message: "Unexpected error." });
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
    if (url.pathname === "/healthz") return health(db, pool, listening, loop, res);
    const curator = curatorAccess(req.headers.authorization ?? null, config.apiToken) === "GRANTED";
    const client = clientAddress(req);
    const ticket = curator ? null : admission.admit(client);
    if (ticket && !ticket.admitted) return sendRefusal(res, ticket.refusal);
    try {
      await handle(req, res, url, curator, client);
    } finally {
      ticket?.release();
    }
  };
}

/**
 * A GET that accepts HTML is answered with GraphiQL's page and never runs a query (yoga's
 * `shouldRenderGraphiQL`, src/serve/graphiql.ts). Its first answer in a worker loads, renders and compresses 9 MB, which on
 * a loaded machine outlasts the query deadline; a deadline would kill the worker, the next worker
 * would start over, and the page would never be served.
 */
function isPageRequest(req: IncomingMessage, url: URL): boolean {
  const onEndpoint = url.pathname === GRAPHQL_ENDPOINT || url.pathname === `${GRAPHQL_ENDPOINT}/`;
  return onEndpoint && req.method === "GET" && (req.headers.accept ?? "").includes("text/html");
}

/** The listening thread's answer; null (a worker answers) also when the attempt failed: a worker then reports it. */
function answeredHere(listening: ListeningReads, key: RequestKey, params: Params): WireResponse | null {
  try {
    return listening.serve(key, params);
  } catch (error) {
    console.error(`a read on the listening thread failed: ${String(error).slice(0, 200)}`);
    return null;
  }
}

function learnFrom(listening: ListeningReads, key: RequestKey, params: Params, response: WireResponse): void {
  try {
    listening.learn(key, params, response);
  } catch (error) {
    // What is not learnt is served by the workers: nothing is lost.
    console.error(`the listening thread could not learn from a worker's answer: ${String(error).slice(0, 200)}`);
  }
}

function busy(): Refusal {
  return { status: 503, code: "SERVER_BUSY", message: "Too many requests are waiting: try again shortly.", retryAfterSeconds: 1 };
}

function health(db: Db, pool: WorkerPool<WireResponse>, listening: ListeningReads | null, loop: IntervalHistogram, res: ServerResponse): void {
  let status = 200;
  let body: Record<string, unknown>;
  const eventLoopDelayMs = { p99: Math.round(loop.percentile(99) / 1e5) / 10, max: Math.round(loop.max / 1e5) / 10 };
  loop.reset();
  try {
    db.$client.prepare("SELECT 1").get();
    body = { status: "ok", workers: pool.stats(), eventLoopDelayMs, ...(listening ? { listeningReads: listening.stats() } : {}) };
  } catch (error) {
    status = 503;
    body = { status: "unavailable", error: error instanceof Error ? error.message : String(error) };
  }
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/**
 * The worker's answer, its headers handed to writeHead as one flat list (setHeader for each
 * checked and stored every header once more, on this thread, for every request).
 */
function respond(res: ServerResponse, response: WireResponse, head: boolean): void {
  const headers: string[] = [];
  for (const [name, value] of response.headers) {
    const lower = name.toLowerCase();
    if (lower !== "content-length" && lower !== "transfer-encoding") headers.push(name, value);
  }
  const body = Buffer.from(response.body);
  if (!head) headers.push("content-length", String(body.length));
  res.writeHead(response.status, headers).end(head ? undefined : body);
}

function headerPairs(req: IncomingMessage): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) pairs.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
  return pairs;
}

/**
 * The body as an ArrayBuffer of its own (to transfer), at most `length` bytes; null without one.
 * Read with events rather than an async iterator, which cost the listening thread more per request.
 */
function readBody(req: IncomingMessage, length: number): Promise<ArrayBuffer | null> {
  if (req.method === "GET" || req.method === "HEAD") {
    req.resume();
    return Promise.resolve(null);
  }
  const body = new Uint8Array(length);
  let received = 0;
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (error: Error | null) => {
      if (settled) return;
      settled = true;
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", settle);
      req.off("close", onClose);
      if (error) reject(error);
      else resolve(body.buffer);
    };
    const onData = (chunk: Buffer) => {
      if (received + chunk.length > length) {
        req.pause();
        settle(new Error("body longer than its Content-Length"));
        return;
      }
      body.set(chunk, received);
      received += chunk.length;
    };
    const onEnd = () => settle(received < length ? new Error("body shorter than its Content-Length") : null);
    // Closed before its end: the client went away.
    const onClose = () => settle(new Error("the request closed before its body ended"));
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", settle);
    req.on("close", onClose);
  });
}
