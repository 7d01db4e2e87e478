// "A discussed with B …", "A and B discussed …": named actors who discussed something together
// had an encounter whose medium the text leaves open (a call, kind CALL, as the guideline has it
// for "spoke with"). A readout usually reports the encounter itself first ("held a phone
// conversation with B") and then what was discussed, so a discussion is read last, over the
// whole document, and counts only where no engagement between the same parties was found.
import { anchoredDay, findDateText, resolveDate } from "./dates.js";
import { type Doc, type Mention, mentionsIn } from "./doc.js";
import { guarded } from "./guarded-pattern.js";
import { agrees } from "./person-gender.js";
import type { ExtractedEngagement } from "./types.js";

/** The past tense only: "will discuss" and "did not discuss" report no encounter held. */
const DISCUSSED = guarded(/(?<![\p{L}])(?:(?:has|have|had)\s+)?discussed(?![\p{L}])/gu);
/** Words a subject noun phrase of names and titles may hold besides capitalised words. */
const SUBJECT_WORDS = /^(?:the|of|and|for|on|to|also|further|then|additionally|separately)$/;
/** "… and discussed", "… and then also discussed": the verb coordinated with one before it. */
const COORDINATED_VERB = /(?:^|\s)and(?:\s+(?:also|then|further|additionally|separately))*\s+$/;
/** Connectors inside a counterpart's title ("President of the Republic of Poland Jane Roe"). */
const TITLE_CONNECTOR = /^(?:of|the|for|on|and|to)$/;

/**
 * The engagements discussions report between parties no engagement of `found` already joins;
 * `hint` is the year another full date of the text gives (dates.ts `yearHint`).
 */
export function addDiscussions(doc: Doc, found: ExtractedEngagement[], hint: { year: number; month: number } | null): void {
  const text = doc.text;
  const added: ExtractedEngagement[] = [];
  for (const sent of doc.sentences) {
    const s = text.slice(sent.start, sent.end);
    if (!s.includes("discussed")) continue;
    DISCUSSED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DISCUSSED.exec(s))) {
      const at = sent.start + m.index;
      const end = at + m[0].length;
      const subjects = subjectParties(doc, sent.start, at);
      if (!subjects.length) continue;
      let withM: { 0: string; index: number } | null = /^\s+with\s+/.exec(text.slice(end, end + 8));
      // "A discussed the security situation with B" (rule engagement.discussed-topic-with).
      const topic = withM ? null : topicWith(text.slice(end, Math.min(sent.end, end + TOPIC_REACH)));
      if (topic) withM = topic;
      const counterparts = withM ? counterpartParties(doc, end + withM.index + withM[0].length, sent.end) : [];
      // Across a topic, people on both sides: "discussed cooperation with Lakeland" may name the topic's partner.
      if (topic && (!counterparts.every((n) => doc.actors.find((a) => a.name === n)?.kind === "PERSON") || !subjects.every((n) => doc.actors.find((a) => a.name === n)?.kind === "PERSON"))) continue;
      const parties = [...new Set([...subjects, ...counterparts])];
      // Without "with" the subject must name both sides ("A and B discussed").
      if (parties.length < 2 || (!withM && subjects.length < 2) || (withM && !counterparts.length)) continue;
      if ([...found, ...added].some((e) => sameParties(e.participants, parties))) continue;
      // "During a meeting in Kyiv, A and B discussed": the sentence may say how they met.
      const kind = /\b(?:meeting|met|talks|visit|summit)\b/i.test(s) ? "MEETING" : "CALL";
      // The date of the sentence nearest the verb ("On Monday, A and B discussed …").
      const dt = findDateText(text, sent.start, sent.end, at);
      const date = dt ? resolveDate(dt.text, { yearHint: hint }) : null;
      const day = dt ? anchoredDay(dt.text, { publishedAt: doc.publishedAt, held: true }) : null;
      added.push({ kind, participants: parties, status: "HELD", dateText: dt?.text ?? null, date, day, count: 1, forum: null, start: sent.start, end: sent.end, rule: topic ? "engagement.discussed-topic-with" : "engagement.discussed-with" });
    }
  }
  if (!added.length) return;
  found.push(...added);
  found.sort((a, b) => a.start - b.start);
}

/** How far after "discussed" the "with" of a topic may stand. */
const TOPIC_REACH = 200;
/**
 * The "with" after a topic ("the security situation and the strategy with "): no clause break, quotation
 * or bracket before it, no content clause ("that", "how"), no second verb ("and agreed with"), and no
 * engagement or relation noun right before it, which the "with" would belong to ("the results of the talks with").
 */
function topicWith(after: string): { 0: string; index: number } | null {
  const m = /^\s+((?:(?!with\b)[^\s,;:!?.“”"()\[\]]+\s+){1,24}?)with\s+/u.exec(after);
  if (!m) return null;
  const words = m[1];
  if (/^(?:with|that|how|whether|what|when|where|why|who|which|it|them|him|her|this|these|those)\b/i.test(words)) return null;
  if (/\b(?:that|which|who|whom|whose|how|whether|and\s+\p{Ll}+ed|but|while|as|after|before|during|together|along|in\s+line|in\s+accordance|in\s+connection|compared|associated|connected|related|cooperation|relations|ties|partnership|contacts?|meetings?|talks|conversations?|calls?|negotiations?|consultations|visits?|agreements?|dialogue|trade)\s+$/iu.test(words)) return null;
  if (/\b(?:that|which|who|how|whether|but)\b/i.test(words)) return null;
  return { 0: m[0].slice(m[0].lastIndexOf("with")), index: m[0].lastIndexOf("with") - 1 };
}

/** Whether an engagement's participants take in both sides of a discussion (or as good as: Jaccard ≥ 0.5). */
function sameParties(a: readonly string[], b: readonly string[]): boolean {
  const common = b.filter((p) => a.includes(p)).length;
  return common === b.length || common / (a.length + b.length - common) >= 0.5;
}

/** Mentions that name a party: not inside another's title, nor a possessor or an "of Country" affiliation. */
const party = (m: Mention) => !m.inTitle && !m.possessive && !m.ofAffiliation && !m.modifier;

/**
 * The named parties of the subject right before the verb at `verb`: a noun phrase of names and
 * titles, or a list of them ("President A, President B and President C discussed").
 */
function subjectParties(doc: Doc, sentStart: number, verb: number): string[] {
  const text = doc.text;
  const words = [...text.slice(sentStart, verb).matchAll(/\S+/g)];
  // "A reaffirmed the ties between B and C and discussed …": an "and" right before the verb joins
  // it to an earlier verb of the same subject; the names before that "and" are no subject.
  if (COORDINATED_VERB.test(text.slice(Math.max(sentStart, verb - 40), verb))) return [];
  let k = words.length;
  while (k > 0) {
    const w = words[k - 1][0];
    const bare = w.replace(/,$/, "");
    if (!/^[\p{Lu}\p{N}]/u.test(bare) && !SUBJECT_WORDS.test(bare.toLowerCase())) break;
    // A comma closes the phrase unless a list of names goes on before it.
    if (w.endsWith(",") && !(k < words.length && /^\p{Lu}/u.test(words[k][0]) && k >= 2 && /^\p{Lu}/u.test(bare))) break;
    k--;
  }
  if (k === words.length) return reportedPronounSubject(doc, sentStart, verb);
  const from = sentStart + words[k].index!;
  // A quotation, or the leaders named by their states ("The Presidents of A, B and C also
  // discussed"), which refers back to their meeting rather than naming its parties.
  if (/[“"”]/.test(text.slice(from, verb)) || /\b\p{Lu}\p{Ll}+s\s+of\s/u.test(text.slice(from, verb))) return [];
  return names(doc, mentionsIn(doc, from, verb).filter(party));
}

// "A said that he had discussed …": the pronoun subject of the content clause is the reporting verb's person.
const REPORTED_PRONOUN = /^\s+(?:also\s+)?(?:said|says|noted|stated|added|recalled|reported)\s+that\s+(he|she)\s+(?:(?:has|had)\s+)?$/;
// A list of counterparts with their titles, commas between and "and" before the last:
// "French President A, German Chancellor B and US President C".
const TITLED_LIST = /^\s*(?:\p{Lu}[^\s,.;:]*|of|the|for|on|to)(?:(?:\s+|,\s+)(?:\p{Lu}[^\s,.;:]*|of|the|for|on|to|and))*/u;

/** The person whose report a pronoun subject right before the verb stands in (rule engagement.discussed-topic-with). */
function reportedPronounSubject(doc: Doc, sentStart: number, verb: number): string[] {
  const ms = mentionsIn(doc, sentStart, verb).filter(party);
  const last = ms[ms.length - 1];
  const said = last ? REPORTED_PRONOUN.exec(doc.text.slice(last.end, verb)) : null;
  if (!said || doc.actors[last.actor].kind !== "PERSON" || !agrees(doc, doc.actors[last.actor], said[1], new Map())) return [];
  return [doc.actors[last.actor].name];
}

/** The named parties of the counterpart phrase from `from`: capitalised words and title connectors. */
function counterpartParties(doc: Doc, from: number, limit: number): string[] {
  const text = doc.text;
  // A titled list ("A, B and C") runs over its commas; it ends before a lowercase word.
  const list = TITLED_LIST.exec(text.slice(from, limit));
  if (list && /,\s/.test(list[0]) && /\sand\s+\p{Lu}/u.test(list[0])) return names(doc, mentionsIn(doc, from, from + list[0].length).filter(party));
  const re = /\S+/g;
  re.lastIndex = from;
  let end = from;
  let w: RegExpExecArray | null;
  while ((w = re.exec(text)) && w.index < limit) {
    const word = w[0].replace(/[,.;:]+$/, "");
    const capital = /^[\p{Lu}]/u.test(word);
    // A connector belongs to a title only before a capitalised word or another connector ("… of
    // the Netherlands Mark Rutte", "Adviser to the Prime Minister").
    const next = /^\s+(\S+)/.exec(text.slice(w.index + w[0].length, w.index + w[0].length + 12))?.[1] ?? "";
    if (!capital && !(TITLE_CONNECTOR.test(word) && (/^\p{Lu}/u.test(next) || TITLE_CONNECTOR.test(next)))) break;
    end = w.index + word.length;
    if (word !== w[0]) break;
  }
  return names(doc, mentionsIn(doc, from, end).filter(party));
}

/**
 * The people among the mentions, or else the bodies and states named as heads of the phrase:
 * "President of Poland Jane Roe" is Jane Roe, and "the Deputy Head of the Office" names no one.
 */
function names(doc: Doc, ms: Mention[]): string[] {
  const people = ms.filter((m) => doc.actors[m.actor].kind === "PERSON");
  const heads = ms.filter((m) => !/\b(?:of|to|for)\s+(?:the\s+)?$/.test(doc.text.slice(Math.max(0, m.start - 12), m.start)));
  return [...new Set((people.length ? people : heads).map((m) => doc.actors[m.actor].name))];
}
