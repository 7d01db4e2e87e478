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

describe("statement.indirect.light-verb-noun: a feeling voiced about a fact", () => {
  it.each([
    ["Jane Roe expressed disappointment that the talks in Lakeville had failed.", "the talks in Lakeville had failed"],
    ["Jane Roe expressed her deep frustration that the border remained closed.", "the border remained closed"],
    ["Jane Roe voiced regret that Freedonia had left the customs union.", "Freedonia had left the customs union"],
  ])("%s", (text, clause) => {
    expect(indirect(text)).toEqual([["Jane Roe", clause, "statement.indirect.light-verb-noun"]]);
  });

  it("a feeling about a thing, with no clause, reports nothing", () => {
    expect(indirect("Jane Roe expressed disappointment with the talks in Lakeville.")).toEqual([]);
  });
});

describe("statement.indirect.noun-that: a plural noun of speech from its speaker, no determiner", () => {
  it("accusations from X that CLAUSE", () => {
    expect(indirect("The rallies were met with accusations from Jane Roe that foreign agents had organised them.")).toEqual([
      ["Jane Roe", "foreign agents had organised them", "statement.indirect.noun-that"],
    ]);
  });
});

describe("statement.indirect.says-that: a comma before that", () => {
  it.each([
    ["Jane Roe then stressed, that nobody knows how many rate rises will come.", "nobody knows how many rate rises will come"],
    ["Jane Roe added, that the talks would resume in May.", "the talks would resume in May"],
  ])("%s", (text, clause) => {
    expect(indirect(text)).toEqual([["Jane Roe", clause, "statement.indirect.says-that"]]);
  });

  it.each(["Jane Roe said, that is not how the treaty works.", "So, as Jane Roe said, that just shows how fragile the truce is."])(
    "a demonstrative with its verb after the comma is no clause: %s",
    (text) => {
      expect(indirect(text).filter((s) => s[2] === "statement.indirect.says-that")).toEqual([]);
    },
  );
});

describe("pronoun-clause frame after verbs that otherwise take an object (signal, maintain)", () => {
  it.each([
    ["The Lakeland Central Bank signaled it could soon raise interest rates.", "Lakeland Central Bank", "it could soon raise interest rates"],
    ["Jane Roe maintained she had never met the envoy from Ruritania.", "Jane Roe", "she had never met the envoy from Ruritania"],
    ["Jane Roe has maintained that the deal was fair.", "Jane Roe", "the deal was fair"],
  ])("%s", (text, who, clause) => {
    expect(indirect(text).map((s) => [s[0], s[1]])).toEqual([[who, clause]]);
  });

  it.each([
    "The Lakeland Central Bank signaled a shift in policy that would hurt savers.",
    "Jane Roe maintains close ties with Ruritania that were forged in the war.",
  ])("an object, with or without its relative clause, reports nothing: %s", (text) => {
    expect(indirect(text)).toEqual([]);
  });
});

describe("statement.indirect.urges-to: a source's terms for being named report nothing", () => {
  it.each([
    ["Jane Roe, who asked the Lakeland Post to only use her first name, said that she works six-hour shifts.", "she works six-hour shifts"],
    ["Jane Roe, who asked the Lakeland Post to be referred to by her first name, said that she works six-hour shifts.", "she works six-hour shifts"],
  ])("%s", (text, clause) => {
    expect(indirect(text)).toEqual([["Jane Roe", clause, "statement.indirect.says-that"]]);
  });

  it("a request about something else still reports", () => {
    expect(indirect("Jane Roe asked the Lakeland Post to publish the letter in full.").map((s) => s[2])).toEqual(["statement.indirect.urges-to"]);
  });
});

describe("statement.indirect.zero-that: an outlet after 'the' before the clause's subject", () => {
  it("told the BBC the government has …", () => {
    expect(indirect("Economist Jane Roe told the BBC the Lakeland government has prioritised domestic goals.").map((s) => s[1])).toEqual([
      "the Lakeland government has prioritised domestic goals",
    ]);
  });
});

describe("statement.indirect.zero-that: a that-only verb's clause opened by a name and its verb", () => {
  it.each([
    ["The Lakeland government still denies the Crown Prince played any role in the affair.", "the Crown Prince played any role in the affair"],
    ["The Lakeland government denied Ruritania was behind the attack.", "Ruritania was behind the attack"],
    ["The Lakeland government admitted Acme had missed its targets.", "Acme had missed its targets"],
  ])("%s", (text, clause) => {
    expect(indirect(text).map((s) => s[1])).toEqual([clause]);
  });

  it.each(["The Lakeland government denied Ruritania access to the port.", "Jane Roe recalled the Ambassador after the vote.", "Jane Roe denied the Kremlin’s claims about the border."])(
    "an object reports nothing: %s",
    (text) => {
      expect(indirect(text)).toEqual([]);
    },
  );
});
