// Who the parties of an engagement are when the text names them indirectly (issue 11, patterns 3
// and 8): the one whose participation a possessive names, and time frames set by another
// gathering. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engs = (text: string) =>
  extract({ text }).engagements.map((e) => ({ kind: e.kind, participants: [...e.participants].sort(), status: e.status, forum: e.forum, rule: e.rule }));

describe("a possessive's participation in a gathering is its owner's (engagement.participation-owner)", () => {
  it.each([
    [
      "Prime Minister Petr Fiala held a video call with World Bank President David Malpass on the eve of his participation in the meeting of the G20 finance ministers.",
      ["David Malpass", "Group of Twenty"],
      "PLANNED",
    ],
    ["Chancellor Olaf Scholz spoke with President Emmanuel Macron ahead of his participation in the NATO summit in Vilnius.", ["Emmanuel Macron", "North Atlantic Treaty Organization"], "PLANNED"],
    ["President Volodymyr Zelenskyy thanked Prime Minister Mette Frederiksen for her participation in the Crimea Platform summit.", ["Crimea Platform", "Mette Frederiksen"], "HELD"],
    ["Prime Minister Giorgia Meloni praised Austria's participation in the EU summit.", ["Austria", "European Union"], "HELD"],
  ])("%s", (text, parties, status) => {
    const got = engs(text).filter((e) => e.forum !== null);
    expect(got.map((e) => [e.participants, e.status])).toEqual([[parties, status]]);
  });

  it("the call before the participation phrase keeps its own two parties and stays held", () => {
    const got = engs("Chancellor Olaf Scholz spoke by phone with President Emmanuel Macron ahead of his participation in the NATO summit in Vilnius.");
    expect(got.filter((e) => e.kind === "PHONE_CALL").map((e) => [e.participants, e.status, e.forum])).toEqual([[["Emmanuel Macron", "Olaf Scholz"], "HELD", null]]);
  });

  it("the pronoun takes the person it agrees with", () => {
    const got = engs("Prime Minister Petr Fiala met Prime Minister Kaja Kallas in Prague on the eve of her participation in the meeting of the European Council.");
    expect(got.filter((e) => e.forum !== null).map((e) => e.participants)).toEqual([["European Council", "Kaja Kallas"]]);
  });
});

describe("a time frame set by another gathering (engagement.time-frame-status)", () => {
  it.each([
    ["Ahead of the summit, President Joe Biden met with Prime Minister Narendra Modi.", "HELD"],
    ["On the eve of the summit, President Joe Biden met with Prime Minister Narendra Modi.", "HELD"],
    ["President Joe Biden met with Prime Minister Narendra Modi ahead of the G20 summit.", "HELD"],
    ["President Joe Biden will meet Prime Minister Narendra Modi ahead of the G20 summit.", "PLANNED"],
  ])("%s", (text, status) => {
    expect(engs(text).filter((e) => e.rule === "engagement.meeting.with" || e.rule === "engagement.meeting.object").map((e) => e.status)).toEqual([status]);
  });
});

describe("a government named by its head is the state (engagement.government-of-head)", () => {
  it.each([
    ["The federal government of Prime Minister Justin Trudeau will open formal negotiations with Boeing next month. Canada made its choice in March.", ["Boeing", "Canada"]],
    ["The European Commission held talks with the government of President Volodymyr Zelenskyy in Brussels. Ukraine asked for more.", ["European Commission", "Ukraine"]],
    ["The Trudeau government met with Lockheed Martin on Monday. Canada wants the jets.", ["Canada", "Lockheed Martin"]],
  ])("%s", (text, parties) => {
    expect(engs(text).map((e) => e.participants)).toEqual([parties]);
  });

  it("a government named at the end of the sentence before is no part of the next", () => {
    const got = engs("Jane Roe will consult on the views of the government of Ukraine. President Joe Biden will speak with President Emmanuel Macron tomorrow. The United States agreed.");
    expect(got.map((e) => e.participants)).toEqual([["Emmanuel Macron", "Joe Biden"]]);
  });

  it("the head named without his government stays the person", () => {
    expect(engs("Prime Minister Justin Trudeau met with President Joe Biden in Ottawa. Canada was the host.").map((e) => e.participants)).toEqual([["Joe Biden", "Justin Trudeau"]]);
  });
});

describe("a body's own people stand for it (engagement.body-people)", () => {
  it.each([
    ["President Volodymyr Zelenskyy met with servicemen of the State Border Guard Service of Ukraine.", ["State Border Guard Service of Ukraine", "Volodymyr Zelenskyy"]],
    ["Chancellor Olaf Scholz held talks with workers of the Federal Customs Service in Hamburg.", ["Federal Customs Service", "Olaf Scholz"]],
    ["President Emmanuel Macron met with soldiers of the National Guard Service in Paris.", ["Emmanuel Macron", "National Guard Service"]],
  ])("%s", (text, parties) => {
    expect(engs(text).map((e) => e.participants)).toEqual([parties]);
  });

  it.each([
    "Chancellor Olaf Scholz spoke to students of Kyiv University during a visit.",
    "President Emmanuel Macron met with soldiers of Ukraine in Paris.",
    "President Joe Biden met with members of the Ukrainian community in Warsaw.",
  ])("a public of a place or a state stays none: %s", (text) => {
    expect(engs(text)).toEqual([]);
  });
});

describe("a body's people after its possessive stand for it (engagement.body-people)", () => {
  it.each([
    ["Freedonian Foreign Minister Jane Roe held a meeting with the Lakeland Institute's members on Tuesday.", ["Jane Roe", "Lakeland Institute"]],
    ["Freedonian Trade Minister Ann Poe met with the Acme Council’s senior leadership on Thursday.", ["Acme Council", "Ann Poe"]],
    ["Freedonian Interior Minister Lisa Kane met with the Acme Foundation's staff on Monday.", ["Acme Foundation", "Lisa Kane"]],
    ["Freedonian Health Minister Tom Price met with Acme Institute officials on Friday.", ["Acme Institute", "Tom Price"]],
  ])("%s", (text, parties) => {
    expect(engs(text).map((e) => [...e.participants].sort())).toEqual([parties]);
  });

  it.each([
    "Freedonian Interior Minister Lisa Kane met with Governor Oscar Bell's staff on Monday.",
    "Freedonian Interior Minister Lisa Kane met with the Acme Foundation's donors on Monday.",
    "Freedonian Interior Minister Lisa Kane met with Acme Foundation donors on Monday.",
  ])("a person's people, or a body's public, stand for no one: %s", (text) => {
    expect(engs(text).flatMap((e) => e.participants).filter((p) => p === "Oscar Bell" || p === "Acme Foundation")).toEqual([]);
  });
});

describe("“I've told A” in a quotation is a call of its speaker with A (engagement.call.object)", () => {
  it.each([
    ["Freedonian Senator Ann Poe said, \"I've told Prime Minister Dan Ford that the deal is dead.\"", ["Ann Poe", "Dan Ford"]],
    ["“I have already told President Oscar Bell that we will not wait,” Freedonian Senator Jane Roe said.", ["Jane Roe", "Oscar Bell"]],
  ])("%s", (text, parties) => {
    expect(engs(text).map((e) => [e.kind, [...e.participants].sort()])).toEqual([["CALL", parties]]);
  });

  it.each([
    "Freedonian Senator Jane Roe told President Oscar Bell that the deal is dead.",
    "Freedonian Senator Ann Poe said, \"I've told the committee that Dan Ford is wrong.\"",
  ])("a report of speech, or no named one told, is no call: %s", (text) => {
    expect(engs(text)).toEqual([]);
  });
});

describe("“we” in a state official's quotation is the state (engagement.we-state)", () => {
  it.each([
    ["“Over the past weeks we have consulted with Poland, Romania and the European Union,” President Maia Sandu said. Moldova is grateful.", ["European Union", "Moldova", "Poland", "Romania"]],
    ["“We have been in close consultations with Japan overnight,” State Department spokesperson Ned Price said. The United States will act.", ["Japan", "United States"]],
    ["“We held talks with Hungary yesterday,” Foreign Minister Dmytro Kuleba said. Ukraine wants a deal.", ["Hungary", "Ukraine"]],
  ])("%s", (text, parties) => {
    expect(engs(text).map((e) => e.participants)).toEqual([parties]);
  });

  it.each([
    // A company's executive speaks for no state.
    "“We met with Siemens last week,” said Jane Roe, chief executive of Acme Corp.",
    // A state the text never names is no participant.
    "“We consulted with Poland,” President Volodymyr Zelenskyy said.",
    // A duty laid down is no engagement.
    "The Secretary of State shall consult with the Attorney General on the list.",
    // A relative clause ends on the preposition; the body named later is no counterpart.
    "The experts he has consulted with feel the Justice Department would lose the case.",
  ])("none: %s", (text) => {
    expect(engs(text)).toEqual([]);
  });

  it("an act done in consultation with someone stays a manner", () => {
    expect(engs("The Treasury issued the rule in close consultation with the Federal Reserve.")).toEqual([]);
  });

  it("a question about a consultation names no body after it", () => {
    const got = engs("Did Speaker Nancy Pelosi consult with President Joe Biden before sending the bill to the Senate?");
    expect(got.map((e) => [e.participants, e.status])).toEqual([[["Joe Biden", "Nancy Pelosi"], "PROPOSED"]]);
  });
});
