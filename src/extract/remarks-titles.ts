// Remarks of leaders of two states or more given together, titled by the occasion: "Remarks by
// President A and Prime Minister B of Freedonia Before Bilateral Meeting", "… During Greeting",
// "… in Joint Press Conference", "… at Dinner with …", "… at the Opening of …". The body is their
// exchange of greetings, which rarely says "we met" in so many words ("It is an honor to welcome
// you"), while the annotators read the title with it: the speakers met (rule
// engagement.remarks-title-meeting), unless the occasion is a virtual one or a call.
import type { Actor, Doc } from "./doc.js";
import type { ExtractedEngagement } from "./types.js";
import { findDateText } from "./dates.js";
import { namedIn } from "./title-engagements.js";
import { turnsOf } from "./turns.js";

// "Remarks [as Prepared for Delivery] by <speakers> <before|after|during|at|in|on …> <the occasion>": the
// speakers run to the first preposition that is no "of" of a title ("Prime Minister B of Freedonia").
const REMARKS_TITLE = /^Remarks\s+(?:as\s+Prepared\s+for\s+Delivery\s+)?by\s+(.+?)\s+((?:[Bb]efore|[Aa]fter|[Dd]uring|[Aa]t|[Ii]n|[Oo]n|[Ff]ollowing|[Aa]head\s+of|[Uu]pon|[Ww]ith)\s.*)$/u;
// An occasion held apart: "at the Start of a Virtual Meeting", "Before Phone Call".
const REMOTE = /\b(?:Virtual|Video|Videoconference|Phone|Telephone|Call)\b/;
// The speakers recalling an earlier encounter of theirs: "just a week after we met in Lakeville", "We last
// saw each other in Bangkok", "the last time we met". Not "we met our goals" (a determiner or a noun after
// "met"), nor "we met with A" (a counterpart named: the with-frame's), nor "we meet" (this very meeting).
const WE_MET = /(?<![\p{L}])[Ww]e\s+(?:(?:last|first|just|have|had|also|recently|previously|already|once)\s+|['’]ve\s+)*(?:met|saw\s+each\s+other|have\s+seen\s+each\s+other)(?=\s*(?:[.,;:!?—–]|$|(?:in|at|on|last|during|when|for|before|after|here|there|yesterday|earlier|again|back|a\s+(?:year|week|month)|\w+\s+(?:years?|weeks?|months?)\s+ago|—)\b))/u;
// The encounter has guests besides the speakers ("at Dinner with NATO Allies"): their bodies named there join.
const WITH_PHRASE = /\swith\s+(.+)$/;

/**
 * The meeting a remarks title names, added to `out` when at least two speakers of the title are
 * actors of the body, of different states (two officials of one government greeting guests nobody
 * names are no encounter between named parties), and no engagement of the body already joins them.
 */
export function addRemarksTitleMeeting(doc: Doc, out: ExtractedEngagement[], title: string | null): void {
  const m = title ? REMARKS_TITLE.exec(title.trim()) : null;
  if (!m) {
    addTurnRecollections(doc, out);
    return;
  }
  const byList = m[1];
  const people = doc.actors.filter((a) => a.kind === "PERSON" && a.mentions.length && namedIn(a, byList, true));
  if (people.length < 2) return;
  const states = new Set(people.map((a) => a.affiliation ?? a.name));
  if (states.size < 2) return;
  const guests = WITH_PHRASE.exec(m[2])?.[1];
  const bodies = guests ? doc.actors.filter((a) => a.kind !== "PERSON" && a.mentions.length && namedIn(a, guests, true)) : [];
  const names = [...people, ...bodies].map((a) => a.name);
  const joined = (e: ExtractedEngagement) => e.status === "HELD" && names.every((n) => e.participants.includes(n));
  const already = out.some(joined);
  addRecollections(doc, out, names, () => true, false);
  if (already) return;
  // The evidence: the body's first sentence that names the second speaker (the guest answering the host).
  const firstAt = (a: Actor) => Math.min(...a.mentions.map((x) => x.start));
  const at = people.map(firstAt).sort((a, b) => a - b)[1]!;
  const sent = doc.sentences.find((s) => s.start <= at && at < s.end) ?? { start: at, end: at };
  const remote = REMOTE.exec(m[2])?.[0];
  const kind = !remote ? "MEETING" : /Virtual|Video/.test(remote) ? "VIDEO_CALL" : /Phone/.test(remote) ? "PHONE_CALL" : "CALL";
  out.push({ kind, participants: names, status: "HELD", dateText: null, date: null, day: null, count: 1, forum: null, start: sent.start, end: sent.end, rule: "engagement.remarks-title-meeting" });
  out.sort((a, b) => a.start - b.start);
}

// "We have spoken many times": earlier calls of the two, their number not given.
const WE_SPOKE = /(?<![\p{L}])[Ww]e\s+(?:have|['’]ve)\s+(?:already\s+|also\s+)?(?:spoken|talked)\s+(?:(?:on\s+the\s+phone|by\s+phone)\s+)?(?:many|several|numerous|countless)\s+times\b/u;

/** A role of the person's state, not of another body: "President of Russia", "Foreign Minister", not "President of the Lakeland Chamber of Commerce". */
function ofOwnState(a: Actor): boolean {
  const of = /\sof\s+(.+)$/.exec(a.role ?? "");
  return !of || of[1].includes(a.affiliation!);
}

/**
 * A transcript of two speakers of two states and no one else named in its turns (a Kremlin
 * "Talks with …", "Meeting with …"): their "we" is the pair, so "Last time we met in this hall on
 * 10 February" is an earlier meeting of theirs (rule engagement.remarks-we-met) and "We have
 * spoken many times" their earlier calls (count unknown); a question is no recollection.
 */
function addTurnRecollections(doc: Doc, out: ExtractedEngagement[]): void {
  if (!/\b[Ww]e\s/.test(doc.text)) return;
  const turns = turnsOf(doc);
  const speakers = [...new Set(turns.map((t) => t.speaker).filter((n): n is string => !!n))];
  if (speakers.length !== 2) return;
  const people = speakers.map((n) => doc.actors.find((a) => a.name === n && a.kind === "PERSON"));
  if (people.some((a) => !a?.affiliation || !ofOwnState(a)) || people[0]!.affiliation === people[1]!.affiliation) return;
  // The transcript opens at its first label, or at the release's "* * *" before it (a flattened
  // transcript may lose a label the reader does not know: its words still run on in the transcript).
  const stars = /\*\s?\*\s?\*/.exec(doc.text);
  const from = Math.min(turns[0].body, stars ? stars.index : Infinity);
  // Not the narrative before the transcript, nor a reporter's turn.
  const inTranscript = (sent: { start: number }) => {
    const turn = turns.find((t) => t.start <= sent.start && sent.start < t.end);
    return sent.start >= from && !(turn && !turn.speaker);
  };
  addRecollections(doc, out, speakers, inTranscript, true);
}

/**
 * "We met in Lakeville a year ago" in a speaker's turn: an earlier meeting of `names` (rule
 * engagement.remarks-we-met), one per date written (an undated recollection once); with `calls`,
 * "We have spoken many times" their earlier calls too (count unknown). Only sentences `accept`
 * takes; a reporter's question ("Q  When did you …?") is no speaker's recollection.
 */
function addRecollections(doc: Doc, out: ExtractedEngagement[], names: string[], accept: (sent: { start: number }) => boolean, calls: boolean): void {
  const seen = new Set<string>();
  for (const sent of doc.sentences) {
    if (!accept(sent)) continue;
    const s = doc.text.slice(sent.start, sent.end);
    if (/\?\s*$/.test(s)) continue;
    const met = WE_MET.exec(s);
    const m = met ?? (calls ? WE_SPOKE.exec(s) : null);
    if (!m) continue;
    const dateText = findDateText(doc.text, sent.start, sent.end, sent.start + m.index)?.text ?? null;
    const key = (met ? "m" : "c") + (dateText ?? "");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kind: met ? "MEETING" : "CALL", participants: [...names], status: "HELD", dateText, date: null, day: null, count: met ? 1 : null, forum: null, start: sent.start, end: sent.end, rule: "engagement.remarks-we-met" });
  }
  if (seen.size) out.sort((a, b) => a.start - b.start);
}
