// News shapes of engagements the frames missed on the freshest dev news (dev-242 … dev-265): a
// video platform's meeting, a time word between an engagement noun and its "with", a second main
// clause with coordinated subjects, lowercase news titles inside a coordination, a trip in a setting
// phrase, and a programme's host who is no counterpart. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const PUBLISHED = "2024-03-05T12:00:00Z";
const engs = (text: string) =>
  extract({ text, publishedAt: PUBLISHED }).engagements.map((e) => ({ kind: e.kind, participants: [...e.participants].sort(), status: e.status, rule: e.rule }));

describe("a video platform's meeting or call is a video call", () => {
  it.each([
    ["During an hourlong Zoom meeting with members of Congress, President Jane Roe of Freedonia asked for more aid.", ["Jane Roe", "U.S. Congress"], "engagement.video.with"],
    ["Prime Minister Jane Roe held a Skype call with Chancellor Olaf Scholz on Tuesday.", ["Jane Roe", "Olaf Scholz"], "engagement.video.with"],
    ["Prime Minister Jane Roe will join a Zoom call with Chancellor Olaf Scholz next week.", ["Jane Roe", "Olaf Scholz"], "engagement.video.with"],
    // A medium after the counterpart with an article: "via a video link".
    ["Prime Minister Jane Roe spoke with Chancellor Olaf Scholz via a video link on Tuesday.", ["Jane Roe", "Olaf Scholz"], "engagement.call.with"],
  ])("%s", (text, parties, rule) => {
    expect(engs(text).filter((e) => e.kind === "VIDEO_CALL")).toMatchObject([{ participants: parties, rule }]);
  });

  it("a capitalised meeting word inside a name is still no cue", () => {
    expect(engs("Prime Minister Jane Roe praised the Lakeland Summit Meeting Group on Tuesday.")).toEqual([]);
  });
});

describe("a day or a part of the day between the engagement noun and its with", () => {
  it.each([
    ["During a meeting Saturday morning with Chancellor Olaf Scholz, Prime Minister Jane Roe pledged support.", "MEETING"],
    ["Prime Minister Jane Roe held a call Tuesday with Chancellor Olaf Scholz.", "CALL"],
    // Talks between two people are a meeting.
    ["Prime Minister Jane Roe had talks Friday evening with Chancellor Olaf Scholz.", "MEETING"],
  ])("%s", (text, kind) => {
    expect(engs(text)).toMatchObject([{ kind, participants: ["Jane Roe", "Olaf Scholz"] }]);
  });
});

describe("coordinated subjects of a second main clause (engagement.clause-subjects)", () => {
  it.each([
    // The first clause's subjects are actors too: they are not the verb's.
    ["China and Russia denied the reports, but Prime Minister Jane Roe and Chancellor Olaf Scholz met in Rome on Monday.", ["Jane Roe", "Olaf Scholz"]],
    ["China and Russia denied the reports, but Jane Roe and senior adviser Wei Zhang met in Rome on Monday.", ["Jane Roe", "Wei Zhang"]],
    ["Poland and Hungary traded accusations, while Prime Minister Jane Roe and Chancellor Olaf Scholz met in Geneva.", ["Jane Roe", "Olaf Scholz"]],
  ])("%s", (text, parties) => {
    expect(engs(text)).toMatchObject([{ participants: parties, status: "HELD" }]);
  });

  it("the second clause's one subject stays alone, with its own counterpart", () => {
    expect(engs("China and Russia denied the reports, but Prime Minister Jane Roe met Chancellor Olaf Scholz in Rome.")).toMatchObject([{ participants: ["Jane Roe", "Olaf Scholz"] }]);
  });

  it("a clause's subjects that are no coordination of the verb's subject are none of the engagement", () => {
    expect(engs("China and Russia denied the reports, but the talks that Prime Minister Jane Roe began with Chancellor Olaf Scholz went on.")).not.toContainEqual(expect.objectContaining({ participants: expect.arrayContaining(["China"]) }));
  });
});

describe("lowercase news titles inside coordinated subjects", () => {
  it.each([
    ["National Security Adviser Jane Roe and senior Chinese foreign policy adviser Wei Zhang met in Rome on Monday.", ["Jane Roe", "Wei Zhang"]],
    ["Jane Roe and top Chinese diplomat Wang Yi met in Vienna on Thursday.", ["Jane Roe", "Wang Yi"]],
    ["Jane Roe and Chinese special envoy Wei Zhang held talks in Vienna on Thursday.", ["Jane Roe", "Wei Zhang"]],
  ])("%s", (text, parties) => {
    expect(engs(text)).toMatchObject([{ participants: parties }]);
  });
});

describe("a trip in a setting phrase is the subject's (engagement.trip-setting)", () => {
  it.each([
    ["President Jane Roe of Freedonia toured a missile factory during a September 2023 trip to Russia.", ["Jane Roe", "Russia"], "HELD"],
    ["During his trip to Japan, Chancellor Olaf Scholz praised the alliance.", ["Japan", "Olaf Scholz"], "HELD"],
    ["Chancellor Olaf Scholz will sign the deal on his first trip to Japan next month.", ["Japan", "Olaf Scholz"], "PLANNED"],
    // A gerund of travelling after a conjunction of time: the subject of its clause travels.
    ["Chancellor Olaf Scholz met soldiers in Lithuania on Monday before travelling to Japan.", ["Japan", "Olaf Scholz"], "HELD"],
    ["Chancellor Olaf Scholz visited the Netherlands, and Prime Minister Jane Roe met farmers before travelling to Japan.", ["Jane Roe", "Japan"], "HELD"],
  ])("%s", (text, parties, status) => {
    expect(engs(text)).toEqual([{ kind: "MEETING", participants: parties, status, rule: "engagement.trip-setting" }]);
  });

  it("a coordinated object joined by \", and\" is no clause: the sentence's subject travels", () => {
    const text = "Chancellor Olaf Scholz will go to Latvia to discuss grain exports and energy prices with the Latvian president, Jane Roe, and the Acme Alliance secretary-general, Ann Poe, before travelling to Japan.";
    expect(engs(text).filter((e) => e.rule === "engagement.trip-setting")).toEqual([{ kind: "MEETING", participants: ["Japan", "Olaf Scholz"], status: "PLANNED", rule: "engagement.trip-setting" }]);
  });

  it.each([
    // Whose trip "the trip" was the sentence does not say.
    ["Chancellor Olaf Scholz praised the alliance during the trip to Japan."],
    // A trip of several subjects, or of a body, is none of this rule's.
    ["Chancellor Olaf Scholz and Prime Minister Jane Roe spoke during a trip to Japan."],
    ["Acme Corp signed a deal during a trip to Japan."],
    // A trip home: the traveller's own state.
    ["Chancellor Olaf Scholz gave a speech during a trip to Germany."],
  ])("%s", (text) => {
    expect(engs(text).filter((e) => e.rule === "engagement.trip-setting")).toEqual([]);
  });
});

describe("a programme's host is the presenter, no verb of hosting (engagement.host-role)", () => {
  it.each([
    ["“Prices will rise,” economist Jane Roe told host Maria Alvarez on Monday."],
    ["Economist Jane Roe said in an interview with talk-show host Maria Alvarez that prices would rise."],
    ["Economist Jane Roe asked show host Maria Alvarez about prices."],
  ])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });

  it.each([
    ["Prime Minister Jane Roe will host Chancellor Olaf Scholz in Lakeville on Friday.", "PLANNED"],
    ["Prime Minister Jane Roe plans to host Chancellor Olaf Scholz on Friday.", "PLANNED"],
  ])("the verb still hosts: %s", (text, status) => {
    expect(engs(text)).toMatchObject([{ kind: "MEETING", participants: ["Jane Roe", "Olaf Scholz"], status }]);
  });
});

describe("visits in news settings (engagement.visit)", () => {
  it.each([
    // A conjunction before the leading adverbial.
    ["And during a visit to Japan last week, Chancellor Olaf Scholz said the alliance was strong.", ["Japan", "Olaf Scholz"]],
    // "on a visit to" after the main clause.
    ["Chancellor Olaf Scholz famously rode a bicycle on a visit to Japan in 2010.", ["Japan", "Olaf Scholz"]],
    // A time between the visit noun and its "to".
    ["Chancellor Olaf Scholz paid an official visit this month to Japan, where he raised the issue.", ["Japan", "Olaf Scholz"]],
    ["Chancellor Olaf Scholz embarked on a visit to Japan on Monday.", ["Japan", "Olaf Scholz"]],
  ])("%s", (text, parties) => {
    expect(engs(text)).toMatchObject([{ kind: "MEETING", participants: parties, status: "HELD", rule: "engagement.visit" }]);
  });

  it.each([
    // A visit as the topic of a verb of saying is no visit of the subject's.
    ["Chancellor Olaf Scholz commented on a visit to Japan by the Chinese leader."],
    ["Chancellor Olaf Scholz reported on a visit to Japan."],
    ["Chancellor Olaf Scholz worked on a visit to Japan."],
  ])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });
});

describe("a speech to an assembly of states is talks at it (engagement.address-assembly)", () => {
  const all = (text: string) => extract({ text, publishedAt: PUBLISHED }).engagements.map((e) => ({ kind: e.kind, participants: [...e.participants].sort(), forum: e.forum }));
  it.each([
    ["President Jane Roe of Freedonia called the war illegal during her address to the United Nations General Assembly last week.", ["Jane Roe", "UN General Assembly"], "UN General Assembly"],
    ["President Jane Roe of Freedonia addressed the UN Security Council on Monday.", ["Jane Roe", "UN Security Council"], "UN Security Council"],
  ])("%s", (text, parties, forum) => {
    expect(all(text)).toEqual([{ kind: "TALKS", participants: parties, forum }]);
  });

  it("a speech to a parliament stays a meeting", () => {
    expect(all("President Jane Roe of Freedonia addressed the European Parliament on Monday.")).toEqual([{ kind: "MEETING", participants: ["European Parliament", "Jane Roe"], forum: null }]);
  });
});

describe("officials from states gathered for talks (engagement.official-sides)", () => {
  it.each([
    ["Diplomats from Poland, Hungary, Austria and Italy gathered in Vienna on Wednesday for talks about the border.", ["Austria", "Hungary", "Italy", "Poland"], "HELD"],
    ["Officials from Poland and Hungary will convene for talks next week.", ["Hungary", "Poland"], "PLANNED"],
  ])("%s", (text, parties, status) => {
    expect(engs(text)).toEqual([{ kind: "TALKS", participants: parties, status, rule: "engagement.official-sides" }]);
  });

  it("people who gather for something else hold no talks", () => {
    expect(engs("Fans from Poland and Hungary gathered in Vienna for the final.")).toEqual([]);
  });
});
