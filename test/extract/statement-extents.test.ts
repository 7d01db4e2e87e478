// Where a statement's text begins and ends, and when the same words count twice: the sentence
// boundary after a place abbreviation, a reported clause ended by a second reporting verb in the
// present tense, and the same words reported again in another sentence. Sentences invented for
// the purpose (Jane Roe, Freedonia, Acme).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { splitSentences } from "../../src/extract/sentences.js";

const sents = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));
const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text]);

describe("a place abbreviation ends a sentence before a contracted pronoun", () => {
  it.each([
    ["Roe denied that Acme had cut jobs in the U.S. It's a false claim, she said.", ["Roe denied that Acme had cut jobs in the U.S.", "It's a false claim, she said."]],
    ["The plant moved to the U.K. They’re still hiring there.", ["The plant moved to the U.K.", "They’re still hiring there."]],
    ["Trade with the U.S. There’s no doubt about that.", ["Trade with the U.S.", "There’s no doubt about that."]],
  ])("%s", (text, expected) => {
    expect(sents(text)).toEqual(expected);
  });

  it.each([
    // A name or a noun after the abbreviation goes on with the sentence.
    ["Roe met U.S. Army officers later.", ["Roe met U.S. Army officers later."]],
    ["Roe met U.S. Treasury officials on Monday.", ["Roe met U.S. Treasury officials on Monday."]],
    ["The U.S. It-sector is growing.", ["The U.S. It-sector is growing."]],
  ])("goes on: %s", (text, expected) => {
    expect(sents(text)).toEqual(expected);
  });

  it("the reported clause stops at the sentence's end, and the next sentence's partial quotation is a clause of its own", () => {
    const text = 'Jane Roe said Acme had never cut jobs in the U.S. It\'s "plainly false that we are leaving the country," Roe said.';
    const st = said(text);
    expect(st).toContainEqual(["INDIRECT", "Jane Roe", "Acme had never cut jobs in the U.S."]);
    expect(st.some((s) => s[0] === "INDIRECT" && /never cut jobs/.test(String(s[2])) && /simply/.test(String(s[2])))).toBe(false);
    expect(st).toContainEqual(["DIRECT", "Jane Roe", "plainly false that we are leaving the country"]);
  });
});

describe("a second reporting verb in the present tense ends the clause of the first", () => {
  it.each([
    ["Acme chief executive Jane Roe argues the rate rises will slow hiring and says she is 'deeply worried about the winter.'", "the rate rises will slow hiring"],
    ["Freedonian banker Jane Roe predicts prices will fall next year and warns it will take time.", "prices will fall next year"],
    ["Jane Roe, an Acme analyst, argues the market is nervous and notes the index fell 3% this week.", "the market is nervous"],
    ["The Freedonian ministry urges all citizens to leave the region and adds that the border may close.", "all citizens to leave the region"],
  ])("%s", (text, clause) => {
    const first = said(text).filter((s) => s[0] === "INDIRECT")[0];
    expect(first?.[2]).toBe(clause);
  });

  it.each([
    ["Vice President Jane Roe stressed that the convoy must reach Lakeland and underscored that Freedonia must open the border.", "the convoy must reach Lakeland", "Freedonia must open the border"],
    ["The Kremlin denies it is closing the border and argues that the new sanctions are to blame.", "it is closing the border", "the new sanctions are to blame"],
  ])("a second verb of saying with its own “that”: %s", (text, first, second) => {
    const clauses = said(text).filter((s) => s[0] === "INDIRECT").map((s) => s[2]);
    expect(clauses).toContain(first);
    expect(clauses.some((c) => String(c).includes(first) && String(c).includes(second))).toBe(false);
  });

  it.each([
    // "and" between two verbs of the clause itself, not a second report by the speaker.
    ["Jane Roe said the board met twice and argued over the budget.", "the board met twice and argued over the budget"],
    ["Jane Roe said the company buys and sells grain across Freedonia.", "the company buys and sells grain across Freedonia"],
    ["Jane Roe said the agency collects data and publishes it every month.", "the agency collects data and publishes it every month"],
  ])("goes on: %s", (text, clause) => {
    expect(said(text)).toContainEqual(["INDIRECT", "Jane Roe", clause]);
  });
});

describe("the same words reported in another sentence are a second statement", () => {
  it("a partial quotation repeated further down gives its DIRECT statement at each report", () => {
    const text =
      "Jane Roe argues prices are 'far from settled yet' and blames the central bank.\n\n" +
      "The figures came out on Tuesday.\n\n" +
      "Roe also argued that prices are \"far from settled yet\" and noted that wages were lagging.";
    const direct = said(text).filter((s) => s[0] === "DIRECT" && s[2] === "far from settled yet");
    expect(direct).toHaveLength(2);
  });

  it("a paragraph repeated verbatim gives one statement", () => {
    const para = 'Jane Roe said the talks were "going nowhere fast" after the second round.';
    const st = said(`${para}\n\nThe delegations left on Monday.\n\n${para}`);
    expect(st.filter((s) => s[0] === "DIRECT" && s[2] === "going nowhere fast")).toHaveLength(1);
    expect(st.filter((s) => s[0] === "INDIRECT")).toHaveLength(1);
  });
});

describe("an attribution after a comma ends the clause before it", () => {
  it("a tag after a comma inside the closing mark ends the clause there (the quotation's mark kept)", () => {
    const text = "Acme's chief, Jane Roe, also said in a meeting that the delays had “to do with the new rules,” three people said.";
    expect(said(text)).toContainEqual(["INDIRECT", "Jane Roe", "the delays had “to do with the new rules,”"]);
  });

  it("a partial quotation ending in a comma with the clause going on keeps the rest", () => {
    const text = "Jane Roe said the talks had been “useful, frank and long,” and that both sides would meet again.";
    expect(said(text)).toContainEqual(["INDIRECT", "Jane Roe", "the talks had been “useful, frank and long,” and that both sides would meet again"]);
  });

  it("a named speaker's report after the comma of a subordinate report is no part of its clause", () => {
    const text = "After Jane Roe said in May that troops could not be ruled out, John Doe warned that this was “a step toward a wider war.”";
    const st = said(text);
    expect(st).toContainEqual(["INDIRECT", "Jane Roe", "troops could not be ruled out"]);
    expect(st).toContainEqual(["INDIRECT", "John Doe", "this was “a step toward a wider war.”"]);
  });

  it("a fronted adverbial before the name is no clause: the report inside the speaker's clause stays in it", () => {
    const text = "Jane Roe said that in 2020, Acme Corp told investors a different story.";
    expect(said(text)).toContainEqual(["INDIRECT", "Jane Roe", "in 2020, Acme Corp told investors a different story"]);
  });
});
