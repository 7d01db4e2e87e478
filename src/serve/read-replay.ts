// Reads yoga answered as compiled reads are answered again with less of yoga, in three ways:
// - the same request (method, URL, body and every header that can change the answer) runs
//   the same compiled statement again, and its JSON goes out under the status and headers
//   yoga gave the first time: no parsing, no hook, no check looked up again;
// - the same operation with other variables (same URL, headers, query text and operation
//   name) that a plan of the operation serves (src/graph/compiled/plan.ts) with the values
//   of its structural variables yoga served clean here: the variables are coerced, their
//   budget and the argument checks are checked again, the plan's statement runs with their
//   values bound, and the JSON goes out under the status and headers of that operation;
// - any other variables of the operation go through yoga's GraphQL pipeline as yoga's
//   processRequest runs it (parse and validation from yoga's cache, context, execute with
//   every plugin's onExecute: the limits, the argument checks, the compiled read), without
//   yoga's HTTP layer (a Request body stream, request parsing, a Response and its body, the
//   result processors), under the same status and headers.
// Yoga's HTTP layer and hooks cost about as much CPU as the statement of a small page (#13).
//
// Only what yoga decides from the request's method, URL and headers is taken from memory
// (CORS, CSRF, content negotiation: the status and headers of a clean answer). The verdict
// of the checks of an operation and its variables is, on the first way, a function of the key
// (token, depth, alias, cost and page-size limits, variable budget, argument checks); on the
// second, of the key's head, the query text and the plan's structural values (token, depth,
// aliases, cost, page sizes: the limits read only variables a plan holds structural), and the
// others run again (coercion, variable budget, argument checks); on the third all run again.
// What depends on the data is done again on all: the statement runs (its guards and late
// parameters included) and the response budget is checked on its result.
// Whenever the answer would be anything but `{"data":…}` from a compiled statement (errors,
// extensions such as PARLEY_SQL_STATS, a refusal, the resolvers), yoga answers the request
// from the start, as if neither way existed: nothing but a clean compiled read is remembered.
import { getOperationAST, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import type { YogaServerInstance } from "graphql-yoga";
import { LRUCache } from "lru-cache";
import { checkOperationArguments } from "../graph/argument-checks.js";
import type { CompiledRead } from "../graph/compiled/compile.js";
import { boundRead, type ServedPlan } from "../graph/compiled/execute.js";
import { runRead } from "../graph/compiled/run.js";
import type { Db } from "../store/db.js";
import { curatorAccess } from "./auth.js";
import type { ServedRead } from "./compiled-reads-plugin.js";
import { jsonBytesOver } from "./json-size.js";

/**
 * The compiled read `variables` bind `document` to, past the checks its plan does not settle:
 * the variables' byte budget, a plan `served` accepts, and the argument checks of the values that
 * vary (yoga checked the others when it served the plan's structural values). Null when one
 * fails: a worker's yoga then answers, and reports it. Shared by the workers' replay (`bind`) and
 * the listening thread's reads (listening-reads.ts).
 */
export function checkedBinding(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  maxVariablesBytes: number,
  served: (plan: string) => boolean,
): NonNullable<ReturnType<typeof boundRead>> | null {
  if (jsonBytesOver(variables ?? {}, maxVariablesBytes) !== null) return null;
  const bound = boundRead(schema, document, operationName, variables);
  if (!bound || !served(bound.plan)) return null;
  if (checkOperationArguments(schema, document, bound.operation, bound.variables, { varyingOnly: true }).length) return null;
  return bound;
}

/** Longest key (URL, headers and body) replayed; longer requests always go through yoga. */
const MAX_KEY_CHARS = 16 * 1024;
const MAX_ENTRIES = 1024;
/** Structural values kept per operation (KnownOperation.plans). */
const MAX_PLAN_KEYS = 64;
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
  /**
   * Set when the body is a clean compiled read of a plan: the plan's structural values, and
   * how long its statement ran in ms (null when it ran inside yoga's pipeline, unmeasured).
   * The listening thread learns from it which plans are fast (listening-reads.ts).
   */
  served?: ServedBy;
}

export interface ServedBy {
  plan: string;
  runMs: number | null;
}

/** What the replay needs of a yoga application (createApp). */
export type YogaApp = Pick<YogaServerInstance<Record<string, unknown>, Record<string, unknown>>, "fetch" | "getEnveloped" | "fetchAPI">;

/** A request's keys: `head` (method, URL and the headers that count) and `exact` (with the body). */
export interface RequestKey {
  head: string;
  body: string;
  exact: string;
}

/** A clean answer's status and headers, less the length (set per body by whoever sends it). */
interface Answer {
  status: number;
  headers: [string, string][];
}

/** An operation served clean, and the plans it was served by. */
interface KnownOperation extends Answer {
  plans?: {
    plan: Omit<ServedPlan, "key">;
    /** Structural values (ReadPlan.key) of the requests yoga served clean: every limit passed with them. */
    keys: Set<string>;
  };
}

export interface Params {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

// Fatal: two bodies whose invalid bytes decode alike must not share a key. A BOM is kept.
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

export class ReadReplay {
  /** By exact key: the statement to run again. */
  private readonly requests = new LRUCache<string, Answer & { read: CompiledRead; plan?: string }>({
    max: MAX_ENTRIES,
    maxSize: MAX_TOTAL_CHARS,
    sizeCalculation: (entry, key) => key.length + entry.read.sql.length,
  });
  /** By head, operation name and query text. */
  private readonly operations = new LRUCache<string, KnownOperation>({ max: MAX_ENTRIES, maxSize: MAX_TOTAL_CHARS, sizeCalculation: (_answer, key) => key.length });

  private readonly now: () => number;

  constructor(
    private readonly db: Db,
    private readonly options: {
      maxResponseBytes: number;
      maxVariablesBytes: number;
      apiToken: string | null;
      /** The clock runs are timed by, in ms (tests fix it: a loaded machine makes real runs look slow). */
      now?: () => number;
    },
  ) {
    this.now = options.now ?? (() => performance.now());
  }

  /** The request's keys, or null when it is not one to replay (not a POST with a body, too long). */
  keyOf(request: ReplayRequest): RequestKey | null {
    return requestKey(request, this.options.apiToken);
  }

  /** The replayed response of a remembered request; null when yoga must answer it. */
  replay(key: RequestKey): ReplayResponse | null {
    const entry = this.requests.get(key.exact);
    if (!entry) return null;
    let json: string | null;
    const start = this.now();
    try {
      json = runRead(this.db, entry.read);
    } catch {
      // Yoga's path reports the failure (or serves the operation through the resolvers).
      this.requests.delete(key.exact);
      return null;
    }
    const runMs = this.now() - start;
    // A guard refused (a node that no longer exists): the resolvers answer.
    if (json === null) return null;
    return servedBy(this.response(entry, `{"data":${json}}`), entry.plan, runMs);
  }

  /**
   * A known operation with other variables, executed by yoga's GraphQL pipeline without its
   * HTTP layer; null when it is not known or its answer is not a clean compiled read (yoga
   * then answers it from the start).
   */
  async execute(app: YogaApp, request: ReplayRequest, key: RequestKey, params: Params | null = paramsOf(key.body)): Promise<ReplayResponse | null> {
    const answer = params && this.operations.get(operationKey(key.head, params));
    if (!params || !answer) return null;
    const served: ServedRead = { executions: 0, compiledOnly: true };
    let result: ExecutionResult;
    try {
      // What yoga's processRequest does with the context yoga's handleParams gives it.
      const context = { readReplay: served, request: new app.fetchAPI.Request(request.url, { method: request.method, headers: request.headers }), params };
      const enveloped = app.getEnveloped(context);
      const document = enveloped.parse(params.query);
      if (enveloped.validate(enveloped.schema, document).length) return null;
      if (getOperationAST(document, params.operationName)?.operation !== "query") return null;
      const contextValue = await enveloped.contextFactory();
      result = (await enveloped.execute({ schema: enveloped.schema, document, contextValue, variableValues: params.variables, operationName: params.operationName })) as ExecutionResult;
    } catch {
      return null;
    }
    if (!servedClean(served, result)) return null;
    const text = (result as { stringify?: (r: unknown) => string }).stringify?.(result) ?? JSON.stringify(result);
    if (text !== `{"data":${served.json}}`) return null;
    const response = this.response(answer, text);
    if (response) {
      this.requests.set(key.exact, { status: answer.status, headers: answer.headers, read: served.read!, plan: served.plan?.key });
      knowPlan(answer, served.plan);
    }
    return servedBy(response, served.plan?.key, null);
  }

  /**
   * A known operation with other variables that one of its plans serves, with structural
   * values yoga served clean: answered without yoga. Null when none does, or when these
   * variables fail a check that the plan does not settle (yoga then answers, and reports it).
   */
  bind(key: RequestKey, params: Params | null): ReplayResponse | null {
    const known = params && this.operations.get(operationKey(key.head, params));
    if (!params || !known?.plans) return null;
    const { plan: served, keys } = known.plans;
    const bound = checkedBinding(served.schema, served.document, served.operationName, params.variables, this.options.maxVariablesBytes, (plan) => keys.has(plan));
    if (!bound) return null;
    let json: string | null;
    const start = this.now();
    try {
      json = runRead(this.db, bound.read);
    } catch {
      return null;
    }
    const runMs = this.now() - start;
    if (json === null) return null;
    const response = this.response(known, `{"data":${json}}`);
    if (response) this.requests.set(key.exact, { status: known.status, headers: known.headers, read: bound.read, plan: bound.plan });
    return servedBy(response, bound.plan, runMs);
  }

  /** Keeps yoga's response to `key` if it is exactly the compiled read `served` reports. */
  remember(key: RequestKey, served: ServedRead, response: ReplayResponse, params: Params | null = paramsOf(key.body)): void {
    if (served.executions !== 1 || !served.read || served.json === undefined || response.status !== 200) return;
    const expected = `{"data":${served.json}}`;
    // Lengths first: a byte is at least a character, so a longer body cannot be the same.
    if (response.body.byteLength < expected.length || Buffer.from(response.body).toString("utf8") !== expected) return;
    const answer = { status: response.status, headers: response.headers.filter(([name]) => name.toLowerCase() !== "content-length") };
    this.requests.set(key.exact, { ...answer, read: served.read, plan: served.plan?.key });
    if (served.plan) response.served = { plan: served.plan.key, runMs: null };
    if (!params) return;
    const operation = operationKey(key.head, params);
    const known: KnownOperation = this.operations.get(operation) ?? answer;
    // The status and headers are the latest; plans served before under this head stay known.
    Object.assign(known, answer);
    knowPlan(known, served.plan);
    this.operations.set(operation, known);
  }

  /** Requests and operations remembered (for tests). */
  get size(): { requests: number; operations: number } {
    return { requests: this.requests.size, operations: this.operations.size };
  }

  private response(answer: Answer, text: string): ReplayResponse | null {
    const body = encoder.encode(text);
    // Over the budget: yoga's path answers RESPONSE_TOO_LARGE.
    if (body.byteLength > this.options.maxResponseBytes) return null;
    return { status: answer.status, headers: answer.headers, body: body.buffer as ArrayBuffer };
  }
}

/** A request's keys (ReadReplay.keyOf), the token judged against `apiToken`. */
export function requestKey(request: ReplayRequest, apiToken: string | null): RequestKey | null {
  if (request.method !== "POST" || !request.body || request.body.byteLength > MAX_KEY_CHARS) return null;
  let head = `${request.url}\n`;
  for (const [rawName, value] of request.headers) {
    const name = rawName.toLowerCase();
    if (IGNORED_HEADERS.has(name)) continue;
    // The token itself is no part of the key: what yoga sees of it is the verdict.
    head += name === "authorization" ? `authorization:${curatorAccess(value, apiToken)}\n` : `${name}:${value}\n`;
  }
  let body: string;
  try {
    body = decoder.decode(request.body);
  } catch {
    return null;
  }
  const exact = `${head}\n${body}`;
  return exact.length > MAX_KEY_CHARS ? null : { head, body, exact };
}

/** Answers requests with `app`, replaying what `replay` remembers (the worker's handler). */
export function replayingHandler(app: YogaApp, replay: ReadReplay): (request: ReplayRequest) => Promise<ReplayResponse> {
  return async (request) => {
    const key = replay.keyOf(request);
    // The body's parameters, read once for binding, executing and remembering.
    let params: Params | null | undefined;
    if (key) {
      let answered = replay.replay(key);
      if (!answered) {
        params = paramsOf(key.body);
        answered = replay.bind(key, params) ?? (await replay.execute(app, request, key, params));
      }
      if (answered) return answered;
    }
    const served: ServedRead = { executions: 0 };
    const response = await app.fetch(request.url, { method: request.method, headers: request.headers, body: request.body }, { readReplay: served });
    // A copy of its own: the buffer a response hands out may sit in a shared pool, which
    // cannot be transferred.
    const body = new Uint8Array(await response.arrayBuffer()).slice().buffer;
    const result: ReplayResponse = { status: response.status, headers: [...response.headers], body };
    if (key) replay.remember(key, served, result, params);
    return result;
  };
}

/**
 * The GraphQL parameters of a JSON body when they are plainly what yoga accepts (a query
 * text; variables an object or null; an operation name a string or null; nothing else, not
 * even extensions); null otherwise, and yoga judges.
 */
export function paramsOf(body: string): Params | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return null;
  const { query, variables, operationName, ...rest } = parsed as Record<string, unknown>;
  if (typeof query !== "string" || Object.keys(rest).length) return null;
  if (variables != null && (typeof variables !== "object" || Array.isArray(variables))) return null;
  if (operationName != null && typeof operationName !== "string") return null;
  return { query, variables: variables as Params["variables"], operationName: operationName as Params["operationName"] };
}

/** Records that yoga served `operation` clean with `plan`'s structural values. */
function knowPlan(operation: KnownOperation, plan: ServedPlan | undefined): void {
  if (!plan) return;
  const { key, ...rest } = plan;
  if (!operation.plans || operation.plans.plan.document !== rest.document || operation.plans.keys.size >= MAX_PLAN_KEYS) operation.plans = { plan: rest, keys: new Set() };
  operation.plans.keys.add(key);
}

export function operationKey(head: string, params: Params): string {
  return `${head}\n${JSON.stringify(params.operationName ?? null)}\n${params.query}`;
}

function servedBy(response: ReplayResponse | null, plan: string | undefined, runMs: number | null): ReplayResponse | null {
  if (response && plan !== undefined) response.served = { plan, runMs };
  return response;
}

/** One execution, served whole by a compiled statement: data and nothing else. */
function servedClean(served: ServedRead, result: ExecutionResult): boolean {
  if (served.executions !== 1 || !served.read || served.json === undefined) return false;
  if (!result || typeof result !== "object" || Symbol.asyncIterator in result) return false;
  return result.errors === undefined && result.extensions === undefined;
}
