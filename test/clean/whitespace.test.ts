import { describe, expect, it } from "vitest";
import { collapseSpaces, normalizeLineBreaks, normalizeSpaces } from "../../src/clean/whitespace.js";

describe("whitespace", () => {
  it("normalizes line endings", () => {
    expect(normalizeLineBreaks("a\r\nb\rc\u2028d")).toBe("a\nb\nc\nd");
  });

  it("turns odd spaces into spaces and drops invisible and control characters", () => {
    expect(normalizeSpaces("day —\u00a0more\u2009people\tCOVID-\u206019 values\u200b\u200b of\u0007")).toBe("day — more people COVID-19 values of");
  });

  it("keeps the zero-width joiner inside emoji sequences", () => {
    expect(normalizeSpaces("👨\u200d👩\u200d👧")).toBe("👨\u200d👩\u200d👧");
  });

  it("collapses runs of spaces and trims", () => {
    expect(collapseSpaces("  Sec. 3.  Definition   here ")).toBe("Sec. 3. Definition here");
  });
});
