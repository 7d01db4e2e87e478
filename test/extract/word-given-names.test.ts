// People whose given name is also a word ("Art", "Grant") after a title (actor.title-name), and a
// given name alone that the text shows to be a person's (actor.speaker-name in speaker-actors.ts).
// Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const people = (text: string) => extract({ text }).actors.filter((a) => a.kind === "PERSON").map((a) => a.name);
const kindOf = (text: string, name: string) => extract({ text }).actors.find((a) => a.name === name)?.kind;

describe("actor.title-name: a given name that is also a word opens a name after a title", () => {
  it.each([
    ["Former Treasury economist Art Brenholt argues that rates are too low.", "Art Brenholt"],
    ["Senior strategist Grant Wexley said the rally would fade.", "Grant Wexley"],
    ["Analyst Lance Morrow told reporters the rally would fade.", "Lance Morrow"],
  ])("%s", (text, name) => {
    expect(people(text)).toContain(name);
  });

  it("not a policy area after a title, nor a word before a common noun", () => {
    expect(people("The Minister for Art Culture spoke. The Minister of Land Reform said nothing.")).toEqual([]);
  });
});

describe("actor.speaker-name: a given name alone is a person where the text says so", () => {
  it("by an age after it", () => {
    expect(kindOf("“The bus never came,” Victoria said. Victoria, 41, has lived here all her life.", "Victoria")).toBe("PERSON");
  });

  it("by 'first name'", () => {
    expect(kindOf("The nurse gave only her first name, Victoria. “It is hard to leave,” Victoria said.", "Victoria")).toBe("PERSON");
  });

  it("by 'she' or 'he' in its reporting clause", () => {
    expect(kindOf("“We will stay,” said Victoria. Victoria added that she had packed for a week.", "Victoria")).toBe("PERSON");
  });

  it("otherwise a one-word speaker stays a body", () => {
    expect(kindOf("“We will stay,” said Victoria. Victoria said it would keep its offices open.", "Victoria")).toBe("ORGANIZATION");
  });
});
