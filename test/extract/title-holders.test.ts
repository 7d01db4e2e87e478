// A definite title is its holder, by the title's head and modifiers (issue 11, stmt-wh): "the Deputy
// Head of the Office of the President" is the person introduced as deputy head, never the head nor the
// Office; "the President" is never the holder of a title whose field only names a president ("Head of
// the Office of the President"); "the President of the Lakeland Association" is that body's president.
// Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text]);

const OFFICE =
  "On the instructions of Head of the Office of the President of Ukraine Taras Melnyk, Deputy Head of the Office of the President Oksana Hrytsenko met with the Mayor of Lakeville Jonas Berg. ";

describe("a title with a modifier is the one introduced with it", () => {
  it("“…,” said the Deputy Head of the Office … is the deputy, not the head nor the Office", () => {
    const got = said(OFFICE + "“We want every town of the region to have a partner town abroad,” said the Deputy Head of the Office of the President.");
    expect(got).toContainEqual(["DIRECT", "Oksana Hrytsenko", "We want every town of the region to have a partner town abroad"]);
  });

  it("The Deputy Head of the Office … noted that … is the deputy", () => {
    const got = said(OFFICE + "The Deputy Head of the Office of the President noted that the rebuilt schools would open in September.");
    expect(got).toContainEqual(["INDIRECT", "Oksana Hrytsenko", "the rebuilt schools would open in September"]);
  });

  it("a name after its title is not an apposition to the name before it (“A, Deputy Head of … B”)", () => {
    const got = said(OFFICE + "According to the Deputy Head of the Office of the President, the bridges can be repaired by winter.");
    expect(got).toContainEqual(["INDIRECT", "Oksana Hrytsenko", "the bridges can be repaired by winter"]);
  });
});

describe("an anaphor is no introduction", () => {
  it("“The Deputy Head … informed Jane Roe” does not make Jane Roe the deputy head", () => {
    const got = said(
      OFFICE + "The Deputy Head of the Office of the President informed Jonas Berg about the repairs. “We will rebuild every school,” said the Deputy Head of the Office of the President.",
    );
    expect(got).toContainEqual(["DIRECT", "Oksana Hrytsenko", "We will rebuild every school"]);
  });

  it("“the Deputy Head of the Office and Secretary of State Jane Roe”: the name is the second title's", () => {
    const got = said(
      OFFICE + "The talks between the Deputy Head of the Office of the President and Secretary of State for Trade Lena Holm were long. “Trade is our lifeline,” said the Deputy Head of the Office of the President.",
    );
    expect(got).toContainEqual(["DIRECT", "Oksana Hrytsenko", "Trade is our lifeline"]);
  });
});

describe("the head of a title decides, not a word of its field", () => {
  it("“Name, Adviser to the Head of the Office … said” is the person the title is apposed to", () => {
    const got = said("Ivan Koval, Adviser to the Head of the Office of the President of Ukraine said that the ports would reopen soon.");
    expect(got).toContainEqual(["INDIRECT", "Ivan Koval", "the ports would reopen soon"]);
  });

  it("“The Adviser to the Head of the Office … noted that” is the adviser, not the head", () => {
    const got = said(
      "Head of the Office of the President of Ukraine Taras Melnyk spoke first. “We expect the grain to move again,” said Ivan Koval, Adviser to the Head of the Office of the President. The Adviser to the Head of the Office of the President noted that the insurers were ready.",
    );
    expect(got).toContainEqual(["INDIRECT", "Ivan Koval", "the insurers were ready"]);
  });

  it("“the President” is not the Head of the Office of the President", () => {
    const got = said(OFFICE + "The President of Ukraine Petro Savchuk joined them later. The President stressed that the region needs more generators.");
    expect(got).toContainEqual(["INDIRECT", "Petro Savchuk", "the region needs more generators"]);
  });

  it("“the President of the Lakeland Association” is that body's president, not the state's", () => {
    const got = said(
      "President of Ukraine Petro Savchuk welcomed the guests. President of the Lakeland Association of Towns Ingrid Dahl met with him in Kyiv. The President of the Lakeland Association noted that ten towns had already sent fire trucks. He stressed that the winter would be hard.",
    );
    expect(got).toContainEqual(["INDIRECT", "Ingrid Dahl", "ten towns had already sent fire trucks"]);
  });
});
