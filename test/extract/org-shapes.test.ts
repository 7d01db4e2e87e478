// Organisation shapes: bodies whose names carry no institution word, introduced by what they
// are, and one actor for the several names of one body. Sentences written for the test.
import { describe, expect, it } from "vitest";
import { orgShapes } from "../../src/extract/org-shapes.js";
import { loadRegistry, orgKey } from "../../src/extract/registry.js";
import { isKnownRule } from "../../src/extract/rules.js";
import { run } from "./helpers.js";

const orgs = (text: string) =>
  run(text)
    .actors.filter((a) => a.kind === "ORGANIZATION")
    .map((a) => a.name)
    .sort();

describe("organisations introduced by what they are", () => {
  const cases: Array<[string, string[]]> = [
    // actor.org-descriptor
    ["Freedonian energy giant Acmeco also said it would sell its stake.", ["Acmeco"]],
    ["The fund sold its shares to private-equity firm Northwind Capital Partners.", ["Northwind Capital Partners"]],
    ["Index giant S&P Globex Indices said on Friday it would drop the stocks.", ["S&P Globex Indices"]],
    ["Hosting partners Native Builders in Finance, Bridgeway, and Riverside Lending announced a fund.", ["Bridgeway", "Native Builders in Finance", "Riverside Lending"]],
    ["The deal was signed with software-maker Zentrix Systems Inc.. Photographer: Jane Roe.", ["Zentrix Systems Inc."]],
    // actor.org-descriptor-after
    ["Prices hit a record, according to the QRT motoring group.", ["QRT"]],
    // actor.org-apposition
    ["Voltara, Europe's largest operator of power grids, rejected the demand.", ["Voltara"]],
    ["Voltara, the French oil giant, rejected the demand.", ["Voltara"]],
    // actor.org-examples
    ["Many companies are leaving the market, such as Petrolux and Marlin.", ["Marlin", "Petrolux"]],
    // actor.org-acronym: the acronym must spell the initials of an institution's name.
    ["The Job Makers Network (JMN) paid for the billboard. JMN said it would go on.", ["Job Makers Network"]],
    ["The Deputy Director of the Office of Rural Lending (ORL) resigned.", ["Office of Rural Lending"]],
    ["Applicants for Temporary Protected Status (TPS) may apply.", []],
    // actor.org-acronym-subject
    ["Earlier Friday, the QSX halted trading in three funds.", ["QSX"]],
    ["The GDP said nothing about it.", []],
    // actor.org-possessive: the country keeps its own mention.
    ["The decline was only halted when Russia's central bank doubled interest rates.", ["Russia's central bank"]],
    // actor.org-list: a colon-introduced list, most of it institution-shaped, is read whole.
    ["Attendees included:\n\nAmber Bank\n\nGreenfield Foundation\n\nW.K. Lorimer Foundation\n\nKeyway\n\nWells Fargo\n\nJohn D. and Catherine T. Lorimer Foundation\n\nThe meeting ended.", [
      "Amber Bank", "Greenfield Foundation", "John D. and Catherine T. Lorimer Foundation", "Keyway", "W.K. Lorimer Foundation", "Wells Fargo",
    ]],
    // Missions abroad, offices with long names, cabinets and churches (actor.institution).
    ["The U.S. Embassy in Lakeville called the attack a crime.", ["U.S. Embassy in Lakeville"]],
    ["Deaths exceeded 1,100, according to the Office of the UN High Commissioner for Human Rights.", ["Office of the UN High Commissioner for Human Rights"]],
    ["The Cabinet of Ministers should act. The rift within the Catholic Church grew.", ["Cabinet of Ministers", "Catholic Church"]],
    // Not organisations: places, people, funds, weekdays, adverbs.
    ["Shares of the Globex Russia ETF (GRE) fell, the company Monday said.", []],
    ["Separately, the company has dropped the plan. Globally, the agency said more.", []],
    ["He spoke at the London-based political risk group.", []],
  ];
  it.each(cases)("%s", (text, want) => expect(orgs(text)).toEqual(want.sort()));

  it("names a rule for every span", () => {
    const text = "Freedonian energy giant Acmeco and the QRT motoring group met. The QSX said so.";
    const spans = orgShapes(text, loadRegistry());
    expect(spans.length).toBe(3);
    for (const s of spans) expect(isKnownRule(s.rule)).toBe(true);
  });

  it("gives later bare mentions of an introduced name to it", () => {
    const d = run("Italian energy giant Acmeco plans a sale. Acmeco co-owns the pipeline.");
    const a = d.actors.find((x) => x.name === "Acmeco")!;
    expect(a.mentions.map((m) => m.rule)).toEqual(["actor.org-descriptor", "actor.org-mention"]);
  });
});

describe("one body, one actor", () => {
  it("folds word order, spelling and the country's forms into one key", () => {
    const reg = loadRegistry();
    const k = orgKey("Ministry of Defense of the Russian Federation", reg);
    expect(orgKey("Russian Defence Ministry", reg)).toBe(k);
    expect(orgKey("Defence Ministry of Russia", reg)).toBe(k);
    expect(orgKey("Ministry of Defence of Ukraine", reg)).not.toBe(k);
    expect(orgKey("Northwind Holdings PLC", reg)).toBe(orgKey("Northwind Holdings", reg));
  });

  it("joins the names of one ministry in a document", () => {
    const d = run(
      "The Russian Ministry of Defense said it would stop. We received a confirmation from the Ministry of Defense of the Russian Federation. A spokesman for the Russian Defense Ministry said no civilian left.",
    );
    const ministries = d.actors.filter((a) => a.kind === "ORGANIZATION");
    expect(ministries).toHaveLength(1);
    expect([ministries[0].name, ...ministries[0].surfaces]).toEqual(expect.arrayContaining(["Russian Ministry of Defense", "Ministry of Defense of the Russian Federation"]));
  });

  it("joins a company's name with and without its legal suffix, and an acronym with the full name", () => {
    const d = run("A consortium will buy TV-ratings company Northwind Holdings PLC. Northwind Holdings said it agreed. The International Lending Agency said prices rose; the ILA said more.");
    expect(orgs(d.text)).toEqual(["International Lending Agency", "Northwind Holdings PLC"]);
  });

  it("drops a country that a compass word makes a region", () => {
    const names = run("A journey to understand young women in Northern Ireland.").actors.map((a) => a.name);
    expect(names).not.toContain("Ireland");
  });
});
