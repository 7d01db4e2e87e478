// "Both leaders affirmed that …", "The parties stated that …", "They … recognized that …": a
// statement a readout attributes to the two named people who met or spoke is annotated once for
// each of them (heldout rule for statements jointly attributed to named people; dev notes on
// readouts), not for a label "the leaders" that names nobody.
import type { Doc } from "./doc.js";
import { mentionsIn, sentenceAt } from "./doc.js";
import type { SpeakerResolver } from "./speakers.js";

// The group descriptions a readout uses for the two sides of a call or meeting.
const JOINT_LABEL = /^(?:the|both|the\s+two|both\s+the)\s+(?:leaders|presidents|parties|sides|heads\s+of\s+state|prime\s+ministers|interlocutors|counterparts)$/i;
// How far back the pair may be named: a readout's opening sentence, not a story's distant paragraph.
const WINDOW = 1500;

// The same descriptions opening a sentence right before its verb ("The parties stated that …").
const JOINT_SUBJECT = /^\s*(?:(?:However|Also|Further|Moreover|In addition|Then|Later|At the same time),?\s+)?((?:[Tt]he|Both|both)\s+(?:two\s+|the\s+)?(?:leaders|presidents|Presidents|parties|sides|heads\s+of\s+state|prime\s+ministers|Prime\s+Ministers|interlocutors|counterparts))\s+(?:also\s+|further\s+|jointly\s+|again\s+|both\s+)?$/;

/** The joint description that is the whole subject before a verb ("The parties" of "The parties stated"), or null. */
export function jointSubject(sentenceBeforeVerb: string): string | null {
  const m = JOINT_SUBJECT.exec(sentenceBeforeVerb);
  return m ? m[1].replace(/^The\s/, "the ") : null;
}

/** Whether a speaker label describes the two sides of an exchange ("the leaders", "both sides"). */
export function isJointLabel(label: string | null): boolean {
  return !!label && JOINT_LABEL.test(label.trim());
}

// "former Prime Minister", "the late President": a title of someone no longer in office right before a name.
const FORMER_BEFORE = /(?<![\p{L}])(?:former|late)\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,4}$/u;

/**
 * The two people a joint label at `pos` stands for: those of the nearest sentence before it (its
 * own sentence included) that names two or more people, when it names exactly two; null otherwise
 * (three people named, or none: no pair to split the statement between).
 */
export function jointSpeakers(doc: Doc, pos: number): [string, string] | null {
  const from = Math.max(0, pos - WINDOW);
  for (let si = sentenceAt(doc, pos); si >= 0 && doc.sentences[si].end > from; si--) {
    const s = doc.sentences[si];
    const names: string[] = [];
    for (const m of mentionsIn(doc, Math.max(s.start, from), Math.min(s.end, pos))) {
      const a = doc.actors[m.actor];
      if (a.kind !== "PERSON" || m.inTitle || names.includes(a.name)) continue;
      // ("praised former Prime Minister Doe": one who held an office is talked about, not a party.)
      if (FORMER_BEFORE.test(doc.text.slice(Math.max(0, m.start - 50), m.start))) continue;
      names.push(a.name);
    }
    if (names.length === 2) return [names[0], names[1]];
    if (names.length > 2) return null;
  }
  return openingPair(doc, from);
}

// A readout's opening: "President Roe met today with Prime Minister Doe …", "… spoke by phone with …".
const OPENING_ENGAGEMENT = /(?<![\p{L}])(?:met|meets|spoke|speaks|held|hosted|hosts|welcomed)(?![\p{L}])/u;

/**
 * statement.speaker.opening-pair: a long readout's "the two leaders" far from the pair's names, for
 * the two people its opening sentence (one of the first three) names as meeting or speaking, when
 * no other person is named before `upTo`.
 */
function openingPair(doc: Doc, upTo: number): [string, string] | null {
  for (let si = 0; si < Math.min(3, doc.sentences.length); si++) {
    const s = doc.sentences[si];
    if (!OPENING_ENGAGEMENT.test(doc.text.slice(s.start, s.end))) continue;
    const names: string[] = [];
    for (const m of mentionsIn(doc, s.start, s.end)) {
      const a = doc.actors[m.actor];
      if (a.kind === "PERSON" && !m.inTitle && !names.includes(a.name)) names.push(a.name);
    }
    if (names.length !== 2) return null;
    // (Nobody else named between the opening and the label: the pair is still the readout's subject.)
    for (const m of mentionsIn(doc, s.end, upTo)) {
      const a = doc.actors[m.actor];
      if (a.kind === "PERSON" && !m.inTitle && !names.includes(a.name)) return null;
    }
    return [names[0], names[1]];
  }
  return null;
}

// statement.speaker.they-pair: a readout's "they" as the subject of its sentence (at its start, or
// after a fronted phrase and a comma: "Following the summit, they …"), not inside a subordinate clause.
const THEY_SUBJECT = /^(?:\s*|[^“”"«»;:]*,\s*)$/u;
const SUBORDINATE_BEFORE = /(?<![\p{L}])(?:as|because|since|when|while|where|if|after|before|although|though|that|which|who|whom|whose|so|and|but|or)\s*,?\s*$/iu;
// A sentence whose tag gives it to others: "…, the people said.", "…, according to officials."
const ATTRIBUTED = /(?:,\s+[^,;“”"]{1,50}?\s+(?:said|says|say|reported)|,\s+according\s+to\s+[^,;“”"]{1,50}?)\s*[.!?]?\s*$/u;
// The sentences between the pair's and the pronoun's that keep the pair as the topic: "They …", "Their …", "Both …".
const PAIR_RUN = /^\s*(?:They|Their|Both|The two|The leaders)\s/u;

/**
 * "President Roe spoke with Prime Minister Doe. … They also pledged to …": the two people a "they"
 * subject at `pos` stands for when no group description is its antecedent: those named in its own
 * sentence before it, or in the nearest sentence before it that names people, reached through a run
 * of sentences about the pair ("They …", "Their …"), when exactly two are named there; else null.
 */
export function pairBeforeThey(doc: Doc, pos: number): [string, string] | null {
  const si = sentenceAt(doc, pos);
  const before = doc.text.slice(doc.sentences[si].start, pos);
  if (!THEY_SUBJECT.test(before) || SUBORDINATE_BEFORE.test(before.replace(/,\s*$/, ""))) return null;
  for (let i = si; i >= 0 && i >= si - 4; i--) {
    const s = doc.sentences[i];
    if (i < si - 1 && !PAIR_RUN.test(doc.text.slice(doc.sentences[i + 1].start, doc.sentences[i + 1].end))) return null;
    const names: string[] = [];
    for (const m of mentionsIn(doc, s.start, Math.min(s.end, pos))) {
      const a = doc.actors[m.actor];
      if (a.kind !== "PERSON" || m.inTitle || names.includes(a.name)) continue;
      names.push(a.name);
    }
    // ("Roe told Doe about the plan, the people said. They said …": the pair of a sentence others
    // attribute is no antecedent of "they", whose speakers those others are.)
    if (names.length === 2) return ATTRIBUTED.test(doc.text.slice(s.start, s.end)) ? null : [names[0], names[1]];
    if (names.length > 0) return null;
  }
  return null;
}

// "The President and the Prime Minister reaffirmed that …", "President Roe and Prime Minister Doe
// affirmed that …": two people with their titles coordinated as the subject. The part before "and"
// opens the sentence (after a connective) and is nothing but a subject.
const FIRST_CONJUNCT = /^(\s*(?:(?:But|And|Also|Later|Then|Meanwhile|Separately|Finally|In addition),?\s+)?)((?:the\s+|The\s+)?(?:[\p{Lu}][\p{L}.\-]*\s+){0,5}[\p{Lu}][\p{L}.\-]*(?:,\s+Jr\.?)?)\s+and\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.\-]*\s+){0,4}$/u;

/**
 * The other person of a subject "A and B" whose second part `who` resolved to (null when the
 * subject is no such pair): the first part must resolve, as a whole, to another person.
 */
export function firstConjunct(doc: Doc, sp: SpeakerResolver, sentStart: number, whoStart: number, who: string): string | null {
  const m = FIRST_CONJUNCT.exec(doc.text.slice(sentStart, whoStart));
  if (!m) return null;
  const start = sentStart + m[1].length;
  const end = start + m[2].length;
  const first = sp.subjectBefore(end, start);
  if (!first?.speaker || first.speaker === who || first.start < start) return null;
  // (Only a title before the name: "President Roe", "the Prime Minister".)
  if (!/^(?:(?:the|The)\s+)?(?:[\p{Lu}][\p{L}.\-]*\s+)*$/u.test(doc.text.slice(start, first.start))) return null;
  const actor = doc.actors.find((a) => a.name === first.speaker);
  return actor?.kind === "PERSON" ? first.speaker : null;
}
