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
    ["But although the Acme Energy Agency agreed the plan was too costly, it said there had to be a review of spending.", "Acme Energy Agency"],
    ["When Norway joined the pact in March, it said the move would strengthen its northern flank.", "Norway"],
    ["Although the Ormond Institute rejected the report, it said that some of its findings were useful.", "Ormond Institute"],
  ])("%s", (sentence, speaker) => {
    expect(speakers(before + sentence).at(-1)).toEqual(speaker);
  });

  it("a person in the subordinate clause is no antecedent of \"it\"", () => {
    expect(speakers(`${before}Although Jane Roe agreed the plan was too costly, it said there had to be a review.`, "a review")).not.toContain("Jane Roe");
  });

  it("an \"it\" later in a main clause with a subject of its own is that subject's business, not the subordinate clause's", () => {
    expect(speakers(`${before}When the Ormond Institute left Norway, Sweden said it would take over the project.`, "take over")).toEqual(["Sweden"]);
  });
});

describe("statement.speaker.name-then-descriptor: \"the NAME <what it is> said\" is the body named", () => {
  it.each([
    ["The Lakeview think tank said that prices would rise next year.", "Lakeview"],
    ["The Acme Advice charity said that two million households could not pay.", "Acme Advice"],
    ["The Ormond motoring group said fuel would cost more by Easter.", "Ormond"],
  ])("%s", (sentence, speaker) => {
    expect(speakers(sentence)).toEqual([speaker]);
  });

  it("a state's name before a group noun is no body's name", () => {
    expect(speakers("The Norway group said that prices would rise next year.")).not.toContain("Norway");
  });

  it("a verb between the name and the noun: the name is no subject of that phrase", () => {
    expect(speakers("Acme Advice is a charity. The Ormond Trust, which helps families, is a charity and said that prices would rise.", "prices")).not.toContain("Acme Advice");
  });
});

describe("actor.org-descriptor: a think tank or a consultancy is a body", () => {
  it.each([
    ["Energy consultancy Ormond Analytics said demand would fall.", "Ormond Analytics"],
    ["The Lakeview think-tank warned that growth would stall.", "Lakeview"],
  ])("%s", (sentence, name) => {
    expect(extract({ text: sentence }).actors.filter((a) => a.kind === "ORGANIZATION").map((a) => a.name)).toContain(name);
  });

  it("a country's name before \"think tank\" stays the country", () => {
    expect(extract({ text: "A Norway think tank said that growth would stall." }).actors.map((a) => `${a.name}:${a.kind}`)).not.toContain("Norway:ORGANIZATION");
  });
});
