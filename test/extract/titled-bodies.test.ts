// Heads named by an office in official releases (sentences written for these tests): a body governed
// by its head's title in a counterpart phrase stands for the head the text names
// (engagement.titled-counterpart), and a head's possessive before an office continues a title
// ("Head of the President's Office Jane Roe", actor.title-name).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const parts = (text: string) => extract({ text }).engagements.map((e) => [e.kind, [...e.participants].sort()]);

describe("a body's head by title as a counterpart", () => {
  it("is the person the text names with that role", () => {
    const text = "Volodymyr Zelenskyy held talks with the President of the European Commission in Kyiv. President of the European Commission Jane Roe praised reforms.";
    expect(parts(text)).toEqual([["MEETING", ["Jane Roe", "Volodymyr Zelenskyy"]]]);
  });

  it("leaves the body when the text names no holder", () => {
    expect(parts("Volodymyr Zelenskyy held talks with the President of the European Commission in Kyiv.")).toEqual([["TALKS", ["European Commission", "Volodymyr Zelenskyy"]]]);
  });

  it("takes no deputy for the head", () => {
    const text = "Volodymyr Zelenskyy held talks with the President of the European Commission in Kyiv. Vice-President of the European Commission Jane Roe praised reforms.";
    expect(parts(text)).toEqual([["TALKS", ["European Commission", "Volodymyr Zelenskyy"]]]);
  });
});

describe("a head's possessive before an office in a title", () => {
  it.each([
    ["Head of the President's Office Jane Roe had a phone conversation with Foreign Minister of France John Poe.", ["PHONE_CALL", ["Jane Roe", "John Poe"]]],
    [
      "Head of the President's Office Jane Roe and Commander-in-Chief of the Armed Forces of Ukraine Valerii Zaluzhnyi had a phone conversation with Foreign Minister of France John Poe.",
      ["PHONE_CALL", ["Jane Roe", "John Poe", "Valerii Zaluzhnyi"]],
    ],
  ])("%s", (text, expected) => {
    expect(parts(text)).toEqual([expected]);
  });

  it("still ends a title at a possessive before another noun", () => {
    const x = extract({ text: "President Jane Roe's plan was announced. Jane Roe said it would work." });
    expect(x.actors.find((a) => a.name === "Jane Roe")?.role).toBe("President");
  });
});
