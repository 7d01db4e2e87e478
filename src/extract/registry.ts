// The curated registry (seed/registry/*.json) compiled once into a token trie, so that finding
// every known actor in a document costs one hash lookup per capitalised word.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { RegistryError, validateRegistry } from "./registry-schema.js";
import { ORG_SUFFIX } from "./lexicon.js";
import type { ActorKind } from "./types.js";

export interface RegistryEntry {
  name: string;
  kind: ActorKind;
  role: string | null;
  affiliation: string | null;
  /** Full forms (canonical + variants); short forms are separate hits. */
  forms: string[];
  bare: boolean;
  forum: boolean;
  parties?: string[];
  /** A firm: "the company" may refer back to it, as to a firm no registry lists. */
  business?: boolean;
  demonyms?: string[];
  /** A person's terms as president of the affiliation: [from, to) ISO days, to null while in office. */
  presidency?: Array<[string, string | null]>;
}

export interface AliasHit {
  entry: RegistryEntry;
  alias: string;
  /** A surname-style short form of a person. */
  short: boolean;
  /** A capital city standing for its country. */
  capital: boolean;
  /** Acronyms must match case exactly ("US" is not "us"). */
  exact: boolean;
  tokens: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  hits: AliasHit[];
}

export interface Registry {
  entries: RegistryEntry[];
  byName: Map<string, RegistryEntry>;
  root: TrieNode;
  /** Nationality adjective or plural noun -> country canonical name. */
  demonyms: Map<string, string>;
  /** Capital city -> country canonical name ("Berlin" -> "Germany"), for destinations of visits. */
  capitals: Map<string, string>;
  /** Transliteration key of a person's full name -> entry. */
  personKeys: Map<string, RegistryEntry>;
  /** orgKey of each organisation form -> entry (null when two entries share a key). */
  orgKeys: Map<string, RegistryEntry | null>;
}

const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

export function tokenize(s: string): string[] {
  return s.match(TOKEN) ?? [];
}

/**
 * Folds case, accents and the usual Slavic transliteration variants (y/i, -iy/-yy/-yi), so that
 * "Yury"/"Yuri", "Zelenskyy"/"Zelensky"/"Zelenskiy" and "Dmitry"/"Dmitri" share one key.
 */
// Registry matching asks for the key of every token it steps through: the same few thousand words.
const tokenKeys = new Map<string, string>();

export function tokenKey(t: string): string {
  let k = tokenKeys.get(t);
  if (k === undefined) {
    if (tokenKeys.size >= 65_536) tokenKeys.clear();
    tokenKeys.set(t, (k = foldToken(t)));
  }
  return k;
}

// Keys (lowercase, after the y/i fold) of British spellings in bodies' names, to the American ones.
const BRITISH_SPELLING = new Map([
  ["organisation", "organization"],
  ["organisations", "organizations"],
  ["defence", "defense"],
  ["centre", "center"],
  ["programme", "program"],
  ["labour", "labor"],
]);

function foldToken(t: string): string {
  let k = t.toLowerCase();
  if (/[^\x00-\x7f]/.test(k)) k = k.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[’‘`´]/g, "'").replace(/[–—]/g, "-");
  if (k.length > 2 && k.includes("y")) k = k.replace(/y/g, "i");
  if (k.length > 2 && k.includes("ii")) k = k.replace(/i{2,}/g, "i");
  // British and American spellings of a body's name are one name ("Treaty Organisation").
  return BRITISH_SPELLING.get(k) ?? k;
}

export function nameKey(name: string): string {
  return tokenize(name)
    .filter((t) => /[\p{L}\p{N}]/u.test(t))
    .map(tokenKey)
    .join(" ");
}

const isAcronymToken = (t: string) => /^[\p{Lu}\p{N}]{2,}$/u.test(t) || /^\p{Lu}$/u.test(t);

function addAlias(root: TrieNode, hit: Omit<AliasHit, "tokens" | "exact">): void {
  let alias = hit.alias.trim();
  if (/^the\s/i.test(alias)) alias = alias.slice(4);
  const tokens = tokenize(alias);
  if (!tokens.length) return;
  let node = root;
  for (const t of tokens) {
    const k = tokenKey(t);
    let n = node.next.get(k);
    if (!n) node.next.set(k, (n = { next: new Map(), hits: [] }));
    node = n;
  }
  const exact = tokens.some(isAcronymToken);
  if (!node.hits.some((h) => h.entry === hit.entry && h.alias === alias)) node.hits.push({ ...hit, alias, tokens, exact });
  // And the other way round: the registry's "Suk-yeol" is written "Suk Yeol" too.
  if (/\p{L}-\p{L}/u.test(alias)) addAlias(root, { ...hit, alias: alias.replace(/(\p{L})-(\p{L})/gu, (_, a: string, b: string) => `${a} ${b.toUpperCase()}`) });
}

let cached: Registry | null = null;

// Worked out once: loadRegistry() runs for every name a lookup folds (a URL parse each time
// was a tenth of binding an actor page's plan to its name).
const REGISTRY_DIR = fileURLToPath(new URL("../../seed/registry/", import.meta.url));

export function registryDir(): string {
  return REGISTRY_DIR;
}

export function loadRegistry(dir = registryDir()): Registry {
  if (cached && dir === registryDir()) return cached;
  const root: TrieNode = { next: new Map(), hits: [] };
  const entries: RegistryEntry[] = [];
  const byName = new Map<string, RegistryEntry>();
  const demonyms = new Map<string, string>();
  const capitalCities = new Map<string, string>();
  const personKeys = new Map<string, RegistryEntry>();
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f): [string, unknown] => {
      try {
        return [f, JSON.parse(readFileSync(dir + f, "utf8"))];
      } catch (err) {
        throw new RegistryError([`${f}: not valid JSON: ${err instanceof Error ? err.message : String(err)}`]);
      }
    });
  validateRegistry(files);
  // The shapes were checked just above.
  for (const [, data] of files as Array<[string, any]>) {
    for (const [name, aliases, capitals, dems, flags] of data.countries ?? []) {
      const e: RegistryEntry = { name, kind: "COUNTRY", role: null, affiliation: null, forms: [name, ...aliases], bare: !flags?.ambiguous, forum: false, demonyms: dems };
      entries.push(e);
      for (const a of e.forms) addAlias(root, { entry: e, alias: a, short: false, capital: false });
      for (const c of capitals) addAlias(root, { entry: e, alias: c, short: false, capital: true });
      for (const c of capitals) if (!capitalCities.has(c)) capitalCities.set(c, name);
      for (const d of dems) if (!demonyms.has(d)) demonyms.set(d, name);
    }
    for (const [name, aliases, affiliation, flags] of data.organizations ?? []) {
      const e: RegistryEntry = { name, kind: "ORGANIZATION", role: null, affiliation, forms: [name, ...aliases], bare: true, forum: !!flags?.forum, parties: flags?.parties, business: !!flags?.business };
      entries.push(e);
      for (const a of e.forms) addAlias(root, { entry: e, alias: a, short: false, capital: false });
    }
    for (const [name, variants, role, affiliation, flags] of data.people ?? []) {
      const forms = [name, ...variants];
      const e: RegistryEntry = { name, kind: "PERSON", role, affiliation, forms, bare: flags?.bare !== false, forum: false, presidency: flags?.presidency };
      entries.push(e);
      for (const a of forms) {
        addAlias(root, { entry: e, alias: a, short: false, capital: false });
        personKeys.set(nameKey(a), e);
      }
      const shorts: string[] = flags?.short ?? [...new Set(forms.map((a) => a.replace(/,?\s+(Jr\.?|Sr\.?|I{2,3}|IV)$/, "").split(/\s+/).pop()!))];
      for (const s of shorts) addAlias(root, { entry: e, alias: s, short: true, capital: false });
    }
  }
  for (const e of entries) if (!byName.has(e.name)) byName.set(e.name, e);
  const reg: Registry = { entries, byName, root, demonyms, capitals: capitalCities, personKeys, orgKeys: new Map() };
  for (const e of entries) {
    if (e.kind !== "ORGANIZATION") continue;
    for (const f of e.forms) {
      const k = orgKey(f, reg);
      if (!k) continue;
      const had = reg.orgKeys.get(k);
      reg.orgKeys.set(k, had === undefined || had === e ? e : null);
    }
  }
  if (dir === registryDir()) cached = reg;
  return reg;
}

export interface RegistryMatch {
  start: number;
  end: number;
  hits: AliasHit[];
}

// Candidate starts: a capitalised word or digit-led token, or a lowercase name particle.
const CANDIDATE = /(?<![\p{L}\p{N}])(?:[\p{Lu}\p{N}]|(?:von|van|al|el|de)[\s-])/uy;

/**
 * The next match of CANDIDATE at or after `from` (its start and length), as a global scan finds
 * it, or null. ASCII text, most of an article, is judged here; the pattern is tried only at the
 * letters that may open a particle and beside characters beyond ASCII (tried at every position,
 * the lookbehind's Unicode classes made the scan two thirds of matching the registry).
 */
export function nextCandidate(text: string, from: number): [start: number, length: number] | null {
  for (let p = from; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c < 128) {
      const capOrDigit = (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
      // v(on, an), a(l), e(l), d(e): the particles' first letters.
      if (!capOrDigit && c !== 118 && c !== 97 && c !== 101 && c !== 100) continue;
      const q = p > 0 ? text.charCodeAt(p - 1) : 32;
      if (q < 128) {
        if ((q >= 65 && q <= 90) || (q >= 97 && q <= 122) || (q >= 48 && q <= 57)) continue;
        if (capOrDigit) return [p, 1];
      }
    } else if (c >= 0xdc00 && c <= 0xdfff && p > 0 && (text.charCodeAt(p - 1) & 0xfc00) === 0xd800) continue; // inside a surrogate pair
    CANDIDATE.lastIndex = p;
    const m = CANDIDATE.exec(text);
    if (m && m.index === p) return [p, m[0].length];
  }
  return null;
}
const STEP = /\s*([\p{L}\p{N}]+|[^\s\p{L}\p{N}])/uy;

/** Longest registry alias matches over the text, left to right, non-overlapping. */
export function matchRegistry(text: string, reg: Registry = loadRegistry()): RegistryMatch[] {
  const out: RegistryMatch[] = [];
  let from = 0;
  for (let c = nextCandidate(text, 0); c; c = nextCandidate(text, from)) {
    const start = c[0];
    from = start + c[1];
    let node = reg.root;
    let pos = start;
    let best: RegistryMatch | null = null;
    const seen: string[] = [];
    for (let steps = 0; steps < 14; steps++) {
      STEP.lastIndex = pos;
      const t = STEP.exec(text);
      if (!t) break;
      // Tokens of a name are separated by at most one space (no newline crossing).
      if (steps > 0 && t[0].length - t[1].length > 1) break;
      // A hyphen between two words of a name may be a space in the registry ("Al-Thani", "Al Thani").
      if (t[1] === "-" && steps > 0 && !node.next.has("-") && /^\p{L}/u.test(text.slice(STEP.lastIndex, STEP.lastIndex + 1))) {
        pos = STEP.lastIndex;
        continue;
      }
      const n = node.next.get(tokenKey(t[1]));
      if (!n) break;
      node = n;
      pos = STEP.lastIndex;
      seen.push(t[1]);
      if (node.hits.length) {
        // The match must end at a word boundary ("US" must not match the start of "USSR").
        const after = text[pos];
        if (/[\p{L}\p{N}]/u.test(after ?? "") && /[\p{L}\p{N}]$/u.test(t[1])) continue;
        const ok = node.hits.filter((h) => caseOk(h, seen));
        if (ok.length) best = { start, end: pos, hits: ok };
      }
    }
    if (best) {
      out.push(best);
      from = best.end;
    }
  }
  return out;
}

const LOWERABLE_HEAD = new RegExp(`^(?:${ORG_SUFFIX}|Chancellery|Presidency)$`);

function caseOk(h: AliasHit, seen: string[]): boolean {
  if (h.tokens.length !== seen.length) return false;
  for (let i = 0; i < seen.length; i++) {
    const a = h.tokens[i];
    const b = seen[i];
    if (h.exact && isAcronymToken(a)) {
      // British style writes a body's acronym of four letters or more as a word ("Nato", "Opec"):
      // that spelling is the body too; shorter ones stay exact ("Who", "Un" are words).
      if (a !== b && !(h.entry.kind === "ORGANIZATION" && a.length >= 4 && /^\p{Lu}+$/u.test(a) && b === a[0] + a.slice(1).toLowerCase())) return false;
    } else if (/\p{L}/u.test(a[0])) {
      const aUp = a[0] !== a[0].toLowerCase();
      const bUp = b[0] !== b[0].toLowerCase();
      // British style lowers the common words of a body's name after a capitalised first word
      // ("the UN general assembly", "the German chancellery"); only an institution's name, not
      // troops' ("Ukrainian armed forces" is the army, whatever the registry calls it).
      if (aUp !== bUp && !(i > 0 && (!aUp || (h.entry.kind === "ORGANIZATION" && LOWERABLE_HEAD.test(h.tokens[h.tokens.length - 1]))))) return false;
      // An all-caps word is a heading or acronym, not this name ("WHO", "ROME").
      if (!h.exact && b.length > 2 && b === b.toUpperCase() && a !== a.toUpperCase()) return false;
    }
  }
  return true;
}

const ORG_KEY_DROP = new Set(["of", "the", "for", "on", "and", "&", "affairs", "inc", "corp", "co", "ltd", "llc", "plc", "ag", "sa", "nv", "se", "gmbh"]);

/**
 * One key for the names of one body, whatever their word order, spelling or country form:
 * "Ministry of Defense of the Russian Federation", "Russian Defence Ministry" and "Defence
 * Ministry of Russia" share it, and so do "Jane Roe Holdings PLC" and "Jane Roe Holdings". The
 * words are folded (tokenKey, defense = defence), countries and their demonyms become the
 * country, function words and legal suffixes drop, and the rest is sorted. Empty for a name
 * of function words only.
 */
export function orgKey(name: string, reg: Registry): string {
  // Bodies recur across documents ("Department of State"): the key is computed once per name.
  let cache = orgKeyCache.get(reg);
  if (!cache) orgKeyCache.set(reg, (cache = new Map()));
  let k = cache.get(name);
  if (k === undefined) {
    if (cache.size >= 100_000) cache.clear();
    cache.set(name, (k = computeOrgKey(name, reg)));
  }
  return k;
}

const orgKeyCache = new WeakMap<Registry, Map<string, string>>();

function computeOrgKey(name: string, reg: Registry): string {
  const parts: string[] = [];
  let rest = name;
  for (const hit of matchRegistry(name, reg).reverse()) {
    const country = hit.hits.find((h) => h.entry.kind === "COUNTRY" && !h.capital);
    if (!country) continue;
    parts.push(tokenKey(country.entry.name).replace(/\s+/g, "_"));
    rest = rest.slice(0, hit.start) + " " + rest.slice(hit.end);
  }
  for (const t of tokenize(rest)) {
    if (!/[\p{L}\p{N}]/u.test(t)) continue;
    const dem = reg.demonyms.get(t);
    if (dem) {
      parts.push(tokenKey(dem).replace(/\s+/g, "_"));
      continue;
    }
    const k = tokenKey(t).replace(/^defense$/, "defence");
    if (!ORG_KEY_DROP.has(k)) parts.push(k);
  }
  return parts.sort().join(" ");
}
