// Reporting frames of news that reported speech was missed by (issue 11, stmt-indirect): groups of
// people named by a plural noun, and a clause of the narrator's that runs into a partial quotation
// before the attribution. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text, s.rule]);
const indirect = (text: string) => said(text).filter((s) => s[0] === "INDIRECT");

describe("statement.indirect.group-subject: a group of people named by a plural noun speaks, unnamed", () => {
  it.each([
    ["Some historians argue that the old treaty bred a lasting resentment.", "label:Some historians", "the old treaty bred a lasting resentment"],
    ["Analysts predicted that the harvest would fall short of demand.", "label:Analysts", "the harvest would fall short of demand"],
    ["Officials also said they would keep the border crossing open.", "label:Officials", "they would keep the border crossing open"],
    ["The chain's shares rose after executives said they expected more shoppers in spring.", "label:executives", "they expected more shoppers in spring"],
    ["Many maritime lawyers argue that the blockade breaks the convention.", "label:Many maritime lawyers", "the blockade breaks the convention"],
    ["Campaigners warned that the new dam would flood three villages.", "label:Campaigners", "the new dam would flood three villages"],
    ["Freight prices will stay high through the winter, shipping executives say.", "label:executives", "Freight prices will stay high through the winter"],
    ["The port will reopen once the ice melts, local officials said.", "label:local officials", "The port will reopen once the ice melts"],
  ])("%s", (text, speaker, clause) => {
    expect(indirect(text)).toEqual([["INDIRECT", speaker, clause, "statement.indirect.group-subject"]]);
  });

  it.each([
    "Historians of the region gathered in the old library.",
    "Executives from the three firms met on Tuesday.",
    "Freight prices will stay high through the winter, shipping rates show.",
    "The port will reopen once the ice melts, and officials said nothing more.",
  ])("no statement without a reporting verb and a clause: %s", (text) => {
    expect(indirect(text)).toEqual([]);
  });

  it("a capitalised group noun inside a name is no group: the organisation speaks", () => {
    expect(indirect("Acme Holdings said the plant would close in May.")).not.toContainEqual(expect.arrayContaining(["label:Holdings"]));
  });
});

describe("statement.indirect.quoted-clause-then-speaker: CLAUSE “QUOTED END,” X said", () => {
  it.each([
    [
      "The agreement “opens a new chapter in the partnership between our two ports,” Mayor Lena Holm said in a statement.",
      "Lena Holm",
      "The agreement “opens a new chapter in the partnership between our two ports,”",
    ],
    [
      "More than half of the new wells are now believed to be “running well below their planned output,” the Freedonian energy ministry announced on Monday.",
      "label:the Freedonian energy ministry",
      "More than half of the new wells are now believed to be “running well below their planned output,”",
    ],
  ])("%s", (text, speaker, clause) => {
    expect(indirect(text)).toEqual([["INDIRECT", speaker, clause, "statement.indirect.quoted-clause-then-speaker"]]);
  });

  it("the quotation keeps its DIRECT statement beside the clause", () => {
    const out = said("The agreement “opens a new chapter in the partnership between our two ports,” Mayor Lena Holm said.");
    expect(out).toContainEqual(["DIRECT", "Lena Holm", "opens a new chapter in the partnership between our two ports", "statement.direct.quote-name-said"]);
  });

  it.each([
    // A sentence that opens with the quotation is the DIRECT statement alone.
    "“The agreement opens a new chapter in the partnership,” Mayor Lena Holm said.",
    // A short quotation characterises (seed 002: was “professional and substantive,” the official said).
    "The meeting was “calm and constructive,” Mayor Lena Holm said.",
    // A colon introduces the quotation as words said.
    "Mayor Lena Holm put it simply: “the harbour will open again in the spring,” she said.",
    // A reporting verb in the lead has the clause already.
    "Mayor Lena Holm said the harbour would open “as soon as the ice has melted away,” she said.",
  ])("no clause statement: %s", (text) => {
    expect(indirect(text).filter((s) => s[3] === "statement.indirect.quoted-clause-then-speaker")).toEqual([]);
  });
});
