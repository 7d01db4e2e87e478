// Reported speech in news that no frame read at all (round of 28 November, INDIRECT statements no
// prediction overlapped): plural groups of states and charities, "suggests", "adds", "projected
// that", questions reported with "asked", and a participle owning its "that". Sentences written
// for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text, s.rule]);
const texts = (text: string) => extract({ text }).statements.map((s) => s.text);

describe("statement.indirect.group-subject: countries, nations, charities and politicians speak as a group", () => {
  it.each([
    ["Several countries have urged Freedonia to do more to end the blockade.", "label:Several countries", "Freedonia to do more to end the blockade"],
    ["Charities have called on the treasurer to raise the winter allowance.", "label:Charities", "the treasurer to raise the winter allowance"],
    ["Several nations said the harbour must stay open to shipping.", "label:Several nations", "the harbour must stay open to shipping"],
    ["So the bonds would not be deemed in default yet, ratings agencies suggest.", "label:ratings agencies", "the bonds would not be deemed in default yet"],
    // ("So far" is the clause's adverbial, not a connective before it.)
    ["So far only two states have backed the court, Freedonian officials said.", "label:Freedonian officials", "So far only two states have backed the court"],
  ])("%s", (text, speaker, clause) => {
    expect(said(text).map((s) => s.slice(0, 3))).toEqual([["INDIRECT", speaker, clause]]);
  });

  it.each([
    ["Others have highlighted that the harbour fees doubled in a year.", "the harbour fees doubled in a year"],
    ["Others say the strike began over a missing bonus.", "the strike began over a missing bonus"],
  ])("“Others” opening the sentence: %s", (text, clause) => {
    expect(said(text).map((s) => s.slice(0, 3))).toEqual([["INDIRECT", "label:Others", clause]]);
  });

  it("“others” after a name is no group of its own", () => {
    expect(said("Jane Roe and others said the harbour would reopen.").filter((s) => s[1] === "label:others")).toEqual([]);
  });

  it("a country's own name is no group", () => {
    expect(said("The United States said the harbour must stay open.").map((s) => s[1])).toEqual(["United States"]);
  });

  it("a group that does something says nothing", () => {
    expect(said("Several countries have sent ships to the harbour.")).toEqual([]);
  });
});

describe("suggests and adds report like their other forms", () => {
  it.each([
    ["Yet Jane Roe suggests that the blockade is closing in on her.", "Jane Roe", "the blockade is closing in on her"],
    ["The harbour would reopen within weeks, Jane Roe adds.", "Jane Roe", "The harbour would reopen within weeks"],
    ["The harbour would reopen within weeks, Jane Roe suggested.", "Jane Roe", "The harbour would reopen within weeks"],
  ])("%s", (text, speaker, clause) => {
    expect(said(text).map((s) => s.slice(0, 3))).toEqual([["INDIRECT", speaker, clause]]);
  });

  it.each(["Evidence suggests that the harbour was closed.", "The figures suggest the harbour was closed."])("no speaker, no statement: %s", (text) => {
    expect(said(text)).toEqual([]);
  });
});

describe("projected that: a forecast announced", () => {
  it("reports the clause", () => {
    expect(said("The Harbour Authority projected that more than half the revenue would come from fees.").map((s) => s.slice(1, 3))).toEqual([["Harbour Authority", "more than half the revenue would come from fees"]]);
  });

  it.each(["The projected revenue was lower than the fees.", "The Harbour Authority projected growth of four percent."])("not an adjective or an object: %s", (text) => {
    expect(said(text)).toEqual([]);
  });
});

describe("statement.indirect.whether-clause: a question reported with asked, in narrative", () => {
  it.each([
    ["Jane Roe asked why there was a delay in opening the court.", "Jane Roe", "there was a delay in opening the court"],
    ["Jane Roe asked John Doe during a panel session why the crisis had not made ministers think twice.", "Jane Roe", "the crisis had not made ministers think twice"],
    ["The answer came after Sen. Jane Roe, R-Ohio, asked her whether Freedonia held any chemical weapons.", "Jane Roe", "Freedonia held any chemical weapons"],
  ])("%s", (text, speaker, clause) => {
    expect(said(text)).toEqual([["INDIRECT", speaker, clause, "statement.indirect.whether-clause"]]);
  });

  it.each([
    "When asked whether the harbour would reopen, Jane Roe declined to comment.",
    "Jane Roe was asked whether the harbour would reopen.",
    "Jane Roe, asked why the harbour closed, blamed the storm.",
    "Jane Roe asked for a delay.",
  ])("no question of the subject's: %s", (text) => {
    expect(said(text).filter((s) => s[3] === "statement.indirect.whether-clause")).toEqual([]);
  });

  it("not in a transcript, where the asker is mostly a reporter", () => {
    const text = "MS. ROE:  Good afternoon.\n\nQ  Thank you. Jane Roe asked why the harbour was closed. Is it open?\n\nMS. ROE:  It is open.";
    expect(said(text).filter((s) => s[3] === "statement.indirect.whether-clause")).toEqual([]);
  });
});

describe("statement.indirect.says-that: a participle after the object owns the “that”", () => {
  it.each([
    "Freedonia and Lakeland announced new climate targets ensuring that half the world has now committed to cuts.",
    "The President stressed his commitment to ensuring that Freedonia never builds a nuclear weapon.",
  ])("no clause of the verb's: %s", (text) => {
    expect(texts(text)).toEqual([]);
  });

  it.each([
    ["Jane Roe told a briefing that the harbour would reopen.", "the harbour would reopen"],
    ["Jane Roe told reporters gathering outside that the harbour would reopen.", "the harbour would reopen"],
    ["The Harbour Authority announced its finding that the port broke the rules.", "the port broke the rules"],
    ["Jane Roe said Freedonia was committed to ensuring that the harbour stays open.", "Freedonia was committed to ensuring that the harbour stays open"],
  ])("a noun in -ing, or a clause of its own: %s", (text, clause) => {
    expect(texts(text)).toEqual([clause]);
  });
});

describe("statement.indirect.group-subject after the clause: a group with a phrase of acquaintance or place", () => {
  it.each([
    ["More troops have been sent to the border, sources familiar with the matter said.", "label:sources familiar with the matter"],
    ["More troops have been sent to the border, two sources familiar with the plans told Lakeland Radio.", "label:two sources"],
    ["More troops have been sent to the border, officials in the region said.", "label:officials in the region"],
  ])("%s", (text, speaker) => {
    expect(said(text).map((s) => s.slice(0, 3))).toEqual([["INDIRECT", speaker, "More troops have been sent to the border"]]);
  });

  it("a group that did something reports nothing", () => {
    expect(said("More troops have been sent to the border, officials in the region fled.")).toEqual([]);
  });
});

describe("statement.indirect.clause-then-speaker: a double hyphen after the tag, and “it said” for a body", () => {
  it("CLAUSE, she says -- …", () => {
    expect(said("Jane Roe is a night watchman. Eight hours is a long shift to stand in the rain, she says -- it's wet.").map((s) => s.slice(1, 3))).toEqual([["Jane Roe", "Eight hours is a long shift to stand in the rain"]]);
  });

  it("CLAUSE, it said: the body that spoke before", () => {
    expect(said("Acme Oil said it had been hacked. The terminal was running at a limited capacity, it said.").map((s) => s.slice(1, 3))).toEqual([
      ["Acme Oil", "it had been hacked"],
      ["Acme Oil", "The terminal was running at a limited capacity"],
    ]);
  });

  it("no body before, no speaker for “it”", () => {
    expect(said("Jane Roe bought the boat last year. The engine failed twice, it said.")).toEqual([]);
  });
});

describe("statement.indirect.says-that: a named body that is no outlet reports with “that”", () => {
  it("a body whose name holds “Agency” speaks", () => {
    expect(said("The Lakeland Energy Agency reported that the global stock of oil fell last year.").map((s) => s.slice(1, 3))).toEqual([["Lakeland Energy Agency", "the global stock of oil fell last year"]]);
  });

  it("a time adverbial may stand before “that”", () => {
    expect(said("The Lakeland Labour Department reported last week that prices in March jumped.").map((s) => s.slice(1, 3))).toEqual([["Lakeland Labour Department", "prices in March jumped"]]);
  });

  it.each(["The Washington Post reported last week that the harbour was closed.", "The Washington Post reported that the harbour was closed.", "Reuters reported that the harbour was closed."])("an outlet's story is no statement: %s", (text) => {
    expect(said(text)).toEqual([]);
  });
});
