// Reported speech in news articles that found no speaker or no clause (round of 27 November,
// indirect recall in news). Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text]);

describe("an adverb between the subject and its reporting verb: the subject speaks", () => {
  it.each([
    ["As the vote neared, Karl Brandt falsely claimed he was defending the border.", "Karl Brandt", "he was defending the border"],
    ["Jane Roe always says trade is about trust.", "Jane Roe", "trade is about trust"],
    ["Jane Roe, his finance minister, now says the harbour should stay shut.", "Jane Roe", "the harbour should stay shut"],
    ["Jane Roe originally claimed the harbour would stay open.", "Jane Roe", "the harbour would stay open"],
    ["Jane Roe briefly complained that the reporters should ask about the budget.", "Jane Roe", "the reporters should ask about the budget"],
    ["Jane Roe has long said the tariffs hurt the dockers.", "Jane Roe", "the tariffs hurt the dockers"],
  ])("%s", (text, speaker, clause) => {
    expect(said(text)).toEqual([["INDIRECT", speaker, clause]]);
  });

  it.each([
    // A noun in -ly heads the subject: no adverb to step over, and no actor named there.
    "Freedonia's closest ally said it would send tanks.",
    "The national assembly said it would vote on Monday.",
    // A negated verb reports nothing said.
    "Jane Roe never said the tariffs hurt the dockers.",
    // "now" opening the clause of a "than"/"until" phrase is no adverb of the subject's verb.
    "Until now, Jane Roe's critics said nothing of the tariffs.",
  ])("%s", (text) => {
    expect(said(text).filter((s) => s[1] === "Freedonia" || s[1] === "Jane Roe")).toEqual([]);
  });
});

describe("an unmarked clause ending on a stranded preposition is a relative clause's gap", () => {
  it("reports nothing", () => {
    expect(said("Karl Brandt is acting in a way that he has long signaled he was capable of.")).toEqual([]);
  });

  it("a clause ending on a preposition's object still reports", () => {
    expect(said("Karl Brandt has long signaled he was capable of a deal.")).toEqual([["INDIRECT", "Karl Brandt", "he was capable of a deal"]]);
  });
});

describe("statement.indirect.coordinated-verb: an auxiliary, a day or a time adverb after “and”/“but”", () => {
  it.each([
    ["Karl Brandt opposes the tariffs and has said he will defend the dockers.", "he will defend the dockers"],
    ["Karl Brandt met the miners and on Friday said the tariffs would stay.", "the tariffs would stay"],
    ["Karl Brandt met the miners but has repeatedly said the tariffs would stay.", "the tariffs would stay"],
    ["Karl Brandt met the miners, and later said the tariffs would stay.", "the tariffs would stay"],
  ])("%s", (text, clause) => {
    expect(said(text)).toEqual([["INDIRECT", "Karl Brandt", clause]]);
  });

  it("a subject of its own after “and” speaks, not the first verb's", () => {
    expect(said("Karl Brandt met the miners and the union has said the tariffs would stay.")).toEqual([["INDIRECT", "label:the union", "the tariffs would stay"]]);
  });
});

describe("statement.speaker.apposition-head: a second apposition stacked on the first", () => {
  it.each([
    ["Karl Brandt, director of research at Northbank, a Lakeland lender, said the rates would rise.", "Karl Brandt", "the rates would rise"],
    ["Jane Roe, the former mayor, a chemist by training, said the dam would hold.", "Jane Roe", "the dam would hold"],
  ])("%s", (text, speaker, clause) => {
    expect(said(text)).toEqual([["INDIRECT", speaker, clause]]);
  });

  it("a list of names before the verb is no apposition", () => {
    expect(said("Jane Roe, Karl Brandt, and other mayors said the dam would hold.").filter((s) => s[1] === "Jane Roe" || s[1] === "Karl Brandt")).toEqual([]);
  });
});

describe("statement.indirect.according-to: a document speaks for the actor that issued it", () => {
  it.each([
    ["The tax would only affect large refiners, according to a statement from the Kremlin.", "Kremlin", "The tax would only affect large refiners"],
    ["Buyers can still pay in euros, according to a Kremlin decree published by state media on Thursday.", "Kremlin", "Buyers can still pay in euros"],
    ["The dam will be closed in May, according to a draft proposal posted online by the Kremlin.", "Kremlin", "The dam will be closed in May"],
  ])("%s", (text, speaker, clause) => {
    expect(said(text)).toEqual([["INDIRECT", speaker, clause]]);
  });

  it.each([
    // A news outlet that only published the document is no issuer.
    "Buyers can still pay in euros, according to a decree published by Reuters.",
    // A person is no document's issuer here: the frame for people is "according to Jane Roe".
    "Buyers can still pay in euros, according to a letter from a reader.",
  ])("%s", (text) => {
    expect(said(text)).toEqual([]);
  });
});

describe("verbs that report only with “that”: a phrase of place or occasion may come before it", () => {
  it.each([
    ["Jane Roe admitted in a Lakeland court that she made payments to the mayor.", "she made payments to the mayor"],
    ["Jane Roe boasted after the vote last week that the party had won.", "the party had won"],
  ])("%s", (text, clause) => {
    expect(said(text)).toEqual([["INDIRECT", "Jane Roe", clause]]);
  });

  it("a relative “that” after the phrase reports nothing", () => {
    expect(said("Jane Roe admitted in the years that followed the war a great deal.")).toEqual([]);
  });
});

describe("implore takes an object and an infinitive; declare a pronoun's clause", () => {
  it.each([
    ["Jane Roe implored the lawmakers to send more ferries.", "the lawmakers to send more ferries"],
    ["Jane Roe declared she wanted a buffer zone along the river.", "she wanted a buffer zone along the river"],
  ])("%s", (text, clause) => {
    expect(said(text)).toEqual([["INDIRECT", "Jane Roe", clause]]);
  });

  it("a declared thing reports nothing", () => {
    expect(said("Jane Roe declared a state of emergency in the city.")).toEqual([]);
  });
});

describe("a report kept up (“continues to deny that …”) reports; one announced does not", () => {
  it.each([
    ["Karl Brandt continues to deny that his troops crossed the river.", "Karl Brandt", "his troops crossed the river"],
    ["Jane Roe continued to insist that the harbour would stay open.", "Jane Roe", "the harbour would stay open"],
  ])("%s", (text, speaker, clause) => {
    expect(said(text)).toEqual([["INDIRECT", speaker, clause]]);
  });

  it.each([
    "Freedonia will continue to insist that its troops stay home.",
    "We continue to urge Congress to pass the harbour bill.",
    "Jane Roe has refused to deny that the harbour will close.",
  ])("%s", (text) => {
    expect(said(text)).toEqual([]);
  });
});

describe("statement.indirect.promo-headline: a paragraph of teasers for other articles", () => {
  it("reports nothing, quoted or not", () => {
    const text =
      "Jane Roe said the harbour would reopen on Monday.\n\nOther Topics of Interest Freedonia's PM: Drills Will Not Provoke Lakeland Karl Brandt said that the drills would not be escalatory, adding that “Lakeland needs no excuse for its threats.”\n\nThe ferry company said it would add two boats.";
    const out = said(text);
    expect(out.some((s) => s[1] === "Karl Brandt" || /excuse/.test(s[2]))).toBe(false);
    expect(out[0]).toEqual(["INDIRECT", "Jane Roe", "the harbour would reopen on Monday"]);
  });
});

describe("statement.speaker.unnamed-person: “The driver said …” with no name for the driver", () => {
  it.each([
    ["The driver said that he had waited at the border for two days.", "label:the driver", "he had waited at the border for two days"],
    ["The young worker said the ferry had stopped running.", "label:the young worker", "the ferry had stopped running"],
  ])("%s", (text, speaker, clause) => {
    expect(said(text)).toEqual([["INDIRECT", speaker, clause]]);
  });

  it("a driver the text named speaks by that name, or not at all", () => {
    expect(said("Karl Brandt met a truck driver named Ivo. The driver said that he had waited for two days.")).toEqual([]);
    expect(said("Jane Roe, a nurse at the clinic, spoke to us. The nurse said the shelling had stopped.")).toEqual([["INDIRECT", "Jane Roe", "the shelling had stopped"]]);
  });
});

describe("statement.indirect.zero-that: a time adverb between the clause's pronoun and its verb", () => {
  it.each([
    ["Jane Roe said they first noticed the leak on Tuesday.", "they first noticed the leak on Tuesday"],
    ["Jane Roe said he later learned of the closure.", "he later learned of the closure"],
  ])("%s", (text, clause) => {
    expect(said(text)).toEqual([["INDIRECT", "Jane Roe", clause]]);
  });
});

describe("a quotation tagged with a name the text does not know is not a body's continued words", () => {
  it("“…,” Brandtner told the radio, after a ministry's statement", () => {
    const text =
      "Acme Corp said the crossing would reopen on Monday.\n\n“I call for extreme caution on the roads near the border,” Brandtner told the radio.";
    expect(said(text).filter((s) => s[0] === "DIRECT")).toEqual([]);
  });

  it("a person's words go on under another spelling of the name", () => {
    const text = "Jane Kowalska said the crossing would reopen on Monday.\n\n“I call for extreme caution on the roads near the border,” Kowalski told the radio.";
    expect(said(text).filter((s) => s[0] === "DIRECT")).toEqual([["DIRECT", "Jane Kowalska", "I call for extreme caution on the roads near the border"]]);
  });
});

describe("a document or someone's people as the subject: the description is the label", () => {
  it.each([
    ["The document says that the harbour board was paid twice.", "label:the document", "the harbour board was paid twice"],
    ["The dossier also claimed the harbour board was paid twice.", "label:the dossier", "the harbour board was paid twice"],
    ["His lawyers say there is no basis for the charges.", "label:His lawyers", "there is no basis for the charges"],
  ])("%s", (text, speaker, clause) => {
    expect(said(text)).toEqual([["INDIRECT", speaker, clause]]);
  });

  it("a body of someone's (“its ministry”) names no one", () => {
    expect(said("Its ministry said the plant was safe.")).toEqual([]);
  });
});
