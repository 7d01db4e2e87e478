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

// The subject of a contact clause: a pronoun, a name, or a short noun phrase (group 2: a modifier).
const CONTACT_SUBJECT = String.raw`(he|she|they|we|I|(?:the|The)\s+[\p{L}\-]+(?:\s+[\p{L}\-]+)?|\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*){0,2}|(?:([\p{Ll}\-]+)\s+)?\p{Ll}[\p{Ll}\-]+s)`;
// Words that cannot be the noun a relative clause modifies, nor a modifier in its subject.
const NOT_ANTECEDENT = /^(?:and|but|or|nor|of|in|on|at|to|for|with|by|from|as|than|if|when|while|because|since|after|before|although|though|where|that|which|who|whom|what|said|says|say|told|tells|is|are|was|were|be|been|has|have|had|will|would|could|should|may|might|must|can|do|does|did|not|also|then|so|yet|faster|more|less|higher|lower|better|worse)$/i;
const CONTACT = new RegExp(String.raw`(?<![\p{L}])([\p{L}\-]+)\s+${CONTACT_SUBJECT}\s+$`, "u");

/**
 * The subject of a relative clause whose relative pronoun is left out, when the text before a
 * reporting verb ends in a noun and that subject ("a move analysts", "something the UN", "a bill
 * she"): a clause opening with its verb after the reporting verb is the rest of that relative clause,
 * "a move analysts say could hurt growth" (statement.indirect.contact-relative). Null otherwise, and
 * after "than"/"as", where the clause compares ("higher than experts predicted was possible").
 */
export function contactSubject(left: string): string | null {
  const m = CONTACT.exec(left);
  if (!m) return null;
  // "a move analysts": the article's noun is the antecedent, the plural after it the subject.
  if (m[3] && /^(?:a|an|the|this|that|these|those|its|his|her|their|our|any|some|every)$/i.test(m[1])) return NOT_ANTECEDENT.test(m[3]) ? null : m[2].slice(m[3].length).trim();
  if (NOT_ANTECEDENT.test(m[1]) || !/^\p{Ll}/u.test(m[1]) || (m[3] && NOT_ANTECEDENT.test(m[3]))) return null;
  return m[2];
}
