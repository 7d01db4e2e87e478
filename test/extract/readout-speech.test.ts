// Pattern 9 of issue 11: readout-style reported speech whose subject is a title or a pronoun,
// coordinated reporting verbs, and quotations attributed after they close. Sentences written
// for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const INTRO = "President Joe Biden spoke with Governor of Lakeland Province Maria Ostrova. ";
const said = (text: string) => extract({ text: INTRO + text }).statements.map((s) => [s.speaker, s.text, s.rule]);

describe("title and pronoun subjects", () => {
  it.each([
    ["The Governor noted that exports had doubled.", ["Maria Ostrova", "exports had doubled", "statement.indirect.says-that"]],
    ["In response, the Governor pointed out that the harvest was late.", ["Maria Ostrova", "the harvest was late", "statement.indirect.says-that"]],
    ["The President stressed that the roads would be rebuilt.", ["Joe Biden", "the roads would be rebuilt", "statement.indirect.says-that"]],
    ["Ostrova thanked the guests. She said that the bridge would open in May.", ["Maria Ostrova", "the bridge would open in May", "statement.indirect.says-that"]],
  ])("%s", (sentence, expected) => {
    expect(said(sentence)).toEqual([expected]);
  });

  it("an administrative unit ends the place in a title, not the person's name", () => {
    const names = extract({ text: INTRO }).actors.map((a) => a.name);
    expect(names).toContain("Maria Ostrova");
    expect(names).not.toContain("Province Maria Ostrova");
  });
});

describe("a verb coordinated with a reporting verb that has no clause of its own", () => {
  it.each([
    ["The President reiterated his support for the province and made clear that aid would continue.", ["Joe Biden", "aid would continue"]],
    ["Biden also underscored the value of trade, and noted that tariffs were falling.", ["Joe Biden", "tariffs were falling"]],
    ["The Governor welcomed the visit and said that the talks were useful.", ["Maria Ostrova", "the talks were useful"]],
  ])("%s", (sentence, [speaker, clause]) => {
    const found = said(sentence).find((s) => s[1] === clause);
    expect(found?.[0]).toBe(speaker);
  });

  it("does not reach across a quotation", () => {
    expect(said("“We agree,” Biden said and added that nothing had changed.").map((s) => s[2])).not.toContain("statement.indirect.coordinated-verb");
  });
});

describe("quotations attributed after they close", () => {
  it.each([
    ["“We have worked for months on this. We will not be divided by anyone,” the Governor stressed.", "Maria Ostrova"],
    ["“We stand together with our partners,” she underlined.", "Maria Ostrova"],
    ["“The roads will be rebuilt before the winter,” Biden reiterated.", "Joe Biden"],
  ])("%s", (sentence, speaker) => {
    const direct = extract({ text: INTRO + sentence }).statements.filter((s) => s.kind === "DIRECT");
    expect(direct.map((s) => s.speaker)).toEqual([speaker]);
  });
});

describe("a pronoun continues the last speaker (pattern 8)", () => {
  it.each([
    ["Economy Minister Tomas Brezina said: “Every barrel we buy helps Vladimir Putin.” The remarks came at a forum. He added that prices would fall.", "Tomas Brezina"],
    ["Economy Minister Tomas Brezina said: “Every barrel we buy helps Russia.” Later, Justin Trudeau spoke at the forum, and he said that prices would fall.", "Justin Trudeau"],
  ])("%s", (text, speaker) => {
    const st = extract({ text }).statements.find((s) => s.text === "prices would fall");
    expect(st?.speaker).toBe(speaker);
  });
});

describe("definite descriptions as news writes them", () => {
  it.each([
    ["In a speech, the Ukrainian president urged Canada to send more tanks.", "Volodymyr Zelenskyy", "Canada to send more tanks"],
    ["The prime minister said that aid would come.", "Justin Trudeau", "aid would come"],
  ])("%s", (sentence, speaker, clause) => {
    const text = `President Volodymyr Zelenskyy of Ukraine thanked Prime Minister Justin Trudeau. ${sentence}`;
    expect(extract({ text }).statements.map((s) => [s.speaker, s.text])).toContainEqual([speaker, clause]);
  });

  it("a demonym that names no known country resolves nothing", () => {
    const text = "President Volodymyr Zelenskyy of Ukraine thanked the hosts. The Martian president said that aid would come.";
    expect(extract({ text }).statements.map((s) => s.speaker)).not.toContain("Volodymyr Zelenskyy");
  });
});

describe("news forms of reported speech", () => {
  const text = (s: string) => `Prime Minister Justin Trudeau addressed the assembly. ${s}`;
  it.each([
    // The participle reports the sentence subject, not the country named just before the comma.
    ["In a speech, Justin Trudeau asked for help in the fight against Russia, saying the planes would “change everything for us”.", "change everything for us", "Justin Trudeau"],
    // A coordinated verb after a partial quotation keeps the sentence subject.
    ["Justin Trudeau accused Moscow of “blackmail” and said that Russia was a threat.", "Russia was a threat", "Justin Trudeau"],
    ["He called for Russia to pay for the damage it caused.", "Russia to pay for the damage it caused", "Justin Trudeau"],
  ])("%s", (sentence, words, speaker) => {
    const st = extract({ text: text(sentence) }).statements.find((s) => s.text === words);
    expect(st?.speaker).toBe(speaker);
  });
});

describe("a quoted title is no statement (pattern 10)", () => {
  it.each([
    "Justin Trudeau announced that he had signed a decree “On additional support for farmers in the north”.",
    "Justin Trudeau praised a report titled “Roads to a Greener Future for All”.",
    "Justin Trudeau signed Decree No. 12/2024 “On the Council of the Northern Regions”.",
  ])("%s", (text) => {
    expect(extract({ text }).statements.filter((s) => s.kind === "DIRECT")).toEqual([]);
  });

  it("a quotation after a verb of saying is still one", () => {
    const x = extract({ text: "Justin Trudeau said the decree was “a step towards fairness for farmers”." });
    expect(x.statements.filter((s) => s.kind === "DIRECT").map((s) => s.text)).toEqual(["a step towards fairness for farmers"]);
  });
});

describe("words a speaker labels something with", () => {
  const direct = (text: string) => extract({ text }).statements.filter((s) => s.kind === "DIRECT").map((s) => [s.speaker, s.text]);
  it.each([
    ["Prime Minister Justin Trudeau called the attack “a crime against all of us” on Monday.", [["Justin Trudeau", "a crime against all of us"]]],
    ["Prime Minister Justin Trudeau praised Olaf Scholz as a “friend of open trade”.", [["Justin Trudeau", "friend of open trade"]]],
    // Fewer than three words: a scare quote, even with a period inside.
    ["Prime Minister Justin Trudeau described the claims as “lies.”", []],
  ])("%s", (text, expected) => {
    expect(direct(text)).toEqual(expected);
  });
});
