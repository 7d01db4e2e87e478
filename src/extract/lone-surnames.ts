// People a news article names by surname alone throughout ("Roe has met the minister twice." …
// "“…,” said Roe."), as it does athletes and celebrities: no given name, title or registry entry
// introduces them, so no other actor rule finds them. A capitalised word is such a person when the
// text makes it the agent of a reporting verb, speaks of it as a person ("Roe, who …", "Roe … she")
// and uses it again, and nothing in the text or the lexicons makes it a place, a body, an outlet or
// a common word.
import { knownGivenName, PLACE_HEADS } from "./given-names.js";
import { guarded } from "./guarded-pattern.js";
import { MONTHS, ORG_WORDS, STOP_CAPS, TITLE_HEADS, TITLE_WORDS, TRADE_HEAD, WEEKDAYS } from "./lexicon.js";
import { isCommonWord, PLACE_WORDS } from "./person-name.js";
import { type Registry, tokenKey } from "./registry.js";

// The reporting verb after the name ("Roe said", "Roe also told reporters").
const VERB_AFTER = / (?:(?:also|later|then|again|previously) )?(?:said|says|added|told|stressed|noted|explained|insisted|argued|warned|wrote|recalled|continued|admitted|conceded)(?![\p{L}])/gu;
// The reporting verb before the name, which ends its clause ("“…,” said Roe.").
const VERB_BEFORE = guarded(/(?<![\p{L}])(?:said|says|added|continued|explained|insisted|recalled|wrote) (\p{Lu}(?:[\p{Ll}\p{M}\-]|[’']\p{Lu})*\p{Ll})(?=[.,;!?]|$)/gmu);
const LOWER_BEFORE = /\p{Ll},? $/u;
const CAP_BEFORE = /(?:^|[^\p{L}’'\-])(\p{Lu}[\p{L}’'\-]*) $/u;
const NAME_CHAR = /[\p{L}\p{M}’'\-]/u;
// An apostrophe inside a surname opens its second part ("O’Hara"); before a lowercase ending it is a
// contraction ("I’m", "Let’s").
const NAME = /^\p{Lu}(?:[\p{Ll}\p{M}\-]|[’']\p{Lu})*\p{Ll}$/u;
// Where a clause opens before the agent: a sentence's or a paragraph's start, a closed quotation,
// or an adverbial set off by a comma ("In an interview, Roe said").
const CLAUSE_OPENING = /(?:^|[.!?]["”’]?\s|["”]\s|,\s|\n)$/u;
const CALENDAR = new Set(`${MONTHS}|${WEEKDAYS}`.split("|"));
// The text speaks of the word as a person: a relative "who", or "he"/"she" later in the sentence.
const WHO_AFTER = /^,? who(?![\p{L}])/u;
const PERSONAL_LATER = /^[^.!?\n]{0,160}?(?<![\p{L}])(?:he|she|his|her|him|himself|herself)(?![\p{L}])/iu;
// … or as a body, an outlet or a place: "Roe, which", "Roe said it", "Roe reported", "in Roe",
// "Roe's shares", "told Roe" (an outlet is told things; a person named alone rarely is).
const THING_AFTER = /^(?:,? which(?![\p{L}])|(?:’s|'s) (?:shares|stock|website|statement|report|board|parent|headquarters|subsidiary|spokes\p{L}*)(?![\p{L}])|(?: (?:also|has|had|then|later))* (?:said|says|announced|confirmed|added|reported|reports|told \p{L}+) (?:it|its)(?![\p{L}])| reported(?![\p{L}])| reports(?![\p{L}])| (?:Inc|Ltd|Corp|LLC|PLC|Group|AG|SA)(?![\p{L}]))/u;
const THING_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|in|at|to|from|into|near|told|via|on|[Tt]he)\s$/u;
// Longest name kept: the search reads at most this many candidate words per document.
const MAX_WORDS = 24;

export interface LoneSurname {
  word: string;
  /** Every occurrence of the word in the text, in order. */
  spans: Array<[number, number]>;
}

/**
 * The surnames the text names people by alone. `covered` says whether a span is already some
 * actor's mention (a name another rule found, "Jane Roe", holds its surname).
 */
export function loneSurnames(text: string, reg: Registry, covered: (s: number, e: number) => boolean): LoneSurname[] {
  const agents = new Set<string>();
  VERB_AFTER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = VERB_AFTER.exec(text)) && agents.size < MAX_WORDS) {
    let s = m.index;
    while (s > 0 && NAME_CHAR.test(text[s - 1])) s--;
    const w = text.slice(s, m.index);
    if (NAME.test(w) && CLAUSE_OPENING.test(text.slice(Math.max(0, s - 3), s))) agents.add(w);
  }
  VERB_BEFORE.lastIndex = 0;
  while ((m = VERB_BEFORE.exec(text)) && agents.size < MAX_WORDS) agents.add(m[1]);
  const out: LoneSurname[] = [];
  for (const w of agents) {
    if (!surnameOnly(w, reg)) continue;
    const spans = occurrences(text, w);
    if (spans.length >= 2 && spans.every(([s, e]) => !covered(s, e)) && personInText(text, spans, reg)) out.push({ word: w, spans });
  }
  return out;
}

/** A word that no lexicon or registry gives another reading: no given name, place, body, title, month or common word. */
function surnameOnly(w: string, reg: Registry): boolean {
  if (knownGivenName(w) || isCommonWord(w) || STOP_CAPS.has(w) || TITLE_WORDS.has(w) || TITLE_HEADS.has(w) || ORG_WORDS.has(w) || PLACE_HEADS.has(w) || PLACE_WORDS.has(w) || CALENDAR.has(w)) return false;
  if (TRADE_HEAD.test(w) || reg.demonyms.has(w) || reg.capitals.has(w) || /(?:ians?|ese|ish)$/.test(w)) return false;
  return !reg.root.next.has(tokenKey(w));
}

/** Where the word stands alone in the text (no letter glued to it). */
function occurrences(text: string, w: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let q = text.indexOf(w); q >= 0; q = text.indexOf(w, q + w.length)) {
    const e = q + w.length;
    if ((q > 0 && NAME_CHAR.test(text[q - 1])) || (e < text.length && NAME_CHAR.test(text[e]) && !/^[’']s(?![\p{L}])/u.test(text.slice(e, e + 3)))) continue;
    spans.push([q, e]);
  }
  return spans;
}

/**
 * Every occurrence stands alone (a capitalised word glued after it, or before it unless a demonym,
 * a title or a function word, makes it part of a longer name: "Roe Holdings", "Jane Roe"), none reads as a thing's, one
 * reads as a person's and one follows a lowercase word.
 */
function personInText(text: string, spans: ReadonlyArray<[number, number]>, reg: Registry): boolean {
  let person = false;
  let proper = false;
  for (const [s, e] of spans) {
    const after = text.slice(e, e + 200);
    const before = text.slice(Math.max(0, s - 30), s);
    // A word in quotation marks of its own is a nickname or a call sign, which the text gives a person it names otherwise.
    if (/^ \p{Lu}/u.test(after) || THING_AFTER.test(after) || THING_BEFORE.test(before) || (/["“‘]$/u.test(before) && /^["”’]/u.test(after))) return false;
    const cap = CAP_BEFORE.exec(before);
    if (cap && !reg.demonyms.has(cap[1]) && !TITLE_HEADS.has(cap[1]) && !STOP_CAPS.has(cap[1])) return false;
    if (WHO_AFTER.test(after) || PERSONAL_LATER.test(after)) person = true;
    // Capitalised after a lowercase word, it is a name, not a plural noun opening sentences ("Aides said").
    if (LOWER_BEFORE.test(before)) proper = true;
  }
  return person && proper;
}
