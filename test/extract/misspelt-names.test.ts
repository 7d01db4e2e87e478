// A full name written again with one letter more, less or other is the same person; names that
// differ as two people's do stay apart. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

const people = (text: string) =>
  run(text)
    .actors.filter((a) => a.kind === "PERSON")
    .map((a) => a.name)
    .sort();

describe("one person under two spellings", () => {
  it.each([
    ["Adviser Oksana Perelygina said the talks were over. Oksana Perelgina noted that Kyiv would wait.", ["Oksana Perelygina"]],
    ["Mayor Dmitri Kolesnikov opened the school. Then Dmitri Kolesnikow said the roof was new.", ["Dmitri Kolesnikov"]],
    ["The economist Anthony Harwell said prices rose. Later Antony Harwell said they would fall.", ["Anthony Harwell"]],
  ])("%s", (text, want) => {
    expect(people(text)).toEqual(want);
  });
});

describe("two people", () => {
  it.each([
    // Another given name's first or last letter: another person of the family.
    ["Analyst Maria Lopes said prices rose. Analyst Mario Lopes said they fell.", ["Maria Lopes", "Mario Lopes"]],
    ["Dana Whitfield said the shop was open. Lana Whitfield said it was closed.", ["Dana Whitfield", "Lana Whitfield"]],
    // A short surname differing by a letter is another family's.
    ["Analyst Jane Roe said prices rose. Analyst Jane Rowe said they fell.", ["Jane Roe", "Jane Rowe"]],
  ])("%s", (text, want) => {
    expect(people(text)).toEqual(want);
  });
});

describe("a form of address before a registry person's surname that a namesake bears", () => {
  const text = "Professor Greta Scholz visited the base. Chancellor Scholz spoke later. Dr. Scholz said the children were brave.";
  it("is the namesake named in full", () => {
    const greta = run(text).actors.find((a) => a.name === "Greta Scholz");
    expect(greta?.mentions.map((m) => text.slice(m.start - 4, m.end))).toContain("Dr. Scholz");
  });
  it("the title that fits the registry person keeps it", () => {
    const olaf = run(text).actors.find((a) => a.name === "Olaf Scholz");
    expect(olaf?.mentions.map((m) => text.slice(m.start - 11, m.end))).toEqual(["Chancellor Scholz"]);
  });
  it("without a namesake the registry person stays", () => {
    const t = "Chancellor Scholz spoke. Dr. Scholz said nothing.";
    expect(run(t).actors.filter((a) => a.kind === "PERSON").map((a) => a.name)).toEqual(["Olaf Scholz"]);
  });
});
