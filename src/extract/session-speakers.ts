// Sessions a release reports and then the people who speak at them. By the annotation notes'
// attendee rule, the people named as taking part (those whose reports were heard) are participants
// of the one engagement, with its convener:
// - "Harvest prices came up at a conference call chaired by President A. According to Prime
//   Minister B, … Minister C noted that …": the call named no counterpart, so its cue alone reported
//   nothing; the chair and the speakers held one call (rule engagement.call-speakers). So did the
//   holder of "A held an online meeting with ambassadors of partner states …" and its speakers (a video call).
// - "A took part in a meeting of the Council of Regional Mayors. … Mayor B said that …": a meeting
//   of a body that is no forum of states takes the speakers of its report in (rule
//   engagement.session-speakers); "The meeting was conducted via video link" right after it makes it
//   a video call.
// The report of a session ends where another engagement is reported, or after REACH sentences.
import { type Doc, mentionsIn, type Sentence } from "./doc.js";
import type { ExtractedEngagement } from "./types.js";

// "at a conference call", "raised by participants of the weekly conference call".
const CALL_AT = /\b(?:at|during|participants of)\s+(?:a|an|the|this)\s+(?:(?:traditional|regular|weekly|daily|extraordinary|another)\s+)?conference call\b/;
// "A held an online meeting with ambassadors of partner states", "A held a conference call with mayors": a
// remote session its holder (the person before the verb) held with a group the text does not name.
const HELD_WITH_GROUP = /\b(?:held|conducted|chaired)\s+(?:an?\s+)?(?:(online|video)\s+(?:meeting|conference)|(video ?conference|videoconference)|conference call)\s+with\s+(?:the\s+)?(?=\p{Ll})/u;
// A call to come is no report of its speakers.
const FUTURE = /\b(?:will|would|is to|are to|plans? to|is scheduled)\b/;
// "This was emphasized by President A at a conference call": the agent of the passive before it.
const BY_AGENT = /\bby\s+(?:the\s+)?(?=[^,;]*$)/;
// Bodies named by the head noun of a sitting body and its tail: "the Council of Regional Mayors", "the
// Congress of Local Authorities", "the Staff of the Commander-in-Chief" (a joint commission of states
// holds their talks: none of these).
export const SITTING_BODY = /^(?![^]*\b(?:Joint|Intergovernmental|Inter-[Gg]overnmental|Bilateral|Interparliamentary)\b)(?:[\p{Lu}][\p{L}’'-]*\s+){0,3}(?:Council|Congress|Commission|Committee|Assembly|Board|Presidium|Staff)\s+(?:of|on|for|under)\s/u;
const REACH = 25;
// The next sentence saying how the session was held: "The session was held by video conference."
const NEXT_BY_VIDEO = /^(?:The|This) (?:event|meeting|session) (?:was|is being) (?:held|conducted) (?:as|via|in|by|in the format of) (?:an? )?(?:video ?conference|video link)\b/;

/** The person right after `at` (titles before the name are skipped: "President A"). */
function personAfter(doc: Doc, at: number, end: number): string | null {
  const m = mentionsIn(doc, at, end).find((x) => !x.inTitle && !x.possessive && doc.actors[x.actor].kind === "PERSON");
  return m ? doc.actors[m.actor].name : null;
}

/** The chair of the call of `sent`: after "chaired by", else the agent of a passive before "at a conference call". */
function chair(doc: Doc, sent: Sentence, callAt: number): string | null {
  const s = doc.text.slice(sent.start, sent.end);
  const ch = /\bchaired by\s+/.exec(s.slice(callAt));
  if (ch) return personAfter(doc, sent.start + callAt + ch.index + ch[0].length, Math.min(sent.end, sent.start + callAt + ch.index + ch[0].length + 80));
  const by = BY_AGENT.exec(s.slice(0, callAt));
  return by ? personAfter(doc, sent.start + by.index + by[0].length, sent.start + callAt) : null;
}

/** The people who speak from sentence `i` up to the next engagement reported (or REACH sentences). */
function speakersFrom(doc: Doc, out: ExtractedEngagement[], i: number, self?: ExtractedEngagement): string[] {
  const { sentences } = doc;
  const sent = sentences[i];
  const last = sentences[Math.min(sentences.length - 1, i + REACH)];
  const next = out.find((e) => e !== self && e.start >= sent.end && e.start < last.end);
  const end = next ? next.start : last.end;
  const persons = new Set(doc.actors.filter((a) => a.kind === "PERSON").map((a) => a.name));
  const people = new Set<string>();
  for (const st of doc.statements) if (st.start >= sent.start && st.start < end && st.speaker && persons.has(st.speaker)) people.add(st.speaker);
  return [...people];
}

/** Adds a call for each conference call reported with no counterpart; lets a body's meeting take its speakers in (see the module's head). */
export function addSessionSpeakers(doc: Doc, out: ExtractedEngagement[]): void {
  const { text, sentences } = doc;
  const added: ExtractedEngagement[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const sent = sentences[i];
    const s = text.slice(sent.start, sent.end);
    // A body's meeting held in this sentence, its participants people (no states: no forum of states).
    const session = out.find((e) => e.start === sent.start && e.status === "HELD" && e.forum !== null && sittingBody(doc, e.forum) && e.participants.every((p) => p === e.forum || isPerson(doc, p)));
    if (session) {
      // "… a meeting of the Congress was held. The meeting was conducted via video link."
      const after = sentences[i + 1];
      if (session.kind === "MEETING" && after && NEXT_BY_VIDEO.test(text.slice(after.start, after.end))) session.kind = "VIDEO_CALL";
      const more = speakersFrom(doc, out, i, session).filter((p) => !session.participants.includes(p));
      if (more.length) {
        session.participants.push(...more);
        session.rule = "engagement.session-speakers";
      }
      continue;
    }
    const call = s.includes("conference call") ? CALL_AT.exec(s) : null;
    const held = call ? null : HELD_WITH_GROUP.exec(s);
    if ((!call && !held) || FUTURE.test(s)) continue;
    // A call the sentence already reports ("held a conference call with A") is that engagement.
    if (out.some((e) => e.start >= sent.start && e.start < sent.end)) continue;
    const people = new Set<string>();
    const head = call ? chair(doc, sent, call.index) : personAfter(doc, sent.start, sent.start + held!.index);
    if (head) people.add(head);
    for (const p of speakersFrom(doc, out, i)) people.add(p);
    if (people.size < 2) continue;
    const kind = held && (held[1] || held[2]) ? "VIDEO_CALL" : "CALL";
    added.push({ kind, participants: [...people], status: "HELD", dateText: null, date: null, count: 1, forum: null, rule: "engagement.call-speakers", start: sent.start, end: sent.end });
  }
  if (!added.length) return;
  out.push(...added);
  out.sort((a, b) => a.start - b.start);
}

/** A body the text names, that sits in sessions (no body the registry knows: forums of states, parliaments, councils of a state). */
function sittingBody(doc: Doc, name: string): boolean {
  const a = doc.actors.find((x) => x.name === name);
  return !!a && a.kind === "ORGANIZATION" && !a.forum && !a.fromRegistry && SITTING_BODY.test(a.name);
}

function isPerson(doc: Doc, name: string): boolean {
  return doc.actors.some((a) => a.name === name && a.kind === "PERSON");
}
