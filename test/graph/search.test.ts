// Full-text search (FTS5): ranking, snippets, paging, the union of documents and
// statements, and the FTS-backed `search` arguments of documents and statements.
import { describe, expect, it } from "vitest";
import { ftsQuery } from "../../src/store/fts-query.js";
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

  it("never fails on FTS syntax, and matches nothing for punctuation", async () => {
    for (const q of ['"unbalanced', "U.S.", "AND OR NOT", "(", "*", "NEAR(a b)", "-", "x:y"]) {
      const res = await kb.api.query(SEARCH, { q, first: 3 });
      expect(res.errors, q).toBeUndefined();
    }
    const res = await kb.api.query(SEARCH, { q: "!!! ...", first: 3 });
    expect(res.data.search).toMatchObject({ totalCount: 0, edges: [] });
  });

  it("builds FTS expressions from words, phrases, prefixes and OR", () => {
    expect(ftsQuery("Biden  Putin")).toBe('"Biden" "Putin"');
    expect(ftsQuery('"video call" sanction*')).toBe('"video call" "sanction"*');
    expect(ftsQuery("Kyiv OR Kiev")).toBe('"Kyiv" OR "Kiev"');
    expect(ftsQuery('say "hi')).toBe('"say" "hi"');
    expect(ftsQuery("OR")).toBeNull();
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
});
