// Statements the extractor invented on unseen text, found by auditing a random sample of its output
// on documents in no fixture, each guard with the near miss it must keep. Sentences written for
// these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const statements = (text: string) => extract({ text }).statements.map((s) => ({ speaker: s.speaker ?? s.speakerLabel, kind: s.kind, text: s.text }));
const direct = (text: string) => statements(text).filter((s) => s.kind === "DIRECT");

describe("statement.direct.short-fragment-period: a one- or two-word fragment ending the clause is a scare quote, period or not", () => {
  it.each([
    "Analyst Jane Roe said the carmaker faces too many \"short-term risks.\"",
    "Foreign Minister Jane Roe called on the world to “isolate Freedonia.”",
    "Jane Roe, the finance minister, said there should be \"no limits.\"",
    "The tariffs, which Jane Roe said had reached “record levels.”, were lifted.",
  ])("%s", (text) => {
    expect(direct(text)).toEqual([]);
  });

  it.each([
    ["Asked what families should do, Jane Roe told them \"Stay calm.\"", "Stay calm."],
    ["Jane Roe said the carmaker faces \"too many short-term risks.\"", "too many short-term risks."],
  ])("an utterance quoted whole, or a fragment of three words, stays: %s", (text, words) => {
    expect(direct(text)).toEqual([{ speaker: "Jane Roe", kind: "DIRECT", text: words }]);
  });
});
