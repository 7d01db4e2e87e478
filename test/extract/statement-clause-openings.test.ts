// A clause with no "that" after a reporting verb, opened by words the subject reader did not take
// (issue 11: news reported speech found nowhere): a possessive determiner, a compound joined by
// hyphens, a quotation whose first words are the clause's subject and verb. Sentences written for
// the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text, s.rule]);
const indirect = (text: string) => said(text).filter((s) => s[0] === "INDIRECT");
const ROE = "Jane Roe chairs the port authority. ";

describe("statement.indirect.zero-that-long-subject: the subject opens with a possessive determiner or a hyphenated compound", () => {
  it.each([
    [`${ROE}Roe said her talks with the union produced a deal.`, "her talks with the union produced a deal"],
    [`${ROE}Roe said its new terminal doubled the traffic.`, "its new terminal doubled the traffic"],
    [`${ROE}Roe said their latest offer “ignores” the facts.`, "their latest offer “ignores” the facts"],
    [`${ROE}Roe said lower-than-forecast freight volumes hurt the budget.`, "lower-than-forecast freight volumes hurt the budget"],
    [`${ROE}Roe said the long-delayed canal project finally started.`, "the long-delayed canal project finally started"],
  ])("%s", (text, clause) => {
    expect(indirect(text)).toEqual([["INDIRECT", "Jane Roe", clause, "statement.indirect.zero-that-long-subject"]]);
  });

  it.each([
    `${ROE}Roe said her goodbyes to the crew.`,
    `${ROE}Roe said their names aloud at the ceremony.`,
    `${ROE}Roe said long-term plans at the meeting.`,
  ])("an object, no clause: %s", (text) => {
    expect(indirect(text)).toEqual([]);
  });

  it("a compound noun is the subject's head: “the cease-fire had collapsed”", () => {
    expect(indirect(`${ROE}Roe said the cease-fire had collapsed.`)).toEqual([["INDIRECT", "Jane Roe", "the cease-fire had collapsed", "statement.indirect.zero-that"]]);
  });
});

describe("statement.indirect.zero-that: a clause opening inside a quotation", () => {
  it.each([
    [`${ROE}Roe said “there is no money” to widen the canal.`, "there is no money” to widen the canal"],
    [`${ROE}Roe said “we will not sign” any deal that cuts jobs.`, "we will not sign” any deal that cuts jobs"],
  ])("%s", (text, clause) => {
    const s = said(text);
    expect(s).toContainEqual(["INDIRECT", "Jane Roe", clause, "statement.indirect.zero-that"]);
    expect(s.filter((x) => x[0] === "DIRECT")).toHaveLength(1);
  });

  it.each([
    `${ROE}Roe said “there is no money for the canal.”`,
    `${ROE}Roe said “Freedom” was the word of the year.`,
    `${ROE}Roe said “the port” needs a new crane.`,
    `${ROE}Roe said “we would look at it,” based on the report, that the canal may close.`,
  ])("no indirect statement from the quotation: %s", (text) => {
    expect(indirect(text).filter((x) => x[3] === "statement.indirect.zero-that")).toEqual([]);
  });
});

describe("statement.indirect.coordinated-verb: a participle used as an adjective is not the sentence's first verb", () => {
  it.each([
    ["Jane Roe, governor of occupied Freeland, made the announcement and said the port would close.", "the port would close"],
    ["Jane Roe, head of the rebel-held province, cut the ribbon and said the bridge was safe.", "the bridge was safe"],
  ])("%s", (text, clause) => {
    expect(indirect(text)).toEqual([["INDIRECT", "Jane Roe", clause, "statement.indirect.coordinated-verb"]]);
  });
});
