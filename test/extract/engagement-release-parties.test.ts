// Parties of engagements in White House and Kremlin/president.gov.ua releases: guests welcomed for a
// meeting, people taking part "with the participation of", a body heading a person's titles, flattened
// transcript labels, and subjects that are no party. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engagements = (text: string) => extract({ text }).engagements.map((e) => [e.kind, [...e.participants].sort(), e.status, e.rule]);

describe("engagement.meeting.object: guests welcomed for a meeting or talks", () => {
  it.each([
    ["President Joe Biden welcomed President Andrzej Duda and Prime Minister Donald Tusk of Poland for a joint meeting at the White House.", ["Andrzej Duda", "Donald Tusk", "Joe Biden"]],
    ["Chancellor Olaf Scholz welcomed Prime Minister Justin Trudeau of Canada for talks in Berlin.", ["Justin Trudeau", "Olaf Scholz"]],
    ["President Emmanuel Macron welcomed Chancellor Olaf Scholz for a working dinner at the Elysee.", ["Emmanuel Macron", "Olaf Scholz"]],
  ])("%s", (text, people) => {
    expect(engagements(text)).toEqual([["MEETING", people, "HELD", "engagement.meeting.object"]]);
  });

  it.each([
    "President Emmanuel Macron welcomed the proposal for a meeting of the two sides.",
    "Chancellor Olaf Scholz welcomed Canada's call for talks.",
    "Chancellor Olaf Scholz welcomed the readiness of Justin Trudeau for talks.",
  ])("welcomes no guest in %s", (text) => {
    expect(engagements(text)).toEqual([]);
  });
});

describe("engagement.with-participation: one more party of the same engagement", () => {
  it("joins the person taking part to the talks", () => {
    expect(engagements("Vladimir Putin held talks with President of Freedonia Jane Roe with the participation of Chairperson of the African Union Commission Moussa Faki Mahamat.")).toEqual([
      ["MEETING", ["Jane Roe", "Moussa Faki Mahamat", "Vladimir Putin"], "HELD", "engagement.meeting.with"],
    ]);
  });

  it("reads a residence before the with-phrase as the place", () => {
    expect(engagements("Vladimir Putin held talks at the Lakeside residence with President of Freedonia Jane Roe.")).toEqual([["MEETING", ["Jane Roe", "Vladimir Putin"], "HELD", "engagement.meeting.with"]]);
  });

  it("adds no one when the participants are unnamed", () => {
    expect(engagements("Vladimir Putin held talks with President of Freedonia Jane Roe with the participation of experts.")).toEqual([["MEETING", ["Jane Roe", "Vladimir Putin"], "HELD", "engagement.meeting.with"]]);
  });
});

describe("a body heading a chain of titles", () => {
  it("is the person's title, no party", () => {
    expect(engagements("Vladimir Putin met with Chairperson of the African Union, President of Freedonia Jane Roe.")).toEqual([["MEETING", ["Jane Roe", "Vladimir Putin"], "HELD", "engagement.meeting.with"]]);
  });

  it("stays a party when listed beside the person", () => {
    const e = engagements("Vladimir Putin met with the African Union, and with President of Freedonia Jane Roe.");
    expect(e.flatMap((x) => x[1] as string[])).toContain("African Union");
  });
});

describe("engagement.turn-speaker in a flattened transcript", () => {
  const text = (label: string) =>
    `Vladimir Putin had a meeting with Member of the Presidency of Bosnia and Herzegovina Milorad Dodik. President of Russia Vladimir Putin: I am happy to see you. ${label}: Thank you. I spoke to President of Freedonia Jane Roe today.`;
  it.each([
    "Member of the Presidency of Bosnia and Herzegovina Milorad Dodik(retranslated)",
    "Member of the Presidency of Bosnia and Herzegovina Milorad Dodik (interpreted)",
    "Member of the Presidency of Bosnia and Herzegovina Milorad Dodik",
  ])("reads the label %s", (label) => {
    expect(engagements(text(label))).toContainEqual(["CALL", ["Jane Roe", "Milorad Dodik"], "HELD", "engagement.call.to"]);
  });

  it("takes no label from a sentence with a colon in running text", () => {
    expect(engagements("Vladimir Putin had a meeting with Milorad Dodik. The agenda of Milorad Dodik (revised): trade. I spoke to President of Freedonia Jane Roe today.")).toEqual([
      ["MEETING", ["Milorad Dodik", "Vladimir Putin"], "HELD", "engagement.meeting.with"],
    ]);
  });
});

describe("subjects that are no party", () => {
  it.each([
    // A plural common noun visits, not the one who reports it.
    "President of Freedonia Jane Roe said that thousands of Freedonian tourists visited Turkey last year.",
    "President of Freedonia Jane Roe stressed that despite the pandemic, a record number of students have visited Turkey.",
    // A generic antecedent of "who".
    "According to Jane Roe, the issue is discussed with world leaders, especially those who have contacts with the Russian Federation.",
    "President Jane Roe said anyone who met with Russia would be welcome.",
    // An office holder the address never names.
    "I held talks with the Prime Minister of Portugal in Kyiv today.",
  ])("%s", (text) => {
    expect(engagements(text)).toEqual([]);
  });

  it.each([
    ["President of Freedonia Jane Roe visited Turkey last year.", [["MEETING", ["Jane Roe", "Turkey"], "HELD", "engagement.visit"]]],
    ["Members of Congress visited Ukraine last week.", [["MEETING", ["U.S. Congress", "Ukraine"], "HELD", "engagement.visit"]]],
    ["I held talks with Prime Minister of Portugal Jane Roe in Kyiv today.", [["MEETING", ["Jane Roe", "Ukraine"], "HELD", "engagement.address-visit"]]],
  ])("keeps %s", (text, expected) => {
    expect(engagements(text)).toEqual(expected);
  });
});

describe("engagement.agreement-backref: the parties looking forward to an encounter", () => {
  it.each([
    "President Joe Biden spoke today with Chancellor Olaf Scholz of Germany. They looked forward to meeting again at the G7 Summit in June.",
    "President Joe Biden spoke today with Chancellor Olaf Scholz of Germany. The leaders looked forward to meeting in person soon.",
  ])("%s", (text) => {
    expect(engagements(text)).toContainEqual(["MEETING", ["Joe Biden", "Olaf Scholz"], "PROPOSED", "engagement.agreement-backref"]);
  });

  it.each([
    "President Joe Biden spoke today with Chancellor Olaf Scholz of Germany. They look forward to working together at the G7 Summit.",
    "President Joe Biden spoke today with Chancellor Olaf Scholz of Germany. They looked forward to the results of the review.",
  ])("adds nothing without an encounter in %s", (text) => {
    expect(engagements(text)).toEqual([["CALL", ["Joe Biden", "Olaf Scholz"], "HELD", "engagement.call.with"]]);
  });
});

describe("engagement.visit: a visit looked forward to, a visit of a head by title", () => {
  it("reads 'looked forward to visiting' a state", () => {
    expect(engagements("President Joe Biden met yesterday with Prime Minister Justin Trudeau of Canada. The President expressed that he looked forward to visiting Canada in the near future.")).toContainEqual([
      "MEETING",
      ["Canada", "Joe Biden"],
      "PROPOSED",
      "engagement.visit",
    ]);
  });

  it("takes no visit from the adjective", () => {
    expect(engagements("President Joe Biden met yesterday with the visiting Prime Minister Justin Trudeau of Canada.")).toEqual([["MEETING", ["Joe Biden", "Justin Trudeau"], "HELD", "engagement.meeting.with"]]);
  });

  it("gives the visit of 'the President of the Republic of X' to the president the text names", () => {
    expect(engagements("The visit of the President of the Republic of Azerbaijan to Ukraine deepens the partnership. President Volodymyr Zelenskyy thanked Ilham Aliyev.")).toEqual([
      ["MEETING", ["Ilham Aliyev", "Ukraine"], "HELD", "engagement.visit"],
    ]);
  });

  it.each([
    "The visit of the President of the Republic of Freedonia to Ukraine deepens the partnership.",
    "The visit of the First Lady of Ukraine to Poland was a success.",
  ])("gives no visit to an office holder the text never names: %s", (text) => {
    expect(engagements(text)).toEqual([]);
  });
});

describe("engagement.counterpart: negotiations, and a cue in the adverbial of the sentence's subject", () => {
  it.each([
    "President Volodymyr Zelenskyy held negotiations with his Azerbaijani counterpart. Ilham Aliyev said they were good.",
    "This was stated by President Volodymyr Zelenskyy during a meeting with the media following the negotiations with his Azerbaijani counterpart in Kyiv. Ilham Aliyev agreed.",
    "President Volodymyr Zelenskyy said this after the talks with his Azerbaijani counterpart. Ilham Aliyev agreed.",
  ])("%s", (text) => {
    expect(engagements(text)).toContainEqual(["MEETING", ["Ilham Aliyev", "Volodymyr Zelenskyy"], "HELD", "engagement.counterpart"]);
  });

  it("needs a person subject", () => {
    expect(engagements("Officials said the talks with his Azerbaijani counterpart were useful.")).toEqual([]);
  });
});

describe("engagement.leading-told: a described person, a place in the setting", () => {
  it.each([
    "During the meeting, Volodymyr Zelenskyy congratulated the brand's first ambassador Andriy Shevchenko.",
    "During the meeting in Kyiv, Volodymyr Zelenskyy congratulated Andriy Shevchenko on his appointment.",
    "During the meeting at the President's Office, Volodymyr Zelenskyy congratulated the fund's new ambassador Andriy Shevchenko.",
  ])("%s", (text) => {
    expect(engagements(text)).toEqual([["MEETING", ["Andriy Shevchenko", "Volodymyr Zelenskyy"], "HELD", "engagement.leading-told"]]);
  });

  it.each([
    "During the meeting in Kyiv, Volodymyr Zelenskyy told reporters that Andriy Shevchenko would help.",
    "The statement will speak in ways that are new to the G7 and NATO.",
  ])("adds no one in %s", (text) => {
    expect(engagements(text)).toEqual([]);
  });
});

describe("engagement.kind-trip-title: a planned encounter in a trip's document is in person", () => {
  const kinds = (text: string, title: string | null) => extract({ text, title }).engagements.map((e) => [e.kind, [...e.participants].sort(), e.status]);
  const trip = "Background Press Call Previewing the Vice President’s Trip to Lakeville";
  it("makes a planned call of no medium a meeting", () => {
    expect(kinds("Vice President Kamala Harris will engage with Chancellor Olaf Scholz of Germany.", trip)).toEqual([["MEETING", ["Kamala Harris", "Olaf Scholz"], "PLANNED"]]);
    expect(kinds("Vice President Kamala Harris will engage with Chancellor Olaf Scholz of Germany.", "Press Briefing by Press Secretary Jane Roe")).toEqual([["CALL", ["Kamala Harris", "Olaf Scholz"], "PLANNED"]]);
  });

  it.each([
    ["Vice President Kamala Harris spoke with Chancellor Olaf Scholz of Germany last week.", "CALL"],
    ["Vice President Kamala Harris will speak with Chancellor Olaf Scholz of Germany by phone.", "PHONE_CALL"],
  ])("keeps %s", (text, kind) => {
    expect(kinds(text, trip).map((e) => e[0])).toEqual([kind]);
  });
});
