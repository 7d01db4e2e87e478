// Hand corrections of extracted facts: who said a statement, and an actor's identity.
// Callers run them inside a transaction.
import { CurationError } from "./curation-error.js";
import type { Db } from "./db.js";
import { actorKeys, IDENTITY_KEY_VERSION } from "./actor-identity.js";
import { foldName } from "./fold.js";
import { aliasKey } from "./identity-key.js";
import { getActorRow } from "./merge-actors.js";

export const MAX_NAME_LENGTH = 200;

/** Fields left undefined are not changed; null clears a nullable field. */
export interface StatementEdit {
  speakerId?: number | null;
  speakerLabel?: string | null;
}

export function updateStatement(db: Db, id: number, edit: StatementEdit): void {
  const sqlite = db.$client;
  if (!sqlite.prepare("SELECT 1 FROM statements WHERE id = ?").get(id)) throw new CurationError("NOT_FOUND", "id", "no statement with this id");
  if (edit.speakerId === undefined && edit.speakerLabel === undefined) {
    throw new CurationError("BAD_USER_INPUT", "speaker", "give a speaker, a speakerLabel or both");
  }
  if (edit.speakerId != null && !getActorRow(db, edit.speakerId)) throw new CurationError("NOT_FOUND", "speaker", "no actor with this id");
  const label = edit.speakerLabel == null ? edit.speakerLabel : edit.speakerLabel.trim() || null;
  if (label && label.length > MAX_NAME_LENGTH) throw new CurationError("BAD_USER_INPUT", "speakerLabel", `at most ${MAX_NAME_LENGTH} characters`);
  if (edit.speakerId !== undefined) sqlite.prepare("UPDATE statements SET speaker_id = ? WHERE id = ?").run(edit.speakerId, id);
  if (label !== undefined) sqlite.prepare("UPDATE statements SET speaker_label = ? WHERE id = ?").run(label, id);
}

export interface ActorEdit {
  name?: string;
  kind?: "PERSON" | "ORGANIZATION" | "COUNTRY";
  role?: string | null;
  affiliationId?: number | null;
}

export function updateActor(db: Db, id: number, edit: ActorEdit): void {
  const sqlite = db.$client;
  const actor = getActorRow(db, id);
  if (!actor) throw new CurationError("NOT_FOUND", "id", "no actor with this id");
  let name = actor.name;
  if (edit.name !== undefined) {
    name = edit.name.trim();
    if (!name || !foldName(name)) throw new CurationError("BAD_USER_INPUT", "name", "a name needs at least one letter or digit");
    if (name.length > MAX_NAME_LENGTH) throw new CurationError("BAD_USER_INPUT", "name", `at most ${MAX_NAME_LENGTH} characters`);
  }
  if (edit.kind !== undefined) sqlite.prepare("UPDATE actors SET kind = ? WHERE id = ?").run(edit.kind, id);
  if (edit.role !== undefined) {
    const role = edit.role?.trim() || null;
    if (role && role.length > MAX_NAME_LENGTH) throw new CurationError("BAD_USER_INPUT", "role", `at most ${MAX_NAME_LENGTH} characters`);
    sqlite.prepare("UPDATE actors SET role = ? WHERE id = ?").run(role, id);
  }
  if (edit.affiliationId !== undefined) {
    if (edit.affiliationId === id) throw new CurationError("BAD_USER_INPUT", "affiliation", "an actor cannot be its own affiliation");
    if (edit.affiliationId !== null && !getActorRow(db, edit.affiliationId)) throw new CurationError("NOT_FOUND", "affiliation", "no actor with this id");
    sqlite.prepare("UPDATE actors SET affiliation_id = ? WHERE id = ?").run(edit.affiliationId, id);
  }
  if (edit.name !== undefined || edit.kind !== undefined || edit.affiliationId !== undefined) rekeyEditedActor(db, id, actor.name, name, edit.name !== undefined);
}

/** After a change of name, kind or affiliation: the actor's canonical key; a new name another actor has is refused. */
function rekeyEditedActor(db: Db, id: number, oldName: string, name: string, renamed: boolean): void {
  const sqlite = db.$client;
  const row = sqlite
    .prepare("SELECT a.kind, a.name_key AS oldKey, f.name AS affiliation FROM actors a LEFT JOIN actors f ON f.id = a.affiliation_id WHERE a.id = ?")
    .get(id) as { kind: "PERSON" | "ORGANIZATION" | "COUNTRY"; oldKey: string; affiliation: string | null };
  const keys = actorKeys(name, row.kind, row.affiliation);
  const holder = sqlite.prepare("SELECT id FROM actors WHERE name_key = ? AND id <> ?").pluck().get(keys.nameKey, id) as number | undefined;
  // A new kind or affiliation alone never refuses the edit: the actor keeps its key.
  if (holder !== undefined && !renamed) return;
  if (holder !== undefined) {
    throw new CurationError("CONFLICT", "name", `another actor (id ${holder}) already has this name; merge the two actors instead`);
  }
  sqlite.prepare("UPDATE actors SET name = ?, name_key = ?, surname_key = ?, key_version = ? WHERE id = ?").run(name, keys.nameKey, keys.surnameKey, IDENTITY_KEY_VERSION, id);
  // The new name is an alias like every other name of the actor; the old one stays an alias.
  const addAlias = sqlite.prepare("INSERT OR IGNORE INTO actor_aliases (actor_id, alias, alias_key, match_key) VALUES (?, ?, ?, ?)");
  addAlias.run(id, oldName, foldName(oldName), aliasKey(oldName, row.kind));
  addAlias.run(id, name, foldName(name), aliasKey(name, row.kind));
}
