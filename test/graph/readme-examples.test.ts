// The README's example queries, sent as GraphiQL sends them (POST, JSON) to the HTTP
// application on the seed knowledge base: each answers without errors, and the analyst's
// "every call between Biden and Putin in December 2021" answers exactly that.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/store/db.js";
import { client } from "../helpers/client.js";
import { seededDb } from "../helpers/kb.js";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const examplesSection = README.slice(README.indexOf("## Example queries"), README.indexOf("\n## ", README.indexOf("## Example queries") + 1));
/** Each ```graphql block of the section, with the ```json variables block right after it, if any. */
const examples = [...examplesSection.matchAll(/```graphql\n([\s\S]*?)```(?:\s*```json\n([\s\S]*?)```)?/g)].map((m) => ({
  query: m[1]!,
  variables: m[2] ? (JSON.parse(m[2]) as Record<string, unknown>) : undefined,
}));

let db: Db;
beforeAll(() => {
  db = seededDb(":memory:");
  // The seed documents carry no publication dates: give them some in December 2021, so that
  // the period of the example selects (one stays undated).
  const dated = db.$client.prepare("UPDATE documents SET published_at = ? WHERE id = ?");
  ["2021-12-06T10:00:00-05:00", "2021-12-07", "2021-12-31T23:30:00-05:00", "2022-01-10T08:00:00Z"].forEach((at, i) => dated.run(at, i + 1));
});
afterAll(() => db.$client.close());

describe("README examples", () => {
  it("each runs without errors", async () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    const { query } = client(db);
    for (const example of examples) {
      const res = await query(example.query, example.variables);
      expect(res.errors, example.query).toBeUndefined();
      expect(res.data, example.query).toBeDefined();
    }
  });

  it("every call between Biden and Putin in December 2021, oldest first", async () => {
    const between = examples.find((e) => e.query.includes('participantNames: ["Joe Biden", "Vladimir Putin"]'));
    expect(between, "the README's between-two-actors example").toBeDefined();
    const res = await client(db).query(between!.query, { from: "2021-12-01", to: "2021-12-31" });
    expect(res.errors).toBeUndefined();
    const nodes = res.data.engagements.edges.map((e: { node: any }) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(res.data.engagements.totalCount).toBe(nodes.length);
    for (const e of nodes) {
      expect(["PHONE_CALL", "VIDEO_CALL", "CALL"]).toContain(e.kind);
      expect(e.participants.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["Joe Biden", "Vladimir Putin"]));
      expect(e.effectiveDate >= "2021-12-01" && e.effectiveDate <= "2021-12-31").toBe(true);
      expect(e.sources.length).toBeGreaterThan(0);
    }
    const dates = nodes.map((e: { effectiveDate: string }) => e.effectiveDate);
    expect(dates).toEqual([...dates].sort());
  });
});
