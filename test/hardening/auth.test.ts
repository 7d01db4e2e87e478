// Every mutation needs the API token: refused without one configured, without the header and
// with a wrong token (the database unchanged each time), accepted with the right one.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { curatorAccess } from "../../src/serve/auth.js";
import type { Db } from "../../src/store/db.js";
import { curatorClient, snapshot, TOKEN } from "../helpers/curator.js";
import { syntheticDb } from "../helpers/synthetic.js";

interface Case {
  name: string;
  /** Builds the mutation against a fresh database. */
  build(db: Db): Promise<{ query: string; variables: Record<string, unknown> }>;
}

async function ids(db: Db) {
  const { data } = await curatorClient(db).query(
    "{ actors(first: 3) { edges { node { id } } } statements(first: 1) { edges { node { id } } } documents(first: 1) { edges { node { id } } } }",
  );
  return {
    actors: data.actors.edges.map((e: any) => e.node.id) as string[],
    statement: data.statements.edges[0].node.id as string,
    document: data.documents.edges[0].node.id as string,
  };
}

const cases: Case[] = [
  {
    name: "ingestDocument",
    build: async () => ({
      query: "mutation ($input: IngestDocumentInput!) { ingestDocument(input: $input) { status document { id title } } }",
      variables: { input: { title: "A test", text: "President Alpha said the talks were useful. A second sentence follows." } },
    }),
  },
  {
    name: "mergeActors",
    build: async (db) => {
      const { actors } = await ids(db);
      return { query: "mutation ($k: ID!, $m: ID!) { mergeActors(keep: $k, merge: $m) { id name } }", variables: { k: actors[0], m: actors[1] } };
    },
  },
  {
    name: "updateStatement",
    build: async (db) => {
      const { statement } = await ids(db);
      return { query: "mutation ($id: ID!) { updateStatement(id: $id, speaker: null, speakerLabel: \"an official\") { id speakerLabel } }", variables: { id: statement } };
    },
  },
  {
    name: "updateActor",
    build: async (db) => {
      const { actors } = await ids(db);
      return { query: "mutation ($id: ID!) { updateActor(id: $id, role: \"Envoy\") { id role } }", variables: { id: actors[0] } };
    },
  },
  {
    name: "deleteDocument",
    build: async (db) => {
      const { document } = await ids(db);
      return { query: "mutation ($id: ID!) { deleteDocument(id: $id) { deletedDocumentId } }", variables: { id: document } };
    },
  },
];

describe("curation needs the API token", () => {
  it("reads PARLEY_API_TOKEN; none configured means read-only", () => {
    expect(loadConfig({}).apiToken).toBeNull();
    expect(loadConfig({ PARLEY_API_TOKEN: "  s3cret " }).apiToken).toBe("s3cret");
  });

  it("compares bearer tokens exactly", () => {
    expect(curatorAccess("Bearer abc", null)).toBe("DISABLED");
    expect(curatorAccess(null, "abc")).toBe("MISSING");
    expect(curatorAccess("Basic abc", "abc")).toBe("MISSING");
    expect(curatorAccess("Bearer abd", "abc")).toBe("WRONG");
    expect(curatorAccess("Bearer abc0", "abc")).toBe("WRONG");
    expect(curatorAccess("Bearer ab", "abc")).toBe("WRONG");
    expect(curatorAccess("Bearer abc", "abc")).toBe("GRANTED");
    expect(curatorAccess("bearer   abc", "abc")).toBe("GRANTED");
  });

  for (const c of cases) {
    describe(c.name, () => {
      const refused = [
        { label: "no token configured", apiToken: null, send: TOKEN, code: "MUTATIONS_DISABLED", status: 403 },
        { label: "no Authorization header", apiToken: TOKEN, send: null, code: "UNAUTHENTICATED", status: 401 },
        { label: "a wrong token", apiToken: TOKEN, send: `${TOKEN}x`, code: "FORBIDDEN", status: 403 },
      ];
      for (const r of refused) {
        it(`is refused with ${r.label}, changing nothing`, async () => {
          const db = syntheticDb(3, 3, false);
          const { query, variables } = await c.build(db);
          const before = snapshot(db);
          const { request } = curatorClient(db, { apiToken: r.apiToken });
          const res = await request(query, variables, r.send);
          expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual([r.code]);
          expect(res.body.data ?? null).toBeNull();
          expect(res.status).toBe(r.status);
          expect(snapshot(db)).toEqual(before);
        });
      }

      it("is carried out with the right token", async () => {
        const db = syntheticDb(3, 3, false);
        const { query, variables } = await c.build(db);
        const before = snapshot(db);
        const res = await curatorClient(db).request(query, variables, TOKEN);
        expect(res.body.errors).toBeUndefined();
        expect(res.body.data[c.name]).toBeTruthy();
        expect(snapshot(db)).not.toEqual(before);
      });
    });
  }

  it("keeps reads open without a token", async () => {
    const db = syntheticDb(2, 2, false);
    const res = await curatorClient(db).query("{ actors(first: 1) { totalCount } }", undefined, null);
    expect(res.errors).toBeUndefined();
    expect(res.data.actors.totalCount).toBeGreaterThan(0);
  });
});
