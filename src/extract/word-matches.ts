// Matches of a pattern built around one word ("up to two capitalised words, then Roe"), found
// near the word's occurrences instead of by running the pattern at every position of the text: a
// per-word pattern scanned over a whole article, for each of dozens of words, was a tenth of the
// extraction time.
import { escapeRegExp } from "./regexp-escape.js";

// One compiled pattern per word across documents (surnames recur), for each kind of pattern.
const compiled = new Map<string, RegExp>();

/** `make(escaped word)` compiled sticky (flags "uy"), kept across calls under `kind` and the word. */
export function wordPattern(kind: string, word: string, make: (escaped: string) => string): RegExp {
  const key = `${kind}\u0000${word}`;
  let re = compiled.get(key);
  if (!re) {
    if (compiled.size >= 8192) compiled.clear();
    re = new RegExp(make(escapeRegExp(word)), "uy");
    compiled.set(key, re);
  }
  return re;
}

/**
 * The matches `text.matchAll(re)` would give with `re` global, in order, for a sticky `re` whose
 * every match opens with a capital (A–Z or a character beyond ASCII) and holds an occurrence of
 * `word`, with at most `blanks` ASCII whitespace characters before that occurrence and otherwise
 * only letters, marks, apostrophes, hyphens and dots. So a match after `from` starts in the run of
 * such characters before the next occurrence of the word (indexOf), and `re` is tried only at the
 * capitals of that run.
 */
export function* wordMatches(text: string, word: string, re: RegExp, blanks: number): Generator<RegExpExecArray> {
  let from = 0;
  for (let q = text.indexOf(word, from); q >= 0; q = text.indexOf(word, from)) {
    let p = q;
    for (let seen = 0; p > from; p--) {
      const c = text.charCodeAt(p - 1);
      if (c === 32 || (c >= 9 && c <= 13)) {
        if (++seen > blanks) break;
      } else if (!(c >= 128 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 39 || c === 45)) break;
    }
    let m: RegExpExecArray | null = null;
    for (; p <= q && !m; p++) {
      const c = text.charCodeAt(p);
      // Never inside a surrogate pair, where a global search does not start either.
      if (!(c >= 128 || (c >= 65 && c <= 90)) || (c >= 0xdc00 && c <= 0xdfff && p > 0 && (text.charCodeAt(p - 1) & 0xfc00) === 0xd800)) continue;
      re.lastIndex = p;
      m = re.exec(text);
    }
    if (!m) {
      from = q + 1;
      continue;
    }
    from = m.index + m[0].length;
    yield m;
  }
}
