import { describe, expect, it } from "vitest";
import { dropRepeatedParagraphs } from "../../src/clean/repeats.js";

const LONG = "U.S. President Joe Biden will hold another phone call with Russian President Vladimir Putin on Thursday.";

describe("dropRepeatedParagraphs", () => {
  it("keeps the first copy of a repeated long paragraph", () => {
    expect(dropRepeatedParagraphs(["Title of the piece", LONG, "Other text.", LONG, "End."])).toEqual([
      "Title of the piece",
      LONG,
      "Other text.",
      "End.",
    ]);
  });

  it("keeps short repeats such as transcript turns, and repeated list items", () => {
    const input = ["Briefing", "Q Thank you.", "MS. PSAKI: Go ahead.", "Q Thank you.", `- ${LONG}`, "Next list:", `- ${LONG}`];
    expect(dropRepeatedParagraphs(input)).toEqual(input);
  });

  it("drops a later copy of the title line that differs only in decoration", () => {
    expect(dropRepeatedParagraphs(["Live updates: Ukraine-Russia border tensions 💥💥💥", LONG, "Live updates: Ukraine-Russia border tensions"])).toEqual([
      "Live updates: Ukraine-Russia border tensions 💥💥💥",
      LONG,
    ]);
  });

  it("does not treat near-identical long paragraphs as repeats", () => {
    const input = ["T", LONG, `${LONG} Again.`];
    expect(dropRepeatedParagraphs(input)).toEqual(input);
  });
});
