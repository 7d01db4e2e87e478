// Folds one actor into another: after a merge nothing refers to `merge` any more, and
// `keep` carries everything it had (names, mentions, statements, engagements, documents); the
// reports of its engagements are fused again (src/store/engagement-fusion.ts, refuseDocuments).
// Callers run it inside a transaction.
import { CurationError } from "./curation-error.js";
import type { Db } from "./db.js";
import { refuseDocuments } from "./engagement-fusion.js";
import { foldName } from "./fold.js";
import { aliasKey } from "./identity-key.js";
import type { ActorKind } from "../extract/types.js";

interface ActorRow {
  id: number;
  name: string;
  name_key: string;
  kind: ActorKind;
  role: string | null;
  affiliation_id: number | null;
}

export function getActorRow(db: Db, id: number): ActorRow | undefined {
  return db.$client.prepare("SELECT id, name, name_key, kind, role, affiliation_id FROM actors WHERE id = ?").get(id) as ActorRow | undefined;
}

/** The documents that report an engagement the actor takes part in or is the forum of. */
function documentsReporting(db: Db, actorId: number): number[] {
  return db.$client
    .prepare("SELECT DISTINCT s.document_id FROM engagement_sources s JOIN engagement_participants p ON p.engagement_id = s.engagement_id WHERE p.actor_id = ? OR s.engagement_id IN (SELECT id FROM engagements WHERE forum_id = ?)")
    .pluck()
    .all(actorId, actorId) as number[];
}

export interface MergeOptions {
  /**
   * Fuse the reports of the merged actor's engagements again (the default, for curators). Storing a
   * document that absorbs a surname-only twin skips it: re-extracting every document that reports
   * the twin, on the thread that writes, made a corpus ingest a third slower and pass 1 GB.
   */
  refuse?: boolean;
}

export function mergeActors(db: Db, keepId: number, mergeId: number, { refuse = true }: MergeOptions = {}): void {
  if (keepId === mergeId) throw new CurationError("BAD_USER_INPUT", "merge", "cannot merge an actor into itself");
  const keep = getActorRow(db, keepId);
  if (!keep) throw new CurationError("NOT_FOUND", "keep", "no actor with this id");
  const merge = getActorRow(db, mergeId);
  if (!merge) throw new CurationError("NOT_FOUND", "merge", "no actor with this id");
  const run = (sql: string, ...params: unknown[]) => db.$client.prepare(sql).run(...params);
  // The documents whose engagements name `merge`: once it is `keep`, their reports are fused again.
  const reporting = refuse ? documentsReporting(db, mergeId) : [];

  // The merged actor's names stay findable: they become aliases of `keep`.
  run(
    "INSERT OR IGNORE INTO actor_aliases (actor_id, alias, alias_key, match_key) VALUES (?, ?, ?, ?)",
    keepId,
    merge.name,
    foldName(merge.name),
    aliasKey(merge.name, merge.kind),
  );
  run(
    "INSERT OR IGNORE INTO actor_aliases (actor_id, alias, alias_key, match_key) SELECT ?, alias, alias_key, match_key FROM actor_aliases WHERE actor_id = ?",
    keepId,
    mergeId,
  );
  run("UPDATE mentions SET actor_id = ? WHERE actor_id = ?", keepId, mergeId);
  run("UPDATE statements SET speaker_id = ? WHERE speaker_id = ?", keepId, mergeId);
  // (document, actor) and (engagement, actor) are keys: rows both actors had are combined.
  run(
    `INSERT INTO document_actors (document_id, actor_id, mention_count)
     SELECT document_id, ?, mention_count FROM document_actors WHERE actor_id = ? AND true
     ON CONFLICT (document_id, actor_id) DO UPDATE SET mention_count = mention_count + excluded.mention_count`,
    keepId,
    mergeId,
  );
  run("INSERT OR IGNORE INTO engagement_participants (engagement_id, actor_id) SELECT engagement_id, ? FROM engagement_participants WHERE actor_id = ?", keepId, mergeId);
  run("UPDATE engagements SET forum_id = ? WHERE forum_id = ?", keepId, mergeId);
  // Whoever belonged to `merge` now belongs to `keep`; `keep` never belongs to itself.
  run("UPDATE actors SET affiliation_id = ? WHERE affiliation_id = ? AND id <> ?", keepId, mergeId, keepId);
  const inheritedAffiliation = keep.affiliation_id ?? (merge.affiliation_id === keepId ? null : merge.affiliation_id);
  run(
    "UPDATE actors SET role = coalesce(role, ?), affiliation_id = CASE WHEN affiliation_id = ? THEN NULL ELSE coalesce(affiliation_id, ?) END WHERE id = ?",
    merge.role,
    mergeId,
    inheritedAffiliation,
    keepId,
  );
  // Cascades delete what still points at `merge`: its aliases, document and engagement rows.
  run("DELETE FROM actors WHERE id = ?", mergeId);
  // Two engagements of `keep` and of `merge` with the same others may be one event.
  if (refuse) refuseDocuments(db, reporting);
}
