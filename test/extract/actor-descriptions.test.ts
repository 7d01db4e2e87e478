// People introduced by what they are rather than by a title (issue 11, news text the rules had
// not seen): an apposition headed by any person noun or agent noun, a council member, a member of
// a state's presidency, a name after a country whose own name holds "and". Sentences written for
// the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const people = (text: string) =>
  extract({ text })
    .actors.filter((a) => a.kind === "PERSON")
    .map((a) => a.name)
    .sort();

describe("an apposition headed by a person noun names a person (actor.apposition)", () => {
  it.each([
    ["“Prices will rise,” Tomas Vilkas, a former central bank vice chair, said on Monday.", ["Tomas Vilkas"]],
    ["“It is hard,” Kerensa Doyle, a shift supervisor at the depot, said.", ["Kerensa Doyle"]],
    ["Ardit Kola, data group manager at Northbank Software, said attacks rose.", ["Ardit Kola"]],
    ["Ilse Marrow, an internet entrepreneur in Lakeville, said the case mattered.", ["Ilse Marrow"]],
    ["Odile Ferrant, a historian at the University of Lakeland, said the treaty held.", ["Odile Ferrant"]],
    ["Pavlo Hrytsak, the owner of a bakery in the district, said he was worried.", ["Pavlo Hrytsak"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    // A firm's description has another head.
    "Northgate Energies, another big oil company in the region, said it would stop.",
    // A union's name with a plural noun is no person's name.
    "Lakeside Workers United, the union seeking to represent the employees, said it would appeal.",
    "The result is a gain for Lakeside Workers United, an affiliate of the Service Employees union.",
    // Without an article, a clause after the comma is no role.
    "Beginning with the Regulatory Plans, as required under Executive Order 12866 of May 3, 1993, each agency reports.",
  ])("no person: %s", (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe("members of councils and presidencies (actor.title-name)", () => {
  it.each([
    ["However, North Ward Council Member Elias Brandt, who sponsored the bill, said the ban was temporary.", ["Elias Brandt"]],
    ["The president met Member of the Presidency of Lakeland Doran Vesic on the sidelines.", ["Doran Vesic"]],
    ["Member of Parliament Ilse Marrow said the bill would pass.", ["Ilse Marrow"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it("no person in a body's name after the title", () => {
    expect(people("Jane Roe, of Lakeland, to be a Member of the Board of Governors of the Federal Reserve System for a term.")).toEqual(["Jane Roe"]);
  });
});

describe("a name after a country whose name holds 'and' (actor.title-name)", () => {
  it.each([
    ["Putin met Chairman of the Presidency of Bosnia and Herzegovina Doran Vesic in the Kremlin.", ["Doran Vesic", "Vladimir Putin"]],
    ["She met President of Trinidad and Tobago Elias Brandt and Prime Minister Ilse Marrow.", ["Elias Brandt", "Ilse Marrow"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
