// Full-text search (FTS5): ranking, snippets, paging, the union of documents and
// statements, prefixes, the limits that keep one search cheap, and the FTS-backed `search`
// arguments of documents and statements.
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/db.js";
import { storeDocument } from "../../src/store/store-document.js";
import { client } from "../helpers/client.js";
import { useSeededApi } from "../helpers/seeded-api.js";

const kb = useSeededApi();

const SEARCH = `query($q: String!, $first: Int, $after: String) {
  search(query: $q, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { score snippet node { __typename ... on Document { id title } ... on Statement { id text speaker { name } document { title } } } } }
  }
}`;

describe("search", () => {
  it("finds documents and statements, best first, with highlighted snippets", async () => {
    const res = await kb.api.query(SEARCH, { q: "sanctions", first: 10 });
    expect(res.errors).toBeUndefined();
    const { totalCount, edges } = res.data.search;
    expect(totalCount).toBeGreaterThan(0);
    const scores = edges.map((e: any) => e.node.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const e of edges) expect(e.node.snippet).toMatch(/<mark>sanction\w*<\/mark>/i);
    const types = new Set(edges.map((e: any) => e.node.node.__typename));
    expect(types.has("Document") || types.has("Statement")).toBe(true);
  });

  it("ranks documents with a title match above documents matching in the body only", async () => {
    const title = kb.db.$client.prepare("SELECT title FROM documents WHERE title IS NOT NULL ORDER BY id LIMIT 1").pluck().get() as string;
    const word = title.split(/\W+/).filter((w) => w.length > 6).pop()!;
    const res = await kb.api.query(SEARCH, { q: word, first: 100 });
    expect(res.errors).toBeUndefined();
    const docs = res.data.search.edges.map((e: any) => e.node.node).filter((n: any) => n.__typename === "Document");
    expect(docs.length).toBeGreaterThan(0);
    expect(docs[0].title.toLowerCase()).toContain(word.toLowerCase());
  });

  it("pages through every hit with cursors, and totalCount agrees", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 50; page++) {
      const res: any = await kb.api.query(SEARCH, { q: "Russia", first: 7, after });
      expect(res.errors).toBeUndefined();
      total = res.data.search.totalCount;
      for (const e of res.data.search.edges) seen.push(`${e.node.node.__typename}:${e.node.node.id}`);
      if (!res.data.search.pageInfo.hasNextPage) break;
      after = res.data.search.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(7);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it("runs a bounded number of SQL statements per page", async () => {
    // count, page, a snippet query and a load per kind, the speaker and document of statements.
    const small = await kb.api.query(SEARCH, { q: "Russia", first: 20 });
    const large = await kb.api.query(SEARCH, { q: "Russia", first: 100 });
    expect(large.data.search.edges.length).toBeGreaterThan(small.data.search.edges.length);
    expect(large.extensions!.sql!.statements).toBe(small.extensions!.sql!.statements);
    expect(large.extensions!.sql!.statements).toBeLessThanOrEqual(8);
  });

  it("reads no text for snippets unless the query selects them", async () => {
    const q = (fields: string) => `{ search(query: "Russia", first: 50) { edges { node { score ${fields} node { __typename } } } } }`;
    const without = await kb.api.query(q(""));
    const withSnippets = await kb.api.query(q("snippet"));
    expect(without.errors).toBeUndefined();
    expect(new Set(without.data.search.edges.map((e: any) => e.node.node.__typename))).toEqual(new Set(["Document", "Statement"]));
    // One snippet statement per kind of hit.
    expect(withSnippets.extensions!.sql!.statements - without.extensions!.sql!.statements).toBe(2);
  });

  it("gives every hit a non-zero score, documents included, best first", async () => {
    const res = await kb.api.query(SEARCH, { q: "Russia", first: 100 });
    const hits = res.data.search.edges.map((e: any) => ({ type: e.node.node.__typename, score: e.node.score }));
    const docs = hits.filter((h: any) => h.type === "Document");
    expect(docs.length).toBeGreaterThan(1);
    // bm25 floors the weight of a word found in most rows at 0.000001; with one index for
    // documents and statements the seed's documents are no longer such rows.
    for (const h of hits) expect(h.score).toBeGreaterThan(0.01);
    expect(new Set(docs.map((h: any) => h.score)).size).toBe(docs.length);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
  });

  it("finds stemmed words by prefix: escalat* finds what escalation finds, negotiat* finds negotiating", async () => {
    const count = async (q: string) => ((await kb.api.query(SEARCH, { q, first: 100 })).data.search.totalCount as number);
    const escalation = await count("escalation");
    expect(escalation).toBeGreaterThan(5);
    expect(await count("escalat*")).toBe(escalation);
    const res = await kb.api.query(SEARCH, { q: "negotiat*", first: 100 });
    expect(res.data.search.totalCount).toBeGreaterThan(0);
    expect(res.data.search.edges.map((e: any) => e.node.snippet).join(" ")).toMatch(/<mark>negotiating<\/mark>/i);
  });

  it("refuses over-limit and NUL queries with BAD_USER_INPUT naming the argument", async () => {
    const cases: [string, string][] = [
      ["t* t* t* t* t* t* t* t* t* t*", "PREFIX_TOO_SHORT"],
      ["ru* pu* bi* ze*", "TOO_MANY_PREFIXES"],
      [Array.from({ length: 1000 }, (_, i) => `w${i}*`).join(" "), "TOO_LONG"],
      ["one two three four five six seven eight nine ten eleven", "TOO_MANY_WORDS"],
      ["Putin\u0000", "NUL"],
    ];
    for (const [q, reason] of cases) {
      const res = await kb.api.query(SEARCH, { q, first: 100 });
      expect(res.data?.search ?? null, reason).toBeNull();
      expect(res.errors?.[0]?.extensions, reason).toMatchObject({ code: "BAD_USER_INPUT", field: "query", reason });
      expect(res.errors?.[0]?.message).toMatch(/^query: /);
    }
    const res = await kb.api.query(`{ documents(search: "a\\u0000b") { totalCount } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "search", reason: "NUL" });
  });

  it("never fails on FTS syntax, and matches nothing for punctuation", async () => {
    for (const q of ['"unbalanced', "U.S.", "AND OR NOT", "(", "*", "NEAR(a b)", "-", "x:y"]) {
      const res = await kb.api.query(SEARCH, { q, first: 3 });
      expect(res.errors, q).toBeUndefined();
    }
    const res = await kb.api.query(SEARCH, { q: "!!! ...", first: 3 });
    expect(res.data.search).toMatchObject({ totalCount: 0, edges: [] });
  });

  it("backs documents(search:) and statements(search:) with FTS, and keeps substring search as contains", async () => {
    const res = await kb.api.query(`{
      fts: statements(search: "sanction", first: 100) { totalCount edges { node { text } } }
      sub: statements(contains: "sanction", first: 100) { totalCount edges { node { text } } }
      docs: documents(search: "NATO", first: 100) { totalCount }
      docsSub: documents(contains: "NATO", first: 100) { totalCount }
    }`);
    expect(res.errors).toBeUndefined();
    // Stemming: "sanction" finds "sanctions"; every hit has the word.
    expect(res.data.fts.totalCount).toBeGreaterThan(0);
    for (const e of res.data.fts.edges) expect(e.node.text.toLowerCase()).toMatch(/sanction/);
    for (const e of res.data.sub.edges) expect(e.node.text.toLowerCase()).toContain("sanction");
    expect(res.data.docs.totalCount).toBeGreaterThan(0);
    expect(res.data.docs.totalCount).toBeLessThanOrEqual(res.data.docsSub.totalCount);
  });

  it("completes prefixes in documents(search:) and statements(search:) and keeps the kinds apart", async () => {
    const res = await kb.api.query(`{
      docs: documents(search: "negotiat*", first: 100) { totalCount }
      statements(search: "escalat*", first: 100) { totalCount edges { node { text } } }
      all: search(query: "escalat*", first: 100) { edges { node { node { __typename } } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.docs.totalCount).toBeGreaterThan(0);
    const statementHits = res.data.all.edges.filter((e: any) => e.node.node.__typename === "Statement").length;
    expect(res.data.statements.totalCount).toBe(statementHits);
    for (const e of res.data.statements.edges) expect(e.node.text).toMatch(/escalat/i);
  });
});

// Searches that once took minutes, over a store holding a 5 MB document that names its
// subject 20,000 times: snippets scored every hit against every other (quadratic), and
// a query of short prefixes read the whole index once per prefix.
describe("search over a large document", () => {
  const db = openDatabase(":memory:", { sqlStats: true });
  const api = client(db, { sqlStats: true });
  afterAll(() => db.$client.close());
  const sentence = "Putin said the talks on the treaty would go on through the winter. ";
  const text = sentence.repeat(Math.ceil(5_000_000 / sentence.length));
  storeDocument(
    db,
    { slug: "large", title: "A very long transcript", url: null, publisher: null, author: null, publishedAt: null, rawText: text, text, fingerprint: [] },
    { actors: [], statements: [], engagements: [] },
  );
  for (let i = 0; i < 10; i++) {
    const small = `Document ${i} about trade, tariffs and treaties between neighbours number ${i}. Putin was not mentioned ${i} times.`;
    storeDocument(db, { slug: `small-${i}`, title: `Trade ${i}`, url: null, publisher: null, author: null, publishedAt: null, rawText: small, text: small, fingerprint: [] }, { actors: [], statements: [], engagements: [] });
  }

  it("answers a one-word search with snippets quickly", { timeout: 60_000 }, async () => {
    const started = performance.now();
    const res = await api.query(SEARCH, { q: "putin", first: 100 });
    const elapsed = performance.now() - started;
    expect(res.errors).toBeUndefined();
    expect(res.data.search.totalCount).toBe(11);
    const large = res.data.search.edges.find((e: any) => e.node.node.title === "A very long transcript");
    expect(large.node.snippet).toMatch(/^<mark>Putin<\/mark> said the talks/);
    // Generous: it takes milliseconds; FTS5's snippet() took over a minute here.
    expect(elapsed).toBeLessThan(5_000);
  });

  it("refuses the ten-prefix query at once, and answers allowed prefix queries quickly", { timeout: 60_000 }, async () => {
    const refused = await api.query(`{ search(query: "t* t* t* t* t* t* t* t* t* t*", first: 100) { edges { cursor } } }`);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "query" });
    // Refused before any SQL ran.
    expect(refused.extensions!.sql!.statements).toBe(0);
    const started = performance.now();
    const res = await api.query(SEARCH, { q: "tr* th* wi*", first: 100 });
    expect(res.errors).toBeUndefined();
    expect(res.data.search.totalCount).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
