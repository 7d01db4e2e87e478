// Coordinated sides "engaged in" diplomacy or talks with one another, the engagement named by a noun
// of negotiating after the verb and no counterpart after it: "The United States, NATO and Russia have
// been engaged in a whirlwind of diplomacy", "A and B are engaged in negotiations" (rule
// engagement.engaged-in-talks). The cue loop of engagements.ts reads "engaged in talks with B" itself.
import type { Sentence } from "./doc.js";
import type { FrameReader } from "./news-frames.js";

const ENGAGED = /(?<![\p{L}])(?:have|has|had|are|is|were|was|be|been|remain|remained)\s+(?:(?:been|also|now|still|already|\p{Ll}+ly)\s+)*(engaged)\s+in\s+(?:(?:a|an|the|their)\s+)?(?:(?:whirlwind|flurry|series|round|rounds|burst|spate|months|weeks|days)\s+of\s+)?(?:(?:intense|intensive|direct|indirect|secret|quiet|frantic|shuttle|high-level|high-stakes|peace|trade|bilateral|diplomatic)\s+){0,2}(diplomacy|talks|negotiations|discussions|consultations|dialogue)(?![\p{L}])(?!\s+(?:with|between|among)\b)/gu;

/** "A, B and C have been engaged in a whirlwind of diplomacy" (rule engagement.engaged-in-talks). */
export function readEngagedInTalks(r: FrameReader, sent: Sentence): void {
  const text = r.doc.text;
  const s = text.slice(sent.start, sent.end);
  if (!s.includes("engaged")) return;
  for (const m of s.matchAll(ENGAGED)) {
    const cs = sent.start + m.index! + m[0].indexOf(m[1]);
    const { names, at } = r.subjectsOf(sent);
    // The subject must be the coordination right before the auxiliaries, and name two sides at least.
    if (names.length < 2 || at >= sent.start + m.index!) continue;
    if (!names.every((n) => r.isPerson(n) || r.isCountry(n) || r.doc.actors.some((a) => a.name === n && a.kind === "ORGANIZATION"))) continue;
    r.emit(sent, names, { start: cs, end: cs + m[1].length }, "engagement.engaged-in-talks", names.every(r.isPerson) ? "MEETING" : "TALKS", null);
  }
}
