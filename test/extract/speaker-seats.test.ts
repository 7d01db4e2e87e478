// actor.seat-said: a building that speaks ("Lakeland Palace said") is the body it houses, never a
// person, so a later "she said" or a titled tag is not given to it. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { actors } from "./helpers.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text]);

describe("actor.seat-said", () => {
  it.each([
    ["The duchess will tour the harbour on Monday, Lakeland Palace announced.", "O:Lakeland Palace"],
    ["Lakeland Palace said the duchess would tour the harbour on Monday.", "O:Lakeland Palace"],
    ["The visit was confirmed on Monday, according to Lakeland Palace.", "O:Lakeland Palace"],
  ])("%s", (text, actor) => {
    expect(actors(text)).toContain(actor);
    expect(actors(text)).not.toContain(actor.replace(/^O:/, "P:"));
  });

  it("a person's name before the verb stays a person", () => {
    expect(actors("Anna Castleton said the duchess would tour the harbour on Monday.")).toContain("P:Anna Castleton");
  });

  it("a quotation tagged by an unknown titled person is not the palace's", () => {
    const text = "The duchess met survivors in the capital, according to Lakeland Palace.\n\n“Survivors here have spoken out so bravely,” the Duchess of Harrowgate said.\n\n“We must stand with them,” she said.";
    expect(said(text).filter((s) => s[0] === "DIRECT").map((s) => s[1])).not.toContain("Lakeland Palace");
  });
});
