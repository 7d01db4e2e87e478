// Visits as official releases (Kremlin, president.gov.ua) report them around another engagement:
// the visitor named as a counterpart and then described by a relative clause ("held a meeting with B,
// who is on a visit to our country"), thanked for the visit ("thanked B for the visit to Ukraine"),
// or recalled as the subject of "visited our country". Annotators count each such visit as a meeting
// of the visitor and the host state, beside the meeting with the host's head (issue 11, readouts).
// "our country" in a release is its own state: in a quotation or a transcript turn the speaker's, in
// the narrative the state of the head of state or government the text names first.
import { type Doc, lastMentionIn, type Mention, mentionAt, type Sentence } from "./doc.js";
import type { FrameReader } from "./news-frames.js";
import { partyIn } from "./noun-of-with.js";
import { turnAt, turnsOf } from "./turns.js";

// "…, who is on an official visit to", "who are paying a working visit to", "who arrived in Kyiv on a visit",
// "who is in Lakeville on a short working visit" (a stay needs the visit word: "who is in Lakeville" is no visit);
// an arrival in a state or its capital is a visit too, "who arrived in Ukraine", and so is one to come,
// "who is due to pay an official visit to", "who will arrive in Ukraine on his first visit" (the host
// must be a state, a capital or "our country": "who arrived in Lakeville" names none).
const RELATIVE_VISIT = /,?\s+who\s+(?:(?:is|was|are|were)\s+(?:currently\s+|now\s+)?(?:on|paying)\s+(?:a|an|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}visit\s+to\s+|(?:(?:is|are)\s+(?:due|expected|scheduled)\s+to|will)\s+(?:pay|make)\s+(?:a|an|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}visit\s+to\s+|(?:has\s+|have\s+|(?:is|are)\s+(?:due|expected|scheduled)\s+to\s+|will\s+)?(?:arrived?|came|come)\s+(?:in|to)\s+(?=our\s+(?:country|state)\b|(?:the\s+)?\p{Lu})|(?:is|was|are|were)\s+visiting\s+|(?:is|was|are|were)\s+(?:currently\s+|now\s+)?in\s+(?=(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:on|for)\s+(?:a|an|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}visit\b))(?:the\s+)?/gu;
// A description of the antecedent between it and "who": ", the Acme chief, ".
const APPOSED_DESCRIPTION = /^,\s+(?:the|a|an)\s+[^,;()“”"]{1,40},\s*$/u;
// An arrival in a relative clause, which needs no "visit" word: "B, who arrived in Ukraine".
const RELATIVE_ARRIVAL = /\bwho\s+(?:\p{Ll}+\s+){0,3}(?:arrived?|came|come)\s/u;
// "thanked B for the visit to Ukraine", "thanked B for his visit", "thanked B for this visit".
// ("thanked B for his readiness to visit …" is no visit paid.)
const THANKED_VISIT = /\bthank(?:ed|s)\s+([^.;:]{2,120}?)\s+for\s+(?:the|his|her|their|this|your)\s+(?:(?!to\b)[\p{L}-]+\s+){0,2}visits?\b(\s+to\s+(?:the\s+)?)?/gu;
// "B visited our country", "B had visited our state".
const VISITED_OURS = /\b(?:visited|has\s+visited|had\s+visited)\s+(?=our\s+(?:country|state)\b)/gu;
// "A arrived in Kyiv on an official visit", "A came to Moscow for a working visit" (not after "who": relativeVisitors).
const ARRIVED_VISIT = /(?<!\bwho\s+(?:has\s+|have\s+)?)\b(?:has\s+|have\s+)?(?:arrived|came)\s+(?:in|to)\s+(?=(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:on|for)\s+(?:a|an|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}visit\b)/gu;
const OURS = /^our\s+(?:country|state)\b/u;
// A state's style before its name: "the Republic of Poland".
const STYLE = /^(?:(?:Federal|Islamic|Democratic|Socialist|People's|Arab|United|Hashemite|Slovak|Czech|Italian|French|Hellenic|Portuguese)\s+)*(?:Republic|Kingdom|Federation|State|Grand Duchy|Principality|Commonwealth|Sultanate|Emirate|Confederation)\s+of\s+(?:the\s+)?/u;
const HEAD_ROLE = /\b(?:President|Prime Minister|Chancellor|Head of State|King|Queen|Emir|Premier)\b/;
const NOT_HEAD = /\b(?:Vice|Deputy|Former|former|Acting|First Lady)\b/;

/** The state "our country" stands for at `pos`: the speaker's of a statement around it, else the release's own; null when unknown. */
export function ourState(r: FrameReader, pos: number): string | null {
  const { doc } = r;
  const st = doc.statements.find((s) => s.start <= pos && pos < s.end);
  if (st) return st.speaker ? r.countryOf(st.speaker) : null;
  if (doc.quotes.some((q) => q.open <= pos && pos < q.close)) return null;
  return releaseState(r);
}

const releaseStates = new WeakMap<Doc, string | null>();

/**
 * The state of the release's own head: of the head of state or government the text names first (a
 * release opens with its own head, "President of Ukraine A met with …"), whose state is known; with no
 * head named, the state of the first person named whose state is known; else null.
 */
export function releaseState(r: FrameReader): string | null {
  const { doc } = r;
  if (releaseStates.has(doc)) return releaseStates.get(doc)!;
  let state: string | null = null;
  for (const m of doc.mentions) {
    const a = doc.actors[m.actor];
    if (m.inTitle || a.kind !== "PERSON" || !a.role || !HEAD_ROLE.test(a.role) || NOT_HEAD.test(a.role)) continue;
    state = r.countryOf(a.name);
    if (state) break;
  }
  // No head named: the state of the first official the release names ("Deputy Head of the Office of the President of Ukraine A met …").
  for (let i = 0; !state && i < doc.mentions.length; i++) {
    const m = doc.mentions[i];
    if (!m.inTitle && doc.actors[m.actor].kind === "PERSON") state = r.countryOf(doc.actors[m.actor].name);
  }
  releaseStates.set(doc, state);
  return state;
}

/** The host state named at `at` ("Ukraine", "the Republic of Poland", "Kyiv", "our country"), or null. */
function hostAt(r: FrameReader, at: number): string | null {
  const { text } = r.doc;
  if (OURS.test(text.slice(at, at + 12))) return ourState(r, at);
  const style = STYLE.exec(text.slice(at, at + 60));
  const from = at + (style ? style[0].length : 0);
  const x = mentionAt(r.doc, from, (m) => !m.inTitle);
  if (x && r.isCountry(r.nameOf(x))) return r.nameOf(x);
  const run = /^\p{Lu}[\p{L}-]*/u.exec(text.slice(from, from + 40))?.[0];
  return run ? r.capitals.get(run) ?? null : null;
}

/** A visitor a name can be: a person, or an organisation's head by its name; not a state. */
const visitorMention = (r: FrameReader) => (m: Mention) => !m.inTitle && !m.ofAffiliation && !m.possessive && r.isPerson(r.nameOf(m));

// Between two coordinated people: "and" or a comma, and the titles of the next one ("and Prime Minister of Montenegro").
const COORDINATION = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:[\p{L}-]+\s+){0,12}$/u;

/** The people coordinated before and with `last` in its sentence, in text order. */
function coordinatedBefore(r: FrameReader, sentStart: number, last: Mention): Mention[] {
  const out = [last];
  for (let end = last.start; ; ) {
    const prev = lastMentionIn(r.doc, Math.max(sentStart, end - 120), end, (m) => !m.inTitle && !m.ofAffiliation);
    if (!prev || !visitorMention(r)(prev) || !COORDINATION.test(r.doc.text.slice(prev.end, out[0].start)) || /\b(?:with|met|and\s+\p{Ll}+ed)\b/u.test(r.doc.text.slice(prev.end, out[0].start))) return out;
    out.unshift(prev);
    end = prev.start;
  }
}

/** One meeting of the visitors (one engagement for those the sentence names together) with the host state. */
function emitVisit(r: FrameReader, sent: Sentence, visitors: string[], host: string | null, cue: { start: number; end: number }, rule: "engagement.visitor-relative" | "engagement.thanked-visit" | "engagement.visited-our-country" | "engagement.visit" | "engagement.address-visit" | "engagement.turn-visit", status?: "HELD"): void {
  const guests = [...new Set(visitors)].filter((v) => r.countryOf(v) !== host);
  if (!host || !guests.length) return;
  r.emit(sent, [...guests, host], cue, rule, "MEETING", null, status);
}

/** "… with B, who is on a visit to our country": B, the person right before the relative pronoun, visits the host (rule engagement.visitor-relative). */
function relativeVisitors(r: FrameReader, sent: Sentence, s: string): void {
  RELATIVE_VISIT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = RELATIVE_VISIT.exec(s)); ) {
    const at = sent.start + m.index;
    const v = lastMentionIn(r.doc, Math.max(sent.start, at - 80), at + 1, visitorMention(r));
    // The antecedent ends right before the relative pronoun, "B, who", or before a description of B
    // set off by commas, "B, the Acme chief, who"; "B (Freedonia), who" is too far.
    if (!v || !(/^\s*,?\s*$/.test(r.doc.text.slice(v.end, at + (m[0].startsWith(",") ? 1 : 0))) || APPOSED_DESCRIPTION.test(r.doc.text.slice(v.end, at + m[0].indexOf("who"))))) continue;
    const hostPos = sent.start + m.index + m[0].length;
    const host = hostAt(r, hostPos);
    // "with A and B, who are on a visit": each person coordinated before the plural verb visits.
    // "with A and B, who are on a visit", "… who arrived in Kyiv": each person coordinated before a verb
    // that is plural or shows no number visits; "who is on a visit" is the last one's.
    const visitors = /\bwho\s+(?:is|was|has)\b/.test(m[0]) ? [v] : coordinatedBefore(r, sent.start, v);
    emitVisit(r, sent, visitors.map(r.nameOf), host, { start: at, end: hostPos }, "engagement.visitor-relative");
  }
}

/** "thanked B for the visit to Ukraine", "thanked B for his visit" (host: the thanker's state) (rule engagement.thanked-visit). */
function thankedVisitors(r: FrameReader, sent: Sentence, s: string): void {
  THANKED_VISIT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = THANKED_VISIT.exec(s)); ) {
    const objStart = sent.start + m.index + m[0].indexOf(m[1], 5);
    const v = lastMentionIn(r.doc, objStart, objStart + m[1].length, visitorMention(r));
    if (!v) continue;
    const end = sent.start + m.index + m[0].length;
    let host: string | null;
    if (m[2]) host = hostAt(r, end);
    else {
      const thanker = r.subjectBefore(sent.start + m.index, sent.start);
      host = thanker ? r.countryOf(thanker) : ourState(r, sent.start + m.index);
    }
    emitVisit(r, sent, [r.nameOf(v)], host, { start: sent.start + m.index, end }, "engagement.thanked-visit");
  }
}

/** "Prime Minister B visited our country in April": the subject visits the release's state (rule engagement.visited-our-country). */
function visitedOurCountry(r: FrameReader, sent: Sentence, s: string): void {
  VISITED_OURS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = VISITED_OURS.exec(s)); ) {
    const at = sent.start + m.index;
    const subject = r.subjectBefore(at, sent.start);
    if (!subject || !r.isPerson(subject)) continue;
    const hostPos = at + m[0].length;
    emitVisit(r, sent, [subject], ourState(r, hostPos), { start: at, end: hostPos + 11 }, "engagement.visited-our-country");
  }
}

/** "Prime Minister B arrived in Kyiv on an official visit": the subject visits the host, a visit and not a mere stay (rule engagement.visit). */
function arrivalsOnVisits(r: FrameReader, sent: Sentence, s: string): void {
  ARRIVED_VISIT.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ARRIVED_VISIT.exec(s)); ) {
    const at = sent.start + m.index;
    const subject = r.subjectBefore(at, sent.start);
    if (!subject || !r.isPerson(subject)) continue;
    const hostPos = at + m[0].length + (/^the\s/.test(s.slice(m.index + m[0].length)) ? 4 : 0);
    emitVisit(r, sent, [subject], hostAt(r, hostPos), { start: at, end: hostPos }, "engagement.visit");
  }
}

// An address's unnamed speaker: "I met in Kyiv with B", "I held talks with B in Kyiv", "Talks with B were held in Kyiv".
const SPEAKER_MET = /\b(?:I\s+(?:have\s+)?(?:met|held talks|had talks|held a meeting|had a meeting)(?:\s+(?:today|yesterday|also))?(?:\s+in\s+\p{Lu}[\p{L}-]+)?\s+with\s+|[Tt]alks\s+with\s+)(?:the\s+)?/gu;
const DELEGATION_LED = /^(?:a|the)\s+delegation\s+(?:of\s+(?:[\p{L}.-]+\s+){1,5})?(?:headed|led)\s+by\s+/u;
const IN_CAPITAL = /\b(?:in|to)\s+(\p{Lu}[\p{L}-]+)\b/gu;

/**
 * "I met in Kyiv with Secretary B": in an address whose speaker the text does not name (no statement
 * around it), a meeting in a capital is the guest's visit to its state (rule engagement.address-visit).
 */
function addressVisits(r: FrameReader, sent: Sentence, s: string): void {
  SPEAKER_MET.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SPEAKER_MET.exec(s)); ) {
    const at = sent.start + m.index;
    if (r.doc.statements.some((st) => st.start <= at && at < st.end) || r.doc.quotes.some((q) => q.open <= at && at < q.close)) continue;
    // The passive needs its verb: "Talks with B were held in Kyiv".
    if (/^[Tt]alks/.test(m[0]) && !/\b(?:was|were)\s+held\s+in\s/.test(s.slice(m.index))) continue;
    IN_CAPITAL.lastIndex = 0;
    let host: string | null = null;
    for (let c: RegExpExecArray | null; !host && (c = IN_CAPITAL.exec(s)); ) host = r.capitals.get(c[1]) ?? null;
    if (!host) continue;
    // "with a delegation of senators led by B": the leader is the guest the address names.
    const led = DELEGATION_LED.exec(s.slice(m.index + m[0].length));
    const withAt = at + m[0].length + (led ? led[0].length : 0);
    const tail = /[,;:.]|\s(?!(?:of|the|and|for|at|on|to|von|van|der|den|de|da|di|du|la|le|bin|al|el)\s)\p{Ll}/u.exec(r.doc.text.slice(withAt, sent.end));
    const guests = partyIn(r, withAt, tail ? withAt + tail.index : sent.end, true);
    if (guests.length) emitVisit(r, sent, guests, host, { start: at, end: withAt }, "engagement.address-visit");
  }
}

// A host's words to the guest in a transcript turn or a quotation: "It is my pleasure to welcome you in
// Moscow", "Thank you for your visit"; the guest's words to the host: "Thank you for the invitation to
// visit Moscow", "… for inviting me to come to Russia"; "Mr B, for accepting my invitation to come to Russia".
const WELCOME_YOU = /\b(?:welcome|receive|greet|see)\s+you\s+(?:here\s+)?(?:in|to)\s+(?=(?:the\s+)?\p{Lu})/gu;
const YOUR_VISIT = /\b(?:[Tt]hank\s+you|thanks|grateful(?:\s+to\s+you)?|gratitude(?:\s+to\s+you)?)\s+(?:\p{Ll}+\s+){0,3}for\s+(?:your|this)\s+(?:[\p{L}-]+\s+){0,2}visit\b(?!\s+to\b)/gu;
const INVITED_ME = /\bfor\s+(?:(?:the|your|his|her|this|their|a)\s+)?(?:kind\s+)?(?:invitation\s+to|inviting\s+(?:me|us)\s+to)\s+(?:visit|come\s+to|pay\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}visit\s+to)\s+(?=(?:the\s+)?\p{Lu})/gu;
const ACCEPTED_MINE = /\bfor\s+accepting\s+(?:my|our)\s+invitation\s+to\s+(?:visit|come\s+to)\s+(?=(?:the\s+)?\p{Lu})/gu;
// The host thanks the guest for the trip ("thank you also to you and the First Lady for coming to the
// United Kingdom"); the guest is glad of the invitation ("I'm very grateful to be invited to Freedonia").
const FOR_COMING = /\b(?:[Tt]hank\s+you|[Tt]hanks|grateful)\b[^.;:!?]{0,60}?\bfor\s+(?:coming|travel(?:l)?ing)\s+(?:all\s+the\s+way\s+)?(?:here\s+)?to\s+(?=(?:the\s+)?\p{Lu})/gu;
const AHEAD = /\b(?:will|shall|next|upcoming|forthcoming|soon|tomorrow|future|later this)\b|['’]ll\b/;
const BE_INVITED = /\b(?:grateful|glad|honou?red|happy|pleased|delighted|thankful)\s+to\s+(?:be|have\s+been)\s+invited\s+to\s+(?=(?:the\s+)?\p{Lu})/gu;
const FIRST_PERSON = /\b(?:I|me|my|we|us|our)\b|\b[Tt]hank\s+you\b/;

/** The one a transcript turn at `pos` answers: the person of the turn before it, not `speaker` ("PRESIDENT A: … PRIME MINISTER B: Thank you for coming"). */
function addressee(r: FrameReader, pos: number, speaker: string | null): string | null {
  const t = turnAt(r.doc, pos);
  if (!t || !speaker) return null;
  const turns = turnsOf(r.doc);
  for (let i = turns.indexOf(t) - 1; i >= 0; i--) {
    const who = turns[i].speaker;
    if (who && who !== speaker) return r.isPerson(who) ? who : null;
  }
  return null;
}

/** Who says the words at `pos`: the speaker of the quotation around it, else of the transcript turn; a person. */
function sayerAt(r: FrameReader, pos: number): string | null {
  const st = r.doc.statements.find((x) => x.kind === "DIRECT" && x.start <= pos && pos < x.end && x.speaker);
  if (st) return st.speaker && r.isPerson(st.speaker) ? st.speaker : null;
  if (r.doc.quotes.some((q) => q.open <= pos && pos < q.close)) return null;
  return r.turnSpeaker(pos);
}

/**
 * A visit the host or the guest speaks of to the other in a transcript turn or a quotation: the guest is
 * the speaker ("for the invitation to visit Moscow") or the one the speaker met last ("welcome you in
 * Moscow", "Thank you for your visit"); the host, the place named, else the speaker's state (rule engagement.turn-visit).
 */
function turnVisits(r: FrameReader, sent: Sentence, s: string): void {
  // `afterCue`: the words are no proposal ("grateful to be invited to B"): the guest is there.
  const visit = (re: RegExp, guestIsSpeaker: boolean, place: boolean, afterCue = false) => {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(s)); ) {
      if (!FIRST_PERSON.test(s.slice(0, m.index + m[0].length))) continue;
      // "… to come to Russia on an official visit": the visit's own cue reads it (engagement.visit).
      if (/^\S+(?:\s+\S+)?\s+(?:on|for)\s+(?:a|an|his|her|the|their)\s+(?:[\p{L}-]+\s+){0,2}visit\b/u.test(s.slice(m.index + m[0].length))) continue;
      const at = sent.start + m.index;
      const end = at + m[0].length;
      // Words to the other side are speech: a quotation's or a transcript's, never the narrative's.
      const speaker = sayerAt(r, at);
      if (!speaker && !r.doc.quotes.some((q) => q.open <= at && at < q.close) && !/\b(?:I|me|my)\b|\b[Tt]hank you\b/.test(s)) continue;
      const host = place ? hostAt(r, end + (/^the\s/.test(s.slice(m.index + m[0].length)) ? 4 : 0)) : speaker ? r.countryOf(speaker) : releaseState(r);
      if (!host) continue;
      // "Mr B, for accepting my invitation": the guest named right before; else the speaker who was
      // invited; else the guest of the latest meeting of a host's person with another state's.
      const named = guestIsSpeaker ? null : lastMentionIn(r.doc, Math.max(sent.start, at - 60), at, visitorMention(r));
      const guest = named && /^[\s,]*$/.test(r.doc.text.slice(named.end, at)) ? r.nameOf(named) : guestIsSpeaker && speaker ? speaker : r.guestOf(host) ?? (re === FOR_COMING ? addressee(r, at, speaker) : null);
      // The host speaks for the host state: "welcome you in Moscow" said by another state's official is none.
      if (!guest || (!guestIsSpeaker && speaker && r.countryOf(speaker) !== host) || r.known([guest, host])) continue;
      // The guest glad of an invitation speaks on the visit, unless the sentence looks ahead to it.
      const held = afterCue && !AHEAD.test(s) ? "HELD" : undefined;
      emitVisit(r, sent, [guest], host, { start: at, end }, "engagement.turn-visit", held);
    }
  };
  visit(WELCOME_YOU, false, true);
  visit(YOUR_VISIT, false, false);
  visit(INVITED_ME, true, true);
  visit(ACCEPTED_MINE, false, true);
  visit(FOR_COMING, false, true);
  visit(BE_INVITED, true, true, true);
}

/** The visits of the sentence `sent` in the frames of releases. */
export function readReleaseVisits(r: FrameReader, sent: Sentence): void {
  const s = r.doc.text.slice(sent.start, sent.end);
  if (/\b(?:you|invit)/.test(s)) turnVisits(r, sent, s);
  const visit = /visit/.test(s);
  if (visit || RELATIVE_ARRIVAL.test(s)) relativeVisitors(r, sent, s);
  if (!visit) return;
  thankedVisitors(r, sent, s);
  visitedOurCountry(r, sent, s);
  arrivalsOnVisits(r, sent, s);
}

/** The visits of an address's unnamed speaker's meetings (no "visit" word needed). */
export function readAddressVisits(r: FrameReader, sent: Sentence): void {
  const s = r.doc.text.slice(sent.start, sent.end);
  if (/\b(?:I|[Tt]alks)\s/.test(s)) addressVisits(r, sent, s);
}
