// What an export covers, inside one read transaction: everything, or the part a filter
// selects (--since: documents published on or after a date and the facts from them;
// --actor: that actor's statements, engagements and documents). The selection is kept
// closed under links: every id an exported record refers to is exported too.
import type { Db } from "../store/db.js";
import { findActorByName } from "../store/actor-identity.js";

export interface ExportFilter {
  /** YYYY-MM-DD: documents published on or after this (calendar) date. */
  since?: string;
  /** Canonical name or alias of an actor. */
  actor?: string;
}

/** Names of the tables holding the ids in scope; null when everything is. */
export interface Scope {
  filtered: boolean;
  /** The actor the filter named, when there is one. */
  actorId: number | null;
}

export const SCOPE_TABLES = {
  documents: "temp.scope_documents",
  statements: "temp.scope_statements",
  engagements: "temp.scope_engagements",
  actors: "temp.scope_actors",
} as const;

export function resolveActor(db: Db, name: string): number | undefined {
  return findActorByName(db.$client, name);
}

export function validateSince(since: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(since) || Number.isNaN(Date.parse(since))) throw new Error(`--since must be a date (YYYY-MM-DD), got ${since}`);
  return since;
}

/** Builds the scope tables; call inside the export's read transaction. */
export function buildScope(db: Db, filter: ExportFilter): Scope {
  if (!filter.since && !filter.actor) return { filtered: false, actorId: null };
  const sqlite = db.$client;
  const since = filter.since ? validateSince(filter.since) : null;
  let actorId: number | null = null;
  if (filter.actor) {
    const id = resolveActor(db, filter.actor);
    if (id === undefined) throw new Error(`no actor named ${JSON.stringify(filter.actor)}`);
    actorId = id;
  }
  for (const table of Object.values(SCOPE_TABLES)) sqlite.exec(`DROP TABLE IF EXISTS ${table}; CREATE TABLE ${table} (id INTEGER PRIMARY KEY)`);
  const params = { since, actor: actorId };
  // Documents the date allows (publication date as written: its calendar day).
  const dated = `SELECT id FROM documents WHERE $since IS NULL OR substr(published_at, 1, 10) >= $since`;
  if (actorId === null) {
    sqlite.prepare(`INSERT INTO ${SCOPE_TABLES.documents} ${dated}`).run(params);
    sqlite.prepare(`INSERT INTO ${SCOPE_TABLES.statements} SELECT id FROM statements WHERE document_id IN (SELECT id FROM ${SCOPE_TABLES.documents})`).run();
  } else {
    sqlite
      .prepare(`INSERT INTO ${SCOPE_TABLES.statements} SELECT id FROM statements WHERE speaker_id = $actor AND document_id IN (${dated})`)
      .run(params);
  }
  // An engagement is in scope when a document in scope reports it (and, with --actor, the actor took part).
  sqlite
    .prepare(
      `INSERT INTO ${SCOPE_TABLES.engagements}
       SELECT DISTINCT s.engagement_id FROM engagement_sources s
       WHERE s.document_id IN (${actorId === null ? `SELECT id FROM ${SCOPE_TABLES.documents}` : dated})
         AND ($actor IS NULL OR EXISTS (SELECT 1 FROM engagement_participants p WHERE p.engagement_id = s.engagement_id AND p.actor_id = $actor))`,
    )
    .run(params);
  if (actorId !== null) {
    sqlite
      .prepare(
        `INSERT OR IGNORE INTO ${SCOPE_TABLES.documents}
         SELECT document_id FROM document_actors WHERE actor_id = $actor AND document_id IN (${dated})
         UNION SELECT document_id FROM statements WHERE id IN (SELECT id FROM ${SCOPE_TABLES.statements})
         UNION SELECT document_id FROM engagement_sources WHERE engagement_id IN (SELECT id FROM ${SCOPE_TABLES.engagements}) AND document_id IN (${dated})`,
      )
      .run(params);
  }
  // Every actor a record in scope links to, and the actors those belong to.
  sqlite
    .prepare(
      `INSERT OR IGNORE INTO ${SCOPE_TABLES.actors}
       WITH RECURSIVE linked(id) AS (
         SELECT $actor WHERE $actor IS NOT NULL
         UNION SELECT speaker_id FROM statements WHERE id IN (SELECT id FROM ${SCOPE_TABLES.statements}) AND speaker_id IS NOT NULL
         UNION SELECT actor_id FROM engagement_participants WHERE engagement_id IN (SELECT id FROM ${SCOPE_TABLES.engagements})
         UNION SELECT forum_id FROM engagements WHERE id IN (SELECT id FROM ${SCOPE_TABLES.engagements}) AND forum_id IS NOT NULL
         UNION SELECT actor_id FROM document_actors WHERE document_id IN (SELECT id FROM ${SCOPE_TABLES.documents})
         UNION SELECT a.affiliation_id FROM actors a JOIN linked l ON a.id = l.id WHERE a.affiliation_id IS NOT NULL
       )
       SELECT id FROM linked`,
    )
    .run(params);
  return { filtered: true, actorId };
}

export function dropScope(db: Db): void {
  for (const table of Object.values(SCOPE_TABLES)) db.$client.exec(`DROP TABLE IF EXISTS ${table}`);
}
