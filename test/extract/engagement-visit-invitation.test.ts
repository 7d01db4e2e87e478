// engagement.visit: an arrival "at the invitation of" the host is a visit held, not proposed; a
// definite head's title "of" a state ("The President of Chile arrived …") is the holder the text
// names. Sentences written for the test.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const visits = (text: string) =>
  extract({ text, publishedAt: "2022-02-04", publisher: "Lakeland Chancellery" })
    .engagements.filter((e) => e.rule === "engagement.visit")
    .map((e) => [e.status, [...e.participants].sort()]);

describe("an arrival at the host's invitation (engagement.visit)", () => {
  it("is held, not proposed", () => {
    expect(visits("Chilean President Tomas Ruiz arrived in Peru on a visit at the invitation of Peruvian President Ana Kowal.")).toEqual([["HELD", ["Peru", "Tomas Ruiz"]]]);
  });

  it("an invitation that is the news stays a proposal", () => {
    expect(visits("Chilean President Tomas Ruiz received an invitation to visit Peru.").filter(([s]) => s === "HELD")).toEqual([]);
  });
});

describe("a head's title of a state as the visitor (engagement.visit)", () => {
  it("\"The President of Chile arrived in Peru on a visit\": the president the text names", () => {
    const text = "The President of Chile arrived in Peru on a state visit. In Lima, Chilean President Tomas Ruiz will also open an exhibition.";
    expect(visits(text)).toEqual([["HELD", ["Peru", "Tomas Ruiz"]]]);
  });

  it("no one when the text names no holder of the title", () => {
    expect(visits("The President of Chile arrived in Peru on a state visit.")).toEqual([]);
  });
});
