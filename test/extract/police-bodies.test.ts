// A police force named with its head word is a body (actor.institution; "Police" in ORG_SUFFIX,
// src/extract/lexicon.ts). Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

describe("actor.institution: a police force is a body", () => {
  it.each([
    ["The Freedonian National Police said it arrested two men.", "Freedonian National Police"],
    ["The Capitol Police said the building was safe.", "Capitol Police"],
  ])("%s", (text, name) => {
    expect(extract({ text }).actors.filter((a) => a.kind === "ORGANIZATION").map((a) => a.name)).toContain(name);
  });

  it("not the police in lowercase or opening a sentence", () => {
    expect(extract({ text: "Police said two men were held. Riot police fired tear gas." }).actors).toEqual([]);
  });
});
