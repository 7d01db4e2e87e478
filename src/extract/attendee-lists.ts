// Meetings whose participants a release lists after it: "The President held a meeting on economic
// issues. … Taking part in the meeting were Prime Minister A, Minister B and …", "The meeting was
// also attended by A and B". When the meeting sentence named no counterpart (no engagement or
// pending one for src/extract/joined-list.ts to complete), the list names them: a meeting of the
// one who held it and the people listed; a meeting of a body reported there takes them in (rule engagement.attendee-list; annotation notes: attendees
// listed by name are participants of the one engagement, with its convener).
import { type Doc, mentionsIn, type Sentence } from "./doc.js";
import type { ExtractedEngagement } from "./types.js";

const LIST_INTRO = /(?:^|[\s"“])(?:(?:Also\s+)?[Tt]aking part in the (?:meeting|session|talks|conference|videoconference|video conference)\s+(?:\w+\s+){0,3}?were|(?:The|This) (?:meeting|session|conference|videoconference|event) was (?:also )?attended by)\s+/gu;
// The sentence of the meeting, before the list: its noun with the verb of holding it.
// "A meeting of the Headquarters with the participation of A … was held": the passive, its noun first.
const HELD_MEETING = /\b(?:held|had|chaired|convened|conducted|hosted|took part in|holds|has held)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:meeting|session|conference|videoconference)\b|^(?:An?|The)\s+(?:[\p{L}-]+\s+){0,2}(?:meeting|session)\b(?=[^.]{0,250}\bwas held\b)/u;
const BY_VIDEO = /\bvia videoconference|\bvideo ?conference|\bvideo meeting|\bonline meeting|\bvia video link/i;
// "The President held a meeting", "The Head of State chaired": the release's head by title.
const HEAD_BY_TITLE = /^(?:The|the)\s+(?:President|Head of State)\b/;
const HEAD_ROLE = /\b(?:President|Prime Minister|Chancellor|Head of State)\b/;
const NOT_HEAD = /\b(?:Vice|Deputy|Former|former|Acting|First Lady)\b/;
// How far back (sentences) the meeting sentence may be.
const REACH = 6;

/** The head of state or government the text names first, or null. */
function firstHead(doc: Doc): string | null {
  for (const m of doc.mentions) {
    const a = doc.actors[m.actor];
    if (!m.inTitle && a.kind === "PERSON" && a.role && HEAD_ROLE.test(a.role) && !NOT_HEAD.test(a.role)) return a.name;
  }
  return null;
}

/** The one who held the meeting of sentence `sent`: its first person named, else the release's head by title. */
function convener(doc: Doc, sent: Sentence): string | null {
  const s = doc.text.slice(sent.start, sent.end);
  const at = HELD_MEETING.exec(s)!.index;
  const named = mentionsIn(doc, sent.start, at === 0 ? sent.end : sent.start + at).find((x) => !x.inTitle && !x.possessive && doc.actors[x.actor].kind === "PERSON");
  if (named) return doc.actors[named.actor].name;
  return HEAD_BY_TITLE.test(s) ? firstHead(doc) : null;
}

/** Adds a meeting for each list of attendees that no engagement before it took in (see the module's head). */
export function addAttendeeMeetings(doc: Doc, out: ExtractedEngagement[]): void {
  const { text, sentences } = doc;
  const added: ExtractedEngagement[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const sent = sentences[i];
    const s = text.slice(sent.start, sent.end);
    if (!/attended by|part in the/.test(s)) continue;
    LIST_INTRO.lastIndex = 0;
    const m = LIST_INTRO.exec(s);
    if (!m) continue;
    const from = sent.start + m.index + m[0].length;
    const people = [...new Set(mentionsIn(doc, from, sent.end).filter((x) => !x.inTitle && !x.ofAffiliation && !x.possessive && doc.actors[x.actor].kind === "PERSON").map((x) => doc.actors[x.actor].name))];
    if (!people.length) continue;
    // An engagement already holds someone listed (engagement.joined-list took the list in).
    if (out.some((e) => e.start <= sent.start && e.participants.some((p) => people.includes(p)))) continue;
    let held: Sentence | undefined;
    for (let k = i; k >= Math.max(0, i - REACH) && !held; k--) if (HELD_MEETING.test(text.slice(sentences[k].start, sentences[k].end))) held = sentences[k];
    if (!held) continue;
    // A meeting already reported in that sentence ("took part in a session of the Council") is the
    // one the list completes, not another.
    const reported = out.find((e) => e.start === held!.start && e.status === "HELD");
    if (reported) {
      reported.participants.push(...people.filter((p) => !reported.participants.includes(p)));
      reported.rule = "engagement.attendee-list";
      continue;
    }
    const host = convener(doc, held);
    const participants = [...new Set([...(host ? [host] : []), ...people])];
    if (participants.length < 2) continue;
    added.push({
      kind: BY_VIDEO.test(text.slice(held.start, held.end)) ? "VIDEO_CALL" : "MEETING",
      participants,
      status: "HELD",
      dateText: null,
      date: null,
      count: 1,
      forum: null,
      rule: "engagement.attendee-list",
      start: held.start,
      end: held.end,
    });
  }
  if (!added.length) return;
  out.push(...added);
  out.sort((a, b) => a.start - b.start);
}
