// A global pattern opening with a negative lookbehind, scanned without it and the lookbehind asked
// where the rest matches (src/extract/guarded-pattern.ts), must give every match the whole
// pattern gives, in order, with the same captures and lastIndex: over real prose (the committed
// corpus slices), over random text with letters beyond ASCII and surrogate pairs, and in the
// loops of the call sites (a reset lastIndex, a lastIndex moved on by the caller).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { guarded, guardedLookup, leadingLookbehind } from "../../src/extract/guarded-pattern.js";
import { TRIP } from "../../src/extract/envoy-trips.js";
import { REPORT } from "../../src/extract/reporting-verbs.js";
import { sliceTexts } from "../helpers/corpus.js";

// Invented patterns of the shapes the extractor guards: a word list, a capitalised word after a
// verb, a lookbehind of a class beyond letters, one without the "u" flag, a capture after the lookbehind.
const PATTERNS: RegExp[] = [
  new RegExp(REPORT.source, "gu"),
  new RegExp(TRIP.source, TRIP.flags),
  /(?<![\p{L}])(?:said|says|added|wrote) (\p{Lu}(?:[\p{Ll}\p{M}\-]|[’']\p{Lu})*\p{Ll})(?=[.,;!?]|$)/gmu,
  /(?<![\p{L}\p{N}\-])(?:Minister|President|Secretary-General|minister)(?![\p{L}])/gu,
  /(?<![A-Za-z0-9.'’\-\u00C0-\u024F])[A-Z\u00C0-\u00D6][a-z\u00DF-\u00F6]+(?= [A-Z])/g,
  /(?<![\p{L}])[Tt]he ([\p{Lu}][\p{L}]+)( (?:delegation|side))?(?![\p{L}])/gu,
  /(?<![\p{L}\d])(?:Monday|\d{1,2}\s+May|[Ll]ast\s+week)/gu,
  /(?<![\p{L}])(?:é|𝐀|ab)/gu,
];

const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m]);
const viaGuard = (re: RegExp, text: string) => guarded(new RegExp(re.source, re.flags)).matchAll(text).map((m) => [m.index, ...m]);

/** The exec loop of a call site, with the caller moving lastIndex on after some matches (as givenNameSpans does). */
function loop(p: { lastIndex: number; exec(t: string): RegExpExecArray | null }, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  p.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = p.exec(text))) {
    out.push([m.index, p.lastIndex]);
    if (m.index % 3 === 0) p.lastIndex = Math.min(text.length + 1, p.lastIndex + 2);
  }
  out.push([-1, p.lastIndex]);
  return out;
}

describe("guarded patterns", () => {
  it("reads the leading lookbehind, escapes and classes included", () => {
    expect(leadingLookbehind("(?<![\\p{L}])(?:a|b)")).toBe("(?<![\\p{L}])".length);
    expect(leadingLookbehind("(?<![()\\]])x")).toBe("(?<![()\\]])".length);
    expect(leadingLookbehind("(?<!(?:a|b) )c")).toBe("(?<!(?:a|b) )".length);
    expect(leadingLookbehind("(?:a)(?<!b)")).toBe(0);
    expect(leadingLookbehind("(?<=a)b")).toBe(0);
  });

  it("gives a pattern it cannot split back as it is", () => {
    const plain = /said/g;
    expect(guarded(plain).matchAll("she said, he said").map((m) => m.index)).toEqual([4, 13]);
    // A group inside the lookbehind could be referred to: left whole.
    const grouped = /(?<!(a))b/g;
    expect(guarded(grouped).matchAll("ab cb").map((m) => m.index)).toEqual([4]);
  });

  it("finds every match of the whole pattern in the corpus slices", { timeout: 120_000 }, () => {
    const texts = sliceTexts();
    for (const re of PATTERNS) for (const text of texts) expect(viaGuard(re, text)).toEqual(all(re, text));
  });

  it("finds every match in random text with letters beyond ASCII and surrogate pairs", () => {
    const piece = fc.constantFrom("said ", "says", " Roe", "Roe.", "the ", "The ", "Minister", "-", "é", "É", "𝐀", "𝐀said ", "\ud835", "3", " ", ".", "’", "ab", "May", "1 May", "Monday", "delegation", "x", "\n", "President");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        for (const re of PATTERNS) expect(viaGuard(re, text)).toEqual(all(re, text));
        for (const re of PATTERNS) expect(loop(guarded(new RegExp(re.source, re.flags)), text)).toEqual(loop(new RegExp(re.source, re.flags), text));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps the exec loop's lastIndex as the whole pattern does", () => {
    for (const text of sliceTexts().slice(0, 40)) for (const re of PATTERNS) expect(loop(guarded(new RegExp(re.source, re.flags)), text)).toEqual(loop(new RegExp(re.source, re.flags), text));
  });

  it("finds the first match as a pattern without the global flag does", () => {
    const lookup = guardedLookup(new RegExp(REPORT.source, "u"));
    const first = new RegExp(REPORT.source, "u");
    for (const text of ["Roe also said that rates will rise.", "unsaid, resaid. It says", "nothing here", ...sliceTexts().slice(0, 40)]) {
      expect(lookup.exec(text)?.index).toEqual(first.exec(text)?.index);
      expect(lookup.test(text)).toBe(first.test(text));
    }
  });
});
