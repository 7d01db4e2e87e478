// Name shapes of people: given names before surnames, initials, particles, suffixes, and the
// title words that must not become part of a name. Sentences written for the test.
import { describe, expect, it } from "vitest";
import { givenNameSpans, loadGivenNames } from "../../src/extract/given-names.js";
import { checkPersonName } from "../../src/extract/person-name.js";
import { loadRegistry } from "../../src/extract/registry.js";
import { run } from "./helpers.js";

const persons = (text: string) =>
  run(text)
    .actors.filter((a) => a.kind === "PERSON")
    .map((a) => a.name)
    .sort();

describe("person.given-name: a known given name before surname-shaped words", () => {
  const cases: Array<[string, string[]]> = [
    ["The party backed the far-right candidate, Gloria Whitcombe.", ["Gloria Whitcombe"]],
    ["Critics pointed to Hunter Biden in the hearing.", ["Hunter Biden"]],
    ["The ruling was signed by E. Craig Levy, Sr. on Monday.", ["E. Craig Levy"]],
    ["She quoted Dr. Martin Lucas Kingsley, Jr. at length.", ["Martin Lucas Kingsley"]],
    ["The panel heard Ronald David McCray and Mark Andrew Greenholt.", ["Mark Andrew Greenholt", "Ronald David McCray"]],
    ["The delegates, Mohamed Mahmoud Dahi among them, arrived.", ["Mohamed Mahmoud Dahi"]],
    ["Fieldpoint Private Chief Market Strategist Cameron Dawkins discussed markets.", ["Cameron Dawkins"]],
    // Places, buildings, institutions and sentence-initial words are not people.
    ["Rallies were held at Yankee Stadium and in the Mariana Islands.", []],
    ["The speech was given at Mason Temple in Memphis.", []],
    ["Students of Davidson College and the Walter Reed Foundation met.", []],
    ["Even Wall Street firms agreed.", []],
    ["Thank Jane Roe.", ["Jane Roe"]],
    ["Will Russia attack?", []],
  ];
  it.each(cases)("%s", (text, want) => expect(persons(text)).toEqual(want.sort()));

  it("reads the given names from the data file, which holds only capitalised names", () => {
    const names = loadGivenNames();
    expect(names.size).toBeGreaterThan(5000);
    for (const n of names) expect(n).toMatch(/^\p{Lu}/u);
  });

  it("gives spans that start at the given name or an initial before it", () => {
    const text = "Officials named F. Scott Kieffer and Lisa Campbell.";
    expect(givenNameSpans(text, loadRegistry()).map((g) => text.slice(g.start, g.end))).toEqual(["F. Scott Kieffer", "Lisa Campbell"]);
  });
});

describe("titles and roles before names", () => {
  const cases: Array<[string, string[]]> = [
    ["U.S. Treasurer Malvina Orbach spoke first.", ["Malvina Orbach"]],
    ["Acting Comptroller of the Currency Michael Hsueh attended.", ["Michael Hsueh"]],
    ["USDA Deputy Under Secretary for Rural Development Farah Ahmadi convened the group.", ["Farah Ahmadi"]],
    ["Billionaire investor host Stuart Varnell argues the point.", ["Stuart Varnell"]],
    // actor.role-comma-name
    ["The party backed the far-right candidate, Colette Le Brun.", ["Colette Le Brun"]],
    // A surname glued to its particle.
    ["But the energy minister Minister Suhaib al-Marzoq said later that the state was committed.", ["Suhaib al-Marzoq"]],
    // A name printed twice, the second time surname first and glued to the next title.
    ["President of Mongolia Adyl Temirov Temirov AdylPresident of Mongolia: Thank you.", ["Adyl Temirov"]],
    ["Football Minister Jane Roe said so. The Minister of Football opened it.", ["Jane Roe"]],
    // A quotation's closing mark after a title is no name.
    ["She said, 'Mr. President' -- and stopped.", []],
  ];
  it.each(cases)("%s", (text, want) => expect(persons(text)).toEqual(want.sort()));

  it("cuts a policy area that ends in a common word before the name", () => {
    expect(checkPersonName("Rural Development Jane Roe", loadRegistry())).toMatchObject({ ok: true, name: "Jane Roe", rule: "person.trim-lead" });
  });
});

describe("a role noun is no engagement cue", () => {
  it.each([
    ["FOX Business host Stuart Varnell argues Biden should act now.", 0],
    ["Hosting partners Northbank, Bridgeway, and Riverside Lending announced a fund.", 0],
    ["President Biden will host Chancellor Olaf Scholz at the White House on Monday.", 1],
  ] as const)("%s", (text, n) => expect(run(text).engagements).toHaveLength(n));
});

describe("a capital names a government only where it acts", () => {
  it("leaves out a capital coordinated before a thing it names", () => {
    const names = run("The parties discussed the steps within the Minsk and Normandy formats.").actors.map((a) => a.name);
    expect(names).not.toContain("Belarus");
  });
});
