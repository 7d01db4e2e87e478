// he/she resolve only to a person they agree with (issue 11, pattern 8): the gender an honorific,
// a gendered role word, a given name or a Slavic surname fixes; a person whose gender nothing
// fixes agrees with either. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { nameGender } from "../../src/extract/person-gender.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.speaker ?? `label:${s.speakerLabel}`, s.text]);

describe("gender of a name", () => {
  it.each([
    ["Margaret Holt", "f"],
    ["Thomas Brandt", "m"],
    ["Olena Kovalchuk", "f"],
    ["Dmytro Sydorenko", "m"],
    ["Anna Petrova", "f"],
    ["Ivan Petrov", "m"],
    ["Irina Sergeyevna Volkova", "f"],
    ["Pyotr Ivanovich Orlov", "m"],
    // Given names of other countries (given-name-genders-world.txt).
    ["Tuğba Demir", "f"],
    ["Seyfettin Kaya", "m"],
    // Unknown given name, no Slavic ending: nothing is assumed.
    ["Kwame Mensah", null],
    // The evidence disagrees: unknown.
    ["Margaret Orlov", null],
  ])("%s → %s", (name, gender) => expect(nameGender(name)).toBe(gender));
});

describe("he/she skip a person of the other gender", () => {
  it.each([
    [
      "“We will rebuild the port,” Governor Margaret Holt said on Monday. Thomas Brandt, the harbour master, was at her side. The work will take two years, she said.",
      "Margaret Holt",
      "The work will take two years",
    ],
    [
      "Minister Olena Kovalchuk met the donors in Lviv. Their chairman, Mr Ansel Rook, praised the plan. She said that the first grants would arrive in May.",
      "Olena Kovalchuk",
      "the first grants would arrive in May",
    ],
    [
      "Ms Dana Reyes, the mayor, opened the bridge. Anna Petrova, her deputy, cut the ribbon. Traffic will resume tomorrow, he said.",
      null,
      "Traffic will resume tomorrow",
    ],
  ])("%s", (text, speaker, clause) => {
    const found = said(text).filter(([, t]) => t === clause);
    if (speaker) expect(found).toEqual([[speaker, clause]]);
    else expect(found.filter(([s]) => !s.startsWith("label:"))).toEqual([]);
  });

  it("a person whose gender nothing fixes still takes he or she", () => {
    const text = "Foreign Minister Kwame Mensah chaired the talks in Accra. The agreement will hold, she said.";
    expect(said(text)).toContainEqual(["Kwame Mensah", "The agreement will hold"]);
  });

  it("the last speaker continues only with an agreeing pronoun", () => {
    const text = "“The border stays open,” said Minister Ivan Petrov. Deputy Minister Anna Lisova stood beside him. “We have enough trucks,” she said.";
    expect(said(text)).toContainEqual(["Anna Lisova", "We have enough trucks"]);
    expect(said(text)).not.toContainEqual(["Ivan Petrov", "We have enough trucks"]);
  });
});

describe("a person named in the speaker's own sentence does not take the speaker's place", () => {
  it("'according to him' after the speaker's sentence that names another man", () => {
    const text = "Trade must grow, Ambassador Radomir Kostelnik said in a message marking the anniversary of the treaty signed by Ambassador Oskar Tvedtberg. According to him, both ports will reopen in May.";
    expect(said(text)).toEqual([
      ["Radomir Kostelnik", "Trade must grow"],
      ["Radomir Kostelnik", "both ports will reopen in May"],
    ]);
  });

  it("a man named in a sentence of his own after the speaker's does take over", () => {
    const text = "Trade must grow, Ambassador Radomir Kostelnik said. Later, Ambassador Oskar Tvedtberg arrived in the port. According to him, both ports will reopen in May.";
    expect(said(text)).toContainEqual(["Oskar Tvedtberg", "both ports will reopen in May"]);
  });
});

// statement.speaker.subject-after-conjunction: sentences written for the purpose.
describe("a he/she after a conjunction opening its sentence is the subject of the sentence before", () => {
  const before = "President Karl Brandt ordered the attack on Monday. Premier Olav Sund, who hopes to mediate, has avoided criticising Brandt by name.";
  it.each([
    ["While he has said, “We pray for peace,” he has not named the aggressor.", "We pray for peace"],
    ["But he said that the attack was a tragedy.", "the attack was a tragedy"],
    ["Although he has called the attack a tragedy, he said that talks must go on.", "talks must go on"],
    ["Yet he told reporters that the border would stay open.", "the border would stay open"],
  ])("%s", (sentence, words) => {
    const out = extract({ text: `${before} ${sentence}` }).statements.map((s) => [s.speaker, s.text]);
    expect(out).toContainEqual(["Olav Sund", words]);
    expect(out.map((s) => s[0])).not.toContain("Karl Brandt");
  });

  it("a person the sentence before names as its subject only: its object does not take the pronoun", () => {
    const out = extract({ text: "Premier Olav Sund met President Karl Brandt in Oslo. While he said that the talks went well, no deal was signed." }).statements;
    expect(out.map((s) => s.speaker)).toEqual(["Olav Sund"]);
  });
});
