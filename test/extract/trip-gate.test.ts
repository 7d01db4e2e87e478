// The gate before the trip search (src/extract/envoy-trips.ts): a trip ends on "to", "in",
// "visiting", "from" or "for" before a capitalised destination, so a sentence without that shape
// is given no search. Over real prose (the corpus slices, paragraph by paragraph) the gate lets
// through every paragraph the search finds a trip in; invented sentences cover each trip form.
import { describe, expect, it } from "vitest";
import { TRIP, TRIP_END, tripSpans } from "../../src/extract/envoy-trips.js";
import { sliceTexts } from "../helpers/corpus.js";

describe("the trip gate", () => {
  it("lets through every paragraph of the corpus slices with a trip", () => {
    let trips = 0;
    for (const text of sliceTexts()) {
      for (const p of text.split("\n")) {
        const found = TRIP.matchAll(p).length;
        trips += found;
        if (found) expect(TRIP_END.test(p), p).toBe(true);
      }
    }
    expect(trips).toBeGreaterThan(0);
  });

  it.each([
    "Jane Roe will travel to Freedonia next week.",
    "Jane Roe flew to Ruritania on Monday.",
    "Jane Roe was headed to the Republic of Freedonia.",
    "Her “peace mission” to Freedonia ended on Friday.",
    "The delegations to Ruritania met there.",
    "Jane Roe will make stops in Freedonia and Ruritania.",
    "Jane Roe, who is visiting Freedonia, spoke on Tuesday.",
    "Jane Roe, who just returned from Freedonia, spoke on Tuesday.",
    "Jane Roe will depart Wednesday morning for Freedonia.",
    "Jane Roe left for Ruritania.",
  ])("a trip passes the gate and is found: %s", (s) => {
    expect(TRIP_END.test(s)).toBe(true);
    expect(tripSpans(s, 0, s.length).length).toBeGreaterThan(0);
  });

  it.each([
    // "for" and "from" everywhere, before no name: no search.
    "The plan calls for more funding from the states.",
    "Jane Roe will travel next week.",
  ])("no trip shape: %s", (s) => {
    expect(TRIP_END.test(s)).toBe(false);
    expect(tripSpans(s, 0, s.length)).toEqual([]);
  });
});
