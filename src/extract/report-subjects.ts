// Subjects of reported speech that the speaker resolver's first reading misses, in the frames of
// news prose (issue 11): the subject of a sentence whose participle reports ("It also documents 75
// cases, saying …", "Energy groups, however, are pushing back, arguing that …").
import type { Doc } from "./doc.js";
import type { Speaker, SpeakerResolver } from "./speakers.js";
import { sentenceTokens } from "./subject-np.js";

// What may open a sentence before its subject: a connective or a short adverbial set off by a comma.
const LEAD = /^[\s“"‘]*(?:(?:But|And|So|Yet|Still|Also|Meanwhile|However|Instead|Separately|Earlier|Later)\s*,?\s+|(?:On|In|At|By|After|Before|During|Since|As of)\s[^,;:“”"]{1,40},\s+)?$/;

/**
 * "It also documents 75 cases …, saying …": a sentence opening with a referential "it" has the
 * organisation the text is about as its subject (as the resolver reads "it"); null for another
 * opening or an expletive "it" ("It is clear …, adding …").
 */
export function itSubject(doc: Doc, sp: SpeakerResolver, start: number, linkPos: number): Speaker | null {
  const it = /^(\s*(?:(?:But|And|So|Yet|Still|Also|Meanwhile|However|Instead|Separately|Earlier|Later)\s*,?\s+)?)(?:It|it)\s+(?!(?:is|was|has\s+been|had\s+been|seems|seemed|appears|appeared|remains|remained|would|will|could|may|might|must)\b)/.exec(doc.text.slice(start, linkPos));
  if (!it) return null;
  const at = start + it[1].length;
  const o = sp.lastNonPerson(at);
  return o ? { speaker: o, label: null, start: at } : null;
}

/**
 * "Energy industry representatives, however, are pushing back, arguing that …": the noun phrase
 * before the sentence's first verb, when it opens the sentence and the resolver reads it as a
 * speaker (a group of people or a body described in common nouns). Null otherwise.
 */
export function openingSubject(doc: Doc, sp: SpeakerResolver, start: number, linkPos: number): Speaker | null {
  const verb = sentenceTokens(doc, start).find((t) => t.start >= start && t.start < linkPos && (t.pos === "VERB" || t.pos === "AUX"));
  if (!verb) return null;
  const s = sp.subjectBefore(verb.start, start);
  // (A subject "it" is itSubject's: an expletive one, "It was a grim year", speaks for no one.)
  if (!s || (!s.speaker && !s.label) || !LEAD.test(doc.text.slice(start, s.start)) || /^it\b/i.test(doc.text.slice(s.start, s.start + 3))) return null;
  return s;
}

/**
 * Whether a word that is a plural noun or a verb ("claims", "estimates") is the sentence's main verb
 * although the tagger read a noun: no verb before it in the sentence, and a noun, name or adjective
 * right before it ("Freedonia claims …", "Freedonia's military claims that …"; not "the claims",
 * "Freedonia's claims that …", "submitted requests").
 */
export function mainVerbDespiteTag(doc: Doc, pos: number): boolean {
  const tokens = sentenceTokens(doc, pos);
  const i = tokens.findIndex((t) => t.start === pos);
  if (i <= 0) return false;
  const prev = tokens[i - 1];
  return /^(?:PROPN|NOUN|ADJ)$/.test(prev.pos) && !tokens.slice(0, i).some((t) => t.pos === "VERB" || t.pos === "AUX");
}
