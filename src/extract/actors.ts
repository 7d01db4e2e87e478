// Actor mentions: registry lookups plus discovery of actors no registry knows (titles before
// names, "X of Y", appositions, institution-shaped names), then within-document coreference
// (surname-only mentions join the fullest form of the name).
import { type Actor, type Doc, type Mention } from "./doc.js";
import { guarded } from "./guarded-pattern.js";
import { namesakeAt, type Sighting, surnameOwner } from "./namesake-choice.js";
import { APPOSITION_PERSON_HEADS, CREDIT_AFTER, CREDIT_BEFORE, GENERIC_AFTER, HONORIFICS, MONTHS, NAME_PARTICLES, ORG_SUFFIX, PARTICLE_NAME, PATRONYM, PLURAL_TITLE_HEADS, ORG_WORDS, PERSON_NOUN_ENDING, ROLE_NOUNS, STATE_SIDE_NOUNS, STATE_STYLE_ADJECTIVES, STATE_STYLE_NOUN, STOP_CAPS, TITLE_HEADS, TITLE_WORDS, TRADE_HEAD, WEEKDAYS } from "./lexicon.js";
import { personCues, speakerLabels } from "./actor-cues.js";
import { orgsByPronoun } from "./actor-kind.js";
import { loneSurnames } from "./lone-surnames.js";
import { GIVEN_NAME_EXCLUDED, fullNameWords, givenNameSpans, groupPlural, knownGivenName, loadGivenNames, surnameWord } from "./given-names.js";
import { checkPersonName, isCommonWord, nameRunLength } from "./person-name.js";
import { nameGender } from "./person-gender.js";
import { editDistance } from "./edit-distance.js";
import { orgPeers, orgShapes, peerAcronym } from "./org-shapes.js";
import { acronymOfNames, initials } from "./initials.js";
import { attributedNames, nameWord } from "./attribution-names.js";
import { homePresident, homeState } from "./home-president.js";
import { type AliasHit, type Registry, type RegistryEntry, type RegistryMatch, loadRegistry, matchRegistry, nameKey, orgKey, tokenKey } from "./registry.js";
import type { KnownRule } from "./rules.js";
import { firstIndex, overlapsAny } from "./sorted.js";
import type { ActorKind } from "./types.js";
import { wordMatches, wordPattern } from "./word-matches.js";

interface Candidate {
  start: number;
  end: number;
  kind: ActorKind;
  /** Registry entry when known. */
  entry?: RegistryEntry;
  /** Discovered name (fullest form) when not in the registry. */
  name?: string;
  role?: string | null;
  affiliation?: string | null;
  short?: boolean;
  /** Other registry people sharing a short form ("Johnson"). */
  alts?: RegistryEntry[];
  capital?: boolean;
  standsFor?: string;
  priority: number;
  /** May swallow registry countries inside it. */
  contains?: boolean;
  /** May swallow registry organisations inside it too ("Office of the UN High Commissioner"). */
  containsOrgs?: boolean;
  rule: KnownRule;
  /** A state's formal name around the mention ("Republic of Cyprus"), one of its names. */
  style?: string;
}

interface TitleSpan {
  start: number;
  end: number;
  /** The person's name span the title belongs to. */
  nameStart: number;
  nameEnd: number;
  /** The role the title gives, without forms of address; null for a bare "Mr". */
  title: string | null;
  affiliation: string | null;
}

/** Whether `next` says more of the same title than `role` ("Army General" after "General", "Foreign Minister" after "Minister"). */
function narrowsRole(role: string | null, next: string | null | undefined): next is string {
  return !!role && !!next && next.length > role.length && next.endsWith(` ${role}`);
}

/** Lowercase nouns of things named after a person, right after a title and a name: no person is meant. */
// Buildings that stand for the body they house when they speak ("Lakeland Palace said"), never a person's surname.
const SEAT_HEADS = new Set(["Palace", "Castle", "Hall", "Tower", "Street", "Square", "Cathedral", "Church", "Mosque", "Synagogue", "Temple", "Chapel", "Stadium", "Arena", "Station", "Airport"]);
const NAMED_AFTER = /^\s+(?:(?:aircraft|nuclear|research|naval|guided-missile|missile)\s+)?(?:ferry|ship|vessel|boat|icebreaker|frigate|cruiser|destroyer|submarine|carrier|tanker|airport|station|street|avenue|prospekt|square|bridge|school|university|academy|institute|prize|award|medal|foundation|museum|park|stadium|hospital|library|plant|base|memorial|monument|highway|dam|theatre|theater|building|complex|expedition)s?\b|^[’']s\s+(?:County|Island|Islands|Bay|Sound|Land|Hospital|College|University|Cathedral|Church|Square|Park|Street|Road)\b/u;
const PARTY_ADJ = "Labour|Labor|Conservative|Liberal|Liberal Democratic|Democratic|Republican|Green|Socialist|Communist|Social Democratic|Christian Democratic|Free Democratic|Progressive|Reform|Pirate";
const PARTY_PLURAL = /[Tt]he (Conservatives|Tories|Liberal Democrats|Lib Dems|Greens|Social Democrats|Christian Democrats|Free Democrats)(?![A-Za-z])/g;
const PARTY_WORD = / party(?![A-Za-z])/g;
const PARTY_ADJ_END = new RegExp(String.raw`(?:^|[^\p{L}])((?:${PARTY_ADJ}) party)$`, "u");
/** A generational suffix after a name ("Jane Roe, Jr."): the name with it is one of the person's names. */
const NAME_SUFFIX = /^,? (?:(?:Jr|Sr)\.?|II|III|IV)(?![\p{L}])/u;
/** A capitalised run that fills a short quotation is the title of a work or a show ("“Closing Time Tonight”"). */
const QUOTE_OPEN_BEFORE = /["“]\s*(?:\p{Lu}[\p{L}’'\-]*\s+){0,3}$/u;
const QUOTE_CLOSE_AFTER = /^(?:\s+\p{Lu}[\p{L}’'\-]*){0,3}[,.!?]?["”]/u;
const NAME_TOKEN = /^[\p{Lu}][\p{Ll}\p{M}'’\-]*[\p{Ll}\p{M}]$|^[\p{Lu}]\.$|^[\p{Lu}]{2}$/u;
// Lowercase heads that introduce a name directly ("analyst Jane Roe", "IEA chief Jane Roe").
const LOWER_HEADS = ROLE_NOUNS.join("|");
const ROLE_NOUN_SET = new Set(ROLE_NOUNS);
// Reporting verbs a discovered name stands next to ("Jane Roe wrote", "Jane Roe, …, announced").
const NAME_VERBS = "said|says|told|added|noted|stressed|warned|wrote|announced|explained|tweeted|posted|argued|insisted|cautioned|predicted";
const TITLE_HEAD_RE = guarded(
  new RegExp(`(?<![\\p{L}\\p{N}\\-])(?:${[...TITLE_HEADS].sort((a, b) => b.length - a.length).map((w) => w.replace(/\./g, "\\.")).join("|")}|${LOWER_HEADS})(?![\\p{L}])`, "gu"),
);
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*/uy;

function isNameLike(tok: string, reg: Registry): boolean {
  const t = tok.replace(/[’']s$/, "");
  if (PARTICLE_NAME.test(t)) return true;
  // "Speaker McCar- — McCarthy": a word cut off in speech; "Cuban-American": demonyms joined.
  if (t.endsWith("-") || (t.includes("-") && t.split("-").every((p) => reg.demonyms.has(p)))) return false;
  if (!NAME_TOKEN.test(t) && !/^[\p{Lu}][\p{L}\p{M}'’\-]+$/u.test(t)) return false;
  if (TITLE_WORDS.has(t) || ORG_WORDS.has(t) || STOP_CAPS.has(t) || reg.demonyms.has(t)) return false;
  const n = reg.root.next.get(tokenKey(t));
  if (n?.hits.some((h) => h.entry.kind !== "PERSON" && h.tokens.length === 1)) return false;
  return true;
}

interface Tok {
  text: string;
  start: number;
  end: number;
}

/**
 * "Vice Premier Wen He": a capitalised "He" right after a name word, one space between them, can
 * be no pronoun (one would open a sentence): it is a Chinese surname.
 */
function pronounSurname(toks: Tok[], i: number): boolean {
  const prev = toks[i - 1];
  return toks[i].text === "He" && !!prev && prev.end + 1 === toks[i].start && /^\p{Lu}\p{Ll}+$/u.test(prev.text);
}

/** "Zhang He" after a title: a given name and the surname "He" (see pronounSurname), no pronoun. */
function chineseHe(raw: string, reg: Registry): boolean {
  const m = /^(\p{Lu}\p{Ll}+) He$/u.exec(raw);
  return !!m && isNameLike(m[1], reg) && !isCommonWord(m[1]);
}

/** "Advisor JT Roe": two capitals without periods before a surname after a title are initials, unless a registry name ("UN"). */
function initialsName(raw: string, reg: Registry): boolean {
  const m = /^(\p{Lu}{2}) (\p{Lu}[\p{L}'’\-]+)$/u.exec(raw);
  return !!m && !reg.root.next.get(tokenKey(m[1])) && surnameWord(m[2], reg);
}

/**
 * Where the trailing name-like words of a title chain start (at most four of them). An Arabic
 * name's particles do not count ("King Tariq bin Omar Al Nasser"): "Al" inside a name that has
 * "bin" is one of them.
 */
function nameStartIn(toks: Tok[], reg: Registry): number {
  let k = toks.length;
  let words = 0;
  const patronym = toks.some((t) => PATRONYM.test(t.text));
  while (k > 0 && words < (patronym ? 6 : 4) && toks.length - k < 9) {
    const t = toks[k - 1].text;
    const particle = NAME_PARTICLES.has(t) || (patronym && /^(?:Al|El)$/.test(t)) || PATRONYM.test(t);
    if (particle ? k === toks.length : !isNameLike(t, reg) && !pronounSurname(toks, k - 1)) break;
    if (!particle) words++;
    k--;
  }
  return k;
}

/**
 * "economist Art Roe", "strategist Grant Roe": right after a title, a given name that is also a
 * word ("Art", "Grant", "Lance") opens a two-word name whose surname is no word.
 */
function wordGivenName(run: string, reg: Registry): boolean {
  const w = run.split(" ");
  return w.length === 2 && isCommonWord(w[0]) && knownGivenName(w[0]) && !ORG_WORDS.has(w[0]) && !TITLE_WORDS.has(w[0]) && !TITLE_HEADS.has(w[0]) && !STOP_CAPS.has(w[0]) && !reg.root.next.get(tokenKey(w[0]))?.hits.length && surnameWord(w[1], reg);
}

/**
 * "Rep. August Roe", "Sen. Will Doe": after a legislator's abbreviated title, a given name that is
 * also a month or a word opens a two-word name whose surname is no word.
 */
function legislatorWordName(head: string, run: string, reg: Registry): boolean {
  const w = run.split(" ");
  return w.length === 2 && LEGISLATOR_ABBR.test(head) && loadGivenNames().has(w[0]) && surnameWord(w[1], reg);
}

/** Whether a run holds a full name after words that cannot be part of one ("Digital Transformation Jane Roe"). */
function trimsToName(run: string, reg: Registry): boolean {
  const v = checkPersonName(run, reg);
  return v.ok && v.offset > 0;
}

/** Reads the word tokens to the right of pos while they stay on one line, separated by single spaces. */
function wordsRight(text: string, pos: number, max: number): Tok[] {
  const out: Tok[] = [];
  let p = pos;
  while (out.length < max) {
    // "President of the Lakeland Development Bank (LDB) Jane Roe": a body's acronym in brackets
    // inside a title chain is skipped over.
    if (out.length && text[p] === " " && text[p + 1] === "(") {
      const acr = /^ \(\p{Lu}[\p{Lu}\p{N}&\-]{1,9}\)(?= )/u.exec(text.slice(p, p + 14));
      if (acr) p += acr[0].length;
    }
    let q = p;
    if (text[q] === " ") q++;
    else if (out.length) break;
    WORD.lastIndex = q;
    const m = WORD.exec(text);
    if (!m) break;
    let w = m[0];
    // A trailing period belongs to the word only for abbreviations ("Gen.", "R.").
    if (w.endsWith(".") && !/^(?:[\p{Lu}]|Lt|Gen|Col|Adm|Maj|Capt|Sgt|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Jr|Sr|St|U\.S|U\.N|U\.K|E\.U)\.$/u.test(w)) w = w.slice(0, -1);
    out.push({ text: w, start: q, end: q + w.length });
    p = q + w.length;
  }
  return out;
}

function wordsLeft(text: string, pos: number, max: number): Tok[] {
  const out: Tok[] = [];
  let p = pos;
  while (out.length < max) {
    if (text[p - 1] !== " ") break;
    // Scan back by hand: an end-anchored regex would retry at every position.
    let q = p - 1;
    while (q > 0 && q > p - 60 && WORD_CHAR.test(text[q - 1])) q--;
    while (q < p - 1 && !/[\p{L}\p{N}]/u.test(text[q])) q++;
    if (q >= p - 1) break;
    const start = q;
    out.unshift({ text: text.slice(q, p - 1), start, end: p - 1 });
    p = start;
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}'’.\-]/u;
const NAME_CHAR = /[\p{L}\p{M}'’\-]/u;
const UPPER = /\p{Lu}/u;

/**
 * Capitalised words (letters, apostrophes, hyphens) ending exactly at `end`, separated by
 * single spaces, nearest last. Scanning back by hand keeps the cue-first searches below linear.
 */
function capWordsBefore(text: string, end: number, max: number): Tok[] {
  const out: Tok[] = [];
  let e = end;
  while (out.length < max) {
    let s = e;
    while (s > 0 && NAME_CHAR.test(text[s - 1])) s--;
    if (s === e || !UPPER.test(text[s]) || (s > 0 && /[\p{L}\p{N}.]/u.test(text[s - 1]))) break;
    if (/[’']$/.test(text.slice(s, e))) break; // "the United Nations’ Commission": a possessor
    out.unshift({ text: text.slice(s, e), start: s, end: e });
    if (s === 0 || text[s - 1] !== " ") break;
    e = s - 1;
  }
  return out;
}

/** A Russian, Ukrainian or Belarusian patronymic ("Vladimirovich", "Grigoryevna", "Mykolaiovych"). */
const ADDRESS_PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ovych|evych|ovich|evich|ovna|evna|ivna|ichna|ich)$/u;
/** Where a sentence or a paragraph starts, right before a word. */
const SENTENCE_START = /(?:^|[.!?]["”’]? |\n)$/;
/** A legal form right after a firm's name ("Globex Holdings", "Globex Corp."). */
const FIRM_FORM_AFTER = /^ (?:Holdings|Group|Corporation|Corp\.?|Inc\.?|Co\.|Ltd\.?|PLC|plc|LLC|AG|SA|SE|NV|GmbH)(?![\p{L}\p{N}])/u;
/** "the U.S.-Freedonia ": two states joined by a hyphen, one of them abbreviated with periods, right before a name. */
const STATES_COMPOUND_BEFORE = /(?:^|[^\p{L}\p{N}.])((?:\p{Lu}\.){2,}[-–]\p{Lu}[\p{L}.]*|\p{Lu}[\p{L}]*[-–](?:\p{Lu}\.){2,}) $/u;
/** Heads that give a firm's legal form, not a unit of it. */
const LEGAL_FORM = /^(?:Corporation|Corp\.|Inc\.|PLC|Ltd|LLC|Holdings|Group|Company|Concern)$/;
/** "American Exploration and ": a demonym and a word joined by "and" to the next, opening a body's name. */
const DEMONYM_AND_BEFORE = /(?:^|[^\p{L}.])((\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+) and $/u;
/** A capitalised word inside a sentence and a preposition right before a name: the name goes on to the left. */
const FRAGMENT_BEFORE = /[\p{L}’'] (?!(?:The|A|An|In|Of|For|And)\s)\p{Lu}[\p{L}\-]+ (?:in|of) $/u;
const AND_NAME_BEFORE = /(?:^|[^\p{L}])(?:the|The|U\.S\.|US|UK|U\.K\.) ((?:\p{Lu}\p{Ll}+ ){0,2}\p{Lu}\p{Ll}+) and $/u;
const PLURAL_HEADS = new Set(PLURAL_TITLE_HEADS.split(" "));
/** The room named like an office where remarks are given, often their dateline: a place, not a body. */
const ROOMS = /^Oval Office$/;
// What an institution's name ends with after its head ("Ministry of Foreign Affairs, Trade and
// Development"). ", and" ends it, as the next item of a list does ("Director of the Office of
// Lending, and Jane Roe, …"), and so does a date ("… Council of Europe on Monday").
const NOT_DATE = `(?!(?:${WEEKDAYS}|${MONTHS})(?![\\p{L}]))`;
// An acronym right after the tail is a unit's own, no word of the name ("the Lakeland Police of Freedonia KORD"),
// and a word cut off in speech ("Office of Management Budg- — and Budget") ends it.
// In the tail, a comma before a person's title ends the body's name: "A, Deputy Head of the Office of
// the President, Secretary of the Board of …" (rule actor.institution).
const ORG_TAIL_Y = new RegExp(String.raw`(?:of|for|on) (?:the )?${NOT_DATE}[\p{Lu}][\p{L}\-]*\p{L}(?![\p{L}\-])(?:(?:(?:,(?! [\p{Lu}][\p{L}]*\.)(?! (?:[\p{Lu}][\p{L}\-]* ){0,2}(?:Secretary|Head|Chair|Chairman|Chairwoman|Chairperson|Director|Minister|Adviser|Advisor|Commissioner|Representative|Ambassador|Envoy|Deputy|Governor|Mayor)(?![\p{L}]))| and| of| of the| for| on| under the) | (?!\p{Lu}{2,}(?![\p{L}\-])))${NOT_DATE}[\p{Lu}][\p{L}\-]*\p{L}(?![\p{L}\-])){0,6}`, "uy");
/** The words of a state's formal name before its short name ("Islamic Republic of ", "Kingdom of the "; not "Secretary of State of"). */
const FORMAL_STATE = /(?<![\p{L}\-])(?:(?:Arab|Islamic|Federal|Democratic|People['’]s|Socialist|Hashemite|Bolivarian|Plurinational|Co-operative|Cooperative|Federative|Oriental|United|Grand|Swiss|Lao|Kyrgyz|Slovak|Czech|Hellenic|Italian|French|Portuguese|Argentine|Syrian|Lebanese|Togolese|Gabonese|Islamic) ){0,2}(?:Republic|Kingdom|(?<!of )State|Sultanate|Emirate|Duchy|Principality|Commonwealth|Confederation|Federation) of (?:the )?$/u;
// A form of address before a surname: "Dr. Roe", "Mrs Roe".
const ADDRESS_BEFORE = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Madam)\.? $/u;
const MR_BEFORE = /(?:^|[^\p{L}])Mr\.? $/u;
const HONORIFIC_BEFORE = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.? $/u;

/** A plural title held by one of the people it names: "Senior Directors" → "Senior Director". */
function singularTitle(title: string | null, head: string): string | null {
  if (!title || !PLURAL_HEADS.has(head)) return title;
  const one = head.replace(/ies$/, "y").replace(/men$/, "man").replace(/(?<!ie)s$/, "");
  return title.replace(new RegExp(`(?<![\\p{L}])${head}(?![\\p{L}])`, "u"), one);
}
const COORDINATED = /(?:, and |, | and )((?:[\p{Lu}][\p{L}\p{M}'’\-]+|[\p{Lu}]\.)(?: (?:[\p{Lu}][\p{L}\p{M}'’\-]+|[\p{Lu}]\.)){0,2})(?![\p{L}])/uy;

/** Names coordinated after the name that ends at `pos` ("…Roe, Doe and Poe"). */
function coordinatedNames(text: string, pos: number): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  COORDINATED.lastIndex = pos;
  let m: RegExpExecArray | null;
  while (out.length < 8 && (m = COORDINATED.exec(text))) {
    const start = m.index + m[0].length - m[1].length;
    const name = m[1].replace(/[’']s$/, "");
    out.push({ start, end: start + name.length, text: name });
    if (name !== m[1] || m[0].startsWith(", and ") || m[0].startsWith(" and ")) break;
  }
  return out;
}

// Role words in either case: "Jane Roe, the First Deputy Head of …", "Jane Roe, White House Domestic Policy Advisor,".
const ROLE_AFTER = new RegExp(
  String.raw`((?:[\p{L}\-]+(?:[’']s)? |(?:\p{Lu}\.)+ ){0,7}?(?:${[...new Set(APPOSITION_PERSON_HEADS)].map((w) => w.replace(/^([a-z])/, (c) => `[${c}${c.toUpperCase()}]`)).join("|")}|${PERSON_NOUN_ENDING})\b[^,.;\n]{0,80})`,
  "uy",
);

/** Cues whose role, set off by commas beside the name, says a person is named. */
const ROLE_CUES: ReadonlySet<KnownRule> = new Set(["actor.apposition", "actor.apposed-name", "actor.role-comma-name"]);

/** How many words after a title head are read for the name at the end of its chain. */
const TITLE_WINDOW = 16;
// "to" links a title to its post: "Ambassador to the United Kingdom Jane Roe", "Adviser to the President Jane Roe".
const CONNECT = new Set(["of", "the", "for", "on", "in", "de", "and", "to"]);

/**
 * The role a title gives: forms of address are no role ("Mr", "Ms Roe"), and a role does not
 * end in a connecting word cut from what followed it ("Head of the").
 */
export function roleOfTitle(title: string): string | null {
  const words = title.split(/\s+/).filter((w) => w && !HONORIFICS.has(w));
  while (words.length && (CONNECT.has(words[words.length - 1]) || /^(?:a|an|to|at|by|with)$/.test(words[words.length - 1]))) words.pop();
  return words.length ? words.join(" ").replace(/[,;:]$/, "") : null;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const letterOrDigitAt = (text: string, i: number) => i < text.length && LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
const LETTER_OR_DIGIT_ENDS = /[\p{L}\p{N}]$/u;

/**
 * Adds every standalone occurrence of a person's surname (not inside a longer word; not
 * covered by another mention) to the person. A surname starts where a run of letters and digits
 * starts, and that run is the surname's first run: each first run is searched for once (indexOf),
 * for all the surnames that open with it.
 */
function addSurnameMentions(text: string, people: Iterable<Actor>, covered: (s: number, e: number) => boolean): void {
  const byFirstRun = new Map<string, Array<{ a: Actor; sur: string; next: number }>>();
  for (const a of people) {
    const sur = a.name.split(" ").pop()!;
    // A one-word name ("Senator Brandt", "Halina, 75,") is found again alone when it is long enough
    // not to be some other word.
    if (sur.length < (a.name.includes(" ") ? 3 : 4)) continue;
    const first = /^[\p{L}\p{N}]+/u.exec(sur);
    // One-word names are few and rare in the text: a search of their own costs less than the scan.
    if (!first || !a.name.includes(" ")) {
      addSurnameMentionsOf(text, a, sur, covered);
      continue;
    }
    const list = byFirstRun.get(first[0]);
    const entry = { a, sur, next: 0 };
    if (list) list.push(entry);
    else byFirstRun.set(first[0], [entry]);
  }
  // Each first run's standalone occurrences (indexOf), in text order: what a scan of every run of
  // letters and digits would find, its lists being independent of one another.
  for (const [run, list] of byFirstRun) {
    for (let s = text.indexOf(run); s >= 0; s = text.indexOf(run, s + 1)) {
      if ((s > 0 && LETTER_OR_DIGIT_ENDS.test(text.slice(Math.max(0, s - 2), s))) || letterOrDigitAt(text, s + run.length)) continue;
      surnamesAt(text, s, list, covered);
    }
  }
}

/** The surnames of `list` standing at `s`, the start of a run of letters and digits. */
function surnamesAt(text: string, s: number, list: Array<{ a: Actor; sur: string; next: number }>, covered: (s: number, e: number) => boolean): void {
  const bySur = new Map<string, Actor[]>();
  for (const p of list) {
    const e = s + p.sur.length;
    // A match resumes after the previous one, as a global regex would.
    if (s < p.next || !text.startsWith(p.sur, s) || letterOrDigitAt(text, e)) continue;
    p.next = e;
    if (covered(s, e)) continue;
    const same = bySur.get(p.sur);
    if (same) same.push(p.a);
    else bySur.set(p.sur, [p.a]);
  }
  // "Roe said" where Jane Roe and Tom Roe are both named (namesake-choice.ts).
  for (const [sur, people] of bySur) {
    const a = people.length > 1 ? (surnameOwner(people, s, text) ?? people[0]) : people[0];
    a.surfaces.add(sur);
    a.mentions.push({ start: s, end: s + sur.length, actor: -1, text: sur, rule: "actor.surname" });
  }
}

/**
 * Whether two names of one surname have different given names ("Jane Roe", "Tom Roe"), not two
 * forms of one ("Alex"/"Alexander", "Joe"/"Joseph", an initial, a middle name added).
 */
export function otherGivenName(a: string, b: string): boolean {
  const wa = a.split(" "), wb = b.split(" ");
  if (wa.length < 2 || wb.length < 2) return false;
  // "Van Roe" in "Jane Van Roe": the shorter name ends the longer.
  const [short_, long_] = wa.length <= wb.length ? [a, b] : [b, a];
  if (long_.endsWith(" " + short_)) return false;
  const ga = tokenKey(wa[0]), gb = tokenKey(wb[0]);
  if (ga.length < 2 || gb.length < 2 || /\.$/.test(wa[0]) || /\.$/.test(wb[0])) return false;
  if (ga === gb) return false;
  // "Mark Roe" and "Mary Roe", "Paul Roe" and "Paula Roe": given names of the two genders are two people.
  const fa = nameGender(wa[0]), fb = nameGender(wb[0]);
  if (fa && fb && fa !== fb) return true;
  if (ga.startsWith(gb) || gb.startsWith(ga)) return false;
  const short = ga.length <= gb.length ? ga : gb;
  return !(short.length <= 4 && ga.slice(0, 2) === gb.slice(0, 2));
}

/**
 * A word that is a given name before a surname: a known given name, not a title, a form of address,
 * a particle or a common word. Unknown words are left out: firms carry their founders' names
 * ("Goldman Sachs" beside a "Jane Sachs").
 */
function namesakeWord(w: string, reg: Registry): boolean {
  return loadGivenNames().has(w) && !STOP_CAPS.has(w) && !TITLE_WORDS.has(w) && !HONORIFICS.has(w) && !TITLE_HEADS.has(w) && !NAME_PARTICLES.has(w.toLowerCase()) && surnameWord(w, reg);
}

const WORD_PAIR = /(?<![\p{L}.’'\-])(\p{Lu}\p{Ll}{2,}) (?=(\p{Lu}[\p{L}’'\-]*)(?![\p{L}]))/uy;

/**
 * The matches of WORD_PAIR (as a global search would give them, in text order) whose second word
 * starts with one of `words`: tried only in the word before each occurrence of one (indexOf),
 * not at every capital of the text.
 */
function wordPairsBefore(text: string, words: Iterable<string>): RegExpExecArray[] {
  const at = new Map<number, RegExpExecArray>();
  for (const w of words) {
    for (let q = text.indexOf(w, 1); q >= 0; q = text.indexOf(w, q + 1)) {
      if (text.charCodeAt(q - 1) !== 32) continue;
      // The first word runs from a capital to the blank: letters only (beyond ASCII, any character).
      let p = q - 1;
      while (p > 0 && isWordUnit(text.charCodeAt(p - 1))) p--;
      for (; p < q - 1; p++) {
        if (at.has(p)) break;
        const c = text.charCodeAt(p);
        if (!(c >= 128 || (c >= 65 && c <= 90)) || (c >= 0xdc00 && c <= 0xdfff && (text.charCodeAt(p - 1) & 0xfc00) === 0xd800)) continue;
        WORD_PAIR.lastIndex = p;
        const m = WORD_PAIR.exec(text);
        if (m) {
          at.set(p, m);
          break;
        }
      }
    }
  }
  return [...at.keys()].sort((a, b) => a - b).map((p) => at.get(p)!);
}
const isWordUnit = (c: number) => c >= 128 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * People named "Given Surname" where Surname is a discovered person's, at places no candidate
 * covers: "Roe thanked Tom Roe" after "Jane Roe" is Tom Roe, not a surname mention of Jane Roe,
 * and a repeated "Tom Roe" is Tom Roe wherever no rule found it.
 */
function namesakes(text: string, kept: readonly Candidate[], reg: Registry): Candidate[] {
  const given = new Map<string, Set<string>>();
  for (const c of kept) {
    if (c.kind !== "PERSON" || c.entry || !c.name) continue;
    const words = c.name.split(" ");
    if (words.length < 2 || words[words.length - 1].length < 3) continue;
    const sur = words[words.length - 1];
    const set = given.get(sur) ?? new Set<string>();
    set.add(words[0]);
    given.set(sur, set);
  }
  if (!given.size) return [];
  const spans = kept.map((c) => [c.start, c.end] as const);
  const out: Candidate[] = [];
  for (const m of wordPairsBefore(text, given.keys())) {
    const forms = given.get(m[2]);
    if (!forms) continue;
    const end = m.index! + m[1].length + 1 + m[2].length;
    // A repeated name needs a mention of its own only where its surname is shared.
    if (overlapsAny(spans, m.index!, end) || (forms.has(m[1]) ? forms.size < 2 : !namesakeWord(m[1], reg))) continue;
    out.push({ start: m.index!, end, kind: "PERSON", name: text.slice(m.index!, end), priority: 2, rule: "actor.namesake" });
  }
  return out;
}


/**
 * "Natalia said" after "Natalia Roe": news features go on to call the people they meet by their
 * given name. A known given name alone, after the person's first mention, is that person when
 * no other person of the document has that given name or that surname, and no capitalised word
 * follows it (another full name).
 */
function addGivenNameMentions(text: string, actors: readonly Actor[], reg: Registry, covered: (s: number, e: number) => boolean): void {
  const byGiven = new Map<string, Actor | null>();
  const surnames = new Set<string>();
  for (const a of actors) {
    if (a.kind !== "PERSON") continue;
    const words = a.name.split(" ");
    surnames.add(words[words.length - 1]);
    if (a.fromRegistry || words.length < 2) continue;
    const g = words[0];
    // The first word of a name found in full is its given name, or, written surname first, its
    // surname ("Zhang Wei"): either way it is this person's, unless it is some other word too.
    if (g.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(g) || GIVEN_NAME_EXCLUDED.has(g) || isCommonWord(g) || reg.root.next.get(tokenKey(g))?.hits.length || reg.demonyms.has(g)) continue;
    byGiven.set(g, byGiven.has(g) ? null : a);
  }
  for (const [g, a] of byGiven) {
    if (!a || surnames.has(g)) continue;
    const first = a.mentions.reduce((lo, m) => Math.min(lo, m.start), Infinity);
    for (let s = text.indexOf(g, first + 1); s >= 0; s = text.indexOf(g, s + 1)) {
      const e = s + g.length;
      if (letterOrDigitAt(text, e) || (s > 0 && LETTER_OR_DIGIT.test(text[s - 1])) || covered(s, e)) continue;
      if (/^(?:[’']s)? \p{Lu}/u.test(text.slice(e, e + 4)) || /(?:^|[^\p{L}])\p{Lu}\p{L}*\.? $/u.test(text.slice(Math.max(0, s - 20), s)) && !/[.!?] $/.test(text.slice(s - 2, s))) continue;
      if (a.mentions.some((m) => m.start <= s && m.end >= e)) continue;
      a.surfaces.add(g);
      a.mentions.push({ start: s, end: e, actor: -1, text: g, rule: "actor.given-mention" });
    }
  }
}

const AND_SURNAME_AFTER = /^ and (\p{Lu}[\p{L}’'\-]*\p{Ll})(?![\p{L}\p{N}])(?! \p{Lu})/u;
const AND_SURNAME_BEFORE = /(?:^|[^\p{L}.’'\-] ?)(\p{Lu}[\p{L}’'\-]*\p{Ll}) and $/u;


/**
 * "chaired by Roe and Kessler", "Kessler and Roe met": a surname-shaped word coordinated with a
 * later surname-only mention of a person is another person's surname. It becomes a person of its own,
 * found again wherever it stands alone.
 */
function coordinatedSurnames(text: string, actors: readonly Actor[], reg: Registry, covered: (s: number, e: number) => boolean): Actor[] {
  const out: Actor[] = [];
  const known = new Set(actors.map((a) => a.name));
  for (const a of actors) {
    if (a.kind !== "PERSON") continue;
    const first = a.mentions.reduce((lo, x) => Math.min(lo, x.start), Infinity);
    for (const m of a.mentions) {
      // Only a later mention: the writer names people by surname once they are introduced.
      const andAfter = text.startsWith(" and ", m.end);
      if ((!andAfter && !text.startsWith(" and ", m.start - 5)) || m.start === first || text.slice(m.start, m.end).includes(" ")) continue;
      const after = andAfter ? AND_SURNAME_AFTER.exec(text.slice(m.end, m.end + 40)) : null;
      const before = after ? null : AND_SURNAME_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
      const w = after?.[1] ?? before?.[1];
      // A surname is a capital and lowercase letters: not an acronym's plural ("Johnson and CEOs").
      if (!w || w.length < 3 || known.has(w) || !/^\p{Lu}\p{Ll}/u.test(w)) continue;
      const s = after ? m.end + 5 : m.start - 5 - w.length;
      if (covered(s, s + w.length) || groupPlural(w, reg) || isCommonWord(w) || STOP_CAPS.has(w) || TITLE_WORDS.has(w) || reg.demonyms.has(w) || reg.root.next.get(tokenKey(w))?.hits.length || !checkPersonName(w, reg).ok) continue;
      const p: Actor = { key: "P:" + tokenKey(w), name: w, kind: "PERSON", surfaces: new Set([w]), role: null, affiliation: null, mentions: [], fromRegistry: false };
      addSurnameMentionsOf(text, p, w, (x, y) => covered(x, y) || actors.some((b) => b.mentions.some((bm) => bm.start < y && x < bm.end)));
      for (const pm of p.mentions) pm.rule = "actor.coordinated-surname";
      if (!p.mentions.length) continue;
      known.add(w);
      out.push(p);
    }
  }
  return out;
}

/** The same for one surname that does not start with a letter or digit, or a one-word name, by a search of its own. */
function addSurnameMentionsOf(text: string, a: Actor, sur: string, covered: (s: number, e: number) => boolean): void {
  for (let s = text.indexOf(sur); s >= 0; s = text.indexOf(sur, s + 1)) {
    const e = s + sur.length;
    if (letterOrDigitAt(text, e) || (s > 0 && LETTER_OR_DIGIT.test(text[s - 1])) || covered(s, e)) continue;
    a.surfaces.add(sur);
    a.mentions.push({ start: s, end: e, actor: -1, text: sur, rule: "actor.surname" });
    s = e - 1;
  }
}

// The cues of the person rules below, compiled once at load. Each search starts from its literal
// cue and reads the name backwards or forwards, so the text is scanned once per cue instead of at
// every capital.
const NAME_AFTER = /((?:[\p{Lu}][\p{L}\p{M}'’\-]+ ){1,2}[\p{Lu}][\p{L}\p{M}'’\-]+)(?![\p{L}])/uy;
// Without an article the role must close with a comma: "Jane Roe, chief economist at Bank X, said".
const APPOS_CUE = /, (?:(?:a|an|the) |(?=\p{L}))/gu;
const SAID_CUE = new RegExp(`(?<![\\p{L}])(?:said|says|added|according to) (?:(?:${LOWER_HEADS}|expert|official|lawmaker) )?(?=\\p{Lu})`, "gu");
const NAME_SAID_CUE = new RegExp(` (?:${NAME_VERBS})(?![\\p{L}])`, "gu");
const APPOSED_CUE = new RegExp(`, (?:${NAME_VERBS})(?![\\p{L}])`, "gu");
// Role nouns are ASCII: a regex without the "u" flag scans faster.
const ROLE_COMMA_CUE = /[a-z\-], (?=[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F])/g;
// A capitalised title and what it is of, set off by a comma before the name: "the Prime Minister
// of Freedonia, Jane Roe,", "Freedonia's Foreign Minister, Jane Roe.". The head is checked against TITLE_HEADS.
// Not a title that is another title's object ("the Adviser to the Minister of Energy, Jane Roe": she is the adviser).
const TITLE_COMMA_BEFORE = /(?:^|[^\p{L}])(?<!(?:^|[^\p{L}])(?:to|of|for) )(?:[Tt]he|\p{Lu}[\p{L}.]*[’']s) ((?:\p{Lu}[\p{L}\-]* ){0,3}?(\p{Lu}[\p{L}\-]*)(?: (?:of|for) (?:the )?(?:\p{Lu}[\p{L}\-]*)(?:(?: and| of)? \p{Lu}[\p{L}\-]*){0,3})?)$/u;

// The institution rule's words, compiled once at load.
const FUNCTION_CAPS = /^(?:The|A|An|In|On|At|By|For|From|To|Of|And|But|With|As|If|When|While|After|Before|This|That|Its|Their|His|Her)$/;
// "Meanwhile Western Union said": a sentence adverb opening the sentence is no part of a name.
const SENTENCE_ADVERBS = /^(?:Meanwhile|However|Also|Still|Then|Thus|Therefore|Indeed|Moreover|Furthermore|Already|Later|Earlier|Today|Yesterday|Tomorrow|Now|Instead|Separately|Elsewhere|Overall|Finally|Yet|So|Similarly|Likewise|Nevertheless|Nonetheless)$/;
// Not a numbered congress, a gathering ("the 10th Congress of the Lakeland Society").
const CONGRESS_OF = /(?<![\p{L}])(?<!(?:\d(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|World|International|Annual) )Congress(?= of (?:the )?\p{Lu})/gu;
const ORG_HEAD = guarded(new RegExp(`(?<![\\p{L}])(?:${ORG_SUFFIX})(?![\\p{L}])`, "gu"));
/** Surnames alone before a reporting verb looked up in full per document (actor.surname-speaker). */
const MAX_SURNAME_LOOKUPS = 48;
/** Heads whose body is named by an "of"/"for"/"on" tail ("Ministry of Foreign Affairs of Ukraine"). */
const TAILED_HEADS = /^(?:Congress|Police|Coalition|Ministry|Department|Office|Commission|Committee|Council|Agency|Organization|Organisation|Court|Cabinet|Bureau|Bank|Assembly|Institute|Service|Chamber|Fund|Foundation|Association|Alliance|Center|Centre|Federation|Club)$/;
// A mission abroad is named with its place: "the Freedonian Embassy in Lakeville".
const MISSION_TAIL = /in (?:the )?[\p{Lu}][\p{L}\-]+(?: [\p{Lu}][\p{L}\-]+)?/uy;
const ADMIN = / [Aa]dministration(?![\p{L}])/gu;
const LEGISLATOR_ABBR = /^(?:Rep|Sen|Reps|Sens|Del|Gov)\.$/;
const COALITION_TO = new RegExp(String.raw`to(?: ${NOT_DATE}[\p{Lu}][\p{L}\-]+){1,5}`, "uy");
const PROGRAM_AFTER = /^(?: \(\p{Lu}{2,8}\))? program(?:me)?(?![\p{L}])/u;
// The second body: a head with its own tail, or two words or more before a head ("… and Advocacy
// Center" is the first body's unit, one name with it).
const JOINED_BODY = new RegExp(String.raw`(?:,| and) (?:the )?(?:(?:${ORG_SUFFIX}) (?:of|for|on) |(?:[\p{Lu}][\p{L}\-]+ ){2,3}(?:${ORG_SUFFIX})(?![\p{L}]))`, "u");
const PLACE_PREFIX = /^(?:New|North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh)$/;
const GLUED_AMP = /(?<![\p{L}\p{N}&])\p{Lu}{1,3}&$/u;
const BUILDING_AFTER = /^ (?:Building|Auditorium|Hall|Room|Theater|Theatre|Stadium|Arena|Plaza|Complex|Campus)(?![\p{L}])/u;
const PROMO_VERB_BEFORE = /(?:^|[^\p{L}])(?:JOIN|FOLLOW|CONTACT|SUPPORT|EMAIL|WRITE TO) $/u;
// "the Government of Freedonia", "the Freedonian Government": a state's government as a body.
const GOVERNMENT_OF = /(?<![\p{L}])Government of (?:the )?(?=\p{Lu})/gu;
// "the Freedonian Government", read at each " Government" from there back to the word before it
// (the same matches as the pattern run from the word on: at every capital of an article, it was a
// hundredth of the extraction time).
const DEMONYM_GOVERNMENT = /(?<=(?<![\p{L}\-])(\p{Lu}\p{Ll}+)) Government(?![\p{L}\-])(?! \p{Lu})/uy;

/** The matches, left to right and apart, of "Demonym Government" (DEMONYM_GOVERNMENT) in `text`. */
function* demonymGovernments(text: string): Generator<{ start: number; end: number; demonym: string }> {
  let from = 0;
  for (let q = text.indexOf(" Government"); q >= 0; q = text.indexOf(" Government", q + 1)) {
    DEMONYM_GOVERNMENT.lastIndex = q;
    const m = DEMONYM_GOVERNMENT.exec(text);
    // A match begins at the word; one that would begin inside the last is no match of a scan from its end.
    if (!m || q - m[1].length < from) continue;
    from = q + m[0].length;
    yield { start: q - m[1].length, end: from, demonym: m[1] };
  }
}
const CLUB_WORD_BEFORE = /(?<![\p{L}])(?:Real|Atl[eé]tico|Dynamo|Dinamo|Spartak|CSKA|Lokomotiv|Bayern|Inter|AC|FC|Olympique|Sporting|Hertha|Union|Slavia|Sparta|Legia|Ferencv[aá]ros|Crvena|Partizan|Rapid|Austria|Steaua|Levski|Shakhtar)\s+$/u;
// A word before a capitalised government that makes it part of a longer name or a heading.
const CAP_WORD_BEFORE = /(\p{Lu}[\p{L}.’'\-]*) $/u;
const PEOPLE = guarded(new RegExp(`(?<![\\p{L}])[Tt]he ([\\p{Lu}][\\p{L}]+)( (?:${STATE_SIDE_NOUNS}|government|authorities))?(?![\\p{L}])`, "gu"));

/** Title words that are also surnames, after a given name and an optional middle name ("Angus King", "Martin Luther King"). */
const TITLE_WORD_SURNAME = / (?:King|Bishop|Prince|Major|Judge|Dean|Baron|Duke|Earl|Knight|Marshal|Sheriff)(?![A-Za-z0-9\u00C0-\u024F’'\-])/g;
const BODY_MODIFIER = /\p{L}-(?:backed|based|funded|run|led|owned|affiliated|linked|aligned|sponsored|financed)$/u;
/** A lowercase role running into its name's reporting verb: "chief strategist at Northbank wrote". */
const ROLE_THEN_VERB = new RegExp(`^([^,.;:\\n“”"]{3,90}?) (?:${NAME_VERBS})(?![\\p{L}])`, "u");
const ROLE_AFTER_NOUN = /\b(?:strategist|economist|analyst|adviser|advisor|director|officer|executive|president|chairman|chairwoman|founder|co-founder|professor|fellow|spokes(?:man|woman|person)|manager|partner|researcher|head|chief)\b/;
const INSERTED_SAID = new RegExp(`^(?:(?:the|a|an) )?(?:[\\p{L}\\-]+ ){1,3}(?:${NAME_VERBS})(?![\\p{L}])`, "u");

/** A person named beside a cue (an apposition, a reporting verb, a role noun), before checks. */
interface CuedPerson {
  start: number;
  end: number;
  role: string | null;
  rule: KnownRule;
}

/**
 * The candidate mentions of one document, stage by stage in the order of the data flow: registry
 * names first (the discovery rules defer to them), then people and bodies no registry knows. The
 * registry's spans are kept here because every later stage asks whether they cover a span.
 */
class Candidates {
  readonly cands: Candidate[] = [];
  readonly titles: TitleSpan[] = [];
  /** What titles are of ("Head of the Republic of Mari El"): no other rule makes a person there. */
  private readonly titleObjects: Array<[number, number]> = [];
  /** Lowercase bodies holding the registry body they are part of ("the UN human rights office"). */
  readonly partNames = new Set<string>();
  /** Registry candidates, sorted and disjoint (binary search finds an overlap). */
  private regCands: Candidate[] = [];
  private regSpans: Array<readonly [number, number]> = [];
  private readonly regAt = new Map<number, Candidate>();
  private readonly regEndingAt = new Map<number, Candidate>();
  /** Per head word: whether the bare word is the short name of a body the text names with a tail. */
  private readonly tailedHeads = new Map<string, boolean>();
  /** People found before the title chains (a surname a chain cannot read as a name), by start. */
  private readonly foundAt = new Map<number, Candidate>();
  /** People whose surname is a country's one-word name ("Lisa Monaco"), by that surname. */
  private readonly countrySurnames = new Map<string, string>();

  constructor(
    readonly text: string,
    readonly reg: Registry,
  ) {}

  /** 1. Registry names. */
  registryNames(): void {
    let prior: { start: number; end: number; entry: RegistryEntry } | undefined;
    for (const m of matchRegistry(this.text, this.reg)) {
      const h = pickHit(m.hits);
      const c = this.registryCandidate(m, h, prior);
      prior = { start: m.start, end: m.end, entry: h.entry };
      if (c) this.cands.push(c);
    }
    for (const c of this.cands) this.regAt.set(c.start, c);
    this.regSpans = this.cands.map((c) => [c.start, c.end] as const);
    this.regCands = this.cands.slice();
    for (const c of this.regCands) this.regEndingAt.set(c.end, c);
  }

  /** Whether the text names a body "the <word> of <Name>" and no longer form of `entry` ("U.S. Congress"). */
  private shortForTailed(word: string, entry: RegistryEntry): boolean {
    let v = this.tailedHeads.get(word);
    if (v === undefined) {
      // Most documents never write "he <word> of ": a substring test spares compiling the pattern per word.
      const at = this.text.includes(`he ${word} of `) ? this.text.search(new RegExp(`(?<![\\p{L}])[Tt]he ${word} of (?:the )?\\p{Lu}`, "u")) : -1;
      v = at >= 0 && !entry.forms.some((f) => f.includes(" ") && this.text.includes(f));
      this.tailedHeads.set(word, v);
    }
    return v;
  }

  /** The candidate a registry match makes, read with the words around it; null when it names no actor there. */
  private registryCandidate(m: RegistryMatch, h: AliasHit, prior: { start: number; end: number; entry: RegistryEntry } | undefined): Candidate | null {
    const { text, reg } = this;
    const alts = h.short ? m.hits.filter((x) => x.short && x.entry.kind === "PERSON").map((x) => x.entry) : undefined;
    // "the Chancellery of the President of Poland", "the Belarusian People's Congress": a body's
    // one-word short name inside another body's name is not that body.
    if (h.entry.kind === "ORGANIZATION" && h.tokens.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(text.slice(m.start, m.end)) && insideOtherName(text, m.start, m.end, h.entry, reg)) return null;
    // "a meeting of the Congress of Local Authorities … the first meeting of the Congress": where the
    // text names another body by that head with its tail, and never the registry body by a longer
    // form, the bare head is that body's short name, not the registry's (rule actor.institution).
    if (h.entry.kind === "ORGANIZATION" && h.tokens.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(text.slice(m.start, m.end)) && this.shortForTailed(text.slice(m.start, m.end), h.entry)) return null;
    // "JOIN US ON TELEGRAM!": an outlet's shouted call to readers, where "US" is the pronoun.
    if (h.entry.kind === "COUNTRY" && text.startsWith("US", m.start) && m.end === m.start + 2 && PROMO_VERB_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return null;
    // "Dr. Jordan", "Mr. Georgia": after a form of address a one-word place is a person's surname.
    if (h.entry.kind === "COUNTRY" && /[.rsnpv] $/.test(text.slice(m.start - 2, m.start)) && !/\s/.test(text.slice(m.start, m.end)) && HONORIFIC_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start))) {
      return { start: m.start, end: m.end, kind: "PERSON", name: text.slice(m.start, m.end), priority: 3, rule: "actor.title-name" };
    }
    // "Real Madrid", "Dynamo Kyiv": a capital after a sports club's word names the club, not the state (rule actor.club-capital).
    if (h.entry.kind === "COUNTRY" && h.capital && CLUB_WORD_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return null;
    // (A capital's name too: "Joey Berlin" is a person, not Germany.)
    const surnamed = h.entry.kind === "COUNTRY" && !(h.capital && /\b(?:in|at|to|from|into|near|outside|of)\s+$/.test(text.slice(Math.max(0, m.start - 8), m.start))) ? this.countrySurname(m.start, m.end) : null;
    if (surnamed) {
      const c: Candidate = { start: surnamed.start, end: m.end, kind: "PERSON", name: surnamed.name, priority: 3, rule: "actor.country-surname" };
      this.foundAt.set(c.start, c);
      return c;
    }
    // "the Arab Republic of Egypt", "the Kingdom of Denmark": a state's formal name is one of its
    // names (the mention stays the short name, where the other stages look for it).
    const formal = h.entry.kind === "COUNTRY" && !h.capital && (text.startsWith(" of ", m.start - 4) || text.startsWith(" of the ", m.start - 8)) ? FORMAL_STATE.exec(text.slice(Math.max(0, m.start - 60), m.start)) : null;
    let style = formal ? text.slice(m.start - formal[0].length, m.end) : undefined;
    const national = h.entry.kind === "ORGANIZATION" ? this.nationalBody(m, h, prior) : null;
    if (national) return national;
    // "the Ukrainian President's Office": a body's country by its demonym before the body's name.
    if (h.entry.kind === "ORGANIZATION" && h.entry.affiliation && text[m.start - 1] === " ") {
      const dem = /(?:^|[^\p{L}])(\p{Lu}\p{L}+) $/u.exec(text.slice(Math.max(0, m.start - 30), m.start));
      if (dem && reg.demonyms.get(dem[1]) === h.entry.affiliation) style = text.slice(m.start - dem[1].length - 1, m.end);
      // "the US Senate" where the registry says "U.S. Senate": the country's name the document
      // writes before its own body is part of the body's name as the document gives it.
      else if (prior && prior.end === m.start - 1 && prior.entry.kind === "COUNTRY" && prior.entry.name === h.entry.affiliation) style = text.slice(prior.start, m.end);
    }
    // "Globex Holdings", "Globex Inc.": a listed firm's name with its legal form is one of its names.
    if (!style && h.entry.business) {
      const form = FIRM_FORM_AFTER.exec(text.slice(m.end, m.end + 14));
      if (form) style = text.slice(m.start, m.end + form[0].length);
    }
    // "Prime Minister Kishida Fumio": a registry person's surname before the given name, in the
    // order of the person's own language, is the full name.
    const given = h.short && h.entry.kind === "PERSON" ? surnameFirst(text, m.end, h.entry) : 0;
    return { start: m.start, end: m.end + given, kind: h.entry.kind, entry: h.entry, short: h.short && !given, alts, capital: h.capital, priority: 3, rule: "actor.registry", style };
  }

  /**
   * "Deputy Attorney General Lisa Monaco", "Michael Jordan": a country's one-word name right after
   * a known given name, no capitalised word after it, is that person's surname; the surname alone
   * later in the text is the same person ("Monaco said"). The person's name and where it starts,
   * or null.
   */
  private countrySurname(start: number, end: number): { start: number; name: string } | null {
    const text = this.text;
    const word = text.slice(start, end);
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || /^ \p{Lu}/u.test(text.slice(end, end + 2))) return null;
    const known = this.countrySurnames.get(word);
    if (known) return { start, name: known };
    if (text[start - 1] !== " ") return null;
    const g = /(?:^|[^\p{L}\p{N}.’'\-])(\p{Lu}\p{Ll}+)$/u.exec(text.slice(Math.max(0, start - 21), start - 1));
    if (!g || !knownGivenName(g[1]) || STOP_CAPS.has(g[1]) || TITLE_WORDS.has(g[1]) || this.reg.root.next.get(tokenKey(g[1]))?.hits.length) return null;
    // "in Kaiser Germany", "at Congregation Beth Israel": a place after a preposition of place, or
    // the end of a longer name (a capitalised word before it that is no title).
    const before = /(\S+) $/.exec(text.slice(Math.max(0, start - g[1].length - 30), start - g[1].length - 1))?.[1] ?? "";
    if (/^(?:in|at|into|across|throughout)$/.test(before) || (/^\p{Lu}\p{Ll}+$/u.test(before) && !TITLE_WORDS.has(before) && !TITLE_HEADS.has(before) && !STOP_CAPS.has(before))) return null;
    const name = `${g[1]} ${word}`;
    this.countrySurnames.set(word, name);
    return { start: start - 1 - g[1].length, name };
  }

  /**
   * "the British Red Cross", "the Freedonian Olympic Committee": a country's demonym before the
   * name an international body shares with its national ones names that country's own body, not
   * the international one. Only names of two or more words, not acronyms and not firms ("Russian
   * Rosneft", "Ukrainian NATO membership").
   */
  private nationalBody(m: RegistryMatch, h: AliasHit, prior: { end: number } | undefined): Candidate | null {
    const { text, reg } = this;
    if (h.entry.affiliation || h.entry.business || h.short || text[m.start - 1] !== " " || h.tokens.length < 2) return null;
    const body = text.slice(m.start, m.end);
    if (!/^(?:\p{Lu}\p{Ll}+ )+\p{Lu}\p{Ll}+$/u.test(body)) return null;
    const dem = /(?:^|[^\p{L}\-])(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, m.start - 30), m.start));
    const country = dem ? reg.demonyms.get(dem[1]) : undefined;
    const start = m.start - 1 - (dem?.[1].length ?? 0);
    if (!country || reg.byName.get(country)?.kind !== "COUNTRY" || (prior && prior.end > start)) return null;
    return { start, end: m.end, kind: "ORGANIZATION", name: text.slice(start, m.end), affiliation: country, priority: 3, rule: "actor.national-body" };
  }

  /** Whether a registry candidate overlaps [s, e). */
  registryCover(s: number, e: number): boolean {
    return overlapsAny(this.regSpans, s, e);
  }

  /** Registry candidates overlapping [s, e), by binary search. */
  private registryIn(s: number, e: number): Candidate[] {
    const out: Candidate[] = [];
    const regCands = this.regCands;
    for (let i = firstIndex(regCands, (c) => c.end <= s); i < regCands.length && regCands[i].start < e; i++) out.push(regCands[i]);
    return out;
  }

  /**
   * Whether [s, e) holds a registry person's short form ending it, after words of a name that is
   * not that person's: "Jan Kim" is not Kim Jong Un, but "Joseph Biden" is Joe Biden (given names
   * that open alike are one person's).
   */
  private registryShortInside(s: number, e: number): boolean {
    const inner = this.registryIn(s, e);
    if (inner.length !== 1) return false;
    const c = inner[0];
    // "Campbell Roe, a senior analyst": a registry person's surname opening a longer name is
    // another person's given name.
    if (c.short && c.entry?.kind === "PERSON" && c.start === s && c.end < e && /^ \p{Lu}/u.test(this.text.slice(c.end, c.end + 2))) return true;
    if (!c.short || c.entry?.kind !== "PERSON" || c.start <= s || c.end !== e) return false;
    const lead = tokenKey(this.text.slice(s, c.start).trim().split(" ")[0]).slice(0, 2);
    return !c.entry.forms.some((f) => tokenKey(f).startsWith(lead));
  }

  /**
   * The priority of a person discovered at [s, e): above the registry's when it holds a registry
   * person's short form as another person's surname, below it otherwise; null where the registry
   * already covers the span.
   */
  private discoveredPriority(s: number, e: number): 2 | 4 | null {
    return this.registryShortInside(s, e) ? 4 : this.registryCover(s, e) ? null : 2;
  }

  private titleObjectAt(s: number, e: number): boolean {
    return this.titleObjects.some(([a, b]) => a < e && s < b);
  }

  /**
   * 2. Titles before names: "Under Secretary of State Wendy Sherman", "Lt. Gen. Zaluzhny",
   * "President Emmanuel Macron of France", "national security adviser Jake Sullivan".
   */
  titleChains(): void {
    TITLE_HEAD_RE.lastIndex = 0;
    let hm: RegExpExecArray | null;
    while ((hm = TITLE_HEAD_RE.exec(this.text))) this.titleChain(hm.index, hm[0]);
  }

  /** A person found before the title chains whose name ends the chain's words. */
  private foundPersonEnding(toks: Tok[]): Candidate | undefined {
    const last = toks[toks.length - 1];
    for (let i = toks.length - 2; i >= 0 && i >= toks.length - 4; i--) {
      const c = this.foundAt.get(toks[i].start);
      if (c) return c.end === last.end ? c : undefined;
    }
    return undefined;
  }

  /**
   * "Sen. Angus King", "Dr. Martin Luther King Jr.": a title word right after a known given name (and
   * a middle name), no capitalised word after it, is a surname. Such a person is named again by the
   * full name only: the title word alone ("the King said") is too often the title.
   */
  titleWordSurnames(): void {
    const text = this.text;
    // Found from the title word (few in a text), then read back for the given name.
    TITLE_WORD_SURNAME.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TITLE_WORD_SURNAME.exec(text))) {
      const end = m.index + m[0].length;
      const words = capWordsBefore(text, m.index, 2);
      // "Minister John Major": without a given name first, the name may start at the second word.
      const start = words.length === 2 && this.givenBeforeTitleWord(words[0].text, words[1].text) ? words[0].start : words.length && this.givenBeforeTitleWord(words[words.length - 1].text, null) ? words[words.length - 1].start : -1;
      if (start < 0) continue;
      // "Jane King Roe", "Jane King of Lakeland", "Jane King Jr. Day": the title word is inside a longer
      // name, or a title; a generational suffix may follow.
      const after = text.slice(end, end + 16).replace(/^,? (?:Jr|Sr)\.?(?![\p{L}])/u, "");
      const next = /^ (\p{Lu}[\p{L}’']*|of )/u.exec(after)?.[1];
      // After "Jr." a sentence may start ("… King, Jr. And every year").
      if ((next && !(after !== text.slice(end, end + 16) && (FUNCTION_CAPS.test(next) || /^(?:He|She|It|We|They|I)$/.test(next)))) || this.registryCover(start, end)) continue;
      const c: Candidate = { start, end, kind: "PERSON", name: text.slice(start, end), priority: 2, rule: "actor.title-word-surname" };
      this.cands.push(c);
      this.foundAt.set(c.start, c);
    }
  }

  /** Whether `given` (and `middle`) can open a name that a title word ends: a known given name, no title, no place. */
  private givenBeforeTitleWord(given: string, middle: string | null): boolean {
    const reg = this.reg;
    if (!/^\p{Lu}\p{Ll}+$/u.test(given) || (middle !== null && !/^\p{Lu}\p{Ll}+$/u.test(middle))) return false;
    if (!knownGivenName(given) || TITLE_WORDS.has(given) || TITLE_HEADS.has(given) || STOP_CAPS.has(given)) return false;
    if (reg.root.next.get(tokenKey(given))?.hits.some((h) => h.entry.kind !== "PERSON" && h.tokens.length === 1)) return false;
    return middle === null || surnameWord(middle, reg) || knownGivenName(middle);
  }

  /** The chain that starts with the title head `head` at `at`: its title, and the person it names. */
  private titleChain(at: number, head: string): void {
    const text = this.text;
    const lowerHead = /^\p{Ll}/u.test(head);
    // A lowercase head introduces only a name right after it ("analyst Jane Roe"): most of its
    // occurrences ("the executive order") stop here, before the words to the right are read.
    if (lowerHead && !/^ \p{Lu}/u.test(text.slice(at + head.length, at + head.length + 2))) return;
    const toks = this.chainTokens(at + head.length);
    if (!toks) return;
    const affiliation = this.chainAffiliation(toks);
    // "Deputy Attorney General Lisa Monaco", "Sen. Angus King": a person whose surname is a country's
    // name or a title word is found already (actor.country-surname, actor.title-word-surname); the title is theirs.
    const surnamed = this.foundPersonEnding(toks);
    if (surnamed) {
      const ls = this.titleStart(at, lowerHead);
      const title = singularTitle(roleOfTitle(text.slice(ls, surnamed.start).trim().replace(/,$/, "")), head);
      this.titles.push({ start: ls, end: surnamed.start, nameStart: surnamed.start, nameEnd: surnamed.end, title, affiliation });
      return;
    }
    let k = this.chainNameStart(toks);
    // "Rep. August Roe", "Sen. Will Doe": after a legislator's abbreviated title, a given name that
    // is also a month or a word opens the two-word name.
    if (k === 1 && toks.length === 2 && legislatorWordName(head, `${toks[0].text} ${toks[1].text}`, this.reg)) k = 0;
    if (k < 0 || (lowerHead && k > 0)) return; // lowercase heads only directly before the name
    const nameToks = toks.slice(k);
    const nameStart = nameToks[0].start;
    let nameEnd = nameToks[nameToks.length - 1].end;
    if (/[’']s$/.test(nameToks[nameToks.length - 1].text)) nameEnd -= 2;
    const ls = this.titleStart(at, lowerHead);
    const title = singularTitle(roleOfTitle(text.slice(ls, nameStart).trim().replace(/,$/, "")), head);
    if (lowerHead && !/\p{Lu}/u.test(text.slice(nameStart, nameStart + 1))) return;
    this.titles.push({ start: ls, end: nameStart, nameStart, nameEnd, title, affiliation });
    // "Jane Roe Roe JanePresident of …": a name printed twice, the second time surname first
    // and glued to the next title, is the first rendering.
    nameEnd = nameStart + nameRunLength(text.slice(nameStart, nameEnd));
    if (!this.titledPerson(head, ls, nameStart, nameEnd, nameToks.length === 1, title, affiliation)) return;
    // "Senators Roe and Doe", "Senior Directors Jane Roe and John Doe": a plural title is each
    // coordinated name's.
    if (PLURAL_HEADS.has(head)) this.titledList(ls, nameStart, nameEnd, title);
  }

  /**
   * The words of a title chain after its head: capitalised words, numbers, particles and the
   * words that connect them; null when there are none or the chain runs past the window.
   */
  private chainTokens(from: number): Tok[] | null {
    const reg = this.reg;
    const right = wordsRight(this.text, from, TITLE_WINDOW);
    const toks: Tok[] = [];
    let i = 0;
    for (; i < right.length; i++) {
      const t = right[i];
      const w = t.text;
      if (/^\p{Lu}/u.test(w) || /^\d/.test(w) || NAME_PARTICLES.has(w) || PARTICLE_NAME.test(w)) {
        toks.push(t);
        // "Head of the President's Office Jane Roe": a title's possessive before its office goes on.
        if (/[’']s$/.test(w) && !(TITLE_HEADS.has(w.slice(0, -2)) && /^(?:Office|Administration)$/.test(right[i + 1]?.text ?? ""))) break;
        continue;
      }
      if (CONNECT.has(w)) {
        if (w === "and") {
          // "for European and Eurasian Affairs" continues a title; after a name, "and" ends it.
          // So does a policy area's common noun: "Mayor for Employment and Integration Jane Roe".
          // Not inside a registry name that spans it: "of Bosnia and Herzegovina Jane Roe".
          const within = toks.some((x) => (this.regAt.get(x.start)?.end ?? 0) > t.end);
          if (!within && (!toks.length || toks.some((x) => isNameLike(x.text, reg) && !isCommonWord(x.text)))) break;
        }
        // "President Jane Roe on the Freedonian side's initiative": after a full name, a
        // preposition of place or topic ends the chain.
        if (/^(?:on|in|at|to)$/.test(w) && toks.length >= 2 && toks.slice(-2).every((x, j) => (isNameLike(x.text, reg) && !isCommonWord(x.text)) || (j === 1 && pronounSurname(toks, toks.length - 1)))) break;
        toks.push(t);
        continue;
      }
      break;
    }
    // A chain that fills the whole window has its end, where the name would be, out of sight.
    if (i === TITLE_WINDOW) return null;
    while (toks.length && CONNECT.has(toks[toks.length - 1].text)) toks.pop();
    // "General Jane Roe Jr. of …": the suffix follows the name (and is added to its forms later).
    if (toks.length > 1 && /^(?:(?:Jr|Sr)\.?|II|III|IV)$/.test(toks[toks.length - 1].text)) toks.pop();
    return toks.length ? toks : null;
  }

  /**
   * A trailing "of Country" is an affiliation ("Prime Minister Mario Draghi of Italy"); it is cut
   * from the chain. The country's name may hold an "of" of its own ("Prime Minister Roe of the
   * Republic of Korea").
   */
  private chainAffiliation(toks: Tok[]): string | null {
    for (let ofIdx = 1; ofIdx < toks.length; ofIdx++) {
      if (toks[ofIdx].text !== "of" || !isNameLike(toks[ofIdx - 1].text, this.reg)) continue;
      const tail = toks.slice(ofIdx + 1).filter((t) => t.text !== "the");
      const c = tail.length ? this.bodyOpening(tail) : undefined;
      if (!c?.entry || c.entry.kind === "PERSON") continue;
      // "President Jane Roe of the Czech Republic on Monday": a preposition after the state ends
      // the chain there, as it would have after a name.
      const rest = tail.findIndex((t) => t.start >= c.end);
      if (rest >= 0 && !/^(?:on|in|at|to)$/.test(tail[rest].text)) continue;
      toks.length = ofIdx;
      return c.entry.name;
    }
    return null;
  }

  /**
   * The registry state or body whose name opens `tail`: its own name, or the state's formal name
   * around it ("the Republic of Fiji", where the registry's match is "Fiji").
   */
  private bodyOpening(tail: Tok[]): Candidate | undefined {
    const at = this.regAt.get(tail[0].start);
    if (at) return at;
    for (const t of tail.slice(1, 6)) {
      const c = this.regAt.get(t.start);
      if (c) return c.style && c.end - c.style.length === tail[0].start ? c : undefined;
    }
    return undefined;
  }

  /**
   * Where the person's name starts in a chain (its trailing name-like words, after any acronym in
   * brackets); -1 when the chain ends with what the title is of rather than a name. May cut a
   * trailing place from the chain.
   */
  private chainNameStart(toks: Tok[]): number {
    const { text, reg } = this;
    let k = nameStartIn(toks, reg);
    while (k < toks.length - 1 && text.slice(toks[k].end, toks[toks.length - 1].start).includes("(")) k++;
    // "… of Bosnia and Herzegovina Jane Roe": the last word of a registry name is no given name.
    // One word left after it is the registry name's tail ("of the Federal Reserve System"), no person.
    const k0 = k;
    while (k < toks.length && this.registryIn(toks[k].start, toks[k].end).some((c) => c.kind !== "PERSON" && c.start < toks[k].start && toks[k].end <= c.end)) k++;
    if (k > k0 && toks.length - k < 2) return -1;
    // "President Jane Roe in Lakeville": one word after a preposition that follows a full name is
    // the place, and the name is the one before it.
    // So is a state or a place after "of": "Sen. Jane Roe of Lakeland", "Rep. Jane Roe of New Lakeland".
    let prep = toks.length - 2;
    while (prep > k - 2 && prep >= 0 && !/^(?:in|at|on|of)$/.test(toks[prep].text)) prep--;
    const placeWords = toks.length - prep - 1;
    if (prep >= 2 && k > prep && (placeWords === 1 || (placeWords === 2 && toks[prep].text === "of")) && isNameLike(toks[prep - 1].text, reg) && isNameLike(toks[prep - 2].text, reg) && !CONNECT.has(toks[prep - 2].text)) {
      toks.length = prep;
      k = nameStartIn(toks, reg);
    }
    while (k < toks.length && NAME_PARTICLES.has(toks[k].text) && !/^(von|van|de|al|el)$/.test(toks[k].text)) k++;
    if (k >= toks.length) return -1;
    // "Governor of New Lakeland", "Judge for the First Circuit": one word after a compass word, "New"
    // or an ordinal ends a place's or a court's name, no person's.
    if (k > 0 && toks.length - k === 1 && PLACE_PREFIX.test(toks[k - 1].text)) {
      this.titleObjects.push([toks[k - 1].start, toks[k].end]);
      return -1;
    }
    if (toks.length - k >= 3 && k > 0 && /^(of|the)$/.test(toks[k - 1].text)) k++;
    // "President of Acme", "Head of the Catholic Church": a run right after a preposition or an
    // article is what the title is of, and the chain ends with no person's name.
    // So is a run after a number ("University of Lakeland 2 Northgate").
    // Unless policy-area words lead a full name there ("Minister for Digital Transformation Jane Roe").
    if (k > 0 && k < toks.length && (CONNECT.has(toks[k - 1].text) || /^\d/.test(toks[k - 1].text)) && !trimsToName(text.slice(toks[k].start, toks[toks.length - 1].end), reg)) {
      this.titleObjects.push([toks[k].start, toks[toks.length - 1].end]);
      return -1;
    }
    return k;
  }

  /**
   * Where a title starts: the head, and the capitalised (or, for lowercase heads, lowercase)
   * modifiers before it ("White House national security adviser").
   */
  private titleStart(at: number, lowerHead: boolean): number {
    const left = wordsLeft(this.text, at, 6);
    let ls = at;
    for (let i = left.length - 1; i >= 0; i--) {
      const w = left[i].text;
      if (/\.$/.test(w) && !/^(?:\p{Lu}\.)+$|^(?:Lt|Gen|Col|Adm|Maj|Capt|Sgt|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|St)\.$/u.test(w)) break;
      const ok = /^\p{Lu}/u.test(w) ? !STOP_CAPS.has(w) || TITLE_WORDS.has(w) : lowerHead ? /^(national|security|deputy|assistant|foreign|policy|defense|defence|senior|chief|press|top|former|special|principal|economic|military|presidential|then)$/.test(w) : /^(then|former)$/.test(w);
      if (!ok) break;
      ls = left[i].start;
    }
    return ls;
  }

  /**
   * The person a title chain names at [nameStart, nameEnd), with the title as role. False when
   * the words there are no person's name, which also ends the chain's list of names.
   */
  private titledPerson(head: string, ls: number, nameStart: number, nameEnd: number, oneWord: boolean, title: string | null, affiliation: string | null): boolean {
    // "Regional Governor Jan Kim": a registry person's short form ending a fuller name is
    // another person's surname, and the fuller name wins over it.
    const priority = this.discoveredPriority(nameStart, nameEnd);
    if (priority === null || /^(counterpart)$/i.test(head)) return true;
    const text = this.text;
    const raw = text.slice(nameStart, nameEnd);
    if (oneWord && STOP_CAPS.has(raw)) return false;
    let v = checkPersonName(raw, this.reg);
    if (!v.ok && (wordGivenName(raw, this.reg) || legislatorWordName(head, raw, this.reg) || chineseHe(raw, this.reg) || initialsName(raw, this.reg))) v = { ok: true, name: raw, offset: 0 };
    if (!v.ok) return false;
    // "the General Chernyakhovsky ferry", "the Admiral Kuznetsov aircraft carrier": a thing named after a person.
    if (NAMED_AFTER.test(text.slice(nameEnd, nameEnd + 40))) return false;
    const role = v.offset ? roleOfTitle(text.slice(ls, nameStart + v.offset).trim()) : title;
    this.cands.push({ start: nameStart + v.offset, end: nameEnd, kind: "PERSON", name: v.name, role, affiliation, priority, rule: "actor.title-name" });
    return true;
  }

  /** The names coordinated after the first name of a plural title, each with the title. */
  private titledList(ls: number, nameStart: number, nameEnd: number, title: string | null): void {
    for (const n of coordinatedNames(this.text, nameEnd)) {
      const priority = this.discoveredPriority(n.start, n.end);
      if (priority === null) continue;
      const v = checkPersonName(n.text, this.reg);
      if (!v.ok || v.offset) continue;
      this.titles.push({ start: ls, end: nameStart, nameStart: n.start, nameEnd: n.end, title, affiliation: null });
      this.cands.push({ start: n.start, end: n.end, kind: "PERSON", name: v.name, role: title, affiliation: null, priority, rule: "actor.title-list" });
    }
  }

  /**
   * 3. Appositions and attributions: "Mick Mulroy, a former U.S. deputy assistant secretary",
   * "said Mick Mulroy", "Jane Doe said", "the minister of defence, Jane Roe.".
   */
  cuedPeople(): void {
    const found: CuedPerson[] = [];
    const lone: Tok[] = [];
    this.appositions(found);
    this.saidNames(found);
    this.namesSaid(found, lone);
    this.apposedNames(found);
    this.roleCommaNames(found);
    // Last, so that a name another cue found keeps that cue's rule. Each lookup scans the text
    // before the surname: a few dozen are plenty for a real article (as in bare-names.ts).
    for (const w of lone.slice(0, MAX_SURNAME_LOOKUPS)) this.fullNameOfSurname(w, found);
    // After the other cues, which name what they find by their own rules.
    for (const n of attributedNames(this.text, this.reg, (w) => isNameLike(w, this.reg))) {
      // A cue's name holding a word only this rule takes ("Jun") gives way to it.
      const clash = found.findIndex((f) => f.start < n.end && n.start < f.end);
      if (clash >= 0 && this.text.slice(found[clash].start, found[clash].end).split(" ").every((w) => isNameLike(w, this.reg))) continue;
      if (clash >= 0) found.splice(clash, 1);
      found.push({ ...n, rule: "actor.attributed-name" });
    }
    for (const p of found) this.addCuedPerson(p);
  }

  /** "Jane Roe, a senior analyst at …", "Jane Roe, State Policy Advisor,": a name and its role after a comma. */
  private appositions(found: CuedPerson[]): void {
    const text = this.text;
    APPOS_CUE.lastIndex = 0;
    let am: RegExpExecArray | null;
    while ((am = APPOS_CUE.exec(text))) {
      // Without an article the role must close with a comma within reach, before any sentence end,
      // or run into the reporting verb whose subject the name is ("Jane Roe, chief strategist at
      // Northbank wrote in a note"), which ends it.
      let roleEnd = -1;
      if (am[0].length === 2) {
        const comma = text.indexOf(",", am.index + 2);
        if (comma < 0 || comma > am.index + 100 || text.slice(am.index + 2, comma).includes(".")) {
          const v = ROLE_THEN_VERB.exec(text.slice(am.index + 2, am.index + 102));
          if (!v) continue;
          roleEnd = am.index + 2 + v[1].length;
        }
      }
      const words = capWordsBefore(text, am.index, 3);
      if (words.length < 2) continue;
      if (roleEnd > 0) {
        const role = text.slice(am.index + 2, roleEnd);
        if (/^\p{Ll}/u.test(role) && ROLE_AFTER_NOUN.test(role)) found.push({ start: words[0].start, end: words[words.length - 1].end, role, rule: "actor.apposition" });
        continue;
      }
      ROLE_AFTER.lastIndex = am.index + 2;
      const r = ROLE_AFTER.exec(text);
      if (!r) continue;
      if (am[0].length === 2 && text[ROLE_AFTER.lastIndex] !== ",") continue;
      // "Main Street, the mayor said, …": a role noun followed by its verb is an inserted attribution, not an apposition;
      // "Jane Roe, of Lakeland, to be Ambassador": a nomination, whose words before the comma are the nominee's place.
      if (INSERTED_SAID.test(r[1]) || r[1].startsWith("to ")) continue;
      // "the Regulatory Plans, as required under Executive Order …": a clause, not a role.
      if (am[0].length === 2 && /^(?:as|if|when|while|under|with|by|in|on|at|for|from|because|although|which|that|and|or|but)\s/.test(r[1])) continue;
      // Without an article a capitalised role is a title, in title case throughout ("State Policy
      // Advisor"); "NBX president and CEO" is a company's officer, read by the speaker rules.
      if (am[0].length === 2 && /^\p{Lu}/u.test(r[1]) && r[1].split(" ").some((w) => /^\p{Ll}/u.test(w) && !CONNECT.has(w) && !/^(?:to|at|a|an)$/.test(w))) continue;
      found.push({ start: words[0].start, end: words[words.length - 1].end, role: r[1].trim(), rule: "actor.apposition" });
    }
  }

  /** "said Jane Roe", "according to analyst Jane Roe": a name after a reporting verb. */
  private saidNames(found: CuedPerson[]): void {
    SAID_CUE.lastIndex = 0;
    let am: RegExpExecArray | null;
    while ((am = SAID_CUE.exec(this.text))) {
      NAME_AFTER.lastIndex = am.index + am[0].length;
      const n = NAME_AFTER.exec(this.text);
      if (n && SEAT_HEADS.has(n[1].slice(n[1].lastIndexOf(" ") + 1))) this.cands.push({ start: n.index, end: n.index + n[1].length, kind: "ORGANIZATION", name: n[1], priority: 2, rule: "actor.seat-said" });
      else if (n) found.push({ start: n.index, end: n.index + n[1].length, role: null, rule: "actor.said-name" });
    }
  }

  /** "Jane Roe said", "Sophie said": a name before a reporting verb. */
  private namesSaid(found: CuedPerson[], lone: Tok[]): void {
    const { text, reg } = this;
    NAME_SAID_CUE.lastIndex = 0;
    let am: RegExpExecArray | null;
    while ((am = NAME_SAID_CUE.exec(text))) {
      let words = capWordsBefore(text, am.index, 3);
      // "Acme's Jane Roe said": the owner in the possessive is no part of the name.
      const owner = words.findIndex((w, i) => i < words.length - 1 && /[’']s$/.test(w.text));
      if (owner >= 0) words = words.slice(owner + 1);
      // "Once Jane Roe told me": a sentence adverb opening the run is no part of the name.
      if (words.length === 3 && STOP_CAPS.has(words[0].text)) words.shift();
      // "Sophie said": a known given name alone opening its sentence names a person.
      if (words.length === 1 && knownGivenName(words[0].text) && SENTENCE_START.test(text.slice(Math.max(0, words[0].start - 3), words[0].start)) && !reg.root.next.get(tokenKey(words[0].text))?.hits.length) {
        found.push({ start: words[0].start, end: words[0].end, role: null, rule: "actor.name-said" });
        continue;
      }
      if (words.length === 1) lone.push(words[0]);
      if (words.length < 2) continue;
      const s0 = words[0].start;
      if (s0 > 0 && /[.’']/.test(text[s0 - 1])) continue;
      const prevWord = /(\S+)\s*$/.exec(text.slice(Math.max(0, s0 - 20), s0))?.[1] ?? "";
      // "S&P Dow Jones Indices said": words after an acronym belong to a company's name.
      if (/^(the|a|an|of|The)$/.test(prevWord) || /&|^\p{Lu}{2,}$/u.test(prevWord)) continue;
      // "the government-backed Conflict Monitor said", "the Kyiv-based Lakeland Institute said": after
      // such a modifier the words are a body's name.
      if (BODY_MODIFIER.test(prevWord)) {
        this.cands.push({ start: s0, end: words[words.length - 1].end, kind: "ORGANIZATION", name: text.slice(s0, words[words.length - 1].end), priority: 2, rule: "actor.org-modifier" });
        continue;
      }
      // actor.seat-said: "Lakeland Palace said": a building that speaks speaks for the body it houses.
      if (SEAT_HEADS.has(words[words.length - 1].text)) {
        this.cands.push({ start: s0, end: words[words.length - 1].end, kind: "ORGANIZATION", name: text.slice(s0, words[words.length - 1].end), priority: 2, rule: "actor.seat-said" });
        continue;
      }
      found.push({ start: s0, end: words[words.length - 1].end, role: null, rule: "actor.name-said" });
    }
  }

  /**
   * "Jane Roe described Lakeland as …" then "“…,” Roe said": a surname alone before a reporting verb
   * points back to the full name written before it, which no other cue found (a given name the
   * list does not know). The full name is two or three name words ending with the surname, not
   * inside a longer run of capitalised words.
   */
  private fullNameOfSurname(w: Tok, found: CuedPerson[]): void {
    const { text, reg } = this;
    if (knownGivenName(w.text) || !isNameLike(w.text, reg) || reg.root.next.get(tokenKey(w.text))?.hits.length) return;
    const full = wordPattern("full-name", w.text, (sur) => `(?<![\\p{L}\\p{M}'’.&-])((?:[\\p{Lu}][\\p{L}\\p{M}'’-]+\\s){1,2})${sur}(?![\\p{L}\\p{M}'’-])`);
    const head = text.slice(0, w.start);
    for (const m of wordMatches(head, w.text, full, 2)) {
      const start = m.index;
      if (/\p{Lu}[\p{L}.]*\s$/u.test(text.slice(Math.max(0, start - 30), start))) continue;
      const names = m[1].trim().split(" ");
      if (names.some((n) => STOP_CAPS.has(n) || !isNameLike(n, reg))) continue;
      // A name before a comma has its apposition, which the rules for appositions read with its role.
      if (found.some((f) => f.start < start + m![0].length && start < f.end) || text[start + m[0].length] === ",") return;
      const words = m[0].split(/\s/);
      const lead = words.slice(0, words.length - fullNameWords(words).length).reduce((n, x) => n + x.length + 1, 0);
      found.push({ start: start + lead, end: start + m[0].length, role: null, rule: "actor.surname-speaker" });
      return;
    }
  }

  /** A name set off by commas before its verb: "the governor of the region, Jane Roe, announced". */
  private apposedNames(found: CuedPerson[]): void {
    const text = this.text;
    APPOSED_CUE.lastIndex = 0;
    let am: RegExpExecArray | null;
    while ((am = APPOSED_CUE.exec(text))) {
      const words = capWordsBefore(text, am.index, 3);
      if (words.length < 2 || text.slice(words[0].start - 2, words[0].start) !== ", ") continue;
      found.push({ start: words[0].start, end: words[words.length - 1].end, role: null, rule: "actor.apposed-name" });
    }
  }

  /** A role noun set off by a comma before the name: "the far-right candidate, Jane Roe." */
  private roleCommaNames(found: CuedPerson[]): void {
    const text = this.text;
    ROLE_COMMA_CUE.lastIndex = 0;
    let am: RegExpExecArray | null;
    while ((am = ROLE_COMMA_CUE.exec(text))) {
      // The role noun may take its field: "the minister of defence, Jane Roe."
      const before = text.slice(Math.max(0, am.index - 80), am.index + 1);
      const rm = /(?:^|[^\p{L}])([\p{Ll}\-]+)(?: (?:of|for) (?:the )?[\p{Ll}\-]+(?: and [\p{Ll}\-]+)?)?$/u.exec(before);
      let fullRole: string;
      if (rm && ROLE_NOUN_SET.has(rm[1])) fullRole = rm[0].replace(/^[^\p{L}]/u, "");
      else {
        const tm = TITLE_COMMA_BEFORE.exec(before);
        if (!tm || !TITLE_HEADS.has(tm[2])) continue;
        fullRole = tm[1];
      }
      NAME_AFTER.lastIndex = am.index + am[0].length;
      const n = NAME_AFTER.exec(text);
      if (n && /^(?:[.,;)]|$)/.test(text.slice(n.index + n[1].length, n.index + n[1].length + 1))) found.push({ start: n.index, end: n.index + n[1].length, role: fullRole, rule: "actor.role-comma-name" });
    }
  }

  /** A cued name becomes a person when its words are a person's name no title or registry name holds. */
  private addCuedPerson(p: CuedPerson): void {
    if (this.titleObjectAt(p.start, p.end)) return;
    const reg = this.reg;
    const raw = this.text.slice(p.start, p.end);
    const words0 = raw.split(" ");
    if (!words0.every((w) => (p.rule === "actor.attributed-name" ? nameWord(w, words0.length, (x) => isNameLike(x, reg)) : isNameLike(w, reg)))) return;
    const priority = this.discoveredPriority(p.start, p.end);
    if (priority === null) return;
    let v = checkPersonName(raw, reg);
    // "the defence secretary, Grant Roe, said", "Hope Roe, a senior aide,": where a role set off by
    // commas says a person is named, a given name that is also a word ("Grant", "Hope") opens the name.
    const words = raw.split(" ");
    if (!v.ok && ROLE_CUES.has(p.rule) && words.length === 2 && loadGivenNames().has(words[0]) && !isCommonWord(words[1])) v = { ok: true, name: raw, offset: 0 };
    if (!v.ok) return;
    let affiliation: string | null = null;
    if (p.role) {
      const firstCountry = matchRegistry(p.role, reg).find((x) => x.hits[0].entry.kind === "COUNTRY");
      if (firstCountry) affiliation = firstCountry.hits[0].entry.name;
    }
    this.cands.push({ start: p.start + v.offset, end: p.end, kind: "PERSON", name: v.name, role: p.role, affiliation, priority, rule: p.rule });
  }

  /**
   * 3b. A known given name before surname-shaped words ("the far-right candidate, Jane Roe."). Before
   * a registry person's surname it names another person ("Hunter Roe" beside "Joe Roe"), so it wins
   * over the registry's short form there.
   */
  givenNames(): void {
    const { text, reg } = this;
    const foundPersonsByEnd = new Map<number, Candidate[]>();
    for (const c of this.cands) {
      if (c.kind !== "PERSON" || c.entry) continue;
      const list = foundPersonsByEnd.get(c.end);
      if (list) list.push(c);
      else foundPersonsByEnd.set(c.end, [c]);
    }
    for (let g of givenNameSpans(text, reg)) {
      // "Jane Roe Roe JanePresident of …": the name printed twice is its first rendering.
      const len = nameRunLength(g.name);
      if (len < g.name.length) g = { start: g.start, end: g.start + len, name: g.name.slice(0, len) };
      // A name found after a title that took words of the title along ("Chief Market Strategist Jane
      // Roe") starts at the given name.
      const wide = (foundPersonsByEnd.get(g.end) ?? []).filter((c) => c.start < g.start);
      for (const c of wide) {
        // The words cut off are part of a title only after one ("Chief Market Strategist"); before a
        // reporting verb they are whatever preceded the name ("Europe Properties Jane Roe noted").
        if (c.rule === "actor.title-name") c.role = roleOfTitle([c.role, text.slice(c.start, g.start).trim()].filter(Boolean).join(" "));
        c.start = g.start;
        c.name = g.name;
      }
      if (wide.length || this.titleObjectAt(g.start, g.end)) continue;
      // "Gran Turismo 7", "Grand Theft Auto 5": a name numbered like a sequel is a work's title.
      if (/^ \d/.test(text.slice(g.end, g.end + 2))) continue;
      // "on “Closing Time Tonight”": a name filling a short quotation is a show's or a work's title.
      if (QUOTE_OPEN_BEFORE.test(text.slice(Math.max(0, g.start - 60), g.start)) && QUOTE_CLOSE_AFTER.test(text.slice(g.end, g.end + 60))) continue;
      const r = this.registryIn(g.start, g.end)[0];
      if (r && !(r.short && r.entry?.kind === "PERSON" && r.start >= g.start && r.end <= g.end && r.end - r.start < g.end - g.start)) continue;
      // "Sergey V. Lavrov" is the registry's "Sergei Lavrov" spelt another way, not a namesake: the
      // given names share their first four letters.
      // (Four letters of a word: "Kim Il-Sung" is no form of "Kim Jong Un".)
      if (r?.entry?.kind === "PERSON" && /^\p{L}{4}/u.test(g.name) && r.entry.forms.some((f) => f.slice(0, 4).toLowerCase() === g.name.slice(0, 4).toLowerCase())) {
        // The whole name then stands for the registry person, as a full form would.
        r.start = g.start;
        r.short = false;
        r.alts = undefined;
        continue;
      }
      const v = checkPersonName(g.name, reg);
      if (!v.ok) continue;
      this.cands.push({ start: g.start + v.offset, end: g.end, kind: "PERSON", name: v.name, priority: r ? 4 : 2, rule: "actor.given-name" });
    }
  }

  /**
   * 3c. Transcripts' speaker labels ("PRESIDENT ROE:"), and people beside an age or a kinship noun
   * ("75-year-old Halina", "his wife Marta").
   */
  labelledPeople(): void {
    for (const p of speakerLabels(this.text, this.reg)) {
      if (p.entry) this.cands.push({ start: p.start, end: p.end, kind: "PERSON", entry: p.entry, priority: 3, rule: p.rule });
      else this.cands.push({ start: p.start, end: p.end, kind: "PERSON", name: p.name, role: p.role, priority: 3, rule: p.rule });
    }
    for (const p of personCues(this.text, this.reg)) {
      if (this.registryCover(p.start, p.end) || this.titleObjectAt(p.start, p.end)) continue;
      this.cands.push({ start: p.start, end: p.end, kind: "PERSON", name: p.name, role: p.role ?? null, priority: 2, rule: p.rule });
    }
  }

  /** 3d. People named by surname alone throughout ("Roe has met …" … "“…,” said Roe."). */
  loneSurnames(): void {
    // Few words reach this check (the agents of reporting verbs), each with a few occurrences.
    for (const p of loneSurnames(this.text, this.reg, (s, e) => this.cands.some((c) => c.start < e && s < c.end))) {
      for (const [start, end] of p.spans) this.cands.push({ start, end, kind: "PERSON", name: p.word, role: null, priority: 2, rule: "actor.lone-surname" });
    }
  }

  /**
   * 4. Institution-shaped names: "Federal Customs Service", "Ministry of Foreign Affairs of Ukraine",
   * found from the head word and read backwards for the capitalised words before it.
   */
  institutions(): void {
    const found: Array<[number, number, number, number]> = [];
    ORG_HEAD.lastIndex = 0;
    let om: RegExpExecArray | null;
    while ((om = ORG_HEAD.exec(this.text))) {
      const span = this.institutionSpan(om.index, om[0]);
      if (span) found.push(span);
    }
    // "the Congress of Local and Regional Authorities": a congress with an of-tail is a body (a bare
    // "Congress" is far more often an event's name, so it is no head of its own).
    CONGRESS_OF.lastIndex = 0;
    while ((om = CONGRESS_OF.exec(this.text))) {
      const span = this.institutionSpan(om.index, om[0]);
      // "the Congress of the United States": a state's own congress is the registry's body, if any.
      const of = /^Congress of (?:the )?/.exec(this.text.slice(om.index, om.index + 20))!;
      if (span && !this.regCands.some((c) => c.kind === "COUNTRY" && c.start === om!.index + of[0].length)) found.push(span);
    }
    for (const [s, e, headStart, headEnd] of found) this.institution(s, e, headStart, headEnd);
  }

  /** Where a body's name around the head `head` at `at` ends: its "of"/"for" tail, or a mission's place. */
  private institutionEnd(head: string, headEnd: number): number {
    const text = this.text;
    let end = headEnd;
    if (text[headEnd] !== " ") return end;
    ORG_TAIL_Y.lastIndex = headEnd + 1;
    const t = ORG_TAIL_Y.exec(text);
    if (t && TAILED_HEADS.test(head)) {
      // "the Department of Labor and the National Economic Council", "the Bureau of Land Management,
      // National Park Service": a second body joined to the tail is a name of its own.
      const joined = JOINED_BODY.exec(t[0]);
      end = headEnd + 1 + (joined ? joined.index : t[0].length);
    }
    // "the Global Coalition to Defeat Piracy": a coalition is named by its cause.
    COALITION_TO.lastIndex = headEnd + 1;
    const ct = head === "Coalition" ? COALITION_TO.exec(text) : null;
    if (ct) end = headEnd + 1 + ct[0].length;
    MISSION_TAIL.lastIndex = headEnd + 1;
    const mt = /^(?:Embassy|Consulate)$/.test(head) ? MISSION_TAIL.exec(text) : null;
    if (mt) end = headEnd + 1 + mt[0].length;
    return end;
  }

  /** The span of the body named around an institution's head [start, end, headStart, headEnd]; null when none is. */
  private institutionSpan(at: number, head: string): [number, number, number, number] | null {
    const { text, reg } = this;
    const headEnd = at + head.length;
    const before = at > 0 && text[at - 1] === " " ? capWordsBefore(text, at - 1, 4) : [];
    const end = this.institutionEnd(head, headEnd);
    let i = 0;
    // "Ukraine's State Emergency Service": a known actor in the possessive owns the body and is no
    // part of its name ("People's", "Children's" are: they are no actors).
    for (let j = before.length - 1; j >= 0; j--) {
      if (/[’']s$/.test(before[j].text) && this.regEndingAt.has(before[j].end - 2)) {
        i = j + 1;
        break;
      }
    }
    // "the Kyiv-based Lakeland Institute": a compound modifier is no part of the name either.
    while (i < before.length && (FUNCTION_CAPS.test(before[i].text) || SENTENCE_ADVERBS.test(before[i].text) || TITLE_HEADS.has(before[i].text) || BODY_MODIFIER.test(before[i].text))) i++;
    const words = before.slice(i);
    let start = words.length ? words[0].start : at;
    // "Smith & Wesson Brands", "Procter & Gamble Company": an ampersand joins the name's first words.
    const amp = words.length ? /(?:^|[^\p{L}])(\p{Lu}[\p{L}’'.-]*) & $/u.exec(text.slice(Math.max(0, start - 30), start)) : null;
    if (amp) start -= amp[1].length + 3;
    // "K&L Bank", "AT&T Foundation": capitals glued by an ampersand are one word of the name.
    const glued = words.length && /^\p{Lu}{1,3}$/u.test(words[0].text) ? GLUED_AMP.exec(text.slice(Math.max(0, start - 8), start)) : null;
    if (glued) start -= glued[0].length;
    // "the Securities and Exchange Commission", "the U.S. Fish and Wildlife Service": a body whose
    // name joins two words with "and", after the article that opens it.
    if (i === 0 && words.length && words.length < 3) {
      const joined = AND_NAME_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
      const js = joined ? start - joined[0].length + joined[0].indexOf(joined[1]) : start;
      // A registry body may open the joined name of its unit ("the Senate Energy and Natural Resources Committee").
      const inner = joined ? this.registryIn(js, start) : [];
      if (joined && !FUNCTION_CAPS.test(joined[1]) && (!inner.length || (inner.length === 1 && inner[0].start === js && inner[0].entry?.kind === "ORGANIZATION"))) start = js;
      // "American Exploration and Production Council": a demonym opens such a name without an article.
      const dem = start === words[0].start ? DEMONYM_AND_BEFORE.exec(text.slice(Math.max(0, start - 40), start)) : null;
      if (dem && reg.demonyms.has(dem[2]) && !this.registryCover(start - dem[1].length - 5, start)) start -= dem[1].length + 5;
    }
    // "the U.S.-Freedonia Energy Council": a compound of two states opens the name (one written
    // without periods, "Freedonia-Lakeland", is a word the name's words already hold).
    const states = words.length ? STATES_COMPOUND_BEFORE.exec(text.slice(Math.max(0, start - 40), start)) : null;
    if (states && states[1].split(/[-–]/).every((p) => this.isCountryName(p))) start -= states[1].length + 1;
    // "U.S. Embassy": a registry country right before a mission's head opens its name.
    const owner = /^(?:Embassy|Consulate)$/.test(head) ? [this.regEndingAt.get(start - 1)].find((c) => c?.entry?.kind === "COUNTRY") : undefined;
    if (owner) start = owner.start;
    if (end === headEnd && !words.length) return null;
    // "the Lakeland Executive Office Building", "the North Court Auditorium": a building or a room
    // named after a body, or with a body's word, is a place.
    if (BUILDING_AFTER.test(text.slice(end, end + 14))) return null;
    // "the Lakeland Business Investment Company (LBIC) program": a programme named after a kind of body.
    if (PROGRAM_AFTER.test(text.slice(end, end + 24))) return null;
    // "the West Bank", "the Left Bank": a bank named by a compass word alone is a territory or a
    // river's shore, no lender.
    if (head === "Bank" && end === headEnd && words.length === 1 && /^(?:West|East|North|South|Left|Right)$/.test(words[0].text)) return null;
    // A trade closing a company's name is the end of the name ("Strategic Petroleum Reserve" is
    // none), and a name of common words only is a policy's or an industry's ("Natural Resources",
    // "Ocean Shipping"), not a company's.
    if (TRADE_HEAD.test(head) && (/^ \p{Lu}/u.test(text.slice(headEnd, headEnd + 2)) || words.every((w) => isCommonWord(w.text) || /-/.test(w.text)))) return null;
    // A centre is a body by its "for" tail ("Center for Civil Liberties"); without one it is
    // often a building ("the Lakeland Trade Center").
    if (/^Cent(?:er|re)$/.test(head) && !text.startsWith(" for ", headEnd)) return null;
    // A club's name is followed by no capitalised word: "the Acme Club World Cup" is a tournament's name.
    if (head === "Club" && /^ \p{Lu}/u.test(text.slice(end, end + 2))) return null;
    // A board is a body by its own name ("the National Mediation Board"); one word before it, or a
    // body's name, is a body's board ("the Management Board", "the Acme Foundation Board").
    if (head === "Board" && (words.length < 2 || words.some((w) => ORG_WORDS.has(w.text) || ORG_WORDS.has(w.text.replace(/[’']s$/, "")) || /[’']s$/.test(w.text)))) return null;
    // One word before it is a part of a larger name or a description ("the Military Administration", "Senior Administration officials").
    if (head === "Administration" && (words.length < 2 && !/ and $/.test(text.slice(start, words[0]?.start ?? start)) || words.some((w) => w.text.split(/[-–]/).some((part) => reg.root.next.get(tokenKey(part))?.hits.some((h) => h.entry.kind === "PERSON"))))) return null;
    return [start, end, at, headEnd];
  }

  /** Whether `word` is a registry country's name or alias, whole. */
  private isCountryName(word: string): boolean {
    return matchRegistry(word, this.reg).some((h) => h.start === 0 && h.end === word.length && h.hits.some((x) => x.entry.kind === "COUNTRY"));
  }

  /** The body an institution's span names, read against the registry names inside it. */
  private institution(s: number, e: number, headStart: number, headEnd: number): void {
    const text = this.text;
    const name = text.slice(s, e);
    if (name.split(" ").length < 2 || ROOMS.test(name)) return;
    // "Preventing Sexual Violence in Conflict Initiative", "the Compacts of Free Association": a
    // name cut at a preposition inside a longer capitalised name is a fragment of that name.
    if (FRAGMENT_BEFORE.test(text.slice(Math.max(0, s - 30), s))) return;
    // A country inside an institution's name ("Ministry of ... of Ukraine") is part of it.
    const inReg = this.registryIn(s, e);
    // "the Wells Fargo Investment Institute", "the Senate Judiciary Committee": a registry body
    // opening an institution's name, more capitalised words between it and the head, names a
    // unit of that body or one named after it, not the body.
    // So does a committee of it named by its tail ("the Verkhovna Rada Committee on Foreign
    // Policy"). A firm's legal form after its name is the firm ("Rosatom State Corporation").
    if (inReg.length === 1 && inReg[0].start === s && (inReg[0].end < headStart - 1 || e > headEnd) && inReg[0].entry?.kind === "ORGANIZATION" && !LEGAL_FORM.test(text.slice(headStart, headEnd))) {
      this.cands.push({ start: s, end: e, kind: "ORGANIZATION", name, priority: 1, contains: true, containsOrgs: true, rule: "actor.institution-unit" });
      return;
    }
    // "the US Bureau of Labor Statistics", "the UK Ministry of Defence": a country's initials open
    // its body's name; the name without them is the body's too.
    const initialsOwner = inReg.length === 1 && inReg[0].start === s && inReg[0].entry?.kind === "COUNTRY" && !inReg[0].capital && text[inReg[0].end] === " " && /^(?:\p{Lu}\.?){2,3}$/u.test(text.slice(s, inReg[0].end)) ? inReg[0] : undefined;
    // "The Price Futures Group": a registry person's surname inside a firm's name is no mention of them.
    if (inReg.length && inReg.every((c) => c.short && c.entry?.kind === "PERSON" && c.end < headStart)) {
      this.cands.push({ start: s, end: e, kind: "ORGANIZATION", name, priority: 4, rule: "actor.institution" });
      return;
    }
    if (initialsOwner && initialsOwner.end + 1 < headStart + 1) {
      this.cands.push({ start: s, end: e, kind: "ORGANIZATION", name, priority: 1, contains: true, style: text.slice(initialsOwner.end + 1, e), rule: "actor.institution" });
      return;
    }
    if (inReg.length && !inReg.some((c) => c.entry?.kind === "COUNTRY" && (c.start > s || / (?:Embassy|Consulate)(?: |$)/.test(name)))) {
      // A body named after its head and an "of" tail holds a registry body inside: "Office of the UN High Commissioner".
      // "Parliamentary Assembly of the Council of Europe": the registry body follows the head's "of".
      const ofTail = /^ (?:of|for) /.test(text.slice(headEnd, headEnd + 5)) && this.registryIn(s, headEnd).length === 0;
      if (!ofTail || !inReg.every((c) => c.start > s && c.end <= e && c.entry?.kind !== "PERSON") || name.split(" ").length < 5) return;
      this.cands.push({ start: s, end: e, kind: "ORGANIZATION", name, priority: 1, contains: true, containsOrgs: true, rule: "actor.institution" });
      return;
    }
    if (inReg.some((c) => c.entry?.kind !== "COUNTRY")) return;
    this.cands.push({ start: s, end: e, kind: "ORGANIZATION", name, priority: 1, contains: true, rule: "actor.institution" });
  }

  /**
   * Organisations without an institution word, introduced by what they are (src/extract/org-shapes.ts).
   * A colon-introduced list of bodies is read whole, over registry names inside its items.
   */
  shapedOrgs(): void {
    const shapeNames = new Map<string, string>();
    for (const o of orgShapes(this.text, this.reg)) {
      const list = o.rule === "actor.org-list";
      // A lowercase body holds the registry body whose part it is ("the UN human rights office").
      const part = o.rule === "actor.org-lowercase";
      if (!list && !part && this.registryIn(o.start, o.end).some((c) => c.entry?.kind !== "COUNTRY")) continue;
      // A legal form only names what no institution word found ("Acme Holdings PLC" is found by its head).
      if (o.rule === "actor.org-legal-form" && this.cands.some((c) => c.start < o.end && o.start < c.end)) continue;
      this.cands.push({ start: o.start, end: o.end, kind: "ORGANIZATION", name: o.name, priority: list ? 4 : 3, contains: true, containsOrgs: part, rule: o.rule });
      if (o.rule !== "actor.org-possessive") shapeNames.set(this.text.slice(o.start, o.end), o.name);
      if (part) this.partNames.add(o.name);
      if (o.alias) {
        this.cands.push({ start: o.alias.start, end: o.alias.end, kind: "ORGANIZATION", name: o.name, priority: 2, rule: o.rule });
        shapeNames.set(o.alias.text, o.name);
      }
    }
    const firms = this.regCands.filter((c) => c.entry?.business);
    const taken = (s: number, e: number) => this.cands.some((c) => c.start < e && s < c.end);
    const people = !firms.length ? new Set<string>() : new Set(this.cands.filter((c) => c.kind === "PERSON").map((c) => /\S+$/.exec(this.text.slice(c.start, c.end))?.[0] ?? ""));
    const bodies = this.regCands.filter((c) => c.entry?.kind === "ORGANIZATION" && !c.entry.business);
    for (const o of [...orgPeers(this.text, firms, this.reg, taken, people), ...orgPeers(this.text, bodies, this.reg, taken, people, peerAcronym)]) {
      if (this.cands.some((c) => c.start === o.start && c.end === o.end && c.kind === "ORGANIZATION")) continue;
      this.cands.push({ start: o.start, end: o.end, kind: "ORGANIZATION", name: o.name, priority: 1, rule: o.rule });
      shapeNames.set(o.name, o.name);
    }
    if (shapeNames.size) this.shapedOrgMentions(shapeNames);
  }

  /**
   * Every other standalone occurrence of a name so introduced is a mention of it ("Acme also said").
   * The names are few: a string search for each beats compiling a regex per document.
   */
  private shapedOrgMentions(shapeNames: Map<string, string>): void {
    const text = this.text;
    const orgStarts = new Set(this.cands.filter((c) => c.kind === "ORGANIZATION").map((c) => c.start));
    const glued = (i: number) => i >= 0 && i < text.length && /[\p{L}\p{N}&]/u.test(text[i]);
    for (const [surface, name] of shapeNames) {
      for (let s = text.indexOf(surface); s >= 0; s = text.indexOf(surface, s + surface.length)) {
        const e = s + surface.length;
        const part = this.partNames.has(name);
        if (glued(s - 1) || text[s - 1] === "." || glued(e) || (orgStarts.has(s) && !part)) continue;
        orgStarts.add(s);
        this.cands.push({ start: s, end: e, kind: "ORGANIZATION", name, priority: part ? 3 : 2, contains: part, containsOrgs: part, rule: "actor.org-mention" });
      }
    }
  }

  /**
   * "the Government of Freedonia", "the Freedonian Government": a state's government named with a
   * capital, a body of its own beside the country (lowercase "the Freedonian government" stands
   * for the country, actor.demonym-people).
   */
  stateGovernments(): void {
    const { text, reg } = this;
    GOVERNMENT_OF.lastIndex = 0;
    let gm: RegExpExecArray | null;
    while ((gm = GOVERNMENT_OF.exec(text))) {
      const country = this.regAt.get(gm.index + gm[0].length);
      if (country?.entry?.kind !== "COUNTRY" || country.capital || country.short) continue;
      // "the Government of Freedonia's programme" is still the government; "Government of Freedonia Bonds" a thing.
      if (/^ \p{Lu}/u.test(text.slice(country.end, country.end + 2))) continue;
      this.cands.push({ start: gm.index, end: country.end, kind: "ORGANIZATION", name: text.slice(gm.index, country.end), affiliation: country.entry.name, priority: 4, contains: true, rule: "actor.state-government" });
    }
    for (const { start, end, demonym } of demonymGovernments(text)) {
      const country = reg.demonyms.get(demonym);
      if (!country || reg.byName.get(country)?.kind !== "COUNTRY") continue;
      const before = CAP_WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
      if (before && !FUNCTION_CAPS.test(before)) continue;
      this.cands.push({ start, end, kind: "ORGANIZATION", name: text.slice(start, end), affiliation: country, priority: 4, rule: "actor.state-government" });
    }
  }

  /** "the Biden Administration": the government, standing for its country in engagements. */
  administrations(): void {
    const text = this.text;
    ADMIN.lastIndex = 0;
    let am: RegExpExecArray | null;
    while ((am = ADMIN.exec(text))) {
      const w = capWordsBefore(text, am.index, 1)[0];
      if (!w) continue;
      const surname = w.text.split("-")[0];
      const person = this.regAt.get(w.start);
      if (!person?.entry || person.entry.kind !== "PERSON" || !surname) continue;
      const name = `${w.text} Administration`;
      this.cands.push({ start: w.start, end: am.index + am[0].length, kind: "ORGANIZATION", name, affiliation: person.entry.affiliation, standsFor: person.entry.affiliation ?? undefined, priority: 4, rule: "actor.administration" });
    }
  }

  /**
   * "the Conservatives", "Germany's ruling Social Democratic party": political parties by their
   * plural members' name or a party adjective before a lowercase "party". Found from their literal
   * words first: a regex with lookbehinds would be tried at every position.
   */
  parties(): void {
    const text = this.text;
    PARTY_PLURAL.lastIndex = 0;
    let py: RegExpExecArray | null;
    while ((py = PARTY_PLURAL.exec(text))) {
      if (py.index > 0 && LETTER_OR_DIGIT.test(text[py.index - 1])) continue;
      const start = py.index + 4;
      this.cands.push({ start, end: start + py[1].length, kind: "ORGANIZATION", name: py[1], priority: 2, rule: "actor.party" });
    }
    PARTY_WORD.lastIndex = 0;
    while ((py = PARTY_WORD.exec(text))) {
      const end = py.index + py[0].length;
      const adj = PARTY_ADJ_END.exec(text.slice(Math.max(0, end - 40), end));
      if (!adj) continue;
      this.cands.push({ start: end - adj[1].length, end, kind: "ORGANIZATION", name: adj[1], priority: 2, rule: "actor.party" });
    }
  }

  /** "the Russians", "the Russian side": a country acting as a whole. */
  demonymPeople(): void {
    const { text, reg } = this;
    PEOPLE.lastIndex = 0;
    let pm: RegExpExecArray | null;
    while ((pm = PEOPLE.exec(text))) {
      const country = reg.demonyms.get(pm[1]);
      if (!country) continue;
      if (!pm[2] && !/s$/.test(pm[1])) continue;
      if (!pm[2] && /^\s+[\p{Lu}]/u.test(text.slice(pm.index + pm[0].length, pm.index + pm[0].length + 2))) continue;
      const entry = reg.byName.get(country)!;
      this.cands.push({ start: pm.index + 4, end: pm.index + pm[0].length, kind: "COUNTRY", entry, priority: 4, rule: "actor.demonym-people" });
    }
  }
}

/** Whether two full names differ in one word by one letter added, dropped or changed (see foldMisspelledNames). */
function misspeltName(a: string, b: string): boolean {
  const aw = a.split(" ");
  const bw = b.split(" ");
  if (aw.length !== bw.length) return false;
  const diff = aw.flatMap((w, i) => (w === bw[i] ? [] : [i]));
  if (diff.length !== 1) return false;
  const i = diff[0];
  const [x, y] = [aw[i], bw[i]];
  if (!/^\p{Lu}\p{Ll}+$/u.test(x) || !/^\p{Lu}\p{Ll}+$/u.test(y)) return false;
  if (i === aw.length - 1) return Math.min(x.length, y.length) >= 5 && editDistance(x, y) === 1;
  return i === 0 && Math.min(x.length, y.length) >= 4 && x[0] === y[0] && x[x.length - 1] === y[y.length - 1] && editDistance(x, y) === 1;
}

const firstStart = (a: Actor): number => Math.min(...a.mentions.map((m) => m.start));

/** 5. Overlaps resolved: higher priority, then longer, wins; a body may swallow the names inside it. */
function resolveOverlaps(cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => a.start - b.start || b.priority - a.priority || b.end - a.end);
  const chosen: Candidate[] = [];
  for (const c of cands) {
    // Candidates come sorted by start, so only the last few chosen can overlap.
    let clash = -1;
    for (let i = chosen.length - 1; i >= 0 && i >= chosen.length - 8; i--) if (chosen[i].start < c.end && c.start < chosen[i].end) { clash = i; break; }
    if (clash < 0) {
      chosen.push(c);
      continue;
    }
    const o = chosen[clash];
    const swallows = c.contains && c.start <= o.start && c.end >= o.end && (o.kind === "COUNTRY" || (!!c.containsOrgs && o.kind === "ORGANIZATION"));
    const swallowed = o.contains && o.start <= c.start && o.end >= c.end && (c.kind === "COUNTRY" || (!!o.containsOrgs && c.kind === "ORGANIZATION"));
    if (swallowed) continue;
    if (swallows || c.priority > o.priority || (c.priority === o.priority && c.end - c.start > o.end - o.start)) chosen[clash] = c;
  }
  chosen.sort((a, b) => a.start - b.start);
  return chosen;
}

/**
 * 6. Filters that need context: a registry person's short form needs the full name or a title
 * nearby, and a country or a capital named in passing (a place, a region, a thing named after it)
 * is no actor. A short form shared by several registry people goes to the one named in full.
 */
function keptInContext(chosen: Candidate[], text: string, reg: Registry): Candidate[] {
  const fullSeen = new Set(chosen.filter((c) => c.entry && !c.short).map((c) => c.entry!.name));
  for (const c of chosen) {
    if (c.alts && c.alts.length > 1) c.entry = c.alts.find((e) => fullSeen.has(e.name)) ?? c.entry;
  }
  addressedNamesakes(chosen, text, fullSeen);
  return chosen.filter((c) => {
    const before = text.slice(Math.max(0, c.start - 48), c.start);
    const after = text.slice(c.end, c.end + 30);
    // "(AP Photo/Jane Roe)", "Jane Roe/AFP via Getty Images", "Photographs by Jane Roe": a credit, no actor.
    if (c.kind === "PERSON" && !c.entry && (CREDIT_BEFORE.test(before) || CREDIT_AFTER.test(after))) return false;
    if (c.entry?.kind === "PERSON" && c.short && !c.entry.bare && !fullSeen.has(c.entry.name)) {
      const w = /(\S+)\s$/.exec(before)?.[1] ?? "";
      if (!TITLE_WORDS.has(w) && !TITLE_HEADS.has(w) && !/^(Mr|Ms|Mrs|Dr)\.?$/.test(w)) return false;
    }
    if (c.entry && !c.entry.bare && !c.short && c.entry.kind === "COUNTRY" && /^\s[\p{Lu}]/u.test(after)) return false;
    // "the 10-year Treasury", "Treasury yields", "the 10-year U.S. Treasury note": a government's bonds, not its department.
    if (c.entry?.kind === "ORGANIZATION" && /^(?:\S+|\S+ Treasury)$/.test(text.slice(c.start, c.end)) && (/\d-(?:year|month|week)\s(?:U\.S\.\s|US\s)?$/.test(before) || /^\s(?:yields?|bonds?|notes?|bills?|securities|futures|auctions?|inflation-protected)\b/.test(after))) return false;
    return c.kind !== "COUNTRY" || placeActs(c, before, after, text, reg);
  });
}

/**
 * "First Lady Jane Roe" … "Dr. Roe", "Chris Roe" … "Mr. Roe said": a registry person's surname
 * after a form of address that the document also gives in full to a person no registry lists is
 * that person's (the registry's "Roe" is another Roe). Of two
 * such namesakes ("Chris Roe" … "his father, Mike Roe"), the one a surname alone stands for there
 * (namesake-choice.ts).
 */
function addressedNamesakes(chosen: Candidate[], text: string, fullSeen: ReadonlySet<string>): void {
  let bySurname: Map<string, Sighting<string>[]> | undefined;
  for (const c of chosen) {
    const before = text.slice(Math.max(0, c.start - 6), c.start);
    if (c.entry?.kind !== "PERSON" || !c.short || !ADDRESS_BEFORE.test(before)) continue;
    // "President Joe Roe" … "his son, Hunter Roe" … "Mr. Roe": a man the registry knows and the text
    // names in full is one of the namesakes a man's form of address may stand for; he keeps it.
    if (fullSeen.has(c.entry.name) && MR_BEFORE.test(before)) continue;
    bySurname ??= namesakeSightings(chosen);
    const sightings = bySurname.get(text.slice(c.start, c.end));
    const full = sightings && namesakeAt(sightings, c.start, text);
    if (!full) continue;
    c.entry = undefined;
    c.short = false;
    c.alts = undefined;
    c.name = full;
    c.rule = "actor.surname";
    sightings.push({ who: full, start: c.start, full: false });
    sightings.sort((a, b) => a.start - b.start);
  }
}

/** The mentions of the people the document names in full (no registry entry), by surname. */
function namesakeSightings(chosen: readonly Candidate[]): Map<string, Sighting<string>[]> {
  const out = new Map<string, Sighting<string>[]>();
  for (const d of chosen) {
    if (d.kind !== "PERSON" || d.entry || !d.name || !d.name.includes(" ")) continue;
    const surname = d.name.slice(d.name.lastIndexOf(" ") + 1);
    const list = out.get(surname) ?? [];
    list.push({ who: d.name, start: d.start, full: true });
    out.set(surname, list);
  }
  return out;
}

/** Whether a country or a capital names the state that acts, not a place or a thing named after it. */
function placeActs(c: Candidate, before: string, after: string, text: string, reg: Registry): boolean {
  // "Northern Ireland", "Western Freedonia": a compass word before a country names a region of it.
  // So does one before a capital ("East Berlin", "West Jerusalem").
  // "Latin America" is a region by the same token.
  if (/(?:^|[^\p{L}])(?:Northern|Southern|Eastern|Western|Central|North|South|East|West|Latin)\s$/u.test(before)) return false;
  if (!c.capital) {
    // "Nazi Germany", "Tsarist Russia": a former regime's state, not the state that acts today.
    if (/(?:^|[^\p{L}])(?:Nazi|Tsarist|Czarist|Fascist|Imperial|Weimar|Francoist)\s$/u.test(before)) return false;
    // "the Taiwan Strait", "the Korea Strait": a sea or a strait named after the country is a place.
    if (/^\s(?:Straits?|Sea|Gulf|Peninsula|Basin|Canal|Channel)(?![\p{L}])/u.test(after)) return false;
  }
  if (c.capital) {
    // A capital is the government only when it acts, not where something happens ("at the Hague").
    if (/\b(?:in|at|near|from|to|outside|into|across|around|visit(?:ed|s|ing)?|arriv(?:ed|ing) in)\s+(?:the\s+)?$/i.test(before)) return false;
    // A capital alone on its line is a dateline or the place under a letter's signature.
    if (/(?:^|\n)[ \t]*$/.test(before) && /^[ \t.]*(?:\n|$)/.test(after)) return false;
    if (/^(?:[’']s)?\s+[\p{Lu}]|^-based/u.test(after)) return false;
    // "the Bucharest 9", "Lakeville 2030": a numeral after a capital names a group or an event.
    if (/^\s+\d+(?![\d,.:])/.test(after)) return false;
    // "the Minsk agreements", "the Moscow format": the city names a thing, not a government.
    // Also coordinated: "the Minsk and Normandy formats".
    if (/^(?:\s+and\s+\p{Lu}[\p{L}\-]+)?\s+(?:agreements?|accords?|protocols?|formats?|process(?:es)?|summits?|declarations?|memorand(?:um|a)|airports?|region|oblast|time|treaty|treaties|talks|meetings?|negotiations|office|embassy|correspondent|bureau|statute|court|tribunal|convention|club|conference|stock exchange)\b/u.test(text.slice(c.end, c.end + 60))) return false;
  }
  if (!c.capital && /,\s?$/.test(before.slice(-2)) && /\b(?:in|at|near|from|of)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}\-]+\s+){0,2}[\p{Lu}][\p{L}\-]+,\s*$/u.test(before)) {
    // "in Geneva, Switzerland": a country that only locates a place.
    const place = /([\p{Lu}][\p{L}\-]+),\s*$/u.exec(before)?.[1] ?? "";
    const known = reg.root.next.get(tokenKey(place))?.hits.some((h) => h.tokens.length === 1 && !h.capital);
    if (!known) return false;
  }
  return true;
}

/**
 * 7. Entities: the kept candidates become actors. Discovered persons join by surname
 * (transliteration-folded), so "Mulroy" later joins "Mick Mulroy"; a registry person always comes
 * out under its canonical name. Then several names of one actor are folded into one.
 */
class Entities {
  actors: Actor[] = [];
  private readonly byKey = new Map<string, Actor>();
  /** Discovered people, whose surname alone is found again later. */
  readonly personBySurname = new Map<string, Actor>();
  // "Tom Roe" beside "Jane Roe": a second given name before a surname names another person
  // (a sibling, a spouse), who gets a key of their own; the surname alone stays with the first.
  private readonly lastOfSurname = new Map<string, string>();
  private readonly merged = new Set<Actor>();

  constructor(
    readonly text: string,
    readonly reg: Registry,
  ) {}

  private personKey(name: string): string {
    const words = name.split(" ");
    const key = "P:" + tokenKey(words[words.length - 1]);
    const first = this.byKey.get(key);
    // The surname alone is the one of them named last ("Roe said" after "Tom Roe").
    const own = words.length < 2 ? this.lastOfSurname.get(key) ?? key : !first || !otherGivenName(first.name, name) ? key : key + "|" + tokenKey(words[0]);
    this.lastOfSurname.set(key, own);
    return own;
  }

  private keyOf(c: Candidate): string {
    if (c.entry) return "R:" + c.entry.name;
    const reg = this.reg;
    if (c.kind === "PERSON") {
      const viaKey = reg.personKeys.get(nameKey(c.name!));
      return viaKey ? "R:" + viaKey.name : this.personKey(c.name!);
    }
    // Mentions of one body under several names are one actor ("Ministry of Defence of Freedonia",
    // "Freedonian Defence Ministry"); a registry body under a new word order is that body.
    const k = orgKey(c.name!, reg);
    const viaOrg = k ? reg.orgKeys.get(k) : undefined;
    return viaOrg ? "R:" + viaOrg.name : "O:" + (k || nameKey(c.name!));
  }

  /** The actor a candidate names: a new one, or one already met, which learns its role and fuller name. */
  private actorFor(c: Candidate): Actor {
    const key = this.keyOf(c);
    let a = this.byKey.get(key);
    if (!a) {
      const entry = c.entry ?? (key.startsWith("R:") ? this.reg.byName.get(key.slice(2)) : undefined);
      a = {
        key,
        name: entry ? entry.name : c.name!,
        kind: entry ? entry.kind : c.kind,
        surfaces: new Set(),
        role: c.role ?? null,
        affiliation: c.affiliation ?? entry?.affiliation ?? null,
        mentions: [],
        fromRegistry: !!entry,
        forum: entry?.forum,
        parties: entry?.parties,
        standsFor: c.standsFor,
      };
      if (entry?.kind === "PERSON" && !a.role) a.role = null;
      this.byKey.set(key, a);
      this.actors.push(a);
    } else {
      if (!a.role && c.role) a.role = c.role;
      else if (narrowsRole(a.role, c.role)) a.role = c.role;
      if (!a.affiliation && c.affiliation) a.affiliation = c.affiliation;
      if (!a.fromRegistry && c.name && c.name.split(" ").length > a.name.split(" ").length) a.name = c.name;
    }
    return a;
  }

  /** Each kept candidate becomes a mention of its actor. */
  addMentions(kept: readonly Candidate[]): void {
    const text = this.text;
    for (const c of kept) {
      const a = this.actorFor(c);
      const surface = text.slice(c.start, c.end);
      // "President Jane Roe, Jr. of Freedonia": the name with its generational suffix is one of hers.
      if (c.kind === "PERSON" && !c.style && text[c.end] && (text[c.end] === "," || text[c.end] === " ")) {
        const sfx = NAME_SUFFIX.exec(text.slice(c.end, c.end + 6));
        if (sfx) c.style = surface + sfx[0];
      }
      a.surfaces.add(surface);
      if (c.style) a.surfaces.add(c.style);
      a.mentions.push({ start: c.start, end: c.end, actor: -1, text: surface, rule: c.rule });
      if (a.kind === "PERSON" && !a.fromRegistry && c.rule !== "actor.title-word-surname") this.personBySurname.set(a.key, a);
    }
  }

  /** `a` becomes a name of `into`: its surfaces and mentions move there, and it is dropped. */
  private fold(into: Actor, a: Actor): void {
    for (const s of a.surfaces) into.surfaces.add(s);
    for (const m of a.mentions) into.mentions.push(m);
    this.merged.add(a);
    this.byKey.delete(a.key);
  }

  /** The folds of several names of one actor, in order; the folded actors are dropped. */
  foldNames(partNames: ReadonlySet<string>): void {
    this.foldOneWordNames();
    this.foldPatronymics();
    this.foldMisspelledNames();
    this.foldAcronyms();
    this.foldShorterParts(partNames);
    this.foldDemonymBodies();
    this.foldShortBodyNames();
    if (this.merged.size) this.actors = this.actors.filter((a) => !this.merged.has(a));
  }

  /** "Chairperson Faki" after "Moussa Faki Mahamat": a one-word name inside a fuller one. */
  private foldOneWordNames(): void {
    // People by the words of their names, in actor order, so that each lookup is one map read.
    const byNameWord = new Map<string, Actor[]>();
    for (const b of this.actors) {
      if (b.kind !== "PERSON") continue;
      for (const w of new Set(b.name.split(" "))) {
        const list = byNameWord.get(w);
        if (list) list.push(b);
        else byNameWord.set(w, [b]);
      }
    }
    for (const a of this.actors) {
      if (a.kind !== "PERSON" || a.fromRegistry || a.name.includes(" ")) continue;
      const fuller = byNameWord.get(a.name)?.filter((b) => b !== a && !this.merged.has(b)) ?? [];
      const full = fuller[0];
      if (!full) continue;
      // "Natalia said" beside "Natalia Roe" and "Natalia Doe": a given name two people share is neither's.
      if (fuller.filter((b) => b.name.startsWith(`${a.name} `)).length > 1) continue;
      if (!full.role || narrowsRole(full.role, a.role)) full.role = a.role;
      this.fold(full, a);
      this.personBySurname.delete(a.key);
    }
  }

  /**
   * "Vladimir Vladimirovich", "Alexander Grigoryevich": the given name and patronymic, the polite
   * form of address, name the one person of the document with that given name.
   */
  private foldPatronymics(): void {
    const { actors, merged } = this;
    for (const a of actors) {
      if (a.kind !== "PERSON" || a.fromRegistry || merged.has(a)) continue;
      const words = a.name.split(" ");
      if (words.length !== 2 || !ADDRESS_PATRONYMIC.test(words[1])) continue;
      const given = tokenKey(words[0]).slice(0, 4);
      const full = actors.filter((b) => b !== a && b.kind === "PERSON" && !merged.has(b) && b.name.includes(" ") && tokenKey(b.name.split(" ")[0]).slice(0, 4) === given);
      if (full.length !== 1) continue;
      this.fold(full[0], a);
      this.personBySurname.delete(a.key);
    }
  }

  /**
   * "Jane Roe" … "Jane Rowe", "Jon Doe" … "John Doe": a full name written again with one letter
   * more, less or other in one of its words names the same person. A surname so differing is of
   * five letters or more; a given name keeps its first and last letters, so that "Mark" and "Mary",
   * "Ivan" and "Ivana" stay two people. The registry's person, else the name met more often (then first), stays.
   */
  private foldMisspelledNames(): void {
    const { merged } = this;
    const people = this.actors.filter((a) => a.kind === "PERSON" && a.name.includes(" "));
    if (people.length < 2) return;
    for (const a of people) {
      if (a.fromRegistry || merged.has(a)) continue;
      const b = people.find((x) => x !== a && !merged.has(x) && misspeltName(a.name, x.name));
      if (!b || (!b.fromRegistry && (b.mentions.length < a.mentions.length || (b.mentions.length === a.mentions.length && firstStart(b) > firstStart(a))))) continue;
      b.surfaces.add(a.name);
      this.fold(b, a);
      this.personBySurname.delete(a.key);
    }
  }

  /** "the IEA said" after "the International Energy Agency": an acronym of a body named in full is that body. */
  private foldAcronyms(): void {
    for (const a of this.actors) {
      if (a.kind !== "ORGANIZATION" || a.fromRegistry || !/^\p{Lu}{2,6}$/u.test(a.name)) continue;
      // Any name the document gives the body counts, with or without its state ("the MFA" after
      // "the Ministry of Foreign Affairs of Ukraine", which the registry names otherwise).
      const full = this.actors.find((b) => b !== a && b.kind === "ORGANIZATION" && !this.merged.has(b) && acronymOfNames(a.name, [b.name, ...b.surfaces]));
      if (!full) continue;
      full.surfaces.add(a.name);
      this.fold(full, a);
    }
  }

  /**
   * "the UN rights office" after "the UN human rights office": a lowercase body named again with
   * fewer words, the first and the head the same, is the same body.
   */
  private foldShorterParts(partNames: ReadonlySet<string>): void {
    const merged = this.merged;
    const parts = this.actors.filter((a) => a.kind === "ORGANIZATION" && partNames.has(a.name) && !merged.has(a));
    for (const a of parts) {
      const aw = a.name.split(" ");
      const b = parts.find((x) => {
        const bw = x.name.split(" ");
        return x !== a && !merged.has(x) && bw.length > aw.length && bw[0] === aw[0] && bw[bw.length - 1] === aw[aw.length - 1] && aw.every((w) => bw.includes(w));
      });
      if (!b) continue;
      b.surfaces.add(a.name);
      this.fold(b, a);
    }
  }

  /**
   * "the Danish Foreign Policy Committee" … "the Foreign Policy Committee": a body named once
   * with its country's demonym and once without is one body.
   */
  private foldDemonymBodies(): void {
    const merged = this.merged;
    const orgByName = new Map(this.actors.filter((a) => a.kind === "ORGANIZATION" && !a.fromRegistry && !merged.has(a)).map((a) => [a.name, a]));
    for (const b of orgByName.values()) {
      const sp = b.name.indexOf(" ");
      if (sp < 0 || !this.reg.demonyms.has(b.name.slice(0, sp))) continue;
      const a = orgByName.get(b.name.slice(sp + 1));
      if (!a || merged.has(a) || !a.name.includes(" ")) continue;
      this.fold(b, a);
    }
  }

  /**
   * "the Office of the President" after "the Office of the President of Freedonia", "the Bureau of
   * Labor Statistics" after "the US Bureau of Labor Statistics": a body's name without its "of"
   * tail or its country's initials is that body, when one body alone has such a name.
   */
  private foldShortBodyNames(): void {
    const merged = this.merged;
    const orgsLeft = this.actors.filter((a) => a.kind === "ORGANIZATION" && !merged.has(a));
    for (const a of orgsLeft) {
      if (a.fromRegistry || merged.has(a) || !a.name.includes(" ")) continue;
      const longer = orgsLeft.filter((b) => b !== a && !merged.has(b) && (b.surfaces.has(a.name) || [b.name, ...b.surfaces].some((n) => n.startsWith(a.name + " of "))));
      if (longer.length === 1) this.fold(longer[0], a);
    }
  }

  /**
   * 8. Later mentions by part of a name, at text no registry body or kept actor already names:
   * surnames and given names of discovered people, surnames coordinated with them, and the
   * acronyms of bodies named in full.
   */
  laterMentions(covered: (s: number, e: number) => boolean): void {
    const text = this.text;
    addSurnameMentions(text, this.personBySurname.values(), covered);
    addGivenNameMentions(text, this.actors, this.reg, covered);
    const coordinated = coordinatedSurnames(text, this.actors, this.reg, covered);
    if (coordinated.length) this.actors = [...this.actors, ...coordinated];
    addAcronymMentions(text, this.actors, covered);
  }
}

export function actorsComponent(doc: Doc, reg: Registry = loadRegistry()): void {
  const text = doc.text;
  const found = new Candidates(text, reg);
  found.registryNames();
  found.titleWordSurnames();
  found.titleChains();
  found.cuedPeople();
  found.givenNames();
  found.labelledPeople();
  found.loneSurnames();
  found.institutions();
  found.shapedOrgs();
  found.administrations();
  found.stateGovernments();
  found.parties();
  found.demonymPeople();
  const kept = keptInContext(resolveOverlaps(found.cands), text, reg);
  // "Tom Roe" beside "Jane Roe", where no rule found Tom Roe: the surname after another given name.
  const others = namesakes(text, kept, reg);
  if (others.length) {
    kept.push(...others);
    kept.sort((a, b) => a.start - b.start);
  }
  const entities = new Entities(text, reg);
  entities.addMentions(kept);
  entities.foldNames(found.partNames);
  const keptSpans = kept.map((c) => [c.start, c.end] as const);
  entities.laterMentions((s, e) => found.registryCover(s, e) || overlapsAny(keptSpans, s, e));
  const finalActors = entities.actors.filter((a) => a.mentions.length);
  orgsByPronoun(text, finalActors);
  const allMentions = numberMentions(finalActors);
  rolesFromTitles(found.titles, finalActors, allMentions, reg);
  settleRoles(finalActors, reg);
  flagMentions(text, finalActors, allMentions);
  doc.actors = finalActors;
  doc.mentions = allMentions;
  addDescriptionRefs(doc, reg);
}

/** Each actor's mentions, sorted and numbered with the actor's index; all of them sorted by start. */
function numberMentions(actors: readonly Actor[]): Mention[] {
  const allMentions: Mention[] = [];
  actors.forEach((a, i) => {
    a.mentions.sort((x, y) => x.start - y.start);
    for (const m of a.mentions) {
      m.actor = i;
      allMentions.push(m);
    }
    // The canonical name is no alias of itself.
    a.surfaces.delete(a.name);
  });
  allMentions.sort((x, y) => x.start - y.start);
  return allMentions;
}

/**
 * 9. Roles and affiliations from titles ("Russian President" -> Russia): each title gives its role
 * to the person named right after it, and marks the mentions inside it (a country in "Russian
 * President" is part of a title, not an actor of the sentence).
 */
function rolesFromTitles(titles: readonly TitleSpan[], actors: readonly Actor[], allMentions: Mention[], reg: Registry): void {
  const firstFrom = (pos: number) => firstIndex(allMentions, (m) => m.start < pos);
  for (const t of titles) {
    const pi = firstFrom(t.nameStart);
    const person = pi < allMentions.length && allMentions[pi].end <= t.nameEnd + 2 ? allMentions[pi] : undefined;
    if (person) {
      const a = actors[person.actor];
      if (a.kind === "PERSON") {
        if (!a.role || !a.fromRegistry || a.role === a.name) a.role = a.role && !a.fromRegistry ? a.role : t.title;
        if (!a.affiliation) {
          const dem = t.title ? /([\p{Lu}][\p{L}]+)/u.exec(t.title) : null;
          const c = dem && reg.demonyms.get(dem[1]);
          if (t.affiliation) a.affiliation = t.affiliation;
          else if (c) a.affiliation = c;
        }
      }
    }
    for (let i = firstFrom(t.start); i < allMentions.length && allMentions[i].start < t.end; i++) if (allMentions[i].end <= t.end) allMentions[i].inTitle = true;
  }
}

/** A person's role cleaned of forms of address, else the registry's; the country the role names is the affiliation. */
function settleRoles(actors: readonly Actor[], reg: Registry): void {
  for (const a of actors) {
    if (a.kind !== "PERSON") continue;
    if (a.role) a.role = roleOfTitle(a.role);
    if (!a.role) {
      const entry = reg.byName.get(a.name);
      a.role = entry?.role ?? null;
    }
    if (!a.affiliation && a.role) {
      for (const w of a.role.match(/[\p{Lu}][\p{L}]+/gu) ?? []) {
        const country = reg.demonyms.get(w);
        if (country) {
          a.affiliation = country;
          break;
        }
      }
      // "White House press secretary", "Kremlin spokesman": a registry institution in the role
      // stands for the country it belongs to; a registry country in it is the country itself.
      if (!a.affiliation) a.affiliation = countryInRole(a.role, reg);
    }
  }
}

/** Context flags used by statements and engagements: possessives, modifiers, "of Country" after a person. */
function flagMentions(text: string, actors: readonly Actor[], allMentions: readonly Mention[]): void {
  for (let mi = 0; mi < allMentions.length; mi++) {
    const m = allMentions[mi];
    const after = text.slice(m.end, m.end + 40);
    if (/^[’']s?(?![\p{L}])/u.test(after)) m.possessive = true;
    if (GENERIC_AFTER.test(after.replace(/^\s+/, ""))) m.modifier = actors[m.actor].kind !== "PERSON";
    // "A of Freedonia", "A, Jr. of the Republic of Freedonia", "A of the Lakeland Party": the person's own.
    if (actors[m.actor].kind !== "PERSON" && mi > 0) {
      const prev = allMentions[mi - 1];
      if (actors[prev.actor].kind === "PERSON" && prev.end <= m.start && m.start - prev.end <= 48 && NAME_THEN_OF.test(text.slice(prev.end, m.start))) m.ofAffiliation = true;
    }
  }
}

// "The President of Russia noted", "the Vice President said", "The Head of State": a definite
// title refers to the first person of the document who holds it. These references resolve
// speakers and subjects; they are not names, so they are kept out of the actor's mentions.
// Also with a demonym and in lower case, as news writes it: "the Ukrainian president said".
// A demonym or an acronym may qualify the title ("the Belarusian leader", "The Ukrainian Head of
// State", "the UN Secretary-General"); "leader" needs one, and stands for the head of its state.
const DESCRIPTION_TITLES = "President|Minister|Managing Director|Chancellor|Secretary|Premier|King|Queen|Prince|Emir|Sultan|Pope|Patriarch|Governor|Mayor|Speaker|Commissioner|Envoy|Director-General|Director|Secretary-General|Secretary General|Chairperson|Chairman|Chairwoman|Ambassador|National Security Advisor|National Security Adviser|Commander-in-Chief|Commander-in-chief|Leader";
const DESCRIPTION = guarded(
  new RegExp(
    String.raw`(?<![\p{L}])[Tt]he (?:(?!(?:Vice|Prime|Foreign|Deputy|Defen[cs]e|Head|Managing) )([\p{Lu}][\p{Ll}]+|\p{Lu}{2,3}) )?((?:[Vv]ice |[Pp]rime |[Ff]oreign |[Dd]eputy |[Dd]efen[cs]e )?(?:[Hh]ead of [Ss]tate|${DESCRIPTION_TITLES.replace(/(^|\|)(\p{Lu})/gu, (_m, bar: string, c: string) => `${bar}[${c}${c.toLowerCase()}]`)})(?: of (?:the )?(?:[\p{Lu}][\p{L}]+)(?: [\p{Lu}][\p{L}]+){0,3})?)(?![\p{L}-])(?!\s+[\p{Lu}][\p{Ll}])`,
    "gu",
  ),
);

// The field of a ministry or department after "of" ("the Minister of Foreign Affairs", "the
// Secretary of Defense"), not a place ("the Mayor of Lakeville").
// The words of a state's formal name before its own name ("the Republic of …", "the Kingdom of …").
const STATE_FORM = /^(?:(?:Islamic|Federal|Democratic|People’s|People's|Socialist|United|Arab|Hashemite|Swiss|Grand)\s+)*(?:Republic|Kingdom|Federation|Sultanate|Principality|Duchy|Commonwealth|Confederation)$/;
const OFFICE_FIELD = /^(?:Foreign|Defen[cs]e|Finance|Econom|Justice|Interior|Internal|Health|Education|Energy|Trade|Agricultur|Culture|Labou?r|Transport|Commerce|Treasury|Home|Environment|Digital|Emergenc|Social|Science|Veterans|Homeland|Housing|Infrastructure|Industry|State$)/;

// From a person's name to the state or body it is "of" (mention flags, ofAffiliation).
const NAME_THEN_OF = new RegExp(String.raw`^(?:,?\s*(?:Jr|Sr|II|III)\.?,?)?\s+of\s+(?:the\s+)?${STATE_STYLE_ADJECTIVES}(?:${STATE_STYLE_NOUN})?$`, "u");

// A body's name after a title's "of" ("the President of the Lakeland Association"), not a place.
const BODY_OF = new RegExp(`(?:${ORG_SUFFIX}|Association|Federation|Foundation|Institute|League|Party|Company|Corporation|Group|Society)$`);

function addDescriptionRefs(doc: Doc, reg: Registry): void {
  const persons = doc.actors.map((a, i) => ({ a, i })).filter((x) => x.a.kind === "PERSON");
  if (!persons.length) return;
  const firstAt = (i: number) => doc.actors[i].mentions[0]?.start ?? Infinity;
  persons.sort((x, y) => firstAt(x.i) - firstAt(y.i));
  const refs: Mention[] = [];
  const bodies = new Set(doc.actors.filter((a) => a.kind === "ORGANIZATION").map((a) => a.name));
  const titleRe = new Map<string, RegExp>();
  const cache = new Map<string, number>();
  DESCRIPTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DESCRIPTION.exec(doc.text))) {
    const desc = m[2];
    // "the Office of the President": a body named after the office, not its holder.
    if (/\p{Lu}[\p{L}-]*\s+of\s+$/u.test(doc.text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // Titles compare capitalised: "the prime minister" is "Prime Minister".
    const [titlePart, ofPart] = desc.split(/ of (?:the )?/).map((x, i) => (i === 0 ? x.replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase()) : x));
    let field: string | null = null;
    let country: string | null = m[1] ? reg.demonyms.get(m[1]) ?? (/^\p{Lu}+$/u.test(m[1]) ? matchRegistry(m[1], reg)[0]?.hits[0].entry.name ?? null : null) : null;
    if (m[1] && !country) continue;
    if (titlePart === "Leader" && !country) continue;
    if (ofPart) {
      const hit = matchRegistry(ofPart, reg)[0];
      country = hit ? hit.hits[0].entry.name : null;
      // "the President of the Republic of Freedonia": the state's formal name runs on past the
      // description; its holder is that state's, and none when the state is unknown.
      if (!country && STATE_FORM.test(ofPart)) {
        const tail = /^ of (?:the )?((?:[\p{Lu}][\p{L}]+)(?: (?:of )?[\p{Lu}][\p{L}]+){0,4})/u.exec(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 60));
        if (tail) {
          const st = matchRegistry(tail[1], reg)[0];
          if (!st) continue;
          country = st.hits[0].entry.name;
        }
      }
      if (titlePart === "Head" && /^State$/i.test(ofPart)) country = null;
      // "the Minister of Foreign Affairs of the Kingdom of B": the field is no state; the holder has
      // that field in the role (issue 11: not the first minister of the text), and is of the state
      // named after it.
      if (!country && OFFICE_FIELD.test(ofPart) && !(titlePart === "Head" && /^State$/i.test(ofPart))) {
        // Its first word's stem is enough: "Foreign Minister" holds "the Minister of Foreign Affairs".
        field = ofPart.toLowerCase().split(" ")[0].slice(0, 5);
        const tail = /^ of (?:the )?((?:[\p{Lu}][\p{L}]+)(?: (?:of )?[\p{Lu}][\p{L}]+){0,4})/u.exec(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 60));
        const st = tail ? matchRegistry(tail[1], reg)[0] : undefined;
        if (st) country = st.hits[0].entry.name;
      }
    }
    const want = /^Head/i.test(titlePart) || titlePart === "Leader" ? (titlePart === "Leader" ? "President|Prime Minister|Chancellor|Premier|King|Leader" : "President") : titlePart;
    let re = titleRe.get(want);
    if (!re) titleRe.set(want, (re = new RegExp(`(?:^|[^\\p{L}])(?:${want})(?![\\p{L}])`, "iu")));
    // statement.speaker.home-president: in a presidency's own document the title is its president's.
    if (want === "President" && !field && (country ? country === homeState(doc) : !m[1] && !ofPart)) {
      const holds = (i: number) => re!.test((doc.actors[i].role ?? "").split(/\s+(?:of|to|for|at|in|with)\s+/)[0]) && !/vice[ -]president/i.test(doc.actors[i].role ?? "") && (!country || doc.actors[i].affiliation === country);
      const home = homePresident(doc, reg, m.index, holds, refs);
      if (home !== undefined) {
        if (home !== null) refs.push({ start: m.index, end: m.index + m[0].length, actor: home, text: m[0], ref: true });
        continue;
      }
    }
    const ck = `${want}|${country}|${country ? "" : ofPart ?? ""}|${field}`;
    const cached = cache.get(ck);
    const cand = cached !== undefined ? (cached < 0 ? undefined : persons[cached]) : persons.find(({ a }) => {
      const role = a.role ?? "";
      // The title is the role's head, not a word of its field: "Head of the Office of the
      // President" is no President. A bare title is not that of a body the text names ("President
      // of the Lakeland Association of Towns" is not "the President").
      const [roleHead, roleField] = role.split(/\s+(?:of|to|for|at|in|with)\s+(?:the\s+)?/);
      const hasTitle = re!.test(roleHead) && (want !== "President" || !/vice[ -]president/i.test(role));
      // "the Minister of Foreign Affairs (of B)": the holder has that field in the role, of that state.
      if (field) return hasTitle && role.toLowerCase().includes(field) && (!country || a.affiliation === country);
      // "the President of the Lakeland Association": the holder of that body's title.
      // A place after "of" is no such body: "the mayor of Lakeville" is the one mayor.
      if (hasTitle && !country && ofPart && !/^State$/i.test(ofPart) && BODY_OF.test(ofPart)) return role.includes(ofPart);
      if (hasTitle && !country && !m![1] && roleField && bodies.has(roleField)) return false;
      // ("the IMF Managing Director": a role naming the body in full, "… of the International Monetary Fund", holds its initials too.)
      return hasTitle && (!country || a.affiliation === country || (!!m![1] && /^\p{Lu}+$/u.test(m![1]) && (role.includes(m![1]) || role.includes(country))));
    });
    if (cached === undefined) cache.set(ck, cand ? persons.indexOf(cand) : -1);
    if (!cand) continue;
    const start = m.index;
    refs.push({ start, end: start + m[0].length, actor: cand.i, text: m[0], ref: true });
  }
  if (!refs.length) return;
  // A description replaces the country mention inside it ("the President of Russia") for resolution.
  // Mentions are sorted by start: whether a person's mention among those starting before a
  // reference's end reaches into it is a question about the furthest end among them.
  const personEndBefore = [-Infinity];
  for (const x of doc.mentions) personEndBefore.push(Math.max(personEndBefore[personEndBefore.length - 1], doc.actors[x.actor].kind === "PERSON" ? x.end : -Infinity));
  const kept = refs.filter((r) => !(personEndBefore[firstIndex(doc.mentions, (x) => x.start < r.end)] > r.start));
  // References are disjoint and sorted: only the last one starting at or before x can hold it.
  const inside = (x: Mention) => {
    const r = kept[firstIndex(kept, (k) => k.start <= x.start) - 1];
    return !!r && x.end <= r.end;
  };
  doc.mentions = [...doc.mentions.filter((x) => !inside(x)), ...kept].sort((x, y) => x.start - y.start);
}

/** The country a role names: a registry country, or the country of a registry institution. */
function countryInRole(role: string, reg: Registry): string | null {
  for (const hit of matchRegistry(role, reg)) {
    const entry = pickHit(hit.hits).entry;
    if (entry.kind === "COUNTRY") return entry.name;
    const owner = entry.affiliation ? reg.byName.get(entry.affiliation) : undefined;
    if (entry.kind === "ORGANIZATION" && owner?.kind === "COUNTRY") return owner.name;
  }
  return null;
}

/**
 * "PACE also notes" after "the Parliamentary Assembly of the Council of Europe": the initials of
 * a body named in full, standing alone elsewhere in the text, are that body.
 */
function addAcronymMentions(text: string, actors: Actor[], covered: (s: number, e: number) => boolean): void {
  const byAcronym = new Map<string, Actor>();
  for (const a of actors) {
    if (a.kind !== "ORGANIZATION" || a.fromRegistry) continue;
    const acr = initials(a.name);
    if (acr.length >= 3 && acr.length <= 6 && !a.surfaces.has(acr) && acr !== a.name && !byAcronym.has(acr)) byAcronym.set(acr, a);
  }
  if (!byAcronym.size) return;
  // One pass over the capitalised runs of the text for all the acronyms.
  CAPS_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPS_RUN.exec(text))) {
    const a = byAcronym.get(m[0]);
    if (!a || covered(m.index, m.index + m[0].length)) continue;
    a.surfaces.add(m[0]);
    a.mentions.push({ start: m.index, end: m.index + m[0].length, actor: -1, text: m[0], rule: "actor.org-acronym" });
  }
}
const CAPS_RUN = /(?<![A-Za-z0-9\u00C0-\u024F])[A-Z]{3,6}(?![A-Za-z0-9\u00C0-\u024F])/g;

/** Whether a one-word body's name at [start, end) is part of another name: "X of the Y", "Y's X", "Freedonian X" (another country's). */
function insideOtherName(text: string, start: number, end: number, entry: RegistryEntry, reg: Registry): boolean {
  if (/^ of (?:the )?\p{Lu}/u.test(text.slice(end, end + 9))) return true;
  const prev = /(\p{Lu}[\p{L}\-]*)([’']s)? $/u.exec(text.slice(Math.max(0, start - 30), start));
  if (!prev) return false;
  if (prev[2]) return !reg.root.next.get(tokenKey(prev[1]))?.hits.length;
  // "the Freedonia-Sylvania Alliance", "the Canada Senate": a compound of names, or another
  // country's name, opens another body's name.
  if (text[start - prev[0].length - 1] === "-" || /\p{L}-\p{Lu}/u.test(prev[1])) return true;
  const state = reg.root.next.get(tokenKey(prev[1]))?.hits.find((h) => h.tokens.length === 1 && h.entry.kind === "COUNTRY" && !h.capital);
  if (state && state.entry.name !== entry.affiliation) return true;
  const country = reg.demonyms.get(prev[1]);
  return !!country && country !== entry.affiliation;
}

/** The length of " Given" after a registry person's surname at `end` when Given is that person's given name; 0 otherwise. */
function surnameFirst(text: string, end: number, entry: RegistryEntry): number {
  if (text[end] !== " " || !UPPER.test(text[end + 1] ?? "")) return 0;
  const next = /^ (\p{Lu}[\p{L}\-]+)(?![\p{L}])/u.exec(text.slice(end, end + 30));
  if (!next) return 0;
  return entry.forms.some((f) => f.split(" ").length > 1 && f.split(" ")[0] === next[1]) ? next[0].length : 0;
}

/** The initials of a name's capitalised words ("International Energy Agency" -> "IEA"). */

function pickHit(hits: AliasHit[]): AliasHit {
  // Prefer a full form over a short one, and a country over a capital reading.
  return [...hits].sort((a, b) => Number(a.short) - Number(b.short) || Number(a.capital) - Number(b.capital))[0];
}
