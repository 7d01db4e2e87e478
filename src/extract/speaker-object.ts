// The speaker of a quotation as the object of an engagement verb (issue 11 item 4, engagements a
// news text reports through its quoted people): "“Putin called me and said …,” Lukashenko said",
// "“The Chancellor visited me in Kyiv,” A told reporters" (rule engagement.speaker-object). The
// subject of the verb, named right before it, met or called the quotation's speaker; the function
// here finds the verb; news-frames.ts resolves the speaker and the subject.
import type { EngagementKind, Span } from "./types.js";

// A verb of calling or meeting with "me" as its object: "called me", "spoke to me", "met with me".
const ME_OBJECT = /(?<![\p{L}])(called|phoned|telephoned|rang|(?:spoke|talked)\s+(?:to|with)|met(?:\s+with)?|visited|hosted|received)\s+me(?![\p{L}])/gu;
// What may follow "me": an end, a time, a place, a medium, a new verb; not a name for me ("called me a liar").
const AFTER_ME = /^(?:\s*[,.;:!?”"’)–—-]|\s*$|\s+(?:and|on|last|this|yesterday|today|in|at|by|from|after|before|when|twice|once|again|personally|directly|several|many|\d)\b)/u;

export interface SpeakerObject {
  cue: Span;
  kind: EngagementKind;
}

/** The verbs of [start, end) of `text` whose object is "me", each with the engagement's kind. */
export function speakerObjectCues(text: string, start: number, end: number): SpeakerObject[] {
  const s = text.slice(start, end);
  if (!/\bme\b/.test(s)) return [];
  const out: SpeakerObject[] = [];
  for (const m of s.matchAll(ME_OBJECT)) {
    const after = s.slice(m.index! + m[0].length);
    if (!AFTER_ME.test(after)) continue;
    const verb = m[1];
    const kind: EngagementKind = /^(?:phoned|telephoned|rang)$/.test(verb) ? "PHONE_CALL" : /^(?:called|spoke|talked)/.test(verb) ? "CALL" : "MEETING";
    // "called me by phone": the medium names the kind.
    const k = kind === "CALL" && /^\s+(?:by|on|over)\s+(?:the\s+)?(?:tele)?phone\b/.test(after) ? "PHONE_CALL" : kind;
    out.push({ cue: { start: start + m.index!, end: start + m.index! + verb.length }, kind: k });
  }
  return out;
}
