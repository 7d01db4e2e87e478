// The grammatical gender the text fixes for a person, so that "he" and "she" are resolved only
// to a person they agree with (issue 11, pattern 8: pronouns with agreement). Evidence, from the
// surest: an honorific before a mention ("Mr Roe", "Ms Roe"), a gendered role word ("the
// Congresswoman", "Crown Prince"), a given name that one source list gives one gender only, and
// Slavic surname and patronymic endings ("-ova", "-ovna"; "-ov", "-ovich"). Evidence that
// disagrees, or none, leaves the gender unknown: an unknown person agrees with either pronoun.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Actor, Doc } from "./doc.js";

export type Gender = "f" | "m";

const HONORIFIC = /(?:^|[^\p{L}])(Mr|Mister|Sir|Lord|Mrs|Ms|Miss|Madam|Madame|Mme|Dame|Lady)\.?\s+$/u;
const FEMALE_HONORIFICS = new Set(["Mrs", "Ms", "Miss", "Madam", "Madame", "Mme", "Dame", "Lady"]);
const FEMALE_ROLE =
  /\b(?:\p{L}*woman|first lady|queen|princess|duchess|baroness|countess|empress|wife|widow|mother|daughter|sister|grandmother|actress|girl)\b/iu;
const MALE_ROLE = /\b(?:congressman|spokesman|businessman|statesman|king|prince|duke|baron|emperor|husband|father|son|brother|grandfather|actor|boy)\b/iu;
// Surname and patronymic endings of Russian, Ukrainian, Belarusian, Bulgarian and Polish names.
const FEMALE_SLAVIC = /(?:[oe]va|[yi]na|skaya|tskaya|ska|cka|ovna|evna|ichna)$/u;
const MALE_SLAVIC = /(?:[oe]v|yn|skiy|skyi|sky|ski|tsky|cki|ovich|evich|ych)$/u;

let genders: Map<string, Gender> | null = null;

function givenNameGenders(): Map<string, Gender> {
  if (genders) return genders;
  const out = new Map<string, Gender>();
  // English names, then those of many countries (seed/lexicon/make-world-given-names.ts).
  for (const list of ["given-name-genders.txt", "given-name-genders-world.txt"]) {
    const file = fileURLToPath(new URL(`../../seed/lexicon/${list}`, import.meta.url));
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!line.trim() || line.startsWith("#")) continue;
      const [name, g] = line.split("\t");
      if (!name || (g !== "f" && g !== "m")) throw new Error(`${file}: expected NAME<TAB>f or NAME<TAB>m, got ${JSON.stringify(line)}`);
      if (!out.has(name)) out.set(name, g);
    }
  }
  return (genders = out);
}

/** The gender a name's words fix: its first word as a given name, its other words' Slavic endings. */
export function nameGender(name: string): Gender | null {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (!words.length) return null;
  const votes = new Set<Gender>();
  const given = givenNameGenders().get(words[0]!);
  if (given) votes.add(given);
  for (const w of words.slice(1)) {
    const lower = w.toLowerCase();
    if (lower.length < 5) continue;
    if (FEMALE_SLAVIC.test(lower)) votes.add("f");
    else if (MALE_SLAVIC.test(lower)) votes.add("m");
  }
  return votes.size === 1 ? [...votes][0]! : null;
}

/** The gender the text and the name fix for a person; null when nothing does, or when evidence disagrees. */
export function personGender(doc: Doc, actor: Actor): Gender | null {
  if (actor.kind !== "PERSON") return null;
  const votes = new Set<Gender>();
  for (const m of actor.mentions) {
    const h = HONORIFIC.exec(doc.text.slice(Math.max(0, m.start - 12), m.start));
    if (h) votes.add(FEMALE_HONORIFICS.has(h[1]!) ? "f" : "m");
  }
  if (actor.role) {
    if (FEMALE_ROLE.test(actor.role)) votes.add("f");
    if (MALE_ROLE.test(actor.role)) votes.add("m");
  }
  const byName = nameGender(actor.name);
  if (byName) votes.add(byName);
  for (const m of actor.mentions) if (m.rule === "actor.lone-surname") pronounAfter(doc, actor, m, votes);
  return votes.size === 1 ? [...votes][0]! : null;
}

const PRONOUN = /(?<![\p{L}])(he|she|his|her|him|himself|herself)(?![\p{L}])|[.!?\n]/iu;

/**
 * A person named by surname alone has no given name to tell: the first he or she the sentence goes
 * on with, before any other person is named, does ("Roe was speaking in her first news conference").
 */
function pronounAfter(doc: Doc, actor: Actor, m: { end: number }, votes: Set<Gender>): void {
  const after = doc.text.slice(m.end, m.end + 160);
  const p = PRONOUN.exec(after);
  if (!p?.[1]) return;
  const at = m.end + p.index;
  const self = doc.actors.indexOf(actor);
  if (doc.mentions.some((x) => x.start >= m.end && x.start < at && x.actor !== self && doc.actors[x.actor]?.kind === "PERSON")) return;
  votes.add(/^(?:she|her|herself)$/i.test(p[1]) ? "f" : "m");
}

/** Whether a he/she may refer to the actor: a person whose gender is unknown or the pronoun's. */
export function agrees(doc: Doc, actor: Actor, pronoun: string | undefined, cache: Map<Actor, Gender | null>): boolean {
  if (!pronoun) return true;
  const want: Gender = /^she$/i.test(pronoun) ? "f" : "m";
  if (!cache.has(actor)) cache.set(actor, personGender(doc, actor));
  const g = cache.get(actor);
  return g == null || g === want;
}
