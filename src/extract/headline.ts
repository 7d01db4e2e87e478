// Reported speech in a document's own headline ("Acme chief says prices will rise", "Roe: 'We will
// not back down'"): the statement sieves read the title as a document of one sentence, whose actors
// are the body's, and each statement's span indexes the title (part TITLE), not the body.
import type { Actor, Doc, Mention } from "./doc.js";
import { newDoc } from "./doc.js";
import { findQuotes } from "./quotes.js";
import type { KnownRule } from "./rules.js";
import { readStatements } from "./statements.js";
import { ROLE_NOUNS } from "./lexicon.js";
import { COMPANY_HEAD } from "./subject-np.js";
import type { ExtractedStatement } from "./types.js";

// A headline that asks ("Will Roe say yes?") reports nothing said.
const QUESTION = /\?\s*$/;
// A headline longer than a sentence is body text that the title guess took, or a teaser list.
const MAX_TITLE = 300;

export function headlineComponent(doc: Doc, title: string | null): void {
  if (!title || title.length > MAX_TITLE || QUESTION.test(title)) return;
  // The body opens with its own headline (a title guessed from the first line): its span is the title's.
  const found = headlineStatements(doc, title);
  if (found.length) doc.statements = [...doc.statements, ...found];
}

/** The title's statements, each speaker an actor of the body (or an anonymous group's label). */
export function headlineStatements(doc: Doc, title: string): ExtractedStatement[] {
  const head = newDoc(title, doc.name, doc.publishedAt, doc.budget);
  head.publisher = doc.publisher;
  head.sentences = [{ start: 0, end: title.length, paragraph: 0 }];
  head.quotes = findQuotes(title);
  const { actors, mentions } = bodyActorsIn(doc.actors, title);
  head.actors = actors;
  head.mentions = mentions;
  const speakers = new Set(actors.map((a) => a.name));
  const read = readStatements(head).map((st) => ({ ...st, speaker: st.speaker && speakers.has(st.speaker) ? st.speaker : st.speaker ? null : describedSpeaker(doc, st.speakerLabel) }));
  // The headline grammar first: it knows a headline's described subject ("Acme CEO says") as a person.
  const grammar = headlineGrammar(doc, head);
  const raw = [...grammar, ...read.filter((st) => (st.speaker || isGroupLabel(st.speakerLabel)) && !grammar.some((o) => o.start < st.end && st.start < o.end))].map(trimmed);
  const out: ExtractedStatement[] = [];
  for (const st of raw) {
    // A named speaker the body never names, or a description the body resolves to nobody: no statement.
    if (!st.speaker && !isGroupLabel(st.speakerLabel)) continue;
    if (st.kind === "DIRECT" && NAMED_PHRASE.test(title.slice(0, Math.max(0, st.start - 1)))) continue;
    // "'significantly higher prices,' says …": the comma before the closing mark is the headline's.
    let end = st.end;
    while (end > st.start && /[\s,;:]/.test(title[end - 1]!)) end--;
    const s: ExtractedStatement = { ...st, end, text: title.slice(st.start, end), speakerLabel: st.speaker ? null : st.speakerLabel, part: "TITLE", rule: headlineRule(st) };
    if (s.text.length >= 3 && !out.some((o) => o.kind === s.kind && o.start < s.end && s.start < o.end)) out.push(s);
  }
  return out.filter((s) => !shortenedFromBody(doc, s)).sort((a, b) => a.start - b.start);
}

/**
 * "Roe urges Lakeland to act and says: '…'": the reported words end before the second verb; "Roe
 * says the dam will hold. Residents are not so sure": and at the end of the first sentence, the
 * second being the headline writer's.
 */
function trimmed(st: ExtractedStatement): ExtractedStatement {
  if (st.kind !== "INDIRECT") return st;
  const cut = CLAUSE_END.exec(st.text) ?? SECOND_SENTENCE.exec(st.text);
  if (!cut) return st;
  const end = cut.index;
  return { ...st, end: st.start + end, text: st.text.slice(0, end) };
}

// A period, then a capitalised word, outside a quotation: the headline's second sentence.
const SECOND_SENTENCE = /(?<![A-Z])\.\s+(?=\p{Lu})(?![^'‘’"“”]*['’”"]\s*$)/u;

function headlineRule(st: ExtractedStatement): KnownRule {
  if (st.rule === "statement.headline.described-speaker") return st.rule;
  return st.kind === "DIRECT" ? "statement.headline.direct" : "statement.headline.indirect";
}

// Headline grammar the body's sieves do not read: a present-tense verb with no "that" ("Roe says
// prices will rise", "Roe urges Lakeland to act"), the verb after its clause ("Prices will rise,
// Roe warns", "…, says Roe"), and a colon before a quotation ("Roe on the vote: 'We lost'").
const HEAD_VERB = String.raw`(?:says?|warns?|signals?|insists?|predicts?|vows?|claims?|admits?|argues?|believes?|threatens?|urges?|calls?\s+on|tells?|calls)`;
const SUBJECT_FIRST = new RegExp(String.raw`^(?<subj>[^,:;'"‘’“”]{2,70}?)\s+(?<verb>${HEAD_VERB})\s+(?:that\s+)?(?<clause>\S.*)$`, "iu");
const SUBJECT_LAST = new RegExp(String.raw`^(?<clause>\S.{8,}?),?['’”"]?\s+(?<subj>[^,:;'"‘’“”]{2,70}?)\s+(?<verb>${HEAD_VERB})$`, "iu");
const VERB_THEN_SUBJECT = new RegExp(String.raw`^(?<clause>\S.{8,}?),['’”"]?\s+(?<verb>says|warns|claims|predicts|insists)\s+(?<subj>[^,:;'"‘’“”]{2,70})$`, "iu");
const COLON_QUOTE = /^(?<subj>[^:'"‘’“”]{2,70}?):\s*(?<rest>.*['’”"].*)$/u;
// A kicker before the headline proper ("Cost of living: Roe says …").
const KICKER = /^[^:'"‘’“”]{2,40}:\s+(?=\S)/u;
// Verbs whose object is the addressee and whose clause is a to-infinitive ("urges Lakeland to act"):
// the statement is the object and its infinitive, as the body's urges-to rule reports it.
const ADDRESSEE_VERB = /^(?:urges?|calls?\s+on)$/i;
const WARNED_OF = /^(?:\S+\s+){0,3}?(?:of|against|about|over)\s/iu;
const CLAUSE_END = /\s+and\s+(?:says?|warns?|adds?|tells?|urges?)\b.*$/iu;

function headlineGrammar(doc: Doc, head: Doc): ExtractedStatement[] {
  const title = head.text;
  const out: ExtractedStatement[] = [];
  const kicker = KICKER.exec(title);
  const from = kicker && !COLON_QUOTE.test(title.slice(kicker[0].length)) ? kicker[0].length : 0;
  const body = title.slice(from);
  const said = SUBJECT_FIRST.exec(body) ?? VERB_THEN_SUBJECT.exec(body) ?? SUBJECT_LAST.exec(body);
  if (said?.groups) {
    const g = said.groups;
    const subjAt = from + body.indexOf(g.subj!, g.clause && body.startsWith(g.clause!) ? g.clause!.length : 0);
    const who = subjectSpeaker(doc, head, subjAt, subjAt + g.subj!.length);
    const verb = g.verb!.toLowerCase();
    if (who) {
      const clauseAt = from + (body.startsWith(g.clause!) ? 0 : body.lastIndexOf(g.clause!));
      let clause = g.clause!.replace(CLAUSE_END, "");
      // "tells Lakeland 'the door is open'", "calls the plan 'a disgrace'": only the quotation is said.
      if (/^(?:tells?|calls)$/.test(verb)) clause = "";
      else if (!ADDRESSEE_VERB.test(verb) && !/^threatens?$/.test(verb) && /^to\s/.test(clause)) clause = "";
      // "warns Lakeland of arrests", "warns Freedonia against …": a warning's object and topic, no clause.
      if (/^warns?$/.test(verb) && WARNED_OF.test(clause)) clause = "";
      if (clause && !/[\p{L}\p{N}]/u.test(clause)) clause = "";
      if (clause) out.push({ ...who, kind: "INDIRECT", start: clauseAt, end: clauseAt + clause.length, text: title.slice(clauseAt, clauseAt + clause.length), verb: g.verb! });
      // The quotation inside the reported words, or after "tells X", is the speaker's own (three words or more).
      for (const q of head.quotes) if (q.start >= (clause ? clauseAt : subjAt) && !(q.start >= subjAt && q.end <= subjAt + g.subj!.length) && words(title.slice(q.start, q.end)) >= 3 && !NAMED_PHRASE.test(title.slice(0, q.open))) out.push({ ...who, kind: "DIRECT", start: q.start, end: q.end, text: title.slice(q.start, q.end), verb: g.verb! });
    }
    return out;
  }
  const colon = COLON_QUOTE.exec(title);
  if (colon?.groups) {
    const subj = colon.groups.subj!;
    // "Roe on the vote:", "Roe's warning on prices:": the person before the topic or the possessive.
    const core = subj.replace(/\s+on\s.*$/u, "").replace(/[’']s\s+\p{Ll}[^:]*$/u, "");
    const who = subjectSpeaker(doc, head, 0, core.length);
    if (who) for (const q of head.quotes) if (q.start > subj.length && words(title.slice(q.start, q.end)) >= 3) out.push({ ...who, kind: "DIRECT", start: q.start, end: q.end, text: title.slice(q.start, q.end), verb: null });
  }
  return out;
}

// "the mantra of 'growth at all costs'", "the so-called 'peace plan'": a phrase named, not words said.
const NAMED_PHRASE = /\b(?:mantra|slogan|motto|phrase|term|so-called|dubbed|titled|entitled)\s+(?:of\s+)?$/iu;

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

type Who = Pick<ExtractedStatement, "speaker" | "speakerLabel" | "rule">;

/** The speaker a headline's subject names: an actor of the body, a description of one, or a group's label. */
function subjectSpeaker(doc: Doc, head: Doc, start: number, end: number): Who | null {
  while (end > start && /[\s,]/.test(head.text[end - 1]!)) end--;
  const subj = head.text.slice(start, end);
  const whole = head.mentions.find((m) => m.start === start && m.end === end);
  if (whole) return { speaker: head.actors[whole.actor]!.name, speakerLabel: null, rule: "statement.headline.indirect" };
  if (isGroupLabel(subj)) return /^\p{Lu}/u.test(subj) && head.mentions.some((m) => m.start >= start && m.end <= end) ? null : { speaker: null, speakerLabel: subj, rule: "statement.headline.indirect" };
  const described = describedSpeaker(doc, subj);
  return described ? { speaker: described, speakerLabel: null, rule: "statement.headline.described-speaker" } : null;
}

// Words that end a plural group's label ("experts say", "sources say", "officials warn"): an
// anonymous group keeps its label as the body's statements do; a single described person must
// resolve to the body's actor.
const GROUP_HEAD = /(?:s|people|staff|police)$/i;
function isGroupLabel(label: string | null): boolean {
  if (!label) return false;
  const head = label.trim().split(/\s+/).pop() ?? "";
  return GROUP_HEAD.test(head) && !/(?:ss|us|is)$/i.test(head);
}

/**
 * The body's actors as the title names them: each name or alias written there, and a person's
 * surname alone ("Roe says" for the Jane Roe of the body), when no other person of the body has it.
 */
function bodyActorsIn(body: readonly Actor[], title: string): { actors: Actor[]; mentions: Mention[] } {
  const surnames = new Map<string, number>();
  for (const a of body) if (a.kind === "PERSON" && a.name.includes(" ")) surnames.set(surnameOf(a.name), (surnames.get(surnameOf(a.name)) ?? 0) + 1);
  const actors: Actor[] = [];
  const mentions: Mention[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && a < e);
  const spans = body.map((a) => {
    const names = [a.name, ...a.surfaces].filter((n) => n.length >= 2);
    if (a.kind === "PERSON" && a.name.includes(" ") && surnames.get(surnameOf(a.name)) === 1) names.push(surnameOf(a.name));
    return { a, names: [...new Set(names)].sort((x, y) => y.length - x.length) };
  });
  // Longer names first, so that "Jane Roe" is one mention and not a surname inside it.
  const all = spans.flatMap(({ a, names }) => names.map((n) => ({ a, n }))).sort((x, y) => y.n.length - x.n.length);
  const index = new Map<Actor, number>();
  for (const { a, n } of all) {
    for (const at of wordOccurrences(title, n)) {
      const end = at + n.length;
      if (!free(at, end)) continue;
      taken.push([at, end]);
      let i = index.get(a);
      if (i === undefined) {
        i = actors.length;
        index.set(a, i);
        actors.push({ ...a, mentions: [], surfaces: new Set(a.surfaces) });
      }
      const m: Mention = { start: at, end, actor: i, text: n, rule: "actor.surname", possessive: /^[’']s?(?![\p{L}])/u.test(title.slice(end, end + 2)) };
      actors[i]!.mentions.push(m);
      mentions.push(m);
    }
  }
  mentions.sort((x, y) => x.start - y.start);
  return { actors, mentions };
}

function surnameOf(name: string): string {
  return name.slice(name.lastIndexOf(" ") + 1);
}

/** Where `word` stands in `text` as a whole word (case kept: "Said" the name is no "said"). */
function wordOccurrences(text: string, word: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (isWordChar(text[at - 1]) || isWordChar(text[at + word.length])) continue;
    out.push(at);
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined) => !!ch && WORD_CHAR.test(ch);

// "Exxon CEO says", "analyst warns", "US natural gas producer says": the body's speaker the
// description's head noun is written beside, as in "Acme's chief executive Jane Roe said" or
// "Jane Roe, an analyst at Northbank, said". Only a speaker of the body's statements is taken.
const NEAR = 60;
// Heads of a body's description that its name ends with ("city council", "the ministry").
const BODY_HEAD = /^(?:council|ministry|department|government|office|agency|commission|committee|bank|fund|parliament)$/;
// Heads of a description of a speaker (a person's office or standing, a firm): "Times Square
// billboard urges …" describes no speaker.
const DESCRIBED_HEAD = new Set([...ROLE_NOUNS, ..."ceo cfo boss head leader member general president chairman chairwoman chair owner manager mp legislator".split(" ")]);

function describedSpeaker(doc: Doc, label: string | null): string | null {
  if (!label || isGroupLabel(label)) return null;
  // "deputy secretary general of NATO": the head noun stands before its "of".
  const head = label.trim().replace(/\s+(?:of|at|for|in)\s.*$/u, "").split(/\s+/).pop()!.toLowerCase();
  if (!DESCRIBED_HEAD.has(head) && !COMPANY_HEAD.test(head) && !BODY_HEAD.test(head)) return null;
  const speaking = new Set(doc.statements.map((s) => s.speaker).filter((s): s is string => !!s));
  const byRole = doc.actors.filter((a) => speaking.has(a.name) && a.role && new RegExp(`(?<![\\p{L}])${head}(?![\\p{L}])`, "iu").test(a.role));
  if (byRole.length === 1) return byRole[0]!.name;
  // "city council says": the body's speaking body whose name ends in that head ("Northgate City Council").
  const byName = doc.actors.filter((a) => a.kind !== "PERSON" && speaking.has(a.name) && a.name.toLowerCase().endsWith(` ${head}`));
  if (byName.length === 1) return byName[0]!.name;
  if (BODY_HEAD.test(head)) return null;
  const lower = doc.text.toLowerCase();
  for (const at of wordOccurrences(lower, head)) {
    const near = doc.mentions
      .filter((m) => m.end > at - NEAR && m.start < at + head.length + NEAR && speaking.has(doc.actors[m.actor]!.name))
      .filter((m) => !/[.!?]\s/.test(doc.text.slice(Math.min(m.end, at), Math.max(m.start, at + head.length))));
    const names = new Set(near.map((m) => doc.actors[m.actor]!.name));
    if (names.size === 1) return [...names][0]!;
    if (names.size > 1) return null;
  }
  return null;
}

const fold = (s: string) => s.toLowerCase().replace(/[’'`´]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/**
 * Whether the headline shortens a report the body gives the same speaker ("Roe urges Lakeland to
 * act" over "Roe urged Lakeland to act on the dam before the spring floods"): one statement, the
 * body's. The same words said again in the headline, or quoted there from a longer report, are a
 * statement of their own, as the annotation counts a claim at each report.
 */
function shortenedFromBody(doc: Doc, st: ExtractedStatement): boolean {
  const words = fold(st.text);
  return doc.statements.some((b) => {
    if (b.kind !== st.kind || b.speaker !== st.speaker || b.speakerLabel !== st.speakerLabel) return false;
    const body = fold(b.text);
    return body.length > words.length && body.includes(words);
  });
}
