// Companies named by their legal form or web address, and names listed beside a known company
// (actor.org-legal-form, actor.org-peers in src/extract/org-shapes.ts). Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const actors = (text: string) => extract({ text }).actors.map((a) => [a.name, a.kind]);
const orgs = (text: string) => extract({ text }).actors.filter((a) => a.kind === "ORGANIZATION").map((a) => a.name);

describe("actor.org-legal-form: a legal form or a web address says a name is a company's", () => {
  it.each([
    ["Northgate Robotics Co., a maker of warehouse arms, said it would hire 200 people.", "Northgate Robotics Co."],
    ["Shares of Lakeview Holdings PLC fell 4% on Tuesday.", "Lakeview Holdings PLC"],
    ["The loan went to Brightwater Farms Co. last year.", "Brightwater Farms Co."],
    ["Kestrel Dynamics GmbH won the contract.", "Kestrel Dynamics GmbH"],
    ["Retailer stocks slid, and Shopnet.com closed down 6%.", "Shopnet.com"],
  ])("%s", (text, name) => {
    expect(orgs(text)).toContain(name);
  });

  it("not a name the legal form does not end, nor a lowercase address", () => {
    expect(orgs("He said Co. and others would come. Visit example.com for details.")).toEqual([]);
  });
});

describe("actor.org-peers: a name listed with a known company is a company", () => {
  it.each([
    ["Sanctions cut the banks off from networks like Tokenpay and Mastercard, officials said.", "Tokenpay"],
    ["The lobby counts Walmart, Brindle, Pfizer and over 200 smaller firms as members.", "Brindle"],
    ["Suppliers to the fair include Pfizer, Hollins and Marsh, Walmart and Northgate.", "Hollins and Marsh"],
    ["Tech stocks fell as Walmart, Quillmart and Pfizer reported results.", "Quillmart"],
  ])("%s", (text, name) => {
    expect(orgs(text)).toContain(name);
  });

  it("a list of bare commas is no list of firms", () => {
    // (A one-word speaker may still be read as a body by actor.speaker-name; not as a peer of the firm.)
    const peers = (text: string) => extract({ text }).actors.filter((a) => a.rule === "actor.org-peers").map((a) => a.name);
    expect(peers("Walmart, Hollins said, would close stores.")).not.toContain("Hollins");
  });

  it("a known given name, a person found before, or a coin is no company", () => {
    expect(orgs("Walmart and Sophie met on Monday.")).not.toContain("Sophie");
    expect(actors("Chairman Jarrow Quint met the press. Officials thanked Jarrow Quint and Walmart.")).not.toContainEqual(["Jarrow Quint", "ORGANIZATION"]);
    expect(orgs("Wallets held Bitcoin, Ether and Tether.")).not.toContain("Ether");
  });

  it("two owners in the possessive stay out ('along with Pfizer’s and Quillmart’s')", () => {
    expect(orgs("The law targets its practices, along with Pfizer’s and Quillmart’s.").some((n) => n.startsWith("Quillmart"))).toBe(false);
  });
});

describe("actor.org-peers: where a list is no list of firms", () => {
  it("a name broken over two lines keeps its first word ('Best\\nBuy')", () => {
    expect(orgs("They came along with Quill\nMart, Pfizer, and Walmart.")).not.toContain("Mart");
  });

  it("a title-case headline names nothing", () => {
    expect(orgs("Freedonia Imposes First Round of Walmart and Severe Costs on Lakeland\n\nThe ministry spoke.")).not.toContain("Severe Costs");
  });
});

describe("actor.org-members-forum: a forum or conference named by its members is a body", () => {
  it.each([
    ["The minister wrote to the Oil Exporting Countries Forum on Tuesday.", "Oil Exporting Countries Forum"],
    ["Leaders of the Coral Islands Forum met in Lakeville.", "Coral Islands Forum"],
    ["“We are disappointed,” said Teamsters Lakeland Rail Conference spokesperson Jane Roe.", "Teamsters Lakeland Rail Conference"],
    ["The Freedonian Conference of Mayors endorsed the bill.", "Freedonian Conference of Mayors"],
    ["At the US-led Major Economies Forum, he spoke.", "Major Economies Forum"],
  ])("%s", (text, name) => {
    expect(orgs(text)).toContain(name);
  });

  it("a forum or conference named otherwise is an event", () => {
    expect(orgs("The Lakeland Economic Forum opened on Monday. At the Northgate Security Conference, he spoke.")).toEqual([]);
  });
});

describe("actor.org-employer: where a person works is a body", () => {
  it.each([
    ["“Prices will rise,” said Jane Roe, senior strategist at Northbank Wealth.", "Northbank Wealth"],
    ["Jane Roe, director of humanitarian aid at Helpline UK, said aid was late.", "Helpline UK"],
    ["“It is a shock,” said Jane Roe, a professor at Lakeland State in Lakeville.", "Lakeland State"],
  ])("%s", (text, name) => {
    expect(orgs(text)).toContain(name);
  });

  it("not an owner in the possessive, nor a name cut at one", () => {
    expect(orgs("said Jane Roe, professor of history at Lakeville's Harbour College.")).not.toContain("Lakeville");
    expect(orgs("said Jane Roe, chief economist at Quill's Analytics.")).not.toContain("Quill");
  });
});

describe("actor.org-country-firm: a country's one-word firm that speaks", () => {
  it("is a company", () => {
    expect(orgs("Canada's Potashco said this week it may cut production.")).toContain("Potashco");
  });

  it("not a known given name, nor a registry person", () => {
    expect(orgs("Canada's Sophie said no. Britain's Johnson said no.")).toEqual([]);
  });
});

describe("actor.org-employer leaves the statement to the person", () => {
  it("when a clause follows the body ('at Acme, an investment bank, said')", () => {
    const st = extract({ text: "Jane Roe, an analyst at Quillbank, an investment bank, said that supplies were vital." }).statements;
    expect(st.map((s) => s.speaker)).toEqual(["Jane Roe"]);
  });
});
