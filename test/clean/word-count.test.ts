// The word count stored for each document and reported by ingest: the number of /\S+/g matches,
// counted without a match object per word (src/clean/word-count.ts).
import { describe, expect, it } from "vitest";
import { countWords } from "../../src/clean/word-count.js";

const byRegex = (text: string) => [...text.matchAll(/\S+/g)].length;

describe("countWords", () => {
  it.each([
    ["", 0],
    ["   ", 0],
    ["  one  two\tthree\nfour ", 4],
    ["no\u00a0break", 2],
    ["em\u2003space, ideographic\u3000space", 4],
    ["zero\u200bwidth", 1],
    ["line\u2028separator\ufeffbom", 3],
    ["𝐀𝐁 😀 x", 3],
  ])("%j has %i words", (text, n) => {
    expect(countWords(text)).toBe(n);
    expect(byRegex(text)).toBe(n);
  });

  it("agrees with /\\S+/g on text of every kind of character", () => {
    const pool = ["a", "Ж", "1", " ", "\t", "\n", "\u00a0", "\u2009", "\u200b", "\u3000", "\ufeff", "😀", "\ud800", "-", "."];
    let seed = 7;
    for (let k = 0; k < 2000; k++) {
      let s = "";
      for (let i = 0; i < 40; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        s += pool[seed % pool.length];
      }
      expect(countWords(s), JSON.stringify(s)).toBe(byRegex(s));
    }
  });
});
