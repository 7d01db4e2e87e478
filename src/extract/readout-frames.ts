// Frames of official readouts (White House, Kremlin, president.gov.ua) in which the parties of an
// engagement are not its cue's subject or object: the people who act together in the setting of a
// call or meeting ("A and B discussed … during a phone call"). Pure tests on the text around a cue;
// src/extract/engagements.ts decides with them which participants to emit (issue 11, readouts).
import type { Doc } from "./doc.js";
import { escapeRegExp } from "./regexp-escape.js";

// The setting of an act, right before the cue: "during a phone call", "in the course of the talks".
const SETTING_BEFORE = /\b(?:during|in the course of|over|at|in)\s+(?:a|an|the|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// "will take part in the talks", "participated in a meeting": the gathering is the verb's object, not a setting.
const PARTICIPATION_VERB = /\b(?:(?:take|takes|took|taking|taken)\s+part|participat\w*|involved|engaged|join\w*|attend\w*|succeed\w*|interest\w*|progress)\s+(?:in|at)\s+(?:a|an|the|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// Between the coordinated subjects and that setting: a verb and its object, no new clause.
const ACT_SPAN = /^[^;:!?]{1,200}$/u;
const CLAUSE_BREAK = /[,;:]\s+(?:and|but|while|as|which|who|whom|whose)\s|\b(?:that|which|who|whom|whose|because|although|whereas|after|before|when|while)\s/iu;
// A sentence opening with the setting: "During a phone call, A and B …", "In the course of the talks, …".
const LEADING_SETTING = /^(?:During|In the course of|Over|At|In)\s+(?:a|an|the|their)\s+(?:[\p{L}-]+\s+){0,2}$/u;
// From the end of the leading setting to its subject: at most a short phrase ("on Monday") and the comma.
const SETTING_TO_SUBJECT = /^[^,;:]{0,60},\s*(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,8}$/u;

/**
 * Whether the cue at `cs` is the setting of the act of the sentence's coordinated subjects:
 * "A and B discussed security during a phone call" (subjects from `subjAt`, before the cue)
 * or "During a phone call, A and B discussed …" (the setting opens the sentence).
 * `text` is the document, [sentStart, cs) the sentence up to the cue, `ce` the cue's end.
 */
export function jointSetting(text: string, sentStart: number, cs: number, ce: number, subjAt: number): boolean {
  const before = text.slice(sentStart, cs);
  if (subjAt < cs) {
    const near = text.slice(Math.max(sentStart, cs - 50), cs);
    if (!SETTING_BEFORE.test(near) || PARTICIPATION_VERB.test(near)) return false;
    const span = text.slice(subjAt, cs);
    return ACT_SPAN.test(span) && !CLAUSE_BREAK.test(span);
  }
  return LEADING_SETTING.test(before) && SETTING_TO_SUBJECT.test(text.slice(ce, subjAt));
}

// A release's own head named by title alone as the subject: "The President had a working meeting with …".
const HEAD_SUBJECT = /^The (?:President|Head of State)\s+(?!of\b|and\b|[\p{Lu}])/u;

/**
 * The person "The President" opening a sentence stands for when the text holds exactly one
 * president of a state (a president of a company, "President of Transneft A", is no head of state)
 * and the subject was resolved to someone else or to no one; null otherwise.
 */
export function soleHeadSubject(doc: Doc, sentence: string, resolved: string | null, isState: (name: string) => boolean): string | null {
  if (!HEAD_SUBJECT.test(sentence)) return null;
  const heads = doc.actors.filter((a) => a.kind === "PERSON" && a.role !== null && /\bPresident\b/.test(a.role) && !/\b(?:Vice|Deputy|Former|former|Acting)\b/.test(a.role) && a.affiliation !== null && isState(a.affiliation));
  // A head of state already resolved (the one last named, say) stands.
  if (heads.length !== 1 || (resolved !== null && heads.some((h) => h.name === resolved))) return null;
  return heads[0].name;
}

// "negotiations on the exchange of prisoners between A and B": a topic in lowercase words between a
// negotiation noun and its "between" phrase.
const TOPIC_THEN_BETWEEN = /^\s+(?:on|over|about|regarding|concerning)\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,6}?[\p{Ll}-]+(?=\s+between\s)/u;
const NEGOTIATION_NOUN = /^(?:talks|negotiations|consultations|dialogue)$/i;

/** The length of a topic phrase after a negotiation noun `cue` that stands before its "between" phrase (`after` the cue), or 0. */
export function topicBeforeBetween(cue: string, after: string): number {
  if (!NEGOTIATION_NOUN.test(cue)) return 0;
  return TOPIC_THEN_BETWEEN.exec(after)?.[0].length ?? 0;
}

// A medium set off by commas between an engagement noun and its "with": "held a working meeting,
// via videoconference, with A" (Kremlin style).
const MEDIUM_ASIDE = /^,\s+(?:via|by|over|through|in the format of|in)\s+(?:(?:a|an|the)\s+)?(?:video ?(?:conference|link|call)|videoconference|video|(?:tele)?phone|telephone|teleconference)(?:\s+(?:link|format|mode))?,(?=\s+with\s)/iu;

/** The length of a medium aside right after a cue, ", via videoconference," before "with" (`after` starts at the cue's end), or 0. */
export function mediumAside(after: string): number {
  return MEDIUM_ASIDE.exec(after)?.[0].length ?? 0;
}

/** Where the next cue after cue `ci` starts that lies at or after `from` (a cue inside an aside is skipped), else `end`. */
export function nextCueAfter(cues: readonly RegExpExecArray[], ci: number, sentStart: number, from: number, end: number): number {
  for (let k = ci + 1; k < cues.length; k++) if (sentStart + cues[k].index >= from) return sentStart + cues[k].index;
  return end;
}

// A head's title governing a state in a counterpart phrase: "with the President of Egypt", "with the
// Presidents of Poland and Lithuania", "the Crown Prince of the United Arab Emirates". The office holder
// is the counterpart, not the state; unnamed in the text, there is none (rule engagement.titled-counterpart).
const TITLE_OF = /\b(Presidents?|Prime Ministers?|Chancellors?|Kings?|Queens?|Crown Princes?|Emirs?|Premiers?|Heads? of (?:State|Government)|Vice Presidents?|Foreign Ministers?|Ministers? of Foreign Affairs|Secretar(?:y|ies) of State|Defen[cs]e Ministers?|Ministers? of Defen[cs]e)\s+of\s+(?:the\s+)?$/iu;
// Between two states governed by one plural title: "Poland and", "Estonia, Latvia and".
const STATE_LIST_GAP = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/u;

/** The singular of a title from TITLE_OF ("Presidents" → "President", "Heads of State" → "Head of State"). */
function singularTitle(t: string): string {
  return t.replace(/^Secretaries/i, "Secretary").replace(/^(\w+(?: \w+)?)s(?= of |$)/u, "$1").replace(/^Heads\b/i, "Head").replace(/^Ministers\b/i, "Minister");
}

/**
 * For each mention of `states` (in text order, all inside one counterpart phrase), the title that
 * governs it ("President"), when it is an office of that state rather than the state itself; else null.
 * A plural title reaches over a list: "the Presidents of Poland and Lithuania".
 */
export function headTitlesOver(text: string, states: readonly { start: number; end: number }[]): (string | null)[] {
  const out: (string | null)[] = [];
  for (let i = 0; i < states.length; i++) {
    const t = TITLE_OF.exec(text.slice(Math.max(0, states[i].start - 60), states[i].start));
    if (t) out.push(singularTitle(t[1]));
    else if (i > 0 && out[i - 1] !== null && STATE_LIST_GAP.test(text.slice(states[i - 1].end, states[i].start))) out.push(out[i - 1]);
    else out.push(null);
  }
  return out;
}

/** The one person of `actors` who holds `title` for `state` (no deputy or former holder), else null. */
export function titleHolder(actors: Doc["actors"], title: string, state: string): string | null {
  const re = new RegExp(`\\b${title}\\b`, "i");
  const holders = actors.filter((a) => a.kind === "PERSON" && a.affiliation === state && a.role !== null && re.test(a.role) && !/\b(?:Vice|Deputy|Former|former|Acting)\b/.test(title === "Vice President" ? "" : a.role));
  return holders.length === 1 ? holders[0].name : null;
}

// A body's head by title in a counterpart phrase: "talks with the President of the European Council",
// "met the Secretary General of NATO" (rule engagement.titled-counterpart, bodies).
const BODY_TITLE_OF = /\b(President|Secretary[- ]General|Director[- ]General|Chairman|Chairwoman|Chair|Chairperson|Managing Director|High Representative|Prosecutor)\s+of\s+(?:the\s+)?$/iu;

/**
 * The one person of `actors` whose role is the title governing the body mentioned at [start, end)
 * ("President of the European Council" → the person whose role reads so), else null.
 */
export function bodyHeadAt(text: string, actors: Doc["actors"], start: number, end: number): string | null {
  const t = BODY_TITLE_OF.exec(text.slice(Math.max(0, start - 40), start));
  if (!t) return null;
  const body = escapeRegExp(text.slice(start, end));
  const re = new RegExp(`\\b${t[1].replace(/[- ]/g, "[- ]")}\\s+of\\s+(?:the\\s+)?${body}\\b`, "iu");
  const holders = actors.filter((a) => a.kind === "PERSON" && a.role !== null && re.test(a.role) && !/\b(?:Vice|Deputy|Former|former|Acting)\b/.test(a.role));
  return holders.length === 1 ? holders[0].name : null;
}

// The parties of the engagement just reported as the subject of an agreement: "The leaders agreed",
// "Both sides", "It was agreed", "They agreed", "They looked forward to", "The two also committed", and the heads by their
// titles, "The President of Russia and the Federal Chancellor of Germany agreed" (rule
// engagement.agreement-backref).
// A head named by title and state: "the Federal Chancellor of Germany", "President of the Republic of Turkey".
const HEAD_BY_TITLE = String.raw`(?:[\p{Lu}][\p{Ll}]+\s+){0,2}(?:President|Prime Minister|Chancellor|King|Queen|Emir|Crown Prince|Premier)\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+){1,4}`;
const AGREEING = new RegExp(
  String.raw`^(?:[A-Z][^,]{0,100},\s+)?(?:` +
    String.raw`(?:[Tt]he|Both) (?:two )?(?:[Ll]eaders|[Pp]residents|[Ss]ides|[Pp]arties|[Mm]inisters|interlocutors|[Hh]eads of [Ss]tate)\b` +
    String.raw`|[Tt]he two\s+(?:also\s+|further\s+)?(?:agreed|committed|decided|resolved)\b` +
    String.raw`|It was (?:also )?agreed\b|[Tt]hey (?:also )?(?:agreed|look(?:ed)? forward to)\b` +
    String.raw`|[Tt]he\s+${HEAD_BY_TITLE}and\s+(?:the\s+)?${HEAD_BY_TITLE}(?:also\s+)?(?:agreed|decided|committed)\b())`,
  "u",
);

/**
 * Whether sentence `s` opens with the parties of the last engagement agreeing (see AGREEING):
 * "titles" when they are named as heads by title, "plural" for the other forms, else null.
 */
export function agreeingParties(s: string): "titles" | "plural" | null {
  const m = AGREEING.exec(s);
  return !m ? null : m[1] === undefined ? "plural" : "titles";
}

// Words before a negotiation noun that qualify it without naming a subject matter.
const NOT_A_TRACK = /^(?:further|new|more|regular|direct|additional|bilateral|trilateral|multilateral|high-level|top-level|formal|informal|detailed|substantive|follow-up|joint|in-depth|future|next|separate|periodic|annual|intensive|such|these|those|the|their|a|an|to|of|and|hold|holding|explore|launch|start|begin|open|pursue|continue|resume|establish|convene|have|had|possible|official|political|diplomatic|expert|working|initial|first|second|peace|more|close|closer|frank|constructive|productive|fruitful|maintain|keep|intensify|deepen|develop|expand|step|up|ongoing|continued|constant|permanent|active|sustained|meaningful|serious|good|broad|wide|comprehensive|regular|structured)$/;

/**
 * "agreed to explore strategic stability discussions", "… to launch arms control talks": a track of
 * talks named by its subject matter, in lowercase words right before the negotiation noun `cue`,
 * is held between the governments, not by the leaders who agreed on it (rule
 * engagement.agreement-backref). `before` is the text up to the cue.
 */
export function topicTrackBefore(before: string, cue: string): boolean {
  if (!/^(?:talks|negotiations|discussions|consultations|dialogue)$/i.test(cue)) return false;
  const words = /(?:^|\s)([\p{Ll}-]+)\s+([\p{Ll}-]+)\s+$/u.exec(before);
  return !!words && !NOT_A_TRACK.test(words[1]) && !NOT_A_TRACK.test(words[2]);
}
