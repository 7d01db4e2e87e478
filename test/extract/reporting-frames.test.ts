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
