// A global pattern that opens with a negative lookbehind, `(?<![\p{L}])said|says|…`, scanned
// without it: V8 finds the candidates of a pattern whose first characters are literal with a
// fast search, but tries a leading lookbehind at every position of the text (five times slower
// on an article). The pattern without the lookbehind finds the leftmost place where the rest
// matches; the lookbehind is then asked there alone, and where it fails the scan goes on one
// character later. That is the place and the match the whole pattern finds, since the
// lookbehind is zero-width, captures nothing and depends only on where the match starts.

/** What the call sites of a global RegExp use: `lastIndex`, `exec`, and `matchAll` by a method. */
export interface GuardedPattern {
  lastIndex: number;
  readonly source: string;
  readonly flags: string;
  exec(text: string): RegExpExecArray | null;
  matchAll(text: string): RegExpExecArray[];
}

/** The length of the leading `(?<!…)` group of `source` (balanced parentheses, escapes and classes skipped), or 0. */
export function leadingLookbehind(source: string): number {
  if (!source.startsWith("(?<!")) return 0;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return 0;
}

/**
 * `re` (global, opening with a negative lookbehind) as a pattern whose scans give the matches,
 * lastIndex and all, that `re`'s own would. A pattern that can match the empty string, or whose
 * rest could refer to a group of the lookbehind, is returned as it is (the lookbehind must hold
 * no group: it has none to refer to).
 */
export function guarded(re: RegExp): GuardedPattern {
  const cut = leadingLookbehind(re.source);
  const head = re.source.slice(0, cut);
  if (!re.global || re.sticky || !cut || /\((?!\?)|\(\?</.test(head.slice(4)) || /\\\d|\\k</.test(re.source) || re.test("")) {
    re.lastIndex = 0;
    return Object.assign(re, { matchAll: (text: string) => [...text.matchAll(re)] as RegExpExecArray[] });
  }
  const body = new RegExp(re.source.slice(cut), re.flags);
  const guard = new RegExp(head, re.flags.replace("g", "") + "y");
  const unicode = re.unicode;
  const pattern: GuardedPattern = {
    lastIndex: 0,
    source: re.source,
    flags: re.flags,
    exec(text: string): RegExpExecArray | null {
      let from = pattern.lastIndex;
      for (;;) {
        if (from > text.length) break;
        body.lastIndex = from;
        const m = body.exec(text);
        if (!m) break;
        guard.lastIndex = m.index;
        if (guard.test(text)) {
          pattern.lastIndex = body.lastIndex;
          return m;
        }
        // On to the next character (a whole surrogate pair where the pattern reads code points).
        const c = text.charCodeAt(m.index);
        from = m.index + (unicode && c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(m.index + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
      }
      pattern.lastIndex = 0;
      return null;
    },
    matchAll(text: string): RegExpExecArray[] {
      const out: RegExpExecArray[] = [];
      const saved = pattern.lastIndex;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        out.push(m);
        // As String.prototype.matchAll steps over an empty match.
        if (m[0] === "") pattern.lastIndex += unicode && (text.charCodeAt(m.index) & 0xfc00) === 0xd800 && (text.charCodeAt(m.index + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      }
      pattern.lastIndex = saved;
      return out;
    },
  };
  return pattern;
}

/** What the call sites of a pattern without the global flag use: the first match from the text's start. */
export interface GuardedLookup {
  readonly source: string;
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
}

/** `re` (not global, opening with a negative lookbehind) as a lookup giving the first match `re.exec` would. */
export function guardedLookup(re: RegExp): GuardedLookup {
  if (re.global || re.sticky) throw new Error(`guardedLookup: /${re.source}/${re.flags} is global or sticky`);
  const g = guarded(new RegExp(re.source, re.flags + "g"));
  const exec = (text: string) => {
    g.lastIndex = 0;
    return g.exec(text);
  };
  return { source: re.source, exec, test: (text) => exec(text) !== null };
}
