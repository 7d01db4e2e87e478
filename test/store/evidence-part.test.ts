// Evidence that points into a document's title (a headline's statement, part TITLE): stored by
// ingestion, returned by both GraphQL read paths with the title's words, carried by the exports,
// and a database made before the column existed keeps its evidence as BODY.
import { cpSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { parse as parseCsv } from "csv-parse/sync";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportKnowledgeBase } from "../../src/export/export-kb.js";
import { ingestDocument } from "../../src/ingest/ingest-document.js";
import { closeDatabase, MIGRATIONS_DIR, openDatabase, type Db } from "../../src/store/db.js";
import { client } from "../helpers/client.js";
import { tempDir } from "../helpers/corpus.js";
import { spanProblems } from "../helpers/kb-snapshot.js";

const TITLE = "Jane Roe says the Lakeland dam will hold through the spring floods";
const BODY =
  "Freedonia's water minister Jane Roe visited the Lakeland dam on Monday.\n\n" +
  "Roe said that engineers had reinforced the walls after last year's storms.";

let db: Db;
beforeAll(() => {
  db = openDatabase(":memory:");
  ingestDocument(db, { slug: "dam", title: TITLE, url: null, publisher: null, author: null, publishedAt: "2026-03-02T10:00:00Z", raw: BODY });
});
afterAll(() => closeDatabase(db));

const QUERY = `{ statements(first: 10) { edges { node { text speaker { name } evidence { part start end text rule } document { title text } } } }
  engagements(first: 5) { edges { node { sources { part } } } } }`;

describe.each([true, false])("a headline's statement (compiled reads: %s)", (compiledReads) => {
  it("has evidence whose words are the title's between start and end, and body evidence stays BODY", async () => {
    const res = await client(db, { compiledReads }).query(QUERY);
    expect(res.errors).toBeUndefined();
    const nodes = res.data.statements.edges.map((e: any) => e.node);
    const title = nodes.filter((s: any) => s.evidence.part === "TITLE");
    expect(title).toHaveLength(1);
    const [s] = title;
    expect(s.speaker.name).toBe("Jane Roe");
    expect(s.text).toBe("the Lakeland dam will hold through the spring floods");
    expect(s.document.title.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.text);
    expect(s.evidence.text).toBe(s.text);
    expect(s.evidence.rule).toBe("statement.headline.indirect");
    const body = nodes.filter((n: any) => n.evidence.part === "BODY");
    expect(body.length).toBeGreaterThan(0);
    for (const b of body) expect(b.document.text.slice(b.evidence.start, b.evidence.end)).toBe(b.evidence.text);
    for (const e of res.data.engagements.edges) for (const src of e.node.sources) expect(src.part).toBe("BODY");
  });
});

describe("stored evidence", () => {
  it("matches the text its part names", () => {
    expect(db.$client.prepare("SELECT part FROM statements ORDER BY part").pluck().all()).toContain("TITLE");
    expect(spanProblems(db.$client)).toEqual([]);
  });

  it("every export carries the part, and a TITLE span indexes the exported title", () => {
    const dir = tempDir("parley-part-");
    exportKnowledgeBase(db, "json", join(dir, "kb.json"));
    const kb = JSON.parse(readFileSync(join(dir, "kb.json"), "utf8"));
    const docs = new Map(kb.documents.map((d: any) => [d.id, d]));
    const titled = kb.statements.filter((s: any) => s.part === "TITLE");
    expect(titled).toHaveLength(1);
    for (const s of titled) expect((docs.get(s.documentId) as any).title.slice(s.start, s.end)).toBe(s.text);
    expect(kb.statements.every((s: any) => s.part === "TITLE" || s.part === "BODY")).toBe(true);

    exportKnowledgeBase(db, "ndjson", join(dir, "kb.ndjson"));
    const lines = readFileSync(join(dir, "kb.ndjson"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.filter((r) => r.part === "TITLE").map((r) => r.text)).toEqual(titled.map((s: any) => s.text));

    mkdirSync(join(dir, "csv"));
    exportKnowledgeBase(db, "csv", join(dir, "csv"));
    const rows = parseCsv(readFileSync(join(dir, "csv", "statements.csv"), "utf8"), { columns: true }) as Record<string, string>[];
    expect(rows.filter((r) => r.part === "TITLE").map((r) => r.text)).toEqual(titled.map((s: any) => s.text));
    const sources = parseCsv(readFileSync(join(dir, "csv", "engagement_sources.csv"), "utf8"), { columns: true }) as Record<string, string>[];
    expect(Object.keys(sources[0] ?? { part: "" })).toContain("part");
  });
});

describe("the evidence_part migration", () => {
  it("keeps the evidence of a database made before it as BODY", () => {
    const dir = tempDir("parley-migrate-");
    const before = join(dir, "before");
    mkdirSync(before);
    const all = readdirSync(MIGRATIONS_DIR).sort();
    const mine = all.findIndex((m) => m.endsWith("_evidence_part"));
    expect(mine).toBeGreaterThan(0);
    for (const m of all.slice(0, mine)) cpSync(join(MIGRATIONS_DIR, m), join(before, m), { recursive: true });
    const path = join(dir, "old.db");
    const old = new Sqlite(path);
    migrate(drizzle({ client: old }), { migrationsFolder: before });
    old.exec(`INSERT INTO documents (slug, title, raw_text, text, sha256) VALUES ('old', 'Old title', 'Roe said it.', 'Roe said it.', 'x');
      INSERT INTO statements (document_id, kind, text, start, end) VALUES (1, 'INDIRECT', 'it', 9, 11);
      INSERT INTO engagements (kind, status) VALUES ('CALL', 'HELD');
      INSERT INTO engagement_sources (engagement_id, document_id, start, end, text) VALUES (1, 1, 0, 12, 'Roe said it.');`);
    old.close();
    const reopened = openDatabase(path);
    try {
      expect(reopened.$client.prepare("SELECT part FROM statements").pluck().all()).toEqual(["BODY"]);
      expect(reopened.$client.prepare("SELECT part FROM engagement_sources").pluck().all()).toEqual(["BODY"]);
    } finally {
      closeDatabase(reopened);
    }
  });
});
