// A session of a dialogue named by its sides (issue 11, readouts' talks between two states): "the
// inaugural Canada-Chile Strategic Dialogue that was held in July", "During the June 2024 U.S.-Chile
// Energy Dialogue, …", "co-chaired the first U.S.-ASEAN Ministerial Dialogue" (rule
// engagement.dialogue-held). A dialogue named only as an institution ("the U.S.-Chile Dialogue is
// about commitments", "launching a U.S.-Chile Dialogue") is none: the text must say that a session
// took place or will. The function here finds the spans; news-frames.ts names the sides.
import type { Span } from "./types.js";

const SIDE = String.raw`(?:U\.S\.|U\.K\.|[\p{Lu}][\p{L}]*)`;
// The sides joined by hyphens, then up to five capitalised words (or "2+2") and the dialogue's noun.
const DIALOGUE = new RegExp(String.raw`(?<![\p{L}.-])(${SIDE}(?:[-–]${SIDE}){1,3})\s+((?:[\p{Lu}0-9][\p{L}0-9+’'-]*\s+){0,5}?)(Dialogue|Talks|Consultations)(?:\s+on\s+(?:(?:[\p{Lu}][\p{L}-]*|and|the)\s+){0,5}?[\p{Lu}][\p{L}-]*)?(?![\p{L}])`, "gu");
// A session before the name: "during the", "at the", "co-chaired the first-ever", "held the 5th".
// "in the" only after taking part: "work undertaken in the A-B Dialogue" is its process, not a session.
const SESSION_BEFORE = /\b(?:[Dd]uring|[Aa]t|(?:part|participation|participate[sd]?|participating)\s+in|co-chaired|chaired|co-hosted|hosted|held|convened|attended|opened|concluded|wrapped\s+up)\s+(?:the|a|an|this|their|its)\s+(?:(?:[\p{L}0-9,-]+)\s+){0,3}$/u;
// A session after it: "that was held in July", "held in Singapore", "took place", "will convene".
const SESSION_AFTER = /^\s*(?:\([^)]{1,20}\)\s*)?(?:,\s*)?(?:(?:that|which)\s+)?(?:(?:was|were|will\s+be|is\s+being|has\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?(?:held|convened|hosted|co-chaired|chaired|co-hosted)\b|(?:held|convened|hosted)\s+(?:in|on|at|virtually|last|this|earlier)\b|(?:took\s+place|met|will\s+take\s+place|will\s+convene|will\s+meet|convened)\b)/u;

export interface NamedDialogue {
  /** The dialogue's noun ("Dialogue"). */
  cue: Span;
  /** Each side's name as written ("Guyana", "U.S."). */
  sides: Span[];
}

/** The dialogues named by their sides whose session the sentence [start, end) of `text` reports. */
export function namedDialogueSpans(text: string, start: number, end: number): NamedDialogue[] {
  const s = text.slice(start, end);
  const out: NamedDialogue[] = [];
  if (!/Dialogue|Talks|Consultations/.test(s)) return out;
  for (const m of s.matchAll(DIALOGUE)) {
    const before = s.slice(Math.max(0, m.index! - 70), m.index!);
    const after = s.slice(m.index! + m[0].length, m.index! + m[0].length + 80);
    // "Re-Launching the U.S.-Chile Dialogue": the dialogue is founded, no session reported.
    if (/\b(?:[Ll]aunch\w*|[Ee]stablish\w*|[Cc]reat\w*|[Rr]e-?[Ll]aunch\w*)\s+(?:the|a|an)\s+(?:[\p{L}0-9,-]+\s+){0,3}$/u.test(before)) continue;
    if (!SESSION_BEFORE.test(before) && !SESSION_AFTER.test(after)) continue;
    const sides: Span[] = [];
    let at = start + m.index!;
    for (const part of m[1].split(/[-–]/)) {
      sides.push({ start: at, end: at + part.length });
      at += part.length + 1;
    }
    const cueAt = start + m.index! + m[1].length + m[0].slice(m[1].length).indexOf(m[3]);
    out.push({ cue: { start: cueAt, end: cueAt + m[3].length }, sides });
  }
  return out;
}
