// statement.speaker.introduced-next: a news lede's indefinite source ("A member of the Freedonian
// parliament told Fox that …", "…, one of Freedonia's leading defence strategists has warned") is
// the person the next sentence opens with, named there for the first time ("Jane Roe, an emeritus
// professor, …", "Prof Jane Roe said …"). Not an anonymous source's description ("a senior
// official", "a person familiar with the talks": the text means not to name them), and not a person
// the text or the registry knew before, whom an indefinite would not introduce.
import type { Doc } from "./doc.js";
import { mentionsIn, sentenceAt } from "./doc.js";

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
