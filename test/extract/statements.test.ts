import { describe, expect, it } from "vitest";
import { run, said } from "./helpers.js";
import { extract } from "../../src/extract/index.js";

describe("direct statements", () => {
  it("attributes by the patterns of news copy", () => {
    const d = run(
      "Jake Sullivan met them. “We will respond firmly,” Sullivan said. “Nothing has changed,” said Mick Mulroy, a former U.S. official. " +
        "Vladimir Putin said, “We are not planning an attack.” The talks ended, “with no result at all,” according to a White House statement.",
    );
    expect(said(d)).toEqual([
      ["DIRECT", "Jake Sullivan", "We will respond firmly"],
      ["DIRECT", "Mick Mulroy", "Nothing has changed"],
      ["DIRECT", "Vladimir Putin", "We are not planning an attack."],
      ["DIRECT", "White House", "with no result at all"],
    ]);
  });
  it("keeps anonymous sources as labels and resolves 'the official' and pronouns back", () => {
    const d = run(
      "The call was “tough but useful,” a senior administration official said. “We are ready,” the official told reporters. " +
        "President Biden spoke next. “Diplomacy is the path,” he said, “and we will stay on it.”",
    );
    expect(said(d)).toEqual([
      ["DIRECT", "a senior administration official", "tough but useful"],
      ["DIRECT", "a senior administration official", "We are ready"],
      ["DIRECT", "Joe Biden", "Diplomacy is the path"],
      ["DIRECT", "Joe Biden", "and we will stay on it."],
    ]);
  });
  it("continues the speaker for an unattributed follow-up quotation and skips scare quotes", () => {
    const d = run("“We tried,” the White House continued. “He also noted the risk.” Critics called it a “reset.”");
    expect(said(d)).toEqual([
      ["DIRECT", "White House", "We tried"],
      ["DIRECT", "White House", "He also noted the risk."],
    ]);
  });
});

describe("reported speech", () => {
  it("takes that-clauses, zero-that clauses and to-infinitives after reporting verbs", () => {
    const d = run(
      "Antony Blinken said last week that Russia had moved troops. NATO urged Russia to de-escalate. Ukraine has promised to hold elections. " +
        "Vladimir Putin stressed his support for the plan. Olaf Scholz told Xi Jinping that Germany would stay firm.",
    );
    expect(said(d)).toEqual([
      ["INDIRECT", "Antony Blinken", "Russia had moved troops"],
      ["INDIRECT", "North Atlantic Treaty Organization", "Russia to de-escalate"],
      ["INDIRECT", "Ukraine", "to hold elections"],
      ["INDIRECT", "Olaf Scholz", "Germany would stay firm"],
    ]);
  });
  it("reads attributions after the clause and skips hypothetical verbs", () => {
    const d = run("The talks will resume in March, a Kremlin spokesperson said, and would cover arms control. Biden will make clear that nothing changed.");
    expect(said(d)).toEqual([
      ["INDIRECT", "a Kremlin spokesperson", "The talks will resume in March"],
      ["INDIRECT", "a Kremlin spokesperson", "would cover arms control"],
    ]);
  });
  it("gives every statement a span equal to its text", () => {
    const d = run("“Fine,” he said. Joe Biden warned that Russia could invade, and told Americans that they should leave.");
    for (const s of d.statements) expect(d.text.slice(s.start, s.end)).toBe(s.text);
    expect(said(d)).toContainEqual(["INDIRECT", "Joe Biden", "they should leave"]);
  });
});

describe("an adjunct set off by commas between the verb and “that”", () => {
  const reported = (text: string) => extract({ text }).statements.map((s) => [s.speaker, s.text, s.rule]);
  it.each([
    ["Jane Roe said, in an article for a local paper, that the goal is peace.", ["Jane Roe", "the goal is peace", "statement.indirect.says-that"]],
    ["Tom Berg noted, in particular, that the bridge was closed.", ["Tom Berg", "the bridge was closed", "statement.indirect.says-that"]],
  ])("%s", (text, expected) => {
    expect(reported(text)).toEqual([expected]);
  });

  it("not a relative clause after the adjunct", () => {
    expect(reported("Jane Roe said, to the reporters who asked, that the goal is peace.")).toEqual([]);
  });
});

describe("a news dateline is no part of a reported clause", () => {
  const reported = (text: string) => extract({ text }).statements.map((s) => [s.speaker, s.text]);
  it.each([
    ["LAKEVILLE, 21 July (Metro News) – The bridge will close in May, Governor Jane Roe said.", ["Jane Roe", "The bridge will close in May"]],
    ["LAKEVILLE (Wire) - The bridge will close in May, Governor Jane Roe said.", ["Jane Roe", "The bridge will close in May"]],
    ["(Wire)- The bridge will close in May, Governor Jane Roe said.", ["Jane Roe", "The bridge will close in May"]],
  ])("%s", (text, expected) => {
    expect(reported(text)).toEqual([expected]);
  });
});

describe("according to an office and its holder; “That's according to X” after the clause", () => {
  const reported = (text: string) => extract({ text }).statements.map((s) => [s.speaker, s.text, s.rule]);
  it.each([
    ["Member states understand the need to speed up deliveries.\n\nThat’s according to the Chairman of the Harbour Board, Admiral Ivan Petrenko, who spoke in Lakeville.", ["Ivan Petrenko", "Member states understand the need to speed up deliveries"]],
    ["According to the Mayor of Lakeville, Tom Berg, the bridge will open in May.", ["Tom Berg", "the bridge will open in May"]],
    ["The bridge will open in May, according to the Mayor of Lakeville, Tom Berg.", ["Tom Berg", "The bridge will open in May"]],
    ["The bridge will open in May. This is according to Governor Jane Roe.", ["Jane Roe", "The bridge will open in May"]],
  ])("%s", (text, [speaker, clause]) => {
    expect(reported(text)).toContainEqual([speaker, clause, "statement.indirect.according-to"]);
  });

  it("not a question before it", () => {
    expect(reported("Will the bridge open in May? That is according to Governor Jane Roe.")).toEqual([]);
  });
});
