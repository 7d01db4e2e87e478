// A few thousand random and mangled requests against a real HTTP server on loopback: invalid
// JSON, wrong types, random queries over the schema (deep, wide, aliased, bad arguments),
// random variables, mutations with and without the token. None may get a 5xx or take the
// server down.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import { getNamedType, isInputObjectType, isLeafType, isObjectType, type GraphQLField, type GraphQLObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, loadConfig } from "../../src/config.js";
import { schema } from "../../src/graph/schema.js";
import { createApp } from "../../src/serve/app.js";
import type { Db } from "../../src/store/db.js";
import { TOKEN } from "../helpers/curator.js";
import { seededDb } from "../helpers/kb.js";

const REQUESTS = 3000;
const CONCURRENCY = 32;
const SEED = Number(process.env.FUZZ_SEED ?? 20240601);

let db: Db;
let server: Server;
let base: string;
const logged: unknown[] = [];

beforeAll(async () => {
  db = seededDb();
  const config = { ...loadConfig({}), apiToken: TOKEN, limits: DEFAULT_LIMITS, maxDocumentBytes: 100_000 };
  const quiet = { debug() {}, info() {}, warn() {}, error: (...a: unknown[]) => logged.push(a) };
  server = createServer(createApp({ db, config, logger: quiet }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  db.$client.close();
});

const SCALARS = [0, 1, -1, 100, 101, 2 ** 31, -(2 ** 53), 1.5, '""', '"x"', '"\\u0000"', "true", "null", "[1, 2]", "{ a: 1 }", "PERSON", "$v", '"QWN0b3I6MQ=="', '"RG9jdW1lbnQ6MQ=="'];

/** A random selection set over the schema, from `type`, up to `depth` levels and about `budget.fields` fields. */
function randomSelection(type: GraphQLObjectType, depth: number, rnd: () => number, budget = { fields: 600 }): string {
  const fields = Object.values(type.getFields());
  const picks = 1 + Math.floor(rnd() * 3);
  const parts: string[] = [];
  for (let i = 0; i < picks && budget.fields-- > 0; i++) {
    const field = fields[Math.floor(rnd() * fields.length)] as GraphQLField<unknown, unknown>;
    const alias = rnd() < 0.2 ? `a${Math.floor(rnd() * 1000)}: ` : "";
    const args = field.args
      .filter(() => rnd() < 0.5)
      .map((a) => `${a.name}: ${isInputObjectType(getNamedType(a.type)) ? `{ text: ${SCALARS[Math.floor(rnd() * SCALARS.length)]} }` : SCALARS[Math.floor(rnd() * SCALARS.length)]}`);
    const named = getNamedType(field.type);
    const argText = args.length ? `(${args.join(", ")})` : "";
    if (isLeafType(named)) parts.push(`${alias}${field.name}${argText}`);
    else if (isObjectType(named) && depth > 0) parts.push(`${alias}${field.name}${argText} { ${randomSelection(named, depth - 1, rnd, budget) || "__typename"} }`);
    else if (isObjectType(named)) parts.push(`${alias}${field.name}${argText} { __typename }`);
    else parts.push(`${alias}${field.name}${argText} { ... on Node { id } }`);
  }
  return parts.join(" ");
}

const randomQuery = fc.tuple(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 0, max: 16 }), fc.boolean()).map(([seed, depth, mutation]) => {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const root = mutation ? schema.getMutationType()! : schema.getQueryType()!;
  return `${mutation ? "mutation" : "query"} ($v: Int) { ${randomSelection(root, depth, rnd)} }`;
});

const mangle = (text: string) =>
  fc.array(fc.tuple(fc.nat(), fc.nat({ max: 10 }), fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 6 }).map((edits) => {
    let t = text;
    for (const [at, del, ins] of edits) {
      const i = at % (t.length + 1);
      t = t.slice(0, i) + ins + t.slice(i + del);
    }
    return t;
  });

const VALID = [
  "{ actors(first: 5) { totalCount edges { node { id name statements(first: 3) { edges { node { text document { title } } } } } } } }",
  "query Q($n: Int) { documents(first: $n) { edges { node { id title text } } } }",
  'mutation { ingestDocument(input: { text: "Sergey Lavrov said \\"no\\"." }) { status document { id } } }',
  "mutation ($k: ID!, $m: ID!) { mergeActors(keep: $k, merge: $m) { id } }",
  "{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }",
];

interface Req {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const JSON_TYPE = { "content-type": "application/json" };
const auth = fc.constantFrom<Record<string, string>>({}, { authorization: `Bearer ${TOKEN}` }, { authorization: "Bearer wrong" }, { authorization: "Basic Zm9vOmJhcg==" }, { authorization: "Bearer " });

const request: fc.Arbitrary<Req> = fc.oneof(
  // Not JSON, or JSON of the wrong shape.
  fc.string({ unit: "binary", maxLength: 200 }).map((body) => ({ method: "POST", path: "/graphql", headers: JSON_TYPE, body })),
  fc.jsonValue({ maxDepth: 4 }).map((v) => ({ method: "POST", path: "/graphql", headers: JSON_TYPE, body: JSON.stringify(v) })),
  fc.record({ query: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string()), variables: fc.jsonValue({ maxDepth: 3 }), operationName: fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 1 })) }).map((b) => ({ method: "POST", path: "/graphql", headers: JSON_TYPE, body: JSON.stringify(b) })),
  // Random queries and mutations over the schema, with random variables and tokens.
  fc.tuple(randomQuery, fc.jsonValue({ maxDepth: 2 }), auth).map(([query, v, h]) => ({ method: "POST", path: "/graphql", headers: { ...JSON_TYPE, ...h }, body: JSON.stringify({ query, variables: { v } }) })),
  fc.tuple(fc.constantFrom(...VALID).chain(mangle), fc.dictionary(fc.constantFrom("n", "k", "m", "v"), fc.jsonValue({ maxDepth: 2 })), auth).map(([query, variables, h]) => ({ method: "POST", path: "/graphql", headers: { ...JSON_TYPE, ...h }, body: JSON.stringify({ query, variables }) })),
  // Huge and deep.
  fc.integer({ min: 10, max: 5000 }).map((n) => ({ method: "POST", path: "/graphql", headers: JSON_TYPE, body: JSON.stringify({ query: `{ ${"actors { edges { node { statements { edges { node { document { ".repeat(n)}` }) })),
  fc.integer({ min: 10, max: 3000 }).map((n) => ({ method: "POST", path: "/graphql", headers: JSON_TYPE, body: JSON.stringify({ query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: actors(first: 100) { totalCount }`).join(" ")} }` }) })),
  fc.integer({ min: 1, max: 200 }).map((n) => ({ method: "POST", path: "/graphql", headers: JSON_TYPE, body: JSON.stringify({ query: `{ ${"[".repeat(n * 100)} }` }) })),
  fc.integer({ min: 2, max: 40 }).map((n) => ({ method: "POST", path: "/graphql", headers: JSON_TYPE, body: `{"query":"{ __typename }","variables":${"[".repeat(n * 500)}${"]".repeat(n * 500)}}` })),
  // Other methods, paths and content types.
  fc.tuple(fc.constantFrom("GET", "PUT", "DELETE", "PATCH", "OPTIONS"), fc.constantFrom("/graphql", "/graphql?query=%7B__typename%7D", "/graphql?query=mutation%7BdeleteDocument(id:%22x%22)%7BdeletedActors%7D%7D", "/healthz", "/nope", "/graphql?query=%7B&variables=%5B")).map(([method, path]) => ({ method, path, headers: {} })),
  fc.tuple(fc.constantFrom("text/plain", "application/graphql", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json; charset=latin1"), fc.string({ maxLength: 100 })).map(([ct, body]) => ({ method: "POST", path: "/graphql", headers: { "content-type": ct }, body })),
);

async function send(r: Req): Promise<number> {
  const res = await fetch(base + r.path, { method: r.method, headers: r.headers, body: r.method === "GET" || r.method === "OPTIONS" ? undefined : r.body });
  await res.arrayBuffer();
  return res.status;
}

describe("fuzzing the HTTP server", () => {
  it(`answers ${REQUESTS} random and mangled requests without a 5xx, and still answers afterwards`, { timeout: 120_000 }, async () => {
    const requests = fc.sample(request, { numRuns: REQUESTS, seed: SEED });
    const failures: { status: number; request: Req }[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < requests.length) {
          const r = requests[next++]!;
          const status = await send(r);
          if (status >= 500) failures.push({ status, request: { ...r, body: r.body?.slice(0, 300) } });
        }
      }),
    );
    expect(failures.slice(0, 5), `seed ${SEED}`).toEqual([]);
    expect(await send({ method: "GET", path: "/healthz", headers: {} })).toBe(200);
    const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ documents { totalCount } }" }) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).data.documents.totalCount).toBeGreaterThan(0);
    expect(db.$client.pragma("integrity_check", { simple: true })).toBe("ok");
  });
});
