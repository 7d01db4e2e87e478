// `re.test(s.slice(0, end))` asked again and again with a growing `end` (one question per cue of
// a sentence: "is there a 'will' before this cue?") costs the whole prefix each time, which is
// quadratic in the sentence. PrefixTest answers the same questions scanning each character a
// bounded number of times.
//
// Exact for a regex whose matches are at most `maxLen` characters long and end in an ASCII word
// character followed by `\b` (lookbehinds and a leading `\b` are fine): then a match within a
// prefix that ends before the prefix's end is a match within every longer prefix, and a longer
// prefix has no match a shorter one lacked except those ending after the shorter one's end,
// which start at most `maxLen` characters before that end.

export class PrefixTest {
  private readonly global: RegExp;
  /** No match of a longer prefix starts before this offset, unless `settled`. */
  private from = 0;
  /** A match ends before the last prefix's end: every longer prefix matches too. */
  private settled = false;
  private lastEnd = 0;

  constructor(
    private readonly re: RegExp,
    private readonly s: string,
    private readonly maxLen: number,
  ) {
    this.global = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
  }

  test(end: number): boolean {
    end = Math.min(Math.max(end, 0), this.s.length);
    if (end < this.lastEnd) {
      // A shorter prefix than the last one asked about: answered directly, state untouched.
      this.global.lastIndex = 0;
      return this.global.exec(this.s.slice(0, end)) !== null;
    }
    this.lastEnd = end;
    if (this.settled) return true;
    this.global.lastIndex = this.from;
    const m = this.global.exec(this.s.slice(0, end));
    this.from = Math.max(0, end - this.maxLen);
    if (!m) return false;
    if (m.index + m[0].length < end) this.settled = true;
    return true;
  }
}
