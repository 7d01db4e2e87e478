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
