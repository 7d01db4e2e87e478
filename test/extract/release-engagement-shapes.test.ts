// Shapes of engagements in official releases and readouts (Kremlin, president.gov.ua, White House):
// a topic between "discussed" and its "with", a conversation right after a gathering, a conversation of
// states, the negotiation process, a leading "Commenting on …" phrase. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engagements = (text: string) => extract({ text }).engagements.map((e) => [e.kind, [...e.participants].sort(), e.status, e.rule]);

describe("engagement.discussed-topic-with: 'A discussed <topic> with B'", () => {
  it.each([
    ["Deputy Head of the Office of the President of Freedonia Jane Roe discussed the security situation and the reform agenda with Adviser to the Prime Minister of Lakeland John Poe.", ["Jane Roe", "John Poe"]],
    ["Prime Minister of Lakeland Jane Roe discussed energy security in detail with President of Freedonia John Poe.", ["Jane Roe", "John Poe"]],
  ])("%s", (text, parties) => {
    expect(engagements(text)).toEqual([["CALL", parties, "HELD", "engagement.discussed-topic-with"]]);
  });

  it("is a meeting when the sentence names one", () => {
    expect(engagements("During the meeting in Lakeville, President of Freedonia Jane Roe discussed energy with Prime Minister of Lakeland John Poe.").map((e) => e[0])).toEqual(["MEETING"]);
  });

  it.each([
    // The topic's partner, a state, is no counterpart.
    "President of Freedonia Jane Roe discussed cooperation with Lakeland.",
    // "with" governed by an engagement or relation noun inside the topic.
    "President of Freedonia Jane Roe discussed the outcome of the negotiations with Prime Minister of Lakeland John Poe.",
    "President of Freedonia Jane Roe discussed relations with Prime Minister of Lakeland John Poe.",
    // A content clause or a clause break before the "with".
    "President of Freedonia Jane Roe discussed how the plan fits with Prime Minister of Lakeland John Poe's proposal.",
    "President of Freedonia Jane Roe discussed the budget, and agreed with Prime Minister of Lakeland John Poe.",
    // Not held: the future, the negation.
    "President of Freedonia Jane Roe will discuss the budget with Prime Minister of Lakeland John Poe.",
  ])("takes no encounter from %s", (text) => {
    expect(engagements(text).filter((e) => e[3] === "engagement.discussed-topic-with")).toEqual([]);
  });
});

describe("engagement.kind-gathering-setting: a conversation right after a named gathering is in person", () => {
  it.each([
    "President of Freedonia Jane Roe spoke with President of Lakeland John Poe following the CSTO summit.",
    "President of Freedonia Jane Roe had a conversation with President of Lakeland John Poe after the G20 Summit in Lakeville.",
  ])("%s", (text) => {
    expect(engagements(text)).toEqual([["MEETING", ["Jane Roe", "John Poe"], "HELD", "engagement.meeting.with"]]);
  });

  it("keeps a medium the sentence names, and a conversation with no gathering", () => {
    expect(engagements("President of Freedonia Jane Roe spoke by telephone with President of Lakeland John Poe following the CSTO summit.")[0]?.[0]).toBe("PHONE_CALL");
    expect(engagements("President of Freedonia Jane Roe spoke with President of Lakeland John Poe following the news.")[0]?.[0]).toBe("CALL");
    // A gathering named in lowercase alone is not enough to place the conversation.
    expect(engagements("President of Freedonia Jane Roe spoke with President of Lakeland John Poe after the summit.")[0]?.[0]).toBe("CALL");
  });
});

describe("engagement.states-conversation: a conversation of states is talks", () => {
  it("is talks between the states", () => {
    expect(engagements("President of Chile Jane Roe said that the conversation between Chile and Norway will take place.")).toEqual([
      ["TALKS", ["Chile", "Norway"], "PLANNED", "engagement.talks.between"],
    ]);
  });

  it("stays a call with a medium, for the states' leaders, and for consultations", () => {
    expect(engagements("President of Chile Jane Roe said that a phone conversation between Chile and Norway will take place.")[0]?.[0]).toBe("PHONE_CALL");
    expect(engagements("This is the second conversation between the leaders of Chile and Norway this year.").map((e) => e[0])).not.toContain("TALKS");
    expect(engagements("The Government of Chile held close consultations with Norway overnight.").map((e) => e[0])).toEqual(["CALL"]);
  });
});

describe("the negotiation process, and a leading 'Commenting on …' phrase", () => {
  it("reads 'the negotiation process with X' as talks", () => {
    expect(engagements("President of Chile Jane Roe said that the negotiation process with Norway is difficult.")).toEqual([
      ["TALKS", ["Chile", "Norway"], "HELD", "engagement.talks.with"],
    ]);
  });

  it.each([
    ["Head of the Office of the President of Chile Jane Roe gave an interview. Commenting on the negotiation process with Norway, Jane Roe noted that the position of her state is clear.", ["TALKS", ["Chile", "Norway"]]],
    ["Speaking about the talks with President of Lakeland John Poe, President of Freedonia Jane Roe noted that the position is clear.", ["MEETING", ["Jane Roe", "John Poe"]]],
    ["Referring to the talks with President of Lakeland John Poe, President of Freedonia Jane Roe noted that the position is clear.", ["MEETING", ["Jane Roe", "John Poe"]]],
  ])("the main clause's subject takes part: %s", (text, [kind, parties]) => {
    expect(engagements(text).map((e) => [e[0], e[1]])).toEqual([[kind, parties]]);
  });
});

describe("engagement.turn-visit: a host's or a guest's words to the other side", () => {
  const talks = "Vladimir Putin held talks with President of Kazakhstan Jane Roe in the Kremlin. ";
  it.each([
    [talks + "President of Russia Vladimir Putin: Mr President, It is my pleasure to welcome you in Moscow.", ["Jane Roe", "Russia"]],
    [talks + "President of Russia Vladimir Putin: Thank you for your visit.", ["Jane Roe", "Russia"]],
    [talks + "“I am glad to receive you in Moscow,” Vladimir Putin said.", ["Jane Roe", "Russia"]],
  ])("%s", (text, parties) => {
    expect(engagements(text).filter((e) => e[3] === "engagement.turn-visit").map((e) => [e[0], e[1]])).toEqual([["MEETING", parties]]);
  });

  it.each([
    // No meeting of a host's person with another state's before: no guest.
    "President of Russia Vladimir Putin: Mr President, It is my pleasure to welcome you in Moscow.",
    // The narrative, not words to the other side.
    talks + "Vladimir Putin welcomed the delegation in Moscow.",
    // Another state's official cannot welcome a guest to Moscow.
    talks + "“I am glad to welcome you in Astana,” Vladimir Putin said.",
  ])("takes no visit from %s", (text) => {
    expect(engagements(text).filter((e) => e[3] === "engagement.turn-visit")).toEqual([]);
  });

  it("reports a visit once", () => {
    const text = talks + "President of Russia Vladimir Putin: I thank President Jane Roe for accepting my invitation to come to Russia. It is my pleasure to welcome you in Moscow. Thank you for your visit.";
    expect(engagements(text).filter((e) => /visit/.test(String(e[3]))).map((e) => [e[1], e[3]])).toEqual([[["Jane Roe", "Russia"], "engagement.turn-visit"]]);
  });
});

describe("engagement.title-meeting: a release titled by its encounter", () => {
  const body = "CEO of Acme State Corporation Jane Roe reported to the President on the corporation's performance. President of Russia Vladimir Putin: Ms Roe, this is your annual report? Jane Roe: Yes, this is our annual report.";
  const titled = (title: string, text = body) => extract({ text, title }).engagements.map((e) => [e.kind, [...e.participants].sort(), e.rule]);

  it.each([
    ["Meeting with Acme CEO Jane Roe", "MEETING"],
    ["Working meeting with Acme CEO Jane Roe", "MEETING"],
    ["Meeting Acme CEO Jane Roe", "MEETING"],
    ["Telephone conversation with Acme CEO Jane Roe", "PHONE_CALL"],
    ["Meeting via videoconference with Acme CEO Jane Roe", "VIDEO_CALL"],
  ])("%s", (title, kind) => {
    expect(titled(title)).toEqual([[kind, ["Jane Roe", "Vladimir Putin"], "engagement.title-meeting"]]);
  });

  it.each([
    // A title that is a sentence, or names no one the body names.
    ["Jane Roe reported to the President"],
    ["Meeting with Government members"],
    ["Meeting with Acme CEO John Poe"],
  ])("takes nothing from the title %s", (title) => {
    expect(titled(title)).toEqual([]);
  });

  it("adds nothing when the body reports the encounter", () => {
    const text = "Vladimir Putin met with CEO of Acme Jane Roe. President of Russia Vladimir Putin: Ms Roe, good afternoon.";
    expect(titled("Meeting with Acme CEO Jane Roe", text).map((e) => e[2])).not.toContain("engagement.title-meeting");
  });

  it("takes the medium the body's opening names", () => {
    const text = "Head of the Republic of Lakeland Jane Roe reported to the President, via videoconference, on the region's performance. President of Russia Vladimir Putin: Ms Roe, good afternoon.";
    expect(titled("Working meeting with Head of the Republic of Lakeland Jane Roe", text)).toEqual([["VIDEO_CALL", ["Jane Roe", "Vladimir Putin"], "engagement.title-meeting"]]);
  });

  it("needs a head of state or government in the body", () => {
    expect(titled("Meeting with Acme CEO Jane Roe", "CEO of Acme Jane Roe presented the annual report. Jane Roe: Yes, this is our annual report.")).toEqual([]);
  });
});

describe("engagement.hyphen-pair: a medium after a leading phrase's comma is the main clause's", () => {
  it("leaves the call to the main clause", () => {
    const text = "Following Russia-Azerbaijan talks held in Moscow on February 22, Vladimir Putin and President of Azerbaijan Ilham Aliyev shared opinions in a telephone conversation.";
    expect(engagements(text).map((e) => [e[0], e[1]])).toEqual([
      ["TALKS", ["Azerbaijan", "Russia"]],
      ["PHONE_CALL", ["Ilham Aliyev", "Vladimir Putin"]],
    ]);
  });

  it("still takes a medium in the pair's own clause", () => {
    expect(engagements("The Russia-Azerbaijan summit took place via videoconference.").map((e) => e[0])).toEqual(["VIDEO_CALL"]);
  });
});

describe("engagement.kind-visit-setting: a conversation during a visit is in person", () => {
  it.each([
    "During a working visit to Portugal, Deputy Head of the Office Jane Roe had a conversation with Prime Minister of Portugal John Poe.",
    "Deputy Head of the Office Jane Roe visited Slovenia and held working consultations with State Secretary John Poe.",
  ])("%s", (text) => {
    expect(engagements(text).filter((e) => (e[1] as string[]).includes("John Poe")).map((e) => e[0])).toEqual(["MEETING"]);
  });

  it("keeps a named medium, and a visit that is only the topic", () => {
    expect(engagements("During a working visit to Portugal, Jane Roe had a phone conversation with Prime Minister of Spain John Poe.").filter((e) => (e[1] as string[]).includes("John Poe")).map((e) => e[0])).toEqual(["PHONE_CALL"]);
    expect(engagements("President of Chile Jane Roe spoke with President of Peru John Poe about the upcoming visit to Lima.").map((e) => e[0])).toEqual(["CALL"]);
  });
});
