// Meetings whose participants a release lists after the meeting sentence (engagement.attendee-list,
// src/extract/attendee-lists.ts). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engs = (text: string) => extract({ text }).engagements.map((e) => [e.kind, [...e.participants].sort(), e.rule]);

describe("engagement.attendee-list", () => {
  it("is a video call of the release's head and the people listed", () => {
    const text =
      "The President held a meeting, via videoconference, on economic issues.\n\nTaking part in the meeting were Prime Minister Jane Roe, Finance Minister John Poe and Central Bank Governor Mary Major.\n\nPresident of Freedonia Ivan Tull: Colleagues, good afternoon.";
    expect(engs(text)).toEqual([["VIDEO_CALL", ["Ivan Tull", "Jane Roe", "John Poe", "Mary Major"], "engagement.attendee-list"]]);
  });

  it("is a meeting of the person who held it and those who attended", () => {
    const text = "President of Ukraine Volodymyr Zelenskyy held a meeting on the reconstruction of housing. The meeting was also attended by Head of the Office of the President Jane Roe and Minister of Infrastructure John Poe.";
    expect(engs(text)).toEqual([["MEETING", ["Jane Roe", "John Poe", "Volodymyr Zelenskyy"], "engagement.attendee-list"]]);
  });

  it("completes a session of a body reported in the meeting sentence", () => {
    const text = "Vladimir Putin took part in an extraordinary session of the CSTO Collective Security Council. Also taking part in the meeting were Prime Minister of Armenia Nikol Pashinyan and President of Belarus Alexander Lukashenko.";
    const got = engs(text);
    expect(got).toHaveLength(1);
    expect(got[0]![1]).toEqual(expect.arrayContaining(["Alexander Lukashenko", "Nikol Pashinyan", "Vladimir Putin"]));
    expect(got[0]![2]).toBe("engagement.attendee-list");
  });

  it("leaves a list the engagement before it took in to engagement.joined-list", () => {
    const text = "President of Ukraine Volodymyr Zelenskyy held a meeting with Prime Minister of Denmark Jane Roe. The meeting was also attended by Foreign Minister John Poe.";
    expect(engs(text)).toEqual([["MEETING", ["Jane Roe", "John Poe", "Volodymyr Zelenskyy"], "engagement.joined-list"]]);
  });

  it.each([
    ["The President conducted a meeting on road construction. The meeting was attended by Chief of Staff Jane Roe and Deputy Prime Minister John Poe. President of Freedonia Ivan Tull: Good afternoon.", ["Ivan Tull", "Jane Roe", "John Poe"]],
    ["A meeting of the Energy Headquarters with the participation of President of Ukraine Volodymyr Zelenskyy was held. The meeting was attended by Prime Minister Jane Roe and Minister of Energy John Poe.", ["Jane Roe", "John Poe", "Volodymyr Zelenskyy"]],
  ])("reads the meeting sentence's other forms: %s", (text, parties) => {
    expect(engs(text)).toEqual([["MEETING", parties, "engagement.attendee-list"]]);
  });

  it("needs a sentence that held a meeting before the list", () => {
    expect(engs("Thousands of people came to the concert. The event was attended by Jane Roe and John Poe.")).toEqual([]);
  });
});
