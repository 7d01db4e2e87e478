// Engagement fusion through the store (src/store/engagement-fusion.ts): reports of one event
// from several documents become one engagement, in any order of arrival, and deleting a
// document regroups what remains as if it had never been stored. Sentences written for the test.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ExtractedEngagement, Extraction } from "../../src/extract/types.js";
import { closeDatabase, openDatabase, type Db } from "../../src/store/db.js";
import { deleteDocument } from "../../src/store/delete-document.js";
import { NEIGHBOUR_SQL } from "../../src/store/engagement-fusion.js";
import { fingerprint } from "../../src/store/fingerprint.js";
import { storeDocument } from "../../src/store/store-document.js";

const dir = mkdtempSync(join(tmpdir(), "parley-fusion-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Report {
  slug: string;
  publishedAt: string;
  text: string;
  engagement: Omit<ExtractedEngagement, "start" | "end" | "participants" | "count" | "forum"> & { withRussia?: boolean };
}

const reports: Record<string, Report> = {
  announced: {
    slug: "announced",
    publishedAt: "2021-12-04T10:00:00-05:00",
    text: "Joe Biden will hold a video call with Vladimir Putin on December 7, 2021.",
    engagement: { kind: "VIDEO_CALL", status: "PLANNED", dateText: "December 7, 2021", date: "2021-12-07", day: "2021-12-07" },
  },
  readout: {
    slug: "readout",
    publishedAt: "2021-12-07T18:00:00-05:00",
    text: "Joe Biden held a video call today with Vladimir Putin about the border.",
    engagement: { kind: "VIDEO_CALL", status: "HELD", dateText: "today", date: null, day: "2021-12-07" },
  },
  kremlin: {
    slug: "kremlin",
    publishedAt: "2021-12-07T22:00:00Z",
    text: "Vladimir Putin had a long conversation with Joe Biden, the President of the United States, for Russia.",
    engagement: { kind: "CALL", status: "HELD", dateText: null, date: null, withRussia: true },
  },
  comment: {
    slug: "comment",
    publishedAt: "2021-12-08T12:00:00Z",
    text: "Commentators welcomed the conversation between Joe Biden and Vladimir Putin on security.",
    engagement: { kind: "CALL", status: "HELD", dateText: null, date: null },
  },
  nextCall: {
    slug: "next-call",
    publishedAt: "2021-12-30T18:00:00-05:00",
    text: "Joe Biden spoke by phone today with Vladimir Putin again, at the Russian side's request.",
    engagement: { kind: "PHONE_CALL", status: "HELD", dateText: "today", date: null, day: "2021-12-30" },
  },
  summer: {
    slug: "summer",
    publishedAt: "2021-12-06T12:00:00-05:00",
    text: "An official recalled that Joe Biden and Vladimir Putin had a call in July on cyber crime.",
    engagement: { kind: "CALL", status: "HELD", dateText: "in July", date: null },
  },
};

function store(db: Db, r: Report) {
  const at = (name: string) => r.text.indexOf(name);
  const actors: Extraction["actors"] = [
    { name: "Joe Biden", kind: "PERSON", aliases: [], role: null, affiliation: null, mentions: [{ start: at("Joe Biden"), end: at("Joe Biden") + 9 }] },
    { name: "Vladimir Putin", kind: "PERSON", aliases: [], role: null, affiliation: null, mentions: [{ start: at("Vladimir Putin"), end: at("Vladimir Putin") + 14 }] },
  ];
  const { withRussia, ...e } = r.engagement;
  if (withRussia) actors.push({ name: "Russia", kind: "COUNTRY", aliases: [], role: null, affiliation: null, mentions: [{ start: at("Russia"), end: at("Russia") + 6 }] });
  const participants = ["Joe Biden", "Vladimir Putin", ...(withRussia ? ["Russia"] : [])];
  const extraction: Extraction = { actors, statements: [], engagements: [{ ...e, participants, count: 1, forum: null, start: 0, end: r.text.length }] };
  const doc = { slug: r.slug, title: null, url: null, publisher: null, author: null, publishedAt: r.publishedAt, rawText: r.text, text: r.text, fingerprint: fingerprint(r.text) };
  return db.$client.transaction(() => storeDocument(db, doc, extraction))().documentId;
}

/** Each engagement as the sorted slugs of its documents. */
const groups = (db: Db) =>
  (
    db.$client
      .prepare("SELECT group_concat(slug, '+') FROM (SELECT s.engagement_id AS e, d.slug FROM engagement_sources s JOIN documents d ON d.id = s.document_id ORDER BY d.slug) GROUP BY e")
      .pluck()
      .all() as string[]
  ).sort();

const engagementOf = (db: Db, slug: string) =>
  db.$client
    .prepare(
      `SELECT e.kind, e.status, e.date, e.day, (SELECT count(*) FROM engagement_sources x WHERE x.engagement_id = e.id) AS sources,
              (SELECT count(*) FROM engagement_participants p WHERE p.engagement_id = e.id) AS participants
       FROM engagements e JOIN engagement_sources s ON s.engagement_id = e.id JOIN documents d ON d.id = s.document_id WHERE d.slug = ?`,
    )
    .get(slug);

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
}

const all = Object.values(reports);
const expected = ["announced+comment+kremlin+readout", "next-call", "summer"];

describe("engagement fusion in the store", () => {
  it("makes one held engagement of an announcement, two readouts and a comment, apart from the next call and a July call", () => {
    const db = openDatabase(":memory:");
    for (const r of all) store(db, r);
    expect(groups(db)).toEqual(expected);
    // The planned report is among the sources; the event is held, on the text's date; Russia stays a participant.
    expect(engagementOf(db, "announced")).toEqual({ kind: "VIDEO_CALL", status: "HELD", date: "2021-12-07", day: "2021-12-07", sources: 4, participants: 3 });
    expect(engagementOf(db, "next-call")).toMatchObject({ kind: "PHONE_CALL", day: "2021-12-30", sources: 1 });
  });

  it("gives the same engagements in every order the reports of one event arrive in", () => {
    const event = [reports.announced!, reports.readout!, reports.kremlin!, reports.comment!];
    for (const order of permutations(event)) {
      const db = openDatabase(":memory:");
      store(db, reports.summer!);
      for (const r of order) store(db, r);
      store(db, reports.nextCall!);
      expect(groups(db), order.map((r) => r.slug).join(" ")).toEqual(expected);
      closeDatabase(db);
    }
  });

  it("regroups what remains when documents are deleted, as if they had never been stored", () => {
    const db = openDatabase(":memory:");
    const ids = Object.fromEntries(all.map((r) => [r.slug, store(db, r)]));
    deleteDocument(db, ids.readout!);
    expect(engagementOf(db, "kremlin")).toMatchObject({ status: "HELD", date: "2021-12-07", sources: 3 });
    // Without the dated reports the two undated readouts, a day apart, are still one event, undated.
    deleteDocument(db, ids.announced!);
    const fresh = openDatabase(":memory:");
    for (const r of [reports.kremlin!, reports.comment!, reports.nextCall!, reports.summer!]) store(fresh, r);
    expect(groups(db)).toEqual(groups(fresh));
    expect(groups(db)).toContain("comment+kremlin");
    expect(engagementOf(db, "kremlin")).toEqual(engagementOf(fresh, "kremlin"));
    expect(engagementOf(db, "kremlin")).toMatchObject({ status: "HELD", date: null, day: null, sources: 2 });
  });

  it("fuses in a later process, which must read what the stored sources said", () => {
    const path = join(dir, "later.db");
    const first = openDatabase(path);
    for (const r of [reports.announced!, reports.readout!]) store(first, r);
    closeDatabase(first);
    const second = openDatabase(path);
    store(second, reports.comment!);
    expect(groups(second)).toEqual(["announced+comment+readout"]);
    closeDatabase(second);
  });

  it("finds candidates through the day and publication-date indexes, never by a scan of engagements", () => {
    const db = openDatabase(":memory:");
    for (const sql of Object.values(NEIGHBOUR_SQL)) {
      const plan = (db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all("2021-12-01", "2021-12-20", 1) as { detail: string }[]).map((r) => r.detail);
      expect(plan.join("\n")).not.toMatch(/\bSCAN\b/);
      expect(plan[0]).toMatch(/USING (COVERING )?INDEX (engagements_day_idx|documents_published_at_idx)/);
    }
  });
});
