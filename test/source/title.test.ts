// A text file's headline is guessed from its first lines (src/source/title.ts).
import { describe, expect, it } from "vitest";
import { guessTitle } from "../../src/source/title.js";

describe("guessTitle", () => {
  it.each([
    ["Roe urges calm\n\nGovernor Jane Roe said the port would reopen.", "Roe urges calm"],
    ["Analysis\nRoe urges calm\n\nGovernor Jane Roe said the port would reopen.", "Roe urges calm"],
    ["Governor Jane Roe said the port would reopen.\n\nMore below.", null],
    // One line is all body, however it ends: its quotations must not be dropped as a headline's.
    ['Jane Roe said "the port reopens." Engagements with Lakeland', null],
  ])("%s", (text, expected) => {
    expect(guessTitle(text)).toBe(expected);
  });
});
