// The gate before the attribution after a clause ("…, the official said"; StatementReader.reverse):
// every such attribution holds one of the verbs' literal openings, so a sentence holding none is not
// scanned. Over real prose (the corpus slices, sentence by rough sentence) the gate lets through
// every piece the full pattern matches in; invented sentences cover the verb forms and near misses.
import { describe, expect, it } from "vitest";
import { REVERSE_GATE, REVERSE_TAG } from "../../src/extract/statements.js";
import { extract } from "../../src/extract/index.js";
import { sliceTexts } from "../helpers/corpus.js";

const tags = (s: string) => [...s.matchAll(new RegExp(REVERSE_TAG.source, REVERSE_TAG.flags))].length;

describe("the reverse-attribution gate", () => {
  it("lets through every paragraph of the corpus slices with an attribution after a clause", () => {
    let found = 0;
    for (const text of sliceTexts()) {
      for (const p of text.split("\n")) {
        const n = tags(p);
        found += n;
        if (n) expect(REVERSE_GATE.test(p), p).toBe(true);
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  it.each([
    "The talks will resume next week, the minister said.",
    "Prices will fall, analysts say.",
    "The plan is sound, Jane Roe told reporters on Monday.",
    "The deal is close, Jane Roe told the Lakeland Herald newspaper.",
    "The border is calm, the ministry emphasized.",
    "The vote was fair, the observer pointed out.",
    "The harvest was poor, the Freedonian ministry reported on Tuesday.",
    "Exports rose, she wrote.",
  ])("an attribution after a clause passes the gate: %s", (s) => {
    expect(tags(s)).toBeGreaterThan(0);
    expect(REVERSE_GATE.test(s)).toBe(true);
  });

  it.each([
    "The talks will resume next week, the minister hopes.",
    "Prices will fall, and analysts are divided.",
  ])("no verb of the attribution: %s", (s) => {
    expect(REVERSE_GATE.test(s)).toBe(false);
    expect(tags(s)).toBe(0);
  });

  it("a gated-through sentence still gives its statement", () => {
    const text = "Jane Roe is the Freedonian trade minister. Exports will grow this year, Roe said on Monday.";
    const x = extract({ text, title: null, publishedAt: "2024-01-01", publisher: null, name: "t" });
    expect(x.statements.some((st) => st.speaker === "Jane Roe" && st.text.includes("Exports will grow"))).toBe(true);
  });
});
