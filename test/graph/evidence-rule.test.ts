// Evidence.rule: the name of the extraction rule behind a fact, on both read paths (the
// resolvers and the compiled SQL read), for statements and engagement sources.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isKnownRule } from "../../src/extract/rules.js";
import { storeDocument } from "../../src/store/store-document.js";
import type { Db } from "../../src/store/db.js";
import { openDatabase } from "../../src/store/db.js";
import { client } from "../helpers/client.js";

const TEXT = "Jane Roe spoke with John Doe. Jane Roe said that the talks went well.";
let db: Db;
beforeAll(() => {
  db = openDatabase(":memory:");
  const person = (name: string, start: number) => ({ name, kind: "PERSON" as const, aliases: [], role: null, affiliation: null, mentions: [{ start, end: start + name.length, rule: "actor.registry" }] });
  storeDocument(
    db,
    { slug: "rules", title: null, url: null, publisher: null, author: null, publishedAt: null, rawText: TEXT, text: TEXT, fingerprint: [] },
    {
      actors: [person("Jane Roe", 0), person("John Doe", 20)],
      statements: [{ speaker: "Jane Roe", speakerLabel: null, kind: "INDIRECT", text: "the talks went well", start: 49, end: 68, verb: "said", rule: "statement.indirect.says-that" }],
      engagements: [{ kind: "CALL", participants: ["Jane Roe", "John Doe"], status: "HELD", dateText: null, date: null, count: 1, forum: null, rule: "engagement.call.with", start: 0, end: 29 }],
    },
  );
});
afterAll(() => db.$client.close());

const QUERY = `{ statements(first: 5) { edges { node { text evidence { text rule } } } }
  engagements(first: 5) { edges { node { kind sources { start end rule } } } } }`;

describe.each([true, false])("Evidence.rule (compiled reads: %s)", (compiledReads) => {
  it("returns the rule stored with each statement and engagement source", async () => {
    const res = await client(db, { compiledReads }).query(QUERY);
    expect(res.errors).toBeUndefined();
    expect(res.data.statements.edges[0].node.evidence).toEqual({ text: "the talks went well", rule: "statement.indirect.says-that" });
    expect(res.data.engagements.edges[0].node.sources).toEqual([{ start: 0, end: 29, rule: "engagement.call.with" }]);
  });
});

describe("on an ingested knowledge base", () => {
  it("every extracted fact of the seed has a known rule", async () => {
    const { seededDb } = await import("../helpers/kb.js");
    const kb = seededDb();
    try {
      const rules = kb.$client.prepare("SELECT rule FROM statements UNION ALL SELECT rule FROM engagement_sources UNION ALL SELECT rule FROM mentions").pluck().all() as (string | null)[];
      expect(rules.length).toBeGreaterThan(50);
      for (const r of rules) expect(isKnownRule(r ?? ""), String(r)).toBe(true);
    } finally {
      kb.$client.close();
    }
  });
});
