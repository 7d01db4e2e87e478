// Other people's words quoted in someone's remarks ("My dad used to say, “…”", "As President Roe put
// it, and I quote, “…”", "one of the moms said, “…”", "The Court says, quote, “…”"). Speeches and
// transcripts are the speaker's first-person text, so their own words are no statements, but the
// guideline gives a quotation to whoever it is attributed to: the person the remarks name, or the
// description they give of an unnamed one (a relative, "a 12-year-old girl"). The subject reading of
// the statements component needs a reporting verb right before the quotation; spoken remarks put
// habitual and colloquial forms there ("would say", "used to say", "’d yell", "put it") and the
// spoken quotation marker ("and I quote,"), which no reporting-verb rule reads.
import { type Doc, lastMentionIn, sentenceAt } from "./doc.js";
import { roleAntecedent } from "./subject-np.js";
import type { ExtractedStatement } from "./types.js";

// A verb of saying, with the habitual and colloquial forms remarks use.
const VERB =
  "(?:(?:would|will|’d|'d|used\\s+to|loved\\s+to|likes?\\s+to|liked\\s+to|always|often|once|just|then|also|later|still|actually|even)\\s+){0,3}" +
  "(?:said|says|say|told|tells|tell|wrote|writes|write|asked|asks|ask|yelled|yells|yell|shouted|shouts|shout|replied|whispered|texted|declared|put\\s+it|puts\\s+it)";
// What may follow the verb before the quotation: who was told, what was written, a participle of
// saying, and the spoken marker "quote".
const AFTER_VERB =
  "(?:\\s+(?:best|well|simply|plainly|bluntly|beautifully|this\\s+way))?(?:\\s+(?:in|at)\\s+(?:his|her|their|the|a|that|this)\\s+(?:\\p{Ll}+\\s+){0,2}?(?:opinion|dissent|ruling|decision|letter|book|memoir|speech|address|remarks|statement|sermon|note|poem|essay|column|testimony))?(?:\\s+(?:me|us|him|her|them|to\\s+me|to\\s+us))?(?:\\s+(?:a|this|the)\\s+(?:\\p{Ll}+\\s+)?(?:letter|note|message|card|text|email))?" +
  "(?:,?\\s+(?:and\\s+said|saying|and\\s+asked|asking))?(?:,?\\s+(?:and\\s+)?(?:I\\s+)?quote)?\\s*[,:—–]?\\s*$";

// Kin and people one is close to, after "my", "our", "his", "her", "their".
const KIN =
  "dad|father|mom|mother|mum|grandfather|grandmother|grandpa|grandma|granddad|pop|brother|sister|son|daughter|husband|wife|uncle|aunt|friend|granddaughter|grandson|colleague|predecessor|mentor|coach|teacher|boss|pastor|priest|parents|kids|children|family";
// Nouns only people are, singular and plural, heading an indefinite description ("a young nurse").
const PEOPLE =
  "guy|guys|man|men|woman|women|girl|girls|boy|boys|kid|kids|child|children|mother|mothers|mom|moms|father|fathers|dad|dads|parent|parents|lady|ladies|gentleman|fellow|person|people|folks|soldier|soldiers|nurse|nurses|doctor|doctors|teacher|teachers|worker|workers|veteran|veterans|student|students|officer|officers|firefighter|firefighters|farmer|farmers|survivor|survivors|family|families|neighbou?r|neighbou?rs|friend|friends|constituent|constituents|voter|voters|\\d{1,3}-year-old";

// "my dad", "our friend Jane Roe", "my husband, President Roe,".
const RELATIVE = `(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:(?:late|dear|old|own|beloved|dear\\s+old|eldest|youngest|little|best|good)\\s+)?(?:${KIN}|${KIN.replace(/(^|\|)(\w)/g, (_m, bar: string, c: string) => bar + c.toUpperCase())})(?:,?\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}\\p{Lu}[\\p{L}’'-]+,?)?`;
// "a 12-year-old girl", "one of the moms", "thousands of teachers", "another young woman".
const INDEFINITE = `(?:[Aa]n?|[Oo]ne|[Aa]nother|(?:[Oo]ne|[Ss]ome|[Mm]any|[Mm]ost)\\s+of\\s+(?:the|my|our|those|these|them|us)|[Tt]housands\\s+of|[Hh]undreds\\s+of|[Dd]ozens\\s+of)\\s+(?:[\\p{Ll}\\d][\\p{L}\\d’'-]*\\s+){0,3}?(?:${PEOPLE})`;

// (Not an object: "a letter to his family, Evan wrote".)
const DESCRIBED_BEFORE = new RegExp(`(?:^|[\\s—–(,;:])(?<!\\b(?:to|for|with|from|of|by|at|on|about|than|like)\\s+)(${RELATIVE}|${INDEFINITE})\\s+(${VERB})${AFTER_VERB}`, "u");
// A named or definite subject, found from the end of the text before the verb.
const VERB_BEFORE = new RegExp(`(?:^|[\\s,])(?:[Aa]s\\s+)?(${VERB})${AFTER_VERB}`, "u");
// A he/she with a habitual verb ("he’d yell", "she would say", "he used to say"): the relative or
// person the story has just described.
const HABITUAL_PRONOUN = /(?:^|[\s—–(,;:])([Hh]e|[Ss]he)(?:[’']d|\s+would|\s+used\s+to|\s+always|\s+loved\s+to)\s+(?:\p{Ll}+\s+)?(?:say|said|yell|shout|tell\s+(?:me|us)|ask|write)(?:\s+(?:me|us))?(?:,?\s+(?:and\s+)?(?:I\s+)?quote)?\s*[,:—–]?\s*$/u;
// (Not a predicate: "he was a good man".)
const STORY_BEFORE = new RegExp(`(?:^|[\\s—–(,;:])(?<!(?:[’']s|\\bis|\\bwas|\\bare|\\bwere|\\bbe|\\bbeen|\\bam)\\s+)(${RELATIVE}|${INDEFINITE})(?![\\p{L}])`, "gu");
const FEMALE = /\b(?:mom|mother|mum|grandmother|grandma|sister|daughter|wife|aunt|granddaughter|girl|woman|lady)\b/i;
const MALE = /\b(?:dad|father|grandfather|grandpa|granddad|pop|brother|son|husband|uncle|grandson|boy|man|guy|gentleman|fellow)\b/i;

const WORDS_OF = /(?:^|[\s,;:—–(])(?:[Ii]n|[Tt]o\s+quote)\s+(?:the\s+)?(?:\p{Ll}+\s+)?words\s+of\s+([^,;:“”"]{2,80}),\s*$/u;

export interface QuotedParty {
  speaker: string | null;
  label: string | null;
  verb: string;
  /** The attribution names the words as the party's ("in the words of X"): a fragment counts too. */
  fragment?: true;
}

// Any verb of saying between two quotations gives the second its own attribution.
const SAYING = new RegExp(`(?<![\\p{L}])${VERB}(?![\\p{L}])`, "u");

const lowerDet = (s: string) => s.replace(/\s+/g, " ").replace(/[,\s]+$/, "").replace(/[’']s$/, "").replace(/^(?:A|An|One|Another|My|Our|His|Her|Their|Some|Many|Most|Thousands|Hundreds|Dozens)\b/, (w) => w.toLowerCase());

/**
 * Who says a quotation that opens right after `before` (the text of its sentence before the mark):
 * a named actor or a definite short form of a body named earlier, a described unnamed person, or
 * null. `at` is where `before` ends.
 */
export function quotedParty(doc: Doc, before: string, at: number): QuotedParty | null {
  const d = DESCRIBED_BEFORE.exec(before);
  if (d) {
    const subjStart = at - before.length + d.index + d[0].indexOf(d[1]);
    // "my husband, President Roe," names the person.
    const named = lastMentionIn(doc, subjStart, subjStart + d[1].length, (m) => doc.actors[m.actor].kind === "PERSON" && !m.possessive);
    if (named) return { speaker: doc.actors[named.actor].name, label: null, verb: verbWord(d[2]) };
    return { speaker: null, label: lowerDet(d[1]), verb: verbWord(d[2]) };
  }
  const h = HABITUAL_PRONOUN.exec(before);
  if (h) {
    const from = at - before.length + h.index;
    const label = storyAntecedent(doc.text.slice(Math.max(0, from - 400), from), /^she$/i.test(h[1]));
    return label ? { speaker: null, label, verb: "said" } : null;
  }
  // "In the words of Dr. Jane Roe, “…”": the person named there.
  const w = WORDS_OF.exec(before);
  if (w) {
    const from = at - before.length + w.index;
    const named = lastMentionIn(doc, from, at, (x) => doc.actors[x.actor].kind === "PERSON" && !x.possessive);
    return named ? { speaker: doc.actors[named.actor].name, label: null, verb: "said", fragment: true } : null;
  }
  const v = VERB_BEFORE.exec(before);
  if (!v) return null;
  const verbStart = at - before.length + v.index + v[0].indexOf(v[1]);
  const left = doc.text.slice(Math.max(0, verbStart - 120), verbStart);
  // "As President Roe put it": a named actor right before the verb (titles belong to its mention).
  const m = lastMentionIn(doc, verbStart - 120, verbStart, (x) => !x.possessive && /^\s+$/.test(doc.text.slice(x.end, verbStart)));
  if (m) {
    // ("Thank you, Roe. I said …": a vocative or an object is no subject.)
    const lead = doc.text.slice(Math.max(0, m.start - 40), m.start);
    if (/(?:[\p{Ll},]\s+(?:to|with|for|by|and|from|of)|[\p{Ll}]+ed)\s+(?:\p{Lu}[\p{L}.]*\s+)*$/u.test(lead)) return null;
    return { speaker: doc.actors[m.actor].name, label: null, verb: verbWord(v[1]) };
  }
  // "As the Chief Justice wrote": the person introduced with that title ("Chief Justice Jane Roe").
  const title = /(?:^|[\s,;:—–(])[Tt]he\s+((?:\p{Lu}\p{Ll}+\s+){0,2})(\p{Lu}\p{Ll}+)\s+$/u.exec(left);
  if (title) {
    const who = roleAntecedent(doc, title[2].toLowerCase(), verbStart - title[0].length, title[1].trim() ? title[1].trim().split(/\s+/) : []);
    if (who) return { speaker: who.name, label: null, verb: verbWord(v[1]) };
  }
  // "The Court says" after "the Supreme Court": a body named before by the last word of its name.
  const def = /(?:^|[\s,;:—–(])[Tt]he\s+(\p{Lu}\p{Ll}+)\s+$/u.exec(left);
  if (def) {
    const head = def[1];
    const org = lastMentionIn(doc, 0, verbStart - head.length, (x) => {
      const a = doc.actors[x.actor];
      return a.kind === "ORGANIZATION" && a.name.split(/\s+/).pop() === head && a.name !== head;
    });
    if (org) return { speaker: doc.actors[org.actor].name, label: null, verb: verbWord(v[1]) };
    // (Or the one such body of the document, named in its title only: "Remarks on the Supreme Court’s decision".)
    const only = doc.actors.filter((a) => a.kind === "ORGANIZATION" && a.name !== head && a.name.split(/\s+/).pop() === head);
    if (only.length === 1) return { speaker: only[0].name, label: null, verb: verbWord(v[1]) };
  }
  return null;
}

const verbWord = (v: string) => v.replace(/\s+/g, " ").split(" ").filter((w) => !/^(?:would|will|’d|'d|used|to|loved|likes?|liked|always|often|once|just|then|also|later|still|actually|even)$/.test(w))[0] ?? v;

/** The last relative or described person of the story before a he/she (agreeing with it), as a label. */
function storyAntecedent(span: string, female: boolean): string | null {
  let found: string | null = null;
  for (const m of span.matchAll(STORY_BEFORE)) {
    const noun = m[1];
    if (female ? MALE.test(noun) && !FEMALE.test(noun) : FEMALE.test(noun) && !MALE.test(noun)) continue;
    found = lowerDet(noun);
  }
  return found;
}

/**
 * The quotations no rule attributed whose attribution before the mark names a third party
 * (quotedParty): rule statement.remarks.quoted-third-party. A quotation must hold three words or
 * more and open with a capital, or follow the spoken marker "quote" or "in the words of X" (a
 * fragment then counts).
 */
export function quotedThirdParties(doc: Doc, statements: ExtractedStatement[]): ExtractedStatement[] {
  const text = doc.text;
  const added: ExtractedStatement[] = [];
  let si = 0;
  for (const q of doc.quotes) {
    if (q.depth > 0 || q.close <= q.open) continue;
    while (si < statements.length && statements[si].end <= q.start) si++;
    if (si < statements.length && statements[si].start < q.end) continue;
    let start = q.start;
    let end = q.end;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /[\s,]/.test(text[end - 1])) end--;
    const words = text.slice(start, end).split(/\s+/).filter(Boolean).length;
    if (words < 3) continue;
    const sent = doc.sentences[sentenceAt(doc, q.open)];
    const from = Math.max(sent?.start ?? 0, q.open - 160);
    const before = text.slice(from, q.open);
    // A second quotation of the same sentence after one just attributed, with no attribution of its
    // own between them ("“…,” but — “…”"), is the same party's.
    const last = added[added.length - 1];
    const between = last ? text.slice(last.end, q.open) : "";
    const same = last && between.length < 60 && sentenceAt(doc, last.start) === sentenceAt(doc, q.open) ? last : null;
    const own = /[,:—–]\s*$|quote\s*$/.test(before) ? quotedParty(doc, before, q.open) : null;
    const who = own ?? (same && !SAYING.test(between) ? { speaker: same.speaker, label: same.speakerLabel, verb: same.verb ?? "said", fragment: true as const } : null);
    if (!who) continue;
    if (!/^[\p{Lu}"‘'[\\]/u.test(text[start]) && !/quote[,:]?\s*$/.test(before) && !who.fragment) continue;
    added.push({ start, end, text: text.slice(start, end), speaker: who.speaker, speakerLabel: who.speaker ? null : who.label, kind: "DIRECT", verb: who.verb, rule: "statement.remarks.quoted-third-party" });
  }
  return added.length ? [...statements, ...added].sort((a, b) => a.start - b.start) : statements;
}
