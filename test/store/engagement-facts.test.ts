// Per-report facts, the engagement's date range and its PLOVER code as the store keeps them,
// and the migration that adds them to an existing database. Texts written for these tests.
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";
import type { ExtractedEngagement, Extraction } from "../../src/extract/types.js";
import { MIGRATIONS_DIR, openDatabase, type Db } from "../../src/store/db.js";
import { deleteDocument } from "../../src/store/delete-document.js";
import { fingerprint } from "../../src/store/fingerprint.js";
import { ploverCode } from "../../src/store/plover.js";
import { storeDocument } from "../../src/store/store-document.js";

const dir = mkdtempSync(join(tmpdir(), "parley-engagement-facts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ACTORS: Extraction["actors"] = [
  { name: "Justin Trudeau", kind: "PERSON", aliases: [], role: null, affiliation: null, mentions: [] },
  { name: "Olaf Scholz", kind: "PERSON", aliases: [], role: null, affiliation: null, mentions: [] },
  { name: "G7", kind: "ORGANIZATION", aliases: [], role: null, affiliation: null, mentions: [] },
];

/** Stores one document reporting one engagement between Trudeau and Scholz; the sentence is the whole text. */
function report(db: Db, slug: string, publishedAt: string | null, sentence: string, e: Partial<ExtractedEngagement>): number {
  const text = `${sentence} (${slug})`;
  const engagement: ExtractedEngagement = { kind: "MEETING", participants: ["Justin Trudeau", "Olaf Scholz"], status: "HELD", dateText: null, date: null, count: 1, forum: null, start: 0, end: sentence.length, ...e };
  const doc = { slug, title: null, url: null, publisher: null, author: null, publishedAt, rawText: text, text, fingerprint: fingerprint(text) };
  return storeDocument(db, doc, { actors: ACTORS, statements: [], engagements: [engagement] }).documentId;
}

const engagements = (db: Db) =>
  db.$client.prepare("SELECT status, date_start AS start, date_end AS end, date_basis AS basis, plover_category AS category, plover_mode AS mode FROM engagements ORDER BY id").all();
const sources = (db: Db) => db.$client.prepare("SELECT status, date_text AS dateText, date_start AS start, date_end AS end, date_basis AS basis FROM engagement_sources ORDER BY id").all();

describe("reports of one engagement", () => {
  it("keep their own status and date words; the engagement is HELD and dated by the best report", () => {
    const db = openDatabase(":memory:");
    report(db, "a", "2023-05-08T10:00:00Z", "Justin Trudeau will meet Olaf Scholz on Friday.", { status: "PLANNED", dateText: "Friday", day: "2023-05-12" });
    report(db, "b", "2023-05-13T10:00:00Z", "Justin Trudeau met Olaf Scholz yesterday.", { dateText: "yesterday", day: "2023-05-12" });
    expect(sources(db)).toEqual([
      { status: "PLANNED", dateText: "Friday", start: "2023-05-12", end: "2023-05-12", basis: "RELATIVE" },
      { status: "HELD", dateText: "yesterday", start: "2023-05-12", end: "2023-05-12", basis: "RELATIVE" },
    ]);
    expect(engagements(db)).toEqual([{ status: "HELD", start: "2023-05-12", end: "2023-05-12", basis: "RELATIVE", category: "CONSULT", mode: null }]);
  });

  it("recodes an announced meeting from AGREE to CONSULT once a report says it was held", () => {
    const db = openDatabase(":memory:");
    report(db, "a", "2023-05-08T10:00:00Z", "Justin Trudeau will call Olaf Scholz on May 12.", { kind: "CALL", status: "PLANNED", dateText: "May 12", day: "2023-05-12" });
    expect(engagements(db)).toEqual([{ status: "PLANNED", start: "2023-05-12", end: "2023-05-12", basis: "RELATIVE", category: "AGREE", mode: null }]);
    report(db, "b", "2023-05-12T20:00:00Z", "Justin Trudeau spoke by phone with Olaf Scholz on May 12, 2023.", { kind: "PHONE_CALL", dateText: "May 12, 2023", date: "2023-05-12" });
    expect(engagements(db)).toEqual([{ status: "HELD", start: "2023-05-12", end: "2023-05-12", basis: "STATED", category: "CONSULT", mode: "phone" }]);
  });

  it("falls back to what is left when a report is deleted", () => {
    const db = openDatabase(":memory:");
    report(db, "a", "2023-05-13T10:00:00Z", "Justin Trudeau met Olaf Scholz yesterday.", { dateText: "yesterday", day: "2023-05-12" });
    const stated = report(db, "b", "2023-05-14T10:00:00Z", "Justin Trudeau met Olaf Scholz on May 12, 2023.", { dateText: "May 12, 2023", date: "2023-05-12" });
    expect(engagements(db)).toMatchObject([{ basis: "STATED" }]);
    deleteDocument(db, stated);
    expect(engagements(db)).toMatchObject([{ start: "2023-05-12", end: "2023-05-12", basis: "RELATIVE" }]);
  });
});

describe("PLOVER codes", () => {
  it.each([
    [{ kind: "VIDEO_CALL", status: "HELD" }, "Justin Trudeau held a videoconference with Olaf Scholz.", "CONSULT", "phone"],
    [{ kind: "MEETING", status: "HELD", forum: "G7" }, "Justin Trudeau met Olaf Scholz at the G7 summit.", "CONSULT", "multilateral"],
    [{ kind: "MEETING", status: "HELD" }, "Olaf Scholz hosted Justin Trudeau in Berlin.", "CONSULT", "visit"],
    [{ kind: "MEETING", status: "HELD" }, "Justin Trudeau met Olaf Scholz.", "CONSULT", null],
    [{ kind: "MEETING", status: "PROPOSED" }, "Olaf Scholz invited Justin Trudeau to visit Berlin.", "AGREE", null],
    [{ kind: "TALKS", status: "PLANNED" }, "Justin Trudeau will hold talks with Olaf Scholz.", "AGREE", null],
  ] as const)("%j: %s → %s %s", (e, sentence, category, mode) => {
    const db = openDatabase(":memory:");
    report(db, "a", "2023-05-10T10:00:00Z", sentence, e);
    expect(engagements(db)).toMatchObject([{ category, mode }]);
    expect(ploverCode({ kind: e.kind, status: e.status, hasForum: "forum" in e, texts: [sentence] })).toEqual({ category, mode });
  });
});

describe("dates_and_event_codes migration", () => {
  it("fills an existing database's engagements and reports where SQL can", () => {
    const path = join(dir, "old.db");
    const before = join(dir, "migrations-before");
    const mine = readdirSync(MIGRATIONS_DIR).filter((m) => m.endsWith("_dates_and_event_codes"));
    expect(mine).toHaveLength(1);
    cpSync(MIGRATIONS_DIR, before, { recursive: true, filter: (src) => !src.includes(mine[0]!) });
    const old = new Sqlite(path);
    migrate(drizzle({ client: old }), { migrationsFolder: before });
    const addDoc = old.prepare("INSERT INTO documents (slug, raw_text, text, sha256, published_at) VALUES (?, 'x', 'x', ?, ?)");
    const d1 = Number(addDoc.run("d1", "h1", "2023-05-10T09:00:00Z").lastInsertRowid);
    const d2 = Number(addDoc.run("d2", "h2", "2023-05-12T09:00:00Z").lastInsertRowid);
    const a = Number(old.prepare("INSERT INTO actors (name, name_key, kind) VALUES ('A', 'a', 'PERSON')").run().lastInsertRowid);
    const b = Number(old.prepare("INSERT INTO actors (name, name_key, kind) VALUES ('B', 'b', 'PERSON')").run().lastInsertRowid);
    const addEngagement = old.prepare("INSERT INTO engagements (kind, status, date, date_text, day) VALUES (?, ?, ?, ?, ?)");
    const stated = Number(addEngagement.run("PHONE_CALL", "HELD", "2023-05-01", "May 1, 2023", "2023-05-01").lastInsertRowid);
    const relative = Number(addEngagement.run("MEETING", "HELD", null, "yesterday", "2023-05-09").lastInsertRowid);
    const bounded = Number(addEngagement.run("MEETING", "HELD", null, null, null).lastInsertRowid);
    const planned = Number(addEngagement.run("MEETING", "PLANNED", null, null, null).lastInsertRowid);
    const addSource = old.prepare("INSERT INTO engagement_sources (engagement_id, document_id, start, end, text) VALUES (?, ?, 0, 1, ?)");
    for (const e of [stated, relative, bounded, planned]) {
      old.prepare("INSERT INTO engagement_participants (engagement_id, actor_id) VALUES (?, ?), (?, ?)").run(e, a, e, b);
      addSource.run(e, d1, e === bounded ? "A visited B." : "A and B met.");
    }
    addSource.run(bounded, d2, "A and B met in the capital.");
    old.close();

    const db = openDatabase(path);
    expect(engagements(db)).toEqual([
      { status: "HELD", start: "2023-05-01", end: "2023-05-01", basis: "STATED", category: "CONSULT", mode: "phone" },
      { status: "HELD", start: "2023-05-09", end: "2023-05-09", basis: "RELATIVE", category: "CONSULT", mode: null },
      { status: "HELD", start: null, end: "2023-05-10", basis: "PUBLICATION", category: "CONSULT", mode: "visit" },
      { status: "PLANNED", start: "2023-05-10", end: null, basis: "PUBLICATION", category: "AGREE", mode: null },
    ]);
    // A report's own words are known only where it is its engagement's one report.
    expect(sources(db)).toEqual([
      { status: "HELD", dateText: "May 1, 2023", start: "2023-05-01", end: "2023-05-01", basis: "STATED" },
      { status: "HELD", dateText: "yesterday", start: "2023-05-09", end: "2023-05-09", basis: "RELATIVE" },
      { status: null, dateText: null, start: null, end: null, basis: null },
      { status: "PLANNED", dateText: null, start: "2023-05-10", end: null, basis: "PUBLICATION" },
      { status: null, dateText: null, start: null, end: null, basis: null },
    ]);
    expect(db.$client.pragma("foreign_key_check")).toEqual([]);
    db.$client.close();
  });
});
