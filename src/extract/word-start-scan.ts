// The matches of a large alternation of words (the engagement triggers), found by trying it only
// at the starts of words that open with one of its alternatives' first three characters. Run at
// every position of every sentence, the case-insensitive Unicode alternation was a twentieth of
// the extraction time; most words are no candidate, and their first letters rule them out.

/**
 * The `k` lower-case characters (letters and spaces) a match of `patterns` (regular-expression
 * fragments read without case) can open with, or null when their syntax is beyond what is read
 * here or an alternative can match fewer than `k` characters: then the scan falls back to the
 * pattern's own. Read: literal letters and spaces, non-capturing groups with alternatives, "?"
 * after a letter or group, lookarounds and \b (zero-width, skipped); anything else makes its
 * alternative opaque, which is fine once `k` characters are known.
 */
export function leadingPrefixes(patterns: readonly string[], k: number): Set<string> | null {
  const out = new Set<string>();
  for (const p of patterns) {
    const at = { i: 0 };
    const seq = parseSeq(`(?:${p})`, at);
    if (!seq || at.i !== p.length + 4) return null;
    const found = prefixes(seq, k);
    if (!found) return null;
    for (const f of found) {
      if (f.length !== k || !/^[a-z ]+$/.test(f)) return null;
      out.add(f);
    }
  }
  return out;
}

/** Finds the matches of `(?<![\p{L}])(pattern|pattern|…)(?![\p{L}])` with flags "giu" in a string. */
export type WordStartScan = (s: string) => RegExpExecArray[];

/**
 * The matches, in order and as `exec` gives them, of the alternation of `patterns` as a whole word
 * start: `(?<![\p{L}])(…)(?![\p{L}])`, flags "giu". A match opens after a character that is no
 * letter, with three characters that match an opening of the alternatives without case: ASCII
 * letters, spaces, or characters that fold to an ASCII letter (ſ, the Kelvin sign).
 */
export function wordStartScan(patterns: readonly string[]): WordStartScan {
  const re = new RegExp(`(?<![\\p{L}])(${patterns.join("|")})(?![\\p{L}])`, "iuy");
  const opening = leadingPrefixes(patterns, 3);
  if (!opening) {
    const global = new RegExp(re.source, "giu");
    return (s) => [...s.matchAll(global)] as RegExpExecArray[];
  }
  const table = new Uint8Array(28 * 28 * 28);
  for (const o of opening) table[(charCode(o.charCodeAt(0)) * 28 + charCode(o.charCodeAt(1))) * 28 + charCode(o.charCodeAt(2))] = 1;
  return (s) => {
    const out: RegExpExecArray[] = [];
    const n = s.length - 2;
    for (let p = 0; p < n; p++) {
      const a = charCode(s.charCodeAt(p));
      if (!a || !table[(a * 28 + charCode(s.charCodeAt(p + 1))) * 28 + charCode(s.charCodeAt(p + 2))]) continue;
      if (p > 0) {
        const q = s.charCodeAt(p - 1);
        if ((q >= 65 && q <= 90) || (q >= 97 && q <= 122) || (q >= 128 && LETTER_BEFORE.test(s.slice(Math.max(0, p - 2), p)))) continue;
      }
      re.lastIndex = p;
      const m = re.exec(s);
      if (!m) continue;
      out.push(m);
      p += m[0].length - 1;
    }
    return out;
  };
}

const LETTER_BEFORE = /\p{L}$/u;

/** The `k` characters of `s` at `p` as leadingPrefixes gives an opening (folded to a–z and space), or null when one is neither. */
export function foldedOpening(s: string, p: number, k: number): string | null {
  if (p + k > s.length) return null;
  let out = "";
  for (let i = p; i < p + k; i++) {
    const c = charCode(s.charCodeAt(i));
    if (!c) return null;
    out += c === 27 ? " " : String.fromCharCode(96 + c);
  }
  return out;
}

/** 1–26 for a letter that matches a–z without case (ſ is s, the Kelvin sign k), 27 for a space, else 0. */
function charCode(c: number): number {
  if (c >= 97 && c <= 122) return c - 96;
  if (c >= 65 && c <= 90) return c - 64;
  if (c === 32) return 27;
  if (c === 0x17f) return 19;
  if (c === 0x212a) return 11;
  return 0;
}

type Item = { kind: "char"; c: string; optional: boolean } | { kind: "group"; alts: Item[][]; optional: boolean } | { kind: "zero" } | { kind: "opaque" };

interface Cursor {
  i: number;
}

/** The items of a sequence up to the `|` or `)` that ends it (null on unbalanced input). */
function parseSeq(src: string, at: Cursor): Item[] | null {
  const items: Item[] = [];
  while (at.i < src.length && src[at.i] !== "|" && src[at.i] !== ")") {
    const c = src[at.i];
    let item: Item;
    if (c === "(") {
      const look = /^\(\?<?[=!]/.exec(src.slice(at.i));
      const open = look ? look[0].length : src.startsWith("(?:", at.i) ? 3 : 0;
      if (!open) return null;
      at.i += open;
      const alts: Item[][] = [];
      for (;;) {
        const seq = parseSeq(src, at);
        if (!seq) return null;
        alts.push(seq);
        if (src[at.i] === "|") at.i++;
        else if (src[at.i] === ")") break;
        else return null;
      }
      at.i++;
      item = look ? { kind: "zero" } : { kind: "group", alts, optional: false };
    } else if (c === "\\") {
      const e = src[at.i + 1];
      if (e === "b" || e === "B") {
        at.i += 2;
        item = { kind: "zero" };
      } else {
        const m = /^\\(?:[pP]\{[^}]*\}|u[0-9a-fA-F]{4}|.)/.exec(src.slice(at.i));
        if (!m) return null;
        at.i += m[0].length;
        item = { kind: "opaque" };
      }
    } else if (c === "[") {
      const end = src.indexOf("]", at.i + 1);
      if (end < 0) return null;
      at.i = end + 1;
      item = { kind: "opaque" };
    } else if (/[a-zA-Z ]/.test(c)) {
      at.i++;
      item = { kind: "char", c: c.toLowerCase(), optional: false };
    } else {
      at.i++;
      item = { kind: "opaque" };
    }
    const q = src[at.i];
    if (q === "?" || q === "*" || q === "+" || q === "{") {
      const m = /^(?:\?|\*|\+|\{\d*(?:,\d*)?\})\??/.exec(src.slice(at.i));
      if (!m) return null;
      at.i += m[0].length;
      // Only "?" on a letter or group is read; other counts make the item opaque.
      if (m[0] === "?" && (item.kind === "char" || item.kind === "group")) item.optional = true;
      else if (item.kind !== "zero") item = { kind: "opaque" };
    }
    items.push(item);
  }
  return items;
}

/** The strings of `k` characters a match of `seq` can open with (null when one can be shorter, or is opaque there). */
function prefixes(seq: Item[], k: number): Set<string> | null {
  if (k === 0) return new Set([""]);
  if (!seq.length) return null;
  const [first, ...rest] = seq;
  if (first.kind === "zero") return prefixes(rest, k);
  if (first.kind === "opaque") return null;
  const out = new Set<string>();
  const add = (got: Set<string> | null, head = "") => {
    if (!got) return false;
    for (const g of got) out.add(head + g);
    return true;
  };
  if (first.kind === "char" && !add(prefixes(rest, k - 1), first.c)) return null;
  if (first.kind === "group") for (const alt of first.alts) if (!add(prefixes([...alt, ...rest], k))) return null;
  if (first.optional && !add(prefixes(rest, k))) return null;
  return out;
}
