// Telling a named person something in a capital is an encounter there: "President A told Chancellor B in
// Lakeville last week that …" (rule engagement.told-in-capital; dev notes: telling a named leader
// something in person is a meeting, not an interview). Only a capital the registry knows counts as the
// place, so "told B in an interview" or "told B in March" names none.
import { lastMentionIn, type Sentence } from "./doc.js";
import type { FrameReader } from "./news-frames.js";

const TELLING = "(?:told|assured|informed|urged|warned|briefed|reminded|promised)";
// The verb of telling, the one told (a title, then a name), "in" and a capitalised word, no more of a name after it.
const TOLD_IN = new RegExp(String.raw`\b${TELLING}\s+([^,;:.!?“”"()]{2,90}?)\s+in\s+(\p{Lu}[\p{L}-]+)\b(?![\s-]+\p{Lu})`, "gu");
// The sentences worth the full pattern: a verb of telling in them.
const TELLING_GATE = new RegExp(String.raw`\b${TELLING}\s`);

/** "A told B in Lakeville": the subject, a person, met B, a person, in the capital. */
export function toldInCapital(r: FrameReader, sent: Sentence): void {
  const text = r.doc.text;
  const s = text.slice(sent.start, sent.end);
  if (!TELLING_GATE.test(s)) return;
  for (const m of s.matchAll(TOLD_IN)) {
    if (!r.capitals.has(m[2])) continue;
    const verbAt = sent.start + m.index!;
    const objStart = verbAt + m[0].indexOf(m[1], 4);
    const objEnd = objStart + m[1].length;
    // The one told ends right before "in": "told B's adviser in Lakeville" is someone else.
    const x = lastMentionIn(r.doc, objStart, objEnd, (y) => !y.inTitle && !y.possessive && !y.ofAffiliation);
    if (!x || x.end !== objEnd) continue;
    const told = r.nameOf(x);
    // Inside a quotation the speaker's words report someone else's encounter, read by other rules.
    if (r.doc.quotes.some((q) => q.open < verbAt && verbAt < q.close)) continue;
    const teller = r.subjectBefore(verbAt, sent.start);
    if (!teller || teller === told || !r.isPerson(teller) || !r.isPerson(told)) continue;
    r.emit(sent, [teller, told], { start: verbAt, end: verbAt + m[0].length }, "engagement.told-in-capital", "MEETING", null);
  }
}
