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

describe("statement.speaker.participle-subject-place: a participle after a comma reports the sentence's subject, not an actor after its verb", () => {
  const speakers = (text: string) => statements(text).map((s) => s.speaker);
  it.each([
    ["Campaigners praised the nominee Jane Roe, warning that delays have hurt the agenda.", "Jane Roe"],
    ["Speaking alongside Jane Roe, the minister spoke of a high price, adding that everything was on the table.", "Jane Roe"],
    ["Bergen, Norway (CNN)Sweden's military says it has moved on to a new phase of its operation in Norway, claiming that it is shifting its focus to the east.", "Norway"],
  ])("%s", (text, wrong) => {
    expect(speakers(text)).not.toContain(wrong);
  });

  it.each([
    ["“Get ready,” Jane Roe, the energy secretary, said in December, urging producers to raise their output.", "producers to raise their output"],
    ["Shares of Initech fell after Jane Roe downgraded the stock, saying she sees too much pressure on it.", "she sees too much pressure on it"],
    ["After the report came out, Fed President Jane Roe said that she was open to a hike, adding that she wanted more.", "she wanted more"],
    ["Analysts were not surprised, given the fact that Jane Roe posted at the front of the hall, saying that the vote was over.", "the vote was over"],
  ])("the subject speaks: %s", (text, clause) => {
    expect(statements(text)).toContainEqual({ speaker: "Jane Roe", kind: "INDIRECT", text: clause });
  });
});

describe("statement.indirect.relative-after-object-phrase: a relative 'that' after the object and its prepositional phrases", () => {
  it.each([
    "President Jane Roe has reiterated those basic commitments on every occasion that she has talked about Freedonia.",
    "Secretary Jane Roe noted the Clean Air Plan that President John Doe has proposed.",
    "Jane Roe told us something else that we should fear.",
  ])("%s", (text) => {
    expect(statements(text)).toEqual([]);
  });

  it.each([
    ["Jane Roe stressed the importance of the fact that the border must stay open.", "the border must stay open"],
    ["Jane Roe said in a speech on Monday that the border must stay open.", "the border must stay open"],
    ["Jane Roe reaffirmed the view on the issue that the border must stay open.", "the border must stay open"],
  ])("a content or setting noun last keeps the clause: %s", (text, clause) => {
    expect(statements(text)).toContainEqual({ speaker: "Jane Roe", kind: "INDIRECT", text: clause });
  });
});

describe("statement.indirect.according-to-interrupting: a phrase with no verb before ', according to X,' is no clause", () => {
  it.each([
    ["First of all, according to Jane Roe, one should not give up.", "one should not give up"],
    ["That is why, according to Jane Roe, the ministry seeks a new treaty.", "the ministry seeks a new treaty"],
    ["The next task, according to Jane Roe, is to cut costs.", "The next task, according to Jane Roe, is to cut costs"],
    ["In the northern direction, according to Jane Roe, troops are advancing.", "In the northern direction, according to Jane Roe, troops are advancing"],
    ["Prices will rise, according to Jane Roe, an economist.", "Prices will rise"],
  ])("%s", (text, clause) => {
    expect(statements(text)).toEqual([{ speaker: "Jane Roe", kind: "INDIRECT", text: clause }]);
  });

  it("a relative clause before the source keeps the old reading", () => {
    expect(statements("In Lakeland, which ranks 11th for taxes, according to Jane Roe, the governor has called for a tax holiday.").map((s) => s.text)).not.toContain(
      "In Lakeland, which ranks 11th for taxes, according to Jane Roe, the governor has called for a tax holiday",
    );
  });
});

describe("statement.direct.title-in-clause: a capitalised name quoted inside the narrator's clause is a title", () => {
  it.each([
    "Jane Roe had promised to restore the “Freedonia Trade Deal” which her predecessor had gutted.",
    "Jane Roe said voters support the \"Special Border Operation,\" while others oppose it.",
  ])("%s", (text) => {
    expect(direct(text)).toEqual([]);
  });

  it.each([
    ["Jane Roe wrote “Glory to Freedonia” on the wall of the school.", "Glory to Freedonia"],
    ["Jane Roe said the plan was “Dead On Arrival.”", "Dead On Arrival."],
  ])("a cry with its small words, or a fragment with a final period, stays: %s", (text, words) => {
    expect(direct(text)).toEqual([{ speaker: "Jane Roe", kind: "DIRECT", text: words }]);
  });
});
