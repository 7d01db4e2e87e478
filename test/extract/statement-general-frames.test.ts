// General frames of reported speech that no rule read (issue 11, statement recall on unseen text):
// a relative clause whose reporting verb's subject stands before it and whose verb is a lexical one.
// Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const indirect = (text: string) =>
  extract({ text })
    .statements.filter((s) => s.kind === "INDIRECT")
    .map((s) => [s.speaker ?? `label:${s.speakerLabel}`, s.text, s.rule]);

describe("statement.indirect.relative-gap: a lexical verb continues the relative clause", () => {
  it.each([
    ["Jane Roe backed a bill she says protects farmers from cheap imports.", "Jane Roe", "protects farmers from cheap imports"],
    ["Jane Roe criticised the tariffs, which she said doubled the price of bread in Lakeville.", "Jane Roe", "doubled the price of bread in Lakeville"],
    ["Jane Roe opposed the levy, which she said hurt small bakeries in Lakeville.", "Jane Roe", "hurt small bakeries in Lakeville"],
  ])("%s", (text, who, clause) => {
    expect(indirect(text)).toEqual([[who, clause, "statement.indirect.relative-gap"]]);
  });

  it.each([
    // A noun after the verb opens a clause of its own (the zero-that frame), not the relative's rest.
    ["Jane Roe backed the plan, which she said sanctions would not stop.", "sanctions would not stop"],
  ])("a subject after the verb keeps the zero-that reading: %s", (text, clause) => {
    expect(indirect(text).map((s) => s[2])).not.toContain("statement.indirect.relative-gap");
    expect(indirect(text).map((s) => s[1])).toEqual([clause]);
  });

  it.each([
    // A free relative is the sentence's subject, its predicate nobody's words.
    "This is what Jane Roe said amounted to a threat.",
    // A progressive reporting verb: the phrase after it modifies the verb.
    "The reporters asked about the claims that Jane Roe is saying based on old data.",
    // A determiner, not a verb, after the reporting verb.
    "Jane Roe repeated the warning which she says this week.",
    // A verb that names a thing, not one that takes any clause.
    "Crews worked on the pier that Jane Roe announced set up off the coast.",
  ])("nothing reported: %s", (text) => {
    expect(indirect(text).filter((s) => s[2] === "statement.indirect.relative-gap")).toEqual([]);
  });
});
