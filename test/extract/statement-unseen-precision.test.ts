// Statements the extractor invented on unseen corpus text (an audit of news, White House and
// Kremlin/president.gov.ua documents in no fixture): a relative or demonstrative "that" read as the
// opening of a reported clause. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const statements = (text: string) => extract({ text }).statements.map((s) => ({ speaker: s.speaker ?? s.speakerLabel, kind: s.kind, text: s.text, rule: s.rule }));

describe("statement.indirect.says-that: a relative 'that' after the verb's object opens no reported clause", () => {
  it.each([
    "Prime Minister Jane Roe noted the contribution that Freedonia had made to the conference.",
    "Prime Minister Jane Roe reaffirmed the important role that civil society can play.",
    "President Jane Roe reaffirmed the shared democratic values that form the bedrock of the partnership.",
    "Secretary Jane Roe announced a step that the ministry was taking on Monday.",
    "Jane Roe told you about the slight increase that we are seeing in the north.",
  ])("%s", (text) => {
    expect(statements(text)).toEqual([]);
  });

  it("a demonstrative 'that' after a preposition opens none either", () => {
    expect(statements("What did Jane Roe say to that criticism from the mayor?")).toEqual([]);
  });

  it.each([
    ["Jane Roe reaffirmed the view that the border must stay open.", "the border must stay open"],
    ["Jane Roe said in a speech that the border must stay open.", "the border must stay open"],
    ["Jane Roe told the European official that the border must stay open.", "the border must stay open"],
    ["Jane Roe said a few days ago that the border must stay open.", "the border must stay open"],
    ["Jane Roe also said the war has proven that Freedonia is strong.", "Freedonia is strong"],
  ])("a noun of content, medium, time or the addressee keeps the clause: %s", (text, clause) => {
    expect(statements(text)).toEqual([{ speaker: "Jane Roe", kind: "INDIRECT", text: clause, rule: "statement.indirect.says-that" }]);
  });

  it("a pronoun 'that' after a preposition leaves the clause to the zero-that frame", () => {
    expect(statements("Jane Roe said there is no evidence of that happening yet.")).toEqual([
      { speaker: "Jane Roe", kind: "INDIRECT", text: "there is no evidence of that happening yet", rule: "statement.indirect.zero-that" },
    ]);
  });
});

describe("statement.indirect.urges-to: 'to' before a determiner is a preposition", () => {
  it("'called for an end to the conflict' reports no clause", () => {
    expect(statements("In March, the oil firm Acme Petroleum called for an end to the conflict.")).toEqual([]);
  });

  it("'called for Freedonia to end the conflict' does", () => {
    expect(statements("In March, Jane Roe called for Freedonia to end the conflict.")).toEqual([
      { speaker: "Jane Roe", kind: "INDIRECT", text: "Freedonia to end the conflict", rule: "statement.indirect.urges-to" },
    ]);
  });
});

describe("statement.indirect.promo-headline: a linked article's headline is boilerplate", () => {
  const body = "Markets fell on Monday.\nThe index lost 3% by noon, Jane Roe said.\n";
  it.each([
    "These tech stocks may have bottomed after the sell-off, Acme Bank says",
    "Acme Bank says these are the stocks to buy on the pullback",
  ])("%s", (promo) => {
    expect(statements(body + promo + "\nTraders waited for the Fed.").map((s) => s.speaker)).toEqual(["Jane Roe"]);
  });

  it("the document's own first line is its headline, read like the body", () => {
    expect(statements("Acme Bank says rates will fall\nMarkets rose on Monday.").map((s) => s.speaker)).toEqual(["Acme Bank"]);
  });

  it("a sentence ending in a period is body text", () => {
    expect(statements(body + "Acme Bank says these are the stocks to buy.").map((s) => s.speaker)).toEqual(["Jane Roe", "Acme Bank"]);
  });
});
