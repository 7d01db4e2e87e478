// The engagement-trigger table (src/extract/engagement-triggers.ts): rows are well-formed and the
// scan reads a phrase before its head word. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { CUE, ENGAGEMENT_TRIGGERS } from "../../src/extract/engagement-triggers.js";

const first = (text: string) => {
  CUE.lastIndex = 0;
  return CUE.exec(text)?.[1] ?? null;
};

describe("engagement triggers", () => {
  it("names each row once, and each row is a pattern of its own", () => {
    const names = ENGAGEMENT_TRIGGERS.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    for (const [name, pattern] of ENGAGEMENT_TRIGGERS) expect(() => new RegExp(pattern, "giu"), name).not.toThrow();
  });

  it.each([
    ["The two presidents held phone calls on Monday.", "phone calls"],
    ["They met virtually on Friday.", "met virtually"],
    ["The ministers met in Oslo.", "met"],
    ["She spoke by telephone with the chancellor.", "spoke by telephone"],
  ])("reads the longest trigger at a position: %s", (text, cue) => {
    expect(first(text)).toBe(cue);
  });

  it.each([
    ["They were speaking with the envoy.", "speaking"],
    ["He is speaking at the forum.", null],
    ["He called the Prime Minister on Sunday.", "called"],
    ["The so-called summit ended.", "summit"],
  ])("needs its context: %s", (text, cue) => {
    expect(first(text)).toBe(cue);
  });
});
