// The linguistic backbone: tokens with character offsets, part-of-speech tags and lemmas from
// wink-nlp and its English model (MIT; the model ships inside the npm package). Tagging is
// about 365k words/s, too slow for every sentence of a 20M-word ingest, so callers tag only
// the sentences a rule needs (one with a reporting verb or a quotation mark), one at a time:
// results are sentence-local. The library loads on first use (about 50 ms), so a run that
// never asks for a tag pays nothing.
import { createRequire } from "node:module";

export interface Token {
  /** Offsets into the text that was tagged (the whole document when a span was given). */
  start: number;
  end: number;
  text: string;
  /** Universal POS tag: PROPN, NOUN, VERB, AUX, ADP, DET, PRON, PUNCT, SCONJ, CCONJ, ADJ, ADV, PART, NUM … */
  pos: string;
  /** Lower-case lemma ("said" → "say", "authorities" → "authority"). */
  lemma: string;
}

interface WinkItems {
  out(f: unknown): string[];
}
interface Wink {
  readDoc(text: string): { tokens(): WinkItems };
  its: Record<string, unknown>;
}

let wink: Wink | null = null;

interface WinkCache {
  lookup(text: string): number[] | null;
  currentSize(): number;
}
interface DocData {
  cache: WinkCache;
}
interface DocDataMethods {
  isLexeme(text: string): unknown;
  _addTokenIfInCache(text: string, precedingSpaces: number, nbsp: unknown): unknown;
}

function load(): Wink {
  if (wink) return wink;
  // A runtime require (not an import) keeps the 4 MB model out of every start that tags nothing,
  // and out of the bundle: it is read from node_modules on first use.
  const req = createRequire(import.meta.url);
  // wink-nlp adds each new word it reads to its lexicon, and its tokenizer splits a word by whether
  // the lexicon knows it ("Moody’s" is "Moody" + "’s" until a text has used "Moody’s," alone): a
  // document's tags, and so its facts, would depend on the documents read before it in the process
  // (in an ingest, on which worker took it). The tokenizer's two questions to the lexicon ("is this a
  // word?", "add it whole if known") are therefore answered from the words it held once the instance
  // was built, so every document is tokenized as by a fresh instance. wink-nlp is pinned; its
  // document-data wrapper (src/dd-wrapper.js), which asks them, is wrapped before wink-nlp loads it.
  const wrapperPath = req.resolve("wink-nlp/src/dd-wrapper.js");
  const wrapData = req(wrapperPath) as (data: DocData) => DocDataMethods;
  let frozenAt = Number.POSITIVE_INFINITY;
  let cache: WinkCache | null = null;
  const learned = (text: string) => {
    const hit = cache!.lookup(text);
    return hit !== null && hit.length === 1 && hit[0] >= frozenAt;
  };
  req.cache[wrapperPath]!.exports = (data: DocData) => {
    const m = wrapData(data);
    cache = data.cache;
    const isLexeme = m.isLexeme;
    const addIfKnown = m._addTokenIfInCache;
    m.isLexeme = (text) => (learned(text) ? null : isLexeme(text));
    m._addTokenIfInCache = (text, spaces, nbsp) => (learned(text) ? 0 : addIfKnown(text, spaces, nbsp));
    return m;
  };
  const winkNLP = req("wink-nlp") as (model: unknown, pipe: string[]) => Wink;
  const model = req("wink-eng-lite-web-model");
  const nlp = winkNLP(model, ["sbd", "pos"]);
  nlp.readDoc("");
  if (!cache) throw new Error("wink-nlp did not read through src/dd-wrapper.js (is it still 2.4.0?)");
  frozenAt = (cache as WinkCache).currentSize() + 1;
  wink = nlp;
  return wink;
}

/** Tokens of text[start, end) with offsets into `text`, POS tags and lemmas. */
export function tag(text: string, start = 0, end = text.length): Token[] {
  const nlp = load();
  const span = text.slice(start, end);
  const tokens = nlp.readDoc(span).tokens();
  const its = nlp.its;
  const values = tokens.out(its.value);
  const pos = tokens.out(its.pos);
  const lemmas = tokens.out(its.lemma);
  const out: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    // Tokens appear in order; searching (rather than adding up preceding spaces) stays right
    // when the tokenizer drops or normalises a character.
    const found = span.indexOf(v, at);
    const s = found >= 0 && found - at < 40 ? found : at;
    const e = found === s ? s + v.length : Math.min(span.length, s + v.length);
    out.push({ start: start + s, end: start + e, text: v, pos: pos[i], lemma: (lemmas[i] ?? v).toLowerCase() });
    at = e;
  }
  return out;
}

/** Index of the first token starting at or after `pos` (tokens.length when none). */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const NOMINAL = new Set(["PROPN", "NOUN"]);
const MODIFIER = new Set(["ADJ", "PROPN", "NOUN", "NUM", "DET"]);

/**
 * The noun phrase that ends right before token `i` (a verb's subject): a run of nouns, proper
 * nouns and adjectives with an optional determiner or possessive ("Ukrainian authorities",
 * "the RAC", "Russia's central bank", "S&P Dow Jones Indices"). Null when the word before is
 * no noun. The phrase is [start, end) in tokens.
 */
export function nounPhraseBefore(tokens: readonly Token[], i: number): { start: number; end: number } | null {
  let j = i - 1;
  if (j < 0 || !NOMINAL.has(tokens[j].pos)) return null;
  const end = i;
  while (j - 1 >= 0) {
    const t = tokens[j - 1];
    const adjacent = tokens[j].start - t.end <= 1;
    if (!adjacent && t.text !== "&") break;
    if (MODIFIER.has(t.pos) || t.text === "&" || t.text === "-" || (t.pos === "PART" && /^[’']s$/.test(t.text))) {
      j--;
      if (t.pos === "DET") break;
      continue;
    }
    if (t.pos === "PRON" && /^(?:its|their|his|her|our)$/i.test(t.text)) j--;
    break;
  }
  // A phrase may not open on a dangling possessive marker or hyphen.
  while (j < end && (tokens[j].text === "&" || tokens[j].text === "-" || /^[’']s$/.test(tokens[j].text))) j++;
  return j < end ? { start: j, end } : null;
}

// Prepositions that may join a role to its field inside a title ("officer in the Azov Brigade",
// "Adviser to the Head of the Office", "the top Republican on the Committee").
const ROLE_PREP = /^(?:of|in|at|for|to|on|with|from)$/i;
const PREMODIFIER = new Set(["ADJ", "NOUN", "PROPN", "NUM", "DET"]);

/**
 * Whether the tokens in text[from, to) form a noun phrase that may stand before a name as its
 * title: nouns, proper nouns, adjectives, numbers and determiners ("Ukrainian officer", "retired
 * teacher", "IEA chief"), a preposition joining a field ("commander of the 3rd brigade"), "and"
 * between nouns ("president and CEO"). A verb, pronoun or any other clause word rules it out, and
 * the phrase must end on a noun or adjective (so "the wife of" before a name is no title).
 * `open`: the phrase ends inside a preposition's object, which runs on into the name that follows
 * ("the top Republican on the", "… on the Senate Energy and" before "Natural Resources Committee").
 */
export function titlePhrase(tokens: readonly Token[], from: number, to: number, open = false): boolean {
  let i = tokenAt(tokens, from);
  const first = i;
  let last: Token | null = null;
  let prep = -1;
  for (; i < tokens.length && tokens[i].end <= to; i++) {
    const t = tokens[i];
    if (i - first > 16) return false;
    const prev = tokens[i - 1];
    if (PREMODIFIER.has(t.pos) || t.text === "-" || t.text === "&" || t.text === "." || /^[’']s$/.test(t.text)) {
      last = t;
      continue;
    }
    // A participle used as an adjective before a common noun: "chief operating officer", "acting
    // mayor", "elected official" (not "the lawyer representing Jane Roe").
    if (t.pos === "VERB" && /^\p{Ll}+(?:ing|ed)$/u.test(t.text) && tokens[i + 1]?.pos === "NOUN" && /^\p{Ll}/u.test(tokens[i + 1].text) && tokens[i + 1].end <= to) {
      last = t;
      continue;
    }
    // A preposition after a noun opens the role's field.
    if (t.pos === "ADP" && ROLE_PREP.test(t.text) && i > first && /^(?:NOUN|PROPN)$/.test(prev.pos)) {
      last = t;
      prep = i;
      continue;
    }
    if (t.pos === "CCONJ" && /^(?:and|&)$/i.test(t.text) && i > first && /^(?:NOUN|PROPN)$/.test(prev.pos) && /^(?:NOUN|PROPN|ADJ)$/.test(tokens[i + 1]?.pos ?? "")) {
      last = t;
      continue;
    }
    return false;
  }
  if (!last || i === first) return false;
  if (open) return prep >= 0 && tokens.slice(prep + 1, i).every((t) => /^(?:DET|PROPN|NUM|CCONJ)$/.test(t.pos) || /^\p{Lu}/u.test(t.text));
  return /^(?:NOUN|PROPN|ADJ)$/.test(last.pos);
}
