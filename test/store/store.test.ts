import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Extraction } from "../../src/extract/types.js";
import { seedFiles, seedIfEmpty } from "../../src/ingest/seed.js";
import { closeDatabase, openDatabase, type Db } from "../../src/store/db.js";
import { storeDocument, type DocumentRecord } from "../../src/store/store-document.js";
import { fingerprint } from "../../src/store/fingerprint.js";

const dir = mkdtempSync(join(tmpdir(), "parley-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const counts = (db: Db) =>
  Object.fromEntries(
    ["documents", "actors", "actor_aliases", "mentions", "statements", "engagements", "engagement_sources"].map((t) => [
      t,
      (db.$client.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n,
    ]),
  );

const text = "Joe Biden spoke with Vladimir Putin on Dec. 7, 2021. \u201CWe talked,\u201D Biden said.";
const doc = (slug: string, body = text): DocumentRecord => ({ slug, title: null, url: null, publisher: null, author: null, publishedAt: null, rawText: body, text: body, fingerprint: fingerprint(body) });
const facts = (): Extraction => ({
  actors: [
    { name: "Joe Biden", kind: "PERSON", aliases: ["Biden"], role: "President", affiliation: "United States", mentions: [{ start: 0, end: 9 }, { start: 66, end: 71 }] },
    { name: "Vladimir Putin", kind: "PERSON", aliases: ["Putin"], role: null, affiliation: null, mentions: [{ start: 21, end: 35 }] },
  ],
  statements: [{ speaker: "Biden", speakerLabel: null, kind: "DIRECT", text: "We talked,", start: 54, end: 64, verb: "said" }],
  engagements: [{ kind: "CALL", participants: ["Joe Biden", "Putin"], status: "HELD", dateText: "Dec. 7, 2021", date: "2021-12-07", count: 1, forum: null, start: 0, end: 52 }],
});

describe("store", () => {
  it("stores a document once: the same cleaned text under another name is unchanged", () => {
    const db = openDatabase(":memory:");
    expect(storeDocument(db, doc("a.txt"), facts()).status).toBe("added");
    const before = counts(db);
    expect(storeDocument(db, doc("b.txt"), facts()).status).toBe("unchanged");
    expect(counts(db)).toEqual(before);
    expect(before.actors).toBe(2);
    expect(text.slice(54, 64)).toBe("We talked,");
  });

  it("resolves aliases to one actor across documents and merges a dated engagement reported twice", () => {
    const db = openDatabase(":memory:");
    storeDocument(db, doc("a.txt"), facts());
    const other = `${text} More words.`;
    const again = facts();
    again.actors[0] = { ...again.actors[0]!, name: "Biden", aliases: [] };
    again.engagements[0] = { ...again.engagements[0]!, kind: "VIDEO_CALL", participants: ["Biden", "Vladimir Putin"] };
    storeDocument(db, doc("b.txt", other), again);
    const c = counts(db);
    expect(c.actors).toBe(2);
    expect(c.engagements).toBe(1);
    expect(c.engagement_sources).toBe(2);
    // The more precise kind wins.
    expect((db.$client.prepare("SELECT kind FROM engagements").get() as { kind: string }).kind).toBe("VIDEO_CALL");
  });

  it("never merges undated engagements of documents without a publication date: nothing bounds them", () => {
    const db = openDatabase(":memory:");
    const undated = () => {
      const f = facts();
      f.engagements[0] = { ...f.engagements[0]!, date: null };
      return f;
    };
    storeDocument(db, doc("a.txt"), undated());
    storeDocument(db, doc("b.txt", `${text} Again.`), undated());
    expect(counts(db).engagements).toBe(2);
  });

  it("leaves the database as it was when storing a document fails halfway", () => {
    const db = openDatabase(":memory:");
    storeDocument(db, doc("a.txt"), facts());
    const before = counts(db);
    const broken = facts();
    (broken.statements[0] as { text: unknown }).text = null; // violates NOT NULL after the document row is written
    const store = db.$client.transaction(() => storeDocument(db, doc("c.txt", `${text} Broken.`), broken));
    expect(() => store()).toThrow(/NOT NULL/);
    expect(counts(db)).toEqual(before);
  });

  it("seeds an empty database once; a second start reuses it", () => {
    const path = join(dir, "seed.db");
    const first = openDatabase(path);
    expect(seedIfEmpty(first)).toBe(seedFiles().length);
    const seeded = counts(first);
    closeDatabase(first);
    const second = openDatabase(path);
    expect(seedIfEmpty(second)).toBe(0);
    expect(counts(second)).toEqual(seeded);
    expect(seeded.statements).toBeGreaterThan(0);
    expect(seeded.engagements).toBeGreaterThan(0);
    closeDatabase(second);
  });
});
