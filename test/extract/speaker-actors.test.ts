// Everyone who speaks is an actor (actor.speaker-name): a surname before a reporting verb whose
// full name the text gives earlier, or a body's one-word name, when no other actor rule found
// them. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const facts = (text: string) => {
  const x = extract({ text });
  return {
    actors: x.actors.map((a) => `${a.kind[0]}:${a.name}`).sort(),
    speakers: [...new Set(x.statements.map((s) => s.speaker))].sort(),
    rules: Object.fromEntries(x.actors.map((a) => [a.name, a.rule])),
  };
};

describe("a speaker no actor rule found becomes an actor", () => {
  it("a full name given before the surname speaks", () => {
    const f = facts("Ardit Kolaj, who runs a bookshop in the old town, turned it into a shelter. “We will not leave,” Kolaj said.");
    expect(f.actors).toEqual(["P:Ardit Kolaj"]);
    expect(f.speakers).toEqual(["Ardit Kolaj"]);
    expect(f.rules["Ardit Kolaj"]).toBe("actor.speaker-name");
  });

  it("a body's one-word name, capitalised after a lowercase word elsewhere, is an organisation", () => {
    const f = facts("The rules were changed by Zentrix last year. Zentrix said the page had broken its rules.");
    expect(f.actors).toEqual(["O:Zentrix"]);
    expect(f.speakers).toEqual(["Zentrix"]);
  });

  it("initials belong to the full name ('Jane H.W. Roe')", () => {
    expect(facts("In 1990, Jane H.W. Roe visited the plant. “It will not stand,” Roe said.").speakers).toEqual(["Jane H.W. Roe"]);
  });
});

describe("no actor from a word that opens a clause or a sentence", () => {
  it.each([
    // "When Zentrix …" is no given name and surname; "Zentrix Chrome" is a product, not Zentrix's full name.
    ["When Zentrix announced a plan for its Zentrix Chrome browser, rivals objected. Zentrix said the plan would go ahead.", ["O:Zentrix"]],
    // A plural opening the sentence is no given name.
    ["Oligarchs Ardit Kolaj and Jon Prest sued. Kolaj said the sanctions were unfair.", ["P:Ardit Kolaj"]],
    // A pronoun's contraction is no name.
    ["“We keep our word,” I’ve said before. I’ve said it again.", []],
    // A common noun opening its sentence is no name.
    ["Officials said the plan would go ahead. Officials said more later.", []],
  ])("%s", (text, actors) => {
    expect(facts(text).actors).toEqual(expect.arrayContaining(actors));
    expect(facts(text).actors.filter((a) => /When|Chrome|Oligarchs|I’ve|Officials/.test(a))).toEqual([]);
  });
});
