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

// The modal governs a trip whose purpose is the cue: "may travel to Moscow next month to meet B".
const POSSIBLE_TRIP = /\b(?:could|might|may|can)\s+(?:(?:\w+ly|also|still|even|yet|possibly|perhaps|soon)\s+)?(?:travel|go|fly|come|head|return|stop)\b[^,;:.!?"“”]{0,60}?\s+(?:in\s+order\s+)?to\s+$/;

/** A modal of possibility right before the cue ("could meet", "might soon speak with"), or before the trip it is the purpose of: PROPOSED. */
export function possibilityBefore(before: string): boolean {
  // Lower case only: "In May met" is a month.
  return /\b(?:could|might|may|can)\s+(?:(?:\w+ly|also|still|even|yet|possibly|perhaps|soon)\s+)?(?:(?:be\s+)?(?:able\s+to\s+))?$/.test(before) || POSSIBLE_TRIP.test(before);
}

// Stances toward an engagement that is not (yet) held: "was still open to peace talks with B",
// "stands prepared to meet", "pushed for talks", "insisted on a meeting" (PROPOSED, like the
// proposals and wishes of engagements.ts), "the need for talks with B". "open to the press" describes
// a meeting's access; "the importance of the visit" may be of one held.
const WILLINGNESS = /\b(?:open(?:ness)?\s+to(?!\s+(?:the\s+)?(?:press|public|media|journalists|reporters)\b)|prepared\s+to|available\s+(?:to|for)|push(?:es|ed|ing)?\s+for|appeal(?:s|ed|ing)?\s+for|insist(?:s|ed|ing)?\s+on|in\s+fa(?:vou?r)\s+of|would\s+welcome|stands?\s+ready|not\s+(?:opposed|averse)\s+to|(?:the\s+)?(?:need|needs)\s+for|necessity\s+of)\b/i;

// A refusal, an avoidance or a cancellation that governs the cue: "ruled out talks with B",
// "rejected calls for talks", "avoided meeting B", "cancelled his meeting with B", "has no plans to
// meet B"; or a verdict on it after: "talks with B are out of the question", "the meeting was
// called off" (in its own clause: not "…, but the trip was called off"). Nothing is reported held,
// planned or proposed (like a negation).
const REFUSAL_BEFORE = /\b(?:rul(?:e|es|ed|ing)\s+out|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|warn(?:s|ed|ing)?\s+against|avoid(?:s|ed|ing)?|cancel(?:s|led|ed|ling|ing)?|call(?:s|ed|ing)?\s+off|scrap(?:s|ped|ping)?|boycott(?:s|ed|ing)?|snub(?:s|bed|bing)?|no\s+plans?\s+(?:to|for)|no\s+intention\s+(?:to|of))\s+(?:(?:the|a|an|any|all|his|her|their|its|further|direct|new|possible|planned|proposed|scheduled|idea|prospect|possibility|calls?|proposals?|offers?|of|for|\p{Ll}+ly)\s+){0,4}$/u;
const VERDICT_AFTER = /^[^.,;:!?]{0,60}?\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|would\s+be|remains?|remained)\s+(?:\p{Ll}+ly\s+)?(?:called\s+off|cancel{1,2}ed|scrapped|impossible|unthinkable|out\s+of\s+the\s+question|off\s+the\s+table|pointless|futile|not\s+possible|ruled\s+out)\b/u;

/** Whether the cue between `before` (its sentence up to the cue) and `after` (the rest) is refused, avoided or called off. */
export function refusedEngagement(before: string, after: string): boolean {
  return REFUSAL_BEFORE.test(before) || VERDICT_AFTER.test(ownClause(after));
}

// A possibility said of the engagement after it, in its own clause: "a meeting between A and B
// was possible only after a deal", "talks with B are likely next month", "a call is on the table".
const POSSIBLE_AFTER = /^[^.,;:!?]{0,60}?\b(?:is|are|was|were|would\s+be|remains?|remained|seems?|seemed)\s+(?:\p{Ll}+ly\s+|still\s+|not\s+)?(?:possible|likely|unlikely|conceivable|feasible|on\s+the\s+table|under\s+discussion|being\s+discussed|being\s+considered)\b/u;

/** Whether the words after a cue, in its clause, call the engagement a possibility: PROPOSED. */
export function possibleAfter(after: string): boolean {
  return POSSIBLE_AFTER.test(ownClause(after));
}

// Where a new clause starts after a cue: a coordinated clause with its own subject, a relative or
// a subordinate clause ("met B in Geneva, where the talks were likely …", "… and the outcome is …").
const NEXT_CLAUSE = /\s(?:and|but|or)\s+(?:the|a|an|he|she|they|it|we|this|that|these|those)\b|\s(?:while|whereas|where|which|who|whom|that|because|since|although|though|after|before|when|until)\s/;

/** The words after a cue up to the next clause. */
function ownClause(after: string): string {
  const m = NEXT_CLAUSE.exec(after);
  return m ? after.slice(0, m.index) : after;
}

/** A stance of willingness in the clause around a cue ("open to talks with B"): PROPOSED. */
export function willingnessIn(clause: string): boolean {
  return WILLINGNESS.test(clause);
}

// Open-ended continuation of contact, the closing formula of readouts ("agreed to maintain contacts at
// various levels", "to stay in close touch", "contacts will continue"): no encounter is announced, so
// no engagement (issue 11, pattern 6). Only the infinitive or future: "continued their consultations
// with Kyiv" reports consultations that took place.
const CONTACT_NOUN = /^(?:contacts?|touch|coordination|consultations?|communication)$/i;
// The verbs of going on with contact ("maintain", "stay in", "be in touch", "step up contacts"), in the
// infinitive or future, or as a gerund after a preposition ("committed to maintaining close contact");
// a pair of states and up to three lowercase words may qualify the noun ("to maintain Freedonia-Lakeland
// contacts", "to continue regular multi-level contacts").
const GO_ON_VERB = String.raw`(?:continue|maintain|remain|stay|keep(?:\s+up)?|step\s+up|intensify|expand|develop|deepen|be(?=\s+in\b))`;
const GO_ON_GERUND = String.raw`(?:continuing|maintaining|remaining|staying|keeping(?:\s+up)?|stepping\s+up|intensifying|expanding|developing|deepening|being(?=\s+in\b))`;
const CONTACT_MODIFIERS = String.raw`(?:(?:in|up|their|the|such|these)\s+)?(?:\p{Lu}[\p{L}.]*(?:[-–]\p{Lu}[\p{L}]*)+\s+)?(?:(?!with\b)[\p{Ll}-]+\s+(?:and\s+)?){0,3}$`;
const GO_ON_BEFORE = new RegExp(String.raw`\b(?:(?:to|will|would|shall|should)\s+(?:also\s+|further\s+|both\s+)?${GO_ON_VERB}|(?:to|on|of)\s+${GO_ON_GERUND})\s+${CONTACT_MODIFIERS}`, "u");
// The second verb of a coordination after an infinitive or future: "agreed to maintain contacts and
// continue coordination".
const AND_GO_ON_BEFORE = new RegExp(String.raw`\b(?:to|will|would|shall)\s+[^.;:]{0,80}\band\s+${GO_ON_VERB}\s+${CONTACT_MODIFIERS}`, "u");
// "agreed on further personal contacts": contacts to come with no encounter named.
const FURTHER_CONTACTS = /\bagree[ds]?\s+(?:on|upon)\s+(?:further|continued|regular|future)\s+(?:(?:personal|bilateral|working|high-level)\s+)?$/i;
const GOES_ON_AFTER = /^\s+(?:(?:at|on|between|with|in)\s+[^.;,]{0,40}?\s+)?(?:will|would|shall)\s+(?:be\s+)?continue/i;
const DURING_CONTACTS = /\b(?:continued|pursued|discussed(?:\s+further)?)\s+(?:during|through|in the course of)\s+(?:(?:further|future|regular)\s+)?$/i;
// "It was agreed to continue exchanging views … during future contacts": contacts to come, none named.
const FUTURE_CONTACTS = /\b(?:during|through|in the course of|in|at)\s+(?:their\s+)?(?:future|further|subsequent)\s+$/i;

/**
 * Whether the contact noun `cue` (between `before`, its sentence up to it, and `after`) is an
 * open-ended continuation of contact; every frame that emits an engagement respects it.
 */
export function ongoingContact(before: string, cue: string, after: string): boolean {
  return CONTACT_NOUN.test(cue) && (GO_ON_BEFORE.test(before) || AND_GO_ON_BEFORE.test(before) || FURTHER_CONTACTS.test(before) || GOES_ON_AFTER.test(after) || DURING_CONTACTS.test(before) || (/^contacts$/i.test(cue) && FUTURE_CONTACTS.test(before)));
}

/**
 * "in consultation with", "in close coordination with": the manner of an act, not an engagement;
 * but "we have been in close consultations with A" reports consultations that took place.
 */
export function mannerAdjunct(before: string, cue: string, after: string): boolean {
  return /^consultations?$/i.test(cue) && /\bin\s+(?:(?:close|full|appropriate|continued|ongoing)\s+)?$/i.test(before) && !/\b(?:has|have|had|[’']ve)\s+been\s+in\s+(?:\w+\s+)?$/i.test(before) && /^\s+with\b/i.test(after);
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
  // A subordinate clause of time after the cue has a subject and a mood of its own ("spoke as C tried to …").
  const stop = /\s(?:that|who|whom|whose|because|while|although|as\s+(?!part\b|well\b|soon\b)(?=\S+\s+\S)|when|whereas)\b|[;:(–—]|,(?!\s+which\b)/.exec(after);
  if (stop) after = after.slice(0, stop.index);
  return before.slice(cut) + text.slice(cs, ce) + after;
}
