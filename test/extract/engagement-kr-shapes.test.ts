// Shapes of engagements in Kremlin and president.gov.ua releases and addresses. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engagements = (text: string) => extract({ text }).engagements.map((e) => [e.kind, [...e.participants].sort(), e.status, e.rule]);

describe("engagement.unknown-first-person: an 'I' nobody names reports no engagement", () => {
  it.each([
    "The day was long. I also spoke with European Council President Jane Roe.",
    "The day was long. I spoke with John Poe, the Prosecutor of the Freedonian Supreme Court in Lakeville.",
    "The day was long. I also spoke with Jane Roe and John Poe.",
    "The day was long. I have already talked to Prime Minister of Lakeland John Poe about it.",
    "The day was long. In a conversation with Lakeland Chancellor John Poe, I also stressed the need for stronger sanctions on Freedonia.",
  ])("%s", (text) => {
    expect(engagements(text)).toEqual([]);
  });

  it("keeps the first person a quotation names", () => {
    expect(engagements("“I also spoke with Prime Minister of Lakeland John Poe,” President of Freedonia Jane Roe said.")).toEqual([
      ["CALL", ["Jane Roe", "John Poe"], "HELD", "engagement.call.with"],
    ]);
  });

  it("keeps a guest met in the capital in an unattributed address", () => {
    expect(engagements("Today I met in Kyiv with Minister of Defence of Lakeland John Poe.")).toEqual([["MEETING", ["John Poe", "Ukraine"], "HELD", "engagement.address-visit"]]);
  });

  it("keeps a named subject", () => {
    expect(engagements("President of Freedonia Jane Roe also spoke with Prime Minister of Lakeland John Poe.").map((e) => e[1])).toEqual([["Jane Roe", "John Poe"]]);
  });
});
