// Subjects of reported speech that the speaker resolver's first reading misses, in the frames of
// news prose (issue 11): the subject of a sentence whose participle reports ("It also documents 75
// cases, saying …", "Energy groups, however, are pushing back, arguing that …").
import type { Doc } from "./doc.js";
import { mentionsIn } from "./doc.js";
import { guarded } from "./guarded-pattern.js";
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
 * Whether a word that is a plural noun or a verb ("claims", "estimates") is the main verb of its
 * clause although the tagger read a noun: no verb before it since the clause began (the sentence's
 * start, or "and"/"but"/a semicolon after another clause), and a noun, name or adjective right before
 * it ("Moldova claims …", "… and Moldova claims …", "Moldova's military claims that …"; not "the
 * claims", "Moldova's claims that …", "submitted requests"), or a subject pronoun ("it notes that").
 */
export function mainVerbDespiteTag(doc: Doc, pos: number): boolean {
  const tokens = sentenceTokens(doc, pos);
  const i = tokens.findIndex((t) => t.start === pos);
  // "…, but it notes the figures are higher": a subject pronoun makes the word after it a verb.
  if (i > 0 && /^(?:he|she|it|He|She|It)$/.test(tokens[i - 1].text)) return true;
  if (i <= 0 || !/^(?:PROPN|NOUN|ADJ)$/.test(tokens[i - 1].pos)) return false;
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j];
    if (t.pos === "VERB" || t.pos === "AUX") return false;
    if (t.pos === "CCONJ" || t.text === ";") return true;
  }
  return true;
}

// The subject of a contact clause: a pronoun, a name, or a short noun phrase (group 2: a modifier).
const CONTACT_SUBJECT = String.raw`(he|she|it|they|we|I|(?:the|The)\s+[\p{L}\-]+(?:\s+[\p{L}\-]+)?|\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*){0,2}|(?:([\p{Ll}\-]+)\s+)?\p{Ll}[\p{Ll}\-]+s)`;
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

// A phrase of medium or occasion between a subject and its reporting verb ("Roe in a briefing said",
// "Roe, in a statement on Monday, said", "Acme on Tuesday said", "Roe Thursday said").
const MEDIUM_BETWEEN = /(?<![\p{L}])(?:,\s*)?(?:(?:in|during|at)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|interview|briefing|speech|letter|post|tweet|video|address|conference|call|meeting|release|note|report|hearing|testimony|op-ed|filing)(?:\s+(?:on|to|with|released)\s+[^,;:“”"]{1,30}?)?|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:(?:earlier|later)\s+)?(?:this|last)\s+(?:week|month))\s*,?\s*$/u;

/** Where such a phrase starts in `left` (the sentence before a reporting verb), or -1. */
export function mediumBeforeVerb(left: string): number {
  const m = MEDIUM_BETWEEN.exec(left);
  return m && m.index > 0 ? m.index : -1;
}

// Feelings a speaker voices about a fact, whose clause the speaker asserts ("expressed disappointment
// that the talks had failed", "voiced frustration that …"): only with "that".
const FEELINGS = "disappointment|regret|frustration|dismay|satisfaction|alarm|anger|outrage|surprise|skepticism|scepticism|conviction|belief";
// Nouns of a held view a speaker conveys in a readout ("shared his conviction that …", "conveyed
// her assessment that …"): only with "that", after a verb of conveying.
const VIEW_NOUN = /^(?:conviction|belief|view|assessment|hope|concern|confidence)$/;
const CONVEYING = /^(?:shared|shares|sharing|conveyed|conveys|conveying|voiced|voices|voicing|expressed|expresses|expressing)$/;
// Light verbs with a noun of speech and its clause ("has given assurances the bombs would not …",
// "raised concerns that …", "made the case that …", "sounded an optimistic tone that …").
const LIGHT_VERB_NOUN = guarded(new RegExp(String.raw`(?<![\p{L}])(gave|given|give|gives|giving|offered|offers|provided|shared|shares|sharing|conveyed|conveys|conveying|voiced|voices|voicing|raised|raises|raising|expressed|expresses|expressing|made|makes|making|issued|issues|issuing|sounded|sounds|struck|strikes)\s+(?:(?:a|an|the|his|her|its|their|repeated|fresh|new|public|private|written|strong|firm|clear|grave|serious|optimistic|optimist|upbeat|cautious|growing|deep|pessimistic|hopeful|similar|renewed)\s+){0,3}(assurances?|guarantees?|concerns?|fears?|doubts?|hopes?|confidence|optimism|warnings?|case|point|argument|tone|views?|assessment|${FEELINGS})\s+(?:(?:to|from)\s+[^,;:“”"]{2,40}?\s+)?(that\s+)?`, "gu"));
// Which light verb goes with which noun: "gave assurances", "raised concerns", "made the case", "sounded a tone".
const LIGHT_PAIRS: Record<string, RegExp> = {
  assurance: /^(?:gave|given|give|gives|giving|offered|offers|provided)$/,
  guarantee: /^(?:gave|given|give|gives|giving|offered|offers|provided)$/,
  concern: /^(?:voiced|voices|voicing|raised|raises|raising|expressed|expresses|expressing)$/,
  fear: /^(?:voiced|voices|voicing|raised|raises|raising|expressed|expresses|expressing)$/,
  doubt: /^(?:voiced|voices|voicing|raised|raises|raising|expressed|expresses|expressing)$/,
  hope: /^(?:voiced|voices|voicing|raised|raises|raising|expressed|expresses|expressing)$/,
  confidence: /^(?:voiced|voices|voicing|expressed|expresses|expressing)$/,
  optimism: /^(?:voiced|voices|voicing|expressed|expresses|expressing)$/,
  warning: /^(?:issued|issues|issuing|gave|given|give|gives|giving|sounded|sounds)$/,
  case: /^(?:made|makes|making)$/,
  point: /^(?:made|makes|making)$/,
  argument: /^(?:made|makes|making)$/,
  tone: /^(?:sounded|sounds|struck|strikes)$/,
  ...Object.fromEntries(FEELINGS.split("|").map((f) => [f, /^(?:voiced|voices|voicing|expressed|expresses|expressing)$/])),
};

const LIGHT_NOUN_PROBE = new RegExp(`(?:assurance|guarantee|concern|fear|doubt|hope|confidence|optimism|warning|case|point|argument|tone|view|assessment|${FEELINGS})`);

/**
 * Light verbs with a noun of speech in text[start, end) whose content clause follows ("that", or no
 * "that" after assurances and guarantees): the verb's position, where the clause starts and the noun.
 */
export function lightVerbReports(text: string, start: number, end: number): Array<{ verbPos: number; clause: number; noun: string }> {
  const s = text.slice(start, end);
  if (!LIGHT_NOUN_PROBE.test(s)) return [];
  const out: Array<{ verbPos: number; clause: number; noun: string }> = [];
  LIGHT_VERB_NOUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LIGHT_VERB_NOUN.exec(s))) {
    const noun = m[2].replace(/s$/, "");
    const conveyed = VIEW_NOUN.test(noun) && CONVEYING.test(m[1]) && !!m[3];
    if (!conveyed && !LIGHT_PAIRS[noun]?.test(m[1])) continue;
    // Without "that", only assurances and guarantees, and only before a clause (an auxiliary soon).
    if (!m[3] && !(/^(?:assurance|guarantee)$/.test(noun) && /^(?:\S+\s+){0,6}?(?:would|will|could|can|should|must|is|are|was|were|has|have|had)\s/.test(s.slice(m.index + m[0].length)))) continue;
    out.push({ verbPos: start + m.index, clause: start + m.index + m[0].length, noun: m[2] });
  }
  return out;
}

// An affiliation no rule found as an actor after a name: "Greg Roe of Northbank Capital said".
const OF_AFFILIATION = /\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}\p{N}&.'’\-]*(?:\s+(?:&\s+)?[\p{Lu}][\p{L}\p{N}&.'’\-]*){0,4}\s*$/u;

/** Where such an affiliation starts in `left` (the sentence before a reporting verb), or -1. */
export function affiliationBeforeVerb(left: string): number {
  const m = OF_AFFILIATION.exec(left);
  return m && m.index > 0 ? m.index : -1;
}

// "KYIV, Ukraine (CNN)Acme's board says": a place and an agency in parentheses open the story.
const DATELINE_AFTER = /^\s*\([\p{L}\d .&'’-]{2,30}\)/u;
// A subordinate clause's subject ("… shares fell after Acme downgraded the stock, saying …").
const SUBORDINATOR_BEFORE = /(?<![\p{L}])(?:after|when|as|while|because|since|before|until|once|if|although|though|whereas|that)\s+(?:the\s+)?$/iu;
// Verbs of an inverted tag before the name ("“…,” said Jane Roe, adding …").
const TAG_LEMMA = /^(?:say|tell|add|note|write|stress|emphasize|emphasise|ask|reply|answer|declare|explain|state|announce|insist|argue|warn|conclude|continue|recall|remark|observe|comment|tweet|post|underline|underscore|reiterate|point)$/;

/**
 * statement.speaker.participle-subject-place: whether the actor named at `at` can be the subject a
 * participle after the sentence reports: no verb of the narrator's (past a fronted adverbial set off
 * by a comma, outside quotations, not a tag's verb) stands before it ("Activists praised the Acme
 * board nominees, warning …", "The minister, Jane Roe, met with Freedonia's envoy, urging …",
 * "Speaking alongside Doe, Roe vowed …"), unless it opens a subordinate clause ("after Acme cut
 * the stock, saying …"), and it is no dateline's state ("OSLO, Norway (AP)Acme says …, claiming
 * …"). Then the subject is someone the actor list lacks, and no speaker beats a wrong one.
 */
export function inSubjectPlace(doc: Doc, start: number, at: number): boolean {
  const m = mentionsIn(doc, at, at + 1).find((x) => x.start === at);
  if (!m) return true;
  const opening = doc.text.slice(start, at);
  if (/^[\s“"]*[\p{Lu}][\p{L}.\-]*(?:\s[\p{Lu}][\p{L}.\-]*)*,\s*$/u.test(opening) && DATELINE_AFTER.test(doc.text.slice(m.end, m.end + 40))) return false;
  if (SUBORDINATOR_BEFORE.test(opening)) return true;
  const lead = /^[^,;:“”"]{1,80},\s*/.exec(opening);
  const from = start + (lead ? lead[0].length : 0);
  const quoted = (pos: number) => doc.quotes.some((q) => q.open < pos && q.close > pos);
  return !sentenceTokens(doc, at).some((t) => t.start >= from && t.end <= at && (t.pos === "VERB" || t.pos === "AUX") && (/^\p{Ll}/u.test(t.text) || /ing$/.test(t.text)) && !TAG_LEMMA.test(t.lemma) && !quoted(t.start));
}
