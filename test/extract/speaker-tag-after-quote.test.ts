// statement.speaker.tag-after-opening-quote: "“…,” he said" after a sentence whose subject is a
// person is that person, not someone the sentence names after its verb. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const direct = (text: string) => extract({ text }).statements.filter((s) => s.kind === "DIRECT").map((s) => [s.speaker, s.text]);

describe("statement.speaker.tag-after-opening-quote", () => {
  it("the subject of the sentence before speaks, not the man named in its clause", () => {
    const text = "John Roe is leaving the network next month.\n\nMr. Roe regretted that Mr. Brandt, his old boss, had been pushed aside soon after he arrived.\n\n“It is not ideal,” he said of Mr. Brandt’s exit.";
    expect(direct(text)).toEqual([["John Roe", "It is not ideal"]]);
  });

  it("an adverbial and a title may open the sentence before", () => {
    const text = "Karl Brandt chairs the harbour board.\n\nEarlier on Monday, Senator John Roe complained that Mr. Brandt had ignored the fishermen.\n\n“Nobody listens to them,” he said.";
    expect(direct(text)).toEqual([["John Roe", "Nobody listens to them"]]);
  });

  it("a person in the possessive opening the sentence before is no subject: the person named next speaks", () => {
    const text = "Mayor Karl Brandt opened the harbour.\n\nMr Brandt’s spokesman, John Roe, hailed the opening as a turning point.\n\n“The harbour will draw visitors from the whole coast,” he said.";
    expect(direct(text)).toEqual([["John Roe", "The harbour will draw visitors from the whole coast"]]);
  });

  it("a sentence opened by no person leaves the nearest person", () => {
    const text = "Mayor Karl Brandt opened the harbour.\n\nThe plan for the harbour is sound, thinks John Roe, a columnist.\n\n“Nobody wants a wall at the waterfront,” he said.";
    expect(direct(text)).toEqual([["John Roe", "Nobody wants a wall at the waterfront"]]);
  });
});
