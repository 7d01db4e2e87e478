// A grouping's summit the pair of a readout prepares, plans or takes stock of (rule
// engagement.summit-plans): the two meet the grouping there. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

const summits = (text: string) =>
  run(text)
    .engagements.filter((e) => e.rule === "engagement.summit-plans")
    .map((e) => `${e.kind} ${e.status} ${[...e.participants].sort().join(" + ")} @${e.forum}`);

const CALL = "President Jane Roe spoke today with Prime Minister John Poe of Freedonia. ";

describe("engagement.summit-plans: the pair meets the grouping at a summit it prepares", () => {
  it.each([
    [CALL + "They also worked together on preparations ahead of the upcoming G7 Summit and discussed the harvest.", "MEETING PLANNED Group of Seven + Jane Roe + John Poe @Group of Seven"],
    ["President Jane Roe spoke today with Prime Minister John Poe of Freedonia to discuss preparations for the NATO Summit that Lakeville will host.", "MEETING PLANNED Jane Roe + John Poe + North Atlantic Treaty Organization @North Atlantic Treaty Organization"],
    [CALL + "The President thanked him for his help and confirmed their plans for an in-person Quad Heads of State Summit in the autumn.", "MEETING PLANNED Jane Roe + John Poe + Quad @Quad"],
    [CALL + "The leaders praised the results of the fourth Quad Leaders’ Summit held today in Lakeville.", "MEETING HELD Jane Roe + John Poe + Quad @Quad"],
  ])("%s", (text, want) => {
    expect(summits(text)).toEqual([want]);
  });

  it.each([
    // A summit that only sets where they met.
    ["President Jane Roe met today with Prime Minister John Poe of Freedonia on the margins of the G7 Summit.", 0],
    // A summit named with no word of preparing or planning.
    [CALL + "They discussed the G7 Summit communiqué and the harvest.", 0],
    // Someone else prepares it.
    [CALL + "They welcomed Chancellor Tom Smith’s preparations for the upcoming G7 Summit.", 0],
    // No engagement of two people before it.
    ["President Jane Roe discussed preparations for the upcoming G7 Summit with her staff.", 0],
    // Inside a quotation.
    [CALL + "“We are all busy with preparations for the upcoming G7 Summit,” the President said.", 0],
    // Taking stock of a summit with no word that it was held.
    [CALL + "The leaders praised the results of the G7 Summit.", 0],
  ])("not: %s", (text, n) => {
    expect(summits(text).length).toBe(n);
  });
});

describe("engagement.summit-plans: only leaders go to the summit", () => {
  it("two advisers who discuss a summit's preparations do not meet there", () => {
    const text = "Adviser to the President Jane Roe spoke today with Deputy Minister John Poe of Freedonia. They focused on preparations for the upcoming G7 Summit.";
    expect(summits(text)).toEqual([]);
  });
});
