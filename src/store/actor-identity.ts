// Which stored actor a name is: for ingestion (an extracted actor joins a stored one or becomes
// a new one) and for lookups (`actor(name:)`, export scopes). The keys are identity-key.ts's.
import type Sqlite from "better-sqlite3";
import type { ActorKind } from "../extract/types.js";
import { aliasKey, distinctiveAlias, identityKey, lookupKeys, surnameOf } from "./identity-key.js";
import { prepared } from "./prepared.js";

/** Bump when identity-key.ts changes what keys it makes: rows of older versions are rekeyed on open. */
export const IDENTITY_KEY_VERSION = 1;

export interface ActorKeys {
  nameKey: string;
  surnameKey: string | null;
}

export function actorKeys(name: string, kind: ActorKind, affiliation: string | null): ActorKeys {
  const nameKey = identityKey(name, kind, affiliation);
  return { nameKey, surnameKey: kind === "PERSON" ? surnameOf(nameKey) || null : null };
}

/**
 * One scalar SQL subquery giving the id of the actor a looked-up name means, or NULL:
 * a one-word name that is the surname of exactly one stored person is that person; then the
 * actor whose canonical key it is; then the actor holding it as an alias that most documents
 * name. `param` binds a value and returns its placeholder.
 */
export function actorByNameSql(param: (value: unknown) => string, name: string): string {
  const keys = lookupKeys(name);
  if (!keys.length) return "(SELECT NULL)";
  const list = keys.map((k) => param(k)).join(", ");
  const single = keys.filter((k) => !k.includes(" ") && !k.startsWith("@"));
  const surname = single.length
    ? `(SELECT s.id FROM actors s WHERE s.kind = 'PERSON' AND s.surname_key = ${param(single[0])}
       AND (SELECT count(*) FROM actors u WHERE u.kind = 'PERSON' AND u.surname_key = ${param(single[0])}) = 1 ORDER BY s.id LIMIT 1), `
    : "";
  // Each rule is tried only when the ones before found nothing (coalesce stops at the first
  // value): ranking the candidates of all rules together counted the documents of every alias
  // holder, 1.8 ms for "Joe Biden" where the key alone answers in 0.005 ms.
  return `coalesce(${surname}(SELECT n.id FROM actors n WHERE n.name_key IN (${list}) ORDER BY n.id LIMIT 1),
      (SELECT aa.actor_id FROM actor_aliases aa WHERE aa.match_key IN (${list})
        ORDER BY (SELECT count(*) FROM document_actors d WHERE d.actor_id = aa.actor_id) DESC, aa.actor_id LIMIT 1))`;
}

export function findActorByName(sqlite: Sqlite.Database, name: string): number | undefined {
  const params: Record<string, unknown> = {};
  let n = 0;
  const query = actorByNameSql((v) => {
    params[`k${++n}`] = v;
    return `@k${n}`;
  }, name);
  // Cached by its text: ingestion asks for every name of every document, and preparing took longer than running.
  return (prepared(sqlite, `SELECT ${query} AS id`).get(params) as { id: number | null }).id ?? undefined;
}

export interface NamedActor {
  name: string;
  kind: ActorKind;
  aliases: readonly string[];
  affiliation: string | null;
}

const countriesOf = (key: string) => key.split(" ").filter((w) => w.startsWith("@"));

/** Two bodies that name different countries are different bodies ("Supreme Court" of Russia, of Ukraine). */
export function countriesAgree(a: string, b: string): boolean {
  const ca = countriesOf(a);
  const cb = countriesOf(b);
  return !ca.length || !cb.length || ca.some((c) => cb.includes(c));
}

/**
 * The stored actor an extracted actor is, if any: a one-word person name joins the only stored
 * person with that surname; then the actor with its key; then the actor holding one of its
 * distinctive names as an alias (never a bare surname or common noun: "Johnson" is two people).
 */
export function findStoredActor(sqlite: Sqlite.Database, actor: NamedActor): number | undefined {
  const { nameKey } = actorKeys(actor.name, actor.kind, actor.affiliation);
  if (!nameKey) return undefined;
  const person = actor.kind === "PERSON";
  if (person && !nameKey.includes(" ")) {
    const holders = prepared(sqlite, "SELECT id FROM actors WHERE kind = 'PERSON' AND surname_key = ? LIMIT 2", "pluck").all(nameKey) as number[];
    if (holders.length === 1) return holders[0];
  }
  const byKey = prepared(sqlite, "SELECT id FROM actors WHERE name_key = ?", "pluck").get(nameKey) as number | undefined;
  if (byKey !== undefined) return byKey;
  const byAlias = prepared(
    sqlite,
    `SELECT a.id, a.kind, a.name_key AS nameKey FROM actor_aliases aa JOIN actors a ON a.id = aa.actor_id
     WHERE aa.match_key = ? ORDER BY (SELECT count(*) FROM document_actors d WHERE d.actor_id = a.id) DESC, a.id`,
  );
  for (const name of [actor.name, ...actor.aliases]) {
    if (!distinctiveAlias(name, actor.kind)) continue;
    const rows = byAlias.all(aliasKey(name, actor.kind)) as { id: number; kind: ActorKind; nameKey: string }[];
    const hit = rows.find((r) => (r.kind === "PERSON") === person && countriesAgree(r.nameKey, nameKey));
    if (hit) return hit.id;
  }
  return undefined;
}

/**
 * A surname-only person stored before the full name arrived ("Khusnullin" beside the new
 * "Marat Khusnullin"): the id of that actor when the new person is the only one with that surname.
 */
export function surnameOnlyTwin(sqlite: Sqlite.Database, personId: number): number | undefined {
  const row = prepared(sqlite, "SELECT surname_key AS surname FROM actors WHERE id = ? AND kind = 'PERSON'").get(personId) as { surname: string | null } | undefined;
  if (!row?.surname) return undefined;
  const others = prepared(sqlite, "SELECT count(*) FROM actors WHERE kind = 'PERSON' AND surname_key = ? AND id <> ?", "pluck").get(row.surname, personId) as number;
  if (others > 0) return undefined;
  return prepared(sqlite, "SELECT id FROM actors WHERE kind = 'PERSON' AND name_key = ? AND id <> ?", "pluck").get(row.surname, personId) as number | undefined;
}
