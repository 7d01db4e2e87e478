// statement.speaker.body-description: "the union said", "the central bank noted", "the fund warned",
// "the statement said": a definite description of a body names the body the text gave before, when
// one fits the description. The guideline wants the named body as the speaker, never the words that
// describe it; with no body that fits, the description stays the label.
//
// A body fits by its own name ("Acme Bank" for "the bank", "Federal Reserve" for "the central bank",
// "Teamsters …" for "the union"), or by a description the text apposed to it or predicated of it
// ("Acme, the Swedish company, …", "Acme is a union of dockers", "labour union Acme"). The search runs
// back over the same and the previous paragraph, nearest first; persons and countries never fit.
import type { Actor, Doc, Mention } from "./doc.js";
import { lastMentionIn, mentionsIn, paragraphOf, sentenceAt } from "./doc.js";
import { loadRegistry } from "./registry.js";
import { escapeRegExp } from "./regexp-escape.js";

// What a fitting body's name holds, by the head noun of the description. A firm's noun is absent: a
// firm's name seldom says what it is, so only a description in the text makes it fit.
const NAME_FITS: Record<string, RegExp> = {
  bank: /\b(?:Bank|Banco|Banque|Bancorp|Reserve|Fed|Bundesbank|Riksbank|ECB)\b/,
  union: /\b(?:Union|Unions|Teamsters|Brotherhood|Guild|Federation of Labou?r|AFL-CIO|Workers|Syndicate)\b/,
  fund: /\b(?:Fund|Funds|IMF)\b/,
  panel: /\b(?:Panel|Committee|Commission|Board|Tribunal)\b/,
  ministry: /\b(?:Ministry|Department)\b/,
  agency: /\b(?:Agency|Administration|Commission|Bureau|Authority)\b/,
};
// "the central bank": a bank of a state, by the shape of its name.
const CENTRAL_BANK = /\b(?:Central Bank|Reserve Bank|Federal Reserve|Fed|Bundesbank|Riksbank|Norges Bank|National Bank|People['’]s Bank|ECB|Banque de France|Banca d['’]Italia)\b/;
// Unions of states are no trade unions ("the European Union").
const STATE_UNION = /\b(?:European|African|Eurasian|Soviet|Economic|Customs|Postal|Telecommunication)\b/;
// Heads a description apposed or predicated may give ("Acme, a Swedish company,").
const DESCRIBED_HEADS = /^(?:company|firm|group|bank|lender|union|fund|panel|ministry|carrier|airline|operator|maker|producer|retailer|insurer|regulator|agency|watchdog|charity|nonprofit)$/;
const COMPANY_LIKE = /^(?:company|firm|group|lender|carrier|airline|operator|maker|producer|retailer|insurer)$/;
/** The heads this rule resolves. */
export const BODY_HEADS = new Set([...Object.keys(NAME_FITS), ...DESCRIBED_HEADS.source.slice(4, -2).split("|")]);

/** Start of the paragraph before the one holding `pos` (the search's left edge). */
function windowStart(doc: Doc, pos: number): number {
  const here = paragraphOf(doc, sentenceAt(doc, pos));
  return doc.sentences[here.first > 0 ? paragraphOf(doc, here.first - 1).first : here.first].start;
}

/** Whether the text describes the mention's body with the head (and its capitalised modifiers). */
function describedAs(doc: Doc, m: Mention, head: string, caps: readonly string[]): boolean {
  const h = escapeRegExp(head);
  const after = doc.text.slice(m.end, m.end + 120);
  const before = doc.text.slice(Math.max(0, m.start - 60), m.start);
  const apposed = new RegExp(`^(?:,|\\s+(?:is|was|has been|remains)\\s)\\s*(?:a|an|the)\\s+([^,.;:()“”"]{0,60}?)\\b${h}(?![\\p{L}])`, "u").exec(after);
  const lead = new RegExp(`(?<![\\p{L}])((?:[\\p{L}\\-’']+\\s+){0,3})${h}\\s+$`, "u").exec(before);
  const desc = apposed?.[1] ?? lead?.[1];
  if (desc === undefined) return false;
  return caps.every((c) => desc.includes(c) || doc.actors[m.actor].name.includes(c));
}

/**
 * Whether a description's capitalised modifiers ("the US central bank") agree with the body: each
 * stands in its name, right before the mention ("the US Federal Reserve") or names its country.
 */
function capsAgree(doc: Doc, m: Mention, caps: readonly string[]): boolean {
  if (!caps.length) return true;
  const a = doc.actors[m.actor];
  const reg = loadRegistry();
  const home = a.affiliation ?? reg.byName.get(a.name)?.affiliation ?? null;
  const before = doc.text.slice(Math.max(0, m.start - 30), m.start);
  return caps.every((c) => {
    if (a.name.includes(c) || new RegExp(`(?<![\\p{L}])${escapeRegExp(c)}\\s+(?:the\\s+)?$`, "u").test(before)) return true;
    if (!home) return false;
    const country = reg.demonyms.get(c) ?? reg.byName.get(c)?.name ?? (/^(?:US|U\.S\.)$/.test(c) ? "United States" : null);
    return country === home;
  });
}

function nameFits(a: Actor, head: string, central: boolean): boolean {
  const names = [a.name, ...a.surfaces];
  if (central) return names.some((n) => CENTRAL_BANK.test(n));
  const re = NAME_FITS[head];
  if (!re || !names.some((n) => re.test(n))) return false;
  if (head === "union" && (names.some((n) => STATE_UNION.test(n)) || loadRegistry().byName.get(a.name)?.forum)) return false;
  if (head === "bank" && /\bReserve\b/.test(a.name) && !CENTRAL_BANK.test(a.name)) return false;
  return true;
}

/**
 * The body "the MODS HEAD" at `pos` refers to, or null: the nearest organisation before it in the
 * same or the previous paragraph that fits. A firm's noun ("the company") fits only a body the text
 * described so, and an organisation of unknown type nearer to it makes it ambiguous (none).
 */
export function bodyForDescription(doc: Doc, pos: number, mods: readonly string[], head: string): Actor | null {
  if (!BODY_HEADS.has(head)) return null;
  const central = head === "bank" && mods.includes("central");
  const caps = mods.filter((w) => /^\p{Lu}/u.test(w));
  const from = windowStart(doc, pos);
  let found: Actor | null = null;
  lastMentionIn(doc, from, pos, (m) => {
    if (m.end > pos || m.inTitle && !NAME_FITS[head]) return false;
    const a = doc.actors[m.actor];
    if (a.kind !== "ORGANIZATION") return false;
    if (describedAs(doc, m, head, caps) || (capsAgree(doc, m, caps) && nameFits(a, head, central))) {
      found = a;
      return true;
    }
    // A firm named nearer that might be the one meant: none rather than a guess.
    if (COMPANY_LIKE.test(head) && !a.fromRegistry) return true;
    return false;
  });
  return found;
}

const SUBJECT_LEAD = /^[\s“"]*(?:(?:In|in)\s+(?:a|an|its|their|the)\s+[^,;:]{0,60}?(?:statement|communiqu[eé]|release)[^,;:]{0,30},\s*)?(?:the\s+|The\s+)?$/u;
const ISSUED = /(?<![\p{L}])(?:statement|communiqu[eé]|release)(?![\p{L}])/iu;

// "the statement said", "its statement added": a sentence that goes on quoting the statement.
const STATEMENT_SAID = /(?<![\p{L}])(?:[Tt]he|[Ii]ts)\s+statement\s+(?:also\s+)?(?:said|says|added|adds|noted|notes|read|reads|stated|states|warned|continued)(?![\p{L}])/gu;
// How far back a statement may have been issued ("the statement said" may quote it paragraphs later).
const STATEMENT_REACH = 4000;

/**
 * "The statement said", "its statement said": the one body, with no person, that issued a statement
 * in the sentence before ("Acme said in a statement …", "In its post-meeting statement, the FOMC said
 * …"), or further back when the sentences between mention no other statement than this one quoted
 * ("…, the statement said"); null when a person or a second body is there.
 */
export function issuerOfStatement(doc: Doc, pos: number): Actor | null {
  const si = sentenceAt(doc, pos);
  for (let i = si - 1; i >= 0 && doc.sentences[i].start >= pos - STATEMENT_REACH; i--) {
    const s = doc.sentences[i];
    const sentence = doc.text.slice(s.start, s.end);
    if (!ISSUED.test(sentence.replace(STATEMENT_SAID, ""))) continue;
    const ms = mentionsIn(doc, s.start, s.end).filter((m) => !m.inTitle);
    if (ms.some((m) => doc.actors[m.actor].kind === "PERSON")) return null;
    // The issuer is the subject: the sentence's first actor, after no more than an opening
    // "In its statement," ("In a statement Wednesday, the union criticized Acme" is not Acme's).
    const first = ms[0];
    if (!first || doc.actors[first.actor].kind !== "ORGANIZATION" || !SUBJECT_LEAD.test(doc.text.slice(s.start, first.start))) return null;
    const orgs = new Set(ms.filter((m) => doc.actors[m.actor].kind === "ORGANIZATION").map((m) => m.actor));
    return orgs.size === 1 ? doc.actors[first.actor] : null;
  }
  return null;
}
