import { describe, expect, it } from "vitest";
import { wordMatches, wordPattern } from "../../src/extract/word-matches.js";

// The two shapes of pattern the extractor builds around a word (bare-names.ts, actors.ts).
const GIVEN_BEFORE = (esc: string) =>
  `(?<![\\p{L}\\p{M}’'.\\-])(?:(?:(?:\\p{Lu}\\.)+|\\p{Lu}[\\p{Ll}’'\\-]+)[ \\t]){1,2}${esc}(?![\\p{L}])|(?<![\\p{L}])${esc}[ \\t]\\p{Lu}[\\p{Ll}’'\\-]+`;
const NAME_WORDS_BEFORE = (esc: string) => `(?<![\\p{L}\\p{M}'’.&-])((?:[\\p{Lu}][\\p{L}\\p{M}'’-]+\\s){1,2})${esc}(?![\\p{L}\\p{M}'’-])`;

const TEXTS = [
  "Jane Roe said the plan was sound. Later Roe said more, and J. Q. Roe agreed; Roe Holdings declined.",
  "Roe Roe Roe. Roebuck Roe said\tthat Mary\tRoe and Tom  Roe left; the Roe-Smith family stayed.",
  "When Roe spoke, Dr. Ann-Marie O’Roe and Ann Marie Roe listened. Émile Roe and Ｒoe too. 𝐀nna Roe, 𝐀 Roe.",
  "Acme said. The Acme Fund and Acme Chrome; Sophie Acme. Sophie said Acme\nAcme Acme.",
  "",
];
const WORDS = ["Roe", "Acme", "Sophie", "Roebuck", "Ann", "Marie", "Roe-Smith"];

describe("wordMatches", () => {
  for (const [name, make] of [["given names before", GIVEN_BEFORE], ["name words before", NAME_WORDS_BEFORE]] as const) {
    it(`gives the matches of a global search, in order (${name})`, () => {
      let found = 0;
      for (const text of TEXTS) {
        for (const w of WORDS) {
          const global = new RegExp(make(w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")), "gu");
          const expected = [...text.matchAll(global)].map((m) => [m.index, m[0], m[1]]);
          const got = [...wordMatches(text, w, wordPattern(name, w, make), 2)].map((m) => [m.index, m[0], m[1]]);
          expect(got, `${w} in ${JSON.stringify(text)}`).toEqual(expected);
          found += got.length;
        }
      }
      expect(found).toBeGreaterThan(10);
    });
  }

  it("finds no match where the word does not occur", () => {
    expect([...wordMatches("Jane Doe said so.", "Roe", wordPattern("t", "Roe", GIVEN_BEFORE), 2)]).toEqual([]);
  });
});
