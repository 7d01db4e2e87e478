// Real GraphQL requests against a knowledge base seeded from seed/ through the ingestion path.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/store/db.js";
import { client } from "../helpers/client.js";
import { seededDb } from "../helpers/kb.js";

let db: Db;
let api: ReturnType<typeof client>;

beforeAll(() => {
  db = seededDb();
  api = client(db);
});

describe("actors and their statements", () => {
  it("finds an actor by any alias, case-insensitively, with statements and the document of each", async () => {
    const res = await api.query(`{
      actor(name: "jake SULLIVAN") {
        id name kind aliases
        statements(first: 20) { totalCount edges { node { id kind text evidence { start end text } document { id title text } } } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const actor = res.data.actor;
    expect(actor.name).toBe("Jake Sullivan");
    expect(actor.kind).toBe("PERSON");
    expect(actor.aliases).toContain("Sullivan");
    const statements = actor.statements.edges.map((e: any) => e.node);
    expect(statements.length).toBeGreaterThan(0);
    expect(actor.statements.totalCount).toBe(statements.length);
    for (const s of statements) {
      // Evidence points at the exact words in the cleaned text of the statement's document.
      expect(s.document.text.slice(s.evidence.start, s.evidence.end)).toBe(s.text);
      expect(s.evidence.text).toBe(s.text);
    }
    // Sullivan is quoted or reported in more than one seed document.
    expect(new Set(statements.map((s: any) => s.document.id)).size).toBeGreaterThan(1);
  });

  it("answers null for an unknown actor", async () => {
    const res = await api.query(`{ actor(name: "Nobody Ever") { id } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.actor).toBeNull();
  });

  it("refetches every kind of node by its global id", async () => {
    const res = await api.query(`{
      actors(first: 1) { edges { node { id name } } }
      documents(first: 1) { edges { node { id slug } } }
      statements(first: 1) { edges { node { id text } } }
      engagements(first: 1) { edges { node { id kind } } }
    }`);
    expect(res.errors).toBeUndefined();
    const nodes = [
      ["Actor", "name", res.data.actors.edges[0].node],
      ["Document", "slug", res.data.documents.edges[0].node],
      ["Statement", "text", res.data.statements.edges[0].node],
      ["Engagement", "kind", res.data.engagements.edges[0].node],
    ] as const;
    for (const [type, field, node] of nodes) {
      const again = await api.query(`query($id: ID!) { node(id: $id) { __typename id ... on ${type} { ${field} } } }`, { id: node.id });
      expect(again.errors).toBeUndefined();
      expect(again.data.node).toEqual({ __typename: type, id: node.id, [field]: node[field] });
    }
  });
});

describe("pagination", () => {
  it("walks every actor exactly once across pages, and totalCount agrees", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let page = 0; page < 100; page++) {
      const res: any = await api.query(
        `query($after: String) { actors(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`,
        { after },
      );
      expect(res.errors).toBeUndefined();
      const conn = res.data.actors;
      total = conn.totalCount;
      expect(conn.edges.length).toBeLessThanOrEqual(7);
      seen.push(...conn.edges.map((e: any) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    const rows = (db.$client.prepare("SELECT count(*) AS n FROM actors").get() as { n: number }).n;
    expect(total).toBe(rows);
    expect(seen.length).toBe(rows);
    expect(new Set(seen).size).toBe(rows);
  });

  it("defaults to 20 items and refuses more than 100", async () => {
    const res = await api.query(`{ actors { edges { node { id } } } }`);
    expect(res.data.actors.edges.length).toBe(Math.min(20, res.data ? 20 : 0));
    const tooMany = await api.query(`{ actors(first: 101) { edges { node { id } } } }`);
    expect(tooMany.errors?.[0]?.message).toMatch(/100/);
  });
});

describe("filters", () => {
  it("filters actors by kind and by a search on names and aliases", async () => {
    const res = await api.query(`{
      countries: actors(kind: COUNTRY, first: 100) { totalCount edges { node { kind name } } }
      search: actors(search: "ushakov") { edges { node { name aliases } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.countries.totalCount).toBeGreaterThan(2);
    expect(res.data.countries.edges.every((e: any) => e.node.kind === "COUNTRY")).toBe(true);
    expect(res.data.countries.edges.map((e: any) => e.node.name)).toContain("Russia");
    const found = res.data.search.edges.map((e: any) => e.node);
    expect(found.length).toBe(1);
    expect(found[0].aliases.join(" ")).toMatch(/Ushakov/);
  });

  it("filters statements by speaker and kind, and engagements by participant", async () => {
    const who = await api.query(`{ actor(name: "Putin") { id name } }`);
    const putin = who.data.actor;
    expect(putin.name).toBe("Vladimir Putin");
    const res = await api.query(
      `query($id: ID!) {
        direct: statements(kind: DIRECT, first: 100) { totalCount edges { node { kind } } }
        indirect: statements(kind: INDIRECT, first: 100) { totalCount }
        all: statements(first: 1) { totalCount }
        engagements(participant: $id, first: 100) { totalCount edges { node { kind participants { id name } } } }
      }`,
      { id: putin.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.direct.edges.every((e: any) => e.node.kind === "DIRECT")).toBe(true);
    expect(res.data.direct.totalCount + res.data.indirect.totalCount).toBe(res.data.all.totalCount);
    const engagements = res.data.engagements.edges.map((e: any) => e.node);
    expect(engagements.length).toBeGreaterThan(0);
    for (const e of engagements) expect(e.participants.map((p: any) => p.id)).toContain(putin.id);
    // Biden and Putin spoke: at least one engagement has both.
    expect(engagements.some((e: any) => e.participants.some((p: any) => /Biden/.test(p.name)))).toBe(true);
  });

  it("gives each engagement its source sentences as evidence", async () => {
    // Each document's text once: a text per source would cost 1,000 nodes each (LARGE_TEXT_NODES).
    const res = await api.query(
      `{ engagements(first: 100) { edges { node { participants { name } sources { start end text document { id } } } } } documents { edges { node { id text } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const texts = new Map<string, string>(res.data.documents.edges.map((e: any) => [e.node.id, e.node.text]));
    for (const { node } of res.data.engagements.edges) {
      expect(node.participants.length).toBeGreaterThanOrEqual(2);
      expect(node.sources.length).toBeGreaterThan(0);
      for (const s of node.sources) expect(texts.get(s.document.id)!.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
