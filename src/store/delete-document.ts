// Removes a document and every fact that only it supports. Callers run it inside a
// transaction.
//
// What goes: the document, its statements, mentions, (document, actor) rows and the
// engagement sources it provided (all by foreign-key cascade); engagements left without any
// source; then actors that no longer appear anywhere. An actor "appears" while it has a
// mention, a statement, an engagement participation, is an engagement's forum, or is the
// affiliation of an actor that stays. Aliases alone do not keep an actor: they only name
// it. What stays: engagements another document also reports (they keep their other
// sources) and every actor another document still names. The engagements that lose a source
// are regrouped from the reports that remain (src/store/engagement-fusion.ts): a report that only
// the removed one tied to an event, or the event's date, goes with it.
import { CurationError } from "./curation-error.js";
import type { Db } from "./db.js";
import { refuseAfterRemoval } from "./engagement-fusion.js";

export interface DeleteDocumentResult {
  deletedEngagements: number;
  deletedActors: number;
}

export function deleteDocument(db: Db, documentId: number): DeleteDocumentResult {
  return pruneOrphans(db, detachDocument(db, documentId));
}

/** What a removed document may have left without support, to check once the dust settles. */
export interface Orphans {
  engagementIds: number[];
  actorIds: Set<number>;
}

/**
 * Deletes the document row (its own rows go by cascade) and returns what may now be
 * orphaned. Kept apart from pruning so that a replacing document can be stored in between:
 * the actors and engagements it shares with the old one then keep their ids.
 */
export function detachDocument(db: Db, documentId: number): Orphans {
  const sqlite = db.$client;
  if (!sqlite.prepare("SELECT 1 FROM documents WHERE id = ?").get(documentId)) throw new CurationError("NOT_FOUND", "id", "no document with this id");
  const ids = (sql: string, ...params: unknown[]) => (sqlite.prepare(sql).pluck().all(...params) as number[]);

  const engagementIds = ids("SELECT engagement_id FROM engagement_sources WHERE document_id = ?", documentId);
  const actorIds = new Set<number>([
    ...ids("SELECT actor_id FROM document_actors WHERE document_id = ?", documentId),
    ...ids("SELECT actor_id FROM mentions WHERE document_id = ?", documentId),
    ...ids("SELECT speaker_id FROM statements WHERE document_id = ? AND speaker_id IS NOT NULL", documentId),
  ]);
  for (const e of engagementIds) {
    for (const a of ids("SELECT actor_id FROM engagement_participants WHERE engagement_id = ?", e)) actorIds.add(a);
    for (const a of ids("SELECT forum_id FROM engagements WHERE id = ? AND forum_id IS NOT NULL", e)) actorIds.add(a);
  }
  sqlite.prepare("DELETE FROM documents WHERE id = ?").run(documentId);
  return { engagementIds, actorIds };
}

export function pruneOrphans(db: Db, { engagementIds, actorIds }: Orphans): DeleteDocumentResult {
  const sqlite = db.$client;
  let deletedEngagements = 0;
  const deleteOrphanEngagement = sqlite.prepare("DELETE FROM engagements WHERE id = ? AND NOT EXISTS (SELECT 1 FROM engagement_sources WHERE engagement_id = ?)");
  for (const e of engagementIds) deletedEngagements += deleteOrphanEngagement.run(e, e).changes;
  refuseAfterRemoval(db, engagementIds);

  const stillAppears = sqlite.prepare(
    `SELECT EXISTS (SELECT 1 FROM mentions WHERE actor_id = :id)
         OR EXISTS (SELECT 1 FROM document_actors WHERE actor_id = :id)
         OR EXISTS (SELECT 1 FROM statements WHERE speaker_id = :id)
         OR EXISTS (SELECT 1 FROM engagement_participants WHERE actor_id = :id)
         OR EXISTS (SELECT 1 FROM engagements WHERE forum_id = :id)
         OR EXISTS (SELECT 1 FROM actors WHERE affiliation_id = :id AND id <> :id)`,
  ).pluck();
  const affiliationOf = sqlite.prepare("SELECT affiliation_id FROM actors WHERE id = ?").pluck();
  const deleteActor = sqlite.prepare("DELETE FROM actors WHERE id = ?");
  // Deleting an actor can orphan its affiliation ("Russia" kept only by a deleted minister):
  // repeat until nothing more goes.
  let deletedActors = 0;
  let pending = [...actorIds];
  while (pending.length) {
    const next: number[] = [];
    for (const id of pending) {
      if (stillAppears.get({ id })) continue;
      const affiliation = affiliationOf.get(id) as number | null | undefined;
      if (deleteActor.run(id).changes) {
        deletedActors++;
        if (affiliation != null) next.push(affiliation);
      }
    }
    pending = next;
  }
  return { deletedEngagements, deletedActors };
}
