// An engagement noun with its "of" and "with" parties (engagement.noun-of-with,
// src/extract/noun-of-with.ts). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engs = (text: string) => extract({ text }).engagements.map((e) => [e.kind, [...e.participants].sort(), e.rule]);

describe("engagement.noun-of-with", () => {
  it.each([
    ["The meeting of President of Ukraine Volodymyr Zelenskyy with President of Poland Jane Roe began in Warsaw.", "MEETING", ["Jane Roe", "Volodymyr Zelenskyy"]],
    ["During the meeting of the Deputy Head of the Office of the President Ihor Zhovkva with State Secretary at the Ministry of Foreign Affairs of Slovenia Jane Roe, the parties discussed sanctions.", "MEETING", ["Ihor Zhovkva", "Jane Roe"]],
    ["The telephone conversation of Prime Minister of Ukraine Denys Shmyhal with Prime Minister of Poland Jane Roe lasted an hour.", "PHONE_CALL", ["Denys Shmyhal", "Jane Roe"]],
    ["Following the meeting of President Volodymyr Zelenskyy with President of France Jane Roe and Chancellor of Germany John Poe, documents were signed.", "MEETING", ["Jane Roe", "John Poe", "Volodymyr Zelenskyy"]],
  ])("%s", (text, kind, parties) => {
    expect(engs(text)).toEqual([[kind, parties, "engagement.noun-of-with"]]);
  });

  it.each([
    "During the meeting of the Deputy Head of the Office of the President with State Secretary at the Ministry of Foreign Affairs of Slovenia Jane Roe, the parties discussed sanctions.",
    "The meeting of the National Security Council with the participation of Jane Roe was held in Kyiv.",
  ])("needs a person named on each side: %s", (text) => {
    expect(engs(text)).toEqual([]);
  });
});
