// Shapes of engagements first seen on text no rule was written on (dev-458 … dev-481): an online
// meeting, contact reported as held, a presidency's "we" in talks with a state, future contacts.
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engs = (text: string, publisher: string | null = null) =>
  extract({ text, publishedAt: "2022-05-18", publisher }).engagements.map((e) => [e.kind, [...e.participants].sort(), e.status, e.rule]);

describe("an online meeting is held by video (engagement trigger \"virtual meeting\")", () => {
  it("reads an online meeting with a named body as a video call", () => {
    expect(engs("President Jane Roe of Poland held an online meeting with the Atlantic Council on Monday.")).toEqual([
      ["VIDEO_CALL", ["Atlantic Council", "Jane Roe"], "HELD", "engagement.video.with"],
    ]);
  });

  it("reads online meetings in the plural", () => {
    expect(engs("President Jane Roe of Poland held online meetings with the Atlantic Council and NATO.").map((e) => e[0])).toContain("VIDEO_CALL");
  });

  it.each([
    "The online meeting platform of the Atlantic Council crashed on Monday.",
    "President Jane Roe of Poland did not hold an online meeting with the Atlantic Council.",
  ])("no engagement: %s", (text) => {
    expect(engs(text)).toEqual([]);
  });
});

describe("engagement.held-contact: \"has been in constant contact with\" reports contact held", () => {
  it("a named counterpart", () => {
    expect(engs("Jane Roe has been in close contact with Prime Minister John Poe of Poland since March.")).toEqual([
      ["CALL", ["Jane Roe", "John Poe"], "HELD", "engagement.call.with"],
    ]);
  });

  it("a counterpart by demonym only is the state", () => {
    expect(engs("President Jane Roe of Ukraine said that she has been in constant contact with her Polish counterpart - every day.")).toEqual([
      ["CALL", ["Jane Roe", "Poland"], "HELD", "engagement.counterpart"],
    ]);
  });

  it.each([
    // A standing relation, not contact reported as held.
    "Jane Roe remains in close contact with Prime Minister John Poe of Poland.",
    "President Jane Roe of Ukraine remains in constant contact with her Polish counterpart.",
    // Negated, asked, unnamed.
    "Jane Roe has not been in contact with Prime Minister John Poe of Poland.",
    "Has Jane Roe been in contact with Prime Minister John Poe of Poland?",
    "Jane Roe has been in constant contact with several capitals.",
  ])("no engagement: %s", (text) => {
    expect(engs(text)).toEqual([]);
  });
});

describe("engagement.address-we-talks: a presidency's \"we\" in talks with a state", () => {
  const UA = "President of Ukraine (president.gov.ua)";
  it("is the publishing state's talks", () => {
    expect(engs("The day was long for Ukraine. We also discussed the peace negotiation process with Russia and the evacuation of civilians.", UA)).toEqual([
      ["TALKS", ["Russia", "Ukraine"], "HELD", "engagement.talks.with"],
    ]);
    expect(engs("The day was long for Ukraine. We are holding talks with Poland on the border.", UA)).toEqual([
      ["TALKS", ["Poland", "Ukraine"], "HELD", "engagement.talks.with"],
    ]);
  });

  it.each([
    // Another publisher, a person as counterpart, a negation, a quotation's "we", a call (no talks).
    ["The day was long for Ukraine. We also discussed the peace negotiation process with Russia.", "Lakeland Gazette"],
    ["The day was long for Ukraine. We also discussed the talks with Jane Roe.", UA],
    ["The day was long for Ukraine. We will never hold talks with Russia.", UA],
    ["The day was long for Ukraine. “We are holding talks with Poland,” a Lakeland official said.", UA],
    ["The day was long for Ukraine. We also spoke with Poland.", UA],
  ])("no engagement: %s", (text, publisher) => {
    expect(engs(text, publisher)).toEqual([]);
  });
});

describe("engagement.agreement-backref: future contacts announce no encounter", () => {
  it("leaves out an exchange of views to continue during future contacts", () => {
    expect(
      engs("Jane Roe had a telephone conversation with President John Poe of Poland. It was agreed to keep exchanging views on these questions during future contacts."),
    ).toEqual([["PHONE_CALL", ["Jane Roe", "John Poe"], "HELD", "engagement.phone.with"]]);
  });

  it("keeps a meeting the parties agreed on", () => {
    expect(engs("Jane Roe had a telephone conversation with President John Poe of Poland. It was agreed to hold a meeting in Warsaw.").length).toBe(2);
  });
});

describe("engagement.subject-not-object: the sentence's subject is no object of a summit it only names", () => {
  it.each([
    "Jane Roe described the NATO summit as a window of opportunity.",
    "Jane Roe called the NATO summit, which will take place in Madrid in June, a window of opportunity.",
    "Jane Roe praised the NATO summit.",
    "Jane Roe welcomed the results of the EU summit.",
  ])("no engagement: %s", (text) => {
    expect(engs(text)).toEqual([]);
  });

  it.each([
    ["Jane Roe said during the NATO meeting that the war must end.", ["Jane Roe", "North Atlantic Treaty Organization"]],
    ["Jane Roe told Vladimir Putin during the NATO summit that he was wrong.", ["Jane Roe", "North Atlantic Treaty Organization", "Vladimir Putin"]],
  ])("keeps the cue as a setting: %s", (text, parties) => {
    expect(engs(text).map((e) => e[1])).toEqual([parties]);
  });

  it("keeps a participation", () => {
    expect(engs("Jane Roe attended the EU summit.").map((e) => e[3])).toEqual(["engagement.participation"]);
  });
});

describe("engagement.setting-of-wish: a wish for another act does not make its setting proposed", () => {
  it("keeps the call held, one call with the later report of it", () => {
    expect(
      engs("Jane Roe accused Poland of seeking to stir up a crisis during a call with her Polish counterpart, John Poe, the ministry said. Roe and Poe spoke by phone as the crisis deepened."),
    ).toEqual([["PHONE_CALL", ["Jane Roe", "John Poe"], "HELD", "engagement.call.with"]]);
  });

  it.each([
    ["Jane Roe hopes to discuss sanctions during a call with John Poe.", "PROPOSED"],
    ["Jane Roe is seeking to meet with John Poe.", "PROPOSED"],
    ["Jane Roe is seeking a call with John Poe.", "PROPOSED"],
  ])("%s", (text, status) => {
    expect(engs(text).map((e) => e[2])).toEqual([status]);
  });
});
