// Reported speech no frame read before: an inverted tag with role words before the name or a
// workplace after it, and a reported clause whose subject carries a relative clause set off by
// commas. Sentences written for the purpose; each shape has the near miss that must not fire.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text, s.rule]);

describe("statement.indirect.clause-said-role-name", () => {
  it.each([
    ["Prices will rise again next year, said economist Jane Roe, senior fellow at the Acme Institute for Trade.", "Prices will rise again next year"],
    ["Prices will rise again next year, said Jane Roe at the Acme Institute for Trade, another think tank.", "Prices will rise again next year"],
    ["It is a slow process, but buyers like Acme have expressed support, said co-owner Jane Roe, 29.", "It is a slow process, but buyers like Acme have expressed support"],
  ])("%s", (text, clause) => {
    expect(said(text)).toEqual([["INDIRECT", "Jane Roe", clause, "statement.indirect.clause-said-role-name"]]);
  });

  it.each([
    // A time phrase, not a role, before the name.
    "Prices will rise again next year, said on Tuesday Jane Roe.",
    // A group, not a person, after the lowercase words.
    "The deal will fail, said senior analysts at Acme Bank.",
    "The deal will fail, says new research from Acme Bank.",
  ])("no statement: %s", (text) => {
    expect(said(text).filter((s) => s[3] === "statement.indirect.clause-said-role-name")).toEqual([]);
  });

  it("a bare name keeps its own rule", () => {
    expect(said("Prices will rise again next year, said Jane Roe.")).toEqual([["INDIRECT", "Jane Roe", "Prices will rise again next year", "statement.indirect.clause-said-speaker"]]);
  });
});

describe("statement.indirect.zero-that-relative-aside", () => {
  it.each([
    [
      "Senator Jane Roe said her new series, which airs at 6 p.m. on Mondays, was inspired by the great interviewers.",
      "Jane Roe",
      "her new series, which airs at 6 p.m. on Mondays, was inspired by the great interviewers",
    ],
    [
      "Analyst Jane Roe said the blasts, which she believes might have been caused by drones, were hurting morale in the north.",
      "Jane Roe",
      "the blasts, which she believes might have been caused by drones, were hurting morale in the north",
    ],
    [
      "The Freedonian defence ministry said a series of blasts at a depot near the village on Tuesday, which also damaged a bridge, were an act of sabotage.",
      "label:the Freedonian defence ministry",
      "a series of blasts at a depot near the village on Tuesday, which also damaged a bridge, were an act of sabotage",
    ],
  ])("%s", (text, speaker, clause) => {
    expect(said(text)).toEqual([["INDIRECT", speaker, clause, "statement.indirect.zero-that-relative-aside"]]);
  });

  it.each([
    // No verb of the reported clause after the relative clause: an object and its aside.
    "Senator Jane Roe said goodbye to the soldiers, who left the base on Friday.",
    "Senator Jane Roe said the plan, which she called a disaster, during a visit to the port.",
    // A participle, not a finite verb, after the closing comma.
    "Senator Jane Roe said goodbye to the town, which she loved, leaving on Friday.",
  ])("no statement: %s", (text) => {
    expect(said(text)).toEqual([]);
  });
});

describe("statement.indirect.says-that: a comma after “that” before an adverbial phrase", () => {
  it.each([
    ["Senator Jane Roe noted that, since the crisis began in 2014, Freedonia has not joined the sanctions.", "since the crisis began in 2014, Freedonia has not joined the sanctions"],
    ["Senator Jane Roe warned that, while talks continue, the border will stay closed.", "while talks continue, the border will stay closed"],
    ["Senator Jane Roe told reporters that, as of Monday, the port would reopen.", "as of Monday, the port would reopen"],
  ])("%s", (text, clause) => {
    expect(said(text)).toEqual([["INDIRECT", "Jane Roe", clause, "statement.indirect.says-that"]]);
  });

  it.each([
    // "that" a pronoun: no adverbial phrase closed by a comma after it.
    "Senator Jane Roe said that, and then left the room.",
    "Senator Jane Roe said that, in her view.",
  ])("no statement: %s", (text) => {
    expect(said(text)).toEqual([]);
  });
});

describe("statement.direct.coordinated-speakers: a partial quotation in a clause reported for two speakers", () => {
  it("is each speaker's DIRECT statement", () => {
    const text = 'Acme Corp. and Globex Inc. said that the deal would "change the market for ever and for good."';
    expect(said(text).filter((s) => s[0] === "DIRECT").map((s) => [s[1], s[2]])).toEqual([
      ["Globex Inc.", "change the market for ever and for good."],
      ["Acme Corp.", "change the market for ever and for good."],
    ]);
  });

  it("one speaker's clause gives the quotation to that speaker only", () => {
    const text = 'Acme Corp. said that the deal would "change the market for ever and for good."';
    expect(said(text).filter((s) => s[0] === "DIRECT").map((s) => [s[1], s[2]])).toEqual([["Acme Corp.", "change the market for ever and for good."]]);
  });
});
