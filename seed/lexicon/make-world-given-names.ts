// Writes seed/lexicon/given-names-world.txt (and given-name-genders-world.txt): the given names of @faker-js/faker's locales (MIT),
// beside the English list of given-names.txt. Diplomatic news names people of every country, and
// the English list knows "Oleksii", "Mihai" or "Aníbal" no more than it knows a title: each missing
// given name is a person found only when a title or a reporting verb happens to stand next to
// the name. Cyrillic names are transliterated (the Ukrainian national system for Ukrainian, the
// common Russian one for Russian and Macedonian, cyrillic-to-translit-js, MIT), with the spellings
// English-language newsrooms also use ("Alexei", "Dmitry", "Oleksiy"). Names that are also English
// words (word-list, MIT), titles, places or bodies of the registry are left out.
//
//   npx tsx seed/lexicon/make-world-given-names.ts
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as faker from "@faker-js/faker";
import CyrillicToTranslit from "cyrillic-to-translit-js";
import wordListPath from "word-list";
import { GIVEN_NAME_EXCLUDED, loadEnglishGivenNames } from "../../src/extract/given-names.js";
import { MONTHS, WEEKDAYS } from "../../src/extract/lexicon.js";
import { isCommonWord } from "../../src/extract/person-name.js";
import { loadRegistry, tokenKey } from "../../src/extract/registry.js";

const OUT = fileURLToPath(new URL("given-names-world.txt", import.meta.url));
const GENDERS_OUT = fileURLToPath(new URL("given-name-genders-world.txt", import.meta.url));
const CYRILLIC: Record<string, "uk" | "ru"> = { uk: "uk", ru: "ru", mk: "ru" };
const NAME = /^\p{Lu}[\p{Ll}\p{M}’'\-]{2,}$/u;

/** Spellings of one transliteration the English-language press also uses. */
function pressSpellings(name: string): string[] {
  const out = new Set([name]);
  const add = (re: RegExp, to: string) => [...out].forEach((n) => out.add(n.replace(re, to)));
  add(/ks/g, "x"); // Aleksei → Alexei
  add(/ei$/, "ey"); // Sergei → Sergey
  add(/ii$/, "iy"); // Oleksii → Oleksiy
  add(/ii$/, "y"); // Dmitrii → Dmitry
  add(/iia$/, "ia"); // Yuliia → Yulia
  add(/iya$/, "ia"); // Mariya → Maria
  return [...out];
}

/** A locale's first names, each with the gender of the list it is in ("generic" lists have none). */
function localeNames(locale: string): Array<[string, "f" | "m" | null]> {
  const first = (faker as unknown as Record<string, { person?: { first_name?: Record<string, string[]> } }>)[locale]?.person?.first_name;
  if (!first) return [];
  const script = CYRILLIC[locale];
  const tr = script ? CyrillicToTranslit({ preset: script }) : null;
  return Object.entries(first).flatMap(([list, names]) => {
    const g = list === "female" ? "f" : list === "male" ? "m" : null;
    return names.flatMap((n) => (tr ? pressSpellings(tr.transform(n)) : [n]).map((x): [string, "f" | "m" | null] => [x, g]));
  });
}

// An English word written with a capital ("Delta", "Nova", "Save") is more often that word than a name.
const englishWords = new Set(readFileSync(wordListPath, "utf8").split("\n"));
const reg = loadRegistry();
const english = loadEnglishGivenNames();
const calendar = new Set(`${MONTHS}|${WEEKDAYS}`.split("|"));
// A word the registry knows as one token of a place or a body ("Jordan", "Sofia") is left out.
const registryWord = (w: string) => !!reg.root.next.get(tokenKey(w))?.hits.some((h) => h.entry.kind !== "PERSON" && h.tokens.length === 1);

const locales = Object.keys(faker).filter((k) => /^[a-z]{2}(?:_[A-Z]{2})?$/.test(k)).sort();
const names = new Set<string>();
const genders = new Map<string, Set<"f" | "m" | null>>();
for (const locale of locales) {
  for (const [n, g] of localeNames(locale)) {
    if (!NAME.test(n) || english.has(n) || GIVEN_NAME_EXCLUDED.has(n) || calendar.has(n) || isCommonWord(n) || registryWord(n) || englishWords.has(n.toLowerCase())) continue;
    names.add(n);
    (genders.get(n) ?? genders.set(n, new Set()).get(n)!).add(g);
  }
}
// A name of one gender in every list that has it (never in a generic list) fixes he or she.
const gendered = [...genders].filter(([, gs]) => gs.size === 1 && !gs.has(null)).map(([n, gs]) => `${n}\t${[...gs][0]}`);

const header = [
  "# Given names of many countries, one per line, beside the English list of given-names.txt: the",
  "# person.given-name rule reads a capitalised word from either list followed by a surname-shaped word",
  "# as a person's name. Made by seed/lexicon/make-world-given-names.ts from the first names of",
  `# @faker-js/faker 10.1.0 (MIT), ${locales.length} locales; Cyrillic names transliterated with cyrillic-to-translit-js 3.2.1 (MIT).`,
  "# Names that are English words (word-list 4.1.0, MIT), titles, months, weekdays or one-word places and bodies of the registry are left out.",
];
writeFileSync(OUT, [...header, ...[...names].sort()].join("\n") + "\n");
const genderHeader = [
  "# Given names of given-names-world.txt with one gender in @faker-js/faker's lists, one per line: NAME<TAB>f or NAME<TAB>m.",
  "# he/she agree with a person whose given name is here (src/extract/person-gender.ts), as with given-name-genders.txt.",
];
writeFileSync(GENDERS_OUT, [...genderHeader, ...gendered.sort()].join("\n") + "\n");
console.log(`${names.size} names (${gendered.length} of one gender) from ${locales.length} locales → ${OUT}`);
