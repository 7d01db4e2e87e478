// A body that meets, its members named in a relative clause between the body and the verb: "the
// Acme Alliance, which includes Freedonia and Lakeland, meets on Thursday", "the Cartel and its
// allies, which include Freedonia, met Wednesday" (rule engagement.member-meeting). The members
// take part in the body's session: talks with the body as the forum. A relative clause that only
// describes ("which includes a ban on …") names no state and makes nothing.
import { mentionsIn, lastMentionIn, type Sentence } from "./doc.js";
import type { FrameReader } from "./news-frames.js";

// ", which includes (both) <members>, <auxiliaries> met": the members end at the comma before the verb.
const MEMBERS = /,\s+which\s+(?:also\s+)?(?:includes?|included|comprises?|brings\s+together)\s+(?:both\s+)?([^,;:.“”"]{2,140}?(?:,\s+(?:and\s+)?[^,;:.“”"]{2,60}?)*),\s+((?:(?:will|is|are|was|were|has|have|had|be|been|expected|set|due|scheduled|to|also|then|\p{Ll}+ly)\s+)*)(met|meet|meets|meeting|gathered|gathers|convened|convenes|convene)(?![\p{L}])/gu;
// Between the body and the relative clause: "and its allies", "and partners".
const BODY_TAIL = /^(?:\s+and\s+(?:its|their)\s+(?:allies|partners|members))?$/u;

/** "X, which includes A and B, meets on Thursday": talks of the body's members with the body as forum. */
export function memberMeetings(r: FrameReader, sent: Sentence): void {
  const text = r.doc.text;
  const s = text.slice(sent.start, sent.end);
  if (!/which\s+(?:also\s+)?(?:includ|compris|brings)/.test(s)) return;
  for (const m of s.matchAll(MEMBERS)) {
    const at = sent.start + m.index!;
    const body = lastMentionIn(r.doc, sent.start, at, (x) => !x.inTitle);
    if (!body || !BODY_TAIL.test(text.slice(body.end, at))) continue;
    const bodyName = r.nameOf(body);
    if (r.isPerson(bodyName) || r.isCountry(bodyName)) continue;
    const listAt = at + m[0].indexOf(m[1], m[0].indexOf("which"));
    const members = mentionsIn(r.doc, listAt, listAt + m[1].length)
      .filter((x) => !x.inTitle && !x.possessive && !x.modifier)
      .map(r.nameOf)
      .filter((n) => r.isCountry(n) || (!r.isPerson(n) && n !== bodyName));
    if (!members.length) continue;
    const cueAt = at + m[0].length - m[3].length;
    // "meets on Thursday", "are expected to meet": a session to come; "met Wednesday": held.
    const planned = /^(?:meets|meet|convenes|convene|gathers)$/.test(m[3]) || /\b(?:will|expected|set|due|scheduled|to)\b/.test(m[2]);
    r.emit(sent, [bodyName, ...new Set(members)], { start: cueAt, end: cueAt + m[3].length }, "engagement.member-meeting", "TALKS", bodyName, planned ? "PLANNED" : "HELD");
  }
}
