import { describe, expect, it } from "vitest";
import { nounPhraseBefore, tag, tokenAt } from "../../src/extract/backbone.js";

describe("backbone: tokens with offsets, tags and lemmas", () => {
  it("gives offsets into the whole text when a span is tagged", () => {
    const text = "Intro line.\n“We don’t know,” the U.S. envoy said on Friday. Next sentence here.";
    const start = text.indexOf("“");
    const end = text.indexOf(" Next");
    const toks = tag(text, start, end);
    expect(toks.length).toBeGreaterThan(8);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks[0].start).toBe(start);
    expect(toks[toks.length - 1].end).toBe(end);
  });

  it("tags a reporting verb and lemmatises its forms", () => {
    const cases: Array<[string, string, string]> = [
      ["The Freedonian ministry said the border was closed.", "said", "say"],
      ["Northbank warned that prices would rise.", "warned", "warn"],
      ["Officials have stressed that the road is open.", "stressed", "stress"],
    ];
    for (const [s, verb, lemma] of cases) {
      const t = tag(s).find((x) => x.text === verb)!;
      expect(t.pos).toBe("VERB");
      expect(t.lemma).toBe(lemma);
    }
  });

  it("finds the noun phrase before a verb", () => {
    const cases: Array<[string, string, string | null]> = [
      ["Freedonian authorities said the road was open.", "said", "Freedonian authorities"],
      ["Then the RAC said petrol had risen.", "said", "the RAC"],
      ["Lakeside Power Holdings said it would sell the plant.", "said", "Lakeside Power Holdings"],
      ["It said nothing.", "said", null],
    ];
    for (const [s, verb, phrase] of cases) {
      const toks = tag(s);
      const i = toks.findIndex((x) => x.text === verb);
      const np = nounPhraseBefore(toks, i);
      expect(np ? s.slice(toks[np.start].start, toks[np.end - 1].end) : null).toBe(phrase);
    }
  });

  it("tokenAt finds the first token at or after an offset", () => {
    const toks = tag("Roe said no.");
    expect(toks[tokenAt(toks, 4)].text).toBe("said");
    expect(tokenAt(toks, 100)).toBe(toks.length);
  });

  it("handles empty input", () => {
    expect(tag("")).toEqual([]);
  });
});

describe("backbone: a document is tokenized the same whatever was read before it", () => {
  // wink-nlp learns the words it reads; a word it has seen whole ("Quillmark’s,") would otherwise
  // stay whole in every later text, so a document's facts depended on the documents before it.
  it("keeps a possessive apart after another text used the word whole", () => {
    const s = "An analysis by the research firm Quillmark’s estimates that prices will fall.";
    const before = tag(s).map((t) => [t.text, t.pos]);
    tag("The investment firm, Quillmark’s, says so. Quillmark’s, a firm, agrees.");
    expect(tag(s).map((t) => [t.text, t.pos])).toEqual(before);
    expect(before.map(([w]) => w)).toContain("Quillmark");
  });
});
