// Reporting frames of named people that no rule read (round of 28 November, stmp): an attribution
// after the clause whose name follows a role set off by commas. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text, s.rule]);

describe("statement.indirect.clause-then-speaker: a role set off before the name in the tag", () => {
  it.each([
    ["The harbour will reopen within weeks, the Freedonian finance minister, Jane Roe, said.", "Jane Roe", "The harbour will reopen within weeks"],
    ["The harbour will reopen within weeks, Freedonia's finance minister, Jane Roe, said in Lakeville on Thursday.", "Jane Roe", "The harbour will reopen within weeks"],
  ])("%s", (text, speaker, clause) => {
    expect(said(text).map((s) => s.slice(0, 4))).toEqual([["INDIRECT", speaker, clause, "statement.indirect.clause-then-speaker"]]);
  });

  it("a place after the role is no speaker", () => {
    expect(said("The harbour will reopen within weeks, the port of Lakeville, Freedonia, said.")).toEqual([]);
  });

  it("a lead with no verb is no clause: the verb reports what follows", () => {
    expect(said("In talks with the envoy, the finance minister, Jane Roe, said the harbour would reopen.").map((s) => s[2])).toEqual(["the harbour would reopen"]);
  });
});

describe("a participle after an adverb of time or manner reports the sentence subject", () => {
  it.each([
    ["Jane Roe met the envoy on Friday, again urging Freedonia to reopen the harbour.", "Freedonia to reopen the harbour"],
    ["Jane Roe spoke on Friday. Roe went a step further in the interview, now pledging to halt all trade until the port reopens.", "to halt all trade until the port reopens"],
  ])("%s", (text, clause) => {
    expect(said(text).map((s) => s.slice(0, 3))).toEqual([["INDIRECT", "Jane Roe", clause]]);
  });

  it("a participle that reports nothing gives nothing", () => {
    expect(said("Jane Roe toured the harbour, slowly walking past the ships.")).toEqual([]);
  });
});

describe("statement.speaker.report-continued: “…, adding that” continues the report before it", () => {
  it("a name in a fronted phrase does not take the participle", () => {
    const text = "Jane Roe spoke on Friday. At a meeting that included the premier Tomas Varga, Roe said Freedonia had been naive, adding that the blockade should serve as a warning.";
    expect(said(text).map((s) => s.slice(1, 3))).toEqual([
      ["Jane Roe", "Freedonia had been naive"],
      ["Jane Roe", "the blockade should serve as a warning"],
    ]);
  });

  it("the outer report continues, not the one nested in it", () => {
    const text = "Jane Roe spoke on Friday. Roe said Tomas Varga told her the port was shut, adding that the blockade should serve as a warning.";
    expect(said(text).filter((s) => s[2] === "the blockade should serve as a warning").map((s) => s[1])).toEqual(["Jane Roe"]);
  });

  it("a report inside a relative clause is no main clause to continue", () => {
    const text = "Tomas Varga spoke on Friday. The ministry, which Varga said was corrupt, closed the port, saying the harbour was unsafe.";
    expect(said(text).filter((s) => s[2] === "the harbour was unsafe").map((s) => s[1])).not.toContain("Tomas Varga");
  });
});

describe("statement.indirect.noun-that: a modifier of emphasis or rank before the noun", () => {
  it("reports the owner's clause", () => {
    const text = "Jane Roe spoke on Friday. Roe's bold declaration that total victory was the only aim surprised the allies.";
    expect(said(text).map((s) => [s[1], s[3]])).toEqual([["Jane Roe", "statement.indirect.noun-that"]]);
  });

  it("a relative clause after the noun is no content", () => {
    expect(said("Jane Roe spoke on Friday. Roe's bold declaration that was read out surprised the allies.")).toEqual([]);
  });
});
