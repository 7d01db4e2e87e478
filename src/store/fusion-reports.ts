// What each stored source of an engagement said: its own kind, status, date words and
// participants. Fusion needs them to regroup reports when a new report or a deletion changes a
// neighbourhood, and the engagements table keeps only the fused values. The stored sources do
// not hold them yet, so `memoReader` remembers the reports of the documents this process stored
// and re-extracts a document it does not know. A reader over per-source columns, once the table
// has them, replaces it behind the same interface.
import type Sqlite from "better-sqlite3";
import { extract } from "../extract/index.js";
import type { ExtractedEngagement } from "../extract/types.js";
import { findActorByName, findStoredActor } from "./actor-identity.js";
import { separateConflatedPeople } from "./conflated-people.js";
import { foldName } from "./fold.js";
import type { FusionReport } from "./fusion-rules.js";

/** A stored document, as fusion sees it. */
export interface ReportDocument {
  id: number;
  slug: string;
  sha256: string;
  /** As stored: ISO 8601, or null. */
  publishedAt: string | null;
}

export interface ReportReader {
  /** The reports a stored document gave, every one with at least two stored participants. */
  reportsOf(sqlite: Sqlite.Database, doc: ReportDocument): readonly FusionReport[];
  /** Called by the store with the reports of a document it has just stored. */
  remember(doc: ReportDocument, reports: readonly FusionReport[]): void;
}

export function publishedDay(publishedAt: string | null): string | null {
  return publishedAt && /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? publishedAt.slice(0, 10) : null;
}

/** A report as fusion needs it, from an extracted engagement; null when fewer than two participants resolve. */
export function toReport(
  doc: Pick<ReportDocument, "id" | "slug" | "publishedAt">,
  text: string,
  e: ExtractedEngagement,
  idOf: (name: string | null) => number | null,
): FusionReport | null {
  const participants = [...new Set(e.participants.map(idOf).filter((id): id is number => id !== null))].sort((a, b) => a - b);
  if (participants.length < 2) return null;
  return {
    documentId: doc.id,
    documentKey: doc.slug,
    start: e.start,
    end: e.end,
    kind: e.kind,
    status: e.status,
    date: e.date,
    dateText: e.dateText,
    day: e.date ?? e.day ?? null,
    published: publishedDay(doc.publishedAt),
    participants,
    forum: idOf(e.forum),
    count: e.count,
    rule: e.rule ?? null,
    text: text.slice(e.start, e.end),
  };
}

/** Documents remembered per connection; past this many, the memo starts again (re-extraction fills it). */
const MEMO_LIMIT = 50_000;

/**
 * A copy of the string that holds only its own characters: V8 keeps a substring as a view on the
 * whole text it was cut from, and the memo must not keep every document's text alive.
 */
const own = (s: string | null) => (s === null ? null : Buffer.from(s, "utf8").toString("utf8"));

export function memoReader(): ReportReader {
  const memo = new Map<string, readonly FusionReport[]>();
  return {
    remember(doc, reports) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(
        doc.sha256,
        reports.map((r) => ({ ...r, text: own(r.text)!, dateText: own(r.dateText) })),
      );
    },
    reportsOf(sqlite, doc) {
      // Keyed by the text's hash: a document replaced by its fuller text keeps its id, not its reports.
      let reports = memo.get(doc.sha256);
      if (!reports) {
        reports = reextract(sqlite, doc);
        this.remember(doc, reports);
      }
      return reports;
    },
  };
}

/** The reports of a stored document, extracted again from its stored text and resolved to stored actors. */
export function reextract(sqlite: Sqlite.Database, doc: ReportDocument): FusionReport[] {
  const row = sqlite.prepare("SELECT title, text, publisher FROM documents WHERE id = ?").get(doc.id) as { title: string | null; text: string; publisher: string | null } | undefined;
  if (!row) return [];
  let extraction;
  try {
    extraction = extract({ text: row.text, title: row.title, publishedAt: doc.publishedAt, publisher: row.publisher, name: doc.slug });
  } catch {
    // Too complex to extract again in the budget: its sources keep the engagement's fused values.
    return [];
  }
  const ids = new Map<string, number>();
  for (const actor of separateConflatedPeople(extraction.actors, row.text)) {
    const id = findStoredActor(sqlite, actor);
    if (id !== undefined) for (const name of [actor.name, ...actor.aliases]) ids.set(foldName(name), id);
  }
  const idOf = (name: string | null) => (name ? (ids.get(foldName(name)) ?? findActorByName(sqlite, name) ?? null) : null);
  return extraction.engagements.map((e) => toReport(doc, row.text, e, idOf)).filter((r): r is FusionReport => r !== null);
}
