// Actor.counterparts, Actor.timeline and Query.actors(orderBy:), checked against SQL
// written out by hand, and batched: the statement count does not grow with the page.
import { describe, expect, it } from "vitest";
import { client } from "../helpers/client.js";
import { useSeededApi } from "../helpers/seeded-api.js";
import { syntheticDb } from "../helpers/synthetic.js";

const kb = useSeededApi();

const rows = (sql: string, ...params: unknown[]) => kb.db.$client.prepare(sql).all(...params) as any[];

describe("Actor.counterparts", () => {
  it("lists the actors engaged with, with counts, most first", async () => {
    const res = await kb.api.query(`{ actor(name: "Joe Biden") { name counterparts(first: 5) { engagements actor { name kind } } } }`);
    expect(res.errors).toBeUndefined();
    const list = res.data.actor.counterparts;
    const expected = rows(
      `SELECT a.name, count(*) AS n FROM engagement_participants me JOIN engagement_participants o ON o.engagement_id = me.engagement_id AND o.actor_id <> me.actor_id
       JOIN actors a ON a.id = o.actor_id WHERE me.actor_id = (SELECT id FROM actors WHERE name = 'Joe Biden') GROUP BY a.id ORDER BY n DESC, a.name LIMIT 5`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(list.map((c: any) => [c.actor.name, c.engagements])).toEqual(expected.map((r) => [r.name, r.n]));
  });

  it("is planned into the actors query: constant SQL statements as the page grows", async () => {
    const query = (n: number) => `{ actors(first: ${n}) { edges { node { name counterparts(first: 3) { engagements actor { name aliases } } timeline { period } } } } }`;
    const synthetic = syntheticDb(60);
    const syntheticApi = client(synthetic, { sqlStats: true });
    const small = await syntheticApi.query(query(5));
    const large = await syntheticApi.query(query(100));
    expect(large.errors).toBeUndefined();
    expect(large.data.actors.edges.some((e: any) => e.node.counterparts.length > 0)).toBe(true);
    expect(large.extensions!.sql!.statements).toBe(small.extensions!.sql!.statements);
    expect(large.extensions!.sql!.statements).toBeLessThanOrEqual(3);
    synthetic.$client.close();
  });
});

describe("Actor.timeline", () => {
  it("counts statements and engagements per month and per year", async () => {
    const res = await kb.api.query(`{ actor(name: "Jake Sullivan") { id month: timeline(granularity: MONTH) { period statements engagements } year: timeline(granularity: YEAR) { period statements engagements } } }`);
    expect(res.errors).toBeUndefined();
    const { month, year } = res.data.actor;
    const speakerStatements = rows(
      `SELECT count(*) AS n FROM statements s JOIN documents d ON d.id = s.document_id WHERE d.published_at IS NOT NULL AND s.speaker_id = (SELECT id FROM actors WHERE name = 'Jake Sullivan')`,
    )[0].n;
    expect(month.reduce((n: number, b: any) => n + b.statements, 0)).toBe(speakerStatements);
    expect(year.reduce((n: number, b: any) => n + b.statements, 0)).toBe(speakerStatements);
    for (const b of month) expect(b.period).toMatch(/^\d{4}-\d{2}$/);
    for (const b of year) expect(b.period).toMatch(/^\d{4}$/);
    expect(month.map((b: any) => b.period)).toEqual([...month.map((b: any) => b.period)].sort());
  });
});

describe("Query.actors(orderBy:)", () => {
  for (const [order, column] of [
    ["STATEMENTS", "(SELECT count(*) FROM statements s WHERE s.speaker_id = a.id)"],
    ["ENGAGEMENTS", "(SELECT count(*) FROM engagement_participants p WHERE p.actor_id = a.id)"],
  ] as const) {
    it(`orders by ${order.toLowerCase()} and pages with cursors`, async () => {
      const expected = rows(`SELECT a.name FROM actors a ORDER BY ${column} DESC, a.name, a.id`).map((r) => r.name);
      const names: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 100; page++) {
        const res: any = await kb.api.query(`query($after: String) { actors(first: 9, orderBy: ${order}, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`, { after });
        expect(res.errors).toBeUndefined();
        names.push(...res.data.actors.edges.map((e: any) => e.node.name));
        if (!res.data.actors.pageInfo.hasNextPage) break;
        after = res.data.actors.pageInfo.endCursor;
      }
      expect(names).toEqual(expected);
    });

    // Backwards the actors without a count come first, then those with one (in reverse).
    it(`pages backwards by ${order.toLowerCase()}, across the actors with none`, async () => {
      const expected = rows(`SELECT a.name FROM actors a ORDER BY ${column} DESC, a.name, a.id`).map((r) => r.name);
      const counted = rows(`SELECT count(*) AS n FROM actors a WHERE ${column} > 0`)[0].n;
      expect(counted).toBeGreaterThan(0);
      expect(counted).toBeLessThan(expected.length);
      const pages: string[][] = [];
      let before: string | null = null;
      for (let page = 0; page < 100; page++) {
        const res: any = await kb.api.query(`query($before: String) { actors(last: 9, orderBy: ${order}, before: $before) { totalCount pageInfo { hasPreviousPage startCursor } edges { node { name } } } }`, { before });
        expect(res.errors).toBeUndefined();
        expect(res.data.actors.totalCount).toBe(expected.length);
        pages.unshift(res.data.actors.edges.map((e: any) => e.node.name));
        if (!res.data.actors.pageInfo.hasPreviousPage) break;
        before = res.data.actors.pageInfo.startCursor;
      }
      expect(pages.flat()).toEqual(expected);
    });
  }
});
