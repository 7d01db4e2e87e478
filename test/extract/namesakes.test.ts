// Two people of one surname in one text (siblings, spouses, namesakes) stay two actors, and a
// surname alone refers to the one named last before it (src/extract/actors.ts personKey and
// namesakes, src/extract/bare-names.ts). Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { otherGivenName } from "../../src/extract/actors.js";
import { extract } from "../../src/extract/index.js";

const people = (text: string) => extract({ text }).actors.filter((a) => a.kind === "PERSON").map((a) => a.name).sort();
const said = (text: string) => extract({ text }).statements.map((s) => [s.speaker, s.text]);
const met = (text: string) => extract({ text }).engagements.map((e) => [e.kind, [...e.participants].sort().join(" + ")]);

describe("another given name before a surname names another person", () => {
  it.each([
    ["John Pellham met Jane Roe. His brother, Tom Pellham, said that the plant would stay open.", ["Jane Roe", "John Pellham", "Tom Pellham"]],
    ["Anna Kowalska chaired the panel. Her sister, the economist Maria Kowalska, disagreed.", ["Anna Kowalska", "Maria Kowalska"]],
    ["Jane Roe met Mark Osterby. Roe thanked Anna Osterby for her help.", ["Anna Osterby", "Jane Roe", "Mark Osterby"]],
    // Given names alike in their first letters but of the two genders: two people, not two forms of one name.
    ["Mark Holloway said the plant would close. Mary Holloway said the town would suffer.", ["Mark Holloway", "Mary Holloway"]],
    ["Paul Lindqvist opened the debate. Paula Lindqvist closed it.", ["Paul Lindqvist", "Paula Lindqvist"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it("the second person's words are theirs, not the first's", () => {
    expect(said("John Pellham met Jane Roe. His brother, Tom Pellham, said that the plant would stay open.")).toEqual([["Tom Pellham", "the plant would stay open"]]);
  });

  it("a repeated full name of the second is a mention of the second", () => {
    const text = "Governor Jane Roe held a video call with the entrepreneur Nils Varga. Roe thanked Nils Varga and his brother, shipping executive Ivo Varga, for their support. Nils Varga said that the port would reopen.";
    expect(met(text)).toEqual([["VIDEO_CALL", "Jane Roe + Nils Varga"]]);
    expect(said(text)).toEqual([["Nils Varga", "the port would reopen"]]);
  });
});

describe("a surname alone is the one of them named last", () => {
  it.each([
    ["John Pellham met Jane Roe. His brother, Tom Pellham, said that it was fine. Pellham added that it was late.", "Tom Pellham"],
    ["John Pellham met Jane Roe. Pellham added that it was late. His brother, Tom Pellham, said that it was fine.", "John Pellham"],
  ])("%s", (text, speaker) => {
    expect(said(text)).toContainEqual([speaker, "it was late"]);
  });
});

describe("two forms of one name stay one person", () => {
  it.each([
    ["Joe Pellham", "Joseph Pellham"],
    ["Alex Pellham", "Alexander Pellham"],
    ["J. Pellham", "John Pellham"],
    ["Van Schalk", "Beth Van Schalk"],
    ["Pellham", "Tom Pellham"],
  ])("%s / %s", (a, b) => {
    expect(otherGivenName(a, b)).toBe(false);
  });

  it.each([
    ["Tom Pellham", "John Pellham"],
    ["Kimbal Roe", "Elon Roe"],
    ["Hunter Roe", "Joe Roe"],
  ])("%s / %s are two people", (a, b) => {
    expect(otherGivenName(a, b)).toBe(true);
  });

  it("a firm that carries a surname is not the person of that surname", () => {
    const text = "Economist Jane Sachs said that rates would rise. Goldman Sachs said it would cut jobs.";
    expect(said(text)).toEqual([["Jane Sachs", "rates would rise"], ["Goldman Sachs", "it would cut jobs"]]);
  });

  it("an unknown capitalised word before a surname makes no new person", () => {
    expect(people("Economist Jane Sachs said that rates would rise. Analysts at Morrow Sachs disagreed.")).toEqual(["Jane Sachs"]);
  });
});
