// Names the given-name lists do not know ("“…,” said Yeap Jun Rong, market strategist at …",
// "…, says Behnam."): the slot of an attribution is itself the evidence of a person. A run of one to
// four capitalised words right after an inverted tag, closed by the end of its sentence or by a
// comma and a person's description (an age, "who", or a role a person holds), names a person; so
// does one capitalised word opening its sentence before such a description and "said". A body
// ("said Acme Capital"), an outlet, a place, a month or a title is kept out by the word checks of
// the caller and the ones below; one word alone needs more (no registry name, no common word, no
// place, and the text never writes it as a body's).
import { APPOSITION_PERSON_HEADS, HONORIFICS, ORG_WORDS, PERSON_NOUN_ENDING, STOP_CAPS, TITLE_HEADS, TITLE_WORDS, TRADE_HEAD } from "./lexicon.js";
import { knownGivenName } from "./given-names.js";
import { isCommonWord } from "./person-name.js";
import { type Registry, tokenKey } from "./registry.js";

export interface AttributedName {
  start: number;
  end: number;
  /** The description after the comma, when one closes the name. */
  role: string | null;
}

const NAME_WORD = String.raw`[\p{Lu}][\p{L}\p{M}'’\-]+`;
// A person's description: an age, a relative clause, or a role (articles and modifiers before a person head).
const HEADS = `${[...new Set(APPOSITION_PERSON_HEADS)].join("|")}|analyst|${PERSON_NOUN_ENDING}`;
const DESCRIPTION = String.raw`(?:\d{1,3}(?=[,.])|who\s|(?:(?:a|an|the)\s)?(?:[\p{Ll}\-]+(?:[’']s)?\s){0,5}?(?:${HEADS})(?![\p{L}]))`;
// "“…,” said X", "…?” says X", "…, says X": the inverted tag after a quotation or a reported clause.
const TAG_VERBS = "said|says|added|adds|noted|notes|explained|explains|argued|argues|recalled|recalls|warned|warns|insisted|insists|continued|wrote|writes";
const INVERTED = new RegExp(String.raw`(?:[,?!][”"]?|[”"],?)\s(?:${TAG_VERBS})\s((?:${NAME_WORD} ){0,3}${NAME_WORD})(?:(\.)(?=\s|$)|$|(?=\n)|,\s(${DESCRIPTION}))`, "gu");
const TAG_AT = new RegExp(String.raw`\s(?:${TAG_VERBS})\s`, "u");
// A person's sign in the sentence after a one-word name: "He …", "Her …", "The Romanian journalist …".
const PERSON_NEXT = new RegExp(String.raw`^[“"]?(?:(?:He|She|His|Her)(?![\p{L}])|The\s(?:[\p{L}\p{N}\-]+\s){0,3}?(?:${HEADS})(?![\p{L}]))`, "u");
// "Behnam, a researcher at the institute, said": one word opening its sentence before its description and the verb.
const OPENING = new RegExp(String.raw`(?:^|[.!?][”"]?\s+|\n)(${NAME_WORD}),\s(${DESCRIPTION}[^,.;\n]{0,80}),\s(?:said|says|told)(?![\p{L}])`, "gu");
// News agencies and outlets quoted by one word ("told Reuters" is elsewhere in the text when not here).
const OUTLETS = /^(?:Reuters|Bloomberg|Interfax|Xinhua|Yonhap|Kyodo|Sputnik|Tass|Axios|Politico|Semafor|Ukrinform|Anadolu|Bernama|Antara|Efe|Ansa|Dpa|Afp|Nikkei|Newsweek|Forbes|Vox|Vice)$/;
// Three-letter month names ("Jun", "Jan") are name words inside a longer name ("Yeap Jun Rong"): a date has its digits.
const MONTH_SHORT = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/;

/** Whether `w`, one word of a name of `n` words, may stand in a name in an attribution's slot. */
export function nameWord(w: string, n: number, isNameLike: (w: string) => boolean): boolean {
  return isNameLike(w) || (n > 1 && MONTH_SHORT.test(w));
}

/** A title's or form of address's abbreviation ("Rep.", "Sen.", "Dr."): the name comes after its dot. */
function abbreviation(w: string): boolean {
  return TITLE_WORDS.has(`${w}.`) || TITLE_HEADS.has(`${w}.`) || HONORIFICS.has(`${w}.`) || HONORIFICS.has(w);
}

/**
 * Whether one word alone is a person's name: no registry name, common word, title, place word or
 * body's word, and the text nowhere writes it as a body's ("at Acme", "the Acme", "Acme's shares",
 * "Acme Holdings", "Acme said it").
 */
function loneName(text: string, w: string, reg: Registry): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w) || isCommonWord(w) || STOP_CAPS.has(w) || TITLE_WORDS.has(w) || TITLE_HEADS.has(w) || ORG_WORDS.has(w) || TRADE_HEAD.test(w)) return false;
  if (reg.root.next.get(tokenKey(w))?.hits.length || reg.demonyms.has(w)) return false;
  if (OUTLETS.test(w)) return false;
  const body = new RegExp(String.raw`(?:\b(?:at|the|The|by|told|[Ss]hares\sof|[Ss]take\sin|[Uu]nits?\sof)\s${w}(?![\p{L}])|(?<![\p{L}])${w}(?:[’']s\s(?:shares|stock|products|website|platform|customers|employees)|\s(?:said|says)\sit\s|\s(?:reported|reports|news\sagency)(?![\p{L}])|\s\p{Lu}[\p{L}]+))`, "u");
  return !body.test(text);
}

/**
 * "Jane Roe, the actress, …" before "said Roe", "Behnam Ben Taleblu" before "says Behnam": the
 * text's full name holding the one word, which is the person (its other mentions follow it), or null.
 */
function fullNameOf(text: string, w: string, isNameLike: (w: string) => boolean): { start: number; end: number } | null {
  const full = new RegExp(String.raw`(?<![\p{L}\p{M}'’\-])((?:${NAME_WORD} )?)${w}((?: ${NAME_WORD}){0,2})(?![\p{L}\p{M}'’\-])`, "gu");
  for (const m of text.matchAll(full)) {
    if (!m[1] && !m[2]) continue;
    const words = m[0].split(" ");
    if (STOP_CAPS.has(words[0]) || !words.every((x) => x === w || isNameLike(x))) continue;
    // A known given name opens a name the given-name rule reads (actor.given-name): the one word is that person's.
    if (knownGivenName(words[0])) return null;
    return { start: m.index!, end: m.index! + m[0].length };
  }
  return null;
}

/** The names in attribution slots of `text`; `isNameLike` judges one word as a name's. */
export function attributedNames(text: string, reg: Registry, isNameLike: (w: string) => boolean): AttributedName[] {
  const out: AttributedName[] = [];
  const take = (name: string, start: number, role: string | null, end: number) => {
    const words = name.split(/\s/);
    // One word ending its sentence names a body as often as a person ("said Acme."): it needs a person's sign.
    if (words.length === 1 && role === null && !knownGivenName(name) && !PERSON_NEXT.test(text.slice(end, end + 160).trimStart())) return;
    if (!words.every((w) => nameWord(w, words.length, isNameLike))) return;
    if (abbreviation(words[words.length - 1])) return;
    // "wrote Jane Roe": a known given name before name words is the given-name rule's (actor.given-name).
    if (words.length > 1 && knownGivenName(words[0]) && words.every(isNameLike)) return;
    const full = words.length === 1 ? fullNameOf(text, name, isNameLike) : null;
    if (full) out.push({ ...full, role: null });
    else if (words.length === 1 && !loneName(text, name, reg)) return;
    else out.push({ start, end: start + name.length, role });
  };
  INVERTED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INVERTED.exec(text))) take(m[1], m.index + m[0].indexOf(m[1], m[0].search(TAG_AT) + 1), m[3]?.trim() ?? null, m.index + m[0].length);
  OPENING.lastIndex = 0;
  // "Marta, 35, said": an age alone is the person cue's (actor.person-cue).
  while ((m = OPENING.exec(text))) if (!/^\d/.test(m[2])) take(m[1], m.index + m[0].indexOf(m[1]), m[2].trim(), m.index + m[0].length);
  return out;
}
