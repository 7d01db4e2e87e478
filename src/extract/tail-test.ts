// A test anchored at the end of a long left context ("is 'will' just before this verb?") still
// makes the regex engine try every start position of the context: quadratic when asked once
// per verb of a sentence. TailTest asks it of the last few dozen characters instead.

const WINDOW = 80;
const NON_SPACE_RUN = /\S+/g;

/**
 * `re.test(s)` for a regex that ends in `$` and whose matches hold at most `maxRuns` runs of
 * non-space characters. Exact: a match starting before the window would cover the whole
 * window, so a window with more runs than that cannot be inside one; a match found at the
 * window's first character is checked again on the whole string, since a lookbehind or `\b`
 * there could not see what precedes the window.
 */
export function testTail(re: RegExp, s: string, maxRuns: number): boolean {
  if (s.length <= WINDOW) return re.test(s);
  const w = s.slice(s.length - WINDOW);
  const m = re.exec(w);
  if (m && m.index > 0) return true;
  if (m || (w.match(NON_SPACE_RUN)?.length ?? 0) <= maxRuns) return re.test(s);
  return false;
}
