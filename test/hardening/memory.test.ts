// Finding "out-of-memory crash, no token needed": about 200 requests, each with a unique 9 MB
// string in an unused variable, grew the heap by 3.5 GB, because the per-operation caches
// kept a key with every variable as sent, 64 per document. The caches now key on what the
// operation declares, refuse long keys and hold a bounded number of entries; the variables
// of a query have a byte budget.
import { parse } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { DEFAULT_MAX_ENTRIES, MAX_KEY_CHARS, OperationCache, operationKey } from "../../src/graph/operation-cache.js";
import { createApp } from "../../src/serve/app.js";
import { boundedParseCache, MAX_QUERY_CHARS } from "../../src/serve/parse-cache.js";
import type { Db } from "../../src/store/db.js";
import { syntheticDb } from "../helpers/synthetic.js";

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

function post(app: ReturnType<typeof createApp>, body: unknown, headers: Record<string, string> = {}) {
  return app.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

describe("operation cache keys", () => {
  const document = parse("query Q($a: Int, $o: ActorOrder) { actors(first: $a, orderBy: $o) { totalCount } } query R { __typename }");

  it("leaves undeclared variables out of the key and sorts object keys", () => {
    const key = operationKey({ document, operationName: "Q", variableValues: { a: 1 } });
    expect(operationKey({ document, operationName: "Q", variableValues: { a: 1, x: "y".repeat(1_000_000) } })).toBe(key);
    expect(operationKey({ document, operationName: "R", variableValues: { a: 1 } })).not.toBe(key);
    expect(operationKey({ document, operationName: "Q", variableValues: { a: 2 } })).not.toBe(key);
    // Absent (the default applies) and null are different requests.
    expect(operationKey({ document, operationName: "Q", variableValues: { a: null } })).not.toBe(operationKey({ document, operationName: "Q", variableValues: {} }));
    const nested = parse("query ($f: [Int]) { __typename }");
    expect(operationKey({ document: nested, variableValues: { f: [{ p: 1, q: 2 }] } })).toBe(operationKey({ document: nested, variableValues: { f: [{ q: 2, p: 1 }] } }));
  });

  it("does not cache an operation whose key is longer than MAX_KEY_CHARS", () => {
    const cache = new OperationCache<string>();
    const long = { document, operationName: "Q", variableValues: { a: "9".repeat(MAX_KEY_CHARS) } };
    expect(operationKey(long)).toBeNull();
    cache.set(long, "value");
    expect(cache.get(long)).toBeUndefined();
    expect(cache.size).toBe(0);
    // A long list fails on its length, not after walking it.
    expect(operationKey({ document, operationName: "Q", variableValues: { a: Array.from({ length: MAX_KEY_CHARS }, () => 1) } })).toBeNull();
    const short = { document, operationName: "Q", variableValues: { a: 5 } };
    cache.set(short, "value");
    expect(cache.get(short)).toBe("value");
  });

  it("holds at most its entry and size bounds, whatever the number of documents", () => {
    const cache = new OperationCache<string>({ sizeOf: (v) => v.length });
    const documents = Array.from({ length: DEFAULT_MAX_ENTRIES * 3 }, (_, i) => parse(`{ __typename } # ${i}`));
    for (const d of documents) cache.set({ document: d }, "v");
    expect(cache.size).toBe(DEFAULT_MAX_ENTRIES);
    const small = new OperationCache<string>({ maxChars: 10_000, sizeOf: (v) => v.length });
    for (const d of documents.slice(0, 100)) small.set({ document: d }, "x".repeat(1_000));
    expect(small.size).toBeLessThanOrEqual(10);
    // The most recently used stay.
    expect(small.get({ document: documents[99]! })).toBe("x".repeat(1_000));
  });

  it("does not keep parsed queries longer than MAX_QUERY_CHARS", () => {
    const { documentCache } = boundedParseCache();
    const long = `{ __typename } # ${"x".repeat(MAX_QUERY_CHARS)}`;
    documentCache.set(long, parse(long));
    expect(documentCache.get(long)).toBeUndefined();
    documentCache.set("{ __typename }", parse("{ __typename }"));
    expect(documentCache.get("{ __typename }")).toBeDefined();
  });
});

describe("the variables of a request", () => {
  let db: Db;
  beforeAll(() => {
    db = syntheticDb(3, 2, false);
  });

  it("refuses query variables over PARLEY_MAX_VARIABLES_BYTES, used or not, with VARIABLES_TOO_LARGE", async () => {
    const app = createApp({ db, config: loadConfig({ PARLEY_MAX_VARIABLES_BYTES: "1000" }), logger: quiet });
    const ok = await (await post(app, { query: "query ($n: Int) { actors(first: $n) { totalCount } }", variables: { n: 1, note: "x".repeat(900) } })).json();
    expect(ok.errors).toBeUndefined();
    for (const variables of [{ x: "x".repeat(2000) }, { n: 1, x: ["a", "b"].concat(Array.from({ length: 600 }, () => "c")) }]) {
      const res = await post(app, { query: "query ($n: Int) { actors(first: $n) { totalCount } }", variables });
      const body = await res.json();
      expect(body.data).toBeUndefined();
      expect(body.errors.map((e: any) => e.extensions.code)).toEqual(["VARIABLES_TOO_LARGE"]);
      expect(body.errors[0].message).toMatch(/PARLEY_MAX_VARIABLES_BYTES=1000/);
    }
  });

  it("has a default budget that refuses the red-team request (a 9 MB unused variable), even with the token", async () => {
    const app = createApp({ db, config: loadConfig({ PARLEY_API_TOKEN: "secret-token" }), logger: quiet });
    const request = { query: "{ __typename } # 1", variables: { x: "z".repeat(9 * 1024 * 1024) } };
    // Without the token the body is refused unread (PARLEY_MAX_QUERY_BODY_BYTES); a curator
    // may send a body that large, and then the variables budget refuses it.
    expect((await (await post(app, request)).json()).errors.map((e: any) => e.extensions.code)).toEqual(["PAYLOAD_TOO_LARGE"]);
    const body = await (await post(app, request, { authorization: "Bearer secret-token" })).json();
    expect(body.errors.map((e: any) => e.extensions.code)).toEqual(["VARIABLES_TOO_LARGE"]);
  });

  it("lets a curator's mutation carry a document larger than the query budget", async () => {
    const own = syntheticDb(1, 2, false);
    const app = createApp({ db: own, config: loadConfig({ PARLEY_MAX_VARIABLES_BYTES: "1000", PARLEY_API_TOKEN: "secret-token" }), logger: quiet });
    const text = "President Alpha Example said the talks would resume. ".repeat(200);
    const res = await post(
      app,
      { query: "mutation ($t: String!) { ingestDocument(input: { text: $t, title: \"Long\" }) { status } }", variables: { t: text } },
      { authorization: "Bearer secret-token" },
    );
    const body = await res.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestDocument.status).toBe("ADDED");
  });
});
