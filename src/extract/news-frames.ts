// Engagement frames of news style, read from the words around their trigger alone (issue 11,
// engagements missed on unseen news), kept apart from the cue loop of engagements.ts:
// - sides named by their states' adjectives: "Ukrainian and Russian officials held talks",
//   "talks between British and American negotiators", "US officials held discussions with Saudi
//   Arabia" (rule engagement.official-sides);
// - a hearing before a body that sits: "A testified before the Senate Banking Committee", "his
//   hearing at the House Committee on …", "the confirmation hearing for A before the Committee"
//   (rule engagement.hearing);
// - a speech to a body that sits, named as a noun or after words between the verb and "to": "an
//   address to Congress from A", "A spoke on video link to a packed House of Representatives"
//   (rule engagement.address-to);
// - "the two countries" as the sides of talks: "officials from the two countries met", "talks
//   between the two nations" (rule engagement.two-states);
// - a call received: "A received a phone call from B" (rule engagement.call-from);
// - a greeting: "A greeted B at the airport" (rule engagement.greeted);
// - an arrival for a visit: "A arrived in Moscow for a state visit" (rule engagement.visit);
// - a guest received in the passive: "A was received by B", "A will be hosted by B" (rule
//   engagement.received-by);
// - a published address: its first-person engagements are its speaker's, "The full text of the
//   speech is provided below: … I spoke with A", "Wednesday - a conversation with A" (rule
//   engagement.address-speaker, subjects only);
// - an invitation to visit the inviter: "A has invited B to visit", "A invited B to come" (rule
//   engagement.invited-visit; "invited B to visit Warsaw" is engagement.visit's);
// - the negotiating table: "A and B returned to the negotiating table", "to bring A and B back to
//   the negotiating table", "A came to the negotiating table with B" (rule engagement.negotiating-table);
// - a counterpart named by the state's adjective alone: "A met his Chinese counterpart", "A spoke
//   with her Russian counterpart by phone" (rule engagement.counterpart);
// - an official's presence in another state: "A was in Kyiv on Monday", "A arrived in Warsaw",
//   "A, who was in Moscow this week," (rule engagement.presence).
// - a readout's pair reporting its own track of talks: "They committed to establishing a Harbours
//   Dialogue", "welcomed the initiation of negotiations" (rule engagement.pair-track, src/extract/pair-tracks.ts).
// The functions here find the spans; engagements.ts turns the mentions in them into parties.
import type { Doc, Mention, Sentence } from "./doc.js";
import { lastMentionIn, mentionsIn } from "./doc.js";
import { findCues } from "./engagement-triggers.js";
import { apposedVerbs, onlyTitleWords } from "./apposed-subjects.js";
import { guarded } from "./guarded-pattern.js";
import { namedDialogueSpans } from "./named-dialogues.js";
import { pairTrackSpans } from "./pair-tracks.js";
import { tripPurposeSpans } from "./trip-purposes.js";
import { speakerObjectCues } from "./speaker-object.js";
import { memberMeetings } from "./member-meetings.js";
import { assemblyVotes } from "./assembly-votes.js";
import { virtualAddresses } from "./virtual-addresses.js";
import { coHosts } from "./co-hosts.js";
import { toldInCapital } from "./told-in-capital.js";
import type { KnownRule } from "./rules.js";
import type { EngagementKind, EngagementStatus, ExtractedEngagement, Span } from "./types.js";

// A state's adjective or short name as a modifier: "Ukrainian", "U.S.", "US", "UK", "EU".
const SIDE_WORD = String.raw`(?:U\.S\.|U\.K\.|US|UK|EU|[\p{Lu}][\p{Ll}]+)`;
const SIDE_LIST = String.raw`(?:${SIDE_WORD}(?:,\s+|,?\s+and\s+))*${SIDE_WORD}`;
const SIDE_NOUN = String.raw`(?:officials|negotiators|diplomats|delegations|delegates|envoys|representatives|teams|counterparts)`;
// "Ukrainian and Russian officials", "U.S. and British trade negotiators" (one lower-case word between).
const SIDES = new RegExp(String.raw`(?<![\p{L}.-])(${SIDE_LIST})\s+(?:(?:senior|top|trade|military|defen[cs]e|security|government|foreign|finance|energy|economic|high-level)\s+){0,2}${SIDE_NOUN}(?![\p{L}])`, "gu");
// After the sides as a subject: auxiliaries and adverbs, then the verb of meeting or holding.
const SIDES_VERB = /^\s+(?:(?:have|has|had|will|would|also|are|were|is|was|to|be|been|then|\p{Ll}+ly)\s+)*(met|meet|meets|meeting|negotiated|negotiating|in\s+(?:(?:close|active|direct|intense|ongoing|further|regular|secret|\p{Ll}+ly)\s+){0,2}(?:talks|discussions|negotiations|consultations)|(?:held|hold|holds|holding|had|have|began|begin|resumed|resume|opened|concluded|wrapped up|wrap up|started|start|kicked off|conducted)\s+(?:(?:a|an|the|their|two|three|several|further|new|fresh|another)\s+)?(?:[\p{L}-]+\s+){0,4}?(?:talks|negotiations|discussions|consultations|meetings?|round))\b/u;
// The sides after a noun of talks: "talks between British and American officials".
// A closing quotation mark may stand after the noun: "“secret talks” between US and Russian officials".
const BETWEEN_SIDES = /(?<![\p{L}])(?:talks|negotiations|discussions|consultations|meetings?)[”"’]?\s+between\s+(?:the\s+)?$/u;
// Where the counterpart of "held discussions with" ends.
const WITH_END = /\s(?:about|on|over|regarding|to|in|at|during|for|amid|after|before|as|which|who|that|last|this|on)\b|[,;:.(“"]/u;

interface SidesSpan {
  cue: Span;
  /** The coordinated adjectives or short names of the states: "Ukrainian and Russian". */
  sides: Span;
  /** "… held discussions with Saudi Arabia": the counterpart phrase after "with". */
  counterpart: Span | null;
}

/** The officials of states named by their adjectives as the parties of talks, in [start, end) of `text`. */
function sidesSpans(text: string, start: number, end: number): SidesSpan[] {
  const s = text.slice(start, end);
  const out: SidesSpan[] = [];
  if (!/officials|negotiators|diplomats|delegat|envoys|representatives|teams|counterparts/.test(s)) return out;
  for (const m of s.matchAll(SIDES)) {
    const at = start + m.index!;
    const sides = { start: at, end: at + m[1].length };
    const after = s.slice(m.index! + m[0].length);
    if (BETWEEN_SIDES.test(s.slice(Math.max(0, m.index! - 40), m.index))) {
      out.push({ cue: { start: at, end: at + m[0].length }, sides, counterpart: null });
      continue;
    }
    // "The A-ian and B-ian delegations held talks" is the engagement stage's own (engagement.delegations).
    const v = /delegations$/.test(m[0]) ? null : SIDES_VERB.exec(after);
    if (!v) continue;
    const ve = m.index! + m[0].length + v[0].length;
    const cue = { start: start + ve - v[1].length, end: start + ve };
    const rest = s.slice(ve);
    const w = /^\s+with\s+/.exec(rest);
    let counterpart: Span | null = null;
    if (w) {
      const tail = rest.slice(w[0].length);
      const stop = WITH_END.exec(tail);
      counterpart = { start: start + ve + w[0].length, end: start + ve + w[0].length + (stop ? stop.index : tail.length) };
    } else if (!/,?\s+and\s+/.test(m[1])) continue;
    out.push({ cue, sides, counterpart });
  }
  return out;
}

/** The words of a coordination of sides: "U.S., British and French" → ["U.S.", "British", "French"]. */
function sideWords(phrase: string): string[] {
  return phrase.split(/,\s+(?:and\s+)?|,?\s+and\s+/).map((w) => w.trim()).filter(Boolean);
}

// A testimony or a hearing before a body: the trigger and the body's phrase after it.
const HEARING = /(?<![\p{L}])(testif(?:y|ies|ied|ying)|appear(?:s|ed|ing)?|hearings?)(?![\p{L}])/gu;
// From a hearing noun to its body: "for A", a date, then "before", "at" or "of".
const HEARING_TO_BODY = /^(?:\s+for\s+(?:[^,;.]{1,80}?))?\s+(?:before|at|of)\s+(?:the\s+)?(?=\p{Lu})/u;
const TESTIFY_TO_BODY = /^(?:\s+(?:\p{Ll}+ly|again|publicly|privately|today|yesterday|virtually|remotely|in person))*\s+before\s+(?:the\s+|a\s+)?(?=\p{Lu})/u;
// The name of a body that holds hearings, to its last word that names one ("the Senate Foreign
// Relations Committee on Tuesday": the Committee; its mention there may be longer).
const BODY_NAME = /^(?:(?:[\p{Lu}][\p{L}.’'-]*|of|on|for|and|the)\s+){0,8}(?:Committee|Subcommittee|Commission|Council|Congress|Senate|House|Parliament|Assembly|Representatives|Commons|Lords|Bundestag|Knesset|Duma|Rada|Diet)(?![\p{L}])/u;

interface HearingSpan {
  cue: Span;
  /** The body heard before. */
  body: Span;
  /** "the confirmation hearing for A": the one heard, when named after "for". */
  witness: Span | null;
  /** A noun ("his hearing") rather than a verb ("testified"). */
  noun: boolean;
}

/** The testimonies and hearings before bodies in [start, end) of `text`. */
function hearingSpans(text: string, start: number, end: number): HearingSpan[] {
  const s = text.slice(start, end);
  const out: HearingSpan[] = [];
  if (!/testif|appear|hearing/.test(s)) return out;
  for (const m of s.matchAll(HEARING)) {
    const noun = /^hearing/.test(m[1]);
    const rest = s.slice(m.index! + m[0].length);
    const lead = (noun ? HEARING_TO_BODY : TESTIFY_TO_BODY).exec(rest);
    // "appeared" needs "before": "appeared at a rally" is no hearing.
    if (!lead || (/^appear/.test(m[1]) && !/\sbefore\s/.test(lead[0]))) continue;
    // "She has testified before Congress": a career in a biography, not one hearing.
    if (!noun && /\b(?:has|have|had)\s+(?:\p{Ll}+ly\s+|also\s+)?$/u.test(s.slice(Math.max(0, m.index! - 24), m.index))) continue;
    const bodyAt = m.index! + m[0].length + lead[0].length;
    const name = BODY_NAME.exec(s.slice(bodyAt));
    if (!name) continue;
    const bodyName = name[0];
    const cs = start + m.index!;
    const forAt = noun ? /^\s+for\s+/.exec(rest) : null;
    const witness = forAt ? { start: cs + m[0].length + forAt[0].length, end: start + bodyAt } : null;
    out.push({ cue: { start: cs, end: cs + m[0].length }, body: { start: start + bodyAt, end: start + bodyAt + bodyName.length }, witness, noun });
  }
  return out;
}

// A guest received in the passive, the host after "by": "was received by President A".
const RECEIVED_BY = /(?<![\p{L}])(?:was|were|is|are|be|been|being)\s+(?:(?:warmly|personally|also|then|officially|formally|later)\s+)?(received|hosted|welcomed|greeted)\s+by\s+/gu;

interface ReceivedSpan {
  cue: Span;
  /** Where the passive's auxiliaries start ("will be hosted"): the guest ends before. */
  subjectEnd: number;
  /** From the host's name to the end of the clause. */
  host: Span;
}

/** The passive receptions of guests in [start, end) of `text`. */
function receivedSpans(text: string, start: number, end: number): ReceivedSpan[] {
  const s = text.slice(start, end);
  const out: ReceivedSpan[] = [];
  if (!/received|hosted|welcomed|greeted/.test(s)) return out;
  for (const m of s.matchAll(RECEIVED_BY)) {
    const cs = start + m.index! + m[0].indexOf(m[1]);
    const hostAt = start + m.index! + m[0].length;
    const tail = s.slice(m.index! + m[0].length);
    const stop = /\s(?:in|at|on|for|during|to|when|while|who|which|and\s+(?!\p{Lu})|last|this|after|before)\b|[,;:.(“"]/u.exec(tail);
    const aux = /(?:(?:will|would|shall|to|also|then|\p{Ll}+ly)\s+)*$/u.exec(s.slice(Math.max(0, m.index! - 40), m.index));
    out.push({ cue: { start: cs, end: cs + m[1].length }, subjectEnd: start + m.index! - (aux ? aux[0].length : 0), host: { start: hostAt, end: hostAt + (stop ? stop.index : tail.length) } });
  }
  return out;
}

/** What the frames need of the engagement stage (src/extract/engagements.ts) to name parties and keep an engagement. */
export interface FrameReader {
  doc: Doc;
  nameOf: (m: Mention) => string;
  isPerson: (n: string) => boolean;
  isCountry: (n: string) => boolean;
  countryOf: (n: string) => string | null;
  demonyms: ReadonlyMap<string, string>;
  /** Capital city -> its state ("Moscow" -> "Russia"). */
  capitals: ReadonlyMap<string, string>;
  /** The role the text gives a person ("Spanish Prime Minister"), if any. */
  roleOf: (n: string) => string | null;
  /** The subject ending right before `pos` ("A testified"), a person or a state. */
  subjectBefore: (pos: number, sentStart: number) => string | null;
  /** The states of the last engagement between two or more, when each party is or acts for a state. */
  lastStates: () => string[] | null;
  /** The speaker of the transcript turn (or printed address) at `pos`, a person. */
  turnSpeaker: (pos: number) => string | null;
  /** The guest of the latest engagement so far between two people, one of the state `host` and one of another: the latter, or null. */
  guestOf: (host: string) => string | null;
  /** Whether an engagement so far joins exactly these parties (in any order, of any kind or status). */
  known: (participants: readonly string[]) => boolean;
  /** Adds `names` to the latest engagement `rule` found at `forum` with `status` (one session reported piecewise); false when there is none. */
  joinSession: (sent: Sentence, cue: Span, rule: KnownRule, forum: string, status: EngagementStatus, names: string[]) => boolean;
  /** The sentence's subjects (coordinated names, a title standing for its holder) and where they start. */
  subjectsOf: (sent: Sentence) => { names: string[]; at: number };
  /** Keeps the engagement unless the sentence negates it before its trigger. */
  emit: (sent: Sentence, participants: string[], cue: Span, rule: KnownRule, kind: EngagementKind, forum: string | null, proposed?: boolean | EngagementStatus) => void;
}

type NewsFrame = (r: FrameReader, sent: Sentence) => void;

/**
 * The news frames in the order they are read, each with the fewest actor mentions a sentence must
 * have for the frame to find anything there. A frame whose parties are all mentions inside the
 * sentence (the body after "testified before", the names after "officials from", two coordinated
 * subjects) has nothing to read in a sentence naming fewer, and is not run on it; most sentences
 * name no actor at all. A frame that can take a party from elsewhere (a demonym or a capital, the
 * one a pronoun stands for, the states of the last engagement, a quotation's speaker, a name past
 * the sentence's end) runs on every sentence (0).
 */
export const NEWS_FRAMES: ReadonlyArray<readonly [NewsFrame, number]> = [
  [officialSides, 0],
  [officialsFrom, 1],
  [hearings, 1],
  [receivedBy, 1],
  [addresses, 1],
  [twoStates, 0],
  [callsFrom, 0],
  [greetings, 0],
  [arrivalsForVisits, 0],
  [presences, 0],
  [invitationsToVisit, 1],
  [negotiatingTables, 2],
  [demonymCounterparts, 0],
  [tripPurposes, 1],
  [theirEncounters, 1],
  [dialoguesHeld, 2],
  [pairTracks, 0],
  [apposedSubjects, 2],
  [speakerObjects, 0],
  [memberMeetings, 2],
  [assemblyVotes, 1],
  [virtualAddresses, 0],
  [coHosts, 2],
  [toldInCapital, 2],
];

/** The engagements of the news frames in `sent`, which names `mentions` actors (mentions overlapping it). */
export function readNewsFrames(r: FrameReader, sent: Sentence, mentions: number): void {
  for (const [frame, least] of NEWS_FRAMES) if (mentions >= least) frame(r, sent);
}

/** "“Putin called me and said …,” Lukashenko said": the subject met or called the quotation's speaker (rule engagement.speaker-object). */
function speakerObjects(r: FrameReader, sent: Sentence): void {
  for (const c of speakerObjectCues(r.doc.text, sent.start, sent.end)) {
    // The speaker of the quotation, else, outside any quotation, of the transcript turn.
    const quoted = r.doc.statements.find((st) => st.kind === "DIRECT" && st.start <= c.cue.start && c.cue.end <= st.end && st.speaker);
    const inQuote = r.doc.quotes.some((q) => q.open < c.cue.start && c.cue.start < q.close);
    const speaker = quoted?.speaker ? (r.isPerson(quoted.speaker) ? quoted.speaker : null) : inQuote ? null : r.turnSpeaker(c.cue.start);
    // The subject named, not a pronoun: "Putin called me", not "He called me".
    const named = /[\p{Lu}][\p{L}.’'-]*\s+$/u.test(r.doc.text.slice(Math.max(sent.start, c.cue.start - 40), c.cue.start));
    const who = speaker && named ? r.subjectBefore(c.cue.start, Math.max(sent.start, quoted?.start ?? sent.start)) : null;
    if (!speaker || !who || who === speaker || !(r.isPerson(who) || r.isCountry(who))) continue;
    // People of another state: "Jake Sullivan called me" in a press secretary's briefing is work among colleagues.
    const home = r.countryOf(speaker);
    const theirs = r.isCountry(who) ? who : r.countryOf(who);
    if (!home || !theirs || home === theirs) continue;
    r.emit(sent, [speaker, who], c.cue, "engagement.speaker-object", c.kind, null);
  }
}

const named = (r: FrameReader, sp: Span) => mentionsIn(r.doc, sp.start, sp.end).filter((x) => !x.inTitle && !x.ofAffiliation);

/** The state a side word stands for: a country mention there ("U.S.") or a demonym ("British"). */
function sideState(r: FrameReader, word: string, at: number): string | null {
  const x = mentionsIn(r.doc, at, at + word.length).find((m) => m.start === at && m.end === at + word.length);
  if (x && r.isCountry(r.nameOf(x))) return r.nameOf(x);
  return r.demonyms.get(word) ?? null;
}

/** "Ukrainian and Russian officials met", "US officials held discussions with Saudi Arabia" (rule engagement.official-sides). */
function officialSides(r: FrameReader, sent: Sentence): void {
  const text = r.doc.text;
  for (const o of sidesSpans(text, sent.start, sent.end)) {
    const phrase = text.slice(o.sides.start, o.sides.end);
    const states: string[] = [];
    let from = o.sides.start;
    for (const w of sideWords(phrase)) {
      const at = text.indexOf(w, from);
      from = at + w.length;
      const st = sideState(r, w, at);
      // "By Sunday, Canadian and Mexican officials": a capitalised word set off before the list is none of it.
      if (!st && !states.length && text.startsWith(",", at + w.length)) continue;
      if (!st) {
        states.length = 0;
        break;
      }
      states.push(st);
    }
    if (!states.length) continue;
    const others: string[] = [];
    if (o.counterpart) {
      const cp = text.slice(o.counterpart.start, o.counterpart.end);
      // "with their Saudi counterparts": the counterparts' state.
      const dem = /^(?:(?:the|their|his|her|its)\s+)?([\p{Lu}][\p{L}]+)\s+(?:officials|counterparts|negotiators|delegation|side)\b/u.exec(cp);
      if (dem && r.demonyms.has(dem[1])) others.push(r.demonyms.get(dem[1])!);
      else for (const x of named(r, o.counterpart)) if (!x.modifier && !x.possessive) others.push(r.nameOf(x));
      if (!others.length) continue;
    }
    const parts = [...new Set([...states, ...others])];
    if (parts.length < 2) continue;
    r.emit(sent, parts, o.cue, "engagement.official-sides", parts.some(r.isPerson) ? "MEETING" : "TALKS", null);
  }
}

// Officials named by the states or bodies they come from (delegations are engagement.delegations's): "representatives from Turkey, Russia and
// Ukraine are meeting with a UN delegation", "the meeting of the top diplomats from Britain, Canada
// and France" (rule engagement.official-sides).
const OFFICIALS_FROM = /(?<![\p{L}])(?:(?:[Ss]enior|[Tt]op|[Mm]ilitary|[Gg]overnment|[Ff]oreign|[Dd]efen[cs]e|[Ss]ecurity|[Hh]igh-level)\s+)?(?:[Oo]fficials|[Rr]epresentatives|[Dd]iplomats|ministers|[Nn]egotiators|[Dd]elegates|[Ee]nvoys)\s+(?:from|of)\s+(?:the\s+)?(?=\p{Lu})/gu;
// A gathering noun right before the officials names the engagement itself: "the Capri meeting of the top diplomats from".
const GATHERING_OF = /(?<![\p{L}])(meeting|talks|negotiations|consultations|session)\s+(?:of|between|among)\s+(?:the\s+)?$/u;
// After the list: auxiliaries and the verb of meeting ("are meeting with", "will meet", "held talks",
// "gathered in Paris on Wednesday for talks").
const FROM_VERB = /^\s+(?:(?:have|has|had|will|would|also|are|were|is|was|to|be|been|then|\p{Ll}+ly)\s+)*(met|meet|meets|meeting|(?:held|hold|began|begin|resumed|opened|concluded|started|start)\s+(?:(?:a|an|the|their|new|fresh|another)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:talks|negotiations|discussions|consultations|round)|(?:gathered|gather|convened|convene|assembled)\s+(?:in\s+[\p{Lu}][\p{L}-]+\s+)?(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|today\s+|this\s+week\s+)?for\s+(?:(?:a|an|new|fresh|further|another)\s+(?:round\s+of\s+)?)?(?:talks|negotiations|discussions|consultations))\b/u;

/** The states or bodies "officials from A, B and C" come from, as parties of their meeting (rule engagement.official-sides). */
function officialsFrom(r: FrameReader, sent: Sentence): void {
  const text = r.doc.text;
  const s = text.slice(sent.start, sent.end);
  if (!/(?:fficials|epresentatives|iplomats|inisters|egotiators|elegates|nvoys)\s+(?:from|of)\s/.test(s)) return;
  for (const m of s.matchAll(OFFICIALS_FROM)) {
    const listAt = sent.start + m.index! + m[0].length;
    // The list: names joined by commas and "and", nothing else between them ("NATO, its member states, and Russia" stops at "its").
    const ms = mentionsIn(r.doc, listAt, Math.min(sent.end, listAt + 200)).filter((x) => !x.inTitle);
    const sides: Mention[] = [];
    let at = listAt;
    for (const x of ms) {
      if (x.start !== at && !/^(?:,\s+|,?\s+and\s+)(?:the\s+)?$/.test(text.slice(at, x.start))) break;
      if (r.isPerson(r.nameOf(x)) || x.possessive || x.modifier) break;
      sides.push(x);
      at = x.end;
    }
    const parties = [...new Set(sides.map(r.nameOf))];
    if (!parties.length) continue;
    const gathering = GATHERING_OF.exec(s.slice(Math.max(0, m.index! - 40), m.index!).replace(/(?:senior|top|military)\s+$/, ""));
    let cue: Span;
    if (gathering) {
      const gs = sent.start + m.index! - (s.slice(Math.max(0, m.index! - 40), m.index!).length - s.slice(Math.max(0, m.index! - 40), m.index!).lastIndexOf(gathering[1]));
      cue = { start: gs, end: gs + gathering[1].length };
    } else {
      const v = FROM_VERB.exec(text.slice(at, sent.end));
      if (!v) continue;
      const ve = at + v[0].length;
      cue = { start: ve - v[1].length, end: ve };
      // "… are meeting with a UN delegation": the body whose delegation or officials they meet.
      const w = /^\s+with\s+(?:an?\s+|the\s+)?/.exec(text.slice(ve, sent.end));
      if (w) {
        const x = mentionsIn(r.doc, ve + w[0].length, ve + w[0].length + 60)[0];
        if (x && x.start === ve + w[0].length && !r.isPerson(r.nameOf(x)) && (!x.modifier || /^\s+(?:delegation|officials|representatives|team|negotiators)\b/.test(text.slice(x.end, x.end + 20)))) parties.push(r.nameOf(x));
      }
    }
    const all = [...new Set(parties)];
    if (all.length < 2) continue;
    r.emit(sent, all, cue, "engagement.official-sides", "TALKS", null);
  }
}

/** "A testified before the Committee", "his hearing at the Committee", "the hearing for A before the Committee" (rule engagement.hearing). */
function hearings(r: FrameReader, sent: Sentence): void {
  const text = r.doc.text;
  for (const h of hearingSpans(text, sent.start, sent.end)) {
    const b = mentionsIn(r.doc, h.body.start, h.body.end).find((x) => x.start === h.body.start && !r.isPerson(r.nameOf(x)) && !r.isCountry(r.nameOf(x)));
    if (!b) continue;
    const body = r.nameOf(b);
    const parts: string[] = [];
    if (!h.noun) {
      // "A will testify", "A is due to appear": the subject before the auxiliaries.
      const aux = /(?:\s+(?:will|would|shall|to|be|is|are|was|were|due|set|expected|scheduled|also|again|\p{Ll}+ly))*\s*$/u.exec(text.slice(Math.max(sent.start, h.cue.start - 60), h.cue.start));
      const who = r.subjectBefore(h.cue.start - (aux ? aux[0].length : 0), sent.start);
      if (who) parts.push(who);
    } else {
      const witness = h.witness ? named(r, h.witness).find((x) => r.isPerson(r.nameOf(x))) : undefined;
      if (witness) parts.push(r.nameOf(witness));
      else {
        // "his semiannual hearing", "Roe's hearing": the possessor, the person last named before.
        const before = text.slice(Math.max(sent.start, h.cue.start - 60), h.cue.start);
        const own = /(?:\b(?:his|her)|[’']s)\s+(?:[\p{L}-]+\s+){0,3}$/u.exec(before);
        const prev = own ? lastMentionIn(r.doc, sent.start, h.cue.start, (x) => !x.inTitle && r.isPerson(r.nameOf(x))) : undefined;
        if (prev) parts.push(r.nameOf(prev));
      }
      // "A speaks during the hearing for B": the subject who takes part in it.
      if (/\b(?:during|at|in)\s+(?:the|a|an|this|his|her|its)\s+(?:[\p{L}-]+\s+){0,3}$/u.test(text.slice(Math.max(sent.start, h.cue.start - 60), h.cue.start))) {
        const first = mentionsIn(r.doc, sent.start, h.cue.start).find((x) => !x.inTitle && !x.possessive);
        if (first && r.isPerson(r.nameOf(first)) && first.start - sent.start < 40) parts.unshift(r.nameOf(first));
      }
    }
    const people = [...new Set(parts)].filter((n) => n !== body && r.isPerson(n));
    if (!people.length) continue;
    r.emit(sent, [...people, body], h.cue, "engagement.hearing", "MEETING", body);
  }
}

/** "A was received by B", "A will be hosted by B in Rome" (rule engagement.received-by). */
function receivedBy(r: FrameReader, sent: Sentence): void {
  for (const rc of receivedSpans(r.doc.text, sent.start, sent.end)) {
    // The guest is the subject right before: "(NALS XI), to be hosted by Canada" has none.
    if (/[,;:)(]\s*$/.test(r.doc.text.slice(Math.max(sent.start, rc.subjectEnd - 3), rc.subjectEnd))) continue;
    const guest = r.subjectBefore(rc.subjectEnd, sent.start);
    // Guests are people: "the first convening was hosted by A" is an event's host.
    if (!guest || !r.isPerson(guest)) continue;
    const hosts = [...new Set(named(r, rc.host).filter((x) => !x.possessive && !x.modifier).map(r.nameOf))].filter((n) => r.isPerson(n) || r.isCountry(n));
    if (!guest || !hosts.length || hosts.includes(guest)) continue;
    // A person and the state they act for are one side.
    if (hosts.every((h) => r.countryOf(guest) === h)) continue;
    r.emit(sent, [guest, ...hosts], rc.cue, "engagement.received-by", "MEETING", null);
  }
}

// A speech to a body that sits: "an address to Congress from A", "A delivered an address directly to
// the US Congress", "A spoke via an interpreter on video link to a packed House of Representatives".
const ADDRESS_TO = /(?<![\p{L}])(address|speech|spoke)(?![\p{L}])((?:\s+(?![Tt]o\b)[\p{L}’'-]+){0,7}?)\s+to\s+(?:(?:a|an|the)\s+)?(?:(?:packed|joint|special|full|extraordinary|virtual|plenary)\s+)*(?:(?:session|sitting|meeting)\s+of\s+(?:the\s+)?)?(?=\p{Lu})/gu;
// Words a speech's own phrase may hold before "to": manner, medium, time; no new verb or object.
const ADDRESS_GAP = /^(?:\s+(?:\p{Ll}+ly|via|by|on|over|through|an?|the|interpreter|translator|video|link|videolink|camera|screen|livestream|remotely|virtually|in|person|again|once|more|twice|emotional|historic|virtual|televised|impassioned|rare|first|brief|short|live|his|her|their))*$/u;
// The names of bodies that hear speeches, by the last word of their name.
// A body of states that sits in sessions: a speech to it is a session of a forum between delegations,
// talks with the body as the forum, not a meeting (rule engagement.address-assembly).
export const STATES_ASSEMBLY = /\b(?:General Assembly|Security Council|Human Rights Council)$/;
/** The kind and forum of an address to `body`: talks at an assembly of states, else `kind` with no forum. */
export function addressKind(body: string, kind: EngagementKind): { kind: EngagementKind; forum: string | null } {
  return STATES_ASSEMBLY.test(body) ? { kind: "TALKS", forum: body } : { kind, forum: null };
}
export const LEGISLATURE = /\b(?:Parliament|parliament|Congress|Senate|Assembly|House of Representatives|House of Commons|House of Lords|Commons|Lords|Bundestag|Knesset|Duma|Rada|Sejm|Diet|Storting|Riksdag|Folketing|Oireachtas|Cortes|Majlis|Seimas|Saeima|Riigikogu|Eduskunta|Council)$/;

interface AddressSpan {
  cue: Span;
  /** Where the body's name starts. */
  bodyAt: number;
  /** A noun ("an address") rather than a verb ("spoke"). */
  noun: boolean;
}

/** The speeches to bodies in [start, end) of `text`. */
function addressSpans(text: string, start: number, end: number): AddressSpan[] {
  const s = text.slice(start, end);
  const out: AddressSpan[] = [];
  if (!/address|speech|spoke/.test(s)) return out;
  for (const m of s.matchAll(ADDRESS_TO)) {
    if (!ADDRESS_GAP.test(m[2])) continue;
    // The verb "address" ("to address the crisis") is the engagement stage's own cue.
    const noun = /^(?:address|speech)$/.test(m[1]);
    if (noun && !/\b(?:an?|the|his|her|their|its|this|that)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(s.slice(Math.max(0, m.index! - 40), m.index))) continue;
    const cs = start + m.index!;
    out.push({ cue: { start: cs, end: cs + m[1].length }, bodyAt: cs + m[0].length, noun });
  }
  return out;
}

/** The body that starts at `at`, named or after its country ("the US Congress"), if it hears speeches. */
function bodyAt(r: FrameReader, at: number): string | null {
  const ms = mentionsIn(r.doc, at, at + 80).filter((x) => !x.inTitle);
  let x = ms[0];
  if (!x || x.start !== at) return null;
  // "US Congress": the state names the body after it.
  if (r.isCountry(r.nameOf(x)) && ms[1] && /^\s*$/.test(r.doc.text.slice(x.end, ms[1].start))) x = ms[1];
  const name = r.nameOf(x);
  const a = r.doc.actors[x.actor];
  if (a.kind !== "ORGANIZATION") return null;
  return LEGISLATURE.test(name) || LEGISLATURE.test(r.doc.text.slice(x.start, x.end)) ? name : null;
}

/** "an address to Congress from A", "A delivered an address to the US Congress", "A spoke on video link to the House" (rule engagement.address-to). */
function addresses(r: FrameReader, sent: Sentence): void {
  const text = r.doc.text;
  for (const a of addressSpans(text, sent.start, sent.end)) {
    const body = bodyAt(r, a.bodyAt);
    if (!body) continue;
    let speaker: string | null = null;
    const afterBody = mentionsIn(r.doc, a.bodyAt, sent.end).filter((x) => !x.inTitle);
    const from = afterBody.find((x, i) => i > 0 && isPersonFrom(r, x, afterBody[0].end));
    if (a.noun && from) speaker = r.nameOf(from);
    else if (a.noun) {
      // "A delivered an address to …", "A gave a speech to …": the subject of the light verb.
      const lv = /\b(?:delivered|delivers|deliver|delivering|gave|gives|give|giving|made|makes|make|making)\s+(?:[\p{L}-]+\s+){0,3}$/u.exec(text.slice(Math.max(sent.start, a.cue.start - 60), a.cue.start));
      if (lv) speaker = r.subjectBefore(a.cue.start - lv[0].length + lv[0].search(/\S/), sent.start);
      // "In an address to the Bundestag, A asked …": the main clause's subject.
      else if (/^(?:In|During)\s+(?:an?|his|her)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(sent.start, a.cue.start))) {
        const comma = text.indexOf(",", a.bodyAt);
        const next = comma > 0 && comma < sent.end ? mentionsIn(r.doc, comma, Math.min(sent.end, comma + 60)).find((x) => !x.inTitle) : undefined;
        if (next && /^,\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u.test(text.slice(comma, next.start))) speaker = r.nameOf(next);
      }
    } else {
      const aux = /(?:\s+(?:has|have|had|will|would|also|then|\p{Ll}+ly))*\s*$/u.exec(text.slice(Math.max(sent.start, a.cue.start - 40), a.cue.start));
      speaker = r.subjectBefore(a.cue.start - (aux ? aux[0].length : 0), sent.start);
    }
    if (!speaker || !r.isPerson(speaker)) continue;
    const { kind, forum } = addressKind(body, /\b(?:video|virtual|virtually|videolink|remotely)\b/i.test(text.slice(sent.start, sent.end)) ? "VIDEO_CALL" : "MEETING");
    r.emit(sent, [speaker, body], a.cue, "engagement.address-to", kind, forum);
  }
}

/** "… to Congress from Ukrainian President A": a person after "from" and at most a title. */
function isPersonFrom(r: FrameReader, x: Mention, bodyEnd: number): boolean {
  return r.isPerson(r.nameOf(x)) && /^\s+from\s+(?:(?:[\p{Lu}][\p{L}.’'-]*|the)\s+){0,4}$/u.test(r.doc.text.slice(bodyEnd, x.start));
}

// "Officials from the two countries met", "talks between the two nations", "the two countries held talks"
// ("the two sides met" may be two people: engagement.pair-backref's).
const TWO_STATES = /(?<![\p{L}])(?:(?:officials|delegations|representatives|negotiators|diplomats|envoys)\s+(?:from|of)\s+the\s+two\s+(?:countries|nations|states|governments)|(?:[Tt]alks|[Nn]egotiations|[Cc]onsultations)(?:\s+(?:on|about|over)\s+(?:(?:a|an|the)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){1,4}?)?\s*between\s+the\s+two\s+(?:countries|nations|states|governments)|(?:[Tt]he\s+two|[Bb]oth)\s+(?:countries|nations|governments))(?![\p{L}])/gu;
// ("talks on a peace treaty between the two countries": a topic in lowercase words may stand before "between".)
// After a subject: auxiliaries and adverbs, then the verb of meeting or holding talks.
const TWO_STATES_VERB = /^\s+(?:(?:have|has|had|will|would|also|are|were|is|was|to|be|been|then|\p{Ll}+ly|first|last)\s+)*(?:met|meet|meets|negotiated|negotiating|(?:held|hold|holds|holding|began|begin|resumed|resume|opened|concluded|wrapped up|started|start|kicked off|conducted)\s+(?:(?:a|an|the|their|two|three|several|further|new|fresh|another)\s+)?(?:[\p{L}-]+\s+){0,4}?(?:talks|negotiations|discussions|consultations|meetings?|round))\b/u;

/** "the two countries" as the parties of talks: the states of the last engagement, else the last two states named (rule engagement.two-states). */
function twoStates(r: FrameReader, sent: Sentence): void {
  const text = r.doc.text;
  const s = text.slice(sent.start, sent.end);
  // "The two sides" may be the parties of a war or of a dispute, not the states named last: none.
  if (!/\b(?:two|both)\s+(?:countries|nations|states|governments)\b/.test(s)) return;
  for (const m of s.matchAll(TWO_STATES)) {
    const noun = /^(?:talks|negotiations|consultations)\b/i.test(m[0]);
    // "The two countries" alone must be the subject of meeting or holding talks.
    if (!noun && !TWO_STATES_VERB.test(s.slice(m.index! + m[0].length))) continue;
    const cs = sent.start + m.index!;
    const states = r.lastStates() ?? lastTwoStates(r, cs);
    if (!states || states.length !== 2) continue;
    r.emit(sent, states, { start: cs, end: cs + m[0].length }, "engagement.two-states", "TALKS", null);
  }
}

/** The last two states named before `pos`, within a few paragraphs. */
function lastTwoStates(r: FrameReader, pos: number): string[] | null {
  const out: string[] = [];
  const ms = mentionsIn(r.doc, Math.max(0, pos - 1500), pos);
  for (let i = ms.length - 1; i >= 0 && out.length < 2; i--) {
    const n = r.nameOf(ms[i]);
    if (!ms[i].inTitle && r.isCountry(n) && !out.includes(n)) out.push(n);
  }
  return out.length === 2 ? out.reverse() : null;
}

// "received a phone call from B", "got a call from B", "took a call from B".
const CALL_FROM = /(?<![\p{L}])(?:received|receives|receive|got|gets|took|takes|had|answered)\s+(?:a|an|the|another)\s+(?:[\p{L}-]+\s+){0,2}?((?:phone|telephone|video)\s+call|call)\s+from\s+(?:the\s+)?(?=\p{Lu})/gu;

/** "A received a phone call from B" (rule engagement.call-from). */
function callsFrom(r: FrameReader, sent: Sentence): void {
  const text = r.doc.text;
  const s = text.slice(sent.start, sent.end);
  if (!/\bcall\s+from\b/.test(s)) return;
  for (const m of s.matchAll(CALL_FROM)) {
    const at = sent.start + m.index! + m[0].length;
    const caller = mentionsIn(r.doc, at, at + 80).find((x) => !x.inTitle && !x.possessive && (r.isPerson(r.nameOf(x)) || r.isCountry(r.nameOf(x))) && /^(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u.test(text.slice(at, x.start)));
    const who = r.subjectBefore(sent.start + m.index!, sent.start);
    if (!caller || !who || who === r.nameOf(caller)) continue;
    const cue = { start: sent.start + m.index! + m[0].indexOf(m[1]), end: sent.start + m.index! + m[0].indexOf(m[1]) + m[1].length };
    const kind: EngagementKind = /video/.test(m[1]) ? "VIDEO_CALL" : /phone/.test(m[1]) ? "PHONE_CALL" : "CALL";
    r.emit(sent, [who, r.nameOf(caller)], cue, "engagement.call-from", kind, null);
  }
}

// "A greeted B", "A greets B upon arrival": a person greeted by name.
const GREETED = /(?<![\p{L}])(greet(?:ed|s)?)\s+(?:(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4})?(?=\p{Lu})/gu;

/** "A greeted B at the airport" (rule engagement.greeted). */
function greetings(r: FrameReader, sent: Sentence): void {
  const text = r.doc.text;
  const s = text.slice(sent.start, sent.end);
  if (!/greet/.test(s)) return;
  for (const m of s.matchAll(GREETED)) {
    const cs = sent.start + m.index!;
    const from = cs + m[1].length;
    const guest = mentionsIn(r.doc, from, cs + m[0].length + 60).find((x) => !x.inTitle && !x.possessive);
    // The guest's name ends the titles before it: no other word between.
    if (!guest || !r.isPerson(r.nameOf(guest)) || !/^\s+(?:(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4})?$/u.test(text.slice(from, guest.start))) continue;
    const aux = /(?:\s+(?:will|would|also|then|warmly|personally|\p{Ll}+ly))*\s*$/u.exec(text.slice(Math.max(sent.start, cs - 40), cs));
    const host = r.subjectBefore(cs - (aux ? aux[0].length : 0), sent.start);
    if (!host || !r.isPerson(host) || host === r.nameOf(guest)) continue;
    r.emit(sent, [host, r.nameOf(guest)], { start: cs, end: from }, "engagement.greeted", "MEETING", null);
  }
}

// "arrived in Moscow on Monday for a three-day state visit": the arrival names the state visited.
const ARRIVED_FOR_VISIT = /(?<![\p{L}])(arriv(?:ed|es|e|ing))\s+in\s+(?:the\s+)?(?=\p{Lu})([^,;.]{1,40}?)\s+(?:[^,;.]{0,30}?\s)?for\s+(?:a|an|his|her|their|the)\s+(?:[\p{L}-]+\s+){0,3}visit\b/gu;

/** "A arrived in Moscow for a state visit" (rule engagement.visit). */
function arrivalsForVisits(r: FrameReader, sent: Sentence): void {
  const text = r.doc.text;
  const s = text.slice(sent.start, sent.end);
  if (!/arriv/.test(s)) return;
  for (const m of s.matchAll(ARRIVED_FOR_VISIT)) {
    const cs = sent.start + m.index!;
    const placeAt = cs + m[0].indexOf(m[2], m[1].length);
    const x = mentionsIn(r.doc, placeAt, placeAt + m[2].length).find((y) => y.start === placeAt && !y.inTitle);
    const state = x && r.isCountry(r.nameOf(x)) ? r.nameOf(x) : r.capitals.get(m[2].trim().split(/\s+(?:on|last|this|late|early)\b/)[0]) ?? null;
    const aux = /(?:\s+(?:has|have|had|will|would|also|then|\p{Ll}+ly))*\s*$/u.exec(text.slice(Math.max(sent.start, cs - 40), cs));
    const visitor = r.subjectBefore(cs - (aux ? aux[0].length : 0), sent.start);
    if (!state || !visitor || !r.isPerson(visitor) || r.countryOf(visitor) === state) continue;
    r.emit(sent, [visitor, state], { start: cs, end: cs + m[1].length }, "engagement.visit", "MEETING", null);
  }
}

// "was in Kyiv", "will be in Beijing", "arrived in Warsaw", "landed in Tokyo": a stay in a place.
const PRESENCE = guarded(/(?<![\p{L}])((?:was|were|is|are|be|been)\s+(?:(?:also|already|still|briefly|then|again|himself|herself|personally)\s+)?in|(?:arriv(?:ed|es|e|ing)|land(?:ed|s|ing)?)\s+in)\s+(?=\p{Lu})/gu);
// Who stays abroad on state business: a leader, a minister, an envoy, a legislator (not a reporter,
// a dissident or a former official, who are abroad for other reasons).
const OFFICIAL_ROLE = /\b(?:President|Prime Minister|Premier|Chancellor|Minister|Secretary|King|Queen|Emir|Sultan|Prince|Taoiseach|Speaker|Senator|Ambassador|Envoy|Commissioner|Chief of Staff|Adviser|Advisor|Leader|Pope|Patriarch|Archbishop)\b/i;
const NOT_OFFICIAL = /\b(?:former|ex-|opposition|dissident|reporter|correspondent|journalist|candidate|activist)\b/i;
const GATHERING = /\b(?:[Ss]ummit|[Cc]onference|[Ff]orum|[Mm]inisterial|Meeting|Assembly|Games|Olympics|Congress of|meeting of|talks of)\b/u;
const TEMPORAL_SUBJECT = /\b(?:after|before|when|since|until|while|once|as)\s+(?:he|she|they|[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,3})\s*$/u;
// After the place: no possessive ("was in Moscow's interest") nor a place of which it is a part.
const PLACE_TAIL = /^(?:[’']s\b|\s+(?:Oblast|region|Region|Province|province|Street|Square|University|Hospital)\b)/u;

/** A state named at `at`: a country mention starting there, else a capital city of the registry. */
function stateAt(r: FrameReader, at: number, end: number): { state: string; end: number } | null {
  const x = mentionsIn(r.doc, at, Math.min(end, at + 60)).find((y) => y.start === at && !y.inTitle);
  if (x) return r.isCountry(r.nameOf(x)) ? { state: r.nameOf(x), end: x.end } : null;
  const w = /^[\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+)?/u.exec(r.doc.text.slice(at, Math.min(end, at + 40)));
  if (!w) return null;
  for (const name of [w[0], w[0].split(/\s+/)[0]]) {
    const st = r.capitals.get(name);
    if (st) return { state: st, end: at + name.length };
  }
  return null;
}

/** "A was in Kyiv on Monday", "A arrived in Warsaw", "A, who was in Moscow," (rule engagement.presence). */
function presences(r: FrameReader, sent: Sentence): void {
  const text = r.doc.text;
  const s = text.slice(sent.start, sent.end);
  if (!/\s(?:in|arriv|land)/.test(s)) return;
  for (const m of PRESENCE.matchAll(s)) {
    const cs = sent.start + m.index!;
    const placeAt = cs + m[0].length;
    const place = stateAt(r, placeAt, sent.end);
    if (!place || PLACE_TAIL.test(text.slice(place.end, place.end + 12))) continue;
    // "A was in Riga, where he attended the NATO Foreign Ministers Meeting", "in Vilnius for the
    // summit": the gathering is the engagement, not the host state.
    if (GATHERING.test(text.slice(place.end, sent.end))) continue;
    // The stayer: the subject before the auxiliaries ("will also be in"), or the person a "who" follows.
    const before = text.slice(Math.max(sent.start, cs - 60), cs);
    const aux = /(?:\s+(?:has|have|had|is|are|was|were|will|would|shall|also|then|to|due|set|expected|scheduled|\p{Ll}+ly))*\s*$/u.exec(before);
    const rel = /,\s+who\s+(?:(?:has|have|had|will|would|also)\s+)*$/u.exec(before);
    const subjEnd = cs - (aux ? aux[0].length : 0);
    // "“I was in Kyiv last week,” A said", "… speech is provided below: … Today I was in Warsaw": the speaker.
    const firstPerson = !rel && /(?<![\p{L}])I\s*$/u.test(text.slice(Math.max(sent.start, subjEnd - 3), subjEnd)) ? firstPersonSpeaker(r, cs) : undefined;
    if (firstPerson !== undefined) {
      if (firstPerson && isStayer(r, firstPerson, place.state)) r.emit(sent, [firstPerson, place.state], { start: cs, end: cs + m[1].length }, "engagement.presence", "MEETING", null);
      continue;
    }
    // "A delegation from the US Congress – its members – was in Kyiv": the body or state that sent it.
    const apposed = / [–—-] [^–—]{1,80} [–—-]\s*$/u.exec(text.slice(sent.start, subjEnd));
    const headEnd = apposed ? sent.start + apposed.index : subjEnd;
    const sender = rel ? null : delegationSender(r, lastClauseStart(text, sent.start, headEnd), headEnd);
    if (sender) {
      if (sender !== place.state && ownState(r, sender) !== place.state) r.emit(sent, [sender, place.state], { start: cs, end: cs + m[1].length }, "engagement.presence", "MEETING", null);
      continue;
    }
    // The subject is a name (or an apposition after one, or he/she) right before: "troops are in
    // Ukraine" is no person's stay, whoever the sentence names before.
    if (!rel && !/(?:\p{Lu}[\p{L}.’'-]*|,|\b[Hh]e|\b[Ss]he)\s*$/u.test(text.slice(Math.max(sent.start, subjEnd - 30), subjEnd))) continue;
    // "A spoke with B after he landed in Rome": a stay in a temporal clause is the background of the
    // main clause's engagement ("… while she was in Moscow" alone is the stay).
    if (!rel && TEMPORAL_SUBJECT.test(text.slice(Math.max(sent.start, subjEnd - 60), subjEnd)) && otherCue(s, m.index!)) continue;
    const visitor = rel ? personEndingAt(r, cs - rel[0].length, sent.start) : r.subjectBefore(subjEnd, sent.start);
    if (!visitor || !r.isPerson(visitor)) continue;
    if (!isStayer(r, visitor, place.state)) continue;
    r.emit(sent, [visitor, place.state], { start: cs, end: cs + m[1].length }, "engagement.presence", "MEETING", null);
  }
}

// "a (high-level) delegation from the US Congress", "the delegation of Japan" as a subject.
const DELEGATION_FROM = /^(?:\p{L}+\s+)?(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}delegation\s+(?:from|of)\s+(?:the\s+)?/iu;

/** Whether `person` is an official of another state than `state`, whose stay there is a visit. */
function isStayer(r: FrameReader, person: string, state: string): boolean {
  const role = r.roleOf(person) ?? "";
  const home = r.countryOf(person);
  return !!home && home !== state && OFFICIAL_ROLE.test(role) && !NOT_OFFICIAL.test(role);
}

/** Who says "I" at `pos`: the speaker of the quotation it is in, else of the address a news text prints. */
function firstPersonSpeaker(r: FrameReader, pos: number): string | null {
  const quoted = r.doc.statements.find((st) => st.kind === "DIRECT" && st.start <= pos && pos < st.end && st.speaker);
  if (quoted) return quoted.speaker && r.isPerson(quoted.speaker) ? quoted.speaker : null;
  const inQuote = r.doc.quotes.some((q) => q.open < pos && pos < q.close);
  return inQuote ? null : addressSpeakerAt(r.doc, pos, r.nameOf, r.isPerson);
}

/** The state or body whose delegation is the subject in [start, end): "A powerful delegation from the US Congress". */
function delegationSender(r: FrameReader, start: number, end: number): string | null {
  const text = r.doc.text;
  const lead = DELEGATION_FROM.exec(text.slice(start, end).trimStart());
  if (!lead) return null;
  const at = start + (text.slice(start, end).length - text.slice(start, end).trimStart().length) + lead[0].length;
  const x = mentionsIn(r.doc, at, end).find((y) => !y.inTitle);
  if (!x || x.start !== at || r.isPerson(r.nameOf(x))) return null;
  return r.nameOf(x);
}

/** The state a body belongs to: its affiliation, else the state its name opens with ("Ukrainian Parliament"). */
function ownState(r: FrameReader, body: string): string | null {
  const a = r.doc.actors.find((x) => x.name === body);
  if (a?.affiliation && r.isCountry(a.affiliation)) return a.affiliation;
  const first = a?.mentions.map((x) => r.doc.text.slice(x.start, x.end)).map((t) => /^(?:the\s+)?([\p{Lu}][\p{L}.]+)/u.exec(t)?.[1]).find((w) => w && r.demonyms.has(w));
  return first ? r.demonyms.get(first)! : null;
}

/** Whether the sentence `s` has an engagement trigger other than a stay at `at`. */
function otherCue(s: string, at: number): boolean {
  for (const c of findCues(s)) if (Math.abs(c.index - at) > 3) return true;
  return false;
}

/** The person whose mention ends right at `end` (before a comma): "Emmanuel Macron, who …". */
function personEndingAt(r: FrameReader, end: number, from: number): string | null {
  const x = lastMentionIn(r.doc, from, end, (y) => !y.inTitle && !y.possessive);
  return x && x.end === end && r.isPerson(r.nameOf(x)) ? r.nameOf(x) : null;
}

// How near a meeting with the host must be to tell the stay itself: the next paragraph or so.
const STAY_REACH = 600;

/**
 * "A arrived in Minsk. … A had talks with President B of Belarus": the stay's meeting is the one
 * reported with a person of the host state near it, not a second one with the state (rule
 * engagement.presence). Removes such stays from `list` in place.
 */
export function dropMetStays(list: ExtractedEngagement[], countryOf: (n: string) => string | null, isPerson: (n: string) => boolean): void {
  for (let i = list.length - 1; i >= 0; i--) {
    const e = list[i];
    if (e.rule !== "engagement.presence") continue;
    const [visitor, state] = e.participants;
    const met = list.some((o) => o !== e && o.status === e.status && Math.abs(o.start - e.start) <= STAY_REACH && o.participants.includes(visitor) && o.participants.some((p) => p !== visitor && isPerson(p) && countryOf(p) === state));
    if (met) list.splice(i, 1);
  }
}

// A news text that introduces a person's address printed after it: "The full text of the speech is
// provided below:", "Read the President’s full address below:", "in his nightly video address:".
const ADDRESS_INTRO = /(?:\bfull\s+text\s+of\s+(?:the|his|her|this)\s+(?:[\p{L}-]+\s+){0,2}(?:speech|address|remarks)\b[^.:\n]{0,40}[.:]|\b(?:[Rr]ead|[Ww]atch|[Ss]ee)\s+(?:the|his|her)\s+(?:[\p{L}’'-]+\s+){0,3}(?:speech|address|remarks)\s+(?:below|in\s+full)\b[^\n]{0,20}?[.:]|\b(?:speech|address|remarks)\s+(?:is\s+|are\s+)?(?:provided|published|reproduced|printed|given)\s+(?:below|in\s+full)[.:])/u;
// A verbless entry of the speaker's log in an address: "Wednesday - a conversation with", "A meeting with".
// The counterpart is a person named after "with", titles before the name ("with British Prime
// Minister A"): "a conversation with the President of B" names no one.
const ADDRESS_ENTRY = /^(?:[\p{Lu}][\p{L}]+(?:,\s+[^,–—-]{1,60})?\s*[–—-]\s*)?(?:[Aa]|[Aa]n|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** Whether the words before a cue at `cs` open a verbless entry of an address whose counterpart, a person, is named after the cue. */
export function addressEntry(doc: Doc, sentStart: number, cs: number, ce: number, nameOf: (m: Mention) => string, isPerson: (n: string) => boolean): boolean {
  if (!ADDRESS_ENTRY.test(doc.text.slice(sentStart, cs))) return false;
  const x = mentionsIn(doc, ce, ce + 80).find((y) => !y.inTitle);
  return !!x && !x.ref && isPerson(nameOf(x)) && /^\s+with\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u.test(doc.text.slice(ce, x.start));
}
// Where the introduction is looked for: an article opens with it.
const INTRO_REACH = 1500;

const addressSpeakers = new WeakMap<Doc, { from: number; speaker: string } | null>();

/**
 * The speaker of an address a news text prints after introducing it, for a position inside the
 * address (after the introduction), else null: the person named last before the introduction,
 * "… was made by President A in his video address. The full text of the speech is provided
 * below:" (rule engagement.address-speaker).
 */
export function addressSpeakerAt(doc: Doc, pos: number, nameOf: (m: Mention) => string, isPerson: (n: string) => boolean): string | null {
  let a = addressSpeakers.get(doc);
  if (a === undefined) {
    a = null;
    const m = ADDRESS_INTRO.exec(doc.text.slice(0, INTRO_REACH + 200));
    if (m && m.index < INTRO_REACH) {
      const prev = lastMentionIn(doc, Math.max(0, m.index - 600), m.index + m[0].length, (x) => !x.inTitle && isPerson(nameOf(x)));
      if (prev) a = { from: m.index + m[0].length, speaker: nameOf(prev) };
    }
    addressSpeakers.set(doc, a);
  }
  return a && pos >= a.from ? a.speaker : null;
}

// "invited B to visit", "invites B to come", "invited B to pay an official visit": the place is the inviter's.
const INVITED_TO_VISIT = /(?<![\p{L}])(invit(?:ed|es|e|ing))\s+(?=\p{Lu}|the\s|his\s|her\s)([^,;.:]{1,80}?)\s+to\s+(?:visit|come(?=\s*[.,;!]|\s+and\s)|pay\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}visit)(?![\p{L}])(?!\s+(?:the\s+|to\s+(?:the\s+)?)?\p{Lu})/gu;

/** "A has invited B to visit": a proposed meeting of the guest and the inviter, a person or a state (rule engagement.invited-visit). */
function invitationsToVisit(r: FrameReader, sent: Sentence): void {
  const text = r.doc.text;
  const s = text.slice(sent.start, sent.end);
  if (!/invit/.test(s)) return;
  for (const m of s.matchAll(INVITED_TO_VISIT)) {
    const cs = sent.start + m.index!;
    const guestAt = cs + m[0].indexOf(m[2], m[1].length);
    const guest = mentionsIn(r.doc, guestAt, guestAt + m[2].length).find((x) => !x.inTitle && !x.possessive && r.isPerson(r.nameOf(x)));
    // The guest's name ends the titles before it: "invited Florida Governor A".
    if (!guest || !/^(?:(?:the|his|her)\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u.test(text.slice(guestAt, guest.start))) continue;
    const aux = /(?:\s+(?:has|have|had|will|would|also|then|formally|personally|officially|\p{Ll}+ly))*\s*$/u.exec(text.slice(Math.max(sent.start, cs - 40), cs));
    const host = r.subjectBefore(cs - (aux ? aux[0].length : 0), sent.start);
    if (!host || host === r.nameOf(guest) || !(r.isPerson(host) || r.isCountry(host)) || (r.isCountry(host) && r.countryOf(r.nameOf(guest)) === host)) continue;
    r.emit(sent, [r.nameOf(guest), host], { start: cs, end: cs + m[1].length }, "engagement.invited-visit", "MEETING", null);
  }
}

// The table and what brings the sides to it: a verb that moves others ("bring A and B back to"), or
// the sides' own verb ("A and B returned to", "sat down at").
const TABLE = /(?<![\p{L}])(?:to|at|around)\s+the\s+(negotiating|negotiation|peace)\s+table(?![\p{L}])/gu;
const MOVED_TO = /(?<![\p{L}])(bring|brings|bringing|brought|get|gets|getting|got|push|pushes|pushing|pushed|force|forces|forcing|forced|lure|luring|lured|coax|coaxing|coaxed|draw|drawing|drew)\s+([^;:.]{1,80}?)\s+(?:back\s+)?$/u;
const OWN_WAY = /(?<![\p{L}])(?:return|returns|returned|returning|come|comes|came|coming|go|goes|went|going|get|got|sit|sits|sat|sitting|be|are|were|is|was|been)\s+(?:(?:back|down|again|finally|now)\s+){0,2}$/u;

/** The names of persons and states coordinated in `[start, end)` with nothing else between them ("Moscow and Kyiv"). */
function coordinated(r: FrameReader, start: number, end: number): string[] | null {
  const ms = mentionsIn(r.doc, start, end).filter((x) => !x.inTitle);
  if (!ms.length) return null;
  const text = r.doc.text;
  if (!/^\s*(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u.test(text.slice(start, ms[0].start))) return null;
  for (let i = 1; i < ms.length; i++) if (!/^(?:\s*,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u.test(text.slice(ms[i - 1].end, ms[i].start))) return null;
  if (!/^\s*$/.test(text.slice(ms[ms.length - 1].end, end))) return null;
  const names = [...new Set(ms.map(r.nameOf))];
  return names.every((n) => r.isPerson(n) || r.isCountry(n)) ? names : null;
}

/** "A and B returned to the negotiating table", "to bring A and B back to the negotiating table" (rule engagement.negotiating-table). */
function negotiatingTables(r: FrameReader, sent: Sentence): void {
  const text = r.doc.text;
  const s = text.slice(sent.start, sent.end);
  if (!/\stable\b/.test(s)) return;
  for (const m of s.matchAll(TABLE)) {
    const cs = sent.start + m.index!;
    const before = text.slice(Math.max(sent.start, cs - 120), cs);
    let sides: string[] | null = null;
    let proposed = false;
    // The cue starts at the verb, so the modal or negation before it governs it ("could sit at").
    let verbAt = cs;
    const moved = MOVED_TO.exec(before);
    if (moved) {
      const at = cs - before.length + moved.index! + moved[0].indexOf(moved[2], moved[1].length);
      sides = coordinated(r, at, at + moved[2].length);
      // What brings the sides to the table is an aim until they came: "to bring A and B to the table".
      proposed = !/^(?:brought|got|pushed|forced|lured|coaxed|drew)$/.test(moved[1]);
      verbAt = cs - before.length + moved.index!;
    } else {
      const own = OWN_WAY.exec(before);
      if (!own) continue;
      const aux = /(?:\s+(?:has|have|had|will|would|shall|to|also|then|finally|\p{Ll}+ly|could|may|might|must|should|agreed|ready|willing|expected|due))*\s*$/u.exec(text.slice(Math.max(sent.start, cs - own[0].length - 80), cs - own[0].length));
      verbAt = cs - own[0].length + own[0].search(/\S/);
      const subjEnd = cs - own[0].length - (aux ? aux[0].length : 0);
      const start = lastClauseStart(text, sent.start, subjEnd);
      sides = coordinated(r, start, subjEnd);
    }
    // "… to the negotiating table with B": the counterpart after the table.
    const tail = /^\s+with\s+/.exec(text.slice(cs + m[0].length, cs + m[0].length + 8));
    if (tail) {
      const at = cs + m[0].length + tail[0].length;
      const x = mentionsIn(r.doc, at, Math.min(sent.end, at + 80)).find((y) => !y.inTitle && (r.isPerson(r.nameOf(y)) || r.isCountry(r.nameOf(y))));
      if (x && /^(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u.test(text.slice(at, x.start))) sides = [...(sides ?? []), r.nameOf(x)];
    }
    if (!sides || new Set(sides).size < 2) continue;
    const parts = [...new Set(sides)];
    r.emit(sent, parts, { start: verbAt, end: cs + m[0].length }, "engagement.negotiating-table", parts.every(r.isPerson) ? "MEETING" : "TALKS", null, proposed);
  }
}

/** Where the clause that ends at `end` starts: after the last comma, semicolon or dash, else the sentence start. */
function lastClauseStart(text: string, sentStart: number, end: number): number {
  const seg = text.slice(sentStart, end);
  const m = /[,;:–—]\s*(?=[^,;:–—]*$)/u.exec(seg);
  return m ? sentStart + m.index + m[0].length : sentStart;
}

// "his Chinese counterpart" with no name after it (a name after is the with/object frames' own).
const DEMONYM_COUNTERPART = /(?<![\p{L}])(?:his|her|their)\s+([\p{Lu}][\p{L}]+)\s+counterparts?(?![\p{L}])(?!\s*,?\s+(?:[\p{Lu}]|the\s+[\p{Lu}]))/gu;
// The verb or noun of the engagement right before the counterpart.
// "has been in constant contact with his Freedonian counterpart": contact reported as held (engagement.held-contact).
const TO_COUNTERPART = /(?<![\p{L}])(met|meets|meet|meeting|hosted|hosts|host|received|receives|receive|phoned|telephoned|called|(?:has|have|had)\s+(?:\p{Ll}+ly\s+)?been\s+in\s+(?:[\p{Ll}-]+\s+){0,2}contact\s+with|(?:met|meets|meet|meeting|talks|negotiations|spoke|speaks|speak|speaking|talked|talking|conferred|negotiated|call|calls|conversation|discussions?|consultations?)\s+(?:(?:by\s+(?:tele)?phone|by\s+video|virtually|separately|again|briefly|on\s+\w+day)\s+)?(?:with|to))\s+$/u;
// The field of an office, to tell which official of the other state is the counterpart.
const FIELD = /\b(?:foreign|defen[cs]e|finance|treasury|trade|commerce|interior|home|justice|energy|econom|agricultur|health|education|national security|intelligence|president|prime minister|chancellor|premier|king|queen)/i;

/** The field of a role: "Secretary of State" and "Foreign Minister" are both foreign affairs. */
function fieldOf(role: string): string | null {
  if (/\bSecretary of State\b/.test(role)) return "foreign";
  const f = FIELD.exec(role);
  if (!f) return null;
  const w = f[0].toLowerCase();
  return /^(?:president|prime minister|chancellor|premier|king|queen)$/.test(w) ? "head" : w.replace(/^defen[cs]e$/, "defence").replace(/^treasury$/, "finance");
}

/** "A met his Chinese counterpart": the official of that state with A's field named in the text, else the state (rule engagement.counterpart). */
function demonymCounterparts(r: FrameReader, sent: Sentence): void {
  const text = r.doc.text;
  const s = text.slice(sent.start, sent.end);
  if (!/counterpart/.test(s)) return;
  for (const m of s.matchAll(DEMONYM_COUNTERPART)) {
    const state = r.demonyms.get(m[1]);
    const cueM = state ? TO_COUNTERPART.exec(s.slice(Math.max(0, m.index! - 80), m.index)) : null;
    if (!state || !cueM) continue;
    const cs = sent.start + m.index! - cueM[0].length;
    // "held talks with", "had a phone call with": the light verb's subject.
    const aux = /(?:\s+(?:has|have|had|held|hold|holds|holding|will|would|also|then|to|is|are|was|were|be|due|set|expected|a|an|phone|telephone|video|bilateral|separate|\p{Ll}+ly))*\s*$/u.exec(text.slice(Math.max(sent.start, cs - 60), cs));
    // "This was stated by A … following the negotiations with his Azerbaijani counterpart": a noun cue
    // in an adverbial is the sentence's one subject's.
    const subj = /\b(?:the|following|after|during)\s*$/.test(text.slice(Math.max(sent.start, cs - 12), cs)) ? r.subjectsOf(sent).names : [];
    const who = r.subjectBefore(cs - (aux ? aux[0].length : 0), sent.start) ?? (subj.length === 1 && !/^(?:met|meets|meet|hosted|hosts|host|received|receives|receive|phoned|telephoned|called)$/.test(cueM[1]) ? subj[0] : null);
    if (!who || !r.isPerson(who) || r.countryOf(who) === state) continue;
    const field = fieldOf(r.roleOf(who) ?? "");
    const peers = field ? [...new Set(r.doc.actors.filter((a) => a.kind === "PERSON" && r.countryOf(a.name) === state && fieldOf(a.role ?? "") === field).map((a) => a.name))] : [];
    const other = peers.length === 1 ? peers[0] : state;
    const v = `${aux ? aux[0] : ""} ${cueM[1]}`;
    const after = text.slice(sent.start + m.index! + m[0].length, Math.min(sent.end, sent.start + m.index! + m[0].length + 40));
    const kind: EngagementKind = /phone/.test(v) || /^\s+(?:by|over\s+the)\s+(?:tele)?phone\b/.test(after) ? "PHONE_CALL" : /video|virtually/.test(v) || /^\s+(?:by|via)\s+video\b/.test(after) ? "VIDEO_CALL" : /\b(?:spoke|speaks|speak|speaking|talked|talking|called|call|calls|conversation|contact)\b/.test(v) ? "CALL" : /\b(?:talks|negotiations|negotiated|discussions?|consultations?)\b/.test(v) && other === state ? "TALKS" : "MEETING";
    // Talks of a person with a state are between the states.
    const home = r.countryOf(who);
    r.emit(sent, kind === "TALKS" && home ? [home, other] : [who, other], { start: cs, end: cs + cueM[1].length }, "engagement.counterpart", kind, null);
  }
}

/**
 * "A will visit Poland to discuss security with B and C", "before travelling to Germany to meet the
 * chancellor, D", "A and B were in Moscow to meet C": the travellers, the sentence's subjects, meet
 * the people (or states, bodies) the trip's purpose names (rule engagement.trip-purpose).
 */
function tripPurposes(r: FrameReader, sent: Sentence): void {
  const spans = tripPurposeSpans(r.doc.text, sent.start, sent.end);
  if (!spans.length) return;
  const subj = r.subjectsOf(sent);
  for (const t of spans) {
    // The travellers: the subjects before the trip, people all; a finite trip verb right after them.
    if (subj.at >= t.trip.start || !subj.names.length || !subj.names.every(r.isPerson)) continue;
    if (!t.nonFinite && !/^[^,;:]*$/.test(r.doc.text.slice(subj.at, t.trip.start)) && !/^[^;:]*,[^,;:]*,[^,;:]*$/.test(r.doc.text.slice(subj.at, t.trip.start))) continue;
    const own = new Set(subj.names.map(r.countryOf));
    const ms = named(r, t.counterparts).filter((x) => !x.modifier && !x.possessive);
    // "the Nato secretary-general, B": a body or state before a lowercase title is the title's, not a party.
    const people = ms.some((x) => r.isPerson(r.nameOf(x)));
    const parties = ms.filter((x) => r.isPerson(r.nameOf(x)) || !(people && /^\s+\p{Ll}/u.test(r.doc.text.slice(x.end, x.end + 2))));
    const others = [...new Set(parties.map(r.nameOf))].filter((n) => !subj.names.includes(n) && !own.has(n));
    if (!others.length) continue;
    // The trip's verb says whether it happened ("was in Lima to hold talks" is no plan).
    r.emit(sent, [...subj.names, ...others], t.trip, "engagement.trip-purpose", "MEETING", null);
  }
}

// "as they met Friday", "during their meeting in Geneva", "before their call": the encounter of
// "they", with no counterpart of its own after the verb ("as they met with reporters" is others').
const THEIR_ENCOUNTER = /(?<![\p{L}])(?:(?:as|when|while|after|before|since)\s+they\s+(?:(?:first|last|briefly|later|had|have|were|also)\s+)*(met|spoke|talked|held\s+talks|sat\s+down)(?!\s+(?:with|to|by)\b)|(?:during|at|after|before|in|ahead\s+of|on)\s+their\s+(?:[\p{Ll}-]+\s+){0,2}?(meeting|talks|call|conversation|encounter))(?![\p{L}])/gu;

/**
 * "A told B as they met Friday", "A handed B a letter during their meeting": the subject, one
 * person, and the one other person the clause names before the encounter (rule engagement.their-pair).
 */
function theirEncounters(r: FrameReader, sent: Sentence): void {
  const text = r.doc.text;
  const s = text.slice(sent.start, sent.end);
  if (!/\bthey\s|\btheir\s/.test(s)) return;
  for (const m of s.matchAll(THEIR_ENCOUNTER)) {
    const word = m[1] ?? m[2];
    const cs = sent.start + m.index! + m[0].lastIndexOf(word);
    const subj = r.subjectsOf(sent);
    if (subj.names.length !== 1 || !r.isPerson(subj.names[0]) || subj.at >= cs) continue;
    // Quoted words name people of another speech; a content clause ("saying they met in college") another time.
    if (/[“”"]|\b(?:said|says|saying|recalled|recalling|noted|noting|added|adding|that)\s/.test(text.slice(subj.at, cs))) continue;
    const others = [...new Set(named(r, { start: subj.at, end: cs }).filter((x) => !x.modifier && r.isPerson(r.nameOf(x))).map(r.nameOf))].filter((n) => n !== subj.names[0]);
    if (others.length !== 1) continue;
    const kind: EngagementKind = /^(?:met|meeting|sat\s+down|held\s+talks|talks|encounter)$/.test(word) ? "MEETING" : "CALL";
    r.emit(sent, [subj.names[0], others[0]], { start: cs, end: cs + word.length }, "engagement.their-pair", kind, null);
  }
}

/** "the inaugural A-B Strategic Dialogue that was held in July": talks between the sides the name joins (rule engagement.dialogue-held). */
function dialoguesHeld(r: FrameReader, sent: Sentence): void {
  for (const d of namedDialogueSpans(r.doc.text, sent.start, sent.end)) {
    const sides: string[] = [];
    for (const sp of d.sides) {
      const x = mentionsIn(r.doc, sp.start, sp.end).find((y) => y.start === sp.start && y.end === sp.end);
      const n = x ? r.nameOf(x) : null;
      if (!n || r.isPerson(n)) {
        sides.length = 0;
        break;
      }
      sides.push(n);
    }
    const parties = [...new Set(sides)];
    if (parties.length < 2 || !parties.some(r.isCountry)) continue;
    r.emit(sent, parties, d.cue, "engagement.dialogue-held", "TALKS", null);
  }
}

/** "They committed to establishing a Harbours Dialogue": talks between the states of the last engagement between two (rule engagement.pair-track). */
function pairTracks(r: FrameReader, sent: Sentence): void {
  const tracks = pairTrackSpans(r.doc.text, sent.start, sent.end);
  if (!tracks.length) return;
  const states = r.lastStates();
  if (!states || states.length !== 2) return;
  // "Freedonia and Ruritania committed to …" in a readout of another pair's call: their own track, not the pair's.
  const named = mentionsIn(r.doc, tracks[0].subject.start, tracks[0].subject.end).map(r.nameOf);
  if (named.some((n) => !states.includes(n) && !states.includes(r.countryOf(n) ?? ""))) return;
  for (const t of tracks) r.emit(sent, states, t.cue, "engagement.pair-track", "TALKS", null, t.status);
}

/**
 * "Russian Foreign Minister, A, and his Ukrainian counterpart, B, met", "President of C, A, and Prime
 * Minister of D, B, met in Tokyo": people set off by commas in a coordinated subject (rule
 * engagement.apposed-subjects).
 */
function apposedSubjects(r: FrameReader, sent: Sentence): void {
  const text = r.doc.text;
  for (const v of apposedVerbs(text, sent.start, sent.end)) {
    const ms = mentionsIn(r.doc, v.subject.start, v.subject.end);
    const people = [...new Set(ms.filter((x) => !x.inTitle && !x.possessive && !x.modifier && r.isPerson(r.nameOf(x))).map(r.nameOf))];
    if (people.length < 2) continue;
    let rest = "";
    let at = v.subject.start;
    for (const x of ms) {
      if (x.start < at) continue;
      rest += text.slice(at, x.start) + " ";
      at = x.end;
    }
    rest += text.slice(at, v.subject.end);
    if (!onlyTitleWords(rest)) continue;
    const verb = text.slice(v.cue.start, v.cue.end);
    const kind: EngagementKind = /phone/.test(verb) ? "PHONE_CALL" : /call|conversation/.test(verb) ? "CALL" : "MEETING";
    r.emit(sent, people, v.cue, "engagement.apposed-subjects", kind, null);
  }
}

// A setting after the object of a verb of telling: "at a meeting", "during a phone call", "in talks".
const SETTING_AFTER_OBJECT = /\b(?:at|during|in|in the course of)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}$/u;
// Between that object and the setting: what the subject told or thanked the object for, no new
// clause, quotation or content ("told B that …", "thanked B, who …").
const TOLD_GAP = /^[^;:“”"?!]{0,160}$/u;
const TOLD_GAP_CLAUSE = /\b(?:that|which|who|whom|whose|where|when|while|because|although|after|before|as|if|since|until|once)\b|,\s+(?:and|but)\s+(?:he|she|they|it|the|a|an|[\p{Lu}])/u;

/**
 * "A thanked the Chinese leader, B, for his approach, at a meeting that followed …", "A told B of
 * the plan during a phone call": the object of the subject's verb of telling met the subject in
 * the setting named later in the clause (rule engagement.told-setting). `gap` is the text from the
 * object's end to the cue, `before` the sentence up to the cue.
 */
export function toldInSetting(gap: string, before: string): boolean {
  // A word or two in scare quotes is no quotation: "for his “balanced” approach".
  const plain = gap.replace(/[“"](?:[\p{L}’'-]+\s?){1,3}[”"]/gu, "w");
  return SETTING_AFTER_OBJECT.test(before) && TOLD_GAP.test(plain) && !TOLD_GAP_CLAUSE.test(plain);
}
