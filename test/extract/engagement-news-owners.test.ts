// Who owns an engagement noun in news sentences: a possessive pronoun's referent when the clause's
// subject is no person (rule engagement.pronoun-owner), and never the author of an account of the
// engagement ("a Kremlin readout of the call"). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engs = (text: string) =>
  extract({ text, publishedAt: "2024-03-05T12:00:00Z" }).engagements.map((e) => ({ kind: e.kind, participants: [...e.participants].sort() }));

describe("a possessive pronoun owns the engagement noun", () => {
  it.each([
    // An inverted reporting clause after a subject that is a thing, not a person.
    ["The annexation of Crimea is “a closed question,” said President Jane Roe during the press conference after her meeting with Chancellor Olaf Scholz.", "MEETING", ["Jane Roe", "Olaf Scholz"]],
    // The pronoun's referent in the sentence before, the person of the other gender passed over.
    ["Governor Peter Novak said he had briefed Ms. Jane Roe on three subjects. The topics included his recent phone conversation with Chancellor Olaf Scholz.", "PHONE_CALL", ["Olaf Scholz", "Peter Novak"]],
  ])("%s", (text, kind, parties) => {
    expect(engs(text)).toContainEqual({ kind, participants: parties });
  });

  it("a person subject keeps the engagement", () => {
    expect(engs("President Jane Roe said Chancellor Olaf Scholz praised her meeting with Prime Minister Rishi Sunak.")).not.toContainEqual(expect.objectContaining({ participants: ["Olaf Scholz", "Rishi Sunak"] }));
  });
});

describe("the author of an account of an engagement is no party to it", () => {
  it("according to a ministry's readout of the meeting", () => {
    const found = engs("President Xi Jinping met President Alexander Lukashenko on Wednesday. Lukashenko endorsed the plan, according to a Chinese Foreign Ministry readout of the meeting.");
    expect(found).toEqual([{ kind: "MEETING", participants: ["Alexander Lukashenko", "Xi Jinping"] }]);
  });
});
