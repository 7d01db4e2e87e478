// The turns of a transcript ("PRESIDENT ROE:  …", "Q  …", or a flattened "… Jane Roe: …"), read once
// per document. Several readers need them: who says "I" at a point (the pronoun resolver, the
// engagements' first-person subjects), and which quotations a turn's speaker reports from a third
// party (transcript-quotes.ts). One reading keeps them agreeing on where a turn starts and whose it is.
import { type Doc, speakerLabels } from "./doc.js";
import { firstIndex } from "./sorted.js";

export interface Turn {
  start: number;
  end: number;
  /** Where the turn's words begin, after its label. */
  body: number;
  /** The person the turn's label names ("PRESIDENT ROE:" -> Roe), or null ("Q", "THE PRESIDENT:"; the engagements read the latter's home president: home-president.ts). */
  speaker: string | null;
  /** Whether the label stands on a line of its own start (not a name inside flattened running text). */
  labelled: boolean;
}

// A turn opens at a line's start with "Q" or an upper-case label and a colon.
const TURN_LABEL = /^[ \t]*(?:Q(?=\s)|[A-Z][A-Z.’'-]*(?:[ \t]+[A-Z][A-Z.’'-]*){0,4}:)/gm;
// A title chain before an inline label: "President of the Republic of Uzbekistan Shavkat Mirziyoyev:".
// A state's name may hold "and" ("Member of the Presidency of Bosnia and Herzegovina Jane Roe:").
const INLINE_LABEL_LEAD = /(?:^|[.!?…”)]\s+|\n\s*)(?:(?:\p{Lu}[\p{L}.’'-]*|of|the|and)\s+){0,10}$/u;
// A note on the interpretation between the name and the colon: "Jane Roe(retranslated):", "Jane Roe (interpreted):".
const INLINE_LABEL_NOTE = /^\s?\((?:retranslated|interpreted|through an interpreter|via interpreter)\)(?=:)/;

const cache = new WeakMap<Doc, Turn[]>();

/**
 * The turns of the text in order: its labelled turns (two labels or more), else the turns of a
 * flattened transcript (two inline labels or more), else the one turn a single label opens, else
 * none. Read after the actors.
 */
export function turnsOf(doc: Doc): Turn[] {
  let turns = cache.get(doc);
  if (!turns) {
    const labelled = labelledTurns(doc);
    turns = labelled.length >= 2 ? labelled : inlineTurns(doc);
    if (!turns.length) turns = labelled;
    cache.set(doc, turns);
  }
  return turns;
}

/** The turn whose words run at `pos` (past its label), or null outside turns. */
export function turnAt(doc: Doc, pos: number): Turn | null {
  const turns = turnsOf(doc);
  const t = turns[firstIndex(turns, (x) => x.start < pos) - 1];
  return t && pos >= t.body && pos < t.end ? t : null;
}

/**
 * Where the words of a sentence opening at `pos` begin: past a turn's label standing there
 * ("MR. ROE: He spoke …"), since the label names who talks, never the subject of what is said.
 */
export function pastTurnLabel(doc: Doc, pos: number): number {
  const turns = turnsOf(doc);
  const t = turns[firstIndex(turns, (x) => x.start < pos + 1) - 1];
  return t && t.body > pos && !doc.text.slice(t.start, pos).trim() ? t.body : pos;
}

function labelledTurns(doc: Doc): Turn[] {
  const text = doc.text;
  const labels = speakerLabels(doc).map((m) => ({ start: m.start, name: doc.actors[m.actor].kind === "PERSON" ? doc.actors[m.actor].name : null }));
  const starts: Array<{ start: number; labelEnd: number }> = [];
  TURN_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TURN_LABEL.exec(text))) starts.push({ start: m.index, labelEnd: m.index + m[0].length });
  let li = 0;
  return starts.map((s, i) => {
    while (li < labels.length && labels[li].start < s.start) li++;
    const label = li < labels.length && labels[li].start < s.labelEnd ? labels[li] : null;
    return { start: s.start, end: i + 1 < starts.length ? starts[i + 1].start : text.length, body: s.labelEnd, speaker: label?.name ?? null, labelled: true };
  });
}

// Turns whose labels are a person's name in running text, as some transcripts are flattened
// ("… warm reception. Shavkat Mirziyoyev: Thank you very much."): a known person right before a colon
// at a sentence's start.
function inlineTurns(doc: Doc): Turn[] {
  const text = doc.text;
  const starts: Array<{ start: number; body: number; speaker: string }> = [];
  for (const m of doc.mentions) {
    const a = doc.actors[m.actor];
    if (a.kind !== "PERSON") continue;
    const colon = m.end + (INLINE_LABEL_NOTE.exec(text.slice(m.end, m.end + 40))?.[0].length ?? 0);
    if (text[colon] !== ":" || !/\s/.test(text[colon + 1] ?? "")) continue;
    if (!INLINE_LABEL_LEAD.test(text.slice(Math.max(0, m.start - 110), m.start))) continue;
    starts.push({ start: m.start, body: colon + 1, speaker: a.name });
  }
  if (starts.length < 2) return [];
  return starts.map((s, i) => ({ ...s, end: i + 1 < starts.length ? starts[i + 1].start : text.length, labelled: false }));
}
