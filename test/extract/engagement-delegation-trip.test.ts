// engagement.trip: "A led a (presidential, interagency) delegation to B" is A's trip to B
// (src/extract/envoy-trips.ts). Sentences written for the test.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const trips = (text: string) =>
  extract({ text, publishedAt: "2022-10-20", publisher: "Lakeland Gazette" })
    .engagements.filter((e) => e.rule === "engagement.trip")
    .map((e) => [e.status, [...e.participants].sort()]);

describe("a delegation led to a state (engagement.trip)", () => {
  it.each([
    "Trade Secretary Jane Roe led an interagency delegation to Lima, Peru.",
    "Trade Secretary Jane Roe led a presidential delegation to Peru for the inauguration.",
  ])("%s", (text) => expect(trips(text)).toEqual([["HELD", ["Jane Roe", "Peru"]]]));

  it("not a delegation to a conference, nor a delegation's title", () => {
    expect(trips("The Commerce Department led a large delegation to the Lakeville Space Conference held in Peru.")).toEqual([]);
    expect(trips("Jane Roe, Head of the Delegation of Chile to the Lakeland Contact Group, spoke on Monday.")).toEqual([]);
  });
});
