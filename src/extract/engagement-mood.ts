// What the clause around an engagement cue says of its reality: a question or a condition asks
// about an engagement rather than reporting one held, a modal makes it a possibility (all three
// PROPOSED),
// and "in consultation with" in regulatory text is a manner of acting, not a meeting
// (issue 11, patterns 6 and 7).

/** The sentence is a question: "Is it time to speak to the President?" */
export function isQuestion(sentence: string): boolean {
  return /\?\s*["”’')]*\s*$/.test(sentence);
}

/**
 * The cue sits inside an indirect question or a condition of its clause: "asked whether X would
 * meet Y", "if X meets Y". `before` is the sentence up to the cue.
 */
export function inIndirectQuestion(before: string): boolean {
  return /\b(?:whether|if)\b[^,;:]*$/i.test(before);
}

/** A modal of possibility right before the cue ("could meet", "might soon speak with"): PROPOSED. */
export function possibilityBefore(before: string): boolean {
  // Lower case only: "In May met" is a month.
  return /\b(?:could|might|may|can)\s+(?:(?:\w+ly|also|still|even|yet|possibly|perhaps|soon)\s+)?(?:(?:be\s+)?(?:able\s+to\s+))?$/.test(before);
}

// Stances toward an engagement that is not (yet) held: "was still open to peace talks with B",
// "stands prepared to meet", "pushed for talks", "insisted on a meeting" (PROPOSED, like the
// proposals and wishes of engagements.ts). "open to the press" describes a meeting's access.
const WILLINGNESS = /\b(?:open(?:ness)?\s+to(?!\s+(?:the\s+)?(?:press|public|media|journalists|reporters)\b)|prepared\s+to|available\s+(?:to|for)|push(?:es|ed|ing)?\s+for|appeal(?:s|ed|ing)?\s+for|insist(?:s|ed|ing)?\s+on|in\s+fa(?:vou?r)\s+of|would\s+welcome|stands?\s+ready|not\s+(?:opposed|averse)\s+to)\b/i;

/** A stance of willingness in the clause around a cue ("open to talks with B"): PROPOSED. */
export function willingnessIn(clause: string): boolean {
  return WILLINGNESS.test(clause);
}

/** "in consultation with", "in close coordination with": the manner of an act, not an engagement. */
export function mannerAdjunct(before: string, cue: string, after: string): boolean {
  return /^consultations?$/i.test(cue) && /\bin\s+(?:(?:close|full|appropriate|continued|ongoing)\s+)?$/i.test(before) && /^\s+with\b/i.test(after);
}

/**
 * The words around a cue that can say whether its engagement happened: the clause it is in, from
 * the last comma, semicolon, colon or dash before it (at most 100 characters back) to the next
 * clause boundary after it (at most 40 characters on). In "has sought close consultations with
 * allies, including calls by the President" the calls took place; in "told Putin in a video call
 * that the U.S. would send" the "would" is the reported clause's.
 */
export function clauseAround(text: string, sentStart: number, sentEnd: number, cs: number, ce: number): string {
  const before = text.slice(Math.max(sentStart, cs - 100), cs);
  let cut = 0;
  for (const m of before.matchAll(/[,;:]\s+|\s[–—]\s/g)) cut = m.index + m[0].length;
  let after = text.slice(ce, Math.min(sentEnd, ce + 40));
  const stop = /\s(?:that|who|whom|whose|because|while|although)\b|[;:(–—]|,(?!\s+which\b)/.exec(after);
  if (stop) after = after.slice(0, stop.index);
  return before.slice(cut) + text.slice(cs, ce) + after;
}
