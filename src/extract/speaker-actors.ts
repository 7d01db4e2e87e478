// Speakers the statements name whom actor detection did not find ("“…,” Roe said" after "Jane
// Roe, who runs a bookstore, …": bare-names.ts reads the full name) are actors all the same: the
// guideline makes everyone who speaks one. Added last, after the statements, at the name's first
// occurrence, with later surname mentions.
import type { Doc } from "./doc.js";
import { loadGivenNames } from "./given-names.js";
import { ORG_WORDS, TRADE_HEAD } from "./lexicon.js";
import { addOrganization, addPerson } from "./subject-np.js";
import { escapeRegExp } from "./regexp-escape.js";

export function speakersAsActors(doc: Doc): void {
  const known = new Set(doc.actors.flatMap((a) => [a.name, ...a.surfaces]));
  for (const st of doc.statements) {
    const name = st.speaker;
    if (!name || known.has(name)) continue;
    known.add(name);
    const at = doc.text.indexOf(name);
    if (at < 0) continue;
    // A company speaks as a surname does ("Capital said" after "Northbank Capital"): a name ending in a body's word is a body's.
    const last = name.slice(name.lastIndexOf(" ") + 1);
    // One word alone ("Acme said", the text giving no longer name) names a body more often than a person.
    if ((last === name && !lonePerson(doc.text, name) && !speaksAsI(doc, name)) || ORG_WORDS.has(last) || TRADE_HEAD.test(last)) addOrganization(doc, name, at, at + name.length, "actor.speaker-name");
    else addPerson(doc, name, at, at + name.length, null, "actor.speaker-name");
  }
}

/**
 * "Victoria, 32, said", "her first name, Victoria", "Victoria added that she …": a given name
 * alone (one the lists know, even one that is also a place or a word) is a person where the text
 * gives an age, calls it a first name or refers to it as "she" or "he" in its reporting clause.
 */
function lonePerson(text: string, name: string): boolean {
  if (!loadGivenNames().has(name)) return false;
  const n = escapeRegExp(name);
  return new RegExp(String.raw`(?<![\p{L}])${n}, (?:aged )?\d{1,3}(?:,|\.(?!\d))|first name,? ${n}(?![\p{L}])|(?<![\p{L}])${n} (?:said|says|added|told|explained|recalled)\b[^.;\n]{0,40}\b(?:she|he)\b`, "u").test(text);
}

// "“I felt …,” said Roe": a body's quoted words say "we", a person's say "I".
const FIRST_PERSON_SINGULAR = /(?<![\p{L}])(?:I|I[’'](?:m|ve|d|ll)|my|me)(?![\p{L}’'])/u;

/** Whether one of the name's own quotations speaks in the first person singular. */
function speaksAsI(doc: Doc, name: string): boolean {
  return doc.statements.some((s) => s.speaker === name && s.kind === "DIRECT" && FIRST_PERSON_SINGULAR.test(s.text));
}
