// Who a quotation in news belongs to when a he/she tags it (issue 11, item 3): a person the quoted
// words name is talked about, not talking; a person whose title opens with a body is the subject who
// takes over from the last speaker. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text, title: "" }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text]);

describe("statement.speaker.not-named-inside", () => {
  // "Rowe" is no actor (a misspelt surname), so the last person named outside the quotation is Petrov.
  const story = (quote: string) =>
    `Investment firm co-chair Tom Roe spoke at the energy forum.\n\nRoe added: "The big story is carbon."\n\nRowe continued to praise how the West answered the threat from Ivan Petrov with unity.\n\n${quote}\n`;

  it("a person the quotation names is not the he that tags it: the last speaker is", () => {
    const got = said(story(`"Our allies did far more than anyone predicted, certainly more than Petrov predicted," he said.`));
    expect(got).toContainEqual(["DIRECT", "Tom Roe", "Our allies did far more than anyone predicted, certainly more than Petrov predicted"]);
    expect(got.filter((s) => s[1] === "Ivan Petrov")).toEqual([]);
  });

  it("near miss: a quotation that does not name him leaves Petrov, named after the speaker, as the he", () => {
    const got = said(story(`"Our allies did far more than anyone predicted," he said.`));
    expect(got).toContainEqual(["DIRECT", "Ivan Petrov", "Our allies did far more than anyone predicted"]);
  });
});

describe("statement.speaker.body-titled-subject", () => {
  const story = (intro: string) =>
    `Tom Roe, chief executive of Acme Corp, says the oil sector faces headwinds from the new rules.\n\n${intro}\n\n"That simply shows the importance of producing here at home," he said.\n`;

  it("a person whose title opens with a body takes over from the last speaker", () => {
    const got = said(story("Freedonian Drilling Association president Erik Molnar praised the reserves just off the coast."));
    expect(got).toContainEqual(["DIRECT", "Erik Molnar", "That simply shows the importance of producing here at home"]);
  });

  it("near miss: a person after the body's verb is no subject, and the last speaker goes on", () => {
    const got = said(story("The Freedonian Drilling Association praised Erik Molnar for the reserves just off the coast."));
    expect(got).toContainEqual(["DIRECT", "Tom Roe", "That simply shows the importance of producing here at home"]);
  });
});

describe("statement.direct.continuation after an opening conjunction", () => {
  const QUOTE = "this is something we will go through and come out stronger.";
  it.each([
    [`This year will be the worst in the firm's history, Jane Roe said. But "${QUOTE}"`, "Jane Roe"],
    [`Jane Roe said the year would be the worst in the firm's history. And "${QUOTE}"`, "Jane Roe"],
    [`"We lost half our staff," Jane Roe said. Yet "${QUOTE}"`, "Jane Roe"],
  ])("%s", (text, who) => {
    expect(said(text)).toContainEqual(["DIRECT", who, QUOTE]);
  });

  it("near miss: a quoted phrase inside a narrative sentence after the conjunction is nobody's statement", () => {
    const got = said(`Jane Roe said the year would be the worst in the firm's history. But "peace talks" are on nobody's agenda this spring.`);
    expect(got.filter((s) => s[2] === "peace talks")).toEqual([]);
  });

  it("near miss: another person's reported speech in between takes the turn", () => {
    const got = said(`"We lost half our staff," Jane Roe said. Tom Molnar said the plan had failed. But "${QUOTE}"`);
    expect(got).toContainEqual(["DIRECT", "Tom Molnar", QUOTE]);
  });
});

describe("statement.speaker.body-title and body-role after an inverted verb", () => {
  it.each([
    ["Foreign Minister Tom Roe held talks with Alliance Secretary General Erik Molnar in Brussels. “The decision on membership is for the members alone,” said the Alliance Secretary General.", "Erik Molnar"],
    ["Acme Bank chief Jane Roe spoke in Brussels on Monday. “The decision is for the members alone,” said the Acme Bank chief.", "Jane Roe"],
  ])("%s", (text, who) => {
    expect(said(text)).toContainEqual(["DIRECT", who, expect.stringMatching(/^The decision/)]);
  });

  it("near miss: a body's name and a word that is no office after the verb stays the body", () => {
    const got = said("Alliance Secretary General Erik Molnar spoke in Brussels. “The decision is for the members alone,” said the Alliance Summit.");
    expect(got.filter((s) => s[1] === "Erik Molnar")).toEqual([]);
  });
});

describe("statement.direct.described-person: the last speaker's passage, and after an inverted verb", () => {
  const passage = (tag: string) =>
    `Freedonian Foreign Ministry spokesperson Erik Molnar said this in a comment.\n\n"We have to look at the facts squarely," Molnar said.\n\nHe expressed hope that Sylvania would not politicize the issue.\n\n"We expect that Sylvania will use its influence to end the war," ${tag}.\n`;

  it("a description of the last speaker, with nobody named since, is that speaker", () => {
    expect(said(passage("the diplomat said"))).toContainEqual(["DIRECT", "Erik Molnar", "We expect that Sylvania will use its influence to end the war"]);
  });

  it("near miss: a description owned in the possessive is someone else's office, no person", () => {
    const text = `Erik Molnar, a volunteer manning one of the checkpoints in the capital, told reporters that he works in four-hour shifts.\n\n"It is fine. Just cold," he says.\n\nNearly 30,000 people signed up for the local defence units in the first week, according to the Freedonian armed forces' chief of staff.\n`;
    expect(said(text).filter((s) => s[2].startsWith("Nearly 30,000") && s[1] === "Erik Molnar")).toEqual([]);
  });

  it("a title the text never introduced, after an inverted verb, is the person the passage is about", () => {
    const got = said(
      `That is according to the Chairman of the Freedonian Military Committee, General Erik Molnar, who spoke with journalists.\n\nMolnar also welcomed the decision to allocate a new aid package.\n\n"Covering the pressing needs is the priority for the coming months," said the head of the Freedonian Military Committee.\n`,
    );
    expect(got).toContainEqual(["DIRECT", "Erik Molnar", "Covering the pressing needs is the priority for the coming months"]);
  });

  it("near miss: after an inverted verb, a head that describes no one the passage named is nobody", () => {
    const got = said(`The aid package was approved on Monday.\n\n"Covering the pressing needs is the priority for the coming months," said the head of the Freedonian Military Committee.\n`);
    expect(got.filter((s) => s[1] !== null && !String(s[1]).startsWith("label:"))).toEqual([]);
  });
});
