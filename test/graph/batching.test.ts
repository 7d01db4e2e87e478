// Nested fetching is batched: the SQL statements a request runs depend on the query's
// shape, not on how many rows it returns.
import { describe, expect, it } from "vitest";
import { client } from "../helpers/client.js";
import { syntheticDb } from "../helpers/synthetic.js";

// The contract's nested query (actor → statements → document), with counts and evidence.
const NESTED = `{
  actors(first: 100) {
    totalCount
    edges { node { name statements(first: 100) { totalCount edges { node { text evidence { start } document { title } } } } } }
  }
}`;

async function statementsFor(documents: number) {
  const db = syntheticDb(documents);
  // Worst case 100 × 100 × … rows: far over the default cost budget, which this test is not about.
  const res = await client(db, { sqlStats: true, maxCost: 10_000_000 }).query(NESTED);
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
