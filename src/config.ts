// Configuration shared by the server and every CLI command, read from the environment.
import { DEFAULT_EXTRACT_BUDGET_MS } from "./extract/limits.js";
import { availableParallelism } from "node:os";

export interface Config {
  port: number;
  host: string;
  /** Path of the SQLite file, or ":memory:". */
  dbPath: string;
  corsOrigins: string[];
  sqlStats: boolean;
  /** Serve the read queries it covers as one compiled SQL statement (PARLEY_COMPILED_READS=0 turns it off). */
  compiledReads: boolean;
  /** Bearer token for mutations (PARLEY_API_TOKEN); null disables every mutation. */
  apiToken: string | null;
  /** Rejections applied to every operation before it executes (see docs/hardening.md). */
  limits: QueryLimits;
  /** Largest document text accepted for ingestion, in UTF-8 bytes (PARLEY_MAX_DOCUMENT_BYTES). */
  maxDocumentBytes: number;
  /** Longest the extraction of one ingested document may take, in ms (PARLEY_EXTRACT_BUDGET_MS). */
  extractBudgetMs: number;
  /** Largest JSON of a query's variables, in bytes (PARLEY_MAX_VARIABLES_BYTES); mutations are bounded by the body limit. */
  maxVariablesBytes: number;
  /** Largest response body, in bytes (PARLEY_MAX_RESPONSE_BYTES). */
  maxResponseBytes: number;
  /** Threads that execute requests (PARLEY_WORKERS); 0 executes them on the thread that listens. */
  workers: number;
  /**
   * Bound reads of plans whose last runs were each under this many ms are answered on the
   * listening thread (PARLEY_LISTENING_READS_MS; 0: never, every request goes to a worker).
   */
  listeningReadsMs: number;
  /** How long a request may execute in a worker before the worker is stopped (PARLEY_QUERY_TIMEOUT_MS). */
  queryTimeoutMs: number;
  /** V8 heap of each worker, in MB (PARLEY_WORKER_HEAP_MB): a request that needs more fails alone. */
  workerHeapMb: number;
  /** Nice value of the worker threads, 0–19 (PARLEY_WORKER_NICE): higher leaves the listening thread more CPU. */
  workerNice: number;
  /** Largest body of a request without the curator's token, in bytes (PARLEY_MAX_QUERY_BODY_BYTES). */
  maxQueryBodyBytes: number;
  /** What one client (by address) may ask of the server; see src/serve/admission.ts. */
  admission: AdmissionLimits;
  /**
   * Proxies whose X-Forwarded-For is believed (PARLEY_TRUST_PROXY): addresses, subnets or
   * proxy-addr's names (loopback, linklocal, uniquelocal), or a number of hops; none by default.
   */
  trustProxy: string[] | number;
}

export interface AdmissionLimits {
  /** Requests per second one client may start, on average (PARLEY_RATE_LIMIT); 0 = no limit. */
  ratePerSecond: number;
  /** Requests one client may start at once after a pause (PARLEY_RATE_BURST). */
  burst: number;
  /** Requests of one client waiting or executing at once (PARLEY_CLIENT_CONCURRENCY). */
  concurrency: number;
}

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
}

// Generous enough for GraphiQL exploration (and its introspection query) and every documented
// example, small enough that a cyclic query (actor → statements → document → actors → …)
// cannot fan out unbounded. maxCost counts nodes (src/graph/cost.ts); docs/hardening.md says
// why 50,000.
export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 10, maxCost: 50_000, maxAliases: 20, maxTokens: 2_000 };
export const DEFAULT_MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
// docs/hardening.md gives the measurements behind these.
export const DEFAULT_MAX_VARIABLES_BYTES = 64 * 1024;
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
export const DEFAULT_QUERY_TIMEOUT_MS = 1500;
export const DEFAULT_WORKER_HEAP_MB = 1024;
/** Bound reads on the listening thread: off until measured (see README, Configuration). */
export const DEFAULT_LISTENING_READS_MS = 0;
// Workers below the listening thread's priority (src/serve/thread-priority.ts); 10 gives the
// listening thread about nine times a busy worker's share of a contended core.
export const DEFAULT_WORKER_NICE = 10;
export const defaultWorkers = () => Math.min(2, availableParallelism());
// A query and its variables need far less than a document does: only requests with the
// curator's token may send a document-sized body (docs/hardening.md, Fair admission).
export const defaultMaxQueryBodyBytes = (maxVariablesBytes: number) => 1024 * 1024 + 2 * maxVariablesBytes;
// Above what the load benchmarks send from one address (32 and 64 connections).
export const DEFAULT_CLIENT_CONCURRENCY = 100;

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`${name} must be ${min ? "a positive" : "a non-negative"} integer, got ${JSON.stringify(raw)}`);
  return n;
}

/** PARLEY_WORKER_NICE: a nice value an unprivileged process may set for its own threads. */
function niceValue(env: NodeJS.ProcessEnv): number {
  const n = positiveInt(env, "PARLEY_WORKER_NICE", DEFAULT_WORKER_NICE, 0);
  if (n > 19) throw new Error(`PARLEY_WORKER_NICE must be between 0 and 19, got ${JSON.stringify(env.PARLEY_WORKER_NICE)}`);
  return n;
}

/** A non-negative number of the environment (fractions allowed: 0.5 requests per second). */
function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got ${JSON.stringify(raw)}`);
  return n;
}

/** PARLEY_TRUST_PROXY: a hop count, or a comma-separated list for proxy-addr. */
function trustProxy(raw: string | undefined): string[] | number {
  const value = raw?.trim() ?? "";
  if (/^\d+$/.test(value)) return Number(value);
  return value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  const maxVariablesBytes = positiveInt(env, "PARLEY_MAX_VARIABLES_BYTES", DEFAULT_MAX_VARIABLES_BYTES);
  const ratePerSecond = positiveNumber(env, "PARLEY_RATE_LIMIT", 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${JSON.stringify(env.PORT)}`);
  return {
    port,
    host: env.HOST || "127.0.0.1",
    dbPath: env.PARLEY_DB || "data/parley.db",
    corsOrigins: (env.PARLEY_CORS_ORIGINS ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    sqlStats: env.PARLEY_SQL_STATS === "1" || env.PARLEY_SQL_STATS === "true",
    compiledReads: env.PARLEY_COMPILED_READS !== "0" && env.PARLEY_COMPILED_READS !== "false",
    apiToken: env.PARLEY_API_TOKEN?.trim() || null,
    limits: {
      maxDepth: positiveInt(env, "PARLEY_MAX_DEPTH", DEFAULT_LIMITS.maxDepth),
      maxCost: positiveInt(env, "PARLEY_MAX_COST", DEFAULT_LIMITS.maxCost),
      maxAliases: positiveInt(env, "PARLEY_MAX_ALIASES", DEFAULT_LIMITS.maxAliases),
      maxTokens: positiveInt(env, "PARLEY_MAX_TOKENS", DEFAULT_LIMITS.maxTokens),
    },
    maxDocumentBytes: positiveInt(env, "PARLEY_MAX_DOCUMENT_BYTES", DEFAULT_MAX_DOCUMENT_BYTES),
    extractBudgetMs: positiveInt(env, "PARLEY_EXTRACT_BUDGET_MS", DEFAULT_EXTRACT_BUDGET_MS),
    maxVariablesBytes,
    maxResponseBytes: positiveInt(env, "PARLEY_MAX_RESPONSE_BYTES", DEFAULT_MAX_RESPONSE_BYTES),
    workers: positiveInt(env, "PARLEY_WORKERS", defaultWorkers(), 0),
    listeningReadsMs: positiveNumber(env, "PARLEY_LISTENING_READS_MS", DEFAULT_LISTENING_READS_MS),
    queryTimeoutMs: positiveInt(env, "PARLEY_QUERY_TIMEOUT_MS", DEFAULT_QUERY_TIMEOUT_MS),
    workerHeapMb: positiveInt(env, "PARLEY_WORKER_HEAP_MB", DEFAULT_WORKER_HEAP_MB),
    workerNice: niceValue(env),
    maxQueryBodyBytes: positiveInt(env, "PARLEY_MAX_QUERY_BODY_BYTES", defaultMaxQueryBodyBytes(maxVariablesBytes)),
    admission: {
      ratePerSecond,
      burst: positiveInt(env, "PARLEY_RATE_BURST", Math.max(1, Math.ceil(2 * ratePerSecond))),
      concurrency: positiveInt(env, "PARLEY_CLIENT_CONCURRENCY", DEFAULT_CLIENT_CONCURRENCY),
    },
    trustProxy: trustProxy(env.PARLEY_TRUST_PROXY),
  };
}
