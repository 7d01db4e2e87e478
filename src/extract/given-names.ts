// People that no title, apposition or reporting verb introduces ("the far-right candidate,
// Jane Roe.", "into Hunter Roe"): a known given name followed by surname-shaped words is a
// name. The given names are data (seed/lexicon/given-names.txt, public-domain lists of English
// given names), read once; the check is one set lookup per capitalised word.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { guarded } from "./guarded-pattern.js";
import { ORG_WORDS, PATRONYM, STOP_CAPS, TRADE_HEAD } from "./lexicon.js";
import { isCommonWord } from "./person-name.js";
import { type Registry, tokenKey } from "./registry.js";

/**
 * Given names of the list that are, in this genre, far more often a common word, a place or an
 * institution's first word than a first name ("Will", "Rose Garden", "Georgia", "Virginia
 * Beach"). Data: extend it when a new one shows up.
 */
export const GIVEN_NAME_EXCLUDED = new Set(
  (
    "Will May Can Hope Grace Joy Major Royal King Prince Princess Christian Page Guy Rose Summer Faith Honor Mark Bill Don Sterling " +
    "Young Rich Chase Miles Price Penny Dean Crystal Amber Ruby Pearl Iris Violet Holly Ivy Dawn April June August Chance Sunny " +
    "Star Angel Glory Liberty Justice Patience Mercy Charity Constance Trinity Unity Precious Love Golden Jewel Lady Baron Duke Earl " +
    "Marshal Bishop Cardinal Deacon Abbey Temple Church Palace Court Forest River Lake Brook Glen Dale Vale Field Fields Hall Ford " +
    "Virginia Georgia Carolina Jordan Chad Israel Washington Lincoln Jackson Kennedy Austin Florence Victoria Madison Columbia " +
    "Cleveland Houston Dallas Denver Phoenix Orlando Raleigh Charlotte Eugene Jerusalem Sydney Adelaide Regina Sofia Valencia Lorraine " +
    "Alexandria Augusta Savannah Salem Troy Tyre Sharon Carmel Jersey Kent Devon Cornwall Wales Ireland Normandy Georgetown Vienna " +
    "Paris Berlin London Roman German Franco English Irish Scot Dutch Norman Frank French Russ Rus Sultan Rusty Tory Whig Labour " +
    "Liberal Democrat Republican Federal National General Marine Navy Army Admiral Captain Colonel Commodore Sergeant Private " +
    "Independence Freedom Memorial Monument Capitol Senate Congress Cabinet Union Pentagon Kremlin Downing Elysee Oval West East " +
    "Even Base Storm Hurricane Tropical Winter Autumn Spring Harvest Dusty Misty Story Fancy Happy Merry Noble Gentle Sable " +
    // Words of the Kremlin/Ukraine texts: a republic ("Mari El"), adjectives of names of things ("Free Sky", "Red Barricades", "Mala Komyshuvakha").
    "Mari Free Red Mala Saw " +
    // First words of places and figures' names ("Santa Clara", "Santa Claus", "Rio de Janeiro", "Novi Sad").
    "Santa Santo San Rio Novi Novo Nueva Nuevo Porto Puerto " +
    // First words of places ("Port Coquitlam", "Bay Ridge", "Rock Hill").
    "Port Bay Rock"
  ).split(/\s+/),
);

/**
 * Capitalised nouns that end the names of places, buildings, events and things, never a person's
 * ("Yankee Stadium", "Mariana Islands", "Mason Temple"): a run ending in one is no person.
 */
export const PLACE_HEADS = new Set(
  (
    "Island Islands Street Stadium Schedule Pharmacy Pharmacies Systems System Air Park Square Garden Gardens Temple Hill Hills Beach " +
    "Bay Harbor Harbour Valley Mountain Mountains River Lake Falls Springs Heights Center Centre Bridge Tower Hall Field Fields " +
    "Market Mart Store Stores Airport Station Avenue Road Boulevard Plaza Mall Arena Memorial Monument Cathedral Church Chapel " +
    "Mosque Synagogue Castle Palace Fort Port County City Town Village Coast Canyon Creek Forest Desert Sea Ocean Gulf Straits " +
    "Strait Peninsula Storm Hurricane Prize Award Awards Day Week Act Bill Law Rule Report Plan Program Fund Index " +
    "College School Software Area Studios Studio Entertainment Media Capital Ventures Labs Motors Airlines Pictures Records"
  ).split(/\s+/),
);

let cached: Set<string> | null = null;

let defaultFiles: string[] | null = null;

/** The lists read by default: English given names, then those of many countries (make-world-given-names.ts). */
export function givenNamesFiles(): string[] {
  // Resolved once: a URL to a path costs more than a lookup in the list it names.
  return (defaultFiles ??= ["given-names.txt", "given-names-world.txt"].map((f) => fileURLToPath(new URL(`../../seed/lexicon/${f}`, import.meta.url))));
}

/**
 * Whether `word` is a given name that names a person (in the list, not one of the excluded ones).
 * A name written with accents the list spells without them is the same name ("Micheál", "Zoë").
 */
export function knownGivenName(word: string, given = loadGivenNames()): boolean {
  if (given.has(word)) return !GIVEN_NAME_EXCLUDED.has(word);
  if (!NON_ASCII.test(word)) return false;
  const plain = word.normalize("NFD").replace(MARKS, "");
  return plain !== word && given.has(plain) && !GIVEN_NAME_EXCLUDED.has(plain);
}

const NON_ASCII = /[^\x00-\x7F]/;
const MARKS = /\p{M}+/gu;

/**
 * The words of a full name written before a surname: of three words the first is a given name or
 * initials ("Jane Q. Roe", "J. Jane Roe"), else no part of it (a plural opening the sentence,
 * "Oligarchs Jane Roe and …").
 */
export function fullNameWords(words: string[]): string[] {
  return words.length > 2 && !(knownGivenName(words[0]) || /^(?:\p{Lu}\.)+$/u.test(words[0])) ? words.slice(1) : words;
}

/** The given names of the default lists, or of `file` alone; lines starting with # are comments. */
export function loadGivenNames(file?: string): Set<string> {
  if (file !== undefined) return readNameList(file);
  if (!cached) {
    cached = new Set();
    for (const f of givenNamesFiles()) for (const w of readNameList(f)) cached.add(w);
  }
  return cached;
}

/** The English list alone (the world list is made to complement it). */
export function loadEnglishGivenNames(): Set<string> {
  return readNameList(givenNamesFiles()[0]);
}

function readNameList(file: string): Set<string> {
  const names = new Set<string>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const w = line.trim();
    if (!w || w.startsWith("#")) continue;
    if (!/^\p{Lu}[\p{L}\p{M}'’\-]+$/u.test(w)) throw new Error(`${file}: not a capitalised given name: ${JSON.stringify(w)}`);
    names.add(w);
  }
  return names;
}

// A capitalised word followed by a space and another capital: the only places a name can start.
// Latin letters with accents ("José", "Łukasz", "Iga Świątek") are spelt out as ranges: a regex
// without the "u" flag scans several times faster. (Latin Extended-A mixes upper and lower case:
// what it lets through here the list lookup and the surname check sort out.)
const START = guarded(/(?<![A-Za-z0-9.'’\-\u00C0-\u024F])[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F][a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F]+(?= (?:[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F]|(?:de|da|di|du|van|von|der|le|la|al|el|bin|ibn)[ \-]))/g);
// Surnames may have inner capitals ("McCray", "DeSantis", "O’Neill"), but need a lowercase letter.
const SURNAME = /^\p{Lu}[\p{L}\p{M}'’]*\p{Ll}[\p{L}\p{M}'’]*(?:-\p{Lu}?[\p{L}\p{M}'’]*\p{Ll}[\p{L}\p{M}'’]*)*$/u;
const INITIAL = /^\p{Lu}\.$/u;
const PARTICLE = /^(?:de|da|di|du|van|von|der|den|le|la|al|el|bin|ibn|bint|Le|La|De|Van|Von|Al|Bin|Ibn|Bint)$|^(?:al|el|bin|ibn|abu|ul|ad|as)-\p{Lu}/u;
const WORD_AT = /[\p{L}\p{M}'’.\-]+/uy;

export interface GivenNameSpan {
  start: number;
  end: number;
  name: string;
}

/** A word that may stand in a surname position: capitalised, not a common, title or place word, nor a firm's trade ("Tyson Foods"). */
export function surnameWord(w: string, reg: Registry): boolean {
  if (!SURNAME.test(w) || PLACE_HEADS.has(w) || isCommonWord(w) || TRADE_HEAD.test(w) || reg.demonyms.has(w) || reg.capitals.has(w)) return false;
  const n = reg.root.next.get(tokenKey(w));
  return !n?.hits.some((h) => h.entry.kind !== "PERSON" && h.tokens.length === 1);
}

/** "Europeans", "Republicans": the plural of a people's or a party's noun names a group, no surname. */
export function groupPlural(w: string, reg: Registry): boolean {
  const one = /(?<=[^s])s$/.test(w) ? w.slice(0, -1) : null;
  return !!one && (reg.demonyms.has(one) || STOP_CAPS.has(one) || PARTY_MEMBER.test(one));
}
const PARTY_MEMBER = /^(?:Democrat|Republican|Conservative|Liberal|Socialist|Communist|Progressive|Independent|Moderate|Nationalist|Unionist|Loyalist|Populist)$/;

/**
 * Spans of "Given (Middle|Initial|particle)* Surname", at most four words, with a trailing
 * "Jr."/", Jr.". A run that goes on into an institution word ("Jane Roe Foundation") or
 * follows "the" is an institution's or a place's name, not a person.
 */
export function givenNameSpans(text: string, reg: Registry, given = loadGivenNames()): GivenNameSpan[] {
  const out: GivenNameSpan[] = [];
  START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = START.exec(text))) {
    if (!knownGivenName(m[0], given)) continue;
    let start = m.index;
    if (/(?:^|[^\p{L}])the $/iu.test(text.slice(Math.max(0, start - 4), start))) continue;
    const words: Array<{ w: string; end: number }> = [];
    let p = start + m[0].length;
    let surname = -1;
    // "Khalid bin Saud Al Rashid": an Arabic name's particles ("bin", "Al") lengthen it past three words.
    while ((words.length < 3 || (words.length < 7 && words.some((x) => PATRONYM.test(x.w)))) && text[p] === " ") {
      WORD_AT.lastIndex = p + 1;
      const w = WORD_AT.exec(text);
      if (!w) break;
      let word = w[0];
      if (word.endsWith(".") && !INITIAL.test(word)) word = word.slice(0, -1);
      word = word.replace(/['’]s$/, "");
      // "Jane Roe Jr.": the generational suffix ends the name, it is no surname ("Roe Jr").
      if (/^(?:Jr|Sr)$/.test(word)) break;
      if (INITIAL.test(word) || PARTICLE.test(word)) words.push({ w: word, end: p + 1 + word.length });
      else if (surnameWord(word.replace(/['’]$/, ""), reg)) {
        words.push({ w: word, end: p + 1 + word.length });
        surname = words.length - 1;
      } else break;
      p = p + 1 + word.length;
      if (text[p] !== " ") break;
    }
    if (surname < 0) continue;
    words.length = surname + 1;
    let end = words[surname].end;
    const next = /^ ([\p{Lu}][\p{L}]+)/u.exec(text.slice(end, end + 30));
    if (next && (ORG_WORDS.has(next[1]) || isCommonWord(next[1]))) continue;
    // A generational suffix ("Jane Roe, Jr.") stays out of the name: the surname ends it, and the
    // actor rules add the name with its suffix to the person's forms.
    // Initials and ambiguous given names before the first name belong to the name ("F. Jane Roe",
    // "Mark Jane Roe").
    // A given name after "bin" is the father's: the person's own name is the word before it
    // ("Tariq bin Omar Al Nasser", "Tariq Bin Omar Al Nasser").
    for (;;) {
      const father = /(?:^|[ \n])(\p{Lu}\p{Ll}+) (?:[Bb]in|[Ii]bn|[Bb]int) $/u.exec(text.slice(Math.max(0, start - 30), start));
      if (!father || !surnameWord(father[1], reg)) break;
      start -= father[0].length - (father[0].startsWith(father[1]) ? 0 : 1);
    }
    for (;;) {
      const prev = /(?:^|[ \n])(\p{Lu}\.|\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, start - 24), start));
      if (!prev || !(INITIAL.test(prev[1]) || given.has(prev[1]))) break;
      start -= prev[1].length + 1;
    }
    // One more name-shaped word that opens the run is a first name the list lacks ("Lim Jane Roe"); not a party's or a people's plural ("Republicans Jane Roe").
    // Only inside a sentence: a sentence's first word may be a verb or a greeting ("Thank Jane Roe").
    // Not after "of", "for" or "the": there the word is what a title is of ("Director of Acme Jane Roe").
    const lead = /(?:[,;(] ?|(?:^|[^\p{L}])\p{Ll}\p{L}* |\d )(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, start - 40), start));
    if (lead && !/(?:^|[^\p{L}])(?:of|for|the) $/u.test(text.slice(Math.max(0, start - lead[1].length - 6), start - lead[1].length - 1)) && surnameWord(lead[1], reg) && !groupPlural(lead[1], reg) && !/^(?:The|A|An|In|On|At|By|For|From|To|Of|And|But|With|As|If|When|While|After|Before|This|That|Its|Their|His|Her|Our|Dear|Mr|Ms|Mrs|Dr|Sir|Madam|Lady|Lord)$/.test(lead[1])) start -= lead[1].length + 1;
    out.push({ start, end, name: text.slice(start, end) });
    START.lastIndex = end;
  }
  return out;
}
