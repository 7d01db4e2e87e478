// A read answered once by yoga as a compiled read is answered again without yoga: the same
// request (method, URL, body and every header that can change the answer) runs the same
// compiled statement, and its JSON goes out under the status and headers yoga gave the first
// time. Yoga's own work per request (a Request and a Response object, parsing, the plugins'
// hooks, the limits looking up their verdicts, serializing) cost about as much CPU as the
// statement for a small page (issue #13).
//
// Only what yoga's pipeline decides from the request alone is replayed. Every check that
// refuses an operation (token, depth, alias, cost and page-size limits, variable budget,
// argument checks, CSRF) is a function of the method, URL, headers and body, all in the key:
// a request that passed once passes again. What depends on the data is done again on every
// replay: the statement runs (its guards and late parameters included), and the response-size
// budget is checked on its result; when either says no, yoga answers the request as usual.
// A response is remembered only when it is exactly `{"data":…}` with the JSON the compiled
// statement produced for it, status 200: errors, extensions (PARLEY_SQL_STATS) or anything a
// plugin added to the body keep the request on yoga's path.
import { LRUCache } from "lru-cache";
import type { CompiledRead } from "../graph/compiled/compile.js";
import { runRead } from "../graph/compiled/run.js";
import type { Db } from "../store/db.js";
import { curatorAccess } from "./auth.js";

/** Longest key (URL, headers and body) replayed; longer requests always go through yoga. */
export const MAX_KEY_CHARS = 16 * 1024;
const MAX_ENTRIES = 1024;
/** Keys and compiled SQL held, in characters. */
const MAX_TOTAL_CHARS = 16 * 1024 * 1024;

/**
 * Request headers no part of yoga's pipeline reads (checked: yoga reads content-type,
 * content-length, accept, origin, authorization, access-control-request-*, sec-fetch-site;
 * our plugins the same). They are left out of the key so that clients differing only in them
 * share an entry; any other header, known or not, is part of it.
 */
const IGNORED_HEADERS = new Set([
  "connection",
  "keep-alive",
  "content-length", // the body is in the key
  "user-agent",
  "accept-encoding",
  "accept-language",
  "cache-control",
  "pragma",
  "cookie",
  "referer",
  "dnt",
  "priority",
  "te",
  "x-forwarded-for",
  "x-real-ip",
  "forwarded",
  "x-request-id",
  "traceparent",
  "tracestate",
  "sec-fetch-mode",
  "sec-fetch-dest",
  "sec-fetch-user",
  "sec-ch-ua",
  "sec-ch-ua-mobile",
  "sec-ch-ua-platform",
]);

export interface ReplayRequest {
  method: string;
  url: string;
  headers: [string, string][];
  body: ArrayBuffer | null;
}

export interface ReplayResponse {
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

/**
 * What the compiled-reads plugin reports of one request's execution (handed to yoga as server
 * context, so the plugin finds it on the operation's context as `readReplay`).
 */
export interface ServedRead {
  /** Executions of the request (a batch has several; only a single one is replayed). */
  executions: number;
  read?: CompiledRead;
  /** The statement's JSON for this request. */
  json?: string;
}

interface Entry {
  read: CompiledRead;
  status: number;
  /** Yoga's response headers, less the length (set per body by whoever sends it). */
  headers: [string, string][];
}

// Fatal: two bodies whose invalid bytes decode alike must not share a key. A BOM is kept.
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

export class ReadReplay {
  private readonly entries = new LRUCache<string, Entry>({
    max: MAX_ENTRIES,
    maxSize: MAX_TOTAL_CHARS,
    sizeCalculation: (entry, key) => key.length + entry.read.sql.length,
  });

  constructor(
    private readonly db: Db,
    private readonly options: { maxResponseBytes: number; apiToken: string | null },
  ) {}

  /** The request's key, or null when it is not one to replay (not a POST with a body, too long). */
  keyOf(request: ReplayRequest): string | null {
    if (request.method !== "POST" || !request.body || request.body.byteLength > MAX_KEY_CHARS) return null;
    let key = `${request.url}\n`;
    for (const [rawName, value] of request.headers) {
      const name = rawName.toLowerCase();
      if (IGNORED_HEADERS.has(name)) continue;
      // The token itself is no part of the key: what yoga sees of it is the verdict.
      key += name === "authorization" ? `authorization:${curatorAccess(value, this.options.apiToken)}\n` : `${name}:${value}\n`;
    }
    try {
      key += decoder.decode(request.body);
    } catch {
      return null;
    }
    return key.length > MAX_KEY_CHARS ? null : key;
  }

  /** The replayed response of a remembered request; null when yoga must answer it. */
  replay(key: string): ReplayResponse | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    let json: string | null;
    try {
      json = runRead(this.db, entry.read);
    } catch {
      // Yoga's path reports the failure (or serves the operation through the resolvers).
      this.entries.delete(key);
      return null;
    }
    // A guard refused (a node that no longer exists): the resolvers answer.
    if (json === null) return null;
    const body = encoder.encode(`{"data":${json}}`);
    // Over the budget: yoga's path answers RESPONSE_TOO_LARGE.
    if (body.byteLength > this.options.maxResponseBytes) return null;
    return { status: entry.status, headers: entry.headers, body: body.buffer as ArrayBuffer };
  }

  /** Keeps yoga's response to `key` if it is exactly the compiled read `served` reports. */
  remember(key: string, served: ServedRead, response: ReplayResponse): void {
    if (served.executions !== 1 || !served.read || served.json === undefined || response.status !== 200) return;
    const expected = `{"data":${served.json}}`;
    // Lengths first: a byte is at least a character, so a longer body cannot be the same.
    if (response.body.byteLength < expected.length || Buffer.from(response.body).toString("utf8") !== expected) return;
    const headers = response.headers.filter(([name]) => name.toLowerCase() !== "content-length");
    this.entries.set(key, { read: served.read, status: response.status, headers });
  }

  /** Requests remembered (for tests). */
  get size(): number {
    return this.entries.size;
  }
}

/** A yoga application (createApp) as the replay calls it: server context as the third argument. */
export interface FetchApp {
  fetch(url: string, init: { method: string; headers: [string, string][]; body: ArrayBuffer | null }, serverContext: { readReplay: ServedRead }): Response | Promise<Response>;
}

/** Answers requests with `app`, replaying those `replay` remembers (the worker's handler). */
export function replayingHandler(app: FetchApp, replay: ReadReplay): (request: ReplayRequest) => Promise<ReplayResponse> {
  return async (request) => {
    const key = replay.keyOf(request);
    const replayed = key === null ? null : replay.replay(key);
    if (replayed) return replayed;
    const served: ServedRead = { executions: 0 };
    const response = await app.fetch(request.url, { method: request.method, headers: request.headers, body: request.body }, { readReplay: served });
    // A copy of its own: the buffer a response hands out may sit in a shared pool, which
    // cannot be transferred.
    const body = new Uint8Array(await response.arrayBuffer()).slice().buffer;
    const result: ReplayResponse = { status: response.status, headers: [...response.headers], body };
    if (key !== null) replay.remember(key, served, result);
    return result;
  };
}
