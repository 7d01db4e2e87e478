// "Joining the call were the following leaders: - President A - Prime Minister B …",
// "Participants in the call included President A of X, Chancellor B of Y and …", "the meeting
// included: …": the people of a list introduced after an engagement are its participants too
// (issue 11, pattern 4). The engagement may have had no named counterpart until then ("held a
// video call with European leaders today"): such a pending engagement is reported only once a
// list names them.
import type { Doc } from "./doc.js";
import { mentionsIn } from "./doc.js";
import type { KnownRule } from "./rules.js";
import type { ExtractedEngagement } from "./types.js";

const NOUN = String.raw`(?:call|video ?call|videoconference|video conference|(?:video |online )?meeting|summit|conversation|talks|session|roundtable)`;
const LEAD = String.raw`(?:Joining|Taking part in|Participating in|Also joining|Also participating in|Participants in|Participants of|Attendees (?:at|of|in)|Participating on)`;
const JOINED = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    // "Joining the call were the following leaders:", then items on lines of their own.
    String.raw`(?:${LEAD}|On) (?:the|this|today['’]s) ${NOUN}[^.:\n]{0,60}?(?:\b(?:were|was|included|includes)\b)?[^.:\n]{0,40}:` +
    // "Participants in the call included A of X, B of Y and C" (to the end of the sentence).
    String.raw`|${LEAD} (?:the|this|today['’]s) ${NOUN}\s+(?:\w+\s+){0,3}?(?:were|included|includes)\s+(?:the following(?: leaders)?:?\s+)?` +
    // "the meeting included:", "The call was attended by".
    String.raw`|(?:the|this|The|This) ${NOUN} (?:also )?(?:included|includes|(?:was|were) (?:also )?attended by|brought together):?\s+` +
    String.raw`)`,
  "gu",
);
const LIST_WORDS = /\b(?:Joining|Taking part|Participa|Attendees|On (?:the|this|today)|included|includes|attended by|brought together)/;
// A list: items on their own lines (a dash, a bullet or nothing), until a line of another kind.
const LIST_LINE = /^[ \t]*(?:[-•*–][ \t]+)?[^\n]{0,160}$/;

const CALLS = new Set(["PHONE_CALL", "VIDEO_CALL", "CALL"]);
const isCallNoun = (intro: string) => /call|video|conversation/i.test(intro);

/** Where the list introduced at `from` ends: the last item line after a colon, or the end of the sentence. */
function listEnd(doc: Doc, from: number, intro: string): number | null {
  const text = doc.text;
  const rest = text.slice(from, from + 4000);
  const colon = intro.trimEnd().endsWith(":");
  const sameLine = /^[ \t]*\S/.test(rest);
  // "On the call, they agreed on one thing: …" is no list: an inline list needs a verb of joining.
  if (sameLine && !/\b(?:were|was|included|includes|attended|together)\b/.test(intro)) return null;
  if (!colon || sameLine) {
    // Inline: the rest of the sentence ("… included A of X, B of Y, and C of Z.").
    const sent = doc.sentences.find((s) => s.start <= from && from < s.end);
    return sent ? sent.end : null;
  }
  let end = from;
  let offset = from;
  let seenItem = false;
  for (const line of rest.split("\n")) {
    const item = /^[ \t]*[-•*–][ \t]+\S/.test(line);
    if (item) seenItem = true;
    else if (line.trim() && (seenItem || !LIST_LINE.test(line))) break;
    offset += line.length + 1;
    if (item) end = offset - 1;
  }
  return seenItem ? end : null;
}

/**
 * Adds the people of each participants list to the engagement before it of the same family:
 * the latest one reported (`engagements`) or, when later, the latest pending one, which is then
 * reported with them.
 */
export function addJoinedLists(doc: Doc, engagements: ExtractedEngagement[], pending: ExtractedEngagement[] = []): void {
  const text = doc.text;
  let changed = false;
  for (const sent of doc.sentences) {
    // Most sentences hold no list of participants: one cheap test for the words every form needs.
    const s = text.slice(sent.start, sent.end);
    if (!LIST_WORDS.test(s)) continue;
    JOINED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = JOINED.exec(s))) {
      const at = sent.start + m.index;
      const isCall = isCallNoun(m[0]);
      // A video conference is "the meeting" afterwards too.
      const fits = (e: ExtractedEngagement) => e.start < at && (CALLS.has(e.kind) === isCall || (e.kind === "VIDEO_CALL" && /meeting/i.test(m![0])));
      const reported = lastOf(engagements, (e) => fits(e) && e.forum === null);
      const waiting = lastOf(pending, fits);
      const target = waiting && (!reported || waiting.start > reported.start) ? waiting : reported;
      if (!target) continue;
      const from = at + m[0].length;
      const end = listEnd(doc, from, m[0]);
      if (end === null) continue;
      const people = mentionsIn(doc, from, end)
        .filter((x) => !x.inTitle && !x.ofAffiliation && !x.possessive && doc.actors[x.actor].kind === "PERSON")
        .map((x) => doc.actors[x.actor].name);
      const added = [...new Set(people.filter((p) => !target.participants.includes(p)))];
      if (!added.length) continue;
      target.participants.push(...added);
      const rule: KnownRule = target === waiting ? "engagement.participants-list" : "engagement.joined-list";
      target.rule = rule;
      if (target === waiting) {
        pending.splice(pending.indexOf(waiting), 1);
        if (target.participants.length >= 2) {
          engagements.push(target);
          changed = true;
        }
      }
    }
  }
  if (changed) engagements.sort((a, b) => a.start - b.start);
}

function lastOf(list: ExtractedEngagement[], accept: (e: ExtractedEngagement) => boolean): ExtractedEngagement | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (accept(list[i])) return list[i];
  return undefined;
}
