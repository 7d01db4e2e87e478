// Reported speech in a document's own headline (src/extract/headline.ts): read as a sentence of
// its own, the speaker an actor of the body, the span indexing the title (part TITLE).
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/extract/index.js";

const headline = (title: string, text: string) =>
  runPipeline({ text, title })
    .statements.filter((s) => s.part === "TITLE")
    .map((s) => {
      expect(title.slice(s.start, s.end)).toBe(s.text);
      return [s.kind, s.speaker ?? `(${s.speakerLabel})`, s.text, s.rule] as const;
    });

const ROE = "Jane Roe, the Freedonian water minister, visited the Lakeland dam on Monday. The river rose by two metres overnight.";
const ACME =
  'Acme Corp reported higher costs on Tuesday. "We will keep every plant open," Acme chief Mark Ellison told investors. Shares fell 3%.';
const NORTHBANK = "Oil traded higher on Monday. “Supply is tight,” said Mary Poe, a senior analyst at Northbank Capital.";

describe("headline statements", () => {
  it.each([
    ["a surname with present-tense says and no 'that'", "Roe says the dam will hold", ROE, [["INDIRECT", "Jane Roe", "the dam will hold", "statement.headline.indirect"]]],
    ["the verb after its clause", "The dam will hold through spring, Roe insists", ROE, [["INDIRECT", "Jane Roe", "The dam will hold through spring", "statement.headline.indirect"]]],
    ["says then the speaker", "The dam will hold through spring, says Jane Roe", ROE, [["INDIRECT", "Jane Roe", "The dam will hold through spring", "statement.headline.indirect"]]],
    ["urges an addressee to act", "Roe urges Lakeland farmers to leave the valley", ROE, [["INDIRECT", "Jane Roe", "Lakeland farmers to leave the valley", "statement.headline.indirect"]]],
    [
      "a colon before a quotation",
      "Roe on the floods: 'We will not abandon the valley'",
      ROE,
      [["DIRECT", "Jane Roe", "We will not abandon the valley", "statement.headline.direct"]],
    ],
    [
      "a described speaker the body names beside the role",
      "Acme chief says plants will stay open",
      ACME,
      [["INDIRECT", "Mark Ellison", "plants will stay open", "statement.headline.described-speaker"]],
    ],
    [
      "a described speaker after the clause",
      "Oil supply will stay tight into winter, analyst warns",
      NORTHBANK,
      [["INDIRECT", "Mary Poe", "Oil supply will stay tight into winter", "statement.headline.described-speaker"]],
    ],
    ["an anonymous group keeps its label", "The dam will not hold, engineers say", ROE, [["INDIRECT", "(engineers)", "The dam will not hold", "statement.headline.indirect"]]],
    [
      "the reported words stop at the headline's second sentence",
      "Roe says the dam will hold. Farmers are not so sure",
      ROE,
      [["INDIRECT", "Jane Roe", "the dam will hold", "statement.headline.indirect"]],
    ],
    [
      "a quotation told to an addressee, and the clause before a second verb",
      "Roe urges Lakeland to act and tells farmers 'the water is coming fast'",
      ROE,
      [
        ["INDIRECT", "Jane Roe", "Lakeland to act", "statement.headline.indirect"],
        ["DIRECT", "Jane Roe", "the water is coming fast", "statement.headline.direct"],
      ],
    ],
    [
      "a phrase named inside the clause is no quotation of the speaker",
      "Roe says the mantra of 'build at any cost' is over",
      ROE,
      [["INDIRECT", "Jane Roe", "the mantra of 'build at any cost' is over", "statement.headline.indirect"]],
    ],
  ])("%s", (_name, title, text, expected) => {
    expect(headline(title, text)).toEqual(expected);
  });

  it.each([
    ["a question", "Will Roe say the dam will hold?", ROE],
    ["a section title", "Floods in Lakeland: the week in pictures", ROE],
    ["a quotation of nobody", "'The water is coming': a valley waits", ROE],
    ["a name and a colon with no quotation marks (like a transcript turn)", "Jane Roe: the dam will hold", ROE],
    ["a speaker the body never names", "Doe says the dam will hold", ROE],
    ["a description the body resolves to nobody", "Minister says the dam will hold", "The river rose by two metres overnight. Farmers moved their herds."],
    ["a description that is no speaker", "Times Square billboard urges Lakeland to act", ROE],
    ["a warning's object, not a clause", "Freedonia warns Lakeland of floods", "Freedonia and Lakeland share the river. Freedonia said the water would rise."],
  ])("no statement for %s", (_name, title, text) => {
    expect(headline(title, text)).toEqual([]);
  });

  it("keeps a headline's words that the body repeats, at each place", () => {
    const text = "Jane Roe spoke on Monday. Roe said the dam will hold.";
    expect(headline("Roe says the dam will hold", text)).toEqual([["INDIRECT", "Jane Roe", "the dam will hold", "statement.headline.indirect"]]);
    expect(runPipeline({ text, title: "Roe says the dam will hold" }).statements.map((s) => [s.speaker, s.text, s.part ?? "BODY"])).toEqual([
      ["Jane Roe", "the dam will hold", "BODY"],
      ["Jane Roe", "the dam will hold", "TITLE"],
    ]);
  });

  it("leaves a headline's shortening of the body's report to the body", () => {
    const text = "Jane Roe spoke on Monday. Roe urged Lakeland to act on the dam before the spring floods.";
    expect(headline("Roe urges Lakeland to act", text)).toEqual([]);
  });

  it("leaves the comma before a closing mark out of the quotation", () => {
    expect(headline("Prices will hit 'levels nobody has seen before,' Roe warns", ROE)).toContainEqual(["DIRECT", "Jane Roe", "levels nobody has seen before", "statement.headline.direct"]);
  });

  it("reads nothing when the document has no title", () => {
    expect(runPipeline({ text: ROE }).statements.filter((s) => s.part === "TITLE")).toEqual([]);
  });
});
