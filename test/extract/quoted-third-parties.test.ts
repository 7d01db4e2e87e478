// Other people's words quoted in someone's remarks (issue 11, stmt-wh): the quotation is the third
// party's — the person named, or the description the remarks give — never the remarks' speaker's.
// Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const RULE = "statement.remarks.quoted-third-party";
// "the Commission says, quote, “…”": this rule's, or the reader's partial quotation in reported speech
// when the description resolves there first (src/extract/subject-np.ts).
const COMMISSION_RULE = expect.stringMatching(/^statement\.(?:remarks\.quoted-third-party|direct\.partial-in-report)$/);
const said = (text: string) => extract({ text, title: "Remarks by the Governor at a Town Hall" }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text, s.rule]);
const turn = (body: string) => `THE GOVERNOR:  Thank you. Please, sit down.\n\n${body}\n\nThank you all.\n`;

describe("a quotation after a described third party and a verb of saying is theirs", () => {
  it.each([
    ["My dad used to say, “Nobody owes you a living, but everybody owes you respect.”", "label:my dad", "Nobody owes you a living, but everybody owes you respect."],
    ["Every Sunday my grandmother would yell, “Put your coat on before you catch a cold.”", "label:my grandmother", "Put your coat on before you catch a cold."],
    ["Last month a 14-year-old boy wrote me a letter saying, quote, “I want to walk to school without being afraid.”", "label:a 14-year-old boy", "I want to walk to school without being afraid."],
    ["At the clinic, one of the nurses said, “We have not had a day off since the flood.”", "label:one of the nurses", "We have not had a day off since the flood."],
    ["My late uncle loved to say: “Measure twice and cut once, or you pay twice.”", "label:my late uncle", "Measure twice and cut once, or you pay twice."],
  ])("%s", (body, who, quote) => {
    expect(said(turn(body))).toContainEqual(["DIRECT", who, quote, RULE]);
  });

  it("a he/she with a habitual verb is the relative the story just described", () => {
    const got = said(turn("When I left my grandfather’s farm every summer, he’d shout, “Keep your head up and your boots dry.”"));
    expect(got).toContainEqual(["DIRECT", "label:my grandfather", "Keep your head up and your boots dry.", RULE]);
  });

  it("a named person before a spoken form of saying (“put it, and I quote,”) is the speaker", () => {
    const got = said(turn("We owe this to the next generation. As President Harriet Vance put it, and I quote, “A country that stops building stops believing.”"));
    expect(got).toContainEqual(["DIRECT", "Harriet Vance", "A country that stops building stops believing.", RULE]);
  });

  it("a definite short form is the body named before whose name ends in it (“the Commission”)", () => {
    const got = said(turn("For a decade the State Election Commission has protected this program.\n\nToday the Commission says, quote, “Nothing in this ruling bars a state from helping its farmers.” I welcome that."));
    // (The reader may attribute it first: "the Commission says" resolves as a definite description.)
    expect(got).toContainEqual(["DIRECT", "State Election Commission", "Nothing in this ruling bars a state from helping its farmers.", COMMISSION_RULE]);
  });

  it.each([
    ["Chief Justice Harlan Moss spoke for the court. As the Chief Justice wrote in his opinion, “The law must be the same for the powerful and the weak.”", "Harlan Moss", "The law must be the same for the powerful and the weak."],
    ["Senator Ruth Calder put it best: “We do not leave our neighbors behind.”", "Ruth Calder", "We do not leave our neighbors behind."],
    ["Our republic would be, in the words of Senator Ruth Calder, “a house with room for everyone.”", "Ruth Calder", "a house with room for everyone."],
  ])("a named or titled person before a form of saying: %s", (body, who, quote) => {
    expect(said(turn(body))).toContainEqual(["DIRECT", who, quote, RULE]);
  });

  it("“the Commission” is the one body of that name the document has, named only in its title", () => {
    const got = extract({
      text: "Remarks by the Governor on the State Election Commission’s Ruling\n\nTHE GOVERNOR:  Thank you all.\n\nToday the Commission says, quote, “Nothing in this ruling bars a state from helping its farmers.” I welcome that.\n",
    }).statements.map((x) => [x.speaker, x.text, x.rule]);
    expect(got).toContainEqual(["State Election Commission", "Nothing in this ruling bars a state from helping its farmers.", COMMISSION_RULE]);
  });

  it("a second quotation of the sentence with no attribution of its own is the same party's", () => {
    const got = said(turn("My dad used to say, “Nobody owes you a living,” but — and he meant it — “everybody owes you respect.”"));
    expect(got).toContainEqual(["DIRECT", "label:my dad", "everybody owes you respect.", RULE]);
  });

  it("a second quotation with its own attribution is not the first party's", () => {
    const got = said(turn("My dad would say, “Keep the faith, Joey,” and my mother would yell, “Spread it around, Joey.”"));
    expect(got).toContainEqual(["DIRECT", "label:my mother", "Spread it around, Joey.", RULE]);
  });

  it("a relative named in apposition is that person", () => {
    const got = said(turn("And as my wife, Senator Ellen Marsh, likes to say, “A budget is a statement of values.”"));
    expect(got).toContainEqual(["DIRECT", "Ellen Marsh", "A budget is a statement of values.", RULE]);
  });
});

describe("what the rule leaves alone", () => {
  it.each([
    ["the speaker's own words", "And I said, “Well, let us get it done together then.”"],
    ["a scare quote of two words", "My dad used to call it “the grind.”"],
    ["a proverb, which is nobody's", "There is an old saying that goes, “Many hands make light work.”"],
    ["a predicate, not a story's person", "He was a good man. And he’d say, “Keep the lights on for your neighbours.”"],
    ["a relative who is the object of a preposition", "In a letter from prison to his family, Tomas wrote, “I am not losing hope.”"],
    ["a lowercase fragment without the spoken marker", "My mother said we were “going to be just fine in the end.”"],
  ])("%s", (_why, body) => {
    expect(said(turn(body)).filter((s) => s[3] === RULE)).toEqual([]);
  });
});
