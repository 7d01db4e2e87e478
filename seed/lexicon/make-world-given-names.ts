// Writes seed/lexicon/given-names-world.txt: the given names of @faker-js/faker's locales (MIT),
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

function localeNames(locale: string): string[] {
  const first = (faker as unknown as Record<string, { person?: { first_name?: Record<string, string[]> } }>)[locale]?.person?.first_name;
  if (!first) return [];
  const names = [...new Set(Object.values(first).flat())];
  const script = CYRILLIC[locale];
  if (!script) return names;
  const tr = CyrillicToTranslit({ preset: script });
  return names.flatMap((n) => pressSpellings(tr.transform(n)));
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
for (const locale of locales) {
  for (const n of localeNames(locale)) {
    if (!NAME.test(n) || english.has(n) || GIVEN_NAME_EXCLUDED.has(n) || calendar.has(n) || isCommonWord(n) || registryWord(n) || englishWords.has(n.toLowerCase())) continue;
    names.add(n);
  }
}

const header = [
  "# Given names of many countries, one per line, beside the English list of given-names.txt: the",
  "# person.given-name rule reads a capitalised word from either list followed by a surname-shaped word",
  "# as a person's name. Made by seed/lexicon/make-world-given-names.ts from the first names of",
  `# @faker-js/faker 10.1.0 (MIT), ${locales.length} locales; Cyrillic names transliterated with cyrillic-to-translit-js 3.2.1 (MIT).`,
  "# Names that are English words (word-list 4.1.0, MIT), titles, months, weekdays or one-word places and bodies of the registry are left out.",
];
writeFileSync(OUT, [...header, ...[...names].sort()].join("\n") + "\n");
console.log(`${names.size} names from ${locales.length} locales → ${OUT}`);
