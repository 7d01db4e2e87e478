// A grouping's summit that the two parties of a readout prepare or plan together: "They worked
// together on preparations ahead of the upcoming Acme Summit", "spoke with B to discuss preparations
// for the Acme Summit", "confirmed plans for an in-person Acme Leaders Summit", "They took pride in the
// achievements of the Acme Leaders’ Summit held today" (rule engagement.summit-plans). Both leaders
// meet at that summit with the grouping (dev gold: a planned meeting of the pair and the grouping,
// its forum). A summit that only sets where they met ("on the margins of the Acme Summit") is not
// one: the lead must be a word of preparing, planning or taking stock. Read after every sentence,
// so that the pair's own call or meeting, reported in the same sentence or before, is known.
import { anchoredDay, findDateText, resolveDate } from "./dates.js";
import { type Doc, lastMentionIn, mentionsIn, sentenceAt } from "./doc.js";
import type { EngagementStatus, ExtractedEngagement } from "./types.js";

const SUMMIT = /(?<![\p{L}-])[Ss]ummit(?![\p{L}-])/gu;
// The level words between a grouping's name and "Summit": "Quad Leaders’ Summit", "Acme Heads of State Summit".
const LEVEL = /^\s+(?:(?:Leaders[’']?|leaders[’']?|Heads|of|State|Government)\s+){0,4}$/;
// Before the grouping's name: a summit to come that the pair prepares or plans.
const AHEAD = /\b(?:(?:[Pp]reparations?|[Pp]lans?|[Pp]reparing)\s+(?:for|ahead\s+of)\s+(?:the|an?)\s+(?:(?:upcoming|forthcoming|next|in-person|annual)\s+)*|(?:the|an?)\s+(?:upcoming|forthcoming)\s+)$/u;
// Before it: what a summit just held achieved, with "held" after the name.
const STOCK = /\b(?:achievements|outcomes?|results|success)\s+of\s+the\s+(?:[\p{L}\d-]+\s+)?$/u;
const HELD_AFTER = /^(?:\s+\d{4})?\s+(?:(?:that|which)\s+(?:was\s+)?)?held\b/;
// Who goes to a summit: heads of state or government ("Adviser to the Prime Minister" goes to none).
const LEADER = /^(?:President|Prime Minister|Chancellor|Federal Chancellor|King|Queen|Emir|Amir|Crown Prince|Premier|Sultan)\b/;
// How many sentences before the summit's the pair's engagement may be reported.
const REACH = 12;

/** The planned (or just held) summit meetings of the readout's pair with the grouping. */
export function addSummitPlans(doc: Doc, found: ExtractedEngagement[], hint: { year: number; month: number } | null): void {
  const { text } = doc;
  const added: ExtractedEngagement[] = [];
  for (const sent of doc.sentences) {
    const s = text.slice(sent.start, sent.end);
    if (!/ummit/.test(s)) continue;
    for (const m of s.matchAll(SUMMIT)) {
      const at = sent.start + m.index!;
      const body = lastMentionIn(doc, Math.max(sent.start, at - 60), at, (x) => !x.inTitle && !x.possessive);
      if (!body || doc.actors[body.actor].kind !== "ORGANIZATION" || !LEVEL.test(text.slice(body.end, at))) continue;
      const lead = text.slice(Math.max(sent.start, body.start - 90), body.start);
      const ahead = AHEAD.test(lead);
      if (!ahead && !(STOCK.test(lead) && HELD_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 30)))) continue;
      if (inQuote(doc, at)) continue;
      const pair = readoutPair(doc, found, sent.end, sentenceAt(doc, sent.start));
      if (!pair) continue;
      // Someone else the sentence names before the summit prepares it, not the pair.
      const people = mentionsIn(doc, sent.start, body.start).filter((x) => !x.inTitle && doc.actors[x.actor].kind === "PERSON");
      if (people.some((x) => !pair.includes(doc.actors[x.actor].name))) continue;
      const forum = doc.actors[body.actor].name;
      const parties = [...pair, forum];
      if ([...found, ...added].some((e) => e.participants.length === parties.length && parties.every((p) => e.participants.includes(p)))) continue;
      const status: EngagementStatus = ahead ? "PLANNED" : "HELD";
      const dt = findDateText(text, at, sent.end, at);
      const date = dt ? resolveDate(dt.text, { yearHint: hint }) : null;
      const day = dt ? anchoredDay(dt.text, { publishedAt: doc.publishedAt, held: !ahead }) : null;
      added.push({ kind: "MEETING", participants: parties, status, dateText: dt?.text ?? null, date, day, count: 1, forum, start: sent.start, end: sent.end, rule: "engagement.summit-plans" });
    }
  }
  if (!added.length) return;
  found.push(...added);
  found.sort((a, b) => a.start - b.start);
}

/**
 * The two leaders of the latest engagement held between exactly two, reported in the sentence
 * ending at `end` or up to REACH sentences before it (sentence index `si`), and no later engagement
 * of others since.
 */
function readoutPair(doc: Doc, found: ExtractedEngagement[], end: number, si: number): string[] | null {
  const from = doc.sentences[Math.max(0, si - REACH)].start;
  let last: ExtractedEngagement | undefined;
  for (const e of found) if (e.start >= from && e.start < end) last = e;
  if (!last || last.status !== "HELD" || last.participants.length !== 2) return null;
  const leader = (n: string) => {
    const a = doc.actors.find((x) => x.name === n);
    return a?.kind === "PERSON" && LEADER.test(a.role ?? "");
  };
  return last.participants.every(leader) ? last.participants : null;
}

function inQuote(doc: Doc, pos: number): boolean {
  return doc.quotes.some((q) => q.start <= pos && pos < q.end);
}
