// A gathering two or more named parties hold together: "the conference, jointly organized by
// Freedonia and Lakeland", "a forum co-hosted by Acme and the Lakeland Institute", "Freedonia and
// Lakeland co-chaired the meeting" (rule engagement.co-hosts). The conveners of one event meet each
// other at it (ANNOTATION-NOTES: an event jointly convened by two named bodies for unnamed guests is
// one meeting between the conveners). A document co-sponsored by states is no gathering.
import { mentionsIn, type Sentence } from "./doc.js";
import type { FrameReader } from "./news-frames.js";

const CO_VERB = String.raw`(?:co-?(?:hosted|organi[sz]ed|chaired|convened)|jointly\s+(?:organi[sz]ed|hosted|convened|held|chaired))`;
const BY_HOSTS = new RegExp(String.raw`(?<![\p{L}])${CO_VERB}\s+by\s+`, "gu");
const HOSTS_ACTIVE = new RegExp(String.raw`(?<![\p{L}])(?:co-?(?:host|hosts|hosted|chair|chairs|chaired|organi[sz]e|organi[sz]es|organi[sz]ed|convene|convenes|convened)|jointly\s+(?:organi[sz]ed|hosted|convened|held|chaired))\s+(?:the|a|an|this|their)\s+`, "gu");
// The gathering: a noun of one in the sentence before "by", or after the active verb.
const GATHERING = /\b(?:conference|summit|forum|meeting|event|session|dialogue|talks|roundtable|round table|gathering|consultations|symposium|Conference|Summit|Forum|Meeting|Dialogue|Symposium)\b/;
const CONVENED_BEFORE = /(?:convened|hosted|organi[sz]ed)\s+by\s+[^,;]{2,80}?\s+and\s+$/u;
// How far into the sentence the gathering that is its subject may be named.
const SUBJECT_REACH = 100;
// Where the list of hosts ends.
const LIST_END = /[;:.(“"]|,\s+(?!and\s)(?!(?:the\s+)?[\p{Lu}])|\s(?:on|in|at|for|to|with|which|who|that|last|this|next|during|since|from)\s/u;

/** The parties named in [start, end): people, states or bodies, none only a modifier. */
function hosts(r: FrameReader, start: number, end: number): string[] {
  return [...new Set(mentionsIn(r.doc, start, end).filter((x) => !x.inTitle && !x.modifier && !x.possessive && !x.ofAffiliation).map(r.nameOf))];
}

/** "the conference, jointly organized by A and B", "A and B co-chaired the meeting": the conveners meet. */
export function coHosts(r: FrameReader, sent: Sentence): void {
  const text = r.doc.text;
  const s = text.slice(sent.start, sent.end);
  if (!/co-?(?:host|chair|organi|conven)|jointly/.test(s)) return;
  for (const m of s.matchAll(BY_HOSTS)) {
    const cs = sent.start + m.index!;
    // The gathering is the sentence's subject ("The forum was co-hosted by", "The conference, …,
    // jointly organized by"), not an object whose clause has its own mood ("look forward to holding
    // the next Dialogue, co-chaired by").
    const g = GATHERING.exec(s.slice(0, m.index));
    if (!g || g.index > SUBJECT_REACH || /\b\p{Ll}+ing\b/u.test(s.slice(0, g.index))) continue;
    const listAt = cs + m[0].length;
    const tail = text.slice(listAt, sent.end);
    const stop = LIST_END.exec(tail);
    // "convened by A and co-hosted by B and C": the convener is one of the hosts.
    const convener = CONVENED_BEFORE.exec(s.slice(0, m.index));
    const first = convener ? hosts(r, sent.start + m.index! - convener[0].length, cs) : [];
    const parties = [...new Set([...first, ...hosts(r, listAt, listAt + (stop ? stop.index : tail.length))])];
    if (parties.length < 2) continue;
    r.emit(sent, parties, { start: cs, end: listAt }, "engagement.co-hosts", "MEETING", null);
  }
  for (const m of s.matchAll(HOSTS_ACTIVE)) {
    const cs = sent.start + m.index!;
    if (!GATHERING.test(s.slice(m.index! + m[0].length, m.index! + m[0].length + 80))) continue;
    const subj = r.subjectsOf(sent);
    if (subj.at >= cs || subj.names.length < 2 || !/^[^,;:]*$/.test(text.slice(subj.at, cs))) continue;
    r.emit(sent, subj.names, { start: cs, end: cs + m[0].length }, "engagement.co-hosts", "MEETING", null);
  }
}
