// In a transcript the speaker of a turn says "I": a "he" or "she" inside the turn is someone else
// (issue 11, White House remarks). Text written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const statements = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? s.speakerLabel, s.text]);

describe("a pronoun inside a transcript turn", () => {
  it("is not the turn's speaker", () => {
    const text =
      "PRESIDENT BIDEN:  Thank you all for coming.\n\nI was walking to the train one morning.  And a conductor walked up to me, and he said, “You have travelled a million miles with us.”  I could not believe it.\n";
    expect(statements(text).filter((s) => s[1] === "Joe Biden")).toEqual([]);
  });

  it("is the unnamed person of the speaker's story, as a label", () => {
    const text =
      "PRESIDENT BIDEN:  Thank you all for coming.\n\nI was walking to the train one morning.  And a conductor walked up to me, and he said, “You have travelled a million miles with us.”  I said, “No way.”  He said, “Well, we counted them at the retirement party.”\n";
    const st = statements(text);
    expect(st).toContainEqual(["DIRECT", "a conductor", "You have travelled a million miles with us."]);
    expect(st).toContainEqual(["DIRECT", "a conductor", "Well, we counted them at the retirement party."]);
  });

  it("a story person agrees with the pronoun and is no predicate", () => {
    const text = "PRESIDENT BIDEN:  Thank you.\n\nA nurse in Ohio wrote to me, and he’s a good man.  She said, “We are exhausted after two years of this.”\n";
    expect(statements(text)).toContainEqual(["DIRECT", "a nurse", "We are exhausted after two years of this."]);
  });

  it("is still the person named before it in the turn", () => {
    const text =
      "PRESIDENT BIDEN:  Thank you all for coming.\n\nI spoke with Chancellor Olaf Scholz this morning.  He said, “We will send more aid to the region this winter.”\n";
    expect(statements(text)).toContainEqual(["DIRECT", "Olaf Scholz", "We will send more aid to the region this winter."]);
  });

  it("after another turn, is the speaker of the earlier one again", () => {
    const text =
      "PRESIDENT BIDEN:  Thank you all for coming.\n\nQ  Mr. President, what did the Chancellor tell you?\n\nMS. JEAN-PIERRE:  Well, the President was very clear.  He said, “We will not leave our allies alone.”\n";
    expect(statements(text)).toContainEqual(["DIRECT", "Joe Biden", "We will not leave our allies alone."]);
  });
});

const engs = (text: string) => extract({ text }).engagements.map((e) => [e.kind, [...e.participants].sort()]);

describe("the subject of an engagement in a transcript turn", () => {
  const briefing = (answer: string) =>
    `Press Briefing by Press Secretary John Roe\n\nQ  Will the President see anyone this week?\n\nMR. ROE:  ${answer}\n`;

  it("is never the turn's label: a he after it is someone else", () => {
    const got = engs(briefing("He speaks to President Marko Kovalenko of Freedonia on a routine basis."));
    expect(got.flatMap((e) => e[1])).not.toContain("John Roe");
  });

  it.each([
    ["I think President Tom Hale is going to meet Prime Minister Ivan Petrov of Ruritania next week.", "Ivan Petrov"],
    ["As I said, President Tom Hale is expected to be hosting Prime Minister Ivan Petrov of Ruritania on Friday.", "Ivan Petrov"],
    ["Well, I believe President Tom Hale plans to meet President Luis Ortega of Freedonia in May.", "Luis Ortega"],
  ])("is the named subject before a verb group, not the speaker's I: %s", (answer, other) => {
    expect(engs(briefing(answer))).toContainEqual(["MEETING", [other, "Tom Hale"].sort()]);
  });

  it("is still the speaker when the speaker is the subject", () => {
    expect(engs(briefing("I’m going to meet Prime Minister Ivan Petrov of Ruritania on Friday."))).toContainEqual(["MEETING", ["Ivan Petrov", "John Roe"]]);
  });
});
