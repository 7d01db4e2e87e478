// statement.indirect.group-subject, the shape the noun-phrase tagger stops short of: a group of
// people or bodies with no name, as the subject of a reporting verb, whose head noun carries a
// modifier after it. News writes its unnamed sources so: "Advocates for the measure say …",
// "Strategists at Northbank said …", "authorities there said …", "Experts at the time warned …".
// The phrase is the label; the speaker is null (the group is nobody the text names).
import type { Doc } from "./doc.js";
import { sentenceAt } from "./doc.js";
import { tag, tokenAt, type Token } from "./backbone.js";

// Plural heads of a group that speaks as one: people by their trade or standing, and bodies.
export const GROUP_PLURAL =
  "(?:officials|analysts|experts|economists|critics|investors|traders|lawmakers|legislators|residents|volunteers|witnesses|activists|protesters|prosecutors|investigators|researchers|scientists|doctors|leaders|authorities|historians|advocates|proponents|opponents|supporters|campaigners|executives|representatives|insiders|demonstrators|lawyers|sources|observers|diplomats|commentators|strategists|bankers|academics|scholars|negotiators|envoys|forecasters|pollsters|monitors|inspectors|rescuers|specialists|agencies|organi[sz]ations|governments|companies|firms|unions|banks|countries|nations|charities|politicians)";

// A participle placing the group before its preposition ("companies operating in Lakeland").
const PLACED = "operating|based|working|living|stationed|active|investing|trading|fighting|serving";

// What may stand between the group and its verb: adverbs and auxiliaries ("also", "have").
const TAIL = /(?:\s+(?:\p{Ll}+ly|also|further|again|now|still|have|had|were|are|would|will|did|do))*\s*$/u;

// The group, at the end of the text before the verb: up to four modifiers ("energy industry
// insiders and"), the plural head, then a place adverb or a preposition and its object.
const GROUP_AT_END = new RegExp(
  `((?:(?:[\\p{L}][\\p{L}.’'\\-]*|and)\\s+){0,4}?${GROUP_PLURAL}(?:\\s+(?:there|here|on the ground)|\\s+(?:(?:${PLACED})\\s+)?(?:at|for|from|in|with|on|of|across|inside|familiar with)\\s+[^,;:()“”"‘’]{2,60}?)?)$`,
  "iu",
);
// Where a clause, and so its subject, may open.
const CLAUSE_OPEN = /(?:[,;:—–]\s*|(?:^|\s)(?:and|but|while|as|after|because|though|although|since|when|where|whereas|But|And|While|As|After|Because|Though|Although|Since|When|Meanwhile|However)\s+)$/u;
// Modifiers a group may have before its head: lowercase words the tagger reads as adjectives or
// nouns, capitalised words (a country's adjective, an acronym, a body's name), "and" between them.
const DETERMINER = /^(?:the|The|some|Some|many|Many|most|Most|several|Several|other|Other|few|Few)$/;

/**
 * The group subject of the verb at `vpos` (not searching before `limit`), when its head is
 * modified where the tagger's noun phrase stops: a prepositional phrase or place adverb after it
 * ("Advocates for the measure", "authorities there"; modifiers before the head may be coordinated,
 * "industry insiders and advocates at the fair"). Null when the phrase does not open a clause or
 * its words are no noun phrase.
 */
export function modifiedGroupSubject(doc: Doc, vpos: number, limit: number): { speaker: null; label: string; start: number; group: true } | null {
  const from = Math.max(limit, vpos - 140);
  let window = doc.text.slice(from, vpos);
  window = window.slice(0, window.length - TAIL.exec(window)![0].length);
  const m = GROUP_AT_END.exec(window);
  if (!m) return null;
  const base = from + m.index;
  const spans = [...m[1].matchAll(/\S+/g)];
  const all = spans.map((w) => w[0]);
  const at = (i: number) => base + spans[i].index!;
  const end = base + m[1].length;
  const hi = all.findIndex((w) => HEAD.test(w));
  if (hi < 0) return null;
  const after = all.slice(hi + 1);
  const tokens = sentenceTokens(doc, base);
  // The phrase opens a clause, its modifiers (the longest run that does) only a noun's: drop
  // words from the left until both hold.
  for (let k = 0; k <= hi; k++) {
    const start = at(k);
    const mods = all.slice(k, hi);
    const headStart = at(hi);
    const ok =
      opens(doc, limit, start) &&
      mods[0] !== "and" &&
      mods[mods.length - 1] !== "and" &&
      // A head with no modifier after it is the tagger's phrase (subject-np.ts), not this rule's.
      after.length > 0 &&
      nominalOnly(tokens, DETERMINER.test(mods[0] ?? "") ? at(k + 1) : start, headStart) &&
      // The words after the head: a place adverb, or a preposition and its object (no verb, pronoun
      // or clause word), a placing participle perhaps before it.
      (after.length < 2 || nominalOnly(tokens, at(hi + (PLACED_WORD.test(after[0]) ? 3 : 2)), end, true));
    if (ok) {
      const phrase = doc.text.slice(start, end);
      const label = phrase.replace(/^(The|Some|Many|Most|Several|Other|Few)\s/, (w) => w.toLowerCase());
      return { speaker: null, label, start, group: true };
    }
  }
  return null;
}

const HEAD = new RegExp(`^${GROUP_PLURAL}$`, "iu");
const PLACED_WORD = new RegExp(`^(?:${PLACED})$`);

function opens(doc: Doc, limit: number, at: number): boolean {
  const pre = doc.text.slice(limit, at);
  return /^[\s“"‘(]*$/u.test(pre) || CLAUSE_OPEN.test(pre.slice(-40));
}

function sentenceTokens(doc: Doc, pos: number): Token[] {
  const s = doc.sentences[sentenceAt(doc, pos)];
  return tag(doc.text, s.start, s.end);
}

// Whether text[from, to) holds only the words of a noun phrase: adjectives, nouns, proper nouns,
// numbers, determiners and "and" (the tagger reads "European" as an adjective, "US" as a proper
// noun); no verb, pronoun or clause word.
function nominalOnly(tokens: readonly Token[], from: number, to: number, prepositions = false): boolean {
  if (to <= from) return true;
  for (let i = tokenAt(tokens, from); i < tokens.length && tokens[i].end <= to; i++) {
    const t = tokens[i];
    if (!/^(?:ADJ|NOUN|PROPN|NUM|DET|CCONJ)$/.test(t.pos) && !(prepositions && t.pos === "ADP") && !/^(?:\.|-|&|[’']s)$/.test(t.text)) return false;
    if (t.pos === "CCONJ" && t.text !== "and") return false;
  }
  return true;
}
