// Readout speech the reporting-verb frames missed: a verb of conveying ("shared that …", "shared his
// conviction that …"), a person's report to a superior, a fronted participle of asserting, and a
// "they" standing for the pair of a readout. Sentences invented for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const PAIR = "President Joe Biden spoke today with Prime Minister Jane Roe of Freedonia. ";
const said = (text: string) => extract({ text }).statements.filter((s) => s.kind === "INDIRECT").map((s) => [s.speaker, s.text]);

describe("a verb of conveying with its clause", () => {
  it.each([
    ["The President also shared that the United States will send two more ships.", "Joe Biden", "the United States will send two more ships"],
    ["President Biden shared his conviction that the ceasefire can hold through the winter.", "Joe Biden", "the ceasefire can hold through the winter"],
    ["Prime Minister Roe shared her assessment that the harvest would recover next year.", "Jane Roe", "the harvest would recover next year"],
    ["Prime Minister Roe conveyed her view that the dam could fail in a flood.", "Jane Roe", "the dam could fail in a flood"],
  ])("%s", (sentence, speaker, clause) => {
    expect(said(PAIR + sentence)).toEqual([[speaker, clause]]);
  });

  it.each([
    "Prime Minister Roe shared that burden with her neighbors for years.",
    "President Biden shared that powerful message with the crowd.",
    "Prime Minister Roe shared her views on the harvest.",
    "The President shared a meal with the troops.",
    "Prime Minister Roe shared her vision of a free region.",
  ])("nothing reported: %s", (sentence) => {
    expect(said(PAIR + sentence)).toEqual([]);
  });
});

describe("a person's report", () => {
  const INTRO = "President Jane Roe held a meeting on the floods. She heard the Governor of Lakeland Province Oleg Marchenko. ";
  it.each([
    ["Oleg Marchenko reported to the President that half of the region is without power.", "Oleg Marchenko", "half of the region is without power"],
    ["Marchenko also reported that the dams had held.", "Oleg Marchenko", "the dams had held"],
  ])("%s", (sentence, speaker, clause) => {
    expect(said(INTRO + sentence)).toEqual([[speaker, clause]]);
  });

  it.each([
    "Acme Corp reported that revenue rose 30 percent.",
    "The Lakeland Daily reported that the minister had resigned.",
    "It has been reported that the minister had resigned.",
    "Doctors at the clinic reported that two patients had died.",
    "Oleg Marchenko reported a loss of power in the north.",
  ])("no statement: %s", (sentence) => {
    expect(said(INTRO + sentence)).toEqual([]);
  });

  it("a company that reported results and said something is not read through the report", () => {
    const text = "Acme Corp stock climbed after the firm reported 9% higher sales and said it expects the growth to continue.";
    expect(said(text).filter((s) => s[0] === null)).toEqual([]);
  });
});

describe("statement.indirect.fronted-participle", () => {
  it.each([
    ["Recognizing that the border must stay open, the two Presidents committed to new crossings.", [["Joe Biden", "the border must stay open"], ["Jane Roe", "the border must stay open"]]],
    ["Noting that the court has no jurisdiction over the crime, President Biden urged a new tribunal.", [["Joe Biden", "the court has no jurisdiction over the crime"]]],
  ])("%s", (sentence, expected) => {
    const found = said(PAIR + sentence);
    for (const e of expected) expect(found).toContainEqual(e);
  });

  it.each([
    "Recognizing that cyber attacks are rising, the new order directs the agencies to act.",
    "Recognizing the danger, the two Presidents committed to new crossings.",
    "Despite recognizing that the border must stay open, officials closed it.",
  ])("no statement: %s", (sentence) => {
    expect(said(PAIR + sentence).filter((s) => /border|attacks|danger/.test(String(s[1])))).toEqual([]);
  });
});

describe("statement.speaker.they-pair", () => {
  const INTRO2 = "President Joe Biden spoke today with Prime Minister Jane Roe of Freedonia. President Biden thanked Prime Minister Roe for her support. ";
  it.each([
    ["They also pledged to support the new fund.", "to support the new fund"],
    ["On the anniversary of the treaty, they both recognized that the border must stay open.", "the border must stay open"],
    ["Their talks covered trade. They also pledged to support the new fund.", "to support the new fund"],
  ])("%s", (sentence, clause) => {
    expect(said(INTRO2 + sentence)).toEqual([["Joe Biden", clause], ["Jane Roe", clause]]);
  });

  it.each([
    "Protesters gathered outside. They said that the talks had failed.",
    "Because they said that the talks had failed, the markets fell.",
  ])("no pair: %s", (sentence) => {
    expect(said(INTRO2 + sentence)).toEqual([]);
  });

  it("a pair named in a sentence attributed to others is not the antecedent", () => {
    const text = "Investigators found messages in which Governor Jane Roe informed Mayor John Poe about the plan, two aides said. They said the budget came up as well.";
    expect(said(text).map((s) => s[0])).not.toContain("Jane Roe");
  });
});

describe("statement.speaker.opening-pair", () => {
  it("a long readout's two leaders are the pair of its opening sentence", () => {
    const filler = "The discussion covered supply chains, energy, climate, health and the movement of goods across the border. ".repeat(16);
    const text = `President Joe Biden met today with Prime Minister Jane Roe of Freedonia. ${filler}The two leaders reaffirmed that trade must stay open.`;
    expect(said(text)).toEqual([["Joe Biden", "trade must stay open"], ["Jane Roe", "trade must stay open"]]);
  });

  it("not when someone else is named between", () => {
    const filler = "The discussion covered supply chains, energy, climate, health and the movement of goods across the border. ".repeat(16);
    const text = `President Joe Biden met today with Prime Minister Jane Roe of Freedonia. ${filler}Secretary John Poe joined them. ${filler}The two leaders reaffirmed that trade must stay open.`;
    expect(said(text).map((s) => s[0])).not.toContain("Jane Roe");
  });
});

describe("statement.speaker.pronoun-run", () => {
  it("a run of sentences opening with the same pronoun keeps the subject that started it", () => {
    const text = "President Joe Biden spoke today with Prime Minister John Roe of Freedonia. He condemned the attacks on the capital. He also conveyed the United States’ support for a calm. He shared his conviction that the ceasefire can hold through the winter.";
    expect(said(text)).toEqual([["Joe Biden", "the ceasefire can hold through the winter"]]);
  });

  it("a pronoun after a sentence whose subject is another person is that person", () => {
    const text = "President Joe Biden spoke today with Prime Minister John Roe of Freedonia. He condemned the attacks. Prime Minister Roe thanked the President for his support. He said that the old city must remain open.";
    expect(said(text)).toEqual([["John Roe", "the old city must remain open"]]);
  });
});

describe("statement.indirect.joint-speakers: a former officeholder is no party", () => {
  it("the pair is the one that met, not the one praised", () => {
    const text = "Vice President Jane Roe met today with Prime Minister Kenji Sato in Lakeville. The Vice President praised former Prime Minister Taro Ito as a champion of the alliance. The leaders pledged to work together on energy.";
    expect(said(text)).toEqual([["Jane Roe", "to work together on energy"], ["Kenji Sato", "to work together on energy"]]);
  });
});

describe("statement.indirect.coordinated-verb: past a fronted subordinate phrase", () => {
  it.each([
    ["Despite Freedonia being sanctioned over the war, the International Monetary Fund upgraded its forecast and said growth would reach 2%.", "International Monetary Fund"],
    ["Although Acme Corp cut prices, Globex Inc raised its outlook and said demand would grow.", "Globex Inc"],
  ])("%s", (text, speaker) => {
    expect(said(text).map((s) => s[0])).toEqual([speaker]);
  });
});
