// A name no given-name list knows, in an attribution's slot (actor.attributed-name): the slot is
// the evidence of a person; bodies, outlets, places, months and titles stay out. Sentences and
// names written for the purpose (invented names).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const people = (text: string) =>
  extract({ text })
    .actors.filter((a) => a.kind === "PERSON")
    .map((a) => a.name)
    .sort();
const ruleOf = (text: string, name: string) => extract({ text }).actors.find((a) => a.name === name)?.mentions[0].rule;
const speakers = (text: string) => extract({ text }).statements.map((s) => [s.speaker, s.text] as const);

describe("a name after an inverted tag, closed by the sentence's end or a person's description", () => {
  it.each([
    ["“Bread costs twice what it did,” says Quorvan. She has run the bakery since 2009.", "Quorvan"],
    ["Prices doubled in a month, says Tavrelio. The 52-year-old teacher now shops once a week.", "Tavrelio"],
    ["“The border is quiet for now,” explained Tavrelio. His unit left in May.", "Tavrelio"],
    ["“I cannot leave my job,” says Andrey.", "Andrey"],
    ["“The mines are still there,” said Odrasko Velin.", "Odrasko Velin"],
    ["“Investors are nervous about rates,” said Teoh Jun Wai, market strategist at Northbank Securities.", "Teoh Jun Wai"],
    ["“We lost the harvest,” said Mirzabek, 41, who farms near the border.", "Mirzabek"],
    ["“The clinic is full every night,” said Ysolde Brannagh, a nurse at the district hospital.", "Ysolde Brannagh"],
    ["“The rent went up again,” said Quorvan, a shop owner in the old town.", "Quorvan"],
  ])("%s", (text, name) => {
    expect(people(text)).toContain(name);
    expect(speakers(text)[0]?.[0]).toBe(name);
  });

  it("a three-letter month name inside a longer name is one of its words", () => {
    expect(ruleOf("“Rates will stay high,” said Lim Jun Kiat, an economist at Harbour Bank.", "Lim Jun Kiat")).toBe("actor.attributed-name");
  });

  it("a one-word name the text gives in full before is the full name's person", () => {
    const text = "Zephrine Oduya, a researcher at the institute, studies the region. “The two states need each other,” says Zephrine.";
    expect(people(text)).toEqual(["Zephrine Oduya"]);
    expect(speakers(text)).toEqual([["Zephrine Oduya", "The two states need each other"]]);
  });

  it("the person's later bare name is theirs", () => {
    const text = "“The road is closed,” says Quorvan. He drives a bus. Quorvan said the army had taken the bridge.";
    expect(people(text)).toEqual(["Quorvan"]);
    expect(speakers(text).map((s) => s[0])).toEqual(["Quorvan", "Quorvan"]);
  });
});

describe("one word opening its sentence before a person's description and the verb", () => {
  it("Quorvan, a teacher in the old town, said …", () => {
    const text = "Quorvan, a teacher in the old town, said flour had run out.";
    expect(people(text)).toEqual(["Quorvan"]);
    expect(speakers(text)[0]?.[0]).toBe("Quorvan");
  });
});

describe("not a body, an outlet, a place, a month or a title", () => {
  it.each([
    ["“We will appeal the ruling,” said Acme Capital.", "Acme Capital"],
    ["“Output will fall,” said Northsoft, a software maker.", "Northsoft"],
    ["“We are reviewing the situation,” said Eurostat.", "Eurostat"],
    ["“Prices will keep rising,” said Quillmart. Shoppers are angry.", "Quillmart"],
    ["“The deal is off,” said Quillbank. Quillbank said it would close its branches.", "Quillbank"],
    ["Shares of Tavrex fell. “We are reviewing the report,” said Tavrex.", "Tavrex"],
    ["“The port is closed,” said Reuters.", "Reuters"],
    ["“The port is closed,” said Chairman.", "Chairman"],
    ["“It is over,” said Monday.", "Monday"],
    ["“It is over,” said Kyiv.", "Kyiv"],
    ["“We will not back down,” said Rep. Jane Roe, a Democrat.", "Rep"],
    ["Traders were calm, said Jun.", "Jun"],
  ])("%s", (text, name) => {
    expect(people(text)).not.toContain(name);
  });
});
