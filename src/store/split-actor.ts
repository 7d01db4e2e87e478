// Undoes a wrong merge: some of an actor's names become a new actor, with what the documents
// say under those names. Callers run it inside a transaction.
//
// Per document: where the actor is named only by the split-off names (and names both share,
// such as a bare surname), everything of the actor in that document moves: its mentions,
// statements, and the engagements all of whose sources are such documents. Where it is
// named both ways, only the mentions that use a split-off name move.
import { actorKeys, IDENTITY_KEY_VERSION } from "./actor-identity.js";
import { CurationError } from "./curation-error.js";
import type { Db } from "./db.js";
import { refuseDocuments } from "./engagement-fusion.js";
import { foldName } from "./fold.js";
import { aliasKey } from "./identity-key.js";
import { getActorRow } from "./merge-actors.js";
import { MAX_NAME_LENGTH } from "./edit-facts.js";
import type { ActorKind } from "../extract/types.js";

interface AliasRow {
  id: number;
  alias: string;
  alias_key: string;
  match_key: string;
}

/**
 * `names`: aliases of the actor naming the other entity. The new actor is called `newName`
 * (the first of `names` when null); with `into`, an existing actor takes their place instead.
 * Returns the id of the actor that received them.
 */
export function splitActor(db: Db, actorId: number, names: string[], newName?: string | null, into?: number): number {
  const sqlite = db.$client;
  const actor = getActorRow(db, actorId);
  if (!actor) throw new CurationError("NOT_FOUND", "actor", "no actor with this id");
  const aliases = sqlite.prepare("SELECT id, alias, alias_key, match_key FROM actor_aliases WHERE actor_id = ?").all(actorId) as AliasRow[];
  const wanted = new Set(names.map(foldName));
  if (!wanted.size || wanted.has("")) throw new CurationError("BAD_USER_INPUT", "aliases", "give at least one alias of the actor");
  if (wanted.has(foldName(actor.name))) throw new CurationError("BAD_USER_INPUT", "aliases", "the actor keeps its own name; rename it first to split that name off");
  const moving = aliases.filter((a) => wanted.has(a.alias_key));
  const missing = [...wanted].filter((k) => !moving.some((a) => a.alias_key === k));
  if (missing.length) throw new CurationError("BAD_USER_INPUT", "aliases", `not an alias of this actor: ${missing.join(", ")}`);

  const newId = into ?? createActor(db, (newName ?? moving[0]!.alias).trim(), actor.kind);
  const moveAlias = sqlite.prepare("UPDATE OR IGNORE actor_aliases SET actor_id = ? WHERE id = ?");
  for (const a of moving) moveAlias.run(newId, a.id);
  // An alias the receiving actor already had stays once, with it.
  sqlite.prepare("DELETE FROM actor_aliases WHERE actor_id = ? AND id IN (SELECT value FROM json_each(?))").run(actorId, JSON.stringify(moving.map((a) => a.id)));

  // Which of the actor's names a mention uses: split-off, kept, or neither (shared or unknown).
  const movedKeys = new Set(moving.map((a) => a.match_key));
  const keptKeys = new Set(aliases.filter((a) => !wanted.has(a.alias_key) && !movedKeys.has(a.match_key)).map((a) => a.match_key));
  keptKeys.add(aliasKey(actor.name, actor.kind));
  const mentions = sqlite.prepare("SELECT id, document_id AS doc, start, end FROM mentions WHERE actor_id = ? ORDER BY document_id").all(actorId) as {
    id: number;
    doc: number;
    start: number;
    end: number;
  }[];
  const textOf = sqlite.prepare("SELECT text FROM documents WHERE id = ?").pluck();
  const byDoc = new Map<number, { id: number; use: "moved" | "kept" | "shared" }[]>();
  let text = "";
  let textDoc = -1;
  for (const m of mentions) {
    if (m.doc !== textDoc) text = textOf.get((textDoc = m.doc)) as string;
    const key = aliasKey(text.slice(m.start, m.end), actor.kind);
    const use = movedKeys.has(key) ? "moved" : keptKeys.has(key) && !isShared(key) ? "kept" : "shared";
    byDoc.set(m.doc, [...(byDoc.get(m.doc) ?? []), { id: m.id, use }]);
  }
  const moveMention = sqlite.prepare("UPDATE mentions SET actor_id = ? WHERE id = ?");
  const movedDocs: number[] = [];
  for (const [doc, list] of byDoc) {
    const whole = list.some((m) => m.use === "moved") && !list.some((m) => m.use === "kept");
    if (whole) movedDocs.push(doc);
    for (const m of list) if (whole || m.use === "moved") moveMention.run(newId, m.id);
  }
  recountDocuments(db, actorId, newId);
  if (movedDocs.length) moveDocumentFacts(db, actorId, newId, movedDocs);
  // Where a split-off name is used, the document's reports now name the other actor: an event
  // fused across the two is regrouped (src/store/engagement-fusion.ts, refuseDocuments).
  refuseDocuments(db, [...byDoc].filter(([, list]) => list.some((m) => m.use === "moved")).map(([doc]) => doc));
  return newId;
}

function createActor(db: Db, name: string, kind: ActorKind): number {
  const sqlite = db.$client;
  if (!foldName(name)) throw new CurationError("BAD_USER_INPUT", "name", "a name needs at least one letter or digit");
  if (name.length > MAX_NAME_LENGTH) throw new CurationError("BAD_USER_INPUT", "name", `at most ${MAX_NAME_LENGTH} characters`);
  const keys = actorKeys(name, kind, null);
  const holder = sqlite.prepare("SELECT id FROM actors WHERE name_key = ?").pluck().get(keys.nameKey) as number | undefined;
  if (holder !== undefined) throw new CurationError("CONFLICT", "name", `another actor (id ${holder}) already has this name; merge into it afterwards instead`);
  const id = Number(
    sqlite
      .prepare("INSERT INTO actors (name, name_key, surname_key, key_version, kind) VALUES (?, ?, ?, ?, ?)")
      .run(name, keys.nameKey, keys.surnameKey, IDENTITY_KEY_VERSION, kind).lastInsertRowid,
  );
  sqlite.prepare("INSERT INTO actor_aliases (actor_id, alias, alias_key, match_key) VALUES (?, ?, ?, ?)").run(id, name, foldName(name), aliasKey(name, kind));
  return id;
}

/** A one-word key (a surname, "Johnson") may belong to either actor: it decides nothing. */
const isShared = (key: string) => !key.includes(" ");

function recountDocuments(db: Db, ...actorIds: number[]): void {
  const sqlite = db.$client;
  for (const id of actorIds) {
    sqlite.prepare("DELETE FROM document_actors WHERE actor_id = ?").run(id);
    sqlite
      .prepare("INSERT INTO document_actors (document_id, actor_id, mention_count) SELECT document_id, actor_id, count(*) FROM mentions WHERE actor_id = ? GROUP BY document_id")
      .run(id);
  }
}

function moveDocumentFacts(db: Db, from: number, to: number, docs: number[]): void {
  const sqlite = db.$client;
  const list = JSON.stringify(docs);
  sqlite.prepare("UPDATE statements SET speaker_id = ? WHERE speaker_id = ? AND document_id IN (SELECT value FROM json_each(?))").run(to, from, list);
  // Engagements reported only by moved documents.
  const onlyMoved = `SELECT e.id FROM engagements e WHERE NOT EXISTS (
      SELECT 1 FROM engagement_sources s WHERE s.engagement_id = e.id AND s.document_id NOT IN (SELECT value FROM json_each(?)))`;
  sqlite
    .prepare(`UPDATE engagement_participants SET actor_id = ? WHERE actor_id = ? AND engagement_id IN (${onlyMoved}) AND NOT EXISTS (SELECT 1 FROM engagement_participants p WHERE p.engagement_id = engagement_participants.engagement_id AND p.actor_id = ?)`)
    .run(to, from, list, to);
  sqlite.prepare(`UPDATE engagements SET forum_id = ? WHERE forum_id = ? AND id IN (${onlyMoved})`).run(to, from, list);
}
