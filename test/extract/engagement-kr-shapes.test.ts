// Shapes of engagements in Kremlin and president.gov.ua releases and addresses. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engagements = (text: string) => extract({ text }).engagements.map((e) => [e.kind, [...e.participants].sort(), e.status, e.rule]);

describe("engagement.unknown-first-person: an 'I' nobody names reports no engagement", () => {
  it.each([
    "The day was long. I also spoke with European Council President Jane Roe.",
    "The day was long. I spoke with John Poe, the Prosecutor of the Freedonian Supreme Court in Lakeville.",
    "The day was long. I also spoke with Jane Roe and John Poe.",
    "The day was long. I have already talked to Prime Minister of Lakeland John Poe about it.",
    "The day was long. In a conversation with Lakeland Chancellor John Poe, I also stressed the need for stronger sanctions on Freedonia.",
    // A modal or a verb of intent before the cue, and names after it that are no subject.
    "The day was long. Next week I will speak in the parliaments of the partner countries: Denmark, Norway, Greece.",
    "The day was long. Tomorrow I'll meet with President of Lakeland John Poe.",
  ])("%s", (text) => {
    expect(engagements(text)).toEqual([]);
  });

  it("keeps the first person a quotation names", () => {
    expect(engagements("“I also spoke with Prime Minister of Lakeland John Poe,” President of Freedonia Jane Roe said.")).toEqual([
      ["CALL", ["Jane Roe", "John Poe"], "HELD", "engagement.call.with"],
    ]);
  });

  it("reads a modal first person of a quotation as its speaker's", () => {
    expect(engagements("“I will meet with President of Lakeland John Poe tomorrow,” President of Freedonia Jane Roe said.")).toEqual([
      ["MEETING", ["Jane Roe", "John Poe"], "PLANNED", "engagement.meeting.with"],
    ]);
  });

  it("keeps a guest met in the capital in an unattributed address", () => {
    expect(engagements("Today I met in Kyiv with Minister of Defence of Lakeland John Poe.")).toEqual([["MEETING", ["John Poe", "Ukraine"], "HELD", "engagement.address-visit"]]);
  });

  it("keeps a named subject", () => {
    expect(engagements("President of Freedonia Jane Roe also spoke with Prime Minister of Lakeland John Poe.").map((e) => e[1])).toEqual([["Jane Roe", "John Poe"]]);
  });
});

describe("engagement.visitor-relative: an arrival, or a visit to come, in a relative clause", () => {
  const visits = (text: string) => engagements(text).filter((e) => e[3] === "engagement.visitor-relative").map((e) => [e[1], e[2]]);
  it.each([
    ["President of Ukraine Jane Roe met with President of the Lakeland Football Association John Poe, who arrived in our country for the anniversary.", [["John Poe", "Ukraine"], "HELD"]],
    ["President of Ukraine Jane Roe met with Prime Minister of Lakeland John Poe, who arrived in Kyiv today.", [["John Poe", "Ukraine"], "HELD"]],
    ["President of Ukraine Jane Roe began a meeting with Commissioner John Poe and High Representative Mary Major who arrived in Ukraine.", [["John Poe", "Mary Major", "Ukraine"], "HELD"]],
    ["President of Russia Jane Roe will hold talks with President of Lakeland John Poe, who is due to pay an official visit to Russia.", [["John Poe", "Russia"], "PLANNED"]],
    ["On May 4, President of Ukraine Jane Roe and Prime Minister of Lakeland John Poe, who will arrive in Ukraine on his first official visit, will hold talks.", [["John Poe", "Ukraine"], "PLANNED"]],
  ])("%s", (text, visit) => {
    expect(visits(text)).toEqual([visit]);
  });

  it.each([
    // No one named before the relative pronoun, or a place that is no state nor capital.
    "President of Ukraine Jane Roe met with refugees who arrived in Poland.",
    "President of Ukraine Jane Roe met with Minister John Poe, who came to Lviv yesterday.",
  ])("takes no visit from %s", (text) => {
    expect(visits(text)).toEqual([]);
  });
});

describe("engagement.demonym-counterparts: representatives named by their state's demonym", () => {
  it.each([
    "President of Russia Jane Roe spoke about Russia's efforts during the talks with Ukrainian representatives.",
    "President of Russia Jane Roe gave his assessment of the current status of talks with Ukrainian representatives.",
  ])("%s", (text) => {
    expect(engagements(text)).toEqual([["TALKS", ["Russia", "Ukraine"], "HELD", "engagement.talks.with"]]);
  });

  it("needs a demonym: representatives of no named state are no counterpart", () => {
    expect(engagements("President of Russia Jane Roe spoke about the talks with business representatives.")).toEqual([]);
  });
});
