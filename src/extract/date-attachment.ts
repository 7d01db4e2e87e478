// Which engagement trigger a date expression belongs to (rule `engagement.date-own-clause`). A
// date modifies the predicate of its own clause: in "the President will be speaking later today
// with allies to … ensure that he goes into that conversation with Putin", "later today" is the
// speaking, not the conversation. So a date goes to a trigger of its own clause: the nearest one
// before it (a date follows what it modifies: "met A on Monday and spoke with B on Tuesday"), or
// the one after it when it sits in that trigger's noun phrase ("the December 7 call"), opens a
// phrase after a comma, or has no trigger before it. A trigger inside a temporal phrase ("ahead of
// Zelenskyy's meeting with Biden", "the day before he spoke with Putin") names a time for the
// clause around it: dates before the phrase are the clause's, not its.
import type { DateHit } from "./dates.js";
import type { Span } from "./types.js";

const PRONOUN_SUBJECT = String.raw`(?:I|we|he|she|they|you|it|there)\b`;
// Verbs whose "that" opens a content clause ("said that", "told reporters that", "ensure that").
const THAT_VERBS = String.raw`(?:said|says|say|saying|noted|notes|note|noting|stated|states|added|adds|believes?|believed|think|thinks|thought|know|knows|knew|ensure|ensures|ensured|expects?|expected|hopes?|hoped|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underscored|underlined|confirmed|confirms|announced|announces|agreed|agrees|recalled|recalls|reported|reports|argued|explained|mentioned|indicated|insisted|acknowledged|admitted|clear|sure|aware|certain|feels?|felt|understands?|understood|learned|claimed|claims|shows?|showed|means|meant|recogni[sz]ed|reali[sz]e[sd]?|declared)`;
// Verbs whose object comes before the "that": "told reporters that", "assured him that".
const TELL_VERBS = String.raw`(?:told|tells|tell|informed|informs|assured|assures|reminded|reminds|briefed|warned|warns|convinced)`;
// What may stand between such a verb and its "that": "confirmed on Monday that", "said again that".
const ADVERBIAL = String.raw`(?:(?:on|in|at|to|during)(?:\s+(?!that\b)[\p{L}\d’'.-]+){1,3}?|today|yesterday|again|also|\p{Ll}+ly)`;
// Where a new clause starts: a content clause, a subordinate clause with its subject, a clause
// coordinated with its own pronoun subject, a semicolon. Conservative: a missed boundary leaves
// the nearest-trigger rule to decide.
const CLAUSE_START = new RegExp(
  [
    String.raw`;\s*`,
    String.raw`\b(?:${THAT_VERBS}(?:\s+${ADVERBIAL})?|${TELL_VERBS}(?:\s+(?!that\b)[\p{L}’'.-]+){1,3}?)\s+(that)\s`,
    String.raw`\b(because|although|though|whereas|unless)\s`,
    String.raw`\b(when|while|after|before|as|since|if|until|once)\s+(?=${PRONOUN_SUBJECT})`,
    String.raw`(?:,\s+|\s+)((?:and|but|or|so|yet)\s+)(?=(?:I|we|he|she|they)\b)`,
  ].join("|"),
  "gu",
);
// An aside between commas, dashes or brackets that a subordinate clause inside does not cut:
// ", as you know," "— as you just mentioned —".
const PAREN_OPEN = /(?:,|\s[—–]|\()\s*$/u;
const PAREN_CLOSE = /^[^,;:—–()]{1,60}?(?:,|\s[—–]|\))/u;
// A trigger preceded, within its noun phrase or clause, by a word that makes it a time reference.
const TEMPORAL_LEAD = /\b(?:before|after|ahead\s+of|in\s+advance\s+of|following|prior\s+to|since|until)\s+(?:[^\s,;:]+\s+){0,6}$/u;
// A trigger that names the medium of another ("spoke … in a video call", "talks via videoconference").
const MEDIUM_LEAD = /\b(?:in|over|by|via)\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?$/u;
const MEDIUM_CUE = /^via\s/i;
// Before a date that opens its clause: nothing, or a word or two ("Just yesterday,", "And on Monday,").
const LEAD_BEFORE = /^\s*(?:(?:just|only|also|and|but|so|then|on|in|at|by|over|during|as\s+of)\s+){0,2}$/i;
// A verb whose object is the event itself: "will host a meeting", "convened talks".
const LIGHT_VERB = /^(?:host|hosts|hosted|hosting|convene|convenes|convened|convening)$/i;
const EVENT_OBJECT_GAP = /^\s+(?:(?:a|an|the|this|that|their|his|her|its|our|\p{Ll}+)\s+){0,3}$/u;

const isMedium = (text: string, from: number, c: Span) => MEDIUM_CUE.test(text.slice(c.start, c.end)) || MEDIUM_LEAD.test(text.slice(Math.max(from, c.start - 30), c.start));

/** The offsets where a clause starts within [start, end) of text, sorted, `start` first. */
export function clauseStarts(text: string, start: number, end: number): number[] {
  const s = text.slice(start, end);
  const out = [start];
  CLAUSE_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_START.exec(s))) {
    const word = m.slice(1).find((g) => g !== undefined);
    // After a semicolon; else at the word that opens the clause ("that" is the last word of its match).
    const at = word === undefined ? m.index + m[0].length : m.index + (word === "that" ? m[0].lastIndexOf("that") : m[0].indexOf(word));
    // Only a subordinate clause is read as an aside ("as you know"); a coordinated one is a clause.
    if (m[3] !== undefined && PAREN_OPEN.test(s.slice(0, at)) && PAREN_CLOSE.test(s.slice(at, at + 80))) continue;
    out.push(start + at);
  }
  return out;
}

/** The clause [from, to) that holds offset `at`, from the clause starts of its sentence. */
function clauseOf(starts: readonly number[], sentEnd: number, at: number): Span {
  let i = 0;
  while (i + 1 < starts.length && starts[i + 1] <= at) i++;
  return { start: starts[i], end: i + 1 < starts.length ? starts[i + 1] : sentEnd };
}

/**
 * Which trigger of a sentence each of its date expressions belongs to, worked out once per
 * sentence (a sentence near the length cap has hundreds of triggers, each asking for its date).
 */
export class DateOwners {
  private readonly starts: number[];
  private readonly owner = new Map<DateHit, Span | null>();
  /** Dates that open their clause, with that clause and where each trigger's phrase starts. */
  private readonly leading = new Map<DateHit, { clause: Span; from: Map<Span, number> }>();
  /** An event noun's light verb, which stands for both ("hosted" in "hosted talks"). */
  private readonly same = new Map<Span, Span>();

  constructor(
    private readonly text: string,
    private readonly sentence: Span,
    private readonly cues: readonly Span[],
    private readonly hits: readonly DateHit[],
  ) {
    this.starts = clauseStarts(text, sentence.start, sentence.end);
    if (!hits.length) return;
    // "will host a meeting of the delegations": the verb and its event noun are one trigger.
    for (let i = 1; i < cues.length; i++) {
      const [verb, noun] = [cues[i - 1]!, cues[i]!];
      if (LIGHT_VERB.test(text.slice(verb.start, verb.end)) && EVENT_OBJECT_GAP.test(text.slice(verb.end, noun.start))) this.same.set(noun, this.same.get(verb) ?? verb);
    }
    const from = new Map(cues.map((c) => [c, phraseStart(text, clauseOf(this.starts, sentence.end, c.start).start, c)]));
    for (const d of hits) {
      const clause = clauseOf(this.starts, sentence.end, d.start);
      const inClause = cues.filter((c) => c.start >= clause.start && c.end <= clause.end);
      // A medium competes only when its clause has no other trigger ("told Putin in a video call on Tuesday").
      const main = inClause.filter((c) => !isMedium(text, clause.start, c));
      const owner = ownerOf(text, d, main, from) ?? ownerOf(text, d, inClause, from);
      this.owner.set(d, owner && (this.same.get(owner) ?? owner));
      if (LEAD_BEFORE.test(text.slice(clause.start, d.start)) && /^\s*,/.test(text.slice(d.end, d.end + 3))) this.leading.set(d, { clause, from });
    }
  }

  /** The date of the engagement whose trigger is `cue`: the nearest date the trigger owns. */
  dateOf(cue: Span): DateHit | null {
    const own = this.cues.find((c) => c.start === cue.start);
    if (!own) return this.adHoc(cue);
    const group = this.same.get(own) ?? own;
    let best: DateHit | null = null;
    for (const d of this.hits) if (this.owner.get(d) === group && (!best || gap(d, own) < gap(best, own))) best = d;
    if (best) return best;
    // A date that opens the clause ("Yesterday, A visited B and met C") dates each of its triggers
    // that has none of its own, except one inside a temporal phrase.
    for (const [d, { clause, from }] of this.leading) if (own.start >= clause.start && own.end <= clause.end && from.get(own)! <= d.start) return d;
    return null;
  }

  /** A trigger found by other means than the sentence's cues: it competes with those of its clause. */
  private adHoc(cue: Span): DateHit | null {
    const clause = clauseOf(this.starts, this.sentence.end, cue.start);
    const inClause = (x: Span) => x.start >= clause.start && x.end <= clause.end;
    const triggers = [cue, ...this.cues.filter((c) => inClause(c) && !isMedium(this.text, clause.start, c))];
    const from = new Map(triggers.map((c) => [c, phraseStart(this.text, clause.start, c)]));
    let best: DateHit | null = null;
    for (const d of this.hits) {
      if (!inClause(d) || ownerOf(this.text, d, triggers, from) !== cue) continue;
      if (!best || gap(d, cue) < gap(best, cue)) best = d;
    }
    return best;
  }
}

const gap = (d: Span, c: Span) => (d.end <= c.start ? c.start - d.end : Math.max(0, d.start - c.end));
// Between a date and the trigger after it, words of one noun phrase: "the December 7 call",
// "Monday's meeting", "their September 9 phone call".
const NOUN_PHRASE_GAP = /^(?:[’']s)?\s+(?:(?!(?:and|or|but|with|to|for|of|in|on|at|by|from|that|he|she|they|we|I)\s)[\p{L}\d-]+\s+){0,2}$/u;

/**
 * The trigger a date belongs to: the one before it, as a date follows what it modifies ("met A
 * on Monday and spoke with B"), unless the date opens a phrase of its own after a comma or sits
 * in the noun phrase of the trigger after it; with a trigger on one side only, that one.
 */
function ownerOf(text: string, d: DateHit, triggers: readonly Span[], from: Map<Span, number>): Span | null {
  let before: Span | null = null;
  let after: Span | null = null;
  for (const c of triggers) {
    // A trigger in a temporal phrase takes no date before the phrase.
    if (d.start < from.get(c)!) continue;
    if (c.end <= d.start && (!before || c.end > before.end)) before = c;
    else if (c.start >= d.end && (!after || c.start < after.start)) after = c;
  }
  if (!before || !after) return before ?? after;
  if (NOUN_PHRASE_GAP.test(text.slice(d.end, after.start))) return after;
  return /,/.test(text.slice(before.end, d.start)) ? after : before;
}

/** Where the phrase a trigger heads starts: its temporal word, else its clause. */
function phraseStart(text: string, clauseStart: number, c: Span): number {
  const lead = TEMPORAL_LEAD.exec(text.slice(Math.max(clauseStart, c.start - 80), c.start));
  return lead ? c.start - lead[0].length : clauseStart;
}
