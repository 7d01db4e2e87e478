// How split a knowledge base's identities are: actors that the canonical keys say are one
// entity but are stored apart. Used by tests and by `scripts/identity-stats.ts`.
import type Sqlite from "better-sqlite3";
import type { ActorKind } from "../extract/types.js";
import { identityKey, registryPersonKey, surnameOf } from "./identity-key.js";

export interface IdentityStats {
  people: number;
  /** One-word people whose name is the surname of exactly one stored multi-word person. */
  surnameOnlyDuplicates: string[];
  /** Groups of stored people whose names have one canonical key (transliteration, patronymic…). */
  personKeyDuplicates: string[][];
  /** The same for organisations and countries (word order, spelling, country named). */
  organizationKeyDuplicates: string[][];
}

export function identityStats(sqlite: Sqlite.Database): IdentityStats {
  const rows = sqlite
    .prepare("SELECT a.name, a.kind, f.name AS affiliation FROM actors a LEFT JOIN actors f ON f.id = a.affiliation_id")
    .all() as { name: string; kind: ActorKind; affiliation: string | null }[];
  const groups = new Map<string, string[]>();
  const surnames = new Map<string, number>();
  const oneWord: { name: string; key: string }[] = [];
  for (const r of rows) {
    const key = `${r.kind === "PERSON" ? "P" : "O"}:${identityKey(r.name, r.kind, r.affiliation)}`;
    groups.set(key, [...(groups.get(key) ?? []), r.name]);
    if (r.kind !== "PERSON") continue;
    const pk = registryPersonKey(r.name);
    const surname = surnameOf(pk);
    if (surname) surnames.set(surname, (surnames.get(surname) ?? 0) + 1);
    else oneWord.push({ name: r.name, key: pk });
  }
  return {
    people: rows.filter((r) => r.kind === "PERSON").length,
    surnameOnlyDuplicates: oneWord.filter((o) => surnames.get(o.key) === 1).map((o) => o.name),
    personKeyDuplicates: [...groups].filter(([k, g]) => k.startsWith("P:") && g.length > 1).map(([, g]) => g),
    organizationKeyDuplicates: [...groups].filter(([k, g]) => k.startsWith("O:") && g.length > 1).map(([, g]) => g),
  };
}
