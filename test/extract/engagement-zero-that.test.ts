// A reported clause with "that" left out has its own subject (rule engagement.zero-that-subject):
// "A said B held talks with C" is B's talks, not the reporter's. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const pairs = (text: string) => extract({ text }).engagements.map((e) => [...e.participants].sort().join(" + "));

describe("the subject of a reported clause without 'that' holds the engagement", () => {
  it.each([
    ["Spokeswoman Jane Roe said President Karl Brandt held talks with Prime Minister Ann Poe on Monday.", ["Ann Poe + Karl Brandt"]],
    ["Spokeswoman Jane Roe says Ukraine is ready for negotiations with Russia.", ["Russia + Ukraine"]],
    ["Spokeswoman Jane Roe told reporters Ukraine held talks with Russia on Monday.", ["Russia + Ukraine"]],
  ])("%s", (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe("where the reporter stays a side", () => {
  it.each([
    // A time after the verb, then a pronoun: the reporter's own talks.
    ["Spokeswoman Jane Roe said Monday she held talks with Prime Minister Ann Poe.", ["Ann Poe + Jane Roe"]],
    // The reported clause's object pronoun is the reporter, the other side of the call.
    ["Spokeswoman Jane Roe said President Karl Brandt assured her during a phone call that the deal stood.", ["Jane Roe + Karl Brandt"]],
  ])("%s", (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});
