// Actor names as unseen news text writes them (issue 11): the document's own form of a body's
// name among its aliases, long names kept whole, fragments and non-names left out. Sentences
// written for the purpose.
import { describe, expect, it } from "vitest";
import { actors as names } from "./helpers.js";
import { extract } from "../../src/extract/index.js";

const withAliases = (text: string, name: string) => {
  const a = extract({ text }).actors.find((x) => x.name === name);
  return a ? [a.name, ...a.aliases].sort() : undefined;
};
const ruleOf = (text: string, name: string) => extract({ text }).actors.find((x) => x.name === name)?.mentions.map((m) => m.rule);

describe("a country's name written before its own registry body is one of the body's names", () => {
  it.each([
    ["The bill now goes to the US Senate for a vote.", "U.S. Senate", ["Senate", "U.S. Senate", "US Senate"]],
    ["She addressed the US Congress by video on Tuesday.", "U.S. Congress", ["Congress", "U.S. Congress", "US Congress"]],
  ])("%s", (text, name, forms) => {
    expect(withAliases(text, name)).toEqual(forms);
  });

  it("not another country's name before the body", () => {
    expect(withAliases("The Freedonia Senate met. Officials of Canada Congress said little.", "U.S. Senate")).toEqual(["Senate", "U.S. Senate"]);
  });
});

describe("an institution named with a country's initials (actor.institution)", () => {
  it("the name with and without the initials is one body", () => {
    const text = "Payrolls grew, the US Bureau of Labor Statistics reported. The Bureau of Labor Statistics said wages rose too.";
    expect(withAliases(text, "US Bureau of Labor Statistics")).toEqual(["Bureau of Labor Statistics", "US Bureau of Labor Statistics"]);
    expect(names(text)).toEqual(["O:US Bureau of Labor Statistics"]);
  });

  it("a body's name cut before its of-tail is the body named in full", () => {
    const text = "The Head of the Office of the President of Freedonia met them. Later the Office of the President said more.";
    expect(names(text)).toEqual(["O:Office of the President of Freedonia"]);
  });

  it("not when two bodies have such a name", () => {
    const text = "The Ministry of Energy of Freedonia and the Ministry of Energy of Sylvania met. The Ministry of Energy said so.";
    expect(names(text)).toContain("O:Ministry of Energy");
  });
});

describe("a registry body opening a longer institution's name is a unit of it (actor.institution-unit)", () => {
  it.each([
    ["Rates will rise, the Wells Fargo Research Institute said in a note.", "O:Wells Fargo Research Institute"],
    ["The nominee appeared before the Senate Ethics Committee on Tuesday.", "O:Senate Ethics Committee"],
    ["Jane Roe, the chair of the Senate Energy and Water Committee, objected.", "O:Senate Energy and Water Committee"],
  ])("%s", (text, want) => {
    const got = names(text);
    expect(got).toContain(want);
    expect(got.filter((n) => n === "O:Wells Fargo" || n === "O:U.S. Senate")).toEqual([]);
    expect(ruleOf(text, want.slice(2))).toEqual(["actor.institution-unit"]);
  });

  it("the registry body itself, with no words between it and the head, stays the registry body", () => {
    expect(names("The Senate Foreign Relations Committee voted on Monday.")).toEqual(["O:Senate Foreign Relations Committee"]);
  });
});

describe("institution names joined by 'and', and fragments of longer names (actor.institution)", () => {
  it("a demonym opens a name whose two words are joined by 'and'", () => {
    expect(names("“Prices will fall,” American Drilling and Refining Council CEO Jane Roe said.")).toContain("O:American Drilling and Refining Council");
  });

  it.each([
    ["She backed the Ending Hunger in Rural Areas Initiative last year.", "O:Rural Areas Initiative"],
    ["They renewed the Treaties of Mutual Defence Association in May.", "O:Mutual Defence Association"],
  ])("not a fragment in %s", (text, not) => {
    expect(names(text)).not.toContain(not);
  });

  it("two bodies coordinated by 'and' are both found", () => {
    expect(names("The State Statistics Service and the Customs Service disagreed.")).toEqual(["O:Customs Service", "O:State Statistics Service"]);
  });
});

describe("a generational suffix after a name", () => {
  it.each([
    ["President Jane Roe, Jr. of Freedonia met the envoy. Roe spoke first.", "Jane Roe", ["Jane Roe", "Jane Roe, Jr.", "Roe"]],
    ["“It is over,” Deputy Attorney General Peter J. Vance Jr. of the Justice Department said.", "Peter J. Vance", ["Peter J. Vance", "Peter J. Vance Jr."]],
  ])("%s", (text, name, forms) => {
    expect(withAliases(text, name)).toEqual(forms);
  });

  it("is no surname of the name before it", () => {
    expect(names("The order was signed by Marcus Vance Jr. on Friday.")).toEqual(["P:Marcus Vance"]);
  });
});

describe("countries and capitals that only name a place or a former regime", () => {
  it.each([
    ["Veterans marked the defeat of Nazi Germany in 1945.", "C:Germany"],
    ["Patrols crossed the Taiwan Strait on Sunday.", "C:Taiwan"],
    ["The memorial stands in what was East Berlin.", "C:Germany"],
    ["A case was opened by the tribunal at the Hague last year.", "C:Netherlands"],
    ["South Africa is bound by the Rome statute.", "C:Italy"],
    ["Jane Roe\nLondon\n", "C:United Kingdom"],
  ])("not in %s", (text, not) => {
    expect(names(text)).not.toContain(not);
  });

  it("the same names acting are actors", () => {
    expect(names("Germany and Taiwan signed the deal. London said it would help.")).toEqual(["C:Germany", "C:Taiwan", "C:United Kingdom"]);
  });
});

describe("words that are not the registry body or no person", () => {
  it.each([
    ["Yields on the 10-year Treasury rose and Treasury yields hit 2%.", "O:Treasury Department"],
    ["Leaders pledged to modernize the Freedonia-Japan Alliance in May.", "O:North Atlantic Treaty Organization"],
    ["But the UK's PM suggested the country discourages it.", "O:PM"],
  ])("not in %s", (text, not) => {
    expect(names(text)).not.toContain(not);
  });

  it("the Treasury acting is the department", () => {
    expect(names("The Treasury said sanctions would follow.")).toEqual(["O:Treasury Department"]);
  });

  it.each([
    // A firm's name after a title word ("Premier").
    ["“Rates will rise,” said Jane Roe, chief strategist at Premier Northgate Investors.", ["P:Jane Roe"]],
    // A show's title in quotation marks.
    ["Roe said on the network's “Closing Bell Tonight” program that it was over.", []],
    // A place named after a person.
    ["The storm reached Prince George’s County on Monday.", []],
  ])("%s", (text, want) => {
    expect(names(text).filter((n) => n.startsWith("P:"))).toEqual(want);
  });
});

it("a sentence's first word and a preposition before a body's name leave the name whole", () => {
  expect(names("Shares of Northbank Holdings PLC rose on Monday.")).toEqual(["O:Northbank Holdings PLC"]);
});

describe("people named once by their full name", () => {
  it.each([
    // A registry person's surname ("Campbell") as another person's given name.
    ["Campbell Roe, senior vice president at Northgate Holdings, told reporters prices would rise.", "P:Campbell Roe"],
    // The employer in the possessive before the name.
    ["Northgate's Marta Kowalczyk said Monday the worst was over.", "P:Marta Kowalczyk"],
    // A body's acronym in brackets inside the title chain.
    ["He met the President of the Lakeland Development Bank (LDB) Ilse Brandauer on Monday.", "P:Ilse Brandauer"],
    // A lowercase role noun right before the name.
    ["The office said that veteran prosecutor Tomas Verhoeven will lead the team.", "P:Tomas Verhoeven"],
  ])("%s", (text, want) => {
    expect(names(text)).toContain(want);
  });

  it("a vice president is not 'the president'", () => {
    const d = extract({ text: "Marta Kowalczyk, senior vice president at Northgate Holdings, told reporters it was bad. Later President Jane Roe met the envoy. The president warned that prices would rise." });
    const s = d.statements.find((x) => x.text.startsWith("prices would rise"));
    expect(s?.speaker).toBe("Jane Roe");
  });
});

describe("people of news features named by a given name (actor.person-noun, actor.vocative, actor.given-mention)", () => {
  it.each([
    ["A soldier, Bohdan, waves goodbye to his son.", ["P:Bohdan"]],
    ["She sends boots to her brother, Taras, who joined the army.", ["P:Taras"]],
    ["Dmitri, a 45-year-old engineer from the city, said he had lost everything.", ["P:Dmitri"]],
    ["Halyna Roe, a retired teacher, stayed behind.", ["P:Halyna Roe"]],
    ["Thank you, Patty. And thank you all for coming.", ["P:Patty"]],
  ])("%s", (text, want) => {
    expect(names(text)).toEqual(want);
  });

  it.each([
    // No noun only people are: a town, a group.
    ["We drove to Lakeville, a frontline town, at night.", []],
    // A thanked title or a word that is no given name.
    ["Thank you, Mr. President. Thank you, God.", []],
  ])("not in %s", (text, want) => {
    expect(names(text).filter((n) => n.startsWith("P:"))).toEqual(want);
  });

  it("the noun beside the name is the person's role and fixes the pronoun's referent", () => {
    const d = extract({ text: "Olia Roe, a chef, collects money for the army. Her brother, Sasha, has joined the fight. Sasha told her he was going to head west. “My aim is to help,” she says." });
    expect(d.actors.find((a) => a.name === "Sasha")?.role).toBe("brother");
    expect(d.statements.find((s) => s.text.startsWith("My aim"))?.speaker).toBe("Olia Roe");
  });

  it("a given name alone after the full name is that person, not when two people share it", () => {
    const one = extract({ text: "Natalia Kovalenko, a nurse, fled in March. Natalia said she would return." });
    expect(one.actors.map((a) => [a.name, a.aliases])).toEqual([["Natalia Kovalenko", ["Natalia"]]]);
    // The apposition rules read "Natalia Kovalenko, a nurse," first (actor.apposition; actor.person-noun reads it too);
    // "Natalia said" is the given name alone, before a reporting verb (a known given name: actor.name-said).
    expect(one.actors[0].mentions.map((m) => m.rule)).toEqual(["actor.apposition", "actor.name-said"]);
    const two = extract({ text: "Natalia Kovalenko, a nurse, and Natalia Petrova, a teacher, fled in March. Natalia said she would return." });
    expect(two.actors.every((a) => !a.aliases.includes("Natalia"))).toBe(true);
  });
});

describe("well-known bodies", () => {
  it.each([
    ["Amnesty International accused both sides of abuses, and Human Rights Watch said it had proof.", ["O:Amnesty International", "O:Human Rights Watch"]],
    ["Oleksandra Roe, head of the Center for Civil Liberties, spoke.", ["O:Center for Civil Liberties", "P:Oleksandra Roe"]],
    // A centre without a "for" tail is often a building.
    ["She was treated at the Lakeland Medical Center.", []],
  ])("%s", (text, want) => {
    expect(names(text)).toEqual(want);
  });
});

describe("political parties (actor.party)", () => {
  it.each([
    ["She said that for years the Conservatives failed to act.", ["O:Conservatives"]],
    ["The attack targeted Freedonia's ruling Social Democratic party.", ["O:Social Democratic party"]],
    ["The opposition Labour Party demanded an inquiry.", ["O:Labour Party"]],
    ["He was seen at a Christmas party and a garden party.", []],
  ])("%s", (text, want) => {
    expect(names(text)).toEqual(want);
  });
});

describe("an institution's name and its other word order", () => {
  it("a comma before a title abbreviation ends the name; the two word orders are one body", () => {
    const text = "The chair of the House Committee on Harbours, Rep. Jane Roe, objected. Later a House Harbours Committee hearing began.";
    expect(names(text)).toEqual(["O:House Committee on Harbours", "P:Jane Roe"]);
  });

  it("a registry person's surname inside a firm's name is the firm's", () => {
    expect(names("“It is volatile,” said Phil Roe, senior analyst at The Price Futures Group.")).toEqual(["O:Price Futures Group", "P:Phil Roe"]);
  });
});

describe("forms of a person or a body the text uses", () => {
  it("a given name and patronymic address the person of that given name", () => {
    const text = "Ivan Petrenko met the delegation. Later Petrenko's host said: “Ivan Sergeyevich, welcome.”";
    expect(withAliases(text, "Ivan Petrenko")).toEqual(["Ivan Petrenko", "Ivan Sergeyevich", "Petrenko"]);
    expect(names(text)).toEqual(["P:Ivan Petrenko"]);
  });

  it("a registry body's committee named by its tail is a unit; a firm's legal form is the firm", () => {
    expect(names("They met the Verkhovna Rada Committee on Foreign Policy. Rosatom State Corporation signed a deal.")).toEqual(["O:Rosatom", "O:Verkhovna Rada Committee on Foreign Policy"]);
  });
});

it("a state after 'of' follows a legislator's full name (actor.title-name)", () => {
  const text = "Republican Sen. Tom Kessler of Utah and Rep. Jane Roe of New Hampshire raised concerns. “We need a talk,” Kessler said.";
  expect(names(text)).toEqual(["P:Jane Roe", "P:Tom Kessler"]);
  expect(withAliases(text, "Tom Kessler")).toEqual(["Kessler", "Tom Kessler"]);
});

describe("people named by one name beside a cue", () => {
  it("a known given name opening a sentence before a reporting verb (actor.name-said)", () => {
    expect(names("The duchess met survivors. Sophie said their stories were sad.")).toEqual(["P:Sophie"]);
    // Places and words that are given names too stay out.
    expect(names("Paris said no. Hope said so.")).toEqual(["C:France"]);
  });

  it("a surname coordinated with a person named by surname alone (actor.coordinated-surname)", () => {
    const text = "Andriy Yermak spoke first. The group chaired by Yermak and Kessler met twice. Kessler agreed.";
    const k = extract({ text }).actors.find((a) => a.name === "Kessler");
    expect(k?.mentions.map((m) => [text.slice(m.start, m.end), m.rule])).toEqual([["Kessler", "actor.coordinated-surname"], ["Kessler", "actor.coordinated-surname"]]);
    expect(names("Putin and Lukashenko met. Ukraine and Freedonia agreed.")).not.toContain("P:Freedonia");
  });
});
