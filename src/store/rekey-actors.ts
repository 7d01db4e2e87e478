// Brings actors stored under older keys (key_version < IDENTITY_KEY_VERSION) to the current
// canonical keys, merging the actors the new keys unite. Runs when a database is opened,
// after the migrations, because the keys are computed in TypeScript.
import type { ActorKind } from "../extract/types.js";
import { actorKeys, IDENTITY_KEY_VERSION } from "./actor-identity.js";
import type { Db } from "./db.js";
import { aliasKey } from "./identity-key.js";
import { conflatedNames } from "./conflated-people.js";
import { mergeActors } from "./merge-actors.js";
import { splitActor } from "./split-actor.js";

export interface RekeyReport {
  rekeyed: number;
  /** [kept id, merged id] pairs, in the order they were merged. */
  merged: [number, number][];
  /** [actor id, id of the person split off it] pairs: people an older store had conflated. */
  separated: [number, number][];
}

interface StaleActor {
  id: number;
  name: string;
  kind: ActorKind;
  affiliation: string | null;
}

export function rekeyActors(db: Db): RekeyReport {
  const sqlite = db.$client;
  const report: RekeyReport = { rekeyed: 0, merged: [], separated: [] };
  if (!sqlite.prepare("SELECT 1 FROM actors WHERE key_version < ? LIMIT 1").get(IDENTITY_KEY_VERSION)) return report;
  // BEGIN IMMEDIATE, as writeTransaction (db.ts, which calls this module) does.
  sqlite.transaction(() => {
    const stale = sqlite
      .prepare(
        `SELECT a.id, a.name, a.kind, f.name AS affiliation FROM actors a LEFT JOIN actors f ON f.id = a.affiliation_id
         WHERE a.key_version < ? ORDER BY a.id`,
      )
      .all(IDENTITY_KEY_VERSION) as StaleActor[];
    const setMatchKey = sqlite.prepare("UPDATE actor_aliases SET match_key = ? WHERE id = ?");
    const aliases = sqlite.prepare("SELECT id, alias FROM actor_aliases WHERE actor_id = ?");
    // Old keys out of the way first: a new key may be another stale actor's old one.
    const park = sqlite.prepare("UPDATE actors SET name_key = '~' || id WHERE id = ?");
    for (const a of stale) {
      park.run(a.id);
      for (const row of aliases.all(a.id) as { id: number; alias: string }[]) setMatchKey.run(aliasKey(row.alias, a.kind), row.id);
    }
    const holderOf = sqlite.prepare("SELECT id, kind FROM actors WHERE name_key = ?");
    const setKeys = sqlite.prepare("UPDATE actors SET name_key = ?, surname_key = ?, key_version = ? WHERE id = ?");
    for (const a of stale) {
      const keys = actorKeys(a.name, a.kind, a.affiliation);
      const holder = holderOf.get(keys.nameKey) as { id: number; kind: ActorKind } | undefined;
      if (holder && (holder.kind === "PERSON") === (a.kind === "PERSON")) {
        mergeActors(db, holder.id, a.id);
        report.merged.push([holder.id, a.id]);
        continue;
      }
      // A person and a body with one key stay two actors; the later one's key says which it is.
      setKeys.run(holder ? `${keys.nameKey} ~${a.id}` : keys.nameKey, keys.surnameKey, IDENTITY_KEY_VERSION, a.id);
      report.rekeyed++;
    }
    report.separated.push(...separateConflatedPeople(db));
    report.merged.push(...absorbSurnameOnlyPeople(db));
  }).immediate();
  return report;
}

/**
 * People an older store joined through a shared surname ("Boris Johnson" holding the alias
 * "Mike Johnson"): each other person's names, and what only they name, go to that person,
 * stored or new (src/store/split-actor.ts).
 */
function separateConflatedPeople(db: Db): [number, number][] {
  const sqlite = db.$client;
  const rows = sqlite
    .prepare("SELECT a.id, a.name, json_group_array(x.alias) AS aliases FROM actors a JOIN actor_aliases x ON x.actor_id = a.id WHERE a.kind = 'PERSON' GROUP BY a.id")
    .all() as { id: number; name: string; aliases: string }[];
  const holderOf = sqlite.prepare("SELECT id FROM actors WHERE name_key = ?").pluck();
  const pairs: [number, number][] = [];
  for (const row of rows) {
    for (const names of conflatedNames(row.name, JSON.parse(row.aliases) as string[])) {
      const holder = holderOf.get(actorKeys(names[0]!, "PERSON", null).nameKey) as number | undefined;
      pairs.push([row.id, splitActor(db, row.id, names, null, holder)]);
    }
  }
  return pairs;
}

/** Surname-only people ("Khusnullin") merged into the only stored person with that surname. */
export function absorbSurnameOnlyPeople(db: Db): [number, number][] {
  const pairs = db.$client
    .prepare(
      `SELECT min(f.id) AS keep, s.id AS merge FROM actors s JOIN actors f ON f.kind = 'PERSON' AND f.surname_key = s.name_key
       WHERE s.kind = 'PERSON' AND s.surname_key IS NULL GROUP BY s.id HAVING count(*) = 1`,
    )
    .all() as { keep: number; merge: number }[];
  for (const p of pairs) mergeActors(db, p.keep, p.merge);
  return pairs.map((p) => [p.keep, p.merge]);
}
