// A trip's purpose naming whom the traveller is to meet (issue 11, engagements missed on news
// previews of a leader's travels): "A will visit Poland on Tuesday to discuss security with B and
// C", "… before travelling to Germany to meet the chancellor, D", "A and B were in Moscow to meet
// C", "A flew to Kyiv for talks with D" (rule engagement.trip-purpose). The trip itself, A meeting
// the state visited, is engagement.trip's or engagement.visit's; this finds the people (or bodies)
// the purpose clause names, which those rules leave out. The function here finds the spans;
// news-frames.ts turns the mentions in them into parties.
import { guarded } from "./guarded-pattern.js";
import type { Span } from "./types.js";

// A verb of travel or stay, finite or not: "will visit", "travelling to", "were in", "flew to".
const TRIP = guarded(/(?<![\p{L}])(visit(?:s|ed|ing)?|travel(?:s|ed|led|ing|ling)?|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?\s+to|go(?:es|ing)?\s+to|went\s+to|arriv(?:e|es|ed|ing)\s+in|(?:is|are|was|were|be|been)\s+in|(?:a|an|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:trip|visit|journey)\s+to)(?![\p{L}])/gu);
// Between the trip and its purpose: the place, a time, nothing that opens a clause of its own.
const TRIP_TO_PURPOSE = /^[^;:!?“”"()]{0,70}?\s(?=(?:to\s+(?:meet|hold\s+talks|discuss|talk|confer)|for\s+(?:talks|a\s+meeting|meetings|discussions)\s+with)\b)/u;
const CLAUSE_BREAK = /\s(?:said|says|told|and\s+(?:then\s+)?(?:will|would|has|had|is|was)|who|which|where|when|while|but|because)\s|,\s+(?:but|and|while|where|when|as)\s/u;
// The purpose and where its counterparts start: "to meet (with)", "to hold talks with", "for talks
// with", "to discuss … with" (a topic of lowercase or capitalised words, no clause of its own).
const PURPOSE = /^(?:to\s+(meet)(?:\s+with)?|to\s+(hold\s+talks|talk|confer)\s+with|for\s+(talks|a\s+meeting|meetings|discussions)\s+with|to\s+(discuss)\s+[^;:!?“”"()]{1,90}?\s+with)\s+(?=(?:the\s+|his\s+|her\s+|their\s+)?[\p{L}])/u;
// Where the counterparts end: a place, a time, a new clause or purpose. Commas may set off a
// name after a title ("the chancellor, Olaf Scholz,").
const COUNTERPARTS_END = /\s(?:in|at|on|for|during|about|over|amid|after|before|as|when|while|who|which|where|to|last|this|next|later|ahead)\s|[;:!?(“"]|\.$|,\s+(?:an?|the)\s+\p{Ll}|,\s+(?:before|after|while|where|when|as|and\s+(?:then|to|will|would)|who|which|to|in|at|on)\s/u;

export interface TripPurpose {
  /** The trip's verb or noun ("visit", "travelling to", "were in"). */
  trip: Span;
  /** The purpose's verb ("meet", "discuss", "talks"). */
  cue: Span;
  counterparts: Span;
  /** The trip word is a gerund or an infinitive ("before travelling to Germany"): its traveller is the clause's subject. */
  nonFinite: boolean;
}

/** The trips with a purpose that names counterparts in the sentence [start, end) of `text`. */
export function tripPurposeSpans(text: string, start: number, end: number): TripPurpose[] {
  const s = text.slice(start, end);
  const out: TripPurpose[] = [];
  if (!/\b(?:to\s+(?:meet|hold talks|discuss|talk|confer)|for\s+(?:talks|a meeting|meetings|discussions)\s+with)\b/.test(s)) return out;
  for (const m of TRIP.matchAll(s)) {
    const tripEnd = m.index! + m[0].length;
    const gap = TRIP_TO_PURPOSE.exec(s.slice(tripEnd));
    if (!gap || CLAUSE_BREAK.test(gap[0] + " ")) continue;
    const at = tripEnd + gap[0].length;
    const p = PURPOSE.exec(s.slice(at));
    if (!p) continue;
    const verb = p[1] ?? p[2] ?? p[3] ?? p[4];
    const cueAt = at + p[0].indexOf(verb);
    const cpAt = at + p[0].length;
    const tail = s.slice(cpAt);
    const stop = COUNTERPARTS_END.exec(tail);
    const cpEnd = cpAt + (stop ? stop.index : tail.length);
    out.push({
      trip: { start: start + m.index!, end: start + tripEnd },
      cue: { start: start + cueAt, end: start + cueAt + verb.length },
      counterparts: { start: start + cpAt, end: start + cpEnd },
      nonFinite: /^(?:\p{Ll}+ing\b|(?:a|an|his|her|their)\s)/u.test(m[0]) || /\bto\s+$/.test(s.slice(Math.max(0, m.index! - 4), m.index)),
    });
  }
  return out;
}
