// Engagement dates and PLOVER codes in GraphQL: the values the store keeps, read by the
// resolvers and by compiled reads alike (src/graph/compiled/type-specs.ts writes them by hand).
import { execute, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { executeCompiledRead } from "../../src/graph/compiled/execute.js";
import { schema } from "../../src/graph/schema.js";
import type { ExtractedEngagement, Extraction } from "../../src/extract/types.js";
import { openDatabase, type Db } from "../../src/store/db.js";
import { fingerprint } from "../../src/store/fingerprint.js";
import { storeDocument } from "../../src/store/store-document.js";

const ACTORS: Extraction["actors"] = ["Justin Trudeau", "Olaf Scholz", "Emmanuel Macron"].map((name) => ({ name, kind: "PERSON", aliases: [], role: null, affiliation: null, mentions: [] }));

function report(db: Db, slug: string, publishedAt: string, sentence: string, e: Partial<ExtractedEngagement>): void {
  const text = `${sentence} (${slug})`;
  const engagement: ExtractedEngagement = { kind: "MEETING", participants: ["Justin Trudeau", "Olaf Scholz"], status: "HELD", dateText: null, date: null, count: 1, forum: null, start: 0, end: sentence.length, ...e };
  storeDocument(db, { slug, title: null, url: null, publisher: null, author: null, publishedAt, rawText: text, text, fingerprint: fingerprint(text) }, { actors: ACTORS, statements: [], engagements: [engagement] });
}

function kb(): Db {
  const db = openDatabase(":memory:");
  report(db, "a", "2023-05-08T10:00:00Z", "Justin Trudeau will meet Olaf Scholz on Friday.", { status: "PLANNED", dateText: "Friday", day: "2023-05-12" });
  report(db, "b", "2023-05-13T10:00:00Z", "Olaf Scholz hosted Justin Trudeau yesterday.", { dateText: "yesterday", day: "2023-05-12" });
  report(db, "c", "2023-05-13T10:00:00Z", "Justin Trudeau spoke with Emmanuel Macron last week.", { kind: "CALL", participants: ["Justin Trudeau", "Emmanuel Macron"], dateText: "last week" });
  report(db, "d", "2023-06-02T10:00:00Z", "Olaf Scholz met Emmanuel Macron.", { participants: ["Olaf Scholz", "Emmanuel Macron"] });
  // No rule of the store sets this mode (it needs a venue): set here so the compiled reads' mapping of the codebook's spelling is tested.
  db.$client.prepare("UPDATE engagements SET plover_mode = 'third-party' WHERE id = 3").run();
  return db;
}

const QUERY = `{ engagements { edges { node { kind status dateText dateStart dateEnd dateBasis ploverCategory ploverMode
  sources { text status dateText dateStart dateEnd dateBasis } participants { name } } } }
  statements { edges { node { evidence { text status dateText dateStart dateEnd dateBasis } } } } }`;

describe("dates and PLOVER codes in GraphQL", () => {
  it("answers them from the store, the same by resolvers and by compiled reads", async () => {
    const db = kb();
    const contextValue = { db, curation: { access: "DISABLED" as const, maxDocumentBytes: 0 } };
    const resolved = await execute({ schema, document: parse(QUERY), contextValue });
    expect(resolved.errors).toBeUndefined();
    const compiled = executeCompiledRead({ schema, document: parse(QUERY), contextValue });
    expect(compiled, "not compiled").toBeDefined();
    expect(JSON.stringify(compiled!.data)).toBe(JSON.stringify(resolved.data));

    const nodes = (resolved.data as { engagements: { edges: { node: Record<string, unknown> }[] } }).engagements.edges.map((e) => e.node);
    expect(nodes.map((n) => [n.status, n.dateStart, n.dateEnd, n.dateBasis, n.ploverCategory, n.ploverMode])).toEqual([
      ["HELD", "2023-05-12", "2023-05-12", "RELATIVE", "CONSULT", "VISIT"],
      ["HELD", "2023-05-01", "2023-05-07", "RELATIVE", "CONSULT", "PHONE"],
      ["HELD", null, "2023-06-02", "PUBLICATION", "CONSULT", "THIRD_PARTY"],
    ]);
    expect(nodes[0]!.sources).toEqual([
      { text: "Justin Trudeau will meet Olaf Scholz on Friday.", status: "PLANNED", dateText: "Friday", dateStart: "2023-05-12", dateEnd: "2023-05-12", dateBasis: "RELATIVE" },
      { text: "Olaf Scholz hosted Justin Trudeau yesterday.", status: "HELD", dateText: "yesterday", dateStart: "2023-05-12", dateEnd: "2023-05-12", dateBasis: "RELATIVE" },
    ]);
    db.$client.close();
  });

  it("places an engagement on the one day its words resolve to, for periods and ordering", async () => {
    const db = kb();
    const contextValue = { db, curation: { access: "DISABLED" as const, maxDocumentBytes: 0 } };
    const query = `{ engagements(from: "2023-05-12", to: "2023-05-13", orderBy: DATE) { edges { node { effectiveDate dateBasis participants { name } } } } }`;
    const resolved = await execute({ schema, document: parse(query), contextValue });
    expect(resolved.errors).toBeUndefined();
    expect(JSON.stringify(executeCompiledRead({ schema, document: parse(query), contextValue })!.data)).toBe(JSON.stringify(resolved.data));
    // Announced on 8 May for "Friday", held "yesterday" in an article of 13 May: 12 May, not the first report's day.
    // The call of "last week" (a range) stays on its report's publication day.
    expect((resolved.data as any).engagements.edges.map((e: any) => [e.node.effectiveDate, e.node.dateBasis])).toEqual([
      ["2023-05-12", "RELATIVE"],
      ["2023-05-13", "RELATIVE"],
    ]);
    db.$client.close();
  });

  it("filters engagements by PLOVER category and mode, the same both ways", async () => {
    const db = kb();
    const contextValue = { db, curation: { access: "DISABLED" as const, maxDocumentBytes: 0 } };
    const query = `{ consult: engagements(ploverCategory: CONSULT) { totalCount } agree: engagements(ploverCategory: AGREE) { totalCount }
      phone: engagements(ploverMode: PHONE) { edges { node { kind } } } third: engagements(ploverMode: THIRD_PARTY) { totalCount } }`;
    const resolved = await execute({ schema, document: parse(query), contextValue });
    expect(resolved.errors).toBeUndefined();
    expect(JSON.stringify(executeCompiledRead({ schema, document: parse(query), contextValue })!.data)).toBe(JSON.stringify(resolved.data));
    expect(resolved.data).toEqual({ consult: { totalCount: 3 }, agree: { totalCount: 0 }, phone: { edges: [{ node: { kind: "CALL" } }] }, third: { totalCount: 1 } });
    db.$client.close();
  });
});
