// Compiled reads must answer exactly what the resolvers answer. Every query here runs both
// ways on the seeded knowledge base (graphql-js over the Pothos schema, and the one
// compiled SQL statement) and the two JSON texts must be identical: same keys, same order,
// same ids and cursors. Random queries come from fast-check over every field the compiler
// covers; a failure prints the query and the seed to replay it.
import fc from "fast-check";
import { execute, getNamedType, isObjectType, parse, type DocumentNode, type GraphQLObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileRead } from "../../src/graph/compiled/compile.js";
import { executeCompiledRead, plansOf } from "../../src/graph/compiled/execute.js";
import { typeSpecs } from "../../src/graph/compiled/type-specs.js";
import { schema } from "../../src/graph/schema.js";
import type { Db } from "../../src/store/db.js";
import { storeDocument } from "../../src/store/store-document.js";
import { client } from "../helpers/client.js";
import { seededDb } from "../helpers/kb.js";

let db: Db;
beforeAll(() => {
  db = seededDb(":memory:", true);
  // The seed documents carry no publication dates or publishers: give them some (one stays
  // undated), and two engagements a date of their own, so periods and publishers select.
  const dated = db.$client.prepare("UPDATE documents SET published_at = ?, publisher = ? WHERE id = ?");
  const documents = [
    ["2021-12-06T10:00:00-05:00", "The Hill"],
    ["2021-12-07", "Reuters"],
    ["2021-12-31T23:30:00-05:00", "CNN"],
    ["2022-01-10T08:00:00Z", "reuters"],
  ];
  documents.forEach(([at, publisher], i) => dated.run(at, publisher, i + 1));
  db.$client.prepare("UPDATE engagements SET date = '2021-11-30' WHERE id IN (SELECT min(engagement_id) FROM engagement_sources GROUP BY document_id)").run();
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

/** Each root connection and the type of its nodes. */
const ROOT_CONNECTIONS = [
  ["actors", "Actor"],
  ["documents", "Document"],
  ["statements", "Statement"],
  ["engagements", "Engagement"],
] as const;

describe("compiled reads answer what the resolvers answer", () => {
  it("every covered field of every type, two levels deep, from each root field", async () => {
    for (const [root, node] of ROOT_CONNECTIONS) {
      const data = JSON.parse(await expectSame(`{ ${root}${CONNECTION(everything(type(node), 2), "first: 4")} }`));
      // The comparison means something only if the page holds rows with nested data.
      expect(data[root].edges.length).toBe(4);
    }
    const one = JSON.parse(await expectSame(`{ actor(name: "yury ushakov") { ${everything(type("Actor"), 2)} } }`));
    expect(one.actor.name).toBe("Yuri Ushakov");
    expect(JSON.parse(await expectSame(`{ actor(name: "nobody at all") { name } }`)).actor).toBeNull();
  });

  it("node(id:) for each type, with fragments on the concrete type, and null for an id of no row", async () => {
    for (const [root, node] of ROOT_CONNECTIONS) {
      const ids = nodes(JSON.parse(await resolved(`{ ${root}(first: 3) { edges { node { id } } } }`))[root]).map((n: any) => n.id);
      for (const id of ids) {
        const data = JSON.parse(await expectSame(`query($id: ID!) { node(id: $id) { __typename id ... on ${node} { ${everything(type(node), 1)} } ...F } } fragment F on Actor { name }`, { id }));
        expect(data.node.id).toBe(id);
      }
    }
    // plugin-drizzle fails on an id of no row; compiled reads leave such a request to it.
    const missing = `{ node(id: "${Buffer.from("Document:999999").toString("base64")}") { id ... on Document { title } } }`;
    expect(compileRead(schema, parse(missing), undefined, {})).toBeDefined();
    expect(executeCompiledRead({ schema, document: parse(missing), contextValue: contextValue() })).toBeUndefined();
    const [on, off] = [await client(db, { compiledReads: true }).query(missing), await client(db, { compiledReads: false }).query(missing)];
    expect(on).toEqual(off);
  });

  it("has SQL for every field of the types it compiles, and exercises every argument of them in random queries", () => {
    // A field added to the schema and not here would be served by the resolvers: that must be a decision.
    const resolverOnly = new Set(["Query.nodes"]);
    for (const [name, spec] of Object.entries(typeSpecs)) {
      const missing = Object.keys(type(name).getFields()).filter((f) => !spec[f] && !resolverOnly.has(`${name}.${f}`));
      expect(missing, name).toEqual([]);
    }
    // An argument the random queries never pass could be ignored by one path unnoticed.
    // `search:` filters are compiled per request against the stored words (prefix completions),
    // so they go to the resolvers: see "leaves what it does not cover".
    const always = ["first", "after", "last", "before", "name", "id", "granularity", "search", "query"];
    const unexercised = Object.keys(typeSpecs).flatMap((name) =>
      Object.values(type(name).getFields())
        .filter((f) => typeSpecs[name]![f.name])
        .flatMap((f) => {
          const target = getNamedType(f.type) as GraphQLObjectType;
          const node = target.name.endsWith("Connection") ? getNamedType((getNamedType(target.getFields().edges!.type) as GraphQLObjectType).getFields().node!.type).name : target.name;
          return f.args.filter((a) => !always.includes(a.name) && !(FILTER_ARGS[node] ?? []).includes(a.name)).map((a) => `${name}.${f.name}(${a.name})`);
        }),
    );
    expect(unexercised).toEqual([]);
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
    const documentIds = nodes(JSON.parse(await resolved(`{ documents { edges { node { id } } } }`)).documents).map((d: any) => d.id);
    await fc.assert(
      fc.asyncProperty(queryArbitrary(cursors, documentIds), async (query) => {
        await expectSame(query);
      }),
      { numRuns: 150 },
    );
  });

  it("leaves what it does not cover to graphql-js, errors included", async () => {
    for (const query of [
      `{ actors(last: 2) { edges { node { name } } } }`,
      `{ actor(name: "Joe Biden") { counterparts(first: -1) { engagements } } }`,
      `{ node(id: "bm90IGFuIGlk") { id } }`,
      `{ node(id: "Q291bnRlcnBhcnQ6MQ==") { id } }`,
      `{ search(query: "Putin") { edges { node { snippet } } } }`,
      `{ search(query: "Putin") { edges { node { score } } } }`,
      `{ search(query: "ru* pu* bi* ze*") { totalCount } }`,
      `{ search(query: "Putin", after: "bm90IGEgY3Vyc29y") { totalCount } }`,
      `{ documents(search: "negotiat* Putin") { totalCount edges { node { title } } } }`,
      `{ actor(name: "Jake Sullivan") { statements(search: "Russia") { totalCount edges { node { text } } } } }`,
      `{ engagements(from: "2022-01-01", to: "2021-12-31") { totalCount } }`,
      `{ actor(name: "Joe Biden") { engagements(participants: ["RG9jdW1lbnQ6MQ=="]) { totalCount } } }`,
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

  it("finds an actor by name or alias through the indexes on both paths, without visiting every actor", async () => {
    const query = `{ actor(name: "Sullivan") { name statements(first: 2) { totalCount } } }`;
    const plan = (source: string, params: unknown) =>
      (db.$client.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...([] as unknown[]).concat(params)) as { detail: string }[]).map((r) => r.detail);
    const read = compileRead(schema, parse(query), undefined, {})!;
    // The resolvers' statement and its parameters, as plugin-drizzle runs it.
    const prepare = db.$client.prepare.bind(db.$client);
    let ran: { source: string; args: unknown[] } | undefined;
    db.$client.prepare = ((source: string) => {
      const statement = prepare(source);
      for (const method of ["all", "get", "raw"] as const) {
        const original = (statement as any)[method].bind(statement);
        (statement as any)[method] = (...args: unknown[]) => {
          if (source.includes("match_key")) ran = { source, args };
          return original(...args);
        };
      }
      return statement;
    }) as typeof db.$client.prepare;
    try {
      await resolved(query);
    } finally {
      db.$client.prepare = prepare;
    }
    expect(ran).toBeDefined();
    for (const details of [plan(read.sql, read.params), plan(ran!.source, ran!.args)]) {
      // The lookup of src/store/actor-identity.ts: canonical key, alias key, lone surname.
      expect(details.some((d) => /SEARCH n .*\(name_key=\?\)/.test(d))).toBe(true);
      expect(details.some((d) => /SEARCH aa .*\(match_key=\?\)/.test(d))).toBe(true);
      expect(details.some((d) => /SEARCH s .*\(surname_key=\?\)/.test(d))).toBe(true);
      expect(details.filter((d) => /^SCAN (s|u|n|aa)\b/.test(d))).toEqual([]);
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

describe("search: both paths rank, page and load the hits alike", () => {
  const HITS = (node: string) =>
    `query($q: String!, $first: Int, $after: String, $last: Int, $before: String) { search(query: $q, first: $first, after: $after, last: $last, before: $before) {
      __typename totalCount pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }
      edges { __typename cursor node { __typename node { __typename ${node} } } } } }`;
  const everyField = `... on Document { ${everything(type("Document"), 1)} } ... on Statement { ${everything(type("Statement"), 1)} }`;

  it("every field of both kinds of hit, words, phrases, OR and prefixes", async () => {
    for (const q of ["Russia", "sanctions Ukraine", '"foreign minister"', "Kyiv OR Kiev", "negotiat*", "escalat* Russia"]) {
      const data = await both(HITS(everyField), { q, first: 30 });
      const kinds = new Set(data.search.edges.map((e: any) => e.node.node.__typename));
      if (q === "Russia") expect(kinds).toEqual(new Set(["Document", "Statement"]));
      expect(data.search.edges.length, q).toBeGreaterThan(0);
    }
    // Fields on one kind only: the other kind's hits are empty objects on both paths.
    const data = await both(`{ search(query: "Russia", first: 30) { pageInfo { hasNextPage } edges { node { node { ... on Statement { text } } } } } }`);
    expect(data.search.edges.some((e: any) => Object.keys(e.node.node).length === 0)).toBe(true);
    // Counts and pageInfo without reading the page.
    const after = Buffer.from("OffsetConnection:5").toString("base64");
    for (const first of [3, 100]) await both(`{ search(query: "Russia", first: ${first}, after: "${after}") { totalCount pageInfo { hasNextPage hasPreviousPage startCursor } } }`);
  });

  it("pages forward with endCursor to the last hit, and backward with last/before", async () => {
    const ids: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 100; page++) {
      const data: any = await both(HITS("... on Node { id }"), { q: "Russia", first: 4, after });
      total = data.search.totalCount;
      ids.push(...data.search.edges.map((e: any) => e.node.node.id));
      if (!data.search.pageInfo.hasNextPage) break;
      after = data.search.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(8);
    expect(new Set(ids).size).toBe(total);
    await both(HITS("... on Node { id }"), { q: "Russia", last: 3, before: after });
    await both(HITS("... on Node { id }"), { q: "Russia", first: 0 });
  });

  it("matches nothing alike: punctuation only, a prefix of no stored word", async () => {
    for (const q of ["!!! ...", "zqxjv*"]) {
      const data = await both(HITS("... on Node { id }"), { q, first: 5 });
      expect(data.search.totalCount, q).toBe(0);
    }
  });

  it("completes prefixes from the words stored when it runs, not when it was compiled", async () => {
    const own = seededDb();
    const context = { db: own, curation: { access: "DISABLED" as const, maxDocumentBytes: 0 } };
    const document = parse(`{ search(query: "zqxjv*") { totalCount edges { node { node { ... on Document { title } } } } } }`);
    const run = () => JSON.stringify(executeCompiledRead({ schema, document, contextValue: context })?.data);
    expect(JSON.parse(run()).search.totalCount).toBe(0);
    const text = "The zqxjvian delegation arrived.";
    storeDocument(own, { slug: "new-word", title: "A new word", url: null, publisher: null, author: null, publishedAt: null, rawText: text, text, fingerprint: [] }, { actors: [], statements: [], engagements: [] });
    const resolvedAfter = await execute({ schema, document, contextValue: context });
    expect(run()).toBe(JSON.stringify(resolvedAfter.data));
    expect(JSON.parse(run()).search.totalCount).toBe(1);
    own.$client.close();
  });

  it("serves a search over HTTP from one statement, plus one per prefix to complete", async () => {
    const on = client(db, { sqlStats: true, compiledReads: true });
    const off = client(db, { sqlStats: true, compiledReads: false });
    for (const [q, prefixes] of [["Russia", 0], ["escalat* negotiat*", 2]] as const) {
      const query = `{ search(query: ${JSON.stringify(q)}, first: 20) { totalCount edges { node { node { ... on Document { title } ... on Statement { text speaker { name } document { title } } } } } } }`;
      const [a, b] = [await on.query(query), await off.query(query)];
      expect(a.errors).toBeUndefined();
      expect(a.data).toEqual(b.data);
      expect(a.extensions?.sql?.statements, q).toBe(1 + prefixes);
      expect(b.extensions?.sql?.statements, q).toBeGreaterThan(1 + prefixes);
    }
  });
});

describe("one plan per query text: other variables are bound to the statement compiled once", () => {
  /** Each variable set answered by the compiled path with one parsed document (as yoga's parse cache hands it out) and by the resolvers; the compiled answers. */
  async function sameForEach(query: string, variableSets: Record<string, unknown>[]): Promise<{ document: DocumentNode; answers: any[] }> {
    const document = parse(query);
    const answers = [];
    for (const variables of variableSets) {
      const expected = await resolved(query, variables);
      const got = executeCompiledRead({ schema, document, variableValues: variables, contextValue: contextValue() });
      expect(got, `not compiled: ${JSON.stringify(variables)}`).toBeDefined();
      expect(JSON.stringify(got!.data), JSON.stringify(variables)).toBe(expected);
      answers.push(JSON.parse(expected));
    }
    return { document, answers };
  }

  const actorNames = () => db.$client.prepare("SELECT name FROM actors ORDER BY id").pluck().all() as string[];

  it("an actor page for every actor, by name, alias, surname or no actor at all, from a few plans", async () => {
    const query = `query($name: String!) { actor(name: $name) { id name statements(first: 2) { totalCount edges { node { text } } } engagements { totalCount } } }`;
    const names = [...actorNames(), "putin", "JOE BIDEN", "Ushakov", "nobody at all", "", "Mr. Nobody Else Entirely"];
    const { document, answers } = await sameForEach(query, names.map((name) => ({ name })));
    expect(answers.filter((a) => a.actor).length).toBeGreaterThan(10);
    expect(answers.some((a) => a.actor === null)).toBe(true);
    // A plan per shape of the name lookup (how many keys a name folds to, a lone surname or
    // not), not per name.
    expect(plansOf(document)).toBeGreaterThan(0);
    expect(names.length).toBeGreaterThan(3 * plansOf(document));
  });

  it("node(id:) of every row of every type: one plan per type; an id of no row or of no type still goes to the resolvers", async () => {
    const query = `query($id: ID!) { node(id: $id) { __typename id ... on Actor { name } ... on Document { title } ... on Statement { text } ... on Engagement { kind } } }`;
    const ids: string[] = [];
    for (const [root] of ROOT_CONNECTIONS) ids.push(...nodes(JSON.parse(await resolved(`{ ${root}(first: 5) { edges { node { id } } } }`))[root]).map((n: any) => n.id));
    const { document } = await sameForEach(query, ids.map((id) => ({ id })));
    expect(plansOf(document)).toBe(ROOT_CONNECTIONS.length);
    const gone = Buffer.from("Document:999999").toString("base64");
    expect(executeCompiledRead({ schema, document, variableValues: { id: gone }, contextValue: contextValue() })).toBeUndefined();
    for (const id of ["bm90IGFuIGlk", Buffer.from("Counterpart:1").toString("base64")]) {
      expect(executeCompiledRead({ schema, document, variableValues: { id }, contextValue: contextValue() }), id).toBeUndefined();
    }
    expect(plansOf(document)).toBe(ROOT_CONNECTIONS.length);
  });

  it("filters given by variables: values, nulls and absent ones alike; a null filter is another plan, not a wrong answer", async () => {
    const actors = nodes(JSON.parse(await resolved(`{ actors(first: 100) { edges { node { id name } } } }`)).actors);
    const documents = nodes(JSON.parse(await resolved(`{ documents { edges { node { id } } } }`)).documents).map((d: any) => d.id);
    const query = `query($speaker: ID, $kind: StatementKind, $from: Date, $to: Date, $publisher: String, $document: ID) {
      statements(speaker: $speaker, kind: $kind, from: $from, to: $to, publisher: $publisher, document: $document, first: 4) { totalCount edges { cursor node { id text } } }
    }`;
    const sets: Record<string, unknown>[] = [];
    for (const [i, actor] of actors.entries()) {
      sets.push({ speaker: actor.id, kind: i % 2 ? "DIRECT" : "INDIRECT", from: "2021-12-01", to: "2021-12-31" });
      sets.push({ speaker: actor.id, kind: null });
    }
    for (const document of documents) sets.push({ document, publisher: "reuters" }, { document, publisher: null, from: null });
    sets.push({}, { kind: "DIRECT" }, { from: "2021-12-07" }, { to: "2022-01-10" });
    const { document, answers } = await sameForEach(query, sets);
    // The comparisons select: some sets find statements, some find fewer than all.
    const counts = answers.map((a) => a.statements.totalCount);
    expect(Math.max(...counts)).toBeGreaterThan(Math.min(...counts));
    expect(counts.filter((n) => n > 0).length).toBeGreaterThan(5);
    expect(plansOf(document)).toBeLessThan(sets.length / 4);
  });

  it("engagements between a varying list of actors in a varying period and order", async () => {
    const names = actorNames().slice(0, 12);
    const query = `query($with: [String!], $from: Date, $to: Date, $order: EngagementOrder!) {
      engagements(participantNames: $with, from: $from, to: $to, orderBy: $order, first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { kind effectiveDate participants { name } } } }
    }`;
    const sets: Record<string, unknown>[] = [];
    for (const [i, name] of names.entries()) {
      for (const order of ["REPORTED", "DATE", "RECENT"]) {
        sets.push({ with: [name], order }, { with: [name, names[(i + 1) % names.length]], from: "2021-11-01", to: "2022-12-31", order }, { with: null, from: "2021-12-01", order });
      }
    }
    const { answers } = await sameForEach(query, [...sets, { with: ["Joe Biden", "Vladimir Putin"], order: "DATE" }]);
    expect(answers.at(-1).engagements.totalCount).toBeGreaterThan(1);
  });

  it("@skip/@include and page sizes from variables: each value its own plan, over the limit refused as before", async () => {
    const query = `query($with: Boolean!, $n: Int) { actors(first: $n) { totalCount edges { node { name role @include(if: $with) statements(first: $n) @skip(if: $with) { totalCount } } } } }`;
    const sets = [true, false].flatMap((w) => [0, 1, 3, null].map((n) => ({ with: w, n })));
    const { document, answers } = await sameForEach(query, [...sets, ...sets]);
    expect(plansOf(document)).toBe(sets.length);
    expect(answers[0].actors.edges).toEqual([]);
    expect(Object.keys(answers[2].actors.edges[0].node)).toEqual(["name", "role"]);
    expect(Object.keys(answers[6].actors.edges[0].node)).toEqual(["name", "statements"]);
    const http = client(db, { compiledReads: true, maxCost: 1000 });
    expect((await http.query(query, { with: true, n: 3 })).errors).toBeUndefined();
    expect((await http.query(query, { with: true, n: 101 })).errors?.[0]?.extensions?.code).toBe("PAGE_SIZE_LIMIT");
    // 100 actors and 100 statements of each: over the cost limit; 30 and 30 of each, not.
    expect((await http.query(query, { with: false, n: 100 })).errors?.[0]?.extensions?.code).toBe("QUERY_COST_LIMIT");
    expect((await http.query(query, { with: false, n: 30 })).errors).toBeUndefined();
    expect((await http.query(query, { with: true, n: 3 })).data.actors.edges.length).toBe(3);
  });

  it("pages through every connection and order with one plan for the first page and one for the pages after a cursor", async () => {
    for (const [root, orders] of [
      ["actors", ["NAME", "STATEMENTS", "ENGAGEMENTS"]],
      ["engagements", ["REPORTED", "DATE", "RECENT"]],
      ["statements", [null]],
      ["documents", [null]],
    ] as const) {
      const ordered = orders[0] !== null;
      const query = `query($after: String${ordered ? `, $order: ${root === "actors" ? "ActorOrder" : "EngagementOrder"}!` : ""}) {
        ${root}(first: 2, after: $after${ordered ? ", orderBy: $order" : ""}) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`;
      const document = parse(query);
      let pages = 0;
      for (const order of orders) {
        let after: string | null = null;
        for (let page = 0; page < 100; page++) {
          const variables = { after, ...(order ? { order } : {}) };
          const expected = await resolved(query, variables);
          const got = executeCompiledRead({ schema, document, variableValues: variables, contextValue: contextValue() });
          expect(JSON.stringify(got?.data), JSON.stringify(variables)).toBe(expected);
          pages++;
          const info = JSON.parse(expected)[root].pageInfo;
          if (!info.hasNextPage) break;
          after = info.endCursor;
        }
      }
      expect(pages, root).toBeGreaterThan(2 * orders.length);
      // Orders with a leading count (actors by statements or engagements) page in two parts.
      expect(plansOf(document), root).toBeLessThanOrEqual(2 * orders.length);
    }
  });

  it("searches for other words with the same plan; a prefix search is a plan of its own text", async () => {
    const query = `query($q: String!) { search(query: $q, first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { node { __typename ... on Document { title } ... on Statement { text } } } } } }`;
    const words = ["Russia", "Ukraine", "sanctions Ukraine", '"foreign minister"', "Kyiv OR Kiev", "!!! ...", "call", "Putin Biden", "zqxjv"];
    const prefixes = ["negotiat*", "escalat* Russia"];
    const { document, answers } = await sameForEach(query, [...words, ...prefixes, ...words].map((q) => ({ q })));
    expect(answers.filter((a) => a.search.totalCount > 0).length).toBeGreaterThan(8);
    expect(plansOf(document)).toBe(1 + prefixes.length);
  });

  it("keeps a bounded number of plans per operation, however many shapes its variables take", async () => {
    const query = `query($n: Int, $kind: ActorKind) { actors(first: $n, kind: $kind) { totalCount edges { node { name } } } }`;
    const sets = Array.from({ length: 101 }, (_, n) => ({ n, kind: n % 3 ? "PERSON" : null }));
    const { document } = await sameForEach(query, [...sets, ...sets.slice(0, 5), ...sets.slice(-5)]);
    expect(plansOf(document)).toBeGreaterThan(30);
    expect(plansOf(document)).toBeLessThanOrEqual(64);
  });

  it("random filters given as variables to one document per connection, root and nested: every request as the resolvers answer it", async () => {
    const actors = nodes(JSON.parse(await resolved(`{ actors(first: 100) { edges { node { id name } } } }`)).actors);
    const ids = actors.map((a: any) => a.id);
    const names = [...actors.map((a: any) => a.name), "Putin", "nobody at all"];
    const documentIds = nodes(JSON.parse(await resolved(`{ documents { edges { node { id } } } }`)).documents).map((d: any) => d.id);
    const period = fc.constantFrom({}, { from: "2021-12-07" }, { to: "2021-12-06" }, { from: "2021-12-01", to: "2021-12-31" }, { from: null, to: "2022-01-10" });
    const pools: Record<string, fc.Arbitrary<unknown>> = {
      speaker: fc.constantFrom(...ids),
      participant: fc.constantFrom(...ids),
      participants: fc.subarray(ids, { minLength: 1, maxLength: 2 }),
      participantNames: fc.subarray(names, { minLength: 1, maxLength: 2 }),
      speakerName: fc.constantFrom(...names),
      document: fc.constantFrom(...documentIds),
      publisher: fc.constantFrom("reuters", "Cnn", "The Hill", "nobody"),
      contains: fc.constantFrom("call", "Ukraine", "the"),
      kinds: fc.subarray(["PHONE_CALL", "VIDEO_CALL", "CALL", "MEETING", "TALKS"]),
      family: fc.constantFrom("CALL", "MEETING"),
      status: fc.constantFrom("HELD", "PLANNED", "PROPOSED"),
      ploverCategory: fc.constantFrom("CONSULT", "AGREE"),
      ploverMode: fc.constantFrom("PHONE", "VISIT", "THIRD_PARTY", "MULTILATERAL"),
    };
    const kindsOf: Record<string, string[]> = { ActorKind: ["PERSON", "ORGANIZATION", "COUNTRY"], StatementKind: ["DIRECT", "INDIRECT"], EngagementKind: ["PHONE_CALL", "CALL", "MEETING"] };
    const orders: Record<string, string[]> = { ActorOrder: ["NAME", "STATEMENTS", "ENGAGEMENTS"], EngagementOrder: ["REPORTED", "DATE", "RECENT"] };
    const fields: [string, string, string][] = [
      ["Query", "actors", ""],
      ["Query", "documents", ""],
      ["Query", "statements", ""],
      ["Query", "engagements", ""],
      ["Actor", "engagements", `actor(name: $name)`],
      ["Actor", "statements", `actor(name: $name)`],
      ["Document", "statements", `node(id: $doc) { ... on Document`],
      ["Document", "actors", `node(id: $doc) { ... on Document`],
    ];
    for (const [parent, name, above] of fields) {
      const args = type(parent).getFields()[name]!.args.filter((a) => !["before", "after", "last", "search"].includes(a.name));
      const defs = args.map((a) => `$${a.name}: ${a.type}`);
      if (above.includes("$name")) defs.push("$name: String!");
      if (above.includes("$doc")) defs.push("$doc: ID!");
      const connection = `${name}(${args.map((a) => `${a.name}: $${a.name}`).join(", ")}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } }`;
      const query = `query(${defs.join(", ")}) { ${above ? `${above} { ${connection} }${above.includes("...") ? " }" : ""}` : connection} }`;
      const value = (arg: (typeof args)[number]): fc.Arbitrary<unknown> => {
        const named = getNamedType(arg.type).name;
        if (arg.name === "first") return fc.integer({ min: 0, max: 5 });
        if (orders[named]) return fc.constantFrom(...orders[named]!);
        if (arg.name === "kind") return fc.constantFrom(...kindsOf[named]!);
        return pools[arg.name]!;
      };
      const required = args.filter((a) => a.name === "orderBy").map((a) => a.name);
      const variables = fc
        .tuple(
          fc.record(Object.fromEntries(args.filter((a) => a.name !== "from" && a.name !== "to").map((a) => [a.name, a.name === "orderBy" ? value(a) : fc.option(value(a), { nil: null })])), { requiredKeys: required }),
          args.some((a) => a.name === "from") ? period : fc.constant({}),
          fc.constantFrom(...names.slice(0, 8)),
          fc.constantFrom(...documentIds),
        )
        .map(([v, p, actor, doc]) => ({ ...v, ...p, ...(above.includes("$name") ? { name: actor } : {}), ...(above.includes("$doc") ? { doc } : {}) }));
      const document = parse(query);
      let served = 0;
      await fc.assert(
        fc.asyncProperty(variables, async (v) => {
          const expected = await resolved(query, v);
          const got = executeCompiledRead({ schema, document, variableValues: v, contextValue: contextValue() });
          if (got) served++;
          if (got) expect(JSON.stringify(got.data), JSON.stringify(v)).toBe(expected);
        }),
        { numRuns: 60 },
      );
      // Every one served as a compiled read, bound to a plan of the document or compiled into one.
      expect(served, query).toBe(60);
      expect(plansOf(document), query).toBeGreaterThan(0);
    }
  });

  it("arguments a plan's slots refuse are the resolvers' to answer, over HTTP as with compiled reads off", async () => {
    const query = `query($from: Date, $to: Date, $speaker: ID) { statements(from: $from, to: $to, speaker: $speaker) { totalCount } }`;
    const on = client(db, { compiledReads: true });
    const off = client(db, { compiledReads: false });
    const speaker = nodes(JSON.parse(await resolved(`{ actors(first: 1) { edges { node { id } } } }`)).actors)[0].id;
    for (const variables of [
      { from: "2021-12-01", to: "2021-12-31", speaker },
      { from: "2022-01-01", to: "2021-12-31", speaker },
      { from: "2021-12-01", to: "2021-12-31", speaker: Buffer.from("Document:1").toString("base64") },
      { from: "2021-12-01", to: "2021-12-31", speaker: "bm90IGFuIGlk" },
      { from: "2021-12-01", to: "2021-12-31", speaker },
    ]) {
      expect(await on.query(query, variables), JSON.stringify(variables)).toEqual(await off.query(query, variables));
    }
  });
});

/** `{ data }` of a query answered by both paths alike. */
async function both(query: string, variables?: Record<string, unknown>) {
  return JSON.parse(await expectSame(query, variables));
}

const nodes = (connection: { edges: { node: any }[] }) => connection.edges.map((e) => e.node);

/** The ids of every page of a root connection, walked with endCursor on both paths alike. */
async function pagedIds(root: string, args: string, first: number, maxPages: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const data: any = await both(`query($after: String) { ${root}(${args}, first: ${first}, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { after });
    ids.push(...nodes(data[root]).map((n: any) => n.id));
    if (!data[root].pageInfo.hasNextPage) break;
    after = data[root].pageInfo.endCursor;
  }
  return ids;
}
const day = (iso: string | null) => iso?.slice(0, 10) ?? null;
const within = (date: string | null, from?: string, to?: string) => date !== null && (!from || date >= from) && (!to || date <= to);

describe("analyst filters: both paths select what the filter means", () => {
  it("engagements by participants (ids and names), kinds, family, status and period", async () => {
    const all = nodes((await both(`{ engagements(first: 100) { edges { node { id kind status date effectiveDate participants { id name } } } } }`)).engagements);
    const { biden, putin } = await both(`{ biden: actor(name: "joe biden") { id } putin: actor(name: "Putin") { id } }`);
    const calls = ["PHONE_CALL", "VIDEO_CALL", "CALL"];
    const cases: [string, (e: any) => boolean][] = [
      [`participants: ["${biden.id}", "${putin.id}"]`, (e) => [biden.id, putin.id].every((id) => e.participants.some((p: any) => p.id === id))],
      [`participantNames: ["Joe Biden", "putin"], family: CALL`, (e) => [biden.id, putin.id].every((id) => e.participants.some((p: any) => p.id === id)) && calls.includes(e.kind)],
      [`participant: "${biden.id}", participantNames: ["nobody at all"]`, () => false],
      [`kinds: [MEETING, PHONE_CALL], status: HELD`, (e) => ["MEETING", "PHONE_CALL"].includes(e.kind) && e.status === "HELD"],
      [`kind: CALL, family: CALL`, (e) => e.kind === "CALL"],
      [`kinds: [MEETING], family: CALL`, () => false],
      [`from: "2021-12-01", to: "2021-12-31"`, (e) => within(e.effectiveDate, "2021-12-01", "2021-12-31")],
      [`to: "2021-12-06"`, (e) => within(e.effectiveDate, undefined, "2021-12-06")],
      [`from: "2021-12-07", family: MEETING`, (e) => within(e.effectiveDate, "2021-12-07") && ["MEETING", "TALKS"].includes(e.kind)],
    ];
    for (const [args, keep] of cases) {
      const data = await both(`{ engagements(${args}, first: 100) { totalCount edges { node { id } } } }`);
      const expected = all.filter(keep).map((e: any) => e.id);
      expect(nodes(data.engagements).map((e: any) => e.id), args).toEqual(expected);
      expect(data.engagements.totalCount, args).toBe(expected.length);
    }
    // The cases mean something: the seed has such engagements, and engagements outside them.
    expect(all.filter(cases[1]![1]).length).toBeGreaterThan(1);
    expect(all.filter(cases[6]![1]).length).toBeGreaterThan(1);
    expect(all.filter(cases[6]![1]).length).toBeLessThan(all.length);
    // effectiveDate: the engagement's own date, else the day of its first report.
    expect(all.filter((e: any) => e.date).every((e: any) => e.effectiveDate === e.date)).toBe(true);
  });

  it("statements and documents by period, publisher, document and speaker name", async () => {
    const statements = nodes(
      (await both(`{ statements(first: 100) { edges { node { id speaker { name } document { id publishedAt publisher } } } } }`)).statements,
    );
    const documents = nodes((await both(`{ documents(first: 100) { edges { node { id publishedAt publisher } } } }`)).documents);
    const period = { from: "2021-12-07", to: "2021-12-31" };
    const cases: [string, (s: any) => boolean][] = [
      [`from: "${period.from}", to: "${period.to}"`, (s) => within(day(s.document.publishedAt), period.from, period.to)],
      [`publisher: "REUTERS"`, (s) => s.document.publisher?.toLowerCase() === "reuters"],
      [`document: "${documents[2].id}"`, (s) => s.document.id === documents[2].id],
      [`speakerName: "jake sullivan", to: "2021-12-31"`, (s) => s.speaker?.name === "Jake Sullivan" && within(day(s.document.publishedAt), undefined, "2021-12-31")],
    ];
    for (const [args, keep] of cases) {
      const data = await both(`{ statements(${args}, first: 100) { totalCount edges { node { id } } } }`);
      const expected = statements.filter(keep).map((s: any) => s.id);
      expect(nodes(data.statements).map((s: any) => s.id), args).toEqual(expected);
      expect(data.statements.totalCount, args).toBe(expected.length);
      expect(expected.length, args).toBeGreaterThan(0);
      expect(expected.length, args).toBeLessThan(statements.length);
    }
    for (const [args, keep] of [
      [`from: "${period.from}", to: "${period.to}"`, (d: any) => within(day(d.publishedAt), period.from, period.to)],
      [`publisher: "reuters", from: "2022-01-10"`, (d: any) => d.publisher?.toLowerCase() === "reuters" && within(day(d.publishedAt), "2022-01-10")],
    ] as const) {
      const data = await both(`{ documents(${args}) { totalCount edges { node { id } } } }`);
      const expected = documents.filter(keep).map((d: any) => d.id);
      expect(nodes(data.documents).map((d: any) => d.id), args).toEqual(expected);
      expect(expected.length, args).toBeGreaterThan(0);
    }
  });

  it("the same filters on nested connections", async () => {
    const query = `query($from: Date, $to: Date, $with: [String!]) {
      actor(name: "Joe Biden") {
        statements(from: $from, to: $to, kind: DIRECT) { totalCount edges { node { text document { publishedAt } } } }
        engagements(participantNames: $with, family: CALL, orderBy: DATE) { totalCount edges { cursor node { kind effectiveDate participants { name } } } }
        documents(from: $from, to: $to, publisher: "cnn") { totalCount edges { node { title publisher } } }
      }
      documents(first: 5) { edges { node { actors(kind: PERSON, first: 3) { totalCount edges { node { name } } } statements(speakerName: "Sullivan") { totalCount } engagements(status: HELD, orderBy: RECENT) { totalCount edges { node { effectiveDate } } } } } }
    }`;
    const data = await both(query, { from: "2021-12-01", to: "2021-12-31", with: ["Vladimir Putin"] });
    expect(data.actor.engagements.totalCount).toBeGreaterThan(1);
    for (const e of nodes(data.actor.engagements)) expect(e.participants.map((p: any) => p.name)).toEqual(expect.arrayContaining(["Joe Biden", "Vladimir Putin"]));
    for (const s of nodes(data.actor.statements)) expect(within(day(s.document.publishedAt), "2021-12-01", "2021-12-31")).toBe(true);
    await both(query, { from: null, to: null, with: null });
  });

  it("orders engagements by date, oldest or newest first, undated last, and pages through each order", async () => {
    for (const order of ["DATE", "RECENT"]) {
      const all = nodes((await both(`{ engagements(orderBy: ${order}, first: 100) { edges { node { id effectiveDate } } } }`)).engagements);
      const dated = all.filter((e: any) => e.effectiveDate);
      expect(dated.length).toBeGreaterThan(1);
      expect(all.slice(dated.length).every((e: any) => e.effectiveDate === null)).toBe(true);
      const dates = dated.map((e: any) => e.effectiveDate);
      expect(dates).toEqual(order === "DATE" ? [...dates].sort() : [...dates].sort().reverse());
      expect(await pagedIds("engagements", `orderBy: ${order}`, 4, 50)).toEqual(all.map((e: any) => e.id));
    }
  });

  it("pages actors by statement and engagement counts", async () => {
    for (const order of ["STATEMENTS", "ENGAGEMENTS"]) {
      const all = nodes((await both(`{ actors(orderBy: ${order}, first: 100) { edges { node { id statements { totalCount } engagements { totalCount } } } } }`)).actors);
      const counts = all.map((a: any) => (order === "STATEMENTS" ? a.statements : a.engagements).totalCount);
      expect(counts).toEqual([...counts].sort((x, y) => y - x));
      expect(await pagedIds("actors", `orderBy: ${order}`, 7, 100)).toEqual(all.map((a: any) => a.id));
    }
  });

  it("refuses a malformed date or a period ending before it starts, the same way on both paths", async () => {
    for (const query of [`{ engagements(from: "2021-12-32") { totalCount } }`, `{ statements(from: "2022-01-01", to: "2021-12-31") { totalCount } }`]) {
      const [on, off] = [await client(db, { compiledReads: true }).query(query), await client(db, { compiledReads: false }).query(query)];
      expect(on.errors?.length, query).toBe(1);
      expect(on).toEqual(off);
    }
  });
});

/** The filter arguments the random queries pass, by node type (kept in step with `filters` in queryArbitrary). */
const FILTER_ARGS: Record<string, string[]> = {
  Actor: ["kind", "search", "orderBy"],
  Document: ["from", "to", "publisher", "contains"],
  Statement: ["from", "to", "speaker", "speakerName", "kind", "publisher", "contains", "document"],
  Engagement: ["from", "to", "participant", "participants", "participantNames", "kind", "kinds", "family", "status", "ploverCategory", "ploverMode", "orderBy"],
};

/** Argument text written into a query as it is. */
class Literal {
  constructor(readonly text: string) {}
}

/** A random query: a root connection (or `actor`) and a random selection below it, three levels deep. */
function queryArbitrary(actors: { cursor: string; node: { id: string; name: string } }[], documentIds: string[]): fc.Arbitrary<string> {
  const pageArgs = fc.record(
    { first: fc.integer({ min: 0, max: 6 }), after: fc.constantFrom(...actors.map((a) => a.cursor)) },
    { requiredKeys: [] },
  );
  /** GraphQL argument text; a `Literal` is written as it is (lists, enums). */
  const args = (a: Record<string, unknown>) =>
    Object.entries(a)
      .map(([k, v]) => `${k}: ${v instanceof Literal ? v.text : typeof v === "string" && !/^[A-Z_]+$/.test(v) ? JSON.stringify(v) : v}`)
      .join(", ");
  const list = (values: string[], quoted: boolean) => new Literal(`[${values.map((v) => (quoted ? JSON.stringify(v) : v)).join(", ")}]`);
  const ids = actors.map((a) => a.node.id);
  const names = [...actors.map((a) => a.node.name), "Putin", "nobody at all"];
  // Valid periods only: one ending before it starts is an error (checked elsewhere).
  const period = fc.constantFrom({}, { from: "2021-12-07" }, { to: "2021-12-06" }, { from: "2021-12-01", to: "2021-12-31" }, { from: "2022-01-10", to: "2022-01-10" });
  const filters: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
    Actor: fc.record({ kind: fc.constantFrom("PERSON", "ORGANIZATION", "COUNTRY"), search: fc.constantFrom("a", "bid", "zz", ""), orderBy: fc.constantFrom("NAME", "STATEMENTS", "ENGAGEMENTS") }, { requiredKeys: [] }),
    Document: fc
      .tuple(period, fc.record({ publisher: fc.constantFrom("reuters", "Cnn", "nobody"), contains: fc.constantFrom("call", "Ukraine") }, { requiredKeys: [] }))
      .map(([p, r]) => ({ ...p, ...r })),
    Statement: fc
      .tuple(
        period,
        fc.record(
          {
            speaker: fc.constantFrom(...ids),
            speakerName: fc.constantFrom(...names),
            kind: fc.constantFrom("DIRECT", "INDIRECT"),
            publisher: fc.constantFrom("reuters", "The Hill"),
            contains: fc.constantFrom("the", "Ukraine"),
            document: fc.constantFrom(...documentIds),
          },
          { requiredKeys: [] },
        ),
      )
      .map(([p, r]) => ({ ...p, ...r })),
    Engagement: fc
      .tuple(
        period,
        fc.record(
          {
            participant: fc.constantFrom(...ids),
            participants: fc.subarray(ids, { minLength: 1, maxLength: 2 }).map((v) => list(v, true)),
            participantNames: fc.subarray(names, { minLength: 1, maxLength: 2 }).map((v) => list(v, true)),
            kind: fc.constantFrom("PHONE_CALL", "VIDEO_CALL", "CALL", "MEETING", "TALKS"),
            kinds: fc.subarray(["PHONE_CALL", "VIDEO_CALL", "CALL", "MEETING", "TALKS"]).map((v) => list(v, false)),
            family: fc.constantFrom("CALL", "MEETING"),
            status: fc.constantFrom("HELD", "PLANNED", "PROPOSED"),
            ploverCategory: fc.constantFrom("CONSULT", "AGREE"),
            ploverMode: fc.constantFrom("PHONE", "VISIT", "THIRD_PARTY", "MULTILATERAL"),
            orderBy: fc.constantFrom("REPORTED", "DATE", "RECENT"),
          },
          { requiredKeys: [] },
        ),
      )
      .map(([p, r]) => ({ ...p, ...r })),
  };
  /** The filters a connection field takes, of those of its node type. */
  const filtersOf = (field: { args: readonly { name: string }[] }, node: string) =>
    filters[node]!.map((f) => Object.fromEntries(Object.entries(f).filter(([k]) => field.args.some((a) => a.name === k))));
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
    const nested = fc
      .tuple(fc.record({ first: fc.integer({ min: 0, max: 4 }) }, { requiredKeys: [] }), fc.option(filtersOf(t.getFields()[name]!, node.name), { nil: {} }))
      .map(([p, f]) => ({ ...f, ...p }));
    return fc
      .tuple(alias, nested, parts.chain((ps) => fc.tuple(...ps)))
      .map(([a, n, ps]) => `${a}${Object.keys(n).length ? `(${args(n)})` : ""} { ${ps.join(" ")} }`);
  };
  const connectionRoot = (root: string, node: string, filters: fc.Arbitrary<Record<string, unknown>>) =>
    fc.tuple(filters, root === "actors" ? pageArgs : pageArgs.map(({ after: _after, ...rest }) => rest), selection(type(node), 3)).map(
      ([f, p, s]) => {
        // The cursors at hand are of actors by name: another order's connection leaves them to plugin-drizzle.
        const { after, ...rest } = p as { after?: string };
        const all = args({ ...f, ...rest, ...(f.orderBy && f.orderBy !== "NAME" ? {} : after ? { after } : {}) });
        return `{ ${root}${all ? `(${all})` : ""} { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${s} } } } }`;
      },
    );
  return fc.oneof(
    connectionRoot("actors", "Actor", filters.Actor!),
    connectionRoot("documents", "Document", filters.Document!),
    connectionRoot("statements", "Statement", filters.Statement!),
    connectionRoot("engagements", "Engagement", filters.Engagement!),
    fc.tuple(fc.constantFrom(...actors.map((a) => a.node.name.toUpperCase()), "nobody"), selection(type("Actor"), 3)).map(([name, s]) => `{ actor(name: ${JSON.stringify(name)}) { ${s} } }`),
  );
}
