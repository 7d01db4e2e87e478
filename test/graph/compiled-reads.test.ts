// Compiled reads must answer exactly what the resolvers answer. Every query here runs both
// ways on the seeded knowledge base (graphql-js over the Pothos schema, and the one
// compiled SQL statement) and the two JSON texts must be identical: same keys, same order,
// same ids and cursors. Random queries come from fast-check over every field the compiler
// covers; a failure prints the query and the seed to replay it.
import fc from "fast-check";
import { execute, getNamedType, isObjectType, parse, type GraphQLObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileRead } from "../../src/graph/compiled/compile.js";
import { executeCompiledRead } from "../../src/graph/compiled/execute.js";
import { typeSpecs } from "../../src/graph/compiled/type-specs.js";
import { schema } from "../../src/graph/schema.js";
import type { Db } from "../../src/store/db.js";
import { client } from "../helpers/client.js";
import { seededDb } from "../helpers/kb.js";

let db: Db;
beforeAll(() => {
  db = seededDb(":memory:", true);
});
afterAll(() => db.$client.close());

const contextValue = () => ({ db, curation: { access: "DISABLED" as const, maxDocumentBytes: 0 } });

async function resolved(query: string, variables?: Record<string, unknown>) {
  const result = await execute({ schema, document: parse(query), variableValues: variables, contextValue: contextValue() });
  expect(result.errors, query).toBeUndefined();
  return JSON.stringify(result.data);
}

function compiled(query: string, variables?: Record<string, unknown>): string | undefined {
  const result = executeCompiledRead({ schema, document: parse(query), variableValues: variables, contextValue: contextValue() });
  return result && JSON.stringify(result.data);
}

async function expectSame(query: string, variables?: Record<string, unknown>): Promise<string> {
  const expected = await resolved(query, variables);
  const got = compiled(query, variables);
  expect(got, `not compiled: ${query}`).toBeDefined();
  expect(got, query).toBe(expected);
  return expected;
}

const CONNECTION = (node: string, args = "") =>
  `${args ? `(${args})` : ""} { __typename totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { __typename cursor node { ${node} } } }`;

/** Every covered field of a type, objects and connections cut off below `depth`. */
function everything(type: GraphQLObjectType, depth: number): string {
  const fields = type.getFields();
  return Object.keys(typeSpecs[type.name]!)
    .flatMap((name) => {
      const target = getNamedType(fields[name]!.type);
      if (!isObjectType(target)) return [name];
      if (depth === 0) return [];
      if (target.name.endsWith("Connection")) {
        const node = getNamedType(target.getFields().edges!.type) as GraphQLObjectType;
        return [`${name}${CONNECTION(everything(getNamedType(node.getFields().node!.type) as GraphQLObjectType, depth - 1), "first: 3")}`];
      }
      return [`${name} { ${everything(target, depth - 1)} }`];
    })
    .join(" ");
}

const type = (name: string) => schema.getType(name) as GraphQLObjectType;

describe("compiled reads answer what the resolvers answer", () => {
  it("every covered field of every type, two levels deep, from each root field", async () => {
    for (const [root, node] of [
      ["actors", "Actor"],
      ["documents", "Document"],
      ["statements", "Statement"],
      ["engagements", "Engagement"],
    ] as const) {
      const data = JSON.parse(await expectSame(`{ ${root}${CONNECTION(everything(type(node), 2), "first: 4")} }`));
      // The comparison means something only if the page holds rows with nested data.
      expect(data[root].edges.length).toBe(4);
    }
    const one = JSON.parse(await expectSame(`{ actor(name: "yury ushakov") { ${everything(type("Actor"), 2)} } }`));
    expect(one.actor.name).toBe("Yuri Ushakov");
    expect(JSON.parse(await expectSame(`{ actor(name: "nobody at all") { name } }`)).actor).toBeNull();
  });

  it("pages through every connection with endCursor until hasNextPage is false", async () => {
    for (const root of ["actors", "documents", "statements", "engagements"]) {
      let after: string | null = null;
      let seen = 0;
      let pages = 0;
      for (; pages < 100; ) {
        pages++;
        const data = JSON.parse(
          await expectSame(`query($after: String) { ${root}(first: 3, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }`, {
            after,
          }),
        );
        seen += data[root].edges.length;
        if (!data[root].pageInfo.hasNextPage) {
          expect(seen).toBe(data[root].totalCount);
          break;
        }
        after = data[root].pageInfo.endCursor;
      }
      expect(pages).toBeGreaterThan(1);
    }
    // Nested connections ordered by name (with the id tie-breaker) and by text position.
    const nested = `query($a: String, $s: String) { documents(first: 5) { edges { node { actors(first: 4, after: $a) { pageInfo { endCursor hasNextPage } edges { node { name } } } statements(first: 2, after: $s) { pageInfo { endCursor } edges { cursor node { text } } } } } } }`;
    const first = JSON.parse(await expectSame(nested, { a: null, s: null }));
    const edge = first.documents.edges.find((e: any) => e.node.actors.pageInfo.hasNextPage && e.node.statements.pageInfo.endCursor);
    expect(edge).toBeDefined();
    await expectSame(nested, { a: edge.node.actors.pageInfo.endCursor, s: edge.node.statements.pageInfo.endCursor });
  });

  it("filters, aliases, fragments, @skip/@include and variables", async () => {
    const ids = JSON.parse(await resolved(`{ actors(first: 100) { edges { node { id } } } }`)).actors.edges.map((e: any) => e.node.id);
    const speaker = (await Promise.all(ids.map(async (id: string) => [id, JSON.parse(await resolved(`{ statements(speaker: "${id}", first: 1) { totalCount } }`))]))).find(
      ([, d]) => d.statements.totalCount > 1,
    )![0];
    await expectSame(
      `query($speaker: ID, $kind: StatementKind, $skip: Boolean!) {
        statements(speaker: $speaker, kind: $kind, first: 5) { totalCount edges { node { ...S } } }
        people: actors(kind: PERSON, search: "ush", first: 3) { totalCount edges { node { n: name ... on Node { id } } } }
        calls: engagements(kind: PHONE_CALL, status: HELD, participant: $speaker) { totalCount edges { node { kind date participants { name @skip(if: $skip) kind @include(if: $skip) } } } }
        __typename
      }
      fragment S on Statement { text kind speaker { name } ... on Statement { verb } evidence { start end } }`,
      { speaker, kind: "INDIRECT", skip: true },
    );
  });

  it("random queries over the covered fields", async () => {
    const cursors = JSON.parse(await resolved(`{ actors(first: 100) { edges { cursor node { id name } } } }`)).actors.edges;
    await fc.assert(
      fc.asyncProperty(queryArbitrary(cursors), async (query) => {
        await expectSame(query);
      }),
      { numRuns: 150 },
    );
  });

  it("leaves what it does not cover to graphql-js, errors included", async () => {
    for (const query of [
      `{ actors(first: 2, orderBy: STATEMENTS) { edges { node { name } } } }`,
      `{ actors(last: 2) { edges { node { name } } } }`,
      `{ actor(name: "Joe Biden") { counterparts { engagements } } }`,
      `{ search(query: "Putin") { totalCount } }`,
      `{ statements(search: "ceasefire") { totalCount } }`,
      `{ actors(after: "bm90IGEgY3Vyc29y") { totalCount } }`,
      `{ actors(after: "REM6TjoxMg==") { totalCount } }`,
      `{ statements(speaker: "RG9jdW1lbnQ6MQ==") { totalCount } }`,
      `mutation { deleteDocument(id: "RG9jdW1lbnQ6MQ==") { deletedActors } }`,
    ]) {
      expect(compileRead(schema, parse(query), undefined, {}), query).toBeUndefined();
      const [on, off] = [await client(db, { compiledReads: true }).query(query), await client(db, { compiledReads: false }).query(query)];
      expect(on, query).toEqual(off);
    }
  });

  it("falls back to the resolvers for good when SQLite refuses a compiled statement", async () => {
    const own = seededDb();
    const prepare = own.$client.prepare.bind(own.$client);
    let refused = 0;
    own.$client.prepare = ((source: string) => {
      if (source.startsWith("SELECT json_object(")) {
        refused++;
        throw Object.assign(new Error("Expression tree is too large"), { code: "SQLITE_ERROR" });
      }
      return prepare(source);
    }) as typeof own.$client.prepare;
    const document = parse(`{ documents(first: 2) { totalCount edges { node { title } } } }`);
    const args = { schema, document, contextValue: { db: own } };
    expect(executeCompiledRead(args)).toBeUndefined();
    expect(executeCompiledRead(args)).toBeUndefined();
    expect(refused).toBe(1);
    const body = await client(own, { compiledReads: true }).query(`{ documents(first: 2) { totalCount edges { node { title } } } }`);
    expect(body.data.documents.totalCount).toBe(5);
    own.$client.close();
  });

  it("serves HTTP requests from one statement, with the same body as with compiled reads off", async () => {
    const on = client(db, { sqlStats: true, compiledReads: true });
    const off = client(db, { sqlStats: true, compiledReads: false });
    const query = `{ actors(first: 10) { totalCount edges { node { name statements(first: 5) { totalCount edges { node { text document { title } } } } } } } }`;
    const [a, b] = [await on.query(query), await off.query(query)];
    expect(a.data).toEqual(b.data);
    expect(a.errors).toBeUndefined();
    // The resolvers need a second statement for the root totalCount; the compiled read does not.
    expect(a.extensions?.sql?.statements).toBe(1);
    expect(b.extensions?.sql?.statements).toBeGreaterThan(1);
    // A refused operation still never executes.
    const refused = await on.query(`{ actors(first: 101) { totalCount } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe("PAGE_SIZE_LIMIT");
  });
});

/** A random query: a root connection (or `actor`) and a random selection below it, three levels deep. */
function queryArbitrary(actors: { cursor: string; node: { id: string; name: string } }[]): fc.Arbitrary<string> {
  const pageArgs = fc.record(
    { first: fc.integer({ min: 0, max: 6 }), after: fc.constantFrom(...actors.map((a) => a.cursor)) },
    { requiredKeys: [] },
  );
  const args = (a: Record<string, unknown>) =>
    Object.entries(a)
      .map(([k, v]) => `${k}: ${typeof v === "string" && !/^[A-Z_]+$/.test(v) ? JSON.stringify(v) : v}`)
      .join(", ");
  const selection = (t: GraphQLObjectType, depth: number): fc.Arbitrary<string> => {
    const fields = t.getFields();
    const choices = Object.keys(typeSpecs[t.name]!).filter((name) => depth > 0 || !isObjectType(getNamedType(fields[name]!.type)));
    return fc
      .uniqueArray(fc.constantFrom(...choices, "__typename"), { minLength: 1, maxLength: 5 })
      .chain((names) => fc.tuple(...names.map((name) => fieldArbitrary(t, name, depth))))
      .map((parts) => parts.join(" "));
  };
  const fieldArbitrary = (t: GraphQLObjectType, name: string, depth: number): fc.Arbitrary<string> => {
    // Aliases name their field: two different fields under one response key is invalid GraphQL.
    const alias = fc.option(fc.constantFrom("a_", "x1_"), { nil: undefined }).map((a) => (a ? `${a}${name}: ${name}` : name));
    if (name === "__typename") return alias;
    const target = getNamedType(t.getFields()[name]!.type);
    if (!isObjectType(target)) return alias;
    if (!target.name.endsWith("Connection")) return fc.tuple(alias, selection(target, depth - 1)).map(([a, s]) => `${a} { ${s} }`);
    const node = getNamedType((getNamedType(target.getFields().edges!.type) as GraphQLObjectType).getFields().node!.type) as GraphQLObjectType;
    const parts = fc.uniqueArray(
      fc.constantFrom<fc.Arbitrary<string>>(
        fc.constant("totalCount"),
        fc.subarray(["hasNextPage", "hasPreviousPage", "startCursor", "endCursor"], { minLength: 1 }).map((p) => `pageInfo { ${p.join(" ")} }`),
        fc.tuple(fc.boolean(), selection(node, depth - 1)).map(([cursor, s]) => `edges { ${cursor ? "cursor " : ""}node { ${s} } }`),
      ),
      { minLength: 1, maxLength: 3 },
    );
    // Nested connections page without `after`: a cursor from another connection is not compiled.
    const nested = fc.record({ first: fc.integer({ min: 0, max: 4 }) }, { requiredKeys: [] });
    return fc
      .tuple(alias, nested, parts.chain((ps) => fc.tuple(...ps)))
      .map(([a, n, ps]) => `${a}${Object.keys(n).length ? `(${args(n)})` : ""} { ${ps.join(" ")} }`);
  };
  const connectionRoot = (root: string, node: string, filters: fc.Arbitrary<Record<string, unknown>>) =>
    fc.tuple(filters, root === "actors" ? pageArgs : pageArgs.map(({ after: _after, ...rest }) => rest), selection(type(node), 3)).map(
      ([f, p, s]) => {
        const all = args({ ...f, ...p });
        return `{ ${root}${all ? `(${all})` : ""} { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${s} } } } }`;
      },
    );
  const ids = actors.map((a) => a.node.id);
  return fc.oneof(
    connectionRoot("actors", "Actor", fc.record({ kind: fc.constantFrom("PERSON", "ORGANIZATION", "COUNTRY"), search: fc.constantFrom("a", "bid", "zz", "") }, { requiredKeys: [] })),
    connectionRoot("documents", "Document", fc.constant({})),
    connectionRoot("statements", "Statement", fc.record({ speaker: fc.constantFrom(...ids), kind: fc.constantFrom("DIRECT", "INDIRECT") }, { requiredKeys: [] })),
    connectionRoot(
      "engagements",
      "Engagement",
      fc.record({ participant: fc.constantFrom(...ids), kind: fc.constantFrom("PHONE_CALL", "VIDEO_CALL", "CALL", "MEETING", "TALKS"), status: fc.constantFrom("HELD", "PLANNED", "PROPOSED") }, { requiredKeys: [] }),
    ),
    fc.tuple(fc.constantFrom(...actors.map((a) => a.node.name.toUpperCase()), "nobody"), selection(type("Actor"), 3)).map(([name, s]) => `{ actor(name: ${JSON.stringify(name)}) { ${s} } }`),
  );
}
