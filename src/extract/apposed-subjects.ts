// People coordinated as a subject, each set off with a title or description, before a verb of
// meeting (issue 11, unseen news and readouts): "Russian Foreign Minister, Sergey Lavrov, and his
// Ukrainian counterpart, Dmitry Kuleba, met on the sidelines of …", "President of the United States
// of America, Jane Roe, and Prime Minister of Japan, John Doe, met in Tokyo" (rule
// engagement.apposed-subjects). The subject resolver reads a coordination of bare names or titled
// names; commas around each name left these with no subject. The functions here find the verb and
// check the words around the names; news-frames.ts names the people.
import type { Span } from "./types.js";

// A verb of meeting with no counterpart of its own after it.
// ("spoke", "talked" alone may be to an audience: "A, the mayor, and B spoke at the rally".)
const MUTUAL = /(?<![\p{L}])(met|sat\s+down|shook\s+hands|held\s+(?:(?:a|an|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:talks|meeting|phone\s+call|call|conversation))(?![\p{L}])(?!\s+(?:with|to|by)\b)/gu;
// What may open the clause before the subject: a date or a leading adverbial closed by a comma.
const LEAD = /^(?:(?:On|In)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:,?\s+\d{4})?|\p{Lu}\p{Ll}+day)\s*,?\s+|(?:On|In|Earlier|Later|Last|This|Yesterday|Today|Meanwhile)\b[^,]{0,40},\s+)?/u;
// The words a subject of titled names may hold besides the names: titles, descriptions, "and".
const SUBJECT_WORD = /^(?:[\p{Lu}][\p{L}.’'-]*|of|the|and|his|her|their|its|counterparts?|[\p{Ll}]+-general|ministers?|president|chancellor|secretary|leader|premier|prime|foreign|defen[cs]e|deputy|vice|chief|head|top|envoy|ambassador|diplomat|[,–—-])$/u;

export interface ApposedVerb {
  /** The verb of meeting. */
  cue: Span;
  /** Where the subject may start (after a leading date or adverbial) and where it ends (the verb). */
  subject: Span;
}

/** Verbs of meeting in the sentence [start, end) of `text` whose subject has commas in it. */
export function apposedVerbs(text: string, start: number, end: number): ApposedVerb[] {
  const s = text.slice(start, end);
  const out: ApposedVerb[] = [];
  // Most sentences hold no verb of meeting: a plain search first.
  if (!/\b(?:met|sat down|shook hands|held)\b/.test(s) || !/,/.test(s)) return out;
  const lead = LEAD.exec(s)![0].length;
  for (const m of s.matchAll(MUTUAL)) {
    const phrase = s.slice(lead, m.index);
    if (!/,/.test(phrase) || !/\band\b/.test(phrase)) continue;
    out.push({ cue: { start: start + m.index!, end: start + m.index! + m[1].length }, subject: { start: start + lead, end: start + m.index! } });
    break;
  }
  return out;
}

/** Whether what is left of a subject once its names are cut out is only titles, descriptions and joins. */
export function onlyTitleWords(rest: string): boolean {
  return rest
    .replace(/([,–—])/g, " $1 ")
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => SUBJECT_WORD.test(w));
}
