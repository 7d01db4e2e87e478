// Two engagement frames read from the words around their trigger alone (issue 11, engagements
// missed on unseen text), kept apart from the cue loop of engagements.ts:
// - an envoy summoned to a ministry: "Moscow summoned British ambassador Jane Roe", "the
//   Foreign Ministry summoned France's ambassador", "Ambassador Jane Roe was summoned to the
//   Foreign Ministry" (rule engagement.summoned);
// - a trip to states: "A traveled to Beijing", "A led a peace mission to Russia and Ukraine",
//   "A will make a stop in Papua New Guinea" (rule engagement.trip).
// The functions here find the spans; engagements.ts turns the mentions in them into parties.
import { guarded } from "./guarded-pattern.js";
import type { Span } from "./types.js";

const ENVOY_NOUN = String.raw`(?:ambassadors?|envoys?|charg[ée]s?\s+d['’]affaires|diplomats?|(?:permanent\s+)?representatives?)`;
/** The envoy noun of a phrase ("the British ambassador to Russia"). */
export const ENVOY = new RegExp(`(?<![\\p{L}])${ENVOY_NOUN}(?![\\p{L}])`, "iu");

// The summoning verb and the envoy phrase after it: "summoned the British ambassador to Russia,
// Jane Roe,", "summoned France's ambassador", "summoned Ambassador Jane Roe".
const SUMMONED = new RegExp(String.raw`(?<![\p{L}])(summon(?:ed|s|ing)?)(?=\s)(?!\s+(?:him|her|them|it)\b)`, "gu");
const ENVOY_AFTER = new RegExp(String.raw`^\s+(?:the\s+|an?\s+)?(?:[\p{L}.’'-]+\s+){0,3}?${ENVOY_NOUN}(?![\p{L}])`, "iu");
// A name set off before the envoy's title: "summoned Jane Roe, the Freedonian ambassador".
const NAMED_THEN_ENVOY = new RegExp(String.raw`^\s+(?:(?:[\p{Lu}][\p{L}.’'-]*)\s+){0,3}[\p{Lu}][\p{L}.’'-]*,\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+){0,3}?${ENVOY_NOUN}(?![\p{L}])`, "u");
// "was summoned to the Foreign Ministry", "were summoned by the ministry": the envoy is the subject.
const PASSIVE = /\s(?:was|were|had been|has been|have been|is being|are being)\s+(?:\p{Ll}+ly\s+)?$/u;
// Where the envoy phrase ends: a purpose, a reason, a quotation, a new clause.
const ENVOY_END = /\s(?:over|after|for|in|on|to\s+(?:protest|lodge|deliver|express|demand|explain|hand)|amid|following|because|about|regarding|as|and\s+(?:handed|told|demanded|protested|warned|expressed|delivered))\b|["“;:]|,\s+(?!(?:[\p{Lu}][\p{L}.’'-]*\s*)+,)|\.(?:\s|$)/u;

export interface SummonSpan {
  /** The trigger word. */
  cue: Span;
  /** Where the envoy is named: the object phrase, or the passive subject before the verb. */
  envoy: Span;
  /** Passive: the body summoned to or by ("to the Foreign Ministry"), where it is named. */
  body: Span | null;
}

/** The summonses of envoys in the sentence [start, end) of `text`. */
export function summonSpans(text: string, start: number, end: number): SummonSpan[] {
  const s = text.slice(start, end);
  const out: SummonSpan[] = [];
  // Most sentences have no trigger: a plain search is cheaper than the full pattern.
  if (!/summon/i.test(s)) return out;
  for (const m of s.matchAll(SUMMONED)) {
    const cs = start + m.index!;
    const ce = cs + m[1].length;
    const before = s.slice(0, m.index);
    const passive = PASSIVE.exec(before.slice(-30));
    if (passive) {
      // The subject phrase: back to the clause start; it must name an envoy ("Ambassador Jane Roe", "the British ambassador").
      const clause = before.slice(0, before.length - passive[0].length);
      const from = Math.max(clause.lastIndexOf(", "), clause.lastIndexOf("; "), -1) + 1;
      if (!ENVOY.test(clause.slice(from))) continue;
      const rest = s.slice(m.index! + m[1].length);
      const to = /^\s+(?:to|by)\s+(?:the\s+)?([^,.;]{2,80}?)(?=\s+(?:on|in|over|after|for|to|amid|following|last|this|earlier)\b|[,.;]|$)/u.exec(rest);
      out.push({ cue: { start: cs, end: ce }, envoy: { start: start + from, end: start + clause.length }, body: to ? { start: ce + to[0].length - to[1].length, end: ce + to[0].length } : null });
      continue;
    }
    const rest = s.slice(m.index! + m[1].length);
    const envoy = ENVOY_AFTER.exec(rest);
    // "summoned Jane Roe, the British ambassador": the name before its apposition.
    const named = envoy ? null : NAMED_THEN_ENVOY.exec(rest);
    const head = envoy ?? named;
    if (!head) continue;
    // The phrase goes on after the envoy noun: "to the Russian Federation Jane Roe", ", Jane Roe,".
    const tail = rest.slice(head[0].length, head[0].length + 120);
    const stop = ENVOY_END.exec(tail);
    const envoyEnd = ce + head[0].length + (stop ? stop.index : tail.length);
    out.push({ cue: { start: cs, end: ce }, envoy: { start: ce, end: Math.min(end, envoyEnd) }, body: null });
  }
  return out;
}

// A trip: the verb or noun and the word before the destinations ("flew to", "was headed to" too). An arrival ("arrived in Minsk")
// only sets the scene of the meetings the text goes on to report, so it is none.
// A return names the trip it ends: "A, who just returned from Ukraine," (not "returned to").
// A departure names its destination: "will depart Wednesday morning for Poland", "left for Moscow".
export const TRIP = guarded(/(?<![\p{L}])((?:travel(?:s|ed|led|ing|ling)?|flew|flies|fly|flying|head(?:s|ed|ing)?)\s+to|(?:trips?|missions?|journeys?|tours?|delegations?)[”"’]?\s+to|(?:stops?|stopovers?)\s+in|visiting|(?:returned|returning|back)\s+from|(?:depart(?:s|ed|ing)?|left|leaves|leave|leaving)\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:morning\s+|afternoon\s+|evening\s+|night\s+)?|today\s+|tomorrow\s+|tonight\s+)?for)(?=\s+(?:the\s+)?\p{Lu})/gu);
// Between the traveller and the trigger: auxiliaries, adverbs, or a verb that makes a trip noun
// the subject's ("led a “peace mission” to", "led a presidential delegation to", "will make an historic stop in", "’s first trip to").
// "A's visit to the continent – with stops in B, C and D": the stops are the owner's.
// A relative clause right after the traveller is his ("A, who just returned from B,"), and so is the
// verb after his apposition ("A, the envoy, has been on …"); so are trips he "has been on" ("has been
// on multiple recent trips to B").
const TRAVELLER_GAP = /^(?:[’']s\s+(?:[\p{L}-]+\s+){0,2}|[’']s\s+(?:[\p{L}-]+\s+){0,2}(?:visit|trip|tour|journey)\s+to\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}?\p{Ll}+\s*(?:[–—-]|,)\s*with\s+|(?:,\s+(?:who\s+)?|\s+)(?:(?:will|would|also|then|has|have|had|is|was|to|be|is set to|plans to|recently|later|first|soon|just|still|scheduled|expected|due|set|\p{Ll}+ly)\s+)*(?:(?:led|leads|lead|made|makes|make|paid|pays|undertook|undertakes|began|begins|concluded|wrapped up|went on)\s+(?:a|an|his|her|their|the)\s+(?:[\p{L}“”"’'-]+\s+){0,3}|been\s+on\s+(?:(?:multiple|several|many|numerous|repeated|frequent|recent|two|three|four|five|\d+)\s+){1,3})?)$/u;

// States named like a part of the traveller's own country: "will travel to Georgia" from
// Washington is a domestic trip.
export const HOME_HOMONYMS: Readonly<Record<string, readonly string[]>> = { "United States": ["Georgia"] };

const TRIP_WORD = /travel|trip|mission|journey|tour|delegation|stop|visiting|from|for|fl[eiy]|head/;
// Every trip ends on one of these words before a capitalised destination: a sentence with none
// (most have "for" or "from", few before a name) has no trip for TRIP's search at every position.
export const TRIP_END = /(?:to|in|visiting|from|for)\s+(?:the\s+)?\p{Lu}/u;

export interface TripSpan {
  cue: Span;
  /** Where the traveller's gap ends: the mention right before must be the traveller. */
  gapStart: (travellerEnd: number) => boolean;
  /** The destinations: "Kyiv and Moscow", "Papua New Guinea". */
  destinations: Span;
}

/** The trips named in the sentence [start, end) of `text`. */
export function tripSpans(text: string, start: number, end: number): TripSpan[] {
  const s = text.slice(start, end);
  const out: TripSpan[] = [];
  if (!TRIP_WORD.test(s) || !TRIP_END.test(s)) return out;
  for (const m of TRIP.matchAll(s)) {
    const cs = start + m.index!;
    const ce = cs + m[0].length;
    // Capitalised names joined by commas and "and": "Guangzhou and Beijing", "Russia and Ukraine".
    // An item may carry its abbreviation in brackets: "the Democratic Republic of Congo (DRC), and Rwanda".
    const list = /^\s+(?:the\s+)?(?:[\p{Lu}][\p{L}’'.-]*)(?:\s+(?:of\s+(?:the\s+)?)?[\p{Lu}][\p{L}’'.-]*)*(?:\s+\([\p{Lu}.]{2,8}\))?(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?[\p{Lu}][\p{L}’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[\p{Lu}][\p{L}’'.-]*)*(?:\s+\([\p{Lu}.]{2,8}\))?)*/u.exec(text.slice(ce, end));
    if (!list) continue;
    // "B, who is visiting Germany," beside another engagement is engagement.visitor-relative's.
    const relativeVisit = m[1] === "visiting";
    out.push({ cue: { start: cs, end: ce }, gapStart: (travellerEnd) => TRAVELLER_GAP.test(text.slice(travellerEnd, cs)) && !(relativeVisit && /^,\s+who\s/.test(text.slice(travellerEnd, cs))), destinations: { start: ce, end: ce + list[0].length } });
  }
  return out;
}

// Thanks for hosting: "thanked President A for warmly welcoming First Lady B to her
// inauguration", "grateful to Ambassador A and B for hosting us" (rule engagement.thanked-host).
const THANKED_HOST = /(?<![\p{L}])(?:thank(?:ed|s|ing)?|(?:grateful|gratitude|thanks)\s+to)\s+([^.;:!?]{2,160}?)\s+for\s+(?:(?:so\s+)?(?:warmly|graciously|kindly|generously|wonderfully)\s+)?(hosting|welcoming|receiving)\s+([^.;:!?]{1,160})/gu;
// Where the guests end: the place, the time or the occasion of the visit.
const GUESTS_END = /\s(?:to|in|at|for|on|during|today|yesterday|last|this|and\s+for|when|while|as)\b|,\s+(?!and\s+(?:the\s+)?\p{Lu})/u;
// Guests in the first person or a pronoun: the one who thanks was received.
const GUEST_PRONOUN = /^\s*(?:us|me|him|her|them|our\s+delegation|my\s+delegation|his\s+delegation|her\s+delegation)\b/i;

export interface HostThanks {
  cue: Span;
  hosts: Span;
  /** Null when the guests are the thanker ("for hosting us"). */
  guests: Span | null;
}

/** The thanks for hosting in the sentence [start, end) of `text`. */
export function hostThanksSpans(text: string, start: number, end: number): HostThanks[] {
  const s = text.slice(start, end);
  const out: HostThanks[] = [];
  if (!/thank|grat/i.test(s)) return out;
  for (const m of s.matchAll(THANKED_HOST)) {
    const cs = start + m.index!;
    const hostsAt = cs + m[0].indexOf(m[1], m[0].search(/\s/));
    const guestsAt = cs + m[0].length - m[3].length;
    const cut = GUESTS_END.exec(m[3]);
    const guests = GUEST_PRONOUN.test(m[3]) ? null : { start: guestsAt, end: guestsAt + (cut ? cut.index : m[3].length) };
    out.push({ cue: { start: cs, end: cs + m[0].length }, hosts: { start: hostsAt, end: hostsAt + m[1].length }, guests });
  }
  return out;
}

// The place before the guest: "welcome to the White House, the Oval Office, Prime Minister A"
// (rule engagement.welcome-place-first).
const WELCOME_PLACE_FIRST = /(?<![\p{L}])welcom(?:e|ed|es|ing)\s+(?:back\s+)?to\s+(?:the\s+)?[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*)*(?:,\s+(?:the\s+)?[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*)*)?,\s+(?=(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}[\p{Lu}])/gu;

export interface PlaceFirstWelcome {
  cue: Span;
  /** The guests after the place, to the end of their names. */
  guests: Span;
}

/** The welcomes of guests named after the place in the sentence [start, end) of `text`. */
export function placeFirstWelcomes(text: string, start: number, end: number): PlaceFirstWelcome[] {
  const s = text.slice(start, end);
  const out: PlaceFirstWelcome[] = [];
  if (!/welcom/i.test(s)) return out;
  for (const m of s.matchAll(WELCOME_PLACE_FIRST)) {
    const cs = start + m.index!;
    const rest = s.slice(m.index! + m[0].length);
    const stop = /[.;:!?]|\s(?:to|for|who|and\s+(?:his|her|their)\s+\p{Ll})\b/u.exec(rest);
    out.push({ cue: { start: cs, end: cs + m[0].length }, guests: { start: cs + m[0].length, end: cs + m[0].length + (stop ? stop.index : rest.length) } });
  }
  return out;
}
