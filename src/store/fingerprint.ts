// A document's fingerprint for near-duplicate detection: hashes of its word 8-grams. The
// stored sample keeps a hash when it is 0 mod 32, chosen by value rather than position, so
// a passage sampled in one document is sampled in every document that contains it: when A
// is an excerpt of B, A's sample is (almost) a subset of B's. Cleaning differences
// (wrapping, markdown, punctuation, case) do not change the words.

/** Words per shingle: long enough that sharing one is rarely chance. */
export const SHINGLE_WORDS = 8;
/** The stored sample keeps one shingle hash in SAMPLE_MODULUS. */
export const SAMPLE_MODULUS = 32;

const WORD = /[\p{L}\p{N}]+/gu;
const BASE = 0x01000193; // FNV prime, as the rolling hash's base

function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
}

/** Every word 8-gram of `text` as a 32-bit hash (a rolling hash over per-word hashes). */
export function shingleHashes(text: string): Set<number> {
  const words: number[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) words.push(wordHash(m[0]));
  const hashes = new Set<number>();
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
    hashes.add((x ^ (x >>> 16)) >>> 0);
  }
  return hashes;
}

/** The stored sample of `text`'s shingle hashes, sorted. */
export function fingerprint(text: string): number[] {
  const kept: number[] = [];
  for (const h of shingleHashes(text)) if (h % SAMPLE_MODULUS === 0) kept.push(h);
  return kept.sort((a, b) => a - b);
}

/** The share of `part`'s shingles that `whole` also has: 1 when part is an excerpt of whole. */
export function containment(part: Set<number>, whole: Set<number>): number {
  if (part.size === 0) return 0;
  let shared = 0;
  for (const h of part) if (whole.has(h)) shared++;
  return shared / part.size;
}
