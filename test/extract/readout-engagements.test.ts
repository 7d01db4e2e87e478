// Engagements of readouts and reports (issue 11): White House and Kremlin/president.gov.ua
// releases, State Department and agency reports. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { CUE, ENGAGEMENT_TRIGGERS, triggerKindAt } from "../../src/extract/engagement-triggers.js";
import { extract } from "../../src/extract/index.js";

const engs = (text: string) => extract({ text }).engagements.map((e) => ({ kind: e.kind, status: e.status, participants: [...e.participants].sort(), forum: e.forum, rule: e.rule }));

describe("a reported engagement is a fact of its own sentence", () => {
  it("a frame read before the next sentence's cues is not reported", () => {
    // The second sentence reports Kowal's meeting inside another; the greeting of the third is held
    // in its own right, so the leaders' agreement refers back to it.
    const text =
      "President Ana Ruiz of Freedonia spoke with Prime Minister Jan Kowal of Ruritania on Monday. " +
      "Kowal told her about his meeting with Chancellor Hans Weber of Lakeland. " +
      "On Tuesday Ruiz greeted Weber at the airport. The leaders agreed to meet again.";
    const back = engs(text).filter((e) => e.rule === "engagement.agreement-backref");
    expect(back.map((e) => e.participants)).toEqual([["Ana Ruiz", "Hans Weber"]]);
  });
});

describe("coordinated subjects of a verb of holding and a noun cue", () => {
  it.each([
    ["Ruiz and Kowal also had calls in June.", "CALL"],
    ["Ruiz and Kowal then held two calls in June.", "CALL"],
  ])("%s", (sentence, kind) => {
    const found = engs("President Ana Ruiz of Chile met Prime Minister Jan Kowal of Poland in May. " + sentence).filter((e) => e.kind === kind);
    expect(found.map((e) => e.participants)).toEqual([["Ana Ruiz", "Jan Kowal"]]);
  });
});

describe("a head's title over a state is its holder (engagement.titled-counterpart)", () => {
  it.each([
    [
      "President Lena Holm of Sweden held a meeting with the Presidents of Chile and Peru in Stockholm. Chilean President Ana Ruiz said trade would grow. Peruvian President Tomas Vega agreed.",
      ["Ana Ruiz", "Lena Holm", "Tomas Vega"],
    ],
    [
      "Prime Minister Jan Kowal of Poland spoke today with the Prime Minister of Japan. Prime Minister of Japan Ken Sato thanked him.",
      ["Jan Kowal", "Ken Sato"],
    ],
    ["President Lena Holm of Sweden spoke with the president of Chile, Ana Ruiz.", ["Ana Ruiz", "Lena Holm"]],
  ])("%s", (text, people) => {
    const found = engs(text).filter((e) => e.participants.includes("Lena Holm") || e.participants.includes("Jan Kowal"));
    expect(found.flatMap((e) => e.participants).sort()).toEqual(expect.arrayContaining(people));
    expect(found.flatMap((e) => e.participants).filter((p) => ["Chile", "Peru", "Japan"].includes(p))).toEqual([]);
  });

  it.each([
    "President Lena Holm of Sweden spoke today with the President of Chile and the Crown Prince of Jordan.",
    "Lena Holm said she met with the Presidents of Chile and Peru on Monday.",
    "“We are meeting with our friends from Chile and Peru,” the minister said.",
  ])("no holder named, no engagement: %s", (text) => {
    expect(engs(text).filter((e) => e.participants.some((p) => ["Chile", "Peru", "Jordan"].includes(p)))).toEqual([]);
  });

  it("a state named as such stays a counterpart", () => {
    expect(engs("President Lena Holm of Sweden held talks with Chile and Peru on Monday.").map((e) => e.participants)).toEqual([["Chile", "Peru", "Sweden"]]);
  });
});

describe("a medium set off by commas before the counterparts (engagement.medium-aside)", () => {
  it.each([
    ["Vladimir Putin held a working meeting, via videoconference, with Governor of Tula Region Alexei Dyumin.", "VIDEO_CALL", ["Alexei Dyumin", "Vladimir Putin"]],
    ["President Lena Holm of Sweden had a conversation, by telephone, with Chancellor Emil Brandt of Germany.", "PHONE_CALL", ["Emil Brandt", "Lena Holm"]],
  ])("%s", (text, kind, people) => {
    expect(engs(text).map((e) => [e.kind, e.participants, e.rule])).toEqual([[kind, people, "engagement.medium-aside"]]);
  });

  it("a medium aside before a topic names no counterpart", () => {
    expect(engs("Vladimir Putin held a meeting, via videoconference, on economic issues.")).toEqual([]);
  });
});

describe("called: a state in the person's title is no object (engagement.call.object)", () => {
  it.each([
    ["Alexander Lukashenko called President of Ukraine Volodymyr Zelenskyy.", ["Alexander Lukashenko", "Volodymyr Zelenskyy"]],
    ["Lena Holm called Prime Minister of Japan Ken Sato on Sunday.", ["Ken Sato", "Lena Holm"]],
  ])("%s", (text, people) => {
    expect(engs(text).map((e) => [e.kind, e.participants])).toEqual([["CALL", people]]);
  });

  it("calling a state's leader names is no call", () => {
    expect(engs("Lena Holm called the Prime Minister of Japan a coward.")).toEqual([]);
  });
});

describe("agreements on further contacts refer back to the engagement held (engagement.agreement-backref)", () => {
  const CALL = "President Lena Holm of Sweden had a telephone conversation with Chancellor of the Federal Republic of Germany Emil Brandt. ";
  it("heads named by title who agree to meet are the parties", () => {
    const planned = engs(CALL + "The President of Sweden and the Chancellor of Germany agreed to meet in Berlin.").filter((e) => e.status === "PLANNED");
    expect(planned.map((e) => [e.kind, e.participants])).toEqual([["MEETING", ["Emil Brandt", "Lena Holm"]]]);
  });

  // An open-ended continuation of contact announces no encounter (issue 11, pattern 6).
  it.each([
    "The President of Sweden and the Chancellor of Germany agreed that the matter would be discussed further during contacts through several channels.",
    "The two also committed to maintain close coordination on the flooding.",
    "Lena Holm and Emil Brandt agreed to maintain contact.",
  ])("no planned engagement: %s", (sentence) => {
    expect(engs(CALL + sentence).filter((e) => e.status === "PLANNED")).toEqual([]);
  });

  it.each([
    "The police failed to maintain contact with the suspect.",
    "The two ministries agreed to share data.",
    "The President of Sweden and the Chancellor of Germany discussed energy prices.",
    "It was agreed to maintain further contact.",
  ])("no agreement on contacts: %s", (sentence) => {
    expect(engs(CALL + sentence).filter((e) => e.status === "PLANNED")).toEqual([]);
  });
});

describe("coordinated subjects who meet (engagement.meeting.subjects)", () => {
  it.each([
    ["President Ana Ruiz of Chile and Prime Minister Jan Kowal of Poland met in Warsaw on Monday.", "HELD"],
    ["Prime Minister Jan Kowal of the Republic of Poland and President Ana Ruiz held a bilateral meeting in Lima.", "HELD"],
    ["Ana Ruiz and Jan Kowal met on the sidelines of the G20 summit in Rome.", "HELD"],
    ["Ana Ruiz and Jan Kowal met during the state dinner.", "HELD"],
    ["Ana Ruiz and Jan Kowal will meet on the margins of the UN General Assembly, officials said.", "PLANNED"],
  ])("%s", (text, status) => {
    const found = engs(text).filter((e) => e.kind === "MEETING" && e.forum === null);
    expect(found.map((e) => [e.participants, e.status])).toEqual([[["Ana Ruiz", "Jan Kowal"], status]]);
  });

  it("a phone call of two leaders each of their state, with a third", () => {
    const found = engs("President Ana Ruiz of Chile and Chancellor Emil Brandt of Germany held a phone call with Prime Minister Jan Kowal of Poland on Saturday.");
    expect(found.map((e) => e.participants)).toEqual([["Ana Ruiz", "Emil Brandt", "Jan Kowal"]]);
  });

  it.each([
    "President Ana Ruiz of Chile and the people of Poland celebrated the anniversary.",
    "Ana Ruiz met the requirements during the review.",
  ])("no meeting: %s", (text) => {
    expect(engs(text)).toEqual([]);
  });
});

describe("scheduled engagements and delegations' rounds", () => {
  it.each([
    ["Jan Kowal is due to meet his Chilean counterpart Ana Ruiz in Geneva on Friday.", "PLANNED"],
    ["Jan Kowal and Ana Ruiz are due to hold talks in Lima next week.", "PLANNED"],
    ["The delay is due to bad weather, Jan Kowal said after he met Ana Ruiz.", "HELD"],
  ])("%s (engagement.status-due-to)", (text, status) => {
    expect(engs(text).map((e) => [e.participants, e.status])).toEqual([[["Ana Ruiz", "Jan Kowal"], status]]);
  });

  it.each([
    ["Polish and Chilean delegations held a new round of talks in Lima on Tuesday.", "HELD"],
    ["The Polish and Chilean delegations will hold the third round of negotiations in Geneva.", "PLANNED"],
  ])("%s (engagement.delegations)", (text, status) => {
    expect(engs(text).map((e) => [e.kind, e.participants, e.status, e.rule])).toEqual([["TALKS", ["Chile", "Poland"], status, "engagement.delegations"]]);
  });
});

describe("co-conveners named with their state and acronym (engagement.meeting.subjects)", () => {
  it.each([
    "Yesterday, the White House and the U.S. Department of Agriculture (USDA) convened 30 stakeholders for a roundtable.",
    "On Tuesday, the White House and the U.S. Department of Agriculture hosted a listening session.",
  ])("%s", (text) => {
    expect(engs(text).map((e) => [e.kind, e.participants])).toEqual([["MEETING", ["Agriculture Department", "White House"]]]);
  });

  it("a state before a person is a subject of its own", () => {
    expect(engs("The United States and Chancellor Emil Brandt of Germany met in Berlin on Monday.").map((e) => e.participants)).toEqual([["Emil Brandt", "United States"]]);
  });
});

describe("a trigger's kind is its row's (src/extract/engagement-triggers.ts)", () => {
  const kindOf = (text: string) => {
    CUE.lastIndex = 0;
    const m = CUE.exec(text);
    return m ? [m[1], triggerKindAt(text, m.index)] : null;
  };
  it.each([
    ["They held phone calls on Monday.", "phone calls", "PHONE_CALL"],
    ["They met virtually on Friday.", "met virtually", "VIDEO_CALL"],
    ["The ministers met in Oslo.", "met", "MEETING"],
    ["He called the Prime Minister on Sunday.", "called", "CALL"],
    ["They were speaking with the envoy.", "speaking", "CALL"],
    ["The negotiations resumed.", "negotiations", "TALKS"],
    ["She took the matter up with the minister.", "took the matter up", "CALL"],
    ["They shook hands at the border.", "shook hands", "MEETING"],
  ])("%s", (text, cue, kind) => {
    expect(kindOf(text)).toEqual([cue, kind]);
  });

  it("every row has a kind of engagement", () => {
    const kinds = new Set(["PHONE_CALL", "VIDEO_CALL", "CALL", "MEETING", "TALKS"]);
    for (const [name, , kind] of ENGAGEMENT_TRIGGERS) expect(kinds.has(kind), name).toBe(true);
  });
});
