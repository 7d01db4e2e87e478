// Businesses named without a cue ("Walmart said"), agencies whose names join two words with
// "and" or end in "Administration", and "the company" referring back to a listed firm
// (seed/registry/companies.json, src/extract/actors.ts). Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { loadRegistry } from "../../src/extract/registry.js";

const orgs = (text: string) => extract({ text }).actors.filter((a) => a.kind === "ORGANIZATION").map((a) => a.name);
const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker, s.text]);

describe("a listed firm is an organisation wherever it is named", () => {
  it.each([
    ["Walmart said it would raise wages in March.", "Walmart"],
    ["Drivers for Lyft staged a strike in Chicago.", "Lyft"],
    ["The president toured a Volvo plant in South Carolina.", "Volvo"],
    ["Shares of Rio Tinto fell after the report.", "Rio Tinto"],
    ["Coca-Cola Co said it would pause sales.", "Coca-Cola"],
  ])("%s", (text, name) => {
    expect(orgs(text)).toContain(name);
  });

  it("and speaks like one", () => {
    expect(said("Walmart said it would raise wages in March.")).toEqual([["INDIRECT", "Walmart", "it would raise wages in March"]]);
  });

  it("“the company” refers back to the listed firm named last", () => {
    const text = "Payments giant Western Union said it would stop transfers. Later, JP Morgan Chase said it was leaving. Meanwhile Western Union said it agreed.\n\n“We are leaving the market,” the company said.";
    expect(said(text)).toContainEqual(["DIRECT", "Western Union", "We are leaving the market"]);
  });

  it("leaves out words that are rarely a firm: no city is Citigroup, no common word a company", () => {
    expect(orgs("The Kyiv City Military Administration said the curfew would hold. Total exports fell.")).toEqual([]);
  });

  it("marks every entry of the companies file as a business", () => {
    const firms = loadRegistry().entries.filter((e) => e.business);
    expect(firms.length).toBeGreaterThan(150);
    expect(firms.every((e) => e.kind === "ORGANIZATION")).toBe(true);
  });
});

describe("agencies with “and”, “Administration” or a “for …” tail in their names", () => {
  it.each([
    ["The Securities and Exchange Commission fined the exchange.", "Securities and Exchange Commission"],
    ["The U.S. Fish and Wildlife Service listed the owl.", "Fish and Wildlife Service"],
    ["The Food and Drug Administration said it would review the drug.", "Food and Drug Administration"],
    ["The Energy Information Administration said prices would rise.", "Energy Information Administration"],
    ["The government gave a grant to the International Fund for Ukraine in May.", "International Fund for Ukraine"],
    ["The board of the Lakeland Foundation for Children said it would help.", "Lakeland Foundation for Children"],
  ])("%s", (text, name) => {
    expect(orgs(text)).toContain(name);
  });

  it.each([
    "Farmers and Agriculture Ministry officials met in the capital.",
    "Senior Administration officials said the plan was ready.",
    "The Head of the Military Administration said the roads were closed.",
  ])("not a name: %s", (text) => {
    expect(orgs(text).filter((n) => / and |Administration/.test(n))).toEqual([]);
  });
});
