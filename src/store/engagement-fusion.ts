// Cross-document engagement fusion: reports of one real event become one engagement with a
// source per reporting document (docs/identity.md, "Engagement fusion"). Which reports are one
// event is decided by src/store/fusion-rules.ts over a neighbourhood: the engagements between the
// same people within a few days, found through the day and publication-date indexes, never by a
// scan of all engagements. The neighbourhood is regrouped whole, so the result does not depend on
// the order documents arrive or leave in.
import type Sqlite from "better-sqlite3";
import type { Db } from "./db.js";
import { reportDateRange } from "./engagement-dates.js";
import { refreshEngagementFacts } from "./engagement-facts.js";
import { prepared } from "./prepared.js";
import { memoReader, publishedDay, reextract, type ReportDocument, type ReportReader } from "./fusion-reports.js";
import { addDays, fusedFacts, groupReports, HELD_LAG_DAYS, participantKey, PLANNED_LEAD_DAYS, reportReach, type FusedFacts, type FusionReport } from "./fusion-rules.js";

const readers = new WeakMap<Db, ReportReader>();

/** The reader fusion takes per-source facts from (a memo of this process's documents by default). */
export function reportReader(db: Db): ReportReader {
  let r = readers.get(db);
  if (!r) readers.set(db, (r = memoReader()));
  return r;
}

export function setReportReader(db: Db, reader: ReportReader): void {
  readers.set(db, reader);
}

/** One group of reports to place: same participant key. */
interface Scope {
  key: string;
  /** An actor every engagement of the key has: the indexed way in. */
  anchorActor: number;
}

class ActorKinds {
  private kinds = new Map<number, string | undefined>();
  constructor(private readonly sqlite: Sqlite.Database) {}
  isPerson = (id: number): boolean => {
    if (!this.kinds.has(id)) this.kinds.set(id, prepared(this.sqlite, "SELECT kind FROM actors WHERE id = ?", "pluck").get(id) as string | undefined);
    return this.kinds.get(id) === "PERSON";
  };
  key = (participants: readonly number[]) => participantKey(participants, this.isPerson);
}

/**
 * Places the reports of a newly stored document: each joins the engagement of the event it
 * reports, or starts one. The reader is told of them first, so later regroupings know them.
 */
export function fuseDocumentReports(db: Db, doc: ReportDocument, reports: readonly FusionReport[]): void {
  reportReader(db).remember(doc, reports);
  const kinds = new ActorKinds(db.$client);
  const scopes = new Map<string, { scope: Scope; reports: FusionReport[] }>();
  for (const r of reports) {
    const key = kinds.key(r.participants);
    if (!scopes.has(key)) scopes.set(key, { scope: { key, anchorActor: firstId(key) }, reports: [] });
    scopes.get(key)!.reports.push(r);
  }
  for (const { scope, reports: mine } of scopes.values()) {
    const near = new Set<number>();
    for (const r of mine) {
      const around = reportReach(r);
      if (around) for (const id of neighbours(db.$client, scope, around, kinds)) near.add(id);
    }
    regroup(db, scope, [...near], mine, kinds);
  }
}

/**
 * After sources were removed (a document deleted or replaced): the engagements they left, and
 * their neighbours, are regrouped from the reports that remain.
 */
export function refuseAfterRemoval(db: Db, engagementIds: readonly number[]): void {
  const sqlite = db.$client;
  const kinds = new ActorKinds(sqlite);
  const done = new Set<number>();
  for (const id of engagementIds) {
    if (done.has(id)) continue;
    const e = prepared(sqlite, "SELECT day FROM engagements WHERE id = ?").get(id) as { day: string | null } | undefined;
    if (!e) continue;
    const participants = participantIds(sqlite, id);
    if (!participants.length) continue;
    const key = kinds.key(participants);
    const scope: Scope = { key, anchorActor: firstId(key) };
    const days = (prepared(sqlite, "SELECT d.published_at FROM engagement_sources s JOIN documents d ON d.id = s.document_id WHERE s.engagement_id = ?", "pluck").all(id) as (string | null)[])
      .map(publishedDay)
      .filter((d): d is string => d !== null);
    if (e.day) days.push(e.day);
    const near = new Set<number>([id]);
    if (days.length) {
      days.sort();
      const span = HELD_LAG_DAYS + PLANNED_LEAD_DAYS;
      const range: [string, string] = [addDays(days[0]!, -span), addDays(days[days.length - 1]!, span)];
      for (const n of neighbours(sqlite, scope, range, kinds)) near.add(n);
    }
    for (const n of near) done.add(n);
    regroup(db, scope, [...near], [], kinds);
  }
}

/**
 * After a curator changed which actor some names denote (src/store/merge-actors.ts,
 * split-actor.ts): the reports of these documents are read again from their text against the
 * actors as they now are, and placed anew, and the engagements they leave are regrouped. A merge
 * can make two engagements one event; a split can undo a fusion. A document whose text gives no
 * report again (too complex to extract in the budget) keeps its sources as they are.
 */
export function refuseDocuments(db: Db, documentIds: Iterable<number>): void {
  const sqlite = db.$client;
  const list = JSON.stringify([...new Set(documentIds)]);
  const docs = (
    prepared(sqlite, "SELECT id, slug, sha256, published_at AS publishedAt FROM documents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY slug").all(list) as ReportDocument[]
  )
    .map((doc) => ({ doc, reports: reextract(sqlite, doc) }))
    .filter((d) => d.reports.length > 0);
  if (!docs.length) return;
  const detached = JSON.stringify(docs.map((d) => d.doc.id));
  const left = prepared(sqlite, "SELECT DISTINCT engagement_id FROM engagement_sources WHERE document_id IN (SELECT value FROM json_each(?))", "pluck").all(detached) as number[];
  prepared(sqlite, "DELETE FROM engagement_sources WHERE document_id IN (SELECT value FROM json_each(?))").run(detached);
  refuseAfterRemoval(db, left);
  for (const { doc, reports } of docs) fuseDocumentReports(db, doc, reports);
}

const firstId = (key: string) => Number(key.slice(2).split(",")[0]);

/** The actors taking part in an engagement. */
const participantIds = (sqlite: Sqlite.Database, engagementId: number): number[] =>
  prepared(sqlite, "SELECT actor_id FROM engagement_participants WHERE engagement_id = ?", "pluck").all(engagementId) as number[];

/**
 * Engagements of the scope's key dated within `days`, or undated with a source published within
 * them: through the day and publication-date indexes, then the participant key.
 */
function neighbours(sqlite: Sqlite.Database, scope: Scope, days: [string, string], kinds: ActorKinds): number[] {
  const dated = prepared(sqlite, NEIGHBOUR_SQL.dated, "pluck").all(days[0], days[1], scope.anchorActor) as number[];
  const undated = prepared(sqlite, NEIGHBOUR_SQL.undated, "pluck").all(days[0], addDays(days[1], 1), scope.anchorActor) as number[];
  return [...dated, ...undated].filter((id) => kinds.key(participantIds(sqlite, id)) === scope.key);
}

const HAS_ACTOR = "EXISTS (SELECT 1 FROM engagement_participants p WHERE p.engagement_id = e.id AND p.actor_id = ?)";
/** The candidate lookups (exported for the test that checks they go through indexes). */
export const NEIGHBOUR_SQL = {
  dated: `SELECT e.id FROM engagements e WHERE e.day BETWEEN ? AND ? AND ${HAS_ACTOR}`,
  // CROSS JOIN keeps this order: from the documents of the window (published_at index), never
  // from every undated engagement (+e.day keeps the day index out of it).
  undated: `SELECT DISTINCT e.id FROM documents d CROSS JOIN engagement_sources s ON s.document_id = d.id CROSS JOIN engagements e ON e.id = s.engagement_id
     WHERE d.published_at >= ? AND d.published_at < ? AND +e.day IS NULL AND ${HAS_ACTOR}`,
};

interface SourceRow {
  engagementId: number;
  documentId: number;
  start: number;
  end: number;
  text: string;
  rule: string | null;
  slug: string;
  sha256: string;
  publishedAt: string | null;
}

/** A stored engagement: the facts fusion gave it. */
interface EngagementRow extends Pick<FusedFacts, "kind" | "status" | "date" | "dateText" | "day" | "count"> {
  id: number;
  forumId: FusedFacts["forum"];
}

/** The reports behind the engagements' sources: the reader's when it knows them, else the engagement's fused values. */
function storedReports(db: Db, scope: Scope, engagementIds: readonly number[], kinds: ActorKinds): Map<FusionReport, number> {
  const sqlite = db.$client;
  const reader = reportReader(db);
  const origin = new Map<FusionReport, number>();
  if (!engagementIds.length) return origin;
  const list = JSON.stringify(engagementIds);
  const rows = prepared(
    sqlite,
    `SELECT s.engagement_id AS engagementId, s.document_id AS documentId, s.start, s.end, s.text, s.rule, d.slug, d.sha256, d.published_at AS publishedAt
       FROM engagement_sources s JOIN documents d ON d.id = s.document_id WHERE s.engagement_id IN (SELECT value FROM json_each(?))`,
    )
    .all(list) as SourceRow[];
  const engagements = new Map(
    (
      prepared(sqlite, `SELECT id, kind, status, date, date_text AS dateText, day, count, forum_id AS forumId FROM engagements WHERE id IN (SELECT value FROM json_each(?))`)
        .all(list) as EngagementRow[]
    ).map((e) => [e.id, e]),
  );
  const participantsOf = prepared(sqlite, "SELECT actor_id FROM engagement_participants WHERE engagement_id = ? ORDER BY actor_id", "pluck");
  const used = new Set<FusionReport>();
  for (const row of rows) {
    const doc: ReportDocument = { id: row.documentId, slug: row.slug, sha256: row.sha256, publishedAt: row.publishedAt };
    const known = reader
      .reportsOf(sqlite, doc)
      .find((r) => !used.has(r) && r.start === row.start && r.end === row.end && kinds.key(r.participants) === scope.key);
    const e = engagements.get(row.engagementId)!;
    const report: FusionReport = known
      ? { ...known, documentKey: row.slug }
      : {
          documentId: row.documentId,
          documentKey: row.slug,
          start: row.start,
          end: row.end,
          kind: e.kind,
          status: e.status,
          date: e.date,
          dateText: e.dateText,
          day: e.day,
          published: publishedDay(row.publishedAt),
          participants: participantsOf.all(e.id) as number[],
          forum: e.forumId,
          count: e.count,
          rule: row.rule,
          text: row.text,
        };
    if (known) used.add(known);
    origin.set(report, row.engagementId);
  }
  // A document keeps one source per engagement: its other reports there have no row of their own.
  // They are taken from the reader when every engagement of the key the document reports is being
  // regrouped, so that none of them can belong to an engagement left out.
  const inSet = new Set(engagementIds);
  const firstRow = new Map<number, SourceRow>();
  for (const row of rows) if (!firstRow.has(row.documentId)) firstRow.set(row.documentId, row);
  for (const [documentId, row] of firstRow) {
    if (!engagementsOfDocument(sqlite, documentId, scope, kinds).every((id) => inSet.has(id))) continue;
    const doc: ReportDocument = { id: documentId, slug: row.slug, sha256: row.sha256, publishedAt: row.publishedAt };
    for (const r of reader.reportsOf(sqlite, doc)) {
      if (used.has(r) || kinds.key(r.participants) !== scope.key) continue;
      used.add(r);
      origin.set({ ...r, documentKey: row.slug }, row.engagementId);
    }
  }
  return origin;
}

/** The engagements of the scope's key a document is a source of. */
function engagementsOfDocument(sqlite: Sqlite.Database, documentId: number, scope: Scope, kinds: ActorKinds): number[] {
  const ids = prepared(sqlite, "SELECT engagement_id FROM engagement_sources WHERE document_id = ?", "pluck").all(documentId) as number[];
  return ids.filter((id) => kinds.key(participantIds(sqlite, id)) === scope.key);
}

/** The engagements, with every other engagement of the key their documents report. */
function withDocumentSiblings(sqlite: Sqlite.Database, engagementIds: readonly number[], scope: Scope, kinds: ActorKinds): number[] {
  const out = new Set(engagementIds);
  const documents = prepared(sqlite, "SELECT DISTINCT document_id FROM engagement_sources WHERE engagement_id IN (SELECT value FROM json_each(?))", "pluck")
    .all(JSON.stringify(engagementIds)) as number[];
  for (const d of documents) for (const id of engagementsOfDocument(sqlite, d, scope, kinds)) out.add(id);
  return [...out];
}

/** Replaces the engagements `engagementIds` and the new reports by the groups fusion makes of their reports. */
function regroup(db: Db, scope: Scope, near: readonly number[], added: readonly FusionReport[], kinds: ActorKinds): void {
  const sqlite = db.$client;
  const engagementIds = near.length ? withDocumentSiblings(sqlite, near, scope, kinds) : [];
  const origin = storedReports(db, scope, engagementIds, kinds);
  const groups = groupReports([...origin.keys(), ...added]);
  // Each group keeps the oldest engagement id among those its reports came from, so ids stay stable.
  const used = new Set<number>();
  const ids = groups.map((g) => {
    const id = [...new Set(g.map((r) => origin.get(r)).filter((i): i is number => i !== undefined))].sort((a, b) => a - b).find((i) => !used.has(i));
    if (id !== undefined) used.add(id);
    return id;
  });
  const actorExists = prepared(sqlite, "SELECT 1 FROM actors WHERE id = ?", "pluck");
  for (const id of engagementIds) {
    prepared(sqlite, "DELETE FROM engagement_sources WHERE engagement_id = ?").run(id);
    prepared(sqlite, "DELETE FROM engagement_participants WHERE engagement_id = ?").run(id);
    if (!used.has(id)) prepared(sqlite, "DELETE FROM engagements WHERE id = ?").run(id);
  }
  const update = prepared(sqlite, "UPDATE engagements SET kind = ?, status = ?, date = ?, date_text = ?, day = ?, count = ?, forum_id = ? WHERE id = ?");
  const insert = prepared(sqlite, "INSERT INTO engagements (kind, status, date, date_text, day, count, forum_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
  const addParticipant = prepared(sqlite, "INSERT OR IGNORE INTO engagement_participants (engagement_id, actor_id) VALUES (?, ?)");
  const addSource = prepared(
    sqlite,
    `INSERT INTO engagement_sources (engagement_id, document_id, start, end, text, rule, status, date_text, date_start, date_end, date_basis)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  groups.forEach((group, i) => {
    const f = fusedFacts(group);
    const forum = f.forum !== null && actorExists.get(f.forum) ? f.forum : null;
    const values = [f.kind, f.status, f.date, f.dateText, f.day, f.count, forum] as const;
    let id = ids[i];
    if (id !== undefined) update.run(...values, id);
    else id = Number(insert.run(...values).lastInsertRowid);
    for (const p of f.participants) if (actorExists.get(p)) addParticipant.run(id, p);
    // One source per document (the table's unique key): its dated report if it has one, else its first.
    const perDocument = new Map<number, FusionReport>();
    for (const r of group) {
      const kept = perDocument.get(r.documentId);
      if (!kept || (!kept.day && r.day)) perDocument.set(r.documentId, r);
    }
    for (const r of perDocument.values()) {
      // Each source keeps its own status and date words; the engagement's range follows from them all.
      const range = reportDateRange({ date: r.date, dateText: r.dateText, held: r.status === "HELD", publishedAt: r.published });
      addSource.run(id, r.documentId, r.start, r.end, r.text, r.rule, r.status, r.dateText, range?.start ?? null, range?.end ?? null, range?.basis ?? null);
    }
    refreshEngagementFacts(db, id);
  });
}
