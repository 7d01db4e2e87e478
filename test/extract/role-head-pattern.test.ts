// The search for the person introduced with a role noun (subject-np.ts, introducedIn) uses one
// pattern per noun, built once and scanned with its leading lookbehind asked only where the rest
// matches (guarded-pattern.ts). It must find what the pattern built per call found, on any slice
// of real text (a slice's start has no letter before it, its end no letter after).
import { describe, expect, it } from "vitest";
import { headPattern, ROLE_FORMS } from "../../src/extract/subject-np.js";
import { escapeRegExp } from "../../src/extract/regexp-escape.js";
import { sliceTexts } from "../helpers/corpus.js";

const perCall = (head: string) => {
  const forms = [head, ...(ROLE_FORMS.get(head) ?? [])].map((f) => escapeRegExp(f).replace(/ /g, "\\s+"));
  return new RegExp(`(?<![\\p{L}])(?:${forms.join("|")})(?![\\p{L}\\-])`, "giu");
};
const spans = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => `${m.index}:${m[0]}`);

describe("the role-noun pattern", () => {
  const heads = ["president", "minister", "senator", "congresswoman", "general", "ambassador", "secretary", "spokesperson", "chief"];

  it("finds what the per-call pattern finds over the corpus slices, whole and cut anywhere", () => {
    let hits = 0;
    const texts = sliceTexts();
    for (const head of heads) {
      for (const [i, text] of texts.entries()) {
        const from = (i * 7919) % Math.max(1, text.length);
        for (const s of [text, text.slice(from), text.slice(0, from), text.slice(from >> 1, from)]) {
          const want = spans(s.matchAll(perCall(head)));
          hits += want.length;
          expect(spans(headPattern(head).matchAll(s))).toEqual(want);
        }
      }
    }
    expect(hits).toBeGreaterThan(100);
  });

  it.each([
    ["senator", "Sen. Jane Roe spoke. The senator said", 2],
    ["general", "Colonel-General Jane Roe arrived; the general-secretary left; the general spoke.", 2],
    ["president", "Vice-presidential candidates and the President-elect met the president.", 1],
  ] as const)("invented: %s in %s", (head, text, n) => {
    const found = spans(headPattern(head).matchAll(text));
    expect(found).toEqual(spans(text.matchAll(perCall(head))));
    expect(found.length).toBe(n);
  });

  it("is built once per noun", () => {
    expect(headPattern("minister")).toBe(headPattern("minister"));
  });
});
