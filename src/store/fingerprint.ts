// A document's fingerprint for near-duplicate detection: hashes of its word 8-grams. The
// stored sample keeps a hash when it is 0 mod 32, chosen by value rather than position, so
// a passage sampled in one document is sampled in every document that contains it: when A
// is an excerpt of B, A's sample is (almost) a subset of B's. Cleaning differences
// (wrapping, markdown, punctuation, case) do not change the words.

/** Words per shingle: long enough that sharing one is rarely chance. */
export const SHINGLE_WORDS = 8;
/** The stored sample keeps one shingle hash in SAMPLE_MODULUS. */
export const SAMPLE_MODULUS = 32;

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const BASE = 0x01000193; // FNV prime, as the rolling hash's base

// Whether a UTF-16 unit below 0xd800 or above 0xdfff is a word character, as /[\p{L}\p{N}]/u
// says: 0 not asked yet, 1 yes, 2 no. A match object per word made fingerprinting 6% of a
// prepare worker's time; a regex now answers each new character once.
const bmpWordChar = new Uint8Array(0x10000);
const astralWordChar = new Map<number, boolean>();

function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  let v = bmpWordChar[c];
  if (v === 0) bmpWordChar[c] = v = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

function isWordPair(hi: number, lo: number): boolean {
  const cp = ((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  let v = astralWordChar.get(cp);
  if (v === undefined) astralWordChar.set(cp, (v = WORD_CHAR.test(String.fromCodePoint(cp))));
  return v;
}

/**
 * Calls `each` with the hash of every word 8-gram of `text` (a rolling hash over per-word FNV
 * hashes; a word is a run of letters and digits of the lowercased text, its hash over its UTF-16
 * units), repeats included.
 */
function eachShingle(text: string, each: (hash: number) => void): void {
  const t = text.toLowerCase();
  const words: number[] = [];
  let w = 0;
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    let units = 0;
    if (c < 0xd800 || c > 0xdfff) units = isWordUnit(c) ? 1 : 0;
    else if (c <= 0xdbff && i + 1 < t.length) {
      const lo = t.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff && isWordPair(c, lo)) units = 2;
    }
    if (units === 0) {
      if (inWord) words.push(w);
      inWord = false;
      continue;
    }
    if (!inWord) w = 0x811c9dc5;
    inWord = true;
    w = Math.imul(w ^ c, 0x01000193);
    if (units === 2) w = Math.imul(w ^ t.charCodeAt(++i), 0x01000193);
  }
  if (inWord) words.push(w);
  // BASE^(SHINGLE_WORDS-1): the weight of the word leaving the window.
  let top = 1;
  for (let i = 1; i < SHINGLE_WORDS; i++) top = Math.imul(top, BASE);
  let h = 0;
  for (let i = 0; i < words.length; i++) {
    if (i >= SHINGLE_WORDS) h = (h - Math.imul(words[i - SHINGLE_WORDS]!, top)) | 0;
    h = (Math.imul(h, BASE) + words[i]!) | 0;
    if (i < SHINGLE_WORDS - 1) continue;
    // Mixed, because the low bits of a polynomial hash are weak and sampling reads them.
    let x = h ^ (h >>> 16);
    x = Math.imul(x, 0x45d9f3b);
    each((x ^ (x >>> 16)) >>> 0);
  }
}

/** Every word 8-gram of `text` as a 32-bit hash. */
export function shingleHashes(text: string): Set<number> {
  const hashes = new Set<number>();
  eachShingle(text, (h) => hashes.add(h));
  return hashes;
}

/** The stored sample of `text`'s shingle hashes, sorted. */
export function fingerprint(text: string): number[] {
  // Only the sample is kept: a set of every shingle was most of the cost.
  const kept = new Set<number>();
  eachShingle(text, (h) => {
    if (h % SAMPLE_MODULUS === 0) kept.add(h);
  });
  return [...kept].sort((a, b) => a - b);
}

/** The share of `part`'s shingles that `whole` also has: 1 when part is an excerpt of whole. */
export function containment(part: Set<number>, whole: Set<number>): number {
  if (part.size === 0) return 0;
  let shared = 0;
  for (const h of part) if (whole.has(h)) shared++;
  return shared / part.size;
}
