// Bodies and states as speakers: pronouns and descriptions that stand for the body of the passage.
// Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const speakers = (text: string, words?: string) =>
  extract({ text })
    .statements.filter((s) => !words || s.text.includes(words))
    .map((s) => s.speaker ?? `label:${s.speakerLabel}`);

describe("statement.speaker.it-after-subordinate: an \"it\" after an opening subordinate clause is that clause's subject", () => {
  const before = "The Lakeland Rail Group is working to restore its timetable. ";
  it.each([
    ["But although the Acme Energy Agency agreed the target was outdated, it said there needed to be a review of spending.", "Acme Energy Agency"],
    ["When Norway joined the pact in March, it said the move would strengthen its northern flank.", "Norway"],
    ["Although the Ormond Institute rejected the report, it said that some of its findings were useful.", "Ormond Institute"],
  ])("%s", (sentence, speaker) => {
    expect(speakers(before + sentence).at(-1)).toEqual(speaker);
  });

  it("a person in the subordinate clause is no antecedent of \"it\"", () => {
    expect(speakers(`${before}Although Jane Roe agreed the target was outdated, it said there needed to be a review.`, "a review")).not.toContain("Jane Roe");
  });

  it("an \"it\" later in a main clause with a subject of its own is that subject's business, not the subordinate clause's", () => {
    expect(speakers(`${before}When the Ormond Institute left Norway, Sweden said it would take over the project.`, "take over")).toEqual(["Sweden"]);
  });
});
