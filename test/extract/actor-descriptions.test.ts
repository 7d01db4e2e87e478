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

describe("given names of many countries (seed/lexicon/given-names-world.txt, actor.given-name)", () => {
  it.each([
    ["The poisoning of Aleksey Varnov was discussed.", ["Aleksey Varnov"]],
    ["Inspirational conversation with Elon Brask about rockets.", ["Elon Brask"]],
    ["Mihai Dobrescu, the country’s top diplomat, was in Washington.", ["Mihai Dobrescu"]],
    ["Oleksiy Hrytsenko and Dmitry Lazarev spoke at the forum.", ["Dmitry Lazarev", "Oleksiy Hrytsenko"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    // English words and places' first words are no given names.
    "Delta Danube shipping resumed. A school opened in Rio de Janeiro. Santa Clara officials agreed.",
  ])("no person: %s", (text) => {
    expect(people(text)).toEqual([]);
  });

  it("a registry person spelt another way is that person, not a namesake", () => {
    expect(people("Sergey V. Lavrov said the talks had failed.")).toEqual(["Sergei Lavrov"]);
    // Four letters of a word: a short family name first is no spelling of another's given name.
    expect(people("Kim Il-Sung founded the state; Kim Jong Un leads it.")).toEqual(["Kim Il-Sung", "Kim Jong Un"]);
  });
});

describe("a photographer's credit names no actor", () => {
  it.each([
    "A man walks past a damaged building in Kyiv. (AP Photo/Ivan Dobrenko / AP Newsroom)",
    "Leaders meet in Davos. (Lorna Keating/AFP via Getty Images)",
    "Photographs by Sergey Ponomaryov",
    "Bitcoins are seen in this illustration. REUTERS/Dado Lukic/Illustration",
  ])("%s", (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe("a body introduced by an apposition inside its sentence (actor.org-apposition)", () => {
  const orgs = (text: string) =>
    extract({ text })
      .actors.filter((a) => a.kind === "ORGANIZATION")
      .map((a) => a.name)
      .sort();
  it.each([
    ["Zentrix, the world’s largest fertilizer producer, raised its forecast.", ["Zentrix"]],
    ["The deal was signed by Aeroval, a Canadian plane maker, on Monday.", ["Aeroval"]],
    ["Lakeside Energies, another big oil company in the region, will stop.", ["Lakeside Energies"]],
  ])("%s", (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it.each([
    // An attribution inserted after a place; a person's role at a body; a name cut after "for".
    "Troops took the city of Tarvel, Freedonia’s Interfax news agency said.",
    "“Talks stalled,” said Ilse Marrow, an analyst at energy research provider.",
    "The Lakeland Institute for Regenerative Medicine, the country’s leading funder, said so.",
  ])("no such body: %s", (text) => {
    expect(orgs(text).filter((n) => /^(?:Tarvel|Ilse Marrow|Regenerative Medicine)$/.test(n))).toEqual([]);
  });
});

describe("a given name that is also a word, where a role set off by commas names a person", () => {
  it.each([
    ["The defence secretary, Grant Vellacott, said the package would help.", ["Grant Vellacott"]],
    ["Hope Marrow, a senior aide, said the plan was ready.", ["Hope Marrow"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it("not when the surname is a word too", () => {
    expect(people("Mark Read, the chief executive of the agency, said the market was weak.")).toEqual([]);
  });
});
