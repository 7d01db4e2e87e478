// Readout language (issue 11, White House readouts): statements attributed jointly to the two
// people who met or spoke, the verbs "affirmed" and "conveyed", and a directive verb whose object
// is the speaker's own people. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const INTRO = "President Joe Biden spoke today with Prime Minister Anna Lindqvist of Sweden. ";
const said = (text: string) => extract({ text: INTRO + text }).statements.map((s) => [s.speaker ?? s.speakerLabel, s.text, s.rule]);

describe("a statement of both leaders is each leader's", () => {
  it.each([
    ["Both leaders affirmed that the ceasefire must hold.", "the ceasefire must hold"],
    ["The leaders reaffirmed that trade between the two countries will grow.", "trade between the two countries will grow"],
    ["The two leaders stressed that the port must reopen.", "the port must reopen"],
    ["The parties stated that the partnership is growing stronger.", "the partnership is growing stronger"],
    ["The Presidents also noted that the harvest had doubled.", "the harvest had doubled"],
    ["The leaders discussed the floods. They welcomed the new bridge and recognized that more aid is needed.", "more aid is needed"],
    ["Both leaders welcomed the vote. They also underscored that the elections must be free.", "the elections must be free"],
  ])("%s", (sentence, clause) => {
    const found = said(sentence).filter((s) => s[1] === clause);
    expect(found.map((s) => s[0]).sort()).toEqual(["Anna Lindqvist", "Joe Biden"]);
    expect(found.every((s) => s[2] === "statement.indirect.joint-speakers")).toBe(true);
  });

  it.each([
    // Three people named before: no pair to give the statement to.
    ["Secretary of State Mark Olsen joined them and greeted Governor Paula Reyes. The leaders affirmed that the ceasefire must hold.", "the ceasefire must hold"],
  ])("not when the pair is unclear: %s", (sentence, clause) => {
    const found = said(sentence).filter((s) => s[1] === clause);
    expect(found.map((s) => s[0])).not.toContain("Anna Lindqvist");
  });

  it("a joint decision is no statement", () => {
    expect(said("The leaders agreed to stay in close touch.")).toEqual([]);
  });

  it("they after a sentence of one leader is not the pair", () => {
    const found = said("The President thanked the Governor of the central bank. They said that rates would fall.");
    expect(found.filter((s) => s[2] === "statement.indirect.joint-speakers")).toEqual([]);
  });
});

describe("readout verbs", () => {
  it.each([
    ["The President affirmed that the United States stands with Sweden.", "Joe Biden", "the United States stands with Sweden"],
    ["President Biden conveyed to Prime Minister Lindqvist that the sanctions would remain.", "Joe Biden", "the sanctions would remain"],
    ["The Prime Minister conveyed that her government would hold elections.", "Anna Lindqvist", "her government would hold elections"],
    ["The President has directed his team to deploy all available firefighting assets.", "Joe Biden", "his team to deploy all available firefighting assets"],
    ["Lindqvist urged her counterparts to open the border.", "Anna Lindqvist", "her counterparts to open the border"],
  ])("%s", (sentence, speaker, clause) => {
    expect(said(sentence).map((s) => [s[0], s[1]])).toContainEqual([speaker, clause]);
  });

  it.each([
    "President Biden conveyed his condolences for the victims of the floods.",
    "The President affirmed his support for the people of Sweden.",
    "Lindqvist told her story to reporters at the airport.",
    "The Prime Minister pledged her support to the mission.",
  ])("no statement: %s", (sentence) => {
    expect(said(sentence)).toEqual([]);
  });
});

describe("two people with titles coordinated as the subject", () => {
  it.each([
    ["The President and the Prime Minister reaffirmed that the alliance is the cornerstone of peace.", "the alliance is the cornerstone of peace"],
    ["President Biden and Prime Minister Lindqvist affirmed that the launches violate international law.", "the launches violate international law"],
  ])("%s", (sentence, clause) => {
    expect(said(sentence).filter((s) => s[1] === clause).map((s) => s[0]).sort()).toEqual(["Anna Lindqvist", "Joe Biden"]);
  });

  it("not a country coordinated with a person", () => {
    const found = said("Sweden and President Biden affirmed that the launches violate international law.").filter((s) => s[2] === "statement.indirect.coordinated-people");
    expect(found).toEqual([]);
  });
});

describe("more readout verbs", () => {
  it.each([
    ["The President reassured the Prime Minister that the United States would defend its allies.", "Joe Biden", "the United States would defend its allies"],
    ["The Prime Minister raised concerns that the tariffs would hurt workers.", "Anna Lindqvist", "the tariffs would hurt workers"],
    ["The President has been very clear that the aid will continue.", "Joe Biden", "the aid will continue"],
  ])("%s", (sentence, speaker, clause) => {
    expect(said(sentence).map((s) => [s[0], s[1]])).toContainEqual([speaker, clause]);
  });

  it("raising a question is no statement", () => {
    expect(said("The Prime Minister raised concerns about the tariffs.")).toEqual([]);
  });
});

describe("a quotation named as someone's utterance by a possessive noun", () => {
  const direct = (text: string) =>
    extract({ text: INTRO + text })
      .statements.filter((s) => s.kind === "DIRECT")
      .map((s) => [s.speaker, s.text, s.rule]);
  it.each([
    ["President Biden thanked the Prime Minister, noting that the Prime Minister’s declaration that “no country may redraw borders by force” had resonated.", "Anna Lindqvist", "no country may redraw borders by force"],
    ["The President recalled Lindqvist’s warning that “the winter will be the hardest test” for Europe.", "Anna Lindqvist", "the winter will be the hardest test"],
  ])("%s", (sentence, speaker, words) => {
    expect(direct(sentence)).toContainEqual([speaker, words, "statement.direct.possessive-noun"]);
  });

  it("a lowercase role is not resolved to someone", () => {
    expect(direct("Officials said the minister’s use of the phrase “deep strike targeting” was misread.").filter((s) => s[2] === "statement.direct.possessive-noun")).toEqual([]);
  });
});

describe("an attribution between a clause's subject and its verb", () => {
  it.each([
    ["The talks, the President emphasized, are vital for the region.", "Joe Biden", "The talks, the President emphasized, are vital for the region"],
    ["Sanctions on Russia, Lindqvist stressed, must stay in place until the war ends.", "Anna Lindqvist", "Sanctions on Russia, Lindqvist stressed, must stay in place until the war ends"],
  ])("%s", (sentence, speaker, clause) => {
    expect(said(sentence)).toContainEqual([speaker, clause, "statement.indirect.interrupted-attribution"]);
  });

  it("not a clause already complete before the attribution", () => {
    const found = said("The talks are vital, the President said, and the region is calm.");
    expect(found.map((s) => s[2])).not.toContain("statement.indirect.interrupted-attribution");
  });
});

describe("a named actor and its finite verb open a clause with no that", () => {
  it.each([
    ["The President noted the United States stands ready to help rebuild the port.", "Joe Biden", "the United States stands ready to help rebuild the port"],
    ["Lindqvist said Sweden remains committed to the mission.", "Anna Lindqvist", "Sweden remains committed to the mission"],
  ])("%s", (sentence, speaker, clause) => {
    expect(said(sentence).map((s) => [s[0], s[1]])).toContainEqual([speaker, clause]);
  });

  it.each(["The President noted Sweden's contributions to the mission.", "The President noted the United States Congress budget for the mission."])("not an object: %s", (sentence) => {
    expect(said(sentence)).toEqual([]);
  });
});
