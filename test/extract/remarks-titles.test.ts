// Remarks titled by the speakers' encounter (engagement.remarks-title-meeting), and the speaker
// labels of titles in two words ("SECRETARY GENERAL ROE:"). Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engs = (text: string, title: string) =>
  extract({ text, title }).engagements.map((e) => ({ kind: e.kind, status: e.status, participants: [...e.participants].sort(), rule: e.rule }));

const GREETING = "PRESIDENT RUIZ:  Welcome, Mr. Prime Minister. It is an honor to have you here.\n\nPRIME MINISTER KOWAL:  Thank you, Madam President. It is a pleasure to be here.\n";

describe("a remarks title names the speakers' encounter (engagement.remarks-title-meeting)", () => {
  it.each([
    ["Remarks by President Ruiz and Prime Minister Kowal of Ruritania Before Bilateral Meeting", "MEETING"],
    ["Remarks by President Ruiz and Prime Minister Kowal of Ruritania During Greeting", "MEETING"],
    ["Remarks by President Ruiz and Prime Minister Kowal of Ruritania Before an Expanded Bilateral Meeting", "MEETING"],
    ["Remarks by President Ruiz and Prime Minister Kowal of Ruritania at the Start of a Virtual Meeting", "VIDEO_CALL"],
    ["Remarks by President Ruiz and Prime Minister Kowal of Ruritania in Joint Press Conference", "MEETING"],
    ["Remarks by President Ruiz and Prime Minister Kowal of Ruritania During Arrival Welcome", "MEETING"],
    // Leaders of two states giving remarks together at an event met there.
    ["Remarks by President Ruiz and Prime Minister Kowal of Ruritania at the Opening of the Lakeville Bridge", "MEETING"],
    ["Remarks by President Ruiz and Prime Minister Kowal of Ruritania Before Phone Call", "PHONE_CALL"],
  ])("%s", (title, kind) => {
    const found = engs(GREETING, title).filter((e) => e.rule === "engagement.remarks-title-meeting");
    expect(found).toEqual([{ kind, status: "HELD", participants: ["Kowal", "Ruiz"], rule: "engagement.remarks-title-meeting" }]);
  });

  it("three speakers of the title, the last two of one state, all meet", () => {
    const text = GREETING + "\nPRESIDENT NOWAK:  Thank you. We are grateful for the invitation.\n";
    const title = "Remarks by President Ruiz, President Nowak, and Prime Minister Kowal of Ruritania Before Bilateral Meeting";
    expect(engs(text, title).filter((e) => e.rule === "engagement.remarks-title-meeting").map((e) => e.participants)).toEqual([["Kowal", "Nowak", "Ruiz"]]);
  });

  it("a body named after the encounter's \"with\" joins the speakers", () => {
    const text = "PRESIDENT RUIZ:  Welcome to all our friends of the Lakeland Trade Council tonight.\n\nSECRETARY GENERAL KOWAL:  Thank you, Madam President, and thank you for the dinner.\n";
    const title = "Remarks by President Ruiz and Secretary General Kowal at Dinner with Lakeland Trade Council Members";
    const found = engs(text, title).filter((e) => e.rule === "engagement.remarks-title-meeting");
    expect(found.map((e) => e.participants)).toEqual([["Kowal", "Lakeland Trade Council", "Ruiz"]]);
  });

  it.each([
    // One speaker: a speech, no encounter of named people.
    ["Remarks by President Ruiz Before Marine One Departure", GREETING],
    // No occasion after the speakers: not a remarks title of this shape.
    ["Remarks by President Ruiz and Prime Minister Kowal of Ruritania", GREETING],
    // A speaker of the title the body never names is no participant.
    ["Remarks by President Ruiz and Chancellor Weber Before Bilateral Meeting", "PRESIDENT RUIZ:  Welcome to the White House.\n"],
  ])("no meeting: %s", (title, text) => {
    expect(engs(text, title).filter((e) => e.rule === "engagement.remarks-title-meeting")).toEqual([]);
  });

  it("two officials of one government before a meeting with guests the title names no one of meet no one", () => {
    const text = "PRESIDENT RUIZ:  Welcome, everyone.\n\nVICE PRESIDENT SOTO:  Thank you, Madam President.\n";
    const title = "Remarks by President Ruiz and Vice President Soto Before a Meeting with Chilean Governors";
    const x = extract({ text: "President Ana Ruiz of Chile and Vice President Luis Soto of Chile greeted the governors.\n\n" + text, title });
    expect(x.engagements.filter((e) => e.rule === "engagement.remarks-title-meeting")).toEqual([]);
  });

  it("a meeting of the body already joining the speakers is not repeated", () => {
    const text = "PRESIDENT RUIZ:  I met Prime Minister Kowal this morning, and we agreed on a lot.\n\nPRIME MINISTER KOWAL:  Thank you, Madam President.\n";
    const found = engs(text, "Remarks by President Ruiz and Prime Minister Kowal of Ruritania Before Bilateral Meeting");
    expect(found.filter((e) => e.kind === "MEETING" && e.participants.join() === "Kowal,Ruiz")).toHaveLength(1);
  });
});

describe("a speaker label names the registry namesake with the label's office", () => {
  it("PRIME MINISTER JOHNSON is the prime minister, not the Speaker of the House", () => {
    const x = extract({ text: "PRESIDENT BIDEN:  Welcome, Boris.\n\nPRIME MINISTER JOHNSON:  Thank you, Joe.\n" });
    expect(x.actors.filter((a) => a.kind === "PERSON").map((a) => a.name)).toEqual(expect.arrayContaining(["Boris Johnson"]));
    expect(x.actors.map((a) => a.name)).not.toContain("Mike Johnson");
  });
});

describe("a speaker label with a title of two words names the speaker", () => {
  it.each([
    ["SECRETARY GENERAL KOWAL:  Thank you, Madam President.\n", "Kowal"],
    ["SECRETARY-GENERAL KOWAL:  Thank you, Madam President.\n", "Kowal"],
    ["ACTING ADMINISTRATOR KOWAL:  Thank you, Madam President.\n", "Kowal"],
  ])("%s", (label, name) => {
    const x = extract({ text: "PRESIDENT RUIZ:  Good morning, everyone.\n\n" + label });
    expect(x.actors.filter((a) => a.kind === "PERSON").map((a) => a.name)).toContain(name);
  });
});

describe("the title's speakers recall an earlier meeting (engagement.remarks-we-met)", () => {
  const TITLE = "Remarks by President Ruiz and Prime Minister Kowal of Ruritania Before Bilateral Meeting";
  const turn = (words: string) => GREETING + "\nPRIME MINISTER KOWAL:  " + words + "\n";
  it.each([
    ["It is good to see you again, just a month after we met in Lakeville.", null],
    ["We last saw each other in Lakeville on Monday.", "Monday"],
    ["The last time we met, we agreed on the port.", null],
    ["We have met before, at the summit in Lakeville.", null],
  ])("%s", (words, dateText) => {
    const x = extract({ text: turn(words), title: TITLE });
    const found = x.engagements.filter((e) => e.rule === "engagement.remarks-we-met");
    expect(found.map((e) => [e.kind, [...e.participants].sort(), e.status, e.dateText])).toEqual([["MEETING", ["Kowal", "Ruiz"], "HELD", dateText]]);
    // The greeting itself stays a meeting of its own.
    expect(x.engagements.filter((e) => e.rule === "engagement.remarks-title-meeting")).toHaveLength(1);
  });

  it.each([
    "We met our goals for the year.",
    "We meet at an important moment.",
    "We met with Chancellor Hans Weber of Lakeland on Monday.",
  ])("no earlier meeting of the speakers: %s", (words) => {
    expect(extract({ text: turn(words), title: TITLE }).engagements.filter((e) => e.rule === "engagement.remarks-we-met")).toEqual([]);
  });

  it("a reporter's question is no recollection, and remarks with no encounter in the title have none", () => {
    expect(extract({ text: GREETING + "\nQ  When we met last year, did you agree?\n", title: TITLE }).engagements.filter((e) => e.rule === "engagement.remarks-we-met")).toEqual([]);
    expect(extract({ text: turn("We met in Lakeville last year."), title: "Remarks by President Ruiz on the Economy" }).engagements.filter((e) => e.rule === "engagement.remarks-we-met")).toEqual([]);
  });
});

describe("a turn's first person announcing an encounter (engagement.turn-speaker-aim)", () => {
  const two = (words: string) => "PRESIDENT RUIZ:  Good morning.  " + words + "\n\nPRIME MINISTER KOWAL:  Thank you.\n";
  it.each([
    ["I’m looking forward to hosting Prime Minister Kowal in Lakeville very soon.", "PROPOSED"],
    ["I hope to meet Prime Minister Kowal in Lakeville.", "PROPOSED"],
    ["I will host Prime Minister Kowal in Lakeville next month.", "PLANNED"],
  ])("%s", (words, status) => {
    const found = extract({ text: two(words) }).engagements.filter((e) => e.participants.includes("Ruiz"));
    expect(found.map((e) => [e.kind, [...e.participants].sort(), e.status])).toEqual([["MEETING", ["Kowal", "Ruiz"], status]]);
  });

  it.each([
    "I want to talk about Prime Minister Kowal and the port.",
    "I’ll speak to Prime Minister Kowal’s point in a minute.",
  ])("verbs of speaking name a topic, no encounter: %s", (words) => {
    expect(extract({ text: two(words) }).engagements.filter((e) => e.participants.includes("Ruiz"))).toEqual([]);
  });
});

describe("words between a cue and its counterpart (engagement.call.to, engagement.meeting.with)", () => {
  it.each([
    ["President Ana Ruiz of Chile will have a meeting tomorrow with Prime Minister Jan Kowal of Poland.", "MEETING", "PLANNED"],
    ["President Ana Ruiz of Chile talked a lot to Prime Minister Jan Kowal of Poland.", "CALL", "HELD"],
  ])("%s", (text, kind, status) => {
    expect(extract({ text }).engagements.map((e) => [e.kind, [...e.participants].sort(), e.status])).toEqual([[kind, ["Ana Ruiz", "Jan Kowal"], status]]);
  });

  it("a lot of talk about someone is no call with them", () => {
    expect(extract({ text: "President Ana Ruiz of Chile talked a lot about Prime Minister Jan Kowal of Poland." }).engagements).toEqual([]);
  });
});

describe("\"my visit to B\" is the first person's (engagement.my-visit)", () => {
  it.each([
    ["PRESIDENT RUIZ:  Welcome.\n\nPRIME MINISTER KOWAL:  I am pleased to be starting my visit to Chile with you.\n", ["Chile", "Kowal"]],
    ["PRESIDENT RUIZ:  Welcome.\n\nPRIME MINISTER KOWAL:  It has been a year since my first official visit to Chile.\n", ["Chile", "Kowal"]],
    ["“My first official visit to Chile was a success,” Prime Minister Jan Kowal of Poland said.", ["Chile", "Jan Kowal"]],
  ])("%s", (text, people) => {
    const found = extract({ text }).engagements.filter((e) => e.rule === "engagement.visit");
    expect(found.map((e) => [e.kind, [...e.participants].sort()])).toEqual([["MEETING", people]]);
  });

  it("a visit to one's own state, or with no speaker to own it, is none", () => {
    expect(extract({ text: "“My visit to Poland was short,” Prime Minister Jan Kowal of Poland said." }).engagements).toEqual([]);
    expect(extract({ text: "My first official visit to Chile was a success." }).engagements).toEqual([]);
  });
});
