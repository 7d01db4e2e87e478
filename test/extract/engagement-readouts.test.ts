// Engagement frames of official readouts (White House, Kremlin, president.gov.ua) that name the
// parties outside the cue's own subject and object (issue 11). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engs = (text: string) =>
  extract({ text }).engagements.map((e) => ({ kind: e.kind, participants: [...e.participants].sort(), status: e.status, forum: e.forum, rule: e.rule }));

describe("people of two states acting in the setting of a call or meeting hold it (engagement.joint-setting)", () => {
  it.each([
    ["Volodymyr Zelenskyy and Prime Minister of Poland Mateusz Morawiecki discussed energy security during a phone call.", "PHONE_CALL", ["Mateusz Morawiecki", "Volodymyr Zelenskyy"]],
    ["Emmanuel Macron and Olaf Scholz reviewed the grain corridor during the telephone conversation.", "PHONE_CALL", ["Emmanuel Macron", "Olaf Scholz"]],
    ["During a phone call, Volodymyr Zelenskyy and Mateusz Morawiecki discussed the situation on the border.", "PHONE_CALL", ["Mateusz Morawiecki", "Volodymyr Zelenskyy"]],
    ["Recep Tayyip Erdogan and Vladimir Putin exchanged views on Syria during the meeting.", "MEETING", ["Recep Tayyip Erdogan", "Vladimir Putin"]],
  ])("%s", (text, kind, parties) => {
    expect(engs(text).map((e) => [e.kind, e.participants, e.rule])).toEqual([[kind, parties, "engagement.joint-setting"]]);
  });

  it.each([
    // Colleagues of one state on a call are not its two sides.
    "Joe Biden and Kamala Harris discussed the economy during a phone call.",
    // The gathering is what they take part in, not the setting of an act of theirs.
    "Minister Oleksandr Kubrakov and Minister Andrzej Adamczyk will take part in the talks.",
    // A new clause with its own subject stands between the people and the setting.
    "Vladimir Putin and Emmanuel Macron hope that the ministers will agree during the meeting.",
  ])("reports no engagement of theirs: %s", (text) => {
    expect(engs(text).filter((e) => e.rule === "engagement.joint-setting")).toEqual([]);
  });

  it("adds nothing where a setting with a place already gives their meeting", () => {
    const got = engs("During the talks in Ankara, Recep Tayyip Erdogan and Vladimir Putin exchanged views on Syria.");
    expect(got.map((e) => e.participants)).toEqual([["Recep Tayyip Erdogan", "Vladimir Putin"]]);
  });

  it("refers back to a call of theirs already reported instead of adding one", () => {
    const got = engs("Volodymyr Zelenskyy had a phone conversation with Mateusz Morawiecki. Volodymyr Zelenskyy and Mateusz Morawiecki discussed the border during the conversation.");
    expect(got.map((e) => e.rule)).toEqual(["engagement.phone.with"]);
  });
});

describe("agreements on future contacts and sessions (engagement.agreement-backref)", () => {
  const CALL = "Vladimir Putin had a telephone conversation with Prime Minister of Israel Naftali Bennett.";
  it.each([
    // Capitalised group nouns, as the Kremlin and president.gov.ua write them.
    [`${CALL} The Leaders agreed to meet in Jerusalem.`, "MEETING"],
    [`${CALL} The Heads of State agreed to hold talks in Jerusalem.`, "TALKS"],
  ])("%s", (text, kind) => {
    const planned = engs(text).filter((e) => e.status === "PLANNED");
    expect(planned.map((e) => [e.kind, e.participants])).toEqual([[kind, ["Naftali Bennett", "Vladimir Putin"]]]);
  });

  // The closing formula announces no encounter (issue 11, pattern 6; test/fixtures/ANNOTATION-NOTES.md).
  it.each([
    `${CALL} The Presidents agreed to continue contacts.`,
    `${CALL} The Heads of State agreed to stay in touch.`,
    `${CALL} They agreed to remain in close coordination directly and through their teams.`,
    `${CALL} It was agreed to maintain contacts at various levels.`,
    `${CALL} The leaders will keep up regular contacts.`,
    `${CALL} Contacts between the two capitals will continue.`,
    `${CALL} They agreed that the matter would be pursued during further contacts.`,
    `${CALL} The two officials agreed to be in close touch in the weeks ahead.`,
    `${CALL} Both sides will be in regular contact on the matter.`,
    `${CALL} The Presidents agreed to step up contacts at various levels.`,
    `${CALL} The leaders reaffirmed their commitment to maintaining close contact.`,
    `${CALL} The Heads of State agreed to expand contacts and continue coordination at all levels.`,
    `${CALL} The leaders agreed on further personal contacts.`,
    `${CALL} They agreed to continue regular multi-level contacts.`,
    // Every frame respects it: a pair of states before the noun (engagement.hyphen-pair).
    `${CALL} The Leaders agreed to maintain Russian-Israeli contacts in various formats.`,
    `${CALL} The sides agreed to develop Israel-Russia contacts at the working level.`,
  ])("an open-ended continuation of contact is no engagement: %s", (text) => {
    expect(engs(text).map((e) => e.rule)).toEqual(["engagement.phone.with"]);
  });

  it("a visit referred to in passing does not replace the call the agreement was reached in", () => {
    const got = engs("Foreign Minister Penny Wong spoke with Foreign Minister Wang Yi of China. They reviewed the results of Minister Wang's visit to Canberra. The two agreed to meet again in Beijing.");
    expect(got.filter((e) => e.rule === "engagement.agreement-backref").map((e) => [e.participants, e.status])).toEqual([[["Penny Wong", "Wang Yi"], "PLANNED"]]);
  });

  it("contacts that went on are reported, not announced", () => {
    const got = engs("Vladimir Putin continued consultations with Naftali Bennett on Monday.");
    expect(got.map((e) => [e.participants, e.status])).toEqual([[["Naftali Bennett", "Vladimir Putin"], "HELD"]]);
  });

  it("a body whose meeting is agreed on is the forum of planned talks", () => {
    const got = engs("Volodymyr Zelenskyy had a phone conversation with President of Turkey Recep Tayyip Erdogan. The Presidents agreed to hold the next meeting of the High-Level Strategic Council in Kyiv.");
    expect(got.filter((e) => e.status === "PLANNED").map((e) => [e.kind, e.participants, e.forum])).toEqual([["TALKS", ["Recep Tayyip Erdogan", "Volodymyr Zelenskyy"], "High-Level Strategic Council"]]);
  });


  it.each([
    // A standing relation with someone, not an agreed contact between the parties.
    `${CALL} The President remains in close coordination with the Government.`,
    `${CALL} The Prime Minister said Israel would maintain contact with Kyiv.`,
  ])("no planned engagement: %s", (text) => {
    expect(engs(text).filter((e) => e.status === "PLANNED")).toEqual([]);
  });
});

describe("a body's summit named with its level, travelled to or from (engagement.participation)", () => {
  it.each([
    ["Prime Minister Justin Trudeau took part in the G7 Leaders’ Summit.", "HELD", ["Group of Seven", "Justin Trudeau"]],
    ["President Joe Biden will attend the G7 Leaders' Summit in Hiroshima.", "PLANNED", ["Group of Seven", "Joe Biden"]],
    ["Prime Minister Fumio Kishida will travel to the Quad Leaders’ Summit in Sydney.", "PLANNED", ["Fumio Kishida", "Quad"]],
  ])("%s", (text, status, parties) => {
    expect(engs(text).map((e) => [e.status, e.participants, e.rule])).toEqual([[status, parties, "engagement.participation"]]);
  });

  it("the traveller takes part in each summit of the trip", () => {
    const got = engs("Prime Minister Fumio Kishida will make a stop in Fiji while traveling from the G7 Leaders’ Summit in Hiroshima to the Quad Leaders’ Summit in Sydney.");
    expect(got.filter((e) => e.rule === "engagement.participation").map((e) => e.forum).sort()).toEqual(["Group of Seven", "Quad"]);
  });

  it.each([
    // A capitalised event noun after a body with no level is still a name of its own.
    "Prime Minister Fumio Kishida spoke about the Quad Vaccine Partnership.",
    // A summit only named as a place of others' decisions: no one of the sentence travels there.
    "The decisions of the G7 Leaders’ Summit were published on Monday.",
  ])("no participation: %s", (text) => {
    expect(engs(text).filter((e) => e.rule === "engagement.participation")).toEqual([]);
  });
});

describe("a release's 'The President' is the one president of a state (engagement.head-subject)", () => {
  it.each([
    ["The President had a working meeting with President of Acme Pipelines Ivan Morozov.\n\nPresident of Russia Vladimir Putin: Mr Morozov, good afternoon.", ["Ivan Morozov", "Vladimir Putin"]],
    ["Vladimir Putin visited the plant. The President held a meeting with President of the Russian Academy of Sciences Alexander Sergeyev.", ["Alexander Sergeyev", "Vladimir Putin"]],
  ])("%s", (text, parties) => {
    expect(engs(text).map((e) => e.participants)).toEqual([parties]);
  });

  it("where two presidents of states are named, the subject found by the speaker rules stands", () => {
    const got = engs("Volodymyr Zelenskyy welcomed the decision of President of Poland Andrzej Duda. The President had a meeting with President of Acme Bank Jan Nowak.");
    expect(got.map((e) => e.participants)).toEqual([["Jan Nowak", "Volodymyr Zelenskyy"]]);
  });
});

describe("a topic between a negotiation noun and its parties (engagement.talks.between)", () => {
  it.each([
    ["Negotiations on the exchange of prisoners between Armenia and Azerbaijan are being conducted by the border services.", ["Armenia", "Azerbaijan"], "engagement.talks.between"],
    ["The talks on a new grain deal between Turkey and Egypt ended on Monday.", ["Egypt", "Turkey"], "engagement.talks.between"],
    // Consultations of unknown medium are the guideline's CALL.
    ["Consultations about the draft treaty between Finland and Sweden took place in Helsinki.", ["Finland", "Sweden"], "engagement.call.between"],
  ])("%s", (text, parties, rule) => {
    expect(engs(text).map((e) => [e.participants, e.rule])).toEqual([[parties, rule]]);
  });

  it.each([
    // A capitalised name in the topic is a counterpart phrase of its own, not a topic.
    "The talks on Ukraine between the ministers were postponed.",
    // A relation, not a negotiation: only negotiation nouns take a topic.
    "The meeting on trade between the two teams was cancelled.",
  ])("no talks between named parties: %s", (text) => {
    expect(engs(text).filter((e) => e.rule === "engagement.talks.between")).toEqual([]);
  });
});

describe("a medium adverb after the object, and topics that are no counterparts", () => {
  it.each([
    ["Vladimir Putin congratulated Alexander Lukashenko on his birthday by telephone.", "engagement.phone.object-before", ["Alexander Lukashenko", "Vladimir Putin"]],
    ["Vladimir Putin told Alexander Lukashenko by phone that the talks had been useful.", "engagement.phone.object-before", ["Alexander Lukashenko", "Vladimir Putin"]],
    ["Joe Biden and Olaf Scholz discussed Ukraine by phone.", "engagement.phone.subjects", ["Joe Biden", "Olaf Scholz"]],
    ["Volodymyr Zelenskyy informed Emmanuel Macron about Russia in a phone call.", "engagement.phone.object-before", ["Emmanuel Macron", "Volodymyr Zelenskyy"]],
  ])("%s", (text, rule, parties) => {
    expect(engs(text).map((e) => [e.kind, e.participants, e.rule])).toEqual([["PHONE_CALL", parties, rule]]);
  });

  it.each([
    // What was discussed is no party of the call.
    ["Joe Biden discussed Ukraine in a phone call.", []],
    ["Joe Biden and Olaf Scholz discussed Ukraine in a phone call.", [["Joe Biden", "Olaf Scholz"]]],
    // A passive with no one named besides the subject reports no call between two.
    ["Vladimir Putin was informed by telephone.", []],
  ])("%s", (text, parties) => {
    expect(engs(text).map((e) => e.participants)).toEqual(parties);
  });
});

describe("a delegation received (engagement.meeting.object)", () => {
  it.each([
    ["Volodymyr Zelenskyy received a delegation of the US Congress led by Senator Rob Portman.", ["Rob Portman", "U.S. Congress"]],
    ["Volodymyr Zelenskyy received a delegation from Poland headed by Minister Jan Kowalski.", ["Jan Kowalski", "Poland"]],
  ])("%s", (text, guests) => {
    const got = engs(text);
    expect(got.map((e) => e.rule)).toEqual(["engagement.meeting.object"]);
    expect(got[0].participants).toEqual(expect.arrayContaining(["Volodymyr Zelenskyy", ...guests]));
  });

  it.each(["Volodymyr Zelenskyy received a delegation of businessmen.", "Volodymyr Zelenskyy received a letter from the delegation of Poland."])("no guest named: %s", (text) => {
    expect(engs(text)).toEqual([]);
  });
});

describe("a readout's closing lines about the next contacts", () => {
  const MET = "President Joe Biden met with Prime Minister Narendra Modi of India.";
  it.each([
    [`${MET} The two leaders looked forward to meeting again at the G20 summit in New Delhi.`, "MEETING", "PROPOSED", "engagement.pair-backref"],
    [`${MET} The leaders committed to meet again in Washington.`, "MEETING", "PLANNED", "engagement.agreement-backref"],
  ])("%s", (text, kind, status, rule) => {
    const later = engs(text).slice(1);
    expect(later.map((e) => [e.kind, e.status, e.participants, e.rule])).toEqual([[kind, status, ["Joe Biden", "Narendra Modi"], rule]]);
  });
});

describe("'host' as a role noun is no engagement", () => {
  it.each(["Japan will serve as host of the G7 in 2023.", "Canada, the host of next year's meetings, said little."])("%s", (text) => {
    expect(engs(text).filter((e) => e.rule === "engagement.meeting.object")).toEqual([]);
  });

  it("the verb still hosts", () => {
    expect(engs("Joe Biden will host Fumio Kishida for a state visit.").map((e) => e.participants)).toEqual([["Fumio Kishida", "Joe Biden"]]);
  });
});

describe("an engagement that took place between the parties", () => {
  it.each([
    ["A telephone conversation took place between Vladimir Putin and Emmanuel Macron.", "PHONE_CALL", "HELD", ["Emmanuel Macron", "Vladimir Putin"]],
    ["Talks will be held between the delegations of Armenia and Azerbaijan in Istanbul.", "TALKS", "PLANNED", ["Armenia", "Azerbaijan"]],
  ])("%s", (text, kind, status, parties) => {
    expect(engs(text).map((e) => [e.kind, e.status, e.participants])).toEqual([[kind, status, parties]]);
  });

  it("a call that took place names no counterpart when none follows", () => {
    expect(engs("The call took place on Monday evening.")).toEqual([]);
  });
});

describe("an address to a body, with a cue of another clause after it (engagement.address-body)", () => {
  it.each([
    ["Earlier today, Joe Biden addressed the UN General Assembly, and he made clear that the UK-hosted summit matters.", ["Joe Biden", "UN General Assembly"]],
    ["Volodymyr Zelenskyy addressed the European Parliament, which hosted a debate on Ukraine.", ["European Parliament", "Volodymyr Zelenskyy"]],
  ])("%s", (text, parties) => {
    expect(engs(text).filter((e) => e.rule === "engagement.address-body").map((e) => e.participants)).toEqual([parties]);
  });

  it("a cue inside the object still names the engagement itself", () => {
    expect(engs("Volodymyr Zelenskyy addressed a meeting of the UN Security Council.").map((e) => e.rule)).toEqual(["engagement.meeting.forum"]);
  });
});
