// Engagement frames studied on the old blind set (issue 11, patterns 4-7): counterparts inside a
// quotation, the medium of a coordinated subject's act, gerunds, subjectless adverbials in
// readouts, bodies' gatherings named in passing, unnamed heads of state, future with "going to".
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engs = (text: string) => extract({ text }).engagements.map((e) => ({ kind: e.kind, participants: [...e.participants].sort(), status: e.status, rule: e.rule }));

describe("a name inside a quotation is no counterpart; coordinated subjects act in a call", () => {
  it.each([
    [
      "“Moldova needs our support now,” Chancellor Olaf Scholz and President Emmanuel Macron agreed in a phone call on Monday.",
      { kind: "PHONE_CALL", participants: ["Emmanuel Macron", "Olaf Scholz"], status: "HELD", rule: "engagement.phone.subjects" },
    ],
    [
      "Prime Minister Fumio Kishida and President Yoon Suk Yeol agreed in a video call that the exercises would resume.",
      { kind: "VIDEO_CALL", participants: ["Fumio Kishida", "Yoon Suk Yeol"], status: "HELD", rule: "engagement.video.subjects" },
    ],
  ])("%s", (text, expected) => {
    expect(engs(text)).toEqual([expected]);
  });

  it("one subject and a medium is no engagement", () => {
    expect(engs("“Georgia must be heard,” Chancellor Olaf Scholz said in a phone call on Monday.")).toEqual([]);
  });
});

describe("engagement.meeting.object: the gerund after a time conjunction", () => {
  it("'was speaking after meeting A': the subject met A", () => {
    expect(engs("Foreign Secretary James Cleverly was speaking after meeting Moldova's President Maia Sandu in Chisinau.")).toEqual([
      { kind: "MEETING", participants: ["James Cleverly", "Maia Sandu"], status: "HELD", rule: "engagement.meeting.object" },
    ]);
  });

  it("a meeting noun with a name after it, without the conjunction, stays unread", () => {
    expect(engs("Foreign Secretary James Cleverly praised the meeting Tuesday.")).toEqual([]);
  });
});

describe("'During the meeting with A, X was discussed': the protagonist of the readout met A", () => {
  const text =
    "Foreign Minister Bogdan Aurescu of Romania met with Prime Minister Kaja Kallas of Estonia in Tallinn. " +
    "During the meeting with Minister of Economy of Estonia Tiit Riisalo, energy links were discussed. " +
    "During the meeting with the Speaker of the Parliament of Estonia Lauri Hussar, the main focus was on security.";
  it("gives one meeting per counterpart, each with the protagonist", () => {
    expect(engs(text).map((e) => e.participants)).toEqual([
      ["Bogdan Aurescu", "Kaja Kallas"],
      ["Bogdan Aurescu", "Tiit Riisalo"],
      ["Bogdan Aurescu", "Lauri Hussar"],
    ]);
  });

  it("a main clause with a named subject keeps that subject", () => {
    const t = "Foreign Minister Bogdan Aurescu of Romania met with Prime Minister Kaja Kallas of Estonia. During the meeting with Minister Tiit Riisalo, President Alar Karis thanked Romania.";
    expect(engs(t).some((e) => e.participants.includes("Bogdan Aurescu") && e.participants.includes("Tiit Riisalo"))).toBe(false);
  });
});

describe("status: 'is going to' is a plan", () => {
  it("PLANNED", () => {
    expect(engs("On Thursday, Chancellor Olaf Scholz is going to meet with President Emmanuel Macron.").map((e) => e.status)).toEqual(["PLANNED"]);
  });
});

describe("not engagements", () => {
  it.each([
    ["a body's gathering named in passing, with no one of the text in it", "Ministers hope for a decision at the forthcoming European Council meeting at the level of EU leaders."],
    ["an unnamed head of state standing for the state", "The President of Russia met with Kursk Region Governor Roman Starovoit in Kursk."],
    ["an unnamed prime minister", "The Prime Minister of India met with Gujarat Chief Minister Bhupendra Patel in Gandhinagar."],
  ])("%s", (_, text) => {
    expect(engs(text)).toEqual([]);
  });

  it("a named head of state still meets", () => {
    expect(engs("President of Russia Vladimir Putin met with Kursk Region Governor Roman Starovoit in Kursk.").map((e) => e.participants)).toEqual([["Roman Starovoit", "Vladimir Putin"]]);
  });
});

describe("'with the leaders of …: A, B and C': the list after the colon", () => {
  it("names the counterparts (a meeting of a person with states is between the states)", () => {
    const got = engs("Chancellor Olaf Scholz will have a meeting with the leaders of the Nordic states: Norway, Sweden, and Finland.");
    expect(got.map((e) => e.participants)).toEqual([["Finland", "Germany", "Norway", "Sweden"]]);
    expect(got[0]!.status).toBe("PLANNED");
  });
});
