// Snippets of search hits, computed in JavaScript within a fixed budget. FTS5's snippet()
// scores every candidate passage against every hit of the text, which grows with the square
// of the hits: a 5 MB document naming "Putin" 20,000 times took over a minute. Here a
// snippet reads at most SCAN_CHARS characters, checks at most MAX_CANDIDATES words, and
// chooses among at most MAX_HITS hits; past the budget the snippet is the text's beginning.
import { escapeRegExp } from "../extract/regexp-escape.js";
import { foldText, porterStem, TOKEN_CHAR } from "./fts-tokens.js";

/** Matched terms in snippets are wrapped in these. */
export const MARK_OPEN = "<mark>";
export const MARK_CLOSE = "</mark>";
export const ELLIPSIS = "…";

/** Where the first hit is looked for. */
export const SCAN_CHARS = 256 * 1024;
/** Characters of a text read for its snippet: the scan, and room for the passage after a hit. */
export const READ_CHARS = SCAN_CHARS + 8 * 1024;
/** Words that start like a searched stem and are stemmed to check (the rest are skipped by a regex). */
export const MAX_CANDIDATES = 1_000;
/** Hits the passage is chosen among. */
export const MAX_HITS = 64;
/** How far after the first hit the other hits are collected. */
const HIT_REGION_CHARS = 2_000;

/** What one term of the query matches: a run of tokens, each with the stems it accepts. */
export interface SnippetPattern {
  stems: ReadonlySet<string>[];
}

export interface SnippetOptions {
  /** Tokens in the passage. */
  tokens: number;
}

export interface SnippetResult {
  text: string;
  /** Whether any hit was found within the budget (else `text` is the beginning, unmarked). */
  marked: boolean;
  /** Words stemmed to check them: the work done, bounded by MAX_CANDIDATES. */
  candidates: number;
}

interface Hit {
  start: number;
  end: number;
  pattern: number;
}

const NEXT_TOKEN = new RegExp(`[${TOKEN_CHAR}]+`, "gu");
const TOKEN_IN = new RegExp(`[${TOKEN_CHAR}]`, "u");
// The next word of a phrase: FTS5 skips any separators between them; 100 is plenty for text.
const PHRASE_NEXT = new RegExp(`[^${TOKEN_CHAR}]{0,100}([${TOKEN_CHAR}]+)`, "uy");

/**
 * What a word with this stem starts with. Porter only rewrites endings, and only a final
 * i (from y), e or l of the stem can differ from the word ("happi" ← "happy", "culpabl" ←
 * "culpability"): true of all 104k distinct words of the White House corpus.
 */
const head = (stem: string) => (stem.length > 1 && "iel".includes(stem[stem.length - 1]!) ? stem.slice(0, -1) : stem);

/**
 * A matcher for the given patterns: a regex finds the words that start like a searched stem,
 * then each is stemmed to confirm it.
 */
export class SnippetMatcher {
  private readonly candidate: RegExp | null;

  constructor(private readonly patterns: readonly SnippetPattern[]) {
    const heads = new Set<string>();
    for (const p of patterns) for (const stem of p.stems[0] ?? []) heads.add(head(stem));
    const alternatives = [...heads].sort((a, b) => b.length - a.length).map(foldedPattern);
    this.candidate = alternatives.length ? new RegExp(`(?<![${TOKEN_CHAR}])(?:${alternatives.join("|")})[${TOKEN_CHAR}]*`, "gu") : null;
  }

  snippet(text: string, options: SnippetOptions): SnippetResult {
    const { hits, candidates } = this.findHits(text);
    if (hits.length === 0) return { text: leading(text, options.tokens), marked: false, candidates };
    return { text: passage(text, hits, options.tokens), marked: true, candidates };
  }

  /** The first hits of the text, within the budget. */
  private findHits(text: string): { hits: Hit[]; candidates: number } {
    const hits: Hit[] = [];
    let candidates = 0;
    const re = this.candidate;
    if (!re) return { hits, candidates };
    re.lastIndex = 0;
    const limit = Math.min(text.length, SCAN_CHARS);
    let regionEnd = limit;
    for (let m = re.exec(text); m && m.index < regionEnd; m = re.exec(text)) {
      if (++candidates > MAX_CANDIDATES) break;
      const hit = this.matchAt(text, m.index, m[0]);
      if (!hit) continue;
      if (hits.length === 0) regionEnd = Math.min(text.length, m.index + HIT_REGION_CHARS);
      hits.push(hit);
      if (hits.length >= MAX_HITS) break;
      re.lastIndex = hit.end;
    }
    return { hits, candidates: Math.min(candidates, MAX_CANDIDATES) };
  }

  /** The pattern (the longest, if several) that matches the tokens starting at `start`. */
  private matchAt(text: string, start: number, first: string): Hit | null {
    const stem = porterStem(foldText(first));
    let best: Hit | null = null;
    this.patterns.forEach((p, i) => {
      if (!p.stems[0]!.has(stem)) return;
      let end = start + first.length;
      for (let k = 1; k < p.stems.length; k++) {
        PHRASE_NEXT.lastIndex = end;
        const next = PHRASE_NEXT.exec(text);
        if (!next || !p.stems[k]!.has(porterStem(foldText(next[1]!)))) return;
        end = PHRASE_NEXT.lastIndex;
      }
      if (!best || end > best.end) best = { start, end, pattern: i };
    });
    return best;
  }
}

/** A regex for a folded string that also matches its upper-case and accented spellings. */
function foldedPattern(folded: string): string {
  return [...folded].map((c) => VARIANTS.get(c) ?? escapeRegExp(c)).join("");
}

/** For each folded letter, a character class of the letters that fold to it (Latin script). */
const VARIANTS: ReadonlyMap<string, string> = (() => {
  const groups = new Map<string, string[]>();
  const ranges: [number, number][] = [
    [0x41, 0x5a],
    [0x61, 0x7a],
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) {
      const c = String.fromCharCode(code);
      const folded = foldText(c);
      if (folded.length !== 1) continue;
      groups.set(folded, [...(groups.get(folded) ?? []), c]);
    }
  }
  return new Map([...groups].map(([folded, chars]) => [folded, `[${[...new Set([folded, ...chars])].join("")}]`]));
})();

interface Token {
  start: number;
  end: number;
}

/** Tokens of text[from, to). */
function tokensIn(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  NEXT_TOKEN.lastIndex = from;
  for (let m = NEXT_TOKEN.exec(text); m && m.index < to; m = NEXT_TOKEN.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** The beginning of a text, `size` tokens, when no hit was found. */
function leading(text: string, size: number): string {
  const bound = Math.min(text.length, size * 40);
  const tokens = tokensIn(text, 0, bound);
  const end = tokens.length > size ? tokens[size - 1]!.end : bound;
  return text.slice(0, end) + (end < text.length ? ELLIPSIS : "");
}

/**
 * The passage of `size` tokens with the most distinct patterns among the hits (then the most
 * hits, then the earliest), a quarter of it before its first hit; hits marked.
 */
function passage(text: string, hits: Hit[], size: number): string {
  const from = Math.max(0, hits[0]!.start - size * 20);
  const to = Math.min(text.length, hits[hits.length - 1]!.end + size * 20);
  const tokens = tokensIn(text, from, to);
  // The region may begin inside a word: its first token would be a fragment.
  if (from > 0 && TOKEN_IN.test(text[from - 1]!) && tokens[0]?.start === from) tokens.shift();
  const tokenIndex = (offset: number) => {
    const i = tokens.findIndex((t) => t.end > offset);
    return i < 0 ? tokens.length - 1 : i;
  };
  let best = { start: 0, distinct: -1, count: 0 };
  for (const h of hits) {
    // Near the end of the region the passage starts earlier, to stay `size` tokens long.
    const start = Math.max(0, Math.min(tokenIndex(h.start) - Math.floor(size / 4), tokens.length - size));
    const endOffset = tokens[Math.min(tokens.length, start + size) - 1]!.end;
    const inside = hits.filter((x) => x.start >= tokens[start]!.start && x.end <= endOffset);
    const distinct = new Set(inside.map((x) => x.pattern)).size;
    if (distinct > best.distinct || (distinct === best.distinct && inside.length > best.count)) best = { start, distinct, count: inside.length };
  }
  const last = Math.min(tokens.length, best.start + size) - 1;
  let startOffset = tokens[best.start]!.start;
  const endOffset = tokens[last]!.end;
  // A passage that begins the text keeps whatever precedes its first word (a quotation mark).
  if (best.start === 0 && from === 0) startOffset = 0;
  let out = startOffset > 0 ? ELLIPSIS : "";
  let at = startOffset;
  for (const h of hits) {
    if (h.start < startOffset || h.end > endOffset) continue;
    out += text.slice(at, h.start) + MARK_OPEN + text.slice(h.start, h.end) + MARK_CLOSE;
    at = h.end;
  }
  out += text.slice(at, endOffset);
  // A passage that ends the text keeps its closing punctuation.
  const tail = text.slice(endOffset, endOffset + 200);
  return out + (endOffset + tail.length === text.length && !TOKEN_IN.test(tail) ? tail.trimEnd() : endOffset < text.length ? ELLIPSIS : "");
}
