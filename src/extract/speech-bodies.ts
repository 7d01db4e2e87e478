// A person's words to a body that sits, in the shapes news writes them and the older frames miss
// (engagement.hearing reads "testified before", engagement.address-to "an address to Congress from A",
// engagement.address-body the verb "addressed"): remarks and testimony as nouns, a speech owned by its
// speaker, "speaks before" a body, "testified to Congress", "congressional testimony" (rule
// engagement.speech-before-body):
// - "In remarks Thursday before the House Budget Committee, A said …" (the main clause's subject);
// - "A said in remarks Tuesday before the Lakeville Economic Club that …" (the reporting verb's subject);
// - "A said during separate remarks to Congress", "A said during congressional testimony this month";
// - "During his testimony before the Senate Armed Services Committee, A said …";
// - "President A's March 17, 1948, speech to Congress" (the possessor);
// - "A speaks Thursday before the Senate Committee on …", "A testified to Congress this week";
// - "As he addressed the House of Commons via video, A compared …" (the pronoun's referent follows);
// - "A told the Lakeville Economic Club that …", "She told the Senate Foreign Relations Committee …"
//   (the body the object of "told": the audience of a speech, where a person is what a teller tells).
// A speech to a body is a meeting with it (a video call when the phrase says video or virtual;
// talks with the body as the forum for an assembly of states: addressKind).
import { mentionsIn, type Mention, type Sentence } from "./doc.js";
import { guarded } from "./guarded-pattern.js";
import { addressKind, type FrameReader, LEGISLATURE } from "./news-frames.js";
import type { Span } from "./types.js";

const SPEECH = guarded(/(?<![\p{L}-])(remarks|testimony|speech|address|speaks|speak|spoke|speaking|testif(?:y|ies|ied|ying)|addressed|addressing)(?![\p{L}-])/gu);
const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
// Manner, medium and time between the speech and its "to"/"before": no new verb or object.
const GAP = new RegExp(String.raw`^(?:\s+(?:\p{Ll}+ly|again|also|live|today|yesterday|tonight|earlier|later|remotely|virtually|in\s+person|${WEEKDAY}|(?:this|last|next)\s+(?:week|month|morning|afternoon|evening)|on\s+${WEEKDAY}|(?:by|via|over|through|on)\s+(?:an?\s+)?(?:video(?:\s*link|conference)?|videolink|video-link|satellite|interpreter|translator)))*`, "u");
const PREP = /^\s+(to|before)\s+(?:(?:the|a|an)\s+)?(?:(?:packed|joint|special|full|extraordinary|virtual|plenary|closed-door|rare)\s+)*(?:(?:session|sitting|meeting)\s+of\s+(?:the\s+)?)?(?=\p{Lu})/u;
// Bodies heard by their name's last word: legislatures and their committees, and (after "before") the
// clubs and chambers that invite speakers ("the Lakeville Economic Club").
const HEARD_BODY = /\b(?:Committee|Subcommittee|Commission|Caucus)\b/;
const HOST_BODY = /\b(?:Club|Society|Chamber|Association|Institute|Institution)\b/;
// A gathering noun after a body: "remarks to the NATO summit" were to the body's summit.
const GATHERING_AFTER = /^\s+(?:summit|session|meeting|conference|ministerial|plenary)\b/;
// After "before" a body must end its phrase: "speaks before the Senate votes" is a time.
const BEFORE_END = new RegExp(String.raw`^(?:[’']s\s+\p{Ll}+\b(?<!\bs)|\s*(?:[,.;:)]|$)|\s+(?:on|in|at|about|regarding|that|this|last|and|for|to|with|during|after|when|where|as|${WEEKDAY})\b)`, "u");
// The noun owned by the person named right before: "A's March 17, 1948, speech".
const OWNER = /[’']s\s+(?:(?:[\p{Ll}-]+|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?(?:\s+\d{4},?)?)\s+){0,3}$/u;
// A leading phrase whose main clause's subject gave the speech: "In remarks …, A said", "During his testimony …, A".
const LEADING = /^(?:(?:And|But|Later|Earlier|Meanwhile),?\s+)?(?:In|During|At|Throughout)\s+(?:(?:his|her|their|a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;
// A leading clause of time with a pronoun subject: "As he addressed …, A compared", "Addressing …, A thanked".
const LEADING_CLAUSE = /^(?:(?:And|But|Later|Earlier|Meanwhile),?\s+)?(?:(?:As|When|While|After|Before)\s+(?:he|she)\s+(?:\p{Ll}+ly\s+)?|)$/u;
// In the clause of a reporting verb: "A said (of X) during separate remarks to …".
const IN_CLAUSE = /(?<![\p{L}])(said|says|told|tells|spoke|speaks|noted|notes|warned|warns|argued|stressed|added|explained|explains|acknowledged|insisted|pledged|vowed|reiterated|cautioned|signaled|signalled|indicated|emphasized|emphasised|urged|repeated|admitted|conceded)\b[^,;:“”"]{0,60}?\s(?:in|during|at)\s+(?:(?:his|her|their|a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,4}$/u;
const RELATIVE_CLAUSE = /,\s+who\s+[^,;:“”"]{1,100}?\s(?:in|during|at)\s+(?:(?:his|her|their|a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,4}$/u;
// "told the Committee", "tells the Lakeville Chamber of Commerce": a name right after the verb.
const TOLD_BODY = /(?<![\p{L}])(told|tells)\s+(?:the\s+)?(?=\p{Lu})/gu;
const VIDEO = /\b(?:video|videolink|virtual|virtually|remotely)\b/i;

interface SpeechSpan {
  cue: Span;
  /** Where the body's name starts, or -1 for "congressional testimony" (the text's Congress). */
  bodyAt: number;
  /** "told": the body is the verb's object (a sitting body or a host of speakers, like "before"). */
  prep: "to" | "before" | "told" | null;
  noun: boolean;
  /** The words from the cue to the body's start: a medium there names the kind. */
  phrase: Span;
}

/** The speeches to bodies in [start, end) of `text` that the older frames leave. */
function speechSpans(text: string, start: number, end: number): SpeechSpan[] {
  const s = text.slice(start, end);
  const out: SpeechSpan[] = [];
  if (!/remarks|testimony|speech|address|spoke|speak|testif|told|tells/.test(s)) return out;
  for (const m of SPEECH.matchAll(s)) {
    const w = m[1];
    const cs = start + m.index!;
    const after = s.slice(m.index! + w.length);
    const noun = /^(?:remarks|testimony|speech|address)$/.test(w);
    const congressional = /^(?:testimony|remarks)$/.test(w) && /\bcongressional\s+$/.test(s.slice(Math.max(0, m.index! - 16), m.index));
    const gap = GAP.exec(after)![0];
    const prep = PREP.exec(after.slice(gap.length));
    if (!prep) {
      if (congressional) out.push({ cue: { start: cs, end: cs + w.length }, bodyAt: -1, prep: null, noun, phrase: { start: cs, end: cs + w.length } });
      continue;
    }
    const p = prep[1] as "to" | "before";
    // The older frames' own shapes: "testified before" (engagement.hearing), "spoke … to", "an
    // address to" (engagement.address-to), "addressed X" (engagement.address-body, without "to").
    if (/^testif/.test(w) && p === "before") continue;
    if (/^(?:spoke|speaks|speak|speaking)$/.test(w) && p === "to") continue;
    if (/^address(?:ed|ing)$/.test(w)) continue;
    const bodyAt = cs + w.length + gap.length + prep[0].length;
    out.push({ cue: { start: cs, end: cs + w.length }, bodyAt, prep: p, noun, phrase: { start: cs, end: bodyAt } });
  }
  // "As he addressed the House of Commons via video, A compared": the verb with no "to".
  for (const m of s.matchAll(/(?<![\p{L}])(addressed|addressing)\s+(?:the\s+)?(?=\p{Lu})/gu)) {
    const cs = start + m.index!;
    out.push({ cue: { start: cs, end: cs + m[1].length }, bodyAt: cs + m[0].length, prep: null, noun: false, phrase: { start: cs, end: cs + m[0].length } });
  }
  // "A told the Lakeville Economic Club that …": the body told is the audience (bodyAt checks it is one).
  for (const m of s.matchAll(TOLD_BODY)) {
    const cs = start + m.index!;
    out.push({ cue: { start: cs, end: cs + m[1].length }, bodyAt: cs + m[0].length, prep: "told", noun: false, phrase: { start: cs, end: cs + m[0].length } });
  }
  return out;
}

/** The body a speech at `at` was given to, its name; null when it is no body that hears speakers. */
function bodyAt(r: FrameReader, sp: SpeechSpan, sent: Sentence): { name: string; gathering: boolean } | null {
  const text = r.doc.text;
  if (sp.bodyAt < 0) {
    // "congressional testimony": the text's Congress, when it names one.
    const c = r.doc.actors.find((a) => a.kind === "ORGANIZATION" && /(?:^|\s)Congress$/.test(a.name));
    return c ? { name: c.name, gathering: false } : null;
  }
  const ms = mentionsIn(r.doc, sp.bodyAt, Math.min(sent.end, sp.bodyAt + 90)).filter((x) => !x.inTitle);
  let x: Mention | undefined = ms[0];
  // "the German Bundestag": a state's demonym before the body's name.
  const demonym = x ? /^([\p{Lu}][\p{Ll}]+)\s+$/u.exec(text.slice(sp.bodyAt, x.start)) : null;
  if (!x || (x.start !== sp.bodyAt && !(demonym && r.demonyms.has(demonym[1])))) return null;
  // "the UK House of Commons", "Britain's Parliament": the state names the body after it.
  if (r.isCountry(r.nameOf(x)) && ms[1] && /^(?:[’']s)?\s+$/.test(text.slice(x.end, ms[1].start))) x = ms[1];
  const a = r.doc.actors[x.actor];
  if (a.kind !== "ORGANIZATION") return null;
  const name = r.nameOf(x);
  const surface = text.slice(x.start, x.end);
  const tail = text.slice(x.end, Math.min(sent.end, x.end + 40));
  const gathering = GATHERING_AFTER.test(tail);
  const heard = LEGISLATURE.test(name) || LEGISLATURE.test(surface) || HEARD_BODY.test(name) || HEARD_BODY.test(surface);
  if (sp.prep === "before" || sp.prep === "told") {
    if (!BEFORE_END.test(tail) && !gathering) return null;
    // "told USNI" is an interview with the institute's outlet: a body told is named as one where it is written.
    if (sp.prep === "told") return HEARD_BODY.test(surface) || HOST_BODY.test(surface) || LEGISLATURE.test(surface) || gathering ? { name, gathering } : null;
    return heard || gathering || HOST_BODY.test(name) ? { name, gathering } : null;
  }
  if (sp.prep === null && !heard) return null;
  return heard || gathering ? { name, gathering } : null;
}

/** Who gave the speech: a person, found by the shape of the phrase around the cue. */
function speakerOf(r: FrameReader, sp: SpeechSpan, sent: Sentence): string | null {
  const text = r.doc.text;
  const before = text.slice(sent.start, sp.cue.start);
  const person = (n: string | null) => (n && r.isPerson(n) ? n : null);
  if (!sp.noun) {
    // "As he addressed …, A compared", "Addressing …, A thanked": the main clause's subject.
    if (/^address/.test(text.slice(sp.cue.start, sp.cue.end))) return LEADING_CLAUSE.test(before) ? mainSubject(r, sp, sent) : null;
    const aux = /(?:\s+(?:has|have|had|will|would|shall|to|be|is|are|was|were|due|set|expected|scheduled|also|again|\p{Ll}+ly))*\s*$/u.exec(before);
    return person(r.subjectBefore(sp.cue.start - (aux ? aux[0].length : 0), sent.start));
  }
  // "President A's March 17, 1948, speech to Congress".
  const own = OWNER.exec(before);
  if (own) {
    const at = sent.start + own.index;
    const x = mentionsIn(r.doc, Math.max(sent.start, at - 80), at).pop();
    return x && x.end === at ? person(r.nameOf(x)) : null;
  }
  if (LEADING.test(before)) return mainSubject(r, sp, sent);
  const clause = IN_CLAUSE.exec(before);
  if (clause) return person(r.subjectBefore(sent.start + clause.index + clause[0].indexOf(clause[1]), sent.start));
  // "A, who did not ask again during virtual remarks to the NATO summit,": the relative's antecedent.
  const rel = RELATIVE_CLAUSE.exec(before);
  if (rel) return person(r.subjectBefore(sent.start + rel.index + rel[0].indexOf("who") + 3, sent.start));
  return null;
}

/** The subject of the main clause after the leading phrase's comma: a person named with at most a title before. */
function mainSubject(r: FrameReader, sp: SpeechSpan, sent: Sentence): string | null {
  const text = r.doc.text;
  const comma = text.indexOf(",", Math.max(sp.bodyAt, sp.cue.end));
  if (comma < 0 || comma >= sent.end) return null;
  const x = mentionsIn(r.doc, comma, Math.min(sent.end, comma + 90)).find((m) => !m.inTitle && r.isPerson(r.nameOf(m)));
  if (!x || !/^,\s+(?:(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*|of|for)\s+){0,8}$/u.test(text.slice(comma, x.start))) return null;
  // The subject's verb follows the name: "…, A said", not "…, A's aide said".
  if (!/^\s+(?:(?:also|then|later|\p{Ll}+ly)\s+)?\p{Ll}/u.test(text.slice(x.end, x.end + 30))) return null;
  return r.nameOf(x);
}

/** "In remarks before the Committee, A said", "A testified to Congress", "A's speech to Congress" (rule engagement.speech-before-body). */
export function readSpeechBodies(r: FrameReader, sent: Sentence): void {
  for (const sp of speechSpans(r.doc.text, sent.start, sent.end)) {
    const body = bodyAt(r, sp, sent);
    if (!body) continue;
    const speaker = speakerOf(r, sp, sent);
    if (!speaker || speaker === body.name) continue;
    // The medium may stand on either side of the body, within its clause: "addressed the House via video".
    const rest = r.doc.text.slice(sp.phrase.end, sent.end);
    const stop = /[,;:]/.exec(rest);
    const phrase = r.doc.text.slice(Math.max(sent.start, sp.phrase.start - 30), sp.phrase.end + Math.min(stop ? stop.index : rest.length, 80));
    const { kind, forum } = addressKind(body.name, VIDEO.test(phrase) ? "VIDEO_CALL" : "MEETING");
    r.emit(sent, [speaker, body.name], sp.cue, "engagement.speech-before-body", kind, forum ?? (body.gathering ? body.name : null));
  }
}
