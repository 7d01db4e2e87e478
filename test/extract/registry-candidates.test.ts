// Where registry matching tries a name (src/extract/registry.ts nextCandidate): the starts a global
// scan of its pattern finds. Strings written for the purpose, and the corpus slices.
import { describe, expect, it } from "vitest";
import { sliceTexts } from "../helpers/corpus.js";
import { nextCandidate } from "../../src/extract/registry.js";

const GLOBAL = /(?<![\p{L}\p{N}])(?:[\p{Lu}\p{N}]|(?:von|van|al|el|de)[\s-])/gu;
const reference = (text: string) => [...text.matchAll(GLOBAL)].map((m) => [m.index, m[0].length]);
const scanned = (text: string) => {
  const out: number[][] = [];
  for (let c = nextCandidate(text, 0); c; c = nextCandidate(text, c[0] + c[1])) out.push([c[0], c[1]]);
  return out;
};

describe("registry candidates", () => {
  it.each([
    "Jane Roe met John Doe in Freedonia on 12 May.",
    "x\u{1D400}A \u{1D400}B ÉA éB 5A a5B von X, de-Roe, al Acme el-Roe, ÅB",
    "\uDC00A \uD835A Ⅻ ½ 𝟙2 van\u00a0Doe del Roe d'Acme",
    "de",
    "",
  ])("finds the global scan's starts: %s", (text) => {
    expect(scanned(text)).toEqual(reference(text));
  });

  it("finds the global scan's starts over the corpus slices", () => {
    for (const text of sliceTexts()) expect(scanned(text)).toEqual(reference(text));
  });
});
