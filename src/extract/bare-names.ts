// People the text names as speakers whom actor detection did not find: a surname alone before a
// reporting verb ("Faulkner said", "“…,” Le said") or a name introduced with its role ("thinks
// Jane Roe, a columnist, …"). They are subjects all the same, so a later "he" is them, never a
// person named before them; pronoun resolution (speakers.ts) uses them as barriers.
import type { Doc } from "./doc.js";
import { mentionsIn } from "./doc.js";
import { surnameOwner } from "./namesake-choice.js";
import { fullNameWords, knownGivenName } from "./given-names.js";
import { STOP_CAPS, TITLE_HEADS, TITLE_WORDS } from "./lexicon.js";
import { wordMatches, wordPattern } from "./word-matches.js";

export interface BareName {
  start: number;
  end: number;
  /** The person actor the name stands for (one of its words, unambiguous), else null: unknown. */
  actor: string | null;
  /** The fullest form the text gives ("Faulkner" → "Campbell Faulkner"). */
  full: string;
}

const WORD = "\\p{Lu}[\\p{Ll}’'\\-]+";
const VERBS = "said|says|told|added|asked|urged|called|warned|noted|explained|argued|wrote|thinks|believes|stressed|insisted|continued";
// A surname (or a first name and surname) opening a sentence or following a closed quotation, right before its verb
// (an apposition may stand between: "Roe, 85, said"; an adverb too: "Roe also argued").
// Blanks are bounded ({1,3}) so that a long run of them is not rescanned at each of its positions.
// statement.speaker.bare-name-after-time: a day may open the sentence before the surname with no
// comma ("On Thursday Roe said", "Later on Monday Roe told"), or an adverbial set off by a comma
// ("In a filing, Roe said").
const DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today)";
const TIME_OPENING = `(?:(?:(?:Later|Earlier)\\s{1,3})?(?:[Oo]n\\s{1,3})?${DAY},?\\s{1,3}|\\p{Lu}[^,.;:!?“”"\\n]{1,60},\\s{1,3})?`;
const SURNAME_SUBJECT = new RegExp(`(?:^|[.!?]\\s{1,3}|[”"]\\s{0,3})${TIME_OPENING}(${WORD}(?:[ \\t]${WORD})?)(?:,[^,;“”"\\n]{1,80},)?\\s{1,3}(?:(?:also|later|then|again)\\s{1,3})?(?:${VERBS})\\b`, "gmu");
// statement.speaker.bare-name-inverted: "“…,” said Roe." — a surname (or first name and surname) after
// the verb of a tag that follows the closing mark and ends its sentence (or goes on with a day or
// place: "said Roe on Tuesday"). Only when the text also writes the word mid-sentence (nameMidSentence).
// The verbs of an inverted tag.
const TAG_VERBS = "said|says|added|asked|continued|explained|insisted|replied|wrote";
const INVERTED_TAG = new RegExp(`[,?!][”"][ \\t]{1,2}(?:${TAG_VERBS})[ \\t](${WORD}(?:[ \\t]${WORD})?)(?=[.,;]|[ \\t](?:on|in|at|during|after|before|of|from|last|this|earlier|later)[ \\t])`, "gu");
// "…, thinks Jane Roe, a contributing editor …": a full name after its verb, with an apposition.
const NAME_AFTER_VERB = new RegExp(`\\b(?:${VERBS})\\s(${WORD}(?:[ \\t]${WORD}){1,2}),\\s(?:a|an|the)\\s`, "gu");

// Words that open a clause before a name ("When Acme said", "As Acme noted"), no given names.
const CLAUSE_OPENERS = new Set(["When", "As", "And", "But", "If", "While", "After", "Before", "Since", "Because", "Although", "Though", "Once", "Until", "Unless", "Whether", "So", "Or"]);

// "I’ve said", "It’s said": a pronoun's contraction, no name.
const CONTRACTION = /^(?:I|It|We|You|They|He|She|That|There|What)[’'](?:ve|re|ll|d|m|s)$/;

function plainWord(w: string): boolean {
  return !STOP_CAPS.has(w) && !TITLE_WORDS.has(w) && !CONTRACTION.test(w);
}

/**
 * Bare names in doc order. A lone word counts only when the text also uses it within a longer
 * capitalised name ("Campbell Faulkner" … "Faulkner said") or capitalised after a lowercase word
 * ("a plan from Acme" … "Acme said"), which a common noun opening a sentence ("Officials said")
 * never is.
 */
export function bareNames(doc: Doc): BareName[] {
  const text = doc.text;
  const persons = doc.actors.filter((a) => a.kind === "PERSON");
  const bodies = doc.actors.filter((a) => a.kind === "ORGANIZATION");
  const out: BareName[] = [];
  const add = (start: number, surface: string, full = surface) => {
    const end = start + surface.length;
    if (mentionsIn(doc, start, end).length) return;
    const words = surface.split(/\s+/);
    if (!words.every(plainWord)) return;
    const last = words[words.length - 1];
    // A body's short form ("Northbank" of "Northbank Holdings PLC") stands for the body.
    const body = words.length === 1 ? bodies.find((a) => a.name.split(/\s+/)[0] === last) : undefined;
    if (body) full = body.name;
    let owners = persons.filter((a) => a.name.split(/\s+/).includes(last));
    // "says Behnam" where the text writes "Behnam Ben Taleblu" and detection found "Ben Taleblu": that person's given name.
    if (!owners.length && words.length === 1) owners = persons.filter((a) => text.includes(`${last} ${a.name}`));
    out.push({ start, end, actor: owners.length === 1 ? owners[0].name : owners.length > 1 ? (surnameOwner(owners, start, text)?.name ?? null) : null, full });
  };
  // Each lone word costs a scan of the text: a few dozen are plenty for a real article.
  let lookups = 0;
  const fuller = new Map<string, string | null>();
  let actorNames: Set<string> | undefined;
  for (const m of text.matchAll(SURNAME_SUBJECT)) {
    const w = m[1];
    const start = m.index! + m[0].indexOf(w);
    let full: string | null | undefined = /\s/.test(w) ? w : fuller.get(w);
    if (full === undefined) {
      if (++lookups > 48) continue;
      // A lone word that is no name ("He said") is dropped by add() whatever its fuller form: no scan.
      full = !plainWord(w) ? null : longerName(text, w, (actorNames ??= new Set(doc.actors.flatMap((a) => [a.name, ...a.surfaces])))) ?? (nameMidSentence(text, w) ? w : null);
      fuller.set(w, full);
    }
    if (!full) continue;
    add(start, w, full);
  }
  for (const m of text.matchAll(NAME_AFTER_VERB)) add(m.index! + m[0].indexOf(m[1]), m[1]);
  for (const m of text.matchAll(INVERTED_TAG)) {
    const w = m[1];
    // "said Rep. Jane Roe": a title's abbreviation is no name.
    if (CLAUSE_OPENERS.has(w.split(/\s/)[0]) || DAY_WORD.test(w) || TITLE_WORDS.has(`${w}.`)) continue;
    const full = /\s/.test(w) ? w : (fuller.get(w) ?? (plainWord(w) && nameMidSentence(text, w, TAG_VERB_BEFORE) ? w : null));
    if (full) add(m.index! + m[0].lastIndexOf(w), w, full);
  }
  // statement.speaker.bare-name-subject: the name, once the text makes it a speaker, is the subject
  // of every sentence it opens ("Roe has met the governor …"): a later "she said" may be them.
  const lone = new Map(out.filter((b) => !/\s/.test(text.slice(b.start, b.end))).map((b) => [text.slice(b.start, b.end), b] as const));
  for (const [w, b] of lone) {
    for (let q = text.indexOf(w); q >= 0; q = text.indexOf(w, q + 1)) {
      if (q === b.start || !SUBJECT_AT.test(text.slice(Math.max(0, q - 3), q)) || !VERB_AFTER.test(text.slice(q + w.length, q + w.length + 24))) continue;
      if (!mentionsIn(doc, q, q + w.length).length && !out.some((x) => x.start === q)) out.push({ ...b, start: q, end: q + w.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
// A sentence's opening (its first word) and a finite verb after the name ("has met", "was speaking", "won").
const SUBJECT_AT = /(?:^|[.!?]\s{1,2}|\n)$/;
const VERB_AFTER = /^\s(?:has|had|was|is|will|would|could|also|then|later|\p{Ll}+ed)\s/u;

/** A word written capitalised after a lowercase word ("a plan from Acme") is a name, not a common noun opening a sentence ("Officials said"). */
function nameMidSentence(text: string, w: string, notAfter?: RegExp): boolean {
  // `\p{Ll},? w(?![\p{L}\p{M}])` at each occurrence of the word, found by indexOf rather than a
  // regex built per word and run over the whole text.
  for (let q = text.indexOf(w, 2); q >= 0; q = text.indexOf(w, q + 1)) {
    if (text.charCodeAt(q - 1) !== 32 || LETTER_OR_MARK_AT.test(text.slice(q + w.length, q + w.length + 2))) continue;
    if (notAfter?.test(text.slice(Math.max(0, q - 12), q))) continue;
    if (LOWER_ENDS.test(text.slice(Math.max(0, q - 3), q - 1))) return true;
    if (text.charCodeAt(q - 2) === 44 && q >= 3 && LOWER_ENDS.test(text.slice(Math.max(0, q - 4), q - 2))) return true;
  }
  return false;
}
const LETTER_OR_MARK_AT = /^[\p{L}\p{M}]/u;
const DAY_WORD = new RegExp(`^${DAY}$`);
// The inverted tag's own verb is no evidence that the word after it is a name.
const TAG_VERB_BEFORE = new RegExp(`(?:${TAG_VERBS})\\s$`);
const LOWER_ENDS = /\p{Ll}$/u;

// Given names or initials before the word, or a capitalised word after it; at most two blanks before the word.
const longerPattern = (w: string) =>
  wordPattern("longer", w, (esc) => `(?<![\\p{L}\\p{M}’'.\\-])(?:(?:(?:\\p{Lu}\\.)+|\\p{Lu}[\\p{Ll}’'\\-]+)[ \\t]){1,2}${esc}(?![\\p{L}])|(?<![\\p{L}])${esc}[ \\t]\\p{Lu}[\\p{Ll}’'\\-]+`);

function longerName(text: string, w: string, actorNames: ReadonlySet<string>): string | null {
  // Words before the surname are given names or initials ("J. Roe", "Jane Q. Roe"), never a word
  // ending a sentence ("… compiled by Acme. Acme said") nor one opening a clause ("When Acme …").
  for (const m of wordMatches(text, w, longerPattern(w), 2)) {
    const words = m[0].split(/\s+/);
    if (CLAUSE_OPENERS.has(words[0])) continue;
    // The word as a given name before a surname ("Sophie said" … "Sophie Roe") or a body's short
    // name ("Acme said" … "Acme Holdings", an actor), not a firm before its product's name ("Acme Chrome").
    if (words[0] === w && !knownGivenName(w) && !actorNames.has(m[0].replace(/\s+/g, " "))) continue;
    // A given name is no one's surname ("Lakeland Marta"; after a title it is the name: "Bishop Ambrose"), and a run inside a longer capitalised
    // name is that name's ("The Northbank Roe Fund").
    if (words[0] !== w && knownGivenName(w) && !knownGivenName(words[0]) && plainWord(words[0]) && !TITLE_HEADS.has(words[0])) continue;
    if (/^[ \t]\p{Lu}/u.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 2))) continue;
    return fullNameWords(words.length > 2 && !plainWord(words[0]) ? words.slice(1) : words).join(" ");
  }
  return null;
}
