// A state's vote in an assembly of states is its part in the assembly's session (rule
// engagement.assembly-vote): "Freedonia voted in favor of the General Assembly resolution",
// "Lakeland abstained on the Security Council vote", "Freedonia and Lakeland vetoed the Security
// Council draft". Talks with the assembly as the forum. A legislature voting ("the Senate voted")
// has no state as its subject, and a vote with no assembly named ("voted against the sanctions")
// names no session: neither makes one.
import { mentionsIn, type Mention, type Sentence } from "./doc.js";
import { guarded } from "./guarded-pattern.js";
import { STATES_ASSEMBLY, type FrameReader } from "./news-frames.js";

const VOTE = guarded(/(?<![\p{L}])(voted|abstained|vetoed|(?:will|would|to)\s+(?:vote|abstain|veto))(?![\p{L}])/gu);
// From the verb to the assembly: a few lowercase words ("in favor of the", "on the earlier", "from").
const TO_BODY = /^(?:\s+[\p{Ll}-]+){0,6}\s+$/u;
// Between the voting states and the verb: auxiliaries, adverbs, a time.
const SUBJECT_GAP = /^\s+(?:(?:has|have|had|also|then|again|\p{Ll}+ly|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|this\s+week|last\s+week)\s+)*$/u;
// A pronoun subject opening the verb's clause: "…, it abstained on …".
const PRONOUN_SUBJECT = /(?:^|[,;]\s*(?:(?:and|but|while|whereas)\s+)?)(?:it|they)\s+(?:(?:\p{Ll}+ly|also|had|has|then)\s+)*$/u;

/** The states coordinated right before `verbAt` as its subject. */
function votingStates(r: FrameReader, sent: Sentence, verbAt: number): string[] {
  const text = r.doc.text;
  const from = Math.max(sent.start, verbAt - 200);
  const ms = mentionsIn(r.doc, from, verbAt).filter((x) => !x.inTitle);
  const last = ms[ms.length - 1];
  if (!last || last.possessive || last.modifier || !SUBJECT_GAP.test(text.slice(last.end, verbAt))) return [];
  const list: Mention[] = [last];
  for (let i = ms.length - 2; i >= 0; i--) {
    if (!/^(?:,\s+|,?\s+and\s+)(?:the\s+)?$/.test(text.slice(ms[i].end, list[0].start))) break;
    list.unshift(ms[i]);
  }
  const names = list.map(r.nameOf);
  return names.every(r.isCountry) ? [...new Set(names)] : [];
}

/** "Freedonia voted for the General Assembly resolution": talks of the state at the assembly. */
export function assemblyVotes(r: FrameReader, sent: Sentence): void {
  const text = r.doc.text;
  const s = text.slice(sent.start, sent.end);
  if (!/voted|abstain|veto|vote/.test(s)) return;
  let earlier: string[] = [];
  for (const m of VOTE.matchAll(s)) {
    const verbAt = sent.start + m.index!;
    const verbEnd = verbAt + m[0].length;
    const body = mentionsIn(r.doc, verbEnd, Math.min(sent.end, verbEnd + 80)).find((x) => !x.inTitle);
    const own = votingStates(r, sent, verbAt);
    if (own.length) earlier = own;
    if (!body || !STATES_ASSEMBLY.test(r.nameOf(body)) || !TO_BODY.test(text.slice(verbEnd, body.start))) continue;
    let states = own;
    // "While A voted for …, it abstained on …": the pronoun stands for the states of the vote before.
    if (!states.length && PRONOUN_SUBJECT.test(text.slice(sent.start, verbAt))) states = earlier;
    if (!states.length) continue;
    earlier = states;
    const bodyName = r.nameOf(body);
    // The verb's own tense: the words after it ("resolution", "in favor of") are no proposal.
    const status = /^would/.test(m[1]) ? "PROPOSED" : /^(?:will|to)\s/.test(m[1]) ? "PLANNED" : "HELD";
    const cue = { start: verbAt, end: verbEnd };
    // Votes of several states at the assembly reported one by one are one session: "A voted for the
    // resolution … B also voted in favor of it".
    if (r.joinSession(sent, cue, "engagement.assembly-vote", bodyName, status, states)) continue;
    r.emit(sent, [...states, bodyName], cue, "engagement.assembly-vote", "TALKS", bodyName, status);
  }
}
