// A clause partly in quotation marks gives a DIRECT statement for the quoted words and an INDIRECT
// one for the whole clause (GUIDELINES.md, Statements). statement.indirect.around-partial-quote adds
// the INDIRECT where the quotation was attributed through its reporting verb but no frame of the
// sentence read the clause. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text, s.rule]);
const RULE = "statement.indirect.around-partial-quote";
const clauses = (text: string) => said(text).filter((s) => s[3] === RULE).map((s) => [s[1], s[2]]);

describe("the clause around a partial quotation is the speaker's INDIRECT statement", () => {
  it.each([
    [
      "Minister Karl Brandt said ending the old visa scheme, for those with large fortunes, was the start of a \"new fight against dirty money\".",
      "Karl Brandt",
      'ending the old visa scheme, for those with large fortunes, was the start of a "new fight against dirty money"',
    ],
    ["Governor Anna Berg urged people “not to look away” from the images coming from the flooded towns.", "Anna Berg", "people “not to look away” from the images coming from the flooded towns"],
    ["Senator Jane Roe argues the council's planned cuts and a 'very clear global slowdown' are weighing on markets.", "Jane Roe", "the council's planned cuts and a 'very clear global slowdown' are weighing on markets"],
    ["TV host Jan Holm argues Brandt 'has a perfect chance to raise the pressure' as the strike continues.", "Jan Holm", "Brandt 'has a perfect chance to raise the pressure' as the strike continues"],
  ])("%s", (text, speaker, clause) => {
    expect(clauses(text)).toEqual([[speaker, clause]]);
    // The quotation keeps its own DIRECT statement beside the clause.
    expect(said(text).some((s) => s[0] === "DIRECT" && s[1] === speaker)).toBe(true);
  });

  it("a participle after the first clause opens the clause the quotation is in", () => {
    const text = "The oil firm Acme called for an end to the strike, stating that it was worried by the \"sad events in the harbour\".";
    expect(clauses(text)).toEqual([["Acme", 'it was worried by the "sad events in the harbour"']]);
  });

  // "that, ADVERBIAL, …" is read by the says-that frame itself now (a comma after "that" before an
  // adverbial phrase): the same clause, whichever frame found it, with the quotation's DIRECT beside it.
  it.each([
    ['Minister Karl Brandt added that, as of now, the "strike continues and the talks are going well."', 'as of now, the "strike continues and the talks are going well."'],
    ["“We will wait,” Karl Brandt said, before adding that, in his view, the board “would have to change its mind first” on the plan.", "in his view, the board “would have to change its mind first” on the plan"],
  ])("a clause after “that,” and an adverbial: %s", (text, clause) => {
    expect(said(text).filter((s) => s[0] === "INDIRECT").map((s) => [s[1], s[2]])).toEqual([["Karl Brandt", clause]]);
    expect(said(text).some((s) => s[0] === "DIRECT" && s[1] === "Karl Brandt" && clause.includes(String(s[2]).replace(/\.$/, "")))).toBe(true);
  });

  it("an object and a phrase set off by commas before “that”: the clause starts after it", () => {
    const text = "Governor Anna Berg told the council, in a letter sent on Friday, that the harbour “must be closed at once” because of the storm.";
    expect(clauses(text)).toEqual([["Anna Berg", "the harbour “must be closed at once” because of the storm"]]);
  });

  it("a quotation in lowercase after a subject and a comma is its predicate: the clause is both", () => {
    const text = 'A press release from the union said the rise in bread prices, "is not justified by the cost of flour but by the greed of traders."';
    expect(clauses(text)).toEqual([["label:the union", 'the rise in bread prices, "is not justified by the cost of flour but by the greed of traders."']]);
  });

  // Whichever frame reads the clause (here the zero-that one), it ends before the coordinated verb; a subject after "and" keeps it going.
  it.each([
    ["At the rally Senator Jane Roe also said she “never liked the deal” and made strange remarks about the harbour strike.", "she “never liked the deal”"],
    ["Senator Jane Roe said the plan was “a disaster” and called for a vote.", "the plan was “a disaster”"],
    ["Senator Jane Roe said prices “will rise” and wages will fall.", "prices “will rise” and wages will fall"],
  ])("a verb coordinated with the reporting one after the quotation is no part of the clause: %s", (text, clause) => {
    expect(said(text).filter((s) => s[0] === "INDIRECT").map((s) => [s[1], s[2]])).toEqual([["Jane Roe", clause]]);
  });
});

describe("no clause around a quotation where no clause is reported", () => {
  it.each([
    // A verb with a noun object labels or names: the quotation is the DIRECT statement alone.
    "Minister Karl Brandt called the new harbour deal “a very big victory for the town”.",
    "Governor Anna Berg praised the mayor as a “champion of the working families”.",
    "Senator Jane Roe warned of the “vast array of pressure tools” the council is willing to use.",
    "Minister Karl Brandt announced the launch of the “Harbour and Rail Renewal Partnership” to bring jobs to the coast.",
    "The governor added flood defence to the duties of the Coastal Agency in order to “focus money and staff on towns that flood every year.”",
    // The quotation is the whole clause after "that", after a comma or after "quote".
    "Minister Karl Brandt told reporters on Monday that “the harbour will open again in May, whatever the council says.”",
    "“We will wait,” Senator Jane Roe said, later adding, “The board has to change its mind first.”",
    "Mayor Lena Holm said, quote, “the bridge is safe and the council knows it,” end quote.",
    "What Governor Anna Berg said on Monday was, “I want you to know where I stand on the bridge.”",
  ])("%s", (text) => {
    expect(clauses(text)).toEqual([]);
  });
});

describe("a clause ending in a quotation whose tag follows it: the clause is the tag's speaker's too", () => {
  it.each([
    ['Meanwhile, the council\'s answers to the flooded towns have "confused everyone in the valley", said Mayor Jan Holm.', "Jan Holm", 'Meanwhile, the council\'s answers to the flooded towns have "confused everyone in the valley"'],
    ["The harbour's new budget will in the future be seen as “more of a floor than a ceiling” said Governor Anna Berg.", "Anna Berg", "The harbour's new budget will in the future be seen as “more of a floor than a ceiling”"],
    ["Despite the strike, Acme has built “a business that can wait out the winter,” said Karl Brandt, an analyst at Northbank.", "Karl Brandt", "Despite the strike, Acme has built “a business that can wait out the winter,”"],
  ])("%s", (text, speaker, clause) => {
    expect(clauses(text)).toEqual([[speaker, clause]]);
    expect(said(text).some((s) => s[0] === "DIRECT" && s[1] === speaker)).toBe(true);
  });

  it.each([
    // No finite verb before or opening the quotation: an adverbial phrase with a scare quote.
    "Struggling with “multiple crises” in the harbour, said Mayor Jan Holm.",
    // A reported clause of its own before the quotation, another speaker's.
    "Governor Anna Berg said the plan was “a disaster for the harbour”, said Mayor Jan Holm.",
    // The quotation is the whole sentence.
    "“The harbour will open again in May,” said Mayor Jan Holm.",
    // A quoted predicate after a copula: the characterisation is the DIRECT statement alone.
    "Monday's long meeting between the two harbour boards was “long but useful,” said Mayor Jan Holm.",
    // A quoted verb phrase coordinated with the narrator's: an event told, the DIRECT statement alone.
    "Governor Anna Berg met the dockers on Monday and “promised to keep the harbour open all winter,” said Mayor Jan Holm.",
  ])("none when the words before the quotation are no clause of the narrator's: %s", (text) => {
    expect(clauses(text).filter((c) => c[0] === "Jan Holm")).toEqual([]);
  });
});

describe("a reported clause ends before a tag that attributes the whole sentence", () => {
  it.each([
    ["Analysts have said the risk of a default has gone up, so lenders have pulled back, she added.", "the risk of a default has gone up, so lenders have pulled back"],
    ["Harbour managers Jan Holm and Lena Berg said the board had broken the rules of the harbour authority, four people who attended the meeting said.", "the board had broken the rules of the harbour authority"],
  ])("%s", (text, clause) => {
    const texts = said(text).filter((s) => s[0] === "INDIRECT").map((s) => s[2]);
    expect(texts).toContain(clause);
    expect(texts.some((t) => /\bsaid$|\badded$/.test(String(t)))).toBe(false);
  });
});

describe("an attribution between a clause's subject and its verb: the whole sentence is the clause", () => {
  it.each([
    ["Those trolls, Mayor Jan Holm added, generate loads of comments every day.", "Jan Holm", "Those trolls, Mayor Jan Holm added, generate loads of comments every day"],
    ["The woman, Acme said, emailed the manager twice a week.", "Acme", "The woman, Acme said, emailed the manager twice a week"],
  ])("%s", (text, speaker, clause) => {
    expect(said(text)).toEqual([["INDIRECT", speaker, clause, "statement.indirect.interrupted-attribution"]]);
  });

  it("a participle after the attribution is no verb of the clause", () => {
    const texts = said("The old bridge, Governor Anna Berg said, citing the report, needs repairs.").map((s) => s[2]);
    expect(texts).not.toContain("The old bridge, Governor Anna Berg said, citing the report, needs repairs");
  });
});

describe("a colon before a quotation that opens a sentence ends the reported clause", () => {
  it.each([
    ["Governor Anna Berg urged farmers to keep working through the storm: “Next week the roads will be open again.”", "farmers to keep working through the storm"],
    ["A spokesman for Mayor Lena Holm said nothing had changed: “The bridge stays shut until the repairs are done.”", "nothing had changed"],
  ])("%s", (text, clause) => {
    expect(said(text).filter((s) => s[0] === "INDIRECT").map((s) => s[2])).toEqual([clause]);
  });
});

describe("a partial quotation the text leaves open at its very end", () => {
  it("gives a clause whose span stays inside the text", () => {
    const text = 'Jane Roe will hold another call with Prime Minister John Poe on Friday, a Freedonian spokesperson said, part of a long series of talks aimed at "ending the dispute over the river dams before the spring floods reach the valley.';
    const st = extract({ text }).statements.find((s) => s.rule === RULE);
    expect(st?.text).toMatch(/^part of a long series of talks aimed at "ending the dispute/);
    expect(st!.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(st!.start, st!.end)).toBe(st!.text);
  });
});
