// Documents built to make an extractor slow: one pattern repeated to a given size. Used by
// bench/extract-worst.ts (time per size) and test/extract/worst-case.test.ts.

/** A deterministic name of two capitalised words for index i ("Bakelo Mikebu"), distinct up to 10^5. */
function name(i: number): string {
  const syl = ["ba", "ke", "lo", "mi", "nu", "ra", "si", "to", "vu", "ze"];
  const word = (n: number) => {
    let w = "";
    for (let k = 0; k < 5; k++, n = Math.floor(n / 10)) w += syl[n % 10];
    return w[0].toUpperCase() + w.slice(1);
  };
  return `${word(i)} ${word(i * 7 + 3)}`;
}

export interface WorstCase {
  name: string;
  /** What makes it costly. */
  why: string;
  head: string;
  /** The repeated part; a function for parts that vary (distinct names). */
  unit: string | ((i: number) => string);
  /**
   * Paragraphs of about this many characters instead of one run, each opening with
   * "In <a distinct name>, " so that cleaning keeps them (it drops repeated paragraphs).
   */
  sentence?: number;
}

// Just under MAX_RULE_SENTENCE: the longest sentences the per-cue rules still read.
const NEAR_CAP = 1990;

export const WORST_CASES: WorstCase[] = [
  { name: "talks", why: "one sentence, an engagement cue every 14 characters (the red-team document)", head: "Putin said that ", unit: "the talks and " },
  { name: "talks-near-cap", why: "the same in sentences just under the length cap", head: "Putin said that ", unit: "the talks and ", sentence: NEAR_CAP },
  { name: "cues-near-cap", why: "sentences under the cap dense with cues, mentions and dates", head: "", unit: "Putin met Biden on Monday and will call Macron and ", sentence: NEAR_CAP },
  { name: "negated-near-cap", why: "sentences under the cap with a negation before every cue", head: "", unit: "Putin did not meet Biden and ", sentence: NEAR_CAP },
  { name: "reports-near-cap", why: "sentences under the cap dense with reporting verbs", head: "", unit: "Putin said that Biden told Macron that ", sentence: NEAR_CAP },
  { name: "quotes-near-cap", why: "sentences under the cap full of quotations", head: "", unit: "“We will talk,” he said, ", sentence: NEAR_CAP },
  { name: "quotes", why: "a quotation per sentence (the red-team document)", head: "", unit: "“We will talk,” Putin said. " },
  { name: "quotes-one-sentence", why: "quotations in one sentence", head: "", unit: "“We will talk,” Putin said, " },
  { name: "cues-mentions-dates", why: "one sentence of cues, actors and dates", head: "", unit: "Putin met Biden and will call Macron on Monday, January 5, and " },
  { name: "reported-speech", why: "one sentence of reporting verbs", head: "", unit: "Putin said that Biden told Macron that " },
  { name: "engagements", why: "a short sentence per engagement", head: "", unit: "Putin met Biden in Geneva on Monday. " },
  { name: "agreed", why: "back-references to the last engagement", head: "Putin spoke with Biden by phone. ", unit: "The two leaders agreed to continue contacts. " },
  { name: "distinct-names", why: "a new person in every sentence", head: "", unit: (i) => `President ${name(i)} met Prime Minister ${name(i + 1)} and said that “talks will continue.” ` },
  { name: "capitalised", why: "one run of capitalised words", head: "", unit: "United Nations Security " },
  { name: "one-word", why: "no spaces at all", head: "", unit: "abcdefghij" },
  { name: "abbreviations", why: "periods that end no sentence", head: "", unit: "U.S. Sen. Dr. J. " },
  { name: "nested-quotes", why: "unclosed nested quotation marks", head: "", unit: "“‘We will ‘talk “with " },
];

export function worstCaseText(c: WorstCase, bytes: number): string {
  let paragraphs = 0;
  const head = () => (c.sentence ? `In ${name(paragraphs++)}, ${c.head}` : c.head);
  const first = head();
  const parts: string[] = [first];
  let size = Buffer.byteLength(first);
  let para = first.length;
  for (let i = 0; size < bytes; i++) {
    const u = typeof c.unit === "string" ? c.unit : c.unit(i);
    if (c.sentence && para + u.length > c.sentence) {
      const h = head();
      parts.push(".\n\n", h);
      size += 3 + Buffer.byteLength(h);
      para = h.length;
    }
    parts.push(u);
    size += Buffer.byteLength(u);
    para += u.length;
  }
  return parts.join("");
}
