// "Joining the call were the following leaders: - President A - Prime Minister B …": the people
// of a list introduced after an engagement are its participants too (issue 11, pattern 4).
import type { Doc } from "./doc.js";
import { mentionsIn } from "./doc.js";
import type { ExtractedEngagement } from "./types.js";

const JOINED = /(?<![\p{L}])(?:Joining|Taking part in|Participating in|Also joining|Also participating in|Participants in|Participating on|On) (?:the|this|today['’]s) (call|video ?call|videoconference|video conference|meeting|summit|conversation)[^.:\n]{0,60}?(?:were|was|included)?[^.:\n]{0,40}:/gu;
// A list: items on their own lines (a dash, a bullet or nothing), until a line of another kind.
const LIST_LINE = /^[ \t]*(?:[-•*–][ \t]+)?[^\n]{0,160}$/;

const CALLS = new Set(["PHONE_CALL", "VIDEO_CALL", "CALL"]);

export function addJoinedLists(doc: Doc, engagements: ExtractedEngagement[]): void {
  const text = doc.text;
  JOINED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = JOINED.exec(text))) {
    const isCall = /call|video|conversation/i.test(m[1]);
    const target = [...engagements].reverse().find((e) => e.start < m!.index && CALLS.has(e.kind) === isCall && e.forum === null);
    if (!target) continue;
    // The list: the lines after the colon that are items (blank lines allowed between them).
    let end = m.index + m[0].length;
    const lines = text.slice(end, end + 4000).split("\n");
    let seenItem = false;
    let offset = end;
    for (const line of lines) {
      const item = /^[ \t]*[-•*–][ \t]+\S/.test(line);
      if (item) seenItem = true;
      else if (line.trim() && (seenItem || !LIST_LINE.test(line))) break;
      offset += line.length + 1;
      if (item) end = offset - 1;
    }
    if (!seenItem) continue;
    const people = mentionsIn(doc, m.index + m[0].length, end)
      .filter((x) => !x.inTitle && !x.ofAffiliation && doc.actors[x.actor].kind === "PERSON")
      .map((x) => doc.actors[x.actor].name);
    const added = people.filter((p) => !target.participants.includes(p));
    if (!added.length) continue;
    target.participants.push(...new Set(added));
    target.rule = "engagement.joined-list";
  }
}
