// General rules that replaced rules shaped to particular texts (issue 11): each a table of
// sentences written for the purpose, none taken from an evaluation document.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const facts = (text: string) => extract({ text });
const engagements = (text: string) => facts(text).engagements.map((e) => [e.kind, e.participants.join(" + "), e.status] as const);

describe("engagement frames", () => {
  it.each([
    // A parenthesised acronym or code labels the name before it; it ends no counterpart list.
    ["Justin Trudeau met with Olaf Scholz (Q9) and Emmanuel Macron in Paris.", [["MEETING", "Justin Trudeau + Olaf Scholz + Emmanuel Macron", "HELD"]]],
    ["Justin Trudeau met with Olaf Scholz (SPD) and Emmanuel Macron.", [["MEETING", "Justin Trudeau + Olaf Scholz + Emmanuel Macron", "HELD"]]],
    // An additive adjunct presupposes what it names; only the main clause reports.
    ["Besides consultations with NATO allies, Justin Trudeau spoke by phone with Olaf Scholz.", [["PHONE_CALL", "Justin Trudeau + Olaf Scholz", "HELD"]]],
    ["Apart from talks with Japan, Justin Trudeau met Olaf Scholz.", [["MEETING", "Justin Trudeau + Olaf Scholz", "HELD"]]],
    // Raising a topic with someone, as a phrasal verb with its object inside.
    ["Olaf Scholz promised to bring the matter up with Justin Trudeau.", [["CALL", "Olaf Scholz + Justin Trudeau", "PLANNED"]]],
    ["Justin Trudeau took the question up with Olaf Scholz.", [["CALL", "Justin Trudeau + Olaf Scholz", "HELD"]]],
    // A body convening is a session of it.
    ["Russia welcomed the convening of the NATO-Russia Council.", [["TALKS", "Russia + North Atlantic Treaty Organization", "HELD"]]],
  ] as const)("%s", (text, expected) => {
    expect(engagements(text)).toEqual(expected);
  });

  it.each([
    ["They agreed to hold consultations at various levels.", "Canada + Germany"],
    ["They agreed to hold consultations at the working level.", "Canada + Germany"],
    ["The leaders agreed to hold consultations at the highest level.", "Justin Trudeau + Olaf Scholz"],
    ["The leaders agreed to hold regular consultations.", "Justin Trudeau + Olaf Scholz"],
  ])("the level of agreed consultations says who: %s", (sentence, parties) => {
    const es = engagements(`Justin Trudeau spoke with Olaf Scholz. ${sentence}`);
    expect(es[1]).toEqual(["CALL", parties, "PLANNED"]);
  });
});

describe("reported clauses end before a participial adjunct", () => {
  it.each([
    ["Olaf Scholz said that the sanctions would stay, echoing an earlier remark by his aides.", "the sanctions would stay"],
    ["Olaf Scholz said that the sanctions would stay, citing the lack of progress.", "the sanctions would stay"],
    ["Olaf Scholz said that the sanctions would stay, prompting protests from farmers.", "the sanctions would stay"],
    ["Olaf Scholz said that the sanctions would cover everything, including oil.", "the sanctions would cover everything, including oil"],
    ["Olaf Scholz said that they would talk again, something he had promised before.", "they would talk again, something he had promised before"],
  ])("%s", (text, clause) => {
    expect(facts(text).statements.map((s) => s.text)).toEqual([clause]);
  });
});

describe("a role that names an institution gives its country", () => {
  it.each([
    ["White House press secretary Jane Roe said the talks were useful.", "Jane Roe", "United States"],
    ["Kremlin spokesman Ivan Petrov said the talks were useless.", "Ivan Petrov", "Russia"],
    ["Pentagon spokesman John Smithers said the drills were over.", "John Smithers", "United States"],
  ])("%s", (text, person, country) => {
    expect(facts(text).actors.find((a) => a.name === person)?.affiliation).toBe(country);
  });
});

describe("'President X of Country' as a subject is the person (pattern 3)", () => {
  it.each([
    ["President Volodymyr Zelenskyy of Ukraine spoke with Justin Trudeau.", "Volodymyr Zelenskyy + Justin Trudeau"],
    ["Chancellor Olaf Scholz of Germany met with Justin Trudeau.", "Olaf Scholz + Justin Trudeau"],
  ])("%s", (text, parties) => {
    expect(engagements(text).map((e) => e[1])).toEqual([parties]);
  });

  it("and speaks as the person", () => {
    const x = facts("Foreign Minister Anna Lindqvist of Sweden said that the talks were useful.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Anna Lindqvist"]);
  });
});

describe("talks between people are their meeting; between states, a round", () => {
  it.each([
    ["Justin Trudeau held talks with Olaf Scholz in Ottawa.", "MEETING"],
    ["After the negotiations with Olaf Scholz, Justin Trudeau left.", "MEETING"],
    ["Canada held talks with Germany in Ottawa.", "TALKS"],
  ])("%s", (text, kind) => {
    expect(engagements(text).map((e) => e[0])).toEqual([kind]);
  });
});
