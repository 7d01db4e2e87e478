// Canonical keys: two names of one entity, however a document spells or orders them, get one
// key; the store merges actors across documents by it and lookups compare with it.
// Transliteration is a small rule table (NAME_RULES) rather than a phonetic code: a phonetic
// key (metaphone, Soundex, Daitch–Mokotoff) also unites different people ("Boris"/"Paris",
// "Marat"/"Murad"), and an identity key must only unite spellings of one name.
import { loadRegistry, nameKey as registryNameKey, type Registry } from "../extract/registry.js";
import type { ActorKind } from "../extract/types.js";
import { plainLower } from "./fold.js";

export interface TokenRule {
  name: string;
  /** What it unites, as an example the tests check. */
  example: [string, string];
  apply: (token: string) => string;
  /** False only when `apply` leaves the token as it is: a cheap test that spares most tokens the replace (#13). */
  may: (token: string) => boolean;
}

/** Romanisation variants of Slavic (and a few other) names, applied in order to each word. */
export const NAME_RULES: TokenRule[] = [
  { name: "x-ks", example: ["Alexei", "Aleksei"], apply: (t) => t.replace(/x/g, "ks"), may: (t) => t.includes("x") },
  { name: "initial-ye", example: ["Yevgeny", "Evgeny"], apply: (t) => t.replace(/^ye/, "e"), may: (t) => t.startsWith("ye") },
  { name: "feminine-skaya", example: ["Sokolovskaya", "Sokolovska"], apply: (t) => t.replace(/([st])kaya$/, "$1ka"), may: (t) => t.endsWith("kaya") },
  { name: "y-i", example: ["Yury", "Yuri"], apply: (t) => t.replace(/y/g, "i"), may: (t) => t.includes("y") },
  // After y-i this also folds -iy/-yy/-ii endings and -iya: Zelenskyy, Zelenskiy, Yuliya.
  { name: "double-letter", example: ["Mohammed", "Mohamed"], apply: (t) => t.replace(/([a-z])\1+/g, "$1"), may: hasDoubleLetter },
];

/** Whether a letter a-z follows itself somewhere in `t`. */
function hasDoubleLetter(t: string): boolean {
  for (let i = 1; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === t.charCodeAt(i - 1) && c >= 97 && c <= 122) return true;
  }
  return false;
}

/** British and American spellings of the words organisation names are made of. */
export const SPELLINGS: Record<string, string> = {
  defence: "defense",
  organisation: "organization",
  organisations: "organizations",
  programme: "program",
  centre: "center",
  labour: "labor",
};

/** Words before a person's name that are not part of it ("the" of a title read as a name too). */
export const HONORIFICS = new Set(
  "the mr mrs ms miss mx dr prof professor sir dame lord lady madam madame monsieur excellency his her general colonel lieutenant major captain admiral marshal sergeant brigadier commander senator ambassador president minister premier chancellor secretary".split(
    " ",
  ),
);

/** Generational suffixes after a name ("Joseph R. Biden, Jr."). */
const GENERATION = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** Words of organisation names that do not tell one body from another. */
const ORG_FILLERS = new Set(["of", "the", "for"]);

// A patronymic: the middle name of Russian, Ukrainian and Belarusian names ("Makarovych").
const PATRONYMIC = /(?:ov|ev|yov|iyov|iov|ev)(?:ich|ych)$|(?:ov|ev|iv|yiv)na$|ichna$/;

/** Case, accents, apostrophes, punctuation; "U.S." is one word "us", not "u s". */
export function baseTokens(name: string): string[] {
  // Plain ASCII (most names) needs no Unicode folding: the same steps with ASCII classes give
  // the same words (NFKD leaves ASCII alone; \p{L} and \p{N} of lower-case ASCII are [a-z0-9];
  // \b is ASCII either way), at a fraction of the cost of a lookup (#13).
  if (PLAIN_ASCII.test(name)) {
    return name
      .toLowerCase()
      .replace(/['`]/g, "")
      .replace(/\b([a-z])\.(?=[a-z]\.)/g, "$1")
      .replace(/\b([a-z])\.([a-z])\b/g, "$1$2")
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
  }
  return plainLower(name)
    .replace(/\b(\p{L})\.(?=\p{L}\.)/gu, "$1")
    .replace(/\b(\p{L})\.(\p{L})\b/gu, "$1$2")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const PLAIN_ASCII = /^[\x00-\x7f]*$/;

export function foldToken(token: string): string {
  let t = token;
  for (const rule of NAME_RULES) if (rule.may(t)) t = rule.apply(t);
  return t;
}

/**
 * A person's key: honorifics before the name and middle initials dropped, a patronymic dropped
 * (and "Surname Given Patronymic" turned into "Given Surname"), every word transliteration-folded.
 * The surname is always the last word of the key.
 */
export function personKey(name: string): string {
  return personKeyOf(baseTokens(name));
}

function personKeyOf(words: string[]): string {
  let tokens = words;
  while (tokens.length > 1 && HONORIFICS.has(tokens[0]!)) tokens = tokens.slice(1);
  while (tokens.length > 2 && GENERATION.has(tokens[tokens.length - 1]!)) tokens = tokens.slice(0, -1);
  if (tokens.length > 2) tokens = tokens.filter((t, i) => i === 0 || i === tokens.length - 1 || t.length > 1);
  if (tokens.length === 3 && PATRONYMIC.test(tokens[1]!)) tokens = [tokens[0]!, tokens[2]!];
  else if (tokens.length === 3 && PATRONYMIC.test(tokens[2]!)) tokens = [tokens[1]!, tokens[0]!];
  return tokens.map(foldToken).join(" ");
}

/** The word of a person's key a surname-only mention would use ("" for a one-word name). */
export function surnameOf(key: string): string {
  const i = key.lastIndexOf(" ");
  return i < 0 ? "" : key.slice(i + 1);
}

interface CountryPhrases {
  /** First word -> phrases starting with it, longest first. */
  byFirst: Map<string, { tokens: string[]; country: string }[]>;
}

const phrasesByRegistry = new WeakMap<Registry, CountryPhrases>();

function countryPhrases(reg: Registry): CountryPhrases {
  let p = phrasesByRegistry.get(reg);
  if (p) return p;
  const byFirst = new Map<string, { tokens: string[]; country: string }[]>();
  const add = (form: string, country: string) => {
    const tokens = baseTokens(form).filter((t) => t !== "the");
    if (!tokens.length) return;
    const list = byFirst.get(tokens[0]!) ?? [];
    list.push({ tokens, country: "@" + baseTokens(country).join("_") });
    byFirst.set(tokens[0]!, list);
  };
  for (const e of reg.entries) {
    if (e.kind !== "COUNTRY") continue;
    for (const f of e.forms) add(f, e.name);
    for (const d of e.demonyms ?? []) add(d, e.name);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  phrasesByRegistry.set(reg, (p = { byFirst }));
  return p;
}

/** The country a name stands for as a whole ("Russian Federation" -> "@russia"), if any. */
export function countryToken(name: string, reg: Registry = loadRegistry()): string | null {
  return countryTokenOf(baseTokens(name), reg);
}

function countryTokenOf(words: string[], reg: Registry): string | null {
  const tokens = words.filter((t) => t !== "the");
  const hit = countryPhrases(reg).byFirst.get(tokens[0] ?? "")?.find((p) => p.tokens.length === tokens.length && p.tokens.every((t, i) => t === tokens[i]));
  return hit?.country ?? null;
}

/**
 * An organisation's key: word order, "of"/"the"/"for", British spellings and the way the country
 * is named do not matter ("Ministry of Defence of Russia" = "Russian Ministry of Defense"); the
 * affiliation, when the name names no country, is part of it (Russia's and Ukraine's
 * "Supreme Court" differ).
 */
export function organizationKey(name: string, affiliation: string | null = null, reg: Registry = loadRegistry()): string {
  return organizationKeyOf(baseTokens(name), affiliation, reg);
}

function organizationKeyOf(tokens: string[], affiliation: string | null, reg: Registry): string {
  const phrases = countryPhrases(reg).byFirst;
  const words: string[] = [];
  let country = false;
  for (let i = 0; i < tokens.length; ) {
    const hit = phrases.get(tokens[i]!)?.find((p) => p.tokens.every((t, k) => tokens[i + k] === t));
    // A name that is only a demonym ("Russians") is no organisation of that country.
    if (hit && tokens.length > hit.tokens.length) {
      words.push(hit.country);
      country = true;
      i += hit.tokens.length;
      continue;
    }
    const t = tokens[i++]!;
    if (!ORG_FILLERS.has(t)) words.push(SPELLINGS[t] ?? t);
  }
  if (!country && affiliation) {
    const c = countryToken(affiliation, reg);
    if (c) words.push(c);
  }
  return [...new Set(words)].sort().join(" ");
}

/** The key an actor of this kind is stored and merged under. */
export function identityKey(name: string, kind: ActorKind, affiliation: string | null = null, reg: Registry = loadRegistry()): string {
  if (kind === "PERSON") return registryPersonKey(name, reg);
  if (kind === "COUNTRY") return countryToken(name, reg) ?? organizationKey(name, null, reg);
  return organizationKey(name, affiliation, reg);
}

/** The key an alias of an actor of this kind is stored under: its identity key without the affiliation. */
export function aliasKey(name: string, kind: ActorKind, reg: Registry = loadRegistry()): string {
  return identityKey(name, kind, null, reg);
}

/** A registry spelling of a person is that person ("Joseph R. Biden" is "Joe Biden"). */
export function registryPersonKey(name: string, reg: Registry = loadRegistry()): string {
  return personKey(reg.personKeys.get(registryNameKey(name))?.name ?? name);
}

/** Keys a name may have when its kind is unknown (a lookup): as a person, as a body or country. */
export function lookupKeys(name: string, reg: Registry = loadRegistry()): string[] {
  // registryPersonKey, organizationKey and countryToken, the name's words folded once for the three.
  const tokens = baseTokens(name);
  const entry = reg.personKeys.get(registryNameKey(name));
  const keys = [entry ? personKey(entry.name) : personKeyOf(tokens)];
  for (const key of [organizationKeyOf(tokens, null, reg), countryTokenOf(tokens, reg) ?? ""]) if (key && !keys.includes(key)) keys.push(key);
  return keys.filter(Boolean);
}

/**
 * Whether an alias is specific enough to unite two actors: a one-word person alias is a surname
 * ("Johnson" is Boris and Mike), a one-word organisation alias a common noun ("Congress"),
 * unless written as an acronym ("NATO").
 */
export function distinctiveAlias(alias: string, kind: ActorKind, reg: Registry = loadRegistry()): boolean {
  const key = aliasKey(alias, kind, reg);
  if (!key) return false;
  if (kind === "COUNTRY" || key.includes(" ")) return true;
  return kind === "ORGANIZATION" && /^[\p{Lu}\p{N}.&-]{2,}$/u.test(alias.trim());
}
