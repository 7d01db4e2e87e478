// Quotations inside transcript turns ("PRESIDENT ROE:  … He said, “…”"). A turn's speaker talks in the
// first person, so a "he"/"she" reporting speech inside the turn is a third party the speaker tells of,
// never the speaker: the pronoun resolver, which falls back on the last person named (often the turn's
// own label), would otherwise hand the quoted words to the speaker. Such a quotation keeps its words,
// is spoken by the third party (the description the turn gave them, "a man who …", else the pronoun),
// and a continuation of it stays with that third party.
import { type Doc, lastMentionIn } from "./doc.js";
import { type Turn, turnsOf } from "./turns.js";
import type { ExtractedStatement } from "./types.js";

/** The transcript turns of the text, in order; empty when the text has fewer than two labels. */
export function transcriptTurns(doc: Doc): Turn[] {
  const turns = turnsOf(doc);
  return turns.length >= 2 ? turns : [];
}

// "he said, “", "She told me: “", "and he goes like this: “" right before the quotation.
const PRONOUN_BEFORE = /(?<![\p{L}’'])([Hh]e|[Ss]he)\s+(?:\p{Ll}+\s+){0,3}?\p{Ll}+(?:\s+(?:me|us|him|her|them))?(?:\s+like\s+this)?\s*[,:]?\s*[“"]?$/u;
// "“…,” he said" right after it.
const PRONOUN_AFTER = /^[”"]?\s*[,.]?[”"]?\s+(he|she)\s+\p{Ll}+/u;
// The third party as the turn introduced them: "a guy, who was …, walked up", "a woman in the crowd came".
const INDEFINITE_SUBJECT = /(?:^|[.!?]\s+|\b(?:[Aa]nd|[Bb]ut|[Tt]hen|[Ss]o|ago|[Oo]nce|later),?\s+)((?:a|an|one|A|An|One)\s+(?:\p{Ll}+\s+){0,3}?\p{Ll}+)(?:(,\s+(?:who|whom)\s[^,.;]{3,80}),\s+\p{Ll}+|\s+\p{Ll}+(?:ed|s)\b)/gu;

/** The pronoun a statement's attribution uses, when it is a third-person "he" or "she" next to the quotation. */
function attributingPronoun(text: string, st: ExtractedStatement): string | null {
  const before = PRONOUN_BEFORE.exec(text.slice(Math.max(0, st.start - 50), st.start));
  if (before) return before[1].toLowerCase();
  const after = PRONOUN_AFTER.exec(text.slice(st.end, st.end + 20));
  return after ? after[1] : null;
}

/**
 * Whether `name` is written in the running words of this turn or the one before it (a question's
 * "Did Chancellor Roe …?" answered by "He said, “…”"); a speaker label is no antecedent for a pronoun.
 */
function namedInReach(doc: Doc, turns: Turn[], ti: number, name: string, pos: number): boolean {
  const from = turns[Math.max(0, ti - 1)].body;
  const inLabel = (start: number) => [turns[ti - 1], turns[ti]].some((t) => t !== undefined && start >= t.start && start < t.body);
  return !!lastMentionIn(doc, from, pos, (m) => doc.actors[m.actor].name === name && !inLabel(m.start));
}

/** The last indefinite description of a person the turn gave before `pos`, if any. */
function thirdPartyLabel(text: string, turn: Turn, pos: number): string | null {
  const span = text.slice(turn.start, pos);
  let last: string | null = null;
  INDEFINITE_SUBJECT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INDEFINITE_SUBJECT.exec(span))) last = (m[1] + (m[2] ?? "")).replace(/\s+/g, " ");
  return last;
}

/**
 * Hands the quotations a turn's speaker reports from a third party ("He said, “…”") to that party:
 * rule statement.transcript.third-party-pronoun. Statements are in text order.
 */
export function thirdPartiesInTurns(doc: Doc, statements: ExtractedStatement[]): ExtractedStatement[] {
  const turns = transcriptTurns(doc);
  if (!turns.length) return statements;
  const added = [...addresseeReports(doc, turns, statements), ...describedQuoters(doc, turns, statements)];
  if (added.length) statements = [...statements, ...added].sort((a, b) => a.start - b.start);
  const text = doc.text;
  let ti = 0;
  // The last statement moved to a third party, so that its continuations follow it.
  let moved: { turn: number; from: string; label: string } | null = null;
  return statements.map((st) => {
    while (ti < turns.length && turns[ti].end <= st.start) ti++;
    const turn = turns[ti];
    if (!turn || turn.start > st.start || !turn.speaker || !st.speaker) return st;
    const pronoun = attributingPronoun(text, st);
    if (pronoun && (st.speaker === turn.speaker || !namedInReach(doc, turns, ti, st.speaker, st.start))) {
      const label = thirdPartyLabel(text, turn, st.start) ?? pronoun;
      moved = { turn: ti, from: st.speaker, label };
      return { ...st, speaker: null, speakerLabel: label, rule: "statement.transcript.third-party-pronoun" };
    }
    // An unattributed continuation of the quotation just moved ("“…” — I mean … “…”").
    if (moved && moved.turn === ti && moved.from === st.speaker && st.kind === "DIRECT" && /continuation|partial-in-report/.test(st.rule ?? ""))
      return { ...st, speaker: null, speakerLabel: moved.label, rule: "statement.transcript.third-party-pronoun" };
    return st;
  });
}

// "As you said, CLAUSE" / "CLAUSE, as you already stated, …": the words of the one spoken to; "As my
// colleague said at the start, CLAUSE": a third party the turn's speaker names by relation only.
const AS_WHO = /(^|,\s+)[Aa]s (you|(?:my|our) (?:\p{Ll}+\s+)?(?:colleagues?|counterparts?|predecessors?|friends?|partners?))\s+(?:have |has |had |also )?(?:already |just |rightly |correctly |yourself )?(said|stated|noted|mentioned|pointed out|emphasi[sz]ed|stressed|underlined|explained|put it)(?:\s+(?:earlier|before|yesterday|today|a (?:moment|minute) ago|at the (?:start|outset|top|beginning)))?,\s+/gu;
const PREDICATE_NEXT = /^(?:will|would|can|could|should|must|may|might|is|are|was|were|has|have|had|does|do|did)\b|^\p{Ll}+(?:ed|es)\b/u;
const LEAD = /^(?:(?:And|But|So|Yet|Well|Indeed|Now),?\s+)+/u;

/**
 * "As you said" in a turn that answers another named speaker reports that speaker's words (rule
 * statement.transcript.as-you-said); "as my colleague said" reports the colleague's, a labelled
 * anonymous speaker (rule statement.transcript.as-colleague-said). The clause is the rest of the
 * sentence after an opening "As you said," (up to a colon or semicolon), or the clause before an
 * inserted ", as you said,".
 */
export function addresseeReports(doc: Doc, turns: Turn[], statements: ExtractedStatement[]): ExtractedStatement[] {
  const text = doc.text;
  const out: ExtractedStatement[] = [];
  let si = 0;
  for (let ti = 0; ti < turns.length; ti++) {
    const turn = turns[ti];
    const prev = ti > 0 ? turns[ti - 1].speaker : null;
    const addressee = prev && prev !== turn.speaker ? prev : null;
    while (si < doc.sentences.length && doc.sentences[si].end <= turn.body) si++;
    // (A sentence running over a label belongs to both turns, so the scan restarts at it for the next.)
    for (let k = si; k < doc.sentences.length && doc.sentences[k].start < turn.end; k++) {
      const sent = doc.sentences[k];
      const from = Math.max(sent.start, turn.body);
      const whole = text.slice(from, Math.min(sent.end, turn.end));
      const lead = LEAD.exec(whole)?.[0].length ?? 0;
      const s = whole.slice(lead);
      AS_WHO.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = AS_WHO.exec(s))) {
        const you = m[2] === "you";
        if (you && !addressee) continue;
        let start: number;
        let end: number;
        if (!m[1]) {
          start = from + lead + m.index + m[0].length;
          const cut = /[:;]|\s[—–]\s/.exec(text.slice(start, sent.end));
          end = cut ? start + cut.index : Math.min(sent.end, turn.end);
        } else {
          start = from + lead;
          end = from + lead + m.index;
          // Only a whole clause before it: in "the bridge, as you said, will open" the predicate follows.
          if (/[,;:]/.test(text.slice(start, end)) || PREDICATE_NEXT.test(s.slice(m.index + m[0].length))) continue;
        }
        while (end > start && /[\s.!?,]/.test(text[end - 1])) end--;
        const words = text.slice(start, end).split(/\s+/).filter(Boolean).length;
        if (words < 3 || /[“”"]/.test(text.slice(start, end))) continue;
        if (statements.some((x) => x.start < end && start < x.end)) continue;
        out.push({
          start, end, text: text.slice(start, end), speaker: you ? addressee : null, speakerLabel: you ? null : m[2].replace(/\s+/g, " "), kind: "INDIRECT", verb: m[3],
          rule: you ? "statement.transcript.as-you-said" : "statement.transcript.as-colleague-said",
        });
      }
    }
  }
  return out;
}

// "one Republican said, “", "a woman told me: “", "a guy … and he goes like this: “": a third party the
// turn describes without a name, or the colloquial quotative "goes", right before the quotation.
const DESCRIBED_BEFORE = /(?:^|[\s—–(])((?:a|an|one|another|A|An|One|Another)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{L}[\p{L}-]*|he|she|He|She)\s+(said|says|told (?:me|us)|asked(?: me| us)?|wrote|goes(?: like this)?|went)\s*[,:]?\s*$/u;

/**
 * A quotation inside a turn that no rule attributed, said by someone the turn describes but does not
 * name ("I read one Republican said, “…”"), or by a "he"/"she" with the quotative "goes": rule
 * statement.transcript.described-quoter. Speaker null; the label is the description, or for a pronoun
 * the indefinite description the turn gave before it.
 */
export function describedQuoters(doc: Doc, turns: Turn[], statements: ExtractedStatement[]): ExtractedStatement[] {
  const text = doc.text;
  const out: ExtractedStatement[] = [];
  let ti = 0;
  for (const q of doc.quotes) {
    if (q.depth > 0) continue;
    while (ti < turns.length && turns[ti].end <= q.open) ti++;
    const turn = turns[ti];
    if (!turn || q.open < turn.body) continue;
    let start = q.start;
    let end = q.end;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end - start < 3 || statements.some((x) => x.start < q.end && q.start < x.end)) continue;
    const m = DESCRIBED_BEFORE.exec(text.slice(Math.max(turn.body, q.open - 90), q.open));
    if (!m) continue;
    const pronoun = /^(?:he|she)$/i.test(m[1]);
    // A pronoun counts only with "goes", which the reporting verbs leave out; "he said" is theirs.
    if (pronoun && !m[2].startsWith("go")) continue;
    const label = pronoun ? thirdPartyLabel(text, turn, q.open) : m[1];
    if (!label) continue;
    out.push({ start, end, text: text.slice(start, end), speaker: null, speakerLabel: label.replace(/\s+/g, " "), kind: "DIRECT", verb: m[2].split(" ")[0], rule: "statement.transcript.described-quoter" });
  }
  return out;
}
