// Visits as official releases report them beside another engagement (src/extract/release-visits.ts):
// a visitor described by a relative clause, thanked for the visit, or recalled as having visited
// "our country". Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const visits = (text: string) =>
  extract({ text })
    .engagements.filter((e) => /visit/.test(e.rule ?? ""))
    .map((e) => [e.rule, e.kind, [...e.participants].sort(), e.status]);

describe("engagement.visitor-relative: the counterpart, then 'who is on a visit to …'", () => {
  it.each([
    ["President of Ukraine Volodymyr Zelenskyy held a meeting with Prime Minister of Denmark Jane Roe, who is on a visit to our country.", ["Jane Roe", "Ukraine"]],
    ["President of Ukraine Volodymyr Zelenskyy met with Prime Minister of Denmark Jane Roe who is on an official visit to Ukraine.", ["Jane Roe", "Ukraine"]],
    ["Vladimir Putin met with President of Azerbaijan Jane Roe, who arrived in Moscow on an official visit.", ["Jane Roe", "Russia"]],
    ["The Chancellor thanked President of Estonia Jane Roe, who is visiting Germany for the first time.", ["Germany", "Jane Roe"]],
    ["President of Ukraine Volodymyr Zelenskyy met with Prime Minister of Albania Jane Roe and Prime Minister of Montenegro John Poe, who are on a visit to our country.", ["Jane Roe", "John Poe", "Ukraine"]],
    ["Vladimir Putin met with President of Serbia Jane Roe and President of Hungary John Poe, who arrived in Russia on a working visit.", ["Jane Roe", "John Poe", "Russia"]],
    ["The meeting of President of Ukraine Volodymyr Zelenskyy with President of Estonia Jane Roe, who arrived in our country on a working visit, began in Kyiv.", ["Jane Roe", "Ukraine"]],
  ])("%s", (text, parties) => {
    expect(visits(text)).toEqual([["engagement.visitor-relative", "MEETING", parties, "HELD"]]);
  });

  it("reads 'our country' in a quotation as the speaker's state", () => {
    const text = "Prime Minister of Poland Jane Roe spoke with President of Ukraine Volodymyr Zelenskyy. “We met President of Lithuania John Poe, who is on a visit to our country,” Jane Roe said.";
    expect(visits(text)).toEqual([["engagement.visitor-relative", "MEETING", ["John Poe", "Poland"], "HELD"]]);
  });

  it("takes the last person alone for a singular verb", () => {
    expect(visits("Vladimir Putin met with President of Serbia Jane Roe and President of Hungary John Poe, who is on a working visit to Russia.")).toEqual([
      ["engagement.visitor-relative", "MEETING", ["John Poe", "Russia"], "HELD"],
    ]);
  });

  it("reads 'our country' as the first official's state when the release names no head", () => {
    const text = "Deputy Head of the Office of the President of Ukraine Ihor Zhovkva met with Secretary General of the Council of Europe Jane Roe, who is on a visit to our country.";
    expect(visits(text)).toEqual([["engagement.visitor-relative", "MEETING", ["Jane Roe", "Ukraine"], "HELD"]]);
  });

  it("needs the visitor right before the relative pronoun", () => {
    expect(visits("President of Ukraine Volodymyr Zelenskyy met with Prime Minister of Denmark Jane Roe in the city of Lviv, which is on a visit route.")).toEqual([]);
  });

  it("reads a stay in a capital on a visit as a visit, and a bare stay as none", () => {
    expect(visits("Volodymyr Zelenskyy also received Minister of Defence of Freedonia Jane Roe, who is in Kyiv on a short working visit.")).toEqual([
      ["engagement.visitor-relative", "MEETING", ["Jane Roe", "Ukraine"], "HELD"],
    ]);
    expect(visits("Volodymyr Zelenskyy also received Minister of Defence of Freedonia Jane Roe, who is in Kyiv for the third time.")).toEqual([]);
  });

  it("reaches the visitor across a description set off by commas", () => {
    expect(visits("The strike hit Jane Roe, the Acme chief, who was visiting Kyiv.")).toEqual([["engagement.visitor-relative", "MEETING", ["Jane Roe", "Ukraine"], "HELD"]]);
    // A bracket is no description: the antecedent is too far.
    expect(visits("The strike hit Jane Roe (Acme), who was visiting Kyiv.")).toEqual([]);
  });

  it("takes no visit of a person to their own state", () => {
    expect(visits("Vladimir Putin met with Prime Minister of Russia John Poe, who arrived in Moscow on a working visit.")).toEqual([]);
  });
});

describe("engagement.thanked-visit: 'thanked B for the visit'", () => {
  it.each([
    ["President of Ukraine Volodymyr Zelenskyy thanked Prime Minister of Denmark Jane Roe for the visit to our country.", ["Jane Roe", "Ukraine"]],
    ["President of Ukraine Volodymyr Zelenskyy thanked President of Estonia Jane Roe for her visit to Ukraine at a difficult time.", ["Jane Roe", "Ukraine"]],
    ["Volodymyr Zelenskyy thanked President of Estonia Jane Roe for this visit.", ["Jane Roe", "Ukraine"]],
  ])("%s", (text, parties) => {
    expect(visits(text)).toEqual([["engagement.thanked-visit", "MEETING", parties, "HELD"]]);
  });

  it("takes no readiness to visit for a visit paid", () => {
    expect(visits("Volodymyr Zelenskyy thanked President of Poland Jane Roe for her readiness to visit the European capitals.")).toEqual([]);
  });
});

describe("engagement.visited-our-country: 'B visited our country'", () => {
  it("is a meeting of the subject with the release's state", () => {
    expect(visits("President of Ukraine Volodymyr Zelenskyy recalled that Prime Minister of Denmark Jane Roe visited our country in April.")).toEqual([
      ["engagement.visited-our-country", "MEETING", ["Jane Roe", "Ukraine"], "HELD"],
    ]);
  });

  it("needs a person subject and a state the text makes 'ours'", () => {
    expect(visits("Thousands of tourists visited our country in April.")).toEqual([]);
    expect(visits("Jane Roe visited our country in April.")).toEqual([]);
  });
});

describe("engagement.visit: 'B arrived in Kyiv on an official visit'", () => {
  it("is a visit the meeting with the host's head does not replace", () => {
    const text = "Prime Minister of Denmark Jane Roe arrived in Kyiv on an official visit. President of Ukraine Volodymyr Zelenskyy met with Jane Roe.";
    expect(visits(text)).toEqual([["engagement.visit", "MEETING", ["Jane Roe", "Ukraine"], "HELD"]]);
  });

  it("needs a person subject", () => {
    expect(visits("The delegation arrived in Kyiv on an official visit.")).toEqual([]);
  });
});

describe("engagement.address-visit: an address's unnamed speaker meets a guest in a capital", () => {
  it.each([
    ["Dear Ukrainians! I met in Kyiv with Secretary of State for Defence of the United Kingdom Jane Roe. We discussed weapons.", ["Jane Roe", "Ukraine"]],
    ["Dear Ukrainians! Very fruitful talks with President of the European Commission Jane von der Roe were held in Kyiv today.", ["Jane von der Roe", "Ukraine"]],
    ["Dear Ukrainians! I held talks with Prime Minister of Croatia Jane Roe in Kyiv.", ["Jane Roe", "Ukraine"]],
  ])("%s", (text, parties) => {
    expect(visits(text)).toEqual([["engagement.address-visit", "MEETING", parties, "HELD"]]);
  });

  it("leaves a named speaker's quotation to the speaker's own meeting", () => {
    expect(visits("“I met in Kyiv with Prime Minister of Croatia Jane Roe,” President of Ukraine Volodymyr Zelenskyy said.")).toEqual([]);
  });

  it("needs a capital and a person named", () => {
    expect(visits("Dear Ukrainians! I met with Prime Minister of Croatia Jane Roe.")).toEqual([]);
    expect(visits("Dear Ukrainians! I met in Kyiv with the foreign ministers of the three Baltic states.")).toEqual([]);
  });
});

describe("engagement.address-visit: a delegation led by a guest", () => {
  it("makes the leader the guest of the capital's state", () => {
    expect(visits("Today I held talks with a delegation of Freedonian lawmakers led by Speaker John Poe in Kyiv.")).toEqual([
      ["engagement.address-visit", "MEETING", ["John Poe", "Ukraine"], "HELD"],
    ]);
  });

  it("takes no guest from a delegation with no named leader", () => {
    expect(visits("Today I held talks with a delegation of Freedonian lawmakers in Kyiv.")).toEqual([]);
  });
});

describe("engagement.visit: 'his visit' after a subject at home", () => {
  it("is the visit of the person named before it whom the pronoun fits", () => {
    expect(visits("Volodymyr Zelenskyy told reporters that he met Director General of the Acme Agency John Poe during his visit to Kyiv.")).toEqual([
      ["engagement.visit", "MEETING", ["John Poe", "Ukraine"], "HELD"],
    ]);
  });

  it("takes no visit of a compatriot to his own capital, and keeps the subject's visit abroad", () => {
    expect(visits("Volodymyr Zelenskyy told reporters that he met Minister of Defence of Ukraine John Poe during his visit to Kyiv.")).toEqual([]);
    expect(visits("President of Ukraine Volodymyr Zelenskyy met John Poe during his visit to Warsaw.")).toEqual([
      ["engagement.visit", "MEETING", ["Poland", "Volodymyr Zelenskyy"], "HELD"],
    ]);
  });
});
