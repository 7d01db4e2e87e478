// statement.speaker.introduced-next: a news lede's indefinite source ("A member of the Freedonian
// parliament told Fox that …", "…, one of Freedonia's leading defence strategists has warned") is
// the person the next sentence opens with, named there for the first time ("Jane Roe, an emeritus
// professor, …", "Prof Jane Roe said …"). Not an anonymous source's description ("a senior
// official", "a person familiar with the talks": the text means not to name them), and not a person
// the text or the registry knew before, whom an indefinite would not introduce.
import type { Doc } from "./doc.js";
import { mentionsIn, sentenceAt } from "./doc.js";
import { SUBJECT_OPENING } from "./subject-np.js";

// An indefinite description, or a member of a group: "a member of", "one of the country's leading …".
const INDEFINITE = /^(?:an?|one)\s/i;
const ONE_OF = /(?<![\p{L}])(?:[Oo]ne|[Aa]n?)\s+(?:of\s+)?(?:[\p{L}’'.\-]+\s+){0,4}$/u;
const ANONYMOUS = /(?<![\p{L}])(?:officials?|sources?|spokes(?:man|woman|person|people|men)|aides?|insiders?|familiar|negotiators?|diplomats?|witness(?:es)?|residents?)(?![\p{L}])/iu;
// Only title words before the name opening the next sentence.
const TITLE_OPENING = /^[\s“"‘]*(?:(?:Prof|Professor|Dr|Mr|Ms|Mrs|Sen|Rep)\.?\s+)?$/u;

/** The person the sentence after the one at `pos` introduces as its subject, for a speaker described indefinitely there; else null. */
export function introducedNext(doc: Doc, pos: number, label: string): string | null {
  if (ANONYMOUS.test(label)) return null;
  const si = sentenceAt(doc, pos);
  const sent = doc.sentences[si];
  const next = doc.sentences[si + 1];
  if (!next) return null;
  if (!INDEFINITE.test(label)) {
    // A group's label, taken from "one of Freedonia's leading strategists": the indefinite stands before it.
    const text = doc.text.slice(sent.start, sent.end);
    const at = text.toLowerCase().lastIndexOf(label.toLowerCase());
    if (at < 0 || !ONE_OF.test(text.slice(Math.max(0, at - 60), at))) return null;
  }
  const first = mentionsIn(doc, next.start, next.end)[0];
  if (!first || first.possessive || !TITLE_OPENING.test(doc.text.slice(next.start, first.start))) return null;
  const actor = doc.actors[first.actor];
  if (actor.kind !== "PERSON" || actor.fromRegistry) return null;
  // Named here for the first time, and no other person named in the source's sentence.
  if (mentionsIn(doc, 0, next.start).some((m) => m.actor === first.actor || (m.start >= sent.start && doc.actors[m.actor].kind === "PERSON"))) return null;
  return actor.name;
}

// An office after a possessive, ending the label: "Freedonia's foreign minister", "Roe's chief spokesman".
const POSSESSIVE_OFFICE = /[’']s\s+(?:[\p{Ll}\-]+\s+){0,3}(?:minister|president|premier|chancellor|ambassador|envoy|spokes(?:man|woman|person)|secretary|representative|negotiator|adviser|advisor|aide|chief)$/u;
// What may stand before the subject of the next sentence: an adverbial set off by a comma.
const ADVERBIAL = /^[\s“"‘]*[^,;:“”"]{1,160},\s*/u;

/**
 * statement.speaker.office-named-next: an office in a possessive that speaks as a label because
 * the text gave its holder no role ("after Freedonia's foreign minister told Ruritania it should …",
 * "Jane Roe's chief spokesman has conceded …") is the person the next sentence has as its subject,
 * named there for the first time after the headline ("In an interview on Monday, John Doe
 * renewed …"), when that person serves the same state (the registry's affiliation, else that state
 * named in the same sentence; for a person's office, the person's state) and the office's sentence
 * names no other person outside the label. Else null: the label stays.
 */
export function officeNamedNext(doc: Doc, pos: number, label: string, titleEnd = 0): string | null {
  if (!POSSESSIVE_OFFICE.test(label)) return null;
  const si = sentenceAt(doc, pos);
  const sent = doc.sentences[si];
  const next = doc.sentences[si + 1];
  if (!next) return null;
  const at = doc.text.slice(sent.start, sent.end).indexOf(label);
  if (at < 0) return null;
  const labelStart = sent.start + at, labelEnd = labelStart + label.length;
  const inSent = mentionsIn(doc, sent.start, sent.end);
  if (inSent.some((m) => doc.actors[m.actor].kind === "PERSON" && (m.end <= labelStart || m.start >= labelEnd))) return null;
  const owner = inSent.filter((m) => m.possessive && m.start >= labelStart && m.end < labelEnd).pop();
  if (!owner) return null;
  const ownerActor = doc.actors[owner.actor];
  const state = ownerActor.kind === "PERSON" ? ownerActor.affiliation : ownerActor.name;
  if (!state) return null;
  const first = mentionsIn(doc, next.start, next.end).find((m) => {
    if (m.inTitle || m.possessive || doc.actors[m.actor].kind !== "PERSON") return false;
    const opening = doc.text.slice(next.start, m.start);
    return SUBJECT_OPENING.test(opening) || SUBJECT_OPENING.test(opening.replace(ADVERBIAL, ""));
  });
  if (!first) return null;
  const person = doc.actors[first.actor];
  if (person.mentions.find((m) => m.start >= titleEnd)?.start !== first.start) return null;
  const serves = person.affiliation ? person.affiliation === state : mentionsIn(doc, next.start, next.end).some((m) => doc.actors[m.actor].name === state);
  return serves ? person.name : null;
}
