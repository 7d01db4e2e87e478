import { describe, expect, it } from "vitest";
import { findQuotes } from "../../src/extract/quotes.js";
import { splitSentences } from "../../src/extract/sentences.js";

const sents = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));
const quotes = (t: string) => findQuotes(t).map((q) => [q.depth, t.slice(q.start, q.end)]);

describe("sentences", () => {
  it("does not end a sentence at abbreviations, initials or dates", () => {
    expect(sents("Lt. Gen. Zaluzhny met U.S. officials on Feb. 20 in Kyiv. Joseph R. Biden spoke later. It ended.")).toEqual([
      "Lt. Gen. Zaluzhny met U.S. officials on Feb. 20 in Kyiv.",
      "Joseph R. Biden spoke later.",
      "It ended.",
    ]);
  });
  it("ends at line breaks and keeps closing quotes with the sentence", () => {
    expect(sents("Headline here\n\n“We agree.” He left.")).toEqual(["Headline here", "“We agree.”", "He left."]);
  });
});

describe("quotes", () => {
  it("finds curly, straight and guillemet quotations without the marks", () => {
    expect(quotes("He said “one two three” and \"four five six\" and «sept huit neuf».")).toEqual([
      [0, "one two three"],
      [0, "four five six"],
      [0, "sept huit neuf"],
    ]);
  });
  it("ends a quotation the writer left unclosed where a new one opens after a finished sentence", () => {
    expect(quotes('Roe spoke. "Trade is growing. We expect more. "Both sides gain," she said. "Next year," she added.')).toEqual([
      [0, "Trade is growing. We expect more."],
      [0, "Both sides gain,"],
      [0, "Next year,"],
    ]);
    expect(quotes("Roe spoke. “Trade is growing. “Both sides gain,” she said.")).toEqual([
      [0, "Trade is growing."],
      [0, "Both sides gain,"],
    ]);
    expect(quotes('"Twice we "lost" the town, the "old" way," she said.')).toEqual([
      [0, 'Twice we "lost" the town, the "old" way,'],
      [1, "lost"],
      [1, "old"],
    ]);
    // A quotation opening mid-sentence inside another is nested, not a new one.
    expect(quotes("“They call it “the plan” here,” she said.")).toEqual([
      [0, "They call it “the plan” here,"],
      [1, "the plan"],
    ]);
  });
  it("nests single quotes inside double ones and ignores apostrophes", () => {
    expect(quotes("“Russia’s view is ‘Do what I ask,’ we’re told,” he said.")).toEqual([
      [0, "Russia’s view is ‘Do what I ask,’ we’re told,"],
      [1, "Do what I ask,"],
    ]);
  });
  it("reads doubled single marks as a double one (‘‘…’’, “…’’), with a single quote inside", () => {
    expect(quotes("At the end, ‘‘the port ‘stayed open’ all winter,’’ she said. “We held on,’’ he added.")).toEqual([
      [0, "the port ‘stayed open’ all winter,"],
      [1, "stayed open"],
      [0, "We held on,"],
    ]);
  });
  it("splits a quotation interrupted by an attribution into two", () => {
    expect(quotes("“We are ready,” she said, “to talk.”")).toEqual([
      [0, "We are ready,"],
      [0, "to talk."],
    ]);
  });
  it("closes a double quotation at a double prime typed for the closing mark (“…,″ / \"…,″)", () => {
    expect(quotes("\"The mine will reopen in May,″ Roe added. “We are ready,″ she said.")).toEqual([
      [0, "The mine will reopen in May,"],
      [0, "We are ready,"],
    ]);
  });
  it("reads a double prime after a digit as inches or seconds, not as a closing mark", () => {
    expect(quotes("“They sent a 12″ pipe and a 6″ valve for the dam,” Roe said.")).toEqual([[0, "They sent a 12″ pipe and a 6″ valve for the dam,"]]);
    expect(quotes("A 32″ screen was installed.")).toEqual([]);
  });
  it("lets a quotation run across sentences and into a reopened next paragraph", () => {
    const t = "“First sentence. Second one.\n“Third paragraph,” he said.";
    expect(quotes(t)).toEqual([
      [0, "First sentence. Second one."],
      [0, "Third paragraph,"],
    ]);
  });
});

describe("sentences glued at a curly quotation mark", () => {
  const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
  it.each([
    ["Roe spoke to reporters.“We are ready.”In order to help, the plan was changed, she said.", ["Roe spoke to reporters.", "“We are ready.”", "In order to help, the plan was changed, she said."]],
    ["He lives in the U.S.“Fine,” he said.", ["He lives in the U.S.“Fine,” he said."]],
    ["She said “no.”and left.", ["She said “no.”and left."]],
  ])("%s", (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
