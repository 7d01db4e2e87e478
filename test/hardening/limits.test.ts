// Abusive queries are refused before execution, each with an error naming its limit.
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { getIntrospectionQuery } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { EXAMPLE_QUERY } from "../../src/serve/example-query.js";
import type { Db } from "../../src/store/db.js";
import { curatorClient } from "../helpers/curator.js";
import { syntheticDb } from "../helpers/synthetic.js";

let db: Db;
beforeAll(() => {
  db = syntheticDb(30, 4, true);
});

const codes = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);

describe("query limits", () => {
  it("reads the limits from the environment, with defaults", () => {
    expect(loadConfig({}).limits).toEqual({ maxDepth: 10, maxCost: 50_000, maxAliases: 20, maxTokens: 2_000 });
    expect(loadConfig({ PARLEY_MAX_DEPTH: "7", PARLEY_MAX_COST: "900", PARLEY_MAX_ALIASES: "3", PARLEY_MAX_TOKENS: "300" }).limits).toEqual({
      maxDepth: 7,
      maxCost: 900,
      maxAliases: 3,
      maxTokens: 300,
    });
    expect(() => loadConfig({ PARLEY_MAX_DEPTH: "ten" })).toThrow(/PARLEY_MAX_DEPTH/);
  });

  it("lets GraphiQL's introspection query through under the default limits", async () => {
    const { query } = curatorClient(db);
    for (const options of [{}, { descriptions: true, inputValueDeprecation: true, schemaDescription: true, specifiedByUrl: true, directiveIsRepeatable: true }]) {
      const res = await query(getIntrospectionQuery(options));
      expect(res.errors).toBeUndefined();
      expect(res.data.__schema.queryType.name).toBe("Query");
    }
  });

  it("lets GraphiQL's example query through", async () => {
    const { query } = curatorClient(db);
    const res = await query(EXAMPLE_QUERY);
    expect(res.errors?.filter((e) => String(e.extensions?.code).startsWith("QUERY_"))).toBeUndefined();
  });

  it("lets the example-sized nested query through (actors → statements → document, 100 × 100), whatever its scalars", async () => {
    const { query } = curatorClient(db);
    const res = await query(
      "{ actors(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name kind role aliases statements(first: 100) { totalCount edges { cursor node { id text kind verb speakerLabel document { id title url publishedAt } evidence { start end text } } } } } } } }",
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.actors.edges.length).toBeGreaterThan(0);
  });

  it("refuses a query deeper than PARLEY_MAX_DEPTH, naming the limit", async () => {
    const { query } = curatorClient(db, { limits: { maxDepth: 10 } });
    // actors › edges › node › statements › edges › node › document › title = 8
    expect((await query("{ actors(first: 1) { edges { node { statements(first: 1) { edges { node { document { title } } } } } } } }")).errors).toBeUndefined();
    // … › document › actors › edges › node › name = 11: the cycle back to actors.
    const deep = await query("{ actors(first: 1) { edges { node { statements(first: 1) { edges { node { document { actors(first: 1) { edges { node { name } } } } } } } } } } }");
    expect(codes(deep)).toContain("QUERY_DEPTH_LIMIT");
    expect(deep.errors![0]!.message).toMatch(/depth limit of 10 exceeded.*PARLEY_MAX_DEPTH=10/);
    expect(deep.data).toBeUndefined();
    // Fragments do not hide depth.
    const viaFragments = await query(
      "{ actors(first: 1) { ...A } } fragment A on ActorConnection { edges { node { statements(first: 1) { ...S } } } } fragment S on StatementConnection { edges { node { document { actors(first: 1) { edges { node { statements(first: 1) { edges { node { text } } } } } } } } } }",
    );
    expect(codes(viaFragments)).toContain("QUERY_DEPTH_LIMIT");
  });

  it("refuses more aliases than PARLEY_MAX_ALIASES", async () => {
    const { query } = curatorClient(db, { limits: { maxAliases: 5 } });
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: actors(first: 1) { totalCount }`).join(" ")} }`;
    expect((await query(aliases(5))).errors).toBeUndefined();
    const res = await query(aliases(6));
    expect(codes(res)).toContain("QUERY_ALIAS_LIMIT");
    expect(res.errors![0]!.message).toMatch(/PARLEY_MAX_ALIASES=5/);
  });

  it("refuses more tokens than PARLEY_MAX_TOKENS, before parsing the rest", async () => {
    const { request } = curatorClient(db, { limits: { maxTokens: 50 } });
    expect((await request("{ actors(first: 1) { totalCount } }")).body.errors).toBeUndefined();
    const res = await request(`{ ${Array.from({ length: 60 }, () => "__typename").join(" ")} }`);
    expect(res.status).toBeLessThan(500);
    expect(codes(res.body)).toContain("QUERY_TOKEN_LIMIT");
    expect(res.body.errors![0]!.message).toMatch(/Token limit of 50 exceeded.*PARLEY_MAX_TOKENS=50/);
  });

  /** The cost the server computes for a query: refused under a budget of 0, it names it. */
  async function costOf(q: string, variables?: Record<string, unknown>): Promise<number> {
    const res = await curatorClient(db, { limits: { maxCost: 0 } }).query(q, variables);
    expect(codes(res)).toEqual(["QUERY_COST_LIMIT"]);
    return Number(/Query cost (\d+) exceeds/.exec(res.errors![0]!.message)![1]);
  }

  it("counts the nodes a query can return: each connection's `first` times its parents'", async () => {
    // Scalars, single objects, `edges`, `pageInfo` and `totalCount` come with their node.
    expect(await costOf("{ actors(first: 10) { totalCount pageInfo { hasNextPage } edges { cursor node { id name role aliases kind affiliation { name } } } } }")).toBe(10);
    // 3 actors + 3 × 4 statements + 3 × 4 × 2 actors of their documents.
    expect(await costOf("{ actors(first: 3) { edges { node { statements(first: 4) { edges { node { text document { actors(first: 2) { totalCount } } } } } } } } }")).toBe(39);
    // Fragments count where they are spread; siblings add up.
    expect(await costOf("{ a: actors(first: 3) { ...S } b: documents(first: 5) { totalCount } } fragment S on QueryActorsConnection { edges { node { statements(first: 4) { totalCount } } } }")).toBe(3 + 12 + 5);
    // Without `first`, a default page (20); `last` like `first`.
    expect(await costOf("{ actors { edges { node { name } } } statements(last: 7) { totalCount } }")).toBe(27);
    // Lists without `first` count 10 items; `nodes(ids:)` one per id; counterparts its `first`.
    expect(await costOf("{ engagements(first: 2) { edges { node { participants { name } sources { text document { title } } } } } }")).toBe(2 + 20 + 20);
    expect(await costOf(`{ nodes(ids: ${JSON.stringify(["Actor:1", "Actor:2", "Document:1"].map((id) => Buffer.from(id).toString("base64")))}) { id } }`)).toBe(3);
    expect(await costOf("{ actors(first: 2) { edges { node { counterparts(first: 5) { engagements } timeline { period } } } } }")).toBe(2 + 10 + 20);
  });

  it("reads `first` from variables and their defaults, and refuses a cost above PARLEY_MAX_COST", async () => {
    const { query } = curatorClient(db, { limits: { maxCost: 50 } });
    const q = "query ($n: Int) { actors(first: $n) { edges { node { name } } } }";
    expect((await query("{ actors(first: 50) { edges { node { name } } } }")).errors).toBeUndefined();
    const big = await query("{ actors(first: 51) { edges { node { name } } } }");
    expect(codes(big)).toEqual(["QUERY_COST_LIMIT"]);
    expect(big.errors![0]!.message).toMatch(/cost 51 exceeds the limit of 50.*PARLEY_MAX_COST=50/);
    expect(big.data).toBeUndefined();
    expect(codes(await query(q, { n: 60 }))).toEqual(["QUERY_COST_LIMIT"]);
    expect((await query(q, { n: 10 })).errors).toBeUndefined();
    // Passing once with some variables lets nothing through with others.
    expect(codes(await query(q, { n: 60 }))).toEqual(["QUERY_COST_LIMIT"]);
    // A variable's default is priced like a literal, and a given value overrides it.
    const withDefault = "query ($n: Int = 60) { actors(first: $n) { edges { node { name } } } }";
    expect(codes(await query(withDefault))).toEqual(["QUERY_COST_LIMIT"]);
    expect((await query(withDefault, { n: 5 })).errors).toBeUndefined();
    // A variable that does not coerce is execution's error, and nothing runs.
    const wrongType = await query(q, { n: "many" });
    expect(wrongType.errors![0]!.message).toMatch(/\$n.*Int/);
    expect(wrongType.data).toBeUndefined();
  });

  it("refuses, under the default budget, a nested fan-out that the depth limit alone would let through", async () => {
    const { query } = curatorClient(db);
    // 100 + 100 × 100 + 100 × 100 × 100 = 1,010,100 nodes.
    const res = await query(
      "{ documents(first: 100) { edges { node { actors(first: 100) { edges { node { statements(first: 100) { edges { node { text } } } } } } } } } }",
    );
    expect(codes(res)).toEqual(["QUERY_COST_LIMIT"]);
    expect(res.errors![0]!.message).toMatch(/cost 1010100 exceeds the limit of 50000/);
    // The largest two-level read (10,100 nodes) passes, but aliases cannot repeat it at will.
    const nested = "actors(first: 100) { edges { node { statements(first: 100) { edges { node { document { title } } } } } } }";
    expect((await query(`{ ${nested} }`)).errors).toBeUndefined();
    expect(codes(await query(`{ ${Array.from({ length: 5 }, (_, i) => `a${i}: ${nested}`).join(" ")} }`))).toEqual(["QUERY_COST_LIMIT"]);
  });

  it("refuses `first`/`last` above 100 or below 0, literal or variable", async () => {
    const { query } = curatorClient(db);
    for (const [q, v] of [
      ["{ actors(first: 101) { totalCount } }", undefined],
      ["{ statements(last: 1000) { totalCount } }", undefined],
      ["{ actors(first: -1) { totalCount } }", undefined],
      ["query ($n: Int) { documents(first: $n) { totalCount } }", { n: 5000 }],
      // A default is checked like a literal (the connection would otherwise clamp it to 100).
      ["query ($n: Int = 1000) { documents(first: $n) { totalCount } }", undefined],
    ] as const) {
      const res = await query(q, v);
      expect(codes(res)).toContain("PAGE_SIZE_LIMIT");
      expect(res.errors![0]!.message).toMatch(/between 0 and 100/);
      expect(res.data).toBeUndefined();
    }
    expect((await query("{ actors(first: 100) { totalCount } }")).errors).toBeUndefined();
  });

  it("refuses a body larger than any legitimate request (413) without reading it", async () => {
    const { app } = curatorClient(db, { maxDocumentBytes: 1000 });
    // Over the limit of a request without the token (PARLEY_MAX_QUERY_BODY_BYTES, 1.125 MB).
    const body = JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(1024 * 1024 + 128 * 1024 + 3000) } });
    const res = await app.fetch("http://localhost/graphql", { method: "POST", headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) }, body });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("refuses a chunked body of unannounced length (411) over real HTTP", async () => {
    const { app } = curatorClient(db, { maxDocumentBytes: 1000 });
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request({ host: "127.0.0.1", port: (server.address() as AddressInfo).port, path: "/graphql", method: "POST", headers: { "content-type": "application/json" } }, (res) => {
          let text = "";
          res.on("data", (c) => (text += c));
          res.on("end", () => resolve({ status: res.statusCode!, body: text }));
        });
        req.on("error", reject);
        // No Content-Length: node sends Transfer-Encoding: chunked.
        req.write('{"query": "{ __typename }"');
        req.end("}");
      });
      expect(status).toBe(411);
      expect(JSON.parse(body).errors[0].extensions.code).toBe("LENGTH_REQUIRED");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("answers malformed JSON in GET parameters with 400, not 500", async () => {
    const { app } = curatorClient(db);
    for (const param of ["variables=%5B", "extensions=%7Bx"]) {
      const res = await app.fetch(`http://localhost/graphql?query=%7B__typename%7D&${param}`, { headers: { accept: "application/json" } });
      expect(res.status).toBe(400);
    }
  });

  it("masks internal errors for the client and logs them on the server", async () => {
    const own = syntheticDb(1, 2, false);
    const logged: unknown[] = [];
    const { request } = curatorClient(own, { logger: { debug() {}, info() {}, warn() {}, error: (...args: unknown[]) => logged.push(...args) } });
    own.$client.close();
    // Even in development mode: yoga would otherwise attach the original error.
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = "development";
    const res = await request("{ actors(first: 1) { edges { node { name } } } }").finally(() => {
      process.env.NODE_ENV = env;
    });
    expect(res.body.errors![0]!.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
    expect(res.status).toBeLessThan(600);
    const text = JSON.stringify(res.body);
    expect(res.body.errors![0]!.message).toBe("Unexpected error.");
    expect(text).not.toMatch(/database|stack|at .*\.ts/i);
    expect(logged.length).toBeGreaterThan(0);
    expect(String(logged[0])).toMatch(/Failed query|database/i);
  });
});
