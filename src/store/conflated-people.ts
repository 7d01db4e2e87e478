// Two people the extraction joined into one actor because a word of their names agrees
// ("Serdar Berdimuhamedov" and "Gurbanguly Berdimuhamedov"; two soldiers listed as "Surname
// Given Patronymic" with one patronymic) are stored as two actors: each full name that cannot
// be a spelling of the actor's own name becomes an actor of its own, with the mentions that
// name it. Mentions by surname alone stay with the actor.
import type { ExtractedActor } from "../extract/types.js";
import { editDistance } from "../extract/edit-distance.js";
import { registryPersonKey } from "./identity-key.js";

/** Two words that may be one name in two languages or romanisations (Oleh/Oleg, Volodymyr/Vladimir). */
export function variantWords(a: string, b: string): boolean {
  return editDistance(a, b) <= Math.max(2, Math.floor(0.3 * Math.max(a.length, b.length)));
}

/**
 * Whether two person keys may name one person: one's words are among the other's ("Rafael
 * Grossi", "Rafael Mariano Grossi"), or given name (the word before the surname, as words
 * before it may be a title the extraction took in) and surname are variants of each other.
 */
export function samePerson(a: string, b: string): boolean {
  const wa = a.split(" ");
  const wb = b.split(" ");
  if (wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w))) return true;
  if (wa.length < 2 || wb.length < 2) return false;
  return variantWords(wa[wa.length - 2]!, wb[wb.length - 2]!) && variantWords(wa[wa.length - 1]!, wb[wb.length - 1]!);
}

/** Groups of an actor's full-name aliases that cannot be its own name, one group per other person. */
export function conflatedNames(name: string, aliases: readonly string[]): string[][] {
  const own = registryPersonKey(name);
  const groups: { key: string; names: string[] }[] = [];
  if (!own.includes(" ")) return [];
  for (const alias of aliases) {
    const key = registryPersonKey(alias);
    if (!key.includes(" ") || samePerson(own, key)) continue;
    const group = groups.find((g) => samePerson(g.key, key));
    if (group) group.names.push(alias);
    else groups.push({ key, names: [alias] });
  }
  return groups.map((g) => g.names);
}

export function separateConflatedPeople(actors: ExtractedActor[], text: string): ExtractedActor[] {
  const out: ExtractedActor[] = [];
  for (const actor of actors) {
    const own = registryPersonKey(actor.name);
    if (actor.kind !== "PERSON" || !own.includes(" ")) {
      out.push(actor);
      continue;
    }
    const others: ExtractedActor[] = [];
    const kept: string[] = [];
    for (const alias of actor.aliases) {
      const key = registryPersonKey(alias);
      if (!key.includes(" ") || samePerson(own, key)) {
        kept.push(alias);
        continue;
      }
      const other = others.find((o) => samePerson(registryPersonKey(o.name), key));
      if (other) other.aliases.push(alias);
      else others.push({ name: alias, kind: "PERSON", aliases: [], role: null, affiliation: actor.affiliation, mentions: [] });
    }
    if (!others.length) {
      out.push(actor);
      continue;
    }
    const mentions = actor.mentions.filter((m) => {
      const key = registryPersonKey(text.slice(m.start, m.end));
      const other = key.includes(" ") && !samePerson(own, key) ? others.find((o) => [o.name, ...o.aliases].some((n) => registryPersonKey(n) === key)) : undefined;
      if (other) other.mentions.push(m);
      return !other;
    });
    out.push({ ...actor, aliases: kept, mentions }, ...others.filter((o) => o.mentions.length));
  }
  return out;
}
