// Client mistakes in a read are the client's: `node` of an id no object has is null; a
// malformed global id or cursor, or a text filter too long for SQLite's LIKE, is BAD_USER_INPUT
// naming the argument, never an internal error. Every case runs over HTTP with compiled reads
// on and off, and both answers must be the same.
import { getNamedType, isEnumType, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cursorShapeOf } from "../../src/graph/cursors.js";
import { MAX_FILTER_TEXT } from "../../src/graph/filters.js";
import { NODE_TABLES } from "../../src/graph/node-tables.js";
import { schema } from "../../src/graph/schema.js";
import type { Db } from "../../src/store/db.js";
import { client, type GraphQLResponse } from "../helpers/client.js";
import { seededDb } from "../helpers/kb.js";

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");

let db: Db;
let compiled: ReturnType<typeof client>;
let resolvers: ReturnType<typeof client>;
beforeAll(() => {
  db = seededDb();
  compiled = client(db, { compiledReads: true });
  resolvers = client(db, { compiledReads: false });
});
afterAll(() => db.$client.close());

/** The response, the same with compiled reads on and off. */
async function ask(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
  const a = await compiled.query(query, variables);
  const b = await resolvers.query(query, variables);
  expect(JSON.stringify(a), `compiled reads and resolvers differ on ${query}`).toBe(JSON.stringify(b));
  return a;
}

async function expectMistake(field: string, query: string, variables?: Record<string, unknown>) {
  const res = await ask(query, variables);
  expect(res.errors, query).toHaveLength(1);
  expect(res.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  expect(res.errors![0]!.message.startsWith(`${field}: `)).toBe(true);
  expect(res.data ?? null).toBeNull();
}

describe("node and nodes", () => {
  const NODE = "query ($id: ID!) { node(id: $id) { id } }";

  it("answer null for a well-formed id that no object has, without an error", async () => {
    for (const type of Object.keys(NODE_TABLES)) {
      const res = await ask(NODE, { id: b64(`${type}:999999`) });
      expect(res).toEqual({ data: { node: null } });
    }
    const actor = (await ask("{ actors(first: 1) { edges { node { id } } } }")).data.actors.edges[0].node.id;
    const res = await ask("query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", { ids: [actor, b64("Statement:999999"), actor] });
    expect(res).toEqual({ data: { nodes: [{ id: actor }, null, { id: actor }] } });
  });

  it("refuse a malformed id, or one of no object type, naming the argument", async () => {
    for (const id of ["garbage", "", b64("Foo:1"), b64("Actor:abc"), b64("Actor:0"), b64("Actor:1.5"), b64("Actor")]) {
      await expectMistake("id", NODE, { id });
    }
    await expectMistake("ids", "query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", { ids: [b64("Actor:1"), "garbage"] });
  });

  it("every Node type has its table", () => {
    const nodeTypes = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === "Node"))
      .map((t) => t.name)
      .sort();
    expect(Object.keys(NODE_TABLES).sort()).toEqual(nodeTypes);
    // The table plugin-drizzle reads the type from, which compiled reads use for its fields.
    for (const type of nodeTypes) expect((schema.getType(type)!.extensions as { pothosDrizzleTable: { table: unknown } }).pothosDrizzleTable.table, type).toBe(NODE_TABLES[type]);
  });
});

describe("global-id filters", () => {
  it("refuse an id that is not an actor's, naming the argument", async () => {
    await expectMistake("speaker", "query ($a: ID) { statements(speaker: $a) { totalCount } }", { a: b64("Document:1") });
    await expectMistake("speaker", "query ($a: ID) { statements(speaker: $a) { totalCount } }", { a: "garbage" });
    await expectMistake("participant", '{ engagements(participant: "nonsense") { totalCount } }');
  });

  it("match nothing for an actor id no actor has", async () => {
    expect(await ask("query ($a: ID) { engagements(participant: $a) { totalCount } }", { a: b64("Actor:999999") })).toEqual({ data: { engagements: { totalCount: 0 } } });
  });
});

describe("cursors", () => {
  const MALFORMED = ["DC:J:xyz", 'DC:T:["S:a","N:1"]', "OffsetConnection:NaN", "DC:N:abc", "DC:N:1.5", "DC:N:01", 'DC:T:["S:a"]'].map(b64).concat(["garbage!!", ""]);

  it("refuse a malformed `after` or `before`, at the root and nested, naming the argument", async () => {
    for (const c of MALFORMED) {
      await expectMistake("after", "query ($c: String) { documents(first: 2, after: $c) { edges { cursor } } }", { c });
      await expectMistake("before", "query ($c: String) { engagements(last: 2, before: $c) { edges { cursor } } }", { c });
      await expectMistake("after", "query ($c: String) { actors(first: 1) { edges { node { statements(first: 2, after: $c) { totalCount } } } } }", { c });
    }
    // An offset cursor is not a keyset cursor, nor the reverse; nor a cursor of another order.
    await expectMistake("after", "query ($c: String) { actors(first: 2, after: $c) { totalCount } }", { c: b64("OffsetConnection:NaN") });
    await expectMistake("after", "query ($c: String) { actors(first: 2, orderBy: STATEMENTS, after: $c) { totalCount } }", { c: b64('DC:T:["S:a","N:1"]') });
    await expectMistake("after", 'query ($c: String) { search(query: "talks", first: 2, after: $c) { totalCount } }', { c: b64("OffsetConnection:NaN") });
    await expectMistake("after", 'query ($c: String) { search(query: "talks", first: 2, after: $c) { totalCount } }', { c: b64("DC:N:1") });
  });

  // Where each connection lives, to ask it for a cursor and then page with it.
  const WHERE: Record<string, (inner: string) => string> = {
    "Query.actors": (x) => `{ ${x.replace("CONN", "actors")} }`,
    "Query.documents": (x) => `{ ${x.replace("CONN", "documents")} }`,
    "Query.statements": (x) => `{ ${x.replace("CONN", "statements")} }`,
    "Query.engagements": (x) => `{ ${x.replace("CONN", "engagements")} }`,
    "Query.search": (x) => `{ ${x.replace("CONN", "search").replace("(", '(query: "talks", ')} }`,
    "Actor.statements": (x) => `{ actors(first: 1, orderBy: STATEMENTS) { edges { node { ${x.replace("CONN", "statements")} } } } }`,
    "Actor.engagements": (x) => `{ actors(first: 1, orderBy: ENGAGEMENTS) { edges { node { ${x.replace("CONN", "engagements")} } } } }`,
    "Actor.documents": (x) => `{ actors(first: 1, orderBy: ENGAGEMENTS) { edges { node { ${x.replace("CONN", "documents")} } } } }`,
    "Document.actors": (x) => `{ documents(first: 1) { edges { node { ${x.replace("CONN", "actors")} } } } }`,
    "Document.statements": (x) => `{ documents(first: 1) { edges { node { ${x.replace("CONN", "statements")} } } } }`,
    "Document.engagements": (x) => `{ engagements(first: 1) { edges { node { sources { document { ${x.replace("CONN", "engagements")} } } } } } }`,
  };

  /** Every connection of the schema (a field taking `after`), by `Type.field`, with the values of its `orderBy`, if it has one. */
  const connections = new Map<string, (string | null)[]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((a) => a.name === "after")) continue;
      const orderBy = field.args.find((a) => a.name === "orderBy");
      const orderType = orderBy && getNamedType(orderBy.type);
      const orders = orderType && isEnumType(orderType) ? orderType.getValues().map((v) => v.name) : [null];
      connections.set(`${type.name}.${field.name}`, orders);
    }
  }

  /** What a cursor holds, read from its text: offsets, or the tags of its ordering values. */
  const shapeOfCursor = (cursor: string) => {
    const text = Buffer.from(cursor, "base64").toString("utf8");
    if (text.startsWith("OffsetConnection:")) return "offset";
    if (text.startsWith("DC:T:")) return (JSON.parse(text.slice(5)) as string[]).map((v) => v.slice(0, 1)).join(",");
    return text.slice(3, 4);
  };

  /** A cursor each connection issues, in each of its orders. */
  const issued: { key: string; order: string | null; cursor: string }[] = [];

  it("accept every cursor each connection issues, forwards and backwards, in every order", async () => {
    expect(connections.size).toBeGreaterThanOrEqual(11);
    for (const [key, orders] of connections) {
      expect(WHERE[key], `no query for ${key} in this test`).toBeDefined();
      for (const order of orders) {
        const by = order ? `, orderBy: ${order}` : "";
        const first = await ask(WHERE[key]!(`CONN(first: 2${by}) { pageInfo { startCursor endCursor } }`));
        expect(first.errors, key).toBeUndefined();
        const end = /"endCursor":"([^"]+)"/.exec(JSON.stringify(first.data))?.[1];
        expect(end, `${key} issued no cursor`).toBeDefined();
        issued.push({ key, order, cursor: end! });
        const next = await ask(WHERE[key]!(`CONN(first: 2${by}, after: "${end}") { totalCount }`));
        expect(next.errors, `${key}${by} refused its own cursor ${end}`).toBeUndefined();
        if (key !== "Query.search") {
          const back = await ask(WHERE[key]!(`CONN(last: 2${by}, before: "${end}") { totalCount }`));
          expect(back.errors, `${key}${by} refused its own cursor ${end} as before`).toBeUndefined();
        }
      }
    }
  });

  it("refuse a cursor of another shape that another connection, or another order, issued", async () => {
    expect(issued.length).toBeGreaterThanOrEqual(15);
    const shapes = new Set(issued.map((i) => shapeOfCursor(i.cursor)));
    expect(shapes.size).toBeGreaterThanOrEqual(5);
    for (const own of issued) {
      const by = own.order ? `, orderBy: ${own.order}` : "";
      // One foreign cursor of each other shape.
      const foreign = new Map(issued.filter((i) => shapeOfCursor(i.cursor) !== shapeOfCursor(own.cursor)).map((i) => [shapeOfCursor(i.cursor), i.cursor]));
      for (const cursor of foreign.values()) {
        await expectMistake("after", WHERE[own.key]!(`CONN(first: 2${by}, after: "${cursor}") { totalCount }`));
      }
    }
  });

  it("every connection of the schema says the shape of its cursors, in each of its orders", () => {
    for (const [key, orders] of connections) {
      const [typeName, fieldName] = key.split(".");
      const field = (schema.getType(typeName!) as { getFields(): Record<string, { extensions: Record<string, unknown> }> }).getFields()[fieldName!]!;
      for (const order of orders) expect(cursorShapeOf(field.extensions, order ? { orderBy: order } : {}), key).toBeDefined();
    }
  });
});

describe("text filters", () => {
  const CASES: [string, string][] = [
    ["search", "query ($t: String) { actors(search: $t) { totalCount } }"],
    ["contains", "query ($t: String) { documents(contains: $t) { totalCount } }"],
    ["contains", "query ($t: String) { statements(contains: $t) { totalCount } }"],
    // The same arguments on nested connections.
    ["contains", "query ($t: String) { actors(first: 1) { edges { node { documents(contains: $t) { totalCount } } } } }"],
    ["contains", "query ($t: String) { actors(first: 1) { edges { node { statements(contains: $t) { totalCount } } } } }"],
    ["contains", "query ($t: String) { documents(first: 1) { edges { node { statements(contains: $t) { totalCount } } } } }"],
    ["search", "query ($t: String) { documents(first: 1) { edges { node { actors(search: $t) { totalCount } } } } }"],
  ];

  it(`refuse a text over ${MAX_FILTER_TEXT} characters (SQLite's LIKE takes 50,000 bytes), naming the argument`, async () => {
    for (const [field, query] of CASES) {
      await expectMistake(field, query, { t: "x".repeat(50_001) });
      await expectMistake(field, query, { t: "é".repeat(MAX_FILTER_TEXT + 1) });
    }
  });

  it(`accept one of ${MAX_FILTER_TEXT} characters, even of wildcards and multi-byte letters`, async () => {
    for (const [, query] of CASES) {
      for (const t of ["%".repeat(MAX_FILTER_TEXT), "外".repeat(MAX_FILTER_TEXT)]) {
        const res = await ask(query, { t });
        expect(res.errors).toBeUndefined();
        expect(JSON.stringify(res.data)).toMatch(/"totalCount":\d+/);
      }
    }
  });
});
