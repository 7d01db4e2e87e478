// Engagement recall on unseen text (issue 11): coordinated subjects, agreements to stay in
// contact, demonym pairs, visits and progressive cues. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engs = (text: string) => extract({ text }).engagements.map((e) => ({ kind: e.kind, participants: [...e.participants].sort(), status: e.status, count: e.count, rule: e.rule }));

describe("coordinated subjects of a verb cue", () => {
  it.each([
    ["Justin Trudeau and Emmanuel Macron met in Ottawa in 2019.", ["Emmanuel Macron", "Justin Trudeau"]],
    ["Prime Minister Justin Trudeau and French President Emmanuel Macron met on Monday and discussed fisheries.", ["Emmanuel Macron", "Justin Trudeau"]],
    ["Justin Trudeau and Emmanuel Macron met privately for an hour.", ["Emmanuel Macron", "Justin Trudeau"]],
    ["Justin Trudeau and Emmanuel Macron met.", ["Emmanuel Macron", "Justin Trudeau"]],
  ])("%s", (text, parties) => {
    expect(engs(text)).toMatchObject([{ kind: "MEETING", participants: parties, status: "HELD", rule: "engagement.meeting.subjects" }]);
  });

  it("keeps a named object as the counterpart of both subjects", () => {
    expect(engs("Justin Trudeau and Emmanuel Macron met with Fumio Kishida.").map((e) => e.participants)).toEqual([["Emmanuel Macron", "Fumio Kishida", "Justin Trudeau"]]);
  });

  it.each([
    // An object that is no name is someone else: no meeting between the subjects.
    ["Justin Trudeau and Emmanuel Macron met the families of the victims."],
    // A comma is no coordination: the leading phrase names a place, not a second subject.
    ["- In addition to talks at NATO, the Trudeau Administration has engaged with Fumio Kishida."],
  ])("%s", (text) => {
    expect(engs(text).filter((e) => e.participants.includes("Justin Trudeau") && e.participants.includes("Emmanuel Macron"))).toEqual([]);
    expect(engs(text).filter((e) => e.participants.includes("North Atlantic Treaty Organization"))).toEqual([]);
  });

  it("leaves the meeting to the later cue that names it", () => {
    const got = engs("Canada and France will meet at a session of the United Nations Security Council.");
    expect(got.map((e) => e.rule)).toEqual(["engagement.talks.forum"]);
  });
});

describe("agreements to stay in contact announce no encounter (issue 11, pattern 6)", () => {
  it.each([
    ["Justin Trudeau spoke today with Prime Minister Fumio Kishida of Japan. Both leaders agreed to stay in regular contact over the coming months."],
    ["Justin Trudeau met with Fumio Kishida in Tokyo. The two leaders agreed to remain in close touch."],
    ["Justin Trudeau met with Fumio Kishida in Tokyo. The leaders agreed to keep in contact."],
  ])("%s", (text) => {
    expect(engs(text)).toHaveLength(1);
  });

  it("needs an agreement: staying in touch with a situation is none", () => {
    expect(engs("Justin Trudeau met with Fumio Kishida. Officials said they would keep in touch with events in the region.")).toHaveLength(1);
  });
});

describe("two demonyms joined by a hyphen", () => {
  it.each([
    ["Canadian-Japanese contacts will be held at all levels next week.", "CALL", ["Canada", "Japan"], "PLANNED"],
    ["The French-German talks in Strasbourg ended without a result.", "TALKS", ["France", "Germany"], "HELD"],
  ])("%s", (text, kind, parties, status) => {
    expect(engs(text)).toMatchObject([{ kind, participants: parties, status, rule: "engagement.hyphen-pair" }]);
  });

  it("reads no relation or cooperation as an engagement", () => {
    expect(engs("French-German cooperation in energy has grown.")).toEqual([]);
    expect(engs("The French-German relationship remains strong.")).toEqual([]);
  });
});

describe("engagement.visit: more ways to name the visitor", () => {
  it.each([
    [
      "a visit 'by' an unnamed head whose name the text gives",
      "Prime Minister of Japan Fumio Kishida spoke with Justin Trudeau. They discussed preparations for the forthcoming visit by the Prime Minister of Japan to Canada.",
      ["Canada", "Fumio Kishida"],
      "PLANNED",
    ],
    ["a visit 'by' a named person", "Officials confirmed the visit by Fumio Kishida to Canada last spring.", ["Canada", "Fumio Kishida"], "HELD"],
    ["the subject's own visit", "Fumio Kishida raised the question during his recent visit to Canada.", ["Canada", "Fumio Kishida"], "HELD"],
    ["a visit in an adjunct after the verb", "Justin Trudeau will open a factory during a visit to Japan next week.", ["Japan", "Justin Trudeau"], "PLANNED"],
  ])("%s", (_, text, parties, status) => {
    expect(engs(text).filter((e) => e.rule === "engagement.visit")).toMatchObject([{ kind: "MEETING", participants: parties, status }]);
  });

  it.each([
    // A head's title that no person of the text holds (a vice president is no president) names no one.
    ["Vice President Kamala Harris met Justin Trudeau. They discussed the visit by the President of the United States to Canada."],
    // "his" with no person as the subject of the clause.
    ["The plan was discussed during his visit to Canada."],
    // A trip inside one's own country.
    ["Justin Trudeau will open a factory during a visit to Canada next week."],
  ])("%s", (text) => {
    expect(engs(text).filter((e) => e.rule === "engagement.visit")).toEqual([]);
  });
});

describe("the progressive 'speaking' after a form of 'be'", () => {
  it.each([
    ["Justin Trudeau will be speaking with Fumio Kishida on Thursday.", "PLANNED"],
    ["Justin Trudeau is speaking with Fumio Kishida tomorrow.", "PLANNED"],
    ["Justin Trudeau was speaking to Fumio Kishida when the news broke.", "HELD"],
  ])("%s", (text, status) => {
    expect(engs(text)).toMatchObject([{ kind: "CALL", participants: ["Fumio Kishida", "Justin Trudeau"], status }]);
  });

  it.each([
    // A participle opening an adjunct is the manner of saying, not a call.
    ["Speaking to Fumio Kishida's staff, Justin Trudeau praised the plan."],
    ["Justin Trudeau, speaking to reporters with Fumio Kishida, praised the plan."],
    ["If Justin Trudeau is speaking with Fumio Kishida, no one said so?"],
  ])("%s", (text) => {
    expect(engs(text).filter((e) => e.status === "HELD" || e.status === "PLANNED")).toEqual([]);
  });
});

describe("guards on coordinated subjects and demonym pairs", () => {
  it.each([
    // The verb is far from its subjects, or has an object of its own.
    ["Today, Justin Trudeau and Fumio Kishida committed to deepen a partnership built to meet the needs of both peoples."],
    ["The plan helps Canada and Japan, in the short run, meet that urgent need, while stocks recover."],
    ["Justin Trudeau and Fumio Kishida engaged their Korean counterparts on trade."],
    ["Canada and Japan must meet in the years ahead the tests of a changing climate."],
  ])("%s", (text) => {
    expect(engs(text).filter((e) => e.participants.length === 2 && (e.participants.includes("Canada") || e.participants.includes("Justin Trudeau")) && !e.participants.some((p) => /Korea/.test(p)))).toEqual([]);
  });

  it("reads a standing contact with a named body as no agreed contact", () => {
    expect(engs("Justin Trudeau met with Fumio Kishida. The Prime Minister's Office remains in close contact with the Canadian Armed Forces.")).toHaveLength(1);
  });

  it("takes the leaders the sentence names for their states' talks, as a meeting", () => {
    expect(engs("Following Canadian-Japanese talks, Justin Trudeau and Prime Minister of Japan Fumio Kishida made statements for the press.")).toMatchObject([
      { kind: "MEETING", participants: ["Fumio Kishida", "Justin Trudeau"], rule: "engagement.hyphen-pair" },
    ]);
  });

  it("does not report again a meeting of the two states' leaders as their states' talks", () => {
    const got = engs("Justin Trudeau met with Prime Minister of Japan Fumio Kishida in Ottawa. The Canadian-Japanese talks covered trade.");
    expect(got.map((e) => e.rule)).toEqual(["engagement.meeting.with"]);
  });
});

describe("engagement.pair-backref: the two of the last engagement", () => {
  it.each([
    ["Justin Trudeau spoke with Fumio Kishida on Monday. The two leaders last met in person in Tokyo in 2022.", "HELD"],
    ["Justin Trudeau spoke with Fumio Kishida on Monday. The two were supposed to meet in Osaka this month, but the trip was called off.", "PLANNED"],
  ])("%s", (text, status) => {
    expect(engs(text)[1]).toEqual({ kind: "MEETING", participants: ["Fumio Kishida", "Justin Trudeau"], status, count: 1, rule: "engagement.pair-backref" });
  });

  it.each([
    // No engagement before: no pair to refer to.
    ["The two leaders last met in Tokyo in 2022."],
    // A repeat of the engagement just reported adds nothing.
    ["Justin Trudeau met Fumio Kishida in Ottawa. The two leaders met for three hours."],
  ])("%s", (text) => {
    expect(engs(text).filter((e) => e.rule === "engagement.pair-backref")).toEqual([]);
  });
});

describe("engagement.their-pair: 'their call' of the subject and the one person named with it", () => {
  it("reads the subject and the object as the parties", () => {
    const text = "Fumio Kishida spoke about the storm. He said he had warned Prime Minister Justin Trudeau about the coming storm and the floods in the north, which began shortly before their call on Friday.";
    expect(engs(text)).toEqual([{ kind: "CALL", participants: ["Fumio Kishida", "Justin Trudeau"], status: "HELD", count: 1, rule: "engagement.their-pair" }]);
  });

  it.each([
    // Two other people: whose call it was is unclear.
    ["Fumio Kishida said he had warned Justin Trudeau and Emmanuel Macron shortly before their call on Friday."],
    // People of one state.
    ["Fumio Kishida said he had warned Yoshimasa Hayashi shortly before their meeting on Friday."],
  ])("%s", (text) => {
    expect(engs(text).filter((e) => e.rule === "engagement.their-pair")).toEqual([]);
  });

  it("keeps 'calls on X to' out and a call on a weekday in", () => {
    expect(engs("Justin Trudeau calls on Fumio Kishida to act.")).toEqual([]);
    expect(engs("Justin Trudeau had a call on Monday with Fumio Kishida.").map((e) => e.participants)).toEqual([["Fumio Kishida", "Justin Trudeau"]]);
  });
});

describe("a meeting between officials of states is talks", () => {
  it("reads officials named by their states as talks", () => {
    expect(engs("A meeting in Geneva between senior trade officials from Canada, Japan and Mexico ended on Friday.")).toMatchObject([
      { kind: "TALKS", participants: ["Canada", "Japan", "Mexico"], rule: "engagement.talks.between" },
    ]);
  });

  it("keeps a meeting between named people a meeting", () => {
    expect(engs("A meeting in Geneva between Justin Trudeau and Fumio Kishida ended on Friday.")).toMatchObject([{ kind: "MEETING" }]);
  });
});

describe("welcoming a guest to a place is a meeting with the host", () => {
  it.each([
    ["Today, Prime Minister Justin Trudeau welcomed Prime Minister Fumio Kishida of Japan to Ottawa to deepen ties.", "HELD"],
    ["Justin Trudeau will welcome President Emmanuel Macron of France to Ottawa on May 3.", "PLANNED"],
    ["Justin Trudeau welcomes President Emmanuel Macron for an official visit.", "HELD"],
  ])("%s", (text, status) => {
    const got = engs(text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ kind: "MEETING", status, rule: "engagement.meeting.object" });
    expect(got[0]!.participants).toContain("Justin Trudeau");
    expect(got[0]!.participants).toHaveLength(2);
  });

  it.each([
    // A state welcomed into a body, a decision or a person's plan: no guest.
    ["Justin Trudeau welcomed Finland to NATO."],
    ["Justin Trudeau welcomed the decision of Finland to join NATO."],
    ["Justin Trudeau welcomed Prime Minister Fumio Kishida’s plan to visit the region."],
    // No place or visit after the person: the welcome of an announcement.
    ["Justin Trudeau welcomed President Emmanuel Macron and his remarks."],
    // An invitation to act; a greeting.
    ["Justin Trudeau said he welcomed President Emmanuel Macron to speak first."],
    ["JUSTIN TRUDEAU: Welcome back to Ottawa. It is a pleasure."],
    // The host must be a person: a body or an unresolved "I" is none.
    ["The Canadian Parliament welcomed President Emmanuel Macron to Ottawa."],
  ])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });
});
