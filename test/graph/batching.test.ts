// Nested fetching is batched: the SQL statements a request runs depend on the query's
// shape, not on how many rows it returns.
import { describe, expect, it } from "vitest";
import { client } from "../helpers/client.js";
import { syntheticDb } from "../helpers/synthetic.js";

const NESTED = `{
  actors(first: 100) {
    totalCount
    edges { node { name aliases affiliation { name } statements(first: 100) { totalCount edges { node { text speaker { name } document { title } evidence { start document { slug } } } } }
      engagements(first: 100) { edges { node { kind participants { name } sources { text document { title } } } } }
      documents(first: 100) { edges { node { title } } } } }
  }
}`;

async function statementsFor(documents: number) {
  const db = syntheticDb(documents);
  const res = await client(db, { sqlStats: true }).query(NESTED);
  expect(res.errors).toBeUndefined();
  const rows = res.data.actors.edges.reduce((n: number, e: any) => n + e.node.statements.edges.length, 0);
  db.$client.close();
  return { statements: res.extensions!.sql!.statements, rows };
}

describe("SQL statements per request", () => {
  it("stays constant when the data grows tenfold", async () => {
    const small = await statementsFor(30);
    const large = await statementsFor(300);
    expect(large.rows).toBeGreaterThan(small.rows * 2);
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
    // The whole nested tree is planned into a handful of statements (rows + totalCount).
    expect(large.statements).toBeLessThanOrEqual(4);
  });

  it("is reported only when PARLEY_SQL_STATS is on", async () => {
    const db = syntheticDb(3, 4, false);
    const res = await client(db, { sqlStats: false }).query(`{ actors(first: 2) { edges { node { name } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.sql).toBeUndefined();
  });
});
