// A state's government, its troops, its regions and its spellings: which of them are actors.
// Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { actors, surfacesOf } from "./helpers.js";


describe("actor.state-government: a state's government named with a capital", () => {
  it.each([
    ["The grant was matched by the Government of Chile on Friday.", "O:Government of Chile"],
    ["Talks with the Government of the Philippines resumed in May.", "O:Government of the Philippines"],
    ["The Mayor thanked the Norwegian Government for its help.", "O:Norwegian Government"],
    ["Critics said the Peruvian Government's budget was late.", "O:Peruvian Government"],
  ])("%s", (text, want) => {
    expect(actors(text)).toContain(want);
  });

  it.each([
    // Lowercase, the government stands for its country.
    ["The Chilean government said it would reply.", "Chilean government"],
    ["She met the government of Chile last week.", "government of Chile"],
    // A longer capitalised name holds it.
    ["Investors bought Chilean Government Bonds on Monday.", "Chilean Government"],
    ["The Provincial Chilean Government met on Monday.", "Chilean Government"],
  ])("not in %s", (text, name) => {
    expect(actors(text).some((a) => a.endsWith(`:${name}`))).toBe(false);
  });
});

describe("a country's armed forces in the possessive are troops, no body", () => {
  it("Chile's armed forces", () => {
    expect(actors("Advisers trained Chile's armed forces last year.")).not.toContain("O:Chile’s armed forces");
    expect(actors("Advisers trained Chile's armed forces last year.")).not.toContain("O:Chile's armed forces");
  });
  it("Chile's central bank stays a body", () => {
    expect(actors("Chile's central bank raised rates on Tuesday.")).toContain("O:Chile's central bank");
  });
});

describe("a bank named by a compass word alone is a territory", () => {
  it.each([
    ["Violence rose in the West Bank this year.", "West Bank"],
    ["Artists moved to the Left Bank in the spring.", "Left Bank"],
  ])("not in %s", (text, name) => {
    expect(actors(text).some((a) => a.endsWith(`:${name}`))).toBe(false);
  });
  it("a lender with a compass word and more words stays one", () => {
    expect(actors("The West Coast Savings Bank said it would close two branches.")).toContain("O:West Coast Savings Bank");
  });
});

describe("Latin America is a region, not the United States", () => {
  it("no country", () => {
    expect(actors("Exports to Latin America rose in March.")).not.toContain("C:United States");
  });
  it("America alone still is", () => {
    expect(actors("Exports to America rose in March.")).toContain("C:United States");
  });
});

describe("British and American spellings of a registry body are one body", () => {
  it("Organisation", () => {
    const text = "Armenia chairs the Collective Security Treaty Organisation this year. The CSTO met in May.";
    expect(actors(text).filter((a) => a.startsWith("O:Collective"))).toEqual(["O:Collective Security Treaty Organization"]);
    expect(surfacesOf(text, "Collective Security Treaty Organization")).toEqual(["Collective Security Treaty Organisation", "CSTO"]);
  });
});

describe("an outlet's shouted call to readers", () => {
  it("FOLLOW US is no country", () => {
    expect(actors("Prices rose again.\n\nFOLLOW US ON MASTODON for daily updates.")).not.toContain("C:United States");
  });
  it("a headline's US still is", () => {
    expect(actors("US WARNS OF HIGHER PRICES\n\nPrices rose again.")).toContain("C:United States");
  });
});

describe("a building or a room named with a body's word is a place", () => {
  it.each([
    ["The governors met in the Lakeland Executive Office Building on Friday.", "Lakeland Executive Office"],
    ["She spoke in the North Court Auditorium.", "North Court"],
  ])("not in %s", (text, name) => {
    expect(actors(text).some((a) => a.endsWith(`:${name}`))).toBe(false);
  });
  it("the body itself stays", () => {
    expect(actors("The Lakeland Executive Office said the building would close.")).toContain("O:Lakeland Executive Office");
  });
});
