// The subject of a reporting verb when no known actor, pronoun or anonymous-source label ends
// right before it: the noun phrase the tagger finds there. Three outcomes, most precise first:
//  - a capitalised name introduced as an organisation ("energy giant Eni said", "the RAC
//    said", "S&P Dow Jones Indices said"): a new ORGANIZATION actor, so the statement has a
//    named speaker and the organisation becomes an actor of the extraction;
//  - a definite description of an organisation named before ("the agency said" after the
//    International Energy Agency): that organisation;
//  - a group or institution described in common nouns ("Ukrainian authorities said",
//    "analysts suggested", "the government said"): speaker null, the description as label.
import { nounPhraseBefore, tag, titlePhrase, tokenAt, type Token } from "./backbone.js";
import type { Actor, Doc, Mention } from "./doc.js";
import { lastMentionIn, mentionAt, mentionsIn, sentenceAt } from "./doc.js";
import { ORG_WORDS, STOP_CAPS, TITLE_HEADS, TITLE_WORDS } from "./lexicon.js";
import { checkPersonName } from "./person-name.js";
import type { KnownRule } from "./rules.js";
import { acronymOfNames } from "./initials.js";
import { loadRegistry } from "./registry.js";
import { personGender } from "./person-gender.js";
import { modifiedGroupSubject } from "./group-subjects.js";
import { escapeRegExp } from "./regexp-escape.js";
import { guarded, type GuardedPattern } from "./guarded-pattern.js";
import { bodyForDescription, issuerOfStatement } from "./body-description.js";

export interface NpSubject {
  speaker: string | null;
  label: string | null;
  start: number;
  /** A group of people described by a plural noun that only statement.indirect.group-subject reads as a speaker. */
  group?: true;
  /** A firm described by a company noun, found as the one firm the sentence before names (soleFirmBefore). */
  firm?: true;
}

/** Whether a speaker is such a group ("Analysts predicted", "historians argue", "executives said"). */
export const isGroup = (s: object | null): boolean => !!s && (s as NpSubject).group === true;

// Common nouns that say the name after them is an organisation's ("oil giant X", "the group X").
const ORG_DESCRIPTOR = /^(?:giant|group|firm|company|companies|operator|network|agency|bank|lender|producer|maker|manufacturer|insurer|retailer|exchange|provider|carrier|airline|chain|conglomerate|nonprofit|charity|organi[sz]ation|association|body|regulator|watchdog|union|party|club|broadcaster|publisher|developer|supplier|distributor|utility|major|multinational|corporation|startup|fund|investor|owner|unit|subsidiary|consultancy|institute|foundation|coalition|alliance|campaign|movement)$/;
// Heads of a group or institution speaking without a name: the description is the label.
const GROUP_HEAD_OLD = /^(?:authorities|government|governments|ministry|military|army|police|company|firm|agency|group|groups|bank|embassy|administration|regulator|regulators|officials|analysts|experts|economists|critics|investors|traders|lawmakers|legislators|residents|volunteers|witnesses|activists|protesters|prosecutors|investigators|researchers|scientists|doctors|republicans|democrats|conservatives|liberals|leaders|people|report|statement|survey|study|document|dossier|memo|memorandum|assessment|resolution|filing|indictment|council|committee|parliament|court|office|spokesperson|spokesman|spokeswoman|forces|operator|watchdog|union|party|organizers|organisers|soldier|soldiers|resident|witness|woman|man|survivor|survivors|refugee|refugees|volunteer|doctor|nurse|medic|medics)$/;
// Plural people nouns that speak as a group ("historians argue", "executives said"):
// statement.indirect.group-subject.
const PEOPLE_GROUP = /^(?:historians|advocates|proponents|opponents|supporters|campaigners|executives|representatives|insiders|demonstrators|lawyers|partners|allies|sources|observers|diplomats|commentators|strategists|bankers|academics|scholars|negotiators|envoys|senators|ministers|members|employees|workers|farmers|locals|villagers|voters|parents|teachers|students|officers|commanders|skeptics|sceptics|forecasters|pollsters|unions|producers|companies|firms|monitors|inspectors|rescuers|specialists|agencies|organi[sz]ations|countries|nations|charities|politicians)$/;
const GROUP_HEAD = { test: (w: string): boolean => GROUP_HEAD_OLD.test(w) || PEOPLE_GROUP.test(w) };
// Definite descriptions that refer back to the organisation last named.
const ORG_BACKREF = /^(?:company|firm|group|agency|ministry|bank|committee|commission|council|organi[sz]ation|body|regulator|watchdog|operator|lender|producer|network|exchange|nonprofit|charity|association|institute|foundation|embassy|union|alliance)$/;

const PRONOUN = /^(?:I|We|You|He|She|They|It|This|That|These|Those|Who|Which)$/;
// The word before the verb, past adverbs and auxiliaries ("Eni also said", "analysts have argued").
// (", however," may stand there too: "Energy firms, however, are arguing".)
const LAST_WORD = /([\p{L}&][\p{L}\p{N}&.’'\-]*)\)?(?:\s+(?:\p{Ll}+ly|also|further|again|first|earlier|separately|already|then|later|now|still|has|have|had|is|are|was|were|will|would|did|does|do)|,\s+(?:however|though|meanwhile|too),)*\s*$/u;

interface Cache {
  sentence: number;
  tokens: Token[];
}
const caches = new WeakMap<Doc, Cache>();

/** Whether the word at `pos` is tagged a verb in its sentence ("requests" in "submitted requests" is not). */
export function taggedVerbAt(doc: Doc, pos: number): boolean {
  const tokens = sentenceTokens(doc, pos);
  const t = tokens[tokenAt(tokens, pos)];
  return !!t && t.start === pos && (t.pos === "VERB" || t.pos === "AUX");
}

/** Start of the last verb before `pos` in its sentence, not before `limit` (null when none). */
export function nearestVerbBefore(doc: Doc, pos: number, limit: number): number | null {
  const tokens = sentenceTokens(doc, pos);
  for (let i = tokenAt(tokens, pos) - 1; i >= 0 && tokens[i].start >= limit; i--) if (tokens[i].pos === "VERB") return tokens[i].start;
  return null;
}

export function sentenceTokens(doc: Doc, pos: number): Token[] {
  const si = sentenceAt(doc, pos);
  const c = caches.get(doc);
  if (c && c.sentence === si) return c.tokens;
  const s = doc.sentences[si];
  const tokens = tag(doc.text, s.start, s.end);
  caches.set(doc, { sentence: si, tokens });
  return tokens;
}

const isCap = (t: Token) => /^[\p{Lu}&]/u.test(t.text);

const APPOSITION_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "CCONJ"]);

/**
 * Whether text[from, to) of the sentence at `from` reads as a noun phrase set off as an apposition
 * ("the French oil company with large investments in Freedonia", "Freedonia's largest lender",
 * "one of the biggest producers in Europe"): nouns, adjectives, determiners, numbers, prepositions
 * and "and"; an adverb or a participle only before what it modifies (the tagger reads "large" in
 * "with large investments" as an adverb, "state-owned" as a verb); no verb, pronoun or clause word.
 */
export function appositionPhrase(doc: Doc, from: number, to: number): boolean {
  if (sentenceAt(doc, from) !== sentenceAt(doc, to)) return false;
  const tokens = sentenceTokens(doc, from);
  let last: Token | null = null;
  let n = 0;
  for (let i = tokenAt(tokens, from); i < tokens.length && tokens[i].end <= to; i++, n++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    const modifies = !!next && next.end <= to && /^(?:ADJ|NOUN|PROPN|NUM|ADV)$/.test(next.pos);
    if (n > 24) return false;
    if (APPOSITION_TAGS.has(t.pos) || /^(?:[’']s|-|&|\.)$/.test(t.text)) last = t;
    else if ((t.pos === "ADV" || (t.pos === "VERB" && /^\p{Ll}+(?:ed|ing|wn)$/u.test(t.text))) && modifies) last = t;
    else return false;
  }
  return !!last && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(last.pos);
}

/**
 * The subject noun phrase of the verb at `vpos`, searching no further left than `limit`; else a
 * group whose head is modified where the tagger's phrase stops ("Advocates for the measure say").
 */
export function npSubject(doc: Doc, vpos: number, limit: number): NpSubject | null {
  return taggedSubject(doc, vpos, limit) ?? modifiedGroupSubject(doc, vpos, limit);
}

function taggedSubject(doc: Doc, vpos: number, limit: number): NpSubject | null {
  // Tag only when the word before the verb can head such a phrase: a capitalised word or a group
  // noun. Most reporting verbs with no subject found have neither ("It is worth noting that").
  const window = doc.text.slice(Math.max(limit, vpos - 80), vpos);
  const lw = LAST_WORD.exec(window);
  const head = lw?.[1];
  // A definite description may name a person by the role they were introduced with ("the officer").
  const definite = !!lw && /(?<![\p{L}])(?:the|The)\s+(?:[\p{L}\-’']+\s+){0,2}$/u.test(window.slice(0, lw.index));
  if (!head || (/^\p{Ll}/u.test(head) && !GROUP_HEAD.test(head) && !ORG_BACKREF.test(head) && !definite)) return null;
  // "The Kyiv-based firm said", "the Swedish company said": a company noun with a country's or a
  // place's adjective before it, read from the words (the tagger takes "Kyiv-based firm" for a verb
  // and an adverb). It refers back as the same noun with lowercase modifiers does (below).
  if (definite && COMPANY_HEAD.test(head)) {
    const art = /(?<![\p{L}])(?:the|The)\s+((?:\S+\s+){1,3}?)$/u.exec(window.slice(0, lw!.index));
    // (statement.speaker.company-description: lowercase words too, "the fast food giant", which the
    // tagger may split; not a bank's, whose description must agree with the name, description-agrees.)
    if (art && (/\p{Lu}/u.test(art[1]) || !AGREEING_HEAD.test(head)) && companyModifiers(art[1])) {
      const start = Math.max(limit, vpos - 80) + art.index;
      const org = previousSubjectOrganization(doc, start);
      if (org) return { speaker: org.name, label: null, start };
      const sole = soleFirmBefore(doc, start);
      if (sole) return { speaker: sole.name, label: null, start, firm: true };
      const national = firmOfCountry(doc, start, art[1]);
      if (national) return { speaker: national.name, label: null, start, firm: true };
    }
  }
  const bare = head.replace(/[’'](?:s|ve|ll|d|m|re)$/, "");
  if (PRONOUN.test(bare) || (STOP_CAPS.has(bare) && bare !== "Republicans" && bare !== "Democrats" && !GROUP_HEAD.test(bare.toLowerCase())) || (TITLE_WORDS.has(bare) && !ORG_WORDS.has(bare) && !GROUP_HEAD.test(bare.toLowerCase()))) return null;
  const tokens = sentenceTokens(doc, vpos);
  let vi = tokenAt(tokens, vpos);
  if (vi >= tokens.length || tokens[vi].start !== vpos) return null;
  // Adverbs and auxiliaries between subject and verb: "Eni also said", "analysts have argued".
  for (;;) {
    if (vi > 0 && (tokens[vi - 1].pos === "ADV" || tokens[vi - 1].pos === "AUX") && !/^(?:not|n[’']t|never)$/i.test(tokens[vi - 1].text)) vi--;
    else if (vi >= 3 && tokens[vi - 1].text === "," && tokens[vi - 2].pos === "ADV" && tokens[vi - 3].text === ",") vi -= 3;
    else break;
  }
  // "Doctors Without Borders (MSF) issued …": a name followed by its acronym is an organisation's.
  if (vi >= 3 && tokens[vi - 1].text === ")" && /^[\p{Lu}&]{2,8}$/u.test(tokens[vi - 2].text) && tokens[vi - 3].text === "(") {
    const named = acronymDefined(doc, tokens, vi - 3, limit);
    if (named) return named;
  }
  // "the general said": an adjective-like title used as a noun, for a person introduced with it.
  if (vi >= 2 && tokens[vi - 1].pos === "ADJ" && /^the$/i.test(tokens[vi - 2].text) && /^\p{Ll}+$/u.test(tokens[vi - 1].text) && tokens[vi - 2].start >= limit) {
    const who = roleAntecedent(doc, tokens[vi - 1].text, tokens[vi - 2].start);
    if (who) return { speaker: who.name, label: null, start: tokens[vi - 2].start };
  }
  // "the military said": an adjective used as a noun after its article (the tagger reads it as ADJ).
  if (vi >= 2 && tokens[vi - 1].pos === "ADJ" && tokens[vi - 2].pos === "DET" && GROUP_HEAD.test(tokens[vi - 1].text.toLowerCase()) && tokens[vi - 2].start >= limit) {
    const phrase = doc.text.slice(tokens[vi - 2].start, tokens[vi - 1].end);
    return { speaker: null, label: phrase.replace(/^(The|A|An)\s/, (m) => m.toLowerCase()), start: tokens[vi - 2].start };
  }
  // "Ukraine’s military said": the same adjective after an owner in the possessive, the owner's name
  // (capitalised words) with it as the label.
  if (vi >= 3 && tokens[vi - 1].pos === "ADJ" && /^[’']s$/.test(tokens[vi - 2].text) && GROUP_HEAD.test(tokens[vi - 1].text.toLowerCase()) && isCap(tokens[vi - 3])) {
    let o = vi - 3;
    while (o > 0 && isCap(tokens[o - 1]) && tokens[o - 1].pos === "PROPN" && tokens[o - 1].start >= limit) o--;
    if (tokens[o].start >= limit) return { speaker: null, label: doc.text.slice(tokens[o].start, tokens[vi - 1].end), start: tokens[o].start };
  }
  const np = nounPhraseBefore(tokens, vi);
  if (!np) return null;
  let s = np.start;
  while (s < np.end && tokens[s].start < limit) s++;
  if (s >= np.end) return null;
  // "Jane Roe and other leaders said": a statement of a named actor and an unnamed group is the named actor's.
  if (s === np.start && s >= 2 && /^(?:and|&)$/.test(tokens[s - 1].text) && /^(?:other|several|many|some)$/i.test(tokens[s].text)) {
    const before = tokens[s - 2];
    const m = lastMentionIn(doc, Math.max(limit, before.start - 80), before.end, (x) => x.end === before.end && !x.possessive);
    if (m) return { speaker: doc.actors[m.actor].name, label: null, start: m.start };
  }
  return classify(doc, tokens.slice(s, np.end));
}

/**
 * The source named after "according to" when no known actor is there: "the RAC motoring group"
 * (a name and the common nouns that describe it), or a phrase like those before a verb.
 */
export function npAfter(doc: Doc, pos: number, end: number): NpSubject | null {
  const tokens = sentenceTokens(doc, pos);
  const toks: Token[] = [];
  for (let i = tokenAt(tokens, pos); i < tokens.length && tokens[i].end <= end; i++) {
    if (tokens[i].pos === "PUNCT" && tokens[i].text !== "&" && tokens[i].text !== "-") break;
    toks.push(tokens[i]);
  }
  // "the RAC motoring group": a name, then descriptors ending in an organisation noun.
  let k = toks.length;
  while (k > 0 && toks[k - 1].pos === "NOUN" && !isCap(toks[k - 1])) k--;
  if (k < toks.length && k > 0 && isCap(toks[k - 1]) && ORG_DESCRIPTOR.test(toks[toks.length - 1].lemma)) {
    let j = k;
    while (j > 0 && isCap(toks[j - 1]) && toks[j - 1].pos !== "DET") j--;
    const named = classify(doc, toks.slice(j, k), true);
    if (named) return named;
  }
  // "the Office of the Freedonian Commissioner for Refugees": an institution word heading a
  // capitalised name joined by of/for/the/and.
  const named = toks[0] && /^the$/i.test(toks[0].text) ? toks.slice(1) : toks;
  if (named.length >= 3 && ORG_WORDS.has(named[0].text) && isCap(named[named.length - 1]) && named.every((t) => isCap(t) || /^(?:of|for|the|and|on)$/.test(t.text))) {
    const actor = addOrganization(doc, doc.text.slice(named[0].start, named[named.length - 1].end), named[0].start, named[named.length - 1].end);
    return { speaker: actor.name, label: null, start: named[0].start };
  }
  return toks.length ? classify(doc, toks) : null;
}

/** What a noun phrase names: a known or new organisation, a group label, or nothing. */
function classify(doc: Doc, toks: Token[], describedAfter = false): NpSubject | null {
  if (!toks.length) return null;
  const head = toks[toks.length - 1];
  const text = doc.text;
  const start = toks[0].start;
  const phrase = text.slice(start, head.end);
  // A capitalised run at the end of the phrase: a name.
  let k = toks.length;
  while (k > 0 && isCap(toks[k - 1]) && (toks[k - 1].pos === "PROPN" || toks[k - 1].pos === "NOUN" || toks[k - 1].text === "&")) k--;
  const name = toks.slice(k);
  if (name.length) {
    const nameText = text.slice(name[0].start, head.end);
    const words = nameText.split(/\s+/);
    // "the Ministry says" after "the Lakeland Ministry of Foreign Affairs": a body's head noun,
    // capitalised as its name's, refers back as the lowercase one does (statement.speaker.description-agrees).
    if (name.length === 1 && k === 1 && /^the$/i.test(toks[0].text) && ORG_BACKREF.test(nameText.toLowerCase())) {
      const org = lastOrganization(doc, start, nameText.toLowerCase());
      if (org) return { speaker: org.name, label: null, start };
    }
    // A group noun capitalised only because it opens the sentence: "Analysts predicted", "Officials said";
    // so is "Others" opening it ("Others argue that …"; "Roe and others said" is Roe's).
    if (name.length === 1 && /^\p{Lu}\p{Ll}+s$/u.test(nameText) && (GROUP_HEAD.test(nameText.toLowerCase()) || (nameText === "Others" && k === 0))) return { speaker: null, label: phrase, start, group: true };
    if (words.some((w) => STOP_CAPS.has(w) && !/^[\p{Lu}&.]{2,}$/u.test(w)) || words.some((w) => TITLE_WORDS.has(w) && w !== "Press")) return null;
    // A plural party or people name is a group: "Many Republicans argued".
    // So is an acronym's plural: "several bank CEOs", "NGOs".
    if (name.length === 1 && /^(?:Republicans|Democrats|Conservatives|Liberals|Tories|\p{Lu}{2,}s)$/u.test(nameText)) {
      return { speaker: null, label: phrase, start };
    }
    const acronym = acronymOwner(doc, nameText, start) ?? initialsOwner(doc, nameText, start);
    if (acronym) return { speaker: acronym.name, label: null, start };
    // "Nielsen said" after "Nielsen Holdings PLC": the short form of an organisation named before.
    const short = name.length === 1 ? doc.actors.find((a) => a.kind === "ORGANIZATION" && !a.fromRegistry && a.name.startsWith(`${nameText} `) && a.mentions.some((m) => m.start < start)) : undefined;
    if (short) {
      addOrganization(doc, short.name, name[0].start, head.end);
      return { speaker: short.name, label: null, start };
    }
    const before = toks.slice(0, k);
    const described = describedAfter || before.some((t) => t.pos === "NOUN" && ORG_DESCRIPTOR.test(t.lemma) || ORG_DESCRIPTOR.test(t.text.toLowerCase()));
    const definite = before.length > 0 && /^the$/i.test(before[before.length - 1].text) && before.length === 1;
    const shaped = /^[\p{Lu}&.]{2,6}$/u.test(nameText) || nameText.includes("&") || /\p{Ll}\p{Lu}/u.test(nameText);
    if (described || (definite && shaped) || (shaped && name.length === 1 && /^[\p{Lu}.&]+$/u.test(nameText))) {
      const actor = addOrganization(doc, nameText, name[0].start, head.end);
      return { speaker: actor.name, label: null, start };
    }
    return null;
  }
  if (head.pos !== "NOUN") return null;
  const lemma = head.text.toLowerCase();
  // "the agency said" after "the International Energy Agency": the organisation named before.
  if (toks.length === 2 && /^the$/i.test(toks[0].text) && ORG_BACKREF.test(lemma)) {
    const org = lastOrganization(doc, start, lemma);
    if (org) return { speaker: org.name, label: null, start };
  }
  // "McDonald's said … . The fast food giant has said that …", "Goldman Sachs said … . The bank
  // said …": a company noun refers to the company that was the subject of the sentence before.
  // "Canada's second-biggest railroad operator said": a country's company described, the same way.
  const countryOwned = toks.length >= 3 && /^[’']s$/.test(toks[1].text) && mentionAt(doc, toks[0].start, (m) => doc.actors[m.actor].kind === "COUNTRY") !== undefined;
  // statement.speaker.description-agrees: "The central bank said" is the body named before with that
  // description ("Freedonia's central bank"), else with the head noun ("the Bank of Freedonia"),
  // never a firm that is no bank.
  const mods = toks.slice(1, -1).map((t) => t.text.toLowerCase());
  const described = /^the$/i.test(toks[0].text) && AGREEING_HEAD.test(lemma);
  const full = described && mods.length ? describedOrganization(doc, start, [...mods, lemma]) : null;
  if (full) return { speaker: full.name, label: null, start };
  const company = (/^the$/i.test(toks[0].text) || countryOwned) && COMPANY_HEAD.test(lemma) && companyModifiers(doc.text.slice(toks[countryOwned ? 1 : 0].end, head.start));
  const org = company ? previousSubjectOrganization(doc, start) : null;
  if (org) return { speaker: org.name, label: null, start };
  const named = described ? describedOrganization(doc, start, [lemma]) : null;
  if (named) return { speaker: named.name, label: null, start };
  const sole = company ? soleFirmBefore(doc, start) : null;
  // (Only a firm whose name agrees: "the bank" is no "Mir".)
  if (sole && (!AGREEING_HEAD.test(lemma) || nameHas(sole, [lemma]))) return { speaker: sole.name, label: null, start, firm: true };
  // "the officer said" after "Ivan Petrenko, a Ukrainian officer": the person introduced so.
  if (/^the$/i.test(toks[0].text) && /^\p{Ll}+$/u.test(head.text) && head.lemma === lemma) {
    const who = roleAntecedent(doc, lemma, start, toks.slice(1, -1).map((t) => t.text));
    if (who) return { speaker: who.name, label: null, start };
  }
  // statement.speaker.body-description: "the union said", "the central bank noted", "its statement
  // said": the body named before that the description fits, else (below) the label.
  if (/^the$/i.test(toks[0].text)) {
    const body = lemma === "statement" ? issuerOfStatement(doc, start) : bodyForDescription(doc, start, toks.slice(1, -1).map((t) => t.text), lemma);
    if (body) return { speaker: body.name, label: null, start };
  } else if (lemma === "statement" && toks.length === 2 && /^its$/i.test(toks[0].text)) {
    const body = issuerOfStatement(doc, start);
    if (body) return { speaker: body.name, label: null, start };
  }
  if (!GROUP_HEAD.test(lemma)) return null;
  // A possessive or bare pronoun determiner ("its ministry") names no one; people of someone's
  // ("his lawyers", "her aides") are a group that speaks, its description the label.
  if (toks[0].pos === "PRON" && !(/^(?:his|her|their)$/i.test(toks[0].text) && (PEOPLE_GROUP.test(lemma) || /^(?:aides|advisers|advisors|spokespeople)$/.test(lemma)))) return null;
  const label = phrase.replace(/^(The|A|An)\s/, (m) => m.toLowerCase());
  return GROUP_HEAD_OLD.test(lemma) ? { speaker: null, label, start } : { speaker: null, label, start, group: true };
}

/**
 * Whether the words between "the" and a company noun only describe it: common words, a country's
 * adjective or a place it is based in ("the Swedish company", "the Kyiv-based firm", "the U.S.
 * oil major"), never a name ("the Acme company").
 */
export function companyModifiers(words: string): boolean {
  const reg = loadRegistry();
  return words
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => /^\p{Ll}/u.test(w) || reg.demonyms.has(w) || /^(?:U\.S\.|US|UK|EU)$/.test(w) || /^[\p{Lu}][\p{L}.]*-(?:based|headquartered|owned|listed|registered|backed|run)$/u.test(w));
}

// Nouns for a company ("the bank", "the fast food giant", "the retailer").
export const COMPANY_HEAD = /^(?:company|firm|group|bank|lender|giant|retailer|maker|manufacturer|automaker|carmaker|carrier|airline|chain|conglomerate|insurer|producer|operator|supplier|brand)$/;

/** The organisation that is the subject (first actor, not possessive) of the sentence before pos's, or of pos's own before it. */
function previousSubjectOrganization(doc: Doc, pos: number): Actor | null {
  const si = sentenceAt(doc, pos);
  for (const i of [si, si - 1]) {
    if (i < 0) continue;
    const sent = doc.sentences[i];
    const first = mentionsIn(doc, sent.start, i === si ? pos : sent.end).find((m) => !m.possessive && !m.inTitle);
    if (!first) continue;
    // The subject: only adverbials before it ("On Thursday, Acme said").
    if (!/^[\s“"‘]*(?:[^,]{0,40},\s*)?$/u.test(doc.text.slice(sent.start, first.start))) continue;
    const a = doc.actors[first.actor];
    // (A company of the registry too: "Goldman Sachs said … . The bank said …".)
    return a.kind === "ORGANIZATION" && (!a.fromRegistry || !!loadRegistry().byName.get(a.name)?.business) ? a : null;
  }
  return null;
}

/**
 * "Companies, including Acme, are leaving. The oil giant said …", "… via a provider named Acme. The
 * Kyiv-based firm said …": the one firm the sentence before names, though not as its subject, when
 * the sentence of the description names none before it.
 */
function soleFirmBefore(doc: Doc, pos: number): Actor | null {
  const si = sentenceAt(doc, pos);
  if (si < 1) return null;
  const firm = (m: Mention) => {
    const a = doc.actors[m.actor];
    return a.kind === "ORGANIZATION" && (!a.fromRegistry || !!loadRegistry().byName.get(a.name)?.business);
  };
  if (mentionsIn(doc, doc.sentences[si].start, pos).some((m) => doc.actors[m.actor].kind !== "COUNTRY")) return null;
  const prev = doc.sentences[si - 1];
  const orgs = new Set(mentionsIn(doc, prev.start, prev.end).filter((m) => !m.inTitle && doc.actors[m.actor].kind === "ORGANIZATION").map((m) => m.actor));
  if (orgs.size !== 1) return null;
  const only = mentionsIn(doc, prev.start, prev.end).find((m) => orgs.has(m.actor))!;
  return firm(only) ? doc.actors[only.actor] : null;
}

/**
 * statement.speaker.national-firm: "the Ruritanian company said" after "Ruritania's Acme", "Ruritanian
 * carmaker Acme" or "Acme, a Ruritanian firm": the last firm the text placed in the country the
 * description's adjective names; never a public body ("Ruritania's Foreign Ministry").
 */
function firmOfCountry(doc: Doc, pos: number, modifiers: string): Actor | null {
  const reg = loadRegistry();
  const dems = modifiers.split(/\s+/).filter((w) => reg.demonyms.has(w));
  if (dems.length !== 1) return null;
  const dem = dems[0];
  const country = reg.demonyms.get(dem)!;
  const lead = new RegExp(`(?<![\\p{L}])${escapeRegExp(dem)}\\s+(?:\\p{Ll}[\\p{L}\\-]*\\s+){0,3}$`, "u");
  const apposed = new RegExp(`^,\\s+(?:a|an|the)\\s+(?:[\\p{L}\\-]+\\s+){0,3}?${escapeRegExp(dem)}\\s`, "u");
  const m = lastMentionIn(doc, Math.max(0, pos - ANAPHOR_REACH), pos, (x) => {
    const a = doc.actors[x.actor];
    if (a.kind !== "ORGANIZATION" || x.possessive || x.end > pos || (a.fromRegistry && !reg.byName.get(a.name)?.business) || PUBLIC_BODY.test(a.name)) return false;
    const before = doc.text.slice(Math.max(0, x.start - 40), x.start);
    if (lead.test(before) || apposed.test(doc.text.slice(x.end, x.end + 60))) return true;
    // "Ruritania's Acme": the country's possessive right before the name.
    const owner = lastMentionIn(doc, Math.max(0, x.start - 40), x.start, (c) => c.end <= x.start);
    return !!owner && doc.actors[owner.actor].name === country && /^[’']s\s+(?:\p{Ll}[\p{L}\-]*\s+){0,3}$/u.test(doc.text.slice(owner.end, x.start));
  });
  return m ? doc.actors[m.actor] : null;
}
const PUBLIC_BODY = /\b(?:Ministry|Agency|Committee|Commission|Council|Court|Embassy|Parliament|Government|Department|Office|Service|Army|Navy|Forces|Police|Party)\b/;

/** The capitalised name before "(" at token `open` (function words of names allowed inside). */
function acronymDefined(doc: Doc, tokens: readonly Token[], open: number, limit: number): NpSubject | null {
  let j = open;
  while (j > 0 && tokens[j - 1].start >= limit && (isCap(tokens[j - 1]) || (/^(?:of|for|and|without|on|the)$/i.test(tokens[j - 1].text) && j - 2 >= 0 && isCap(tokens[j - 2])))) j--;
  while (j < open && !isCap(tokens[j])) j++;
  if (open - j < 2) return null;
  const start = tokens[j].start;
  const end = tokens[open - 1].end;
  const name = doc.text.slice(start, end);
  if (name.split(/\s+/).some((w) => TITLE_WORDS.has(w) && !ORG_WORDS.has(w)) || STOP_CAPS.has(name.split(/\s+/)[0])) return null;
  const known = lastMentionIn(doc, start, end, (m) => m.start === start && m.end === end);
  const actor = known ? doc.actors[known.actor] : addOrganization(doc, name, start, end);
  actor.surfaces.add(tokens[open + 1].text);
  return { speaker: actor.name, label: null, start };
}

/** The actor a parenthesised acronym stands for: "the International Energy Agency (IEA)". */
function acronymOwner(doc: Doc, acronym: string, before: number): Actor | null {
  if (!/^[\p{Lu}&]{2,8}$/u.test(acronym)) return null;
  const i = doc.text.lastIndexOf(`(${acronym})`, before);
  if (i < 0) return null;
  const m = lastMentionIn(doc, Math.max(0, i - 120), i, (x) => /^\s*$/.test(doc.text.slice(x.end, i)));
  return m ? doc.actors[m.actor] : null;
}

/** The organisation named before `pos` whose initials an acronym is ("the MFA" after "the Ministry of Foreign Affairs"). */
function initialsOwner(doc: Doc, acronym: string, pos: number): Actor | null {
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return null;
  const m = lastMentionIn(doc, 0, pos, (x) => doc.actors[x.actor].kind === "ORGANIZATION" && acronymOfNames(acronym, [doc.actors[x.actor].name, ...doc.actors[x.actor].surfaces]));
  if (!m) return null;
  const actor = doc.actors[m.actor];
  actor.surfaces.add(acronym);
  return actor;
}

/** The last organisation named before `pos` whose name contains the head noun, or any for company-like heads. */
// Heads of a definite description that must stand in the name of the body it refers to (not
// "the company", which any firm is).
const AGREEING_HEAD = /^(?:bank|ministry|agency|committee|commission|council|court|regulator|watchdog|embassy|parliament|union|alliance|exchange|institute|foundation|service)$/;

/** Whether an actor's name or another of its names holds each of the words (any case). */
function nameHas(a: Actor, words: readonly string[]): boolean {
  return [a.name, ...a.surfaces].some((n) => {
    const low = n.toLowerCase();
    return words.every((w) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, "u").test(low));
  });
}

/**
 * The organisation a definite description with an agreeing head refers to: the last one named before
 * `pos` whose name holds the words, the head and its modifiers ("Freedonia's central bank" for "the
 * central bank") or the head alone ("the Bank of Freedonia"); null when none does.
 */
function describedOrganization(doc: Doc, pos: number, words: readonly string[]): Actor | null {
  // ("the union" is no union of states, "the European Union": statement.speaker.body-description.)
  const states = words.includes("union");
  const m = lastMentionIn(doc, Math.max(0, pos - 3000), pos, (x) => x.end <= pos && doc.actors[x.actor].kind === "ORGANIZATION" && nameHas(doc.actors[x.actor], words) && !(states && loadRegistry().byName.get(doc.actors[x.actor].name)?.forum));
  return m ? doc.actors[m.actor] : null;
}

const GENERIC_BODY = /^(?:company|firm|group|lender|producer|operator|nonprofit|charity)$/;
// A list item's opening: "including the ", "such as ", " and ".
const LISTED_BEFORE = /(?<![\p{L}])(?:including|such\s+as|like|and|or)\s+(?:the\s+)?$/u;
function lastOrganization(doc: Doc, pos: number, head: string): Actor | null {
  const word = head.replace(/^./, (c) => c.toUpperCase());
  const generic = GENERIC_BODY.test(head);
  const m = lastMentionIn(doc, Math.max(0, pos - 3000), pos, (x) => {
    const a = doc.actors[x.actor];
    if (a.kind !== "ORGANIZATION" || x.end > pos) return false;
    // statement.speaker.description-not-member: "DEC brings together charities including the Red
    // Cross and Save the Children. The group estimates …": a member listed is not the group, nor
    // the firm a generic noun means.
    if (generic && LISTED_BEFORE.test(doc.text.slice(Math.max(0, x.start - 16), x.start))) return false;
    // (statement.speaker.body-description: "the union" is no union of states, "the European Union".)
    if (head === "union" && !!loadRegistry().byName.get(a.name)?.forum) return false;
    return generic ? !a.fromRegistry || !!loadRegistry().byName.get(a.name)?.business : a.name.includes(word);
  });
  return m ? doc.actors[m.actor] : null;
}

// Role nouns of an apposition that describes a person ("JCN president and CEO", "chief economist at X").
const PERSON_ROLE = /(?<![\p{L}])(?:president|ceo|chief|chairman|chairwoman|chair|founder|co-founder|director|spokes(?:man|woman|person)|economist|analyst|strategist|adviser|advisor|minister|secretary|governor|mayor|senator|professor|head|manager|officer|executive|partner|editor|ambassador|envoy|commander|lawmaker|official|researcher|fellow)(?![\p{L}])/iu;
const APPOSED_NAME = /(?:^|[.;:—(]\s*|\n\s*)((?:[\p{Lu}][\p{L}’'\-]+\s+){1,2}[\p{Lu}][\p{L}’'\-]+),\s+([^,;“”"()]{2,80}),\s*$/u;

/**
 * "Jane Roe, XYZ president and CEO, told …": a person introduced by an apposition whose role
 * opens with a name or acronym (which the actor rules, expecting "a"/"the" or a lowercase role,
 * leave alone). The person becomes an actor; later surname-only mentions refer to her.
 */
export function apposedPerson(doc: Doc, left: string, leftStart: number): Actor | null {
  const m = APPOSED_NAME.exec(left);
  if (!m || !PERSON_ROLE.test(m[2]) || !/^\p{Lu}/u.test(m[2])) return null;
  const v = checkPersonName(m[1], loadRegistry());
  if (!v.ok || v.offset) return null;
  const start = leftStart + m.index + m[0].indexOf(m[1]);
  return addPerson(doc, v.name, start, start + m[1].length, m[2].trim());
}

function insertMention(doc: Doc, m: Mention): void {
  const actor = doc.actors[m.actor];
  actor.mentions.push(m);
  actor.mentions.sort((a, b) => a.start - b.start);
  let at = doc.mentions.length;
  while (at > 0 && doc.mentions[at - 1].start > m.start) at--;
  doc.mentions.splice(at, 0, m);
}

export function addPerson(doc: Doc, name: string, start: number, end: number, role: string | null, rule: KnownRule = "actor.speaker-apposition"): Actor {
  if (doc.actors.some((a) => a.name === name)) return doc.actors.find((a) => a.name === name)!;
  const idx = doc.actors.length;
  const actor: Actor = { key: `person:${name.toLowerCase()}`, name, kind: "PERSON", surfaces: new Set([name]), role, affiliation: null, mentions: [], fromRegistry: false };
  doc.actors.push(actor);
  insertMention(doc, { start, end, actor: idx, text: name, rule });
  // Later mentions by surname alone ("Roe said"), where no other actor is named.
  const sur = name.split(" ").pop()!;
  if (sur.length < 3) return actor;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(sur)}(?![\\p{L}\\p{N}])`, "gu");
  re.lastIndex = end;
  let x: RegExpExecArray | null;
  while ((x = re.exec(doc.text))) {
    const s = x.index;
    const e = s + sur.length;
    if (doc.mentions.some((o) => o.start < e && o.end > s)) continue;
    actor.surfaces.add(sur);
    insertMention(doc, { start: s, end: e, actor: idx, text: sur, rule: "actor.surname" });
  }
  return actor;
}

/** Adds an organisation actor (or a mention of one already found) named text[start, end). */
export function addOrganization(doc: Doc, name: string, start: number, end: number, rule: KnownRule = "actor.speaker-subject"): Actor {
  let idx = doc.actors.findIndex((a) => a.name === name || a.surfaces.has(name));
  if (idx < 0) {
    idx = doc.actors.length;
    doc.actors.push({ key: `org:${name.toLowerCase()}`, name, kind: "ORGANIZATION", surfaces: new Set([name]), role: null, affiliation: null, mentions: [], fromRegistry: false });
  }
  const actor = doc.actors[idx];
  actor.surfaces.add(doc.text.slice(start, end));
  if (!doc.mentions.some((m) => m.start === start && m.end === end)) insertMention(doc, { start, end, actor: idx, text: doc.text.slice(start, end), rule });
  return actor;
}

// What may stand before a sentence's subject: a quotation it reports, a passive's "stated by", an
// adverbial set off by a comma, a connective, title words ("“…,” Jane Roe said", "This was stated by
// Minister Jane Roe", "On Monday, Jane Roe …", "Adviser to the President Jane Roe …"); not a verb or a preposition's
// object ("After meeting Jane Roe, …", "Roe said the feud between Jane Doe and …").
export const SUBJECT_OPENING = /^[\s“"‘]*(?:[“"][^“”"]*[”"]\s*,?\s*|(?:This|It|That|These|They)\s+(?:\p{Ll}+\s+){1,3}by\s+)?(?:(?:[\p{Lu}][\p{L}]*)(?:\s+[\p{L}\d]+){0,10},\s*)?(?:(?:But|And|So|Yet|Meanwhile|However|Later|Earlier|Then)\s+)?(?:(?:the|The|of|for|to|on|and|former|Former|then|acting|deputy|senior|top|chief|foreign|prime|defen[cs]e|[\p{Lu}][\p{L}.\-’']*)\s+){0,8}$/u;
// How far back a definite role noun looks for the person it names, and how far a role may stand
// from that person's name.
const ANAPHOR_REACH = 4000;
const ROLE_REACH = 120;
const MODIFIER_REACH = 60;
// Between a name and its role in an apposition: ", a Ukrainian", ", the brigade's", ", ".
const APPOSITION_END = /^(?:\s*(?:[,.;)]|$)|\s+(?:of|in|at|for|with|from|on|to)\s)/;
// (Modifiers only: in ", the chair of the committee" the committee is no role of the person.)
const APPOSITION_GAP = /^,\s+(?:(?:a|an|the)\s+)?(?:(?!(?:of|in|at|for|on|to|with|from|by|and|or|who|which|that)\s)[\p{L}\p{N}’'\-]+\s+){0,4}$/u;

// statement.speaker.role-forms: other spellings of a role noun that introduce the same person ("the
// councilman" after "Council Member Jane Roe", "the congresswoman" after "Rep. Jane Roe", "the
// lawmaker" after "Sen. Jane Roe" or "Jane Roe, a member of parliament").
const COUNCIL = ["council member", "councilmember", "councillor", "councilor"];
const CONGRESS = ["Rep.", "Representative", "congressmember", "member of Congress"];
export const ROLE_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
  ["councilman", COUNCIL],
  ["councilwoman", COUNCIL],
  ["councilmember", ["council member", "councillor", "councilor", "councilman", "councilwoman"]],
  ["councillor", ["council member", "councilmember", "councilor", "councilman", "councilwoman"]],
  ["councilor", ["council member", "councilmember", "councillor", "councilman", "councilwoman"]],
  ["congressman", CONGRESS],
  ["congresswoman", CONGRESS],
  ["senator", ["Sen."]],
  ["lawmaker", ["legislator", "senator", "Sen.", "Rep.", "congressman", "congresswoman", "MP", "member of parliament", "parliamentarian", "member of the European Parliament", "MEP", "state representative", "assemblyman", "assemblywoman"]],
  ["legislator", ["lawmaker", "senator", "Sen.", "Rep.", "congressman", "congresswoman", "MP", "member of parliament", "parliamentarian", "state representative", "assemblyman", "assemblywoman"]],
  ["parliamentarian", ["MP", "member of parliament", "lawmaker"]],
  ["diplomat", ["ambassador", "envoy", "chargé d’affaires", "chargé d'affaires"]],
  ["envoy", ["ambassador", "special representative"]],
]);
// " and former Moscow correspondent ": a second title, no article or possessive opening it.
const COORDINATED_TITLE = /^\s+and\s+(?!(?:the|a|an|his|her|their|its|other|another)\s)(?:[\p{L}.’'\-]+\s+){1,4}$/u;
const DASHED_TITLE = /^\s+[-–—]\s+\p{Lu}[\p{L}’'\-]*(?:\s+(?:\p{Lu}[\p{L}’'\-]*|of|for|the|and|on|in|to|with))*\s+$/u;
// Role nouns written with a capital as a title in releases ("the Prosecutor", "the Ombudsman").
export const CAPITAL_ROLES: ReadonlySet<string> = new Set(["Prosecutor", "Ombudsman", "Ombudsperson", "Rapporteur", "Commissioner", "Inspector", "Auditor", "Registrar", "Rector", "Chairperson"]);

/**
 * The person a definite role noun ("the officer", "the Adviser to the Head of …") refers to: the
 * last person introduced with that noun, as a title before the name ("Ukrainian officer Ivan
 * Petrenko", "officer in the Azov Brigade, Ivan Petrenko") or as an apposition after it ("Ivan
 * Petrenko, a Ukrainian officer"). The nearest introduction wins, so the noun never reaches back
 * past another person introduced with it. `head` is the singular noun, `pos` where the anaphor starts;
 * the anaphor's modifiers must agree: each stands near the introduction ("the former Russian
 * president" is not the "President Jane Roe" of a text that never calls her former).
 */
export function roleAntecedent(doc: Doc, head: string, pos: number, modifiers: readonly string[] = []): { name: string; at: number } | null {
  const found = introducedWith(doc, head, pos, modifiers);
  // statement.speaker.title-agrees: "Biden said …. “…,” the president said": a person who is the
  // subject of a sentence after the introduction, whose known role holds the title's words, is meant.
  if (!found) return null;
  return subjectHoldingTitle(doc, [...modifiers, head], pos, found.at + 1, found.name) ?? found;
}

/**
 * The person a definite title at `pos` ("the president") means when a sentence after `from` had as
 * its subject a person other than `other` whose known role holds the title's words: that person.
 */
export function subjectHoldingTitle(doc: Doc, words: readonly string[], pos: number, from: number, other: string): { name: string; at: number } | null {
  // (A subject that spoke: "Biden said …", not the subject of reported words, "…, Putin has to start a dialogue, the President said".)
  const spoke = (m: Mention) => SPOKE_AFTER.test(doc.text.slice(m.end, m.end + 40));
  const subject = lastMentionIn(doc, Math.max(from, pos - TITLE_SUBJECT_REACH), pos, (m) => m.end <= pos && !m.possessive && !m.ref && doc.actors[m.actor].name !== other && isSubject(doc, m) && spoke(m) && holdsRole(doc, m.actor, words));
  return subject ? { name: doc.actors[subject.actor].name, at: subject.start } : null;
}

// A verb of saying right after a subject ("Biden said", "Roe also told").
const SPOKE_AFTER = /^\s+(?:also\s+|then\s+|later\s+)?(?:said|says|told|tells|added|adds|noted|notes|stressed|stresses|emphasi[sz]ed|declared|argued|warned|explained|insisted|remarked|wrote|tweeted)(?![\p{L}])/u;
// How far back (characters) a subject holding a title may stand from the title that names them.
const TITLE_SUBJECT_REACH = 800;

/** Whether a mention is its sentence's subject: its first actor, after an adverbial or title words only. */
function isSubject(doc: Doc, m: Mention): boolean {
  const sent = doc.sentences[sentenceAt(doc, m.start)];
  const first = mentionsIn(doc, sent.start, sent.end).find((x) => !x.possessive && !x.inTitle);
  return first === m && SUBJECT_OPENING.test(doc.text.slice(sent.start, m.start));
}

/** Whether a person's known role holds each word ("President" holds "president"). */
function holdsRole(doc: Doc, actor: number, words: readonly string[]): boolean {
  const a = doc.actors[actor];
  if (a.kind !== "PERSON" || !a.role) return false;
  const role = a.role.toLowerCase();
  // (Another spelling of the office counts: "Rep." holds "congressman", statement.speaker.role-forms.)
  const has = (w: string) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w.toLowerCase()).replace(/ /g, "\\s+")}(?![\\p{L}])`, "u").test(role);
  return words.every((w) => has(w) || (ROLE_FORMS.get(w.toLowerCase()) ?? []).some(has));
}

/** The last person introduced with the role noun `head` before `pos`, its modifiers agreeing. */
function introducedWith(doc: Doc, head: string, pos: number, modifiers: readonly string[]): { name: string; at: number } | null {
  const near = introducedIn(doc, head, Math.max(0, pos - ANAPHOR_REACH), pos, modifiers);
  if (near || pos <= ANAPHOR_REACH) return near;
  // statement.speaker.title-kept-up: a long story introduces "Sen. Jane Roe" at its top and quotes
  // "the senator" far below: the introduction out of reach still names them while the text has kept
  // mentioning them in reach (no one else introduced with the title since, or the search above finds them).
  const far = introducedIn(doc, head, 0, pos - ANAPHOR_REACH, modifiers);
  if (!far) return null;
  const actor = doc.actors.findIndex((a) => a.name === far.name);
  return lastMentionIn(doc, pos - ANAPHOR_REACH, pos, (m) => m.actor === actor && m.end <= pos) ? far : null;
}

// The pattern of a role noun and its other forms, built once per noun: a search for the person
// introduced with it runs at every definite role subject, over the whole text before it. (Heads
// are any noun after "the": the cache is emptied when full.)
const headPatterns = new Map<string, GuardedPattern>();
export function headPattern(head: string): GuardedPattern {
  let re = headPatterns.get(head);
  if (!re) {
    if (headPatterns.size >= 2048) headPatterns.clear();
    // ("Colonel-General Jane Roe" introduces "the general": the last part of a hyphenated title.)
    const forms = [head, ...(ROLE_FORMS.get(head) ?? [])].map((f) => escapeRegExp(f).replace(/ /g, "\\s+"));
    re = guarded(new RegExp(`(?<![\\p{L}])(?:${forms.join("|")})(?![\\p{L}\\-])`, "giu"));
    headPatterns.set(head, re);
  }
  return re;
}

function introducedIn(doc: Doc, head: string, from: number, pos: number, modifiers: readonly string[]): { name: string; at: number } | null {
  const hits = headPattern(head).matchAll(doc.text.slice(from, pos)).map((m) => ({ at: from + m.index!, end: from + m.index! + m[0].length, literal: m[0].toLowerCase() === head.toLowerCase() }));
  const sex = /woman$/.test(head) ? "f" : /man$/.test(head) ? "m" : null;
  let other: { name: string; at: number } | null = null;
  for (let k = hits.length - 1; k >= 0; k--) {
    const near = doc.text.slice(Math.max(0, hits[k].at - MODIFIER_REACH), hits[k].end + MODIFIER_REACH).toLowerCase();
    if (modifiers.some((w) => !near.includes(w.toLowerCase()))) continue;
    const found = introducedAt(doc, hits[k].at, hits[k].end);
    if (!found) continue;
    const name = doc.actors[found.actor].name;
    // (A gendered form through another spelling: "the congresswoman" is no "Rep. John Roe".)
    if (!hits[k].literal && sex && personGender(doc, doc.actors[found.actor]) === (sex === "f" ? "m" : "f")) continue;
    if (hits[k].literal) return other && other.name !== name ? null : { name, at: hits[k].at };
    // Another spelling names the person only when no one else was introduced with the office in
    // reach ("Rep. Chris Smith … Rep. Tom Suozzi … the congressman" is either): never a wrong person.
    if (other && other.name !== name) return null;
    other ??= { name, at: hits[k].at };
  }
  return other;
}

/** The person whose role noun stands at text[at, end): the name after the title, or before the apposition. */
function introducedAt(doc: Doc, at: number, end: number): Mention | null {
  const text = doc.text;
  const isPerson = (m: Mention | undefined): m is Mention => !!m && doc.actors[m.actor].kind === "PERSON" && !m.possessive;
  // "Ivan Petrenko, a Ukrainian officer": the name just before the apposition.
  const before = lastMentionIn(doc, Math.max(0, at - 80), at, (m) => m.end <= at && doc.actors[m.actor].kind === "PERSON");
  // The apposition closes after the noun, or runs on into its field; a verb after it makes the
  // phrase a subject ("requested by Roe, a senior official told reporters").
  const apposed = isPerson(before) && APPOSITION_GAP.test(text.slice(before.end, at)) && APPOSITION_END.test(text.slice(end, end + 8));
  // "officer Ivan Petrenko", "Adviser to the Head of the Office Jane Roe": the title runs on to the name.
  const after = mentionsIn(doc, end, end + ROLE_REACH).find((m) => m.start >= end && doc.actors[m.actor].kind === "PERSON");
  if (!isPerson(after) || sentenceAt(doc, at) !== sentenceAt(doc, after.start)) return apposed ? before : null;
  const gap = text.slice(end, after.start);
  if (/^\s+$/.test(gap)) return after;
  // statement.speaker.coordinated-title: "Freedonian historian and former Moscow correspondent Jan
  // Holm": the name after a second title joined by "and" holds the first too; not when an article
  // makes the first noun an anaphor ("met the president and Prime Minister Jane Roe").
  // statement.speaker.coordinated-title: "Deputy Prime Minister - Minister for Reintegration of the
  // Temporarily Occupied Territories Jane Roe": a second title after a dash, capitalised words and
  // their function words running straight on to the name, is the same person's.
  if (DASHED_TITLE.test(gap)) return after;
  if (COORDINATED_TITLE.test(gap) && !/(?<![\p{L}])(?:the|The)\s+(?:[\p{L}\-]+\s+)?$/u.test(text.slice(Math.max(0, at - 30), at)) && !mentionsIn(doc, end, after.start).some((m) => doc.actors[m.actor].kind === "PERSON")) return after;
  // "The Deputy Head of the Office informed Jane Roe": a verb before the name makes it an object
  // (the tagger may read "informed" as an adjective), and the phrase an anaphor, no introduction.
  if (/\s\p{Ll}{3,}ed(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}\s+$/u.test(gap)) return apposed ? before : null;
  // "the Deputy Head of the Office and Secretary of State Jane Roe": the name is the second title's.
  const second = /\sand\s+(\p{Lu}\p{Ll}+)\s/u.exec(gap);
  if (second && TITLE_HEADS.has(second[1])) return apposed ? before : null;
  // "Head of the Office Jane Roe, Deputy Head of the Office John Doe": a title running on to a name
  // with no comma is that name's, not an apposition to the name before it.
  if (apposed && (/[,;:“”"()]/.test(gap) || !/^\s+(?:of|to|in|at|for|on|with|from)\s/.test(gap))) return before;
  // The noun heads the title: only its field may follow ("Adviser to the Head of …"), not the
  // title's real head ("Committee Chair Jane Roe" introduces no committee).
  if (!/^(?:\s+(?:of|to|in|at|for|on|with|from)\s|,\s)/.test(gap)) return apposed ? before : null;
  if (/[;:“”"()]/.test(gap)) return apposed ? before : null;
  const comma = /,\s*$/.exec(gap);
  if (comma && (gap.indexOf(",") !== gap.length - comma[0].length || !/^\s*,/.test(text.slice(after.end, after.end + 3)))) return apposed ? before : null;
  const tokens = sentenceTokens(doc, at);
  return titlePhrase(tokens, at, comma ? end + comma.index : after.start) ? after : apposed ? before : null;
}

/**
 * "the officer", "the Ukrainian officer" at pos: a definite description whose head is a role noun
 * a person was introduced with (roleAntecedent). Only a singular head; the phrase ends where the
 * nouns and adjectives after the article end.
 */
export function definiteRole(doc: Doc, pos: number, limitEnd: number): (NpSubject & { end: number }) | null {
  if (!/^(?:the|The)\s/.test(doc.text.slice(pos, pos + 4))) return null;
  const tokens = sentenceTokens(doc, pos);
  let i = tokenAt(tokens, pos);
  if (tokens[i]?.start !== pos) return null;
  let j = i + 1;
  while (j < tokens.length && j - i <= 3 && tokens[j].end <= limitEnd && /^(?:ADJ|NOUN|PROPN)$/.test(tokens[j].pos)) j++;
  const head = tokens[j - 1];
  // A capitalised title too ("the President stressed"), when it is a title word.
  // (A role noun capitalised as a title too: "the Prosecutor noted".)
  const title = /^\p{Lu}\p{Ll}+$/u.test(head.text) && (TITLE_HEADS.has(head.text) || CAPITAL_ROLES.has(head.text));
  if (j === i + 1 || (head.pos !== "NOUN" && head.pos !== "ADJ" && !title) || !(/^\p{Ll}+$/u.test(head.text) || title) || head.lemma !== head.text.toLowerCase()) return null;
  // The role's field runs on: "the head of the UN rights office in Ukraine"; its names must
  // stand by the introduction too.
  let k = j;
  while (k + 1 < tokens.length && tokens[k].pos === "ADP" && /^(?:of|in|at|for|to|on)$/i.test(tokens[k].text) && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k + 1].pos)) {
    k++;
    while (k < tokens.length && tokens[k].end <= limitEnd && /^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(tokens[k].pos)) k++;
  }
  const field = tokens.slice(j, k).filter((t) => t.pos === "PROPN" || (t.pos === "NOUN" && /^\p{Lu}/u.test(t.text))).map((t) => t.text);
  const who = roleAntecedent(doc, head.text.toLowerCase(), pos, [...tokens.slice(i + 1, j - 1).map((t) => t.text), ...field]);
  return who ? { speaker: who.name, label: null, start: pos, end: tokens[k - 1].end } : null;
}
