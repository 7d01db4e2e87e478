// Near-duplicates: a stored excerpt and its fuller text are one document, while documents
// that share a template but differ in a few words, a title or a date stay apart.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatSummary } from "../../src/cli/ingest.js";
import { ingestDocument } from "../../src/ingest/ingest-document.js";
import { ingestStream } from "../../src/ingest/ingest-stream.js";
import { SEED_DIR } from "../../src/ingest/seed.js";
import { listInputs, readInputs } from "../../src/source/read-sources.js";
import { readTextDocument } from "../../src/source/text-file.js";
import type { SourceDocument } from "../../src/source/types.js";
import { openDatabase, type Db } from "../../src/store/db.js";
import { containment, fingerprint, shingleHashes } from "../../src/store/fingerprint.js";
import { tempDir } from "../helpers/corpus.js";
import { seededDb } from "../helpers/kb.js";

const FULL_FACT_SHEET = join(import.meta.dirname, "../fixtures/near-duplicate/fact-sheet-2022-01-10.jsonl");
// Seed 001 is the opening of that fact sheet, without its epigraph, as another site had it.
const SEED_EXCERPT = join(SEED_DIR, "001_a60e4688ae2874be.txt");

const dbs: Db[] = [];
afterEach(() => {
  while (dbs.length) dbs.pop()!.$client.close();
});
const track = (db: Db) => (dbs.push(db), db);
const count = (db: Db, table: string) => db.$client.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const ingestFullFactSheet = (db: Db) => ingestStream(db, readInputs(listInputs([FULL_FACT_SHEET]).files));

const doc = (slug: string, raw: string, meta: Partial<SourceDocument> = {}): SourceDocument => ({
  slug, title: null, url: null, publisher: null, author: null, publishedAt: null, raw, ...meta,
});
// A declaration template: the same three paragraphs for every state.
const declaration = (state: string) =>
  [1, 2, 3]
    .map((n) => `Today, President Joseph R. Biden, Jr. declared that a major disaster exists in the State of ${state} and ordered Federal assistance to supplement State and local recovery efforts in the areas affected by severe storms, straight-line winds and flooding, paragraph ${n} of the declaration. Federal funding is available to the State of ${state} and eligible local governments on a cost-sharing basis for emergency work.`)
    .join("\n\n");

describe("fingerprint", () => {
  it("sees an excerpt inside its whole despite wrapping, markup and case", () => {
    const whole = `${declaration("Iowa")}\n\nThe Administrator of the Federal Emergency Management Agency named a Federal Coordinating Officer for recovery operations in the affected areas, and more counties may be designated after further damage assessments.`;
    const excerpt = whole.slice(0, whole.indexOf("paragraph 2")).toUpperCase().replace(/ /g, "\n").replace("Federal", "**Federal**");
    expect(containment(shingleHashes(excerpt), shingleHashes(whole))).toBe(1);
    expect(containment(shingleHashes(whole), shingleHashes(excerpt))).toBeLessThan(0.9);
    const sampled = new Set(fingerprint(whole));
    expect(fingerprint(excerpt).every((h) => sampled.has(h))).toBe(true);
  });

  it("tells apart two texts that differ in one word repeated a few times", () => {
    expect(containment(shingleHashes(declaration("Iowa")), shingleHashes(declaration("Kansas")))).toBeLessThan(0.9);
  });
});

describe("near-duplicate documents", () => {
  it("replaces the seed excerpt with the corpus's fuller fact sheet: one document, same id", async () => {
    const db = track(seededDb());
    const excerptId = db.$client.prepare("SELECT id FROM documents WHERE slug = ?").pluck().get("001_a60e4688ae2874be.txt") as number;
    const sourcesOf = db.$client.prepare("SELECT count(*) FROM engagement_sources WHERE document_id = ?").pluck();
    const excerptSources = sourcesOf.get(excerptId) as number;
    const actorsBefore = new Set(db.$client.prepare("SELECT actor_id FROM document_actors WHERE document_id = ?").pluck().all(excerptId));

    const summary = await ingestFullFactSheet(db);
    expect(summary).toMatchObject({ added: 0, replaced: 1, unchanged: 0, rejected: 0 });
    expect(formatSummary(summary, 1, 5, ":memory:")).toMatch(/^done: 1 documents .*\n  added +0\n  replaced +1 \(stored excerpts replaced by their fuller text\)\n/);
    expect(count(db, "documents")).toBe(5);
    const stored = db.$client.prepare("SELECT id, slug, title, published_at AS publishedAt, text FROM documents WHERE id = ?").get(excerptId) as Record<string, string>;
    expect(stored.slug).toMatch(/^whitehouse\/statements-releases\/2022-01\/2022-01-10-fact-sheet-u-s-diplomatic-engagement/);
    expect(stored.title).toMatch(/^FACT SHEET: U\.S\. Diplomatic Engagement/);
    expect(stored.publishedAt).toMatch(/^2022-01-10/);
    // The fuller text: the epigraph and the list of consultations the excerpt cut off.
    expect(stored.text).toContain("nothing about Ukraine without Ukraine");
    expect(stored.text).toContain("Upcoming Consultations with Transatlantic Allies and Partners");
    // Actors the excerpt named are still the same rows: the fuller text names them again.
    const actorsAfter = new Set(db.$client.prepare("SELECT actor_id FROM document_actors WHERE document_id = ?").pluck().all(excerptId));
    for (const id of actorsBefore) expect(actorsAfter.has(id)).toBe(true);
    // Its facts come from the fuller text: the calls and meetings past where the excerpt stops.
    expect(sourcesOf.get(excerptId)).toBeGreaterThan(excerptSources);
    // Nothing points at a document that is gone.
    expect(db.$client.pragma("foreign_key_check")).toEqual([]);
    expect(count(db, "document_shingles")).toBe(db.$client.prepare("SELECT sum(fingerprint_size) FROM documents").pluck().get());

    // Ingesting either of the two again changes nothing.
    expect(await ingestFullFactSheet(db)).toMatchObject({ added: 0, replaced: 0, unchanged: 1 });
    expect(ingestDocument(db, readTextDocument(SEED_EXCERPT))).toEqual({ status: "unchanged", documentId: excerptId });
    expect(count(db, "documents")).toBe(5);
  });

  it("skips the excerpt when the fuller text came first", async () => {
    const db = track(openDatabase(":memory:"));
    await ingestFullFactSheet(db);
    const before = count(db, "statements");
    const result = ingestDocument(db, readTextDocument(SEED_EXCERPT));
    expect(result.status).toBe("unchanged");
    expect(count(db, "documents")).toBe(1);
    expect(count(db, "statements")).toBe(before);
  });

  it("keeps apart a template filled in for another state, or republished on another day or under another title", () => {
    const db = track(openDatabase(":memory:"));
    const iowa = declaration("Iowa");
    expect(ingestDocument(db, doc("iowa", iowa, { title: "Approves Iowa Disaster Declaration", publishedAt: "2024-05-01" })).status).toBe("added");
    expect(ingestDocument(db, doc("kansas", declaration("Kansas"), { title: "Approves Kansas Disaster Declaration", publishedAt: "2024-05-01" })).status).toBe("added");
    // The same words a year later: another declaration.
    expect(ingestDocument(db, doc("iowa-2025", `${iowa}\n\nIssued again.`, { publishedAt: "2025-05-01" })).status).toBe("added");
    // The same words, the same day, under another title.
    expect(ingestDocument(db, doc("iowa-amended", `${iowa}\n\nAmended.`, { title: "Amends Iowa Disaster Declaration", publishedAt: "2024-05-01" })).status).toBe("added");
    // A copy of the same page with nothing to tell it apart is the same document.
    expect(ingestDocument(db, doc("iowa-copy", `${iowa}\n\nIssued.`, { publishedAt: "2024-05-01T10:00:00Z" })).status).toBe("unchanged");
    expect(count(db, "documents")).toBe(4);
  });

  it("fingerprints documents stored before fingerprints existed, when the database is opened", async () => {
    const dir = tempDir();
    const path = join(dir, "old.db");
    try {
      const old = seededDb(path);
      // As an earlier version left it: no fingerprints, user_version 0.
      old.$client.exec("DELETE FROM document_shingles; UPDATE documents SET fingerprint_size = 0; PRAGMA user_version = 0;");
      old.$client.close();
      const db = track(openDatabase(path));
      expect(count(db, "document_shingles")).toBeGreaterThan(0);
      expect(await ingestFullFactSheet(db)).toMatchObject({ added: 0, replaced: 1 });
    } finally {
      while (dbs.length) dbs.pop()!.$client.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
