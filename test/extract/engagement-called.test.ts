// "X called Y" reports a call when Y is a capitalised object followed by a clause boundary, a purpose
// or a time (engagement.call.object); naming and judging uses of "called" report none. Sentences
// written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engagements = (text: string) => extract({ text }).engagements.map((e) => [e.kind, e.status, e.participants, e.rule]);

describe("called X: a call", () => {
  it.each([
    ["President Jane Roe called President Maria Lopez of Freedonia today to congratulate her on her inauguration.", ["Jane Roe", "Maria Lopez"]],
    ["President Jane Roe called President Maria Lopez of Freedonia today\nto congratulate her on her inauguration.", ["Jane Roe", "Maria Lopez"]],
    ["Chancellor Hans Weber called President Jane Roe on Monday.", ["Hans Weber", "Jane Roe"]],
    ["Prime Minister Lars Holm called Chancellor Hans Weber, who had asked for an update.", ["Lars Holm", "Hans Weber"]],
  ])("%s", (text, participants) => {
    expect(engagements(text)).toEqual([["CALL", "HELD", participants, "engagement.call.object"]]);
  });
});

describe("called X as naming or judging: no call", () => {
  it.each([
    "Chancellor Hans Weber called President Jane Roe a reckless gambler.",
    "Chancellor Hans Weber called President Jane Roe's plan reckless.",
    "Chancellor Hans Weber called on President Jane Roe to withdraw.",
    "The so-called Freedonia Group met Chancellor Hans Weber's envoy.",
    "The operation was called Desert Shield by President Jane Roe.",
    "Chancellor Hans Weber called Freedonia “a rogue state” on Monday.",
  ])("%s", (text) => {
    expect(engagements(text).filter((e) => e[3] === "engagement.call.object")).toEqual([]);
  });
});

describe("a thing called X: no call", () => {
  it.each([
    "The navy seized a tanker called the Northern Star, Chancellor Hans Weber said.",
    "Minister Lars Holm owned a firm in Freedonia called Holm Trading on Monday.",
    "Minister Lars Holm was a partner in the British Isles called Holm Trading Group, records show.",
  ])("%s", (text) => {
    expect(engagements(text).filter((e) => e[3] === "engagement.call.object")).toEqual([]);
  });

  it("a pronoun subject still calls", () => {
    expect(engagements("Chancellor Hans Weber met the press. Later he called President Jane Roe to discuss the tariffs.")).toContainEqual(["CALL", "HELD", ["Hans Weber", "Jane Roe"], "engagement.call.object"]);
  });
});
