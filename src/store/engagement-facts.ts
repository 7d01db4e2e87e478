// The facts of an engagement that follow from its reports: its date range with basis and its
// PLOVER code. Recomputed from the engagement_sources rows whenever a report is added or
// removed, so they do not depend on the order documents arrive in.
import type { Db } from "./db.js";
import { combineRanges, type DateBasis } from "./engagement-dates.js";
import { ploverCode } from "./plover.js";
import { prepared } from "./prepared.js";
import type { EngagementKind, EngagementStatus } from "../extract/types.js";

interface SourceRow {
  status: EngagementStatus | null;
  start: string | null;
  end: string | null;
  basis: DateBasis | null;
  text: string;
}

/** Sets the engagement's date range and PLOVER code from its reports as stored now. */
export function refreshEngagementFacts(db: Db, engagementId: number): void {
  const e = prepared(db.$client, "SELECT kind, status, forum_id AS forumId FROM engagements WHERE id = ?").get(engagementId) as
    | { kind: EngagementKind; status: EngagementStatus; forumId: number | null }
    | undefined;
  if (!e) return;
  const sources = prepared(db.$client, "SELECT status, date_start AS start, date_end AS end, date_basis AS basis, text FROM engagement_sources WHERE engagement_id = ? ORDER BY id")
    .all(engagementId) as SourceRow[];
  const range = combineRanges(sources.map((s) => (s.basis ? { start: s.start, end: s.end, basis: s.basis } : null)));
  const code = ploverCode({ kind: e.kind, status: e.status, hasForum: e.forumId !== null, texts: sources.map((s) => s.text) });
  prepared(db.$client, "UPDATE engagements SET date_start = ?, date_end = ?, date_basis = ?, plover_category = ?, plover_mode = ? WHERE id = ?")
    .run(range?.start ?? null, range?.end ?? null, range?.basis ?? null, code.category, code.mode, engagementId);
}
